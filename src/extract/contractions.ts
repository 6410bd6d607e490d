// A faster way into compromise's contractions step (compute.contractions, which every tokenization
// runs): for every term it walks the whole list of known contractions (model.one.contractions,
// 61 entries: 'cannot', "'re", "l'" ...) comparing each with the term, and almost no term is one.
// This hands it, for the one call, the list cut down to the entries that can match a term of the
// document, in their order, and does not call it at all for a document with nothing it looks
// for; the step itself is compromise's own, so its answers are the same.
import nlp from 'compromise';

interface Known {
  word?: string;
  before?: string;
  after?: string;
}
type Term = { normal: string; text: string };
type View = { document: Term[][]; world: { model: { one: { contractions?: Known[] } } } };
type Compute = (view: View) => unknown;

// compromise's own split of a word at its apostrophe (contractions/index.js)
const byApostrophe = /'/;
// its other splits, of number ranges ('44-2': numDash, /^[0-9].../ on the word) and numbers with
// units ('4km': numberUnit, /^[+-]?[0-9].../ on the text), need a digit
const DIGIT = /[0-9]/;

/** The words of the list's entries that are matched by the whole word ('cannot', 'dunno'), for one list. */
let listWords: { list: readonly Known[]; size: number; words: Set<string> } | null = null;

function wordsOf(list: readonly Known[]): Set<string> {
  if (listWords && listWords.list === list && listWords.size === list.length) return listWords.words;
  const words = new Set<string>();
  for (const o of list) if (o.word !== undefined) words.add(o.word);
  listWords = { list, size: list.length, words };
  return words;
}

/**
 * The entries of `list`, in order, that compromise's knownOnes could return for a term of the
 * document: the term's word is the entry's word, or (at an apostrophe) the part after it is the
 * entry's `after` or the part before it the entry's `before` (knownOnes also wants three letters
 * after it then; keeping the entry anyway only keeps one it would pass over). knownOnes returns
 * the first entry that fits a term, and the entries left out fit none. `more`: a word has an
 * apostrophe or a digit, which the step's other splits look for.
 */
function fitting(list: readonly Known[], document: Term[][]): { kept: Known[]; more: boolean } {
  const known = wordsOf(list);
  let words: Set<string> | null = null;
  let befores: Set<string> | null = null;
  let afters: Set<string> | null = null;
  let digits = false;
  for (const terms of document)
    for (const t of terms) {
      const normal = t.normal;
      if (known.has(normal)) (words ??= new Set()).add(normal);
      if (!digits && (DIGIT.test(normal) || DIGIT.test(t.text))) digits = true;
      if (byApostrophe.test(normal)) {
        const res = normal.split(byApostrophe);
        (befores ??= new Set()).add(res[0]!);
        (afters ??= new Set()).add(res[1]!);
      }
    }
  const kept: Known[] = [];
  if (words !== null || befores !== null)
    for (const o of list) {
      if ((o.word !== undefined && words?.has(o.word)) || (o.after !== undefined && afters?.has(o.after)) || (o.before !== undefined && befores?.has(o.before))) kept.push(o);
    }
  return { kept, more: befores !== null || digits };
}

let installed = false;

/** Puts the cut-down list in front of compromise's contractions step (once; the same answers). */
export function installFastContractions(): void {
  if (installed) return;
  installed = true;
  const compute = (nlp.world() as unknown as { compute: Record<string, unknown> }).compute;
  const original = compute.contractions as Compute | undefined;
  if (typeof original !== 'function') return;
  // the whole list while a cut-down one stands in for it (a step run from inside the step, were
  // there one, gets the whole list again)
  let whole: Known[] | null = null;
  compute.contractions = function contractions(view: View): unknown {
    const one = view.world.model.one;
    const list = one.contractions;
    const full = whole ?? list;
    if (!Array.isArray(full) || full.length === 0) return original(view);
    const { kept, more } = fitting(full, view.document);
    // nothing the step looks for is in the document (no known word, no apostrophe, no digit):
    // it would only look (the common sentence)
    if (kept.length === 0 && !more) return undefined;
    const outer = whole;
    whole = full;
    one.contractions = kept;
    try {
      return original(view);
    } finally {
      whole = outer;
      one.contractions = list;
    }
  };
}
