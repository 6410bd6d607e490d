// Slack: an @slack/bolt app. Socket Mode when an app-level token is given (no public URL
// needed), otherwise Bolt's HTTP receiver on PORT, where every request must carry a valid
// signature. Each slash command is acknowledged at once and answered with Block Kit through
// respond(); problems go to the asker alone. The Web API base URL is configurable (SLACK_API_URL)
// for enterprise proxies and for tests.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel, type Logger, type RespondFn, type SlashCommand, type webApi } from '@slack/bolt';
import type { Answer } from '../briefing/answers.ts';
import type { AnyCommand, CommandContext } from '../command.ts';
import { parseArguments, runCommand, tooLong } from '../dispatch.ts';
import { logger, maskSecrets } from '../log.ts';
import { renderSlack } from '../render/slack.ts';
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
  now?: () => Date;
}

export interface SlackBot {
  app: App;
  /** Start listening; in HTTP mode resolves with the port. */
  start(): Promise<{ port: number | null }>;
  stop(): Promise<void>;
  /** Post an answer to a channel: the seam digests use. */
  post(channel: string, answer: Answer): Promise<void>;
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
function boltLogger(): Logger {
  let level = LogLevel.INFO;
  const log = logger.child({ platform: 'slack' });
  // Bolt's lines are flattened to text, so secrets are masked by shape (tokens, response URLs)
  const text = (msg: unknown[]) => maskSecrets(msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' '));
  return {
    debug: (...m) => log.debug(text(m)),
    info: (...m) => log.info(text(m)),
    warn: (...m) => log.warn(text(m)),
    error: (...m) => log.error(text(m)),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => {},
  };
}

export function createSlackBot(o: SlackOptions): SlackBot {
  // answers name commands as this workspace types them: /bb-who, not /who
  const render = (a: Answer) => renderSlack(a, { prefix: o.prefix, commands: o.commands.map((c) => c.name) });
  if (!o.appToken && !o.signingSecret) throw new Error('Configuration error: Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)');
  const socketMode = Boolean(o.appToken);
  // Bolt writes into the client options it is given: a fresh object each time
  const clientOptions = o.apiUrl ? { slackApiUrl: o.apiUrl } : {};
  const app = new App({
    token: o.botToken,
    logger: boltLogger(),
    clientOptions,
    ...(socketMode ? { appToken: o.appToken!, socketMode: true } : { signingSecret: o.signingSecret! }),
  });
  const visibility = o.visibility ?? 'in_channel';

  async function isManager(client: webApi.WebClient, command: SlashCommand): Promise<boolean> {
    if (o.managers?.users.includes(command.user_id) || o.managers?.channels.includes(command.channel_id)) return true;
    try {
      const r = await client.users.info({ user: command.user_id });
      return Boolean(r.user?.is_admin || r.user?.is_owner || r.user?.is_primary_owner);
    } catch (err) {
      logger.warn({ err, user: command.user_id }, 'slack users.info failed; treating the user as not a manager');
      return false;
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
      const ctx: CommandContext = {
        store: o.store,
        commands: o.commands,
        user: { id: command.user_id, name: command.user_name, manager: def.access === 'managers' ? await isManager(client, command) : false },
        ...(o.now ? { now: o.now } : {}),
      };
      result = await runCommand(def, ctx, parsed.args);
    }
    const message = render(result);
    await respond({ response_type: result.kind === 'problem' ? 'ephemeral' : visibility, text: message.text, blocks: message.blocks });
  }

  for (const def of o.commands) {
    app.command(slackCommandName(o.prefix, def.name), async ({ command, ack, respond, client, context }) => {
      await ack();
      // Slack redelivers what it thinks went unanswered; the first delivery is being answered
      if (context.retryNum !== undefined) {
        logger.info({ command: def.name, retry: context.retryNum }, 'slack retry ignored');
        return;
      }
      await answer(def, command, client, respond).catch(async (err: unknown) => {
        logger.error({ err, command: def.name }, 'slack command failed');
        await respond({ response_type: 'ephemeral', text: 'Sorry, something went wrong answering that. The error has been logged.' }).catch(() => {});
      });
    });
  }
  // A command the app's manifest still lists but this version no longer has (renamed, removed):
  // an answer, not Slack's "dispatch_failed".
  const known = new Set(o.commands.map((c) => slackCommandName(o.prefix, c.name)));
  app.command(/^\/.+$/, async ({ command, ack }) => {
    if (known.has(command.command)) return;
    await ack({ response_type: 'ephemeral', text: `I do not know ${command.command}. Type /${o.prefix}help for the list, and update the app from \`briefbot slack manifest\`.` });
  });

  let server: Server | null = null;
  return {
    app,
    async start() {
      if (socketMode) {
        await app.start();
        logger.info('slack connected (Socket Mode)');
        return { port: null };
      }
      server = (await app.start({ port: o.port ?? 3000, host: o.host ?? '0.0.0.0' })) as Server;
      const port = (server.address() as AddressInfo).port;
      logger.info({ port }, 'slack listening for requests on /slack/events');
      return { port };
    },
    async stop() {
      await app.stop();
    },
    async post(channel, a) {
      const message = render(a);
      await app.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
    },
  };
}
