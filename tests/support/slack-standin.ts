/**
 * A local stand-in for Slack's servers, for tests that drive the real @slack/bolt App.
 *
 * There is no network access in CI (or anywhere this project is tested), so instead of mocking Bolt we
 * point it at this server: one `node:http` listener on 127.0.0.1 that plays three Slack roles.
 *
 *   - Web API        POST|GET /api/<method>  (form-encoded or JSON bodies, `Authorization: Bearer` token)
 *   - response_url   POST /respond/<id>      (where `respond()` from a slash command lands)
 *   - Socket Mode    ws://…/socket?ticket=…  (the URL that apps.connections.open hands out)
 *
 * Everything the app sends is recorded (`calls`, `responses`, `acks`) and can be awaited, so tests assert on
 * what actually went over the wire rather than on what a mock was told.
 *
 * Response shapes follow Slack's documented ones. Errors are always HTTP 200 with `{ ok: false, error }`, as
 * Slack does: @slack/web-api retries non-200 answers for up to ~30 minutes, which would hang a test.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';

export type JsonObject = Record<string, unknown>;

/** A workspace member as `users.info` returns it. Only `name` is required; the rest gets Slack-like defaults. */
export interface StandinUser {
  id?: string;
  name: string;
  real_name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
  is_bot?: boolean;
  deleted?: boolean;
  tz?: string;
  [field: string]: unknown;
}

export interface StandinTeam {
  id: string;
  name: string;
  domain: string;
}

/** The bot identity that `auth.test` reports for the bot token. */
export interface StandinBot {
  userId: string;
  botId: string;
  name: string;
}

/** One Web API request as the stand-in received it. */
export interface WebApiCall {
  method: string;
  /** Request arguments with `token` removed; JSON-valued form fields (blocks, attachments, …) are parsed. */
  args: JsonObject;
  /** From `Authorization: Bearer …`, or (form bodies only, like Slack) a `token` field. */
  token: string | undefined;
}

export type WebApiHandler = (call: WebApiCall, standin: SlackStandin) => JsonObject;

/** A body POSTed to a response_url handed out by `responseUrl()`. */
export interface CaughtResponse {
  id: string;
  /** Parsed JSON (what Bolt's respond() sends), parsed form fields, or the raw text. */
  body: unknown;
  contentType: string | undefined;
}

/** Fields of a slash command, all strings, exactly as Slack sends them (HTTP form body or Socket Mode payload). */
export interface SlashCommandFields {
  token: string;
  team_id: string;
  team_domain: string;
  channel_id: string;
  channel_name: string;
  user_id: string;
  user_name: string;
  command: string;
  text: string;
  api_app_id: string;
  is_enterprise_install: string;
  response_url: string;
  trigger_id: string;
  /** Enterprise Grid installs add e.g. enterprise_id / enterprise_name. */
  [extra: string]: string;
}

/** What Slack sends down a Socket Mode connection for every delivery. */
export interface SocketEnvelope {
  envelope_id: string;
  type: string;
  accepts_response_payload: boolean;
  payload: JsonObject;
  /** Only on redelivered events_api envelopes. */
  retry_attempt?: number;
  retry_reason?: string;
}

/** The app's acknowledgement of an envelope: `{ envelope_id, payload? }` (payload is the ack() body). */
export interface SocketAck {
  envelope_id: string;
  payload?: JsonObject;
}

export interface SocketClose {
  code: number;
  reason: string;
}

export interface SlackStandinOptions {
  /** Interface to listen on; default 127.0.0.1 (never 0.0.0.0: tests must not be reachable from outside). */
  host?: string;
  /** Default 0: an ephemeral port, so parallel test files never collide. */
  port?: number;
  team?: Partial<StandinTeam>;
  bot?: Partial<StandinBot>;
  appId?: string;
  /** Members known to `users.info`, keyed by user id. Can be replaced or mutated later via `standin.users`. */
  users?: Record<string, StandinUser>;
  /** If given, only these tokens authenticate; any other gets `invalid_auth`. Default: any token of the right kind. */
  validTokens?: readonly string[];
  /** Extra (or overriding) Web API methods, for tests that need something beyond the built-ins. */
  methods?: Record<string, WebApiHandler>;
}

export const STANDIN_TEAM: StandinTeam = { id: 'T0BRIEF01', name: 'Newsroom', domain: 'newsroom' };
export const STANDIN_BOT: StandinBot = { userId: 'U0BRIEFBOT', botId: 'B0BRIEFBOT', name: 'briefbot' };
export const STANDIN_APP_ID = 'A0BRIEFBOT';

const DEFAULT_WAIT_MS = 2_000;
/** Slack gives an app three seconds to acknowledge a delivery. */
const SLACK_ACK_DEADLINE_MS = 3_000;
/** Form fields that Slack (and @slack/web-api, which JSON-stringifies objects) treat as JSON documents. */
const JSON_FORM_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'view', 'profile']);

/** Order matters to nobody but humans reading captures; this is the order Slack itself uses. */
const SLASH_COMMAND_FIELD_ORDER = [
  'token',
  'team_id',
  'team_domain',
  'channel_id',
  'channel_name',
  'user_id',
  'user_name',
  'command',
  'text',
  'api_app_id',
  'is_enterprise_install',
  'response_url',
  'trigger_id',
] as const;

/**
 * Slash command fields with defaults for this project's fake workspace. `response_url` defaults to a
 * hooks.slack.com-shaped URL that goes nowhere — pass `standin.responseUrl()` when the test needs the answer.
 */
export function slashCommandFields(fields: Partial<SlashCommandFields> = {}): SlashCommandFields {
  const defaults: SlashCommandFields = {
    // The deprecated per-app verification token; Slack still sends it, Bolt ignores it in favour of signatures.
    token: 'standin-verification-token',
    team_id: STANDIN_TEAM.id,
    team_domain: STANDIN_TEAM.domain,
    channel_id: 'C0NEWSDESK',
    channel_name: 'news-desk',
    user_id: 'U0EDITOR1',
    user_name: 'editor',
    command: '/briefbot',
    text: '',
    api_app_id: STANDIN_APP_ID,
    is_enterprise_install: 'false',
    response_url: `https://hooks.slack.com/commands/${STANDIN_TEAM.id}/0000000000/standin-placeholder`,
    trigger_id: '1000000000.1000000000.0123456789abcdef0123456789abcdef',
  };
  const merged: SlashCommandFields = { ...defaults };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** The `application/x-www-form-urlencoded` body Slack POSTs to a slash command's Request URL. */
export function slashCommandBody(fields: Partial<SlashCommandFields> = {}): string {
  const all = slashCommandFields(fields);
  const params = new URLSearchParams();
  for (const key of SLASH_COMMAND_FIELD_ORDER) params.append(key, all[key]);
  // Anything extra (enterprise_id, …) goes after the standard fields.
  const standard: ReadonlySet<string> = new Set(SLASH_COMMAND_FIELD_ORDER);
  for (const [key, value] of Object.entries(all)) {
    if (!standard.has(key)) params.append(key, value);
  }
  // URLSearchParams serialises as HTML forms do (space → '+', '/' → '%2F'), which is what Slack sends.
  return params.toString();
}

export interface SignedRequestHeaders {
  'content-type': 'application/x-www-form-urlencoded';
  'x-slack-request-timestamp': string;
  'x-slack-signature': string;
  [header: string]: string;
}

/**
 * Headers Slack adds to every HTTP delivery: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` keyed with the
 * app's signing secret (https://api.slack.com/authentication/verifying-requests-from-slack).
 */
export function signSlackRequest(
  signingSecret: string,
  body: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): SignedRequestHeaders {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex');
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${digest}`,
  };
}

export async function startSlackStandin(opts: SlackStandinOptions = {}): Promise<SlackStandin> {
  const standin = new SlackStandin(opts);
  await standin.listen(opts.host ?? '127.0.0.1', opts.port ?? 0);
  return standin;
}

interface Waiter {
  /** Returns true once satisfied (and resolved), so it can be dropped. */
  check(): boolean;
  fail(error: Error): void;
}

export class SlackStandin {
  readonly team: StandinTeam;
  readonly bot: StandinBot;
  readonly appId: string;
  /** Settable: `users.info` reads this at call time. */
  users: Record<string, StandinUser>;

  readonly calls: WebApiCall[] = [];
  /** Every message chat.postMessage created: its channel, the ts the stand-in answered with, and the message. */
  readonly posted: { channel: string; ts: string; message: JsonObject }[] = [];
  readonly responses: CaughtResponse[] = [];
  /** Every envelope sent down a socket, in order. */
  readonly envelopes: SocketEnvelope[] = [];
  readonly acks: SocketAck[] = [];
  /** Close codes of Socket Mode connections (1000 = the app hung up cleanly; 1006 = terminated). */
  readonly socketCloses: SocketClose[] = [];
  /** WebSocket ping frames received from apps (the Socket Mode client pings to check liveness). */
  clientPings = 0;
  /** Socket Mode connections accepted so far (a reconnect makes this grow). */
  connectionsOpened = 0;

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly tickets = new Set<string>();
  private readonly issuedResponseIds = new Set<string>();
  private readonly methods: Record<string, WebApiHandler>;
  private readonly validTokens: ReadonlySet<string> | undefined;
  private readonly waiters = new Set<Waiter>();
  private readonly failures: { test: (call: WebApiCall) => boolean; error: string; left: number }[] = [];
  private origin = '';
  private seq = 0;
  private closed = false;

  constructor(opts: SlackStandinOptions = {}) {
    this.team = { ...STANDIN_TEAM, ...opts.team };
    this.bot = { ...STANDIN_BOT, ...opts.bot };
    this.appId = opts.appId ?? STANDIN_APP_ID;
    this.users = { ...opts.users };
    this.validTokens = opts.validTokens ? new Set(opts.validTokens) : undefined;
    this.methods = { ...this.builtinMethods(), ...opts.methods };
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) => {
        // Slack answers 200 even for its own failures; a 500 would make WebClient retry for half an hour.
        if (!res.headersSent) sendJson(res, 200, { ok: false, error: 'internal_error', standin_detail: String(error) });
      });
    });
    // noServer: the WebSocket endpoint shares the HTTP port, exactly one URL space like slack.com.
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => this.upgrade(req, socket, head));
  }

  /** @internal used by startSlackStandin */
  async listen(host: string, port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const address = this.server.address() as AddressInfo;
    this.origin = `http://${host}:${address.port}`;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Give this to Bolt as `clientOptions.slackApiUrl`. Ends with '/' as WebClient expects. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  get openSockets(): number {
    return this.sockets.size;
  }

  /** A fresh response_url; what is POSTed to it lands in `responses` under its id. */
  responseUrl(): string {
    const id = `r${++this.seq}`;
    this.issuedResponseIds.add(id);
    return `${this.origin}/respond/${id}`;
  }

  /**
   * The next `times` Web API calls to `method` (or matching the predicate) answer `{ ok: false, error }`, after the
   * token check, as Slack does: e.g. internal_error for an outage, channel_not_found or is_archived for a channel.
   */
  failNext(match: string | ((call: WebApiCall) => boolean), error: string, times = 1): void {
    const test = typeof match === 'string' ? (c: WebApiCall) => c.method === match : match;
    if (times > 0) this.failures.push({ test, error, left: times });
  }

  /** Resolves with the first call (already made or future) to `method`, or matching the predicate. */
  waitForCall(match: string | ((call: WebApiCall) => boolean), timeoutMs = DEFAULT_WAIT_MS): Promise<WebApiCall> {
    const test = typeof match === 'string' ? (c: WebApiCall) => c.method === match : match;
    const what = typeof match === 'string' ? `a ${match} call` : 'a matching Web API call';
    return this.waitUntil(() => this.calls.find(test), timeoutMs, what);
  }

  /** Resolves with the first body POSTed to a response_url, by id (or the full URL) or predicate. */
  waitForResponse(
    match: string | ((response: CaughtResponse) => boolean),
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<CaughtResponse> {
    const id = typeof match === 'string' ? match.slice(match.lastIndexOf('/') + 1) : undefined;
    const test = typeof match === 'string' ? (r: CaughtResponse) => r.id === id : match;
    const what = id !== undefined ? `a POST to response_url ${id}` : 'a matching response_url POST';
    return this.waitUntil(() => this.responses.find(test), timeoutMs, what);
  }

  /**
   * General-purpose wait: resolves as soon as `probe()` returns something other than undefined. The probe is
   * re-run whenever the stand-in records anything, so there is no polling interval to tune.
   */
  waitUntil<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const ready = probe();
    if (ready !== undefined) return Promise.resolve(ready);
    if (this.closed) return Promise.reject(new Error(`slack stand-in is closed; cannot wait for ${what}`));
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out after ${timeoutMs}ms waiting for ${what} (${this.summary()})`));
      }, timeoutMs);
      const waiter: Waiter = {
        check: () => {
          const value = probe();
          if (value === undefined) return false;
          clearTimeout(timer);
          resolve(value);
          return true;
        },
        fail: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /**
   * Delivers a slash command over Socket Mode, as Slack does, and resolves with the app's acknowledgement.
   * `response_url` defaults to a fresh `responseUrl()` so `respond()` lands in `responses`.
   */
  sendSlashCommand(payload: Partial<SlashCommandFields> = {}, timeoutMs = SLACK_ACK_DEADLINE_MS): Promise<SocketAck> {
    const fields = slashCommandFields({
      team_id: this.team.id,
      team_domain: this.team.domain,
      api_app_id: this.appId,
      response_url: this.responseUrl(),
      ...payload,
    });
    return this.sendEnvelope('slash_commands', fields, {}, timeoutMs);
  }

  /**
   * Sends any envelope type (events_api, interactive, slash_commands) down the newest open connection and waits
   * for the matching `{ envelope_id }` ack. Rejects if nothing acks within the deadline — as Slack would give up.
   */
  sendEnvelope(
    type: string,
    payload: JsonObject,
    extra: { accepts_response_payload?: boolean; retry_attempt?: number; retry_reason?: string } = {},
    timeoutMs = SLACK_ACK_DEADLINE_MS,
  ): Promise<SocketAck> {
    // Slack delivers each envelope to one of the app's connections; the newest is the one that is surely live.
    const socket = [...this.sockets].at(-1);
    if (socket === undefined) return Promise.reject(new Error('no Socket Mode connection is open'));
    const envelope: SocketEnvelope = {
      envelope_id: randomUUID(),
      type,
      // Slack sets this for deliveries whose ack body is used (slash commands, block_suggestion, view_submission…).
      accepts_response_payload: extra.accepts_response_payload ?? type !== 'events_api',
      payload,
      ...(extra.retry_attempt !== undefined ? { retry_attempt: extra.retry_attempt } : {}),
      ...(extra.retry_reason !== undefined ? { retry_reason: extra.retry_reason } : {}),
    };
    this.envelopes.push(envelope);
    socket.send(JSON.stringify(envelope));
    return this.waitUntil(
      () => this.acks.find((a) => a.envelope_id === envelope.envelope_id),
      timeoutMs,
      `the ack of ${type} envelope ${envelope.envelope_id}`,
    );
  }

  /** Sends Slack's `disconnect` message (it does this before recycling a server); returns how many got it. */
  disconnectSockets(reason: 'refresh_requested' | 'warning' | 'link_disabled' = 'refresh_requested'): number {
    const message = JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'applink-standin' } });
    for (const socket of this.sockets) socket.send(message);
    return this.sockets.size;
  }

  /** Pings every open connection with a WebSocket ping frame; resolves with how many answered with a pong. */
  async pingSockets(timeoutMs = 1_000): Promise<number> {
    const answered = await Promise.all(
      [...this.sockets].map(
        (socket) =>
          new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => {
              socket.off('pong', onPong);
              resolve(false);
            }, timeoutMs);
            const onPong = (): void => {
              clearTimeout(timer);
              resolve(true);
            };
            socket.once('pong', onPong);
            socket.ping(Buffer.from(`standin-ping-${Date.now()}`));
          }),
      ),
    );
    return answered.filter(Boolean).length;
  }

  /**
   * Stops everything: pending waits reject, sockets are terminated, keep-alive connections dropped. Idempotent.
   *
   * Bolt's `app.stop()` in Socket Mode only *starts* the close handshake, so first give connections up to
   * `graceMs` to finish it; cutting one mid-handshake makes the client log a WebSocket error. Stop the app
   * first: a client still connected when its socket is terminated will try to reconnect to a server that is gone.
   */
  async close(graceMs = 1_000): Promise<void> {
    if (this.closed) return;
    if (this.sockets.size > 0) {
      await this.waitUntil(() => (this.sockets.size === 0 ? true : undefined), graceMs, 'sockets to close').catch(() => {});
    }
    this.closed = true;
    for (const waiter of this.waiters) waiter.fail(new Error('slack stand-in closed'));
    this.waiters.clear();
    // terminate(), not close(): a close handshake waits on the peer, and a dead peer would hang the test run.
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    // fetch() in Bolt/WebClient keeps connections alive; without this server.close() waits for them to idle out.
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
    });
  }

  // ---------------------------------------------------------------------------------------------------------------

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const raw = await readBody(req);
    if (url.pathname.startsWith('/api/') && (req.method === 'POST' || req.method === 'GET')) {
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      sendJson(res, 200, this.handleApi(method, req, url, raw));
      return;
    }
    if (url.pathname.startsWith('/respond/') && req.method === 'POST') {
      const id = url.pathname.slice('/respond/'.length);
      if (!this.issuedResponseIds.has(id)) {
        // A URL this stand-in never handed out means the app answered the wrong request.
        sendJson(res, 404, { ok: false, error: 'expired_url' });
        return;
      }
      const contentType = headerValue(req.headers['content-type']);
      this.responses.push({ id, body: parseLooseBody(raw, contentType), contentType });
      sendJson(res, 200, { ok: true });
      this.changed();
      return;
    }
    sendJson(res, 404, { ok: false, error: 'not_found' });
  }

  private handleApi(method: string, req: IncomingMessage, url: URL, raw: string): JsonObject {
    const contentType = headerValue(req.headers['content-type']) ?? '';
    const args: JsonObject = {};
    let fieldToken: string | undefined;
    const takeForm = (params: URLSearchParams): void => {
      for (const [key, value] of params) {
        if (key === 'token') fieldToken = value;
        else args[key] = JSON_FORM_FIELDS.has(key) ? parseJsonOr(value) : value;
      }
    };
    takeForm(url.searchParams);
    if (contentType.includes('application/json')) {
      const parsed = parseJsonOr(raw);
      if (!isObject(parsed)) return { ok: false, error: 'invalid_json' };
      // Slack ignores a `token` inside JSON bodies (JSON requires the Authorization header), so do we.
      const { token: _ignored, ...rest } = parsed;
      Object.assign(args, rest);
    } else if (raw.length > 0) {
      takeForm(new URLSearchParams(raw));
    }
    const token = bearerToken(req.headers.authorization) ?? fieldToken;
    const call: WebApiCall = { method, args, token };
    this.calls.push(call);
    this.changed();

    const handler = this.methods[method];
    // Slack checks the method exists before it looks at the token.
    if (handler === undefined) return { ok: false, error: 'unknown_method' };
    const authError = this.checkToken(method, token);
    if (authError !== undefined) return { ok: false, error: authError };
    const failure = this.failures.find((f) => f.test(call));
    if (failure) {
      if (--failure.left <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      return { ok: false, error: failure.error };
    }
    return handler(call, this);
  }

  private checkToken(method: string, token: string | undefined): string | undefined {
    if (token === undefined || token === '') return 'not_authed';
    if (this.validTokens !== undefined && !this.validTokens.has(token)) return 'invalid_auth';
    const appLevel = token.startsWith('xapp-');
    // apps.connections.open takes only app-level tokens; everything else takes only bot/user tokens.
    if (method === 'apps.connections.open') return appLevel ? undefined : 'not_allowed_token_type';
    if (appLevel) return 'not_allowed_token_type';
    return /^xox[bpe]-/.test(token) ? undefined : 'invalid_auth';
  }

  private builtinMethods(): Record<string, WebApiHandler> {
    return {
      'auth.test': ({ token }) => ({
        ok: true,
        url: `https://${this.team.domain}.slack.com/`,
        team: this.team.name,
        user: this.bot.name,
        team_id: this.team.id,
        user_id: this.bot.userId,
        // Only bot tokens belong to a bot; Bolt reads bot_id/user_id from here to ignore its own messages.
        ...(token?.startsWith('xoxb-') ? { bot_id: this.bot.botId } : {}),
        is_enterprise_install: false,
      }),
      'chat.postMessage': ({ args }) => {
        const channel = stringArg(args.channel);
        if (channel === undefined) return { ok: false, error: 'channel_not_found' };
        if (!hasMessageContent(args)) return { ok: false, error: 'no_text' };
        const ts = this.nextTs();
        const message = this.botMessage(args, ts);
        this.posted.push({ channel, ts, message });
        return { ok: true, channel, ts, message };
      },
      'chat.postEphemeral': ({ args }) => {
        if (stringArg(args.channel) === undefined) return { ok: false, error: 'channel_not_found' };
        if (stringArg(args.user) === undefined) return { ok: false, error: 'user_not_found' };
        if (!hasMessageContent(args)) return { ok: false, error: 'no_text' };
        return { ok: true, message_ts: this.nextTs() };
      },
      'users.info': ({ args }) => {
        const id = stringArg(args.user);
        const user = id === undefined ? undefined : this.users[id];
        if (id === undefined || user === undefined) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: this.userObject(id, user) };
      },
      'apps.connections.open': () => {
        const ticket = randomUUID();
        this.tickets.add(ticket);
        const ws = this.origin.replace(/^http/, 'ws');
        return { ok: true, url: `${ws}/socket?ticket=${ticket}&app_id=${this.appId}` };
      },
    };
  }

  private botMessage(args: JsonObject, ts: string): JsonObject {
    return {
      type: 'message',
      user: this.bot.userId,
      bot_id: this.bot.botId,
      app_id: this.appId,
      team: this.team.id,
      ts,
      text: stringArg(args.text) ?? '',
      ...(args.blocks !== undefined ? { blocks: args.blocks } : {}),
      ...(args.attachments !== undefined ? { attachments: args.attachments } : {}),
      ...(args.thread_ts !== undefined ? { thread_ts: args.thread_ts } : {}),
    };
  }

  private userObject(id: string, user: StandinUser): JsonObject {
    const realName = user.real_name ?? user.name;
    return {
      team_id: this.team.id,
      deleted: false,
      real_name: realName,
      tz: 'Europe/London',
      is_admin: false,
      is_owner: false,
      is_primary_owner: false,
      is_restricted: false,
      is_ultra_restricted: false,
      is_bot: false,
      is_app_user: false,
      updated: 1_700_000_000,
      profile: { real_name: realName, display_name: user.name, team: this.team.id },
      ...user,
      // The map key is authoritative, so a stray `id` in the object cannot make users.info lie about who it found.
      id,
    };
  }

  /** Message timestamps: unique and increasing, like Slack's `seconds.micro` strings. */
  private nextTs(): string {
    return `${Math.floor(Date.now() / 1000)}.${String(++this.seq).padStart(6, '0')}`;
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', this.origin);
    const ticket = url.searchParams.get('ticket');
    // Tickets are single-use, like Slack's: a client must call apps.connections.open again to reconnect.
    if (url.pathname !== '/socket' || ticket === null || !this.tickets.delete(ticket) || this.closed) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  private accept(ws: WebSocket): void {
    this.sockets.add(ws);
    this.connectionsOpened += 1;
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) return;
      const message = parseJsonOr(rawDataToString(data));
      if (isObject(message) && typeof message.envelope_id === 'string') {
        const ack: SocketAck = { envelope_id: message.envelope_id };
        if (isObject(message.payload)) ack.payload = message.payload;
        this.acks.push(ack);
        this.changed();
      }
    });
    // ws answers pings with pongs by itself; counting them shows the client's liveness check is running.
    ws.on('ping', () => {
      this.clientPings += 1;
      this.changed();
    });
    ws.on('close', (code: number, reason: Buffer) => {
      this.sockets.delete(ws);
      this.socketCloses.push({ code, reason: reason.toString() });
      this.changed();
    });
    // A reset from a client being torn down is expected; without a listener ws would throw it as uncaught.
    ws.on('error', () => {});
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'applink-standin', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.appId },
      }),
    );
    this.changed();
  }

  private changed(): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.check()) this.waiters.delete(waiter);
    }
  }

  private summary(): string {
    const methods = this.calls.map((c) => c.method).join(', ') || 'none';
    return `calls: ${methods}; responses: ${this.responses.length}; acks: ${this.acks.length}; open sockets: ${this.sockets.size}`;
  }
}

// ----------------------------------------------------------------------------------------------------------------

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: JsonObject): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}

function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** response_url bodies: JSON from Bolt, but accept a form or plain text so a wrong client is visible, not fatal. */
function parseLooseBody(raw: string, contentType: string | undefined): unknown {
  if (contentType?.includes('application/json')) return parseJsonOr(raw);
  if (contentType?.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  return raw;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringArg(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function hasMessageContent(args: JsonObject): boolean {
  return stringArg(args.text) !== undefined || args.blocks !== undefined || args.attachments !== undefined;
}

function rawDataToString(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

/** What the app answered to a request sent as Slack sends it. */
export interface HttpResult {
  status: number;
  body: string;
  ms: number;
}

/** node:http with `agent: false`: no keep-alive socket outlives the test. */
export function postToApp(url: string, body: string, headers: Record<string, string>): Promise<HttpResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent: false, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

