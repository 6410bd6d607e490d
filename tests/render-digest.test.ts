// Digests and watch alerts as a channel sees them: in the console, on Discord and on Slack. Built by
// hand so each test says exactly what the builder handed the renderer.
import { describe, expect, it } from 'vitest';
import type { ActorChange, ActorRef, Alert, AlertFact, CitationRef, Digest, EventLine, QuoteLine } from '../src/briefing/answers.ts';
import type { ArticleRef } from '../src/domain.ts';
import { DISCORD_LIMITS, renderDiscord, validateDiscordMessage } from '../src/render/discord.ts';
import { SLACK_LIMITS, renderSlack, validateSlackMessage } from '../src/render/slack.ts';
import { renderText } from '../src/render/text.ts';
import { HOSTILE } from './support/answers.ts';
import { count, discordText, expectInertDiscord, expectInertSlackMessage, slackText } from './support/inert.ts';

function article(i: number, title = `ART${i}Z Rotterdam port names a chief executive`): ArticleRef {
  return { id: i, title, url: `https://news.example/2026/12/story-${i}`, path: null, published: '2026-12-01', byline: 'Eva de Boer', sources: [] };
}

function cite(n: number, a = article(n)): CitationRef {
  return { n, article: a, sentenceIndex: n - 1, sentence: `SRC${n}Z The port authority said so.` };
}

function event(i: number, c: number, summary = `EVT${i}Z The port authority appointed Marieke Janssen`): EventLine {
  return {
    id: i,
    type: 'appoint',
    summary,
    date: { start: '2026-12-01', end: '2026-12-01', precision: 'day', text: 'on December 1' },
    when: '1 December 2026',
    place: null,
    participants: [{ id: 1, name: 'Marieke Janssen', part: 'subject' }],
    cite: c,
  };
}

function quote(i: number, c: number): QuoteLine {
  return { id: i, speaker: 'Marieke Janssen', words: `QUO${i}Z We will reopen the northern terminal by spring`, when: null, cite: c };
}

const janssen: ActorRef = { id: 1, name: 'Marieke Janssen', type: 'person', role: 'chief executive' };
const union: ActorRef = { id: 2, name: 'Dockworkers Union', type: 'organization', role: null };

function digest(patch: Partial<Digest> = {}): Digest {
  const actors: ActorChange[] = [
    { actor: union, change: 'new', roles: [] },
    { actor: janssen, change: 'changed', roles: [{ title: 'chief executive of the port authority', cite: 2 }] },
  ];
  return {
    kind: 'digest',
    day: 'Saturday 5 December 2026',
    topic: null,
    since: '2026-12-04T08:00:30.000Z',
    articles: [article(1), article(2)],
    actors,
    events: [event(0, 1)],
    quotes: [quote(0, 3)],
    more: { articles: 0, actors: 0, events: 0, quotes: 0 },
    audience: 'channel',
    citations: [cite(1), cite(2), cite(3)],
    ...patch,
  };
}

const quiet = (since: string | null): Digest =>
  digest({ since, articles: [], actors: [], events: [], quotes: [], citations: [], more: { articles: 0, actors: 0, events: 0, quotes: 0 } });

function alert(patch: Partial<Alert> = {}): Alert {
  const facts: AlertFact[] = [
    { kind: 'role', actor: janssen, title: 'chief executive', cite: 1 },
    { kind: 'event', event: event(7, 2) },
    { kind: 'quote', quote: quote(4, 3) },
  ];
  return { kind: 'alert', watch: 'Janssen', actor: janssen, items: [{ article: article(1), facts, more: 2 }], more: 3, citations: [cite(1), cite(2), cite(3)], ...patch };
}

/** Chat markup as the reader sees it: links as their labels (a citation as "[n]"), no bold or escapes. */
function readable(s: string): string {
  return s
    .replace(/<https?:[^|>]+\|([^>]*)>/g, '$1')
    .replace(/(?<!\\)\[([^\]]*)\]\(https?:[^)]*\)/g, (_m, label: string) => (/^\d+$/.test(label) ? `[${label}]` : label))
    .replace(/\\(.)/g, '$1')
    .replace(/[*_\u200b]/g, '');
}

/** The three surfaces, as text a reader sees. */
function surfaces(a: Digest | Alert): [string, string][] {
  return [
    // a wrapped console line read as one
    ['text', renderText(a).replace(/\n {4,}/g, ' ')],
    ['discord', readable(discordText(renderDiscord(a)))],
    ['slack', readable(slackText(renderSlack(a)))],
  ];
}

const more = (s: string, noun: string): number[] => [...s.matchAll(new RegExp(`… and (\\d+) more ${noun}\\b`, 'g'))].map((m) => Number(m[1]));

describe('a digest', () => {
  it.each(surfaces(digest()))('%s: heading, every section, each fact cited, the sources', (_s, t) => {
    expect(t).toContain('Digest for Saturday 5 December 2026');
    expect(t).toContain('New since Friday 4 December 2026, 08:00 UTC');
    for (const section of ['New articles', 'People and organisations', 'Events', 'Quotes']) expect(t).toContain(section);
    expect(t).toContain('ART1Z');
    expect(t).toContain('Dockworkers Union — new');
    expect(t).toContain('Marieke Janssen — now chief executive of the port authority [2]');
    expect(t).toMatch(/1 December 2026\s+(— )?EVT0Z The port authority appointed Marieke Janssen \[1\]/);
    expect(t).toContain('Marieke Janssen: “QUO0Z We will reopen the northern terminal by spring” [3]');
    for (const n of [1, 2, 3]) expect(t).toContain(`SRC${n}Z`);
    expect(t).not.toMatch(/and \d+ more/);
  });

  it('says so when it is the channel’s first, and names its topic', () => {
    for (const [, t] of surfaces(digest({ since: null, topic: 'Rotterdam port' }))) {
      expect(t).toContain('Digest for Saturday 5 December 2026 — Rotterdam port');
      expect(t).toContain('First digest');
      expect(t).not.toContain('New since');
    }
  });

  it('with nothing new is one line: the console prints only it, the chat post carries only it', () => {
    expect(renderText(quiet('2026-12-04T08:00:30.000Z'))).toBe('Nothing new since Friday 4 December 2026, 08:00 UTC.');
    expect(renderText(quiet(null))).toBe('Nothing new yet.');

    const d = renderDiscord(quiet('2026-12-04T08:00:30.000Z')).embeds[0]!;
    expect(d.description).toBe('Nothing new since Friday 4 December 2026, 08:00 UTC.');
    expect(d.fields).toBeUndefined();

    const s = renderSlack(quiet(null));
    expect(s.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context']);
    expect(s.blocks[1]).toMatchObject({ text: { text: 'Nothing new yet.' } });
    expect(validateSlackMessage(s)).toEqual([]);
  });

  it('that the builder capped still says what it left out, with a way to see it', () => {
    const a = digest({ topic: 'Rotterdam port', more: { articles: 6, actors: 1, events: 12, quotes: 3 } });
    for (const [surface, t] of surfaces(a)) {
      expect(more(t, 'articles'), surface).toEqual([6]);
      expect(more(t, 'person or organisation'), surface).toEqual([1]);
      expect(more(t, 'events'), surface).toEqual([12]);
      expect(more(t, 'quotes'), surface).toEqual([3]);
      expect(t).toMatch(/\/digest preview shows more\. For the whole story: \/brief\s+Rotterdam port/);
    }
  });

  it('a preview points nowhere it already is; without a topic there is no brief to suggest', () => {
    const a = digest({ audience: 'caller', more: { articles: 0, actors: 0, events: 4, quotes: 0 } });
    for (const [, t] of surfaces(a)) {
      expect(more(t, 'events')).toEqual([4]);
      expect(t).not.toContain('/digest preview');
      expect(t).not.toContain('/brief');
    }
    expect(discordText(renderDiscord(a))).toContain('a preview only you can see');
  });

  it('on a Slack workspace with a prefix, names the commands as typed there', () => {
    const a = digest({ topic: 'Rotterdam', more: { articles: 2, actors: 0, events: 0, quotes: 0 } });
    const t = slackText(renderSlack(a, { prefix: 'bb-', commands: ['digest', 'brief'] }));
    expect(t).toContain('/bb-digest preview shows more');
    expect(t).toContain('/bb-brief Rotterdam');
  });

  describe('with 40 long events of 65', () => {
    const long = ' and the harbour master told the council that the northern terminal would stay shut until the inspection ended';
    const events = Array.from({ length: 40 }, (_, i) => event(i, i + 1, `EVT${i}Z The port authority appointed Marieke Janssen${long}${long}`));
    const a = digest({
      events,
      citations: Array.from({ length: 40 }, (_, i) => cite(i + 1)),
      quotes: [],
      actors: [],
      articles: [article(1)],
      more: { articles: 0, actors: 0, events: 25, quotes: 0 },
    });

    it('Discord: cut within the embed limits, counting its own cut and the builder’s', () => {
      const m = renderDiscord(a);
      expect(validateDiscordMessage(m)).toEqual([]);
      const e = m.embeds[0]!;
      expect(e.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      const total = (e.title ?? '').length + e.description!.length + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
      expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.total);
      expect((e.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
      const shown = count(e.description!, /EVT(\d+)Z/g);
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(40);
      expect(more(e.description!, 'events')).toEqual([65 - shown]);
      // the sources are the shown events', none of the cut ones'
      expect(count(discordText(m), /SRC(\d+)Z/g)).toBeLessThanOrEqual(shown);
    });

    it('Slack: cut within the block limits, counting its own cut and the builder’s', () => {
      const m = renderSlack(a);
      expect(validateSlackMessage(m)).toEqual([]);
      expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      for (const b of m.blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      const body = m.blocks.flatMap((b) => (b.type === 'section' ? [b.text!.text] : [])).join('\n');
      const shown = count(body.split('*Sources*')[0]!, /EVT(\d+)Z/g);
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(40);
      expect(more(body, 'events')).toEqual([65 - shown]);
    });

    it('console: all 40 shown, the 25 the builder left out counted', () => {
      const t = renderText(a);
      expect(count(t, /EVT(\d+)Z/g)).toBe(40);
      expect(more(t, 'events')).toEqual([25]);
    });
  });
});

describe('a watch alert', () => {
  it.each(surfaces(alert()))('%s: the watch, the article, each fact cited, what was left out', (_s, t) => {
    expect(t).toContain('Watch: Janssen — Marieke Janssen, chief executive');
    expect(t).toContain('ART1Z');
    expect(t).toContain('Marieke Janssen is now chief executive [1]');
    expect(t).toContain('1 December 2026 — EVT7Z The port authority appointed Marieke Janssen [2]');
    expect(t).toContain('Marieke Janssen: “QUO4Z We will reopen the northern terminal by spring” [3]');
    expect(more(t, 'facts')).toEqual([2]);
    expect(more(t, 'articles')).toEqual([3]);
    for (const n of [1, 2, 3]) expect(t).toContain(`SRC${n}Z`);
  });

  it('on words, not a name, is headed by the words alone', () => {
    for (const [, t] of surfaces(alert({ watch: 'northern terminal', actor: null, more: 0 }))) {
      expect(t).toContain('Watch: northern terminal');
      expect(t).not.toContain('Watch: northern terminal —');
      expect(t).not.toMatch(/more articles/);
    }
  });

  it('with five articles of five long facts fits both platforms', () => {
    const long = ' while the union said the strike would go on until the port authority met its demands in full';
    const items = Array.from({ length: 5 }, (_, i) => ({
      article: article(i + 1, `ART${i + 1}Z ${long}${long}${long}`),
      facts: Array.from({ length: 5 }, (_, j): AlertFact => ({ kind: 'event', event: event(i * 5 + j, i * 5 + j + 1, `EVT${i * 5 + j}Z strike${long}${long}`) })),
      more: 7,
    }));
    const a = alert({ items, more: 4, citations: Array.from({ length: 25 }, (_, i) => cite(i + 1)) });
    const d = renderDiscord(a);
    const s = renderSlack(a);
    expect(validateDiscordMessage(d)).toEqual([]);
    expect(validateSlackMessage(s)).toEqual([]);
    for (const t of [d.embeds[0]!.description!, slackText(s)]) {
      // each article's facts, shown and not, add up to its five plus the builder's seven
      const shown = count(t, /EVT(\d+)Z/g);
      expect(more(t, 'facts').reduce((x, y) => x + y, 0)).toBe(5 * 12 - shown);
      expect(more(t, 'articles')).toEqual([4]);
    }
  });
});

describe('article text stays text', () => {
  const hostile = article(1, `Port strike ${HOSTILE} @everyone <!channel> <@U123> \x1b[2J\x1b]0;pwned\x07 \u202eevil`);
  const answers: [string, Digest | Alert][] = [
    [
      'digest',
      digest({
        articles: [hostile],
        actors: [{ actor: { ...union, name: `Union @everyone <!channel>` }, change: 'new', roles: [{ title: `head ${HOSTILE}`, cite: 1 }] }],
        events: [event(0, 1, `Strike @here <!here> ${HOSTILE}`)],
        quotes: [{ id: 0, speaker: '@everyone', words: `<!channel> ${HOSTILE}`, when: null, cite: 1 }],
        topic: 'strike @everyone <!channel>',
        more: { articles: 1, actors: 0, events: 0, quotes: 0 },
        citations: [cite(1, hostile)],
      }),
    ],
    [
      'alert',
      alert({
        watch: 'strike <!channel> @everyone',
        actor: null,
        items: [{ article: hostile, facts: [{ kind: 'role', actor: { ...janssen, name: '@everyone' }, title: '<!channel>', cite: 1 }, { kind: 'event', event: event(0, 1, HOSTILE) }], more: 1 }],
        citations: [cite(1, hostile)],
      }),
    ],
  ];

  it.each(answers)('%s: no live mention on Discord or Slack, the words still readable', (_n, a) => {
    const d = renderDiscord(a);
    expect(validateDiscordMessage(d)).toEqual([]);
    expect(d.allowedMentions).toEqual({ parse: [] });
    const dt = discordText(d);
    expectInertDiscord(dt);
    expect(dt).toContain('@\u200beveryone');

    const s = renderSlack(a);
    expect(validateSlackMessage(s)).toEqual([]);
    expectInertSlackMessage(s);
    expect(slackText(s)).toContain('&lt;!channel&gt;');
  });

  it.each(answers)('%s: no terminal escape or bidi override reaches the console', (_n, a) => {
    const t = renderText(a);
    expect(t).toContain('Port strike');
    expect(t).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  });
});
