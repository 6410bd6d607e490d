// How saveArticle writes an article: many rows a statement, citations of sentences the article
// lacks, ties between stored actors broken by mentions, and few full-text segments an article.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActorType, Article, ExtractedActor, ExtractedEvent, ExtractedQuote, Extraction } from '../src/domain.ts';
import type { MatchExpression } from '../src/search/fts.ts';
import { openStore, type Store } from '../src/store/index.ts';

const fts = (e: string) => e as MatchExpression;

let hashes = 0;
function article(sentences: string[], path: string | null = null): Article {
  let offset = 0;
  return {
    path,
    url: null,
    title: 'A title',
    byline: null,
    published: '2025-01-22',
    sources: [],
    text: sentences.join(' '),
    sentences: sentences.map((text, index) => {
      const start = offset;
      offset += text.length + 1;
      return { index, text, start, end: start + text.length };
    }),
    hash: `hash-${++hashes}`,
  };
}
const actor = (id: number, name: string, type: ActorType, mentions: number[], extra: Partial<ExtractedActor> = {}): ExtractedActor => ({
  id,
  name,
  type,
  aliases: [],
  roles: [],
  affiliations: [],
  mentions,
  ...extra,
});
const extraction = (parts: Partial<Extraction>): Extraction => ({ mentions: [], actors: [], events: [], quotes: [], ...parts });
const event = (sentenceIndex: number, sentence: string, summary: string, participants: ExtractedEvent['participants'] = []): ExtractedEvent => ({
  sentenceIndex,
  sentence,
  type: 'arrest',
  summary,
  trigger: 'arrested',
  participants,
  place: null,
  date: { start: null, end: null, precision: 'unknown', text: '' },
});
const quote = (sentenceIndex: number, sentence: string, speakerId: number | null, words: string): ExtractedQuote => ({ sentenceIndex, sentence, speakerId, speaker: null, words });

let dir: string;
let file: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-store-save-'));
  file = join(dir, 'index.db');
  store = openStore(file);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('saveArticle', () => {
  it('stores an article of more rows than one statement writes, every fact in its order and with its own sentence', () => {
    const n = 250;
    const sentences = Array.from({ length: n }, (_, i) => `Sentence number ${i} tells of word${i} and more.`);
    const people = Array.from({ length: 3 }, (_, i) => actor(i + 1, `Person Number${i} Example`, 'person', Array.from({ length: n }, (_, s) => s)));
    const events = Array.from({ length: 130 }, (_, i) => event(i, sentences[i]!, `Event ${i} summary`, [{ actorId: (i % 3) + 1, name: `Person Number${i % 3} Example`, part: 'agent' }]));
    const quotes = Array.from({ length: 120 }, (_, i) => quote(n - 1 - i, sentences[n - 1 - i]!, (i % 3) + 1, `quoted words ${i}`));
    const saved = store.saveArticle(article(sentences), extraction({ actors: people, events, quotes }));
    expect(saved).toMatchObject({ status: 'added', actors: 3, events: 130, quotes: 120 });

    const stored = store.listEvents().sort((a, b) => a.id - b.id);
    expect(stored.map((e) => e.summary)).toEqual(events.map((e) => e.summary));
    expect(stored.map((e) => e.citation.sentence)).toEqual(events.map((e) => e.sentence));
    expect(stored.map((e) => e.participants.map((p) => p.name))).toEqual(events.map((e) => e.participants.map((p) => p.name)));
    const said = store.listQuotes().sort((a, b) => a.id - b.id);
    expect(said.map((q) => [q.words, q.speaker?.name, q.citation.sentenceIndex])).toEqual(quotes.map((q) => [q.words, `Person Number${(quotes.indexOf(q) % 3)} Example`, q.sentenceIndex]));
    for (const a of store.listActors()) expect(a.mentionCount).toBe(n);
    // every sentence, event and quote is in the full-text indexes, across the statements' seams
    for (const i of [0, 99, 100, 101, 199, 200, 249]) expect(store.searchText(fts(`"word${i}"`), 10).filter((r) => r.kind === 'sentence').map((r) => r.sentenceIndex)).toEqual([i]);
    expect(store.searchText(fts('"summary"'), 1000).filter((r) => r.kind === 'event')).toHaveLength(130);
    expect(store.searchText(fts('"quoted"'), 1000).filter((r) => r.kind === 'quote')).toHaveLength(120);
    expect(store.searchEvents(['word129']).map((e) => e.summary)).toEqual(['Event 129 summary']);
  });

  it('keeps the first text cited for a sentence the article lacks: a role before an event, an event before a quote', () => {
    const a = article(['Only sentence.']);
    const saved = store.saveArticle(
      a,
      extraction({
        actors: [actor(1, 'Jane Roe', 'person', [0], { roles: [{ title: 'minister', organization: null, sentenceIndex: 5, sentence: 'The role says it.' }] })],
        events: [event(5, 'The event says it.', 'Roe arrested'), event(7, 'An event of its own.', 'Roe arrested again')],
        quotes: [quote(7, 'The quote says it.', 1, 'words'), quote(9, 'A quote of its own.', null, 'more words')],
      }),
    );
    expect(saved.status).toBe('added');
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT idx, text, start_offset FROM sentences ORDER BY idx').raw().all()).toEqual([
        [0, 'Only sentence.', 0],
        [5, 'The role says it.', null],
        [7, 'An event of its own.', null],
        [9, 'A quote of its own.', null],
      ]);
      // an event's full-text row has the sentence kept for it
      expect(db.prepare('SELECT sentence FROM events_fts ORDER BY rowid').pluck().all()).toEqual(['The role says it.', 'An event of its own.']);
    } finally {
      db.close();
    }
  });

  it('writes an article to each full-text index in a few segments, not one a row', () => {
    const db = new Database(file);
    // without merging, every segment written stays to be counted
    for (const t of ['search_fts', 'events_fts']) db.prepare(`INSERT INTO ${t}(${t}, rank) VALUES ('automerge', 0)`).run();
    const segments = (t: string) => db.prepare(`SELECT count(DISTINCT segid) FROM ${t}_idx`).pluck().get() as number;
    try {
      const sentences = Array.from({ length: 40 }, (_, i) => `Sentence ${i} of the story.`);
      store.saveArticle(
        article(sentences),
        extraction({
          actors: [actor(1, 'Jane Roe', 'person', [0, 1, 2])],
          events: Array.from({ length: 10 }, (_, i) => event(i, sentences[i]!, `Event ${i}`, [{ actorId: 1, name: 'Jane Roe', part: 'agent' }])),
          quotes: Array.from({ length: 5 }, (_, i) => quote(20 + i, sentences[20 + i]!, 1, `words ${i}`)),
        }),
      );
      // sentences, events and quotes: one segment each (row by row it was a segment a row, 55,
      // merged down to 10 by FTS5's crisis merges)
      expect(segments('search_fts')).toBeLessThanOrEqual(3);
      expect(segments('events_fts')).toBe(1);
    } finally {
      db.close();
    }
  });

  it('finds, among stored actors tied on type and kind of name, the most mentioned, then the oldest', () => {
    const save = (extracted: ExtractedActor[], sentences = ['Mercury is named here.', 'And again.', 'And a third time.']) =>
      store.saveArticle(article(sentences), extraction({ actors: extracted }));
    save([actor(1, 'Mercury', 'organization', [0])]);
    save([actor(1, 'Mercury', 'place', [0, 1, 2])]);
    const ids = Object.fromEntries(store.listActors().map((a) => [a.type, a.id]));
    // 'other' fits both, neither by its own type: the place, named three times, is the one
    save([actor(1, 'Mercury', 'other', [0])]);
    let byType = Object.fromEntries(store.listActors().map((a) => [a.type, a.mentionCount]));
    expect(byType).toEqual({ organization: 1, place: 4 });
    // with the organisation named more often, it is
    save([actor(1, 'Mercury', 'organization', [0, 1, 2])]);
    save([actor(1, 'Mercury', 'organization', [0, 1, 2])]);
    save([actor(1, 'Mercury', 'other', [0])]);
    byType = Object.fromEntries(store.listActors().map((a) => [a.type, a.mentionCount]));
    expect(byType).toEqual({ organization: 8, place: 4 });
    expect(store.listActors().map((a) => a.id).sort()).toEqual(Object.values(ids).sort());
  });
});
