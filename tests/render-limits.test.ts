import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/briefing/answers.ts';
import { renderDiscord, validateDiscordMessage, type DiscordEmbed, type DiscordMessage } from '../src/render/discord.ts';
import { escapeDiscord, escapeSlack } from '../src/render/escape.ts';
import { renderSlack, validateSlackMessage, type SlackBlock, type SlackMessage } from '../src/render/slack.ts';
import { MAX_ROWS, renderText } from '../src/render/text.ts';
import { count, discordText, expectInertDiscord, expectInertSlack, slackText } from './support/inert.ts';
import { HOSTILE, allAnswers, profile, search, timeline, problem, notFound, help, choices, dates, datedSentences, brief, quotes, link, linkNearby, sources } from './support/answers.ts';

describe('escapeDiscord', () => {
  it('neutralises Markdown, masked links, mentions and pings', () => {
    const e = escapeDiscord(HOSTILE);
    expectInertDiscord(e);
    expect(e).toContain('@\u200beveryone');
    expect(e).toContain('@\u200bhere');
    expect(e).toContain('<\u200b@123456\\>');
    expect(e).toContain('<\u200b@&987\\>');
    expect(e).toContain('<\u200b\\#42\\>');
    expect(e).toContain('<\u200b/cmd:1\\>');
    expect(e).toContain('<\u200bt:1700000000:R\\>');
    expect(e).toContain('\\[click\\]\\(https://evil.example\\)');
    expect(e).toContain('\\*\\*bold\\*\\*');
    expect(e).toContain('\\~\\~strike\\~\\~');
    expect(e).toContain('\\|\\|spoiler\\|\\|');
    expect(e).toContain('\\_\\_under\\_\\_');
    expect(e).toContain('\\`code\\`');
  });
  it('escapes backslashes first, so "\\*" cannot unescape', () => {
    expect(escapeDiscord('\\*x*')).toBe('\\\\\\*x\\*');
  });
  it('strips control and bidi characters, keeps ordinary text', () => {
    expect(escapeDiscord('a\u202eb\x1b[31mc\nd')).toBe('abc d');
    expect(escapeDiscord('Tripoli, 21 January 2025')).toBe('Tripoli, 21 January 2025');
  });
});

describe('escapeSlack', () => {
  it('turns & < > into entities so mentions and links stay text', () => {
    const e = escapeSlack(HOSTILE);
    expectInertSlack(e);
    expect(e).toContain('&lt;!channel&gt;');
    expect(e).toContain('&lt;!here&gt;');
    expect(e).toContain('&lt;@U123&gt;');
    expect(e).toContain('&lt;https://x.example|y&gt;');
    expect(e).toContain('&amp; done');
    expect(escapeSlack('a &lt; b')).toBe('a &amp;lt; b');
  });
  it('fences mrkdwn characters with zero-width spaces', () => {
    expect(escapeSlack('*bold* _it_ ~s~ `c`')).toBe(
      '\u200b*\u200bbold\u200b*\u200b \u200b_\u200bit\u200b_\u200b \u200b~\u200bs\u200b~\u200b \u200b`\u200bc\u200b`\u200b',
    );
  });
});

describe('every answer fits Discord and Slack', () => {
  const cases = allAnswers();
  it.each(cases)('%s', (_name, answer) => {
    const d = renderDiscord(answer);
    const s = renderSlack(answer);
    expect(validateDiscordMessage(d)).toEqual([]);
    expect(validateSlackMessage(s)).toEqual([]);
    expect(d.allowedMentions).toEqual({ parse: [] });
    expectInertDiscord(discordText(d));
    expectInertSlack(slackText(s));
  });
});

describe('cut answers say how many were left out', () => {
  const more = (s: string, noun: string): number[] => [...s.matchAll(new RegExp(`and (\\d+) more ${noun}`, 'g'))].map((m) => Number(m[1]));

  it.each([400, 5000])('timeline of %i events', (n) => {
    const a = timeline(n, { long: 600 });
    const dt = discordText(renderDiscord(a));
    const st = slackText(renderSlack(a));
    for (const t of [dt, st]) {
      const shown = count(t, /EVT(\d+)Z/g);
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(n);
      expect(more(t, 'events')).toEqual([n - shown]);
      expect(t).toMatch(/from:2025\\?-01 to:2025\\?-06/);
    }
  });

  it('search with 300 hits of 12000 matches', () => {
    const a = search(300, 12000, { long: 300 });
    for (const t of [discordText(renderDiscord(a)), slackText(renderSlack(a))]) {
      const shown = count(t, /HIT(\d+)Z/g);
      expect(shown).toBeGreaterThan(0);
      expect(more(t, 'matches')).toEqual([12000 - shown]);
      expect(t).toContain('more exact phrase');
    }
  });

  it('profile with 200 roles, events and quotes cuts each', () => {
    const a = profile(200, { long: 300 });
    for (const t of [discordText(renderDiscord(a)), slackText(renderSlack(a))]) {
      expect(more(t, 'roles')).toEqual([200 - count(t, /ROLE(\d+)Z/g)]);
      expect(more(t, 'events')).toEqual([200 - count(t, /EVT(\d+)Z/g)]);
      expect(more(t, 'quotes')).toEqual([200 - count(t, /QUO(\d+)Z/g)]);
      expect(t).toContain('Also written: Alias 0');
    }
  });

  it('a short answer shows everything and no "more"', () => {
    const a = timeline(3);
    for (const t of [discordText(renderDiscord(a)), slackText(renderSlack(a))]) {
      expect(count(t, /EVT(\d+)Z/g)).toBe(3);
      expect(t).not.toMatch(/and \d+ more/);
    }
    const s = search(5, 5);
    for (const t of [discordText(renderDiscord(s)), slackText(renderSlack(s))]) {
      expect(count(t, /HIT(\d+)Z/g)).toBe(5);
      expect(t).not.toMatch(/and \d+ more/);
    }
  });

  it('brief on a topic in 5000 articles shows a few and points to /sources', () => {
    const a = brief(5000, {}, true);
    for (const t of [discordText(renderDiscord(a)), slackText(renderSlack(a))]) {
      expect(more(t, 'articles')).toEqual([4995]);
      expect(more(t, 'events')).toEqual([4995]);
      expect(t).toContain('/sources Mitiga prison');
      expect(t).toContain('/timeline Mitiga prison');
    }
  });

  it('sources for 5000 articles', () => {
    const a = sources(5000, { long: 300 });
    for (const t of [discordText(renderDiscord(a)), slackText(renderSlack(a))]) {
      const shown = count(t, /Article (\d+)/g);
      expect(shown).toBeGreaterThan(0);
      expect(more(t, 'articles')).toEqual([5000 - shown]);
    }
  });

  it('search that returned every hit shown but had more matches says so', () => {
    const a = search(5, 40);
    for (const t of [discordText(renderDiscord(a)), slackText(renderSlack(a))]) expect(more(t, 'matches')).toEqual([35]);
  });
});

describe('the console counts what it leaves out too', () => {
  const more = (s: string, noun: string): number[] => [...s.matchAll(new RegExp(`and (\\d+) more ${noun}`, 'g'))].map((m) => Number(m[1]));
  const sourceNumbers = (t: string) => [...t.split('\nSources\n')[1]!.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1]));

  it.each([
    ['timeline', timeline(5000, { long: 300 }), 'events', /EVT(\d+)Z/g],
    ['/when', dates(5000, { long: 300 }), 'events', /EVT(\d+)Z/g],
    ['/when from sentences', datedSentences(5000), 'sentences', /DAT(\d+)Z/g],
  ] as const)('%s with 5000 rows: %s shown, the rest counted, only their sources listed', (_name, a, noun, re) => {
    const t = renderText(a);
    expect(count(t, re)).toBe(MAX_ROWS);
    expect(more(t, noun)).toEqual([5000 - MAX_ROWS]);
    expect(sourceNumbers(t)).toEqual(Array.from({ length: MAX_ROWS }, (_, i) => i + 1));
    expect(t.length).toBeLessThan(200_000);
  });

  it('a timeline says how to narrow it; a profile points to the full lists', () => {
    expect(renderText(timeline(500))).toMatch(/… and 440 more events\. Narrow it with dates: \/timeline Almasri from:/);
    const p = renderText(profile(200));
    expect(more(p, 'roles')).toEqual([200 - MAX_ROWS]);
    expect(more(p, 'events')).toEqual([200 - MAX_ROWS]);
    expect(more(p, 'quotes')).toEqual([200 - MAX_ROWS]);
    expect(p).toContain('See them all: /timeline');
  });

  it('sources for 5000 articles', () => {
    const t = renderText(sources(5000));
    expect(count(t, /Article (\d+)/g)).toBe(MAX_ROWS);
    expect(more(t, 'articles')).toEqual([5000 - MAX_ROWS]);
  });

  it('a list that fits is shown whole, with every source', () => {
    const t = renderText(timeline(MAX_ROWS));
    expect(count(t, /EVT(\d+)Z/g)).toBe(MAX_ROWS);
    expect(t).not.toMatch(/and \d+ more/);
    expect(sourceNumbers(t)).toHaveLength(MAX_ROWS);
  });
});

describe('citations', () => {
  it('link to the article URL on Discord and Slack, and the sources are listed', () => {
    const a = timeline(2);
    const d = renderDiscord(a).embeds[0]!;
    expect(d.description).toContain('[1](https://news.example/2025/01/story-0)');
    expect(d.fields?.[0]?.name).toBe('Sources');
    expect(d.fields?.[0]?.value).toContain('SRC1Z');
    const s = slackText(renderSlack(a));
    expect(s).toContain('<https://news.example/2025/01/story-0|[1]>');
    expect(s).toContain('SRC2Z');
  });
  it('are plain numbers when the article has no URL', () => {
    const a = timeline(1, { urls: 'none' });
    expect(renderDiscord(a).embeds[0]!.description).toContain('\\[1\\]');
    expect(slackText(renderSlack(a))).not.toMatch(/<http/);
  });
  it('hostile URLs cannot break out of the link', () => {
    const a = timeline(1, { urls: 'hostile' });
    expectInertDiscord(discordText(renderDiscord(a)));
    expectInertSlack(slackText(renderSlack(a)));
  });
});

describe('hostile text renders inert', () => {
  const answers: [string, Answer][] = [
    ['timeline', timeline(3, { hostile: true })],
    ['dates', dates(3, { hostile: true })],
    ['dated sentences', datedSentences(3, { hostile: true })],
    ['search', search(5, 5, { hostile: true })],
    ['profile', profile(3, { hostile: true })],
    ['choices', choices(3, { hostile: true })],
    ['not-found', notFound('text', 3, { hostile: true })],
    ['help', help(1, { hostile: true })],
    ['problem', problem({ hostile: true })],
    ['brief', brief(3, { hostile: true })],
    ['quotes', quotes(3, { hostile: true })],
    ['link', link(3, { hostile: true })],
    ['link, no connection', link(0, { hostile: true })],
    ['link, close together', linkNearby({ hostile: true })],
    ['sources', sources(3, { hostile: true })],
    ['notice', { kind: 'notice', title: `Removed ${HOSTILE}`, lines: [HOSTILE] }],
    ['not-found article', notFound('article', 0, { hostile: true })],
  ];
  it.each(answers)('%s', (_n, a) => {
    const d = discordText(renderDiscord(a));
    const s = slackText(renderSlack(a));
    expectInertDiscord(d);
    expectInertSlack(s);
    // the words are still there for the reader
    expect(d).toContain('\\[click\\]');
    expect(s).toContain('&lt;!channel&gt;');
  });
});

describe('validators catch violations', () => {
  const ok = (): DiscordMessage => renderDiscord(timeline(2));
  const withEmbed = (patch: Partial<DiscordEmbed>): DiscordMessage => {
    const m = ok();
    m.embeds[0] = { ...m.embeds[0]!, ...patch };
    return m;
  };
  const x = (n: number) => 'x'.repeat(n);

  it('Discord', () => {
    expect(validateDiscordMessage(ok())).toEqual([]);
    const bad: [string, DiscordMessage][] = [
      ['title', withEmbed({ title: x(257) })],
      ['description', withEmbed({ description: x(4097) })],
      ['fields', withEmbed({ fields: Array.from({ length: 26 }, () => ({ name: 'a', value: 'b' })) })],
      ['field 0 name', withEmbed({ fields: [{ name: x(257), value: 'b' }] })],
      ['field 0 value', withEmbed({ fields: [{ name: 'a', value: x(1025) }] })],
      ['field 0 value is empty', withEmbed({ fields: [{ name: 'a', value: '' }] })],
      ['footer', withEmbed({ footer: { text: x(2049) } })],
      ['author name', withEmbed({ author: { name: x(257) } })],
      ['all embeds together', withEmbed({ description: x(4000), fields: [{ name: 'a', value: x(1000) }, { name: 'b', value: x(1000) }] })],
      ['embeds (max 10)', { ...ok(), embeds: Array.from({ length: 11 }, () => ({ description: 'a' })) }],
      ['all embeds together', { ...ok(), embeds: Array.from({ length: 2 }, () => ({ description: x(3100) })) }],
      ['content', { ...ok(), content: x(2001) }],
      ['allowedMentions', { ...ok(), allowedMentions: { parse: ['everyone'] } as unknown as { parse: [] } }],
    ];
    for (const [what, m] of bad) {
      const errors = validateDiscordMessage(m);
      expect(errors.length, what).toBeGreaterThan(0);
      expect(errors.join('\n'), what).toContain(what);
    }
  });

  it('Slack', () => {
    const ok = (): SlackMessage => renderSlack(timeline(2));
    expect(validateSlackMessage(ok())).toEqual([]);
    const x = (n: number) => 'x'.repeat(n);
    const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
    const bad: [string, SlackMessage][] = [
      ['51 blocks', { ...ok(), blocks: Array.from({ length: 51 }, () => ({ type: 'divider' }) as SlackBlock) }],
      ['fallback text', { ...ok(), text: x(40_001) }],
      ['fallback text is empty', { ...ok(), text: '' }],
      ['header', { ...ok(), blocks: [{ type: 'header', text: { type: 'plain_text', text: x(151) } }] }],
      ['plain_text', { ...ok(), blocks: [{ type: 'header', text: { type: 'mrkdwn', text: 'a' } }] }],
      ['section', { ...ok(), blocks: [section(x(3001))] }],
      ['11 fields', { ...ok(), blocks: [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn' as const, text: 'a' })) }] }],
      ['field 0', { ...ok(), blocks: [{ type: 'section', fields: [{ type: 'mrkdwn', text: x(2001) }] }] }],
      ['neither text nor fields', { ...ok(), blocks: [{ type: 'section' }] }],
      ['11 elements', { ...ok(), blocks: [{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn' as const, text: 'a' })) }] }],
      ['element 0', { ...ok(), blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: x(3001) }] }] }],
      ['unknown block type', { ...ok(), blocks: [{ type: 'image' } as unknown as SlackBlock] }],
    ];
    for (const [what, m] of bad) {
      const errors = validateSlackMessage(m);
      expect(errors.length, what).toBeGreaterThan(0);
      expect(errors.join('\n'), what).toContain(what);
    }
  });
});

describe('a short real answer is shown whole', () => {
  it('/who Almasri on the seed articles: every role and event, no "and N more", in both renderers', async () => {
    const { openStore } = await import('../src/store/index.ts');
    const { ingestPaths } = await import('../src/pipeline.ts');
    const { answerLine } = await import('../src/dispatch.ts');
    const { commands } = await import('../commands/index.ts');
    const store = openStore(':memory:');
    try {
      await ingestPaths(store, ['data/articles']);
      const answer = await answerLine('/who Almasri', { store, commands });
      expect(answer.kind).toBe('profile');
      if (answer.kind !== 'profile') return;
      const discord = JSON.stringify(renderDiscord(answer));
      const slack = JSON.stringify(renderSlack(answer));
      for (const out of [discord, slack]) {
        expect(out).not.toMatch(/and \d+ more/);
        expect(out).toContain('Libyan police chief');
        expect(out).toContain('19 January 2025');
        expect(out).toContain('21 January 2025');
        expect(out).toContain('expelled Najeem Almasri');
      }
    } finally {
      store.close();
    }
  });
});

describe('command references follow the surface prefix', () => {
  it('rewrites our command names, and nothing that only looks like one', async () => {
    const { withCommandPrefix } = await import('../src/render/layout.ts');
    const names = ['who', 'when', 'timeline', 'help'];
    expect(withCommandPrefix('Example: /who Almasri. Type /help for the list.', 'bb-', names)).toBe('Example: /bb-who Almasri. Type /bb-help for the list.');
    expect(withCommandPrefix('“/timeline X” and (/when)', 'bb-', names)).toBe('“/bb-timeline X” and (/bb-when)');
    for (const same of ['and/or /whom /whoever a/who http://x/who', '/search words']) expect(withCommandPrefix(same, 'bb-', names)).toBe(same);
    expect(withCommandPrefix('/who', '', names)).toBe('/who');
  });
});
