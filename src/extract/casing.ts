// How one article writes its words, and shouted text read with that knowledge.
//
// Capitals are most of the evidence for a name, and two places in news copy have capitals that
// say nothing: the first word of a sentence, and text set in capitals ("JAPAN GET LUCKY WIN",
// "BRUSSELS 1996-08-22", a results table in capitals). The rest of the article usually settles
// them: a word written "Lebed" inside its sentences is a name, a word written "until" is not.
// Words the article does not use elsewhere fall back on compromise's lexicon (a dictionary look-up,
// not a parse). Pure and cheap: one regular-expression pass over each sentence.
import { lexiconTags } from './tokens.ts';

export type WordCase = 'name' | 'common' | 'acronym';

/** How the article writes each word (by its lower-case form) where capitals carry meaning. */
export interface Casing {
  of(lower: string): WordCase | undefined;
}

const WORD_RE = /\p{L}[\p{L}\p{M}]*(?:[-'’.]\p{L}[\p{L}\p{M}]*)*\.?/gu;
/** Marks after which the next word is written as a sentence opener ("“", "(", ":" , "-"). */
const OPENERS = new Set([...'“"‘(:;–—-/.!?*']);

/** Set in capitals: at least two words with letters, none of them with a lower-case letter. */
export function isShouted(sentence: string): boolean {
  if (/\p{Ll}/u.test(sentence)) return false;
  let words = 0;
  let letters = 0;
  for (const m of sentence.matchAll(WORD_RE)) {
    if (/\p{Ll}/u.test(m[0])) return false;
    words++;
    letters += m[0].length;
  }
  return words >= 2 && letters >= 6;
}

// (after the dateline's place too: "WINDHOEK, Sept 24 Around half ...", "CHARLOTTE, N.C., June 3 The ...")
const LEADING_DATE = /^(?:\p{Lu}[\p{Lu}.'’ /-]*\p{Lu},\s*(?:[\p{L}.'’ ]+,\s*)*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?$/u;

export function documentCasing(sentences: readonly string[]): Casing {
  const counts = new Map<string, [number, number, number]>(); // name, common, acronym
  for (const s of sentences) {
    if (isShouted(s)) continue;
    for (const m of s.matchAll(WORD_RE)) {
      // the first word, and a word after an opening mark, is capitalised whatever it is
      let k = (m.index ?? 0) - 1;
      while (k >= 0 && s[k] === ' ') k--;
      if (k < 0 || OPENERS.has(s[k]!)) continue;
      // (nor the first after a date run into the lead: "Oct 5 Medical equipment supplier ...")
      if (/\d/.test(s[k]!) && LEADING_DATE.test(s.slice(0, k + 1))) continue;
      const w = m[0].replace(/\.$/, '');
      const lower = w.toLowerCase();
      let c = counts.get(lower);
      if (!c) counts.set(lower, (c = [0, 0, 0]));
      if (w === lower) c[1]++;
      else if (w.length >= 2 && w === w.toUpperCase()) c[2]++;
      else if (/^\p{Lu}/u.test(w)) c[0]++;
    }
  }
  return {
    of(lower: string): WordCase | undefined {
      const c = counts.get(lower);
      if (!c) return undefined;
      const [name, common, acronym] = c;
      if (common > name + acronym) return 'common';
      if (acronym > name) return 'acronym';
      return name > 0 ? 'name' : acronym > 0 ? 'acronym' : undefined;
    },
  };
}

const NO_CASING: Casing = { of: () => undefined };

const PROPER_TAGS = /^(?:ProperNoun|Person|FirstName|LastName|MaleName|FemaleName|Place|Country|City|Region|Organization|SportsTeam|Demonym|Honorific|Month|WeekDay|Holiday)$/;
const PLACE_HEAD_WORDS = new Set(['city', 'river', 'island', 'islands', 'county', 'bay', 'lake', 'valley', 'beach', 'mountains', 'coast', 'heights']);
/** Endings of common words: a shouted word with one of them is not taken for a name. */
const COMMON_ENDING = /(?:ing|ed|ly|tion|tions|sion|ness|ment|ments|ity|ies|ous|ive|ful|less|able|ible)$/;

/**
 * A shouted sentence in the article's own casing, the same length as the original: words the
 * article (or compromise's lexicon) writes as names get an initial capital, acronyms stay in
 * capitals, other words go to lower case. "SOCCER - JAPAN GET LUCKY WIN" -> "soccer - Japan get
 * lucky win". Sentences that are not shouted come back unchanged.
 */
export function restoreCase(sentence: string, casing: Casing = NO_CASING): string {
  if (!isShouted(sentence)) return sentence;
  const words = [...sentence.matchAll(WORD_RE)];
  const decided: (WordCase | null)[] = words.map(() => null);
  // Names compromise knows as several words ("NEW YORK", "SAN FRANCISCO", "CZECH REPUBLIC").
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2]) {
      if (i + n > words.length) continue;
      const span = words.slice(i, i + n);
      // only words side by side, separated by single spaces
      if (span.some((w, k) => k > 0 && (w.index ?? 0) !== (span[k - 1]!.index ?? 0) + span[k - 1]![0].length + 1)) continue;
      const key = span.map((w) => w[0].toLowerCase()).join(' ');
      if (lexiconTags(key).some((t) => PROPER_TAGS.test(t))) for (let k = i; k < i + n; k++) decided[k] = 'name';
    }
  }
  let out = '';
  let last = 0;
  let previous: WordCase | null = null;
  words.forEach((m, i) => {
    const w = m[0];
    const lower = w.toLowerCase();
    const bare = lower.replace(/\.$/, '');
    let kind = decided[i] ?? casing.of(bare);
    // "KANSAS CITY", "HUDSON RIVER": a place's head noun right after a name is part of it
    if (previous === 'name' && kind !== 'name' && PLACE_HEAD_WORDS.has(bare) && (m.index ?? 0) === (words[i - 1]!.index ?? 0) + words[i - 1]![0].length + 1) kind = 'name';
    if (!kind) {
      const tags = lexiconTags(bare);
      if (tags.some((t) => PROPER_TAGS.test(t))) kind = 'name';
      else if (tags.length || COMMON_ENDING.test(bare)) kind = 'common';
      else kind = /\./.test(w) || bare.length <= 3 ? 'acronym' : 'name';
    }
    previous = kind;
    const restored = kind === 'acronym' ? w : kind === 'common' ? lower : lower.replace(/(^|[-'’.])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    const at = m.index ?? 0;
    out += sentence.slice(last, at) + (restored.length === w.length ? restored : w);
    last = at + w.length;
  });
  return out + sentence.slice(last);
}
