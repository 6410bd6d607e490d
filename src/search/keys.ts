// Normalised name keys: the cheap, exact first step of name resolution (see DESIGN.md, "Names").
//
// nameKey("Najeem Osama Al-Masri") === nameKey("najeem osama almasri") === "najeem osama masri".
// A key is lower case ASCII-ish letters and digits, one space between words, in the original
// word order. It is meant for equality lookups (store indexes it), not for display.

/** Letters that NFKD does not decompose into base letter + mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/** Apostrophes and transliteration marks for ʿayn/hamza: removed, joining the parts ("O'Brien" -> "obrien"). */
const APOSTROPHES_RE = /['’‘ʼʻʿʾ`´′]/g;

/** Arabic article forms dropped when written as a separate word or hyphenated ("al Masri", "as-Sarraj"). */
const HYPHENATED_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'an', 'ar', 'at', 'az', 'ath', 'adh']);
/**
 * Only al/el are dropped when separated by a plain space: "Ash", "An", "As", "At" are also English
 * words and given names ("Ash Carter"), so the sun-letter forms count only when hyphenated.
 */
const SPACED_PARTICLES = new Set(['al', 'el']);
/** Fixed phrases where "al"/"el" is not the Arabic article and must stay. */
const KEEP_PARTICLE_PHRASES = new Set([
  'el salvador',
  'el paso',
  'el nino',
  'el greco',
  'al gore',
  'al pacino',
  'al capone',
]);

/** "Abd al-Rahman", "Abdel Rahman", "Abdul Rahman", "Abdurrahman" -> "abdelrahman". */
const ABD_TOKENS = new Set(['abd', 'abdel', 'abdul', 'abdal', 'abdol', 'abdil']);
const ABD_GLUED_RE = /^abd(?:el|al|ul|ol|il)([a-z]{3,})$/;
const ABD_ASSIMILATED_RE = /^abd[aeiou](sh|[tdrzsn])\1([a-z]{2,})$/;

/**
 * Words that begin with al/el but are not "al-" + a name. Together with the shape rules in
 * `stripGluedArticle` they keep European names and English words intact.
 */
const GLUED_EXCEPTIONS = new Set([
  // given names and surnames
  'alfredo', 'alberto', 'alvaro', 'albert', 'alberta', 'alberti', 'albertini', 'albertine', 'albanese', 'albino', 'alfred', 'alfieri',
  'almirante', 'almudena', 'elbert', 'elkann', 'elmira', 'elsbeth', 'elspeth', 'elwood', 'elzbieta',
  'elfriede', 'alessia', 'alessandro', 'alexander', 'alexandra', 'alice', 'alina', 'alison', 'elena',
  'elias', 'elizabeth', 'ellen', 'elisa', 'eliza', 'elon', 'alan', 'alex', 'ali', 'elmer',
  // places
  'albania', 'albanian', 'albanians', 'algeria', 'algerian', 'algerians', 'algiers', 'almaty', 'almeria',
  'altamura', 'algarve',
  // English words that start organisation names
  'albeit', 'almost', 'already', 'although', 'altitude', 'altogether', 'always', 'alternative',
  'alternatives', 'elderly', 'elders', 'eldest', 'elsewhere',
]);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * "almasri" -> "masri", "elsayed" -> "sayed": drop an article glued to the name.
 *
 * Tradeoff: a glued "al"/"el" cannot be told apart from the first letters of "Alfredo", "Albert",
 * "Algeria" or "Alternative" by spelling alone. We strip only when the rest looks like an Arabic
 * transliteration: at least 4 letters, starting with a consonant other than l/p/v (no "Alliance",
 * "Alvaro", "Alpine"), no consonant cluster at the start unless it is an Arabic digraph (sh, th, kh,
 * gh, dh: no "Alfredo", "Alstom"), no p/v/x/c anywhere (not in Arabic romanisation: "Alcatraz",
 * "Elsevier"), not ending in "o" (Italian/Spanish: "Alberto", "Alfano"), and the word is not in a
 * short exception list. Vowel-initial remainders are never stripped, so glued "Alamin" keeps its
 * "al" while "Al-Amin" gives "amin": a missed match, never a wrong one. A European name we wrongly
 * strip only matters if another actor of the same type has exactly the stripped key.
 */
function stripGluedArticle(word: string): string {
  if (!(word.startsWith('al') || word.startsWith('el'))) return word;
  if (GLUED_EXCEPTIONS.has(word)) return word;
  const rest = word.slice(2);
  if (rest.length < 4) return word;
  const first = rest[0]!;
  const second = rest[1]!;
  if (VOWELS.has(first) || first === 'l' || first === 'p' || first === 'v') return word;
  if (!/^[a-z]+$/.test(rest)) return word;
  if (!VOWELS.has(second) && second !== 'h') return word;
  if (/[pvxc]/.test(rest)) return word;
  if (rest.endsWith('o')) return word;
  return rest;
}

function mergeAbd(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (ABD_TOKENS.has(w) && next !== undefined) {
      out.push(`abdel${next}`);
      i++;
      continue;
    }
    const glued = ABD_GLUED_RE.exec(w);
    if (glued) {
      out.push(`abdel${glued[1]}`);
      continue;
    }
    const assimilated = ABD_ASSIMILATED_RE.exec(w);
    if (assimilated) {
      out.push(`abdel${assimilated[1]}${assimilated[2]}`);
      continue;
    }
    out.push(w);
  }
  return out;
}

/** Case and diacritics folded, everything else kept: for "same spelling" comparisons and display dedupe. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a name's key, before particles are handled; each word lists its hyphen-joined parts. */
function rawWords(name: string): string[][] {
  const folded = name
    .replace(APOSTROPHES_RE, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(APOSTROPHES_RE, '')
    .replace(/&/g, ' and ')
    // "U.S." -> "us", "J.R." -> "jr": periods inside a word join it.
    .replace(/(\p{L})\.(?=\p{L})/gu, '$1')
    .replace(/\./g, ' ');
  return folded
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.split(/-+/).filter((p) => /[\p{L}\p{N}]/u.test(p)))
    .filter((parts) => parts.length > 0);
}

function keyWords(name: string): string[] {
  const words = rawWords(name);
  const tokens: string[] = [];
  for (let w = 0; w < words.length; w++) {
    const parts = words[w]!;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const hyphenFollows = p < parts.length - 1;
      const nextToken = hyphenFollows ? parts[p + 1] : words[w + 1]?.[0];
      if (nextToken !== undefined && !KEEP_PARTICLE_PHRASES.has(`${part} ${nextToken}`)) {
        if (hyphenFollows && HYPHENATED_PARTICLES.has(part)) continue;
        if (!hyphenFollows && SPACED_PARTICLES.has(part)) continue;
      }
      tokens.push(part);
    }
  }
  return mergeAbd(tokens).map((t) => (t.startsWith('abdel') ? t : stripGluedArticle(t)));
}

/**
 * A normalised key for matching names: NFKD with diacritics removed, lower case, apostrophes and
 * periods removed, other punctuation (hyphens included) as word breaks, Arabic articles (al-, el-,
 * as-, ash-, ...) dropped, "Abd al-X"/"Abdul X"/"Abdelx" joined as "abdelx"; "bin", "ibn", "abu"
 * are kept. Word order is kept and spaces collapsed.
 *
 *   "Al-Masri", "al Masri", "Almasri", "El-Masri" -> "masri"
 *   "Alfredo Mantovano" -> "alfredo mantovano";  "Nordío" -> "nordio"
 */
export function nameKey(name: string): string {
  let key = keyOfSpelling.get(name);
  if (key === undefined) {
    key = keyWords(name).join(' ');
    if (keyOfSpelling.size >= MAX_NAME_KEYS) keyOfSpelling.clear();
    keyOfSpelling.set(name, key);
  }
  return key;
}

// Each spelling's key, worked out once: clustering asks for the keys of an article's mentions
// again and again, and the store for the same names when it saves them (1.3% of ingest's CPU).
const MAX_NAME_KEYS = 50_000;
const keyOfSpelling = new Map<string, string>();

/** Generational suffixes that are not surnames ("Martin Luther King Jr."). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The key of a person's last name ("Khalifa Belqasim Haftar" -> "haftar"), or null for one-word names. */
export function surnameKey(name: string): string | null {
  const words = keyWords(name);
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  if (words.length < 2) return null;
  return words[words.length - 1]!;
}

/**
 * The full key plus, for names of more than one word, the surname key (the last word). Only
 * meaningful for persons: callers decide whether the surname key applies.
 */
export function nameKeys(name: string): string[] {
  const full = nameKey(name);
  const surname = surnameKey(name);
  const keys = full ? [full] : [];
  if (surname && surname !== full) keys.push(surname);
  return keys;
}

/** Words an initialism leaves out: "Federal Bureau of Investigation" is the FBI. */
const UNINITIALLED = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'les', 'del', 'di', 'da', 'y', 'et', 'und', 'für', 'der', '&']);

/**
 * The initialism a name is shortened to: the first capital of each word but the small ones, all the
 * capitals of a word that is itself an abbreviation ("U.S. Geological Survey" -> USGS). A name with
 * a word in small letters ("the ministry of health") or fewer than two initials has none.
 */
export function initialsOf(name: string): string | null {
  const words = name.split(/[\s\-–]+/u).filter(Boolean);
  if (words.length < 2) return null;
  let out = '';
  for (const w of words) {
    if (UNINITIALLED.has(w.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(w)) return null;
    const caps = w.match(/\p{Lu}/gu)!;
    // "U.S.", "UK": every capital; "McDonald", "BioNTech": the first
    out += /^(?:\p{Lu}\.)+$|^\p{Lu}+$/u.test(w) ? caps.join('') : caps[0];
  }
  return out.length >= 2 ? foldInitials(out) : null;
}

/** Initials compared without diacritics: "Électricité de France" and "EDF" agree. */
export function foldInitials(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}
