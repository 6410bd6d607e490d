// A local stand-in for Discord's servers (REST API v10 + gateway v10), so tests can drive the REAL
// discord.js client without the internet. It speaks just enough of the documented protocol for
// discord.js 14 to log in, cache a guild, receive interactions and answer them, retry a 429 and
// resume a dropped gateway session; it records every REST request so tests can assert on what the
// bot actually sent.
//
// Usage (order matters in teardown: destroy the client before closing the stand-in, otherwise the
// client keeps trying to reconnect to a port that is gone):
//
//   const standin = await startDiscordStandin({ heartbeatIntervalMs: 250 });
//   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.restBase } });
//   await client.login(standin.token);
//   standin.chatInput('who', [{ name: 'name', type: ApplicationCommandOptionType.String, value: 'Ali' }]);
//   const cb = await standin.waitForRequest((r) => r.path.endsWith('/callback'));
//   ...
//   await client.destroy();
//   await standin.close();
//
// Payload shapes follow Discord's API documentation as encoded in discord-api-types (re-exported by
// discord.js), so the TypeScript compiler checks that every required field is present.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationFlags,
  ApplicationIntegrationType,
  ChannelType,
  EmbedType,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayOpcodes,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  type APIApplicationCommand,
  type APIAttachment,
  type APIBaseInteraction,
  type APIEmbed,
  type APIGuildTextChannel,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIRole,
  type APIUser,
  type GuildMemberFlags,
  type RoleFlags,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
  type RESTGetAPIGatewayBotResult,
  type RESTPostAPIInteractionCallbackWithResponseResult,
  type RESTPostAPIWebhookWithTokenJSONBody,
} from 'discord.js';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export interface DiscordStandinOptions {
  appId?: string;
  guildId?: string;
  /** Defaults to appId: for bots created since 2016 the bot user shares the application's id. */
  botUserId?: string;
  /** The guild's text channel, where interactions happen by default. */
  channelId?: string;
  /** The user who invokes interactions by default. */
  userId?: string;
  /** The bot token discord.js must present (REST `Authorization: Bot …`, gateway IDENTIFY/RESUME). */
  token?: string;
  guildName?: string;
  channelName?: string;
  botUsername?: string;
  /** HELLO's heartbeat_interval. Discord sends ~41250; tests lower it to exercise heartbeating. */
  heartbeatIntervalMs?: number;
}

/** A file part of a multipart/form-data request (discord.js sends those when a message has files). */
export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

/** A REST request as it arrived, before the stand-in answered it. */
export interface IncomingRequest {
  method: string;
  /** Path without the `/api/v10` prefix and without the query string, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body; for multipart, the parsed `payload_json` part; undefined when there is no body. */
  body: unknown;
  files: RecordedFile[];
  headers: IncomingHttpHeaders;
  /** Date.now() on arrival; lets tests check that a retry waited out a rate limit. */
  at: number;
}

/** A REST request plus the status the stand-in answered (429 for an injected rate limit). */
export interface RecordedRequest extends IncomingRequest {
  status: number;
}

/** An option in a chat-input/autocomplete interaction (nest `options` for subcommands). */
export interface OptionInit {
  name: string;
  type: ApplicationCommandOptionType;
  value?: string | number | boolean;
  focused?: boolean;
  options?: OptionInit[];
}

/** The INTERACTION_CREATE payload the stand-in builds (guild interactions only). */
export type InteractionPayload = APIBaseInteraction<InteractionType, unknown>;

/**
 * What a test supplies to dispatchInteraction: the interaction type and data, plus optional
 * overrides of any documented top-level field. `permissions` and `user` shape the invoking member.
 */
export type InteractionInit = Partial<Omit<InteractionPayload, 'type' | 'data' | 'member' | 'user'>> & {
  type: InteractionType;
  data?: unknown;
  /** member.permissions: the invoker's permission bitfield as a decimal string. */
  permissions?: string;
  /** Fields of the invoking user (member.user), merged over the default user. */
  user?: Partial<APIUser>;
};

export interface InteractionExtras {
  permissions?: string;
  user?: Partial<APIUser>;
  channelId?: string;
}

export interface DispatchedInteraction {
  id: string;
  token: string;
}

/** An error answer for failNext: the HTTP status and Discord's JSON error code and message. */
export interface InjectedFailure {
  status: number;
  code: number;
  message: string;
}

/** How a gateway client connected: lets tests see the query discord.js used (v, encoding, compress). */
export interface GatewayConnectionRecord {
  path: string;
  query: Record<string, string>;
}

export interface DiscordStandin {
  readonly restBase: string;
  readonly gatewayUrl: string;
  readonly appId: string;
  readonly guildId: string;
  readonly botUserId: string;
  readonly channelId: string;
  readonly userId: string;
  readonly token: string;
  /** Every REST request, in arrival order, including 404s and injected 429s. */
  readonly requests: RecordedRequest[];
  readonly gatewayConnections: GatewayConnectionRecord[];
  /** Protocol mistakes seen from the client (bad token, bad query, unknown opcode…); should stay empty. */
  readonly problems: string[];
  readonly identifies: number;
  /** The `shard` each IDENTIFY asked for ([id, count]), in order. */
  readonly identifyPayloads: { shard: [number, number] }[];
  readonly resumes: number;
  readonly heartbeats: number;
  /** Resolves with the first past or future request matching `predicate`; rejects after timeoutMs. */
  waitForRequest(predicate: (req: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** The next request matching `matcher` gets a 429 asking to retry after `retryAfterSeconds`. */
  rateLimitNext(matcher: (req: IncomingRequest) => boolean, retryAfterSeconds: number): void;
  /**
   * The next `times` requests matching `matcher` get `status` with Discord's error body
   * `{ message, code }`: a 5xx outage, a 404 Unknown Channel (10003), a 403 Missing Access (50001)…
   * Checked after injected rate limits and before the routes.
   */
  failNext(matcher: (req: IncomingRequest) => boolean, failure: InjectedFailure, times?: number): void;
  /** Every message the bot created with POST /channels/:id/messages, as the stand-in answered it (ids included). */
  readonly channelMessages: APIMessage[];
  /** Sends a dispatch (op 0) to every live session; returns how many sessions got it. */
  dispatch(t: string, d: unknown): number;
  dispatchInteraction(init: InteractionInit): DispatchedInteraction;
  chatInput(name: string, options?: OptionInit[], extras?: InteractionExtras): DispatchedInteraction;
  autocomplete(name: string, options: OptionInit[], extras?: InteractionExtras): DispatchedInteraction;
  /**
   * Closes every gateway socket from the server side. The default 4000 (Unknown error), like any
   * resumable code or a bare `'terminate'` (the client sees 1006), makes discord.js RESUME; 1000
   * makes it re-identify. Resolves with the number of sockets dropped once they are closed.
   */
  dropConnection(code?: number | 'terminate'): Promise<number>;
  close(): Promise<void>;
}

export async function startDiscordStandin(opts: DiscordStandinOptions = {}): Promise<DiscordStandin> {
  const standin = new Standin(opts);
  await standin.listen();
  return standin;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const DISCORD_EPOCH = 1420070400000n;
let snowflakeIncrement = 0n;

/** A real-looking snowflake, so discord.js's createdTimestamp and the REST route bucketing (17–19 digits) work. */
function snowflake(): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | snowflakeIncrement).toString();
}

/** No member flags set (the enum has no zero member, so the literal needs a cast). */
const NO_MEMBER_FLAGS = 0 as GuildMemberFlags;

function perms(...flags: bigint[]): string {
  return flags.reduce((acc, f) => acc | f, 0n).toString();
}

/** What an ordinary member can do in a default server: no moderation or admin rights. */
const MEMBER_PERMISSIONS = perms(
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.UseExternalEmojis,
  PermissionFlagsBits.UseApplicationCommands,
  PermissionFlagsBits.CreateInstantInvite,
  PermissionFlagsBits.ChangeNickname,
  PermissionFlagsBits.Connect,
  PermissionFlagsBits.Speak,
);

/** What the bot was invited with: enough to post embeds in the channel. */
const BOT_PERMISSIONS = perms(
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.UseExternalEmojis,
);

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

function json(status: number, body: unknown): Reply {
  return { status, body };
}

/** Discord's error body: `{ message, code }` with a JSON error code from the docs. */
function apiError(status: number, code: number, message: string): Reply {
  return { status, body: { message, code } };
}

const NOT_FOUND = apiError(404, 0, '404: Not Found');

type MessageBody = Partial<RESTPostAPIWebhookWithTokenJSONBody>;

interface Route {
  method: string;
  pattern: RegExp;
  /** Bot-token routes answer 401 without `Authorization: Bot <token>`; interaction webhooks need none. */
  auth: boolean;
  handle(req: IncomingRequest, args: string[]): Reply;
}

/** '/webhooks/:app/:token' → a regex capturing each :param as a path segment. */
function route(method: string, template: string, auth: boolean, handle: Route['handle']): Route {
  const source = template
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '([^/]+)' : seg.replace(/[.*+?^${}()|[\]\\@]/g, '\\$&')))
    .join('/');
  return { method, pattern: new RegExp(`^${source}$`), auth, handle };
}

interface InteractionState {
  id: string;
  token: string;
  type: InteractionType;
  channelId: string;
  user: APIUser;
  /** Set by the first successful callback; Discord answers 40060 to a second one. */
  acknowledged: boolean;
  /** The @original response message, once a callback created one (types 4, 5, 7). */
  original: APIMessage | null;
  followUps: Map<string, APIMessage>;
}

interface GatewaySession {
  id: string;
  seq: number;
  shard: [number, number];
  /** Dispatches sent on this session, kept so a RESUME can replay what the client missed. */
  sent: DispatchPayload[];
  socket: WebSocket | null;
  /** The client closed with 1000/1001, which per the docs invalidates the session. */
  ended: boolean;
}

interface DispatchPayload {
  op: GatewayOpcodes.Dispatch;
  t: string;
  s: number;
  d: unknown;
}

interface Connection {
  socket: WebSocket;
  session: GatewaySession | null;
  /** The stand-in closed this socket itself, so the close code must not end the session. */
  closedByServer: boolean;
}

interface Waiter {
  predicate: (req: RecordedRequest) => boolean;
  resolve: (req: RecordedRequest) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/** Replay buffer size per session; more than any test dispatches between a drop and a resume. */
const REPLAY_LIMIT = 1000;

// ---------------------------------------------------------------------------------------------
// The stand-in
// ---------------------------------------------------------------------------------------------

class Standin implements DiscordStandin {
  readonly appId: string;
  readonly guildId: string;
  readonly botUserId: string;
  readonly channelId: string;
  readonly userId: string;
  readonly token: string;
  restBase = '';
  gatewayUrl = '';
  readonly requests: RecordedRequest[] = [];
  readonly channelMessages: APIMessage[] = [];
  readonly gatewayConnections: GatewayConnectionRecord[] = [];
  readonly problems: string[] = [];
  identifies = 0;
  identifyPayloads: { shard: [number, number] }[] = [];
  resumes = 0;
  heartbeats = 0;

  private readonly heartbeatIntervalMs: number;
  private readonly guildName: string;
  private readonly channelName: string;
  private readonly botUser: APIUser;
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly routes: Route[];
  private readonly waiters = new Set<Waiter>();
  private readonly rateLimits: { matcher: (req: IncomingRequest) => boolean; retryAfter: number }[] = [];
  private readonly failures: { matcher: (req: IncomingRequest) => boolean; failure: InjectedFailure; left: number }[] = [];
  private readonly interactions = new Map<string, InteractionState>();
  private readonly sessions = new Map<string, GatewaySession>();
  private readonly connections = new Set<Connection>();
  /** Registered commands by scope ('global' or a guild id), then by name: PUT keeps ids stable per name. */
  private readonly commands = new Map<string, Map<string, APIApplicationCommand>>();
  /** Ids for commands a test invokes without registering them first, stable per name. */
  private readonly adHocCommandIds = new Map<string, string>();
  private closed = false;

  constructor(opts: DiscordStandinOptions) {
    this.appId = opts.appId ?? '1380000000000000001';
    this.guildId = opts.guildId ?? '1380000000000000002';
    this.botUserId = opts.botUserId ?? this.appId;
    this.channelId = opts.channelId ?? '1380000000000000003';
    this.userId = opts.userId ?? '1380000000000000004';
    // Shaped like a real token (base64 user id . timestamp . hmac) because discord.js logs a
    // censored form of it by splitting on dots.
    this.token = opts.token ?? `${Buffer.from(this.botUserId).toString('base64')}.GStand.in-token-for-tests-only`;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 45_000;
    this.guildName = opts.guildName ?? 'Newsroom';
    this.channelName = opts.channelName ?? 'briefing';
    this.botUser = {
      id: this.botUserId,
      username: opts.botUsername ?? 'briefbot',
      discriminator: '0000',
      global_name: null,
      avatar: null,
      bot: true,
    };
    this.routes = this.buildRoutes();
    this.server = createServer((req, res) => void this.onHttp(req, res));
    // noServer: we take the upgrade ourselves, so a bad query can be refused before the handshake.
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => this.onUpgrade(req, socket, head));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    // discord.js appends /v10 to `rest.api`, and the gateway URL comes back from GET /gateway/bot.
    this.restBase = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
  }

  // ---- requests -------------------------------------------------------------------------------

  waitForRequest(predicate: (req: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          const log = this.requests.map((r) => `  ${r.status} ${r.method} ${r.path}`).join('\n') || '  (none)';
          reject(new Error(`waitForRequest: no matching request within ${timeoutMs}ms; recorded:\n${log}`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  rateLimitNext(matcher: (req: IncomingRequest) => boolean, retryAfterSeconds: number): void {
    this.rateLimits.push({ matcher, retryAfter: retryAfterSeconds });
  }

  failNext(matcher: (req: IncomingRequest) => boolean, failure: InjectedFailure, times = 1): void {
    if (times > 0) this.failures.push({ matcher, failure, left: times });
  }

  private record(req: RecordedRequest): void {
    this.requests.push(req);
    for (const waiter of this.waiters) {
      if (!waiter.predicate(req)) continue;
      clearTimeout(waiter.timer);
      this.waiters.delete(waiter);
      waiter.resolve(req);
    }
  }

  // ---- HTTP -----------------------------------------------------------------------------------

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const url = new URL(req.url ?? '/', 'http://standin');
    const prefix = '/api/v10';
    // Percent-decoded per segment: discord.js sends `@original` as `%40original`.
    const decoded = url.pathname.split('/').map(safeDecode).join('/');
    const path = decoded.startsWith(`${prefix}/`) ? decoded.slice(prefix.length) : decoded;
    let incoming: IncomingRequest;
    try {
      const { body, files } = await readBody(req);
      incoming = {
        method: req.method ?? 'GET',
        path,
        query: Object.fromEntries(url.searchParams),
        body,
        files,
        headers: req.headers,
        at,
      };
    } catch (err) {
      this.problems.push(`unreadable ${req.method} ${path} body: ${String(err)}`);
      const reply = apiError(400, 50109, 'The request body contains invalid JSON.');
      const query = Object.fromEntries(url.searchParams);
      this.record({ method: req.method ?? 'GET', path, query, body: undefined, files: [], headers: req.headers, at, status: reply.status });
      send(res, reply);
      return;
    }
    const reply = url.pathname.startsWith(`${prefix}/`) ? this.answer(incoming) : NOT_FOUND;
    this.record({ ...incoming, status: reply.status });
    send(res, reply);
  }

  private answer(req: IncomingRequest): Reply {
    // An injected rate limit wins over everything, as Discord's edge answers 429 before the API runs.
    const limitIndex = this.rateLimits.findIndex((rule) => rule.matcher(req));
    if (limitIndex >= 0) {
      const [rule] = this.rateLimits.splice(limitIndex, 1);
      return rateLimited(req, rule?.retryAfter ?? 1);
    }
    const failure = this.failures.find((rule) => rule.matcher(req));
    if (failure) {
      if (--failure.left <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      return apiError(failure.failure.status, failure.failure.code, failure.failure.message);
    }
    for (const r of this.routes) {
      if (r.method !== req.method) continue;
      const match = r.pattern.exec(req.path);
      if (!match) continue;
      if (r.auth && req.headers.authorization !== `Bot ${this.token}`) {
        return apiError(401, 0, '401: Unauthorized');
      }
      return r.handle(req, match.slice(1).map((s) => s ?? ''));
    }
    return NOT_FOUND;
  }

  private buildRoutes(): Route[] {
    return [
      route('GET', '/gateway', false, () => json(200, { url: this.gatewayUrl })),
      route('GET', '/gateway/bot', true, () => {
        const body: RESTGetAPIGatewayBotResult = {
          url: this.gatewayUrl,
          shards: 1,
          // discord.js caches this answer for reset_after ms and sizes its identify queue by max_concurrency.
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        };
        return json(200, body);
      }),
      route('GET', '/users/@me', true, () => json(200, this.botUser)),
      route('GET', '/applications/:app/commands', true, (_req, [app = '']) =>
        this.checkApp(app) ?? json(200, [...this.scope('global').values()]),
      ),
      route('PUT', '/applications/:app/commands', true, (req, [app = '']) =>
        this.checkApp(app) ?? this.putCommands('global', req.body),
      ),
      route('POST', '/applications/:app/commands', true, (req, [app = '']) =>
        this.checkApp(app) ?? this.postCommand('global', req.body),
      ),
      route('GET', '/applications/:app/guilds/:guild/commands', true, (_req, [app = '', guild = '']) =>
        this.checkApp(app, guild) ?? json(200, [...this.scope(guild).values()]),
      ),
      route('PUT', '/applications/:app/guilds/:guild/commands', true, (req, [app = '', guild = '']) =>
        this.checkApp(app, guild) ?? this.putCommands(guild, req.body),
      ),
      route('POST', '/applications/:app/guilds/:guild/commands', true, (req, [app = '', guild = '']) =>
        this.checkApp(app, guild) ?? this.postCommand(guild, req.body),
      ),
      route('POST', '/interactions/:id/:token/callback', false, (req, [id = '', token = '']) =>
        this.callback(req, id, token),
      ),
      route('POST', '/webhooks/:app/:token', false, (req, [app = '', token = '']) => this.followUp(req, app, token)),
      route('GET', '/webhooks/:app/:token/messages/:message', false, (_req, [app = '', token = '', message = '']) =>
        this.withWebhookMessage(app, token, message, (msg) => json(200, msg)),
      ),
      route('PATCH', '/webhooks/:app/:token/messages/:message', false, (req, [app = '', token = '', message = '']) =>
        this.withWebhookMessage(app, token, message, (msg) => json(200, editMessage(msg, asMessageBody(req.body)))),
      ),
      route('DELETE', '/webhooks/:app/:token/messages/:message', false, (_req, [app = '', token = '', message = '']) =>
        this.withWebhookMessage(app, token, message, (msg, state) => {
          if (state.original === msg) state.original = null;
          state.followUps.delete(msg.id);
          return { status: 204 };
        }),
      ),
      // Lenient on purpose: any channel id is accepted, so bot code can post wherever it is configured to.
      route('POST', '/channels/:channel/messages', true, (req, [channel = '']) => {
        const msg = this.message(channel, asMessageBody(req.body), req.files);
        this.channelMessages.push(msg);
        return json(200, msg);
      }),
    ];
  }

  private checkApp(app: string, guild?: string): Reply | undefined {
    if (app !== this.appId) return apiError(404, 10002, 'Unknown Application');
    if (guild !== undefined && guild !== this.guildId) return apiError(404, 10004, 'Unknown Guild');
    return undefined;
  }

  private scope(key: string): Map<string, APIApplicationCommand> {
    let scope = this.commands.get(key);
    if (!scope) this.commands.set(key, (scope = new Map()));
    return scope;
  }

  /** Echoes a command body as a documented application command object; Discord keeps a name's id on overwrite. */
  private command(scope: string, body: Record<string, unknown>, keepId?: string): APIApplicationCommand {
    const name = String(body.name ?? '');
    const cmd = {
      ...body,
      id: keepId ?? this.scope(scope).get(name)?.id ?? snowflake(),
      application_id: this.appId,
      version: snowflake(),
      type: (body.type as ApplicationCommandType | undefined) ?? ApplicationCommandType.ChatInput,
      name,
      description: String(body.description ?? ''),
      default_member_permissions: (body.default_member_permissions as string | null | undefined) ?? null,
      nsfw: Boolean(body.nsfw),
      ...(scope === 'global' ? {} : { guild_id: scope }),
    } as APIApplicationCommand;
    this.scope(scope).set(name, cmd);
    return cmd;
  }

  private putCommands(scope: string, body: unknown): Reply {
    if (!Array.isArray(body)) return apiError(400, 50035, 'Invalid Form Body');
    // A bulk overwrite replaces the whole set: names left out are deleted, names kept keep their ids.
    const previous = new Map(this.scope(scope));
    this.scope(scope).clear();
    const result = body.map((item: Record<string, unknown>) =>
      this.command(scope, item, previous.get(String(item.name ?? ''))?.id),
    );
    return json(200, result);
  }

  private postCommand(scope: string, body: unknown): Reply {
    if (typeof body !== 'object' || body === null) return apiError(400, 50035, 'Invalid Form Body');
    return json(201, this.command(scope, body as Record<string, unknown>));
  }

  private callback(req: IncomingRequest, id: string, token: string): Reply {
    const state = this.interactions.get(token);
    if (!state || state.id !== id) return apiError(404, 10062, 'Unknown interaction');
    if (state.acknowledged) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    const body = (req.body ?? {}) as { type?: InteractionResponseType; data?: MessageBody };
    const data = body.data ?? {};
    switch (body.type) {
      case InteractionResponseType.ChannelMessageWithSource:
      case InteractionResponseType.UpdateMessage:
        state.original = this.message(state.channelId, data, req.files, this.responseFields(state));
        break;
      case InteractionResponseType.DeferredChannelMessageWithSource:
        // The "bot is thinking…" placeholder: Discord marks it Loading until the first edit.
        state.original = this.message(state.channelId, { flags: (data.flags ?? 0) | MessageFlags.Loading }, [], this.responseFields(state));
        break;
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.ApplicationCommandAutocompleteResult:
      case InteractionResponseType.Modal:
      case InteractionResponseType.LaunchActivity:
        break;
      default:
        return apiError(400, 50035, 'Invalid Form Body');
    }
    state.acknowledged = true;
    if (req.query.with_response !== 'true') return { status: 204 };
    const result: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: {
        id: state.id,
        type: state.type,
        ...(state.original
          ? {
              response_message_id: state.original.id,
              response_message_loading: body.type === InteractionResponseType.DeferredChannelMessageWithSource,
              response_message_ephemeral: ((state.original.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      ...(state.original ? { resource: { type: body.type, message: state.original } } : {}),
    };
    return json(200, result);
  }

  private followUp(req: IncomingRequest, app: string, token: string): Reply {
    const state = this.interactions.get(token);
    // Discord knows an interaction's webhook only once the interaction was acknowledged.
    if (app !== this.appId || !state || !state.acknowledged) return apiError(404, 10015, 'Unknown Webhook');
    const msg = this.message(state.channelId, asMessageBody(req.body), req.files, {
      webhook_id: this.appId,
      application_id: this.appId,
    });
    state.followUps.set(msg.id, msg);
    return json(200, msg);
  }

  private withWebhookMessage(
    app: string,
    token: string,
    messageId: string,
    then: (msg: APIMessage, state: InteractionState) => Reply,
  ): Reply {
    const state = this.interactions.get(token);
    if (app !== this.appId || !state) return apiError(404, 10015, 'Unknown Webhook');
    const msg = messageId === '@original' ? state.original : state.followUps.get(messageId);
    if (!msg) return apiError(404, 10008, 'Unknown Message');
    return then(msg, state);
  }

  private responseFields(state: InteractionState): Partial<APIMessage> {
    const fields: Partial<APIMessage> = { type: MessageType.Default, webhook_id: this.appId, application_id: this.appId };
    if (state.type !== InteractionType.ApplicationCommand) return fields;
    return {
      ...fields,
      type: MessageType.ChatInputCommand,
      interaction_metadata: {
        id: state.id,
        type: InteractionType.ApplicationCommand,
        user: state.user,
        authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: this.guildId },
      },
    };
  }

  /** A documented message object for what the bot sent. */
  private message(channelId: string, body: MessageBody, files: RecordedFile[], extra: Partial<APIMessage> = {}): APIMessage {
    const attachments: APIAttachment[] = files.map((f) => {
      const id = snowflake();
      const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${f.filename}`;
      return { id, filename: f.filename, size: f.size, url, proxy_url: url, content_type: f.contentType };
    });
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: body.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts ?? false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments,
      embeds: richEmbeds(body.embeds),
      pinned: false,
      type: MessageType.Default,
      flags: (body.flags ?? 0) as MessageFlags,
      components: body.components ?? [],
      ...extra,
    };
  }

  // ---- interactions ---------------------------------------------------------------------------

  dispatchInteraction(init: InteractionInit): DispatchedInteraction {
    if (this.liveSessions().length === 0) {
      throw new Error('dispatchInteraction: no gateway session; log a client in first');
    }
    const { type, permissions, user: userFields, data, ...overrides } = init;
    const id = overrides.id ?? snowflake();
    const token = overrides.token ?? `standin.${randomBytes(24).toString('base64url')}`;
    const channelId = overrides.channel?.id ?? overrides.channel_id ?? this.channelId;
    const user: APIUser = {
      id: this.userId,
      username: 'reporter',
      discriminator: '0',
      global_name: 'Reporter',
      avatar: null,
      ...userFields,
    };
    const member: APIInteractionGuildMember = {
      user,
      roles: [],
      joined_at: '2024-01-15T09:00:00.000Z',
      deaf: false,
      mute: false,
      flags: NO_MEMBER_FLAGS,
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
      communication_disabled_until: null,
      permissions: permissions ?? MEMBER_PERMISSIONS,
    };
    const payload: InteractionPayload = {
      id,
      application_id: this.appId,
      type,
      data,
      guild: { id: this.guildId, features: [], locale: Locale.EnglishUS },
      guild_id: this.guildId,
      channel: { ...this.textChannel(), id: channelId, guild_id: this.guildId },
      channel_id: channelId,
      member,
      token,
      version: 1,
      app_permissions: BOT_PERMISSIONS,
      locale: Locale.EnglishUS,
      guild_locale: Locale.EnglishUS,
      entitlements: [],
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: this.guildId },
      context: InteractionContextType.Guild,
      attachment_size_limit: 10 * 1024 * 1024,
      ...overrides,
    };
    this.interactions.set(token, {
      id,
      token,
      type,
      channelId,
      user,
      acknowledged: false,
      original: null,
      followUps: new Map(),
    });
    this.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    return { id, token };
  }

  chatInput(name: string, options: OptionInit[] = [], extras: InteractionExtras = {}): DispatchedInteraction {
    return this.dispatchInteraction({
      type: InteractionType.ApplicationCommand,
      data: { ...this.commandRef(name), type: ApplicationCommandType.ChatInput, options },
      ...interactionExtras(extras),
    });
  }

  autocomplete(name: string, options: OptionInit[], extras: InteractionExtras = {}): DispatchedInteraction {
    const focused = countFocused(options);
    if (focused > 1) throw new Error('autocomplete: only one option can be focused');
    // Discord always marks the option being typed; default to the last leaf option.
    const withFocus = focused === 1 ? options : focusLast(options);
    return this.dispatchInteraction({
      type: InteractionType.ApplicationCommandAutocomplete,
      data: { ...this.commandRef(name), type: ApplicationCommandType.ChatInput, options: withFocus },
      ...interactionExtras(extras),
    });
  }

  /** id/name (and guild_id for guild commands) of a command: the registered one if any. */
  private commandRef(name: string): { id: string; name: string; guild_id?: string } {
    const guildCmd = this.commands.get(this.guildId)?.get(name);
    if (guildCmd) return { id: guildCmd.id, name, guild_id: this.guildId };
    const globalCmd = this.commands.get('global')?.get(name);
    if (globalCmd) return { id: globalCmd.id, name };
    let id = this.adHocCommandIds.get(name);
    if (!id) this.adHocCommandIds.set(name, (id = snowflake()));
    return { id, name };
  }

  // ---- gateway --------------------------------------------------------------------------------

  /** Discord's routing: a guild's events go to shard (guild_id >> 22) % shard_count. */
  private ownsGuild(shard: [number, number], guildId: string): boolean {
    return Number((BigInt(guildId) >> 22n) % BigInt(shard[1])) === shard[0];
  }

  dispatch(t: string, d: unknown): number {
    if (this.closed) throw new Error('dispatch: the stand-in is closed');
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    const live = this.liveSessions().filter((session) => typeof guildId !== 'string' || this.ownsGuild(session.shard, guildId));
    for (const session of live) this.dispatchTo(session, t, d);
    return live.length;
  }

  /** Sessions that get dispatches: connected ones, and dropped ones that can still RESUME (they get a replay). */
  private liveSessions(): GatewaySession[] {
    return [...this.sessions.values()].filter((session) => !session.ended);
  }

  private dispatchTo(session: GatewaySession, t: string, d: unknown): void {
    const payload: DispatchPayload = { op: GatewayOpcodes.Dispatch, t, s: ++session.seq, d };
    session.sent.push(payload);
    if (session.sent.length > REPLAY_LIMIT) session.sent.shift();
    if (session.socket) sendPayload(session.socket, payload);
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'ws://standin');
    const query = Object.fromEntries(url.searchParams);
    this.gatewayConnections.push({ path: url.pathname, query });
    // discord.js 14 asks for ?v=10&encoding=json, plus compress=zlib-stream only if the optional
    // zlib-sync package is installed. We never compress: @discordjs/ws parses text frames as plain
    // JSON whatever it negotiated, so uncompressed text works for every client configuration.
    // ETF (encoding=etf) is a different wire format we do not speak, so refuse it loudly.
    if (query.v !== '10' || query.encoding !== 'json') {
      this.problems.push(`gateway connection with unsupported query ${url.search}`);
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
  }

  private onConnection(socket: WebSocket): void {
    const conn: Connection = { socket, session: null, closedByServer: false };
    this.connections.add(conn);
    socket.on('message', (data, isBinary) => this.onGatewayMessage(conn, data, isBinary));
    socket.on('close', (code) => {
      this.connections.delete(conn);
      const session = conn.session;
      if (!session || session.socket !== socket) return;
      session.socket = null;
      // Per the docs, a client closing with 1000/1001 ends its session; any other close keeps it resumable.
      if (!conn.closedByServer && (code === 1000 || code === 1001)) session.ended = true;
    });
    socket.on('error', (err) => this.problems.push(`gateway socket error: ${err.message}`));
    sendPayload(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null });
  }

  private onGatewayMessage(conn: Connection, data: RawData, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frame');
      payload = JSON.parse(rawToString(data)) as { op?: unknown; d?: unknown };
    } catch (err) {
      this.closeWithProblem(conn, GatewayCloseCodes.DecodeError, `undecodable gateway frame: ${String(err)}`);
      return;
    }
    const d = (payload.d ?? {}) as Record<string, unknown>;
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats++;
        sendPayload(conn.socket, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOpcodes.Identify:
        this.onIdentify(conn, d);
        return;
      case GatewayOpcodes.Resume:
        this.onResume(conn, d);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!conn.session) this.closeWithProblem(conn, GatewayCloseCodes.NotAuthenticated, `op ${payload.op} before IDENTIFY`);
        return; // accepted and ignored: tests have no presences, voice or member lists
      default:
        this.closeWithProblem(conn, GatewayCloseCodes.UnknownOpcode, `unknown gateway opcode ${String(payload.op)}`);
    }
  }

  private onIdentify(conn: Connection, d: Record<string, unknown>): void {
    if (d.token !== this.token) {
      this.closeWithProblem(conn, GatewayCloseCodes.AuthenticationFailed, 'IDENTIFY with the wrong token');
      return;
    }
    if (conn.session) {
      this.closeWithProblem(conn, GatewayCloseCodes.AlreadyAuthenticated, 'second IDENTIFY on one connection');
      return;
    }
    this.identifies++;
    const shard = Array.isArray(d.shard) ? (d.shard as [number, number]) : ([0, 1] as [number, number]);
    this.identifyPayloads.push({ shard });
    const ownsGuild = this.ownsGuild(shard, this.guildId);
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      seq: 0,
      shard,
      sent: [],
      socket: conn.socket,
      ended: false,
    };
    this.sessions.set(session.id, session);
    conn.session = session;
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false },
      guilds: ownsGuild ? [{ id: this.guildId, unavailable: true }] : [],
      session_id: session.id,
      // Real Discord names a regional host here; discord.js reconnects to it (adding ?v=10&encoding=json)
      // to RESUME. The /resume path lets tests see that it did.
      resume_gateway_url: `${this.gatewayUrl}/resume`,
      shard,
      application: { id: this.appId, flags: ApplicationFlags.ApplicationCommandBadge, flags_new: String(ApplicationFlags.ApplicationCommandBadge) },
    };
    this.dispatchTo(session, GatewayDispatchEvents.Ready, ready);
    // READY lists the guild as unavailable; discord.js holds its own ready event until GUILD_CREATE.
    if (ownsGuild) this.dispatchTo(session, GatewayDispatchEvents.GuildCreate, this.guildCreate());
  }

  private onResume(conn: Connection, d: Record<string, unknown>): void {
    if (d.token !== this.token) {
      this.closeWithProblem(conn, GatewayCloseCodes.AuthenticationFailed, 'RESUME with the wrong token');
      return;
    }
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    const seq = typeof d.seq === 'number' ? d.seq : -1;
    const oldest = session?.sent[0]?.s ?? 1;
    if (!session || session.ended || seq > session.seq || seq < oldest - 1) {
      // op 9 with d=false: "cannot resume", so discord.js starts a new session with IDENTIFY.
      sendPayload(conn.socket, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.socket && session.socket !== conn.socket) session.socket.terminate();
    session.socket = conn.socket;
    conn.session = session;
    this.resumes++;
    for (const missed of session.sent.filter((p) => p.s > seq)) sendPayload(conn.socket, missed);
    this.dispatchTo(session, GatewayDispatchEvents.Resumed, { _trace: ['["discord-standin",{"micros":0}]'] });
  }

  private closeWithProblem(conn: Connection, code: number, problem: string): void {
    this.problems.push(problem);
    conn.closedByServer = true;
    conn.socket.close(code, problem.slice(0, 120));
  }

  async dropConnection(code: number | 'terminate' = GatewayCloseCodes.UnknownError): Promise<number> {
    const open = [...this.connections].filter((c) => c.socket.readyState === WebSocket.OPEN);
    await Promise.all(
      open.map(
        (conn) =>
          new Promise<void>((resolve) => {
            conn.closedByServer = true;
            conn.socket.once('close', () => resolve());
            if (code === 'terminate') conn.socket.terminate();
            else conn.socket.close(code, 'discord-standin: dropped by the test');
          }),
      ),
    );
    return open.length;
  }

  // ---- fixtures ---------------------------------------------------------------------------------

  private textChannel(): APIGuildTextChannel<ChannelType.GuildText> {
    return {
      id: this.channelId,
      type: ChannelType.GuildText,
      name: this.channelName,
      position: 0,
      parent_id: null,
      topic: 'Daily briefings',
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      permission_overwrites: [],
      default_auto_archive_duration: 1440,
    };
  }

  private guildCreate(): GatewayGuildCreateDispatchData {
    const role = (id: string, name: string, permissions: string, position: number, managed: boolean): APIRole => ({
      id,
      name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position,
      permissions,
      managed,
      mentionable: false,
      flags: 0 as RoleFlags,
      ...(managed ? { tags: { bot_id: this.botUserId } } : {}),
    });
    const botRoleId = (BigInt(this.guildId) + 1n).toString();
    return {
      id: this.guildId,
      name: this.guildName,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: this.userId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: GuildVerificationLevel.Low,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.AllMembers,
      // The @everyone role's id is the guild's id.
      roles: [role(this.guildId, '@everyone', MEMBER_PERMISSIONS, 0, false), role(botRoleId, this.botUser.username, BOT_PERMISSIONS, 1, true)],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: this.channelId,
      system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
      rules_channel_id: null,
      vanity_url_code: null,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      max_members: 500_000,
      max_video_channel_users: 25,
      joined_at: '2024-01-15T09:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      // The bot's own member is always in GUILD_CREATE; discord.js exposes it as guild.members.me.
      members: [
        {
          user: this.botUser,
          roles: [botRoleId],
          joined_at: '2024-01-15T09:00:00.000Z',
          deaf: false,
          mute: false,
          flags: NO_MEMBER_FLAGS,
          nick: null,
          avatar: null,
          premium_since: null,
          pending: false,
        },
      ],
      channels: [this.textChannel()],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---- teardown ---------------------------------------------------------------------------------

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('waitForRequest: the stand-in was closed'));
    }
    this.waiters.clear();
    for (const conn of this.connections) {
      conn.closedByServer = true;
      conn.socket.terminate();
    }
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    // discord.js's HTTP client keeps connections alive; without this, server.close() would wait for them.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

// ---------------------------------------------------------------------------------------------
// Free helpers
// ---------------------------------------------------------------------------------------------

function interactionExtras(extras: InteractionExtras): Partial<InteractionInit> {
  const out: Partial<InteractionInit> = {};
  if (extras.permissions !== undefined) out.permissions = extras.permissions;
  if (extras.user !== undefined) out.user = extras.user;
  if (extras.channelId !== undefined) out.channel_id = extras.channelId;
  return out;
}

function countFocused(options: OptionInit[]): number {
  return options.reduce((n, o) => n + (o.focused ? 1 : 0) + countFocused(o.options ?? []), 0);
}

function focusLast(options: OptionInit[]): OptionInit[] {
  const last = options.at(-1);
  if (!last) throw new Error('autocomplete: needs at least one option to focus');
  const rest = options.slice(0, -1);
  return last.options?.length ? [...rest, { ...last, options: focusLast(last.options) }] : [...rest, { ...last, focused: true }];
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape stays as sent, and simply matches no route
  }
}

function asMessageBody(body: unknown): MessageBody {
  return typeof body === 'object' && body !== null ? (body as MessageBody) : {};
}

/** Discord stores every embed a bot sends as type "rich". */
function richEmbeds(embeds: APIEmbed[] | undefined): APIEmbed[] {
  return (embeds ?? []).map((e) => ({ type: EmbedType.Rich, ...e }));
}

/** Applies a message edit in place, as PATCH does: only the fields sent change. */
function editMessage(msg: APIMessage, body: MessageBody): APIMessage {
  if (body.content !== undefined) msg.content = body.content ?? '';
  if (body.embeds !== undefined) msg.embeds = richEmbeds(body.embeds ?? []);
  if (body.components !== undefined) msg.components = body.components ?? [];
  if (body.attachments !== undefined && (body.attachments ?? []).length === 0) msg.attachments = [];
  // Editing a deferred response replaces the "thinking…" placeholder.
  msg.flags = ((msg.flags ?? 0) & ~MessageFlags.Loading) as MessageFlags;
  msg.edited_timestamp = new Date().toISOString();
  return msg;
}

function rateLimited(req: IncomingRequest, retryAfter: number): Reply {
  // Per route, like Discord's opaque bucket hash; @discordjs/rest keys its queues by it.
  const bucket = createHash('sha1')
    .update(`${req.method} ${req.path.replace(/\d{17,20}/g, ':id')}`)
    .digest('hex')
    .slice(0, 32);
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
    headers: {
      // Discord sends whole seconds here; fractions keep tests fast and @discordjs/rest reads them fine.
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': '1',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': ((Date.now() + retryAfter * 1000) / 1000).toFixed(3),
      'x-ratelimit-reset-after': retryAfter.toFixed(3),
      'x-ratelimit-bucket': bucket,
      'x-ratelimit-scope': 'user',
    },
  };
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body === undefined || reply.status === 204) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  const text = JSON.stringify(reply.body);
  headers['content-type'] = 'application/json';
  res.writeHead(reply.status, headers).end(text);
}

function sendPayload(socket: WebSocket, payload: unknown): void {
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: RecordedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: undefined, files: [] };
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    // Node's fetch Response parses multipart bodies, so no form-data parser dependency is needed.
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
    const files: RecordedFile[] = [];
    const fields: Record<string, unknown> = {};
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') fields[field] = value;
      else files.push({ field, filename: value.name, contentType: value.type, size: value.size });
    }
    const body = typeof fields.payload_json === 'string' ? JSON.parse(fields.payload_json) : fields;
    return { body, files };
  }
  const text = raw.toString('utf8');
  return { body: type.startsWith('application/json') ? JSON.parse(text) : text, files: [] };
}
