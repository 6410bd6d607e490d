// Several processes opening one new database at once (a bot and an ingest started together, or
// shards): each must find the schema made exactly once.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { parseArticle } from '../src/ingest/index.ts';
import { resolveActor } from '../src/search/resolve.ts';
import { openStore, SCHEMA_VERSION } from '../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `briefbot ingest` in a child process: its exit code and what it printed. */
function ingest(db: string, paths: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/briefbot.js', 'ingest', '--db', db, ...paths], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'silent' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

function opener(db: string, go: string, ready: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/run-ts.js', 'tests/support/open-at-once.ts', db, go, ready], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', () => resolve(out.trim()));
  });
}

describe('opening a new database from several processes at once', () => {
  it('migrates it once; every opener succeeds', async () => {
    const db = join(dir, 'new.db');
    const go = join(dir, 'go');
    const n = 16;
    const runs = Array.from({ length: n }, (_, i) => opener(db, go, join(dir, `ready-${i}`)));
    // release them together once all have loaded and wait at the barrier
    while (readdirSync(dir).filter((f) => f.startsWith('ready-')).length < n) await new Promise((r) => setTimeout(r, 20));
    writeFileSync(go, '');
    const results = await Promise.all(runs);
    expect(results).toEqual(results.map(() => 'ok'));
    const check = new Database(db, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  }, 300_000);
});

describe('ingests running at once into one database', () => {
  const FOLDERS = ['tests/fixtures/dev', 'data/articles'];

  it('4 processes ingesting the same folders: every article once, the same index as one ingest alone', async () => {
    const alone = join(dir, 'alone.db');
    expect((await ingest(alone, FOLDERS)).code).toBe(0);
    const shared = join(dir, 'shared.db');
    const runs = await Promise.all([0, 1, 2, 3].map(() => ingest(shared, FOLDERS)));
    for (const r of runs) expect(r.code, r.out).toBe(0);
    // each article was added by exactly one of them; the others found it unchanged
    const added = runs.map((r) => Number(/(\d+) added/.exec(r.out)?.[1]));
    const a = openStore(alone, { readonly: true });
    const b = openStore(shared, { readonly: true });
    expect(added.reduce((x, y) => x + y, 0)).toBe(a.counts().articles);
    expect(b.counts()).toEqual(a.counts());
    const titles = (s: typeof a) => s.listArticles().map((x) => x.title).sort();
    expect(titles(b)).toEqual(titles(a));
    a.close();
    b.close();
  }, 300_000);
});

describe('a read-only connection', () => {
  it('sees what another connection commits, in the name caches too', () => {
    const db = join(dir, 'ro.db');
    const writer = openStore(db);
    const reader = openStore(db, { readonly: true });
    expect(reader.nameCount()).toBe(0);
    expect(resolveActor(reader, 'Fatou Bensouda').kind).toBe('none');
    const article = parseArticle('Fatou Bensouda, the prosecutor, visited Kampala on Monday.\n', { path: 'a.txt', format: 'txt' });
    writer.saveArticle(article, extract(article));
    expect(reader.nameCount()).toBeGreaterThan(0);
    expect(resolveActor(reader, 'Fatou Bensuda').kind).toBe('found');
    writer.close();
    reader.close();
  });

  it('refuses a database this briefbot has not migrated, and never changes it', () => {
    const db = join(dir, 'old.db');
    new Database(db).close();
    expect(() => openStore(db, { readonly: true })).toThrow(/schema version 0/);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    check.close();
  });
});
