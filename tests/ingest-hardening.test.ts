// Ingest under bad input (issue 12, items 1, 7 and 8): over-long lines and sentences, files past
// the extraction limits, thousands of names, pages with unclosed or deeply nested elements,
// control characters in file names, and a seeded fuzz of whole folders (random bytes, invalid
// UTF-8, huge lines, deep HTML, files that vanish between listing and reading). Nothing here
// asserts time: the work is bounded by construction and asserted as counts (sentences, pieces,
// one error per bad file); the benchmark (npm run bench:ingest) is where speed is measured.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { htmlMeta } from '../src/ingest/html.ts';
import { IngestError, MAX_ARTICLE_SENTENCES, MAX_ARTICLE_TEXT_CHARS, MAX_SENTENCE_CHARS, parseArticle, splitSentences } from '../src/ingest/index.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { openStore, type Store } from '../src/store/index.ts';

// extract() wrapped, to count how many articles ingest extracts
vi.mock('../src/extract/index.ts', async (importOriginal) => {
  const m = await importOriginal<typeof import('../src/extract/index.ts')>();
  return { ...m, extract: vi.fn(m.extract) };
});
// collectArticleFiles wrapped: files named "vanish-*" are deleted right after the listing, before
// ingest reads them (the race a folder being cleaned up meanwhile gives)
vi.mock('../src/ingest/index.ts', async (importOriginal) => {
  const m = await importOriginal<typeof import('../src/ingest/index.ts')>();
  return {
    ...m,
    collectArticleFiles: async (paths: string[]) => {
      const listed = await m.collectArticleFiles(paths);
      for (const f of listed.files) if (/\/vanish-[^/]*$/.test(f)) rmSync(f, { force: true });
      return listed;
    },
  };
});

const TMP = mkdtempSync(join(tmpdir(), 'briefbot-ingest-hardening-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
let dirs = 0;
function freshDir(): string {
  const d = join(TMP, `d${++dirs}`);
  mkdirSync(d);
  return d;
}

const GOOD = 'A good article\n\nItalian authorities arrested Najeem Almasri in Turin on January 19, 2025, the police said.\n';
const PROSE = 'the minister said the talks in Tripoli would resume after the court ruled on the appeal of the former police chief ';
/** Text with no sentence end at all, `chars` long. */
function endless(chars: number): string {
  return PROSE.repeat(Math.ceil(chars / PROSE.length)).slice(0, chars);
}
function deepHtml(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}<p>Matteo Piantedosi met Khalifa Haftar in Benghazi.</p>${'</div>'.repeat(depth)}</body></html>`;
}
/** No C0/C1 control character, DEL, line or paragraph separator, or bidi override. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('over-long text is cut into bounded pieces', () => {
  it('a 200 KB line with no sentence end becomes pieces of at most MAX_SENTENCE_CHARS, covering all of it', () => {
    const line = endless(200_000);
    const sentences = splitSentences(line);
    expect(sentences.every((s) => s.text.length <= MAX_SENTENCE_CHARS)).toBe(true);
    // a piece is cut at a clause or word break, so never much shorter than the cap
    expect(sentences.length).toBeLessThanOrEqual(Math.ceil(line.length / (MAX_SENTENCE_CHARS * 0.9)));
    for (const s of sentences) expect(line.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text).join(' ')).toBe(line.trim());
  });

  it('a run cut into pieces breaks after a comma or semicolon in the second half of the window when there is one', () => {
    const clause = 'the council met again in Tripoli on Monday and talked for hours about the budget, ';
    const sentences = splitSentences(clause.repeat(60));
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences.slice(0, -1)) expect(s.text.endsWith(',')).toBe(true);
  });

  it('ordinary sentences are left as they are', () => {
    const text = 'Najeem Almasri was arrested on January 19. He was released two days later. “We will appeal,” his lawyer said.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Najeem Almasri was arrested on January 19.', 'He was released two days later.', '“We will appeal,” his lawyer said.']);
  });

  it('a word longer than the cap is cut mid-word, not kept whole', () => {
    const sentences = splitSentences(`Start ${'x'.repeat(5_000)} end`);
    expect(sentences.every((s) => s.text.length <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(sentences.map((s) => s.text).join('')).toBe(`Start${'x'.repeat(5_000)}end`);
  });
});

describe('per-article limits: one clear sentence naming the file', () => {
  it(`a 1.9 MB line is refused: more than ${MAX_ARTICLE_TEXT_CHARS.toLocaleString('en-US')} characters of text`, () => {
    const e = (() => {
      try {
        parseArticle(`Title\n\n${endless(1_900_000)}\n`, { path: 'big/line.txt' });
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(e).toBeInstanceOf(IngestError);
    expect((e as IngestError).message).toMatch(/^big\/line\.txt: too long to read for facts \(1,900,000 characters of text, limit 200,000\); split it into smaller articles$/);
  });

  it(`8,000 lines "John Smith1 met Jane Doe1." are refused: more than ${MAX_ARTICLE_SENTENCES.toLocaleString('en-US')} sentences`, () => {
    const text = `Names\n\n${Array.from({ length: 8000 }, (_, i) => `John Smith${i + 1} met Jane Doe${i + 1}.`).join('\n')}\n`;
    expect(() => parseArticle(text, { path: 'names.txt' })).toThrow(/^names\.txt: too long to read for facts \(8,000 sentences, limit 2,000\)/);
  });

  it('1,000 such lines, within the limits, give 2,000 name mentions in clusters', () => {
    const text = `Names\n\n${Array.from({ length: 1000 }, (_, i) => `John Smith${i + 1} met Jane Doe${i + 1}.`).join('\n')}\n`;
    const article = parseArticle(text, { path: 'names.txt' });
    expect(article.sentences.length).toBe(1000);
    const facts = extract(article);
    const people = facts.mentions.filter((m) => m.type === 'person');
    expect(people.length).toBe(2000);
    expect(people.every((m) => m.actorId !== undefined)).toBe(true);
    expect(facts.actors.length).toBeLessThanOrEqual(2000);
  });
});

describe('Markdown with markup that never closes', () => {
  it('600 KB of "[", of "_a " and of "<!--" on one line are read in one pass each (refused as empty or too long, by name)', () => {
    const parse = (body: string) => () => parseArticle(`# Title\n\n${body}\n`, { path: 'x.md' });
    expect(parse('['.repeat(600_000))).toThrow(/^x\.md: empty article/);
    expect(parse('_a '.repeat(200_000))).toThrow(/^x\.md: too long to read for facts \(599,999 characters of text/);
    expect(parse('<!-- x '.repeat(100_000))).toThrow(/^x\.md: too long to read for facts/);
  });

  it('ordinary links, images, emphasis and code still lose their markup', () => {
    const md = '# T\n\nThe [Court of Appeal](https://x.org/a "court") freed **Najeem Almasri** on _Tuesday_ ![photo](p.jpg) in `Rome`, said [the ministry][1].\n';
    expect(parseArticle(md, { path: 'x.md' }).text).toBe('The Court of Appeal freed Najeem Almasri on Tuesday in Rome, said the ministry.');
  });
});

describe('HTML that is unclosed or nested deep', () => {
  const page = (body: string) => `<html><head><title>Page title</title></head><body><p>Matteo Piantedosi met Khalifa Haftar in Benghazi on Monday.</p>${body}</body></html>`;

  it('300,000 unclosed <h1>, <script>, comments: metadata read in one pass, as the regular expressions read it', () => {
    expect(htmlMeta(page('<h1>x '.repeat(300_000))).title).toBe('Page title');
    expect(htmlMeta(page('<script>x '.repeat(300_000))).title).toBe('Page title');
    expect(htmlMeta(page('<!-- x '.repeat(300_000))).title).toBe('Page title');
    expect(htmlMeta(page('<script type="application/ld+json">x '.repeat(100_000))).published).toBeNull();
  });

  it('unclosed and closed elements give the metadata they gave before', () => {
    expect(htmlMeta('<h1>Open <title>T</title>').title).toBe('T');
    expect(htmlMeta('<h1>One</h1><h1>Two</h1>').title).toBe('One');
    expect(htmlMeta('<!-- <title>Hidden</title> --><title>Shown</title>').title).toBe('Shown');
    expect(htmlMeta('<!-- <title>Unclosed comment</title>').title).toBe('Unclosed comment');
    expect(htmlMeta('<script>x</script ><title>After script</title>').title).toBe('After script');
    expect(htmlMeta('<script><title>In an unclosed script</title>').title).toBe('In an unclosed script');
    expect(htmlMeta('<script type="application/ld+json">{"datePublished":"2024-05-06"}</script>').published).toBe('2024-05-06');
    expect(htmlMeta('<script type="text/javascript">{"datePublished":"2024-05-06"}</script>').published).toBeNull();
    expect(htmlMeta('<meta property="og:title" content="Og title"><meta name="author" content="By Jo Smith">')).toMatchObject({ title: 'Og title', byline: 'Jo Smith' });
  });

  it('4,000-deep nesting is one line: nested too deeply to read', () => {
    expect(() => parseArticle(deepHtml(4000), { path: 'deep.html' })).toThrow(/^deep\.html: HTML nested too deeply to read \(thousands of elements inside one another\)$/);
  });
});

describe('file names in ingest messages', () => {
  it('an IngestError message is one line with every control character escaped, whatever the name and reason', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (name, reason) => {
        const message = new IngestError(name, reason).message;
        expect(message).not.toMatch(CONTROL);
        expect(message.split('\n')).toHaveLength(1);
      }),
      { seed: 12, numRuns: 2000 },
    );
    expect(new IngestError('a\nerror: forged.txt', 'empty article').message).toBe('a\\nerror: forged.txt: empty article');
    expect(new IngestError('esc\u001b[31mred.txt', 'x').message).toBe('esc\\u001b[31mred.txt: x');
  });

  it('ingest of a folder with such names prints one line per bad file, escaped, and the good file goes in', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'bad\nerror: forged.txt'), 'x');
    writeFileSync(join(dir, 'esc\u001b[2Jclear.txt'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(dir, 'good.txt'), GOOD);
    const store = openStore(join(dir, '..', `${dirs}.db`));
    try {
      const s = await ingestPaths(store, [dir]);
      expect(s.added).toBe(1);
      expect(s.failed).toBe(2);
      expect(s.errors).toHaveLength(2);
      for (const e of s.errors) {
        expect(e).not.toMatch(CONTROL);
        expect(e.startsWith(dir)).toBe(true);
      }
      expect(s.errors.join('\n')).toContain('bad\\nerror: forged.txt: ');
      expect(s.errors.join('\n')).toContain('esc\\u001b[2Jclear.txt: not a text file');
    } finally {
      store.close();
    }
  });
});

describe('fuzz: a folder of bad files next to a good one', () => {
  type Bad = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'invalid-utf8'; bytes: Uint8Array } | { kind: 'huge-line'; chars: number } | { kind: 'deep-html'; depth: number } | { kind: 'vanishing' } | { kind: 'too-long'; chars: number };
  const bad: fc.Arbitrary<Bad> = fc.oneof(
    fc.uint8Array({ minLength: 0, maxLength: 3000 }).map((bytes) => ({ kind: 'bytes' as const, bytes })),
    // text with bytes UTF-8 never has (0xC0, 0xF8-0xFF) or a lead byte with no continuation
    fc
      .tuple(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(0xc0, 0xc3, 0xe2, 0xf0, 0xf8, 0xff, 0x80, 0xbf), { minLength: 1, maxLength: 60 }))
      .map(([s, junk]) => ({ kind: 'invalid-utf8' as const, bytes: Buffer.concat([Buffer.from(s), Buffer.from(junk), Buffer.from(s)]) })),
    fc.integer({ min: 2_000, max: 30_000 }).map((chars) => ({ kind: 'huge-line' as const, chars })),
    fc.integer({ min: 4_000, max: 12_000 }).map((depth) => ({ kind: 'deep-html' as const, depth })),
    fc.constant({ kind: 'vanishing' as const }),
    fc.integer({ min: MAX_ARTICLE_TEXT_CHARS + 1, max: 1_900_000 }).map((chars) => ({ kind: 'too-long' as const, chars })),
  );

  it('no crash; every file is stored or named by exactly one one-line error; deep, vanished and too-long files fail; the good file goes in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bad, { minLength: 1, maxLength: 4 }), async (bads) => {
        const dir = freshDir();
        const names = bads.map((b, i) => {
          const name = b.kind === 'vanishing' ? `vanish-${i}.txt` : b.kind === 'deep-html' ? `f${i}-deep.html` : `f${i}-${b.kind}.txt`;
          const path = join(dir, name);
          if (b.kind === 'bytes' || b.kind === 'invalid-utf8') writeFileSync(path, b.bytes);
          else if (b.kind === 'huge-line' || b.kind === 'too-long') writeFileSync(path, `Headline ${i}\n\n${endless(b.chars)}\n`);
          else if (b.kind === 'deep-html') writeFileSync(path, deepHtml(b.depth));
          else writeFileSync(path, GOOD.replace('Turin', `Turin ${i}`));
          return path;
        });
        writeFileSync(join(dir, 'zz-good.txt'), GOOD);
        const store = openStore(join(TMP, `fuzz-${dirs}.db`));
        try {
          const s = await ingestPaths(store, [dir]);
          expect(s.added + s.replaced + s.unchanged + s.failed).toBe(bads.length + 1);
          expect(s.errors).toHaveLength(s.failed);
          for (const e of s.errors) {
            expect(e).not.toMatch(CONTROL);
            expect(names.filter((n) => e.startsWith(`${n}: `))).toHaveLength(1);
          }
          bads.forEach((b, i) => {
            if (b.kind === 'deep-html' || b.kind === 'vanishing' || b.kind === 'too-long') expect(s.errors.some((e) => e.startsWith(`${names[i]}: `))).toBe(true);
            if (b.kind === 'too-long') expect(s.errors.find((e) => e.startsWith(`${names[i]}: `))).toMatch(/too long to read for facts/);
            if (b.kind === 'vanishing') expect(s.errors.find((e) => e.startsWith(`${names[i]}: `))).toMatch(/cannot read \(ENOENT\)/);
          });
          const stored = store.listArticles().map((a) => a.path);
          expect(stored).toContain(join(dir, 'zz-good.txt'));
        } finally {
          store.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { seed: 20261205, numRuns: 40 },
    );
  }, 120_000);
});

describe('re-ingesting unchanged files does not extract them', () => {
  const extractSpy = extract as unknown as ReturnType<typeof vi.fn>;

  async function twice(wrap: (s: Store) => Store): Promise<{ first: number; second: number; unchanged: number }> {
    const dir = freshDir();
    writeFileSync(join(dir, 'a.txt'), GOOD);
    writeFileSync(join(dir, 'b.txt'), GOOD.replace('Turin', 'Milan'));
    const store = wrap(openStore(join(TMP, `again-${dirs}.db`)));
    try {
      extractSpy.mockClear();
      await ingestPaths(store, [dir]);
      const first = extractSpy.mock.calls.length;
      extractSpy.mockClear();
      const s = await ingestPaths(store, [dir]);
      return { first, second: extractSpy.mock.calls.length, unchanged: s.unchanged };
    } finally {
      store.close();
    }
  }

  it('with a store that looks articles up by hash, the second ingest extracts nothing', async () => {
    // a store with hasArticleHash, however the store under test spells it
    const withLookup = (s: Store): Store => {
      const hashes = new Set<string>();
      return new Proxy(s, {
        get(target, prop, receiver) {
          if (prop === 'hasArticleHash') return (h: string) => hashes.has(h);
          if (prop === 'saveArticle')
            return (a: Parameters<Store['saveArticle']>[0], e: Parameters<Store['saveArticle']>[1]) => {
              hashes.add(a.hash);
              return target.saveArticle(a, e);
            };
          const v = Reflect.get(target, prop, receiver);
          return typeof v === 'function' ? v.bind(target) : v;
        },
      });
    };
    expect(await twice(withLookup)).toEqual({ first: 2, second: 0, unchanged: 2 });
  });

  const probe = openStore(join(TMP, 'probe.db'));
  const storeHasLookup = typeof (probe as Store & { hasArticleHash?: unknown }).hasArticleHash === 'function';
  probe.close();
  it.runIf(storeHasLookup)('with the SQLite store itself, the second ingest extracts nothing', async () => {
    expect(await twice((s) => s)).toEqual({ first: 2, second: 0, unchanged: 2 });
  });
});
