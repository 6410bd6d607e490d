// /search WORDS: user text -> safe FTS5 expression (unit tests and a seeded fuzz against the real
// index), the store's bm25 search, the SearchHits answer, its plain-text rendering and the command.
import { mulberry32 } from '../bench/synth.ts';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../commands/index.ts';
import searchCommand from '../commands/search.ts';
import type { Answer, SearchHits } from '../src/briefing/answers.ts';
import { MAX_HITS, search, segmentsOf } from '../src/briefing/search.ts';
import { checkCommand, type CommandContext } from '../src/command.ts';
import type { Article, Sentence } from '../src/domain.ts';
import { answerLine } from '../src/dispatch.ts';
import { loadArticleFile } from '../src/ingest/index.ts';
import { logger } from '../src/log.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { renderText } from '../src/render/text.ts';
import { findTopic } from '../src/briefing/subject.ts';
import { nameKey } from '../src/search/keys.ts';
import { extract } from '../src/extract/index.ts';
import { parseArticle } from '../src/ingest/index.ts';
import { allOf, anyOf, MAX_TERMS, matchTerms, termExpression, toMatchQuery, type MatchExpression } from '../src/search/fts.ts';
import { openStore, type Store } from '../src/store/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = join(ROOT, 'data/articles');
const ALMASRI_FILE = join(SEEDS, 'almasri-affair-italy-file.txt');
const HAFTAR_FILE = join(SEEDS, 'piantedosi-meets-haftar-benghazi.txt');

let store: Store;
let ctx: CommandContext;
/** The seed articles' sentences as ingest splits them, by article id. */
const sentencesOf = new Map<number, Sentence[]>();

beforeAll(async () => {
  store = openStore(':memory:');
  const summary = await ingestPaths(store, [SEEDS]);
  expect(summary.errors).toEqual([]);
  expect(summary.added).toBe(2);
  ctx = { store, commands };
  for (const ref of store.listArticles()) {
    const loaded = await loadArticleFile(ref.path!);
    sentencesOf.set(ref.id, loaded.sentences);
  }
});

afterAll(() => store?.close());

afterEach(() => vi.restoreAllMocks());

/** An expression written out by hand in a test, as the builders would write it. */
const fts = (e: string) => e as MatchExpression;

async function ask(line: string): Promise<Answer> {
  const answer = await answerLine(line, ctx);
  expect(typeof renderText(answer)).toBe('string');
  return answer;
}

function expectKind<K extends Answer['kind']>(answer: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(answer.kind, `expected ${kind}, got ${JSON.stringify(answer).slice(0, 400)}`).toBe(kind);
  return answer as Extract<Answer, { kind: K }>;
}

function articleId(path: string): number {
  return store.listArticles().find((a) => a.path === path)!.id;
}

/** Every hit of an answer with its citation. */
function hitsOf(a: SearchHits) {
  return a.groups.flatMap((g) =>
    g.hits.map((h) => ({ ...h, group: g.article, citation: a.citations.find((c) => c.n === h.cite)! })),
  );
}

const hitWords = (segments: { text: string; hit: boolean }[]) => segments.filter((s) => s.hit).map((s) => s.text);

// ---- user text -> MATCH expression ----

describe('toMatchQuery', () => {
  it.each([
    ['Mitiga', '"mitiga"'],
    ['Mitiga detention', '"mitiga" AND "detention"'],
    ['  Mitiga\t\ndetention  ', '"mitiga" AND "detention"'],
    ['"secret services"', '"secret services"'],
    ['“secret services”', '"secret services"'],
    ['Almasri "secret services" Libya', '"almasri" AND "secret services" AND "libya"'],
    ['"Almasri"', '"almasri"'],
    ['Almas*', '"almas" *'],
    ['almas* Hafta*', '"almas" * AND "hafta" *'],
    ['a*', '"a"'],
    ['Almas *', '"almas"'],
    ['"secret serv*"', '"secret serv"'],
    ["Tripoli's", '"tripoli s"'],
    ['Tripoli’s', '"tripoli s"'],
    ["Workers' Party", '"workers" AND "party"'],
    ['al-Khoja', '"al khoja"'],
    ['2,000 euros', '"2 000" AND "euros"'],
    ['Dabaíba', '"dabaíba"'],
    ['Dabai\u0301ba', '"dabaíba"'],
    ['Almasri almasri ALMASRI', '"almasri"'],
    ['Almasri AND NOT Haftar', '"almasri" AND "and" AND "not" AND "haftar"'],
    ['Almasri OR Haftar', '"almasri" AND "or" AND "haftar"'],
    ['NEAR(Almasri released, 3)', '"near" AND "almasri" AND "released" AND "3"'],
    ['text:Almasri', '"text" AND "almasri"'],
    ['{text}: Almasri', '"text" AND "almasri"'],
    ['^Almasri +Haftar -Meloni', '"almasri" AND "haftar" AND "meloni"'],
    ['(Almasri) [Haftar] {Meloni}', '"almasri" AND "haftar" AND "meloni"'],
    ['"secret', '"secret"'],
    ['secret" services', '"secret" AND "services"'],
    ['"a b" "c', '"a b" AND "c"'],
    ['Almasri 😀 🇮🇹', '"almasri"'],
    ['\u001b[31mAlmasri\u001b[0m', '"almasri"'],
    ['a\\b/c;d,e.f', '"a" AND "b" AND "c" AND "d" AND "e" AND "f"'],
    ['Μητσοτάκης', '"μητσοτάκης"'],
    ['حفتر', '"حفتر"'],
  ])('%j -> %s', (input, expected) => {
    expect(toMatchQuery(input)).toBe(expected);
  });

  it.each(['', '   ', '*', '***', '""', '" "', '(( ))', '^:+-', '😀🇮🇹', '\u0301', '\u0000\u001b[31m'])(
    'nothing searchable in %j -> null',
    (input) => {
      expect(toMatchQuery(input)).toBeNull();
    },
  );

  it(`keeps at most ${MAX_TERMS} terms`, () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(matchTerms(words)).toHaveLength(MAX_TERMS);
  });

  it('keeps what the user wrote for messages', () => {
    expect(matchTerms('Almas* "secret  services" al-Khoja').map((t) => t.display)).toEqual(['Almas*', 'secret services', 'al-Khoja']);
  });
});

// ---- fuzz: operator-heavy random text never breaks the query ----

/** mulberry32 (shared with the benchmark's generator), so a failure can be replayed. */
const prng = mulberry32;

const PIECES = [
  // FTS5 syntax and friends, heavily weighted
  '"', '"', '"', "'", '(', ')', '*', '*', '^', ':', '+', '-', '{', '}', '[', ']', '\\', '/', ';', ',', '.', ' ', ' ', ' ', '  ',
  'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', 'NEAR/3', 'and', 'or', 'not', 'near', 'text:', 'search_fts:', '{text}:', '- text:', 'rank', 'MATCH',
  '“', '”', '„', '«', '»', '’', '\u0000', '\u0002', '\u0003', '\u001b[31m', '\n', '\t', '%', '_', '$', '\'--', ';DROP TABLE articles;--',
  // words, some of them in the seed articles
  'Almasri', 'Almas', 'Mitiga', 'secret', 'services', 'Dabaiba', 'Dabaíba', 'Haftar', 'Libya', 'Italy', 'x', 'a', '2025', '19th', '2,000',
  // accents, scripts, marks, emoji
  'é', 'ü', 'ñ', 'ø', 'ß', 'İ', '\u0301', '\u0308', 'Ελλάδα', 'حفتر', '中文', 'ÅNGSTRÖM', '😀', '🇮🇹', '👍🏽', '\u200d', '\u202e', '\ufeff', '\ud800',
];

function randomQuery(rnd: () => number): string {
  const n = 1 + Math.floor(rnd() * 12);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (rnd() < 0.15) s += String.fromCodePoint(Math.floor(rnd() * 0x3000)); // any BMP-ish code point
    else s += PIECES[Math.floor(rnd() * PIECES.length)]!;
  }
  return s;
}

const SAFE_EXPRESSION = /^"[\p{L}\p{N}\p{M}]+(?: [\p{L}\p{N}\p{M}]+)*"(?: \*)?(?: AND "[\p{L}\p{N}\p{M}]+(?: [\p{L}\p{N}\p{M}]+)*"(?: \*)?)*$/u;
const FUZZ_CASES = 4000;

describe('fuzz', () => {
  it(`${FUZZ_CASES} random operator-laden queries: valid expressions SQLite accepts`, () => {
    const rnd = prng(20250119);
    let built = 0;
    let matched = 0;
    let refused = 0;
    for (let i = 0; i < FUZZ_CASES; i++) {
      const input = randomQuery(rnd);
      const replay = `case ${i}: ${JSON.stringify(input)}`;
      const match = toMatchQuery(input);
      if (match === null) {
        expect(matchTerms(input), replay).toEqual([]);
      } else {
        built++;
        expect(match, replay).toMatch(SAFE_EXPRESSION);
        const rows = store.searchText(match, 20); // a refused expression throws, failing the test
        if (rows.length) matched++;
      }
      // the raw text forced into MATCH: either a valid expression by chance, or refused loudly
      try {
        store.searchText(fts(input), 5);
      } catch (err) {
        refused++;
        expect((err as Error).message, replay).toMatch(/^the search index refused a built expression \(SQLITE_/);
      }
    }
    expect(refused).toBeGreaterThan(0); // the raw inputs did exercise the error path
    expect(built).toBeGreaterThan(FUZZ_CASES / 2);
    expect(matched).toBeGreaterThan(50); // and plenty of the built ones found something
  });

  it('500 random queries through /search answer without the error boundary', async () => {
    const rnd = prng(7);
    for (let i = 0; i < 500; i++) {
      const input = randomQuery(rnd);
      const a = await answerLine(`/search ${input}`, ctx);
      expect(['search', 'not-found', 'problem'], JSON.stringify(input)).toContain(a.kind);
      if (a.kind === 'problem') expect(a.message, JSON.stringify(input)).not.toMatch(/went wrong/);
      expect(typeof renderText(a)).toBe('string');
    }
  });
});

// ---- the store ----

describe('Store.searchText', () => {
  it('decodes sentences, events and quotes to their article and sentence, best first', () => {
    const rows = store.searchText(fts('"dabaiba"'), 10);
    expect(rows.map((r) => r.kind).sort()).toEqual(['event', 'sentence']);
    const haftar = articleId(HAFTAR_FILE);
    for (const r of rows) {
      expect(r.articleId).toBe(haftar);
      expect(r.sentence).toBe(sentencesOf.get(haftar)![r.sentenceIndex]!.text);
      expect(r.highlighted).toContain('\u0002Dabaiba\u0003');
      expect(r.total).toBe(1); // one sentence, matched twice
    }
    expect(rows[0]!.rank).toBeLessThanOrEqual(rows[1]!.rank);
    const quote = store.searchText(fts('"real mystery"'), 10).find((r) => r.kind === 'quote')!;
    expect(quote.text).toMatch(/^The real mystery/);
    expect(quote.sentence).toContain('Paolo Mieli');
  });

  it('honours the limit, and refuses a malformed expression loudly without quoting it', () => {
    expect(store.searchText(fts('"almasri"'), 2)).toHaveLength(2);
    expect(store.searchText(fts('"almasri"'), 0)).toEqual([]);
    expect(store.searchText(fts(''), 5)).toEqual([]);
    for (const bad of ['"unbalanced', 'AND', 'NEAR(', 'nosuchcolumn: x', ')', '("a" OR "b") "c"']) {
      expect(() => store.searchText(fts(bad), 5), bad).toThrow(/refused a built expression/);
      expect(() => store.searchText(fts(bad), 5), bad).not.toThrow(/unbalanced|nosuchcolumn/);
    }
  });

  it('forgets a replaced article', () => {
    const s = openStore(':memory:');
    try {
      s.saveArticle(plainArticle(['The zebrafish swam.'], 'a'), EMPTY);
      expect(s.searchText(fts('"zebrafish"'), 5)).toHaveLength(1);
      s.saveArticle(plainArticle(['The catfish swam.'], 'b'), EMPTY);
      expect(s.searchText(fts('"zebrafish"'), 5)).toEqual([]);
      expect(s.searchText(fts('"catfish"'), 5)).toHaveLength(1);
    } finally {
      s.close();
    }
  });
});

const EMPTY = { mentions: [], actors: [], events: [], quotes: [] };

function plainArticle(texts: string[], hash: string, path = 'generated/fish.txt'): Article {
  let offset = 0;
  const sentences = texts.map((text, index) => {
    const start = offset;
    offset += text.length + 1;
    return { index, text, start, end: start + text.length };
  });
  return { path, url: null, title: 'Fish', byline: null, published: null, sources: [], text: texts.join(' '), sentences, hash };
}

// ---- /search ----

describe('/search', () => {
  it('/search Mitiga finds the Almasri sentence, "Mitiga" highlighted and cited', async () => {
    const a = expectKind(await ask('/search Mitiga'), 'search');
    expect(a.query).toBe('Mitiga');
    expect(a.total).toBe(1);
    expect(a.groups).toHaveLength(1);
    const [hit] = hitsOf(a);
    expect(hit!.kind).toBe('sentence');
    expect(hitWords(hit!.segments)).toEqual(['Mitiga']);
    expect(hit!.segments.map((s) => s.text).join('')).toBe(hit!.citation.sentence);
    expect(hit!.citation.sentence).toMatch(/Mitiga detention center, Najeem Almasri, was arrested/);
    expect(hit!.citation.sentenceIndex).toBe(0);
    expect(hit!.citation.article.path).toBe(ALMASRI_FILE);
    const text = renderText(a);
    expect(text).toMatch(/^Search: Mitiga — 1 match in 1 article$/m);
    expect(text).toContain('*Mitiga*');
    expect(text).toMatch(/\n\[1\] almasri-affair-italy-file\.txt — by Giovanni Giacalone, sentence 1:/);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('a "quoted phrase" matches only the exact phrase; the same words out of order do not', async () => {
    const phrase = expectKind(await ask('/search "secret services"'), 'search');
    expect(phrase.total).toBe(2);
    for (const h of hitsOf(phrase)) {
      expect(h.citation.sentence.toLowerCase()).toContain('secret services');
      for (const w of hitWords(h.segments)) expect(w.toLowerCase()).toBe('secret services');
    }
    const reversed = expectKind(await ask('/search "services secret"'), 'not-found');
    expect(reversed.what).toBe('text');
    expect(reversed.suggestions).toEqual([]);
    expect(renderText(reversed)).toMatch(/Not found: no sentence, event or quote contains “"services secret"”/);
    // as loose words, order does not matter: the phrase's sentences are among them
    const loose = expectKind(await ask('/search services secret'), 'search');
    expect(loose.total).toBeGreaterThanOrEqual(phrase.total);
    const looseSentences = new Set(loose.citations.map((c) => c.sentence));
    for (const c of phrase.citations) expect(looseSentences).toContain(c.sentence);
  });

  it('is diacritic- and case-insensitive: Dabaiba = Dabaíba = DABAIBA', async () => {
    const plainA = expectKind(await ask('/search Dabaiba'), 'search');
    for (const q of ['/search Dabaíba', '/search DABAÍBA', '/search dabai\u0301ba']) {
      const other = expectKind(await ask(q), 'search');
      expect(other.groups).toEqual(plainA.groups);
      expect(other.citations).toEqual(plainA.citations);
    }
    const [hit] = hitsOf(plainA);
    expect(hitWords(hit!.segments)).toEqual(['Dabaiba']);
  });

  it('cites a sentence once when it matches as a sentence and as an event, showing the sentence', async () => {
    expect(store.searchText(fts('"dabaiba"'), 10)).toHaveLength(2);
    const a = expectKind(await ask('/search Dabaiba'), 'search');
    expect(a.total).toBe(1);
    expect(a.citations).toHaveLength(1);
    const [hit] = hitsOf(a);
    expect(hit!.kind).toBe('sentence');
    expect(hit!.also).toEqual(['event']);
    expect(hit!.citation.sentenceIndex).toBe(2);
    expect(hit!.citation.sentence).toBe(sentencesOf.get(articleId(HAFTAR_FILE))![2]!.text);
    expect(renderText(a)).toContain('(also an event)');
    // a quote too: Paolo Mieli's sentence holds the quote that matches
    const q = hitsOf(expectKind(await ask('/search "real mystery"'), 'search'));
    expect(q).toHaveLength(1);
    expect(q[0]!.kind).toBe('sentence');
    expect(q[0]!.also).toEqual(['quote']);
  });

  it('groups by article, best group first, every citation pointing at the right sentence', async () => {
    const a = expectKind(await ask('/search Piantedosi'), 'search');
    expect(a.groups.map((g) => g.article.path).sort()).toEqual([ALMASRI_FILE, HAFTAR_FILE].sort());
    expect(new Set(a.groups.map((g) => g.article.id)).size).toBe(a.groups.length);
    const best = store.searchText(fts('"piantedosi"'), 1)[0]!;
    expect(a.groups[0]!.article.id).toBe(best.articleId);
    const hits = hitsOf(a);
    expect(hits.length).toBe(a.total);
    expect(hits.map((h) => h.cite)).toEqual(hits.map((_, i) => i + 1)); // numbered in reading order
    expect(a.citations).toHaveLength(hits.length);
    for (const h of hits) {
      expect(h.citation.article.id).toBe(h.group.id);
      expect(h.citation.sentence).toBe(sentencesOf.get(h.group.id)![h.citation.sentenceIndex]!.text);
      expect(hitWords(h.segments).map((w) => w.toLowerCase())).toContain('piantedosi');
    }
    const text = renderText(a);
    expect(text).toMatch(new RegExp(`^Search: Piantedosi — ${a.total} matches in 2 articles$`, 'm'));
    expect(text).toContain('Italian Interior Minister Piantedosi Meets Haftar in Benghazi');
    expect(text).toContain('almasri-affair-italy-file.txt — by Giovanni Giacalone');
  });

  it('every word must match; prefixes with a trailing *', async () => {
    const both = hitsOf(expectKind(await ask('/search Almasri release'), 'search'));
    for (const h of both) {
      const words = hitWords(h.segments).map((w) => w.toLowerCase());
      expect(words).toContain('almasri');
      expect(words.some((w) => w.startsWith('releas')), words.join(' ')).toBe(true);
    }
    const prefix = expectKind(await ask('/search Almas*'), 'search');
    const exact = expectKind(await ask('/search Almasri'), 'search');
    expect(prefix.total).toBe(exact.total);
    expect(hitsOf(prefix).some((h) => hitWords(h.segments).includes('Almasri'))).toBe(true);
    expect(expectKind(await ask('/search Almas'), 'not-found').what).toBe('text');
  });

  it('a word finds its other forms: "release", "released" and "releases" find the same sentences', async () => {
    const forms = await Promise.all(['/search release', '/search released', '/search releases', '/search releasing'].map(async (q) => expectKind(await ask(q), 'search')));
    expect(forms[0]!.total).toBeGreaterThan(0);
    for (const f of forms) expect(f.total).toBe(forms[0]!.total);
    // the words as the article writes them are the ones marked
    expect(hitsOf(forms[2]!).some((h) => hitWords(h.segments).includes('released'))).toBe(true);
  });

  it('no hits: not-found, suggesting the words that would find something alone', async () => {
    const nf = expectKind(await ask('/search Mitiga zebrafish'), 'not-found');
    expect(nf.what).toBe('text');
    expect(nf.suggestions).toEqual(['/search Mitiga']);
    expect(renderText(nf)).toMatch(/Did you mean: \/search Mitiga\?/);
    const phrase = expectKind(await ask('/search "secret services" zebrafish'), 'not-found');
    expect(phrase.suggestions).toEqual(['/search "secret services"']);
  });

  it('nothing to search for: a polite problem with an example', async () => {
    for (const line of ['/search', '/search    ']) expect(expectKind(await ask(line), 'problem').message).toMatch(/Example: \/search /);
    for (const words of ['', '   ', '(( ))', '***', '😀']) {
      const p = expectKind(search(store, words), 'problem');
      expect(p.message).toMatch(/for example: \/search Mitiga detention/);
    }
  });

  it('caps the hits at MAX_HITS but reports the total honestly', () => {
    const s = openStore(':memory:');
    try {
      const n = MAX_HITS + 57;
      s.saveArticle(plainArticle(Array.from({ length: n }, (_, i) => `Sighting ${i + 1} of the zebrafish.`), 'many'), EMPTY);
      const a = expectKind(search(s, 'zebrafish'), 'search');
      expect(a.total).toBe(n);
      expect(hitsOf(a)).toHaveLength(MAX_HITS);
      expect(a.citations).toHaveLength(MAX_HITS);
      expect(renderText(a)).toMatch(new RegExp(`^Search: zebrafish — ${n} matches, the best ${MAX_HITS} shown, in 1 article$`, 'm'));
    } finally {
      s.close();
    }
  });

  it('answers operator-laden input without throwing or a syntax error', async () => {
    const warn = vi.spyOn(logger, 'warn');
    const error = vi.spyOn(logger, 'error');
    const hostile = [
      '/search "Almasri',
      '/search ) OR (',
      '/search *',
      '/search "',
      '/search NEAR(Almasri released)',
      "/search ' OR 1=1 --",
      '/search Almasri AND NOT',
      '/search ^Almasri$ OR *',
      '/search text:Almasri',
      '/search words:"secret services"',
      '/search {text}: Mitiga',
      '/search -Mitiga +detention',
      '/search Mitiga^2 NEAR/3 detention',
      '/search "secret" services" "',
      '/search \\"Mitiga\\"',
      '/search 😀 Mitiga 🇮🇹',
      '/search \u0000\u001b[31mMitiga\u0002',
      '/search (((((((((((((((((((((((((((((((((((((Mitiga',
      `/search ${'Mitiga OR '.repeat(150)}`,
    ];
    for (const line of hostile) {
      const a = await ask(line);
      expect(['search', 'not-found', 'problem'], line).toContain(a.kind);
      if (a.kind === 'problem') expect(a.message, line).not.toMatch(/went wrong/);
    }
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    // the ones with a real word in them find it
    for (const line of ['/search -Mitiga +detention', '/search \u0000\u001b[31mMitiga\u0002', '/search 😀 Mitiga 🇮🇹', '/search (((Mitiga'])
      expect(hitsOf(expectKind(await ask(line), 'search'))[0]!.citation.sentenceIndex, line).toBe(0);
    // a column filter is just a word: no sentence says "text", so nothing, and the hint to drop it
    for (const line of ['/search text:Mitiga', '/search {text}: Mitiga'])
      expect(expectKind(await ask(line), 'not-found').suggestions, line).toEqual(['/search Mitiga']);
    expect(expectKind(await ask('/search words:"secret services"'), 'search').total).toBeGreaterThanOrEqual(2);
  });
});

describe('the command', () => {
  it('is a valid definition, registered after /timeline', () => {
    expect(checkCommand(searchCommand)).toEqual([]);
    const names = commands.map((c) => c.name);
    expect(names).toContain('search');
    expect(names.indexOf('search')).toBe(names.indexOf('timeline') + 1);
  });

  it('/help lists /search, and /help search explains it', async () => {
    const h = expectKind(await ask('/help'), 'help');
    expect(h.commands.map((c) => c.name)).toContain('search');
    expect(renderText(h)).toMatch(/\/search WORDS\s+Sentences, events and quotes/);
    const one = expectKind(await ask('/help search'), 'help');
    expect(one.commands[0]!.usage).toBe('/search WORDS');
    expect(one.commands[0]!.examples).toEqual(['/search Mitiga detention', '/search "secret services"']);
    expect(renderText(one)).toContain('/search "secret services"');
  });
});

describe('segmentsOf', () => {
  it('splits highlight() output into marked runs, and shows text holding a marker plain', () => {
    expect(segmentsOf({ text: 'a b c', highlighted: 'a \u0002b\u0003 c' })).toEqual([
      { text: 'a ', hit: false },
      { text: 'b', hit: true },
      { text: ' c', hit: false },
    ]);
    expect(segmentsOf({ text: 'b', highlighted: '\u0002b\u0003' })).toEqual([{ text: 'b', hit: true }]);
    expect(segmentsOf({ text: 'a\u0002b', highlighted: 'a\u0002\u0002b\u0003' })).toEqual([{ text: 'a\u0002b', hit: false }]);
  });
});

// ---- topics: several words, one of them a name with other spellings ----

describe('topics', () => {
  let t: Store;
  beforeAll(() => {
    t = openStore(':memory:');
    const texts = [
      'Ken Paxton, the Texas attorney general, filed an appeal on Monday. Paxton said the ruling was wrong.\n',
      'Paxton spoke to reporters in Austin about the budget.\n',
      'The appeal by the city council failed in court.\n',
      'The Portuguese president signed a trade accord in Lisbon on Friday.\n',
      'Officials in Norway opened a new tunnel near Bergen.\n',
    ];
    texts.forEach((text, i) => {
      const a = parseArticle(text, { path: `topic-${i}.txt`, format: 'txt' });
      t.saveArticle(a, extract(a));
    });
  });
  afterAll(() => t.close());

  it('an actor\'s name with another word finds the sentences with both, not any of them', () => {
    // the name has another spelling, which is what makes the topic's expression a group
    expect(t.findActorsByKey(nameKey('Paxton')).map((a) => a.name)).toEqual(['Ken Paxton']);
    for (const words of ['Paxton appeal', 'Ken Paxton appeal', 'appeal Paxton']) {
      const topic = findTopic(t, words);
      expect([...(topic?.perArticle.keys() ?? [])], words).toHaveLength(1);
      expect(topic!.sentences.size, words).toBe(1);
    }
  });

  it('a country and the word for its people find each other, in topics and in /search', async () => {
    const sentencesFor = (words: string) => [...(findTopic(t, words)?.perArticle.keys() ?? [])];
    expect(sentencesFor('portugal trade')).toEqual(sentencesFor('portuguese trade'));
    expect(sentencesFor('portugal trade')).toHaveLength(1);
    expect(sentencesFor('norwegian tunnel')).toHaveLength(1);
    const found = expectKind(await answerLine('/search portugal', { store: t, commands }), 'search');
    expect(found.total).toBe(1);
    // the article's own word is the one marked
    expect(hitWords(found.groups[0]!.hits[0]!.segments)).toContain('Portuguese');
    expect(expectKind(await answerLine('/search norwegians', { store: t, commands }), 'search').total).toBe(1);
    // only the country's own words: Spain is not Portugal
    expect((await answerLine('/search spanish', { store: t, commands })).kind).toBe('not-found');
  });

  it('falls back to any word only when no sentence has them all', () => {
    const topic = findTopic(t, 'Paxton zebrafish');
    expect(topic?.perArticle.size).toBe(2);
  });

  it('builds groups SQLite accepts: alternatives in parentheses, AND and OR written out', () => {
    const [a, b, c] = ['"paxton"', '"ken paxton"', '"appeal" *'].map((e) => e as MatchExpression);
    const expr = allOf([anyOf([a!, b!]), c!]);
    expect(expr).toBe('("paxton" OR "ken paxton") AND "appeal" *');
    expect(anyOf([expr, termExpression({ words: ['x'], prefix: false, display: 'x' })])).toBe('(("paxton" OR "ken paxton") AND "appeal" *) OR "x"');
    expect(() => t.searchText(expr, 5)).not.toThrow();
  });
});
