// Name resolution: the spellings people type, on the seed articles and on generated names.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../bench/build.ts';
import { generateActors, generateQueries, type SynthActor } from '../bench/synth.ts';
import { extract } from '../src/extract/index.ts';
import { parseArticle } from '../src/ingest/index.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { completeNames, resolveActor, resolveName } from '../src/search/resolve.ts';
import { nameKey } from '../src/search/keys.ts';
import { openStore, type Store } from '../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-resolve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function nameOf(store: Store, query: string): string {
  const r = resolveActor(store, query);
  if (r.kind === 'found') return r.actor.name;
  if (r.kind === 'ambiguous') return `choices: ${r.actors.map((a) => a.name).join(' | ')}`;
  return `not found${r.suggestions.length ? ` (did you mean ${r.suggestions.join(', ')})` : ''}`;
}

describe('the seed articles, with the spellings editors type', () => {
  let store: Store;
  beforeAll(async () => {
    store = openStore(join(dir, 'seeds.db'));
    await ingestPaths(store, ['data/articles']);
  });
  afterAll(() => store.close());

  it.each([
    ['Almasri', 'Najeem Almasri'],
    ['al masri', 'Najeem Almasri'],
    ['Al-Masri', 'Najeem Almasri'],
    ['AL MASRI', 'Najeem Almasri'],
    ['Elmasry', 'Najeem Almasri'],
    ['Almasry', 'Najeem Almasri'],
    ['El-Masri', 'Najeem Almasri'],
    ['Najeem Almasry', 'Najeem Almasri'],
    ['Haftar', 'Khalifa Haftar'],
    ['Hifter', 'Khalifa Haftar'],
    ['Hafter', 'Khalifa Haftar'],
    ['Field Marshal Hifter', 'Khalifa Haftar'],
    ['khalifa hafter', 'Khalifa Haftar'],
    ['Dbeibah', 'Abdulhamid Dabaiba'],
    ['Dbeiba', 'Abdulhamid Dabaiba'],
    ['Dabaíba', 'Abdulhamid Dabaiba'],
    ['Abdul Hamid Dbeibah', 'Abdulhamid Dabaiba'],
    ['piantedosi', 'Matteo Piantedosi'],
    ['Pianttedosi', 'Matteo Piantedosi'],
    ['Interior Minister Piantedosi', 'Matteo Piantedosi'],
    ['LNA', 'Libyan National Army'],
  ])('%s -> %s', (query, expected) => {
    expect(nameOf(store, query)).toBe(expected);
  });

  it.each(['John Smith', 'Benali', 'Vladimir Putin', 'Zelensky', 'xq', 'Migration'])('%s is not found, not somebody else', (query) => {
    expect(nameOf(store, query)).toMatch(/^not found/);
  });

  it('a near miss that is not confident offers suggestions instead of a guess', () => {
    const r = resolveActor(store, 'Mellони');
    expect(r.kind).toBe('none');
  });

  it('completes a prefix of any word of a name, and a misspelt fragment', () => {
    const alm = completeNames(store, 'alm').map((c) => c.name);
    expect(alm).toContain('Najeem Almasri');
    expect(completeNames(store, 'hafter').map((c) => c.name)).toContain('Khalifa Haftar');
    expect(completeNames(store, 'M').length).toBeLessThanOrEqual(25);
    expect(completeNames(store, '')).toEqual([]);
  });
});

describe('namesakes: a surname two people share is a question, not a guess', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'namesakes.db'));
    const text = [
      'Field Marshal Khalifa Haftar met envoys in Benghazi on Monday.',
      'His son, Khaled Haftar, the commander of the 106th Brigade, attended the talks.',
    ].join('\n\n');
    const article = parseArticle(`---\ntitle: Haftars meet envoys\npublished: 2025-03-05\n---\n${text}`, { path: 'namesakes.md', format: 'md' });
    store.saveArticle(article, extract(article));
  });
  afterAll(() => store.close());

  it('"Haftar" and "Hifter" answer with both, each with a role to tell them apart', () => {
    for (const q of ['Haftar', 'Hifter']) {
      const r = resolveActor(store, q);
      expect(r.kind, q).toBe('ambiguous');
      if (r.kind !== 'ambiguous') continue;
      expect(r.actors.map((a) => a.name).sort()).toEqual(['Khaled Haftar', 'Khalifa Haftar']);
      expect(r.actors.every((a) => a.roles.length > 0)).toBe(true);
    }
  });

  it('the full name still picks one', () => {
    expect(nameOf(store, 'Khaled Haftar')).toBe('Khaled Haftar');
    expect(nameOf(store, 'Khalifa Hifter')).toBe('Khalifa Haftar');
  });
});

describe('generated names: every kind of variant, and names nobody has', () => {
  const SIZE = 3000;
  let store: Store;
  let actors: SynthActor[];
  beforeAll(() => {
    actors = generateActors(SIZE, 3);
    store = openStore(join(dir, 'synthetic.db'));
    build(store, actors);
  });
  afterAll(() => store.close());

  const truthId = (i: number) => {
    const key = nameKey(actors[i]!.name);
    return store.namesByKey(key).find((h) => nameKey(h.name) === key)?.actorId;
  };

  it('answers each kind of variant with the right actor, and stays silent on unknown names', () => {
    const queries = generateQueries(actors, 30, 5);
    const byKind = new Map<string, { ok: number; n: number }>();
    const wrong: string[] = [];
    for (const q of queries) {
      const r = resolveName(store, q.text);
      const ok = q.truth === null ? r.kind !== 'found' : r.kind === 'found' && r.actorId === truthId(q.truth);
      const k = byKind.get(q.kind) ?? { ok: 0, n: 0 };
      k.n++;
      if (ok) k.ok++;
      else wrong.push(`${q.kind}: ${q.text} -> ${JSON.stringify(r)}`);
      byKind.set(q.kind, k);
    }
    const rate = (k: string) => byKind.get(k)!.ok / byKind.get(k)!.n;
    // exact spellings, case and diacritics must always resolve; unknown names must never be
    // answered with somebody else; misspellings nearly always.
    expect(rate('exact'), wrong.join('\n')).toBe(1);
    expect(rate('case'), wrong.join('\n')).toBe(1);
    expect(rate('diacritics'), wrong.join('\n')).toBe(1);
    expect(rate('unknown'), wrong.join('\n')).toBe(1);
    expect(rate('translit'), wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(rate('typo'), wrong.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('autocomplete gives at most 25 names, including the one whose prefix was typed', () => {
    for (const a of actors.slice(0, 40)) {
      const prefix = a.name.slice(0, 4);
      const got = completeNames(store, prefix);
      expect(got.length).toBeLessThanOrEqual(25);
      expect(got.length).toBeGreaterThan(0);
      expect(got.every((g) => g.name.length > 0)).toBe(true);
    }
    const someone = actors.find((a) => a.type === 'person' && a.name.split(' ').length === 2)!;
    const names = completeNames(store, someone.name).map((g) => nameKey(g.name));
    expect(names).toContain(nameKey(someone.name));
  });
});
