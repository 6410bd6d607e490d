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
import { phoneticWords } from './phonetic.ts';

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
export const MARGIN = 0.08;
/** Below CONFIDENT but at least this: offered as "did you mean". */
export const SUGGEST = 0.55;
const CANDIDATES = 200;
const RAREST_TRIGRAMS = 4;

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
  const c = word.charAt(0);
  if ('aeiouy'.includes(c)) return 'vowel';
  if ('cgkq'.includes(c)) return 'k';
  return c;
}

/** Same transliteration code is believable only when the last words start alike ("Benali" is not "Penale"). */
function initialsAgree(query: string, name: string): boolean {
  const q = nameKey(query).split(' ').pop() ?? '';
  const n = nameKey(name).split(' ').pop() ?? '';
  return initialClass(q) === initialClass(n);
}

/** Candidates (one per name row) -> best confidence per actor, best first. */
function rank(query: string, hits: NameHit[], phoneticIds: Set<number>): Scored[] {
  if (!hits.length) return [];
  const qkey = nameKey(query);
  const oneWord = !qkey.includes(' ');
  // A one-word query is a surname or a single name: compare it with each name's last word.
  const items = hits.map((h) => {
    const k = nameKey(h.name);
    return { hit: h, text: oneWord ? k.split(' ').pop() ?? k : k };
  });
  // Scores from anywhere in the name (ignoreLocation): fuse's default location/distance penalise
  // a surname that comes late in a long name, which ranks the right person below others.
  const fuse = new Fuse(items, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 1, isCaseSensitive: true });
  const best = new Map<number, Scored>();
  for (const r of fuse.search(qkey)) {
    const sim = 1 - (r.score ?? 1);
    const h = r.item.hit;
    // A transliteration match makes a middling spelling similarity believable; without one, only a
    // close spelling is (a typo).
    const confidence = phoneticIds.has(h.nameId) && initialsAgree(query, h.name) ? 0.5 + 0.5 * sim : 0.9 * sim;
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

export function resolveName(store: Store, query: string): NameResolution {
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
  const phonRanked = rank(q, phonHits, phonIds);
  const byPhon = decide(phonRanked, 'phonetic');
  if (byPhon) return byPhon;

  // 3. Trigram candidates from the query's rarest trigrams (cheap posting lists), 4. re-ranked.
  const grams = trigramsOf(foldName(key));
  const freq = store.trigramFrequencies(grams);
  const rarest = grams
    .filter((g) => freq.has(g))
    .sort((a, b) => freq.get(a)! - freq.get(b)!)
    .slice(0, RAREST_TRIGRAMS);
  const triHits = rarest.length ? typed(store.namesByTrigrams(rarest, CANDIDATES)) : [];
  const all = [...phonHits, ...triHits.filter((h) => !phonIds.has(h.nameId))];
  const ranked = rank(q, all, phonIds);
  const byTrigram = decide(ranked, 'trigram');
  if (byTrigram) return byTrigram;

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
    const r = resolveName(store, f);
    if (r.kind === 'found') add({ actorId: r.actorId, name: store.actorBriefs([r.actorId])[0]?.name ?? f });
    if (r.kind === 'ambiguous') for (const b of store.actorBriefs(r.actorIds)) add({ actorId: b.id, name: b.name });
    if (r.kind === 'none') for (const s of r.suggestions) add(s);
  }
  return [...out.entries()].map(([actorId, name]) => ({ actorId, name }));
}
