// Extraction-quality evaluation: one article plus its gold annotations in, counted hits and
// misses out. Matching is generous (case, diacritics, curly quotes, a leading "the" and spacing
// are ignored; aliases count) but honest (every hit must be in the extractor's output as such).
// Shared by bench/eval-extract.ts (the report) and tests/extraction-quality.test.ts (the floors).
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article, ExtractedActor, ExtractedEvent, ExtractedQuote, Extraction } from '../src/domain.ts';
import { extract } from '../src/extract/index.ts';
import { formatForPath, parseArticle } from '../src/ingest/index.ts';

// ---- Gold format ----

export interface GoldNamed {
  name: string;
  aliases?: string[];
}

export interface GoldPerson extends GoldNamed {
  roles?: string[];
}

export interface GoldEvent {
  type: string;
  who: string[];
  date: string | null;
  date_precision: string;
  date_text?: string | null;
  place: string | null;
  sentence_contains: string;
}

export interface GoldQuote {
  speaker: string;
  words_contains: string;
}

export interface Gold {
  published?: string | null;
  title?: string | null;
  byline?: string | null;
  persons: GoldPerson[];
  organizations: (GoldNamed | string)[];
  places: (GoldNamed | string)[];
  not_persons: string[];
  events: GoldEvent[];
  quotes: GoldQuote[];
}

// ---- Metrics ----

/** hits out of total; `rate` is null when there is nothing to count. */
export interface Ratio {
  hits: number;
  total: number;
}

export interface WrongDate {
  type: string;
  sentence_contains: string;
  gold: { date: string | null; precision: string; text: string | null };
  got: { start: string | null; precision: string; text: string }[];
}

export interface MissedEvent {
  type: string;
  sentence_contains: string;
  /** Types of the extracted events told by that sentence (empty: no event there at all). */
  typesInSentence: string[];
  /** Whether a sentence of the cleaned article contains `sentence_contains` at all. */
  sentenceInText: boolean;
}

export interface WrongSpeaker {
  words_contains: string;
  gold: string;
  got: (string | null)[];
}

export interface ArticleMetrics {
  article: string;
  path: string;
  /** published as ingest read it, and as the gold says; dates resolve against it. */
  published: { got: string | null; gold: string | null | undefined };
  persons: {
    /** Gold persons found (recall). */
    recall: Ratio;
    /** Extracted person actors that match a gold person (precision). */
    precision: Ratio;
    missed: { name: string; inText: boolean }[];
    falsePersons: string[];
  };
  notPersons: { errors: number; strings: string[] };
  roles: { recall: Ratio; missed: { person: string; role: string; got: string[] }[] };
  aliases: { merged: Ratio; split: { person: string; actors: string[] }[] };
  organizations: { asActor: Ratio; typed: Ratio; missed: string[]; wrongType: { name: string; types: string[] }[] };
  places: { asActor: Ratio; typed: Ratio; missed: string[]; wrongType: { name: string; types: string[] }[] };
  events: { recall: Ratio; recallAnyType: Ratio; dates: Ratio; missed: MissedEvent[]; wrongDates: WrongDate[] };
  quotes: { recall: Ratio; speakers: Ratio; missed: string[]; wrongSpeakers: WrongSpeaker[] };
}

export type Totals = Omit<ArticleMetrics, 'article' | 'path' | 'published'>;

export function rate(r: Ratio): number | null {
  return r.total === 0 ? null : r.hits / r.total;
}

/**
 * Gold types written before the event vocabulary grew, and the finer types that now tell them:
 * a death was a 'kill', a conviction a 'sentence', an acquittal a 'release', a win an 'elect'.
 */
const SAME_EVENT: Record<string, string[]> = { kill: ['die'], sentence: ['convict'], release: ['acquit'], elect: ['win'] };

// ---- Text folding ----

/** Lowercase, diacritics folded, curly quotes and dashes made plain, spacing collapsed. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A name as compared: folded, without a leading "the". */
export function nameKey(s: string): string {
  return fold(s).replace(/^the\s+/, '');
}

function trimPunct(s: string): string {
  return s.replace(/^[\s"'.,;:!?…()-]+|[\s"'.,;:!?…()-]+$/g, '');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `needle` occurs in `hay` as whole words, both folded. */
function containsWords(hay: string, needle: string): boolean {
  const n = fold(needle);
  if (!n) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(n)}(?![\\p{L}\\p{N}])`, 'u').test(fold(hay));
}

function named(x: GoldNamed | string): Required<GoldNamed> {
  return typeof x === 'string' ? { name: x, aliases: [] } : { name: x.name, aliases: x.aliases ?? [] };
}

function keysOf(x: { name: string; aliases?: string[] }): Set<string> {
  return new Set([x.name, ...(x.aliases ?? [])].map(nameKey).filter(Boolean));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

// ---- Evaluation ----

export function loadGold(goldPath: string): Gold {
  const g = JSON.parse(readFileSync(goldPath, 'utf8')) as Partial<Gold>;
  return {
    ...g,
    persons: g.persons ?? [],
    organizations: g.organizations ?? [],
    places: g.places ?? [],
    not_persons: g.not_persons ?? [],
    events: g.events ?? [],
    quotes: g.quotes ?? [],
  };
}

/** Reads and parses an article file the way ingest does (format from the extension). */
export function loadArticle(articlePath: string): Article {
  const format = formatForPath(articlePath) ?? undefined;
  return parseArticle(readFileSync(articlePath, 'utf8'), { path: articlePath, ...(format ? { format } : {}) });
}

/** Evaluates the extractor on one article against its gold file. */
export function evaluate(articlePath: string, goldPath: string): ArticleMetrics {
  const article = loadArticle(articlePath);
  return evaluateExtraction(article, extract(article), loadGold(goldPath), articlePath);
}

/** The comparison itself, for an article already parsed and extracted. */
export function evaluateExtraction(article: Article, x: Extraction, gold: Gold, path = article.path ?? '<input>'): ArticleMetrics {
  const actorKeys = new Map<ExtractedActor, Set<string>>(x.actors.map((a) => [a, keysOf(a)]));
  const personActors = x.actors.filter((a) => a.type === 'person');
  const matching = (keys: Set<string>, pool: ExtractedActor[]) => pool.filter((a) => intersects(actorKeys.get(a)!, keys));

  // Persons: recall, precision, roles, alias merging.
  const persons: ArticleMetrics['persons'] = { recall: { hits: 0, total: 0 }, precision: { hits: 0, total: 0 }, missed: [], falsePersons: [] };
  const roles: ArticleMetrics['roles'] = { recall: { hits: 0, total: 0 }, missed: [] };
  const aliases: ArticleMetrics['aliases'] = { merged: { hits: 0, total: 0 }, split: [] };
  const goldPersonKeys = gold.persons.map((p) => keysOf(p));
  gold.persons.forEach((p, i) => {
    const keys = goldPersonKeys[i]!;
    const found = matching(keys, personActors);
    persons.recall.total++;
    if (!found.length) {
      persons.missed.push({ name: p.name, inText: [p.name, ...(p.aliases ?? [])].some((n) => containsWords(article.text, n)) });
      return;
    }
    persons.recall.hits++;
    // Roles: counted on every actor the person was found as (a split alias is scored under aliases).
    const titles = found.flatMap((a) => a.roles.map((r) => r.title));
    for (const role of p.roles ?? []) {
      roles.recall.total++;
      const r = fold(role);
      if (titles.some((t) => fold(t).includes(r) || (fold(t) !== '' && r.includes(fold(t))))) roles.recall.hits++;
      else roles.missed.push({ person: p.name, role, got: titles });
    }
    const aliasesInText = (p.aliases ?? []).filter((al) => containsWords(article.text, al));
    if (aliasesInText.length) {
      aliases.merged.total++;
      if (found.length === 1) aliases.merged.hits++;
      else aliases.split.push({ person: p.name, actors: found.map((a) => a.name) });
    }
  });
  for (const a of personActors) {
    persons.precision.total++;
    if (goldPersonKeys.some((k) => intersects(actorKeys.get(a)!, k))) persons.precision.hits++;
    else persons.falsePersons.push(a.name);
  }

  // Gold not-persons that became a person's canonical name.
  const personNames = new Set(personActors.map((a) => nameKey(a.name)));
  const notPersonStrings = gold.not_persons.filter((s) => personNames.has(nameKey(s)));
  const notPersons = { errors: notPersonStrings.length, strings: notPersonStrings };

  // Organizations and places: found as any actor, and found with the right type.
  const recallOf = (items: (GoldNamed | string)[], type: 'organization' | 'place') => {
    const out = { asActor: { hits: 0, total: 0 }, typed: { hits: 0, total: 0 }, missed: [] as string[], wrongType: [] as { name: string; types: string[] }[] };
    for (const item of items.map(named)) {
      const found = matching(keysOf(item), x.actors);
      out.asActor.total++;
      out.typed.total++;
      if (found.length) out.asActor.hits++;
      else out.missed.push(item.name);
      if (found.some((a) => a.type === type)) out.typed.hits++;
      else if (found.length) out.wrongType.push({ name: item.name, types: [...new Set(found.map((a) => a.type))] });
    }
    return out;
  };
  const organizations = recallOf(gold.organizations, 'organization');
  const places = recallOf(gold.places, 'place');

  // Events: by the sentence that tells them and their type; then their dates.
  const events: ArticleMetrics['events'] = { recall: { hits: 0, total: 0 }, recallAnyType: { hits: 0, total: 0 }, dates: { hits: 0, total: 0 }, missed: [], wrongDates: [] };
  // What someone said is a quote, scored with the quotes below; only acts are events.
  for (const ge of gold.events.filter((e) => e.type !== 'statement')) {
    const needle = fold(ge.sentence_contains);
    const inSentence = x.events.filter((e) => fold(e.sentence).includes(needle));
    // a gold 'other' says only that something happened there: any event of the sentence may tell it,
    // so it counts under "any type", and its date is not judged against an unrelated happening
    const typed = ge.type === 'other' ? [] : inSentence.filter((e) => e.type === ge.type || (SAME_EVENT[ge.type] ?? []).includes(e.type));
    events.recall.total++;
    events.recallAnyType.total++;
    if (inSentence.length) events.recallAnyType.hits++;
    if (!typed.length) {
      events.missed.push({
        type: ge.type,
        sentence_contains: ge.sentence_contains,
        typesInSentence: [...new Set(inSentence.map((e) => e.type))],
        sentenceInText: article.sentences.some((s) => fold(s.text).includes(needle)),
      });
      continue;
    }
    events.recall.hits++;
    const dateOk = (e: ExtractedEvent): boolean | null => {
      if (ge.date !== null) return e.date.start !== null && e.date.start.startsWith(ge.date) && e.date.precision === ge.date_precision;
      if (ge.date_precision === 'relative' || ge.date_precision === 'unknown') return e.date.start === null;
      return null; // a gold shape this rule does not cover: not scored
    };
    const verdicts = typed.map(dateOk);
    if (verdicts.every((v) => v === null)) continue;
    events.dates.total++;
    if (verdicts.some((v) => v === true)) events.dates.hits++;
    else
      events.wrongDates.push({
        type: ge.type,
        sentence_contains: ge.sentence_contains,
        gold: { date: ge.date, precision: ge.date_precision, text: ge.date_text ?? null },
        got: typed.map((e) => ({ start: e.date.start, precision: e.date.precision, text: e.date.text })),
      });
  }

  // Quotes: by their words (either way round, trailing punctuation ignored), then the speaker.
  const quotes: ArticleMetrics['quotes'] = { recall: { hits: 0, total: 0 }, speakers: { hits: 0, total: 0 }, missed: [], wrongSpeakers: [] };
  const actorById = new Map(x.actors.map((a) => [a.id, a]));
  const goldEntities = [...gold.persons, ...gold.organizations.map(named), ...gold.places.map(named)];
  const speakerKeys = (q: ExtractedQuote): Set<string> => {
    const keys = new Set<string>();
    if (q.speaker) keys.add(nameKey(q.speaker));
    const actor = q.speakerId === null ? undefined : actorById.get(q.speakerId);
    if (actor) for (const k of actorKeys.get(actor)!) keys.add(k);
    return keys;
  };
  for (const gq of gold.quotes) {
    const w = trimPunct(fold(gq.words_contains));
    const found = x.quotes.filter((q) => {
      const qw = trimPunct(fold(q.words));
      return qw !== '' && (qw.includes(w) || w.includes(qw));
    });
    quotes.recall.total++;
    if (!found.length) {
      quotes.missed.push(gq.words_contains);
      continue;
    }
    quotes.recall.hits++;
    quotes.speakers.total++;
    const entity = goldEntities.find((e) => nameKey(e.name) === nameKey(gq.speaker));
    const want = entity ? keysOf(entity) : new Set([nameKey(gq.speaker)]);
    if (found.some((q) => intersects(speakerKeys(q), want))) quotes.speakers.hits++;
    else quotes.wrongSpeakers.push({ words_contains: gq.words_contains, gold: gq.speaker, got: found.map((q) => q.speaker) });
  }

  return {
    article: basename(path).replace(/\.[^.]+$/, ''),
    path,
    published: { got: article.published, gold: gold.published },
    persons,
    notPersons,
    roles,
    aliases,
    organizations,
    places,
    events,
    quotes,
  };
}

// ---- Totals ----

const add = (a: Ratio, b: Ratio): Ratio => ({ hits: a.hits + b.hits, total: a.total + b.total });

/** Sums the counts of several articles (micro-averaged rates); the miss lists are concatenated. */
export function totals(ms: ArticleMetrics[]): Totals {
  const zero = (): Ratio => ({ hits: 0, total: 0 });
  const t: Totals = {
    persons: { recall: zero(), precision: zero(), missed: [], falsePersons: [] },
    notPersons: { errors: 0, strings: [] },
    roles: { recall: zero(), missed: [] },
    aliases: { merged: zero(), split: [] },
    organizations: { asActor: zero(), typed: zero(), missed: [], wrongType: [] },
    places: { asActor: zero(), typed: zero(), missed: [], wrongType: [] },
    events: { recall: zero(), recallAnyType: zero(), dates: zero(), missed: [], wrongDates: [] },
    quotes: { recall: zero(), speakers: zero(), missed: [], wrongSpeakers: [] },
  };
  for (const m of ms) {
    t.persons.recall = add(t.persons.recall, m.persons.recall);
    t.persons.precision = add(t.persons.precision, m.persons.precision);
    t.persons.missed.push(...m.persons.missed);
    t.persons.falsePersons.push(...m.persons.falsePersons);
    t.notPersons.errors += m.notPersons.errors;
    t.notPersons.strings.push(...m.notPersons.strings);
    t.roles.recall = add(t.roles.recall, m.roles.recall);
    t.roles.missed.push(...m.roles.missed);
    t.aliases.merged = add(t.aliases.merged, m.aliases.merged);
    t.aliases.split.push(...m.aliases.split);
    for (const k of ['organizations', 'places'] as const) {
      t[k].asActor = add(t[k].asActor, m[k].asActor);
      t[k].typed = add(t[k].typed, m[k].typed);
      t[k].missed.push(...m[k].missed);
      t[k].wrongType.push(...m[k].wrongType);
    }
    t.events.recall = add(t.events.recall, m.events.recall);
    t.events.recallAnyType = add(t.events.recallAnyType, m.events.recallAnyType);
    t.events.dates = add(t.events.dates, m.events.dates);
    t.events.missed.push(...m.events.missed);
    t.events.wrongDates.push(...m.events.wrongDates);
    t.quotes.recall = add(t.quotes.recall, m.quotes.recall);
    t.quotes.speakers = add(t.quotes.speakers, m.quotes.speakers);
    t.quotes.missed.push(...m.quotes.missed);
    t.quotes.wrongSpeakers.push(...m.quotes.wrongSpeakers);
  }
  return t;
}

/** The held-out articles: every NAME.gold.json in `dir` with its NAME.txt|.md|.html beside it. */
export function goldPairs(dir: string): { article: string; gold: string }[] {
  const files = readdirSync(dir).sort();
  const out: { article: string; gold: string }[] = [];
  for (const f of files) {
    if (!f.endsWith('.gold.json')) continue;
    const stem = f.slice(0, -'.gold.json'.length);
    const arts = files.filter((g) => g.startsWith(stem + '.') && !g.slice(stem.length + 1).includes('.') && formatForPath(g) !== null);
    if (arts.length !== 1) throw new Error(`${join(dir, f)}: expected one article ${stem}.txt|.md|.html beside it, found ${arts.length}`);
    out.push({ article: join(dir, arts[0]!), gold: join(dir, f) });
  }
  return out;
}
