// The local console: piped input answers one line at a time, and Tab completion.
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import type { CommandContext } from '../src/command.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { completer, runConsole } from '../src/platforms/console.ts';
import { openStore, type Store } from '../src/store/index.ts';

const SEEDS = join(fileURLToPath(new URL('..', import.meta.url)), 'data/articles');

let store: Store;
let ctx: CommandContext;

beforeAll(async () => {
  store = openStore(':memory:');
  const summary = await ingestPaths(store, [SEEDS]);
  expect(summary.added).toBe(2);
  ctx = { store, commands };
});

afterAll(() => store?.close());

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the console on `lines`; the input is ended afterwards only when `end` is set. */
async function consoleOn(lines: string, end: boolean): Promise<string> {
  const input = new PassThrough();
  const output = new Collect();
  const done = runConsole(ctx, { input, output });
  input.write(lines);
  if (end) input.end();
  await done;
  if (!end) input.end();
  return output.text;
}

const echoed = (out: string) => out.split('\n').filter((l) => l.startsWith('> '));

describe('runConsole with piped input', () => {
  it('answers each line, skips blank and # lines, stops at "exit"', async () => {
    const out = await consoleOn('/who Almasri\n\n   \n# a comment\n/help\nexit\n/who Piantedosi\n', false);
    expect(echoed(out)).toEqual(['> /who Almasri', '> /help']);
    expect(out).toContain('Najeem Almasri (person)');
    expect(out).toContain('19 January 2025');
    expect(out).toContain('Commands:');
    for (const c of commands) expect(out).toContain(`/${c.name}`);
    expect(out).not.toContain('a comment');
    expect(out).not.toContain('Matteo Piantedosi (person)');
    // no prompt or banner when the input is not a terminal
    expect(out).not.toContain('briefbot>');
    expect(out.indexOf('> /who Almasri')).toBeLessThan(out.indexOf('> /help'));
  });

  it('ends at the end of input without "exit", answering the last line', async () => {
    const out = await consoleOn('/when Almasri released\n/who Nobody Atall', true);
    expect(echoed(out)).toEqual(['> /when Almasri released', '> /who Nobody Atall']);
    expect(out).toContain('21 January 2025');
    expect(out).toMatch(/Not found/);
  });

  it('answers a bad line politely and carries on', async () => {
    const out = await consoleOn('/frobnicate\n/who\n/who Almasri\n', true);
    expect(echoed(out)).toHaveLength(3);
    expect(out).toMatch(/Did you mean/);
    expect(out).toMatch(/\/who needs name/);
    expect(out).toContain('Najeem Almasri (person)');
  });
});

describe('completer', () => {
  it('completes command names after "/"', () => {
    const complete = completer(ctx);
    const [hits, typed] = complete('/wh') as [string[], string];
    expect(typed).toBe('/wh');
    expect([...hits].sort()).toEqual(['/when ', '/who ']);
    const [all] = complete('/') as [string[], string];
    expect(all).toEqual(commands.map((c) => `/${c.name} `));
    const [none] = complete('/zz') as [string[], string];
    expect(none).toEqual([]);
  });

  it('completes actor names in /who and /timeline', () => {
    const complete = completer(ctx);
    const [hits, typed] = complete('/who Alm') as [string[], string];
    expect(typed).toBe('/who Alm');
    expect(hits.some((h) => h === '/who Najeem Almasri' || /^\/who Alm/i.test(h)), JSON.stringify(hits)).toBe(true);
    expect(hits.every((h) => h.startsWith('/who '))).toBe(true);
    const [pian] = complete('/timeline pian') as [string[], string];
    expect(pian.some((h) => /^\/timeline (Matteo )?Piantedosi$/.test(h)), JSON.stringify(pian)).toBe(true);
    // /help takes a command, not an actor
    expect((complete('/help Alm') as [string[], string])[0]).toEqual([]);
  });
});
