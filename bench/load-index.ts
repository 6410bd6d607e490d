// The 2,000-article index the load benchmark asks its questions of: copies of the bundled and
// fixture articles, made as bench/ingest.ts makes them (each copy's number in its first line, so
// none is skipped as unchanged), ingested once and kept in scratch/ (gitignored) for later runs.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRACTOR_VERSION } from '../src/extract/index.ts';
import { loadArticleFile } from '../src/ingest/index.ts';
import { ingestPaths, refreshFacts } from '../src/pipeline.ts';
import { openStore } from '../src/store/index.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SOURCE_DIRS = ['data/articles', 'tests/fixtures/dev', 'tests/fixtures/wire'].map((d) => join(ROOT, d));
const EXTS = new Set(['.txt', '.md', '.html']);

/**
 * Copy k of a source, a distinct article: a sentence naming its number ends its first paragraph of
 * prose (so its hash differs; a line of its own, such as "Copy 7.", may be dropped as page debris)
 * and its URL, when it has one, gets ?copy=k (an article with the URL of a stored one replaces it).
 */
function copyOf(text: string, ext: string, k: number, url: string | null): string {
  const marker = `Report number ${k} in this series.`;
  const own = url ? text.split(url).join(`${url}?copy=${k}`) : text;
  if (ext === '.html') return own.replace(/<\/article>/i, `<p>${marker}</p></article>`);
  return own.replace(/^(?![-*!#[>]|title:|url:)(.{100,})$/m, (line) => `${line} ${marker}`);
}

/**
 * The path of an index of `count` articles, built when missing (minutes: ingest speed) and
 * brought up to the current extraction rules when an older briefbot built it.
 */
export async function loadIndex(count: number, opts: { rebuild?: boolean; log?: (line: string) => void } = {}): Promise<string> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dir = join(ROOT, 'scratch', `load-index-${count}`);
  const db = join(dir, 'index.db');
  if (opts.rebuild) rmSync(dir, { recursive: true, force: true });
  if (!existsSync(db)) {
    const articles = join(dir, 'articles');
    mkdirSync(articles, { recursive: true });
    const sources = SOURCE_DIRS.flatMap((d) =>
      readdirSync(d)
        .filter((f) => EXTS.has(extname(f)))
        .sort()
        .map((f) => ({ name: f, ext: extname(f), text: readFileSync(join(d, f), 'utf8'), path: join(d, f) })),
    );
    const urls = await Promise.all(sources.map(async (s) => (await loadArticleFile(s.path)).url));
    for (let k = 0; k < count; k++) {
      const i = k % sources.length;
      const src = sources[i]!;
      writeFileSync(join(articles, `${String(k).padStart(5, '0')}-${src.name}`), copyOf(src.text, src.ext, k, urls[i] ?? null));
    }
    log(`building a ${count}-article index in ${dir} (once; later runs reuse it)…`);
    const started = performance.now();
    const building = `${db}.building`;
    rmSync(building, { force: true });
    const store = openStore(building);
    try {
      store.setMeta('extractor', EXTRACTOR_VERSION);
      const summary = await ingestPaths(store, [articles]);
      if (summary.failed) log(`  ${summary.failed} articles failed: ${summary.errors.slice(0, 3).join('; ')}`);
    } finally {
      store.close();
    }
    for (const ext of ['-wal', '-shm']) rmSync(`${building}${ext}`, { force: true });
    renameSync(building, db);
    log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const store = openStore(db);
  try {
    const n = refreshFacts(store);
    if (n) log(`  extracted ${n} cached articles again with the current rules`);
    const counts = store.counts();
    if (counts.articles < count) throw new Error(`the cached index has ${counts.articles} articles, not ${count}: run with --rebuild`);
    log(`index: ${counts.articles} articles, ${counts.actors} actors, ${counts.events} events, ${counts.quotes} quotes (${db})`);
  } finally {
    store.close();
  }
  return db;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--articles');
  await loadIndex(at >= 0 ? Number(process.argv[at + 1]) : 2000, { rebuild: process.argv.includes('--rebuild') });
}
