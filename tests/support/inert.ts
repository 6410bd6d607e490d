// What a user sees of a rendered answer, and checks that none of it can ping, link or format
// beyond what the renderer meant: shared by the render limits and the command fuzz tests.
import { expect } from 'vitest';
import type { DiscordMessage } from '../../src/render/discord.ts';
import type { SlackBlock, SlackMessage } from '../../src/render/slack.ts';

/** All the text a Discord user sees. */
export function discordText(m: DiscordMessage): string {
  return [
    m.content ?? '',
    ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ].join('\n');
}

/** All the text a Slack user sees (fallback included). */
export function slackText(m: SlackMessage): string {
  const of = (b: SlackBlock): string[] =>
    b.type === 'header'
      ? [b.text.text]
      : b.type === 'section'
        ? [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)]
        : b.type === 'context'
          ? b.elements.map((e) => e.text)
          : [];
  return [m.text, ...m.blocks.flatMap(of)].join('\n');
}

export const count = (s: string, re: RegExp) => new Set([...s.matchAll(re)].map((m) => m[1])).size;

export function expectInertDiscord(s: string): void {
  expect(s).not.toMatch(/@everyone|@here/);
  expect(s).not.toMatch(/<[@#/:!a-z]/i);
  expect(s).not.toContain('](https://evil');
  expect(s).not.toContain('**bold**');
  expect(s).not.toMatch(/(?<!\\)\|\|spoiler/);
  expect(s).not.toMatch(/(?<!\\)`code/);
  // every masked link is one of ours: a citation number or an article title (no link syntax of
  // its own) to a clean http(s) URL
  for (const m of s.matchAll(/(?<!\\)\[([^\]]*)\]\(([^)]*)\)/g)) {
    expect(m[1]).toMatch(/^(?:\d+|(?:[^[\]()\\]|\\.)+)$/);
    expect(m[2]).toMatch(/^https?:\/\/[^\s()<>|[\]]+$/);
  }
}

export function expectInertSlack(s: string): void {
  expect(s).not.toMatch(/@everyone|@here|@channel/);
  expect(s).not.toContain('<!channel>');
  expect(s).not.toContain('<!here>');
  expect(s).not.toContain('<@U123>');
  expect(s).not.toContain('<https://x.example|y>');
  expect(s).not.toContain('*bold*');
  expect(s).not.toMatch(/(?<!\u200b)`(?!\u200b)/);
  // every <...> left is one of our links: a citation number or an article title, to a clean URL
  for (const m of s.matchAll(/<(?!\u200b)[^>]*>/g)) expect(m[0]).toMatch(/^<https?:\/\/[^\s|<>]+\|[^<>]+>$/);
}

/**
 * A Slack message, block by block: a header is plain_text, where Slack parses no mrkdwn (a
 * backtick there is a backtick) but a broadcast must still be broken; everything else is mrkdwn.
 */
export function expectInertSlackMessage(m: SlackMessage): void {
  for (const b of m.blocks) if (b.type === 'header') expect(b.text.text).not.toMatch(/@everyone|@here|@channel|<[!@#]/);
  expectInertSlack([m.text, ...m.blocks.filter((b) => b.type !== 'header').flatMap((b) => slackText({ text: '', blocks: [b] }))].join('\n'));
}
