// How long an editor waits: slash command in, answer out, through the real discord.js client and
// the real Bolt app, against the local stand-ins on 127.0.0.1 (so no internet latency is in the
// figures: they are what briefbot itself adds). Side by side, the same commands answered
// in-process, and the ratio.
//
//   node bin/run-ts.js bench/platforms.ts [--runs 50] [--json]
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ApplicationCommandOptionType } from 'discord.js';
import { commands } from '../commands/index.ts';
import type { CommandContext } from '../src/command.ts';
import { answerLine } from '../src/dispatch.ts';
import { PROJECT_ROOT } from '../src/config.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { createDiscordBot } from '../src/platforms/discord.ts';
import { createSlackBot } from '../src/platforms/slack.ts';
import { renderDiscord } from '../src/render/discord.ts';
import { renderSlack } from '../src/render/slack.ts';
import { openStore } from '../src/store/index.ts';
import { logger } from '../src/log.ts';
import { startDiscordStandin } from '../tests/support/discord-standin.ts';
import { signSlackRequest, slashCommandBody, startSlackStandin } from '../tests/support/slack-standin.ts';
import { post } from './http.ts';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 50;
const JSON_OUT = args.includes('--json');

/** The questions of an editorial meeting, as typed. */
const QUESTIONS: { command: string; option: string; text: string }[] = [
  { command: 'who', option: 'name', text: 'Almasri' },
  { command: 'who', option: 'name', text: 'Hifter' },
  { command: 'when', option: 'query', text: 'Almasri released' },
  { command: 'timeline', option: 'subject', text: 'Almasri' },
  { command: 'brief', option: 'subject', text: 'Piantedosi' },
  { command: 'search', option: 'words', text: 'Mitiga detention' },
];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

// start-up lines would interleave with the table
if (!process.env.LOG_LEVEL) logger.level = 'warn';

const store = openStore(':memory:');
await ingestPaths(store, [join(PROJECT_ROOT, 'data/articles')]);
const ctx: CommandContext = { store, commands };

// (a) in-process: parse, run, render both ways
const inProcess: number[] = [];
for (let i = 0; i < RUNS; i++)
  for (const q of QUESTIONS) {
    const t = performance.now();
    const a = await answerLine(`/${q.command} ${q.text}`, ctx);
    renderDiscord(a);
    renderSlack(a);
    inProcess.push(performance.now() - t);
  }

// (b) Discord: INTERACTION_CREATE on the gateway -> interaction callback at the REST stand-in
const d = await startDiscordStandin({ heartbeatIntervalMs: 5000 });
const bot = createDiscordBot({ token: d.token, appId: d.appId, apiUrl: d.restBase, store, commands });
await bot.start();
const discord: number[] = [];
for (let i = 0; i < RUNS; i++)
  for (const q of QUESTIONS) {
    const t = performance.now();
    const { id } = d.chatInput(q.command, [{ name: q.option, type: ApplicationCommandOptionType.String, value: q.text }]);
    await d.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`) && r.status === 204, 10_000);
    discord.push(performance.now() - t);
  }
await bot.stop();
await d.close();

// (c) Slack, HTTP mode: signed POST to /slack/events -> answer at response_url
const s = await startSlackStandin();
const SECRET = 'bench-secret';
const slack = createSlackBot({ botToken: 'xoxb-bench', signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: s.apiUrl, prefix: 'bb-', store, commands });
const { port } = await slack.start();
const slackMs: number[] = [];
const ackMs: number[] = [];
for (let i = 0; i < RUNS; i++)
  for (const q of QUESTIONS) {
    const responseUrl = s.responseUrl();
    const body = slashCommandBody({ command: `/bb-${q.command}`, text: q.text, response_url: responseUrl });
    const t = performance.now();
    const status = await post(`http://127.0.0.1:${port}/slack/events`, body, signSlackRequest(SECRET, body));
    ackMs.push(performance.now() - t);
    if (status !== 200) throw new Error(`slack answered ${status}`);
    await s.waitForResponse(responseUrl, 10_000);
    slackMs.push(performance.now() - t);
  }
await slack.stop();
await s.close();
store.close();

const row = (name: string, xs: number[]) => ({ path: name, n: xs.length, p50_ms: +pct(xs, 50).toFixed(2), p99_ms: +pct(xs, 99).toFixed(2), max_ms: +Math.max(...xs).toFixed(2) });
const rows = [row('in-process (parse, run, render)', inProcess), row('Discord: interaction -> callback', discord), row('Slack: request -> ack', ackMs), row('Slack: request -> response_url', slackMs)];
if (JSON_OUT) process.stdout.write(`${JSON.stringify({ runs: RUNS, questions: QUESTIONS.length, rows }, null, 2)}\n`);
else {
  process.stdout.write(`${RUNS} runs of ${QUESTIONS.length} questions (${QUESTIONS.map((q) => `/${q.command} ${q.text}`).join(', ')}), stand-ins on 127.0.0.1\n\n`);
  process.stdout.write(`${'path'.padEnd(36)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}  p50 vs in-process\n`);
  for (const r of rows) process.stdout.write(`${r.path.padEnd(36)} ${r.p50_ms.toFixed(2).padStart(8)} ${r.p99_ms.toFixed(2).padStart(8)} ${r.max_ms.toFixed(2).padStart(8)}  ${(r.p50_ms / rows[0]!.p50_ms).toFixed(1)}×\n`);
}
process.exit(0);
