// A bulk ingest killed at random points (issue 12): `briefbot ingest` in a child process gets
// SIGKILL at seeded moments while it writes, one database throughout. After every kill the
// database passes PRAGMA integrity_check and holds no partial article (each stored article has
// exactly the rows an uninterrupted ingest gives it), and a last run completes to exactly the
// counts of an uninterrupted ingest. Kill points are chosen by progress (after the k-th article
// is committed, plus a seeded few milliseconds), never by wall-clock expectations.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { ingestPaths, refreshFacts } from '../src/pipeline.ts';
import { openStore } from '../src/store/index.ts';
import { mulberry32 } from '../bench/synth.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'briefbot-ingest-crash-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const ARTICLES = 30;
const KILLS = 5;
const SEED = 1205;


/** ARTICLES distinct articles made from the bundled and fixture texts (a copy number in each, and in any url). */
function corpus(dir: string): void {
  mkdirSync(dir);
  const sources = ['data/articles', 'tests/fixtures/dev', 'tests/fixtures/wire'].flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => ['.txt', '.md'].includes(extname(f)))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(join(ROOT, d, f), 'utf8') })),
  );
  for (let k = 0; k < ARTICLES; k++) {
    const src = sources[k % sources.length]!;
    writeFileSync(join(dir, `${String(k).padStart(3, '0')}-${src.name}`), `${src.text.replace(/^(url|canonical):.*$/gim, `$1: https://example.org/copy-${k}`).trimEnd()}\n\nThe editors filed this text as copy number ${k} of the archive.\n`);
  }
}

const TABLES = ['articles', 'sentences', 'actors', 'actor_names', 'mentions', 'roles', 'affiliations', 'events', 'event_participants', 'quotes', 'credits', 'sentence_dates', 'search_fts'];

function tableCounts(db: Database.Database): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

/** Per stored article (by path): how many sentences, mentions, events and quotes it has. */
function perArticle(db: Database.Database): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT a.path AS path,
        (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,
        (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,
        (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
        (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
       FROM articles a`,
    )
    .all() as { path: string; sentences: number; mentions: number; events: number; quotes: number }[];
  return new Map(rows.map((r) => [r.path, `${r.sentences}/${r.mentions}/${r.events}/${r.quotes}`]));
}

function articleCount(file: string): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or the schema not yet written
  }
}

function ingestChild(db: string, dir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  delete env.BRIEFBOT_DB;
  return spawn(process.execPath, ['bin/briefbot.js', 'ingest', '--db', db, dir], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs an ingest and SIGKILLs it once `afterArticles` articles are committed and `delayMs` more have passed (or lets it end first). */
async function ingestKilled(db: string, dir: string, afterArticles: number, delayMs: number): Promise<'killed' | 'finished'> {
  const child = ingestChild(db, dir);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && articleCount(db) < afterArticles) await new Promise((r) => setTimeout(r, 25));
  if (!done) await new Promise((r) => setTimeout(r, delayMs));
  if (done) return 'finished';
  child.kill('SIGKILL');
  await exited;
  return 'killed';
}

it(`${KILLS} SIGKILLs during a bulk ingest: integrity ok, no partial article, and a re-run gives exactly the uninterrupted counts`, async () => {
  const dir = join(TMP, 'articles');
  corpus(dir);

  // the uninterrupted ingest, in this process (the same code the child runs)
  const refFile = join(TMP, 'reference.db');
  const ref = openStore(refFile);
  refreshFacts(ref);
  const refSummary = await ingestPaths(ref, [dir]);
  ref.close();
  expect(refSummary).toMatchObject({ added: ARTICLES, failed: 0 });
  const refDb = new Database(refFile, { readonly: true });
  const expected = tableCounts(refDb);
  const expectedArticles = perArticle(refDb);
  refDb.close();

  const file = join(TMP, 'killed.db');
  const next = mulberry32(SEED); // the kill points come from the seed
  const outcomes: string[] = [];
  let committed = 0;
  for (let i = 0; i < KILLS; i++) {
    // somewhere after what is already in, up to the end
    const target = committed + Math.floor(next() * (ARTICLES - committed));
    outcomes.push(await ingestKilled(file, dir, target, Math.floor(next() * 120)));
    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // every stored article is whole: the rows the uninterrupted ingest gave it, no fewer
      const stored = perArticle(db);
      for (const [path, counts] of stored) expect(`${path}: ${counts}`).toBe(`${path}: ${expectedArticles.get(path)}`);
      committed = stored.size;
    } finally {
      db.close();
    }
  }
  // the kills landed while articles were being written (a run that ends first kills nothing)
  expect(outcomes.filter((o) => o === 'killed').length).toBeGreaterThanOrEqual(KILLS - 1);

  const last = ingestChild(file, dir);
  let stdout = '';
  last.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  const code = await new Promise<number | null>((resolve) => last.on('exit', resolve));
  expect(code).toBe(0);
  expect(stdout).toMatch(new RegExp(`^articles: ${ARTICLES - committed} added, 0 replaced, ${committed} unchanged, 0 failed;`));
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(tableCounts(db)).toEqual(expected);
    expect(perArticle(db)).toEqual(expectedArticles);
  } finally {
    db.close();
  }
}, 180_000);
