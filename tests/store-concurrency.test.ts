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
  }, 60_000);
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
