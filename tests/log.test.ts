// No secrets in logs: errors from the platform clients carry tokens in their URLs and bodies.
import { describe, expect, it } from 'vitest';
import { maskSecrets, serializeError } from '../src/log.ts';

const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB';
const CALLBACK = 'https://discord.com/api/v10/interactions/1311111111111111111/aW50ZXJhY3Rpb246MTMxMTExMTExMTExMTExMTExMTpzZWNyZXQ/callback';

describe('secrets stay out of the logs', () => {
  it('masks tokens and token-bearing URLs inside text', () => {
    const masked = maskSecrets(
      `login ${DISCORD_TOKEN} failed; POST ${CALLBACK}; bot xoxb-1234-5678-abcdef app xapp-1-A0-99-zz; ` +
        'respond to https://hooks.slack.com/commands/T1/123/abcDEF and /webhooks/1311111111111111111/tok3n/messages/@original',
    );
    for (const secret of [DISCORD_TOKEN, 'aW50ZXJhY3Rpb246', 'xoxb-1234', 'xapp-1-A0', 'abcDEF', 'tok3n']) expect(masked).not.toContain(secret);
    expect(masked).toContain('/interactions/1311111111111111111/[redacted]/callback');
    expect(masked).toContain('xoxb-[redacted]');
  });

  it('drops the request an HTTP client attached to an error, and masks its message and stack', () => {
    const err = Object.assign(new Error(`Unknown interaction at ${CALLBACK}`), {
      url: CALLBACK,
      requestBody: { json: { type: 4 }, files: [] },
      config: { headers: { Authorization: `Bot ${DISCORD_TOKEN}` } },
      status: 404,
    });
    const out = serializeError(err);
    const text = JSON.stringify(out);
    expect(text).not.toContain('aW50ZXJhY3Rpb246');
    expect(text).not.toContain(DISCORD_TOKEN);
    expect(out).not.toHaveProperty('url');
    expect(out).not.toHaveProperty('requestBody');
    expect(out).not.toHaveProperty('config');
    expect(out.status).toBe(404); // what helps debugging stays
    expect(out.message).toMatch(/Unknown interaction/);
  });
});

describe('log lines a person reads, and lines a collector reads', () => {
  // a child process, so that the format is chosen as at start-up: stderr piped here, as under a
  // supervisor; LOG_FORMAT stands in for the terminal the console is run in
  const run = async (format: string | undefined) => {
    const { spawnSync } = await import('node:child_process');
    const script = "import('./src/log.ts').then(({ logger }) => logger.info({ token: 'xoxb-1-2-secret', summary: 'articles: 2 added' }, 'ingested the bundled articles'))";
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', VITEST: '' };
    if (format) env.LOG_FORMAT = format;
    else delete env.LOG_FORMAT;
    return spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { env, encoding: 'utf8' }).stderr;
  };

  it('JSON lines when stderr is not a terminal, one readable line on a terminal (LOG_FORMAT=pretty); secrets redacted in both', async () => {
    const json = await run(undefined);
    const line = JSON.parse(json.trim().split('\n').pop()!);
    expect(line.msg).toBe('ingested the bundled articles');
    expect(line.token).toBe('[redacted]');
    const readable = await run('pretty');
    expect(readable).toMatch(/INFO.*ingested the bundled articles/);
    expect(readable).not.toMatch(/^\{/);
    expect(readable).not.toContain('xoxb-1-2-secret');
  });
});
