// What the store indexes about each name besides its key: transliteration codes of the whole
// name and of its last word, and its words for completion.
import { phoneticWords } from '../search/phonetic.ts';
import { foldName } from '../search/keys.ts';

export interface NameIndexKeys {
  phon: string | null;
  phonAlt: string | null;
  lastCode: string | null;
  lastAlt: string | null;
  words: string[];
  /** The capitals a name of two or more capitalised words is shortened to ("International Criminal Court" -> ICC); null otherwise. */
  initials: string | null;
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

export function nameIndexKeys(name: string): NameIndexKeys {
  const pw = phoneticWords(name);
  const last = pw[pw.length - 1];
  const folded = foldName(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return {
    phon: pw.length ? pw.map((w) => w.code).join(' ') : null,
    phonAlt: pw.length ? pw.map((w) => w.alt).join(' ') : null,
    lastCode: last?.code ?? null,
    lastAlt: last?.alt ?? null,
    // folded words as written, plus key words (particles dropped: "almasri" and "masri")
    words: [...new Set([...folded, ...pw.map((w) => w.word)])],
    initials: initialsOf(name),
  };
}
