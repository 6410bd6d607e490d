// Ingest speed: how many sentences a second one core turns into stored facts, and the peak memory.
// Speed is counted in CPU seconds of this process (a core's work, whatever else the machine runs),
// with the wall clock beside it; then the same files are ingested again, unchanged, to show that
// costs a hash check per file, not an extraction.
//   npm run bench:ingest                           300 articles made from the bundled and fixture texts
//   npm run bench:ingest -- --articles 2000        more
//   npm run bench:ingest -- --dir scratch/real/articles   cycle through another folder's articles
//   npm run bench:ingest -- --json
//   npm run bench:ingest -- --semi-space 0          node's default young generation (64 MB otherwise)
// Each generated article is a distinct text (its copy number is in its last sentence and any url),
// so nothing is skipped as unchanged or replaced. The phases (read and clean, extract, store) are timed side by
// side in the same run and printed with their share of the total, so a slower phase shows itself.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

// Ingest runs with a young generation of 64 MB semi-spaces, as `briefbot ingest` does (its shebang):
// extraction allocates many short-lived objects, and with node's default 16 MB semi-spaces they are
// scavenged about four times as often (about a tenth of the CPU time). The flag can only be given
// when node starts, so the bench starts itself again with it; --semi-space 0 keeps node's default.
const SEMI_SPACE = process.argv.includes('--semi-space') ? Number(process.argv[process.argv.indexOf('--semi-space') + 1]) : 64;
if (SEMI_SPACE > 0 && !process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) && !process.env.BRIEFBOT_BENCH_CHILD) {
  const runTs = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
  const child = spawnSync(process.execPath, [`--max-semi-space-size=${SEMI_SPACE}`, ...process.execArgv, runTs, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BRIEFBOT_BENCH_CHILD: '1' },
  });
  process.exit(child.status ?? 1);
}
const { extract } = await import('../src/extract/index.ts');
const { loadArticleFile } = await import('../src/ingest/index.ts');
const { ingestPaths } = await import('../src/pipeline.ts');
const { openStore } = await import('../src/store/index.ts');

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

/**
 * Copy k of a source: a closing sentence with the copy number keeps every copy's hash distinct,
 * and a url line gets the number too (copies sharing a url would replace one another).
 * (A "Copy k." first line was not enough: ingest reads it as the title of a plain text, but
 * drops it as page debris under front matter, so those copies were found unchanged or replaced.)
 */
function copyOf(text: string, ext: string, k: number): string {
  const marker = `The editors filed this text as copy number ${k} of the archive.`;
  if (ext === '.html') return text.replace(/<link rel="canonical" href="[^"]*"/gi, `<link rel="canonical" href="https://example.org/copy-${k}"`).replace(/<meta property="og:url" content="[^"]*"/gi, `<meta property="og:url" content="https://example.org/copy-${k}"`).replace(/<\/body>/i, `<p>${marker}</p></body>`);
  return `${text.replace(/^(url|canonical):.*$/gim, `$1: https://example.org/copy-${k}`).trimEnd()}\n\n${marker}\n`;
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
  // wall-clock milliseconds and CPU milliseconds (this process, user + system) per phase: on a
  // shared machine wall time also counts other processes' turns, CPU time counts only ours
  const t = { load: 0, extract: 0, store: 0 };
  const cpu = { load: 0, extract: 0, store: 0 };
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let sentences = 0;
  const started = performance.now();
  const startedCpu = cpuMs();
  for (const file of files) {
    const a = performance.now();
    const ca = cpuMs();
    const article = await loadArticleFile(file);
    const b = performance.now();
    const cb = cpuMs();
    const facts = extract(article);
    const c = performance.now();
    const cc = cpuMs();
    const saved = store.saveArticle(article, facts);
    if (saved.status !== 'added') throw new Error(`${file}: ${saved.status}, not added: the copies are not distinct`);
    const d = performance.now();
    const cd = cpuMs();
    t.load += b - a;
    t.extract += c - b;
    t.store += d - c;
    cpu.load += cb - ca;
    cpu.extract += cc - cb;
    cpu.store += cd - cc;
    sentences += article.sentences.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (cpuMs() - startedCpu) / 1000;
  // the same files again through the ingest command's own path: nothing changed, nothing extracted
  const again = performance.now();
  const againCpu = cpuMs();
  const rerun = await ingestPaths(store, [work]);
  const rerunSeconds = (performance.now() - again) / 1000;
  const rerunCpuSeconds = (cpuMs() - againCpu) / 1000;
  store.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const result = {
    articles: count,
    sentences,
    seconds: Number(seconds.toFixed(2)),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    sentencesPerSecond: Math.round(sentences / seconds),
    sentencesPerCpuSecond: Math.round(sentences / cpuSeconds),
    extractSentencesPerCpuSecond: Math.round(sentences / (cpu.extract / 1000)),
    peakRssMb: Math.round(peakRssMb),
    phases: Object.fromEntries(
      Object.entries(t).map(([k, ms]) => [
        k,
        { seconds: Number((ms / 1000).toFixed(2)), cpuSeconds: Number((cpu[k as keyof typeof cpu] / 1000).toFixed(2)), share: Number((cpu[k as keyof typeof cpu] / (cpuSeconds * 1000)).toFixed(3)) },
      ]),
    ),
    unchangedRerun: { seconds: Number(rerunSeconds.toFixed(2)), cpuSeconds: Number(rerunCpuSeconds.toFixed(2)), unchanged: rerun.unchanged, added: rerun.added + rerun.replaced, failed: rerun.failed },
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
    node: process.version,
    semiSpaceMb: Number(process.execArgv.find((a) => a.startsWith('--max-semi-space-size'))?.split('=')[1] ?? 0) || 'default',
  };
  if (json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`ingest: ${count} articles, ${sentences} sentences in ${result.cpuSeconds} s of CPU on one core (${result.seconds} s wall, load average ${result.loadAverage})`);
    console.log(`  ${result.sentencesPerCpuSecond} sentences/s per core end to end (${result.sentencesPerSecond} by the wall clock), ${result.extractSentencesPerCpuSecond} in extraction alone`);
    console.log(`  phase      CPU s   share   wall s`);
    for (const [k, v] of Object.entries(result.phases))
      console.log(`  ${k.padEnd(8)} ${String(v.cpuSeconds).padStart(7)}  ${(v.share * 100).toFixed(1).padStart(5)}%  ${String(v.seconds).padStart(7)}`);
    console.log(`  peak RSS ${result.peakRssMb} MB, semi-spaces ${result.semiSpaceMb === 'default' ? "node's default" : `${result.semiSpaceMb} MB`}`);
    const r = result.unchangedRerun;
    console.log(`  again, unchanged: ${r.unchanged} unchanged, ${r.added} stored again, ${r.failed} failed in ${r.cpuSeconds} s of CPU (${r.seconds} s wall)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
