// Name resolution benchmark: a synthetic corpus of actors with realistic names and spelling
// variants, indexed through the real store, then one mixed query set (exact, case, diacritics,
// transliteration, typo, unknown) answered side by side by
//   (a) briefbot's resolver (key -> transliteration -> FTS5 trigram -> fuse.js re-rank),
//   (b) fuse.js over the whole actor list (what a naive bot does),
//   (c) SQLite LIKE '%q%' over names.
// Usage: npm run bench [-- --sizes 10000,100000,1000000] [--queries 40] [--seeds 5] [--passes 5]
//                        [--fuse-queries N] [--misses] [--slowest N] [--json] [--no-baselines]
//                        [--db-cache DIR [--rebuild]] [--db FILE] [--warmup 10] [--against DIR [--against-db FILE]]
// Accuracy is judged across several query samples (--seeds): a resolver that wins on one sample
// and loses on another is not better than fuse.js. fuse.js answers a sample of each seed's queries
// of every kind (--fuse-queries per kind; all of them at 10k), and the resolver is scored on the
// very same queries beside it. Latencies are the median of --passes timed passes, with the spread.
// --db-cache keeps each size's indexed corpus in DIR (scratch/ is ignored by git) and reuses it
// while the code that writes it is unchanged (bench/corpus.ts): repeated runs skip the build.
// --db FILE uses a database built earlier for the (one) size given, as it is: to compare two
// versions of the resolver on the very same index.
// --against DIR times another checkout's resolver (a git worktree of an earlier commit) beside this
// one in the same process, each on its own connection to the same database, query by query in
// alternating order: on a shared machine, load that comes and goes falls on both alike, where two
// runs one after the other can differ by more than the change measured. It also counts the queries
// the two answer differently. --against-db FILE gives the other checkout its own copy of the
// database, for when the two write the name index differently (a schema this checkout migrates to
// and the other does not know): a copy of the --db file made before this checkout opened it.
import { statSync, existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpus, loadavg, totalmem } from 'node:os';
import Database from 'better-sqlite3';
import Fuse from 'fuse.js';
import { completeNames, resolveName, type NameResolution } from '../src/search/resolve.ts';
import { nameKey } from '../src/search/keys.ts';
import { openCorpus } from './corpus.ts';
import { generateQueries, QUERY_KINDS, type SynthQuery } from './synth.ts';

interface Args {
  sizes: number[];
  perKind: number;
  json: boolean;
  /** false with --no-baselines: skip (b) and (c), for a quick look at the resolver alone. */
  baselines: boolean;
  /** Queries of each kind per seed that fuse.js answers (it costs about a second a query at 100k). */
  fusePerKind: (size: number) => number;
  /** Query samples (--seeds N): seeds FIRST_SEED.. , none of them the corpus's nor the warm-up's. */
  seeds: number[];
  /** Timed passes over all queries (--passes P): latencies are the median of the passes' p50 and p99. */
  passes: number;
  /** Queries of each kind resolved before timing (--warmup N). */
  warmup: number;
  /** --slowest N: list the N queries the resolver takes longest over (the p99 tail). */
  slowest: number;
  /** --misses: list every query the resolver answers wrongly, with what fuse.js answered. */
  misses: boolean;
  cacheDir: string | undefined;
  dbFile: string | undefined;
  rebuild: boolean;
  /** --against DIR: another checkout whose resolver is timed beside this one. */
  against: string | undefined;
  /** --against-db FILE: the database the other checkout reads (a copy in its own schema); the same as this one's without it. */
  againstDb: string | undefined;
}

/** The corpus is built with seed 7 and warmed up with seed 97: query samples use others. */
const FIRST_SEED = 11;
const WARMUP_SEED = 97;

function parseArgs(argv: string[]): Args {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (flag: string, dflt: number, min: number) => {
    const v = Number(get(flag) ?? dflt);
    if (!Number.isInteger(v) || v < min) throw new Error(`${flag} takes a whole number >= ${min}`);
    return v;
  };
  const sizes = (get('--sizes') ?? '10000,100000,1000000').split(',').map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error('--sizes takes numbers >= 100, e.g. --sizes 10000,100000');
  if (get('--db') && sizes.length !== 1) throw new Error('--db FILE takes one size: --sizes N');
  if (get('--against-db') && !get('--against')) throw new Error('--against-db FILE goes with --against DIR');
  const perKind = int('--queries', 40, 1);
  const seedCount = int('--seeds', 5, 1);
  const fuseFlag = get('--fuse-queries');
  const fuseFixed = fuseFlag === undefined ? undefined : int('--fuse-queries', 0, 1);
  // fuse.js over everything costs about a second per query at 100k names and seven at 1M: sample it.
  const fusePerKind = (size: number) =>
    Math.min(perKind, fuseFixed ?? (size <= 20_000 ? perKind : size <= 200_000 ? Math.max(4, Math.floor(perKind / 4)) : Math.max(2, Math.floor(perKind / 20))));
  const seeds = Array.from({ length: seedCount }, (_, i) => FIRST_SEED + i).map((s) => (s >= WARMUP_SEED ? s + 1 : s));
  return {
    sizes,
    perKind,
    json: argv.includes('--json'),
    baselines: !argv.includes('--no-baselines'),
    fusePerKind,
    seeds,
    passes: int('--passes', 5, 1),
    warmup: int('--warmup', 10, 0),
    misses: argv.includes('--misses'),
    slowest: int('--slowest', 0, 0),
    cacheDir: get('--db-cache'),
    dbFile: get('--db'),
    rebuild: argv.includes('--rebuild'),
    against: get('--against'),
    againstDb: get('--against-db'),
  };
}

/** A figure over several runs: the median, and the lowest and highest (the spread). */
interface Spread {
  median: number;
  min: number;
  max: number;
}

interface Latency {
  queries: number;
  passes: number;
  p50_ms: Spread;
  p99_ms: Spread;
  /**
   * The same quantiles of each query's CPU time (process.cpuUsage: every thread of the process,
   * V8's background compiler and collector included; Node 20 has no per-thread figure), where the
   * passes timed it: wall time well above CPU time is time the machine gave to other work. The
   * targets are wall-clock; these tell pre-emption apart from work.
   */
  cpu_p50_ms?: Spread;
  cpu_p99_ms?: Spread;
  /**
   * Each query's fastest pass, and the p50 and p99 of those: a query the machine pre-empted in one
   * pass is timed by another, so that this tail is the resolver's work (wall-clock), steadier
   * under load than a pass's p99.
   */
  best_p50_ms?: number;
  best_p99_ms?: number;
}

interface KindResult {
  /** Queries of this kind per seed. */
  n: number;
  /** Resolver top-1 over each seed's queries (for unknown: the share correctly not answered). */
  resolver: Spread & { per_seed: number[] };
  /** fuse.js on its sample of this kind's queries (all seeds together), and the resolver on the very same queries. */
  fuse: { n: number; top1: number; resolver_top1: number } | null;
}

interface SizeResult {
  actors: number;
  names: number;
  build_s: number;
  db_mb: number;
  peak_rss_mb: number;
  seeds: number[];
  resolver: Latency & { top1: number; unknown_confident_rate: number };
  fuse: (Latency & { top1: number; unknown_confident_rate: number; index_build_s: number }) | null;
  like: (Latency & { top1: number; unknown_confident_rate: number }) | null;
  autocomplete: Latency;
  by_kind: Record<string, KindResult>;
  ratios: { fuse_over_resolver_p50: number; fuse_over_resolver_p99: number; like_over_resolver_p50: number; like_over_resolver_p99: number } | null;
  misses: { seed: number; kind: string; query: string; expected: string | null; resolver: string; fuse: string | null }[];
  /** --against: the other checkout's resolver on the same queries, timed alternately with this one. */
  against: { dir: string; resolver: Latency; autocomplete: Latency; answers_differing: number; completions_differing: number } | null;
}

function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
}

function spread(xs: number[], digits = 3): Spread {
  return { median: round(quantile(xs, 0.5), digits), min: round(Math.min(...xs), digits), max: round(Math.max(...xs), digits) };
}

function time<T>(fn: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const v = fn();
  return [v, Number(process.hrtime.bigint() - t0) / 1e6];
}

/** One timed query: wall-clock and CPU milliseconds. */
interface Sample {
  ms: number;
  cpu: number;
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** CPU time the two process.cpuUsage() calls around a query count themselves (the median over empty samples), taken off each sample. */
const CPU_READING_MS = quantile(
  Array.from({ length: 200 }, () => {
    const c0 = cpuMs();
    return cpuMs() - c0;
  }),
  0.5,
);

/** A query's wall-clock time (the figure the targets are about) and, read outside it, its CPU time. */
function sampled(fn: () => unknown): Sample {
  const c0 = cpuMs();
  const t0 = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, cpu: Math.max(0, cpuMs() - c0 - CPU_READING_MS) };
}

/**
 * Times `mine` and `theirs` on every item, `passes` times, alternating which goes first item by
 * item and pass by pass, so that whatever else the machine does falls on both alike.
 */
function alternatePasses<T>(items: T[], passes: number, mine: (x: T) => Sample, theirs: (x: T) => Sample): [Sample[][], Sample[][]] {
  const a: Sample[][] = [];
  const b: Sample[][] = [];
  for (let p = 0; p < passes; p++) {
    const [pa, pb] = [[] as Sample[], [] as Sample[]];
    items.forEach((x, i) => {
      if ((i + p) % 2) {
        pb.push(theirs(x));
        pa.push(mine(x));
      } else {
        pa.push(mine(x));
        pb.push(theirs(x));
      }
    });
    a.push(pa);
    b.push(pb);
  }
  return [a, b];
}

/** p50 and p99 of each pass, as the median of the passes with their spread; of CPU time too where the passes have it. */
function latency(passes: number[][] | Sample[][]): Latency {
  const timed = passes as Sample[][];
  const cpu = typeof passes[0]?.[0] === 'object' ? timed.map((l) => l.map((x) => x.cpu)) : null;
  const wall = cpu ? timed.map((l) => l.map((x) => x.ms)) : (passes as number[][]);
  return {
    queries: wall[0]?.length ?? 0,
    passes: wall.length,
    p50_ms: spread(wall.map((l) => quantile(l, 0.5))),
    p99_ms: spread(wall.map((l) => quantile(l, 0.99))),
    ...(cpu ? { cpu_p50_ms: spread(cpu.map((l) => quantile(l, 0.5))), cpu_p99_ms: spread(cpu.map((l) => quantile(l, 0.99))) } : {}),
    ...(cpu && wall.length > 1 ? fastestPasses(wall) : {}),
  };
}

function fastestPasses(wall: number[][]): { best_p50_ms: number; best_p99_ms: number } {
  const best = wall[0]!.map((_, i) => Math.min(...wall.map((pass) => pass[i]!)));
  return { best_p50_ms: round(quantile(best, 0.5)), best_p99_ms: round(quantile(best, 0.99)) };
}

interface Outcome {
  known: boolean;
  correct: boolean;
  answered: boolean;
}

function accuracy(outcomes: Outcome[]): { top1: number; unknown_confident_rate: number } {
  const known = outcomes.filter((o) => o.known);
  const unknown = outcomes.filter((o) => !o.known);
  return {
    top1: round(known.filter((o) => o.correct).length / Math.max(1, known.length), 4),
    unknown_confident_rate: round(unknown.filter((o) => o.answered).length / Math.max(1, unknown.length), 4),
  };
}

/** Right for a known name: the right actor first; for an unknown one: nobody answered. */
const right = (o: Outcome) => (o.known ? o.correct : !o.answered);

function round(x: number, digits = 3): number {
  return Number.isFinite(x) ? Number(x.toFixed(digits)) : x;
}

function sample<T>(xs: T[], n: number): T[] {
  if (n >= xs.length) return xs;
  const step = xs.length / n;
  return Array.from({ length: n }, (_, i) => xs[Math.floor(i * step)]!);
}

interface Sampled {
  seed: number;
  query: SynthQuery;
  expected: number | undefined;
  resolver: Outcome;
  /** The resolver's answer, described only for --misses (naming actors costs a lookup each). */
  resolution: NameResolution;
}

function runSize(size: number, args: Args, log: (s: string) => void): SizeResult {
  log(`\n== ${size.toLocaleString('en')} actors`);
  const corpus = openCorpus(size, { cacheDir: args.cacheDir, dbFile: args.dbFile, rebuild: args.rebuild, log });
  const { actors, store, dbPath } = corpus;
  try {
    // truth index -> stored actor id. The store merges a name into a fuller one it is part of
    // ("Nilüfer Yılmaz" into "Nilüfer Zeynep Yılmaz", as it would across news articles), so the
    // truth is the stored actor that carries the synthetic name, as its name or an alias.
    const idOf = new Map<number, number>();
    const expected = (q: SynthQuery): number | undefined => {
      if (q.truth === null) return undefined;
      if (!idOf.has(q.truth)) {
        const key = nameKey(actors[q.truth]!.name);
        const hit = store.namesByKey(key).find((h) => nameKey(h.name) === key);
        if (hit) idOf.set(q.truth, hit.actorId);
      }
      return idOf.get(q.truth);
    };
    const nameOfId = (id: number | undefined) => (id === undefined ? '?' : (store.actorBriefs([id])[0]?.name ?? `#${id}`));
    const describe = (r: NameResolution): string =>
      r.kind === 'found' ? nameOfId(r.actorId) : r.kind === 'ambiguous' ? `ambiguous: ${r.actorIds.slice(0, 3).map(nameOfId).join(' | ')}` : 'not found';

    // Warm up statements, caches and compiled code once, as a running bot would be: with queries
    // of every kind (each kind takes other steps; the first fuzzy query reads the trigram
    // vocabulary), from another seed than the timed ones, so that none of theirs is cached.
    for (const q of generateQueries(actors, args.warmup, WARMUP_SEED)) resolveName(store, q.text);
    const otherStore = against ? against.openStore(args.againstDb ?? dbPath) : null;
    if (otherStore) for (const q of generateQueries(actors, args.warmup, WARMUP_SEED)) against!.resolveName(otherStore, q.text);

    // (a) the resolver: every seed's queries, for accuracy, then timed passes over them all
    const all: Sampled[] = [];
    for (const seed of args.seeds) {
      for (const query of generateQueries(actors, args.perKind, seed)) {
        const r = resolveName(store, query.text);
        const exp = expected(query);
        all.push({
          seed,
          query,
          expected: exp,
          resolver: { known: query.truth !== null, correct: r.kind === 'found' && r.actorId === exp, answered: r.kind === 'found' },
          resolution: r,
        });
      }
    }
    // query by query, each resolver first every other time
    const [aPasses, oPasses] = otherStore
      ? alternatePasses(all, args.passes, (s) => sampled(() => resolveName(store, s.query.text)), (s) => sampled(() => against!.resolveName(otherStore, s.query.text)))
      : [Array.from({ length: args.passes }, () => all.map((s) => sampled(() => resolveName(store, s.query.text)))), []];
    if (args.slowest) {
      // the tail, query by query: the median of each query's passes, slowest first
      const each = all
        .map((s, i) => ({ s, ms: quantile(aPasses.map((pass) => pass[i]!.ms), 0.5), cpu: quantile(aPasses.map((pass) => pass[i]!.cpu), 0.5) }))
        .sort((a, b) => b.ms - a.ms);
      log(`  slowest ${args.slowest} of ${all.length} resolver queries (median of ${args.passes} passes; wall, and CPU time):`);
      for (const { s, ms, cpu } of each.slice(0, args.slowest)) {
        const r = s.resolution;
        const how = r.kind === 'none' ? 'none' : `${r.kind} at ${r.step}`;
        log(`    ${ms.toFixed(2).padStart(7)} ms  cpu ${cpu.toFixed(2).padStart(5)}  ${s.query.kind.padEnd(15)} ${JSON.stringify(s.query.text)} -> ${how}`);
      }
    }

    // autocomplete: prefixes and misspelled fragments of real names
    const frags = all.filter((s) => s.query.truth !== null).map((s, i) => (i % 2 ? s.query.text.slice(0, 3 + (i % 4)) : s.query.text.slice(0, 6)));
    const [acPasses, oacPasses] = otherStore
      ? alternatePasses(frags, args.passes, (f) => sampled(() => completeNames(store, f, 25)), (f) => sampled(() => against!.completeNames(otherStore, f, 25)))
      : [Array.from({ length: args.passes }, () => frags.map((f) => sampled(() => completeNames(store, f, 25)))), []];
    const againstResult = otherStore
      ? {
          dir: args.against!,
          resolver: latency(oPasses),
          autocomplete: latency(oacPasses),
          answers_differing: all.filter((s) => JSON.stringify(s.resolution) !== JSON.stringify(against!.resolveName(otherStore, s.query.text))).length,
          completions_differing: frags.filter((f) => JSON.stringify(completeNames(store, f, 25)) !== JSON.stringify(against!.completeNames(otherStore, f, 25))).length,
        }
      : null;
    otherStore?.close();

    // (b) fuse.js over every name, built once, on a sample of each seed's queries of every kind
    const names = store.actorNames();
    const [fuse, fuseBuildMs] = time(() => new Fuse(names, { keys: ['name'], includeScore: true, threshold: 0.6 }));
    const fuseIdx = args.baselines
      ? args.seeds.flatMap((seed) =>
          QUERY_KINDS.flatMap((kind) => sample(all.flatMap((s, i) => (s.seed === seed && s.query.kind === kind ? [i] : [])), args.fusePerKind(size))),
        )
      : [];
    const bLat: number[] = [];
    const fuseOut = new Map<number, Outcome & { answer: string }>();
    for (const i of fuseIdx) {
      const s = all[i]!;
      const [r, ms] = time(() => fuse.search(s.query.text, { limit: 1 }));
      bLat.push(ms);
      fuseOut.set(i, { known: s.resolver.known, correct: r[0]?.item.actorId === s.expected, answered: r.length > 0, answer: r[0] ? nameOfId(r[0].item.actorId) : 'nothing' });
    }

    // (c) LIKE '%q%' over folded names (the index cannot help a leading wildcard), first seed only
    const raw = new Database(dbPath, { readonly: true });
    const like = raw.prepare<[string], { actor_id: number }>("SELECT actor_id FROM actor_names WHERE fold LIKE ? ESCAPE '\\' LIMIT 1");
    const lq = args.baselines ? sample(all.filter((s) => s.seed === args.seeds[0]), Math.min(args.perKind, args.fusePerKind(size) * 4) * QUERY_KINDS.length) : [];
    const cLat: number[] = [];
    const cOut: Outcome[] = [];
    for (const s of lq) {
      const pattern = `%${s.query.text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      const [r, ms] = time(() => like.get(pattern));
      cLat.push(ms);
      cOut.push({ known: s.resolver.known, correct: r?.actor_id === s.expected, answered: Boolean(r) });
    }
    raw.close();

    const byKind: Record<string, KindResult> = {};
    for (const kind of QUERY_KINDS) {
      const perSeed = args.seeds.map((seed) => {
        const xs = all.filter((s) => s.seed === seed && s.query.kind === kind);
        return round(xs.filter((s) => right(s.resolver)).length / Math.max(1, xs.length), 4);
      });
      const fi = fuseIdx.filter((i) => all[i]!.query.kind === kind);
      byKind[kind] = {
        n: args.perKind,
        resolver: { ...spread(perSeed, 4), per_seed: perSeed },
        fuse: fi.length
          ? {
              n: fi.length,
              top1: round(fi.filter((i) => right(fuseOut.get(i)!)).length / fi.length, 4),
              resolver_top1: round(fi.filter((i) => right(all[i]!.resolver)).length / fi.length, 4),
            }
          : null,
      };
    }

    const misses = args.misses
      ? all.flatMap((s, i) =>
          right(s.resolver)
            ? []
            : [{ seed: s.seed, kind: s.query.kind, query: s.query.text, expected: s.query.truth === null ? null : actors[s.query.truth]!.name, resolver: describe(s.resolution), fuse: fuseOut.get(i)?.answer ?? null }],
        )
      : [];

    corpus.close();
    const dbBytes = ['', '-wal', '-shm'].map((s) => dbPath + s).filter(existsSync).reduce((n, p) => n + statSync(p).size, 0);
    const resolver = { ...latency(aPasses), ...accuracy(all.map((s) => s.resolver)) };
    const fuseStats = bLat.length ? { ...latency([bLat]), ...accuracy([...fuseOut.values()]), index_build_s: round(fuseBuildMs / 1000, 2) } : null;
    const likeStats = cLat.length ? { ...latency([cLat]), ...accuracy(cOut) } : null;
    return {
      actors: size,
      names: names.length,
      build_s: corpus.buildS,
      db_mb: round(dbBytes / 1e6, 1),
      peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 0),
      seeds: args.seeds,
      resolver,
      fuse: fuseStats,
      like: likeStats,
      autocomplete: latency(acPasses),
      by_kind: byKind,
      ratios:
        fuseStats && likeStats
          ? {
              fuse_over_resolver_p50: round(fuseStats.p50_ms.median / resolver.p50_ms.median, 1),
              fuse_over_resolver_p99: round(fuseStats.p99_ms.median / resolver.p99_ms.median, 1),
              like_over_resolver_p50: round(likeStats.p50_ms.median / resolver.p50_ms.median, 1),
              like_over_resolver_p99: round(likeStats.p99_ms.median / resolver.p99_ms.median, 1),
            }
          : null,
      misses,
      against: againstResult,
    };
  } finally {
    corpus.dispose();
  }
}

function table(results: SizeResult[]): string {
  const lines: string[] = [];
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const ms = (x: Spread) => `${x.median.toFixed(3)} [${x.min.toFixed(2)}–${x.max.toFixed(2)}]`.padStart(22);
  for (const r of results) {
    const seeds = r.seeds.length > 1 ? `seeds ${r.seeds[0]}–${r.seeds[r.seeds.length - 1]}` : `seed ${r.seeds[0]}`;
    lines.push(
      '',
      `${r.actors.toLocaleString('en')} actors (${r.names.toLocaleString('en')} names): store build ${Number.isFinite(r.build_s) ? `${r.build_s} s` : 'not run (--db)'}, database ${r.db_mb} MB, peak RSS ${r.peak_rss_mb} MB${r.fuse ? `, fuse index ${r.fuse.index_build_s} s` : ''}`,
      `  ${r.seeds.length} query sample(s) (${seeds}), ${r.by_kind.exact?.n ?? 0} queries of each kind per sample; latency: median of ${r.resolver.passes} pass(es) [lowest–highest]`,
      '  method                  queries                 p50 ms                 p99 ms    top-1   unknown answered',
    );
    const row = (name: string, l: Latency, acc?: { top1: number; unknown_confident_rate: number }) =>
      `  ${name.padEnd(23)} ${String(l.queries).padStart(7)} ${ms(l.p50_ms)} ${ms(l.p99_ms)}${acc ? ` ${pct(acc.top1).padStart(8)}   ${pct(acc.unknown_confident_rate).padStart(6)}` : ''}`;
    // CPU time beside the wall-clock figures: a p99 far above its CPU p99 is the machine's other work
    const cpuRow = (name: string, l: Latency) => [
      ...(l.cpu_p99_ms ? [`  ${`${name}, CPU`.padEnd(31)} ${ms(l.cpu_p50_ms!)} ${ms(l.cpu_p99_ms)}`] : []),
      ...(l.best_p99_ms !== undefined ? [`  ${`${name}, fastest pass`.padEnd(31)} ${l.best_p50_ms!.toFixed(3).padStart(22)} ${l.best_p99_ms.toFixed(3).padStart(22)}`] : []),
    ];
    lines.push(row('(a) resolver', r.resolver, r.resolver));
    if (r.fuse) lines.push(row('(b) fuse.js, all names', r.fuse, r.fuse));
    if (r.like) lines.push(row("(c) LIKE '%q%'", r.like, r.like));
    lines.push(row('autocomplete (25 names)', r.autocomplete));
    lines.push(...cpuRow('(a) resolver', r.resolver), ...cpuRow('autocomplete', r.autocomplete));
    if (r.against) {
      lines.push(`  beside it, alternately, the resolver of ${r.against.dir}:`);
      lines.push(row('(a) resolver', r.against.resolver));
      lines.push(row('autocomplete (25 names)', r.against.autocomplete));
      lines.push(...cpuRow('(a) resolver', r.against.resolver), ...cpuRow('autocomplete', r.against.autocomplete));
      lines.push(`  answered differently: ${r.against.answers_differing} of ${r.resolver.queries} queries, ${r.against.completions_differing} of ${r.autocomplete.queries} completions`);
    }
    if (r.resolver.cpu_p99_ms)
      lines.push(
        "  (CPU: each query's CPU time, every thread of the process; fastest pass: each query's quickest pass, wall-clock. The targets are the wall-clock p50/p99 above)",
      );
    if (r.ratios)
      lines.push(
        `  ratios: (b)/(a) ${r.ratios.fuse_over_resolver_p50}x at p50, ${r.ratios.fuse_over_resolver_p99}x at p99; (c)/(a) ${r.ratios.like_over_resolver_p50}x at p50, ${r.ratios.like_over_resolver_p99}x at p99`,
      );
    lines.push('  top-1 by kind   (a) every sample: median [lowest–highest]   (b) on its sample   (a) on the same queries');
    for (const [kind, k] of Object.entries(r.by_kind)) {
      const a = `${pct(k.resolver.median)} [${pct(k.resolver.min)}–${pct(k.resolver.max)}]`;
      const b = k.fuse ? `${pct(k.fuse.top1)} of ${k.fuse.n}`.padStart(19) + `   ${pct(k.fuse.resolver_top1).padStart(23)}` : '';
      lines.push(`  ${kind.padEnd(15)} ${a.padStart(41)}   ${b}`);
    }
    lines.push('  (unknown: the share correctly not answered; fuse.js answers every query with someone)');
    for (const m of r.misses) lines.push(`  miss [seed ${m.seed}] ${m.kind}: "${m.query}" (${m.expected ?? 'nobody'}) -> ${m.resolver}${m.fuse === null ? '' : `; fuse.js: ${m.fuse}`}`);
  }
  return lines.join('\n');
}

const args = parseArgs(process.argv.slice(2));
/** --against DIR: that checkout's resolver and store, loaded beside this one's. */
interface Against {
  resolveName: typeof resolveName;
  completeNames: typeof completeNames;
  openStore: (path: string) => { close(): void } & Parameters<typeof resolveName>[0];
}
const against: Against | null = args.against
  ? {
      ...((await import(pathToFileURL(resolvePath(args.against, 'src/search/resolve.ts')).href)) as Pick<Against, 'resolveName' | 'completeNames'>),
      ...((await import(pathToFileURL(resolvePath(args.against, 'src/store/index.ts')).href)) as Pick<Against, 'openStore'>),
    }
  : null;
const log = args.json ? (s: string) => process.stderr.write(`${s}\n`) : (s: string) => process.stdout.write(`${s}\n`);
log(`briefbot name resolution benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
const results: SizeResult[] = [];
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
for (const size of args.sizes) {
  // the machine may be shared: what else ran while this size was timed
  const before = load();
  results.push(runSize(size, args, log));
  log(`  load average (1, 5, 15 min) before ${before}, after ${load()}`);
}
if (args.json) process.stdout.write(`${JSON.stringify({ date: new Date().toISOString(), node: process.version, sizes: results }, null, 2)}\n`);
else log(table(results));
