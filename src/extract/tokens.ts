// Tokens of one sentence with character offsets and compromise's part-of-speech tags.
// Our own tokenizer keeps hyphenated names ("al-Khoja", "Sweden-based") and possessives
// ("Tripoli’s") as single tokens; compromise's tags are mapped onto them by offset.
import nlp from 'compromise';
import { installFastContractions } from './contractions.ts';
import { installFastFreeze } from './freeze.ts';
import { PLACE_NAMES } from './lexicon.ts';
import { installFastSingular } from './singular.ts';
import { installFastSweep } from './sweep.ts';

installFastSweep();
installFastSingular();
installFastContractions();
installFastFreeze();

export interface Token {
  text: string;
  /** The token without a trailing possessive ('s / ’s / s'). */
  base: string;
  lower: string;
  start: number;
  end: number;
  /** compromise's tags for this word in context: good for verbs, unreliable for rare nouns. */
  tags: Set<string>;
  /** compromise's lexicon tags for the word alone: role nouns (#Actor), demonyms, first names. */
  lex: Set<string>;
  /** The lemma compromise gives in context ("bought" -> "buy", "jets" -> "jet"), else the lower-case word. */
  root: string;
  possessive: boolean;
  /** Starts with an upper-case letter (or is a name particle glued to one: "al-Khoja"). */
  cap: boolean;
  /** All letters upper case, at least two letters: an acronym or a shouted dateline word. */
  upper: boolean;
  word: boolean;
  index: number;
  /** How the rest of the article writes this word inside sentences, when it is known (casing.ts). */
  docCase?: 'name' | 'common' | 'acronym';
  /** In a line with no lower-case word: a table row or a list, not a clause. */
  inTable?: boolean;
}

// Abbreviations keep their period ("Lt.", "Gen.", "U.S."), so a title or acronym is one token.
const ABBREVIATIONS =
  'Lt|Gen|Col|Capt|Cpt|Sgt|Maj|Adm|Brig|Cmdr|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Rev|Hon|St|Jr|Sr|Amb|Supt|Insp|Det|Pres|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Mt|Ft';
const TOKEN_RE = new RegExp(
  `(?:\\p{Lu}\\.){2,}|\\p{N}{1,3}(?:,\\p{N}{3})+(?:\\.\\p{N}+)?(?![\\p{N}])|\\b(?:${ABBREVIATIONS})\\.(?=\\s)|(?<![\\p{L}.])\\p{Lu}\\.(?=\\s\\p{Lu})|[\\p{L}\\p{M}\\p{N}]+(?:[-'’.][\\p{L}\\p{M}\\p{N}]+)*(?:['’]s?)?|[“”"‘’(),;:–—\\-/?!.…\\[\\]]|\\S`,
  'gu',
);
const POSSESSIVE_RE = /(?:['’]s|s['’])$/u;

export function tokenize(sentence: string): Token[] {
  const { tagsAt, rootAt } = compromiseTags(sentence);
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(TOKEN_RE)) {
    let text = m[0];
    const start = m.index ?? 0;
    // A trailing lone apostrophe is a closing quote, not part of the word.
    if (/['’]$/.test(text) && !/s['’]$/i.test(text)) text = text.slice(0, -1);
    const word = /[\p{L}\p{N}]/u.test(text);
    const possessive = word && POSSESSIVE_RE.test(text) && text.length > 2;
    const base = possessive ? text.replace(/['’]s$/u, '').replace(/(s)['’]$/u, '$1') : text;
    const lower = base.toLowerCase();
    // (a word lower-casing leaves as it is has no upper-case letter: most words, and punctuation)
    const letters = lower === base ? '' : base.replace(/[^\p{L}]/gu, '');
    const upper = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    const cap = /^\p{Lu}/u.test(base) || /^(?:al|el|ad|as|ash|an|ar|at|az|ul)-\p{Lu}/u.test(base);
    const tags = new Set<string>();
    // (the characters of one compromise term share one tag array: each array is added once)
    let seen: string[] | undefined;
    for (let i = start; i < start + text.length; i++) {
      const at = tagsAt[i];
      if (!at || at === seen) continue;
      seen = at;
      for (const t of at) tags.add(t);
    }
    tokens.push(new Tok(text, base, lower, start, tags, rootAt.get(start) ?? lower, possessive, cap, upper, word, tokens.length));
  }
  return tokens;
}

/**
 * A token whose lexicon tags are looked up when first read: a word new to the probe cache costs a
 * compromise parse (about a millisecond), and most tokens' `lex` is never read (a number, a word
 * of a sentence with no name in it). The value is the one working it out at once gives.
 */
class Tok implements Token {
  end: number;
  #lex: Set<string> | undefined;
  docCase?: 'name' | 'common' | 'acronym';
  inTable?: boolean;
  constructor(
    public text: string,
    public base: string,
    public lower: string,
    public start: number,
    public tags: Set<string>,
    public root: string,
    public possessive: boolean,
    public cap: boolean,
    public upper: boolean,
    public word: boolean,
    public index: number,
  ) {
    this.end = start + text.length;
  }
  get lex(): Set<string> {
    return (this.#lex ??= this.word ? (this.cap && PLACE_NAMES.has(this.lower) ? withPlace(this.base) : lexicalTags(this.base)) : EMPTY);
  }
}

// compromise's own pipeline minus what we never read: the chunker (noun/verb phrase groups) costs
// about a tenth of a parse, and building .json() another few percent; terms are read off doc.docs.
type RawTerm = { text: string; tags: Set<string>; root?: string; offset: { start: number; length: number } };
const TAGGING_HOOKS = (nlp.world() as { hooks: string[] }).hooks.filter((h) => !['contractions', 'alias', 'machine', 'chunks'].includes(h));

function tagged(text: string, extra: string[] = []): RawTerm[][] {
  const doc = tokenized(text);
  doc.compute([...TAGGING_HOOKS, ...extra]);
  return doc.docs;
}

type ViewLike = { document: RawTerm[][]; docs: RawTerm[][]; compute(hooks: string | string[]): void };
type TokenizeWorld = { methods: { one: { tokenize: { fromString(text: string, world: unknown): RawTerm[][] } } } };
const tokenizeWorld = nlp.world() as unknown as TokenizeWorld;
const TokenView = nlp.tokenize('a').constructor as new (document: RawTerm[][]) => ViewLike;

/**
 * nlp.tokenize(text) without its second 'normal' pass: parsing the string already normalises
 * every term from its text, which the tokenizer hooks after it (alias, machine, contractions)
 * leave as it is, so the pass gives each term the value it already has (about 3% of tagging's time).
 */
function tokenized(text: string): ViewLike {
  if (!text) return nlp.tokenize(text) as unknown as ViewLike;
  const view = new TokenView(tokenizeWorld.methods.one.tokenize.fromString(text, tokenizeWorld));
  view.compute(['alias', 'machine', 'contractions']);
  return view;
}

type Tagging = { tagsAt: (string[] | undefined)[]; rootAt: Map<number, string> };

/** Taggings of the sentences of the article being extracted (withTaggedSentences), by text. */
let primed: Map<string, Tagging> | null = null;

/**
 * Runs `fn` with these sentences tagged ahead, all in one compromise document: each sentence is
 * split into terms on its own, as tokenize() does, and then compromise's taggers run once over
 * all of them instead of once per sentence, which spares most of their fixed cost per call. Its
 * taggers work sentence by sentence (clause by clause for the pattern sweep), so the tags are the
 * ones tagging each sentence alone gives; offsets are counted in each sentence's own document.
 */
export function withTaggedSentences<T>(sentences: readonly string[], fn: () => T): T {
  const before = [primed, unprobed] as const;
  [primed, unprobed] = tagTogether(sentences);
  try {
    return fn();
  } finally {
    [primed, unprobed] = before;
  }
}

/** The terms of those sentences, whose words are probed together at the first probe not cached (probeAhead). */
let unprobed: RawTerm[][][] | null = null;

function tagTogether(sentences: readonly string[]): [Map<string, Tagging>, RawTerm[][][]] {
  const texts = [...new Set(sentences)].filter((t) => t.length > 0);
  const out = new Map<string, Tagging>();
  if (!texts.length) return [out, []];
  const views = texts.map(tokenized);
  const View = views[0]!.constructor as new (document: RawTerm[][]) => ViewLike;
  new View(views.flatMap((v) => v.document)).compute([...TAGGING_HOOKS, 'root']);
  texts.forEach((t, k) => {
    views[k]!.compute('offset');
    out.set(t, taggingOf(t, views[k]!.docs));
  });
  return [out, views.map((v) => v.document)];
}

function compromiseTags(sentence: string): Tagging {
  const ready = primed?.get(sentence);
  if (ready) return ready;
  // nlp.tokenize runs the tokenizer hooks (contractions, alias, machine); the taggers follow,
  // and the lemmas in context ("bought" -> buy) come at no measurable cost
  return taggingOf(sentence, tagged(sentence, ['root', 'offset']));
}

function taggingOf(sentence: string, docs: RawTerm[][]): Tagging {
  const at: (string[] | undefined)[] = new Array(sentence.length);
  const rootAt = new Map<number, string>();
  for (const terms of docs)
    for (const term of terms) {
      const { start, length } = term.offset;
      const tags = [...term.tags];
      if (term.root) rootAt.set(start, term.root);
      for (let i = start; i < start + length && i < sentence.length; i++) at[i] = tags;
    }
  return { tagsAt: at, rootAt };
}

type Lexicon = Record<string, string | string[] | undefined>;
let lexicon: Lexicon | null = null;

/** compromise's lexicon entry for a lower-case word or phrase ("united states"): a look-up, not a parse. */
const NO_TAGS: readonly string[] = [];
const ONE_TAG = new Map<string, readonly string[]>();
export function lexiconTags(key: string): readonly string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
  const v = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
  if (v === undefined) return NO_TAGS;
  if (Array.isArray(v)) return v;
  let one = ONE_TAG.get(v);
  if (!one) ONE_TAG.set(v, (one = [v]));
  return one;
}

const PROPER_LEXICON_TAGS = /^(?:ProperNoun|Person|FirstName|LastName|MaleName|FemaleName|Place|Country|City|Region|Organization|SportsTeam|Demonym|Honorific)$/;

/** compromise's lexicon has the word, and only as a common word ("stock", "cause", "people"). */
export function isCommonWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((t) => PROPER_LEXICON_TAGS.test(t));
}

const EMPTY: Set<string> = new Set();
const placeCache = new Map<string, Set<string>>();

/** A place compromise does not know ("Britain", "Bonn"): its lexicon tags plus Place. */
function withPlace(word: string): Set<string> {
  let tags = placeCache.get(word);
  if (!tags) placeCache.set(word, (tags = new Set([...lexicalTags(word), 'Place'])));
  return tags;
}
const probeCache = new Map<string, Set<string>>();
// The noun probes by their word: a look-up by the word reuses the hash its string already carries,
// where "the ___ said" was a new string to build and hash at every look-up (a word's `lex` and the
// rules ask many times per sentence).
const nounProbeCache = new Map<string, Set<string>>();

/** compromise's tags for a word alone, or as the noun of "the ___ said", cached by the word. */
function probeTags(word: string, asNoun: boolean): Set<string> {
  const cache = asNoun ? nounProbeCache : probeCache;
  let tags = cache.get(word);
  if (!tags && unprobed) {
    // the article's first word not probed yet: its other new words will be asked for too
    const documents = unprobed;
    unprobed = null;
    probeAhead(documents);
    tags = cache.get(word);
  }
  if (!tags) {
    const docs = tagged(asNoun ? `the ${word} said` : word);
    const found = docs[0] ?? [];
    tags = new Set(found.length === (asNoun ? 3 : 1) ? found[asNoun ? 1 : 0]!.tags : []);
    if (probeCache.size + nounProbeCache.size > 100_000) {
      probeCache.clear();
      nounProbeCache.clear();
    }
    cache.set(word, tags);
  }
  return tags;
}

/**
 * Probes the words of an article not probed before, all in one compromise run, as tagTogether
 * tags sentences (each probe its own document, so its tags are the ones it gets alone). Almost
 * every new word is probed sooner or later (on 72 real articles in a new process, 99% of the new
 * lower-case words and 94% of the capitalised ones), and one at a time a probe costs most of a
 * compromise run's fixed cost: 28% of their extraction time. A word guessed here and never read
 * costs a little; one missed is probed alone when it is read, as before. It runs at an article's
 * first probe not cached, so an article whose words are all known costs no look-up more.
 */
function probeAhead(documents: readonly RawTerm[][][]): void {
  const todo: { word: string; asNoun: boolean }[] = [];
  const nouns = new Set<string>();
  const plains = new Set<string>();
  for (const document of documents)
    for (const terms of document)
      for (const { text } of terms) {
        // (the word as a token's base reads it: without a possessive ending)
        const word = text.length > 2 && POSSESSIVE_RE.test(text) ? text.replace(/['’]s$/u, '').replace(/(s)['’]$/u, '$1') : text;
        const asNoun = word === word.toLowerCase();
        // (in a run of articles most words are cached already: that test first)
        if ((asNoun ? nounProbeCache : probeCache).has(word)) continue;
        const wanted = asNoun ? nouns : plains;
        if (wanted.has(word) || !/[\p{L}\p{N}]/u.test(word)) continue;
        wanted.add(word);
        todo.push({ word, asNoun });
      }
  if (todo.length < 2) return;
  const views = todo.map((p) => tokenized(p.asNoun ? `the ${p.word} said` : p.word));
  const View = views[0]!.constructor as new (document: RawTerm[][]) => ViewLike;
  new View(views.flatMap((v) => v.document)).compute(TAGGING_HOOKS);
  if (probeCache.size + nounProbeCache.size + todo.length > 100_000) {
    probeCache.clear();
    nounProbeCache.clear();
  }
  todo.forEach((p, k) => {
    const found = views[k]!.docs[0] ?? [];
    (p.asNoun ? nounProbeCache : probeCache).set(p.word, new Set(found.length === (p.asNoun ? 3 : 1) ? found[p.asNoun ? 1 : 0]!.tags : []));
  });
}

/**
 * Tags compromise gives a word outside its sentence: the lexicon's view, free of the sentence's
 * (often wrong) context. A lower-case word is probed as a noun ("the ___ said") so that nouns
 * compromise also knows as verbs ("center", "police") read as nouns; a capitalised word alone.
 */
export function lexicalTags(word: string): Set<string> {
  return probeTags(word, word === word.toLowerCase());
}

/** Tags for the word alone, without a probe sentence (comparatives, adjectives). */
export function plainTags(word: string): Set<string> {
  return probeTags(word, false);
}
