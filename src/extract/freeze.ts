// A faster way past compromise's freeze step (compute.freeze, the first of its taggers): for every
// term it looks the word up in the multi-word lexicon and, for the ones that start a multi-word
// entry ('new', 'united', 'south'), joins the words after it two, three ... at a time to look each
// phrase up in the frozen lexicon (model.one.frozenLex, 95 phrases: 'new york times', 'labour
// party'). A term can only be frozen where its word is a frozen entry or it and the next word
// begin one, so a sentence with no such word is left as the step would leave it, without the step;
// the others are given to compromise's own step.
import nlp from 'compromise';

type Term = { normal: string; machine?: string | null };
type View = { docs: Term[][]; world: { model: { one: { frozenLex?: Record<string, unknown> } } } };
type Compute = (view: View) => unknown;

/**
 * For one state of the frozen lexicon: its entries (`keys`), and the beginnings of its entries up to
 * a space or to their end (`prefixes`: 'new', 'new york', 'new york times'); `firsts` are the
 * beginnings up to the first space ('new', 'the', 'on': common words, so a word alone says little).
 */
interface Starts {
  lex: Record<string, unknown>;
  size: number;
  keys: Set<string>;
  prefixes: Set<string>;
  firsts: Set<string>;
}
let starts: Starts | null = null;

function startsOf(lex: Record<string, unknown>): Starts {
  const list = Object.keys(lex);
  if (starts && starts.lex === lex && starts.size === list.length) return starts;
  const keys = new Set(list);
  const prefixes = new Set(list);
  const firsts = new Set<string>();
  for (const key of list) {
    const first = key.indexOf(' ');
    if (first >= 0) firsts.add(key.slice(0, first));
    for (let j = first; j >= 0; j = key.indexOf(' ', j + 1)) prefixes.add(key.slice(0, j));
  }
  starts = { lex, size: list.length, keys, prefixes, firsts };
  return starts;
}

/**
 * Whether the step could freeze a term of this sentence: a term's word (machine || normal, as the
 * step reads it) is an entry, or it and the next word, joined by a space as the step joins the
 * phrases it looks up, begin one (every phrase it looks up from a term is that and more).
 */
function mayFreeze(terms: readonly Term[], s: Starts): boolean {
  for (let i = 0; i < terms.length; i++) {
    const word = terms[i]!.machine || terms[i]!.normal;
    if (s.keys.has(word)) return true;
    const next = terms[i + 1];
    // (firsts only to spare building the pair: a word with a space in it is not one of them)
    if (next !== undefined && (s.firsts.has(word) || word.includes(' ')) && s.prefixes.has(`${word} ${next.machine || next.normal}`)) return true;
  }
  return false;
}

let installed = false;

/** Puts the test in front of compromise's freeze step (once; the same tags and frozen terms). */
export function installFastFreeze(): void {
  if (installed) return;
  installed = true;
  const compute = (nlp.world() as unknown as { compute: Record<string, unknown> }).compute;
  const original = compute.freeze as Compute | undefined;
  if (typeof original !== 'function' || compute.frozen !== original) return;
  const freeze = function freeze(view: View): unknown {
    const lex = view.world.model.one.frozenLex;
    if (!lex) return original(view);
    const s = startsOf(lex);
    // (the step works sentence by sentence)
    const docs = view.docs;
    const some: Term[][] = [];
    for (const terms of docs) if (mayFreeze(terms, s)) some.push(terms);
    if (some.length === 0) return undefined;
    if (some.length === docs.length) return original(view);
    // (a View of those sentences' own term lists, as tokens.ts makes one of several sentences)
    const Sub = view.constructor as new (document: Term[][]) => View;
    return original(new Sub(some));
  };
  compute.freeze = freeze;
  compute.frozen = freeze;
}
