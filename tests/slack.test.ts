// Slack end to end: the REAL createSlackBot (the real @slack/bolt App, HTTP receiver and Socket Mode
// client) against the local Slack stand-in, on the seed articles. Slash commands go in exactly as
// Slack sends them (form-encoded, signed); answers are read where Slack would receive them (the
// response_url, chat.postMessage); permission checks are read off the users.info calls. No network.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { answerLine, MAX_LINE } from '../src/dispatch.ts';
import { checkManifest, slackManifest } from '../src/platforms/slack-manifest.ts';
import { createSlackBot, type SlackBot, type SlackOptions } from '../src/platforms/slack.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { renderSlack, validateSlackMessage, type SlackBlock, type SlackMessage } from '../src/render/slack.ts';
import { openStore, type Store } from '../src/store/index.ts';
import {
  postToApp,
  signSlackRequest,
  slashCommandBody,
  startSlackStandin,
  type HttpResult,
  type SlackStandin,
  type SlashCommandFields,
  type StandinUser,
  type WebApiCall,
} from './support/slack-standin.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = join(ROOT, 'data/articles');
const ALMASRI_FILE = 'almasri-affair-italy-file.txt';

const SIGNING_SECRET = 'briefbot-test-signing-secret';
const BOT_TOKEN = 'xoxb-test';
const APP_TOKEN = 'xapp-test';
/** Slack gives an app three seconds to acknowledge a slash command. */
const ACK_DEADLINE_MS = 3_000;
/** How long "nothing arrives" is watched for: bounded and short; a real answer comes in a few ms. */
const QUIET_MS = 300;

const USERS: Record<string, StandinUser> = {
  U0EDITOR1: { name: 'editor', is_admin: true },
  U0OWNER01: { name: 'owner', is_owner: true },
  U0REPORTR: { name: 'reporter', is_admin: false, is_owner: false },
};


/** What Bolt's respond() POSTs to the response_url. */
interface Responded extends SlackMessage {
  response_type: 'in_channel' | 'ephemeral';
}

function asResponded(body: unknown): Responded {
  expect(body).toMatchObject({ response_type: expect.any(String), text: expect.any(String), blocks: expect.any(Array) });
  return body as Responded;
}

function header(blocks: readonly SlackBlock[]): string {
  const first = blocks[0];
  expect(first?.type).toBe('header');
  return first?.type === 'header' ? first.text.text : '';
}

/** Every piece of text in the blocks, one per line. */
function blockText(blocks: readonly SlackBlock[]): string {
  return blocks
    .flatMap((b) => {
      switch (b.type) {
        case 'header':
          return [b.text.text];
        case 'section':
          return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)];
        case 'context':
          return b.elements.map((e) => e.text);
        case 'divider':
          return [];
      }
    })
    .join('\n');
}

async function seededStore(): Promise<Store> {
  const store = openStore(':memory:');
  await ingestPaths(store, [SEEDS]);
  return store;
}

// ---- shared per-test state: one stand-in, the bots started on it, closed after each test ----

let standin: SlackStandin;
let bots: SlackBot[] = [];
let sharedStore: Store;

beforeAll(async () => {
  // Read-only tests share one index; tests that retract get their own.
  sharedStore = await seededStore();
});
afterAll(() => sharedStore.close());

beforeEach(async () => {
  standin = await startSlackStandin({ users: structuredClone(USERS) });
});

afterEach(async () => {
  // The bots first: a Socket Mode client whose server vanishes first would try to reconnect.
  for (const bot of bots.splice(0)) await bot.stop();
  await standin.close();
});

type BotOptions = Partial<Omit<SlackOptions, 'botToken' | 'signingSecret' | 'appToken' | 'port' | 'host' | 'apiUrl'>>;

interface HttpBot {
  bot: SlackBot;
  eventsUrl: string;
  /** Sends a slash command exactly as Slack does (form body, signed now) with a fresh response_url. */
  command(fields: Partial<SlashCommandFields>, headers?: (body: string) => Record<string, string>): Promise<{ res: HttpResult; responseUrl: string; body: string }>;
}

async function startHttpBot(o: BotOptions = {}): Promise<HttpBot> {
  const bot = createSlackBot({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: standin.apiUrl,
    prefix: 'bb-',
    store: sharedStore,
    commands,
    ...o,
  });
  const { port } = await bot.start();
  bots.push(bot);
  expect(port).toBeGreaterThan(0);
  // Bolt checks its token once (auth.test) from the constructor; wait for it so later tests can say
  // "no Web API call" and mean the command's own calls.
  await standin.waitForCall('auth.test');
  const eventsUrl = `http://127.0.0.1:${port!}/slack/events`;
  return {
    bot,
    eventsUrl,
    async command(fields, headers = (body) => signSlackRequest(SIGNING_SECRET, body)) {
      const responseUrl = standin.responseUrl();
      const body = slashCommandBody({ response_url: responseUrl, ...fields });
      const res = await postToApp(eventsUrl, body, headers(body));
      return { res, responseUrl, body };
    },
  };
}

/** The one answer at this response_url. */
async function answerAt(responseUrl: string): Promise<Responded> {
  return asResponded((await standin.waitForResponse(responseUrl)).body);
}

/** Nothing arrives at this response_url within a short bounded wait. */
async function expectNoAnswerAt(responseUrl: string): Promise<void> {
  await expect(standin.waitForResponse(responseUrl, QUIET_MS)).rejects.toThrow(/timed out/);
}

function countAt(responseUrl: string): number {
  const id = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
  return standin.responses.filter((r) => r.id === id).length;
}

function callsOf(method: string): WebApiCall[] {
  return standin.calls.filter((c) => c.method === method);
}

function expectValid(message: SlackMessage): void {
  expect(validateSlackMessage(message)).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------

describe('Slack, HTTP mode: slash commands answered with blocks', () => {
  it('acks a signed /bb-who Almasri at once (200, empty body) and answers in the channel with valid blocks', async () => {
    const http = await startHttpBot();
    const { res, responseUrl } = await http.command({ command: '/bb-who', text: 'Almasri' });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(res.ms).toBeLessThan(ACK_DEADLINE_MS);

    const caught = await standin.waitForResponse(responseUrl);
    expect(caught.contentType).toMatch(/application\/json/);
    const answer = asResponded(caught.body);
    expect(answer.response_type).toBe('in_channel');
    expect(header(answer.blocks)).toMatch(/^Najeem Almasri\b/);
    // The notification fallback: plain text naming the person, no Block Kit markup in it.
    expect(answer.text).toMatch(/^Najeem Almasri\b/);
    expect(answer.text).not.toMatch(/[{}]|"type"/);
    expect(blockText(answer.blocks)).toMatch(/Mitiga/);
    // Answers cite their sources.
    expect(blockText(answer.blocks)).toMatch(/Sources/);
    expectValid(answer);
    // Exactly one answer, and no Web API calls were needed for an open command.
    await expect(standin.waitUntil(() => (countAt(responseUrl) > 1 ? true : undefined), QUIET_MS, 'a second answer')).rejects.toThrow(/timed out/);
    expect(callsOf('users.info')).toEqual([]);
  });

  it.each([
    ['al masri', /^Najeem Almasri\b/],
    ['Hifter', /^Khalifa Haftar\b/],
  ])('resolves the spelling /bb-who %s', async (text, expected) => {
    const http = await startHttpBot();
    const { res, responseUrl } = await http.command({ command: '/bb-who', text });
    expect(res.status).toBe(200);
    const answer = await answerAt(responseUrl);
    expect(answer.response_type).toBe('in_channel');
    expect(header(answer.blocks)).toMatch(expected);
    expectValid(answer);
  });

  it('answers other commands from the definitions too (/bb-sources, /bb-help)', async () => {
    const http = await startHttpBot();
    const sources = await http.command({ command: '/bb-sources', text: 'Almasri' });
    const help = await http.command({ command: '/bb-help', text: '' });
    expect([sources.res.status, help.res.status]).toEqual([200, 200]);
    const s = await answerAt(sources.responseUrl);
    expect(blockText(s.blocks)).toContain(ALMASRI_FILE);
    expectValid(s);
    const h = await answerAt(help.responseUrl);
    // help names the commands as this workspace types them
    for (const c of commands) expect(blockText(h.blocks)).toContain(`/bb-${c.name}`);
    expect(blockText(h.blocks)).not.toMatch(/(^|\s)\/who\b/);
    expect(blockText(h.blocks)).toContain('type /bb-help COMMAND');
    expectValid(h);
  });

  it('hints and suggestions name the prefixed commands: /bb-timeline, /bb-who', async () => {
    const http = await startHttpBot();
    const missing = await http.command({ command: '/bb-who', text: '' });
    const p = await answerAt(missing.responseUrl);
    expect(blockText(p.blocks)).toMatch(/Example: \/bb-who Almasri/);
    const topic = await http.command({ command: '/bb-brief', text: 'Italian' });
    const b = blockText((await answerAt(topic.responseUrl)).blocks);
    expect(b).toMatch(/\/bb-timeline Italian/);
    expect(b).not.toMatch(/(^|\s)\/timeline\b/);
  });

  it('answers a problem (/bb-timeline Almasri from:notadate) to the asker alone', async () => {
    const http = await startHttpBot();
    const { res, responseUrl } = await http.command({ command: '/bb-timeline', text: 'Almasri from:notadate' });
    expect(res.status).toBe(200);
    const answer = await answerAt(responseUrl);
    expect(answer.response_type).toBe('ephemeral');
    expect(blockText(answer.blocks)).toMatch(/notadate/);
    expect(answer.text.trim()).not.toBe('');
    expectValid(answer);
  });
});

describe('Slack, HTTP mode: only Slack can talk to the bot', () => {
  it.each([
    ['a wrong signature', (body: string) => signSlackRequest('not-the-signing-secret', body)],
    [
      'a missing signature',
      (body: string) => {
        const { 'x-slack-signature': _dropped, ...rest } = signSlackRequest(SIGNING_SECRET, body);
        return rest;
      },
    ],
    ['a timestamp older than five minutes', (body: string) => signSlackRequest(SIGNING_SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60)],
    [
      'a signature over a different body',
      (body: string) => signSlackRequest(SIGNING_SECRET, body.replace('text=Almasri', 'text=Haftar')),
    ],
  ])('refuses %s with 401 and runs nothing', async (_what, headers) => {
    const http = await startHttpBot();
    const before = standin.calls.length;
    const { res, responseUrl, body } = await http.command({ command: '/bb-who', text: 'Almasri' }, headers);
    expect(body).toContain('text=Almasri');
    expect(res.status).toBe(401);
    await expectNoAnswerAt(responseUrl);
    expect(standin.calls.slice(before)).toEqual([]);
    expect(standin.responses).toEqual([]);
  });

  it('answers a retried delivery (X-Slack-Retry-Num) exactly once in total', async () => {
    const http = await startHttpBot();
    const { res, responseUrl, body } = await http.command({ command: '/bb-who', text: 'Almasri' });
    expect(res.status).toBe(200);
    await answerAt(responseUrl);

    // Slack's redelivery: the same body, signed afresh, with the retry headers. It is acknowledged…
    const retry = await postToApp(http.eventsUrl, body, {
      ...signSlackRequest(SIGNING_SECRET, body),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    // …and not answered again.
    await expect(standin.waitUntil(() => (countAt(responseUrl) > 1 ? true : undefined), QUIET_MS, 'a second answer')).rejects.toThrow(/timed out/);
    expect(countAt(responseUrl)).toBe(1);
    expect(standin.responses).toHaveLength(1);
  });
});

describe('Slack: hostile and oversized text', () => {
  it('echoes <!channel>, <!here>, <@U…> and @everyone as inert text, never as live mentions', async () => {
    const http = await startHttpBot();
    const hostile = '<!channel> <!here> <@U0EDITOR1> @everyone @here';
    const { res, responseUrl } = await http.command({ command: '/bb-search', text: hostile });
    expect(res.status).toBe(200);
    const answer = await answerAt(responseUrl);
    const all = `${answer.text}\n${blockText(answer.blocks)}`;
    // The words are shown back (escaped), so the check below is not vacuous…
    expect(all).toContain('&lt;!channel&gt;');
    // …and nothing Slack would turn into a mention or a ping survives.
    for (const live of ['<!channel>', '<!here>', '<!everyone>', '<@']) expect(all).not.toContain(live);
    expect(all).not.toMatch(/@(everyone|here|channel)/);
    expectValid(answer);
  });

  it(`answers a command text over ${MAX_LINE} characters with a polite ephemeral problem`, async () => {
    const http = await startHttpBot();
    const long = 'Almasri '.repeat(300).trim();
    expect(long.length).toBeGreaterThan(MAX_LINE);
    const { res, responseUrl } = await http.command({ command: '/bb-search', text: long });
    expect(res.status).toBe(200);
    const answer = await answerAt(responseUrl);
    expect(answer.response_type).toBe('ephemeral');
    const said = blockText(answer.blocks);
    expect(said).toMatch(/too long/i);
    expect(said).toContain(String(MAX_LINE));
    expect(said).not.toMatch(/error|exception|stack/i);
    expectValid(answer);
  });
});

describe('Slack: manager-only /bb-retract', () => {
  let store: Store;
  beforeEach(async () => {
    store = await seededStore();
  });
  afterEach(() => store.close());

  const articleThere = () => store.findArticles(ALMASRI_FILE).length === 1;

  it('refuses a member who is not an admin, politely and privately, and removes nothing', async () => {
    const http = await startHttpBot({ store });
    const before = store.counts();
    const { res, responseUrl } = await http.command({ command: '/bb-retract', text: ALMASRI_FILE, user_id: 'U0REPORTR', user_name: 'reporter' });
    expect(res.status).toBe(200);
    const answer = await answerAt(responseUrl);
    expect(answer.response_type).toBe('ephemeral');
    expect(blockText(answer.blocks)).toMatch(/Only people who manage this channel can use \/bb-retract/);
    expectValid(answer);
    expect(callsOf('users.info').map((c) => c.args.user)).toEqual(['U0REPORTR']);
    expect(callsOf('users.info')[0]?.token).toBe(BOT_TOKEN);
    expect(articleThere()).toBe(true);
    expect(store.counts()).toEqual(before);
  });

  it('refuses someone users.info cannot find (treated as not a manager)', async () => {
    const http = await startHttpBot({ store });
    const { responseUrl } = await http.command({ command: '/bb-retract', text: ALMASRI_FILE, user_id: 'U0STRANGER' });
    const answer = await answerAt(responseUrl);
    expect(answer.response_type).toBe('ephemeral');
    expect(blockText(answer.blocks)).toMatch(/Only people who manage this channel/);
    expect(callsOf('users.info').map((c) => c.args.user)).toEqual(['U0STRANGER']);
    expect(articleThere()).toBe(true);
  });

  it.each([
    ['a workspace admin', 'U0EDITOR1'],
    ['a workspace owner', 'U0OWNER01'],
  ])('lets %s remove the article', async (_who, userId) => {
    const http = await startHttpBot({ store });
    const before = store.counts();
    const { res, responseUrl } = await http.command({ command: '/bb-retract', text: ALMASRI_FILE, user_id: userId });
    expect(res.status).toBe(200);
    const answer = await answerAt(responseUrl);
    expect(answer.response_type).toBe('in_channel');
    expect(header(answer.blocks)).toBe('Article removed from the index');
    expect(blockText(answer.blocks)).toContain(ALMASRI_FILE);
    expectValid(answer);
    expect(callsOf('users.info').map((c) => c.args.user)).toEqual([userId]);
    expect(articleThere()).toBe(false);
    expect(store.counts().articles).toBe(before.articles - 1);
  });

  it('lets a user named in managers.users remove it, without asking users.info', async () => {
    const http = await startHttpBot({ store, managers: { users: ['U0DESKCHF'], channels: [] } });
    // Unknown to the workspace directory: only the configuration can be what allows it.
    expect(standin.users.U0DESKCHF).toBeUndefined();
    const { responseUrl } = await http.command({ command: '/bb-retract', text: ALMASRI_FILE, user_id: 'U0DESKCHF' });
    const answer = await answerAt(responseUrl);
    expect(header(answer.blocks)).toBe('Article removed from the index');
    expect(callsOf('users.info')).toEqual([]);
    expect(articleThere()).toBe(false);
  });

  it('/bb-fix: a manager corrects the index with the reason typed in the text; a member is refused and nothing changes', async () => {
    const http = await startHttpBot({ store, managers: { users: ['U0DESKCHF'], channels: [] } });
    const aliases = () => store.listActors().find((a) => a.name === 'Najeem Almasri')!.aliases;
    const text = 'alias Najeem Almasri, Osama Njeem reason:"the ICC spelling"';
    const refused = await answerAt((await http.command({ command: '/bb-fix', text, user_id: 'U0REPORTR' })).responseUrl);
    expect(blockText(refused.blocks)).toMatch(/Only people who manage this channel can correct the index/);
    expect(aliases()).not.toContain('Osama Njeem');

    const done = await answerAt((await http.command({ command: '/bb-fix', text, user_id: 'U0DESKCHF', user_name: 'deskchief' })).responseUrl);
    expect(header(done.blocks)).toBe('Correction 1 made');
    expect(blockText(done.blocks)).toContain('Najeem Almasri also goes by “Osama Njeem”.');
    expect(aliases()).toContain('Osama Njeem');
    expect(store.corrections.list()[0]).toMatchObject({ by: 'deskchief (slack:U0DESKCHF)', reason: 'the ICC spelling' });
  });

  it('lets anyone in a channel named in managers.channels remove it, without asking users.info; elsewhere they are refused', async () => {
    const http = await startHttpBot({ store, managers: { users: [], channels: ['C0EDITORS'] } });
    // The same non-admin member, first in an ordinary channel…
    const elsewhere = await http.command({ command: '/bb-retract', text: ALMASRI_FILE, user_id: 'U0REPORTR', channel_id: 'C0NEWSDESK' });
    expect((await answerAt(elsewhere.responseUrl)).response_type).toBe('ephemeral');
    expect(articleThere()).toBe(true);
    expect(callsOf('users.info')).toHaveLength(1);

    // …then in the managers' channel.
    const inDesk = await http.command({ command: '/bb-retract', text: ALMASRI_FILE, user_id: 'U0REPORTR', channel_id: 'C0EDITORS', channel_name: 'editors' });
    const answer = await answerAt(inDesk.responseUrl);
    expect(header(answer.blocks)).toBe('Article removed from the index');
    expect(callsOf('users.info')).toHaveLength(1);
    expect(articleThere()).toBe(false);
  });
});

describe('Slack: options and the digest seam', () => {
  it('post(channel, answer) sends chat.postMessage with the rendered blocks and text', async () => {
    const http = await startHttpBot();
    const answer = await answerLine('/who Almasri', { store: sharedStore, commands });
    expect(answer.kind).toBe('profile');
    await http.bot.post('C0DIGESTS', answer);

    const calls = callsOf('chat.postMessage');
    expect(calls).toHaveLength(1);
    const rendered = renderSlack(answer);
    expect(calls[0]?.token).toBe(BOT_TOKEN);
    expect(calls[0]?.args).toMatchObject({ channel: 'C0DIGESTS', text: rendered.text, blocks: rendered.blocks });
    const sent = calls[0]!.args as unknown as SlackMessage;
    expect(header(sent.blocks)).toMatch(/^Najeem Almasri\b/);
    expectValid(sent);
    // The digest runner hears about a failed post.
    await expect(http.bot.post('', answer)).rejects.toThrow(/channel_not_found/);
  });

  it('answers a command the manifest lists but this version lacks, privately, in the ack', async () => {
    const http = await startHttpBot();
    const { res, responseUrl } = await http.command({ command: '/bb-whois', text: 'Almasri' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ response_type: 'ephemeral', text: expect.stringMatching(/I do not know \/bb-whois\. Type \/bb-help/) });
    await expectNoAnswerAt(responseUrl);
    // a known command is answered once, by its own listener
    const known = await http.command({ command: '/bb-who', text: 'Almasri' });
    expect(known.res.body).toBe('');
    await answerAt(known.responseUrl);
    expect(countAt(known.responseUrl)).toBe(1);
  });

  it("with a prefix of '' registers /who", async () => {
    const http = await startHttpBot({ prefix: '' });
    const { res, responseUrl } = await http.command({ command: '/who', text: 'Almasri' });
    expect(res.status).toBe(200);
    const answer = await answerAt(responseUrl);
    expect(header(answer.blocks)).toMatch(/^Najeem Almasri\b/);
  });

  it("with visibility 'ephemeral' answers only the asker", async () => {
    const http = await startHttpBot({ visibility: 'ephemeral' });
    const { responseUrl } = await http.command({ command: '/bb-who', text: 'Almasri' });
    const answer = await answerAt(responseUrl);
    expect(answer.response_type).toBe('ephemeral');
    expect(header(answer.blocks)).toMatch(/^Najeem Almasri\b/);
  });

  it('refuses to start with neither an app token nor a signing secret', () => {
    expect(() => createSlackBot({ botToken: BOT_TOKEN, prefix: 'bb-', store: sharedStore, commands })).toThrow(/SLACK_APP_TOKEN|SLACK_SIGNING_SECRET/);
  });
});

describe('Slack, Socket Mode', () => {
  it('connects with the app token, acknowledges /bb-who Almasri, answers at the response_url and stops cleanly', async () => {
    const bot = createSlackBot({ botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: standin.apiUrl, prefix: 'bb-', store: sharedStore, commands });
    bots.push(bot);
    expect(await bot.start()).toEqual({ port: null });
    expect(callsOf('apps.connections.open')).toEqual([{ method: 'apps.connections.open', args: {}, token: APP_TOKEN }]);
    expect(standin.openSockets).toBe(1);

    const ack = await standin.sendSlashCommand({ command: '/bb-who', text: 'Almasri' });
    const envelope = standin.envelopes.at(-1)!;
    expect(ack.envelope_id).toBe(envelope.envelope_id);
    const answer = await answerAt(String(envelope.payload.response_url));
    expect(answer.response_type).toBe('in_channel');
    expect(header(answer.blocks)).toMatch(/^Najeem Almasri\b/);
    expectValid(answer);

    bots.splice(bots.indexOf(bot), 1);
    await bot.stop();
    await standin.waitUntil(() => (standin.openSockets === 0 ? true : undefined), 2_000, 'the socket to close');
    expect(standin.socketCloses.map((c) => c.code)).toEqual([1000]);
  });
});

describe('Slack app manifest', () => {
  it('Socket Mode: one slash command per definition, with descriptions and usage hints, and the scopes', () => {
    const m = slackManifest(commands, { prefix: 'bb-', mode: { socket: true } });
    const slash = m.features.slash_commands;
    expect(slash.map((s) => s.command)).toEqual(commands.map((c) => `/bb-${c.name}`));
    expect(new Set(slash.map((s) => s.command)).size).toBe(commands.length);
    for (const [i, c] of commands.entries()) {
      const s = slash[i]!;
      expect(s.description).toBe(c.description);
      expect(s).not.toHaveProperty('url');
      expect(s.usage_hint).not.toMatch(/^\//);
      expect(s.usage_hint.length).toBeLessThanOrEqual(1000);
      const required = c.options.find((o) => o.type === 'string' && o.required);
      if (required) expect(s.usage_hint).toContain(required.name.toUpperCase());
      if (c.options.length === 0) expect(s.usage_hint).toBe('');
    }
    expect(slash.find((s) => s.command === '/bb-timeline')?.usage_hint).toMatch(/from:/);
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'users:read']));
    expect(checkManifest(commands, { prefix: 'bb-', mode: { socket: true } })).toEqual([]);
  });

  it('HTTP mode: every command points at https://…/slack/events', () => {
    const m = slackManifest(commands, { prefix: 'bb-', mode: { socket: false, url: 'https://briefbot.example.org/' } });
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.features.slash_commands).toHaveLength(commands.length);
    for (const s of m.features.slash_commands) expect(s).toMatchObject({ url: 'https://briefbot.example.org/slack/events' });
    expect(checkManifest(commands, { prefix: 'bb-', mode: { socket: false, url: 'https://briefbot.example.org' } })).toEqual([]);
    // No prefix: the plain names.
    expect(slackManifest(commands, { prefix: '', mode: { socket: true } }).features.slash_commands[0]?.command).toBe('/who');
  });

  it('checkManifest rejects a prefix that makes a command too long, a prefix Slack cannot take, and an http:// URL', () => {
    // Slack allows 32 characters with the slash: the longest name plus a prefix of exactly the rest fits…
    const longest = Math.max(...commands.map((c) => c.name.length));
    const fits = 'n'.repeat(32 - 1 - longest);
    expect(checkManifest(commands, { prefix: fits, mode: { socket: true } })).toEqual([]);
    // …one character more does not, and the problem names the command.
    const over = checkManifest(commands, { prefix: `${fits}x`, mode: { socket: true } });
    const tooLong = commands.filter((c) => c.name.length === longest).map((c) => `/${fits}x${c.name}`);
    expect(over).toHaveLength(tooLong.length);
    for (const name of tooLong) expect(over.join('\n')).toContain(`${name} is longer than Slack's 32 characters`);
    expect(checkManifest(commands, { prefix: 'BB ', mode: { socket: true } }).join('\n')).toMatch(/prefix/);
    expect(checkManifest(commands, { prefix: 'bb-', mode: { socket: false, url: 'http://briefbot.example.org' } }).join('\n')).toMatch(/https:\/\//);
  });
});

describe('Slack: what the user typed, decoded', () => {
  it('turns Slack\'s entities and wrapped links back into the text typed', async () => {
    const { slackText } = await import('../src/platforms/slack.ts');
    expect(slackText('AT&amp;T &lt;b&gt;')).toBe('AT&T <b>');
    expect(slackText('Haftar &amp; Dbeibah')).toBe('Haftar & Dbeibah');
    expect(slackText('<https://example.com/a?x=1&amp;y=2|example.com/a?x=1&amp;y=2>')).toBe('https://example.com/a?x=1&y=2');
    expect(slackText('<https://example.com/story>')).toBe('https://example.com/story');
    expect(slackText('<mailto:desk@example.com|desk@example.com>')).toBe('desk@example.com');
    expect(slackText('<@U123> and <#C1|news>')).toBe('<@U123> and <#C1|news>');
  });

  it('/bb-link Haftar &amp; Piantedosi splits on the ampersand the user typed', async () => {
    const http = await startHttpBot();
    const { responseUrl } = await http.command({ command: '/bb-link', text: 'Khalifa Haftar &amp; Piantedosi' });
    expect(header((await answerAt(responseUrl)).blocks)).toMatch(/Khalifa Haftar ↔ Matteo Piantedosi/);
  });
});

describe('Slack: an empty prefix is no prefix, for the bot and the manifest alike', () => {
  it('loadConfig and slackPrefix agree', async () => {
    const { loadConfig, slackPrefix } = await import('../src/config.ts');
    const env = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_COMMAND_PREFIX: '' };
    expect(loadConfig(env).slack?.prefix).toBe('');
    expect(slackPrefix(env)).toBe('');
    const unset = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    expect(loadConfig(unset).slack?.prefix).toBe('bb-');
    expect(slackPrefix(unset)).toBe('bb-');
  });
});
