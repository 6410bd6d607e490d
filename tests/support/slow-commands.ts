// The project's commands plus two made for tests of the query workers: /slow answers only once a
// file exists (the test creates it when it has seen what it wanted to see first), /crash ends
// the thread running it. Query workers load this module instead of commands/index.ts when a test
// asks them to (QueryPool commandsModule).
import { existsSync } from 'node:fs';
import { commands as registry } from '../../commands/index.ts';
import { defineCommand, type AnyCommand } from '../../src/command.ts';

/** Blocks its thread, as a long query does, until `flag` exists (at most 20 s). */
export const slow = defineCommand({
  name: 'slow',
  description: 'Waits until a file exists, then answers.',
  options: [{ name: 'flag', description: 'The file to wait for', type: 'string', required: true }] as const,
  run: (_ctx, { flag }) => {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    const until = Date.now() + 20_000;
    while (!existsSync(flag) && Date.now() < until) Atomics.wait(cell, 0, 0, 10);
    return { kind: 'notice', title: 'Slow answer', lines: [existsSync(flag) ? 'the flag was raised' : 'gave up waiting'] };
  },
});

export const crash = defineCommand({
  name: 'crash',
  description: 'Ends the thread that runs it.',
  options: [] as const,
  run: () => process.exit(3),
});

export const commands: readonly AnyCommand[] = [...registry, slow, crash];
