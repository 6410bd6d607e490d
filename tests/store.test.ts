import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ActorType,
  Article,
  ExtractedActor,
  ExtractedEvent,
  ExtractedQuote,
  Extraction,
  FactDate,
  Role,
} from '../src/domain.ts';
import { nameKey, nameKeys, surnameKey } from '../src/search/keys.ts';
import { MIGRATIONS, openStore, SCHEMA_VERSION, type Store } from '../src/store/index.ts';

// ---- builders ----

let hashCounter = 0;

function article(opts: {
  sentences: string[];
  path?: string | null;
  url?: string | null;
  hash?: string;
  title?: string;
  published?: string | null;
}): Article {
  let offset = 0;
  const sentences = opts.sentences.map((text, index) => {
    const start = offset;
    offset += text.length + 1;
    return { index, text, start, end: start + text.length };
  });
  return {
    path: opts.path === undefined ? null : opts.path,
    url: opts.url === undefined ? null : opts.url,
    title: opts.title ?? 'A title',
    byline: null,
    published: opts.published === undefined ? '2025-01-22' : opts.published,
    sources: ['alwasat.ly'],
    text: opts.sentences.join(' '),
    sentences,
    hash: opts.hash ?? `hash-${++hashCounter}`,
  };
}

function actor(
  id: number,
  name: string,
  type: ActorType,
  mentions: number[],
  extra: Partial<Pick<ExtractedActor, 'aliases' | 'roles' | 'affiliations'>> = {},
): ExtractedActor {
  return { id, name, type, aliases: extra.aliases ?? [], roles: extra.roles ?? [], affiliations: extra.affiliations ?? [], mentions };
}

function role(title: string, sentenceIndex: number, sentence: string, organization: string | null = null): Role {
  return { title, organization, sentenceIndex, sentence };
}

const undated = (text = ''): FactDate => ({ start: null, end: null, precision: 'unknown', text });
const day = (d: string, text = d): FactDate => ({ start: d, end: d, precision: 'day', text });

function event(
  sentenceIndex: number,
  sentence: string,
  summary: string,
  date: FactDate,
  participants: ExtractedEvent['participants'] = [],
  extra: Partial<ExtractedEvent> = {},
): ExtractedEvent {
  return {
    sentenceIndex,
    sentence,
    type: 'arrest',
    summary,
    trigger: 'arrested',
    participants,
    place: null,
    date,
    ...extra,
  };
}

function quote(sentenceIndex: number, sentence: string, speakerId: number | null, speaker: string | null, words: string): ExtractedQuote {
  return { sentenceIndex, sentence, speakerId, speaker, words };
}

function extraction(parts: Partial<Extraction>): Extraction {
  return { mentions: [], actors: [], events: [], quotes: [], ...parts };
}

// ---- nameKey ----

describe('nameKey', () => {
  it('folds Arabic article variants to one key', () => {
    const keys = ['Al-Masri', 'Almasri', 'al masri', 'El-Masri', 'El Masri', 'AL MASRI'].map(nameKey);
    expect(new Set(keys)).toEqual(new Set(['masri']));
    expect(nameKey('Najeem Osama Almasri')).toBe(nameKey('Najeem Osama al-Masri'));
    expect(nameKey('as-Sarraj')).toBe('sarraj');
    expect(nameKey('Fayez al-Sarraj')).toBe('fayez sarraj');
    expect(nameKey('Al-Qaeda')).toBe(nameKey('Alqaeda'));
  });

  it('keeps given names and words that only look like al-/el-', () => {
    expect(nameKey('Alfredo Mantovano')).toBe('alfredo mantovano');
    for (const name of ['Alberto', 'Alexander', 'Alessandro', 'Elena', 'Elizabeth', 'Alvaro', 'Algeria', 'Albania', 'Alliance', 'Elkann', 'Alfano', 'Ali']) {
      expect(nameKey(name)).toBe(name.toLowerCase());
    }
    expect(nameKey('High National Elections Commission')).toBe('high national elections commission');
    expect(nameKey('Ash Carter')).toBe('ash carter');
    expect(nameKey('El Salvador')).toBe('el salvador');
  });

  it('removes diacritics, case, apostrophes and punctuation', () => {
    expect(nameKey('Nordío')).toBe(nameKey('Nordio'));
    expect(nameKey('Nordío')).toBe('nordio');
    expect(nameKey('Ḥafṭar')).toBe('haftar');
    expect(nameKey("Mu'ammar al-Qadhdhafi")).toBe('muammar qadhdhafi');
    expect(nameKey('U.S. Department of State')).toBe('us department of state');
    expect(nameKey('  Khalifa   Haftar ')).toBe('khalifa haftar');
    expect(nameKey('Straße')).toBe('strasse');
    expect(nameKey('')).toBe('');
    expect(nameKey('—')).toBe('');
  });

  it('joins Abd al- compounds and keeps bin/ibn/abu', () => {
    const variants = ['Abd al-Rahman', 'Abdel Rahman', 'Abdul-Rahman', 'Abdulrahman', 'Abdurrahman', 'Abdelrahman'];
    expect(new Set(variants.map(nameKey))).toEqual(new Set(['abdelrahman']));
    expect(nameKey('Abdulhamid Dbeibah')).toBe(nameKey('Abdel-Hamid Dbeibah'));
    expect(nameKey('Osama bin Laden')).toBe('osama bin laden');
    expect(nameKey('Abu Bakr ibn Umar')).toBe('abu bakr ibn umar');
  });

  it('keeps word order and is stable when applied to a key', () => {
    expect(nameKey('Haftar Khalifa')).toBe('haftar khalifa');
    for (const name of ['Najeem Osama Al-Masri', 'Abd al-Rahman', 'Alfredo Mantovano', 'Saif al-Islam Gaddafi']) {
      expect(nameKey(nameKey(name))).toBe(nameKey(name));
    }
  });

  it('nameKeys gives the full key plus the surname key', () => {
    expect(nameKeys('Khalifa Haftar')).toEqual(['khalifa haftar', 'haftar']);
    expect(nameKeys('Najeem Osama Al-Masri')).toEqual(['najeem osama masri', 'masri']);
    expect(nameKeys('Haftar')).toEqual(['haftar']);
    expect(nameKeys('')).toEqual([]);
    expect(surnameKey('Martin Luther King Jr.')).toBe('king');
    expect(surnameKey('Piantedosi')).toBeNull();
  });
});

// ---- store ----

describe('store', () => {
  let store: Store;
  beforeEach(() => {
    store = openStore(':memory:');
  });
  afterEach(() => {
    store.close();
  });

  const PIANTEDOSI_1 = 'Interior Minister Matteo Piantedosi defended the release.';
  const PIANTEDOSI_2 = 'Matteo Piantedosi spoke to the Senate on Wednesday.';

  it('merges the same person across two articles', () => {
    const a1 = article({ sentences: [PIANTEDOSI_1, 'He said nothing else.'], path: 'a1.txt', published: '2025-01-22' });
    const a2 = article({ sentences: ['Another day.', PIANTEDOSI_2], path: 'a2.txt', published: '2025-01-29' });
    const r1 = store.saveArticle(
      a1,
      extraction({
        actors: [actor(1, 'Matteo Piantedosi', 'person', [0, 1], { roles: [role('Interior Minister', 0, PIANTEDOSI_1)] })],
      }),
    );
    const r2 = store.saveArticle(a2, extraction({ actors: [actor(7, 'Matteo Piantedosi', 'person', [1], { aliases: ['Piantedosi'] })] }));
    expect(r1).toMatchObject({ status: 'added', actors: 1, events: 0, quotes: 0 });
    expect(r2.status).toBe('added');

    const actors = store.listActors();
    expect(actors).toHaveLength(1);
    const p = actors[0]!;
    expect(p.name).toBe('Matteo Piantedosi');
    expect(p.mentionCount).toBe(3);
    expect(p.articles.map((a) => a.id)).toEqual([r1.articleId, r2.articleId]);
    expect(p.aliases).toEqual(['Piantedosi']);
    expect(p.roles).toHaveLength(1);
    expect(p.roles[0]).toMatchObject({ title: 'Interior Minister', citation: { sentenceIndex: 0, sentence: PIANTEDOSI_1 } });
    expect(p.roles[0]!.citation!.article).toMatchObject({ id: r1.articleId, path: 'a1.txt', sources: ['alwasat.ly'] });
    expect(store.articlesForActor(p.id).map((a) => a.path)).toEqual(['a1.txt', 'a2.txt']);
    expect(store.sentencesMentioning(p.id).map((c) => c.sentence)).toEqual([PIANTEDOSI_1, 'He said nothing else.', PIANTEDOSI_2]);
    expect(store.counts()).toEqual({ articles: 2, actors: 1, events: 0, quotes: 0 });
  });

  it('merges a surname-only mention into the one person with that surname, and upgrades a bare canonical name', () => {
    store.saveArticle(article({ sentences: ['Khalifa Haftar met envoys.'] }), extraction({ actors: [actor(1, 'Khalifa Haftar', 'person', [0])] }));
    store.saveArticle(article({ sentences: ['Haftar refused.'] }), extraction({ actors: [actor(1, 'Haftar', 'person', [0])] }));
    let actors = store.listActors();
    expect(actors).toHaveLength(1);
    expect(actors[0]).toMatchObject({ name: 'Khalifa Haftar', aliases: ['Haftar'], mentionCount: 2 });

    // The other way round: a bare name first, the full name later.
    store.saveArticle(article({ sentences: ['Dbeibah spoke.'] }), extraction({ actors: [actor(1, 'Dbeibah', 'person', [0])] }));
    store.saveArticle(
      article({ sentences: ['Abdul Hamid Dbeibah spoke again.'] }),
      extraction({ actors: [actor(1, 'Abdul Hamid Dbeibah', 'person', [0], { aliases: ['Dbeibah'] })] }),
    );
    actors = store.listActors();
    expect(actors).toHaveLength(2);
    const dbeibah = actors.find((a) => a.name.includes('Dbeibah'))!;
    expect(dbeibah.name).toBe('Abdul Hamid Dbeibah');
    expect(dbeibah.aliases).toEqual(['Dbeibah']);
    expect(store.actorNames().filter((n) => n.actorId === dbeibah.id)).toEqual([
      { actorId: dbeibah.id, name: 'Abdul Hamid Dbeibah', kind: 'name', type: 'person' },
      { actorId: dbeibah.id, name: 'Dbeibah', kind: 'alias', type: 'person' },
    ]);
  });

  it('does not merge a bare surname shared by two stored persons', () => {
    store.saveArticle(
      article({ sentences: ['Khalifa Haftar and his son Khaled Haftar arrived.'] }),
      extraction({
        actors: [
          actor(1, 'Khalifa Haftar', 'person', [0], { aliases: ['Haftar'] }),
          actor(2, 'Khaled Haftar', 'person', [0]),
        ],
      }),
    );
    expect(store.listActors()).toHaveLength(2);

    store.saveArticle(article({ sentences: ['Haftar refused.'] }), extraction({ actors: [actor(1, 'Haftar', 'person', [0])] }));
    const names = store.listActors().map((a) => a.name).sort();
    expect(names).toEqual(['Haftar', 'Khaled Haftar', 'Khalifa Haftar']);
    const khalifa = store.listActors().find((a) => a.name === 'Khalifa Haftar')!;
    expect(khalifa.mentionCount).toBe(1);

    // A second bare "Haftar" joins the bare one kept apart, not a new fourth actor.
    store.saveArticle(article({ sentences: ['Haftar again.'] }), extraction({ actors: [actor(1, 'Haftar', 'person', [0])] }));
    expect(store.listActors()).toHaveLength(3);
    expect(store.listActors().find((a) => a.name === 'Haftar')!.mentionCount).toBe(2);

    // A longer full name compatible with exactly one stored full name merges into it.
    store.saveArticle(
      article({ sentences: ['Khalifa Belqasim Haftar spoke.'] }),
      extraction({ actors: [actor(1, 'Khalifa Belqasim Haftar', 'person', [0])] }),
    );
    expect(store.listActors()).toHaveLength(3);
    const upgraded = store.getActor(khalifa.id)!;
    expect(upgraded.name).toBe('Khalifa Belqasim Haftar');
    expect(upgraded.aliases).toContain('Khalifa Haftar');

    // "Khaled Haftar" with a "Haftar" alias stays Khaled.
    store.saveArticle(
      article({ sentences: ['Khaled Haftar visited Rome.'] }),
      extraction({ actors: [actor(1, 'Khaled Haftar', 'person', [0], { aliases: ['Haftar'] })] }),
    );
    expect(store.listActors()).toHaveLength(3);
    expect(store.listActors().find((a) => a.name === 'Khaled Haftar')!.mentionCount).toBe(2);
  });

  it('matches across spellings by name key and respects types', () => {
    store.saveArticle(
      article({ sentences: ['Najeem Osama Al-Masri was arrested in Turin.'] }),
      extraction({
        actors: [actor(1, 'Najeem Osama Al-Masri', 'person', [0]), actor(2, 'Turin', 'place', [0])],
      }),
    );
    store.saveArticle(
      article({ sentences: ['Najeem Osama Almasri was flown to Tripoli.', 'Turin FC lost.'] }),
      extraction({
        actors: [
          actor(1, 'Najeem Osama Almasri', 'person', [0]),
          actor(2, 'Turin', 'organization', [1]),
          actor(3, 'Tripoli', 'other', [0]),
        ],
      }),
    );
    store.saveArticle(article({ sentences: ['Tripoli is calm.'] }), extraction({ actors: [actor(1, 'Tripoli', 'place', [0])] }));

    const actors = store.listActors();
    const masri = actors.filter((a) => a.type === 'person');
    expect(masri).toHaveLength(1);
    expect(masri[0]!.name).toBe('Najeem Osama Al-Masri');
    expect(masri[0]!.aliases).toEqual(['Najeem Osama Almasri']);
    // Place Turin and the football club do not merge; 'other' Tripoli matches the place and takes its type.
    expect(actors.filter((a) => a.name === 'Turin').map((a) => a.type).sort()).toEqual(['organization', 'place']);
    const tripoli = actors.filter((a) => a.name === 'Tripoli');
    expect(tripoli).toHaveLength(1);
    expect(tripoli[0]).toMatchObject({ type: 'place', mentionCount: 2 });

    expect(store.findActorsByKey(nameKey('al masri')).map((a) => a.id)).toEqual([masri[0]!.id]);
    expect(store.findActorsByKey('najeem osama masri').map((a) => a.id)).toEqual([masri[0]!.id]);
    expect(store.findActorsByKey('turin')).toHaveLength(2);
    expect(store.findActorsByKey('nobody')).toEqual([]);
  });

  it('returns unchanged for the same hash and writes nothing', () => {
    const a = article({ sentences: ['Khalifa Haftar met envoys.'], path: 'x.txt', hash: 'same' });
    const ex = extraction({
      actors: [actor(1, 'Khalifa Haftar', 'person', [0])],
      events: [event(0, 'Khalifa Haftar met envoys.', 'Haftar met envoys', undated(), [{ actorId: 1, name: 'Khalifa Haftar', part: 'agent' }], { type: 'meet', trigger: 'met' })],
    });
    const first = store.saveArticle(a, ex);
    const before = store.counts();
    const again = store.saveArticle({ ...a, path: 'elsewhere.txt' }, ex);
    expect(again).toEqual({ status: 'unchanged', articleId: first.articleId, actors: 1, events: 1, quotes: 0 });
    expect(store.counts()).toEqual(before);
    expect(store.listActors()[0]!.mentionCount).toBe(1);
  });

  it('replaces an article with the same path and drops orphaned actors and old events', () => {
    const shared = 'Matteo Piantedosi spoke.';
    const other = article({ sentences: [shared], path: 'other.txt' });
    store.saveArticle(other, extraction({ actors: [actor(1, 'Matteo Piantedosi', 'person', [0])] }));

    const v1 = article({ sentences: ['Carlo Nordio and Matteo Piantedosi met.', 'Nordio left.'], path: 'news/a.txt', hash: 'v1' });
    const r1 = store.saveArticle(
      v1,
      extraction({
        actors: [actor(1, 'Carlo Nordio', 'person', [0, 1]), actor(2, 'Matteo Piantedosi', 'person', [0])],
        events: [
          event(0, 'Carlo Nordio and Matteo Piantedosi met.', 'Nordio met Piantedosi', day('2025-01-21'), [
            { actorId: 1, name: 'Carlo Nordio', part: 'agent' },
            { actorId: 2, name: 'Matteo Piantedosi', part: 'other' },
          ], { type: 'meet', trigger: 'met' }),
        ],
        quotes: [quote(1, 'Nordio left.', 1, 'Nordio', 'I am leaving')],
      }),
    );
    expect(store.counts()).toEqual({ articles: 2, actors: 2, events: 1, quotes: 1 });
    const piantedosiId = store.findActorsByKey('matteo piantedosi')[0]!.id;

    const v2 = article({ sentences: ['Matteo Piantedosi was questioned.'], path: 'news/a.txt', hash: 'v2' });
    const r2 = store.saveArticle(
      v2,
      extraction({
        actors: [actor(1, 'Matteo Piantedosi', 'person', [0])],
        events: [event(0, 'Matteo Piantedosi was questioned.', 'Piantedosi questioned', undated(), [{ actorId: 1, name: 'Matteo Piantedosi', part: 'subject' }], { type: 'investigate', trigger: 'questioned' })],
      }),
    );
    expect(r2.status).toBe('replaced');
    expect(r2.articleId).not.toBe(r1.articleId);
    expect(store.getArticle(r1.articleId)).toBeNull();
    expect(store.getArticle(r2.articleId)).toMatchObject({ path: 'news/a.txt', text: 'Matteo Piantedosi was questioned.' });
    expect(store.counts()).toEqual({ articles: 2, actors: 1, events: 1, quotes: 0 });
    expect(store.findActorsByKey('carlo nordio')).toEqual([]);
    expect(store.listEvents().map((e) => e.summary)).toEqual(['Piantedosi questioned']);
    expect(store.searchEvents(['Nordio'])).toEqual([]);
    const p = store.getActor(piantedosiId)!;
    expect(p.mentionCount).toBe(2);
    expect(p.articles.map((a) => a.path).sort()).toEqual(['news/a.txt', 'other.txt']);
    expect(store.eventsForActor(piantedosiId).map((e) => e.summary)).toEqual(['Piantedosi questioned']);
  });

  it('replaces by url as well', () => {
    store.saveArticle(article({ sentences: ['One.'], url: 'https://x.test/a', hash: 'u1' }), extraction({}));
    const r = store.saveArticle(article({ sentences: ['Two.'], url: 'https://x.test/a', path: 'saved.html', hash: 'u2' }), extraction({}));
    expect(r.status).toBe('replaced');
    expect(store.listArticles().map((a) => a.url)).toEqual(['https://x.test/a']);
  });

  it('writes nothing when a participant refers to an unknown local actor', () => {
    store.saveArticle(article({ sentences: ['Carlo Nordio spoke.'] }), extraction({ actors: [actor(1, 'Carlo Nordio', 'person', [0])] }));
    const before = store.counts();
    const bad = extraction({
      actors: [actor(1, 'Carlo Nordio', 'person', [0], { aliases: ['Nordio'] }), actor(2, 'Giorgia Meloni', 'person', [0])],
      events: [event(0, 'Nordio and Meloni met.', 'Nordio met Meloni', undated(), [{ actorId: 99, name: 'Ghost', part: 'agent' }])],
    });
    expect(() => store.saveArticle(article({ sentences: ['Nordio and Meloni met.'] }), bad)).toThrow(/unknown actor id 99/);
    expect(store.counts()).toEqual(before);
    expect(store.listActors()[0]!.aliases).toEqual([]);
    expect(store.findActorsByKey('giorgia meloni')).toEqual([]);
  });

  it('writes nothing when a later insert fails, and keeps the old version on a failed replace', () => {
    const v1 = article({ sentences: ['Carlo Nordio spoke.'], path: 'p.txt', hash: 'p1' });
    const r1 = store.saveArticle(v1, extraction({ actors: [actor(1, 'Carlo Nordio', 'person', [0])] }));
    const before = store.counts();
    const bad = extraction({
      actors: [actor(1, 'Giorgia Meloni', 'person', [0])],
      events: [
        event(0, 'Meloni spoke.', 'Meloni spoke', undated(), [{ actorId: 1, name: 'Meloni', part: 'boss' as 'agent' }]),
      ],
    });
    expect(() => store.saveArticle(article({ sentences: ['Meloni spoke.'], path: 'p.txt', hash: 'p2' }), bad)).toThrow();
    expect(store.counts()).toEqual(before);
    expect(store.getArticle(r1.articleId)).not.toBeNull();
    expect(store.listActors().map((a) => a.name)).toEqual(['Carlo Nordio']);
    // The store is still usable afterwards.
    expect(store.saveArticle(article({ sentences: ['Meloni spoke.'], path: 'p.txt', hash: 'p3' }), extraction({})).status).toBe('replaced');
  });

  it('orders events by date with undated last, then by article and sentence', () => {
    const s = ['Undated thing happened.', 'On January 21st, 2025 something.', 'In 2016 an older thing.', 'Also January 21st.'];
    const r1 = store.saveArticle(
      article({ sentences: s }),
      extraction({
        events: [
          event(0, s[0]!, 'undated A', { start: null, end: null, precision: 'relative', text: 'on Wednesday' }),
          event(3, s[3]!, 'jan 21 second', day('2025-01-21')),
          event(1, s[1]!, 'jan 21 first', day('2025-01-21', 'On January 21st, 2025')),
          event(2, s[2]!, 'year 2016', { start: '2016-01-01', end: '2016-12-31', precision: 'year', text: 'In 2016', approximate: true }),
        ],
      }),
    );
    const s2 = ['Another undated.', 'Mid 2025 thing.'];
    store.saveArticle(
      article({ sentences: s2 }),
      extraction({
        events: [
          event(0, s2[0]!, 'undated B', undated()),
          event(1, s2[1]!, 'mid 2025', { start: '2025-05-01', end: '2025-08-31', precision: 'part-of-year', text: 'mid-2025', part: 'mid' }),
        ],
      }),
    );
    const events = store.listEvents();
    expect(events.map((e) => e.summary)).toEqual(['year 2016', 'jan 21 first', 'jan 21 second', 'mid 2025', 'undated A', 'undated B']);
    expect(events[0]!.date).toEqual({ start: '2016-01-01', end: '2016-12-31', precision: 'year', text: 'In 2016', part: null, approximate: true });
    expect(events[3]!.date.part).toBe('mid');
    expect(events[1]!.citation).toMatchObject({ sentenceIndex: 1, sentence: s[1], article: { id: r1.articleId } });
  });

  it('searches events by substring without letting user text become FTS syntax', () => {
    const s = ['Najeem Osama Almasri was arrested in Turin on January 19th.', 'Nordío said the "warrant" was flawed.'];
    store.saveArticle(
      article({ sentences: s }),
      extraction({
        actors: [actor(1, 'Najeem Osama Almasri', 'person', [0])],
        events: [
          event(0, s[0]!, 'Almasri arrested in Turin', day('2025-01-19'), [{ actorId: 1, name: 'Almasri', part: 'subject' }]),
          event(1, s[1]!, 'Nordio criticised the warrant', undated(), [], { type: 'statement', trigger: 'said' }),
        ],
      }),
    );
    expect(store.searchEvents(['masri']).map((e) => e.summary)).toEqual(['Almasri arrested in Turin']);
    expect(store.searchEvents(['ARRESTED', 'turin']).map((e) => e.summary)).toEqual(['Almasri arrested in Turin']);
    expect(store.searchEvents(['arrested', 'warrant'])).toEqual([]);
    expect(store.searchEvents(['nordio']).map((e) => e.summary)).toEqual(['Nordio criticised the warrant']);
    // a NUL ends a string in FTS5's query syntax: it must not make the query unterminated
    expect(store.searchEvents(['masri\u0000 arrested'])).toEqual([]);
    expect(store.searchEvents(['"warrant"']).map((e) => e.summary)).toEqual(['Nordio criticised the warrant']);
    expect(store.searchEvents(['in', 'Turin']).map((e) => e.summary)).toEqual(['Almasri arrested in Turin']);
    expect(store.searchEvents(['on']).length).toBe(1);
    expect(store.searchEvents([]).length).toBe(0);
    expect(store.searchEvents(['  ']).length).toBe(0);
    for (const nasty of ['"', '""', 'a"b', 'NEAR(', 'masri OR turin', 'AND', 'NOT', '*', 'mas*', '-turin', 'summary:masri', '^x', '(', ')', "'", '{a b}:c', '\\']) {
      expect(() => store.searchEvents([nasty])).not.toThrow();
      expect(() => store.searchEvents(['turin', nasty])).not.toThrow();
    }
    expect(store.searchEvents(['masri OR turin'])).toEqual([]);
    const hit = store.searchEvents(['turin'])[0]!;
    expect(hit.participants).toEqual([{ actorId: store.listActors()[0]!.id, name: 'Najeem Osama Almasri', type: 'person', part: 'subject' }]);
  });

  it('stores quotes with resolved speakers, raw speakers and the article date', () => {
    const s = ['"We will appeal," said Carlo Nordio.', '"No comment," a spokesman said.'];
    const r = store.saveArticle(
      article({ sentences: s, published: '2025-01-23' }),
      extraction({
        actors: [actor(4, 'Carlo Nordio', 'person', [0])],
        quotes: [quote(0, s[0]!, 4, 'Carlo Nordio', 'We will appeal'), quote(1, s[1]!, null, 'a spokesman', 'No comment')],
      }),
    );
    expect(r).toMatchObject({ status: 'added', actors: 1, quotes: 2 });
    const nordio = store.findActorsByKey('nordio')[0]!;
    const quotes = store.listQuotes();
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({
      speaker: { actorId: nordio.id, name: 'Carlo Nordio' },
      speakerText: 'Carlo Nordio',
      words: 'We will appeal',
      date: { start: '2025-01-23', end: '2025-01-23', precision: 'day' },
      citation: { sentenceIndex: 0, sentence: s[0] },
    });
    expect(quotes[1]).toMatchObject({ speaker: null, speakerText: 'a spokesman', words: 'No comment' });
    expect(store.quotesForActor(nordio.id).map((q) => q.words)).toEqual(['We will appeal']);

    store.saveArticle(
      article({ sentences: ['"Later," he said.'], published: null }),
      extraction({ actors: [actor(1, 'Nordio', 'person', [0])], quotes: [quote(0, '"Later," he said.', 1, 'he', 'Later')] }),
    );
    const later = store.quotesForActor(nordio.id);
    expect(later.map((q) => q.words)).toEqual(['We will appeal', 'Later']);
    expect(later[1]!.date).toBeNull();
  });

  it('dedupes roles per actor and article, keeps affiliations and provenance sentences', () => {
    const s = ['General Commander Khalifa Haftar of the Libyan National Army spoke.', 'The general commander left.'];
    store.saveArticle(
      article({ sentences: s }),
      extraction({
        actors: [
          actor(1, 'Khalifa Haftar', 'person', [0, 1], {
            roles: [
              role('General Commander', 0, s[0]!, 'Libyan National Army'),
              role('general  commander', 1, s[1]!),
              // A provenance sentence the article's sentence list lacks is still cited.
              role('Field Marshal', 5, 'Field Marshal Haftar, in a caption.'),
            ],
            affiliations: ['Libyan National Army', 'Benghazi Chamber of Commerce', 'Khalifa Haftar'],
          }),
          actor(2, 'Libyan National Army', 'organization', [0], { aliases: ['LNA'] }),
        ],
      }),
    );
    store.saveArticle(
      article({ sentences: ['Khalifa Haftar, General Commander, returned.'] }),
      extraction({ actors: [actor(1, 'Khalifa Haftar', 'person', [0], { roles: [role('General Commander', 0, 'Khalifa Haftar, General Commander, returned.')], affiliations: ['LNA'] })] }),
    );
    const haftar = store.findActorsByKey('haftar')[0]!;
    expect(haftar.roles.map((r) => [r.title, r.citation!.sentenceIndex])).toEqual([
      ['General Commander', 0],
      ['Field Marshal', 5],
      ['General Commander', 0],
    ]);
    expect(haftar.roles[0]!.organization).toBe('Libyan National Army');
    expect(haftar.roles[1]!.citation!.sentence).toBe('Field Marshal Haftar, in a caption.');
    const lna = store.findActorsByKey('lna')[0]!;
    expect(haftar.affiliations).toEqual([
      { actorId: lna.id, name: 'Libyan National Army' },
      { actorId: null, name: 'Benghazi Chamber of Commerce' },
    ]);
    expect(store.listActors().map((a) => a.name)).toEqual(['Khalifa Haftar', 'Libyan National Army']);
  });

  it('lists articles and actor names', () => {
    const r = store.saveArticle(
      article({ sentences: ['Al-Wasat reported.'], title: 'T', url: 'https://alwasat.ly/x', published: null }),
      extraction({ actors: [actor(1, 'Al-Wasat', 'organization', [0], { aliases: ['al-wasat', 'Alwasat'] })] }),
    );
    expect(store.listArticles()).toEqual([
      { id: r.articleId, title: 'T', url: 'https://alwasat.ly/x', path: null, published: null, byline: null, sources: ['alwasat.ly'] },
    ]);
    expect(store.getArticle(r.articleId + 1)).toBeNull();
    expect(store.getActor(12345)).toBeNull();
    // Case-only variants of the canonical name are not aliases; other spellings are.
    expect(store.actorNames().map((n) => [n.name, n.kind])).toEqual([
      ['Al-Wasat', 'name'],
      ['Alwasat', 'alias'],
    ]);
  });
});

describe('store on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'briefbot-store-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the directory, uses WAL, records the schema version and reopens', () => {
    const path = join(dir, 'nested', 'deeper', 'index.db');
    const s1 = openStore(path);
    s1.saveArticle(article({ sentences: ['Carlo Nordio spoke.'] }), extraction({ actors: [actor(1, 'Carlo Nordio', 'person', [0])] }));
    s1.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();

    const s2 = openStore(path);
    expect(s2.counts()).toEqual({ articles: 1, actors: 1, events: 0, quotes: 0 });
    s2.close();
  });

  it('refuses a database from a newer schema', () => {
    const path = join(dir, 'future.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openStore(path)).toThrow(/newer/);
  });
});

describe('upgrading the extraction rules', () => {
  it('extracts the stored articles again when the index was built by other rules, once', async () => {
    const { ingestPaths, refreshFacts } = await import('../src/pipeline.ts');
    const { EXTRACTOR_VERSION, extract } = await import('../src/extract/index.ts');
    const { resolveActor } = await import('../src/search/resolve.ts');
    const seeds = join(import.meta.dirname, '..', 'data', 'articles');

    // what today's rules make of the seed articles
    const fresh = openStore(':memory:');
    expect(refreshFacts(fresh)).toBe(0); // an empty index is simply marked as built by these rules
    await ingestPaths(fresh, [seeds]);
    const expected = fresh.counts();

    // an index built by "older rules" that found nothing but the articles
    const old = openStore(':memory:');
    await ingestPaths(old, [seeds]);
    for (const ref of old.listArticles()) old.refreshArticle(ref.id, old.storedArticle(ref.id)!, { mentions: [], actors: [], events: [], quotes: [] });
    old.setMeta('extractor', 'older-rules');
    expect(old.counts()).toEqual({ articles: 2, actors: 0, events: 0, quotes: 0 });
    expect(resolveActor(old, 'Almasri').kind).toBe('none');

    expect(refreshFacts(old)).toBe(2);
    expect(old.counts()).toEqual(expected);
    expect(old.meta('extractor')).toBe(EXTRACTOR_VERSION);
    expect(resolveActor(old, 'Almasri').kind).toBe('found');
    // the stored article round-trips: extracting it again gives what ingest gave
    const ref = old.listArticles()[0]!;
    expect(extract(old.storedArticle(ref.id)!).events.length).toBeGreaterThan(0);
    expect(refreshFacts(old)).toBe(0);
    fresh.close();
    old.close();
  });
});

describe('who wrote it, who works there, when it was said', () => {
  let store: Store;
  beforeEach(() => {
    store = openStore(':memory:');
  });
  afterEach(() => {
    store.close();
  });

  it('a byline and credit lines make the writers actors of their own: /who finds them as authors', async () => {
    const { extract } = await import('../src/extract/index.ts');
    const { who } = await import('../src/briefing/profile.ts');
    const { parseArticle } = await import('../src/ingest/index.ts');
    const text = (n: number) =>
      `---\npublished: 2024-06-0${n}\nauthor: Lena Okafor\n---\nThe port of Calder reopened on Monday after the strike number ${n}.\n\nReporting by Tomas Brandt in Calder; Editing by Ruth Imre\n`;
    for (const n of [3, 4]) {
      const a = parseArticle(text(n), { path: `calder-${n}.md`, format: 'md' });
      expect(a.text).not.toMatch(/Reporting by/);
      store.saveArticle(a, extract(a));
    }
    const okafor = who(store, 'lena okafor');
    expect(okafor.kind).toBe('profile');
    if (okafor.kind !== 'profile') return;
    expect(okafor.actor.type).toBe('person');
    expect(okafor.credits).toEqual([{ role: 'author', articles: 2, cite: expect.any(Number) }]);
    const brandt = who(store, 'Brandt');
    expect(brandt.kind === 'profile' && brandt.credits.map((c) => [c.role, c.articles])).toEqual([['reporter', 2]]);
    const imre = who(store, 'ruth imre');
    expect(imre.kind === 'profile' && imre.credits.map((c) => c.role)).toEqual(['editor']);
    // cited by the line that says so
    if (imre.kind === 'profile') expect(imre.citations[0]!.sentence).toMatch(/^Reporting by Tomas Brandt/);
    const { renderText } = await import('../src/render/text.ts');
    expect(renderText(okafor)).toMatch(/Author of 2 articles/);
  });

  it('an organisation’s profile lists the people whose roles name it', async () => {
    const { who } = await import('../src/briefing/profile.ts');
    const s = ['Kestrel Air chief executive Ana Lutz said the airline would grow.', 'Kestrel Air deputy chief Idris Bako resigned.'];
    store.saveArticle(
      article({ sentences: s }),
      extraction({
        actors: [
          actor(1, 'Kestrel Air', 'organization', [0, 1]),
          actor(2, 'Ana Lutz', 'person', [0], { roles: [role('chief executive', 0, s[0]!, 'Kestrel Air')] }),
          actor(3, 'Idris Bako', 'person', [1], { roles: [role('deputy chief', 1, s[1]!, 'Kestrel Air')] }),
          actor(4, 'Mona Hale', 'person', [0]),
        ],
      }),
    );
    const p = who(store, 'kestrel air');
    expect(p.kind).toBe('profile');
    if (p.kind !== 'profile') return;
    expect(p.people.map((x) => [x.name, x.role])).toEqual([
      ['Ana Lutz', 'chief executive'],
      ['Idris Bako', 'deputy chief'],
    ]);
    expect(p.citations.map((c) => c.sentence)).toEqual(expect.arrayContaining(s));
    // a person's own profile lists no people
    const lutz = who(store, 'Ana Lutz');
    expect(lutz.kind === 'profile' && lutz.people).toEqual([]);
  });

  it('keeps when a quote was said and which event dates the story inferred', () => {
    const s = ['"We will appeal," Carlo Nordio said on Tuesday.', 'Nordio was dismissed.'];
    store.saveArticle(
      article({ sentences: s, published: '2025-01-23' }),
      extraction({
        actors: [actor(1, 'Carlo Nordio', 'person', [0, 1])],
        quotes: [{ ...quote(0, s[0]!, 1, 'Carlo Nordio', 'We will appeal'), date: day('2025-01-21', 'Tuesday') }],
        events: [event(1, s[1]!, 'Carlo Nordio dismissed', { ...day('2025-01-21', 'Tuesday'), inferred: true }, [{ actorId: 1, name: 'Carlo Nordio', part: 'subject' }])],
      }),
    );
    expect(store.listQuotes()[0]!.date).toMatchObject({ start: '2025-01-21', precision: 'day', text: 'Tuesday' });
    expect(store.listEvents()[0]!.date).toMatchObject({ start: '2025-01-21', inferred: true });
  });

  it('a month-precision publication date dates quotes at month precision', () => {
    const s = ['"No comment," said Carlo Nordio.'];
    store.saveArticle(article({ sentences: s, published: '2025-01' }), extraction({ actors: [actor(1, 'Carlo Nordio', 'person', [0])], quotes: [quote(0, s[0]!, 1, 'Carlo Nordio', 'No comment')] }));
    expect(store.listQuotes()[0]!.date).toMatchObject({ start: '2025-01-01', end: '2025-01-31', precision: 'month' });
  });
});

describe('schema 4 on an index built by schema 3', () => {
  it('adds credits, quote dates and role organisation keys to an existing index without losing a fact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-v3-'));
    const path = join(dir, 'old.db');
    const raw = new Database(path);
    for (const sql of MIGRATIONS.slice(0, 3)) raw.exec(sql);
    raw.pragma('user_version = 3');
    raw.exec(`INSERT INTO articles (id, path, title, published, hash, text, ingested_at) VALUES (1, 'a.txt', 'T', '2025-01-22', 'h', 'x', '2025-01-22');
      INSERT INTO actors (id, name, type, key) VALUES (1, 'Ana Lutz', 'person', 'ana lutz'), (2, 'Kestrel Air', 'organization', 'kestrel air');
      INSERT INTO sentences (article_id, idx, text) VALUES (1, 0, 'Kestrel Air chief Ana Lutz spoke.');
      INSERT INTO roles (actor_id, article_id, sentence_idx, title, title_key, organization) VALUES (1, 1, 0, 'chief', 'chief', 'Kestrel Air');
      INSERT INTO quotes (article_id, sentence_idx, actor_id, words) VALUES (1, 0, 1, 'We grow');`);
    raw.close();
    const store = openStore(path);
    try {
      expect(store.listQuotes()[0]).toMatchObject({ words: 'We grow', date: { start: '2025-01-22', precision: 'day' } });
      expect(store.peopleOf(2).map((p) => [p.name, p.title])).toEqual([['Ana Lutz', 'chief']]);
      expect(store.creditsForActor(1)).toEqual([]);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
