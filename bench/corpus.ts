// The benchmark's indexed corpus, built once and kept: building 100k actors through the store takes
// about 30 s and 1M about 8 minutes, while the resolver under test only reads. With a cache
// directory (--db-cache DIR) the database is kept there under a name that carries the size, the
// seed and a fingerprint of the code that writes the index (generator, loader, store write path,
// name keys), so a change to any of those builds a fresh one. --rebuild forces a fresh one.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../src/store/index.ts';
import { build } from './build.ts';
import { generateActors, type SynthActor } from './synth.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** What decides the database's contents. The store's read queries may change freely. */
const WRITERS = [
  'bench/synth.ts',
  'bench/build.ts',
  'src/store/sqlite.ts',
  'src/store/schema.ts',
  'src/store/resolve.ts',
  'src/store/name-index.ts',
  'src/search/keys.ts',
  'src/search/phonetic.ts',
];

/**
 * sqlite.ts holds both the write path and the name-search queries; only the write path decides
 * the database, so the name-search statements and methods (between the markers) are left out of
 * the fingerprint.
 */
function writerText(path: string): string {
  const text = readFileSync(join(ROOT, path), 'utf8');
  if (!path.endsWith('sqlite.ts')) return text;
  return text.replace(/\/\/ name search: candidates[\s\S]*?\/\/ end of name search/g, '');
}

function fingerprint(): string {
  const h = createHash('sha256');
  for (const f of WRITERS) h.update(f).update('\0').update(writerText(f)).update('\0');
  return h.digest('hex').slice(0, 12);
}

export interface Corpus {
  actors: SynthActor[];
  store: Store;
  dbPath: string;
  /** Seconds the store build took (when cached: the build that made the file). */
  buildS: number;
  cached: boolean;
  /** Closes the store (once). */
  close(): void;
  /** Closes the store and removes the database unless it is cached. */
  dispose(): void;
}

export interface CorpusOptions {
  /** Keep the database in this directory and reuse it while the writers are unchanged. */
  cacheDir?: string;
  rebuild?: boolean;
  /** Use this database as it is (one built for the same size and seed), whatever code built it. */
  dbFile?: string;
  seed?: number;
  log?: (s: string) => void;
}

export function openCorpus(size: number, opts: CorpusOptions = {}): Corpus {
  const seed = opts.seed ?? 7;
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const actors = generateActors(size, seed);
  log(`  generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (opts.dbFile) {
    const store = openStore(resolve(opts.dbFile));
    log(`  using ${opts.dbFile} as it is`);
    const close = once(() => store.close());
    return { actors, store, dbPath: resolve(opts.dbFile), buildS: NaN, cached: true, close, dispose: close };
  }
  const dir = opts.cacheDir ? resolve(opts.cacheDir) : mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, opts.cacheDir ? `bench-${size}-s${seed}-${fingerprint()}.db` : 'bench.db');
  const meta = `${dbPath}.json`;
  const remove = () => {
    for (const s of ['', '-wal', '-shm', '.json']) rmSync(dbPath + s, { force: true });
  };
  if (opts.cacheDir && existsSync(dbPath) && existsSync(meta) && !opts.rebuild) {
    const { buildS } = JSON.parse(readFileSync(meta, 'utf8')) as { buildS: number };
    log(`  reusing ${dbPath} (built in ${buildS} s)`);
    const store = openStore(dbPath);
    const close = once(() => store.close());
    return { actors, store, dbPath, buildS, cached: true, close, dispose: close };
  }
  remove();
  if (opts.cacheDir) {
    // databases of this size and seed built by older code are of no further use
    const stale = new RegExp(`^bench-${size}-s${seed}-[0-9a-f]{12}\\.db`);
    for (const f of readdirSync(dir)) if (stale.test(f)) rmSync(join(dir, f), { force: true });
  }
  const store = openStore(dbPath);
  const b0 = performance.now();
  build(store, actors);
  const buildS = Number(((performance.now() - b0) / 1000).toFixed(1));
  log(`  indexed through the store in ${buildS} s`);
  if (opts.cacheDir) writeFileSync(meta, JSON.stringify({ size, seed, buildS }));
  const close = once(() => store.close());
  return {
    actors,
    store,
    dbPath,
    buildS,
    cached: false,
    close,
    dispose: () => {
      close();
      if (!opts.cacheDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) fn();
    done = true;
  };
}
