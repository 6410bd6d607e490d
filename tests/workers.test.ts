// Commands answered off the event loop's critical path: the query worker pool (src/workers/)
// answers exactly as the main thread does, keeps writes in the main thread, survives a worker that
// dies and finishes what it took before it closes; on Slack and Discord, a slow query in a worker
// holds up neither anyone's acknowledgement nor other users' answers, and a stop finishes the
// command in flight while turning new ones away. Slowness is a file-gated command
// (tests/support/slow-commands.ts): it answers only once the test has seen what must come first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../src/briefing/answers.ts';
import type { CommandContext } from '../src/command.ts';
import { parseLine } from '../src/dispatch.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { createDiscordBot, type DiscordBot } from '../src/platforms/discord.ts';
import { STOPPING_MESSAGE } from '../src/platforms/lifecycle.ts';
import { createSlackBot, type SlackBot } from '../src/platforms/slack.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { commandRunner, QueryPool, runsInWorker } from '../src/workers/pool.ts';
import { inProcess } from '../src/workers/runner.ts';
import { startDiscordStandin, type DiscordStandin, type RecordedRequest } from './support/discord-standin.ts';
import { commands } from './support/slow-commands.ts';
import { postToApp, signSlackRequest, slashCommandBody, startSlackStandin, type SlackStandin } from './support/slack-standin.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SLOW_COMMANDS = new URL('./support/slow-commands.ts', import.meta.url);
const STRING = ApplicationCommandOptionType.String;
const SECRET = 'workers-test-secret';
/** Generous bounds on waits for things that do arrive; nothing here is a speed assertion. */
const WAIT_MS = 15_000;

let dir: string;
let db: string;
/** The read-write connection of the main thread. */
let store: Store;
let pool: QueryPool;
let flags = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-workers-'));
  db = join(dir, 'index.db');
  store = openStore(db);
  await ingestPaths(store, [join(ROOT, 'data/articles')]);
  pool = await QueryPool.start({ db, size: 2, commandsModule: SLOW_COMMANDS });
}, 60_000);
afterAll(async () => {
  await pool.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh gate for /slow: the command answers once `raise()` has created the file. */
function gate(): { path: string; raise(): void } {
  const path = join(dir, `flag-${++flags}`);
  return { path, raise: () => writeFileSync(path, '') };
}

const ctx = (extra: Partial<CommandContext> = {}): CommandContext => ({ store, commands, ...extra });

async function both(line: string, extra: Partial<CommandContext> = {}): Promise<[Answer, Answer]> {
  const parsed = parseLine(line, commands);
  if ('kind' in parsed) throw new Error(`${line} does not parse`);
  return Promise.all([inProcess.run(parsed.command, ctx(extra), parsed.args), pool.run(parsed.command, ctx(extra), parsed.args)]);
}

describe('the query pool', () => {
  it('answers every command exactly as the main thread does', async () => {
    const lines = [
      '/who Almasri',
      '/who al masri',
      '/who Hifter',
      '/who John Smith',
      '/who',
      '/when Almasri released',
      '/timeline Almasri from:2025-01 to:2025-06',
      '/timeline Tripoli',
      '/search Mitiga detention',
      '/search "Appeal Court" OR NEAR(',
      '/brief Piantedosi',
      '/quotes Piantedosi',
      '/link Piantedosi Haftar',
      '/sources Almasri',
      '/help',
      '/help timeline',
    ];
    for (const line of lines) {
      const [here, there] = await both(line);
      expect(there, line).toEqual(here);
    }
    // who asked and when travel with the command
    const now = () => new Date('2025-02-01T12:00:00Z');
    const [here, there] = await both('/timeline Almasri', { now, user: { id: 'U1', name: 'editor', manager: false } });
    expect(there).toEqual(here);
  });

  it('keeps commands that write, or are for managers, in the main thread; workers see what they wrote', async () => {
    const retract = commands.find((c) => c.name === 'retract')!;
    expect(runsInWorker(retract)).toBe(false);
    expect(runsInWorker(commands.find((c) => c.name === 'who')!)).toBe(true);
    // a command that writes stays here whoever may run it
    expect(runsInWorker({ ...commands.find((c) => c.name === 'who')!, writes: true })).toBe(false);
    const who = parseLine('/who Giacalone', commands);
    if ('kind' in who) throw new Error('no parse');
    expect((await pool.run(who.command, ctx(), who.args)).kind).toBe('profile');
    // /retract through the pool runs here, on the read-write connection (a worker's is read-only)
    const removed = await pool.run(retract, ctx({ user: { id: 'local', manager: true } }), { article: 'almasri-affair-italy-file.txt' });
    expect(removed.kind).toBe('notice');
    // the workers' cached name index notices another connection's write
    const after = await pool.run(who.command, ctx(), who.args);
    expect(after.kind).toBe('not-found');
    expect(after).toEqual(await inProcess.run(who.command, ctx(), who.args));
    await ingestPaths(store, [join(ROOT, 'data/articles')]);
    expect((await pool.run(who.command, ctx(), who.args)).kind).toBe('profile');
  });

  it('answers in the main thread when the index is in memory (threads cannot share it) or no workers are wanted', async () => {
    expect(await commandRunner(':memory:', 2)).toBe(inProcess);
    expect(await commandRunner(db, 0)).toBe(inProcess);
  });

  it('survives a worker that dies: that command fails, the next is answered', async () => {
    const crash = commands.find((c) => c.name === 'crash')!;
    await expect(pool.run(crash, ctx(), {})).rejects.toThrow(/query worker .* stopped/);
    const [here, there] = await both('/who Hifter');
    expect(there).toEqual(here);
  });

  it('closing finishes the commands it took, then lets go of the workers', async () => {
    const own = await QueryPool.start({ db, size: 1, commandsModule: SLOW_COMMANDS });
    const g = gate();
    const slow = commands.find((c) => c.name === 'slow')!;
    const answer = own.run(slow, ctx(), { flag: g.path });
    let closed = false;
    const closing = own.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(closed).toBe(false);
    g.raise();
    expect(await answer).toEqual({ kind: 'notice', title: 'Slow answer', lines: ['the flag was raised'] });
    await closing;
    expect(own.workers).toBe(0);
  }, 60_000);
});

// ---- the platforms, with the pool ----

let slackStandin: SlackStandin | undefined;
let discordStandin: DiscordStandin | undefined;
let slackBot: SlackBot | undefined;
let discordBot: DiscordBot | undefined;

afterEach(async () => {
  await slackBot?.stop();
  await discordBot?.stop();
  await slackStandin?.close();
  await discordStandin?.close();
  slackBot = discordBot = slackStandin = discordStandin = undefined;
});

async function slackHttp() {
  const s = (slackStandin = await startSlackStandin());
  const bot = (slackBot = createSlackBot({ botToken: 'xoxb-test', signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: s.apiUrl, prefix: 'bb-', store, commands, runner: pool }));
  const { port } = await bot.start();
  const url = `http://127.0.0.1:${port!}/slack/events`;
  const send = async (command: string, text: string) => {
    const responseUrl = s.responseUrl();
    const body = slashCommandBody({ command: `/bb-${command}`, text, response_url: responseUrl });
    const res = await postToApp(url, body, signSlackRequest(SECRET, body));
    return { res, responseUrl };
  };
  return { s, bot, url, send };
}

const answered = (s: SlackStandin, responseUrl: string) => s.waitForResponse(responseUrl, WAIT_MS);
const answeredYet = (s: SlackStandin, responseUrl: string) => s.responses.some((r) => responseUrl.endsWith(`/${r.id}`));

describe('Slack with query workers', () => {
  it('a slow query delays neither the next acknowledgement nor the next answer', async () => {
    const { s, send } = await slackHttp();
    const g = gate();
    const a = await send('slow', g.path);
    expect(a.res.status).toBe(200);
    // while /slow blocks a worker thread, the main thread acknowledges and the other worker answers
    const b = await send('who', 'Almasri');
    expect(b.res.status).toBe(200);
    expect(JSON.stringify((await answered(s, b.responseUrl)).body)).toMatch(/Najeem Almasri/);
    expect(answeredYet(s, a.responseUrl)).toBe(false);
    g.raise();
    expect(JSON.stringify((await answered(s, a.responseUrl)).body)).toMatch(/the flag was raised/);
  }, 60_000);

  it('a stop turns new commands away, finishes the one in flight, then stops listening', async () => {
    const { s, bot, url, send } = await slackHttp();
    const g = gate();
    const a = await send('slow', g.path);
    expect(a.res.status).toBe(200);
    let stopped = false;
    const stopping = bot.stop().then(() => (stopped = true));
    const late = await send('who', 'Almasri');
    expect(late.res.status).toBe(200);
    expect(JSON.parse(late.res.body)).toMatchObject({ response_type: 'ephemeral', text: STOPPING_MESSAGE });
    expect(stopped).toBe(false);
    g.raise();
    expect(JSON.stringify((await answered(s, a.responseUrl)).body)).toMatch(/the flag was raised/);
    await stopping;
    slackBot = undefined;
    const body = slashCommandBody({ command: '/bb-who', text: 'Almasri' });
    await expect(postToApp(url, body, signSlackRequest(SECRET, body))).rejects.toThrow(/ECONNREFUSED/);
  }, 60_000);
});

const callbackOf = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`) && r.status < 300;
const editOf = (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`) && r.status === 200;

async function discord(): Promise<DiscordStandin> {
  const d = (discordStandin = await startDiscordStandin({ heartbeatIntervalMs: 1000 }));
  discordBot = createDiscordBot({ token: d.token, appId: d.appId, apiUrl: d.restBase, store, commands, runner: pool, deferAfterMs: 100 });
  await discordBot.start();
  return d;
}

describe('Discord with query workers', () => {
  it('a slow query is deferred in time, and autocomplete and other commands are answered meanwhile', async () => {
    const d = await discord();
    const g = gate();
    const slow = d.chatInput('slow', [{ name: 'flag', type: STRING, value: g.path }]);
    expect((await d.waitForRequest(callbackOf(slow.id), WAIT_MS)).body).toMatchObject({ type: 5 }); // "thinking…"
    const complete = d.autocomplete('who', [{ name: 'name', type: STRING, value: 'alm', focused: true }]);
    expect(JSON.stringify((await d.waitForRequest(callbackOf(complete.id), WAIT_MS)).body)).toMatch(/Najeem Almasri/);
    const who = d.chatInput('who', [{ name: 'name', type: STRING, value: 'Hifter' }]);
    expect(JSON.stringify((await d.waitForRequest(callbackOf(who.id), WAIT_MS)).body)).toMatch(/Khalifa Haftar/);
    expect(d.requests.some(editOf(slow.token))).toBe(false);
    g.raise();
    expect(JSON.stringify((await d.waitForRequest(editOf(slow.token), WAIT_MS)).body)).toMatch(/Slow answer/);
  }, 60_000);

  it('a stop turns new commands away and finishes the one in flight', async () => {
    const d = await discord();
    const g = gate();
    const slow = d.chatInput('slow', [{ name: 'flag', type: STRING, value: g.path }]);
    await d.waitForRequest(callbackOf(slow.id), WAIT_MS);
    let stopped = false;
    const stopping = discordBot!.stop().then(() => (stopped = true));
    const late = d.chatInput('who', [{ name: 'name', type: STRING, value: 'Hifter' }]);
    const turned = (await d.waitForRequest(callbackOf(late.id), WAIT_MS)).body as { type: number; data: { content: string; flags: number } };
    expect(turned.type).toBe(4);
    expect(turned.data.content).toContain('restarting');
    expect(stopped).toBe(false);
    g.raise();
    expect(JSON.stringify((await d.waitForRequest(editOf(slow.token), WAIT_MS)).body)).toMatch(/Slow answer/);
    await stopping;
    discordBot = undefined;
  }, 60_000);
});
