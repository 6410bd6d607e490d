// Configuration from the environment, checked once at start-up with zod so a typo fails loudly
// with the variable's name rather than somewhere deep in a platform client.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';

/** The project folder: bundled articles and the default database live under it. */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const BUNDLED_ARTICLES = resolve(PROJECT_ROOT, 'data/articles');
export const DEFAULT_DB = resolve(PROJECT_ROOT, 'data/briefbot.db');

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const EnvSchema = z.object({
  BRIEFBOT_DB: optional,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DISCORD_TOKEN: optional,
  DISCORD_APP_ID: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
});

export interface Config {
  db: string;
  discord: { token: string; appId: string } | null;
  slack: { botToken: string; appToken?: string; signingSecret?: string } | null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, dbOverride?: string): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Configuration error: ${issues}`);
  }
  const e = parsed.data;
  return {
    db: dbOverride ?? e.BRIEFBOT_DB ?? DEFAULT_DB,
    discord: e.DISCORD_TOKEN && e.DISCORD_APP_ID ? { token: e.DISCORD_TOKEN, appId: e.DISCORD_APP_ID } : null,
    slack: e.SLACK_BOT_TOKEN
      ? { botToken: e.SLACK_BOT_TOKEN, ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}), ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}) }
      : null,
  };
}
