// Who does the user mean? Names the way people type them, from exact and cheap to fuzzy,
// stopping at the first step whose answer no later step could beat:
//   1. normalised key (case, diacritics, punctuation, Arabic particles, titles folded away);
//   2. transliteration key (Double Metaphone of each word): Hifter ~ Haftar, Dbeibah ~ Dabaiba;
//   3. FTS5 trigram candidates over names and aliases, from trigrams of each word that one typo
//      cannot all spoil and that few names share (lookupTrigrams); then names with one word of
//      the query spelt right and another of the misspelt word's initial and length; a short
//      one-word query's one-edit keys; names whose words start as the query's first and last do;
//   4. fuse.js re-ranks only the best of those candidates by word alignment, and the two scores
//      make a confidence.
// Several close matches answer with the choices; nothing confident answers "not found" with up to
// three suggestions. A wrong person is worse than no answer.
import Fuse from 'fuse.js';
import type { Actor, ActorType } from '../domain.ts';
import { COMPANY_SUFFIXES, ORG_HEADS, PLACE_NAMES, PLACE_VARIANTS, ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from '../extract/lexicon.ts';
import type { NameHit, Store } from '../store/index.ts';
import { editDistance, oneEditVariants } from './distance.ts';
import { foldName, initialsOf, nameKey } from './keys.ts';
import { isCommonWord } from '../extract/tokens.ts';
import { phoneticWordsOfKey, type PhoneticWord } from './phonetic.ts';

export type Resolution =
  | { kind: 'found'; actor: Actor }
  | { kind: 'ambiguous'; actors: Actor[] }
  | { kind: 'none'; suggestions: string[] };

export type Step = 'key' | 'phonetic' | 'trigram';

/** Resolution as ids, without loading profiles: what benchmarks and autocomplete need. */
export type NameResolution =
  | { kind: 'found'; actorId: number; confidence: number; step: Step }
  | { kind: 'ambiguous'; actorIds: number[]; confidence: number; step: Step }
  | { kind: 'none'; suggestions: { actorId: number; name: string }[] };

/** Confidence at or above which one actor is the answer. */
export const CONFIDENT = 0.75;
/** Two actors closer than this are a choice for the user, not a guess. */
export const MARGIN = 0.03;
/** Below CONFIDENT but at least this: offered as "did you mean". */
export const SUGGEST = 0.55;
const CANDIDATES = 100;
const WORD_CANDIDATES = 50;
const TRIGRAM_CANDIDATES = CANDIDATES;
/** The narrower trigram lookup may list more: listing them all spares the costlier word-and-initial lookup. */
const NARROW_CANDIDATES = 2 * CANDIDATES;
/** Candidates fuse.js re-ranks, the best by word alignment. */
const RERANK = 25;
/** Longest one-word query whose one-edit neighbours are looked up: longer words keep trigrams a slip leaves intact. */
const SHORT_WORD = 8;
/** Share of all names above which a word's first or last trigram is too common to use. */
const COMMON_TRIGRAM = 0.1;
/** Share of all names up to which a trigram is cheap enough for a word's robust pair (lookupTrigrams). */
const RARE_TRIGRAM = 0.02;
/** Words that say what kind of body an organisation is ("university", "corp"): the rest of its name is what it is called. */
const BODY_WORDS: ReadonlySet<string> = new Set([...ORG_HEADS, ...COMPANY_SUFFIXES]);

/**
 * Keys of well-known places (countries, capitals, regions). A query that names one is never a
 * misspelling of another: "Sudan" sounds like Sweden and "Australia" is one word longer than
 * Austria, but a user who typed either meant that country, and the other one is a wrong answer.
 */
const KNOWN_PLACES: ReadonlySet<string> = new Set([...PLACE_NAMES, ...PLACE_VARIANTS.flat()].map(nameKey).filter(Boolean));
/** Each known place's other spellings, by key ("kiev" -> kyiv): the same place, looked up as exactly as its own key. */
const PLACE_SPELLINGS: ReadonlyMap<string, string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const group of PLACE_VARIANTS) {
    const keys = group.map(nameKey);
    for (const k of keys) out.set(k, keys.filter((o) => o !== k));
  }
  return out;
})();

/** A known place other than the known place the query names: never the answer, nor a suggestion, for it. */
function anotherPlace(queryKey: string, key: string): boolean {
  return key !== queryKey && KNOWN_PLACES.has(queryKey) && KNOWN_PLACES.has(key) && !(PLACE_SPELLINGS.get(queryKey)?.includes(key) ?? false);
}

/**
 * The initials a query may be (one word of two to five letters, dots aside): as typed in capitals
 * or small letters ("ICC", "icc"), or a mixed spelling's capitals ("DoJ" -> DJ, as the
 * Department of Justice is shortened). A known place is itself, not initials.
 */
function initialismOf(q: string, key: string): string | null {
  const letters = q.replace(/\./g, '');
  if (!/^\p{L}{2,5}$/u.test(letters) || KNOWN_PLACES.has(key)) return null;
  const caps = letters.match(/\p{Lu}/gu) ?? [];
  const mixed = caps.length >= 2 && caps.length < letters.length && /^\p{Lu}/u.test(letters) && /\p{Ll}/u.test(letters);
  return mixed ? caps.join('') : letters.toUpperCase();
}

/** The initials of a name up to its first "and" ("Centers for Disease Control and Prevention" -> CDC), or null. */
function initialsBeforeAnd(name: string): string | null {
  const before = /^(.+?)\s+(?:and|&)\s/u.exec(name)?.[1];
  return before ? initialsOf(before) : null;
}

/** The answer when a lookup of the key step finds these actors: one is found, several a choice, none no answer. */
function namedBy(actorIds: number[]): NameResolution | null {
  const ids = [...new Set(actorIds)];
  if (ids.length === 1) return { kind: 'found', actorId: ids[0]!, confidence: 0.9, step: 'key' };
  if (ids.length > 1) return { kind: 'ambiguous', actorIds: ids.slice(0, 10), confidence: 0.9, step: 'key' };
  return null;
}

/** Names read with a first name typed alone: the persons who go by it, to answer or to choose from. */
const FIRST_NAME_PROBE = 50;

/** The title words typed before a name, lower case, and the words after them; a lone title stays a name. */
function splitTitles(query: string): { titles: string[]; rest: string[] } {
  const words = query.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return { titles: words.slice(0, i).map((w) => w.toLowerCase().replace(/\.$/, '')), rest: words.slice(i) };
}

/** The title words typed before a name: "Field Marshal Haftar" -> field, marshal. */
function titleWordsOf(query: string): string[] {
  return splitTitles(query)
    .titles.map((w) => w.replace(/[^\p{L}-]/gu, ''))
    .filter(Boolean);
}

/** "President Putin" -> "Putin", "Field Marshal Haftar" -> "Haftar"; a lone title stays. */
export function stripTitles(query: string): string {
  return splitTitles(query).rest.join(' ');
}

interface Scored {
  actorId: number;
  name: string;
  canonical: string;
  confidence: number;
  /** How well each word of the query matched this name (wordAlignment), and the name's words left unmatched. */
  words: number[];
  extra: number;
}

/** Letter classes a transliteration may swap at the start of a word: Qaddafi/Gaddafi/Kadhafi, Osama/Usama. */
function initialClass(word: string): string {
  if (/^(?:sch|sh|ch)/.test(word)) return 'sh'; // Shehed / Chahed
  const c = word.charAt(0);
  if ('aeiouy'.includes(c)) return 'vowel';
  if ('cgkq'.includes(c)) return 'k';
  return c;
}

const PHONETIC_WORD = 0.7;
const SHORT_CODE_WORD = 0.5;
const VOWELS = 'aeiouy';
const ACRONYM = /^\p{Lu}{2,}$/u;
const LATIN = /^[a-z]+$/;

/** Edits a slip of the hand or ear makes in one word; each edit beyond these counts twice unless the words sound alike. */
const FREE_EDITS = 2;
/** A query word with an Arabic article glued to it ("alnjakua", "alassad"), and the rest. */
const GLUED_ARTICLE = /^(?:al|el)([a-z]{3,})$/;

/** A word of a name, and whether the name writes an article before it ("el-Assad", "Alnakua") that its key drops. */
interface NameWord extends PhoneticWord {
  article?: boolean;
}

const ARTICLED_WORD = /(?:^|[^a-z])(?:al|el)[- ]?([a-z]+)/g;

/** The words a name writes with an article before them, as the key has them ("Samira el-Assad" -> assad); null if none. */
function articledWords(name: string): Set<string> | null {
  const folded = foldName(name);
  if (!folded.includes('al') && !folded.includes('el')) return null;
  const out = new Set<string>();
  for (const m of folded.matchAll(ARTICLED_WORD)) out.add(m[1]!);
  return out.size ? out : null;
}

/**
 * How alike two words are spelt, 0..1, as edits (a swap of two letters is one) over the longer
 * length: `loose` counts every edit once; `strict` counts each edit beyond FREE_EDITS twice, since
 * three or more slips in one word are rarer than a different name ("Beagoolworth" is not
 * "Bogooworth"). Where the name writes an article before the word, the query may glue it on:
 * "Alassad" for el-Assad, or "Alnjakua" for Alnakua, where a typo kept the article in the key.
 */
function spelling(q: string, n: NameWord): Spelling {
  const best = similarity(q, n.word);
  const rest = n.article ? GLUED_ARTICLE.exec(q)?.[1] : undefined;
  if (!rest) return best;
  const other = similarity(rest, n.word);
  return { loose: Math.max(best.loose, other.loose), strict: Math.max(best.strict, other.strict), edits: best.edits };
}

/** `edits`: between the words as written (a glued article counts). */
interface Spelling {
  loose: number;
  strict: number;
  edits: number;
}

function similarity(a: string, b: string): Spelling {
  if (a === b) return { loose: 1, strict: 1, edits: 0 };
  const d = editDistance(a, b);
  const len = Math.max(a.length, b.length);
  return { loose: 1 - d / len, strict: Math.max(0, 1 - (d + Math.max(0, d - FREE_EDITS)) / len), edits: d };
}

/**
 * How well every word of the query is accounted for by some word of the name: each query word
 * takes its best partner (a name may have more words, a middle name), and the weakest query word
 * decides. Two words with the same transliteration code and a compatible first letter count as
 * PHONETIC_WORD even when spelled apart (Hifter/Haftar, Dbeibah/Dabaiba). Returns early, with an
 * upper bound below `floor`, once the weakest word is below it: such a name cannot matter.
 */
function wordAlignment(query: PhoneticWord[], name: NameWord[], floor: number, scores: number[], score: WordScorer): number {
  if (!query.length || !name.length) return 0;
  // One word is a surname (or a one-word name); a word from inside an organisation's name
  // ("migration") is not a way to name it.
  if (query.length === 1) return (scores[0] = score(query[0]!, name[name.length - 1]!));
  // Names are "given ... surname": the query's last word is the name's last word, and the
  // others match earlier words in order (middle names may be left out).
  let weakest = (scores[query.length - 1] = score(query[query.length - 1]!, name[name.length - 1]!));
  let from = 0;
  for (let k = 0; k < query.length - 1 && weakest >= floor; k++) {
    const q = query[k]!;
    let best = 0;
    let bestAt = -1;
    for (let i = from; i < name.length - 1; i++) {
      const sim = score(q, name[i]!);
      if (sim > best) [best, bestAt] = [sim, i];
    }
    if (bestAt < 0) return 0;
    from = bestAt + 1;
    scores[k] = best;
    weakest = Math.min(weakest, best);
  }
  return weakest;
}

type WordScorer = (q: PhoneticWord, n: NameWord) => number;

/** wordScore, remembered per query word: candidates share first names and surnames by the hundred. */
function memoWordScore(): WordScorer {
  const memo = new Map<PhoneticWord, Map<string, number>>();
  return (q, n) => {
    let known = memo.get(q);
    if (!known) memo.set(q, (known = new Map()));
    const key = n.article ? `${n.code} ${n.word} al` : `${n.code} ${n.word}`;
    let v = known.get(key);
    if (v === undefined) known.set(key, (v = wordScore(q, n)));
    return v;
  };
}

function wordScore(q: PhoneticWord, n: NameWord): number {
  const spelt = spelling(q.word, n);
  const { loose, strict } = spelt;
  // Double Metaphone reads Latin letters only: other scripts would be skipped, not matched.
  if (!LATIN.test(q.word) || initialClass(q.word) !== initialClass(n.word)) return strict;
  // A shared primary code lifts a distant spelling (and spelling still orders two shared codes);
  // the alternate codes are looser, so sharing only those lifts it less.
  if (q.code === n.code) return lifted(spelt, q.code);
  if (q.code === n.alt || q.alt === n.code) return Math.max(strict, 0.5 + 0.5 * loose);
  // Double Metaphone reads names by English rules that transliterations do not follow: it drops
  // the P of an initial "Pn" ("Pnose" NS, "Panosa" PNS). The same consonants in the same order,
  // vowels and doubled letters aside, are the same name written another way, as a shared code is.
  const skeleton = consonants(q.word);
  if (skeleton === consonants(n.word)) return lifted(spelt, skeleton);
  return strict;
}

/** Edits beyond which a code of one or two letters says nothing: "Lazya" and "Lazzayah" share LS. */
const SHORT_CODE_EDITS = 2;

/**
 * A shared code lifts a spelling; a code of one or two letters ("KN") many words share lifts
 * less, and not at all for words more than SHORT_CODE_EDITS apart: "Lazya" is then one slip from
 * "Laya", not a way of writing "Lazzayah".
 */
function lifted({ loose, strict, edits }: Spelling, code: string): number {
  if (code.length > 2) return PHONETIC_WORD + (1 - PHONETIC_WORD) * loose;
  if (edits > SHORT_CODE_EDITS) return strict;
  return SHORT_CODE_WORD + (1 - SHORT_CODE_WORD) * loose;
}

/** The first letter and the consonants after it, doubled letters once: "panosa" -> "pns". */
function consonants(word: string): string {
  let out = word.charAt(0);
  for (let i = 1; i < word.length; i++) {
    const c = word.charAt(i);
    if (!VOWELS.includes(c) && c !== out.charAt(out.length - 1)) out += c;
  }
  return out;
}

/** The confidence is mostly the word alignment, so that one right surname cannot carry a wrong first name. */
const ALIGN_WEIGHT = 0.85;
const SPELLING_WEIGHT = 0.15;
/** Alignment below which a name cannot reach a confidence of `c`, whatever its spelling score. */
const alignFor = (c: number) => (c - SPELLING_WEIGHT) / ALIGN_WEIGHT;
/** Names aligned below this can change no answer and no suggestion. */
const LIVE = alignFor(SUGGEST);

interface Candidate {
  hit: NameHit;
  align: number;
  words: number[];
  extra: number;
  /** fuse.js's whole-spelling similarity, 0..1; null when fuse.js finds nothing alike; undefined until asked. */
  spelling?: number | null;
}

/** The most a name can score that is one slip from the query in the longest of these words. */
function unseenCeiling(words: string[]): number {
  if (!words.length) return -Infinity;
  const longest = Math.max(...words.map((w) => w.length));
  return ALIGN_WEIGHT * (1 - 1 / (longest + 1)) + SPELLING_WEIGHT;
}

/**
 * The candidates of one query across the steps: each name is aligned once, and fuse.js scores a
 * name's whole spelling once, only when it can change the answer. The confidence is mostly the
 * word alignment; fuse.js's score re-ranks the best candidates and breaks ties between near equals.
 */
class Ranking {
  private readonly byName = new Map<number, Candidate>();
  /** Names that could still reach SUGGEST: the others can change no answer and no suggestion. */
  private readonly live: Candidate[] = [];
  private sorted = true;

  /** The query with two neighbouring words written as one ("Abduul Rahman" -> "abduulrahman"), when first needed. */
  private joinedWords: PhoneticWord[][] | null = null;

  /**
   * The most a name the steps so far have not found could score: it is no exact match, so one
   * word at least is an edit off (and may sound the same), and the longer that word the less one
   * edit costs. An answer above this is final; one below waits for the later steps, which may
   * find the name the query is one slip from (a typo in "Közöhan" sounds like Cazecan).
   */
  private ceiling: number;
  private readonly score = memoWordScore();
  /** Whether a query word may have an article glued on: only then is a name's own article looked for. */
  private readonly glued: boolean;

  constructor(
    private readonly key: string,
    private readonly qWords: PhoneticWord[],
  ) {
    this.ceiling = unseenCeiling(qWords.map((w) => w.word));
    this.glued = qWords.some((w) => GLUED_ARTICLE.test(w.word));
  }

  /**
   * A lookup has listed every name one slip from the query, but for a slip in these words: only
   * names with such a slip can still beat an answer (none at all, when there are no such words).
   */
  unseenOnlyIn(words: string[]): void {
    this.ceiling = Math.min(this.ceiling, unseenCeiling(words));
  }

  /** decide(), when no name a later step might find could beat the answer. */
  sure(step: Step): NameResolution | null {
    const r = this.decide(step);
    return r && this.final(r) ? r : null;
  }

  final(r: NameResolution): boolean {
    return r.kind === 'found' && r.confidence > this.ceiling;
  }

  private joined(): PhoneticWord[][] {
    if (!this.joinedWords) {
      this.joinedWords = [];
      for (let i = 0; i + 1 < this.qWords.length; i++) {
        const words = this.qWords.map((w) => w.word);
        words.splice(i, 2, words[i]! + words[i + 1]!);
        this.joinedWords.push(phoneticWordsOfKey(words.join(' ')));
      }
    }
    return this.joinedWords;
  }

  has(nameId: number): boolean {
    return this.byName.has(nameId);
  }

  /**
   * Names read without their actor's row (nameRowsByIds): each is aligned first, and only the
   * actors of those that could reach SUGGEST are read (`kinds`), most candidates of a lookup
   * being nothing like the query. An 'other' among them is left out (never a guess); one that
   * cannot score is only marked seen.
   */
  addRows(rows: NameHit[], kinds: (actorIds: number[]) => Map<number, { type: ActorType; canonical: string }>): void {
    const scoring: Candidate[] = [];
    for (const h of rows) {
      if (this.byName.has(h.nameId)) continue;
      if (anotherPlace(this.key, h.key)) {
        this.byName.set(h.nameId, { hit: h, align: 0, words: [], extra: 0 });
        continue;
      }
      const c = this.candidate(h);
      if (c.align >= LIVE) scoring.push(c);
      else this.byName.set(h.nameId, c);
    }
    if (!scoring.length) return;
    const known = kinds(scoring.map((c) => c.hit.actorId));
    for (const c of scoring) {
      const k = known.get(c.hit.actorId);
      if (!k || k.type === 'other') continue;
      c.hit = { ...c.hit, type: k.type, canonical: k.canonical };
      this.admit(c);
    }
  }

  private admit(c: Candidate): void {
    this.byName.set(c.hit.nameId, c);
    if (c.align >= LIVE) {
      this.live.push(c);
      this.sorted = false;
    }
  }

  private candidate(h: NameHit): Candidate {
    const words = h.key.split(' ');
    // An acronym ("GFRA") is spelt out, not read as a word: it has no transliteration.
    const spelt = ACRONYM.test(h.name);
    const articled = spelt || !this.glued ? null : articledWords(h.name);
    const nameWords: NameWord[] = words.map((word, pos) =>
      spelt
        ? { pos, word, code: `=${word}`, alt: `=${word}` }
        : { pos, word, code: h.codes[pos] ?? word, alt: h.altCodes[pos] ?? word, article: articled?.has(word) ?? false },
    );
    // every word of the name the query leaves out (a middle name) makes it a little less this name
    const extra = Math.max(0, nameWords.length - this.qWords.length);
    let scores: number[] = [];
    let align = wordAlignment(this.qWords, nameWords, LIVE, scores, this.score) - 0.02 * extra;
    // A name of fewer words than the query may write two of them as one: "Abdulrahman" for
    // "Abdul Rahman", "Abubakr" for "Abu Bakr".
    if (nameWords.length < this.qWords.length)
      this.joined().forEach((j, at) => {
        const joinedScores: number[] = [];
        const a = wordAlignment(j, nameWords, LIVE, joinedScores, this.score);
        // as one word, the two count for both: the scores stay comparable with other names'
        if (a > align) [align, scores] = [a, this.qWords.map((_, k) => joinedScores[k <= at ? k : k - 1] ?? 0)];
      });
    return { hit: h, align, words: scores, extra };
  }

  private sort(): void {
    if (this.sorted) return;
    // stable: equal alignments keep the order the steps found them in
    this.live.sort((a, b) => b.align - a.align);
    this.sorted = true;
  }

  /**
   * Best confidence per actor, best first, over the RERANK best-aligned names; only names that
   * could reach `atLeast` are scored (fuse.js is the costly part), and returned.
   */
  scored(atLeast: number): Scored[] {
    this.sort();
    const top = this.live.slice(0, RERANK);
    const floor = alignFor(atLeast);
    if (!top.length || top[0]!.align < floor) return [];
    const todo = top.filter((c) => c.align >= floor && c.spelling === undefined);
    if (todo.length) {
      // ignoreLocation: fuse's default location/distance penalise a surname that comes late in a
      // long name; ignoreFieldNorm: a longer name (a middle name) is not a worse match for that.
      // With those, a name's score does not depend on the other names searched with it.
      const fuse = new Fuse(todo, { keys: ['hit.key'], includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 1, isCaseSensitive: true });
      for (const c of todo) c.spelling = null;
      for (const r of fuse.search(this.key)) r.item.spelling = 1 - (r.score ?? 1);
    }
    const best = new Map<number, Scored>();
    for (const c of top) {
      if (c.align < floor || c.spelling === null || c.spelling === undefined) continue;
      const h = c.hit;
      const confidence = ALIGN_WEIGHT * c.align + SPELLING_WEIGHT * c.spelling;
      const prev = best.get(h.actorId);
      if (!prev || confidence > prev.confidence)
        best.set(h.actorId, { actorId: h.actorId, name: h.name, canonical: h.canonical, confidence, words: c.words, extra: c.extra });
    }
    return [...best.values()].sort((a, b) => b.confidence - a.confidence || a.canonical.localeCompare(b.canonical));
  }

  decide(step: Step): NameResolution | null {
    // The answer needs a name at CONFIDENT, and then every name within MARGIN of it.
    this.sort();
    if (!this.live.length || this.live[0]!.align < alignFor(CONFIDENT)) return null;
    return decide(this.scored(CONFIDENT - MARGIN), step);
  }

  suggestions(): { actorId: number; name: string }[] {
    return this.scored(SUGGEST)
      .filter((s) => s.confidence >= SUGGEST)
      .slice(0, 3)
      .map((s) => ({ actorId: s.actorId, name: s.canonical }));
  }
}

function decide(scored: Scored[], step: Step): NameResolution | null {
  const top = scored[0];
  if (!top || top.confidence < CONFIDENT) return null;
  const close = scored.filter((s) => top.confidence - s.confidence < MARGIN);
  const winner = close.length === 1 ? top : close.find((s) => close.every((o) => o === s || dominates(s, o)));
  if (winner) return { kind: 'found', actorId: winner.actorId, confidence: winner.confidence, step };
  return { kind: 'ambiguous', actorIds: close.slice(0, 10).map((s) => s.actorId), confidence: top.confidence, step };
}

/**
 * One close match is plainly the better one when it matches every word of the query at least as
 * well as the other, and one word better or (a query of several words) fewer of its own words
 * left unmatched, and never more: "Osama
 * Warfally" is Osama al-Warfalli rather than Usama Warfalli, whose last name it matches as well
 * but whose first name only sounds alike. Near equals otherwise stay a choice for the user.
 */
function dominates(a: Scored, b: Scored): boolean {
  if (a.words.length !== b.words.length || a.extra > b.extra) return false;
  // With two words or more the user typed a whole name: of two names as close on every word, the
  // one with no word of its own left over is it ("Hisin Taşyiğit" is Hasan Taşyiğit, not Binali
  // Hasan Taşyiğit). One word is a surname that namesakes share: that stays a choice.
  let better = a.words.length > 1 && a.extra < b.extra;
  for (let k = 0; k < a.words.length; k++) {
    const [x, y] = [a.words[k] ?? 0, b.words[k] ?? 0];
    if (x < y - 1e-9) return false;
    if (x > y + 1e-9) better = true;
  }
  return better;
}

function trigramsOf(key: string): string[] {
  const out = new Set<string>();
  for (const word of key.split(' ')) {
    const chars = [...word];
    for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  }
  return [...out];
}

/**
 * The trigrams a query word is looked up by in the trigram index, and whether they are robust: one
 * typo (a letter added, dropped or changed, or two swapped) leaves at least one of them intact.
 * One typo spoils only trigrams that start within four consecutive letters (a swap of the 3rd and
 * 4th letters spoils those starting at the 1st to the 4th), so two trigrams that start four or
 * more letters apart cannot both be spoiled: the first and last of a word of seven letters or
 * more, or, when one of those is common, the cheapest such pair. Common trigrams ("mar",
 * "ani") have long posting lists that cost more to read and intersect than they tell. The rarest
 * trigram the index holds joins them (a short posting list; it may be the misspelt one).
 *
 * Words without a robust pair of rare trigrams (short ones) keep their rare ends and their two
 * rarest trigrams; the word-and-initial lookup stands in for what they miss. A one-word query pairs
 * the word's own trigrams: its ends up to `common` and its two rarest. Trigrams no name holds,
 * often the misspelt ones, are left out.
 */
export function lookupTrigrams(
  word: string,
  freq: Map<string, number>,
  limits: { rare: number; common: number },
  oneWord: boolean,
  elsewhere: Set<string>,
): { trigrams: string[]; robust: boolean } {
  const chars = [...word];
  const grams: { t: string; at: number; df: number }[] = [];
  for (let at = 0; at + 3 <= chars.length; at++) {
    const t = chars.slice(at, at + 3).join('');
    const df = freq.get(t);
    // A trigram another word of the query also has ("oko" of "Tiémoko Maludoko") would pair the
    // words' lookups with itself: every name with that one word would match.
    if (df !== undefined && !elsewhere.has(t)) grams.push({ t, at, df });
  }
  if (!grams.length) return { trigrams: [], robust: false };
  const byRarity = [...grams].sort((a, b) => a.df - b.df);
  const first = grams[0]!.at === 0 ? grams[0]! : undefined;
  const last = grams[grams.length - 1]!.at === chars.length - 3 ? grams[grams.length - 1]! : undefined;
  if (!oneWord) {
    const rare = (g: { df: number }) => g.df <= limits.rare;
    let pair: [(typeof grams)[0], (typeof grams)[0]] | null = null;
    if (first && last && last.at - first.at >= 4 && rare(first) && rare(last)) pair = [first, last];
    else {
      for (const a of grams)
        for (const b of grams) if (b.at - a.at >= 4 && rare(a) && rare(b) && (!pair || a.df + b.df < pair[0].df + pair[1].df)) pair = [a, b];
    }
    if (pair) return { trigrams: [...new Set([pair[0].t, pair[1].t, byRarity[0]!.t])], robust: true };
  }
  const endLimit = oneWord ? limits.common : limits.rare;
  const ends = [first, last].filter((g) => g !== undefined && g.df <= endLimit).map((g) => g!.t);
  const rarest = byRarity.slice(0, 2).map((g) => g.t);
  return { trigrams: [...new Set([...ends, ...rarest])], robust: false };
}

export interface ResolveOptions {
  /** Stop after this step: autocomplete stays on index lookups ('phonetic') to answer within Discord's 3 s. */
  lastStep?: Step;
}

export function resolveName(store: Store, query: string, opts: ResolveOptions = {}): NameResolution {
  // a query's twenty-odd lookups in one read transaction, not one each (Store.readingNames)
  return store.readingNames(() => resolveTyped(store, query, opts));
}

function resolveTyped(store: Store, query: string, opts: ResolveOptions): NameResolution {
  const typed = query.normalize('NFC').trim().slice(0, 200);
  const untitled = stripTitles(typed);
  if (untitled === typed) return resolveText(store, typed, opts);
  // A title word may be part of the name itself: "General Defence Council", "Prince Hotel". The
  // name as typed wins when it is one; otherwise it is tried only when the name without the title
  // finds nobody for sure ("President Putin" is Putin, "General Progress Batalion" a misspelt unit).
  const key = nameKey(typed);
  if (store.namesByKey(key, CANDIDATES).some((h) => h.key === key)) return resolveText(store, typed, opts);
  const r = resolveText(store, untitled, opts);
  if (r.kind === 'found') return r;
  const whole = resolveText(store, typed, opts);
  return whole.kind === 'found' ? whole : r;
}

function resolveText(store: Store, q: string, opts: ResolveOptions): NameResolution {
  const key = nameKey(q);
  if (!key) return { kind: 'none', suggestions: [] };

  // 1. The key, exactly: of a name, an alias, or (persons) a surname; a known place also by its
  // other spellings ("Kiev" is Kyiv).
  let keyHits = store.namesByKey(key, CANDIDATES);
  for (const other of PLACE_SPELLINGS.get(key) ?? []) if (!keyHits.length) keyHits = store.namesByKey(other, CANDIDATES);
  const keyActors = [...new Set(keyHits.map((h) => h.actorId))];
  if (keyActors.length === 1) return { kind: 'found', actorId: keyActors[0]!, confidence: 1, step: 'key' };
  if (keyActors.length > 1) {
    // The whole name beats namesakes who only share the surname; a one-word key decides nothing.
    const whole = [...new Set(keyHits.filter((h) => key.includes(' ') && h.key === key).map((h) => h.actorId))];
    if (whole.length === 1) return { kind: 'found', actorId: whole[0]!, confidence: 1, step: 'key' };
    return { kind: 'ambiguous', actorIds: (whole.length ? whole : keyActors).slice(0, 10), confidence: 1, step: 'key' };
  }

  // "ICC", "imf", "DoJ": an organisation or place called by the initials of its name, which no
  // article may have written; several that share them are a choice.
  const initials = initialismOf(q, key);
  if (initials) {
    let hits = store.namesByInitials(initials, CANDIDATES);
    // "DOJ", "BOE": the O of a left-out "of" typed in ("Department of Justice", "Bank of England")
    const withoutOf = initials.charAt(0) + initials.slice(1).replace(/O/g, '');
    if (!hits.length && withoutOf.length >= 2 && withoutOf !== initials) hits = store.namesByInitials(withoutOf, CANDIDATES);
    // "CDC" for the Centers for Disease Control and Prevention: a body whose name grew an "and ..."
    // after its initials were fixed is still called by the initials of the name before it
    if (!hits.length) hits = store.orgNamesByInitialsOpening(initials, CANDIDATES).filter((h) => initialsBeforeAnd(h.name) === initials);
    const byInitials = namedBy(hits.map((h) => h.actorId));
    if (byInitials) return byInitials;
  }

  // "stanford" for Stanford University, "carefusion" for CareFusion Corp: an organisation is called
  // by its name less the words that say what kind of body it is, when exactly one has that name
  if (!key.includes(' ')) {
    const bodies = new Set(store.orgNamesOpeningWith(key, CANDIDATES, BODY_WORDS).filter((h) => h.key.split(' ').slice(1).every((w) => BODY_WORDS.has(w))).map((h) => h.actorId));
    if (bodies.size === 1) return { kind: 'found', actorId: [...bodies][0]!, confidence: 0.9, step: 'key' };
  }

  // "serena", "dzulkefly", "david": a first name typed alone is the person who goes by it, or a
  // choice among those who do; never the one person whose surname is a letter from it (Davis).
  if (!key.includes(' ')) {
    const withWord = store.namesByIds(store.nameIdsByWord(key, FIRST_NAME_PROBE));
    // (a body or a place with the word in its name may be what was meant: then nobody is answered for)
    const byFirstName = withWord.some((h) => h.type !== 'person' && h.type !== 'other') ? null : namedBy(withWord.filter((h) => h.type === 'person' && h.key.startsWith(`${key} `)).map((h) => h.actorId));
    if (byFirstName) return byFirstName;
  }

  // "new", "hit", "earthquake": an ordinary English word typed alone that no name has is no
  // misspelling of one ("new" is not Pakistan Point News, a letter away from "news")
  // (autocomplete, which stops early, still offers names that sound like what is being typed)
  if (!opts.lastStep && !key.includes(' ') && isCommonWord(key)) return { kind: 'none', suggestions: [] };

  // 2. Transliteration: the whole name's code, or a one-word query's code against last words.
  const pw = phoneticWordsOfKey(key);
  const ranking = new Ranking(key, pw);
  const codes: [string, string] = [pw.map((w) => w.code).join(' '), pw.map((w) => w.alt).join(' ')];
  let phonIds: number[];
  if (pw.length > 1) phonIds = store.nameIdsByPhonetic(codes, CANDIDATES);
  else {
    // A one-word name's whole code is its last word's: when the last-word lookup listed every
    // name (fewer than its limit), the whole-code lookup could list none it has not.
    phonIds = store.nameIdsByLastWordCode([pw[0]!.code, pw[0]!.alt], CANDIDATES);
    if (phonIds.length >= CANDIDATES) phonIds = [...phonIds, ...store.nameIdsByPhonetic(codes, CANDIDATES)];
  }
  // The steps list names by id; the rows of those not seen yet are read, aligned, and join the
  // ranking (addRows). Fuzzy steps consider actors of a known type only: an 'other' is a name we
  // could not place (a stray capitalised word), reachable by its exact spelling but never a guess.
  const kinds = (actorIds: number[]) => store.actorKinds(actorIds);
  const unseen = (ids: number[]) => [...new Set(ids)].filter((id) => !ranking.has(id));
  // A later step's names: those not seen yet join the ranking, which answers if it is now sure.
  const more = (ids: number[]): NameResolution | null => {
    const fresh = unseen(ids);
    if (!fresh.length) return null;
    ranking.addRows(store.nameRowsByIds(fresh), kinds);
    return ranking.sure('trigram');
  };
  ranking.addRows(store.nameRowsByIds(unseen(phonIds)), kinds);
  // A fuzzy step answers when it finds one actor for sure, better than any name a later step
  // could find (Ranking.ceiling). Otherwise, and when it finds several near equals, the later
  // steps may find the name the query is one slip from ("Niovo" sounds like Nova and Nifão, and
  // is Niqovo with a letter dropped); the last one decides among everything found.
  const byPhon = ranking.decide('phonetic');
  if (byPhon && ranking.final(byPhon)) return byPhon;
  if (opts.lastStep === 'phonetic' || opts.lastStep === 'key') return byPhon ?? { kind: 'none', suggestions: ranking.suggestions() };

  // 3. Trigram candidates, 4. re-ranked. Trigrams of the words as written and folded (the index
  // holds folded names, not keys), per word so that every word votes (lookupTrigrams).
  const words = foldName(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => [...w].length >= 3);
  const wordTrigrams = words.map((w) => trigramsOf(w));
  const freq = store.trigramFrequencies(wordTrigrams.flat());
  const names = store.nameCount();
  const limits = { rare: Math.max(200, names * RARE_TRIGRAM), common: Math.max(200, names * COMMON_TRIGRAM) };
  const lookups = words.map((w, i) => {
    const elsewhere = new Set(wordTrigrams.flatMap((ts, j) => (j === i ? [] : ts)));
    return { i, ...lookupTrigrams(w, freq, limits, words.length === 1, elsewhere) };
  });
  // The two most distinctive words are enough to find a name, and keep the query small.
  const rarity = (l: { trigrams: string[] }) => Math.min(...l.trigrams.map((t) => freq.get(t)!));
  const chosen = lookups
    .filter((l) => l.trigrams.length)
    .sort((a, b) => rarity(a) - rarity(b))
    .slice(0, 2);
  // The narrower lookup of the last word (below): its robust trigrams with the rarest trigram of
  // the other words.
  const lastAt = words.length - 1;
  const lastLookup = lookups[lastAt];
  const narrow =
    words.length >= 2 && lastLookup?.robust
      ? lookups.flatMap((l) => (l.i === lastAt ? [] : l.trigrams)).reduce<string | null>((best, t) => (best === null || freq.get(t)! < freq.get(best)! ? t : best), null)
      : null;
  let complete = false;
  if (chosen.length) {
    const ids = store.nameIdsByTrigrams(
      chosen.map((l) => l.trigrams),
      TRIGRAM_CANDIDATES,
    );
    complete = ids.length < TRIGRAM_CANDIDATES;
    // A lookup that stopped at its limit listed the names that came first in the index (the
    // oldest), not the likeliest: when the narrower lookup follows, its names are read instead
    // of these (common trigrams: most of a hundred rows read and aligned for nothing). A slip in
    // another word than the last is the later steps' to find, by that word's start or by the
    // others spelt right.
    if (complete || narrow === null) {
      ranking.addRows(store.nameRowsByIds(unseen(ids)), kinds);
      // Every name was listed that holds a trigram of each chosen word: a slip in another word, or
      // in a word looked up by trigrams one slip cannot all spoil, left the name among them.
      if (complete) ranking.unseenOnlyIn(chosen.filter((l) => !l.robust).map((l) => words[l.i]!));
      const byTrigram = ranking.sure('trigram');
      if (byTrigram) return byTrigram;
    }
  }
  // A slip in a short one-word name can spoil every trigram of it ("Hzaki" for Hazaki, "Niovo"
  // for Niqovo): the keys one edit from it are a few hundred index probes, and few are names.
  if (pw.length === 1 && LATIN.test(key) && key.length >= 4 && key.length <= SHORT_WORD) {
    const byEdit = more(store.nameIdsByKeys(oneEditVariants(key), CANDIDATES));
    if (byEdit) return byEdit;
  }

  // Had the last word one typo and the others none, has the trigram step surely found the name?
  // Yes when it looked the last word up by trigrams that one typo cannot all spoil (robust),
  // paired with another word's, and the index returned every name that holds them.
  let lastFound = complete && chosen.length === 2 && chosen.some((l) => l.i === lastAt && l.robust);
  if (!lastFound && narrow !== null) {
    // Too many names to list (a common first name and a common ending), or the last word was
    // not among the two chosen: the other words spelt right hold their rarest trigram, which
    // narrows the last word's names down to a few.
    const ids = store.nameIdsByTrigrams([lastLookup!.trigrams, [narrow]], NARROW_CANDIDATES);
    lastFound = ids.length < NARROW_CANDIDATES;
    const fresh = unseen(ids);
    if (fresh.length) {
      ranking.addRows(store.nameRowsByIds(fresh), kinds);
      const byNarrow = ranking.sure('trigram');
      if (byNarrow) return byNarrow;
    }
  }

  // A misspelt short word leaves no trigram to find it by ("Wanjiru Déy"): the other word spelt
  // right, with a word starting as the misspelt one does, still finds the name. A first name is
  // shared by many names, so that lookup costs the most; it is left out when the last word's
  // trigrams have surely found the name already.
  if (words.length >= 2) {
    const [first, last] = [words[0]!, words[words.length - 1]!];
    const byWord = more([
      ...(lastFound ? [] : store.nameIdsByWordAndInitial(first, last, WORD_CANDIDATES)),
      ...store.nameIdsByWordAndInitial(last, first, WORD_CANDIDATES),
    ]);
    if (byWord) return byWord;
  }

  // A slip in two words, or two in one, can spoil every trigram pair the lookups above read, and
  // leave only trigrams so common that the name is not among the first listed ("Chiera Lo
  // Negrierry" shares with Chiara Lo Negrieri only trigrams that "Thierry" also has). People
  // seldom get the start of a name wrong: the names with a word starting as the first word does
  // and one starting as the last word does, of about their lengths, are few. When the trigram
  // lookup listed every name it matched, the costly prefix scan is spared.
  if (words.length >= 2 && !complete) {
    const ends = [words[0]!, words[words.length - 1]!].map((w) => ({ prefix: [...w].slice(0, 3).join(''), length: w.length }));
    const df = (e: { prefix: string }) => freq.get(e.prefix) ?? 0;
    const [rarer, other] = df(ends[0]!) <= df(ends[1]!) ? [ends[0]!, ends[1]!] : [ends[1]!, ends[0]!];
    const byStart = more(store.nameIdsByWordPrefixes(rarer, other, WORD_CANDIDATES));
    if (byStart) return byStart;
  }

  return ranking.decide('trigram') ?? { kind: 'none', suggestions: ranking.suggestions() };
}

/** resolveName, with the actors loaded for answers. */
export function resolveActor(store: Store, query: string): Resolution {
  return store.readingNames(() => resolveActorIn(store, query));
}

function resolveActorIn(store: Store, query: string): Resolution {
  // (inside readingNames already: resolveName's own wrapper would only find the transaction open)
  const r = resolveTyped(store, query, {});
  if (r.kind === 'found') {
    const actor = store.getActor(r.actorId);
    return actor ? { kind: 'found', actor } : { kind: 'none', suggestions: [] };
  }
  if (r.kind === 'ambiguous') {
    const actors = r.actorIds.map((id) => store.getActor(id)).filter((a): a is Actor => Boolean(a));
    // "judge lowe" when a judge and an actor are both Lowe: the title typed is the one who holds it
    const titled = titleWordsOf(query);
    if (titled.length) {
      const holders = actors.filter((a) => a.roles.some((role) => titled.some((w) => new RegExp(`(?:^|[\\s-])${w}(?:$|[\\s-])`, 'i').test(role.title))));
      if (holders.length === 1) return { kind: 'found', actor: holders[0]! };
    }
    return { kind: 'ambiguous', actors: actors.sort((a, b) => b.mentionCount - a.mentionCount) };
  }
  // "health minister", "the chief executive of Boeing": nobody goes by that name, but it is a role
  // someone holds; several holders are a choice
  const roleWords = nameKey(query.replace(/\b(?:the|of|for|at|a|an)\b/gi, ' ')).split(' ').filter(Boolean);
  if (roleWords.some((w) => TITLE_HEADS.has(w) || ROLE_NOUNS.has(w))) {
    const holders = store.personsByRoleWords(roleWords, 10);
    const actors = holders.map((id) => store.getActor(id)).filter((a): a is Actor => Boolean(a));
    if (actors.length === 1) return { kind: 'found', actor: actors[0]! };
    if (actors.length > 1) return { kind: 'ambiguous', actors };
  }
  // Nothing close enough to answer: names that start with what was typed ("stanford" for Stanford
  // University, "dzul" for Dzulkefly Ahmad) are offered, never answered.
  const suggestions = [...new Set(r.suggestions.map((s) => s.name))];
  const queryKey = nameKey(query);
  if (suggestions.length < 3 && [...query.trim()].length >= 4)
    for (const h of store.namesByPrefix(query.trim(), 3))
      if (suggestions.length < 3 && !suggestions.includes(h.canonical) && !anotherPlace(queryKey, h.key)) suggestions.push(h.canonical);
  return { kind: 'none', suggestions };
}

/** Up to `limit` actor names for a prefix or a misspelled fragment, for autocomplete. */
export function completeNames(store: Store, fragment: string, limit = 25): { actorId: number; name: string }[] {
  return store.readingNames(() => complete(store, fragment, limit));
}

function complete(store: Store, fragment: string, limit: number): { actorId: number; name: string }[] {
  const f = fragment.trim();
  const out = new Map<number, string>();
  const add = (h: { actorId: number; name: string }) => {
    if (out.size < limit && !out.has(h.actorId)) out.set(h.actorId, h.name);
  };
  if (!f) return [];
  for (const h of store.namePrefixHits(f, limit)) add({ actorId: h.actorId, name: h.canonical });
  if (out.size < limit && [...f].length >= 3) {
    // misspelt fragments: the cheap, index-only steps of the resolver
    const r = resolveName(store, f, { lastStep: 'phonetic' });
    // the actors' names only (actorKinds): a brief's role costs a lookup each that autocomplete never shows
    if (r.kind === 'found') add({ actorId: r.actorId, name: store.actorKinds([r.actorId]).get(r.actorId)?.canonical ?? f });
    if (r.kind === 'ambiguous') {
      const kinds = store.actorKinds(r.actorIds);
      for (const id of r.actorIds) {
        const k = kinds.get(id);
        if (k) add({ actorId: id, name: k.canonical });
      }
    }
    if (r.kind === 'none') for (const s of r.suggestions) add(s);
  }
  return [...out.entries()].map(([actorId, name]) => ({ actorId, name }));
}
