// Generated command lines, seeded so a failure replays: every line goes through the parser, the
// command (briefing, search, store) and all three renderers. Whatever a user types, the answer
// is a polite one (never the error boundary's "something went wrong"), fits Discord and Slack,
// and cannot ping, link or format beyond what the renderer meant.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import type { CommandContext } from '../src/command.ts';
import { answerLine, MAX_LINE } from '../src/dispatch.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { renderDiscord, validateDiscordMessage } from '../src/render/discord.ts';
import { renderSlack, validateSlackMessage } from '../src/render/slack.ts';
import { renderText } from '../src/render/text.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { HOSTILE } from './support/answers.ts';
import { discordText, expectInertDiscord, expectInertSlackMessage } from './support/inert.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 10_000;
const SEED = 20261205;

let store: Store;
let ctx: CommandContext;

beforeAll(async () => {
  store = openStore(':memory:');
  await ingestPaths(store, [join(ROOT, 'data/articles')]);
  ctx = { store, commands, user: { id: 'fuzz', name: 'fuzz', manager: false }, now: () => new Date('2025-02-01T09:00:00Z') };
});
afterAll(() => store.close());

// Words people type, names the index knows (and near misses), and everything hostile.
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Almasri', 'almasry', 'Najeem', 'Meloni', 'Haftar', 'Nordio', 'Piantedosi', 'ICC', 'Tripoli', 'Libya', 'Italy', 'Benghazi') },
  { weight: 3, arbitrary: fc.constantFrom('arrested', 'released', 'met', 'visited', 'said', 'when', 'who', 'the', 'of', 'and', 'in', '2025', 'January', 'last week') },
  { weight: 2, arbitrary: fc.constantFrom('AND', 'OR', 'NOT', 'NEAR(', '*', '"', '“', '(', ')', '^', ':', '-', '--', '\\', '/', '|', '`', '```', '**', '~~', '||', '>', '#') },
  { weight: 2, arbitrary: fc.constantFrom('@everyone', '@here', '<@123456>', '<@&987>', '<#42>', '<!channel>', '<!here>', '<@U123>', '[x](https://evil.example)', '<https://x.example|y>', '&amp;', '&lt;', HOSTILE) },
  { weight: 2, arbitrary: fc.constantFrom('from:2025-01', 'to:2025-06', 'from:2025-13', 'to:yesterday', 'from:', 'count:3', 'count:x', 'count:-1', 'text:"a b"', 'name:', 'x:y') },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u001b[31m', '\u202e', '\u200b', '\ud800', '😀', '🇮🇹', 'e\u0301', 'Ω', 'ß', 'İ', '\t', '\n') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const commandName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...commands.map((c) => c.name)) },
  { weight: 1, arbitrary: fc.constantFrom('whoo', 'WHO', 'Timeline', '', 'x', 'help-me', '😀') },
);

/** A line as typed: "/cmd words...", sometimes without the slash, sometimes padded to the limit. */
const line = fc
  .tuple(fc.boolean(), commandName, fc.array(word, { maxLength: 14 }), fc.constantFrom(0, 0, 0, 0, 1, 2, 3))
  .map(([slash, name, words, pad]) => {
    const base = `${slash || pad ? '/' : ''}${name} ${words.join(' ')}`;
    // long lines: just under the limit, at it, over it, and spaces that trim back under it
    if (pad === 1) return (base + ' Almasri'.repeat(300)).slice(0, MAX_LINE - 1);
    if (pad === 2) return (base + ' -'.repeat(1100)).slice(0, MAX_LINE + 5);
    if (pad === 3) return `${base}${' '.repeat(MAX_LINE)}`;
    return base;
  });

describe('generated command lines', () => {
  it(`${RUNS} lines: a polite answer that every renderer shows within limits, inert`, async () => {
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(line, async (typed) => {
        const answer = await answerLine(typed, ctx);
        kinds.set(answer.kind, (kinds.get(answer.kind) ?? 0) + 1);
        if (answer.kind === 'problem') expect(answer.message).not.toMatch(/went wrong/);
        const text = renderText(answer);
        expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
        const d = renderDiscord(answer);
        expect(validateDiscordMessage(d)).toEqual([]);
        expect(d.allowedMentions).toEqual({ parse: [] });
        expectInertDiscord(discordText(d));
        const s = renderSlack(answer);
        expect(validateSlackMessage(s)).toEqual([]);
        expectInertSlackMessage(s);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // the lines reached the commands, not only the parser's refusals
    for (const k of ['profile', 'dates', 'search', 'not-found', 'problem', 'help']) expect(kinds.get(k) ?? 0, k).toBeGreaterThan(10);
  }, 300_000);
});
