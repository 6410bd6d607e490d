// The SQLite fact index (better-sqlite3). All of briefbot's SQL lives under src/store/.

import { existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import Database from 'better-sqlite3';
import type {
  Actor,
  ActorRoleFact,
  ActorType,
  Article,
  ArticleRef,
  Citation,
  Correction,
  CorrectionData,
  Credit,
  DatePrecision,
  Event,
  EventType,
  ExtractedActor,
  Extraction,
  FactDate,
  ParticipantPart,
  Quote,
} from '../domain.ts';
import { foldInitials, foldName, nameKey, surnameKey } from '../search/keys.ts';
import {
  keyTokens,
  namesCompatible,
  shouldUpgradeCanonical,
  titleKey,
  typesCompatible,
} from './resolve.ts';
import { nameIndexKeys } from './name-index.ts';
import { checkVersion, migrate } from './schema.ts';
import { logger } from '../log.ts';
import type { MatchExpression } from '../search/fts.ts';
import type { ActorBrief, ActorNameRow, FeedStore, NameHit, SaveResult, ScheduleStore, SearchRow, Store } from './types.ts';
import { browseStore, type BrowseStore } from './browse.ts';
import { correctionStore, dateRange, type CorrectionStore } from './corrections.ts';
import { feedStore } from './feeds.ts';
import { scheduleStore } from './schedule.ts';
import { ARTICLE_REF_COLUMNS, toRef, type ArticleRow } from './rows.ts';

// ---- Row shapes ----

interface ArticleTextRow extends ArticleRow {
  text: string;
}
interface ActorRow {
  id: number;
  name: string;
  type: ActorType;
  key: string;
  mention_count: number;
}
interface WeakMatchRow {
  id: number;
  canonical_key: string;
}
interface RoleRow {
  actor_id: number;
  title: string;
  organization: string | null;
  article_id: number;
  sentence_idx: number;
  sentence: string;
}
interface AffiliationRow {
  actor_id: number;
  other_actor_id: number | null;
  name: string;
  key: string;
}
interface ActorArticleRow {
  actor_id: number;
  article_id: number;
}
interface EventRow {
  id: number;
  article_id: number;
  sentence_idx: number;
  type: EventType;
  summary: string;
  trigger_word: string;
  place: string | null;
  date_start: string | null;
  date_end: string | null;
  date_precision: DatePrecision;
  date_text: string;
  date_part: 'early' | 'mid' | 'late' | null;
  approximate: number;
  date_inferred: number;
  sentence: string;
}
interface ParticipantRow {
  event_id: number;
  actor_id: number;
  part: ParticipantPart;
  name: string;
  type: ActorType;
}
interface QuoteRow {
  id: number;
  article_id: number;
  sentence_idx: number;
  actor_id: number | null;
  actor_name: string | null;
  speaker_text: string | null;
  words: string;
  published: string | null;
  date_start: string | null;
  date_end: string | null;
  date_precision: DatePrecision | null;
  date_text: string | null;
  sentence: string;
}
interface CitationRow {
  article_id: number;
  sentence_idx: number;
  sentence: string;
}

// ---- SQL ----

const ACTOR_COLUMNS = `a.id, a.name, a.type, a.key,
  (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mention_count`;
const ACTOR_ORDER = 'ORDER BY mention_count DESC, a.name COLLATE NOCASE, a.id';
const EVENT_SELECT = `SELECT e.id, e.article_id, e.sentence_idx, e.type, e.summary, e.trigger_word, e.place,
    e.date_start, e.date_end, e.date_precision, e.date_text, e.date_part, e.approximate, e.date_inferred,
    coalesce(s.text, '') AS sentence
  FROM events e LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_idx`;
// Same order as sorting by dateSortKey: dated events by first day, undated (relative/unknown) last.
const EVENT_ORDER = 'ORDER BY e.date_start IS NULL, e.date_start, e.article_id, e.sentence_idx, e.id';
const QUOTE_SELECT = `SELECT q.id, q.article_id, q.sentence_idx, q.actor_id, ac.name AS actor_name,
    q.speaker_text, q.words, ar.published, q.date_start, q.date_end, q.date_precision, q.date_text,
    coalesce(s.text, '') AS sentence
  FROM quotes q
  JOIN articles ar ON ar.id = q.article_id
  LEFT JOIN actors ac ON ac.id = q.actor_id
  LEFT JOIN sentences s ON s.article_id = q.article_id AND s.idx = q.sentence_idx`;
const QUOTE_ORDER = 'ORDER BY ar.published IS NULL, ar.published, q.article_id, q.sentence_idx, q.id';
/** Actors an article's facts refer to; `@id` is the article id. */
const ARTICLE_ACTORS = `
  SELECT actor_id FROM mentions WHERE article_id = @id
  UNION SELECT actor_id FROM roles WHERE article_id = @id
  UNION SELECT actor_id FROM affiliations WHERE article_id = @id
  UNION SELECT ep.actor_id FROM event_participants ep JOIN events e ON e.id = ep.event_id WHERE e.article_id = @id
  UNION SELECT actor_id FROM quotes WHERE article_id = @id AND actor_id IS NOT NULL
  UNION SELECT actor_id FROM credits WHERE article_id = @id`;
const IDS = '(SELECT value FROM json_each(?))';
// name search: candidates for the resolver, the rows they come as
const NAME_HIT = `SELECT n.id AS name_id, n.actor_id, n.name, n.kind, a.type, a.name AS canonical,
    n.key, n.phon, n.phon_alt
  FROM actor_names n JOIN actors a ON a.id = n.actor_id`;
/** NAME_HIT for the distinct ids a subquery picks: NAME_HIT_OF (SELECT ... AS id ...) f NAME_HIT_JOIN. */
const NAME_HIT_OF = `SELECT n.id AS name_id, n.actor_id, n.name, n.kind, a.type, a.name AS canonical,
    n.key, n.phon, n.phon_alt
  FROM`;
const NAME_HIT_JOIN = 'CROSS JOIN actor_names n ON n.id = f.id CROSS JOIN actors a ON a.id = n.actor_id';
/** Names with one word that the word-and-initial lookup reads at most (namesByWordAndInitial). */
const WORD_SCAN = 1000;
/** Two slips change a word's length by two at most (namesByWordPrefixes). */
const PREFIX_LENGTH_TOLERANCE = 2;
/**
 * A NAME_HIT row as an array, in its column order: the name statements read raw rows, since
 * building an object with named fields for each of a hundred candidate rows costs more than
 * SQLite's reading them.
 */
type NameHitRow = [
  nameId: number,
  actorId: number,
  name: string,
  kind: 'name' | 'alias',
  type: ActorType,
  canonical: string,
  key: string,
  phon: string | null,
  phonAlt: string | null,
];

/**
 * The names of each trigram the resolver has looked up (FTS5 doclists), ascending, while the
 * trigram vocabulary they were read with is current: a new vocabulary (names changed) starts
 * empty. Common trigrams ("mar", "ton") come back query after query, and reading a doclist of
 * thousands of names from the index costs most of a fuzzy lookup; merging kept lists costs a few
 * microseconds. Past the budget (docBudget) the least recently used lists go.
 */
const trigramDocs = new WeakMap<Map<string, number>, { lists: Map<string, Uint32Array>; ids: number }>();
/**
 * Name ids kept in all, per store (4 bytes each): at least 16 MB, and DOC_IDS_PER_NAME ids per
 * name. The benchmark's 1,200 queries at 1M actors (1.4M names) read 1,100 trigrams' lists, 6.2M
 * ids; a budget below what queries keep coming back to would read lists again and again, each
 * costing about four times what FTS5 takes to go through it once.
 */
const docBudget = (names: number) => Math.max(1 << 22, DOC_IDS_PER_NAME * names);
const DOC_IDS_PER_NAME = 8;
/**
 * Longest doclist read into memory. Reading one costs about four times what FTS5 takes to go
 * through it, and a query FTS5 answers stops at its limit: at 1M actors a trigram such as "mar"
 * (70,000 names) costs 10-15 ms to read and the merged lists gained nothing over FTS5's query
 * once read. A lookup with a longer list is FTS5's.
 */
const DOC_MAX = 8192;

/** A word's length in characters, as SQLite's length() counts them (code points). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** The first position at or after `from` whose id is at least `target` (galloping: long runs are skipped in log steps). */
function seek(list: Uint32Array, from: number, target: number): number {
  if (from >= list.length || list[from]! >= target) return from;
  let step = 1;
  let lo = from;
  while (lo + step < list.length && list[lo + step]! < target) {
    lo += step;
    step *= 2;
  }
  // list[lo] < target; the answer is in (lo, lo + step]
  let hi = Math.min(lo + step, list.length);
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The first `limit` ascending ids that at least two of the groups hold (a group holds the ids of
 * any of its lists; each list ascending, without repeats), as FTS5 lists them. Lists of much the
 * same lengths are marked (inTwoGroupsByMarks); where one group holds a small share of the ids,
 * the others' lists are stepped through from the lowest id up and galloped over
 * (inTwoGroupsInOrder), which skips most of the long lists.
 */
function inTwoGroups(groups: Uint32Array[][], limit: number): number[] {
  let total = 0;
  let least = Infinity;
  let highest = 0;
  for (const lists of groups) {
    let n = 0;
    for (const list of lists) {
      n += list.length;
      if (list.length && list[list.length - 1]! > highest) highest = list[list.length - 1]!;
    }
    total += n;
    least = Math.min(least, n);
  }
  if (least * SKEWED_GROUPS < total || groups.length > 8 || highest >= MARKED_IDS_MAX) return inTwoGroupsInOrder(groups, limit);
  return inTwoGroupsByMarks(groups, limit, highest);
}

/** A group holding less than this share of all the ids is galloped to (inTwoGroups). */
const SKEWED_GROUPS = 16;
/** Highest id inTwoGroupsByMarks marks (a byte each): 64 MB at most. */
const MARKED_IDS_MAX = 1 << 26;
/** Each id's groups as bits, all zero between lookups. */
let groupMarks = new Uint8Array(0);

/**
 * inTwoGroups by marks: every id's groups as bits, then the ids with two bits or more, each
 * counted by the lowest group holding it, ascending. Linear in the lists' lengths: four to
 * seven times less than stepping through lists of much the same lengths in order, where every
 * step compares every group's heads.
 */
function inTwoGroupsByMarks(groups: Uint32Array[][], limit: number, highest: number): number[] {
  if (groupMarks.length <= highest) groupMarks = new Uint8Array(Math.max(highest + 1, 2 * groupMarks.length));
  const marks = groupMarks;
  for (let g = 0; g < groups.length; g++) {
    const bit = 1 << g;
    for (const list of groups[g]!) for (let i = 0; i < list.length; i++) marks[list[i]!]! |= bit;
  }
  const held: number[] = [];
  // the last group is the lowest holding none of them
  for (let g = 0; g < groups.length - 1; g++) {
    const bit = 1 << g;
    const lower = bit - 1;
    for (const list of groups[g]!)
      for (let i = 0; i < list.length; i++) {
        const m = marks[list[i]!]!;
        if (m !== bit && (m & lower) === 0) held.push(list[i]!);
      }
  }
  for (const lists of groups) for (const list of lists) for (let i = 0; i < list.length; i++) marks[list[i]!] = 0;
  // a group's lists may share an id: once
  const sorted = Uint32Array.from(held).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length && out.length < limit; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]!);
  return out;
}

/**
 * inTwoGroups from the lowest id up, stopping at the limit, and skipping by galloping over the
 * runs of a long list (a common trigram's) that no other group could match: each group's lowest
 * head kept, and worked out anew only for the groups whose lists moved.
 */
function inTwoGroupsInOrder(groups: Uint32Array[][], limit: number): number[] {
  const at = groups.map((lists) => new Int32Array(lists.length));
  const heads = groups.map((lists, g) => headOf(lists, at[g]!));
  const out: number[] = [];
  while (out.length < limit) {
    // the lowest head, and the lowest of the other groups' heads
    let first = Infinity;
    let second = Infinity;
    let firstAt = -1;
    for (let g = 0; g < groups.length; g++) {
      const h = heads[g]!;
      if (h < first) {
        second = first;
        first = h;
        firstAt = g;
      } else if (h < second) second = h;
    }
    if (second === Infinity) break;
    if (first === second) {
      // two groups or more hold it: listed, and passed in every list that holds it
      out.push(first);
      for (let g = 0; g < groups.length; g++) {
        if (heads[g] !== first) continue;
        const lists = groups[g]!;
        const pos = at[g]!;
        for (let l = 0; l < lists.length; l++) if (pos[l]! < lists[l]!.length && lists[l]![pos[l]!] === first) pos[l]!++;
        heads[g] = headOf(lists, pos);
      }
    } else {
      // nothing below `second` is in two groups: the lowest group's lists skip to it
      const lists = groups[firstAt]!;
      const pos = at[firstAt]!;
      for (let l = 0; l < lists.length; l++) pos[l] = seek(lists[l]!, pos[l]!, second);
      heads[firstAt] = headOf(lists, pos);
    }
  }
  return out;
}

/** The lowest id the lists hold at these positions; Infinity past their ends. */
function headOf(lists: Uint32Array[], pos: Int32Array): number {
  let min = Infinity;
  for (let l = 0; l < lists.length; l++) {
    const p = pos[l]!;
    if (p < lists[l]!.length && lists[l]![p]! < min) min = lists[l]![p]!;
  }
  return min;
}

/** orgNamesOpeningWith's next words, as the JSON its lookup takes, per set (a caller passes the same set every time). */
const nextWordsJson = new WeakMap<ReadonlySet<string>, string>();

/** namePrefixHits's rows: the name id, its actor, the actor's name. */
type PrefixHitRow = [nameId: number, actorId: number, canonical: string];
type PrefixHit = Pick<NameHit, 'nameId' | 'actorId' | 'canonical'>;

function toHit(r: NameHitRow): NameHit {
  return {
    nameId: r[0],
    actorId: r[1],
    name: r[2],
    kind: r[3],
    type: r[4],
    canonical: r[5],
    key: r[6],
    codes: r[7] ? r[7].split(' ') : [],
    altCodes: r[8] ? r[8].split(' ') : [],
  };
}
// end of name search

// Full-text search: rowid says what a search_fts row is (schema.ts, migration 2):
// (article << 22 | sentence << 2) a sentence, (event id << 2 | 1) an event, (quote id << 2 | 2) a quote.
// Every match is located (article, sentence) to count distinct sentences; only the best @limit are
// highlighted, by a second, rowid-bound pass over the index.
const SEARCH_TEXT = `
  WITH located AS MATERIALIZED (
    SELECT m.rid, m.rank, m.rid & 3 AS k,
      CASE m.rid & 3 WHEN 0 THEN m.rid >> 22 WHEN 1 THEN e.article_id ELSE q.article_id END AS article_id,
      CASE m.rid & 3 WHEN 0 THEN (m.rid >> 2) & 1048575 WHEN 1 THEN e.sentence_idx ELSE q.sentence_idx END AS sentence_idx
    FROM (SELECT rowid AS rid, bm25(search_fts) AS rank FROM search_fts WHERE search_fts MATCH @match) m
    LEFT JOIN events e ON (m.rid & 3) = 1 AND e.id = m.rid >> 2
    LEFT JOIN quotes q ON (m.rid & 3) = 2 AND q.id = m.rid >> 2
  ),
  best AS MATERIALIZED (
    SELECT * FROM located WHERE article_id IS NOT NULL AND k < 3 ORDER BY rank, rid LIMIT @limit
  ),
  total AS (
    SELECT count(*) AS n FROM (SELECT DISTINCT article_id, sentence_idx FROM located WHERE article_id IS NOT NULL AND k < 3)
  )
  SELECT b.k, b.article_id, b.sentence_idx, coalesce(s.text, '') AS sentence, f.text,
    highlight(search_fts, 0, char(2), char(3)) AS highlighted, b.rank, (SELECT n FROM total) AS total
  FROM best b
  JOIN search_fts f ON f.rowid = b.rid
  LEFT JOIN sentences s ON s.article_id = b.article_id AND s.idx = b.sentence_idx
  WHERE search_fts MATCH @match
  ORDER BY b.rank, b.rid`;

interface SearchTextRow {
  k: 0 | 1 | 2;
  article_id: number;
  sentence_idx: number;
  sentence: string;
  text: string;
  highlighted: string;
  rank: number;
  total: number;
}

const SEARCH_KINDS = ['sentence', 'event', 'quote'] as const;

function prepareStatements(db: Database.Database) {
  const p = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
  return {
    // articles
    articleByHash: p<{ id: number }>('SELECT id FROM articles WHERE hash = ?'),
    getMeta: p<string>('SELECT value FROM meta WHERE key = ?').pluck(),
    setMeta: p('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    storedArticle: p<ArticleTextRow & { hash: string; credits: string }>(`SELECT ${ARTICLE_REF_COLUMNS}, text, hash, credits FROM articles WHERE id = ?`),
    articleSentences: p<{ idx: number; text: string; start_offset: number; end_offset: number }>(
      'SELECT idx, text, start_offset, end_offset FROM sentences WHERE article_id = ? AND start_offset IS NOT NULL ORDER BY idx',
    ),
    articlesByPathOrUrl: p<{ id: number }>(
      'SELECT id FROM articles WHERE (path IS NOT NULL AND path = ?) OR (url IS NOT NULL AND url = ?)',
    ),
    // id: null takes the next one; an article extracted again for a correction keeps its own
    insertArticle: p(`INSERT INTO articles (id, path, url, title, byline, published, sources, hash, text, ingested_at, credits)
      VALUES (@id, @path, @url, @title, @byline, @published, @sources, @hash, @text, @ingestedAt, @credits)`),
    // sentences (search_fts rows of kind 0) holding every word, with the dates they give
    datedSentences: p<{ article_id: number; sentence_idx: number; sentence: string; date_start: string; date_end: string | null; date_precision: DatePrecision; date_text: string }>(`
      SELECT d.article_id, d.sentence_idx, s.text AS sentence, d.date_start, d.date_end, d.date_precision, d.date_text
      FROM (SELECT rowid AS rid, bm25(search_fts) AS rank FROM search_fts WHERE search_fts MATCH @match AND (rowid & 3) = 0) m
      JOIN sentence_dates d ON d.article_id = m.rid >> 22 AND d.sentence_idx = (m.rid >> 2) & 1048575
      JOIN sentences s ON s.article_id = d.article_id AND s.idx = d.sentence_idx
      ORDER BY m.rank, d.article_id, d.sentence_idx LIMIT @limit`),
    creditsForActor: p<CitationRow & { role: string }>(`SELECT c.role, c.article_id, c.sentence_idx, coalesce(s.text, '') AS sentence
      FROM credits c JOIN articles ar ON ar.id = c.article_id
      LEFT JOIN sentences s ON s.article_id = c.article_id AND s.idx = c.sentence_idx
      WHERE c.actor_id = ? ORDER BY ar.published IS NULL, ar.published DESC, c.article_id DESC`),
    deleteArticle: p('DELETE FROM articles WHERE id = ?'),
    ingestedAt: p<string>('SELECT ingested_at FROM articles WHERE id = ?').pluck(),
    setIngestedAt: p('UPDATE articles SET ingested_at = ? WHERE id = ?'),
    articlesByRef: p<ArticleRow>(`SELECT ${ARTICLE_REF_COLUMNS} FROM articles
      WHERE url = @ref OR path = @ref OR path LIKE '%/' || @like ESCAPE '\\' OR lower(title) = lower(@ref) ORDER BY id LIMIT 10`),
    articlesByTitleWords: p<ArticleRow>(`SELECT ${ARTICLE_REF_COLUMNS} FROM articles
      WHERE instr(lower(title), lower(@ref)) > 0 ORDER BY id LIMIT 10`),
    articleActorIds: p<number>(ARTICLE_ACTORS).pluck(),
    affiliatedActorIds: p<number>(
      'SELECT other_actor_id FROM affiliations WHERE article_id = ? AND other_actor_id IS NOT NULL',
    ).pluck(),
    articleEventCount: p<number>('SELECT count(*) FROM events WHERE article_id = ?').pluck(),
    articleQuoteCount: p<number>('SELECT count(*) FROM quotes WHERE article_id = ?').pluck(),
    listArticles: p<ArticleRow>(`SELECT ${ARTICLE_REF_COLUMNS} FROM articles ORDER BY id`),
    getArticle: p<ArticleTextRow>(`SELECT ${ARTICLE_REF_COLUMNS}, text FROM articles WHERE id = ?`),
    articleRefsByIds: p<ArticleRow>(`SELECT ${ARTICLE_REF_COLUMNS} FROM articles WHERE id IN ${IDS}`),
    articlesForActor: p<ArticleRow>(`SELECT ${ARTICLE_REF_COLUMNS} FROM articles
      WHERE id IN (SELECT article_id FROM mentions WHERE actor_id = ?)
      ORDER BY published IS NULL, published, id`),
    counts: p<{ articles: number; actors: number; events: number; quotes: number }>(`SELECT
      (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM actors) AS actors,
      (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM quotes) AS quotes`),

    // actors: resolution and writes
    // (mention counts only break ties: mentionCounts, for the tied actors alone)
    matchNames: p<[id: number, type: ActorType, kind: 'name' | 'alias']>(`SELECT a.id, a.type, n.kind
      FROM actor_names n JOIN actors a ON a.id = n.actor_id
      WHERE n.key IN ${IDS}`).raw(),
    // the same for one key (most lookups), without reading a JSON list
    matchName: p<[id: number, type: ActorType, kind: 'name' | 'alias']>(`SELECT a.id, a.type, n.kind
      FROM actor_names n JOIN actors a ON a.id = n.actor_id
      WHERE n.key = ?`).raw(),
    mentionCounts: p<[actorId: number, count: number]>(`SELECT value, (SELECT count(*) FROM mentions m WHERE m.actor_id = value)
      FROM json_each(?)`).raw(),
    /** Persons (and 'other' actors) a one-word key may refer to: by name/alias key, or persons' surname key. */
    matchWeak: p<WeakMatchRow>(`SELECT DISTINCT a.id, a.key AS canonical_key
      FROM actor_names n JOIN actors a ON a.id = n.actor_id
      WHERE (a.type IN ('person', 'other') AND n.key = @key)
         OR (a.type = 'person' AND n.surname_key = @key)
      ORDER BY a.id`),
    matchAnyByKey: p<number>('SELECT DISTINCT actor_id FROM actor_names WHERE key = ?').pluck(),
    actorCore: p<{ id: number; name: string; type: ActorType; key: string }>(
      'SELECT id, name, type, key FROM actors WHERE id = ?',
    ),
    // id: null takes the next one; an actor re-created when its articles are extracted again keeps its own
    insertActor: p('INSERT INTO actors (id, name, type, key) VALUES (?, ?, ?, ?)'),
    actorNameFolds: p<{ fold: string }>('SELECT fold FROM actor_names WHERE actor_id = ?'),
    watchesOf: p<{ id: number; actor_id: number }>(`SELECT id, actor_id FROM watches WHERE actor_id IN ${IDS}`),
    rewatch: p('UPDATE watches SET actor_id = ? WHERE id = ? AND actor_id IS NULL AND EXISTS (SELECT 1 FROM actors WHERE id = ?)'),
    setActorName: p('UPDATE actors SET name = ?, key = ? WHERE id = ?'),
    setActorType: p('UPDATE actors SET type = ? WHERE id = ?'),
    demoteCanonical: p("UPDATE actor_names SET kind = 'alias' WHERE actor_id = ? AND kind = 'name'"),
    upsertCanonical: p(`INSERT INTO actor_names (actor_id, name, fold, key, surname_key, kind)
      VALUES (?, ?, ?, ?, ?, 'name')
      ON CONFLICT (actor_id, fold) DO UPDATE SET kind = 'name', name = excluded.name`),
    insertAlias: p(`INSERT INTO actor_names (actor_id, name, fold, key, surname_key, kind)
      VALUES (?, ?, ?, ?, ?, 'alias') ON CONFLICT (actor_id, fold) DO NOTHING`),
    peopleOf: p<{ actor_id: number; name: string; title: string | null; article_id: number; sentence_idx: number | null; sentence: string | null }>(`
      SELECT r.actor_id, a.name, r.title, r.article_id, r.sentence_idx, coalesce(s.text, '') AS sentence
        FROM roles r JOIN actors a ON a.id = r.actor_id AND a.type = 'person'
        LEFT JOIN sentences s ON s.article_id = r.article_id AND s.idx = r.sentence_idx
        WHERE r.organization_key IN ${IDS}
      UNION ALL
      SELECT f.actor_id, a.name, NULL, f.article_id, NULL, NULL
        FROM affiliations f JOIN actors a ON a.id = f.actor_id AND a.type = 'person'
        WHERE f.other_actor_id = ?`),
    insertAffiliation: p(`INSERT INTO affiliations (actor_id, other_actor_id, name, key, article_id)
      VALUES (?, ?, ?, ?, ?) ON CONFLICT (actor_id, article_id, key) DO NOTHING`),
    deleteOrphans: p(`DELETE FROM actors WHERE id IN ${IDS}
      AND NOT EXISTS (SELECT 1 FROM mentions WHERE actor_id = actors.id)
      AND NOT EXISTS (SELECT 1 FROM roles WHERE actor_id = actors.id)
      AND NOT EXISTS (SELECT 1 FROM event_participants WHERE actor_id = actors.id)
      AND NOT EXISTS (SELECT 1 FROM quotes WHERE actor_id = actors.id)
      AND NOT EXISTS (SELECT 1 FROM credits WHERE actor_id = actors.id)`),

    // name index (transliteration codes, words) — written after each name row
    nameIdByFold: p<number>('SELECT id FROM actor_names WHERE actor_id = ? AND fold = ?').pluck(),
    setNameCodes: p('UPDATE actor_names SET phon = ?, phon_alt = ?, last_code = ?, last_alt = ?, initials = ? WHERE id = ?'),
    // each word's row carries all the name's words (words): the lookups by a word and another's start read no other row
    insertNameWord: p('INSERT OR IGNORE INTO name_words (word, name_id, actor_id, words) VALUES (?, ?, ?, ?)'),
    // a name indexed again under another spelling (setCanonical) may gain words: every row lists them all
    refreshNameWords: p(`UPDATE name_words SET words = (SELECT group_concat(word, ' ') FROM name_words WHERE name_id = @id) WHERE name_id = @id`),

    // name search: candidates for the resolver, as light rows. The candidate ids come first, in a
    // subquery joined to the rows: \`n.id IN (SELECT ... LIMIT n)\` costs two to three times more.
    namesByKey: p<NameHitRow>(`${NAME_HIT} WHERE n.key = @key OR (a.type = 'person' AND n.surname_key = @key) LIMIT @limit`).raw(),
    nameIdsByWord: p<number>('SELECT name_id FROM name_words WHERE word = @word LIMIT @limit').pluck(),
    // persons whose role has every word, in its title or its organisation, latest article first
    personsByRoleWords: p<number>(`SELECT r.actor_id FROM roles r JOIN actors a ON a.id = r.actor_id AND a.type = 'person'
      WHERE NOT EXISTS (SELECT 1 FROM json_each(@words) w
        WHERE instr(' ' || r.title_key || ' ' || lower(coalesce(r.organization, '')) || ' ', ' ' || w.value || ' ') = 0)
      GROUP BY r.actor_id ORDER BY max(r.article_id) DESC LIMIT @limit`).pluck(),
    namesByInitials: p<NameHitRow>(`${NAME_HIT} WHERE n.initials = @initials AND a.type IN ('organization', 'place') LIMIT @limit`).raw(),
    // initials that go on after @initials: "CDC" opens CDCP, "Centers for Disease Control and Prevention"
    namesByInitialsOpening: p<NameHitRow>(`${NAME_HIT} WHERE n.initials > @initials AND n.initials < @initials || char(1114111) AND a.type = 'organization' LIMIT @limit`).raw(),
    // one read transaction around a query's lookups (readingNames): deferred, it locks nothing until the first read
    beginReading: p('BEGIN'),
    endReading: p('COMMIT'),
    // keys sort word by word: every "stanford ..." lies between "stanford " and "stanford!"
    orgNamesOpeningWith: p<NameHitRow>(`${NAME_HIT} WHERE n.key >= @from AND n.key < @to AND a.type = 'organization' LIMIT @limit`).raw(),
    // whether a name's key may open with @from and one of @words (JSON) next: from the key index
    // alone, one probe per word (a key "from word ..." sorts between "from word" and "from word!"),
    // none when no key opens with @from
    nameOpensWithNextWord: p<number>(`SELECT 1 FROM json_each(@words) w
        WHERE EXISTS (SELECT 1 FROM actor_names WHERE key >= @from AND key < @to)
          AND EXISTS (SELECT 1 FROM actor_names WHERE key >= @from || w.value AND key < @from || w.value || '!') LIMIT 1`).pluck(),
    // namesByKey for many keys at once: one index probe per key and index, not one statement per key
    // The lookups below list ids only: the resolver reads the rows of those it has not seen yet
    // (namesByIds, nameRowsByIds), and the ids' subqueries alone cost a fraction of the rows.
    nameIdsByKeys: p<number>(`SELECT id FROM (SELECT id FROM actor_names WHERE key IN ${IDS} LIMIT @limit)
        UNION SELECT id FROM (SELECT n.id FROM actor_names n JOIN actors a ON a.id = n.actor_id
          WHERE n.surname_key IN ${IDS} AND a.type = 'person' LIMIT @limit) LIMIT @limit`).pluck(),
    // two index lookups, not one OR that the planner may turn into a scan
    nameIdsByPhon: p<number>(`SELECT id FROM (SELECT id FROM actor_names WHERE phon IN (@a, @b) LIMIT @limit)
        UNION SELECT id FROM (SELECT id FROM actor_names WHERE phon_alt IN (@a, @b) LIMIT @limit) LIMIT @limit`).pluck(),
    nameIdsByLastCode: p<number>(`SELECT id FROM (SELECT id FROM actor_names WHERE last_code IN (@a, @b) LIMIT @limit)
        UNION SELECT id FROM (SELECT id FROM actor_names WHERE last_alt IN (@a, @b) LIMIT @limit) LIMIT @limit`).pluck(),
    nameCount: p<number>('SELECT count(*) FROM actor_names').pluck(),
    // prepared once: db.pragma() prepares its statement anew on every call, twice per fuzzy query
    dataVersion: p<number>('PRAGMA data_version').pluck(),
    // The first @scan names with @word, each with all its words (nameIdsByWordAndInitial): one
    // run of the word's rows, in name order, where looking up each name's other words by name
    // cost a probe of the name index each (a thousand for a first name thousands share).
    nameWordsOfWord: p<[nameId: number, words: string]>('SELECT name_id, words FROM name_words WHERE word = @word LIMIT @scan').raw(),
    // The first @scan rows of words from @lo to @hi, @tol letters or less longer or shorter than
    // @len, in word order, each with all its name's words (nameIdsByWordPrefixes).
    nameWordsInRange: p<[nameId: number, words: string]>(`SELECT name_id, words FROM name_words
        WHERE word >= @lo AND word < @hi AND abs(length(word) - @len) <= @tol LIMIT @scan`).raw(),
    wordsWithPrefix: p<number>(`SELECT count(*) FROM (SELECT 1 FROM name_words WHERE word >= @lo AND word < @hi
        AND abs(length(word) - @len) <= @tol LIMIT @cap)`).pluck(),
    // ids first: the resolver reads the rows only of names it has not seen in an earlier step
    nameIdsByTrigram: p<number>('SELECT rowid FROM names_fts WHERE names_fts MATCH @match LIMIT @limit').pluck(),
    // one trigram's names, ascending: its doclist, kept by the store (trigramDocs)
    trigramDoc: p<number>('SELECT rowid FROM names_fts WHERE names_fts MATCH ?').pluck(),
    namesByIds: p<NameHitRow>(`${NAME_HIT_OF} (SELECT value AS id, key AS at FROM json_each(?)) f ${NAME_HIT_JOIN} ORDER BY f.at`).raw(),
    // the same rows without the actor's (a third of the time of a hundred rows): NAME_HIT's columns, type and canonical empty
    nameRowsByIds: p<NameHitRow>(`SELECT n.id, n.actor_id, n.name, n.kind, '', '', n.key, n.phon, n.phon_alt
        FROM (SELECT value AS id, key AS at FROM json_each(?)) f CROSS JOIN actor_names n ON n.id = f.id ORDER BY f.at`).raw(),
    actorKinds: p<[id: number, type: ActorType, canonical: string]>(`SELECT id, type, name FROM actors WHERE id IN ${IDS}`).raw(),
    allTrigramFrequencies: p<{ term: string; doc: number }>('SELECT term, doc FROM names_vocab'),
    namesByFoldPrefix: p<NameHitRow>(`${NAME_HIT} WHERE n.fold >= @lo AND n.fold < @hi ORDER BY n.fold LIMIT @limit`).raw(),
    namesByWordPrefix: p<NameHitRow>(`${NAME_HIT_OF} (SELECT DISTINCT id FROM (SELECT name_id AS id FROM name_words WHERE word >= @lo AND word < @hi LIMIT @limit)) f
        ${NAME_HIT_JOIN} ORDER BY n.id`).raw(),
    // the same two lookups, as the name id, the actor and its name only (autocomplete): a name's
    // other columns cost more to hand over than the lookup itself
    namePrefixHitsByFold: p<PrefixHitRow>(`SELECT n.id, n.actor_id, a.name FROM actor_names n JOIN actors a ON a.id = n.actor_id
        WHERE n.fold >= @lo AND n.fold < @hi ORDER BY n.fold LIMIT @limit`).raw(),
    namePrefixHitsByWord: p<PrefixHitRow>(`SELECT n.id, n.actor_id, a.name
        FROM (SELECT DISTINCT id FROM (SELECT name_id AS id FROM name_words WHERE word >= @lo AND word < @hi LIMIT @limit)) f
        ${NAME_HIT_JOIN} ORDER BY n.id`).raw(),
    // end of name search
    actorBriefs: p<{ id: number; name: string; type: ActorType; role: string | null }>(`SELECT a.id, a.name, a.type,
        (SELECT r.title FROM roles r WHERE r.actor_id = a.id ORDER BY length(r.title) DESC LIMIT 1) AS role
      FROM actors a WHERE a.id IN ${IDS}`),

    // actors: reads
    listActors: p<ActorRow>(`SELECT ${ACTOR_COLUMNS} FROM actors a ${ACTOR_ORDER}`),
    actorsByIds: p<ActorRow>(`SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.id IN ${IDS} ${ACTOR_ORDER}`),
    actorIdsByKey: p<number>(`SELECT DISTINCT n.actor_id FROM actor_names n JOIN actors a ON a.id = n.actor_id
      WHERE n.key IN ${IDS} OR (a.type = 'person' AND n.surname_key IN ${IDS})`).pluck(),
    aliasesByActors: p<{ actor_id: number; name: string }>(
      `SELECT actor_id, name FROM actor_names WHERE kind = 'alias' AND actor_id IN ${IDS} ORDER BY id`,
    ),
    editorRolesByActors: p<{ actor_id: number; title: string; title_key: string; since: string | null; until: string | null; added: number }>(
      `SELECT actor_id, title, title_key, since, until, added FROM editor_roles WHERE actor_id IN ${IDS} ORDER BY correction_id`,
    ),
    rolesByActors: p<RoleRow>(`SELECT r.actor_id, r.title, r.organization, r.article_id, r.sentence_idx,
        coalesce(s.text, '') AS sentence
      FROM roles r LEFT JOIN sentences s ON s.article_id = r.article_id AND s.idx = r.sentence_idx
      WHERE r.actor_id IN ${IDS} ORDER BY r.article_id, r.sentence_idx, r.id`),
    affiliationsByActors: p<AffiliationRow>(`SELECT f.actor_id, f.other_actor_id,
        coalesce(o.name, f.name) AS name, f.key
      FROM affiliations f LEFT JOIN actors o ON o.id = f.other_actor_id
      WHERE f.actor_id IN ${IDS} ORDER BY f.id`),
    articlesByActors: p<ActorArticleRow>(`SELECT DISTINCT m.actor_id, m.article_id
      FROM mentions m JOIN articles ar ON ar.id = m.article_id
      WHERE m.actor_id IN ${IDS} ORDER BY ar.published IS NULL, ar.published, ar.id`),
    actorNames: p<{ actor_id: number; name: string; kind: 'name' | 'alias'; type: ActorType }>(
      `SELECT n.actor_id, n.name, n.kind, a.type FROM actor_names n JOIN actors a ON a.id = n.actor_id
       ORDER BY n.actor_id, n.kind = 'alias', n.id`,
    ),
    sentencesMentioning: p<CitationRow>(`SELECT m.article_id, m.sentence_idx, s.text AS sentence
      FROM mentions m
      JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx
      JOIN articles ar ON ar.id = m.article_id
      WHERE m.actor_id = ? ORDER BY ar.published IS NULL, ar.published, m.article_id, m.sentence_idx`),

    // events
    eventIdsOf: p<number>('SELECT id FROM events WHERE article_id = ? ORDER BY id').pluck(),
    listEvents: p<EventRow>(`${EVENT_SELECT} ${EVENT_ORDER}`),
    eventsForActor: p<EventRow>(`${EVENT_SELECT}
      WHERE e.id IN (SELECT event_id FROM event_participants WHERE actor_id = ?) ${EVENT_ORDER}`),
    // events told in the sentences that name an actor, at most @limit
    eventsNaming: p<EventRow>(`${EVENT_SELECT}
      WHERE (e.article_id, e.sentence_idx) IN (SELECT article_id, sentence_idx FROM mentions WHERE actor_id = @actorId) ${EVENT_ORDER} LIMIT @limit`),
    searchEvents: p<EventRow>(`${EVENT_SELECT}
      WHERE e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?) ${EVENT_ORDER}`),
    participantsByEvents: p<ParticipantRow>(`SELECT ep.event_id, ep.actor_id, ep.part, a.name, a.type
      FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
      WHERE ep.event_id IN ${IDS} ORDER BY ep.id`),

    // quotes
    listQuotes: p<QuoteRow>(`${QUOTE_SELECT} ${QUOTE_ORDER}`),
    quotesForActor: p<QuoteRow>(`${QUOTE_SELECT} WHERE q.actor_id = ? ${QUOTE_ORDER}`),
    quotesInArticles: p<QuoteRow>(`${QUOTE_SELECT} WHERE q.article_id IN ${IDS} ${QUOTE_ORDER}`),
    eventsInArticles: p<EventRow>(`${EVENT_SELECT} WHERE e.article_id IN ${IDS} ${EVENT_ORDER}`),
    mentionsInArticles: p<{ actor_id: number; article_id: number; sentence_idx: number }>(
      `SELECT DISTINCT actor_id, article_id, sentence_idx FROM mentions WHERE article_id IN ${IDS}`,
    ),

    // full-text search (/search)
    searchText: p<SearchTextRow>(SEARCH_TEXT),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

/** Rows one multi-row INSERT writes at most (sentences: five parameters a row, events thirteen). */
const ROWS_PER_INSERT = 100;

/**
 * INSERTs of many rows of one shape, in order, in as few statements as it takes: one for an
 * article's sentences, one for its events, one for its quotes. Each statement that writes to a
 * table with full-text triggers opens a statement savepoint, and FTS5 writes out what it holds
 * as a new segment at every savepoint (fts5SavepointMethod): row by row, each sentence, event and
 * quote became a segment of its own, some fifty an article, all written and then merged again.
 * Values are bound as the single-row statements bound them. A statement is prepared once for
 * each row count used.
 */
class RowInserter {
  private readonly byCount = new Map<number, Database.Statement>();
  constructor(
    private readonly db: Database.Database,
    private readonly sql: { into: string; row: string; after?: string },
  ) {}

  run(rows: unknown[][]): void {
    for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
      const chunk = rows.slice(at, at + ROWS_PER_INSERT);
      let st = this.byCount.get(chunk.length);
      if (!st) {
        st = this.db.prepare(`${this.sql.into} VALUES ${Array.from(chunk, () => this.sql.row).join(', ')} ${this.sql.after ?? ''}`);
        this.byCount.set(chunk.length, st);
      }
      const values: unknown[] = [];
      for (const row of chunk) for (const v of row) values.push(v);
      st.run(values);
    }
  }
}

function rowInserters(db: Database.Database) {
  return {
    sentences: new RowInserter(db, {
      into: 'INSERT INTO sentences (article_id, idx, text, start_offset, end_offset)',
      row: '(?, ?, ?, ?, ?)',
      after: 'ON CONFLICT (article_id, idx) DO NOTHING',
    }),
    events: new RowInserter(db, {
      into: `INSERT INTO events (article_id, sentence_idx, type, summary, trigger_word, place,
        date_start, date_end, date_precision, date_text, date_part, approximate, date_inferred)`,
      row: '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    }),
    quotes: new RowInserter(db, {
      into: 'INSERT INTO quotes (article_id, sentence_idx, actor_id, speaker_text, words, date_start, date_end, date_precision, date_text)',
      row: '(?, ?, ?, ?, ?, ?, ?, ?, ?)',
    }),
    // (no full-text rows below: one statement for many rows is simply fewer statements)
    mentions: new RowInserter(db, { into: 'INSERT INTO mentions (actor_id, article_id, sentence_idx)', row: '(?, ?, ?)', after: 'ON CONFLICT DO NOTHING' }),
    roles: new RowInserter(db, {
      into: 'INSERT INTO roles (actor_id, article_id, sentence_idx, title, title_key, organization, organization_key)',
      row: '(?, ?, ?, ?, ?, ?, ?)',
      after: 'ON CONFLICT (actor_id, article_id, title_key) DO NOTHING',
    }),
    participants: new RowInserter(db, { into: 'INSERT INTO event_participants (event_id, actor_id, part)', row: '(?, ?, ?)', after: 'ON CONFLICT DO NOTHING' }),
    sentenceDates: new RowInserter(db, {
      into: 'INSERT OR IGNORE INTO sentence_dates (article_id, sentence_idx, date_start, date_end, date_precision, date_text)',
      row: '(?, ?, ?, ?, ?, ?)',
    }),
    credits: new RowInserter(db, { into: 'INSERT OR IGNORE INTO credits (article_id, actor_id, role, sentence_idx)', row: '(?, ?, ?, ?)' }),
  };
}

// ---- Helpers ----


/**
 * A name's key, fold and surname key (nameKey, foldName, surnameKey), each worked out once per
 * spelling: one save asks for the same names' keys several times over (matching, aliases, the
 * article's own keys, affiliations), and the same people come back article after article. They
 * are pure functions of the spelling, so a kept answer is always the answer; the cache is
 * emptied past NAME_FORMS_MAX spellings. (Working the keys out again was a tenth of a save.)
 */
interface NameForms {
  key: string;
  fold?: string;
  surname?: string | null;
}
const nameForms = new Map<string, NameForms>();
const NAME_FORMS_MAX = 50_000;

function formsOf(name: string): NameForms {
  let f = nameForms.get(name);
  if (f === undefined) {
    if (nameForms.size >= NAME_FORMS_MAX) nameForms.clear();
    f = { key: nameKey(name) };
    nameForms.set(name, f);
  }
  return f;
}
const keyOf = (name: string): string => formsOf(name).key;
function foldOf(name: string): string {
  const f = formsOf(name);
  return (f.fold ??= foldName(name));
}
function surnameOf(name: string): string | null {
  const f = formsOf(name);
  if (f.surname === undefined) f.surname = surnameKey(name);
  return f.surname;
}

function json(values: Iterable<number | string>): string {
  return JSON.stringify([...values]);
}

function parseCredits(text: string): Credit[] {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.filter((c): c is Credit => !!c && typeof c === 'object' && typeof c.name === 'string' && typeof c.role === 'string' && typeof c.line === 'string') : [];
  } catch {
    return [];
  }
}

/** The article's publication date as a FactDate, at its precision (a day, a month or a year). */
function publishedDate(published: string | null): FactDate | null {
  return published ? { ...dateRange(published), part: null, approximate: false } : null;
}

/** Search terms as FTS5 phrases: user text is never FTS syntax. */
function ftsPhrase(term: string): string {
  // FTS5's query parser ends a string at NUL: "a\0b" would be an unterminated string
  return `"${term.replace(/\0/g, ' ').replace(/"/g, '""')}"`;
}

/** How rebuild remembers an actor it takes away, to give its id back to the actor re-created for it. */
const reuseKey = (type: ActorType, fold: string) => `${type}\u0000${fold}`;

/** Local id -> stored id, throwing on ids the extraction never defined. */
class LocalIds {
  private readonly map = new Map<number, number>();
  set(local: number, stored: number): void {
    if (this.map.has(local)) throw new Error(`extraction defines actor id ${local} twice`);
    this.map.set(local, stored);
  }
  get(local: number, what: string): number {
    const stored = this.map.get(local);
    if (stored === undefined) throw new Error(`${what} refers to unknown actor id ${local}`);
    return stored;
  }
  values(): Set<number> {
    return new Set(this.map.values());
  }
}

// ---- The store ----

class SqliteStore implements Store {
  private readonly st: Statements;
  private readonly rows: ReturnType<typeof rowInserters>;
  readonly schedule: ScheduleStore;
  readonly feeds: FeedStore;
  readonly browse: BrowseStore;
  readonly corrections: CorrectionStore;
  private readonly saveTx: (article: Article, extraction: Extraction) => SaveResult;
  private trigramDf: Map<string, number> | null = null;
  /** While articles are extracted again for an undo: the ids of the actors they took with them, by type and name. */
  private reuseIds: Map<string, number> | null = null;
  private names: number | null = null;
  /** PRAGMA data_version when the caches were filled: another connection's commit changes it. */
  private cachedAt = -1;

  constructor(private readonly db: Database.Database) {
    this.st = prepareStatements(db);
    this.rows = rowInserters(db);
    this.schedule = scheduleStore(db);
    this.feeds = feedStore(db);
    this.browse = browseStore(db);
    this.corrections = correctionStore(db, {
      addAlias: (actorId, name) => this.addAlias(actorId, name),
      setCanonical: (actorId, name) => this.setCanonical(actorId, name),
      createActor: (name, type) => this.createActor(name, nameKey(name), type, [name]),
    });
    const tx = db.transaction((article: Article, extraction: Extraction) => this.save(article, extraction));
    // IMMEDIATE: take the write lock before reading, so a concurrent writer cannot slip in between
    // the hash check and the insert.
    this.saveTx = (article, extraction) => tx.immediate(article, extraction);
  }

  close(): void {
    this.db.close();
  }

  backup(file: string): void {
    if (existsSync(file)) throw new Error(`Configuration error: ${file} already exists; give a new file name for the backup`);
    if (!existsSync(dirname(resolvePath(file)))) throw new Error(`Configuration error: the folder for ${file} does not exist`);
    // VACUUM INTO reads one snapshot (writers in WAL mode carry on) and is not restarted by
    // them, as the page-copying backup API is; the copy is compact and has no WAL of its own
    const partial = `${file}.partial-${process.pid}`;
    try {
      this.db.prepare('VACUUM INTO ?').run(partial);
      const copy = new Database(partial, { readonly: true });
      try {
        const check = copy.pragma('integrity_check', { simple: true });
        if (check !== 'ok') throw new Error(`the copy failed its integrity check (${String(check)})`);
      } finally {
        copy.close();
      }
      linkSync(partial, file); // fails if `file` appeared meanwhile, where a rename would overwrite it
    } finally {
      rmSync(partial, { force: true });
    }
  }

  saveArticle(article: Article, extraction: Extraction): SaveResult {
    const result = this.saveTx(article, extraction);
    if (result.status !== 'unchanged') [this.trigramDf, this.names] = [null, null];
    return result;
  }

  hasArticleHash(hash: string): boolean {
    return this.st.articleByHash.get(hash) !== undefined;
  }

  // -- writing --

  /** `replacing`: stored articles this one replaces whatever its hash (re-extraction of the same text). */
  private save(article: Article, extraction: Extraction, replacing: number[] = [], keepId: number | null = null): SaveResult {
    const st = this.st;
    const existing = replacing.length ? undefined : st.articleByHash.get(article.hash);
    if (existing) {
      return {
        status: 'unchanged',
        articleId: existing.id,
        actors: st.articleActorIds.all({ id: existing.id }).length,
        events: st.articleEventCount.get(existing.id) ?? 0,
        quotes: st.articleQuoteCount.get(existing.id) ?? 0,
      };
    }

    // Replace earlier versions (same path or url). Their actors become orphan candidates, deleted
    // at the end unless the new version refers to them too.
    const previous = new Set([...replacing, ...st.articlesByPathOrUrl.all(article.path, article.url).map((r) => r.id)]);
    const orphanCandidates = new Set<number>();
    for (const id of previous) for (const actorId of this.detach(id)) orphanCandidates.add(actorId);

    const articleId = Number(
      st.insertArticle.run({
        id: keepId,
        path: article.path,
        url: article.url,
        title: article.title,
        byline: article.byline,
        published: article.published,
        sources: JSON.stringify(article.sources),
        hash: article.hash,
        text: article.text,
        ingestedAt: new Date().toISOString(),
        credits: JSON.stringify(article.credits ?? []),
      }).lastInsertRowid,
    );
    // Sentences, and the provenance sentences the article's sentence list lacks (citations always
    // have their text): the first text given for an index is the one kept, in the order the facts
    // below cite them (roles, events, quotes, credits), as when each fact wrote its own.
    const sentenceRows = new Map<number, { text: string; start: number | null; end: number | null }>();
    for (const s of article.sentences) if (!sentenceRows.has(s.index)) sentenceRows.set(s.index, { text: s.text, start: s.start, end: s.end });
    const cite = (idx: number, text: string) => {
      if (!sentenceRows.has(idx)) sentenceRows.set(idx, { text, start: null, end: null });
    };
    const roleKeys = extraction.actors.map((actor) => actor.roles.map((role) => titleKey(role.title)));
    extraction.actors.forEach((actor, a) => actor.roles.forEach((role, r) => roleKeys[a]![r] && cite(role.sentenceIndex, role.sentence)));
    for (const event of extraction.events) cite(event.sentenceIndex, event.sentence);
    for (const quote of extraction.quotes) cite(quote.sentenceIndex, quote.sentence);
    for (const credit of extraction.credits ?? []) cite(credit.sentenceIndex, credit.line);
    // All of them at once (RowInserter), before any event (an event's full-text row takes its
    // sentence's text), in the order of their full-text rowids: FTS5 also writes out what it
    // holds whenever a row comes with a lower rowid than the last (sqlite3Fts5IndexBeginWrite).
    this.rows.sentences.run(
      [...sentenceRows.keys()].sort((x, y) => x - y).map((idx) => {
        const row = sentenceRows.get(idx)!;
        return [articleId, idx, row.text, row.start, row.end];
      }),
    );

    // Actors: resolve each against the index, then their per-article facts.
    const ids = new LocalIds();
    const localKeys = new Map<string, number>();
    for (const actor of extraction.actors) {
      const storedId = this.resolveActor(actor);
      ids.set(actor.id, storedId);
      for (const n of [actor.name, ...actor.aliases]) {
        const k = keyOf(n);
        if (k && !localKeys.has(k)) localKeys.set(k, storedId);
      }
    }
    const mentionsByLocal = new Map<number, number[]>();
    for (const m of extraction.mentions) {
      if (m.actorId === undefined) continue;
      const list = mentionsByLocal.get(m.actorId) ?? [];
      list.push(m.sentenceIndex);
      mentionsByLocal.set(m.actorId, list);
    }
    // (actor, sentence) pairs written: an actor named twice in a sentence, or two extracted actors
    // found to be one stored actor, would only offer the same mention row again
    const mentioned = new Map<number, Set<number>>();
    const mentionRows: unknown[][] = [];
    const roleRows: unknown[][] = [];
    extraction.actors.forEach((actor, a) => {
      const actorId = ids.get(actor.id, `actor ${actor.name}`);
      let seen = mentioned.get(actorId);
      if (!seen) mentioned.set(actorId, (seen = new Set()));
      for (const idx of [...actor.mentions, ...(mentionsByLocal.get(actor.id) ?? [])]) {
        if (seen.has(idx)) continue;
        seen.add(idx);
        mentionRows.push([actorId, articleId, idx]);
      }
      actor.roles.forEach((role, r) => {
        const key = roleKeys[a]![r]!;
        if (!key) return;
        roleRows.push([actorId, articleId, role.sentenceIndex, role.title.trim(), key, role.organization ?? null, role.organization ? keyOf(role.organization) || null : null]);
      });
      for (const affiliation of actor.affiliations) {
        const key = keyOf(affiliation);
        if (!key) continue;
        let other = localKeys.get(key) ?? null;
        if (other === null) {
          const stored = st.matchAnyByKey.all(key);
          other = stored.length === 1 ? stored[0]! : null;
        }
        if (other === actorId) continue;
        st.insertAffiliation.run(actorId, other, affiliation.trim(), key, articleId);
      }
    });
    this.rows.mentions.run(mentionRows);
    this.rows.roles.run(roleRows);

    // The actors events, quotes and credits name, checked in that order before any is written
    // (the first unknown one is the error, as when each was checked as it was written).
    const participants = extraction.events.map((event) =>
      event.participants.map((participant) => ids.get(participant.actorId, `participant ${participant.name} of event "${event.summary}"`)),
    );
    const speakers = extraction.quotes.map((quote) => (quote.speakerId === null ? null : ids.get(quote.speakerId, `speaker of quote "${quote.words}"`)));
    const credited = (extraction.credits ?? []).map((credit) => ids.get(credit.actorId, `credited ${credit.role}`));

    // events, then their participants (the events' ids are this article's, in the order written)
    this.rows.events.run(
      extraction.events.map((event) => [
        articleId,
        event.sentenceIndex,
        event.type,
        event.summary,
        event.trigger,
        event.place,
        event.date.start,
        event.date.end,
        event.date.precision,
        event.date.text,
        event.date.part ?? null,
        event.date.approximate ? 1 : 0,
        event.date.inferred ? 1 : 0,
      ]),
    );
    if (extraction.events.length) {
      const eventIds = st.eventIdsOf.all(articleId);
      if (eventIds.length !== extraction.events.length) throw new Error(`article ${articleId} has ${eventIds.length} events stored for ${extraction.events.length} written`);
      this.rows.participants.run(extraction.events.flatMap((event, e) => event.participants.map((participant, p) => [eventIds[e]!, participants[e]![p]!, participant.part])));
    }

    this.rows.quotes.run(
      extraction.quotes.map((quote, q) => {
        const d = quote.date?.start ? quote.date : null;
        return [articleId, quote.sentenceIndex, speakers[q]!, quote.speaker, quote.words, d?.start ?? null, d?.end ?? null, d?.precision ?? null, d?.text ?? null];
      }),
    );

    this.rows.sentenceDates.run(
      (extraction.dates ?? []).filter((d) => d.date.start).map((d) => [articleId, d.sentenceIndex, d.date.start, d.date.end, d.date.precision, d.date.text]),
    );
    this.rows.credits.run((extraction.credits ?? []).map((credit, c) => [articleId, credited[c]!, credit.role, credit.sentenceIndex]));

    if (orphanCandidates.size > 0) st.deleteOrphans.run(json(orphanCandidates));
    // editors' corrections hold over whatever this article's extraction says
    this.corrections.enforce();

    return {
      status: previous.size > 0 ? 'replaced' : 'added',
      articleId,
      actors: ids.values().size,
      events: extraction.events.length,
      quotes: extraction.quotes.length,
    };
  }

  /** The stored actor an extracted actor is, creating one when nothing matches. */
  private resolveActor(actor: ExtractedActor): number {
    const name = actor.name.trim();
    const key = keyOf(name);
    const names = [name, ...actor.aliases.map((a) => a.trim())].filter((n) => keyOf(n) !== '');
    const match = key ? this.findMatch(actor.type, name, key, names) : null;
    if (match === null) return this.createActor(name, key, actor.type, names);

    const st = this.st;
    const stored = st.actorCore.get(match)!;
    if (stored.type === 'other' && actor.type !== 'other') st.setActorType.run(actor.type, match);
    // "LNA" stored first, "Libyan National Army (LNA)" later: the spelled-out name is the better canonical.
    const acronymSpelledOut = /^[\p{Lu}\d.]{2,8}$/u.test(stored.name) && name.split(/\s+/).length >= 2 && names.some((n) => keyOf(n) === stored.key);
    if (shouldUpgradeCanonical(stored.key, key) || acronymSpelledOut) this.setCanonical(match, name);
    for (const n of names) this.addAlias(match, n);
    return match;
  }

  private createActor(name: string, key: string, type: ActorType, names: string[]): number {
    const st = this.st;
    const reuse = this.reuseIds ? [name, ...names].map((n) => this.reuseIds!.get(reuseKey(type, foldOf(n)))).find((v) => v !== undefined) : undefined;
    if (reuse !== undefined) for (const [k, v] of this.reuseIds!) if (v === reuse) this.reuseIds!.delete(k);
    const id = Number(st.insertActor.run(reuse ?? null, name, type, key).lastInsertRowid);
    st.upsertCanonical.run(id, name, foldOf(name), key, surnameOf(name));
    this.indexName(id, name);
    for (const n of names) this.addAlias(id, n);
    return id;
  }

  private setCanonical(actorId: number, name: string): void {
    const st = this.st;
    const key = keyOf(name);
    st.demoteCanonical.run(actorId);
    st.upsertCanonical.run(actorId, name, foldOf(name), key, surnameOf(name));
    this.indexName(actorId, name, false);
    st.setActorName.run(name, key, actorId);
  }

  private addAlias(actorId: number, name: string): void {
    // most names an actor is found by are its names already: looking costs a third of an INSERT
    // that does nothing (a write statement opens a savepoint, which every FTS5 table answers)
    if (this.st.nameIdByFold.get(actorId, foldOf(name)) !== undefined) return;
    if (this.st.insertAlias.run(actorId, name, foldOf(name), keyOf(name), surnameOf(name)).changes) this.indexName(actorId, name);
  }

  /**
   * Transliteration codes and words of a name row, for the resolver and completion. `fresh`: the
   * row is new, with no words yet; otherwise (a canonical name written again) words it gains are
   * added to the word list of every row of the name.
   */
  private indexName(actorId: number, name: string, fresh = true): void {
    const nameId = this.st.nameIdByFold.get(actorId, foldOf(name));
    if (nameId === undefined) return;
    const k = nameIndexKeys(name);
    this.st.setNameCodes.run(k.phon, k.phonAlt, k.lastCode, k.lastAlt, k.initials, nameId);
    const words = k.words.join(' ');
    let added = 0;
    for (const w of k.words) added += this.st.insertNameWord.run(w, nameId, actorId, words).changes;
    if (!fresh && added) this.st.refreshNameWords.run({ id: nameId });
  }

  /**
   * Entity resolution across articles.
   * - Organisations, places, 'other': any name/alias key equal to a stored name/alias key of a
   *   compatible type.
   * - Persons, strong: a key of two or more words (name or alias) equal to a stored name/alias key.
   * - Persons, weak: a one-word key (a surname-only name, a one-word alias, or the new full name's
   *   surname) names a stored person only when that is unambiguous: exactly one person goes by
   *   it; or, when several do, exactly one whose canonical name is that one word (an earlier bare
   *   "Haftar" kept apart) for a one-word new name, or exactly one full name compatible with the
   *   new full name ("Khalifa Haftar" ⊂ "Khalifa Belqasim Haftar") for a longer one. Full names that
   *   disagree ("Khaled Haftar" vs "Khalifa Haftar") never merge.
   */
  private findMatch(type: ActorType, name: string, key: string, names: string[]): number | null {
    const keys = [...new Set(names.map(keyOf))];
    if (type !== 'person') return this.bestByName(type, keys);

    const strong = this.bestByName(type, keys.filter((k) => k.includes(' ')));
    if (strong !== null) return strong;

    const tokens = keyTokens(key);
    const weakKeys = new Set(keys.filter((k) => !k.includes(' ')));
    const surname = surnameOf(name);
    if (surname) weakKeys.add(surname);
    const picks = new Set<number>();
    for (const weak of weakKeys) {
      const found = this.st.matchWeak.all({ key: weak }).map((r) => ({ id: r.id, tokens: keyTokens(r.canonical_key) }));
      let pick: number | null = null;
      if (tokens.length === 1) {
        if (found.length === 1) pick = found[0]!.id;
        else {
          const bare = found.filter((f) => f.tokens.length === 1 && f.tokens[0] === weak);
          if (bare.length === 1) pick = bare[0]!.id;
        }
      } else if (found.length === 1) {
        if (namesCompatible(tokens, found[0]!.tokens)) pick = found[0]!.id;
      } else {
        const full = found.filter((f) => f.tokens.length > 1 && namesCompatible(tokens, f.tokens));
        if (full.length === 1) pick = full[0]!.id;
      }
      if (pick !== null) picks.add(pick);
    }
    return picks.size === 1 ? [...picks][0]! : null;
  }

  /**
   * Best stored actor sharing one of `keys`: same type first, then canonical over alias, then most
   * mentioned, then the oldest. Mentions are counted only for the actors still tied after the
   * first two (counting a well-known actor's mentions for every name that matches it was a
   * tenth of a save).
   */
  private bestByName(type: ActorType, keys: string[]): number | null {
    if (keys.length === 0) return null;
    let best = -1;
    let tied: number[] = [];
    for (const [id, rowType, kind] of keys.length === 1 ? this.st.matchName.all(keys[0]) : this.st.matchNames.all(json(keys))) {
      if (!typesCompatible(type, rowType)) continue;
      const rank = (rowType === type ? 2 : 0) + (kind === 'name' ? 1 : 0);
      if (rank > best) [best, tied] = [rank, [id]];
      else if (rank === best && !tied.includes(id)) tied.push(id);
    }
    if (tied.length <= 1) return tied[0] ?? null;
    let pick = -1;
    let most = -1;
    for (const [id, count] of this.st.mentionCounts.all(json(tied))) {
      if (count > most || (count === most && id < pick)) [pick, most] = [id, count];
    }
    return pick;
  }

  // -- reading --

  counts(): { articles: number; actors: number; events: number; quotes: number } {
    return this.st.counts.get()!;
  }

  listArticles(): ArticleRef[] {
    return this.st.listArticles.all().map(toRef);
  }

  getArticle(id: number): (ArticleRef & { text: string }) | null {
    const row = this.st.getArticle.get(id);
    return row ? { ...toRef(row), text: row.text } : null;
  }

  listActors(): Actor[] {
    return this.hydrateActors(this.st.listActors.all());
  }

  getActor(id: number): Actor | null {
    return this.hydrateActors(this.st.actorsByIds.all(json([id])))[0] ?? null;
  }

  findActorsByKey(key: string): Actor[] {
    const keys = json(new Set([key, nameKey(key)]));
    const ids = this.st.actorIdsByKey.all(keys, keys);
    if (ids.length === 0) return [];
    return this.hydrateActors(this.st.actorsByIds.all(json(ids)));
  }

  // name search: candidates for the resolver (bench/corpus.ts leaves this out of its fingerprint)
  readingNames<T>(read: () => T): T {
    if (this.db.inTransaction) return read();
    this.st.beginReading.run();
    try {
      return read();
    } finally {
      if (this.db.inTransaction) this.st.endReading.run();
    }
  }

  namesByKey(key: string, limit = 200): NameHit[] {
    return this.st.namesByKey.all({ key, limit }).map(toHit);
  }

  personsByRoleWords(words: string[], limit = 10): number[] {
    return this.st.personsByRoleWords.all({ words: JSON.stringify(words.map((w) => w.toLowerCase())), limit });
  }

  nameIdsByWord(word: string, limit = 100): number[] {
    return this.st.nameIdsByWord.all({ word, limit });
  }

  namesByInitials(initials: string, limit = 200): NameHit[] {
    return this.st.namesByInitials.all({ initials: foldInitials(initials), limit }).map(toHit);
  }

  orgNamesByInitialsOpening(initials: string, limit = 200): NameHit[] {
    return this.st.namesByInitialsOpening.all({ initials: foldInitials(initials), limit }).map(toHit);
  }

  orgNamesOpeningWith(word: string, limit = 200, nextWords?: ReadonlySet<string>): NameHit[] {
    const range = { from: `${word} `, to: `${word}!` };
    if (!nextWords) return this.st.orgNamesOpeningWith.all({ ...range, limit }).map(toHit);
    // A first name opens hundreds of persons' names ("jean ..."), each a row and an actor to read
    // for its type, and seldom an organisation's: the key index alone tells first whether any
    // name's next word is one of these.
    let words = nextWordsJson.get(nextWords);
    if (words === undefined) nextWordsJson.set(nextWords, (words = json(nextWords)));
    if (!this.st.nameOpensWithNextWord.get({ ...range, words })) return [];
    return this.st.orgNamesOpeningWith
      .all({ ...range, limit })
      .map(toHit)
      .filter((h) => nextWords.has(h.key.split(' ')[1]!));
  }

  namesByKeys(keys: string[], limit = 200): NameHit[] {
    return this.namesByIds(this.nameIdsByKeys(keys, limit));
  }

  nameIdsByKeys(keys: string[], limit = 200): number[] {
    if (!keys.length) return [];
    const list = json(keys);
    return this.st.nameIdsByKeys.all(list, list, { limit });
  }

  namesByPhonetic(codes: [string, string], limit = 200): NameHit[] {
    return this.namesByIds(this.nameIdsByPhonetic(codes, limit));
  }

  nameIdsByPhonetic(codes: [string, string], limit = 200): number[] {
    return this.st.nameIdsByPhon.all({ a: codes[0], b: codes[1], limit });
  }

  namesByLastWordCode(codes: [string, string], limit = 200): NameHit[] {
    return this.namesByIds(this.nameIdsByLastWordCode(codes, limit));
  }

  nameIdsByLastWordCode(codes: [string, string], limit = 200): number[] {
    return this.st.nameIdsByLastCode.all({ a: codes[0], b: codes[1], limit });
  }

  /** `initial` may be the whole (misspelt) word: then only words within a letter of its length count. */
  namesByWordAndInitial(word: string, initial: string, limit = 100): NameHit[] {
    return this.namesByIds(this.nameIdsByWordAndInitial(word, initial, limit));
  }

  /**
   * Names with `word` and another word of `initial`'s first letter, a letter or less longer or
   * shorter than `initial` when it is more than a letter (a typo changes a word's length by one at
   * most): the first `limit` names in id order, since a common first name's namesakes of other
   * lengths must not crowd out the misspelt one. Only the first WORD_SCAN names with `word` are
   * read: a first name thousands share would cost milliseconds, for the rare name the trigram
   * steps have not found already.
   */
  nameIdsByWordAndInitial(word: string, initial: string, limit = 100): number[] {
    const w = foldName(word).trim();
    const other = foldName(initial).trim();
    const lo = other.codePointAt(0);
    if (!w || lo === undefined) return [];
    const len = codePoints(other);
    const tol = len > 1 ? 1 : Infinity;
    const out: number[] = [];
    for (const [nameId, words] of this.st.nameWordsOfWord.all({ word: w, scan: WORD_SCAN })) {
      if (out.length >= limit) break;
      for (const o of words.split(' '))
        if (o !== w && o.codePointAt(0) === lo && Math.abs(codePoints(o) - len) <= tol) {
          out.push(nameId);
          break;
        }
    }
    return out;
  }

  namesByWordPrefixes(first: { prefix: string; length: number }, second: { prefix: string; length: number }, limit = 100): NameHit[] {
    return this.namesByIds(this.nameIdsByWordPrefixes(first, second, limit));
  }

  nameIdsByWordPrefixes(first: { prefix: string; length: number }, second: { prefix: string; length: number }, limit = 100): number[] {
    const range = (w: { prefix: string; length: number }) => {
      const lo = foldName(w.prefix).trim();
      return { lo, hi: `${lo}\u{10FFFF}`, len: w.length };
    };
    let [a, b] = [range(first), range(second)];
    if (!a.lo || !b.lo) return [];
    // read from the side with fewer such words: a prefix that few names hold anywhere ("krz") may
    // still start thousands of words (Krzysztof), where one many names hold ("rim": Karim,
    // Ibrahim) starts few; past the scan limit the name would be missed
    // (counts that stop past the scan limit: a side under it is read whole anyway)
    const words = (w: typeof a) => this.st.wordsWithPrefix.get({ lo: w.lo, hi: w.hi, len: w.len, tol: PREFIX_LENGTH_TOLERANCE, cap: WORD_SCAN + 1 }) ?? 0;
    const wa = words(a);
    if (wa > WORD_SCAN && words(b) < wa) [a, b] = [b, a];
    // the first rows of the side read, in word order; a name once (it may have two such words)
    // with a word of the other prefix (the word itself may be it), about as long as the query's
    const out: number[] = [];
    const seen = new Set<number>();
    for (const [nameId, words] of this.st.nameWordsInRange.all({ lo: a.lo, hi: a.hi, len: a.len, tol: PREFIX_LENGTH_TOLERANCE, scan: WORD_SCAN })) {
      if (out.length >= limit) break;
      if (seen.has(nameId)) continue;
      // a word from `lo` up to `lo` + U+10FFFF is a word starting with `lo`: names' words hold letters and digits only
      for (const o of words.split(' '))
        if (o.startsWith(b.lo) && Math.abs(codePoints(o) - b.len) <= PREFIX_LENGTH_TOLERANCE) {
          seen.add(nameId);
          out.push(nameId);
          break;
        }
    }
    return out;
  }

  /** Drops the name caches when another connection (an ingest in another process) has written. */
  private checkCaches(): void {
    const v = this.st.dataVersion.get()!;
    if (v !== this.cachedAt) [this.trigramDf, this.names, this.cachedAt] = [null, null, v];
  }

  nameCount(): number {
    this.checkCaches();
    this.names ??= this.st.nameCount.get() ?? 0;
    return this.names;
  }

  trigramFrequencies(trigrams: string[]): Map<string, number> {
    // The whole vocabulary (tens of thousands of trigrams) is read once and kept until names
    // change: looking terms up in fts5vocab costs more than a query's whole key step.
    this.checkCaches();
    this.trigramDf ??= new Map(this.st.allTrigramFrequencies.all().map((r) => [r.term, r.doc]));
    const out = new Map<string, number>();
    for (const t of trigrams) {
      const df = this.trigramDf.get(t);
      if (df !== undefined) out.set(t, df);
    }
    return out;
  }

  namesByTrigrams(groups: string[][], limit = 200): NameHit[] {
    return this.namesByIds(this.nameIdsByTrigrams(groups, limit));
  }

  nameIdsByTrigrams(groups: string[][], limit = 200): number[] {
    const kept = groups.map((g) => [...new Set(g.filter((t) => [...t].length === 3))]).filter((g) => g.length);
    if (!kept.length) return [];
    // What the FTS5 query below lists, from the trigrams' doclists: names holding two of one
    // group's trigrams, or a trigram of each of two groups; the first `limit`, ascending. A
    // trigram of more than DOC_MAX names leaves the lookup to FTS5.
    this.trigramFrequencies([]);
    const vocab = this.trigramDf!;
    if (kept.every((g) => g.every((t) => (vocab.get(t) ?? 0) <= DOC_MAX))) {
      const docs = kept.map((g) => g.map((t) => this.trigramDoc(t)));
      if (docs.every((g) => g.every((d) => d !== null))) {
        const lists = docs as Uint32Array[][];
        if (lists.length > 1) return inTwoGroups(lists, limit);
        // one group: two of its trigrams, each list a group of its own
        return lists[0]!.length === 1 ? Array.from(lists[0]![0]!.subarray(0, limit)) : inTwoGroups(lists[0]!.map((l) => [l]), limit);
      }
    }
    const terms = kept.map((g) => g.map(ftsPhrase));
    // Names holding two of the trigrams, from different words when there are several: AND is a
    // doclist intersection (cheap), where OR over common trigrams would gather everything that
    // shares a single one. A one-word query pairs its own trigrams.
    // Written so that each trigram appears once: FTS5 reads a term's doclist for every time it
    // occurs in the expression, so "(a OR b) AND (c OR d)" costs half of "a AND c OR a AND d OR ...".
    let match: string;
    if (terms.length === 1) {
      // two of one word's trigrams: (t0 AND (t1 OR t2 ...)) OR (t1 AND (t2 OR ...)) OR ...
      const t = terms[0]!;
      const parts: string[] = [];
      for (let i = 0; i + 1 < t.length; i++) parts.push(`(${t[i]} AND (${t.slice(i + 1).join(' OR ')}))`);
      match = parts.length ? parts.join(' OR ') : t[0]!;
    } else {
      // one trigram of each of two different words
      const pairs: string[] = [];
      for (let a = 0; a < terms.length; a++)
        for (let b = a + 1; b < terms.length; b++) pairs.push(`(${terms[a]!.join(' OR ')}) AND (${terms[b]!.join(' OR ')})`);
      match = pairs.length === 1 ? pairs[0]! : pairs.map((p) => `(${p})`).join(' OR ');
    }
    return this.st.nameIdsByTrigram.all({ match, limit });
  }

  /** A trigram's names, ascending (kept: trigramDocs); null if an id would not fit the list. The vocabulary is current (trigramFrequencies). */
  private trigramDoc(t: string): Uint32Array | null {
    const vocab = this.trigramDf!;
    let kept = trigramDocs.get(vocab);
    if (!kept) trigramDocs.set(vocab, (kept = { lists: new Map(), ids: 0 }));
    let doc = kept.lists.get(t);
    if (doc) {
      // most recently used last: the budget drops the first
      kept.lists.delete(t);
      kept.lists.set(t, doc);
      return doc;
    }
    const budget = docBudget(this.nameCount());
    const ids = this.st.trigramDoc.all(ftsPhrase(t));
    if (ids.length > Math.min(budget, DOC_MAX) || ids.some((id) => id > 0xffffffff || id < 0)) return null;
    doc = Uint32Array.from(ids);
    kept.ids += doc.length;
    for (const [k, d] of kept.lists) {
      if (kept.ids <= budget) break;
      kept.lists.delete(k);
      kept.ids -= d.length;
    }
    kept.lists.set(t, doc);
    return doc;
  }

  namesByIds(ids: number[]): NameHit[] {
    if (!ids.length) return [];
    return this.st.namesByIds.all(json(ids)).map(toHit);
  }

  nameRowsByIds(ids: number[]): NameHit[] {
    if (!ids.length) return [];
    return this.st.nameRowsByIds.all(json(ids)).map(toHit);
  }

  actorKinds(actorIds: number[]): Map<number, { type: ActorType; canonical: string }> {
    if (!actorIds.length) return new Map();
    return new Map(this.st.actorKinds.all(json(new Set(actorIds))).map(([id, type, canonical]) => [id, { type, canonical }]));
  }

  namesByPrefix(prefix: string, limit = 25): NameHit[] {
    const lo = foldName(prefix).trim();
    if (!lo) return [];
    const hi = `${lo}\u{10FFFF}`;
    const whole = this.st.namesByFoldPrefix.all({ lo, hi, limit }).map(toHit);
    if (whole.length >= limit) return whole;
    const words = this.st.namesByWordPrefix.all({ lo, hi, limit: limit * 4 }).map(toHit);
    const seen = new Set(whole.map((h) => h.nameId));
    return [...whole, ...words.filter((h) => !seen.has(h.nameId))];
  }

  namePrefixHits(prefix: string, limit = 25): PrefixHit[] {
    const lo = foldName(prefix).trim();
    if (!lo) return [];
    const hi = `${lo}\u{10FFFF}`;
    const hit = ([nameId, actorId, canonical]: PrefixHitRow): PrefixHit => ({ nameId, actorId, canonical });
    const whole = this.st.namePrefixHitsByFold.all({ lo, hi, limit }).map(hit);
    if (whole.length >= limit) return whole;
    const words = this.st.namePrefixHitsByWord.all({ lo, hi, limit: limit * 4 }).map(hit);
    const seen = new Set(whole.map((h) => h.nameId));
    return [...whole, ...words.filter((h) => !seen.has(h.nameId))];
  }
  // end of name search

  actorBriefs(ids: number[]): ActorBrief[] {
    if (!ids.length) return [];
    const rows = this.st.actorBriefs.all(json(ids));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is ActorBrief => Boolean(r));
  }

  actorNames(): ActorNameRow[] {
    return this.st.actorNames.all().map((r) => ({ actorId: r.actor_id, name: r.name, kind: r.kind, type: r.type }));
  }

  listEvents(): Event[] {
    return this.hydrateEvents(this.st.listEvents.all());
  }

  eventsNaming(actorId: number, limit = 200): Event[] {
    return this.hydrateEvents(this.st.eventsNaming.all({ actorId, limit }));
  }

  eventsForActor(actorId: number): Event[] {
    return this.hydrateEvents(this.st.eventsForActor.all(actorId));
  }

  searchEvents(terms: string[]): Event[] {
    const folded = terms.map(foldName).filter((t) => t.length > 0);
    if (folded.length === 0) return [];
    // The trigram index needs three characters; shorter terms are checked on the candidates only.
    const indexed = folded.filter((t) => [...t].length >= 3);
    const rows = indexed.length
      ? this.st.searchEvents.all(indexed.map(ftsPhrase).join(' '))
      : this.st.listEvents.all();
    const hits = rows.filter((r) => {
      const haystack = foldName(`${r.summary}\n${r.trigger_word}\n${r.sentence}`);
      return folded.every((t) => haystack.includes(t));
    });
    return this.hydrateEvents(hits);
  }

  searchText(match: MatchExpression, limit: number): SearchRow[] {
    const n = Math.max(0, Math.min(Math.floor(Number.isFinite(limit) ? limit : 0), 100_000));
    if (!match.trim() || n === 0) return [];
    let rows: SearchTextRow[];
    try {
      rows = this.st.searchText.all({ match, limit: n });
    } catch (err) {
      // SQLite's message quotes the expression, which holds the user's words: keep them out of logs
      if (err instanceof Database.SqliteError) throw new Error(`the search index refused a built expression (${err.code})`);
      throw err;
    }
    return rows.map((r) => ({
      kind: SEARCH_KINDS[r.k],
      articleId: r.article_id,
      sentenceIndex: r.sentence_idx,
      sentence: r.sentence,
      text: r.text,
      highlighted: r.highlighted,
      rank: r.rank,
      total: r.total,
    }));
  }

  quotesForActor(actorId: number): Quote[] {
    return this.hydrateQuotes(this.st.quotesForActor.all(actorId));
  }

  listQuotes(): Quote[] {
    return this.hydrateQuotes(this.st.listQuotes.all());
  }

  sentencesMentioning(actorId: number): Citation[] {
    const rows = this.st.sentencesMentioning.all(actorId);
    const refs = this.refs(rows.map((r) => r.article_id));
    return rows.map((r) => ({ article: refs.get(r.article_id)!, sentenceIndex: r.sentence_idx, sentence: r.sentence }));
  }

  articlesForActor(actorId: number): ArticleRef[] {
    return this.st.articlesForActor.all(actorId).map(toRef);
  }

  findArticles(ref: string): ArticleRef[] {
    const r = ref.trim();
    if (!r) return [];
    // LIKE's wildcards in a file name are literal characters
    return this.st.articlesByRef.all({ ref: r, like: r.replace(/[\\%_]/g, (c) => `\\${c}`) }).map(toRef);
  }

  articlesTitled(words: string): ArticleRef[] {
    const r = words.trim();
    return r ? this.st.articlesByTitleWords.all({ ref: r }).map(toRef) : [];
  }

  removeArticle(id: number): { events: number; quotes: number; actorsRemoved: number } | null {
    // immediate: take the write lock before reading, as saves do, so a concurrent writer waits
    const result = this.db.transaction(() => this.remove(id)).immediate();
    if (result) [this.trigramDf, this.names] = [null, null];
    return result;
  }

  /** Deletes an article, its facts, and the actors nothing else refers to; inside a transaction. */
  private remove(id: number): { events: number; quotes: number; actorsRemoved: number } | null {
    const st = this.st;
    if (!st.articleRefsByIds.all(json([id])).length) return null;
    const events = st.articleEventCount.get(id) ?? 0;
    const quotes = st.articleQuoteCount.get(id) ?? 0;
    const before = st.counts.get()!.actors;
    const candidates = this.detach(id);
    if (candidates.length) st.deleteOrphans.run(json(candidates));
    return { events, quotes, actorsRemoved: before - st.counts.get()!.actors };
  }

  /** Deletes an article and its facts; returns the actors it referred to, which may now be orphans. */
  private detach(id: number): number[] {
    const st = this.st;
    const actors = new Set([...st.articleActorIds.all({ id }), ...st.affiliatedActorIds.all(id)]);
    st.deleteArticle.run(id);
    return [...actors];
  }

  meta(key: string): string | null {
    return this.st.getMeta.get(key) ?? null;
  }

  setMeta(key: string, value: string): void {
    this.st.setMeta.run(key, value);
  }

  peopleOf(actorId: number): { actorId: number; name: string; title: string | null; citation: Citation | null }[] {
    const actor = this.getActor(actorId);
    if (!actor) return [];
    const keys = [...new Set([actor.name, ...actor.aliases].map((n) => nameKey(n)).filter(Boolean))];
    const rows = this.st.peopleOf.all(json(keys), actorId);
    const refs = this.refs(rows.map((r) => r.article_id));
    // one line a person: a role that names the organisation outranks a bare affiliation
    const out = new Map<number, { actorId: number; name: string; title: string | null; citation: Citation | null }>();
    for (const r of rows) {
      if (r.actor_id === actorId) continue;
      const had = out.get(r.actor_id);
      if (had?.title) continue;
      out.set(r.actor_id, {
        actorId: r.actor_id,
        name: r.name,
        title: r.title,
        citation: r.sentence_idx === null ? null : { article: refs.get(r.article_id)!, sentenceIndex: r.sentence_idx, sentence: r.sentence ?? '' },
      });
    }
    return [...out.values()];
  }

  datedSentences(words: string[], limit: number, prefixes = false): { date: FactDate; citation: Citation }[] {
    // every word as a phrase of its own (a prefix when asked): user text never becomes FTS syntax
    const terms = words.map((w) => w.replace(/["*\u0000-\u001f]/g, ' ').trim()).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (!terms.length) return [];
    const match = terms.map((t) => `"${t}"${prefixes && [...t].length >= 3 ? '*' : ''}`).join(' ');
    const rows = this.st.datedSentences.all({ match, limit: Math.max(1, Math.min(limit, 100)) });
    const refs = this.refs(rows.map((r) => r.article_id));
    return rows.map((r) => ({
      date: { start: r.date_start, end: r.date_end, precision: r.date_precision, text: r.date_text },
      citation: { article: refs.get(r.article_id)!, sentenceIndex: r.sentence_idx, sentence: r.sentence },
    }));
  }

  creditsForActor(actorId: number): { role: string; citation: Citation }[] {
    const rows = this.st.creditsForActor.all(actorId);
    const refs = this.refs(rows.map((r) => r.article_id));
    return rows.map((r) => ({ role: r.role, citation: { article: refs.get(r.article_id)!, sentenceIndex: r.sentence_idx, sentence: r.sentence } }));
  }

  storedArticle(id: number): Article | null {
    const row = this.st.storedArticle.get(id);
    if (!row) return null;
    const ref = toRef(row);
    return {
      credits: parseCredits(row.credits),
      path: ref.path,
      url: ref.url,
      title: ref.title,
      byline: ref.byline,
      published: ref.published,
      sources: ref.sources,
      text: row.text,
      hash: row.hash,
      sentences: this.st.articleSentences.all(id).map((r) => ({ index: r.idx, text: r.text, start: r.start_offset, end: r.end_offset })),
    };
  }

  correct(data: CorrectionData, by: string, reason: string, at: string): number {
    const result = this.db.transaction(() => {
      const id = this.corrections.add(data, by, at, reason);
      this.corrections.enforce();
      return id;
    }).immediate();
    [this.trigramDf, this.names] = [null, null];
    return result;
  }

  undoCorrection(
    id: number,
    by: string,
    at: string,
    reason: string | null,
    rebuild: { id: number; article: Article; extraction: Extraction }[],
    reach: () => Iterable<number>,
  ): boolean | 'moved' {
    const done = this.db.transaction((): boolean | 'moved' => {
      const have = new Set(rebuild.map((r) => r.id));
      if ([...reach()].some((a) => !have.has(a)) || rebuild.some((r) => this.st.storedArticle.get(r.id)?.hash !== r.article.hash)) return 'moved';
      if (!this.corrections.markUndone(id, by, at, reason)) return false;
      this.rebuild(rebuild);
      this.corrections.enforce();
      return true;
    }).immediate();
    [this.trigramDf, this.names] = [null, null];
    return done;
  }

  importCorrections(list: Omit<Correction, 'id'>[]): { added: number; skipped: number } {
    const result = this.db.transaction(() => {
      let added = 0;
      for (const c of list) {
        if (this.corrections.has(c.data, c.by, c.at)) continue;
        this.corrections.add(c.data, c.by, c.at, c.reason, c.undoneAt ? { by: c.undoneBy ?? c.by, at: c.undoneAt, reason: c.undoReason ?? null } : null);
        added++;
      }
      if (added) this.corrections.enforce();
      return { added, skipped: list.length - added };
    }).immediate();
    [this.trigramDf, this.names] = [null, null];
    return result;
  }

  /**
   * Extracted afresh: these articles' facts are all taken out first, with the actors only they
   * name (and the names corrections gave those actors), then saved again under their own ids.
   * The caller has checked that each article's text is still the one extracted.
   */
  private rebuild(current: { id: number; article: Article; extraction: Extraction }[]): void {
    const st = this.st;
    const ingestedAt = new Map(current.map((r) => [r.id, st.ingestedAt.get(r.id)!]));
    const candidates = new Set<number>();
    for (const r of current) for (const a of this.detach(r.id)) candidates.add(a);
    // the actors that go with these articles come back with them: under their old ids, so that
    // links, watches and answers given before still name them
    const names = new Map<string, number>();
    for (const id of candidates) {
      const a = st.actorCore.get(id);
      if (!a) continue;
      for (const n of [{ fold: foldName(a.name) }, ...st.actorNameFolds.all(id)]) {
        const k = reuseKey(a.type, n.fold);
        if (!names.has(k)) names.set(k, id);
      }
    }
    const watched = candidates.size ? st.watchesOf.all(json(candidates)) : [];
    if (candidates.size) st.deleteOrphans.run(json(candidates));
    this.reuseIds = new Map([...names].filter(([, id]) => !st.actorCore.get(id)));
    try {
      for (const r of current) {
        this.save(r.article, r.extraction, [], r.id);
        st.setIngestedAt.run(ingestedAt.get(r.id), r.id);
      }
    } finally {
      this.reuseIds = null;
    }
    for (const w of watched) st.rewatch.run(w.actor_id, w.id, w.actor_id);
  }

  refreshArticle(id: number, article: Article, extraction: Extraction): SaveResult {
    const result = this.db.transaction(() => this.save(article, extraction, [id])).immediate();
    [this.trigramDf, this.names] = [null, null];
    return result;
  }

  eventsInArticles(articleIds: number[]): Event[] {
    return articleIds.length ? this.hydrateEvents(this.st.eventsInArticles.all(json(articleIds))) : [];
  }

  quotesInArticles(articleIds: number[]): Quote[] {
    return articleIds.length ? this.hydrateQuotes(this.st.quotesInArticles.all(json(articleIds))) : [];
  }

  mentionsInArticles(articleIds: number[]): { actorId: number; articleId: number; sentenceIndex: number }[] {
    if (!articleIds.length) return [];
    return this.st.mentionsInArticles.all(json(articleIds)).map((r) => ({ actorId: r.actor_id, articleId: r.article_id, sentenceIndex: r.sentence_idx }));
  }

  // -- hydration: a handful of set queries per call, never one query per row --

  articleRefs(articleIds: Iterable<number>): Map<number, ArticleRef> {
    return this.refs(articleIds);
  }

  private refs(articleIds: Iterable<number>): Map<number, ArticleRef> {
    const ids = new Set(articleIds);
    const map = new Map<number, ArticleRef>();
    if (ids.size === 0) return map;
    for (const row of this.st.articleRefsByIds.all(json(ids))) map.set(row.id, toRef(row));
    return map;
  }

  private hydrateActors(rows: ActorRow[]): Actor[] {
    if (rows.length === 0) return [];
    const ids = json(rows.map((r) => r.id));
    const st = this.st;
    const aliases = st.aliasesByActors.all(ids);
    const roles = st.rolesByActors.all(ids);
    const affiliations = st.affiliationsByActors.all(ids);
    const articles = st.articlesByActors.all(ids);
    const refs = this.refs([...roles.map((r) => r.article_id), ...articles.map((a) => a.article_id)]);

    const actors = new Map<number, Actor>();
    for (const r of rows) {
      actors.set(r.id, {
        id: r.id,
        name: r.name,
        type: r.type,
        aliases: [],
        roles: [],
        affiliations: [],
        articles: [],
        mentionCount: r.mention_count,
      });
    }
    for (const a of aliases) actors.get(a.actor_id)?.aliases.push(a.name);
    for (const r of roles) {
      const role: ActorRoleFact = {
        title: r.title,
        organization: r.organization,
        citation: { article: refs.get(r.article_id)!, sentenceIndex: r.sentence_idx, sentence: r.sentence },
      };
      actors.get(r.actor_id)?.roles.push(role);
    }
    for (const e of st.editorRolesByActors.all(ids)) {
      const actor = actors.get(e.actor_id);
      if (!actor) continue;
      const dated = { since: e.since, until: e.until, editor: true };
      if (e.added) actor.roles.push({ title: e.title, organization: null, citation: null, ...dated });
      else for (const r of actor.roles) if (titleKey(r.title) === e.title_key) Object.assign(r, dated);
    }
    const seenAffiliations = new Set<string>();
    for (const f of affiliations) {
      const dedupe = `${f.actor_id}:${f.other_actor_id ?? `key:${f.key}`}`;
      if (seenAffiliations.has(dedupe)) continue;
      seenAffiliations.add(dedupe);
      actors.get(f.actor_id)?.affiliations.push({ actorId: f.other_actor_id, name: f.name });
    }
    for (const a of articles) actors.get(a.actor_id)?.articles.push(refs.get(a.article_id)!);
    return [...actors.values()];
  }

  private hydrateEvents(rows: EventRow[]): Event[] {
    if (rows.length === 0) return [];
    const participants = new Map<number, Event['participants']>();
    for (const p of this.st.participantsByEvents.all(json(rows.map((r) => r.id)))) {
      const list = participants.get(p.event_id) ?? [];
      list.push({ actorId: p.actor_id, name: p.name, type: p.type, part: p.part });
      participants.set(p.event_id, list);
    }
    const refs = this.refs(rows.map((r) => r.article_id));
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      summary: r.summary,
      trigger: r.trigger_word,
      date: {
        start: r.date_start,
        end: r.date_end,
        precision: r.date_precision,
        text: r.date_text,
        part: r.date_part,
        approximate: r.approximate === 1,
        ...(r.date_inferred === 1 ? { inferred: true } : {}),
      },
      place: r.place,
      participants: participants.get(r.id) ?? [],
      citation: { article: refs.get(r.article_id)!, sentenceIndex: r.sentence_idx, sentence: r.sentence },
    }));
  }

  private hydrateQuotes(rows: QuoteRow[]): Quote[] {
    const refs = this.refs(rows.map((r) => r.article_id));
    return rows.map((r) => ({
      id: r.id,
      speaker: r.actor_id !== null && r.actor_name !== null ? { actorId: r.actor_id, name: r.actor_name } : null,
      speakerText: r.speaker_text,
      words: r.words,
      // when it was said, when the text says; else the day the article was published
      date: r.date_start
        ? { start: r.date_start, end: r.date_end, precision: r.date_precision ?? 'day', text: r.date_text ?? '', part: null, approximate: false }
        : publishedDate(r.published),
      citation: { article: refs.get(r.article_id)!, sentenceIndex: r.sentence_idx, sentence: r.sentence },
    }));
  }
}

/**
 * Opens (creating if needed) the fact index at `path`; ':memory:' for a throwaway one.
 * WAL journal, foreign keys on, migrations run to the current schema version.
 */
export interface OpenOptions {
  /**
   * A read-only connection, for answering queries beside a writer (worker threads): it never
   * migrates, and refuses a database whose schema is not this briefbot's.
   */
  readonly?: boolean;
}

/** How long opening waits for another process's lock (its WAL switch and migration). */
const OPEN_BUSY_MS = 30_000;

/**
 * Read the database file through a memory map (PRAGMA mmap_size) instead of a read() and a copy
 * for every page outside the connection's 16 MB cache: at 1M actors (a 2 GB index) that made the
 * resolver's p99 tail, 13 ms against 8.6 with the map, side by side (bench --against). 0x7fff0000
 * is the ceiling of the SQLite better-sqlite3 bundles (SQLITE_MAX_MMAP_SIZE); pages past it are
 * read as before. Only reads use the map; writes, and pages newer in the WAL, go as before, and a
 * checkpoint's writes are seen through it (the page cache is unified on Linux, macOS, Windows).
 * The map faults (SIGBUS) where read() would fail, e.g. on a file shrunk under it: the store never
 * shrinks its file (no VACUUM, auto_vacuum off). 64-bit only: 2 GB of a 32-bit address space
 * would starve the heap. In-memory databases have no file to map.
 */
const MMAP_BYTES = 0x7fff0000;
const MMAP_ARCHES = new Set(['x64', 'arm64', 'ppc64', 's390x', 'riscv64', 'loong64']);

function mapFile(db: Database.Database): void {
  if (!db.memory && MMAP_ARCHES.has(process.arch)) db.pragma(`mmap_size = ${MMAP_BYTES}`);
}

/**
 * Pages the WAL may hold before a commit copies them back into the database file (SQLite's
 * default is 1,000). An article's save writes some 70 pages to the WAL, most of them the same
 * pages again (index and full-text b-tree pages, the FTS5 structure record), so at 1,000 pages a
 * checkpoint came every fourteen articles and copied those pages each time; at 4,000 it copies
 * them a quarter as often. That was a third of COMMIT's time and a quarter of a save's (400
 * articles saved: COMMIT 745 -> 510 ms, a save 1.9 -> 1.4 ms). The WAL grows to 16 MB (4 KB
 * pages) before it is reused; readers find pages in it through the WAL index as before.
 */
const WAL_AUTOCHECKPOINT_PAGES = 4000;

export function openStore(path: string, options: OpenOptions = {}): Store {
  if (options.readonly) {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      checkVersion(db);
      mapFile(db);
      return new SqliteStore(db);
    } catch (err) {
      db.close();
      throw err;
    }
  }
  if (path !== ':memory:' && path !== '' && !path.startsWith('file:')) {
    mkdirSync(dirname(path), { recursive: true });
  }
  const db = new Database(path);
  try {
    // first: switching a new file to WAL waits for a lock another opener may hold, and so does
    // the migration; on a loaded machine another process's migration of a new file can take longer
    // than a query's wait, so opening waits longer, then every query waits its usual 5 s
    db.pragma(`busy_timeout = ${OPEN_BUSY_MS}`);
    // (SQLite answers some of these contended steps "database is locked" at once, without its busy
    // wait: while another opener switches the new file to WAL, reading it may not wait. Every step
    // is safe to repeat, so opening tries again until the same deadline.)
    const deadline = Date.now() + OPEN_BUSY_MS;
    for (;;) {
      try {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        migrate(db);
        break;
      } catch (err) {
        if (!(err instanceof Database.SqliteError && err.code.startsWith('SQLITE_BUSY')) || Date.now() > deadline) throw err;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
      }
    }
    db.pragma('busy_timeout = 5000');
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    mapFile(db);
    return new SqliteStore(db);
  } catch (err) {
    db.close();
    throw err;
  }
}
