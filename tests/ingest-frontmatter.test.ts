// Front matter read without the YAML parser (plainMapping) reads as the parser reads it, and
// everything else still goes to the parser.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { plainMapping, splitFrontMatter } from '../src/ingest/frontmatter.ts';

const FRONT = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

describe('plainMapping', () => {
  it('reads the fixtures’ front matter as the YAML parser does, without it where it is plain', () => {
    const dirs = ['tests/fixtures/dev', 'tests/fixtures/wire', 'scratch/real/articles'];
    let plain = 0;
    let all = 0;
    for (const dir of dirs) {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        continue; // scratch/ is not in every checkout
      }
      for (const name of names) {
        const m = FRONT.exec(readFileSync(join(dir, name), 'utf8').replace(/\r\n?/g, '\n'));
        if (!m) continue;
        all++;
        const fast = plainMapping(m[1] ?? '');
        if (fast === null) continue;
        plain++;
        expect(fast).toEqual(parseYaml(m[1] ?? ''));
      }
    }
    expect(all).toBeGreaterThan(10);
    expect(plain).toBeGreaterThan(all / 2);
  });

  it('takes plain key: value lines, and leaves everything else to the parser', () => {
    expect(plainMapping('title: "Quoted: with # marks"\nurl: \'https://example.com/b\'')).toEqual({ title: 'Quoted: with # marks', url: 'https://example.com/b' });
    expect(plainMapping('title: Judge blocks Texas law\nurl: https://example.com/a\npublished: 2024-03-07T15:42:00+01:00\nauthor: Tom Hughes')).toEqual({
      title: 'Judge blocks Texas law',
      url: 'https://example.com/a',
      published: '2024-03-07T15:42:00+01:00',
      author: 'Tom Hughes',
    });
    for (const text of [
      '',
      'title: "escaped \\" quote"',
      "title: 'it''s'",
      'title: "a\tb"',
      'tags: [a, b]',
      'author: { name: X }',
      'published: 2024',
      'published: 1e5',
      'published: 0x1F',
      'published: .5',
      'title: null',
      'title: True',
      'title: ~',
      'title: a: b',
      'title: a # comment',
      'title: ends with colon:',
      'title: a\ntitle: b',
      'True: x',
      'title:\n  nested: x',
      'title: x\n',
      'title: x ',
      '# comment\ntitle: x',
      'title: - dash',
      'title: *alias',
      'title: &anchor x',
      'title: !tag x',
      'title: |',
      'title: >',
      'title: a\tb',
      'title: 😀 emoji',
      `${'k'.repeat(70)}: x`,
    ])
      expect(plainMapping(text), text).toBeNull();
  });

  it('agrees with the YAML parser on every generated mapping it takes (seeded)', () => {
    const keys = fc.constantFrom('title', 'url', 'published', 'date', 'author', 'True', 'null', 'x', 'x1', 'a_b', 'constructor', 'toString');
    const chars = fc.constantFrom(...'aZ09 .-_:#,[]{}&*!|>\'"%@`~+?/\\\t\u00a0é–—…“”’\u0085\u2028\ufeff'.split(''), 'e', 'E', 'x', '0', '1', 'inf', 'nan', 'NaN', 'true', 'null', '😀');
    const value = fc
      .tuple(fc.constantFrom('', '', '"', "'"), fc.array(chars, { minLength: 0, maxLength: 12 }))
      .map(([q, a]) => `${q}${a.join('')}${q}`);
    const line = fc.tuple(keys, fc.constantFrom(':', ': ', ':  ', ' : '), value).map(([k, sep, v]) => `${k}${sep}${v}`);
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        const text = lines.join('\n');
        const fast = plainMapping(text);
        if (fast === null) return;
        taken++;
        expect(fast).toEqual(parseYaml(text));
      }),
      { seed: 20261206, numRuns: 20_000 },
    );
    expect(taken).toBeGreaterThan(500);
  });

  it('reads a headline holding ": " as the whole title, as its writer meant, where YAML refuses it', () => {
    const meta = (fm: string) => splitFrontMatter(`---\n${fm}\n---\nBody.`, 'x.md').meta;
    expect(meta('title: Breaking: floods in Assam\npublished: 2025-07-02')).toEqual({ title: 'Breaking: floods in Assam', url: null, published: '2025-07-02', byline: null });
    expect(meta('title: Q&A: the minister on "reform": what next\nurl: https://example.org/a')?.title).toBe('Q&A: the minister on "reform": what next');
    expect(meta('title: a: b')?.title).toBe('a: b');
    // a value YAML reads already is left to it; quoted titles too
    expect(meta('title: "Sport: a final"')?.title).toBe('Sport: a final');
    expect(meta('tags: [a, b]\ntitle: Votes: a count')?.title).toBe('Votes: a count');
  });

  it('still names malformed front matter', () => {
    expect(() => splitFrontMatter('---\ntitle: a\ntitle: b\n---\nBody.', 'x.md')).toThrow(/malformed front matter/);
    expect(() => splitFrontMatter('---\ntitle: [unclosed: x\n---\nBody.', 'x.md')).toThrow(/malformed front matter/);
    expect(() => splitFrontMatter('---\ntitle: a: b\n  - c\n---\nBody.', 'x.md')).toThrow(/malformed front matter/);
    expect(splitFrontMatter('---\ntitle: A title\npublished: 2025-01-19\n---\nBody.', 'x.md').meta).toEqual({ title: 'A title', url: null, published: '2025-01-19', byline: null });
  });
});
