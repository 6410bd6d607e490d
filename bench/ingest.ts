// Ingest speed: how many sentences a second one core turns into stored facts, and the peak memory.
//   npm run bench:ingest                           300 articles made from the bundled and fixture texts
//   npm run bench:ingest -- --articles 2000        more
//   npm run bench:ingest -- --dir scratch/real/articles   cycle through another folder's articles
//   npm run bench:ingest -- --json
// Each generated article is a distinct text (its copy number is in its title and first line), so
// nothing is skipped as unchanged. The phases (read and clean, extract, store) are timed side by
// side in the same run and printed with their share of the total, so a slower phase shows itself.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.ts';
import { loadArticleFile } from '../src/ingest/index.ts';
import { openStore } from '../src/store/index.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEFAULT_DIRS = ['data/articles', 'tests/fixtures/dev', 'tests/fixtures/wire'].map((d) => join(ROOT, d));
const EXTS = new Set(['.txt', '.md', '.html']);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const count = Number(option('--articles') ?? 300);
const dirs = option('--dir') ? [resolve(option('--dir')!)] : DEFAULT_DIRS;
const json = process.argv.includes('--json');
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: bench/ingest.ts [--articles N] [--dir FOLDER] [--json]');
  process.exit(2);
}

const sources = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => EXTS.has(extname(f)))
    .sort()
    .map((f) => ({ name: f, ext: extname(f), text: readFileSync(join(d, f), 'utf8') })),
);
if (!sources.length) {
  console.error(`no .txt, .md or .html articles in ${dirs.join(', ')}`);
  process.exit(2);
}

/** Copy k of a source: a marker in the first line of the body keeps every copy's hash distinct. */
function copyOf(text: string, ext: string, k: number): string {
  const marker = `Copy ${k}.`;
  if (ext === '.html') return text.replace(/<body[^>]*>/i, (b) => `${b}<p>${marker}</p>`);
  const fm = /^---\n[\s\S]*?\n---\n/.exec(text);
  return fm ? `${fm[0]}${marker}\n\n${text.slice(fm[0].length)}` : `${marker}\n\n${text}`;
}

const work = mkdtempSync(join(tmpdir(), 'briefbot-bench-ingest-'));
try {
  const files: string[] = [];
  for (let k = 0; k < count; k++) {
    const src = sources[k % sources.length]!;
    const file = join(work, `${String(k).padStart(5, '0')}-${src.name}`);
    writeFileSync(file, copyOf(src.text, src.ext, k));
    files.push(file);
  }
  const store = openStore(join(work, 'bench.db'));
  const t = { load: 0, extract: 0, store: 0 };
  let sentences = 0;
  const started = performance.now();
  for (const file of files) {
    const a = performance.now();
    const article = await loadArticleFile(file);
    const b = performance.now();
    const facts = extract(article);
    const c = performance.now();
    store.saveArticle(article, facts);
    const d = performance.now();
    t.load += b - a;
    t.extract += c - b;
    t.store += d - c;
    sentences += article.sentences.length;
  }
  const seconds = (performance.now() - started) / 1000;
  store.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const result = {
    articles: count,
    sentences,
    seconds: Number(seconds.toFixed(2)),
    sentencesPerSecond: Math.round(sentences / seconds),
    extractSentencesPerSecond: Math.round(sentences / (t.extract / 1000)),
    peakRssMb: Math.round(peakRssMb),
    phases: Object.fromEntries(Object.entries(t).map(([k, ms]) => [k, { seconds: Number((ms / 1000).toFixed(2)), share: Number((ms / (seconds * 1000)).toFixed(3)) }])),
    node: process.version,
  };
  if (json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`ingest: ${count} articles, ${sentences} sentences in ${result.seconds} s on one core`);
    console.log(`  ${result.sentencesPerSecond} sentences/s end to end, ${result.extractSentencesPerSecond} sentences/s in extraction alone`);
    for (const [k, v] of Object.entries(result.phases)) console.log(`  ${k.padEnd(8)} ${String(v.seconds).padStart(7)} s  ${(v.share * 100).toFixed(1).padStart(5)}%`);
    console.log(`  peak RSS ${result.peakRssMb} MB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
