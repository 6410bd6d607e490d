/**
 * Proves tests/support/slack-standin.ts against the REAL @slack/bolt App — HTTP mode and Socket Mode — with no
 * network: Bolt's Web API client, its respond() fetches and its Socket Mode client all end up on 127.0.0.1.
 */
import type { AddressInfo } from 'node:net';
import { App, LogLevel, SocketModeReceiver, type Logger, type types } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  postToApp,
  signSlackRequest,
  slashCommandBody,
  startSlackStandin,
  type SlackStandin,
  type StandinUser,
} from './support/slack-standin.ts';

const SIGNING_SECRET = 'standin-signing-secret';
const BOT_TOKEN = 'xoxb-test';
const APP_TOKEN = 'xapp-test';

const USERS: Record<string, StandinUser> = {
  U0EDITOR1: { name: 'editor', real_name: 'Ed Itor', is_admin: true, is_owner: false },
  U0REPORTR: { name: 'reporter', is_admin: false, is_owner: false },
};

/** Bolt would print to the console; tests keep quiet but collect errors so a failure can show them. */
interface QuietLogger extends Logger {
  errors: unknown[][];
}
function quietLogger(): QuietLogger {
  let level = LogLevel.ERROR;
  const errors: unknown[][] = [];
  return {
    errors,
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (...msg: unknown[]) => void errors.push(msg),
    setLevel: (next: LogLevel) => void (level = next),
    // The Socket Mode client asks for the level (to configure its own children), so it must be real.
    getLevel: () => level,
    setName: () => {},
  };
}

function whoBlocks(name: string): types.KnownBlock[] {
  return [
    { type: 'section', text: { type: 'mrkdwn', text: `*${name}* is on the news desk.` } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: 'source: briefbot' }] },
  ];
}

interface Invocation {
  text: string;
  retryNum: number | undefined;
  retryReason: string | undefined;
}

/** The commands the tests exercise, registered identically on the HTTP and the Socket Mode app. */
function registerCommands(app: App, invocations: Invocation[]): void {
  app.command('/bb-who', async ({ ack, respond, command, context }) => {
    invocations.push({ text: command.text, retryNum: context.retryNum, retryReason: context.retryReason });
    await ack();
    // Bolt re-dispatches retried deliveries to the listener (see the retry test); answering again would post a
    // duplicate, so a retry is acknowledged and nothing more.
    if (context.retryNum !== undefined) return;
    await respond({ response_type: 'in_channel', text: `${command.text} is on the news desk.`, blocks: whoBlocks(command.text) });
  });

  app.command('/bb-ack', async ({ ack }) => {
    // An ack body becomes the immediate (ephemeral) reply to the invoking user.
    await ack({ response_type: 'ephemeral', text: 'Looking that up…' });
  });

  app.command('/bb-post', async ({ ack, command, client, respond }) => {
    await ack();
    const who = await client.users.info({ user: command.user_id });
    await client.chat.postMessage({
      channel: command.channel_id,
      text: `Brief requested by ${who.user?.name ?? '?'}`,
      blocks: whoBlocks(who.user?.name ?? '?'),
    });
    await client.chat.postEphemeral({ channel: command.channel_id, user: command.user_id, text: 'Posted.' });
    // An unknown user is a platform error that the handler sees as a rejected promise with `data.error`.
    const missing = await client.users.info({ user: 'U0NOBODY' }).then(
      () => 'found',
      (error: { data?: { error?: string } }) => error.data?.error ?? String(error),
    );
    const unknown = await client.apiCall('briefbot.nope').then(
      () => 'ok',
      (error: { data?: { error?: string } }) => error.data?.error ?? String(error),
    );
    await respond({ text: `missing=${missing} unknown=${unknown} admin=${String(who.user?.is_admin)}` });
  });
}

describe('slack stand-in: helpers', () => {
  it('encodes a slash command body in Slack\'s field order and signs it as Slack documents', () => {
    const body = slashCommandBody({ command: '/bb-who', text: 'jane doe', response_url: 'http://x/respond/r1' });
    expect(body.split('&').map((pair) => pair.split('=')[0])).toEqual([
      'token', 'team_id', 'team_domain', 'channel_id', 'channel_name', 'user_id', 'user_name',
      'command', 'text', 'api_app_id', 'is_enterprise_install', 'response_url', 'trigger_id',
    ]);
    expect(body).toContain('command=%2Fbb-who&text=jane+doe&');

    // Known-answer check, computed independently: printf 'v0:1531420618:a=b' | openssl dgst -sha256 -hmac secret
    const headers = signSlackRequest('secret', 'a=b', 1531420618);
    expect(headers).toEqual({
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': '1531420618',
      'x-slack-signature': 'v0=6b73b1a0b367ae0d9b094b009d88c7d648abb1fab59329f0b1117378b1c1e090',
    });
  });
});

describe('slack stand-in: Web API protocol', () => {
  let standin: SlackStandin;
  beforeEach(async () => {
    standin = await startSlackStandin({ users: USERS });
  });
  afterEach(async () => {
    await standin.close();
  });

  it('accepts JSON bodies with a Bearer token and answers in Slack\'s shapes', async () => {
    const res = await postToApp(`${standin.apiUrl}chat.postMessage`, JSON.stringify({ channel: 'C1', text: 'hi', token: 'ignored' }), {
      'content-type': 'application/json; charset=utf-8',
      authorization: `Bearer ${BOT_TOKEN}`,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, channel: 'C1', message: { text: 'hi', bot_id: 'B0BRIEFBOT' } });
    expect(standin.calls.at(-1)).toEqual({ method: 'chat.postMessage', args: { channel: 'C1', text: 'hi' }, token: BOT_TOKEN });
  });

  it('rejects missing and wrong-kind tokens and unknown methods with ok:false', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const call = async (method: string, body: string): Promise<unknown> =>
      JSON.parse((await postToApp(`${standin.apiUrl}${method}`, body, form)).body) as unknown;
    expect(await call('auth.test', '')).toEqual({ ok: false, error: 'not_authed' });
    expect(await call('chat.postMessage', `token=${APP_TOKEN}&channel=C1&text=x`)).toEqual({ ok: false, error: 'not_allowed_token_type' });
    expect(await call('apps.connections.open', `token=${BOT_TOKEN}`)).toEqual({ ok: false, error: 'not_allowed_token_type' });
    expect(await call('users.info', `token=${BOT_TOKEN}&user=U0NOBODY`)).toEqual({ ok: false, error: 'user_not_found' });
    expect(await call('chat.nonsense', `token=${BOT_TOKEN}`)).toEqual({ ok: false, error: 'unknown_method' });
    // users is live: a member added after start is found.
    standin.users.U0LATE = { name: 'late', is_owner: true };
    expect(await call('users.info', `token=${BOT_TOKEN}&user=U0LATE`)).toMatchObject({ ok: true, user: { id: 'U0LATE', is_owner: true } });
  });

  it('refuses response_url POSTs to URLs it never issued', async () => {
    const res = await postToApp(`http://127.0.0.1:${standin.port}/respond/forged`, '{}', { 'content-type': 'application/json' });
    expect(res.status).toBe(404);
    expect(standin.responses).toEqual([]);
  });
});

describe('real Bolt App, HTTP mode', () => {
  let standin: SlackStandin;
  let app: App | undefined;
  let logger: QuietLogger;
  let eventsUrl: string;
  let invocations: Invocation[];

  beforeEach(async () => {
    // The stand-in must be up before `new App()`: with a token, Bolt fires auth.test from the constructor.
    standin = await startSlackStandin({ users: USERS });
    logger = quietLogger();
    invocations = [];
    app = new App({
      token: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      logger,
      clientOptions: { slackApiUrl: standin.apiUrl },
    });
    registerCommands(app, invocations);
    // HTTPReceiver.start() hands its argument to server.listen() and resolves with the http.Server, so port 0
    // plus server.address() gives a free port without guessing.
    const server = await app.start({ port: 0, host: '127.0.0.1' });
    eventsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });

  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await standin.close();
    // Checked after shutdown too, so an untidy stop (e.g. a socket cut mid-handshake) fails the test.
    expect(logger.errors).toEqual([]);
  });

  it('acks a signed slash command with 200 and delivers respond() blocks to the response_url', async () => {
    const responseUrl = standin.responseUrl();
    const body = slashCommandBody({ command: '/bb-who', text: 'Jane Doe', response_url: responseUrl });
    const res = await postToApp(eventsUrl, body, signSlackRequest(SIGNING_SECRET, body));
    expect({ status: res.status, body: res.body }).toEqual({ status: 200, body: '' });

    const response = await standin.waitForResponse(responseUrl);
    expect(response.contentType).toBe('application/json');
    expect(response.body).toEqual({
      response_type: 'in_channel',
      text: 'Jane Doe is on the news desk.',
      blocks: whoBlocks('Jane Doe'),
    });
    // Single-workspace mode: Bolt verified its token once, with the bot token, against the stand-in.
    expect(standin.calls.filter((c) => c.method === 'auth.test')).toEqual([
      { method: 'auth.test', args: {}, token: BOT_TOKEN },
    ]);
    expect(logger.errors).toEqual([]);
  });

  it('returns an ack body as the HTTP response', async () => {
    const body = slashCommandBody({ command: '/bb-ack', response_url: standin.responseUrl() });
    const res = await postToApp(eventsUrl, body, signSlackRequest(SIGNING_SECRET, body));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ response_type: 'ephemeral', text: 'Looking that up…' });
  });

  it('answers 401 to a wrong signature, a missing signature and a stale timestamp, without running the handler', async () => {
    const body = slashCommandBody({ command: '/bb-who', text: 'x', response_url: standin.responseUrl() });
    const now = Math.floor(Date.now() / 1000);
    const wrong = signSlackRequest('not-the-secret', body);
    const { 'x-slack-signature': _dropped, ...unsigned } = signSlackRequest(SIGNING_SECRET, body);
    const stale = signSlackRequest(SIGNING_SECRET, body, now - 6 * 60); // correctly signed, but > 5 minutes old

    for (const headers of [wrong, unsigned, stale]) {
      expect((await postToApp(eventsUrl, body, headers)).status).toBe(401);
    }
    expect(invocations).toEqual([]);
    expect(standin.responses).toEqual([]);
  });

  it('re-dispatches a delivery carrying X-Slack-Retry-Num to the listener, exposing it as context.retryNum', async () => {
    const responseUrl = standin.responseUrl();
    const body = slashCommandBody({ command: '/bb-who', text: 'Jane', response_url: responseUrl });
    expect((await postToApp(eventsUrl, body, signSlackRequest(SIGNING_SECRET, body))).status).toBe(200);
    await standin.waitForResponse(responseUrl);

    // The same delivery again, as Slack redelivers it: same body, fresh signature, retry headers.
    const retryHeaders = { ...signSlackRequest(SIGNING_SECRET, body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    expect((await postToApp(eventsUrl, body, retryHeaders)).status).toBe(200);

    // Bolt does not deduplicate: the listener ran twice; only the listener's own guard stopped a second answer.
    expect(invocations).toEqual([
      { text: 'Jane', retryNum: undefined, retryReason: undefined },
      { text: 'Jane', retryNum: 1, retryReason: 'http_timeout' },
    ]);
    expect(standin.responses).toHaveLength(1);
  });

  it('routes the handler\'s Web API calls (users.info, chat.postMessage, chat.postEphemeral) to the stand-in', async () => {
    const responseUrl = standin.responseUrl();
    const body = slashCommandBody({ command: '/bb-post', user_id: 'U0EDITOR1', channel_id: 'C0NEWSDESK', response_url: responseUrl });
    expect((await postToApp(eventsUrl, body, signSlackRequest(SIGNING_SECRET, body))).status).toBe(200);

    const summary = await standin.waitForResponse(responseUrl);
    expect(summary.body).toEqual({ text: 'missing=user_not_found unknown=unknown_method admin=true' });

    const handlerCalls = standin.calls.filter((c) => c.method !== 'auth.test');
    expect(handlerCalls.map((c) => c.method)).toEqual([
      'users.info', 'chat.postMessage', 'chat.postEphemeral', 'users.info', 'briefbot.nope',
    ]);
    // The listener's client is a per-team client: same bot token, team_id added from the command.
    expect(handlerCalls.every((c) => c.token === BOT_TOKEN && c.args.team_id === 'T0BRIEF01')).toBe(true);
    const posted = await standin.waitForCall('chat.postMessage');
    expect(posted.args).toMatchObject({ channel: 'C0NEWSDESK', text: 'Brief requested by editor', blocks: whoBlocks('editor') });
    expect(handlerCalls[2]?.args).toMatchObject({ channel: 'C0NEWSDESK', user: 'U0EDITOR1', text: 'Posted.' });
  });
});

describe('real Bolt App, Socket Mode', () => {
  let standin: SlackStandin;
  let app: App | undefined;
  let logger: QuietLogger;
  let invocations: Invocation[];
  let mentions: Array<number | undefined>;

  beforeEach(async () => {
    standin = await startSlackStandin({ users: USERS });
    logger = quietLogger();
    invocations = [];
    mentions = [];
  });

  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await standin.close();
    // Checked after shutdown too, so an untidy stop (e.g. a socket cut mid-handshake) fails the test.
    expect(logger.errors).toEqual([]);
  });

  /** App-built receiver: App's clientOptions reach the Socket Mode client via installerOptions.clientOptions. */
  async function startSocketApp(): Promise<App> {
    const started = new App({
      token: BOT_TOKEN,
      appToken: APP_TOKEN,
      socketMode: true,
      logger,
      clientOptions: { slackApiUrl: standin.apiUrl },
    });
    registerCommands(started, invocations);
    started.event('app_mention', async ({ context }) => {
      mentions.push(context.retryNum);
    });
    app = started;
    // Resolves once the stand-in's `hello` arrives on the socket.
    await started.start();
    return started;
  }

  it('connects through apps.connections.open, acks a slash command and respond()s to the response_url', async () => {
    await startSocketApp();
    expect(await standin.waitForCall('apps.connections.open')).toEqual({ method: 'apps.connections.open', args: {}, token: APP_TOKEN });
    expect(standin.openSockets).toBe(1);

    const ack = await standin.sendSlashCommand({ command: '/bb-who', text: 'Jane Doe' });
    const envelope = standin.envelopes.at(-1);
    expect(envelope).toMatchObject({ type: 'slash_commands', accepts_response_payload: true, payload: { command: '/bb-who', text: 'Jane Doe' } });
    // ack() with no body still sends an (empty) payload.
    expect(ack).toEqual({ envelope_id: envelope?.envelope_id, payload: {} });

    const response = await standin.waitForResponse(String(envelope?.payload.response_url));
    expect(response.body).toEqual({ response_type: 'in_channel', text: 'Jane Doe is on the news desk.', blocks: whoBlocks('Jane Doe') });

    // stop() hangs up with a normal (1000) close frame rather than just dropping the connection.
    await app?.stop();
    app = undefined;
    await standin.waitUntil(() => standin.socketCloses.find((c) => c.code === 1000), 2_000, 'a clean close');
    expect(standin.openSockets).toBe(0);
    expect(logger.errors).toEqual([]);
  });

  it('returns the ack body as the envelope payload, and passes retry_attempt through as context.retryNum', async () => {
    await startSocketApp();
    expect(await standin.sendSlashCommand({ command: '/bb-ack' })).toMatchObject({
      payload: { response_type: 'ephemeral', text: 'Looking that up…' },
    });

    const event = {
      type: 'event_callback',
      team_id: standin.team.id,
      api_app_id: standin.appId,
      event_id: 'Ev0STANDIN1',
      event_time: 1_700_000_000,
      event: { type: 'app_mention', user: 'U0EDITOR1', text: '<@U0BRIEFBOT> brief', ts: '1700000000.000100', channel: 'C0NEWSDESK', event_ts: '1700000000.000100' },
      authorizations: [{ team_id: standin.team.id, user_id: standin.bot.userId, is_bot: true, is_enterprise_install: false }],
    };
    // Events are auto-acked by Bolt before listeners run, and a redelivery still reaches the listener.
    expect(await standin.sendEnvelope('events_api', event)).toMatchObject({ payload: {} });
    expect(await standin.sendEnvelope('events_api', event, { retry_attempt: 1, retry_reason: 'timeout' })).toMatchObject({ payload: {} });
    await standin.waitUntil(() => (mentions.length === 2 ? mentions : undefined), 2_000, 'two app_mention runs');
    expect(mentions).toEqual([undefined, 1]);
  });

  it('answers pings, and a `disconnect` message makes the client reconnect through a new apps.connections.open', async () => {
    // A hand-built receiver, for a short clientPingTimeout: the client waits that long before reconnecting (the
    // default is 5 s). App does not pass its clientOptions to a receiver it did not build, so slackApiUrl must
    // go to the receiver as installerOptions.clientOptions — otherwise apps.connections.open goes to slack.com.
    const receiver = new SocketModeReceiver({
      appToken: APP_TOKEN,
      logger,
      clientPingTimeout: 1_000,
      installerOptions: { clientOptions: { slackApiUrl: standin.apiUrl } },
    });
    const started = new App({ token: BOT_TOKEN, receiver, logger, clientOptions: { slackApiUrl: standin.apiUrl } });
    registerCommands(started, invocations);
    app = started;
    await started.start();

    expect(await standin.pingSockets()).toBe(1);
    // The client's own liveness pings (every clientPingTimeout/3) are answered by the server's automatic pong.
    await standin.waitUntil(() => (standin.clientPings > 0 ? true : undefined), 2_000, 'a client ping');

    expect(standin.disconnectSockets('refresh_requested')).toBe(1);
    await standin.waitUntil(() => (standin.connectionsOpened === 2 && standin.openSockets === 1 ? true : undefined), 3_000, 'a reconnect');
    expect(standin.calls.filter((c) => c.method === 'apps.connections.open')).toHaveLength(2);
    expect(standin.socketCloses).toEqual([{ code: 1000, reason: '' }]);

    const ack = await standin.sendSlashCommand({ command: '/bb-who', text: 'after reconnect' });
    expect(ack.payload).toEqual({});
    expect(invocations.map((i) => i.text)).toEqual(['after reconnect']);
    expect(logger.errors).toEqual([]);
  });
});
