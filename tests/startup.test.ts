// `briefbot start` as a supervisor sees it: a start-up that cannot succeed ends at once with exit
// code 1 and one sentence on stderr (never a process left running that listens nowhere), and
// SIGTERM stops the bot cleanly, with exit code 0, whether it is running or still starting, in
// every mode: Discord, Slack HTTP, Slack Socket Mode, both. Each test runs the real executable
// against the local stand-ins, an unreachable port or a server that never answers.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/pipeline.ts';
import { openStore } from '../src/store/index.ts';
import { startDiscordStandin, type DiscordStandin } from './support/discord-standin.ts';
import { postToApp, signSlackRequest, slashCommandBody, startSlackStandin, type SlackStandin } from './support/slack-standin.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** A port nothing listens on (fetch refuses it outright; discord.js's client gets ECONNREFUSED). */
const NOWHERE = 'http://127.0.0.1:1';
const SECRET = 'startup-test-secret';
/** Generous: a spawn on a busy machine takes seconds to load; the point is that it ends at all. */
const EXIT_MS = 45_000;

let dir: string;
let seeded: string;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-startup-'));
  // one seeded index, copied for every run: `start` would otherwise ingest the bundled articles each time
  seeded = join(dir, 'seed.db');
  const store = openStore(seeded);
  await ingestPaths(store, [join(ROOT, 'data/articles')]);
  store.close();
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;

interface Run {
  db: string;
  stderr(): string;
  /** The `briefbot: ...` sentences on stderr. */
  sentences(): string[];
  exited: Promise<number | null>;
  signal(s: NodeJS.Signals): void;
}

/** `node bin/briefbot.js start --db <copy of the seeded index>` with `env`, logs silenced. */
function start(env: Record<string, string>): Run {
  const db = join(dir, `run-${++runs}.db`);
  copyFileSync(seeded, db);
  const base: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', VITEST: '' };
  for (const k of Object.keys(base)) if (/^(?:DISCORD|SLACK)_|^BRIEFBOT_|^PORT$/.test(k)) delete base[k];
  const child = spawn(process.execPath, [join(ROOT, 'bin/briefbot.js'), 'start', '--db', db], {
    cwd: ROOT,
    env: { ...base, BRIEFBOT_WORKERS: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(() => void child.kill('SIGKILL'));
  return {
    db,
    stderr: () => stderr,
    sentences: () => stderr.split('\n').filter((l) => l.startsWith('briefbot: ')),
    exited,
    signal: (s) => void child.kill(s),
  };
}

/** Resolves with the exit code, or fails the test when the process is still running after EXIT_MS. */
async function exitCode(run: Run): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${EXIT_MS} ms; stderr:\n${run.stderr()}`)), EXIT_MS);
  });
  try {
    return await Promise.race([run.exited, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The run failed to start: exit code 1 and exactly one sentence, matching `sentence`. */
async function expectFailure(run: Run, sentence: RegExp): Promise<void> {
  expect(await exitCode(run)).toBe(1);
  expect(run.sentences()).toHaveLength(1);
  expect(run.sentences()[0]).toMatch(sentence);
  // nothing else: no stack trace, no second line
  expect(run.stderr().trim().split('\n')).toHaveLength(1);
}

async function until(probe: () => boolean, what: string, run: Run): Promise<void> {
  await expect.poll(probe, { timeout: EXIT_MS, interval: 50, message: `${what}; stderr:\n${run.stderr()}` }).toBe(true);
}

/** A TCP server that takes connections and never answers: a Slack or Discord that hangs. */
async function silentServer(): Promise<{ url: string; connections: () => number }> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: TcpServer = createTcpServer((s) => {
    connections++;
    sockets.add(s);
    s.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections: () => connections };
}

async function slackStandin(validTokens?: string[]): Promise<SlackStandin> {
  const s = await startSlackStandin(validTokens ? { validTokens } : {});
  cleanups.push(() => s.close(200));
  return s;
}

async function discordStandin(): Promise<DiscordStandin> {
  const s = await startDiscordStandin({ heartbeatIntervalMs: 1000 });
  cleanups.push(() => s.close());
  return s;
}

async function freePort(): Promise<number> {
  const server: Server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const discordEnv = (s: { token: string; appId: string; restBase: string }) => ({ DISCORD_TOKEN: s.token, DISCORD_APP_ID: s.appId, DISCORD_API_URL: s.restBase });
const DISCORD_APP = '1380000000000000001';
const A_DISCORD_TOKEN = 'MTM4MDAwMDAwMDAwMDAwMDAwMQ.GStand.in-token-for-tests-only';

describe('a start-up that cannot succeed ends at once: exit code 1, one sentence', () => {
  it('Discord and Slack both configured, Discord unreachable: no half-started bot left running', async () => {
    const slack = await slackStandin();
    const run = start({
      DISCORD_TOKEN: A_DISCORD_TOKEN,
      DISCORD_APP_ID: DISCORD_APP,
      DISCORD_API_URL: `${NOWHERE}/api`,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
    });
    await expectFailure(run, /^briefbot: could not reach Discord at http:\/\/127\.0\.0\.1:1\/api \(ECONNREFUSED\); check the network and DISCORD_API_URL$/);
  }, 60_000);

  it('Discord refuses the token', async () => {
    const d = await discordStandin();
    const run = start({ ...discordEnv(d), DISCORD_TOKEN: 'MTIz.bad.token-that-the-stand-in-refuses' });
    await expectFailure(run, /^briefbot: Discord refused DISCORD_TOKEN;/);
  }, 60_000);

  it('Slack HTTP mode, Slack API unreachable: fails instead of retrying for half an hour', async () => {
    const run = start({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${NOWHERE}/api/`, PORT: '0' });
    await expectFailure(run, /^briefbot: could not reach Slack at http:\/\/127\.0\.0\.1:1\/api\/ \(.+\); check the network and SLACK_API_URL$/);
  }, 60_000);

  it('Slack HTTP mode, bot token refused', async () => {
    const slack = await slackStandin(['xoxb-right']);
    const run = start({ SLACK_BOT_TOKEN: 'xoxb-wrong', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0' });
    await expectFailure(run, /^briefbot: Slack refused SLACK_BOT_TOKEN \(invalid_auth\);/);
  }, 60_000);

  it('Slack Socket Mode, app token refused: a sentence, not a silent retry loop', async () => {
    const slack = await slackStandin(['xoxb-right', 'xapp-right']);
    const run = start({ SLACK_BOT_TOKEN: 'xoxb-right', SLACK_APP_TOKEN: 'xapp-wrong', SLACK_API_URL: slack.apiUrl });
    await expectFailure(run, /^briefbot: Slack refused SLACK_APP_TOKEN \(invalid_auth\);/);
  }, 60_000);

  it('Slack HTTP mode, the port is taken', async () => {
    const slack = await slackStandin();
    const taken = createHttpServer();
    await new Promise<void>((resolve) => taken.listen(0, '0.0.0.0', resolve));
    cleanups.push(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const port = String((taken.address() as AddressInfo).port);
    const run = start({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: port });
    await expectFailure(run, /^briefbot: the port is already in use; set PORT to a free one$/);
  }, 60_000);
});

describe('SIGTERM while still starting stops the bot at once (exit 0)', () => {
  it('Slack whose API never answers', async () => {
    const hang = await silentServer();
    const run = start({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${hang.url}/api/`, PORT: '0' });
    await until(() => hang.connections() > 0, 'the token check reached the server', run);
    run.signal('SIGTERM');
    expect(await exitCode(run)).toBe(0);
    expect(run.stderr()).not.toMatch(/running on/);
  }, 60_000);

  it('Discord whose API never answers, with Slack beside it', async () => {
    const hang = await silentServer();
    const slack = await slackStandin();
    const run = start({
      DISCORD_TOKEN: A_DISCORD_TOKEN,
      DISCORD_APP_ID: DISCORD_APP,
      DISCORD_API_URL: `${hang.url}/api`,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_APP_TOKEN: 'xapp-test',
      SLACK_API_URL: slack.apiUrl,
    });
    await until(() => hang.connections() > 0, 'discord.js reached the server', run);
    run.signal('SIGTERM');
    expect(await exitCode(run)).toBe(0);
    expect(run.stderr()).not.toMatch(/running on/);
  }, 60_000);
});

describe('SIGTERM while running: stops taking commands, closes the index, exit 0', () => {
  it('Slack HTTP mode: answers, then stops listening', async () => {
    const slack = await slackStandin();
    const port = await freePort();
    const run = start({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port) });
    await until(() => /running on slack/.test(run.stderr()), 'the bot started', run);
    const url = `http://127.0.0.1:${port}/slack/events`;
    const responseUrl = slack.responseUrl();
    const body = slashCommandBody({ command: '/bb-who', text: 'Almasri', response_url: responseUrl });
    expect((await postToApp(url, body, signSlackRequest(SECRET, body))).status).toBe(200);
    await slack.waitForResponse(responseUrl, 10_000);
    run.signal('SIGTERM');
    expect(await exitCode(run)).toBe(0);
    await expect(postToApp(url, body, signSlackRequest(SECRET, body))).rejects.toThrow(/ECONNREFUSED/);
    // closed cleanly: the last connection's close folds the write-ahead log into the file
    expect(existsSync(`${run.db}-wal`)).toBe(false);
  }, 60_000);

  it('Discord and Slack Socket Mode together, with query workers: both answer, both stop', async () => {
    const d = await discordStandin();
    const slack = await slackStandin();
    const run = start({ ...discordEnv(d), SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: slack.apiUrl, BRIEFBOT_WORKERS: '1' });
    await until(() => /running on discord and slack \(1 query worker\)/.test(run.stderr()), 'the bot started', run);
    const { id } = d.chatInput('who', [{ name: 'name', type: ApplicationCommandOptionType.String, value: 'Hifter' }]);
    const callback = await d.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`), 10_000);
    expect(JSON.stringify(callback.body)).toMatch(/Khalifa Haftar/);
    const ack = await slack.sendSlashCommand({ command: '/bb-who', text: 'Almasri' }, 10_000);
    expect(JSON.stringify(ack.payload ?? {})).not.toMatch(/restarting/);
    expect(JSON.stringify((await slack.waitForResponse(() => true, 10_000)).body)).toMatch(/Najeem Almasri/);

    run.signal('SIGTERM');
    expect(await exitCode(run)).toBe(0);
    expect(slack.socketCloses.length).toBeGreaterThan(0);
    expect(existsSync(`${run.db}-wal`)).toBe(false);
  }, 90_000);

  it('under `npm start`, SIGTERM to npm stops the bot too (npm signals its shell, which does not pass it on)', async () => {
    const slack = await slackStandin();
    const port = await freePort();
    const db = join(dir, `run-${++runs}.db`);
    copyFileSync(seeded, db);
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', VITEST: '' };
    for (const k of Object.keys(env)) if (/^(?:DISCORD|SLACK)_|^BRIEFBOT_|^PORT$|^npm_/.test(k)) delete env[k];
    const npm = spawn('npm', ['start', '--', '--db', db], {
      cwd: ROOT,
      env: { ...env, BRIEFBOT_WORKERS: '0', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'pipe'],
      // its own process group, so that cleaning up after a failure can reach the grandchild
      detached: true,
    });
    let stderr = '';
    npm.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    cleanups.push(() => {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    });
    const run = { stderr: () => stderr } as Run;
    await until(() => /running on slack/.test(stderr), 'the bot started', run);
    const url = `http://127.0.0.1:${port}/slack/events`;
    const body = slashCommandBody({ command: '/bb-help', text: '' });
    expect((await postToApp(url, body, signSlackRequest(SECRET, body))).status).toBe(200);
    npm.kill('SIGTERM');
    // the bot itself is npm's grandchild: it is gone when its port refuses and the index is closed
    const refused = async () => postToApp(url, body, signSlackRequest(SECRET, body)).then(() => false, () => true);
    await expect.poll(refused, { timeout: EXIT_MS, interval: 200 }).toBe(true);
    await expect.poll(() => existsSync(`${db}-wal`), { timeout: EXIT_MS, interval: 200 }).toBe(false);
  }, 90_000);
});

describe('an error nothing awaited, after start-up', () => {
  it('is logged and ends the process with one sentence and exit 1, not a bare stack trace', async () => {
    const slack = await slackStandin();
    // a rejection nobody handles, raised on a signal so that it comes once the bot is running
    const inject = join(ROOT, 'tests/support/unhandled-on-signal.mjs');
    const run = start({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0', NODE_OPTIONS: `--import=${inject}` });
    await until(() => /running on slack/.test(run.stderr()), 'the bot started', run);
    run.signal('SIGUSR2');
    expect(await exitCode(run)).toBe(1);
    const after = run.sentences().filter((l) => !/running on/.test(l));
    expect(after).toEqual(['briefbot: stopped by an error nothing could handle: logged above']);
    expect(run.stderr()).not.toMatch(/^\s+at /m);
  }, 60_000);
});
