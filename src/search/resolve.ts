// Who does the user mean? Names the way people type them, from exact and cheap to fuzzy,
// stopping at the first confident step:
//   1. normalised key (case, diacritics, punctuation, Arabic particles, titles folded away);
//   2. transliteration key (Double Metaphone of each word): Hifter ~ Haftar, Dbeibah ~ Dabaiba;
//   3. FTS5 trigram candidates over names and aliases, from the query's rarest trigrams;
//   4. fuse.js re-ranks only those candidates, and the score becomes a confidence.
// Several close matches answer with the choices; nothing confident answers "not found" with up to
// three suggestions. A wrong person is worse than no answer.
import Fuse from 'fuse.js';
import type { Actor } from '../domain.ts';
import { TITLE_WORDS } from '../extract/lexicon.ts';
import type { NameHit, Store } from '../store/index.ts';
import { foldName, nameKey } from './keys.ts';
import { phoneticWords, type PhoneticWord } from './phonetic.ts';
import { distance as levenshtein } from 'fastest-levenshtein';

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
/** Candidates fuse.js re-ranks, the best by word alignment. */
const RERANK = 25;
/** Share of all names above which a word's first or last trigram is too common to use. */
const COMMON_TRIGRAM = 0.1;

/** "President Putin" -> "Putin", "Field Marshal Haftar" -> "Haftar"; a lone title stays. */
export function stripTitles(query: string): string {
  const words = query.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return words.slice(i).join(' ');
}

interface Scored {
  actorId: number;
  name: string;
  canonical: string;
  confidence: number;
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
const LATIN = /^[a-z]+$/;

/** Spelling similarity of two words, 0..1 (Levenshtein over the longer length). */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return 1 - levenshtein(a, b) / Math.max(a.length, b.length);
}

/**
 * How well every word of the query is accounted for by some word of the name: each query word
 * takes its best partner (a name may have more words, a middle name), and the weakest query word
 * decides. Two words with the same transliteration code and a compatible first letter count as
 * PHONETIC_WORD even when spelled apart (Hifter/Haftar, Dbeibah/Dabaiba).
 */
function wordAlignment(query: PhoneticWord[], name: PhoneticWord[]): number {
  if (!query.length || !name.length) return 0;
  const score = (q: PhoneticWord, n: PhoneticWord) => {
    const spelled = wordSimilarity(q.word, n.word);
    // Double Metaphone reads Latin letters only: other scripts would be skipped, not matched.
    if (!LATIN.test(q.word) || initialClass(q.word) !== initialClass(n.word)) return spelled;
    // A shared primary code lifts a distant spelling (and spelling still orders two shared codes);
    // the alternate codes are looser, so sharing only those lifts it less.
    if (q.code === n.code) return PHONETIC_WORD + (1 - PHONETIC_WORD) * spelled;
    if (q.code === n.alt || q.alt === n.code) return Math.max(spelled, 0.5 + 0.5 * spelled);
    return spelled;
  };
  // One word is a surname (or a one-word name); a word from inside an organisation's name
  // ("migration") is not a way to name it.
  if (query.length === 1) return score(query[0]!, name[name.length - 1]!);
  // Names are "given ... surname": the query's last word is the name's last word, and the
  // others match earlier words in order (middle names may be left out).
  let weakest = score(query[query.length - 1]!, name[name.length - 1]!);
  let from = 0;
  for (const q of query.slice(0, -1)) {
    let best = 0;
    let bestAt = -1;
    for (let i = from; i < name.length - 1; i++) {
      const sim = score(q, name[i]!);
      if (sim > best) [best, bestAt] = [sim, i];
    }
    if (bestAt < 0) return 0;
    from = bestAt + 1;
    weakest = Math.min(weakest, best);
  }
  return weakest;
}

/**
 * Candidates (one per name row) -> best confidence per actor, best first. The confidence is
 * mostly the word alignment, so that one right surname cannot carry a wrong first name; fuse.js's
 * whole-spelling score re-ranks the best candidates and breaks ties between near equals.
 */
function rank(query: string, hits: NameHit[], qWords: PhoneticWord[] = phoneticWords(query)): Scored[] {
  if (!hits.length) return [];
  // Word alignment first (cheap), so that fuse.js re-ranks only the plausible few.
  const aligned = hits
    .map((h) => {
      const words = h.key.split(' ');
      const nameWords = words.map((word, pos) => ({ pos, word, code: h.codes[pos] ?? word, alt: h.altCodes[pos] ?? word }));
      // every word of the name the query leaves out (a middle name) makes it a little less this name
      const extra = Math.max(0, nameWords.length - qWords.length);
      return { hit: h, text: h.key, align: wordAlignment(qWords, nameWords) - 0.02 * extra };
    })
    .sort((a, b) => b.align - a.align)
    .slice(0, RERANK);
  // ignoreLocation: fuse's default location/distance penalise a surname that comes late in a
  // long name; ignoreFieldNorm: a longer name (a middle name) is not a worse match for that.
  const fuse = new Fuse(aligned, { keys: ['text'], includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 1, isCaseSensitive: true });
  const best = new Map<number, Scored>();
  for (const r of fuse.search(nameKey(query))) {
    const spelling = 1 - (r.score ?? 1);
    const h = r.item.hit;
    const confidence = 0.85 * r.item.align + 0.15 * spelling;
    const prev = best.get(h.actorId);
    if (!prev || confidence > prev.confidence) best.set(h.actorId, { actorId: h.actorId, name: h.name, canonical: h.canonical, confidence });
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence || a.canonical.localeCompare(b.canonical));
}

function decide(scored: Scored[], step: Step): NameResolution | null {
  const top = scored[0];
  if (!top || top.confidence < CONFIDENT) return null;
  const close = scored.filter((s) => top.confidence - s.confidence < MARGIN);
  if (close.length === 1) return { kind: 'found', actorId: top.actorId, confidence: top.confidence, step };
  return { kind: 'ambiguous', actorIds: close.slice(0, 10).map((s) => s.actorId), confidence: top.confidence, step };
}

function trigramsOf(key: string): string[] {
  const out = new Set<string>();
  for (const word of key.split(' ')) {
    const chars = [...word];
    for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  }
  return [...out];
}

export interface ResolveOptions {
  /** Stop after this step: autocomplete stays on index lookups ('phonetic') to answer within Discord's 3 s. */
  lastStep?: Step;
}

export function resolveName(store: Store, query: string, opts: ResolveOptions = {}): NameResolution {
  const q = stripTitles(query.normalize('NFC')).slice(0, 200);
  const key = nameKey(q);
  if (!key) return { kind: 'none', suggestions: [] };

  // 1. The key, exactly: of a name, an alias, or (persons) a surname.
  const keyHits = store.namesByKey(key, CANDIDATES);
  const keyActors = [...new Set(keyHits.map((h) => h.actorId))];
  if (keyActors.length === 1) return { kind: 'found', actorId: keyActors[0]!, confidence: 1, step: 'key' };
  if (keyActors.length > 1) {
    // The whole name beats namesakes who only share the surname; a one-word key decides nothing.
    const whole = [...new Set(keyHits.filter((h) => key.includes(' ') && nameKey(h.name) === key).map((h) => h.actorId))];
    if (whole.length === 1) return { kind: 'found', actorId: whole[0]!, confidence: 1, step: 'key' };
    return { kind: 'ambiguous', actorIds: (whole.length ? whole : keyActors).slice(0, 10), confidence: 1, step: 'key' };
  }

  // 2. Transliteration: the whole name's code, or a one-word query's code against last words.
  const pw = phoneticWords(q);
  const codes: [string, string] = [pw.map((w) => w.code).join(' '), pw.map((w) => w.alt).join(' ')];
  const phonHits =
    pw.length > 1
      ? store.namesByPhonetic(codes, CANDIDATES)
      : [...store.namesByLastWordCode([pw[0]!.code, pw[0]!.alt], CANDIDATES), ...store.namesByPhonetic(codes, CANDIDATES)];
  // Fuzzy steps consider actors of a known type only: an 'other' is a name we could not place
  // (a stray capitalised word), reachable by its exact spelling but never a guess.
  const typed = (hs: NameHit[]) => hs.filter((h) => h.type !== 'other');
  phonHits.splice(0, phonHits.length, ...typed(phonHits));
  const phonIds = new Set(phonHits.map((h) => h.nameId));
  const phonRanked = rank(q, phonHits, pw);
  const byPhon = decide(phonRanked, 'phonetic');
  if (byPhon) return byPhon;
  if (opts.lastStep === 'phonetic' || opts.lastStep === 'key') {
    return { kind: 'none', suggestions: phonRanked.filter((s) => s.confidence >= SUGGEST).slice(0, 3).map((s) => ({ actorId: s.actorId, name: s.canonical })) };
  }

  // 3. Trigram candidates from the query's rarest trigrams (cheap posting lists), 4. re-ranked.
  // Trigrams of the words as written and folded (the index holds folded names, not keys), per
  // word so that every word votes: its first trigram (a typo seldom hits the first letters) and
  // its rarest ones (short posting lists). Trigrams the index lacks, often the misspelt ones, go.
  const words = foldName(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => [...w].length >= 3);
  const perWord = words.map((w) => trigramsOf(w));
  const freq = store.trigramFrequencies(perWord.flat());
  const oneWord = perWord.length === 1;
  // Per word: its first and last trigrams (one typo cannot spoil both ends of a word) and its
  // rarest one (a short posting list). A trigram many names share ("all", "mar") costs more to
  // intersect than it tells, so ends that common are left out.
  const common = Math.max(200, store.nameCount() * COMMON_TRIGRAM);
  const rarest = perWord.map((gs) => {
    const known = gs.filter((g) => freq.has(g));
    const rare = [...known].sort((a, b) => freq.get(a)! - freq.get(b)!).slice(0, oneWord ? 2 : 1);
    const ends = [gs[0]!, gs[gs.length - 1]!].filter((g) => freq.has(g) && freq.get(g)! <= common);
    return [...new Set([...ends, ...rare])];
  });
  // The two most distinctive words are enough to find a name, and keep the query to four pairs.
  const groups = rarest
    .filter((g) => g.length)
    .sort((a, b) => freq.get(a[0]!)! - freq.get(b[0]!)!)
    .slice(0, 2);
  const triHits = groups.length ? typed(store.namesByTrigrams(groups, TRIGRAM_CANDIDATES)) : [];
  const all = [...phonHits, ...triHits.filter((h) => !phonIds.has(h.nameId))];
  let ranked = rank(q, all, pw);
  const byTrigram = decide(ranked, 'trigram');
  if (byTrigram) return byTrigram;

  // A misspelt short word leaves no trigram to find it by ("Wanjiru Déy"): the other word spelt
  // right, with a word starting as the misspelt one does, still finds the name.
  if (words.length >= 2) {
    const [first, last] = [words[0]!, words[words.length - 1]!];
    const seen = new Set(all.map((h) => h.nameId));
    const more = typed([...store.namesByWordAndInitial(first, last, WORD_CANDIDATES), ...store.namesByWordAndInitial(last, first, WORD_CANDIDATES)]).filter(
      (h) => !seen.has(h.nameId),
    );
    if (more.length) {
      // rank only the new candidates, and merge: the old ones are already scored
      const merged = new Map(ranked.map((r) => [r.actorId, r]));
      for (const r of rank(q, more, pw)) if (!merged.has(r.actorId) || merged.get(r.actorId)!.confidence < r.confidence) merged.set(r.actorId, r);
      ranked = [...merged.values()].sort((a, b) => b.confidence - a.confidence || a.canonical.localeCompare(b.canonical));
      const byWord = decide(ranked, 'trigram');
      if (byWord) return byWord;
    }
  }

  return {
    kind: 'none',
    suggestions: ranked
      .filter((s) => s.confidence >= SUGGEST)
      .slice(0, 3)
      .map((s) => ({ actorId: s.actorId, name: s.canonical })),
  };
}

/** resolveName, with the actors loaded for answers. */
export function resolveActor(store: Store, query: string): Resolution {
  const r = resolveName(store, query);
  if (r.kind === 'found') {
    const actor = store.getActor(r.actorId);
    return actor ? { kind: 'found', actor } : { kind: 'none', suggestions: [] };
  }
  if (r.kind === 'ambiguous') {
    const actors = r.actorIds.map((id) => store.getActor(id)).filter((a): a is Actor => Boolean(a));
    return { kind: 'ambiguous', actors: actors.sort((a, b) => b.mentionCount - a.mentionCount) };
  }
  return { kind: 'none', suggestions: [...new Set(r.suggestions.map((s) => s.name))] };
}

/** Up to `limit` actor names for a prefix or a misspelled fragment, for autocomplete. */
export function completeNames(store: Store, fragment: string, limit = 25): { actorId: number; name: string }[] {
  const f = fragment.trim();
  const out = new Map<number, string>();
  const add = (h: { actorId: number; name: string }) => {
    if (out.size < limit && !out.has(h.actorId)) out.set(h.actorId, h.name);
  };
  if (!f) return [];
  for (const h of store.namesByPrefix(f, limit)) add({ actorId: h.actorId, name: h.canonical });
  if (out.size < limit && [...f].length >= 3) {
    // misspelt fragments: the cheap, index-only steps of the resolver
    const r = resolveName(store, f, { lastStep: 'phonetic' });
    if (r.kind === 'found') add({ actorId: r.actorId, name: store.actorBriefs([r.actorId])[0]?.name ?? f });
    if (r.kind === 'ambiguous') for (const b of store.actorBriefs(r.actorIds)) add({ actorId: b.id, name: b.name });
    if (r.kind === 'none') for (const s of r.suggestions) add(s);
  }
  return [...out.entries()].map(([actorId, name]) => ({ actorId, name }));
}
