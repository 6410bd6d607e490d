// Corrections: what editors change on top of what extraction produced. A correction is data
// (src/store/corrections.ts keeps it); the store enforces every correction in force after each
// article it saves, so re-ingest and new articles keep them. Undoing one extracts the articles it
// touched again and enforces the rest.
import { z } from 'zod';
import type { ActorKey, Article, Correction, CorrectionData, Extraction, FactKey } from '../domain.ts';
import { heldText } from '../briefing/profile.ts';
import { extract } from '../extract/index.ts';
import { foldName } from '../search/keys.ts';
import type { Store } from '../store/index.ts';

/** A correction as an editor asks for it: actors and facts by their current ids. */
export type CorrectionRequest =
  | { kind: 'merge'; into: number; from: number }
  | { kind: 'split'; actor: number; name: string }
  | { kind: 'rename'; actor: number; name: string }
  | { kind: 'alias-add' | 'alias-remove'; actor: number; alias: string }
  | { kind: 'role-add' | 'role-date'; actor: number; title: string; since?: string | null; until?: string | null }
  | { kind: 'role-remove'; actor: number; title: string }
  | { kind: 'hide-actor'; actor: number }
  | { kind: 'hide-event'; event: number }
  | { kind: 'hide-quote'; quote: number }
  | { kind: 'event-date'; event: number; date: string }
  | { kind: 'event-place'; event: number; place: string };

/** A correction that cannot be made, said politely: shown to the editor as it is. */
export class CorrectionError extends Error {}

export interface Done {
  correction: Correction;
  /** One sentence saying what changed: "Osama Almasri is now one actor with Najeem Almasri." */
  said: string;
}

const MAX_NAME = 200;
const MAX_REASON = 500;
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Text typed by an editor on one line: control characters (they would reach terminals and logs through the correction log) and runs of space as one space. */
export function oneLine(value: string): string {
  return value.replace(/\p{Cc}+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function text(value: string, what: string, max = MAX_NAME): string {
  const v = oneLine(value);
  if (!v) throw new CorrectionError(`Give ${what}.`);
  if (v.length > max) throw new CorrectionError(`${what[0]!.toUpperCase()}${what.slice(1)} is too long (at most ${max} characters).`);
  return v;
}

function date(value: string | null | undefined, what: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const v = value.trim();
  const ok = PARTIAL_DATE.test(v) && (v.length < 10 || !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));
  if (!ok) throw new CorrectionError(`${what} must be a date written YYYY-MM-DD, YYYY-MM or YYYY (got "${v.slice(0, 40)}").`);
  return v;
}

function actorKey(store: Store, id: number): ActorKey {
  const key = store.corrections.actorKey(id);
  if (!key) throw new CorrectionError(`There is no actor ${id} in the index (it may have been merged, hidden or corrected meanwhile).`);
  return key;
}

function eventKey(store: Store, id: number): FactKey {
  const key = store.corrections.eventKey(id);
  if (!key) throw new CorrectionError(`There is no event e${id} in the index (it may have been hidden, or its article extracted again).`);
  return key;
}

const sameName = (a: string, b: string) => foldName(a) === foldName(b);

/** When a role was held, each end a partial date, and the end not before the start. */
function heldDates(since: string | null | undefined, until: string | null | undefined): { since: string | null; until: string | null } {
  const [s, u] = [date(since, 'Since'), date(until, 'Until')];
  if (s && u && s > u) throw new CorrectionError(`The role cannot end (${u}) before it began (${s}).`);
  return { since: s, until: u };
}

/** The actor's names but its own, for a message: "Almasri, Osama Njeem" or "none". */
function otherNames(actor: ActorKey): string {
  return actor.names.filter((n) => !sameName(n, actor.name)).join(', ') || 'none';
}

/** Refuses a role title the actor does not have, listing those it has. */
function requireRole(store: Store, actorId: number, actor: ActorKey, title: string): void {
  const roles = store.getActor(actorId)?.roles ?? [];
  if (roles.some((x) => sameName(x.title, title))) return;
  throw new CorrectionError(`${actor.name} has no role "${title}"; the roles are: ${[...new Set(roles.map((x) => x.title))].join(', ') || 'none'}.`);
}

/** Names (folded) that corrections in force gave actors: added aliases, and merged-away actors' names. */
function namesGivenByCorrections(store: Store): Set<string> {
  const out = new Set<string>();
  for (const c of store.corrections.list()) {
    if (c.undoneAt) continue;
    if (c.data.kind === 'alias-add') out.add(foldName(c.data.alias));
    if (c.data.kind === 'merge') for (const n of [c.data.from.name, ...c.data.from.names]) out.add(foldName(n));
  }
  return out;
}

/** The correction as data: actors by their names now, facts by their article and sentence. */
function toData(store: Store, r: CorrectionRequest): CorrectionData {
  switch (r.kind) {
    case 'merge': {
      if (r.into === r.from) throw new CorrectionError('Those are the same actor already.');
      const into = actorKey(store, r.into);
      const from = actorKey(store, r.from);
      // names an earlier correction gave it are that correction's: undoing it must free them
      const given = namesGivenByCorrections(store);
      return { kind: 'merge', into, from: { ...from, names: from.names.filter((n) => sameName(n, from.name) || !given.has(foldName(n))) } };
    }
    case 'split': {
      const actor = actorKey(store, r.actor);
      const name = text(r.name, 'the name to split off');
      if (sameName(name, actor.name)) throw new CorrectionError(`"${name}" is ${actor.name}'s own name: split off one of the other names (${otherNames(actor)}).`);
      if (!store.corrections.articlesSaying(r.actor, name).length)
        throw new CorrectionError(`No article of ${actor.name}'s says "${name}" without also saying "${actor.name}": there is nothing to split off. Articles that name both stay with ${actor.name}.`);
      return { kind: 'split', actor, name };
    }
    case 'rename': {
      const actor = actorKey(store, r.actor);
      const name = text(r.name, 'the new name');
      if (name === actor.name) throw new CorrectionError(`${actor.name} is already called that.`);
      return { kind: 'rename', actor, name };
    }
    case 'alias-add':
    case 'alias-remove': {
      const actor = actorKey(store, r.actor);
      const alias = text(r.alias, 'the alias');
      const has = actor.names.some((n) => sameName(n, alias));
      if (r.kind === 'alias-add' && has) throw new CorrectionError(`${actor.name} already goes by "${alias}".`);
      if (r.kind === 'alias-remove') {
        if (sameName(alias, actor.name)) throw new CorrectionError(`"${alias}" is ${actor.name}'s own name; rename the actor instead.`);
        if (!has) throw new CorrectionError(`${actor.name} has no alias "${alias}"; the aliases are: ${otherNames(actor)}.`);
      }
      return { kind: r.kind, actor, alias };
    }
    case 'role-add':
    case 'role-date': {
      const actor = actorKey(store, r.actor);
      const title = text(r.title, 'the role');
      const { since, until } = heldDates(r.since, r.until);
      if (r.kind === 'role-date') {
        if (!since && !until) throw new CorrectionError('Give when the role began (since), ended (until), or both.');
        requireRole(store, r.actor, actor, title);
      } else if (!since && !until && store.getActor(r.actor)?.roles.some((x) => sameName(x.title, title)))
        throw new CorrectionError(`${actor.name} already has the role "${title}"; to say when it was held, give since and until.`);
      return { kind: r.kind, actor, title, since, until };
    }
    case 'role-remove': {
      const actor = actorKey(store, r.actor);
      const title = text(r.title, 'the role');
      requireRole(store, r.actor, actor, title);
      return { kind: 'role-remove', actor, title };
    }
    case 'hide-actor':
      return { kind: 'hide-actor', actor: actorKey(store, r.actor) };
    case 'hide-event':
      return { kind: 'hide-event', event: eventKey(store, r.event) };
    case 'hide-quote': {
      const quote = store.corrections.quoteKey(r.quote);
      if (!quote) throw new CorrectionError(`There is no quote q${r.quote} in the index (it may have been hidden, or its article extracted again).`);
      return { kind: 'hide-quote', quote };
    }
    case 'event-date': {
      const event = eventKey(store, r.event);
      const d = date(r.date, 'The date');
      if (!d) throw new CorrectionError('Give the date, written YYYY-MM-DD, YYYY-MM or YYYY.');
      return { kind: 'event-date', event, date: d };
    }
    case 'event-place':
      return { kind: 'event-place', event: eventKey(store, r.event), place: text(r.place, 'the place') };
  }
}

const q = (s: string) => `“${s}”`;

/** What a correction does, in one sentence for the log and for the editor who made it. */
export function describe(d: CorrectionData): string {
  switch (d.kind) {
    case 'merge':
      return `${d.from.name} and ${d.into.name} are one actor, ${d.into.name}.`;
    case 'split':
      return `${q(d.name)} is not ${d.actor.name}: the articles that say ${q(d.name)} and not ${q(d.actor.name)} go to an actor of its own.`;
    case 'rename':
      return `${d.actor.name} is now called ${d.name}.`;
    case 'alias-add':
      return `${d.actor.name} also goes by ${q(d.alias)}.`;
    case 'alias-remove':
      return `${q(d.alias)} is not a name of ${d.actor.name}.`;
    case 'role-add':
      return `${d.actor.name}: ${d.title}${held(d)}.`;
    case 'role-date':
      return `${d.actor.name} was ${d.title}${held(d)}.`;
    case 'role-remove':
      return `${d.actor.name} is not ${d.title}.`;
    case 'hide-actor':
      return `${d.actor.name} is hidden: not a real actor.`;
    case 'hide-event':
      return `Event hidden: ${q(d.event.summary)}.`;
    case 'hide-quote':
      return `Quote hidden: ${q(clip(d.quote.summary))}.`;
    case 'event-date':
      return `${q(d.event.summary)} happened on ${d.date}.`;
    case 'event-place':
      return `${q(d.event.summary)} happened in ${d.place}.`;
  }
}

function held(d: { since: string | null; until: string | null }): string {
  const when = heldText(d.since, d.until);
  return when ? `, ${when}` : '';
}

function clip(s: string, n = 80): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function correct(store: Store, request: CorrectionRequest, by: string, reason: string, now = new Date()): Done {
  const data = toData(store, request);
  const why = text(reason, 'a reason (why is this correct?)', MAX_REASON);
  const id = store.correct(data, text(by, 'who is correcting'), why, now.toISOString());
  return { correction: store.corrections.get(id)!, said: describe(data) };
}

/** The articles a correction reaches now, or reached when it was made: extracting them again undoes it. */
function reach(store: Store, d: CorrectionData): Set<number> {
  const ids = new Set<number>();
  const c = store.corrections;
  const addActor = (k: ActorKey) => {
    for (const a of k.articles ?? []) for (const id of c.articleIds(a)) ids.add(id);
    const now = c.findActor(k);
    if (now !== null) for (const id of c.actorArticleIds(now)) ids.add(id);
  };
  const addFact = (k: FactKey) => {
    for (const id of c.articleIds(k.article, k.hash)) ids.add(id);
  };
  switch (d.kind) {
    case 'merge':
      addActor(d.into);
      addActor(d.from);
      break;
    case 'split': {
      addActor(d.actor);
      const other = c.findActor({ name: d.name, type: d.actor.type, names: [d.name] }, { canonicalOnly: true });
      if (other !== null) for (const id of c.actorArticleIds(other)) ids.add(id);
      break;
    }
    case 'rename':
      addActor(d.actor);
      addActor({ ...d.actor, name: d.name });
      break;
    case 'hide-event':
    case 'event-date':
    case 'event-place':
      addFact(d.event);
      break;
    case 'hide-quote':
      addFact(d.quote);
      break;
    default:
      addActor(d.actor);
  }
  return ids;
}

/** Roles an editor added or dated come from the corrections alone: nothing to extract again. */
const NO_REBUILD = new Set<CorrectionData['kind']>(['role-add', 'role-date']);

export async function undo(store: Store, id: number, by: string, now = new Date(), reason: string | null = null): Promise<Done> {
  const who = text(by, 'who is undoing');
  const why = reason?.trim() ? text(reason, 'the reason', MAX_REASON) : null;
  // the articles are extracted outside the write lock; an article ingested or corrected meanwhile
  // is caught inside it, and they are read again
  for (let attempt = 0; attempt < 3; attempt++) {
    const c = store.corrections.get(id);
    if (!c) throw new CorrectionError(`There is no correction ${id}; see the list with /fix list.`);
    if (c.undoneAt) throw new CorrectionError(`Correction ${id} was already undone (by ${c.undoneBy}, ${c.undoneAt.slice(0, 10)}).`);
    const reachNow = () => (NO_REBUILD.has(c.data.kind) ? [] : [...reach(store, c.data)]);
    const rebuild: { id: number; article: Article; extraction: Extraction }[] = [];
    for (const articleId of reachNow().sort((a, b) => a - b)) {
      const article = store.storedArticle(articleId);
      if (article) rebuild.push({ id: articleId, article, extraction: extract(article) });
      // extracting is CPU work, tens of milliseconds an article: between articles, the bot answers others
      await new Promise((resolve) => setImmediate(resolve));
    }
    const done = store.undoCorrection(id, who, now.toISOString(), why, rebuild, reachNow);
    if (done === 'moved') continue;
    if (!done) throw new CorrectionError(`Correction ${id} was already undone.`);
    return { correction: store.corrections.get(id)!, said: `Undone: ${describe(c.data)}` };
  }
  throw new CorrectionError(`The articles correction ${id} touches kept changing while it was being undone; nothing was undone. Try again in a moment.`);
}

/**
 * Where an actor that is no longer in the index went: merged into another (now this id), or
 * hidden, by the latest correction in force that took it; null when no correction did.
 */
export function whereDid(store: Store, actorId: number): { merged: number | null; correction: Correction } | null {
  for (const c of listCorrections(store)) {
    if (c.undoneAt) continue;
    const d = c.data;
    if (d.kind === 'merge' && d.from.id === actorId) return { merged: store.corrections.findActor(d.into), correction: c };
    if (d.kind === 'hide-actor' && d.actor.id === actorId) return { merged: null, correction: c };
  }
  return null;
}

/** Newest first. */
export function listCorrections(store: Store): Correction[] {
  return store.corrections.list().reverse();
}

// -- export and import: a newsroom keeps its corrections in version control --

const ActorKeySchema = z.object({
  name: z.string().min(1).max(MAX_NAME),
  type: z.enum(['person', 'organization', 'place', 'other']),
  names: z.array(z.string().max(MAX_NAME)).max(500),
  articles: z.array(z.string().max(4000)).max(10_000).optional(),
  id: z.number().int().positive().optional(),
});
const FactKeySchema = z.object({
  article: z.string().min(1).max(4000),
  hash: z.string().regex(/^[0-9a-f]{16,128}$/).optional(),
  sentence: z.string().max(20_000),
  type: z.string().max(50).optional(),
  trigger: z.string().max(200).optional(),
  words: z.string().max(20_000).optional(),
  summary: z.string().max(20_000),
});
const partial = z.string().regex(PARTIAL_DATE, 'YYYY-MM-DD, YYYY-MM or YYYY');
const name = z.string().min(1).max(MAX_NAME);
const DataSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('merge'), into: ActorKeySchema, from: ActorKeySchema }),
  z.object({ kind: z.literal('split'), actor: ActorKeySchema, name }),
  z.object({ kind: z.literal('rename'), actor: ActorKeySchema, name }),
  z.object({ kind: z.literal('alias-add'), actor: ActorKeySchema, alias: name }),
  z.object({ kind: z.literal('alias-remove'), actor: ActorKeySchema, alias: name }),
  z.object({ kind: z.literal('role-add'), actor: ActorKeySchema, title: name, since: partial.nullable(), until: partial.nullable() }),
  z.object({ kind: z.literal('role-date'), actor: ActorKeySchema, title: name, since: partial.nullable(), until: partial.nullable() }),
  z.object({ kind: z.literal('role-remove'), actor: ActorKeySchema, title: name }),
  z.object({ kind: z.literal('hide-actor'), actor: ActorKeySchema }),
  z.object({ kind: z.literal('hide-event'), event: FactKeySchema }),
  z.object({ kind: z.literal('hide-quote'), quote: FactKeySchema }),
  z.object({ kind: z.literal('event-date'), event: FactKeySchema, date: partial }),
  z.object({ kind: z.literal('event-place'), event: FactKeySchema, place: name }),
]);
const iso = z.string().datetime({ offset: true });
const ExportSchema = z.object({
  briefbot: z.literal('corrections'),
  version: z.literal(1),
  corrections: z
    .array(
      z.object({
        data: DataSchema,
        by: z.string().min(1).max(MAX_NAME),
        at: iso,
        reason: z.string().min(1).max(MAX_REASON),
        undoneBy: z.string().max(MAX_NAME).nullable(),
        undoneAt: iso.nullable(),
        undoReason: z.string().max(MAX_REASON).nullable().optional(),
      }),
    )
    .max(100_000),
});

/** Every correction, undone ones too, oldest first: the log as a file for version control. */
export function exportCorrections(store: Store): string {
  const corrections = store.corrections.list().map(({ id: _id, ...c }) => c);
  return `${JSON.stringify({ briefbot: 'corrections', version: 1, corrections }, null, 2)}\n`;
}

/** Adds the corrections in `json` not recorded yet, in their order, in one transaction; all or nothing. */
export function importCorrections(store: Store, json: string): { added: number; skipped: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new CorrectionError('That file is not JSON; export one with `npx briefbot export --json`.');
  }
  const parsed = ExportSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new CorrectionError(`That file is not a briefbot corrections export (${first.path.join('.') || 'top'}: ${first.message}); nothing was imported.`);
  }
  // a hand-edited file meets the same rules as chat and the page: no empty name, no 31 February
  parsed.data.corrections.forEach((c, i) => {
    try {
      checkData(c.data as CorrectionData);
      text(c.reason, 'a reason', MAX_REASON);
      text(c.by, 'who made it');
    } catch (err) {
      if (err instanceof CorrectionError) throw new CorrectionError(`Correction ${i + 1} in that file: ${err.message} Nothing was imported.`);
      throw err;
    }
  });
  return store.importCorrections(parsed.data.corrections as Omit<Correction, 'id'>[]);
}

/** The checks a request meets, on a correction read from a file. */
function checkData(d: CorrectionData): void {
  const actor = (k: ActorKey) => text(k.name, "the actor's name");
  switch (d.kind) {
    case 'merge':
      actor(d.into);
      actor(d.from);
      return;
    case 'split':
    case 'rename':
      actor(d.actor);
      text(d.name, 'the name');
      return;
    case 'alias-add':
    case 'alias-remove':
      actor(d.actor);
      text(d.alias, 'the alias');
      return;
    case 'role-add':
    case 'role-date': {
      actor(d.actor);
      text(d.title, 'the role');
      heldDates(d.since, d.until);
      return;
    }
    case 'role-remove':
      actor(d.actor);
      text(d.title, 'the role');
      return;
    case 'hide-actor':
      actor(d.actor);
      return;
    case 'event-date':
      date(d.date, 'The date');
      return;
    case 'event-place':
      text(d.place, 'the place');
      return;
    case 'hide-event':
    case 'hide-quote':
      return;
  }
}
