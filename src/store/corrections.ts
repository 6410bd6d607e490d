// Corrections in SQLite: the log editors write, and their enforcement on the facts extraction
// stored. Enforcement is idempotent and runs inside the transaction of every save, in the order
// the corrections were made, so a later correction of the same thing wins and re-ingesting an
// article (or a new article about the same people) cannot bring back what an editor fixed.
// Actors are found by the names they had when the correction was made, facts by their article
// and sentence: ids change when articles are extracted again, names and sentences do not.
import type Database from 'better-sqlite3';
import type { ActorKey, ActorType, Correction, CorrectionData, FactKey } from '../domain.ts';
import { foldName } from '../search/keys.ts';
import { titleKey, typesCompatible } from './resolve.ts';

/** Name writes that keep the name index in step: the store's own, lent to enforcement. */
export interface NameWrites {
  addAlias(actorId: number, name: string): void;
  setCanonical(actorId: number, name: string): void;
  createActor(name: string, type: ActorType): number;
}

/** A role an editor added or dated, as enforcement gathers them (keyed by actor and title). */
interface EditorRole {
  actor: number;
  title: string;
  since: string | null;
  until: string | null;
  added: boolean;
  /** The correction that says it. */
  id: number;
}

interface CorrectionRow {
  id: number;
  data: string;
  made_by: string;
  made_at: string;
  reason: string;
  undone_by: string | null;
  undone_at: string | null;
  undo_reason: string | null;
}

function toCorrection(r: CorrectionRow): Correction {
  return { id: r.id, data: JSON.parse(r.data) as CorrectionData, by: r.made_by, at: r.made_at, reason: r.reason, undoneBy: r.undone_by, undoneAt: r.undone_at, undoReason: r.undo_reason };
}

/** An article as corrections name it: its URL, else its path, else its content hash. */
const ARTICLE_KEY = "coalesce(url, path, 'sha256:' || hash)";

/** The articles an actor is in: named, given a role, quoted, credited, tied to something, in an event. */
const ACTOR_ARTICLES = `SELECT article_id FROM mentions WHERE actor_id = @id UNION SELECT article_id FROM roles WHERE actor_id = @id
  UNION SELECT article_id FROM quotes WHERE actor_id = @id UNION SELECT article_id FROM credits WHERE actor_id = @id
  UNION SELECT article_id FROM affiliations WHERE actor_id = @id
  UNION SELECT e.article_id FROM event_participants ep JOIN events e ON e.id = ep.event_id WHERE ep.actor_id = @id`;

const MOVES = [
  // tables whose rows say "this actor": moved on merge, in the articles split off on split
  'mentions',
  'roles',
  'affiliations',
  'event_participants',
  'credits',
] as const;

export function correctionStore(db: Database.Database, names: NameWrites) {
  const p = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
  const st = {
    insert: p('INSERT INTO corrections (kind, data, made_by, made_at, reason, undone_by, undone_at, undo_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    all: p<CorrectionRow>('SELECT * FROM corrections ORDER BY id'),
    inForce: p<CorrectionRow>('SELECT * FROM corrections WHERE undone_at IS NULL ORDER BY id'),
    one: p<CorrectionRow>('SELECT * FROM corrections WHERE id = ?'),
    markUndone: p('UPDATE corrections SET undone_by = ?, undone_at = ?, undo_reason = ? WHERE id = ? AND undone_at IS NULL'),
    anyInForce: p<number>('SELECT 1 FROM corrections WHERE undone_at IS NULL LIMIT 1').pluck(),
    same: p<number>('SELECT id FROM corrections WHERE data = ? AND made_by = ? AND made_at = ?').pluck(),

    // finding actors again by name
    byCanonical: p<{ id: number; type: ActorType }>(`SELECT a.id, a.type FROM actor_names n JOIN actors a ON a.id = n.actor_id
      WHERE n.fold = ? AND n.kind = 'name'
      ORDER BY (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) DESC, a.id`),
    byAnyName: p<{ id: number; type: ActorType }>(`SELECT a.id, a.type FROM actor_names n JOIN actors a ON a.id = n.actor_id
      WHERE n.fold = ?
      ORDER BY n.kind = 'name' DESC, (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) DESC, a.id`),
    actor: p<{ id: number; name: string; type: ActorType }>('SELECT id, name, type FROM actors WHERE id = ?'),
    actorNames: p<{ name: string; kind: 'name' | 'alias' }>("SELECT name, kind FROM actor_names WHERE actor_id = ? ORDER BY kind = 'alias', id"),
    actorArticleKeys: p<string>(`SELECT ${ARTICLE_KEY} FROM articles WHERE id IN (${ACTOR_ARTICLES}) ORDER BY id`).pluck(),
    actorArticleIds: p<number>(ACTOR_ARTICLES).pluck(),
    // the same article in another index (an import): the same URL or text, or a file of the same
    // name in another folder (the fact's sentence must still match word for word)
    articleIdsByKey: p<number>(`SELECT id FROM articles WHERE url = @key OR path = @key OR 'sha256:' || hash = @key OR hash = @hash
      OR (@tail <> '' AND path IS NOT NULL AND substr(path, -length(@tail)) = @tail)`).pluck(),
    sentencesOf: p<{ article_id: number; text: string }>('SELECT article_id, text FROM sentences WHERE article_id IN (SELECT value FROM json_each(?))'),
    deleteAlias: p("DELETE FROM actor_names WHERE actor_id = ? AND fold = ? AND kind = 'alias'"),
    deleteActor: p('DELETE FROM actors WHERE id = ?'),
    moveQuotes: p('UPDATE quotes SET actor_id = @into WHERE actor_id = @from'),
    moveOtherAffiliations: p('UPDATE affiliations SET other_actor_id = @into WHERE other_actor_id = @from'),
    dropSelfAffiliations: p('DELETE FROM affiliations WHERE actor_id = @into AND other_actor_id = @into'),
    moveWatches: p('UPDATE watches SET actor_id = @into WHERE actor_id = @from'),
    moveQuotesIn: p('UPDATE quotes SET actor_id = @into WHERE actor_id = @from AND article_id IN (SELECT value FROM json_each(@articles))'),

    // facts
    eventKey: p<{ article: string; hash: string; sentence: string; type: string; trigger: string; summary: string }>(`SELECT ${ARTICLE_KEY} AS article, ar.hash,
        coalesce(s.text, '') AS sentence, e.type, e.trigger_word AS trigger, e.summary
      FROM events e JOIN articles ar ON ar.id = e.article_id LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_idx
      WHERE e.id = ?`),
    quoteKey: p<{ article: string; hash: string; sentence: string; words: string }>(`SELECT ${ARTICLE_KEY} AS article, ar.hash, coalesce(s.text, '') AS sentence, q.words
      FROM quotes q JOIN articles ar ON ar.id = q.article_id LEFT JOIN sentences s ON s.article_id = q.article_id AND s.idx = q.sentence_idx
      WHERE q.id = ?`),
    eventsByKey: p<number>(`SELECT e.id FROM events e JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_idx
      WHERE e.article_id IN (SELECT value FROM json_each(@articles)) AND s.text = @sentence AND e.type = @type AND e.trigger_word = @trigger`).pluck(),
    quotesByKey: p<number>(`SELECT q.id FROM quotes q JOIN sentences s ON s.article_id = q.article_id AND s.idx = q.sentence_idx
      WHERE q.article_id IN (SELECT value FROM json_each(@articles)) AND s.text = @sentence AND q.words = @words`).pluck(),
    deleteEvent: p('DELETE FROM events WHERE id = ?'),
    deleteQuote: p('DELETE FROM quotes WHERE id = ?'),
    setEventDate: p(`UPDATE events SET date_start = @start, date_end = @end, date_precision = @precision, date_text = @text,
      date_part = NULL, approximate = 0, date_inferred = 0 WHERE id = @id`),
    setEventPlace: p('UPDATE events SET place = ? WHERE id = ?'),

    // roles
    deleteRoles: p('DELETE FROM roles WHERE actor_id = ? AND title_key = ?'),
    hasRole: p<number>('SELECT 1 FROM roles WHERE actor_id = ? AND title_key = ? LIMIT 1').pluck(),
    clearEditorRoles: p('DELETE FROM editor_roles'),
    insertEditorRole: p(`INSERT INTO editor_roles (actor_id, title, title_key, since, until, added, correction_id) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (actor_id, title_key) DO UPDATE SET title = excluded.title, since = excluded.since, until = excluded.until,
        added = excluded.added, correction_id = excluded.correction_id`),
  };
  const moveStatements = MOVES.map((table) => ({
    all: p(`UPDATE OR IGNORE ${table} SET actor_id = @into WHERE actor_id = @from`),
    leftover: p(`DELETE FROM ${table} WHERE actor_id = @from`),
    inArticles: table === 'event_participants'
      ? p(`UPDATE OR IGNORE event_participants SET actor_id = @into WHERE actor_id = @from
          AND event_id IN (SELECT id FROM events WHERE article_id IN (SELECT value FROM json_each(@articles)))`)
      : p(`UPDATE OR IGNORE ${table} SET actor_id = @into WHERE actor_id = @from AND article_id IN (SELECT value FROM json_each(@articles))`),
    leftoverIn: table === 'event_participants'
      ? p(`DELETE FROM event_participants WHERE actor_id = @from
          AND event_id IN (SELECT id FROM events WHERE article_id IN (SELECT value FROM json_each(@articles)))`)
      : p(`DELETE FROM ${table} WHERE actor_id = @from AND article_id IN (SELECT value FROM json_each(@articles))`),
  }));

  const fold = (s: string) => foldName(s.trim());

  /** The actor a correction names: its canonical name first, then any of its names. */
  function findActor(key: ActorKey, opts: { canonicalOnly?: boolean } = {}): number | null {
    const ok = (r: { id: number; type: ActorType }) => typesCompatible(key.type, r.type);
    const canonical = st.byCanonical.all(fold(key.name)).find(ok);
    if (canonical) return canonical.id;
    if (opts.canonicalOnly) return null;
    const any = st.byAnyName.all(fold(key.name)).find(ok);
    if (any) return any.id;
    // the other full names it went by ("Najeem Osama Almasri"); one word ("Almasri") names too many
    for (const n of key.names) {
      if (key.type === 'person' && !n.trim().includes(' ')) continue;
      const hit = st.byCanonical.all(fold(n)).find(ok);
      if (hit) return hit.id;
    }
    return null;
  }

  function articleIds(key: string, hash?: string): number[] {
    const base = /^[a-z][a-z0-9+.-]*:/i.test(key) ? '' : (key.split(/[\\/]/).pop() ?? '');
    return st.articleIdsByKey.all({ key, hash: hash ?? null, tail: base ? `/${base}` : '' });
  }

  /** Moves everything that says "actor `from`" to `into` (all of it, or in some articles), then its names. */
  function move(from: number, into: number, articles?: number[]): void {
    if (articles) {
      const a = JSON.stringify(articles);
      for (const m of moveStatements) {
        m.inArticles.run({ from, into, articles: a });
        m.leftoverIn.run({ from, articles: a });
      }
      st.moveQuotesIn.run({ from, into, articles: a });
    } else {
      for (const m of moveStatements) {
        m.all.run({ from, into });
        m.leftover.run({ from });
      }
      st.moveQuotes.run({ from, into });
      st.moveOtherAffiliations.run({ from, into });
      st.moveWatches.run({ from, into });
      for (const n of st.actorNames.all(from)) names.addAlias(into, n.name);
      st.deleteActor.run(from);
    }
    st.dropSelfAffiliations.run({ into });
  }

  /** Articles of `actor` that say `name` and never its canonical name: those a split takes. */
  function articlesSaying(actor: number, name: string): number[] {
    const core = st.actor.get(actor);
    if (!core) return [];
    const ids = st.actorArticleIds.all({ id: actor });
    const said = wordIn(fold(name));
    const canonical = wordIn(fold(core.name));
    const texts = new Map<number, string[]>();
    for (const s of st.sentencesOf.all(JSON.stringify(ids))) {
      const list = texts.get(s.article_id) ?? [];
      list.push(foldName(s.text));
      texts.set(s.article_id, list);
    }
    return ids.filter((id) => {
      const t = texts.get(id) ?? [];
      return t.some((s) => said(s)) && !t.some((s) => canonical(s));
    });
  }

  /**
   * Actors whose own (canonical) name is one the key's actor went by: its name, or (persons) one of
   * its full names. A one-word name ("Almasri") names too many to be taken as this actor.
   */
  function namedBy(key: ActorKey, except?: number): Set<number> {
    const out = new Set<number>();
    for (const n of [key.name, ...key.names]) {
      if (key.type === 'person' && !n.trim().includes(' ') && n !== key.name) continue;
      for (const r of st.byCanonical.all(fold(n))) if (r.id !== except && typesCompatible(key.type, r.type)) out.add(r.id);
    }
    return out;
  }

  function enforceOne(
    c: Correction,
    roles: Map<string, EditorRole>,
    splitLater: (foldedName: string) => boolean,
  ): void {
    const d = c.data;
    switch (d.kind) {
      case 'merge': {
        const into = findActor(d.into);
        if (into === null) return;
        for (const from of namedBy(d.from, into)) {
          // a later split in force takes this name off again: merging it each time would delete
          // and re-create the split-off actor at every save, and move its watches away
          if (splitLater(fold(st.actor.get(from)!.name))) continue;
          move(from, into);
          // editor roles go with the actor
          for (const [slot, r] of [...roles]) {
            if (r.actor !== from) continue;
            roles.delete(slot);
            roles.set(roleSlot(into, titleKey(r.title)), { ...r, actor: into });
          }
        }
        return;
      }
      case 'split': {
        const actor = findActor(d.actor);
        if (actor === null) return;
        const articles = articlesSaying(actor, d.name);
        st.deleteAlias.run(actor, fold(d.name));
        if (!articles.length) return;
        const type = st.actor.get(actor)!.type;
        const other = st.byCanonical.all(fold(d.name)).find((r) => r.id !== actor && typesCompatible(type, r.type))?.id ?? names.createActor(d.name.trim(), type);
        move(actor, other, articles);
        return;
      }
      case 'rename': {
        // by canonical name only: a name that is now another actor's alias was taken by a later
        // merge, and renaming that actor would undo the merge's choice of name
        const actor = findActor(d.actor, { canonicalOnly: true }) ?? findActor({ ...d.actor, name: d.name }, { canonicalOnly: true });
        if (actor === null) return;
        if (st.actor.get(actor)!.name !== d.name.trim()) names.setCanonical(actor, d.name.trim());
        return;
      }
      case 'alias-add': {
        const actor = findActor(d.actor);
        if (actor === null) return;
        names.addAlias(actor, d.alias.trim());
        return;
      }
      case 'alias-remove': {
        const actor = findActor(d.actor);
        if (actor === null) return;
        st.deleteAlias.run(actor, fold(d.alias));
        return;
      }
      case 'hide-actor': {
        for (const id of namedBy(d.actor)) st.deleteActor.run(id);
        return;
      }
      case 'role-add':
      case 'role-date':
      case 'role-remove': {
        const actor = findActor(d.actor);
        if (actor === null) return;
        const k = titleKey(d.title);
        const slot = roleSlot(actor, k);
        if (d.kind === 'role-remove') {
          st.deleteRoles.run(actor, k);
          roles.delete(slot);
          return;
        }
        if (d.kind === 'role-date' && !st.hasRole.get(actor, k) && !roles.get(slot)) return;
        const had = roles.get(slot);
        roles.set(slot, { actor, title: had?.title ?? d.title.trim(), since: d.since, until: d.until, added: had?.added ?? d.kind === 'role-add', id: c.id });
        return;
      }
      case 'hide-event':
      case 'event-date':
      case 'event-place': {
        const ids = eventsOf(d.event);
        for (const id of ids) {
          if (d.kind === 'hide-event') st.deleteEvent.run(id);
          else if (d.kind === 'event-place') st.setEventPlace.run(d.place.trim(), id);
          else st.setEventDate.run({ id, ...dateRange(d.date) });
        }
        return;
      }
      case 'hide-quote': {
        const ids = st.quotesByKey.all({ articles: JSON.stringify(articleIds(d.quote.article, d.quote.hash)), sentence: d.quote.sentence, words: d.quote.words ?? '' });
        for (const id of ids) st.deleteQuote.run(id);
        return;
      }
    }
  }

  function eventsOf(key: FactKey): number[] {
    return st.eventsByKey.all({ articles: JSON.stringify(articleIds(key.article, key.hash)), sentence: key.sentence, type: key.type ?? '', trigger: key.trigger ?? '' });
  }

  /** Every correction in force, in the order made; inside the caller's transaction. */
  function enforce(): void {
    const roles = new Map<string, EditorRole>();
    if (st.anyInForce.get() !== undefined) {
      const inForce = st.inForce.all().map(toCorrection);
      // the latest split in force of each name: a merge made before it leaves that name alone
      const lastSplit = new Map<string, number>();
      for (const c of inForce) if (c.data.kind === 'split') lastSplit.set(fold(c.data.name), c.id);
      for (const c of inForce) enforceOne(c, roles, (name) => (lastSplit.get(name) ?? 0) > c.id);
    }
    st.clearEditorRoles.run();
    for (const r of roles.values()) {
      // an actor a later correction merged away or hid takes its editor roles with it
      if (!st.actor.get(r.actor)) continue;
      st.insertEditorRole.run(r.actor, r.title, titleKey(r.title), r.since, r.until, r.added && !st.hasRole.get(r.actor, titleKey(r.title)) ? 1 : 0, r.id);
    }
  }

  return {
    enforce,
    /** Records a correction; the caller enforces (in the same transaction). */
    add(data: CorrectionData, by: string, at: string, reason: string, undone?: { by: string; at: string; reason: string | null } | null): number {
      return Number(st.insert.run(data.kind, JSON.stringify(data), by, at, reason, undone?.by ?? null, undone?.at ?? null, undone?.reason ?? null).lastInsertRowid);
    },
    /** A correction with the same data, author and time is already recorded (an import run twice). */
    has(data: CorrectionData, by: string, at: string): boolean {
      return st.same.get(JSON.stringify(data), by, at) !== undefined;
    },
    markUndone(id: number, by: string, at: string, reason: string | null): boolean {
      return st.markUndone.run(by, at, reason, id).changes > 0;
    },
    get(id: number): Correction | null {
      const r = st.one.get(id);
      return r ? toCorrection(r) : null;
    },
    list(): Correction[] {
      return st.all.all().map(toCorrection);
    },
    actorKey(id: number): ActorKey | null {
      const a = st.actor.get(id);
      if (!a) return null;
      return { name: a.name, type: a.type, names: st.actorNames.all(id).map((n) => n.name), articles: st.actorArticleKeys.all({ id }), id };
    },
    findActor,
    /** The articles a split of `name` off this actor would take: they say the name and never the actor's own. */
    articlesSaying,
    /** Stored articles a correction's actor or fact lives in now, and those it named when made. */
    articleIds,
    actorArticleIds: (id: number) => st.actorArticleIds.all({ id }),
    eventKey(id: number): FactKey | null {
      const r = st.eventKey.get(id);
      return r ? { article: r.article, hash: r.hash, sentence: r.sentence, type: r.type, trigger: r.trigger, summary: r.summary } : null;
    },
    quoteKey(id: number): FactKey | null {
      const r = st.quoteKey.get(id);
      return r ? { article: r.article, hash: r.hash, sentence: r.sentence, words: r.words, summary: r.words } : null;
    },
  };
}

export type CorrectionStore = ReturnType<typeof correctionStore>;

/** Where enforcement keeps one actor's editor role of one title. */
const roleSlot = (actor: number, titleKey: string) => `${actor}\u0000${titleKey}`;

/** A matcher for `name` as whole words in folded text. */
function wordIn(name: string): (text: string) => boolean {
  if (!name) return () => false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'u');
  return (text) => re.test(text);
}

/** YYYY-MM-DD, YYYY-MM or YYYY as the range a FactDate stores, at that precision. */
export function dateRange(value: string): { start: string; end: string; precision: 'day' | 'month' | 'year'; text: string } {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return { start: v, end: v, precision: 'day', text: v };
  const [y, m] = v.split('-').map(Number) as [number, number | undefined];
  if (m) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${v}-01`, end: `${v}-${String(last).padStart(2, '0')}`, precision: 'month', text: v };
  }
  return { start: `${v}-01-01`, end: `${v}-12-31`, precision: 'year', text: v };
}

