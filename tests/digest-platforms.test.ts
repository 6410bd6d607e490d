// Digests and watches end to end: the REAL discord.js client (createDiscordBot) and the REAL Bolt
// app (createSlackBot) against the local Discord and Slack stand-ins, driven by the real scheduler
// (createScheduler) with a poster routing to bot.post, as src/cli.ts wires it. Each test asserts
// exactly which messages reached the stand-in: a digest at its slot and never twice, the message id
// recorded, a deleted channel disabling its subscription, a failing platform posting exactly once,
// /bb-digest through Slack's slash commands, and watch alerts. No internet, no real waiting: the
// clock is injected (`now`), or node-cron is driven by fake timers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import digestCommand from '../commands/digest.ts';
import unwatchCommand from '../commands/unwatch.ts';
import watchCommand from '../commands/watch.ts';
import type { Alert, Answer, Digest } from '../src/briefing/answers.ts';
import type { AnyCommand } from '../src/command.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { createDiscordBot, type DiscordBot } from '../src/platforms/discord.ts';
import { createSlackBot, type SlackBot } from '../src/platforms/slack.ts';
import { renderDiscord, validateDiscordMessage, type DiscordMessage } from '../src/render/discord.ts';
import { renderSlack, validateSlackMessage, type SlackMessage } from '../src/render/slack.ts';
import { createScheduler, type Poster, type Scheduler, type SchedulerOptions } from '../src/schedule/scheduler.ts';
import { openStore, type ChannelAddress, type Store, type Subscription } from '../src/store/index.ts';
import { startDiscordStandin, type DiscordStandin, type IncomingRequest, type RecordedRequest } from './support/discord-standin.ts';
import { discordText, slackText } from './support/inert.ts';
import {
  postToApp,
  signSlackRequest,
  slashCommandBody,
  startSlackStandin,
  STANDIN_TEAM,
  type SlackStandin,
  type SlashCommandFields,
  type StandinUser,
} from './support/slack-standin.ts';
import { writeStory } from './support/stories.ts';

// Only the commands these tests use: the bots register exactly these.
const COMMANDS: readonly AnyCommand[] = [digestCommand, watchCommand, unwatchCommand];
const STRING = ApplicationCommandOptionType.String;

const SIGNING_SECRET = 'briefbot-digest-test-secret';
const BOT_TOKEN = 'xoxb-digest-test';
const SLACK_USERS: Record<string, StandinUser> = {
  U0EDITOR1: { name: 'editor', is_admin: true, tz: 'America/Chicago' },
  U0REPORTR: { name: 'reporter', is_admin: false, is_owner: false, tz: 'Asia/Tokyo' },
};

// ---- per-test state, torn down in order: scheduler, bots, stand-ins, store -------------------------

let dir: string;
let store: Store;
let schedulers: Scheduler[] = [];
let discordBot: DiscordBot | undefined;
let discord: DiscordStandin | undefined;
let slackBot: SlackBot | undefined;
let slack: SlackStandin | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-digest-platforms-'));
  store = openStore(join(dir, 'index.db'));
});

afterEach(async () => {
  vi.useRealTimers();
  for (const s of schedulers.splice(0)) await s.stop();
  // the clients first: a live client would keep reconnecting to a closed port
  await discordBot?.stop();
  await slackBot?.stop();
  await discord?.close();
  await slack?.close();
  discordBot = slackBot = undefined;
  discord = slack = undefined;
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

// ---- articles --------------------------------------------------------------------------------------

/** A short wire story (tests/support/stories.ts) ingested into the index. Returns its title. */
async function ingestStory(o: { name?: string; role?: string; day?: string } = {}): Promise<string> {
  const { file, title } = writeStory(dir, '2027-03-09', o);
  const summary = await ingestPaths(store, [file]);
  expect(summary.failed).toBe(0);
  expect(summary.added).toBe(1);
  return title;
}

// ---- clock, subscriptions, scheduler ---------------------------------------------------------------

class Clock {
  t: Date;
  constructor(iso: string) {
    this.t = new Date(iso);
  }
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = new Date(iso);
  }
}

function subscribe(to: ChannelAddress, time: string, timezone: string, createdAt: string): Subscription {
  return store.schedule.subscribe({
    ...to,
    time,
    timezone,
    topic: null,
    whenEmpty: 'say',
    createdBy: 'U1',
    createdAt,
    sinceArticle: store.schedule.latestArticleId(),
  });
}

interface Attempt {
  to: ChannelAddress;
  answer: Answer;
  /** What bot.post resolved with, or the error it threw. */
  result?: { messageId: string } | { error: unknown };
}

/** The poster src/cli.ts builds: by platform to the running bot's post(); every attempt recorded. */
function routingPoster(attempts: Attempt[]): Poster {
  return {
    async post(to, answer) {
      const attempt: Attempt = { to, answer };
      attempts.push(attempt);
      const bot = to.platform === 'discord' ? discordBot : to.platform === 'slack' ? slackBot : undefined;
      if (!bot) throw new Error(`no ${to.platform} bot running`);
      try {
        const messageId = await bot.post(to.channel, answer);
        attempt.result = { messageId };
        return messageId;
      } catch (error) {
        attempt.result = { error };
        throw error;
      }
    },
  };
}

function scheduler(o: Pick<SchedulerOptions, 'platforms' | 'poster'> & Partial<SchedulerOptions>): Scheduler {
  // no waiting between retries: the backoff is recorded by tests that care
  const sch = createScheduler({ store, sleep: async () => {}, ...o });
  schedulers.push(sch);
  return sch;
}

// ---- Discord -----------------------------------------------------------------------------------------

async function startDiscord(): Promise<DiscordStandin> {
  // Discord's real heartbeat interval: no heartbeat falls inside a test, faked clock or not
  const s = (discord = await startDiscordStandin({ heartbeatIntervalMs: 45_000 }));
  discordBot = createDiscordBot({ token: s.token, appId: s.appId, apiUrl: s.restBase, store, commands: COMMANDS, timezone: 'UTC' });
  await discordBot.start();
  return s;
}

const discordChannel = (s: DiscordStandin, channel = s.channelId): ChannelAddress => ({ platform: 'discord', workspace: s.guildId, channel });

const messagesPost = (channel: string) => (r: IncomingRequest) => r.method === 'POST' && r.path === `/channels/${channel}/messages`;

/** The message body as it went over the wire (snake_case). */
type WireMessage = Omit<DiscordMessage, 'allowedMentions'> & { allowed_mentions?: { parse: string[] } };

function wire(r: RecordedRequest): WireMessage {
  return r.body as WireMessage;
}

/** The wire body is exactly the renderer's message for this answer, mentions off, within Discord's limits. */
function expectDiscordMessageOf(r: RecordedRequest, answer: Answer): void {
  const body = wire(r);
  expect(body.allowed_mentions).toEqual({ parse: [] });
  const rendered = renderDiscord(answer);
  expect(body.embeds).toEqual(JSON.parse(JSON.stringify(rendered.embeds)));
  expect(validateDiscordMessage({ ...body, allowedMentions: { parse: [] } })).toEqual([]);
}

const requestLines = (rs: RecordedRequest[]) => rs.map((r) => `${r.status} ${r.method} ${r.path}`);

// ---- Slack -------------------------------------------------------------------------------------------

interface HttpSlack {
  s: SlackStandin;
  /** A slash command exactly as Slack sends it (form body, signed now), with a fresh response_url. */
  command(fields: Partial<SlashCommandFields>): Promise<{ status: number; responseUrl: string }>;
}

async function startSlack(o: { now?: () => Date; schedule?: Scheduler } = {}): Promise<HttpSlack> {
  const s = (slack = await startSlackStandin({ users: structuredClone(SLACK_USERS) }));
  slackBot = createSlackBot({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: s.apiUrl,
    prefix: 'bb-',
    store,
    commands: COMMANDS,
    timezone: 'UTC',
    ...(o.now ? { now: o.now } : {}),
    ...(o.schedule ? { schedule: o.schedule } : {}),
  });
  const { port } = await slackBot.start();
  await s.waitForCall('auth.test');
  const eventsUrl = `http://127.0.0.1:${port!}/slack/events`;
  return {
    s,
    async command(fields) {
      const responseUrl = s.responseUrl();
      const body = slashCommandBody({ response_url: responseUrl, ...fields });
      const res = await postToApp(eventsUrl, body, signSlackRequest(SIGNING_SECRET, body));
      return { status: res.status, responseUrl };
    },
  };
}

const slackChannel = (channel: string): ChannelAddress => ({ platform: 'slack', workspace: STANDIN_TEAM.id, channel });

/** What Bolt's respond() POSTed to the response_url. */
interface Responded extends SlackMessage {
  response_type: 'in_channel' | 'ephemeral';
}

async function answerAt(s: SlackStandin, responseUrl: string): Promise<Responded> {
  const body = (await s.waitForResponse(responseUrl)).body as Responded;
  expect(body).toMatchObject({ response_type: expect.any(String), text: expect.any(String), blocks: expect.any(Array) });
  return body;
}

const postMessages = (s: SlackStandin) => s.calls.filter((c) => c.method === 'chat.postMessage');

// =====================================================================================================

describe('a digest posted to Discord through the real client', () => {
  it('at its slot: exactly one channel message carrying the digest, none on the next sweep, the message id recorded', async () => {
    const s = await startDiscord();
    const clock = new Clock('2027-03-10T06:00:00Z');
    const sub = subscribe(discordChannel(s), '08:00', 'UTC', clock.now().toISOString());
    const title = await ingestStory();
    const attempts: Attempt[] = [];
    const sch = scheduler({ poster: routingPoster(attempts), platforms: ['discord'], now: clock.now });
    const before = s.requests.length;

    clock.set('2027-03-10T07:59:30Z');
    await sch.sweep();
    expect(s.requests.length).toBe(before); // not due yet

    clock.set('2027-03-10T08:00:30Z');
    await sch.sweep();
    const sent = s.requests.slice(before);
    expect(requestLines(sent)).toEqual([`200 POST /channels/${s.channelId}/messages`]);
    expect(attempts).toHaveLength(1);
    const digest = attempts[0]!.answer as Digest;
    expect(digest.kind).toBe('digest');
    expect(digest.audience).toBe('channel');
    expect(digest.articles.map((a) => a.title)).toEqual([title]);
    expect(digest.actors.map((a) => a.actor.name)).toContain('Marieke Janssen');
    expect(digest.events.length).toBeGreaterThan(0);
    // what went over the wire is that digest, rendered: the new article and an event in its embeds
    expectDiscordMessageOf(sent[0]!, digest);
    const text = discordText({ ...wire(sent[0]!), allowedMentions: { parse: [] } });
    expect(text).toContain(title);
    expect(text).toContain('Marieke Janssen');
    expect(text).toContain(digest.events[0]!.when); // an event, dated

    // the channel holds one message, and its id is the delivery's
    expect(s.channelMessages.map((m) => m.channel_id)).toEqual([s.channelId]);
    expect(store.schedule.delivery('digest', sub.id, '2027-03-10')).toMatchObject({
      status: 'posted',
      attempts: 1,
      messageId: s.channelMessages[0]!.id,
      error: null,
    });

    // a second sweep in the same slot, and one a little later: nothing more
    await sch.sweep();
    clock.set('2027-03-10T08:05:00Z');
    await sch.sweep();
    expect(s.requests.length).toBe(before + 1);
    expect(s.channelMessages).toHaveLength(1);
    expect(s.problems).toEqual([]);
  });

  it('fired by node-cron itself (fake timers started after the client connected): one message at 08:00 Rome, nothing after', async () => {
    const s = await startDiscord();
    // 08:00 in Rome is 07:00 UTC in March 2027 (before the clocks change on the 28th)
    const sub = subscribe(discordChannel(s), '08:00', 'Europe/Rome', '2027-03-10T05:00:00.000Z');
    const title = await ingestStory();
    const before = s.requests.length;

    // Only timers made from here on are fake: the connected client's heartbeat stays on real
    // time, and its HTTP requests are real I/O, which goes on while the fake clock stands still.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2027-03-10T06:58:30Z'));
    let posted!: () => void;
    const done = new Promise<void>((resolve) => (posted = resolve));
    const attempts: Attempt[] = [];
    const route = routingPoster(attempts);
    const sch = scheduler({
      platforms: ['discord'],
      // watches are not under test here: their task must not fire within the test's minutes
      watchEvery: '0 0 1 1 *',
      poster: { post: (to, answer) => route.post(to, answer).finally(() => posted()) },
    });
    await sch.start(); // the first sweep: nothing is due yet
    await vi.advanceTimersByTimeAsync(60_000); // 06:59:30
    expect(s.requests.length).toBe(before);
    expect(attempts).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(31_000); // 07:00:01: the subscription's task has fired
    expect(attempts).toHaveLength(1);
    await done; // the post is real network I/O: it completes with the fake clock standing at 07:00:01
    await vi.advanceTimersByTimeAsync(0);
    const sent = s.requests.slice(before);
    expect(requestLines(sent)).toEqual([`200 POST /channels/${s.channelId}/messages`]);
    expectDiscordMessageOf(sent[0]!, attempts[0]!.answer);
    expect(discordText({ ...wire(sent[0]!), allowedMentions: { parse: [] } })).toContain(title);
    const delivery = store.schedule.delivery('digest', sub.id, '2027-03-10');
    expect(delivery).toMatchObject({ status: 'posted', attempts: 1, messageId: s.channelMessages[0]!.id });
    // claimed at the fire, not by a sweep a minute later
    expect(Date.parse(delivery!.claimedAt) - Date.parse('2027-03-10T07:00:00Z')).toBeLessThan(2_000);

    // the minute sweeps that follow, and the rest of the day's fires: nothing more
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(attempts).toHaveLength(1);
    expect(s.requests.length).toBe(before + 1);
    vi.useRealTimers();
  });
});

describe('a digest posted to Slack through the real Bolt app', () => {
  it('at its slot: one chat.postMessage with the digest blocks to the subscribed channel; the delivery keeps the ts Slack answered', async () => {
    const { s } = await startSlack();
    const clock = new Clock('2027-03-10T06:00:00Z');
    const sub = subscribe(slackChannel('C0DIGESTS'), '08:00', 'UTC', clock.now().toISOString());
    const title = await ingestStory();
    const attempts: Attempt[] = [];
    const sch = scheduler({ poster: routingPoster(attempts), platforms: ['slack'], now: clock.now });
    const before = s.calls.length;

    clock.set('2027-03-10T08:00:30Z');
    await sch.sweep();
    const calls = s.calls.slice(before);
    expect(calls.map((c) => c.method)).toEqual(['chat.postMessage']);
    expect(calls[0]!.token).toBe(BOT_TOKEN);
    const digest = attempts[0]!.answer as Digest;
    expect(digest.kind).toBe('digest');
    expect(digest.articles.map((a) => a.title)).toEqual([title]);
    const rendered = renderSlack(digest, { prefix: 'bb-', commands: COMMANDS.map((c) => c.name) });
    expect(calls[0]!.args).toEqual({ channel: 'C0DIGESTS', text: rendered.text, blocks: rendered.blocks });
    const sent = calls[0]!.args as unknown as SlackMessage;
    expect(validateSlackMessage(sent)).toEqual([]);
    expect(slackText(sent)).toContain(title);
    expect(slackText(sent)).toContain('Marieke Janssen');

    expect(s.posted.map((p) => p.channel)).toEqual(['C0DIGESTS']);
    expect(store.schedule.delivery('digest', sub.id, '2027-03-10')).toMatchObject({ status: 'posted', attempts: 1, messageId: s.posted[0]!.ts });

    await sch.sweep();
    expect(s.calls.length).toBe(before + 1);
  });
});

describe('a deleted channel', () => {
  it('Discord answers 404 Unknown Channel: the subscription is disabled with the reason, the delivery failed, nothing retried, other channels unaffected', async () => {
    const s = await startDiscord();
    const GONE_ID = '1380000000000000099';
    // Discord forgets a deleted channel: fetching it, or posting to it, is 404 Unknown Channel (10003)
    s.failNext((r) => r.path.startsWith(`/channels/${GONE_ID}`), { status: 404, code: 10003, message: 'Unknown Channel' }, 1000);
    const clock = new Clock('2027-03-10T06:00:00Z');
    const gone = subscribe(discordChannel(s, GONE_ID), '08:00', 'UTC', clock.now().toISOString());
    const ok = subscribe(discordChannel(s), '08:00', 'UTC', clock.now().toISOString());
    await ingestStory();
    const attempts: Attempt[] = [];
    const sch = scheduler({ poster: routingPoster(attempts), platforms: ['discord'], now: clock.now, attempts: 4 });
    const before = s.requests.length;

    clock.set('2027-03-10T08:00:30Z');
    await sch.sweep();
    // one request for the gone channel (the fetch that found it gone), one message in the other
    expect(requestLines(s.requests.slice(before)).sort()).toEqual(
      [`404 GET /channels/${GONE_ID}`, `200 POST /channels/${s.channelId}/messages`].sort(),
    );
    expect(attempts.filter((a) => a.to.channel === GONE_ID)).toHaveLength(1);
    expect(store.schedule.subscription(gone.id)).toMatchObject({
      disabledAt: '2027-03-10T08:00:30.000Z',
      disabledReason: expect.stringMatching(/Unknown Channel/),
    });
    expect(store.schedule.delivery('digest', gone.id, '2027-03-10')).toMatchObject({ status: 'failed', attempts: 1, error: expect.stringMatching(/Unknown Channel/) });
    expect(store.schedule.delivery('digest', ok.id, '2027-03-10')).toMatchObject({ status: 'posted' });

    // the next days: the healthy channel gets its digests; the gone one is never tried again
    for (const day of ['2027-03-11', '2027-03-12']) {
      clock.set(`${day}T08:00:30Z`);
      await sch.sweep();
    }
    expect(s.requests.slice(before).filter((r) => r.path.includes(GONE_ID))).toHaveLength(1);
    expect(s.channelMessages.map((m) => m.channel_id)).toEqual([s.channelId, s.channelId, s.channelId]);
    expect(store.schedule.deliveries('digest', gone.id).map((d) => [d.slot, d.status])).toEqual([['2027-03-10', 'failed']]);
    expect(store.schedule.subscriptions().map((x) => x.id)).toEqual([ok.id]);
  });

  it('Discord answers 403 Missing Access to the post itself (the bot lost the channel unnoticed): disabled after one try', async () => {
    const s = await startDiscord();
    // the channel is still in the client's cache, so the post is the first request to find out
    s.failNext(messagesPost(s.channelId), { status: 403, code: 50001, message: 'Missing Access' }, 1000);
    const clock = new Clock('2027-03-10T06:00:00Z');
    const sub = subscribe(discordChannel(s), '08:00', 'UTC', clock.now().toISOString());
    const sch = scheduler({ poster: routingPoster([]), platforms: ['discord'], now: clock.now, attempts: 4 });
    const before = s.requests.length;

    clock.set('2027-03-10T08:00:30Z');
    await sch.sweep();
    expect(requestLines(s.requests.slice(before))).toEqual([`403 POST /channels/${s.channelId}/messages`]);
    expect(store.schedule.subscription(sub.id)).toMatchObject({ disabledReason: expect.stringMatching(/Missing Access/) });
    expect(store.schedule.delivery('digest', sub.id, '2027-03-10')).toMatchObject({ status: 'failed', attempts: 1 });
    clock.set('2027-03-11T08:00:30Z');
    await sch.sweep();
    expect(s.requests.length).toBe(before + 1);
    expect(s.channelMessages).toEqual([]);
  });

  it('Slack answers channel_not_found: the subscription is disabled, the delivery failed, later sweeps post nothing there', async () => {
    const { s } = await startSlack();
    s.failNext((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0DELETED', 'channel_not_found', 1000);
    const clock = new Clock('2027-03-10T06:00:00Z');
    const gone = subscribe(slackChannel('C0DELETED'), '08:00', 'UTC', clock.now().toISOString());
    const attempts: Attempt[] = [];
    const sch = scheduler({ poster: routingPoster(attempts), platforms: ['slack'], now: clock.now, attempts: 4 });
    const before = s.calls.length;

    clock.set('2027-03-10T08:00:30Z');
    await sch.sweep();
    expect(s.calls.slice(before).map((c) => [c.method, c.args.channel])).toEqual([['chat.postMessage', 'C0DELETED']]);
    expect(s.posted).toEqual([]);
    expect(store.schedule.subscription(gone.id)).toMatchObject({ disabledReason: expect.stringMatching(/channel_not_found/) });
    expect(store.schedule.delivery('digest', gone.id, '2027-03-10')).toMatchObject({ status: 'failed', attempts: 1, messageId: null });

    clock.set('2027-03-11T08:00:30Z');
    await sch.sweep();
    clock.set('2027-03-12T08:00:30Z');
    await sch.sweep();
    expect(s.calls.length).toBe(before + 1);
    expect(store.schedule.deliveries('digest', gone.id)).toHaveLength(1);
  });
});

describe('a failing platform', () => {
  it('Slack answers internal_error twice: the third attempt posts, exactly one message, attempts = 3, backoff asked for', async () => {
    const { s } = await startSlack();
    s.failNext('chat.postMessage', 'internal_error', 2);
    const clock = new Clock('2027-03-10T06:00:00Z');
    const sub = subscribe(slackChannel('C0DIGESTS'), '08:00', 'UTC', clock.now().toISOString());
    await ingestStory();
    const waits: number[] = [];
    const attempts: Attempt[] = [];
    const sch = scheduler({
      poster: routingPoster(attempts),
      platforms: ['slack'],
      now: clock.now,
      attempts: 4,
      backoffMs: 1000,
      sleep: async (ms) => void waits.push(ms),
    });
    const before = s.calls.length;

    clock.set('2027-03-10T08:00:30Z');
    await sch.sweep();
    // three tries reached Slack; only the last made a message
    expect(s.calls.slice(before).map((c) => c.method)).toEqual(['chat.postMessage', 'chat.postMessage', 'chat.postMessage']);
    expect(s.posted.map((p) => p.channel)).toEqual(['C0DIGESTS']);
    expect(waits).toEqual([1000, 4000]);
    expect(attempts.map((a) => ('messageId' in (a.result ?? {}) ? 'ok' : 'error'))).toEqual(['error', 'error', 'ok']);
    expect(store.schedule.delivery('digest', sub.id, '2027-03-10')).toMatchObject({ status: 'posted', attempts: 3, messageId: s.posted[0]!.ts });

    await sch.sweep();
    expect(s.posted).toHaveLength(1);
  });

  it('Discord answers 500 twice: discord.js retries by itself, one message, the scheduler saw one attempt', async () => {
    const s = await startDiscord();
    s.failNext(messagesPost(s.channelId), { status: 500, code: 0, message: '500: Internal Server Error' }, 2);
    const clock = new Clock('2027-03-10T06:00:00Z');
    const sub = subscribe(discordChannel(s), '08:00', 'UTC', clock.now().toISOString());
    await ingestStory();
    const attempts: Attempt[] = [];
    const sch = scheduler({ poster: routingPoster(attempts), platforms: ['discord'], now: clock.now, attempts: 4 });
    const before = s.requests.length;

    clock.set('2027-03-10T08:00:30Z');
    await sch.sweep();
    const post = `POST /channels/${s.channelId}/messages`;
    expect(requestLines(s.requests.slice(before))).toEqual([`500 ${post}`, `500 ${post}`, `200 ${post}`]);
    expect(s.channelMessages).toHaveLength(1);
    expect(store.schedule.delivery('digest', sub.id, '2027-03-10')).toMatchObject({ status: 'posted', attempts: 1, messageId: s.channelMessages[0]!.id });
  });

  it('Discord down for two whole attempts (8 × 500, past discord.js own 3 retries each): the third attempt posts exactly one message, attempts = 3', async () => {
    const s = await startDiscord();
    // @discordjs/rest tries a 5xx four times (retries: 3) before it throws to the caller
    s.failNext(messagesPost(s.channelId), { status: 500, code: 0, message: '500: Internal Server Error' }, 8);
    const clock = new Clock('2027-03-10T06:00:00Z');
    const sub = subscribe(discordChannel(s), '08:00', 'UTC', clock.now().toISOString());
    await ingestStory();
    const waits: number[] = [];
    const attempts: Attempt[] = [];
    const sch = scheduler({ poster: routingPoster(attempts), platforms: ['discord'], now: clock.now, attempts: 4, backoffMs: 500, sleep: async (ms) => void waits.push(ms) });
    const before = s.requests.length;

    clock.set('2027-03-10T08:00:30Z');
    await sch.sweep();
    const statuses = s.requests.slice(before).map((r) => r.status);
    expect(statuses).toEqual([500, 500, 500, 500, 500, 500, 500, 500, 200]);
    expect(s.channelMessages).toHaveLength(1);
    expect(waits).toEqual([500, 2000]);
    expect(store.schedule.delivery('digest', sub.id, '2027-03-10')).toMatchObject({ status: 'posted', attempts: 3, messageId: s.channelMessages[0]!.id });
    await sch.sweep();
    expect(s.channelMessages).toHaveLength(1);
  });
});

describe('/bb-digest through Slack slash commands', () => {
  it('an admin subscribes (typed zone, or their profile zone), a member is refused privately, preview is private; the next sweep posts to the subscribed channel', async () => {
    // 10 March 2027: Rome is UTC+1, Chicago UTC-6
    const clock = new Clock('2027-03-10T05:00:00Z');
    const attempts: Attempt[] = [];
    const sch = scheduler({ poster: routingPoster(attempts), platforms: ['slack'], now: clock.now });
    const { s, command } = await startSlack({ now: clock.now, schedule: sch });

    // an admin, a zone typed
    const sub1 = await command({ command: '/bb-digest', text: 'subscribe 07:30 Europe/Rome', channel_id: 'C0DIGESTS', user_id: 'U0EDITOR1', user_name: 'editor' });
    expect(sub1.status).toBe(200);
    const a1 = await answerAt(s, sub1.responseUrl);
    expect(a1.response_type).toBe('in_channel');
    expect(slackText(a1)).toMatch(/Digest subscribed/);
    expect(slackText(a1)).toMatch(/07:30 \(Europe\/Rome\)/);
    expect(store.schedule.subscriptionFor(slackChannel('C0DIGESTS'))).toMatchObject({
      platform: 'slack',
      workspace: STANDIN_TEAM.id,
      channel: 'C0DIGESTS',
      time: '07:30',
      timezone: 'Europe/Rome',
      topic: null,
      createdBy: 'U0EDITOR1',
      createdAt: '2027-03-10T05:00:00.000Z',
      disabledAt: null,
    });

    // an admin, no zone typed: users.info's tz
    const sub2 = await command({ command: '/bb-digest', text: 'subscribe 06:45', channel_id: 'C0MORNING', user_id: 'U0EDITOR1', user_name: 'editor' });
    expect((await answerAt(s, sub2.responseUrl)).response_type).toBe('in_channel');
    expect(store.schedule.subscriptionFor(slackChannel('C0MORNING'))).toMatchObject({ time: '06:45', timezone: 'America/Chicago' });

    // a member who is not an admin: refused, to them alone, nothing stored
    const refused = await command({ command: '/bb-digest', text: 'subscribe 07:30 Europe/Rome', channel_id: 'C0OTHER', user_id: 'U0REPORTR', user_name: 'reporter' });
    const r = await answerAt(s, refused.responseUrl);
    expect(r.response_type).toBe('ephemeral');
    expect(slackText(r)).toMatch(/Only people who manage this channel/);
    expect(store.schedule.subscriptionFor(slackChannel('C0OTHER'))).toBeNull();
    expect(s.calls.filter((c) => c.method === 'users.info').map((c) => c.args.user)).toEqual(['U0EDITOR1', 'U0EDITOR1', 'U0REPORTR']);

    // an article arrives; anyone may preview it, privately, and nothing is recorded or posted
    const title = await ingestStory();
    const preview = await command({ command: '/bb-digest', text: 'preview', channel_id: 'C0DIGESTS', user_id: 'U0REPORTR', user_name: 'reporter' });
    const p = await answerAt(s, preview.responseUrl);
    expect(p.response_type).toBe('ephemeral');
    expect(slackText(p)).toContain(title);
    expect(validateSlackMessage(p)).toEqual([]);
    const rome = store.schedule.subscriptionFor(slackChannel('C0DIGESTS'))!;
    expect(store.schedule.deliveries('digest', rome.id)).toEqual([]);
    expect(postMessages(s)).toEqual([]);

    // 07:30 in Rome: the subscribed channel gets its digest; Chicago's 06:45 is hours away
    clock.set('2027-03-10T06:30:20Z');
    await sch.sweep();
    expect(postMessages(s).map((c) => c.args.channel)).toEqual(['C0DIGESTS']);
    expect(slackText(postMessages(s)[0]!.args as unknown as SlackMessage)).toContain(title);
    expect(store.schedule.delivery('digest', rome.id, '2027-03-10')).toMatchObject({ status: 'posted', messageId: s.posted[0]!.ts });
  });
});

describe('a watch, alerting a Discord channel', () => {
  it('/watch made in the channel; a new article with a dated event: one alert; a second check: none; after unwatch: none', async () => {
    const s = await startDiscord();
    await ingestStory({ name: 'Marieke Janssen', day: '2027-03-01' });
    const here = discordChannel(s);

    // /watch Janssen typed in the channel
    const { id } = s.chatInput('watch', [{ name: 'subject', type: STRING, value: 'Janssen' }]);
    const cb = await s.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`) && r.status === 204);
    expect(discordText({ ...(cb.body as { data: WireMessage }).data, allowedMentions: { parse: [] } })).toMatch(/Watching/);
    const [watch] = store.schedule.watches(here);
    expect(watch).toMatchObject({ platform: 'discord', workspace: s.guildId, channel: s.channelId, query: 'Marieke Janssen', actorId: expect.any(Number) });

    const clock = new Clock('2027-03-10T06:00:00Z');
    const attempts: Attempt[] = [];
    const sch = scheduler({ poster: routingPoster(attempts), platforms: ['discord'], now: clock.now });
    const before = s.requests.length;
    await sch.checkWatches();
    expect(s.requests.length).toBe(before); // nothing new since the watch was made

    const title = await ingestStory({ name: 'Marieke Janssen', day: '2027-03-09' });
    await sch.checkWatches();
    const sent = s.requests.slice(before);
    expect(requestLines(sent)).toEqual([`200 POST /channels/${s.channelId}/messages`]);
    const alert = attempts[0]!.answer as Alert;
    expect(alert.kind).toBe('alert');
    expect(alert.watch).toBe('Marieke Janssen');
    expect(alert.items.map((i) => i.article.title)).toEqual([title]);
    expect(alert.items[0]!.facts.some((f) => f.kind === 'event')).toBe(true);
    expectDiscordMessageOf(sent[0]!, alert);
    const text = discordText({ ...wire(sent[0]!), allowedMentions: { parse: [] } });
    expect(text).toContain('Marieke Janssen');
    expect(text).toContain(title);
    const event = alert.items[0]!.facts.find((f) => f.kind === 'event');
    expect(text).toContain(event?.kind === 'event' ? event.event.when : '(no event)');
    const articleId = alert.items[0]!.article.id;
    expect(store.schedule.delivery('alert', watch!.id, String(articleId))).toMatchObject({ status: 'posted', attempts: 1, messageId: s.channelMessages[0]!.id });

    await sch.checkWatches();
    expect(s.requests.length).toBe(before + 1);

    expect(store.schedule.unwatch(here, 'Marieke Janssen')).toBe(true);
    await ingestStory({ name: 'Marieke Janssen', day: '2027-03-10' });
    await sch.checkWatches();
    await sch.sweep();
    expect(s.requests.length).toBe(before + 1);
    expect(s.channelMessages).toHaveLength(1);
    expect(attempts).toHaveLength(1);
  });
});
