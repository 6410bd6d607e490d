// Logs go to stderr as JSON lines (pino), so stdout stays the answer; on a terminal (the local
// console, a developer's shell) they are one readable line each instead (pino-pretty), unless
// LOG_FORMAT=json asks for the lines a log collector reads. Tokens and secrets are
// redacted by path where they are fields, and masked by shape where they hide inside text: an
// error's message, stack or URL (an interaction callback URL carries a token that can post as
// the bot for 15 minutes; a Slack response_url can post to the channel).
import pino from 'pino';
import pretty from 'pino-pretty';

const SECRET_SHAPES: [RegExp, string][] = [
  [/\b(xox[abpersc]-|xapp-)[A-Za-z0-9-]+/g, '$1[redacted]'],
  // Discord bot tokens: three base64url parts separated by dots
  [/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}\b/g, '[redacted]'],
  [/(\/interactions\/\d+\/)[^/\s"']+/g, '$1[redacted]'],
  [/(\/webhooks\/\d+\/)[^/\s"'?]+/g, '$1[redacted]'],
  [/(hooks\.slack\.com\/)[^\s"']+/g, '$1[redacted]'],
];

/** Text with every token-shaped secret replaced by [redacted]. */
export function maskSecrets(text: string): string {
  return SECRET_SHAPES.reduce((s, [re, to]) => s.replace(re, to), text);
}

/** pino's error serializer, minus the request details HTTP clients attach (URL, body, config, headers). */
export function serializeError(err: unknown): Record<string, unknown> {
  const out = { ...(pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>) };
  for (const k of ['url', 'requestBody', 'config', 'request', 'response', 'headers']) delete out[k];
  for (const k of ['message', 'stack'] as const) if (typeof out[k] === 'string') out[k] = maskSecrets(out[k] as string);
  return out;
}

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
    redact: {
      paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'headers.cookie', '*.headers.cookie'],
      censor: '[redacted]',
    },
    serializers: { err: serializeError },
  },
  readableLogs() ? pretty({ destination: 2, sync: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname', singleLine: true }) : pino.destination(2),
);

function readableLogs(): boolean {
  const format = process.env.LOG_FORMAT;
  return format === 'pretty' || (format !== 'json' && Boolean(process.stderr.isTTY));
}
