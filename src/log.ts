// Logs go to stderr as JSON lines (pino), so stdout stays the answer. Tokens and secrets are
// redacted by path wherever they might be logged.
import pino from 'pino';

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
    redact: {
      paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'config.discordToken', 'config.slackBotToken', 'config.slackAppToken', 'config.slackSigningSecret'],
      censor: '[redacted]',
    },
  },
  pino.destination(2),
);
