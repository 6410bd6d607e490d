// The SQLite schema, as numbered migrations. PRAGMA user_version holds how many have run.
//
// Articles own their sentences, mentions, roles, affiliations, events (with participants) and
// quotes: every child row goes with ON DELETE CASCADE. Actors are shared across articles; the
// store deletes an actor once no mention, role, event or quote refers to it any more.
// Ids of articles, actors, events and quotes are AUTOINCREMENT: a replaced article's id (and its
// facts' ids) are never handed to something else, so ids remembered elsewhere stay safe.

import type Database from 'better-sqlite3';
import { initialsOf, nameKey } from '../search/keys.ts';
import { nameIndexKeys } from './name-index.ts';

export const MIGRATIONS: readonly string[] = [
  // 1: the initial schema.
  `
  CREATE TABLE articles (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    path        TEXT,
    url         TEXT,
    title       TEXT,
    byline      TEXT,
    published   TEXT,                       -- YYYY-MM-DD, YYYY-MM, YYYY or NULL
    sources     TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    hash        TEXT NOT NULL UNIQUE,
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL               -- ISO 8601
  );
  CREATE UNIQUE INDEX articles_path ON articles(path) WHERE path IS NOT NULL;
  CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;

  CREATE TABLE sentences (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    start_offset INTEGER,
    end_offset   INTEGER,
    PRIMARY KEY (article_id, idx)
  ) WITHOUT ROWID;

  CREATE TABLE actors (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,                     -- canonical name
    type TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place', 'other')),
    key  TEXT NOT NULL                      -- nameKey(name)
  );
  CREATE INDEX actors_key ON actors(key);

  -- Every name an actor goes by: the canonical one (kind 'name', exactly one) and aliases.
  CREATE TABLE actor_names (
    id           INTEGER PRIMARY KEY,
    actor_id     INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    fold         TEXT NOT NULL,             -- case/diacritic folded: one row per spelling
    key          TEXT NOT NULL,             -- nameKey(name)
    surname_key  TEXT,                      -- last word's key, for names of two or more words
    kind         TEXT NOT NULL CHECK (kind IN ('name', 'alias')),
    UNIQUE (actor_id, fold)
  );
  CREATE INDEX actor_names_key ON actor_names(key);
  CREATE INDEX actor_names_surname ON actor_names(surname_key) WHERE surname_key IS NOT NULL;

  CREATE TABLE mentions (
    actor_id     INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx INTEGER NOT NULL,
    PRIMARY KEY (actor_id, article_id, sentence_idx)
  ) WITHOUT ROWID;
  CREATE INDEX mentions_article ON mentions(article_id);

  CREATE TABLE roles (
    id           INTEGER PRIMARY KEY,
    actor_id     INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx INTEGER NOT NULL,
    title        TEXT NOT NULL,
    title_key    TEXT NOT NULL,             -- lower-cased, spaces collapsed: dedupe per actor and article
    organization TEXT,
    UNIQUE (actor_id, article_id, title_key)
  );
  CREATE INDEX roles_article ON roles(article_id);

  CREATE TABLE affiliations (
    id             INTEGER PRIMARY KEY,
    actor_id       INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    other_actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    name           TEXT NOT NULL,
    key            TEXT NOT NULL,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    UNIQUE (actor_id, article_id, key)
  );
  CREATE INDEX affiliations_article ON affiliations(article_id);
  CREATE INDEX affiliations_other ON affiliations(other_actor_id) WHERE other_actor_id IS NOT NULL;

  CREATE TABLE events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx   INTEGER NOT NULL,
    type           TEXT NOT NULL,
    summary        TEXT NOT NULL,
    trigger_word   TEXT NOT NULL,
    place          TEXT,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT NOT NULL,
    date_text      TEXT NOT NULL,
    date_part      TEXT,
    approximate    INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX events_article ON events(article_id, sentence_idx);
  CREATE INDEX events_date ON events(date_start);

  CREATE TABLE event_participants (
    id       INTEGER PRIMARY KEY,           -- keeps the extraction's order
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    part     TEXT NOT NULL CHECK (part IN ('agent', 'subject', 'other')),
    UNIQUE (event_id, actor_id, part)
  );
  CREATE INDEX event_participants_actor ON event_participants(actor_id);

  CREATE TABLE quotes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx INTEGER NOT NULL,
    actor_id     INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    speaker_text TEXT,
    words        TEXT NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE INDEX quotes_actor ON quotes(actor_id) WHERE actor_id IS NOT NULL;

  -- Full-text index over each event's summary, trigger and source sentence. Trigram: a term
  -- matches as a substring ("masri" finds "Almasri"), case- and diacritic-insensitively.
  -- rowid = events.id; kept in step by the triggers below (cascaded deletes fire them too).
  CREATE VIRTUAL TABLE events_fts USING fts5(
    summary, trigger_word, sentence,
    tokenize = 'trigram remove_diacritics 1'
  );
  CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, summary, trigger_word, sentence)
    VALUES (new.id, new.summary, new.trigger_word,
            coalesce((SELECT text FROM sentences WHERE article_id = new.article_id AND idx = new.sentence_idx), ''));
  END;
  CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_fts WHERE rowid = old.id;
  END;
  CREATE TRIGGER events_fts_update AFTER UPDATE OF summary, trigger_word, article_id, sentence_idx ON events BEGIN
    DELETE FROM events_fts WHERE rowid = old.id;
    INSERT INTO events_fts(rowid, summary, trigger_word, sentence)
    VALUES (new.id, new.summary, new.trigger_word,
            coalesce((SELECT text FROM sentences WHERE article_id = new.article_id AND idx = new.sentence_idx), ''));
  END;
  `,
  // 2: name search (phonetic words, trigram and prefix indexes) and full-text search over what
  // articles say (sentences, event summaries, quotes), for /who, autocomplete and /search.
  `
  -- Transliteration keys (Double Metaphone, particles dropped) of the whole name and of its last
  -- word, computed by the store in JavaScript: "Khalifa Hifter" and "Khalifa Haftar" share KLF HFTR.
  ALTER TABLE actor_names ADD COLUMN phon TEXT;
  ALTER TABLE actor_names ADD COLUMN phon_alt TEXT;
  ALTER TABLE actor_names ADD COLUMN last_code TEXT;
  ALTER TABLE actor_names ADD COLUMN last_alt TEXT;
  CREATE INDEX actor_names_phon ON actor_names(phon);
  CREATE INDEX actor_names_phon_alt ON actor_names(phon_alt);
  CREATE INDEX actor_names_last_code ON actor_names(last_code);
  CREATE INDEX actor_names_last_alt ON actor_names(last_alt);

  -- Every word of every name, for completion on any word ("alm" -> "Najeem Almasri").
  CREATE TABLE name_words (
    word     TEXT NOT NULL,
    name_id  INTEGER NOT NULL REFERENCES actor_names(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL,
    PRIMARY KEY (word, name_id)
  ) WITHOUT ROWID;
  CREATE INDEX name_words_name ON name_words(name_id);
  CREATE INDEX actor_names_fold ON actor_names(fold);

  -- Trigram index over folded names and aliases: candidates for misspellings ("Hafter").
  CREATE VIRTUAL TABLE names_fts USING fts5(fold, content = 'actor_names', content_rowid = 'id',
    tokenize = 'trigram remove_diacritics 1');
  CREATE VIRTUAL TABLE names_vocab USING fts5vocab(names_fts, 'row');
  INSERT INTO names_fts(rowid, fold) SELECT id, fold FROM actor_names;
  CREATE TRIGGER names_fts_insert AFTER INSERT ON actor_names BEGIN
    INSERT INTO names_fts(rowid, fold) VALUES (new.id, new.fold);
  END;
  CREATE TRIGGER names_fts_delete AFTER DELETE ON actor_names BEGIN
    INSERT INTO names_fts(names_fts, rowid, fold) VALUES ('delete', old.id, old.fold);
  END;
  CREATE TRIGGER names_fts_update AFTER UPDATE OF fold ON actor_names BEGIN
    INSERT INTO names_fts(names_fts, rowid, fold) VALUES ('delete', old.id, old.fold);
    INSERT INTO names_fts(rowid, fold) VALUES (new.id, new.fold);
  END;

  -- Words of sentences, event summaries and quotes, ranked with bm25 for /search. The rowid says
  -- what a row is: (article << 22 | sentence << 2) for a sentence, (id << 2 | 1) for an event,
  -- (id << 2 | 2) for a quote; kept in step by triggers (cascaded deletes fire them too).
  CREATE VIRTUAL TABLE search_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
  INSERT INTO search_fts(rowid, text) SELECT (article_id << 22) | (idx << 2), text FROM sentences;
  INSERT INTO search_fts(rowid, text) SELECT (id << 2) | 1, summary FROM events;
  INSERT INTO search_fts(rowid, text) SELECT (id << 2) | 2, words FROM quotes;
  CREATE TRIGGER search_sentence_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO search_fts(rowid, text) VALUES ((new.article_id << 22) | (new.idx << 2), new.text);
  END;
  CREATE TRIGGER search_sentence_delete AFTER DELETE ON sentences BEGIN
    DELETE FROM search_fts WHERE rowid = (old.article_id << 22) | (old.idx << 2);
  END;
  CREATE TRIGGER search_event_insert AFTER INSERT ON events BEGIN
    INSERT INTO search_fts(rowid, text) VALUES ((new.id << 2) | 1, new.summary);
  END;
  CREATE TRIGGER search_event_delete AFTER DELETE ON events BEGIN
    DELETE FROM search_fts WHERE rowid = (old.id << 2) | 1;
  END;
  CREATE TRIGGER search_quote_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO search_fts(rowid, text) VALUES ((new.id << 2) | 2, new.words);
  END;
  CREATE TRIGGER search_quote_delete AFTER DELETE ON quotes BEGIN
    DELETE FROM search_fts WHERE rowid = (old.id << 2) | 2;
  END;
  `,
  // 3: facts about the index itself, such as which extractor built its facts.
  `
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // 4: who wrote an article (byline and credit lines, kept with the article so that extracting it
  // again keeps them), when a quote was said, and which event dates the story's day inferred.
  `
  ALTER TABLE articles ADD COLUMN credits TEXT NOT NULL DEFAULT '[]'; -- JSON [{name, role, line}]
  CREATE TABLE credits (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id     INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role         TEXT NOT NULL,             -- author, reporter, writer, editor, photographer
    sentence_idx INTEGER NOT NULL,          -- the byline or credit line, cited like a sentence
    PRIMARY KEY (article_id, actor_id, role)
  ) WITHOUT ROWID;
  CREATE INDEX credits_actor ON credits(actor_id);

  ALTER TABLE quotes ADD COLUMN date_start TEXT;
  ALTER TABLE quotes ADD COLUMN date_end TEXT;
  ALTER TABLE quotes ADD COLUMN date_precision TEXT;
  ALTER TABLE quotes ADD COLUMN date_text TEXT;

  ALTER TABLE events ADD COLUMN date_inferred INTEGER NOT NULL DEFAULT 0;

  -- Every date a sentence gives, resolved: /when answers from the sentences when no event tells it.
  CREATE TABLE sentence_dates (
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx   INTEGER NOT NULL,
    date_start     TEXT NOT NULL,
    date_end       TEXT,
    date_precision TEXT NOT NULL,
    date_text      TEXT NOT NULL,
    PRIMARY KEY (article_id, sentence_idx, date_text, date_start)
  ) WITHOUT ROWID;

  -- The organisation a role names, as a name key: who works for "Boeing" is found from Boeing.
  ALTER TABLE roles ADD COLUMN organization_key TEXT;
  CREATE INDEX roles_organization ON roles(organization_key) WHERE organization_key IS NOT NULL;
  `,
  // 5: digests and watches. A delivery row is claimed before anything is posted, unique per
  // kind, target and slot, so two processes sharing the database never both post one slot.
  `
  CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    platform        TEXT NOT NULL CHECK (platform IN ('discord', 'slack', 'console')),
    workspace       TEXT NOT NULL DEFAULT '',
    channel         TEXT NOT NULL,
    time            TEXT NOT NULL,            -- HH:MM in timezone
    timezone        TEXT NOT NULL,            -- IANA
    topic           TEXT,
    when_empty      TEXT NOT NULL DEFAULT 'say' CHECK (when_empty IN ('say', 'skip')),
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    since_article   INTEGER NOT NULL,         -- the first digest covers articles after this id
    disabled_at     TEXT,
    disabled_reason TEXT,
    UNIQUE (platform, channel)
  );
  CREATE INDEX subscriptions_workspace ON subscriptions(platform, workspace);

  CREATE TABLE watches (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    platform        TEXT NOT NULL CHECK (platform IN ('discord', 'slack', 'console')),
    workspace       TEXT NOT NULL DEFAULT '',
    channel         TEXT NOT NULL,
    query           TEXT NOT NULL,
    query_key       TEXT NOT NULL,
    actor_id        INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    checked_through INTEGER NOT NULL,         -- articles after this id are not looked at yet
    UNIQUE (platform, channel, query_key)
  );

  CREATE TABLE deliveries (
    kind            TEXT NOT NULL CHECK (kind IN ('digest', 'alert')),
    target_id       INTEGER NOT NULL,         -- subscription or watch
    slot            TEXT NOT NULL,            -- digest: local day YYYY-MM-DD, or now:<instant>; alert: article id
    status          TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'empty', 'failed', 'skipped')),
    claimed_by      TEXT NOT NULL,
    claimed_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    through_article INTEGER,                  -- digest: the newest article it covered
    message_id      TEXT,
    error           TEXT,
    finished_at     TEXT,
    PRIMARY KEY (kind, target_id, slot)
  ) WITHOUT ROWID;
  `,
  // 6: feeds the running bot polls, and the items it has taken from them. An item is known by its
  // GUID and by its link, so a publisher that edits one of them does not get it ingested twice.
  `
  CREATE TABLE feeds (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    url            TEXT NOT NULL UNIQUE,
    every          TEXT NOT NULL,            -- node-cron expression
    title          TEXT,
    added_by       TEXT NOT NULL,
    added_at       TEXT NOT NULL,
    etag           TEXT,
    last_modified  TEXT,
    polled_at      TEXT,
    ok_at          TEXT,
    failing_since  TEXT,                     -- first failure of the current run of failures
    failures       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,
    last_status    INTEGER,
    paused_at      TEXT,
    paused_reason  TEXT,
    paused_told    INTEGER NOT NULL DEFAULT 0
  );

  CREATE TABLE feed_followers (
    feed_id   INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    platform  TEXT NOT NULL CHECK (platform IN ('discord', 'slack', 'console')),
    workspace TEXT NOT NULL DEFAULT '',
    channel   TEXT NOT NULL,
    PRIMARY KEY (feed_id, platform, channel)
  ) WITHOUT ROWID;

  CREATE TABLE feed_items (
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,                -- 'guid:...' or 'url:...'
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (feed_id, key)
  ) WITHOUT ROWID;
  `,
  // 7: corrections editors made, kept as data and enforced after every save, so re-ingest keeps
  // them; and the roles editors added or dated, derived from the corrections in force.
  `
  CREATE TABLE corrections (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind      TEXT NOT NULL,
    data      TEXT NOT NULL,                -- JSON CorrectionData: actors by name, facts by sentence
    made_by   TEXT NOT NULL,
    made_at   TEXT NOT NULL,
    reason    TEXT NOT NULL,
    undone_by TEXT,
    undone_at TEXT,
    undo_reason TEXT
  );

  CREATE TABLE editor_roles (
    actor_id      INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    title_key     TEXT NOT NULL,
    since         TEXT,
    until         TEXT,
    added         INTEGER NOT NULL,         -- 1: a role the articles do not give; 0: dates for one they do
    correction_id INTEGER NOT NULL,
    PRIMARY KEY (actor_id, title_key)
  ) WITHOUT ROWID;
  `,
  // 8: each row of name_words carries every word of its name, so that the lookups of names with
  // one word and another of some start (the word-and-initial and word-start lookups) read the
  // rows of the one word in order instead of probing the name index for each name's other words
  // (a first name a thousand names share cost a thousand probes, 5-7 ms at a million actors).
  // The table is written anew in key order: the new column on every row of a few million.
  `
  CREATE TABLE name_words_new (
    word     TEXT NOT NULL,
    name_id  INTEGER NOT NULL REFERENCES actor_names(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL,
    words    TEXT NOT NULL,                 -- every word of the name (this one too), space-separated
    PRIMARY KEY (word, name_id)
  ) WITHOUT ROWID;
  INSERT INTO name_words_new (word, name_id, actor_id, words)
    SELECT w.word, w.name_id, w.actor_id, g.words
    FROM name_words w JOIN (SELECT name_id, group_concat(word, ' ') AS words FROM name_words GROUP BY name_id) g ON g.name_id = w.name_id
    ORDER BY w.word, w.name_id;
  DROP TABLE name_words;
  ALTER TABLE name_words_new RENAME TO name_words;
  CREATE INDEX name_words_name ON name_words(name_id);
  `,
  // 9: the trigram index over names in as few b-trees as it can be. FTS5 adds a b-tree (segment)
  // with each write transaction and merges a level's segments once it holds 'automerge' of them
  // (4 by default): a million actors written in a thousand transactions left 27, and a trigram's
  // lookup reads every one of them (a common trigram's list in 27 pieces). Merging once a level
  // holds two keeps about one per level, and the index is merged into one now.
  `
  INSERT INTO names_fts(names_fts, rank) VALUES ('automerge', 2);
  INSERT INTO names_fts(names_fts) VALUES ('optimize');
  `,
  // 10: the initials a name of several capitalised words is shortened to, so that "/who ICC" finds
  // the International Criminal Court when no article wrote "ICC".
  `
  ALTER TABLE actor_names ADD COLUMN initials TEXT;
  CREATE INDEX actor_names_initials ON actor_names(initials) WHERE initials IS NOT NULL;
  `,
  // 11: /search words by their stem (FTS5's porter tokenizer over unicode61): "vaccine" finds
  // "vaccines", "resign" finds "resigned". The index is written anew from the rows it indexes;
  // the triggers that keep it in step name it, not its definition, and carry on.
  `
  DROP TABLE search_fts;
  CREATE VIRTUAL TABLE search_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
  INSERT INTO search_fts(rowid, text) SELECT (article_id << 22) | (idx << 2), text FROM sentences;
  INSERT INTO search_fts(rowid, text) SELECT (id << 2) | 1, summary FROM events;
  INSERT INTO search_fts(rowid, text) SELECT (id << 2) | 2, words FROM quotes;
  `,
];

/** Work a migration needs JavaScript for, run right after its SQL in the same transaction. */
export const MIGRATION_HOOKS: Record<number, (db: Database.Database) => void> = {
  10: (db) => {
    const update = db.prepare('UPDATE actor_names SET initials = ? WHERE id = ?');
    for (const r of db.prepare<[], { id: number; name: string }>("SELECT id, name FROM actor_names WHERE name GLOB '*[ -]*'").all()) {
      const initials = initialsOf(r.name);
      if (initials) update.run(initials, r.id);
    }
  },
  4: (db) => {
    const update = db.prepare('UPDATE roles SET organization_key = ? WHERE id = ?');
    for (const r of db.prepare<[], { id: number; organization: string }>('SELECT id, organization FROM roles WHERE organization IS NOT NULL').all())
      update.run(nameKey(r.organization) || null, r.id);
  },
  2: (db) => {
    const rows = db.prepare<[], { id: number; actor_id: number; name: string }>('SELECT id, actor_id, name FROM actor_names').all();
    const update = db.prepare('UPDATE actor_names SET phon = ?, phon_alt = ?, last_code = ?, last_alt = ? WHERE id = ?');
    const word = db.prepare('INSERT OR IGNORE INTO name_words (word, name_id, actor_id) VALUES (?, ?, ?)');
    for (const r of rows) {
      const k = nameIndexKeys(r.name);
      update.run(k.phon, k.phonAlt, k.lastCode, k.lastAlt, r.id);
      for (const w of k.words) word.run(w, r.id, r.actor_id);
    }
  },
};

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Runs the migrations this database has not seen yet, each in its own transaction. The version
 * is read again inside each write-locked transaction: processes opening a new database at the
 * same time would otherwise all see version 0 and all create the same tables.
 */
export function migrate(db: Database.Database): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const tooNew = (v: number) => new Error(`database schema version ${v} is newer than this briefbot understands (${SCHEMA_VERSION})`);
  if (version() > SCHEMA_VERSION) throw tooNew(version());
  const step = db.transaction(() => {
    const v = version();
    if (v > SCHEMA_VERSION) throw tooNew(v);
    if (v === SCHEMA_VERSION) return false;
    db.exec(MIGRATIONS[v]!);
    MIGRATION_HOOKS[v + 1]?.(db);
    db.pragma(`user_version = ${v + 1}`);
    return true;
  });
  while (version() < SCHEMA_VERSION && step.immediate());
}

/** A read-only connection cannot migrate: it must find the schema this briefbot writes. */
export function checkVersion(db: Database.Database): void {
  const v = db.pragma('user_version', { simple: true }) as number;
  if (v !== SCHEMA_VERSION)
    throw new Error(`Configuration error: the database has schema version ${v}, this briefbot reads version ${SCHEMA_VERSION}; open it read-write once to upgrade it`);
}
