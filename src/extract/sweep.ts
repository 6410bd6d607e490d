// A faster stand-in for compromise's sweep (methods.one.bulkMatch), the step of its post-tagger
// that picks, for each clause, which of its ~570 match patterns to try. compromise's own version
// walks every one of the ~730 hook words and tags of its pattern index for every clause
// (getHooks), a fixed cost per clause that was a tenth of all extraction time. This one walks the
// clause's own words and tags (a few dozen) and looks each up in the index. The patterns tried,
// their order, and so the tags, are exactly compromise's: the candidates are put back in the
// index's key order before they are concatenated and de-duplicated as compromise does.
import nlp from 'compromise';

interface MatchObj {
  match: string;
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
  /** The hook keys in Object.keys(net.hooks) order: the order compromise concatenates their lists in. */
  keys: string[];
  /** Patterns to look at when a word or tag is in the clause: each pattern under one of its needs. */
  triggers: Map<string, Pattern[]>;
  /** A stamp per pattern, so that one clause looks at a pattern once. */
  seen: Uint32Array;
  round: number;
}
interface Pattern {
  id: number;
  m: MatchObj;
  /** [position of the hook key, position in that key's list], ascending: where compromise lists it. */
  places: [number, number][];
}

const indexes = new WeakMap<Net, Index>();

function indexOf(net: Net): Index {
  let index = indexes.get(net);
  if (index) return index;
  const keys = Object.keys(net.hooks);
  const patterns = new Map<MatchObj, Pattern>();
  keys.forEach((k, i) =>
    net.hooks[k]!.forEach((m, j) => {
      let p = patterns.get(m);
      if (!p) patterns.set(m, (p = { id: patterns.size, m, places: [] }));
      p.places.push([i, j]);
    }),
  );
  const listLength = (k: string) => net.hooks[k]?.length ?? Infinity;
  const triggers = new Map<string, Pattern[]>();
  const add = (k: string, p: Pattern) => {
    const list = triggers.get(k);
    if (list) list.push(p);
    else triggers.set(k, [p]);
  };
  for (const p of patterns.values()) {
    // every need must be in the clause, so one of them is enough to find the pattern by: a word
    // rather than a tag, else the tag fewest patterns need
    if (p.m.needs.length) add([...p.m.needs].sort((a, b) => Number(a.startsWith('#')) - Number(b.startsWith('#')) || listLength(a) - listLength(b))[0]!, p);
    else for (const w of new Set(p.m.wants)) add(w, p);
  }
  index = { keys, triggers, seen: new Uint32Array(patterns.size), round: 0 };
  indexes.set(net, index);
  return index;
}

/** compromise's getHooks + trimDown + tooSmall for one clause: the same patterns in the same order. */
function candidates(have: Set<string>, net: Net, termCount: number): MatchObj[] {
  const index = indexOf(net);
  const round = ++index.round;
  const found: { m: MatchObj; at: number }[] = [];
  for (const item of have) {
    const list = index.triggers.get(item);
    if (!list) continue;
    for (const p of list) {
      if (index.seen[p.id] === round) continue;
      index.seen[p.id] = round;
      const m = p.m;
      if (termCount < m.minWords) continue;
      if (!m.needs.every((need) => have.has(need))) continue;
      if (m.ifNo !== undefined && m.ifNo.some((no) => have.has(no))) continue;
      if (m.wants.length !== 0 && m.wants.filter((w) => have.has(w)).length < m.minWant) continue;
      // where compromise's concatenation meets it first: under its first hook key in the clause
      const [key, inList] = p.places.find(([k]) => have.has(index.keys[k]!))!;
      found.push({ m, at: key * 100_000 + inList });
    }
  }
  if (index.round >= 0xffffffff) {
    index.seen.fill(0);
    index.round = 0;
  }
  found.sort((a, b) => a.at - b.at);
  const out = found.map((f) => f.m);
  // compromise adds the patterns with no hooks after the trimming, then drops those too long
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
  const docCache = methods.one.cacheDoc(document);
  const results: Record<string, unknown>[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(docCache[n]!, net, document[n]!.length)) {
      const res = methods.one.match([document[n]!], m);
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

let installed = false;

/** Puts the faster sweep in place of compromise's (once; the same tags, less work per clause). */
export function installFastSweep(): void {
  if (installed) return;
  installed = true;
  // it reads compromise's internals: only in the release it was checked against, which gives
  // the same tags; any other keeps compromise's own sweep (slower, equally right)
  if (nlp.version !== VERIFIED_WITH) return;
  const methods = (nlp.world() as unknown as { methods: Partial<Methods> }).methods;
  if (typeof methods.one?.bulkMatch !== 'function') return;
  methods.one.bulkMatch = bulkMatch;
}

/** The compromise release whose post-tagger this sweep reproduces pattern for pattern. */
const VERIFIED_WITH = '14.17.0';
