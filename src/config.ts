// Configuration from the environment, checked once at start-up with zod so a typo fails loudly
// with the variable's name rather than somewhere deep in a platform client.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseZone, systemZone } from './schedule/slots.ts';

/** The project folder: bundled articles and the default database live under it. */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const BUNDLED_ARTICLES = resolve(PROJECT_ROOT, 'data/articles');
export const DEFAULT_DB = resolve(PROJECT_ROOT, 'data/briefbot.db');

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** What Slack accepts in a command name after the slash, so what a prefix may hold. */
export const SLACK_PREFIX = /^[a-z0-9_-]*$/;

const url = optional.pipe(z.url({ protocol: /^https?$/ }).optional());
const list = optional.transform((v) => (v ? v.split(',').map((x) => x.trim()).filter(Boolean) : []));

const EnvSchema = z.object({
  BRIEFBOT_DB: optional,
  BRIEFBOT_WORKERS: optional.pipe(z.string().regex(/^\d{1,2}$/, 'a number of query worker threads (0: answer in the main thread)').transform(Number).optional()),
  BRIEFBOT_TIMEZONE: optional,
  BRIEFBOT_DIGEST_CATCH_UP_HOURS: optional.pipe(z.string().regex(/^\d{1,3}(?:\.\d+)?$/, 'hours, e.g. 6 or 0.5').transform(Number).optional()),
  BRIEFBOT_WATCH_DIR: optional,
  BRIEFBOT_FETCH_MAX_MB: optional.pipe(z.string().regex(/^\d{1,4}(?:\.\d+)?$/, 'megabytes, e.g. 5').transform(Number).optional()),
  BRIEFBOT_FETCH_TIMEOUT_S: optional.pipe(z.string().regex(/^\d{1,4}(?:\.\d+)?$/, 'seconds, e.g. 15').transform(Number).optional()),
  BRIEFBOT_FETCH_ALLOW_PRIVATE: optional.pipe(z.enum(['true', 'false']).optional()),
  BRIEFBOT_WEB_TOKEN: optional.pipe(z.string().min(16, 'the web page token must be at least 16 characters; make one with: openssl rand -hex 24').optional()),
  BRIEFBOT_WEB_PORT: optional.pipe(z.string().regex(/^\d{1,5}$/, 'a port number').transform(Number).pipe(z.number().max(65535)).optional()),
  BRIEFBOT_WEB_HOST: optional,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DISCORD_TOKEN: optional,
  DISCORD_APP_ID: optional.pipe(z.string().regex(/^\d{17,20}$/, 'a Discord application id is a number of 17-20 digits').optional()),
  DISCORD_API_URL: url,
  DISCORD_MANAGER_GUILDS: list,
  DISCORD_GUILD_ID: optional.pipe(z.string().regex(/^\d{17,20}$/, 'a Discord server id is a number of 17-20 digits').optional()),
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional.pipe(z.string().startsWith('xapp-', 'an app-level token starts with xapp-').optional()),
  SLACK_SIGNING_SECRET: optional,
  SLACK_API_URL: url,
  SLACK_COMMAND_PREFIX: optional.pipe(z.string().regex(SLACK_PREFIX, 'lower-case letters, digits, - and _ only').optional()),
  SLACK_ANSWERS: optional.pipe(z.enum(['in_channel', 'ephemeral']).optional()),
  SLACK_MANAGER_USERS: list,
  SLACK_MANAGER_CHANNELS: list,
  PORT: optional.pipe(z.string().regex(/^\d{1,5}$/, 'a port number').transform(Number).pipe(z.number().max(65535)).optional()),
});

export interface DiscordConfig {
  token: string;
  appId: string;
  apiUrl?: string;
  /** The server `discord deploy` registers to by default. */
  guildId?: string;
  /** Servers whose channel managers may run manager-only commands (empty: any). */
  managerGuilds: string[];
}

export interface SlackConfig {
  botToken: string;
  appToken?: string;
  signingSecret?: string;
  apiUrl?: string;
  prefix: string;
  visibility: 'in_channel' | 'ephemeral';
  managers: { users: string[]; channels: string[] };
  port: number;
}

export interface Config {
  db: string;
  /** Digests' time zone when the platform does not give the asker's (IANA). */
  timezone: string;
  /** A digest missed by at most this long (the bot was down) is posted late; older ones are skipped. */
  catchUpMs: number;
  /** Article files added or changed here while the bot runs are ingested; null: no folder is watched. */
  watchDir: string | null;
  /** Limits on every page and feed fetched. */
  fetch: { maxBytes: number; timeoutMs: number; allowPrivate: boolean };
  /** Query worker threads for Discord and Slack (0: answer in the main thread); undefined: the default, min(4, max(2, cores - 1)). */
  workers?: number;
  /** The curation web page: served when a token is set (no token, no page), on host:port. */
  web: { token: string | null; host: string; port: number };
  discord: DiscordConfig | null;
  slack: SlackConfig | null;
}

/** /bb-who rather than /who: clear of other apps' commands in a busy workspace. */
export const DEFAULT_SLACK_PREFIX = 'bb-';

export function loadConfig(env: NodeJS.ProcessEnv = process.env, dbOverride?: string): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Configuration error: ${issues}`);
  }
  const e = parsed.data;
  if (Boolean(e.DISCORD_TOKEN) !== Boolean(e.DISCORD_APP_ID)) throw new Error('Configuration error: Discord needs both DISCORD_TOKEN and DISCORD_APP_ID');
  if (!e.SLACK_BOT_TOKEN && (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET))
    throw new Error('Configuration error: SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not; Slack needs the bot token too');
  if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET)
    throw new Error('Configuration error: Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) beside SLACK_BOT_TOKEN');
  const timezone = parseZone(e.BRIEFBOT_TIMEZONE ?? systemZone());
  if (!timezone) throw new Error(`Configuration error: BRIEFBOT_TIMEZONE: "${e.BRIEFBOT_TIMEZONE}" is not a time zone; use a name such as Europe/Rome or UTC`);
  return {
    db: dbOverride ?? e.BRIEFBOT_DB ?? DEFAULT_DB,
    timezone,
    catchUpMs: (e.BRIEFBOT_DIGEST_CATCH_UP_HOURS ?? 6) * 3_600_000,
    watchDir: e.BRIEFBOT_WATCH_DIR === 'off' ? null : resolve(e.BRIEFBOT_WATCH_DIR ?? BUNDLED_ARTICLES),
    fetch: {
      maxBytes: Math.round((e.BRIEFBOT_FETCH_MAX_MB ?? 5) * 1024 * 1024),
      timeoutMs: Math.round((e.BRIEFBOT_FETCH_TIMEOUT_S ?? 15) * 1000),
      allowPrivate: e.BRIEFBOT_FETCH_ALLOW_PRIVATE === 'true',
    },
    web: { token: e.BRIEFBOT_WEB_TOKEN ?? null, host: e.BRIEFBOT_WEB_HOST ?? '127.0.0.1', port: e.BRIEFBOT_WEB_PORT ?? 8787 },
    ...(e.BRIEFBOT_WORKERS !== undefined ? { workers: e.BRIEFBOT_WORKERS } : {}),
    discord:
      e.DISCORD_TOKEN && e.DISCORD_APP_ID
        ? {
            token: e.DISCORD_TOKEN,
            appId: e.DISCORD_APP_ID,
            managerGuilds: e.DISCORD_MANAGER_GUILDS,
            ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
            ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
          }
        : null,
    slack: e.SLACK_BOT_TOKEN
      ? {
          botToken: e.SLACK_BOT_TOKEN,
          ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
          ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
          ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
          // set but empty means no prefix (/who); unset means the default
          prefix: slackPrefix(env),
          visibility: e.SLACK_ANSWERS ?? 'in_channel',
          managers: { users: e.SLACK_MANAGER_USERS, channels: e.SLACK_MANAGER_CHANNELS },
          port: e.PORT ?? 3000,
        }
      : null,
  };
}

/**
 * The Slack command prefix, for the bot and for `slack manifest` alike (they must agree): set but
 * empty means none (/who); unset means the default (/bb-who).
 */
export function slackPrefix(env: NodeJS.ProcessEnv = process.env): string {
  const p = env.SLACK_COMMAND_PREFIX?.trim();
  return p === undefined ? DEFAULT_SLACK_PREFIX : p;
}
