// Under load: 500 signed Slack slash commands and 500 Discord interactions, 50 in flight, a mix of
// /who /when /search /timeline /brief, on a 2,000-article index, against the real bot (`briefbot
// start`, a child process, Discord and Slack HTTP mode at once) talking to the local stand-ins.
// Side by side in the same run: answers computed in the main thread (BRIEFBOT_WORKERS=0) and by
// the query worker pool, with the ratios. What counts most: acknowledgements later than the 3 s
// Slack and Discord allow (Slack shows the user an error; Discord invalidates the interaction).
//
//   npm run bench:load [-- --requests 500 --concurrency 50 --articles 2000 --workers N --json]
//       --modes main,pool    which to run (default both)
//       --bin PATH           another checkout's bin/briefbot.js (figures before a change)
//       --rebuild            build the cached index in scratch/ again
//
// "In flight" is a user waiting: a command counts from its request until its answer arrives, so
// at most 50 are being acknowledged or answered at any moment. Slack's ack is the HTTP response to
// the signed request, its answer the POST to the response_url; Discord's ack is the interaction
// callback (the answer, or the deferral when the answer takes longer than 1.5 s), its answer the
// callback's message or the edit of the deferred one.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ApplicationCommandOptionType } from 'discord.js';
import { defaultPoolSize } from '../src/workers/pool.ts';
import { startDiscordStandin, type DiscordStandin, type RecordedRequest } from '../tests/support/discord-standin.ts';
import { signSlackRequest, slashCommandBody, startSlackStandin, type SlackStandin } from '../tests/support/slack-standin.ts';
import { loadIndex } from './load-index.ts';
import { post } from './http.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const REQUESTS = Number(option('--requests') ?? 500);
const CONCURRENCY = Number(option('--concurrency') ?? 50);
const ARTICLES = Number(option('--articles') ?? 2000);
const WORKERS = option('--workers') !== undefined ? Number(option('--workers')) : defaultPoolSize();
const MODES = (option('--modes') ?? 'main,pool').split(',') as ('main' | 'pool')[];
const BIN = resolve(option('--bin') ?? join(ROOT, 'bin/briefbot.js'));
const JSON_OUT = argv.includes('--json');
/** What Slack and Discord allow before an acknowledgement is too late. */
const DEADLINE_MS = 3_000;
/** An answer that has not come after this long is counted as an error. */
const GIVE_UP_MS = 120_000;
const SECRET = 'bench-load-secret';

if (![REQUESTS, CONCURRENCY, ARTICLES, WORKERS].every((n) => Number.isInteger(n) && n >= 0) || !MODES.every((m) => m === 'main' || m === 'pool')) {
  console.error('usage: bench/load.ts [--requests N] [--concurrency N] [--articles N] [--workers N] [--modes main,pool] [--bin PATH] [--json] [--rebuild]');
  process.exit(2);
}

/** What a newsroom asks about the stories in the index: people, places, organisations, topics. */
const QUESTIONS: { command: string; option: string; text: string }[] = [
  { command: 'who', option: 'name', text: 'Almasri' },
  { command: 'who', option: 'name', text: 'Hifter' },
  { command: 'who', option: 'name', text: 'Piantedosi' },
  { command: 'who', option: 'name', text: 'al-Burhan' },
  { command: 'who', option: 'name', text: 'Rapid Support Forces' },
  { command: 'who', option: 'name', text: 'Yermak' },
  { command: 'when', option: 'query', text: 'Almasri released' },
  { command: 'when', option: 'query', text: 'Almasri arrested' },
  { command: 'when', option: 'query', text: 'minister resigned' },
  { command: 'when', option: 'query', text: 'ceasefire signed' },
  { command: 'search', option: 'words', text: 'Mitiga detention' },
  { command: 'search', option: 'words', text: 'ceasefire' },
  { command: 'search', option: 'words', text: '"prisoner swap"' },
  { command: 'search', option: 'words', text: 'court appeal' },
  { command: 'timeline', option: 'subject', text: 'Almasri' },
  { command: 'timeline', option: 'subject', text: 'Sudan' },
  { command: 'timeline', option: 'subject', text: 'Libya' },
  { command: 'brief', option: 'subject', text: 'Piantedosi' },
  { command: 'brief', option: 'subject', text: 'Echeverría' },
  { command: 'brief', option: 'subject', text: 'ceasefire talks' },
];

/** The i-th question of a fixed shuffle, so every run and mode asks the same things in the same order. */
function question(i: number) {
  const k = (i * 7 + 3) % QUESTIONS.length;
  return QUESTIONS[k]!;
}

function pct(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

interface Sample {
  ackMs: number | null;
  answerMs: number | null;
  error: string | null;
}

/** Runs `n` jobs, `concurrency` at a time. */
async function inFlight(n: number, concurrency: number, job: (i: number) => Promise<Sample>): Promise<Sample[]> {
  const out: Sample[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await job(i).catch((err: unknown) => ({ ackMs: null, answerMs: null, error: err instanceof Error ? err.message : String(err) }));
      }
    }),
  );
  return out;
}

/** Where the bot's respond() POSTs: records when each answer arrived, by id. */
class Catcher {
  private readonly waiting = new Map<string, (at: { ms: number; body: string }) => void>();
  private readonly arrived = new Map<string, { ms: number; body: string }>();
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const at = { ms: performance.now(), body: Buffer.concat(chunks).toString('utf8') };
        const id = (req.url ?? '').split('/').pop()!;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
        const w = this.waiting.get(id);
        if (w) {
          this.waiting.delete(id);
          w(at);
        } else this.arrived.set(id, at);
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/respond`;
  }

  answer(id: string): Promise<{ ms: number; body: string }> {
    const done = this.arrived.get(id);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`no answer within ${GIVE_UP_MS / 1000} s`));
      }, GIVE_UP_MS);
      this.waiting.set(id, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

/** A signed POST, as Slack sends it; resolves with the status when the response has arrived. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

interface Bot {
  stop(): Promise<number | null>;
}

/** `briefbot start` on the index, Discord and Slack HTTP mode at once; resolves once it says it is running. */
async function startBot(db: string, workers: number, d: DiscordStandin, s: SlackStandin, port: number): Promise<Bot> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (/^(?:DISCORD|SLACK)_|^BRIEFBOT_|^PORT$/.test(k)) delete env[k];
  const child = spawn(process.execPath, [BIN, 'start', '--db', db], {
    cwd: ROOT,
    env: {
      ...env,
      LOG_LEVEL: 'warn',
      BRIEFBOT_WORKERS: String(workers),
      DISCORD_TOKEN: d.token,
      DISCORD_APP_ID: d.appId,
      DISCORD_API_URL: d.restBase,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: s.apiUrl,
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const started = performance.now();
  while (!/running on discord and slack/.test(stderr)) {
    if (child.exitCode !== null) throw new Error(`briefbot exited ${child.exitCode}:\n${stderr}`);
    if (performance.now() - started > 120_000) throw new Error(`briefbot did not start within 120 s:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      const problems = stderr.split('\n').filter((l) => /"level":(?:50|60)/.test(l));
      if (problems.length) process.stderr.write(`briefbot logged ${problems.length} errors, e.g. ${problems[0]!.slice(0, 300)}\n`);
      return code;
    },
  };
}

async function slackLoad(port: number, catcher: Catcher, n: number, tag: string, concurrency = CONCURRENCY): Promise<Sample[]> {
  const url = `http://127.0.0.1:${port}/slack/events`;
  return inFlight(n, concurrency, async (i) => {
    const q = question(i);
    const id = `${tag}-${i}`;
    const body = slashCommandBody({ command: `/bb-${q.command}`, text: q.text, response_url: `${catcher.url}/${id}`, user_id: `U${String(i % 97).padStart(8, '0')}` });
    const t = performance.now();
    const status = await post(url, body, signSlackRequest(SECRET, body));
    const ackMs = performance.now() - t;
    if (status !== 200) return { ackMs, answerMs: null, error: `HTTP ${status}` };
    const answer = await catcher.answer(id);
    const error = /something went wrong/i.test(answer.body) ? 'answered with an error' : null;
    return { ackMs, answerMs: answer.ms - t, error };
  });
}

async function discordLoad(d: DiscordStandin, n: number, concurrency = CONCURRENCY): Promise<Sample[]> {
  return inFlight(n, concurrency, async (i) => {
    const q = question(i);
    const t = Date.now();
    const { id, token } = d.chatInput(q.command, [{ name: q.option, type: ApplicationCommandOptionType.String, value: q.text }]);
    const callback = await d.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`), GIVE_UP_MS);
    const ackMs = callback.at - t;
    if (callback.status >= 300) return { ackMs, answerMs: null, error: `callback ${callback.status}` };
    const type = (callback.body as { type?: number }).type;
    let answer: RecordedRequest = callback;
    if (type === 5) answer = await d.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`), GIVE_UP_MS);
    const error = answer.status >= 300 ? `answer ${answer.status}` : /something went wrong/i.test(JSON.stringify(answer.body)) ? 'answered with an error' : null;
    return { ackMs, answerMs: answer.at - t, error };
  });
}

interface Row {
  mode: string;
  platform: string;
  n: number;
  acks_over_3s: number;
  errors: number;
  ack_p50_ms: number;
  ack_p99_ms: number;
  answer_p50_ms: number;
  answer_p99_ms: number;
  seconds: number;
}

function row(mode: string, platform: string, samples: Sample[], seconds: number): Row {
  const acks = samples.flatMap((s) => (s.ackMs === null ? [] : [s.ackMs]));
  const answers = samples.flatMap((s) => (s.answerMs === null ? [] : [s.answerMs]));
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    mode,
    platform,
    n: samples.length,
    acks_over_3s: acks.filter((ms) => ms > DEADLINE_MS).length,
    errors: samples.filter((s) => s.error !== null).length,
    ack_p50_ms: r(pct(acks, 50)),
    ack_p99_ms: r(pct(acks, 99)),
    answer_p50_ms: r(pct(answers, 50)),
    answer_p99_ms: r(pct(answers, 99)),
    seconds: r(seconds),
  };
}

const log = (line: string) => (JSON_OUT ? undefined : process.stderr.write(`${line}\n`));
const db = await loadIndex(ARTICLES, { rebuild: argv.includes('--rebuild'), log: (l) => log(l) });

const rows: Row[] = [];
const firstErrors: string[] = [];
for (const mode of MODES) {
  const workers = mode === 'main' ? 0 : WORKERS;
  const label = mode === 'main' ? 'main thread' : `${workers} worker${workers === 1 ? '' : 's'}`;
  const d = await startDiscordStandin({ heartbeatIntervalMs: 30_000 });
  const s = await startSlackStandin();
  const catcher = new Catcher();
  await catcher.start();
  const port = await freePort();
  log(`${label}: starting briefbot…`);
  const bot = await startBot(db, workers, d, s, port);
  // the same few questions first, one at a time, in both modes: caches and compiled code warm
  await slackLoad(port, catcher, QUESTIONS.length, `${mode}-warm`, 1);
  await discordLoad(d, QUESTIONS.length, 1);
  for (const [platform, run] of [
    ['Slack', () => slackLoad(port, catcher, REQUESTS, mode)],
    ['Discord', () => discordLoad(d, REQUESTS)],
  ] as const) {
    log(`${label}: ${REQUESTS} ${platform} commands, ${CONCURRENCY} in flight…`);
    const t = performance.now();
    const samples = await run();
    rows.push(row(label, platform, samples, (performance.now() - t) / 1000));
    for (const e of samples.filter((x) => x.error).slice(0, 2)) firstErrors.push(`${label} ${platform}: ${e.error}`);
  }
  const code = await bot.stop();
  if (code !== 0) firstErrors.push(`${label}: briefbot exited ${code} on SIGTERM`);
  await catcher.close();
  await s.close(200);
  await d.close();
}

const result = {
  requests: REQUESTS,
  concurrency: CONCURRENCY,
  articles: ARTICLES,
  cores: availableParallelism(),
  node: process.version,
  bin: BIN,
  rows,
  errors: firstErrors,
};
if (JSON_OUT) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`\n${REQUESTS} commands per platform, ${CONCURRENCY} in flight, ${ARTICLES}-article index, ${result.cores} cores, ${process.version}`);
  out(`${'answered in'.padEnd(14)} ${'platform'.padEnd(8)} ${'acks>3s'.padStart(7)} ${'errors'.padStart(6)} ${'ack p50'.padStart(9)} ${'ack p99'.padStart(9)} ${'answer p50'.padStart(11)} ${'answer p99'.padStart(11)} ${'secs'.padStart(6)}`);
  for (const r of rows)
    out(
      `${r.mode.padEnd(14)} ${r.platform.padEnd(8)} ${String(r.acks_over_3s).padStart(7)} ${String(r.errors).padStart(6)} ${r.ack_p50_ms.toFixed(1).padStart(9)} ${r.ack_p99_ms.toFixed(1).padStart(9)} ${r.answer_p50_ms.toFixed(0).padStart(11)} ${r.answer_p99_ms.toFixed(0).padStart(11)} ${r.seconds.toFixed(1).padStart(6)}`,
    );
  const main = rows.filter((r) => r.mode === 'main thread');
  const pool = rows.filter((r) => r.mode !== 'main thread');
  if (main.length && pool.length) {
    out('\nworker pool vs main thread (below 1: faster):');
    for (const p of pool) {
      const m = main.find((x) => x.platform === p.platform)!;
      const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '-');
      out(`  ${p.platform.padEnd(8)} ack p50 ${ratio(p.ack_p50_ms, m.ack_p50_ms)}×  ack p99 ${ratio(p.ack_p99_ms, m.ack_p99_ms)}×  answer p50 ${ratio(p.answer_p50_ms, m.answer_p50_ms)}×  answer p99 ${ratio(p.answer_p99_ms, m.answer_p99_ms)}×`);
    }
  }
  for (const e of firstErrors) out(`error: ${e}`);
}
process.exit(0);
