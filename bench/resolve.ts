// Name resolution benchmark: a synthetic corpus of actors with realistic names and spelling
// variants, indexed through the real store, then one mixed query set (exact, case, diacritics,
// transliteration, typo, unknown) answered side by side by
//   (a) briefbot's resolver (key -> transliteration -> FTS5 trigram -> fuse.js re-rank),
//   (b) fuse.js over the whole actor list (what a naive bot does),
//   (c) SQLite LIKE '%q%' over names.
// Usage: npm run bench [-- --sizes 10000,100000,1000000] [--queries 40] [--json] [--no-baselines]
//                        [--db-cache DIR [--rebuild]] [--db FILE] [--warmup 10]
// --db-cache keeps each size's indexed corpus in DIR (scratch/ is ignored by git) and reuses it
// while the code that writes it is unchanged (bench/corpus.ts): repeated runs skip the build.
// --db FILE uses a database built earlier for the (one) size given, as it is: to compare two
// versions of the resolver on the very same index.
import { statSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import Database from 'better-sqlite3';
import Fuse from 'fuse.js';
import { completeNames, resolveName } from '../src/search/resolve.ts';
import { nameKey } from '../src/search/keys.ts';
import { openCorpus } from './corpus.ts';
import { generateQueries, type SynthQuery } from './synth.ts';

interface Args {
  sizes: number[];
  perKind: number;
  json: boolean;
  /** false with --no-baselines: skip (b) and (c), for a quick look at the resolver alone. */
  baselines: boolean;
  fuseSample: (size: number) => number;
  /** Queries of each kind resolved before timing (--warmup N). */
  warmup: number;
  cacheDir: string | undefined;
  dbFile: string | undefined;
  rebuild: boolean;
}

function parseArgs(argv: string[]): Args {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (get('--sizes') ?? '10000,100000,1000000').split(',').map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error('--sizes takes numbers >= 100, e.g. --sizes 10000,100000');
  if (get('--db') && sizes.length !== 1) throw new Error('--db FILE takes one size: --sizes N');
  const perKind = Number(get('--queries') ?? 40);
  // fuse.js over everything costs about a second per query at 100k names: sample it.
  const fuseSample = (size: number) => (size <= 20_000 ? perKind : size <= 200_000 ? Math.max(4, Math.floor(perKind / 4)) : Math.max(2, Math.floor(perKind / 20)));
  return {
    sizes,
    perKind,
    json: argv.includes('--json'),
    baselines: !argv.includes('--no-baselines'),
    fuseSample,
    warmup: Number(get('--warmup') ?? 10),
    cacheDir: get('--db-cache'),
    dbFile: get('--db'),
    rebuild: argv.includes('--rebuild'),
  };
}

interface MethodStats {
  queries: number;
  p50_ms: number;
  p99_ms: number;
  /** Share of variant queries (all but unknown) answered with the right actor first. */
  top1: number;
  /** Share of unknown names answered confidently with someone. */
  unknown_confident_rate: number;
}

interface SizeResult {
  actors: number;
  names: number;
  build_s: number;
  db_mb: number;
  peak_rss_mb: number;
  resolver: MethodStats;
  /** The resolver's top-1 and unknown rate on the same sample (b) was run on. */
  resolver_on_fuse_sample: { top1: number; unknown_confident_rate: number };
  fuse: MethodStats & { index_build_s: number };
  like: MethodStats;
  autocomplete: { queries: number; p50_ms: number; p99_ms: number };
  ratios: { fuse_over_resolver_p50: number; fuse_over_resolver_p99: number; like_over_resolver_p50: number; like_over_resolver_p99: number };
  by_kind: Record<string, { n: number; top1: number }>;
}

function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const v = fn();
  return [v, Number(process.hrtime.bigint() - t0) / 1e6];
}

function stats(latencies: number[], outcomes: { known: boolean; correct: boolean; answered: boolean }[]): MethodStats {
  const known = outcomes.filter((o) => o.known);
  const unknown = outcomes.filter((o) => !o.known);
  return {
    queries: latencies.length,
    p50_ms: round(quantile(latencies, 0.5)),
    p99_ms: round(quantile(latencies, 0.99)),
    top1: round(known.filter((o) => o.correct).length / Math.max(1, known.length), 4),
    unknown_confident_rate: round(unknown.filter((o) => o.answered).length / Math.max(1, unknown.length), 4),
  };
}

function round(x: number, digits = 3): number {
  return Number.isFinite(x) ? Number(x.toFixed(digits)) : x;
}

function sample<T>(xs: T[], n: number): T[] {
  if (n >= xs.length) return xs;
  // every k-th item keeps every query kind in the sample
  const step = xs.length / n;
  return Array.from({ length: n }, (_, i) => xs[Math.floor(i * step)]!);
}

function runSize(size: number, args: Args, log: (s: string) => void): SizeResult {
  log(`\n== ${size.toLocaleString('en')} actors`);
  const corpus = openCorpus(size, { cacheDir: args.cacheDir, dbFile: args.dbFile, rebuild: args.rebuild, log });
  const { actors, store, dbPath } = corpus;
  try {
    const queries = generateQueries(actors, args.perKind, 11);
    // truth index -> stored actor id. The store merges a name into a fuller one it is part of
    // ("Nilüfer Yılmaz" into "Nilüfer Zeynep Yılmaz", as it would across news articles), so the
    // truth is the stored actor that carries the synthetic name, as its name or an alias.
    const idOf = new Map<number, number>();
    for (const q of queries) {
      if (q.truth === null || idOf.has(q.truth)) continue;
      const key = nameKey(actors[q.truth]!.name);
      const hit = store.namesByKey(key).find((h) => nameKey(h.name) === key);
      if (hit) idOf.set(q.truth, hit.actorId);
    }
    const known = (q: SynthQuery) => q.truth !== null;
    const expected = (q: SynthQuery) => (q.truth === null ? undefined : idOf.get(q.truth));

    // Warm up statements, caches and compiled code once, as a running bot would be: with queries
    // of every kind (each kind takes other steps; the first fuzzy query reads the trigram
    // vocabulary), from another seed than the timed ones, so that none of theirs is cached.
    for (const q of generateQueries(actors, args.warmup, 97)) resolveName(store, q.text);

    // (a) the resolver
    const aLat: number[] = [];
    const aOut: { known: boolean; correct: boolean; answered: boolean; kind: string }[] = [];
    for (const q of queries) {
      const [r, ms] = time(() => resolveName(store, q.text));
      aLat.push(ms);
      aOut.push({ known: known(q), correct: r.kind === 'found' && r.actorId === expected(q), answered: r.kind === 'found', kind: q.kind });
    }
    const byKind: SizeResult['by_kind'] = {};
    for (const o of aOut) {
      const k = (byKind[o.kind] ??= { n: 0, top1: 0 });
      k.n++;
      if (o.known ? o.correct : !o.answered) k.top1++;
    }
    for (const k of Object.values(byKind)) k.top1 = round(k.top1 / k.n, 4);

    // (b) fuse.js over every name, built once
    const names = store.actorNames();
    const [fuse, fuseBuildMs] = time(() => new Fuse(names, { keys: ['name'], includeScore: true, threshold: 0.6 }));
    const fq = args.baselines ? sample(queries, args.fuseSample(size) * 6) : [];
    // the resolver's accuracy on exactly the queries fuse answered, for a like-for-like comparison
    const onSample = stats(
      fq.map(() => 0),
      fq.map((q) => aOut[queries.indexOf(q)]!),
    );
    const bLat: number[] = [];
    const bOut: { known: boolean; correct: boolean; answered: boolean }[] = [];
    for (const q of fq) {
      const [r, ms] = time(() => fuse.search(q.text, { limit: 1 }));
      bLat.push(ms);
      bOut.push({ known: known(q), correct: r[0]?.item.actorId === expected(q), answered: r.length > 0 });
    }

    // (c) LIKE '%q%' over folded names (the index cannot help a leading wildcard)
    const raw = new Database(dbPath, { readonly: true });
    const like = raw.prepare<[string], { actor_id: number }>("SELECT actor_id FROM actor_names WHERE fold LIKE ? ESCAPE '\\' LIMIT 1");
    const lq = args.baselines ? sample(queries, Math.min(queries.length, args.fuseSample(size) * 6 * 4)) : [];
    const cLat: number[] = [];
    const cOut: { known: boolean; correct: boolean; answered: boolean }[] = [];
    for (const q of lq) {
      const pattern = `%${q.text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      const [r, ms] = time(() => like.get(pattern));
      cLat.push(ms);
      cOut.push({ known: known(q), correct: r?.actor_id === expected(q), answered: Boolean(r) });
    }
    raw.close();

    // autocomplete: prefixes and misspelled fragments of real names
    const frags = queries.filter((q) => q.truth !== null).map((q, i) => (i % 2 ? q.text.slice(0, 3 + (i % 4)) : q.text.slice(0, 6)));
    const acLat: number[] = [];
    for (const f of frags) acLat.push(time(() => completeNames(store, f, 25))[1]);

    corpus.close();
    const dbBytes = ['', '-wal', '-shm'].map((s) => dbPath + s).filter(existsSync).reduce((n, p) => n + statSync(p).size, 0);
    const resolver = stats(aLat, aOut);
    const fuseStats = { ...stats(bLat, bOut), index_build_s: round(fuseBuildMs / 1000, 2) };
    const likeStats = stats(cLat, cOut);
    return {
      actors: size,
      names: names.length,
      build_s: corpus.buildS,
      db_mb: round(dbBytes / 1e6, 1),
      peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 0),
      resolver,
      resolver_on_fuse_sample: { top1: onSample.top1, unknown_confident_rate: onSample.unknown_confident_rate },
      fuse: fuseStats,
      like: likeStats,
      autocomplete: { queries: acLat.length, p50_ms: round(quantile(acLat, 0.5)), p99_ms: round(quantile(acLat, 0.99)) },
      ratios: {
        fuse_over_resolver_p50: round(fuseStats.p50_ms / resolver.p50_ms, 1),
        fuse_over_resolver_p99: round(fuseStats.p99_ms / resolver.p99_ms, 1),
        like_over_resolver_p50: round(likeStats.p50_ms / resolver.p50_ms, 1),
        like_over_resolver_p99: round(likeStats.p99_ms / resolver.p99_ms, 1),
      },
      by_kind: byKind,
    };
  } finally {
    corpus.dispose();
  }
}

function table(results: SizeResult[]): string {
  const lines: string[] = [];
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const r of results) {
    lines.push(
      '',
      `${r.actors.toLocaleString('en')} actors (${r.names.toLocaleString('en')} names): store build ${Number.isFinite(r.build_s) ? `${r.build_s} s` : 'not run (--db)'}, database ${r.db_mb} MB, peak RSS ${r.peak_rss_mb} MB, fuse index ${r.fuse.index_build_s} s`,
      '  method                 queries   p50 ms    p99 ms   top-1   unknown answered',
    );
    const row = (name: string, s: MethodStats) =>
      `  ${name.padEnd(22)} ${String(s.queries).padStart(7)} ${s.p50_ms.toFixed(3).padStart(8)} ${s.p99_ms.toFixed(3).padStart(9)} ${pct(s.top1).padStart(7)}   ${pct(s.unknown_confident_rate).padStart(6)}`;
    // with --no-baselines (b) and (c) did not run: no rows of NaN for them
    const baselines = r.fuse.queries > 0;
    lines.push(row('(a) resolver', r.resolver));
    if (baselines) {
      lines.push(row('(b) fuse.js, all names', r.fuse), row("(c) LIKE '%q%'", r.like));
      lines.push(`  (a) on (b)'s ${r.fuse.queries} queries: top-1 ${pct(r.resolver_on_fuse_sample.top1)}, unknown answered ${pct(r.resolver_on_fuse_sample.unknown_confident_rate)}`);
    }
    lines.push(`  autocomplete (25 names) ${String(r.autocomplete.queries).padStart(6)} ${r.autocomplete.p50_ms.toFixed(3).padStart(8)} ${r.autocomplete.p99_ms.toFixed(3).padStart(9)}`);
    if (baselines)
      lines.push(
        `  ratios: (b)/(a) ${r.ratios.fuse_over_resolver_p50}x at p50, ${r.ratios.fuse_over_resolver_p99}x at p99; (c)/(a) ${r.ratios.like_over_resolver_p50}x at p50, ${r.ratios.like_over_resolver_p99}x at p99`,
      );
    lines.push(`  resolver by query kind: ${Object.entries(r.by_kind).map(([k, v]) => `${k} ${pct(v.top1)}`).join(', ')} (unknown: share correctly not answered)`);
  }
  return lines.join('\n');
}

const args = parseArgs(process.argv.slice(2));
const log = args.json ? (s: string) => process.stderr.write(`${s}\n`) : (s: string) => process.stdout.write(`${s}\n`);
log(`briefbot name resolution benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
const results: SizeResult[] = [];
for (const size of args.sizes) results.push(runSize(size, args, log));
if (args.json) process.stdout.write(`${JSON.stringify({ date: new Date().toISOString(), node: process.version, sizes: results }, null, 2)}\n`);
else log(table(results));
