// A faster stand-in for compromise's sweep (methods.one.bulkMatch), the step of its post-tagger
// that picks, for each clause, which of its ~570 match patterns to try. compromise's own version
// walks every one of the ~730 hook words and tags of its pattern index for every clause
// (getHooks), a fixed cost per clause that was a tenth of all extraction time. This one walks the
// clause's own words and tags (a few dozen) and looks each up in the index. The patterns tried,
// their order, and so the tags, are exactly compromise's: the candidates are put back in the
// index's key order before they are concatenated and de-duplicated as compromise does.
import nlp from 'compromise';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The compromise release whose post-tagger this sweep reproduces pattern for pattern. */
const VERIFIED_WITH = '14.17.0';

type Reg = { start?: boolean; end?: boolean; optional?: boolean; negative?: boolean; anything?: boolean; greedy?: boolean; choices?: unknown; group?: unknown };
type Found = { pointer: (number | null)[]; groups: Record<string, (number | null)[]> };
interface Matcher {
  fromHere(terms: unknown[], regs: Reg[], start: number, length: number): Found | null;
  matchTerm(term: unknown, reg: Reg, index: number, length: number): boolean;
  getGroup(res: Found[], group: unknown): { ptrs: number[][] };
  notIf(res: Found[], notIf: unknown, docs: unknown[][]): Found[];
}

/**
 * compromise's matcher pieces, from that release's own source files (the same module instances its
 * sweep uses; its package exports do not name them, so they are imported by path), or null.
 */
async function loadMatcher(): Promise<Matcher | null> {
  if (nlp.version !== VERIFIED_WITH) return null;
  try {
    const root = dirname(dirname(dirname(createRequire(import.meta.url).resolve('compromise'))));
    const load = async (path: string) => ((await import(pathToFileURL(join(root, 'src/1-one/match/methods/match', path)).href)) as { default: never }).default;
    return { fromHere: await load('02-from-here.js'), matchTerm: await load('term/doesMatch.js'), getGroup: await load('03-getGroup.js'), notIf: await load('03-notIf.js') };
  } catch {
    return null;
  }
}
const matcher = await loadMatcher();

interface MatchObj {
  match: string;
  regs?: Reg[];
  group?: unknown;
  justOne?: boolean;
  notIf?: unknown;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, MatchObj[]>;
  always: MatchObj[];
}
type Methods = {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], m: MatchObj): { ptrs: number[][] };
    bulkMatch: (document: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => unknown[];
  };
};

interface Index {
  /** A number for every word or tag a pattern refers to (hook keys, needs, ifNo, wants). */
  ids: Map<string, number>;
  /** By number: the patterns to look at when that word or tag is in the clause (each pattern under one of its needs). */
  lists: Pattern[][];
  /** A stamp per pattern, so that one clause looks at a pattern once. */
  seen: Uint32Array;
  /** A stamp per word or tag number: it is in the clause. The tests below read these, not the clause's Set. */
  here: Uint32Array;
  round: number;
  /** The pattern at each sort position (placeAt), to turn sorted positions back into patterns. */
  byAt: Map<number, MatchObj>;
  /** By tag (without '#'): the number of '#' + tag, or -1 when no pattern refers to it (tagIdOf). */
  tagIds: Map<string, number>;
}
interface Pattern {
  id: number;
  m: MatchObj;
  /** The numbers of its hook keys, in Object.keys(net.hooks) order, and each place's sort position (key position * 100,000 + position in that key's list): where compromise lists it. */
  placeKeys: number[];
  placeAt: number[];
  /** The numbers of m.needs, m.ifNo (or none) and m.wants, as listed (repeats kept). */
  needs: number[];
  ifNo: number[];
  wants: number[];
}

const indexes = new WeakMap<Net, Index>();

function indexOf(net: Net): Index {
  let index = indexes.get(net);
  if (index) return index;
  const keys = Object.keys(net.hooks);
  const ids = new Map<string, number>();
  const idOf = (k: string): number => {
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  };
  const patterns = new Map<MatchObj, Pattern>();
  keys.forEach((k, i) =>
    net.hooks[k]!.forEach((m, j) => {
      let p = patterns.get(m);
      if (!p) patterns.set(m, (p = { id: patterns.size, m, placeKeys: [], placeAt: [], needs: [], ifNo: [], wants: [] }));
      p.placeKeys.push(idOf(k));
      p.placeAt.push(i * 100_000 + j);
    }),
  );
  for (const p of patterns.values()) {
    p.needs = p.m.needs.map(idOf);
    p.ifNo = (p.m.ifNo ?? []).map(idOf);
    p.wants = p.m.wants.map(idOf);
  }
  const listLength = (k: string) => net.hooks[k]?.length ?? Infinity;
  const lists: Pattern[][] = [];
  const add = (k: string, p: Pattern) => (lists[idOf(k)] ??= []).push(p);
  for (const p of patterns.values()) {
    // every need must be in the clause, so one of them is enough to find the pattern by: a word
    // rather than a tag, else the tag fewest patterns need
    if (p.m.needs.length) add([...p.m.needs].sort((a, b) => Number(a.startsWith('#')) - Number(b.startsWith('#')) || listLength(a) - listLength(b))[0]!, p);
    else for (const w of new Set(p.m.wants)) add(w, p);
  }
  for (let id = 0; id < ids.size; id++) lists[id] ??= [];
  const byAt = new Map<number, MatchObj>();
  for (const p of patterns.values()) for (const at of p.placeAt) byAt.set(at, p.m);
  index = { ids, lists, seen: new Uint32Array(patterns.size), here: new Uint32Array(ids.size), round: 0, byAt, tagIds: new Map() };
  indexes.set(net, index);
  return index;
}

/**
 * compromise's getHooks + trimDown + tooSmall for one clause: the same patterns in the same order.
 * The clause's words and tags are looked up once each and stamped by number; every test after
 * that reads the stamps (plain loops and numbers: this runs for every clause tagged).
 */
function candidates(have: Set<string>, net: Net, termCount: number): MatchObj[] {
  const index = indexOf(net);
  const round = ++index.round;
  const { here, ids } = index;
  const inClause: number[] = [];
  for (const item of have) {
    const id = ids.get(item);
    if (id === undefined) continue;
    here[id] = round;
    inClause.push(id);
  }
  return candidatesStamped(index, round, inClause, net, termCount);
}

/**
 * candidates() for a clause read off its terms, not off compromise's cache of it (cacheDoc): the
 * same words and tags (normal, %switch%, implicit, machine, root, aliases, #tag for each tag) are
 * looked up and stamped, without building the clause's set of strings ('#' + tag for every tag
 * of every term) to look them up from.
 */
function candidatesOfTerms(terms: readonly Term[], net: Net): MatchObj[] {
  const index = indexOf(net);
  const round = ++index.round;
  const { here, ids } = index;
  const inClause: number[] = [];
  const stamp = (id: number | undefined) => {
    if (id === undefined || id < 0 || here[id] === round) return;
    here[id] = round;
    inClause.push(id);
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (term.normal !== '') stamp(ids.get(term.normal));
    if (term.switch) stamp(ids.get(`%${term.switch}%`));
    if (term.implicit) stamp(ids.get(term.implicit));
    if (term.machine) stamp(ids.get(term.machine));
    if (term.root) stamp(ids.get(term.root));
    if (term.alias) for (const a of term.alias) stamp(ids.get(a));
    for (const tag of term.tags) stamp(tagIdOf(index, tag));
  }
  return candidatesStamped(index, round, inClause, net, terms.length);
}

/** The number of '#' + tag in the index, or -1: kept by the tag, so no '#' + tag is built again. */
function tagIdOf(index: Index, tag: string): number {
  let id = index.tagIds.get(tag);
  if (id === undefined) index.tagIds.set(tag, (id = index.ids.get(`#${tag}`) ?? -1));
  return id;
}

function candidatesStamped(index: Index, round: number, inClause: number[], net: Net, termCount: number): MatchObj[] {
  const { seen, here, lists } = index;
  const accepted: Pattern[] = [];
  for (let c = 0; c < inClause.length; c++) {
    const list = lists[inClause[c]!]!;
    for (let n = 0; n < list.length; n++) {
      const p = list[n]!;
      if (seen[p.id] === round) continue;
      seen[p.id] = round;
      const m = p.m;
      if (termCount < m.minWords) continue;
      const needs = p.needs;
      let ok = true;
      for (let i = 0; i < needs.length; i++)
        if (here[needs[i]!] !== round) {
          ok = false;
          break;
        }
      if (!ok) continue;
      const ifNo = p.ifNo;
      for (let i = 0; i < ifNo.length; i++)
        if (here[ifNo[i]!] === round) {
          ok = false;
          break;
        }
      if (!ok) continue;
      const wants = p.wants;
      if (wants.length !== 0) {
        // (enough of them is enough)
        const minWant = m.minWant;
        let count = 0;
        for (let i = 0; i < wants.length && count < minWant; i++) if (here[wants[i]!] === round) count++;
        if (count < minWant) continue;
      }
      accepted.push(p);
    }
  }
  // each accepted pattern's sort position: where compromise's concatenation meets it first,
  // under its first hook key in the clause
  const found: number[] = new Array(accepted.length);
  for (let a = 0; a < accepted.length; a++) {
    const p = accepted[a]!;
    const keys = p.placeKeys;
    let k = 0;
    while (k < keys.length && here[keys[k]!] !== round) k++;
    if (k === keys.length) throw new Error(`sweep: pattern ${p.m.match} has no hook key in the clause`);
    found[a] = p.placeAt[k]!;
  }
  if (index.round >= 0xffffffff) {
    index.seen.fill(0);
    index.here.fill(0);
    index.round = 0;
  }
  // (positions are distinct: each is one place in one hook key's list)
  found.sort((a, b) => a - b);
  const out: MatchObj[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) out[i] = index.byAt.get(found[i]!)!;
  // compromise adds the patterns with no hooks after the trimming, then drops those too long
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
  if (capturingNet) postNet = net;
  const docCache = methods.one.cacheDoc(document);
  const results: Record<string, unknown>[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(docCache[n]!, net, document[n]!.length)) {
      const res = runMatch(document[n]! as Term[], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Record<string, unknown> = { ...m, pointer: ptr };
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

type Term = { id?: unknown; tags: Set<string>; text: string; normal: string; root?: string; implicit?: string; machine?: string | null; alias?: string[]; switch?: string };
type Shape = {
  minLength: number;
  plainFirst: boolean;
  /** The first reg is only a tag (#Noun): matchTerm is term.tags.has(tag). */
  firstTag: string | undefined;
  /** The first reg is only a fast (a|b|c) list with no part of speech: matchTerm is this look-up (doesMatch's fastOr branch). */
  firstOr: Set<string> | undefined;
  /** The first reg is only a word, with no fuzziness and no `use`: matchTerm is doesMatch's word branch. */
  firstWord: string | undefined;
  /**
   * The first reg is a block of choices, '(a b|#Noun)' or '(#Noun && @hasHyphen)', neither
   * negative nor optional: tryHere dies at once unless the first term passes the first reg of
   * one choice (or) or of every choice (and), the test firstTermCanStart makes.
   */
  firstChoices: FirstChoices | undefined;
};

/**
 * The first regs of a block's choices, as firstTermCanStart tests them: those that are a plain tag
 * or word test as such (sets and strings, a negated one flagged), the others through matchTerm.
 * An or-block's choices stop at the first that is not a list (tryChoices stops there); a choice
 * with no regs is left out (it consumes nothing, so it neither starts a match nor stops an and).
 */
interface FirstChoices {
  and: boolean;
  tags: { tag: string; not: boolean }[];
  words: { word: string; not: boolean }[];
  others: Reg[];
}

function firstChoicesOf(choices: unknown[], and: boolean): FirstChoices {
  const out: FirstChoices = { and, tags: [], words: [], others: [] };
  for (const c of choices) {
    if (!Array.isArray(c)) {
      if (and) continue;
      break;
    }
    if (c.length === 0) continue;
    const r = c[0] as Reg & Record<string, unknown>;
    // doesMatch's tests before the word and tag ones, and the word test's variants: not plain
    const plain = r.anything !== true && r.start !== true && r.end !== true && r.id === undefined;
    if (plain && typeof r.word === 'string' && r.use === undefined && r.fuzzy !== true) out.words.push({ word: r.word, not: r.negative === true });
    else if (plain && r.word === undefined && typeof r.tag === 'string') out.tags.push({ tag: r.tag, not: r.negative === true });
    else out.others.push(r);
  }
  return out;
}

/** doesMatch's word test (no `use`, no fuzziness). */
function wordMatches(t: Term, word: string): boolean {
  return (t.machine !== null && t.machine === word) || (!!t.alias && t.alias.some((a) => a === word)) || word === t.text || word === t.normal;
}

// The fields a first reg may have for the shortcuts: doesMatch tests none of the others when they
// are undefined before it reaches the tag (or fastOr) test, and group marks and greed only
// matter to tryHere after the first term has matched.
const TAG_ONLY = new Set(['tag', 'group', 'groupStart', 'groupEnd', 'greedy']);
const FAST_OR_ONLY = new Set(['fastOr', 'operator', 'group', 'groupStart', 'groupEnd', 'greedy']);
const WORD_ONLY = new Set(['word', 'group', 'groupStart', 'groupEnd', 'greedy']);

/** How one pattern starts: the fewest terms it needs, and whether its first step is one plain term test. */
const shapes = new WeakMap<Reg[], Shape>();
function shapeOf(regs: Reg[]): Shape {
  let shape = shapes.get(regs);
  if (!shape) {
    const r = regs[0]!;
    // tryHere's first step for such a reg is matchTerm(first term) or fail: no choices, no
    // wildcard, no negation, not optional, not a greedy end
    const plainFirst = r.anything !== true && r.choices === undefined && r.negative !== true && r.optional !== true && !(r.end === true && r.greedy === true);
    const fields = Object.keys(r).filter((k) => (r as Record<string, unknown>)[k] !== undefined);
    const raw = r as { tag?: unknown; fastOr?: unknown; operator?: unknown; word?: unknown };
    const firstTag = typeof raw.tag === 'string' && fields.every((k) => TAG_ONLY.has(k)) ? raw.tag : undefined;
    const firstOr = raw.fastOr instanceof Set && (raw.operator === undefined || raw.operator === 'or') && fields.every((k) => FAST_OR_ONLY.has(k)) ? (raw.fastOr as Set<string>) : undefined;
    const firstWord = typeof raw.word === 'string' && fields.every((k) => WORD_ONLY.has(k)) ? raw.word : undefined;
    // (tryHere tests a reg for '.*' before its choices, and takes the block only for these two operators)
    const firstChoices =
      Array.isArray(r.choices) && (raw.operator === 'or' || raw.operator === 'and') && r.negative !== true && r.optional !== true && !(r.anything === true && r.greedy === true)
        ? firstChoicesOf(r.choices as unknown[], raw.operator === 'and')
        : undefined;
    shape = { minLength: regs.filter((x) => x.optional !== true && x.negative !== true).length, plainFirst, firstTag, firstOr, firstWord, firstChoices };
    shapes.set(regs, shape);
  }
  return shape;
}

/**
 * compromise's runMatch (methods.one.match) on one clause, step for step, except that where the
 * pattern's first step is a plain term test it is tried on the term before the rest of the clause
 * is copied out for tryHere: compromise copies the clause's tail at every start, for every
 * pattern, and almost every start fails its first term. Same results, same order.
 */
function runMatch(terms: Term[], todo: MatchObj): { ptrs: number[][] } {
  const { fromHere, matchTerm, getGroup, notIf } = matcher!;
  const { regs, group, justOne } = todo;
  if (!regs || regs.length === 0) return { ptrs: [] };
  const docs = [terms];
  const { minLength, plainFirst, firstTag, firstOr, firstWord, firstChoices } = shapeOf(regs);
  const reg0 = regs[0]!;
  let results: Found[] = [];
  if (reg0.start === true) {
    const res = fromHere(terms, regs, 0, terms.length);
    if (res) results.push(addSentence(res));
  } else {
    for (let i = 0; i < terms.length; i += 1) {
      if (terms.length - i < minLength) break;
      if (plainFirst) {
        const t = terms[i]!;
        // matchTerm(t, reg0, i, terms.length) === true, without the call for the commonest first regs
        const hit =
          firstTag !== undefined
            ? t.tags.has(firstTag)
            : firstOr !== undefined
              ? firstOr.has((t.root || t.implicit || t.machine || t.normal) as string) || firstOr.has(t.text)
              : firstWord !== undefined
                ? wordMatches(t, firstWord)
                : matchTerm(t, reg0, i, terms.length) === true;
        if (!hit) continue;
      } else if (firstChoices !== undefined && !firstTermCanStart(terms[i]!, firstChoices, matchTerm, i, terms.length)) continue;
      const res = fromHere(terms.slice(i), regs, i, terms.length);
      if (res) {
        results.push(addSentence(res));
        if (justOne === true) break;
        const end = res.pointer[2]!;
        if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
      }
    }
  }
  if (regs[regs.length - 1]!.end === true) results = results.filter((res) => terms.length === res.pointer[2]);
  if (todo.notIf) results = notIf(results, todo.notIf, docs);
  const out = getGroup(results, group);
  for (const ptr of out.ptrs) {
    const [, start, end] = ptr as [number, number, number];
    (ptr as unknown[])[3] = terms[start]!.id;
    (ptr as unknown[])[4] = terms[end - 1]!.id;
  }
  return out;
}

/**
 * Whether a block of choices as a pattern's first reg can match from this term: tryHere's or-block
 * (doOrBlock) tries the choices in order and stops, consuming nothing, at the first that is not a
 * list or whose first reg fails on the term unless a later one passes; its and-block
 * (doAndBlock) needs every choice's first reg to pass. Either way a block that consumes nothing
 * ends tryHere with no match, so a term failing this test starts no match.
 */
function firstTermCanStart(term: Term, block: FirstChoices, matchTerm: Matcher['matchTerm'], index: number, length: number): boolean {
  const { and, tags, words, others } = block;
  // (each test is a pure function of the term: in an and every one must pass, in an or one is
  // enough, whatever the order they are tried in; the cheap ones first)
  for (let k = 0; k < tags.length; k++) if (term.tags.has(tags[k]!.tag) !== tags[k]!.not) { if (!and) return true; } else if (and) return false;
  for (let k = 0; k < words.length; k++) if (wordMatches(term, words[k]!.word) !== words[k]!.not) { if (!and) return true; } else if (and) return false;
  for (let k = 0; k < others.length; k++) if (matchTerm(term, others[k]!, index, length) === true) { if (!and) return true; } else if (and) return false;
  return and;
}

function addSentence(res: Found): Found {
  res.pointer[0] = 0;
  for (const k of Object.keys(res.groups)) res.groups[k]![0] = 0;
  return res;
}

/**
 * What compromise's post-tagger asks of a match to tag (methods.one.bulkTagger): bulkMatch hands
 * it a copy of the whole pattern object with the pointer (some fifteen fields); the tagger reads
 * these, and the post-tagger drops the matches once they are tagged.
 */
interface Todo {
  tag: unknown;
  chunk: unknown;
  unTag: unknown;
  reason: unknown;
  match: string;
  safe: unknown;
  freeze: unknown;
  pointer: unknown[];
}

/** bulkMatch for the post-tagger: the same matches in the same order, as Todo. */
function postMatches(document: Term[][], net: Net): Todo[] {
  const results: Todo[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    for (const m of candidatesOfTerms(terms, net)) {
      const res = runMatch(terms, m);
      if (res.ptrs.length === 0) continue;
      const o = m as MatchObj & { tag?: unknown; chunk?: unknown; reason?: unknown; safe?: unknown; freeze?: unknown };
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        results.push({ tag: o.tag, chunk: o.chunk, unTag: o.unTag, reason: o.reason, match: o.match, safe: o.safe, freeze: o.freeze, pointer: ptr });
      }
    }
  }
  return results;
}

type PostView = {
  world: { methods: PostMethods };
  docs: Term[][];
  update(ptrs: unknown[][]): { docs: Term[][] };
  uncache(): void;
  unfreeze(): void;
};
type PostMethods = {
  one: { bulkTagger(found: Todo[], docs: Term[][], world: unknown): unknown };
  two: { quickSplit(docs: Term[][]): Term[][] };
};
/**
 * The net of match patterns compromise's postTagger builds once and keeps to itself: taken from its
 * first sweep (it builds the net by rewriting the pattern objects in place, so it is not built twice).
 */
let postNet: Net | null = null;
let capturingNet = false;

/**
 * compromise's postTagger (2-two/postTagger/compute) step for step, after its first run, which
 * builds its net: the document split at commas into clauses, every clause swept with that net and
 * the matches tagged (View.sweep's bulkMatch and bulkTagger). What View.sweep does after tagging
 * (a View for every match and one for all, handed back) is left out: the post-tagger throws them away.
 */
function postTaggerAfter(original: (view: PostView) => PostView) {
  return function postTagger(view: PostView): PostView {
    if (postNet === null) {
      capturingNet = true;
      try {
        return original(view);
      } finally {
        capturingNet = false;
      }
    }
    return sweptAfter(view, postNet);
  };
}

function sweptAfter(view: PostView, net: Net): PostView {
  const { world } = view;
  const { methods } = world;
  const document = methods.two.quickSplit(view.docs);
  const ptrs = document.map((terms) => {
    const t = terms[0] as Term & { index: number[] };
    return [t.index[0], t.index[1], t.index[1]! + terms.length];
  });
  const docs = view.update(ptrs).docs;
  methods.one.bulkTagger(postMatches(docs, net), docs, world);
  view.uncache();
  view.unfreeze();
  return view;
}

let installed = false;

/** Puts the faster sweep in place of compromise's (once; the same tags, less work per clause). */
export function installFastSweep(): void {
  if (installed) return;
  installed = true;
  // it reads compromise's internals: only in the release it was checked against, which gives
  // the same tags; any other keeps compromise's own sweep (slower, equally right)
  if (nlp.version !== VERIFIED_WITH || !matcher) return;
  const methods = (nlp.world() as unknown as { methods: Partial<Methods> }).methods;
  if (typeof methods.one?.bulkMatch !== 'function') return;
  methods.one.bulkMatch = bulkMatch;
  const compute = (nlp.world() as unknown as { compute: Record<string, unknown> }).compute;
  if (typeof compute.postTagger === 'function') compute.postTagger = postTaggerAfter(compute.postTagger as (view: PostView) => PostView);
}
