// Each row of name_words carries every word of its name (schema 8), so that the word-and-initial
// and word-start lookups read one run of rows instead of probing the name index per name. The
// lookups must list what the joins over name_words listed before, on a database written by the
// store and on one migrated from schema 7.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../bench/build.ts';
import { generateActors, generateQueries, type SynthActor } from '../bench/synth.ts';
import { foldName } from '../src/search/keys.ts';
import { completeNames, resolveName } from '../src/search/resolve.ts';
import { MIGRATIONS, openStore, SCHEMA_VERSION, type Store } from '../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-name-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A new database file with the schema as the first `version` migrations left it. */
function atVersion(path: string, version: number): Database.Database {
  const db = new Database(path);
  for (const sql of MIGRATIONS.slice(0, version)) db.exec(sql);
  db.pragma(`user_version = ${version}`);
  return db;
}

const ACTORS: SynthActor[] = [
  { name: 'Krzysztof Rimkovic', aliases: [], type: 'person', role: 'minister' },
  { name: 'Krzysztof Ramkowski', aliases: [], type: 'person', role: 'minister' },
  { name: 'Hamza bin Khalad Al Zeidan', aliases: ['Hamza Zeidan'], type: 'person', role: 'envoy' },
  ...generateActors(3000, 5),
];

// the lookups as schema 7 wrote them: each name's other words read by name
const OLD_WORD_AND_INITIAL = `SELECT DISTINCT w.name_id AS id
  FROM (SELECT name_id FROM name_words WHERE word = @word LIMIT @scan) w JOIN name_words o ON o.name_id = w.name_id
  WHERE o.word >= @lo AND o.word < @hi AND o.word <> @word AND abs(length(o.word) - @len) <= @tol
  LIMIT @limit`;
const OLD_WORD_PREFIXES = `SELECT DISTINCT w.name_id AS id
  FROM (SELECT name_id FROM name_words WHERE word >= @lo1 AND word < @hi1 AND abs(length(word) - @len1) <= @tol LIMIT @scan) w
  JOIN name_words o ON o.name_id = w.name_id
  WHERE o.word >= @lo2 AND o.word < @hi2 AND abs(length(o.word) - @len2) <= @tol
  LIMIT @limit`;
const COUNT = `SELECT count(*) FROM (SELECT 1 FROM name_words WHERE word >= @lo AND word < @hi AND abs(length(word) - @len) <= @tol LIMIT @cap)`;

function oldLookups(raw: Database.Database) {
  const [wi, wp, count] = [raw.prepare(OLD_WORD_AND_INITIAL).pluck(), raw.prepare(OLD_WORD_PREFIXES).pluck(), raw.prepare(COUNT).pluck()];
  return {
    wordAndInitial(word: string, initial: string, limit: number, scan = 1000): number[] {
      const [w, other] = [foldName(word).trim(), foldName(initial).trim()];
      const lo = other.charAt(0);
      if (!w || !lo) return [];
      const len = [...other].length;
      return wi.all({ word: w, lo, hi: String.fromCodePoint(lo.codePointAt(0)! + 1), len, tol: len > 1 ? 1 : 1e6, scan, limit }) as number[];
    },
    wordPrefixes(first: { prefix: string; length: number }, second: { prefix: string; length: number }, limit: number): number[] {
      const range = (x: { prefix: string; length: number }) => {
        const lo = foldName(x.prefix).trim();
        return { lo, hi: `${lo}\u{10FFFF}`, len: x.length };
      };
      let [a, b] = [range(first), range(second)];
      if (!a.lo || !b.lo) return [];
      const words = (x: typeof a) => count.get({ lo: x.lo, hi: x.hi, len: x.len, tol: 2, cap: 1001 }) as number;
      const wa = words(a);
      if (wa > 1000 && words(b) < wa) [a, b] = [b, a];
      return wp.all({ lo1: a.lo, hi1: a.hi, len1: a.len, lo2: b.lo, hi2: b.hi, len2: b.len, tol: 2, scan: 1000, limit }) as number[];
    },
  };
}

/** Pairs of words of stored names, both ways, whole and as an initial, and prefixes of them. */
function wordPairs(store: Store): [string, string][] {
  const pairs: [string, string][] = [];
  for (const n of store.actorNames().slice(0, 600)) {
    const ws = foldName(n.name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (const x of ws) for (const y of ws) if (x !== y) pairs.push([x, y], [x, y.slice(0, 1)], [x, `${y}x`]);
  }
  return pairs;
}

/** What each row of name_words lists, and the words its name's rows hold, as sorted lists. */
function wordLists(raw: Database.Database): { listed: string; held: string }[] {
  return raw
    .prepare<[], { words: string; held: string }>(`SELECT w.words, (SELECT group_concat(o.word, ' ') FROM name_words o WHERE o.name_id = w.name_id) AS held FROM name_words w`)
    .all()
    .map((r) => ({ listed: r.words.split(' ').sort().join(' '), held: r.held.split(' ').sort().join(' ') }));
}

describe('name_words with each name\'s words', () => {
  let store: Store;
  let raw: Database.Database;
  const path = join(dir, 'fresh.db');
  beforeAll(() => {
    store = openStore(path);
    build(store, ACTORS);
    raw = new Database(path, { readonly: true });
  });
  afterAll(() => {
    raw.close();
    store.close();
  });

  it('every row lists exactly the words its name has rows for', () => {
    const lists = wordLists(raw);
    expect(lists.length).toBeGreaterThan(6000);
    for (const l of lists) expect(l.listed).toBe(l.held);
  });

  it('the word-and-initial lookup lists what the join listed, in the same order', () => {
    const old = oldLookups(raw);
    let found = 0;
    for (const [x, y] of wordPairs(store)) {
      const got = store.nameIdsByWordAndInitial(x, y, 50);
      expect(got).toEqual(old.wordAndInitial(x, y, 50));
      found += got.length;
    }
    expect(found).toBeGreaterThan(1000);
    // a word a thousand names share: only the first names with it are read, as before
    expect(store.nameIdsByWordAndInitial('krzysztof', 'rimkovic', 50)).toEqual(old.wordAndInitial('krzysztof', 'rimkovic', 50));
  });

  it('the word-start lookup lists what the join listed, in the same order', () => {
    const old = oldLookups(raw);
    let found = 0;
    for (const [x, y] of wordPairs(store)) {
      for (const [a, b] of [
        [x, y],
        [x, x],
      ] as const) {
        const first = { prefix: [...a].slice(0, 3).join(''), length: a.length };
        const second = { prefix: [...b].slice(0, 3).join(''), length: b.length + 1 };
        const got = store.nameIdsByWordPrefixes(first, second, 50);
        expect(got).toEqual(old.wordPrefixes(first, second, 50));
        found += got.length;
      }
    }
    expect(found).toBeGreaterThan(1000);
  });
});

describe('schema 8 on an index written by schema 7', () => {
  it('gives every row its name\'s words; the lookups and answers are those of an index written anew', () => {
    // the same corpus written by this store, then its name tables copied into a schema 7 database
    const freshPath = join(dir, 'for-v7.db');
    const fresh = openStore(freshPath);
    build(fresh, ACTORS.slice(0, 800));
    fresh.close();
    const oldPath = join(dir, 'v7.db');
    const v7 = atVersion(oldPath, 7);
    v7.exec(`ATTACH '${freshPath}' AS f;
      INSERT INTO actors SELECT * FROM f.actors;
      INSERT INTO actor_names SELECT id, actor_id, name, fold, key, surname_key, kind, phon, phon_alt, last_code, last_alt FROM f.actor_names;
      INSERT INTO name_words (word, name_id, actor_id) SELECT word, name_id, actor_id FROM f.name_words;
      DETACH f;`);
    expect(v7.prepare("SELECT count(*) FROM pragma_table_info('name_words') WHERE name = 'words'").pluck().get()).toBe(0);
    v7.close();

    const migrated = openStore(oldPath);
    const again = openStore(freshPath);
    const raw = new Database(oldPath, { readonly: true });
    try {
      expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      const lists = wordLists(raw);
      expect(lists.length).toBe((raw.prepare('SELECT count(*) FROM name_words').pluck().get() as number));
      for (const l of lists) expect(l.listed).toBe(l.held);
      for (const [x, y] of wordPairs(again).slice(0, 3000)) {
        expect(migrated.nameIdsByWordAndInitial(x, y, 50)).toEqual(again.nameIdsByWordAndInitial(x, y, 50));
        const [a, b] = [{ prefix: x.slice(0, 3), length: x.length }, { prefix: y.slice(0, 3), length: y.length }];
        expect(migrated.nameIdsByWordPrefixes(a, b, 50)).toEqual(again.nameIdsByWordPrefixes(a, b, 50));
      }
      for (const q of generateQueries(ACTORS.slice(0, 800), 10, 3)) {
        expect(resolveName(migrated, q.text)).toEqual(resolveName(again, q.text));
        expect(completeNames(migrated, q.text.slice(0, 4))).toEqual(completeNames(again, q.text.slice(0, 4)));
      }
      // a name written after the migration lists its words like the others
      const text = 'Zorana Velikovska spoke.';
      migrated.saveArticle(
        { path: 'after.txt', url: null, title: 'T', byline: null, published: '2025-01-02', sources: [], text, sentences: [{ index: 0, text, start: 0, end: text.length }], hash: 'after' },
        { mentions: [], actors: [{ id: 1, name: 'Zorana Velikovska', type: 'person', aliases: [], roles: [], affiliations: [], mentions: [0] }], events: [], quotes: [] },
      );
      expect(migrated.nameIdsByWordAndInitial('zorana', 'velikovsky', 50)).toHaveLength(1);
    } finally {
      raw.close();
      migrated.close();
      again.close();
    }
  });
});

describe('schema 9: the trigram index over names in few b-trees', () => {
  const segments = (raw: Database.Database) => raw.prepare('SELECT count(DISTINCT segid) FROM names_fts_idx').pluck().get() as number;
  const automerge = (raw: Database.Database) => raw.prepare("SELECT v FROM names_fts_config WHERE k = 'automerge'").pluck().get();

  it('merges an index written in many transactions into one b-tree; every trigram lists the same names', () => {
    const path = join(dir, 'v8.db');
    const v8 = atVersion(path, 8);
    // names written a few at a time, as articles are: one b-tree each
    const actor = v8.prepare("INSERT INTO actors (name, type, key) VALUES (?, 'person', ?)");
    const name = v8.prepare("INSERT INTO actor_names (actor_id, name, fold, key, kind) VALUES (?, ?, ?, ?, 'name')");
    const people = ACTORS.slice(0, 400);
    for (let i = 0; i < people.length; i += 10)
      v8.transaction(() => {
        for (const a of people.slice(i, i + 10)) {
          const id = Number(actor.run(a.name, a.name.toLowerCase()).lastInsertRowid);
          name.run(id, a.name, foldName(a.name), a.name.toLowerCase());
        }
      })();
    expect(segments(v8)).toBeGreaterThan(4);
    const terms = v8.prepare("SELECT term FROM names_vocab WHERE length(term) = 3 ORDER BY doc DESC LIMIT 200").pluck().all() as string[];
    const match = v8.prepare('SELECT rowid FROM names_fts WHERE names_fts MATCH ?').pluck();
    const phrase = (t: string) => `"${t.replace(/"/g, '""')}"`;
    const before = terms.map((t) => match.all(phrase(t)));
    const pairs = terms.slice(0, 40).map((t, i) => `${phrase(t)} AND ${phrase(terms[i + 40]!)}`);
    const pairsBefore = pairs.map((q) => match.all(q));
    v8.close();

    openStore(path).close();
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(segments(raw)).toBe(1);
      expect(automerge(raw)).toBe(2);
      const m = raw.prepare('SELECT rowid FROM names_fts WHERE names_fts MATCH ?').pluck();
      expect(terms.map((t) => m.all(phrase(t)))).toEqual(before);
      expect(pairs.map((q) => m.all(q))).toEqual(pairsBefore);
    } finally {
      raw.close();
    }
    // the merged index agrees with the names it indexes
    const rw = new Database(path);
    expect(() => rw.exec("INSERT INTO names_fts(names_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    rw.close();
  });

  it('a new index merges a level once it holds two b-trees', () => {
    const path = join(dir, 'new9.db');
    openStore(path).close();
    const raw = new Database(path, { readonly: true });
    expect(automerge(raw)).toBe(2);
    raw.close();
  });
});

describe('schema 10: the initials a name is shortened to', () => {
  it('are worked out for the names of an index written before them', () => {
    const path = join(dir, 'v9.db');
    const v9 = atVersion(path, 9);
    const actor = v9.prepare('INSERT INTO actors (name, type, key) VALUES (?, ?, ?)');
    const name = v9.prepare("INSERT INTO actor_names (actor_id, name, fold, key, kind) VALUES (?, ?, ?, ?, 'name')");
    for (const [n, type] of [
      ['International Criminal Court', 'organization'],
      ['Federal Bureau of Investigation', 'organization'],
      ['Wanjiru Deby', 'person'],
    ] as const) {
      const id = Number(actor.run(n, type, n.toLowerCase()).lastInsertRowid);
      name.run(id, n, n.toLowerCase(), n.toLowerCase());
    }
    v9.close();
    const migrated = openStore(path);
    try {
      expect(migrated.namesByInitials('ICC').map((h) => h.name)).toEqual(['International Criminal Court']);
      expect(migrated.namesByInitials('fbi').map((h) => h.name)).toEqual(['Federal Bureau of Investigation']);
      // a person's initials are no way to call them
      expect(migrated.namesByInitials('WD')).toEqual([]);
      expect(resolveName(migrated, 'FBI')).toMatchObject({ kind: 'found', step: 'key' });
    } finally {
      migrated.close();
    }
  });
});
