// The slash commands, in-process: /who, /when, /timeline and /help as a user meets them, on the two
// seed articles plus a generated article with thirty ministers arrested on thirty March days.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import type { Answer } from '../src/briefing/answers.ts';
import type { CommandContext } from '../src/command.ts';
import { answerLine, MAX_LINE } from '../src/dispatch.ts';
import { extract } from '../src/extract/index.ts';
import { parseArticle } from '../src/ingest/index.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { renderText } from '../src/render/text.ts';
import { openStore, type Store } from '../src/store/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = join(ROOT, 'data/articles');

// ---- a generated article: many actors, many dated events ----

const FIRST = ['Omar', 'Salem', 'Tarek', 'Ahmed', 'Yusuf', 'Karim', 'Nabil', 'Faris', 'Hamza', 'Jamal', 'Rami', 'Walid', 'Ziad', 'Bashir', 'Fathi',
  'Hisham', 'Idris', 'Kamal', 'Lutfi', 'Mansour', 'Nasser', 'Qasim', 'Rashid', 'Sami', 'Tawfiq', 'Usama', 'Wael', 'Yasin', 'Zaki', 'Adel'];
const LAST = ['Benali', 'Darwish', 'Elhadi', 'Ferjani', 'Gharbi', 'Haddad', 'Issawi', 'Jibril', 'Kabbashi', 'Lamloum', 'Maghrebi', 'Naas', 'Obeidi',
  'Qaddura', 'Rahoumi', 'Sassi', 'Tarhouni', 'Ushbi', 'Warfalli', 'Yazid', 'Zintani', 'Abbar', 'Bugaighis', 'Chabbi', 'Dbeibah', 'Ezzine',
  'Fellah', 'Ghwell', 'Hasadi', 'Jadran'];
const MINISTRIES = ['Finance', 'Health', 'Energy', 'Transport', 'Education', 'Agriculture', 'Culture', 'Tourism', 'Labour', 'Housing'];

interface Minister {
  name: string;
  surname: string;
  role: string;
  /** ISO day of the arrest. */
  arrested: string;
}

const MINISTERS: Minister[] = FIRST.map((first, i) => ({
  name: `${first} ${LAST[i]!}`,
  surname: LAST[i]!,
  role: `minister of ${MINISTRIES[i % MINISTRIES.length]!}`,
  arrested: `2024-03-${String(i + 1).padStart(2, '0')}`,
}));

/** "On March N, 2024, Firstname Lastname, the minister of X, was arrested in Tripoli." thirty times, then more about Omar Benali and two Haftars. */
function generatedArticleText(): string {
  const sentences = MINISTERS.map((m, i) => `On March ${i + 1}, 2024, ${m.name}, the ${m.role}, was arrested in Tripoli.`);
  sentences.push(
    'In April 2024, Omar Benali was released by a court in Tripoli.',
    'In 2023, Omar Benali visited Rome.',
    'Omar Benali later resigned.',
    'Khalifa Haftar, the commander of the Libyan National Army, met officials in Benghazi.',
    'Khaled Haftar, the chief of staff of the ground forces, visited Sirte.',
  );
  return `Thirty ministers arrested in Tripoli\n\n${sentences.join('\n\n')}\n`;
}

function addGenerated(store: Store): void {
  const article = parseArticle(generatedArticleText(), { path: 'generated/thirty-ministers.txt' });
  store.saveArticle(article, extract(article));
}

// ---- helpers ----

let seeded: Store; // the two seed articles + the generated one
let generatedOnly: Store; // the generated article alone
let ctx: CommandContext;

beforeAll(async () => {
  seeded = openStore(':memory:');
  const summary = await ingestPaths(seeded, [SEEDS]);
  expect(summary.errors).toEqual([]);
  expect(summary.added).toBe(2);
  addGenerated(seeded);
  ctx = { store: seeded, commands };
  generatedOnly = openStore(':memory:');
  addGenerated(generatedOnly);
});

afterAll(() => {
  seeded?.close();
  generatedOnly?.close();
});

async function ask(line: string, context: CommandContext = ctx): Promise<Answer> {
  const answer = await answerLine(line, context);
  // every answer must render for the console without throwing
  expect(typeof renderText(answer)).toBe('string');
  return answer;
}

function expectKind<K extends Answer['kind']>(answer: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(answer.kind, `expected ${kind}, got ${JSON.stringify(answer).slice(0, 400)}`).toBe(kind);
  return answer as Extract<Answer, { kind: K }>;
}

function citedSentence(answer: { citations: { n: number; sentence: string }[] }, n: number): string {
  const c = answer.citations.find((x) => x.n === n);
  expect(c, `citation [${n}] is listed`).toBeDefined();
  return c!.sentence;
}

/** Dated events in non-decreasing date order, every undated one after every dated one. */
function expectDatedFirst(events: { date: { start: string | null } }[]): void {
  const firstUndated = events.findIndex((e) => !e.date.start);
  if (firstUndated >= 0) expect(events.slice(firstUndated).every((e) => !e.date.start), 'no dated event after an undated one').toBe(true);
  const dated = events.filter((e) => e.date.start).map((e) => e.date.start!);
  expect(dated).toEqual([...dated].sort());
}

const BOUNDARY = /something went wrong/i;

// ---- /who ----

describe('/who', () => {
  it('profiles Najeem Almasri: roles cited to the sentence that gives them, events in date order, undated last', async () => {
    const p = expectKind(await ask('/who Almasri'), 'profile');
    expect(p.actor.name).toBe('Najeem Almasri');
    expect(p.actor.type).toBe('person');
    const titles = p.roles.map((r) => r.title);
    expect(titles).toContain('Libyan police chief');
    expect(titles.some((t) => t.includes('Mitiga detention center'))).toBe(true);
    for (const r of p.roles) {
      const s = citedSentence(p, r.cite!);
      expect(s).toContain(r.title);
      expect(s).toContain('Najeem Almasri');
    }
    const arrest = p.events.find((e) => e.type === 'arrest');
    const release = p.events.find((e) => e.type === 'release');
    expect(arrest?.date.start).toBe('2025-01-19');
    expect(arrest?.when).toBe('19 January 2025');
    expect(citedSentence(p, arrest!.cite)).toContain('January 19th, 2025');
    expect(release?.date.start).toBe('2025-01-21');
    expect(citedSentence(p, release!.cite)).toContain('On January 21st');
    expect(p.events.indexOf(arrest!)).toBeLessThan(p.events.indexOf(release!));
    expect(p.events.some((e) => !e.date.start)).toBe(true); // the expulsion: undated
    expectDatedFirst(p.events);
    // citation numbers run 1..n with no gaps
    expect(p.citations.map((c) => c.n)).toEqual(p.citations.map((_, i) => i + 1));
  });

  it('profiles every generated minister by surname: role and arrest date cited to their own sentence', async () => {
    for (const m of MINISTERS) {
      const p = expectKind(await ask(`/who ${m.surname}`), 'profile');
      expect(p.actor.name).toBe(m.name);
      const role = p.roles.find((r) => r.title === m.role);
      expect(role, `${m.name}: role ${m.role} in ${JSON.stringify(p.roles)}`).toBeDefined();
      expect(citedSentence(p, role!.cite!)).toContain(`${m.name}, the ${m.role}`);
      const arrest = p.events.find((e) => e.type === 'arrest');
      expect(arrest?.date.start, m.name).toBe(m.arrested);
      expect(citedSentence(p, arrest!.cite)).toContain(m.name);
      expectDatedFirst(p.events);
    }
  });

  it('lists Omar Benali’s events year, day, month, then undated', async () => {
    const p = expectKind(await ask('/who Omar Benali'), 'profile');
    const seq = p.events.map((e) => [e.type, e.date.start, e.date.precision]);
    expect(seq).toEqual([
      ['visit', '2023-01-01', 'year'],
      ['arrest', '2024-03-01', 'day'],
      ['release', '2024-04-01', 'month'],
      ['resign', null, 'unknown'],
    ]);
    expect(p.events.map((e) => e.when).slice(0, 3)).toEqual(['2023', '1 March 2024', 'April 2024']);
  });

  it.each(['al masri', 'AL-MASRI', 'almasri', 'Al Masri', 'Najeem Almasri', 'najeem al-masri'])('resolves "%s" to Najeem Almasri', async (q) => {
    const p = expectKind(await ask(`/who ${q}`), 'profile');
    expect(p.actor.name).toBe('Najeem Almasri');
  });

  it('gives Matteo Piantedosi facts from both seed articles', async () => {
    const p = expectKind(await ask('/who Piantedosi'), 'profile');
    expect(p.actor.name).toBe('Matteo Piantedosi');
    const files = p.articles.map((a) => a.path ?? '');
    expect(files.some((f) => f.endsWith('almasri-affair-italy-file.txt'))).toBe(true);
    expect(files.some((f) => f.endsWith('piantedosi-meets-haftar-benghazi.txt'))).toBe(true);
    const citedArticles = new Set(p.citations.map((c) => c.article.path?.split('/').pop()));
    expect(citedArticles).toEqual(new Set(['almasri-affair-italy-file.txt', 'piantedosi-meets-haftar-benghazi.txt']));
    expect(p.events.some((e) => e.type === 'expel')).toBe(true); // almasri article
    expect(p.events.some((e) => e.type === 'meet' && e.place === 'Benghazi')).toBe(true); // haftar article
    expect(p.roles.some((r) => /Interior Minister/.test(r.title))).toBe(true);
    expect(p.quotes.some((q) => q.words.includes('positive collaboration'))).toBe(true);
  });

  it('asks back, with roles, when a surname fits two people equally (Khalifa and Khaled Haftar)', async () => {
    const c = expectKind(await ask('/who Haftar', { store: generatedOnly, commands }), 'choices');
    expect(c.choices.map((x) => x.name).sort()).toEqual(['Khaled Haftar', 'Khalifa Haftar']);
    expect(c.choices.find((x) => x.name === 'Khalifa Haftar')?.role).toBe('commander of the Libyan National Army');
    expect(c.choices.find((x) => x.name === 'Khaled Haftar')?.role).toBe('chief of staff of the ground forces');
    const text = renderText(c);
    expect(text).toContain('Khalifa Haftar (commander of the Libyan National Army)');
    expect(text).toContain('Khaled Haftar (chief of staff of the ground forces)');
    // the full names still resolve
    expect(expectKind(await ask('/who Khaled Haftar', { store: generatedOnly, commands }), 'profile').actor.name).toBe('Khaled Haftar');
    expect(expectKind(await ask('/who Khalifa Haftar', { store: generatedOnly, commands }), 'profile').actor.name).toBe('Khalifa Haftar');
  });

  it('does not guess between the Haftars once a seed article has called one of them plain "Haftar"', async () => {
    // The seed article's "Field Marshal Haftar" gave Khalifa the alias "Haftar"; a user typing the
    // bare surname with two Haftars in the index still means either of them.
    const c = expectKind(await ask('/who Haftar'), 'choices');
    expect(c.choices.map((x) => x.name).sort()).toEqual(['Khaled Haftar', 'Khalifa Haftar']);
  });

  it('says "not found" for an unknown name and never shows someone else', async () => {
    const nf = expectKind(await ask('/who Nobody Atall'), 'not-found');
    expect(nf.what).toBe('actor');
    expect(renderText(nf)).toMatch(/^Not found/);
  });
});

// ---- /when ----

describe('/when', () => {
  it('dates an actor + event word: "Almasri released"', async () => {
    const d = expectKind(await ask('/when Almasri released'), 'dates');
    expect(d.actor?.name).toBe('Najeem Almasri');
    expect(d.events.map((e) => [e.type, e.date.start])).toEqual([['release', '2025-01-21']]);
    expect(d.events[0]!.when).toBe('21 January 2025');
    expect(citedSentence(d, d.events[0]!.cite)).toContain('On January 21st, three judges');
  });

  it('dates a generated minister’s arrest and release, at the precision the text gives', async () => {
    const a = expectKind(await ask('/when Gharbi arrested'), 'dates');
    expect(a.actor?.name).toBe('Yusuf Gharbi');
    expect(a.events.map((e) => e.date.start)).toEqual(['2024-03-05']);
    expect(a.events[0]!.when).toBe('5 March 2024');
    const r = expectKind(await ask('/when Benali released'), 'dates');
    expect(r.events.map((e) => [e.type, e.date.precision, e.when])).toEqual([['release', 'month', 'April 2024']]);
  });

  it('reads a question as people ask it: "/when did Almasri get released?"', async () => {
    for (const q of ['/when did Almasri get released?', '/when was Almasri released', '/when did Almasri\'s release happen']) {
      const d = expectKind(await ask(q), 'dates');
      expect(d.actor?.name, q).toBe('Najeem Almasri');
      expect(d.events.map((e) => [e.type, e.date.start]), q).toEqual([['release', '2025-01-21']]);
    }
  });

  it('dates an event word alone: "/when arrested" lists the arrests', async () => {
    const d = expectKind(await ask('/when arrested'), 'dates');
    expect(d.actor).toBeNull();
    expect(d.events.every((e) => e.type === 'arrest')).toBe(true);
    const days = d.events.map((e) => e.date.start);
    for (const m of MINISTERS) expect(days).toContain(m.arrested);
    expect(days).toContain('2025-01-19'); // Almasri
    expectDatedFirst(d.events);
  });

  it('says "not found" when nothing matches, suggesting what the actor does have', async () => {
    const none = expectKind(await ask('/when zorblax quuxified'), 'not-found');
    expect(none.what).toBe('event');
    const notThat = expectKind(await ask('/when Benali elected'), 'not-found');
    expect(notThat.what).toBe('event');
    expect(notThat.suggestions.length).toBeGreaterThan(0);
    expect(notThat.suggestions.every((s) => s.startsWith('/when Omar Benali '))).toBe(true);
  });
});

describe('/when a story tells it without the name asked for', () => {
  it('finds the event of that kind, with the other words, in the articles that name the actor', async () => {
    const store = openStore(':memory:');
    const text = [
      '---',
      'published: 2023-07-19',
      '---',
      'Kestrel University President Ana Moreau said on Wednesday she would step down at the end of the term.',
      '',
      'A review of the complaints was launched by the university’s board of trustees in December.',
      '',
    ].join('\n');
    const article = parseArticle(text, { path: 'kestrel.md' });
    store.saveArticle(article, extract(article));
    const local: CommandContext = { ...ctx, store };
    const d = expectKind(await ask('/when kestrel university review launched', local), 'dates');
    expect(d.events.map((e) => [e.type, e.date.start, e.date.precision])).toEqual([['launch', '2022-12-01', 'month']]);
    // what the story does not tell is still not found
    expectKind(await ask('/when kestrel university review banned', local), 'not-found');
    store.close();
  });
});

describe('/when with long arguments', () => {
  /** The store, counting the lookups a command makes: its work, measured without a clock. */
  function counted(store: Store): { store: Store; calls: () => number } {
    let n = 0;
    const proxy = new Proxy(store, {
      get(target, key, receiver) {
        const v = Reflect.get(target, key, receiver);
        return typeof v === 'function' ? (...args: unknown[]) => (n++, v.apply(target, args)) : v;
      },
    });
    return { store: proxy, calls: () => n };
  }

  it('skips marks standing alone: 2,000 characters of dashes around a question still answer it', async () => {
    const c = counted(seeded);
    const d = expectKind(await ask(`/when ${'- '.repeat(600)}Almasri released ${'-- '.repeat(100)}`, { store: c.store, commands }), 'dates');
    expect(d.actor?.name).toBe('Najeem Almasri');
    expect(d.events.map((e) => e.date.start)).toEqual(['2025-01-21']);
    expect(c.calls()).toBeLessThan(200);
  });

  it('refuses more words than a question has, before looking any name up', async () => {
    const c = counted(seeded);
    const p = expectKind(await ask(`/when ${'AND OR NOT NEAR '.repeat(120)}`.slice(0, 1990), { store: c.store, commands }), 'problem');
    expect(p.message).toMatch(/^That is \d+ words; \/when takes a name and what happened in up to 12/);
    expect(c.calls()).toBe(0);
    // twelve words are still a question
    const twelve = await ask('/when did the Italian government release Almasri on that day in January 2025');
    expect(twelve.kind).not.toBe('problem');
  });
});

describe('/when, when no event records it', () => {
  const quake = `---\npublished: 2014-04-02\n---\nThe earthquake off the coast of Tarapaca on Tuesday night was the strongest in years.\n\nThe Tarapaca regional government said the Arica airport would reopen on Thursday.\n`;
  let store: Store;
  let qctx: CommandContext;
  beforeAll(() => {
    store = openStore(':memory:');
    const a = parseArticle(quake, { path: 'quake.md', format: 'md' });
    store.saveArticle(a, extract(a));
    qctx = { store, commands };
  });
  afterAll(() => store.close());

  it('answers from the sentences that hold every word and a date, cited', async () => {
    const d = expectKind(await answerLine('/when earthquake tarapaca', qctx), 'dates');
    expect(d.events).toEqual([]);
    expect(d.sentences.map((x) => x.date.start)).toEqual(['2014-04-01']);
    expect(citedSentence(d, d.sentences[0]!.cite)).toMatch(/^The earthquake off the coast/);
    expect(renderText(d)).toMatch(/1 April 2014/);
  });

  it('matches the forms of a word: "reopening" finds "reopen"', async () => {
    const d = expectKind(await answerLine('/when arica airport reopening', qctx), 'dates');
    expect(d.sentences.map((x) => x.date.start)).toEqual(['2014-04-03']);
  });

  it('never a sentence that lacks one of the words', async () => {
    const d = await answerLine('/when earthquake reopened', qctx);
    expect(d.kind).toBe('not-found');
  });
});

describe('/when with a name several actors share', () => {
  let store: Store;
  let nctx: CommandContext;
  beforeAll(() => {
    store = openStore(':memory:');
    const text = `---\npublished: 2024-06-05\n---\nMayor Dana Holt opened the new bridge on Monday.\n\nCoach Rick Holt was sacked by Harbour FC on Tuesday.\n`;
    const a = parseArticle(text, { path: 'holts.md', format: 'md' });
    store.saveArticle(a, extract(a));
    nctx = { store, commands };
  });
  afterAll(() => store.close());

  it('the event words settle which one is meant', async () => {
    const d = expectKind(await answerLine('/when holt sacked', nctx), 'dates');
    expect(d.actor?.name).toBe('Rick Holt');
    expect(d.events.map((e) => e.date.start)).toEqual(['2024-06-04']);
  });

  it('the name alone still asks which one', async () => {
    expect((await answerLine('/who holt', nctx)).kind).toBe('choices');
  });
});

// ---- /timeline ----

describe('/timeline', () => {
  it('orders Almasri’s events: 19 January, 21 January, then undated', async () => {
    const t = expectKind(await ask('/timeline Almasri'), 'timeline');
    expect(t.actor?.name).toBe('Najeem Almasri');
    const starts = t.events.map((e) => e.date.start);
    const dated = starts.filter((s): s is string => s !== null);
    expect(dated.slice(0, 2)).toEqual(['2025-01-19', '2025-01-21']);
    expect([...dated].sort()).toEqual(dated);
    // undated events come after every dated one
    expect(starts.slice(dated.length).every((s) => s === null)).toBe(true);
    expect(starts.length).toBeGreaterThan(dated.length);
    const text = renderText(t);
    expect(text.indexOf('19 January 2025')).toBeLessThan(text.indexOf('21 January 2025'));
    expect(text.indexOf('21 January 2025')).toBeLessThan(text.indexOf('Undated:'));
  });

  it('keeps a topic’s events between from: and to:, both ends inclusive', async () => {
    const t = expectKind(await ask('/timeline arrested from:2024-03-05 to:2024-03-07'), 'timeline');
    expect(t.actor).toBeNull();
    expect(t.range).toEqual({ from: '2024-03-05', to: '2024-03-07' });
    expect(t.events.map((e) => e.date.start)).toEqual(['2024-03-05', '2024-03-06', '2024-03-07']);
    expect(t.events.map((e) => e.participants.map((p) => p.name)).flat()).toEqual(['Yusuf Gharbi', 'Karim Haddad', 'Nabil Issawi']);
  });

  it('drops events outside the range and undated events when a range is given', async () => {
    const all = expectKind(await ask('/timeline Benali'), 'timeline');
    expect(all.events.some((e) => !e.date.start)).toBe(true);
    const t = expectKind(await ask('/timeline Benali from:2024-03-01 to:2024-04'), 'timeline');
    expect(t.range).toEqual({ from: '2024-03-01', to: '2024-04-30' });
    expect(t.events.map((e) => [e.type, e.date.start])).toEqual([
      ['arrest', '2024-03-01'],
      ['release', '2024-04-01'],
    ]);
    const upTo = expectKind(await ask('/timeline Benali to:2024-03-01'), 'timeline');
    expect(upTo.events.map((e) => [e.type, e.date.start])).toEqual([
      ['visit', '2023-01-01'],
      ['arrest', '2024-03-01'],
    ]);
    const later = expectKind(await ask('/timeline Benali from:2025'), 'timeline');
    expect(later.events).toEqual([]);
    expect(renderText(later)).toContain('No dated events in that range');
  });

  it.each(['notadate', '2024-13', '2025-02-30', '2024-00-10'])('refuses the bad date "%s" politely', async (bad) => {
    for (const line of [`/timeline Almasri from:${bad}`, `/timeline Almasri to:${bad}`]) {
      const p = expectKind(await ask(line), 'problem');
      expect(p.message).toContain(bad);
      expect(p.message).toMatch(/2025/); // shows a date that works
      expect(p.message).not.toMatch(BOUNDARY);
      expect(p.message).not.toMatch(/\bat .*\.ts:\d+/); // no stack
    }
  });

  it('gives a place’s timeline the events that happened there', async () => {
    // Places resolve to actors, but are never event participants: the events name them as `place`.
    const benghazi = expectKind(await ask('/timeline Benghazi'), 'timeline');
    expect(benghazi.events.some((e) => e.type === 'meet' && e.place === 'Benghazi'), JSON.stringify(benghazi.events)).toBe(true);
    const tripoli = expectKind(await ask('/timeline Tripoli from:2024-03-01 to:2024-03-31'), 'timeline');
    expect(tripoli.events.filter((e) => e.type === 'arrest').map((e) => e.date.start)).toEqual(MINISTERS.map((m) => m.arrested));
    const milan = expectKind(await ask('/when Milan arrested'), 'dates');
    expect(milan.events.map((e) => e.date.start)).toEqual(['2024-12-16']); // Mohammad Abedini, in Milan
  });

  it('takes a topic word that is not a name', async () => {
    const t = expectKind(await ask('/timeline arrested'), 'timeline');
    expect(t.actor).toBeNull();
    expect(t.subject).toBe('arrested');
    expect(t.events.length).toBeGreaterThanOrEqual(MINISTERS.length);
    for (const e of t.events) expect(`${e.summary} ${citedSentence(t, e.cite)}`.toLowerCase()).toContain('arrest');
    expectDatedFirst(t.events);
    const m = expectKind(await ask('/timeline Italian'), 'timeline');
    expect(m.actor).toBeNull();
    expect(m.events.length).toBeGreaterThan(0);
  });
});

// ---- /help and the dispatcher ----

describe('/help and bad input', () => {
  it('/help lists every command in the registry', async () => {
    const h = expectKind(await ask('/help'), 'help');
    expect(h.commands.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    const text = renderText(h);
    for (const c of commands) expect(text).toContain(`/${c.name}`);
  });

  it('/help who explains one command: usage, options, examples', async () => {
    for (const line of ['/help who', '/help /who', '/help WHO']) {
      const h = expectKind(await ask(line), 'help');
      expect(h.commands).toHaveLength(1);
      const [c] = h.commands;
      expect(c!.name).toBe('who');
      expect(c!.usage).toMatch(/^\/who NAME/);
      expect(c!.options.map((o) => o.name)).toEqual(['name']);
      expect(c!.examples.length).toBeGreaterThan(0);
      expect(renderText(h)).toContain('/who Almasri');
    }
  });

  it('suggests commands for an unknown one', async () => {
    const nf = expectKind(await ask('/whoo Almasri'), 'not-found');
    expect(nf.what).toBe('command');
    expect(nf.suggestions).toContain('/who');
    const other = expectKind(await ask('/frobnicate'), 'not-found');
    expect(other.suggestions.length).toBeGreaterThan(0);
    for (const s of other.suggestions) expect(commands.map((c) => `/${c.name}`)).toContain(s);
    expect(renderText(other)).toMatch(/Did you mean/);
  });

  it.each([
    ['/who', 'name'],
    ['/who    ', 'name'],
    ['/when', 'query'],
    ['/timeline from:2024', 'subject'],
  ])('a missing required argument (%s) gets a polite problem naming %s', async (line, option) => {
    const p = expectKind(await ask(line), 'problem');
    expect(p.message).toContain(option);
    expect(p.message).toMatch(/Example: \//);
    expect(p.message).not.toMatch(BOUNDARY);
  });

  it('refuses an overlong line politely', async () => {
    for (const line of [`/who ${'a'.repeat(MAX_LINE + 100)}`, `/when ${'Almasri released '.repeat(200)}`, `/timeline Almasri from:${'2'.repeat(2100)}`]) {
      expect(line.length).toBeGreaterThan(2000);
      const p = expectKind(await ask(line), 'problem');
      expect(p.message).toMatch(/too long/i);
      expect(p.message).toContain('2000');
    }
  });

  const hostile = [
    '/who "Almasri',
    '/when ) OR (',
    '/who *',
    '/when "',
    '/timeline "',
    '/when NEAR(Almasri released)',
    "/who ' OR 1=1 --",
    '/who %',
    '/who _',
    '/who \\',
    '/when Almasri AND NOT',
    '/when ^Almasri$ OR *',
    '/timeline * from:2025 to:*',
    '/timeline Almasri from:"',
    '/who a:b c:"d',
    '/when {"$gt": ""}',
    '/help "',
    '/who \u0000\u001b[31m',
    '/brief "',
    '/brief ) OR (',
    '/quotes *',
    '/link " "',
    '/link Almasri NEAR(x',
    '/sources AND OR NOT',
    '/sources title:x',
  ];
  it.each(hostile)('never throws on %j', async (line) => {
    const answer = await ask(line);
    expect(['profile', 'choices', 'not-found', 'dates', 'timeline', 'brief', 'quotes', 'link', 'sources', 'help', 'problem']).toContain(answer.kind);
    if (answer.kind === 'problem') expect(answer.message).not.toMatch(BOUNDARY);
  });

  it('reads /who "Almasri (an unclosed quote) as Almasri', async () => {
    expect(expectKind(await ask('/who "Almasri'), 'profile').actor.name).toBe('Najeem Almasri');
  });
});

// ---- /brief, /quotes, /link, /sources ----

/** Two dated articles quoting one spokeswoman, a year apart, for order by date. */
function addSpokeswoman(store: Store): void {
  const first = parseArticle(
    [
      '---',
      'title: Ministry defends budget',
      'published: 2024-01-08',
      '---',
      'Amina Farouk, the spokeswoman of the Finance Ministry, said on Monday: "The budget is balanced and the reserves are safe."',
      '',
      'Opposition deputies rejected the figures.',
    ].join('\n'),
    { path: 'generated/farouk-2024.txt' },
  );
  const second = parseArticle(
    [
      '---',
      'title: Ministry admits shortfall',
      'published: 2025-02-11',
      '---',
      '"We underestimated the cost of fuel subsidies," Farouk told reporters in Tripoli.',
      '',
      'Amina Farouk, the spokeswoman of the Finance Ministry, met Omar Benali on Tuesday.',
    ].join('\n'),
    { path: 'generated/farouk-2025.txt' },
  );
  for (const a of [first, second]) store.saveArticle(a, extract(a));
}

describe('/brief', () => {
  it('briefs on Najeem Almasri: who is around him with roles, dated events in order, quotes, the article', async () => {
    const b = expectKind(await ask('/brief Almasri'), 'brief');
    expect(b.actor?.name).toBe('Najeem Almasri');
    expect(b.actor?.role).toMatch(/Mitiga detention center|police chief/);
    const around = b.actors.map((a) => a.name);
    expect(around.length).toBeGreaterThan(0);
    expect(around.length).toBeLessThanOrEqual(5);
    expect(around).toContain('Carlo Nordio');
    expect(b.actors.find((a) => a.name === 'Carlo Nordio')?.role).toBe('Justice Minister');
    for (const a of b.actors) expect(['person', 'organization']).toContain(a.type);
    expect(around).not.toContain('Najeem Almasri');
    // the latest dated events first in date order; every one cites a sentence about him
    expect(b.events.length).toBeGreaterThan(0);
    expect(b.events.length).toBeLessThanOrEqual(5);
    expectDatedFirst(b.events);
    expect(b.events.map((e) => e.date.start)).toContain('2025-01-21');
    for (const e of b.events) expect(citedSentence(b, e.cite)).toMatch(/Almasri/);
    expect(b.quotes.length).toBeGreaterThan(0);
    expect(b.quotes.length).toBeLessThanOrEqual(2);
    expect(b.articles.map((a) => a.path ?? '')).toEqual([expect.stringContaining('almasri-affair-italy-file.txt')]);
    expect(renderText(b)).toMatch(/^Brief: Najeem Almasri/);
  });

  it('tells what the articles say of the subject that no event or quote carries: a toll, a figure, who they are', async () => {
    const store = openStore(':memory:');
    const text = ['---', 'published: 2024-06-05', '---', 'Floods in the Arvel valley have forced 10,000 people from their homes, the Arvel Relief Agency said.', '', 'About 3,500 soldiers of the Arvel Guard were sent to the valley, the agency said.', ''].join('\n');
    const article = parseArticle(text, { path: 'floods.md' });
    store.saveArticle(article, extract(article));
    const b = expectKind(await ask('/brief arvel relief agency', { ...ctx, store }), 'brief');
    expect(b.sentences.map((n) => citedSentence(b, n))).toEqual([expect.stringContaining('10,000 people')]);
    expect(renderText(b)).toContain('In the articles:');
    // a sentence an event already cites is not repeated
    for (const e of b.events) expect(b.sentences).not.toContain(e.cite);
    store.close();
  });

  it('shows the latest five of many dated events and counts the rest', async () => {
    const b = expectKind(await ask('/brief arrested Tripoli', { store: generatedOnly, commands }), 'brief');
    expect(b.actor).toBeNull();
    expect(b.events.map((e) => e.date.start)).toEqual(['2024-03-26', '2024-03-27', '2024-03-28', '2024-03-29', '2024-03-30']);
    expect(b.earlier).toBe(25);
    expect(b.actors).toHaveLength(5);
    for (const a of b.actors) expect(MINISTERS.map((m) => m.name)).toContain(a.name);
    expect(renderText(b)).toContain('25 more: /timeline arrested Tripoli');
  });

  it('puts undated events after the dated ones when there is room', async () => {
    const b = expectKind(await ask('/brief Omar Benali'), 'brief');
    expect(b.events.map((e) => e.type)).toEqual(['visit', 'arrest', 'release', 'resign']);
    expectDatedFirst(b.events);
    expect(b.earlier).toBe(0);
  });

  it('answers namesakes with a choice and unknown subjects with "not found"', async () => {
    const c = expectKind(await ask('/brief Haftar'), 'choices');
    expect(c.choices.map((x) => x.name).sort()).toEqual(['Khaled Haftar', 'Khalifa Haftar']);
    const nf = expectKind(await ask('/brief Zqxvbn Plortho'), 'not-found');
    expect(nf.what).toBe('subject');
    expect(renderText(nf)).toMatch(/no article mentions it/);
  });
});

describe('/quotes', () => {
  let store: Store;
  let qctx: CommandContext;
  beforeAll(() => {
    store = openStore(':memory:');
    addGenerated(store);
    addSpokeswoman(store);
    qctx = { store, commands };
  });
  afterAll(() => store.close());

  it('lists what Piantedosi said, cited to the sentence', async () => {
    const q = expectKind(await ask('/quotes Piantedosi'), 'quotes');
    expect(q.actor.name).toBe('Matteo Piantedosi');
    expect(q.quotes).toHaveLength(1);
    expect(q.quotes[0]!.words).toMatch(/positive collaboration/);
    expect(citedSentence(q, q.quotes[0]!.cite)).toContain(q.quotes[0]!.words);
  });

  it('puts the latest quote first, each with its date', async () => {
    const q = expectKind(await ask('/quotes amina farouk', qctx), 'quotes');
    expect(q.quotes.map((x) => x.words)).toEqual([
      expect.stringMatching(/underestimated the cost of fuel subsidies/),
      expect.stringMatching(/budget is balanced/),
    ]);
    expect(q.quotes[0]!.when).toMatch(/2025/);
    expect(q.quotes[1]!.when).toMatch(/2024/);
    expect(q.citations.map((c) => c.article.path)).toEqual(['generated/farouk-2025.txt', 'generated/farouk-2024.txt']);
  });

  it('says so when someone has no quotes on record', async () => {
    const q = expectKind(await ask('/quotes Almasri'), 'quotes');
    expect(q.quotes).toEqual([]);
    expect(renderText(q)).toContain('No quotes from Najeem Almasri on record.');
  });

  it('resolves the name as typed and refuses an unknown one', async () => {
    expect(expectKind(await ask('/quotes piantedossi'), 'quotes').actor.name).toBe('Matteo Piantedosi');
    expect(expectKind(await ask('/quotes Zqxvbn'), 'not-found').what).toBe('actor');
  });
});

describe('/link', () => {
  it('finds the meeting Piantedosi and Haftar share, cited to its sentence', async () => {
    const l = expectKind(await ask('/link Piantedosi Khalifa Haftar'), 'link');
    expect([l.a.name, l.b.name]).toEqual(['Matteo Piantedosi', 'Khalifa Haftar']);
    expect(l.events.map((e) => e.type)).toContain('meet');
    const s = citedSentence(l, l.events.find((e) => e.type === 'meet')!.cite);
    expect(s).toContain('Piantedosi');
    expect(s).toContain('Haftar');
    expect(l.articles).toHaveLength(1);
  });

  it('shows the sentences that name Almasri and Meloni together', async () => {
    const l = expectKind(await ask('/link Almasri Meloni'), 'link');
    expect(l.sentences.length).toBeGreaterThan(0);
    for (const n of l.sentences) {
      expect(citedSentence(l, n)).toContain('Meloni');
      expect(citedSentence(l, n)).toContain('Almasri');
    }
  });

  it('finds a role that names the other: Haftar commands the LNA', async () => {
    const l = expectKind(await ask('/link Khalifa Haftar and LNA'), 'link');
    expect(l.b.name).toBe('Libyan National Army');
    expect(l.ties.map((t) => t.text)).toContain('Khalifa Haftar: General Commander of the Libyan National Army');
  });

  it('splits two names typed in one box, with or without a joiner', async () => {
    for (const line of ['/link Matteo Piantedosi Khalifa Haftar', '/link Matteo Piantedosi and Khalifa Haftar', '/link Piantedosi, Khalifa Haftar', '/link first:Piantedosi second:"Khalifa Haftar"']) {
      const l = expectKind(await ask(line), 'link');
      expect([l.a.name, l.b.name], line).toEqual(['Matteo Piantedosi', 'Khalifa Haftar']);
    }
  });

  it('shows where two named in one article, never in one sentence, come closest', async () => {
    const l = expectKind(await ask('/link Omar Benali Salem Darwish'), 'link');
    expect([l.a.name, l.b.name]).toEqual(['Omar Benali', 'Salem Darwish']);
    expect(l.events).toEqual([]);
    expect(l.sentences).toEqual([]);
    expect(l.ties).toEqual([]);
    expect(l.nearby.length).toBe(2);
    expect(renderText(l)).toContain('Never named in one sentence; close together in 1 article');
  });

  it('says "no connection found" when two people are never named in one article', async () => {
    const l = expectKind(await ask('/link Omar Benali Almasri'), 'link');
    expect(l.articles).toEqual([]);
    expect(l.nearby).toEqual([]);
    expect(renderText(l)).toContain('No connection found between Omar Benali and Najeem Almasri');
  });

  it('refuses one name, the same person twice, and unknown names politely', async () => {
    expect(expectKind(await ask('/link Almasri'), 'problem').message).toMatch(/two names/);
    expect(expectKind(await ask(`/link ${'Almasri '.repeat(40)}`), 'problem').message).toMatch(/two names/);
    expect(expectKind(await ask('/link Almasri Almasry'), 'problem').message).toMatch(/Both names mean Najeem Almasri/);
    expect(expectKind(await ask('/link Almasri and Zqxvbn Plortho'), 'not-found').query).toBe('Zqxvbn Plortho');
  });
});

describe('/sources', () => {
  let store: Store;
  let sctx: CommandContext;
  beforeAll(() => {
    store = openStore(':memory:');
    addGenerated(store);
    addSpokeswoman(store);
    sctx = { store, commands };
  });
  afterAll(() => store.close());

  it('lists the articles behind an actor, newest first, with how many sentences name them', async () => {
    const s = expectKind(await ask('/sources Amina Farouk', sctx), 'sources');
    expect(s.actor?.name).toBe('Amina Farouk');
    expect(s.articles.map((a) => a.article.published)).toEqual(['2025-02-11', '2024-01-08']);
    expect(s.articles.map((a) => a.article.title)).toEqual(['Ministry admits shortfall', 'Ministry defends budget']);
    for (const a of s.articles) expect(a.mentions).toBeGreaterThan(0);
  });

  it('lists the articles on a topic, by words', async () => {
    const s = expectKind(await ask('/sources fuel subsidies', sctx), 'sources');
    expect(s.actor).toBeNull();
    expect(s.articles.map((a) => a.article.path)).toEqual(['generated/farouk-2025.txt']);
    // the Almasri file matches too ("arrested", "Tripoli's"), in one sentence
    const all = expectKind(await ask('/sources arrested Tripoli'), 'sources');
    const mentions = new Map(all.articles.map((a) => [a.article.path?.split('/').pop(), a.mentions]));
    expect(mentions).toEqual(new Map([['thirty-ministers.txt', 30], ['almasri-affair-italy-file.txt', 1]]));
  });

  it('falls back to any of the words when no sentence has them all', async () => {
    const s = expectKind(await ask('/sources Mitiga prison'), 'sources');
    expect(s.articles.map((a) => a.article.path ?? '')).toEqual([expect.stringContaining('almasri-affair-italy-file.txt')]);
  });

  it('answers "not found" for words nowhere in the index', async () => {
    expect(expectKind(await ask('/sources Zqxvbn Plortho'), 'not-found').what).toBe('subject');
  });
});

describe('/retract (channel managers only)', () => {
  let store: Store;
  beforeAll(async () => {
    store = openStore(':memory:');
    await ingestPaths(store, [SEEDS]);
    addGenerated(store);
  });
  afterAll(() => store.close());
  const as = (manager: boolean): CommandContext => ({ store, commands, user: { id: 'u1', name: 'editor', manager } });

  it('refuses someone who does not manage the channel, and changes nothing', async () => {
    const before = store.counts();
    const p = expectKind(await ask('/retract thirty-ministers.txt', as(false)), 'problem');
    expect(p.message).toMatch(/Only people who manage this channel can use \/retract/);
    expect(store.counts()).toEqual(before);
  });

  it('removes nothing on words that only appear in titles, and offers those articles instead', async () => {
    const before = store.counts();
    // "Benghazi" is in one title, but it is not that article's title: no removal on a partial match
    const nf = expectKind(await ask('/retract Benghazi', as(true)), 'not-found');
    expect(nf.what).toBe('article');
    expect(nf.suggestions).toEqual(['piantedosi-meets-haftar-benghazi.txt']);
    const several = expectKind(await ask('/retract minister', as(true)), 'not-found');
    expect(several.suggestions.sort()).toEqual(['piantedosi-meets-haftar-benghazi.txt', 'thirty-ministers.txt']);
    expect(expectKind(await ask('/retract no-such-file.txt', as(true)), 'not-found').suggestions).toEqual([]);
    expect(store.counts()).toEqual(before);
  });

  it('asks for one article when an exact reference names several, and removes nothing', async () => {
    const dup = openStore(':memory:');
    for (const [i, path] of ['a/same.txt', 'b/same.txt'].entries()) {
      const a = parseArticle(`Same story\n\nOmar Benali was arrested in Tripoli on March ${i + 1}, 2024.\n`, { path });
      dup.saveArticle(a, extract(a));
    }
    const p = expectKind(await ask('/retract same.txt', { store: dup, commands, user: { id: 'u', manager: true } }), 'problem');
    expect(p.message).toMatch(/names 2 articles; nothing was removed/);
    expect(dup.counts().articles).toBe(2);
    dup.close();
  });
  it('removes one article with its facts and the names only it mentioned', async () => {
    const before = store.counts();
    const n = expectKind(await ask('/retract thirty-ministers.txt', as(true)), 'notice');
    expect(n.lines.join(' ')).toMatch(/thirty-ministers\.txt/);
    expect(n.lines.join(' ')).not.toMatch(/generated\//); // a file name, never a server path
    const after = store.counts();
    expect(after.articles).toBe(before.articles - 1);
    expect(after.events).toBeLessThan(before.events);
    expect(expectKind(await ask('/who Omar Benali', { store, commands }), 'not-found').what).toBe('actor');
    // the seed articles are untouched
    expect(expectKind(await ask('/who Almasri', { store, commands }), 'profile').events.length).toBeGreaterThan(0);
  });
});

/** An index of one article (its front matter, then its paragraphs) for the commands `run` asks. */
async function withOneArticle(meta: Record<string, string>, paragraphs: string[], run: (local: CommandContext) => Promise<void>): Promise<void> {
  const store = openStore(':memory:');
  try {
    const text = ['---', ...Object.entries(meta).map(([k, v]) => `${k}: ${v}`), '---', paragraphs.join('\n\n'), ''].join('\n');
    const article = parseArticle(text, { path: 'one.md' });
    store.saveArticle(article, extract(article));
    await run({ ...ctx, store });
  } finally {
    store.close();
  }
}

describe('/when in the editor’s own word', () => {
  it('a word that tells the same happening from another side still finds it', async () => {
    await withOneArticle({ published: '2024-06-05' }, ['Ana Poe beat Dan Hill in the mayoral race on Tuesday, taking 58 percent of the vote.', 'Two people died when a bus crashed into a wall in Greywater on Monday, police said.'], async (local) => {
      const lost = expectKind(await ask('/when hill concedes', local), 'dates');
      expect(lost.events.map((e) => e.date.start)).toEqual(['2024-06-04']);
    });
  });

  it('"/when X won" finds the election X won, not the round a rival won against X', async () => {
    await withOneArticle(
      { published: '2020-01-01' },
      ['Opposition leader Ana Poe has won the presidential election, the electoral commission announced on Wednesday.', 'Mira Lind won the first round of voting on November 24 with 40 percent against 28 percent for Poe.'],
      async (local) => {
        const d = expectKind(await ask('/when poe won', local), 'dates');
        expect(d.events.map((e) => e.summary)).toEqual([expect.stringMatching(/^Ana Poe won/)]);
      },
    );
  });

  it('"/timeline <company>" has what its officers did in the articles that name it', async () => {
    await withOneArticle({ published: '2024-03-26' }, ['Tomas Ekdahl, the chief executive of Harbor Rail, resigned on Monday.', 'Ekdahl was arrested in Oslo on Sunday.'], async (local) => {
      const t = expectKind(await ask('/timeline harbor rail', local), 'timeline');
      expect(t.events.map((e) => [e.type, e.date.start])).toEqual([
        ['arrest', '2024-03-24'],
        ['resign', '2024-03-25'],
      ]);
    });
  });

  it('"/when poe beat lind" is the match Poe won, not the one Lind won', async () => {
    await withOneArticle({ published: '2014-10-27' }, ['Ana Poe beat Mira Lind 6-3, 6-0 in the final on Sunday.', 'Mira Lind had beaten Ana Poe 6-0, 6-2 in the group stage on Wednesday.'], async (local) => {
      const poe = expectKind(await ask('/when poe beat lind', local), 'dates');
      expect(poe.events.map((e) => e.date.start)).toEqual(['2014-10-26']);
      const lind = expectKind(await ask('/when lind beat poe', local), 'dates');
      expect(lind.events.map((e) => e.date.start)).toEqual(['2014-10-22']);
    });
  });

  it('"/when X election" for the candidate who lost finds the day they conceded', async () => {
    await withOneArticle({ published: '2024-07-16' }, ['Opposition candidate Mira Tobal conceded defeat to President Ansel Varo on Monday after partial results gave him 91 percent.'], async (local) => {
      const election = expectKind(await ask('/when tobal election', local), 'dates');
      expect(election.events.map((e) => [e.type, e.date.start])).toEqual([['lose', '2024-07-15']]);
    });
  });

  it('"/when X charged" finds the day X appeared in court on the charge, not the day the charge says', async () => {
    await withOneArticle({ published: '2016-09-16' }, ['Karim Osei appeared before Chief Magistrate Ama Mensah on Thursday on the charge that on September 8 he robbed a bank in Tema.'], async (local) => {
      const charged = expectKind(await ask('/when osei charged', local), 'dates');
      expect(charged.events.map((e) => e.date.start)).toEqual(['2016-09-15']);
    });
  });

  it('the headline tells the lead’s event too: "/when ghana final results" finds the figures released', async () => {
    await withOneArticle({ title: 'Ghana ruling party won the polls by 61% – final results', published: '2017-09-06' }, ['Ghana’s Electoral Commission on Wednesday released official figures from the August 23 polls.', 'The commission said turnout was high.', 'Karim Osei said the count in Tema was fair and free.'], async (local) => {
      const dates = expectKind(await ask('/when ghana final results', local), 'dates');
      expect(dates.events.map((e) => e.date.start)).toContain('2017-09-06');
    });
  });

  it('/link of two never named in one sentence shows the nearest sentences naming each, and the organisation both belong to', async () => {
    await withOneArticle({ published: '2019-01-30' }, ['Halvard Motors said on Wednesday that Chief Financial Officer Ama Mensah is retiring.', 'She will stay on as an adviser.', 'Halvard Motors named Karim Osei, its vice president of finance, to replace her.'], async (local) => {
      const l = expectKind(await ask('/link mensah osei', local), 'link');
      expect(l.nearby.length).toBe(2);
      expect(l.through.map((a) => a.name)).toContain('Halvard Motors');
      const text2 = renderText(l);
      expect(text2).toContain('close together');
      expect(text2).toContain('named Karim Osei');
    });
  });

  it('/link of a successor and the one replaced shows the event and still the organisation both belong to', async () => {
    await withOneArticle({ published: '2019-01-31' }, ['Halvard Motors said on Wednesday that Chief Financial Officer Ama Mensah is retiring.', 'She will be replaced by Karim Osei, Halvard Motors’ vice president of finance.'], async (local) => {
      const l = expectKind(await ask('/link mensah osei', local), 'link');
      expect(l.events.map((e) => e.summary)).toEqual(['Karim Osei named to replace Ama Mensah']);
      expect(l.through.map((a) => a.name)).toEqual(['Halvard Motors']);
      expect(renderText(l)).toContain('Both with:');
    });
  });

  it('words inside a quotation do not make the sentence’s event the answer: "/when osei tema plant close" is not the day he spoke', async () => {
    await withOneArticle({ published: '2023-07-19' }, ['Halvard Motors reported a loss on Wednesday.', '“The Tema plant will close effective August 31,” Karim Osei said at a press conference on Wednesday.'], async (local) => {
      const r = await ask('/when osei tema plant close', local);
      const dates = expectKind(r, 'dates');
      expect(dates.events.map((e) => e.summary)).toEqual([]);
    });
  });

  it('“conceded defeat” is a loss, “conceded a penalty” is not', () => {
    const x = extract(parseArticle('Mayor Dan Hill conceded defeat on Tuesday.\n\nThe striker conceded a penalty on Tuesday.\n', { path: 'c.txt' }));
    expect(x.events.map((e) => [e.type, e.summary])).toEqual([['lose', 'Dan Hill conceded defeat']]);
  });
});

describe('/who with the first word of a name', () => {
  it('answers with the one person who goes by it, and offers a choice when several do', async () => {
    await withOneArticle({ published: '2023-07-19' }, ['Kestrel University President Anatol Moreau said on Wednesday he would step down.'], async (local) => {
      expect(expectKind(await ask('/who anatol', local), 'profile').actor.name).toBe('Anatol Moreau');
      // a prefix of it is still only offered
      const r = expectKind(await ask('/who anat', local), 'not-found');
      expect(r.suggestions).toContain('Anatol Moreau');
    });
    await withOneArticle(
      { published: '2023-07-19' },
      ['Senator Ravi Davis spoke in Kestrel on Wednesday.', 'Finance Minister Ravi Okafor said the budget would pass.', 'Judge Ravi Lund adjourned the case.'],
      async (local) => {
        // three people go by "Ravi": a choice, not the one whose surname is a letter from it
        const c = expectKind(await ask('/who ravi', local), 'choices');
        expect(c.choices.map((x) => x.name).sort()).toEqual(['Ravi Davis', 'Ravi Lund', 'Ravi Okafor']);
      },
    );
  });

  it('answers with the one organisation it names, less the kind of body it is ("kestrel": Kestrel University)', async () => {
    await withOneArticle({ published: '2023-07-19' }, ['Kestrel University President Anatol Moreau said on Wednesday he would step down.'], async (local) => {
      expect(expectKind(await ask('/who kestrel', local), 'profile').actor.name).toBe('Kestrel University');
    });
  });
});
