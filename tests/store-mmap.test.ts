// The index is read through a memory map (PRAGMA mmap_size, openStore): at 1M actors pages
// outside SQLite's own cache made the resolver's p99 tail. Reads through the map must still see
// what a writer commits, before and after a checkpoint writes it into the mapped file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Extraction } from '../src/domain.ts';
import { nameKey } from '../src/search/keys.ts';
import { openStore, type Store } from '../src/store/index.ts';

/** The connection's own setting: mmap_size is per connection, and the Store does not show it. */
const mmapSize = (store: Store) => (store as unknown as { db: Database.Database }).db.pragma('mmap_size', { simple: true });
/** SQLITE_MAX_MMAP_SIZE of the SQLite better-sqlite3 bundles: what openStore asks for. */
const MAPPED = 0x7fff0000;
const is64 = ['x64', 'arm64', 'ppc64', 's390x', 'riscv64', 'loong64'].includes(process.arch);

let n = 0;
function saved(name: string): [Article, Extraction] {
  const text = `${name} spoke on Monday.`;
  const article: Article = {
    path: null,
    url: null,
    title: 'A title',
    byline: null,
    published: '2025-01-22',
    sources: ['example.org'],
    text,
    sentences: [{ index: 0, text, start: 0, end: text.length }],
    hash: `mmap-${++n}`,
  };
  const actor = { id: 1, name, type: 'person' as const, aliases: [], roles: [], affiliations: [], mentions: [0] };
  return [article, { mentions: [], actors: [actor], events: [], quotes: [] }];
}

describe('reading the index through a memory map', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'briefbot-mmap-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.runIf(is64)('maps a file index on writing and read-only connections, not an in-memory one', () => {
    const path = join(dir, 'index.db');
    const writer = openStore(path);
    const reader = openStore(path, { readonly: true });
    const memory = openStore(':memory:');
    expect(mmapSize(writer)).toBe(MAPPED);
    expect(mmapSize(reader)).toBe(MAPPED);
    expect(mmapSize(memory)).toBeUndefined(); // no file: the pragma is not even set
    for (const s of [writer, reader, memory]) s.close();
  });

  it("sees a writer's commits, from the WAL and after a checkpoint into the mapped file", () => {
    const path = join(dir, 'index.db');
    const writer = openStore(path);
    const reader = openStore(path, { readonly: true });
    const found = (name: string) => reader.namesByKey(nameKey(name)).length;

    writer.saveArticle(...saved('Carlo Nordio'));
    expect(found('Carlo Nordio')).toBe(1);
    const raw = new Database(path);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    expect(found('Carlo Nordio')).toBe(1);
    writer.saveArticle(...saved('Fatou Bensouda'));
    expect([found('Carlo Nordio'), found('Fatou Bensouda')]).toEqual([1, 1]);
    writer.close();
    reader.close();
  });
});
