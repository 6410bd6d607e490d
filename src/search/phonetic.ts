// Transliteration keys: Double Metaphone codes of each word of a name, after particles are
// dropped and diacritics folded (nameKey), so Haftar, Hifter and Hafter share HFTR, and Dabaiba,
// Dbeibah and Dbeiba share TPP. Short codes collide, so these give candidates, never answers.
import { doubleMetaphone } from 'double-metaphone';
import { nameKey } from './keys.ts';

export interface PhoneticWord {
  pos: number;
  word: string;
  code: string;
  alt: string;
}

export function phoneticWords(name: string): PhoneticWord[] {
  return phoneticWordsOfKey(nameKey(name));
}

/** phoneticWords of a name whose key is already known (nameKey(name)). */
export function phoneticWordsOfKey(key: string): PhoneticWord[] {
  const words = key.split(' ').filter(Boolean);
  return words.map((word, pos) => {
    const [code, alt] = doubleMetaphone(word);
    return { pos, word, code: code || word, alt: alt || code || word };
  });
}

/** The codes a query word may match: its primary and alternate Double Metaphone codes. */
export function codesOf(word: string): string[] {
  const [code, alt] = doubleMetaphone(word);
  return [...new Set([code, alt].filter((c): c is string => Boolean(c)))];
}
