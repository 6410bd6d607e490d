// What the store indexes about each name besides its key: transliteration codes of the whole
// name and of its last word, and its words for completion.
import { phoneticWords } from '../search/phonetic.ts';
import { foldName, initialsOf } from '../search/keys.ts';

export interface NameIndexKeys {
  phon: string | null;
  phonAlt: string | null;
  lastCode: string | null;
  lastAlt: string | null;
  words: string[];
  /** The capitals a name of two or more capitalised words is shortened to ("International Criminal Court" -> ICC); null otherwise. */
  initials: string | null;
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
