// Slack: an @slack/bolt app. Socket Mode when an app-level token is given (no public URL
// needed), otherwise Bolt's HTTP receiver on PORT, where every request must carry a valid
// signature. Each slash command is acknowledged at once and answered with Block Kit through
// respond(); problems go to the asker alone. The Web API base URL is configurable (SLACK_API_URL)
// for enterprise proxies and for tests.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel, webApi, type Logger, type RespondFn, type SlashCommand } from '@slack/bolt';
import { isPrivate, type Answer } from '../briefing/answers.ts';
import type { AnyCommand, CommandContext } from '../command.ts';
import { parseArguments, tooLong } from '../dispatch.ts';
import { logger, maskSecrets } from '../log.ts';
import { ChannelGone, type Scheduler } from '../schedule/scheduler.ts';
import { renderSlack } from '../render/slack.ts';
import { inProcess, type CommandRunner } from '../workers/runner.ts';
import { InFlight, START_TIMEOUT_MS, STOPPING_MESSAGE, StartError, withDeadline } from './lifecycle.ts';
import { slackCommandName } from './slack-manifest.ts';
import type { Store } from '../store/index.ts';

export type Visibility = 'in_channel' | 'ephemeral';

export interface SlackOptions {
  botToken: string;
  /** xapp-… token: Socket Mode. */
  appToken?: string;
  /** HTTP mode: the app's signing secret; requests without a valid signature are refused. */
  signingSecret?: string;
  /** HTTP mode: where Bolt listens (`/slack/events`). */
  port?: number;
  host?: string;
  /** Web API base, e.g. https://proxy.example/api/ . Default: Slack's own. */
  apiUrl?: string;
  /** Put before every command name: "bb-" gives /bb-who, clear of other apps' /who. */
  prefix: string;
  /** Who sees answers: the channel (default) or only the asker. Problems are always private. */
  visibility?: Visibility;
  /** Besides workspace admins and owners, these users and channels may run manager-only commands. */
  managers?: { users: readonly string[]; channels: readonly string[] };
  store: Store;
  commands: readonly AnyCommand[];
  /** Where answers are computed after the acknowledgement: a worker pool, or this thread (default). */
  runner?: CommandRunner;
  /** Start-up gives up, with a sentence saying so, when Slack has not answered within this long. */
  startTimeoutMs?: number;
  now?: () => Date;
  /** The scheduler /digest and /watch talk to, in the process that posts digests. */
  schedule?: Scheduler;
  /** Digests' default time zone when the asker's profile has none. */
  timezone?: string;
}

export interface SlackBot {
  app: App;
  /**
   * Checks the tokens with Slack, then starts listening (HTTP mode: resolves with the port) or
   * connects (Socket Mode). Fails fast with a StartError whose message says what to fix.
   */
  start(): Promise<{ port: number | null }>;
  /** Takes no new commands, finishes those being answered, then closes the listener or the socket. */
  stop(): Promise<void>;
  /**
   * Post an answer to a channel: the seam digests and alerts use. Resolves with the message's ts;
   * a channel that is gone, archived or closed to the bot is a ChannelGone.
   */
  post(channel: string, answer: Answer): Promise<string>;
}

/**
 * What the user typed, from Slack's encoding of it: &amp; &lt; &gt; back to & < >, and links
 * Slack wrapped (<https://x|x>, <mailto:a@b|a@b>) back to their text; user and channel
 * mentions (<@U1>, <#C1|name>) stay as written, they are only searched as text.
 */
export function slackText(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>/g, (_all, url: string, label?: string) => (label && !/^https?:/.test(url) ? label : url))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Bolt's log lines into ours (pino, JSON on stderr, secrets redacted). */
function boltLogger(last?: { text: string }): Logger {
  let level = LogLevel.INFO;
  const log = logger.child({ platform: 'slack' });
  // Bolt's lines are flattened to text, so secrets are masked by shape (tokens, response URLs)
  const text = (msg: unknown[]) => maskSecrets(msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' '));
  return {
    debug: (...m) => log.debug(text(m)),
    info: (...m) => log.info(text(m)),
    warn: (...m) => log.warn(text(m)),
    error: (...m) => {
      const t = text(m);
      if (last) last.text = t;
      log.error(t);
    },
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => {},
  };
}

/** chat.postMessage errors that posting again will not fix. */
const GONE = new Set(['channel_not_found', 'is_archived', 'not_in_channel', 'channel_is_archived', 'access_denied', 'team_access_not_granted', 'restricted_action']);

/** Web API calls after start-up: two retries within a few seconds. */
const RUNTIME_RETRIES = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2_000 };
/** One Web API call's limit. */
const CALL_TIMEOUT_MS = 10_000;

/** A Web API client for start-up checks: one attempt, a bounded wait. */
function startupClient(token: string, apiUrl: string | undefined): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    logger: boltLogger(),
    retryConfig: { retries: 0 },
    timeout: CALL_TIMEOUT_MS,
    rejectRateLimitedCalls: true,
  });
}

/** Runs a token check; a failure becomes the sentence that says which setting to look at. */
async function checkToken(call: () => Promise<unknown>, setting: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN', where: string): Promise<void> {
  try {
    await call();
  } catch (err) {
    throw new StartError(slackStartProblem(err, setting, where), { cause: err });
  }
}

/** Why Slack could not be started, in one sentence naming what to check. */
export function slackStartProblem(err: unknown, setting: string, where: string): string {
  if (err instanceof webApi.WebAPIPlatformError) {
    const code = err.data.error;
    if (/^(?:invalid_auth|not_authed|account_inactive|token_revoked|token_expired|not_allowed_token_type|user_removed_from_team|team_disabled|missing_scope)$/.test(code))
      return `Slack refused ${setting} (${code}); check the token in the app's settings at api.slack.com/apps`;
    return `Slack answered ${code} to checking ${setting}`;
  }
  if (err instanceof webApi.WebAPIRateLimitedError) return `Slack is rate limiting this app; try again in ${err.retryAfter} s`;
  if (err instanceof webApi.WebAPIHTTPError) return `Slack answered HTTP ${err.statusCode} at ${where}; check SLACK_API_URL`;
  if (err instanceof webApi.WebAPIRequestError) {
    const cause = err.original as Error & { code?: string; cause?: { code?: string; message?: string } };
    if (cause.name === 'TimeoutError' || cause.name === 'AbortError') return `Slack did not answer at ${where} within ${CALL_TIMEOUT_MS / 1000} s; check the network and SLACK_API_URL`;
    // fetch puts the reason (ECONNREFUSED, ENOTFOUND, "bad port") in its error's cause
    const why = cause.code ?? cause.cause?.code ?? cause.cause?.message ?? cause.message;
    return `could not reach Slack at ${where} (${why}); check the network and SLACK_API_URL`;
  }
  return `could not check ${setting} with Slack (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`;
}

export function createSlackBot(o: SlackOptions): SlackBot {
  // answers name commands as this workspace types them: /bb-who, not /who
  const render = (a: Answer) => renderSlack(a, { prefix: o.prefix, commands: o.commands.map((c) => c.name) });
  if (!o.appToken && !o.signingSecret) throw new Error('Configuration error: Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)');
  const socketMode = Boolean(o.appToken);
  const runner = o.runner ?? inProcess;
  const inFlight = new InFlight();
  const api = o.apiUrl ? { slackApiUrl: o.apiUrl } : {};
  // Bolt's latest error line, for a start-up that runs out of time to say why
  const lastError = { text: '' };
  const app = new App({
    token: o.botToken,
    logger: boltLogger(lastError),
    // The bot token is checked in start(), not here: Bolt's own check retries for half an hour
    // and its failure surfaces nowhere.
    deferInitialization: true,
    // Bolt writes into the client options it is given: a fresh object each time. A call that
    // fails is retried twice within a few seconds, not for half an hour: an answer that late is
    // no answer, and it would hold up a stop.
    clientOptions: { ...api, retryConfig: RUNTIME_RETRIES, timeout: CALL_TIMEOUT_MS },
    // The Socket Mode client keeps its own patient retries, for reconnecting after start-up.
    ...(socketMode ? { appToken: o.appToken!, socketMode: true, installerOptions: { clientOptions: { ...api } } } : { signingSecret: o.signingSecret! }),
  });
  const visibility = o.visibility ?? 'in_channel';

  /** Whether the asker manages the channel, and their time zone, from their profile. */
  async function asker(client: webApi.WebClient, command: SlashCommand, wantZone: boolean): Promise<{ manager: boolean; timezone?: string }> {
    const listed = Boolean(o.managers?.users.includes(command.user_id) || o.managers?.channels.includes(command.channel_id));
    // configuration already says who manages; the profile is asked only for what it alone knows
    if (listed && !wantZone) return { manager: true };
    try {
      const r = await client.users.info({ user: command.user_id });
      const manager = listed || Boolean(r.user?.is_admin || r.user?.is_owner || r.user?.is_primary_owner);
      return { manager, ...(r.user?.tz ? { timezone: r.user.tz } : {}) };
    } catch (err) {
      logger.warn({ err, user: command.user_id }, 'slack users.info failed; treating the user as not a manager');
      return { manager: listed };
    }
  }

  async function answer(def: AnyCommand, command: SlashCommand, client: webApi.WebClient, respond: RespondFn): Promise<void> {
    const text = slackText(command.text ?? '').trim();
    // checked before parsing, as a typed line is (dispatch.ts parseLine)
    const long = tooLong(text);
    const parsed: ReturnType<typeof parseArguments> = long ? { problem: long } : parseArguments(def, text);
    let result: Answer;
    if ('problem' in parsed) result = parsed.problem;
    else {
      // commands that write (digests, watches) may check the asker themselves, and want their time zone
      const who = def.access === 'managers' || def.writes ? await asker(client, command, def.access !== 'managers') : { manager: false };
      const timezone = who.timezone ?? o.timezone;
      const ctx: CommandContext = {
        store: o.store,
        commands: o.commands,
        user: { id: command.user_id, name: command.user_name, manager: who.manager },
        channel: { platform: 'slack', workspace: command.team_id, channel: command.channel_id },
        ...(timezone ? { timezone } : {}),
        ...(o.schedule ? { schedule: o.schedule } : {}),
        ...(o.now ? { now: o.now } : {}),
      };
      result = await runner.run(def, ctx, parsed.args);
    }
    const message = render(result);
    await respond({ response_type: isPrivate(result) ? 'ephemeral' : visibility, text: message.text, blocks: message.blocks });
  }

  for (const def of o.commands) {
    app.command(slackCommandName(o.prefix, def.name), async ({ command, ack, respond, client, context }) => {
      if (inFlight.closed) {
        await ack({ response_type: 'ephemeral', text: STOPPING_MESSAGE });
        return;
      }
      await ack();
      // Slack redelivers what it thinks went unanswered; the first delivery is being answered
      if (context.retryNum !== undefined) {
        logger.info({ command: def.name, retry: context.retryNum }, 'slack retry ignored');
        return;
      }
      // Answered after this handler returns, off the acknowledgement's path: the runner computes
      // it in a worker thread (or here, after pending I/O), and stop() waits for it.
      void inFlight.track(
        answer(def, command, client, respond).catch(async (err: unknown) => {
          logger.error({ err, command: def.name }, 'slack command failed');
          await respond({ response_type: 'ephemeral', text: 'Sorry, something went wrong answering that. The error has been logged.' }).catch(() => {});
        }),
      );
    });
  }
  // A command the app's manifest still lists but this version no longer has (renamed, removed):
  // an answer, not Slack's "dispatch_failed".
  const known = new Set(o.commands.map((c) => slackCommandName(o.prefix, c.name)));
  app.command(/^\/.+$/, async ({ command, ack }) => {
    if (known.has(command.command)) return;
    await ack({ response_type: 'ephemeral', text: `I do not know ${command.command}. Type /${o.prefix}help for the list, and update the app from \`briefbot slack manifest\`.` });
  });

  /** app.start() was called: stop() must call app.stop(), also to end a Socket Mode client's retries. */
  let attempted = false;
  let stopped = false;
  async function start(): Promise<{ port: number | null }> {
    const deadline = o.startTimeoutMs ?? START_TIMEOUT_MS;
    const where = o.apiUrl ?? 'https://slack.com/api/';
    // one attempt, no retries: a wrong bot token or an unreachable Slack is a sentence at once
    await checkToken(() => startupClient(o.botToken, o.apiUrl).auth.test(), 'SLACK_BOT_TOKEN', where);
    if (stopped) return { port: null };
    await withDeadline(app.init(), deadline, `Slack did not answer at ${where}`);
    if (stopped) return { port: null };
    if (socketMode) {
      // apps.connections.open is called once, by the Socket Mode client (Slack rate-limits it to
      // about one a minute): a refused app token fails at once; anything it would retry for ever
      // (an unexpected error, a lost connection) meets the deadline, with the last error said
      attempted = true;
      try {
        await withDeadline(app.start(), deadline, `could not connect to Slack (Socket Mode) at ${where}`);
      } catch (err) {
        if (!(err instanceof StartError)) throw new StartError(slackStartProblem(err, 'SLACK_APP_TOKEN', where), { cause: err });
        throw lastError.text ? new StartError(`${err.message} (last error: ${lastError.text})`, { cause: err }) : err;
      }
      logger.info('slack connected (Socket Mode)');
      return { port: null };
    }
    attempted = true;
    const server = (await app.start({ port: o.port ?? 3000, host: o.host ?? '0.0.0.0' })) as Server;
    const port = (server.address() as AddressInfo).port;
    logger.info({ port }, 'slack listening for requests on /slack/events');
    return { port };
  }

  return {
    app,
    start,
    async stop() {
      stopped = true;
      // first no new commands (the listener or socket stays up meanwhile, to turn them away),
      // then the ones being answered, then the connection
      await inFlight.drain();
      if (attempted) await app.stop().catch((err: unknown) => logger.debug({ err }, 'slack: stopping the receiver failed'));
      attempted = false;
    },
    async post(channel, a) {
      const message = render(a);
      try {
        const r = await app.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
        return r.ts ?? '';
      } catch (err) {
        if (err instanceof webApi.WebAPIPlatformError && GONE.has(err.data.error))
          throw new ChannelGone(`Slack: ${err.data.error} (channel ${channel})`, { cause: err });
        throw err;
      }
    },
  };
}
