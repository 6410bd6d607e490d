// How well briefbot reads real news nobody here wrote: the development set of bench/real/
// (texts restored into scratch/real/articles/ by `npm run real:restore`; gold facts by hand in
// bench/real/gold/). Scores people, roles, organisations, places, dated events (the right day and
// at least one right actor), and the editor questions, asked of one index holding every article.
//   npm run eval:real                      the table by kind and in total
//   npm run eval:real -- --misses          also every miss, article by article
//   npm run eval:real -- --article ID      one article (with its misses)
//   npm run eval:real -- --json            the figures as JSON
//   npm run eval:real -- --judge           sampled events nobody has judged yet, with their sentence,
//                                          to judge by hand into bench/real/judged-events.json
//   npm run eval:real -- --wrong           sampled events judged wrong, with why and their sentence
//   npm run eval:real -- --sample N        judge a seeded sample of N events (default: all of them)
//   npm run eval:real -- --set holdout     the held-out set of bench/real/holdout/ (never tuned on),
//                                          its events judged in bench/real/holdout/judged-events.json
//   npm run eval:real -- --set holdout2    the second held-out set (bench/real/holdout2/), judged the
//                                          same way in bench/real/holdout2/judged-events.json
//   npm run eval:real -- --set dev2        the second development set (bench/real/dev2/), judged in
//                                          bench/real/dev2/judged-events.json
//   npm run eval:real -- --set dev3        the third development set (bench/real/dev3/), judged in
//                                          bench/real/dev3/judged-events.json
//   npm run eval:real -- --set dev4        the fourth development set (bench/real/dev4/), judged in
//                                          bench/real/dev4/judged-events.json
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commands } from '../commands/index.ts';
import type { Answer } from '../src/briefing/answers.ts';
import type { CommandContext } from '../src/command.ts';
import { answerLine } from '../src/dispatch.ts';
import type { Article, ExtractedActor, ExtractedEvent, Extraction } from '../src/domain.ts';
import { extract } from '../src/extract/index.ts';
import { loadArticleFile } from '../src/ingest/index.ts';
import { renderText } from '../src/render/text.ts';
import { openStore } from '../src/store/index.ts';
import { fold, nameKey } from './eval-lib.ts';
import { GOLD_DIR, ROOT, realSetFromArgs } from './real/restore.ts';

// ---- Gold ----

interface GoldPerson {
  name: string;
  aliases?: string[];
  roles?: string[];
  org?: string | null;
}
interface GoldNamed {
  name: string;
  aliases?: string[];
}
interface GoldEvent {
  what: string;
  type: string;
  date: string | null;
  actors: string[];
  place?: string | null;
}
interface GoldQuestion {
  ask: string;
  expect: string[];
}
export interface RealGold {
  id: string;
  kind: string;
  source: { url: string; query: string; sha256?: string };
  published: string | null;
  persons: GoldPerson[];
  organizations: (GoldNamed | string)[];
  places: (GoldNamed | string)[];
  events: GoldEvent[];
  questions: GoldQuestion[];
}

const named = (x: GoldNamed | string): GoldNamed => (typeof x === 'string' ? { name: x } : x);
const forms = (x: GoldNamed): string[] => [x.name, ...(x.aliases ?? [])].map(nameKey);

export function loadGold(goldDir = GOLD_DIR): RealGold[] {
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as RealGold);
}

// ---- Scoring one article ----

interface Ratio {
  hits: number;
  total: number;
}
const ratio = (): Ratio => ({ hits: 0, total: 0 });
const add = (r: Ratio, hit: boolean) => {
  r.total++;
  if (hit) r.hits++;
};

interface Scores {
  personRecall: Ratio;
  personPrecision: Ratio;
  roleRecall: Ratio;
  orgRecall: Ratio;
  placeRecall: Ratio;
  /** Gold events dated to a day: an extracted event on that day with at least one right actor. */
  datedEvents: Ratio;
  /** Gold events dated at any precision, matched at that precision. */
  anyDatedEvents: Ratio;
  questions: Ratio;
}

const emptyScores = (): Scores => ({
  personRecall: ratio(),
  personPrecision: ratio(),
  roleRecall: ratio(),
  orgRecall: ratio(),
  placeRecall: ratio(),
  datedEvents: ratio(),
  anyDatedEvents: ratio(),
  questions: ratio(),
});

interface ArticleResult {
  id: string;
  kind: string;
  scores: Scores;
  misses: string[];
}

/** Every written form of an extracted actor. */
function actorForms(a: ExtractedActor): string[] {
  return [a.name, ...a.aliases].map(nameKey);
}

function matches(actorKeys: string[], goldKeys: string[]): boolean {
  return actorKeys.some((k) => goldKeys.includes(k));
}

/** A date at the precision the gold gives it: 2016-09-14, 2016-09 or 2016. */
function atPrecision(e: ExtractedEvent, goldDate: string): string | null {
  if (!e.date.start) return null;
  if (goldDate.length === 10) return e.date.precision === 'day' ? e.date.start : null;
  if (goldDate.length === 7) return ['day', 'month'].includes(e.date.precision) ? e.date.start.slice(0, 7) : null;
  return e.date.start.slice(0, 4);
}

/** Words of a role, without articles and the organisation's own name. */
function roleMatches(goldRole: string, got: string[]): boolean {
  const words = fold(goldRole)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !['the', 'a', 'an', 'of', 'and', 'for', 's'].includes(w));
  return got.some((g) => {
    const have = new Set(fold(g).split(/[^\p{L}\p{N}]+/u));
    // the head of the gold role (its last word) and most of the rest
    const head = words[words.length - 1];
    return head !== undefined && have.has(head) && words.filter((w) => have.has(w)).length >= Math.ceil(words.length / 2);
  });
}

function scoreExtraction(gold: RealGold, ex: Extraction, misses: string[]): Scores {
  const s = emptyScores();
  const persons = ex.actors.filter((a) => a.type === 'person');
  const goldPersons = gold.persons.map((p) => ({ p, keys: forms(p) }));

  for (const { p, keys } of goldPersons) {
    const found = persons.filter((a) => matches(actorForms(a), keys));
    add(s.personRecall, found.length > 0);
    if (!found.length) misses.push(`person missed: ${p.name}`);
    for (const role of p.roles ?? []) {
      if (!found.length) continue;
      const credited = (ex.credits ?? []).filter((c) => found.some((a) => a.id === c.actorId)).map((c) => c.role);
      const got = [...found.flatMap((a) => a.roles.map((r) => [r.title, r.organization ?? ''].join(' '))), ...credited];
      const hit = roleMatches(role, got);
      add(s.roleRecall, hit);
      if (!hit) misses.push(`role missed: ${p.name} — ${role} (got: ${got.join('; ') || 'none'})`);
    }
  }
  for (const a of persons) {
    const hit = goldPersons.some((g) => matches(actorForms(a), g.keys));
    add(s.personPrecision, hit);
    if (!hit) misses.push(`not a person (or not in gold): ${a.name}`);
  }
  for (const o of gold.organizations.map(named)) {
    const hit = ex.actors.some((a) => matches(actorForms(a), forms(o)));
    add(s.orgRecall, hit);
    if (!hit) misses.push(`organisation missed: ${o.name}`);
  }
  for (const p of gold.places.map(named)) {
    const hit = ex.actors.some((a) => matches(actorForms(a), forms(p)));
    add(s.placeRecall, hit);
    if (!hit) misses.push(`place missed: ${p.name}`);
  }

  // An event's actors as the gold names them: every form of that person or organisation.
  const goldEntities = [...gold.persons, ...gold.organizations.map(named), ...gold.places.map(named)];
  const keysOf = (name: string): string[] => {
    const e = goldEntities.find((x) => nameKey(x.name) === nameKey(name));
    return e ? forms(e) : [nameKey(name)];
  };
  const actorById = new Map(ex.actors.map((a) => [a.id, a]));
  const used = new Set<ExtractedEvent>();
  // an event with no named actor cannot meet "at least one right actor": it is not scored
  for (const g of gold.events.filter((e) => e.date && e.actors.length)) {
    const goldKeys = g.actors.map(keysOf);
    const candidates = ex.events.filter(
      (e) =>
        !used.has(e) &&
        // what someone said is a quote, not the event; it counts only for an announcement
        (e.type !== 'statement' || g.type === 'announce') &&
        atPrecision(e, g.date!) === g.date &&
        e.participants.some((p) => {
          const actor = actorById.get(p.actorId);
          const keys = actor ? actorForms(actor) : [nameKey(p.name)];
          return goldKeys.some((gk) => matches(keys, gk));
        }),
    );
    const hit = candidates[0];
    if (hit) used.add(hit);
    if (g.date!.length === 10) add(s.datedEvents, !!hit);
    add(s.anyDatedEvents, !!hit);
    if (!hit) {
      const sameDay = ex.events.filter((e) => atPrecision(e, g.date!) === g.date).map((e) => `${e.type}: ${e.summary}`);
      misses.push(`event missed: ${g.date} ${g.what} (${g.actors.join(', ')})${sameDay.length ? ` — that date has: ${sameDay.join(' | ')}` : ''}`);
    }
  }
  return s;
}

// ---- Questions: one index of every article, asked as a user would ----

/** The facts of an answer, without the source sentences and article titles it cites. */
function answerFacts(answer: Answer): string {
  const { citations: _c, articles: _a, ...facts } = answer as Answer & { citations?: unknown; articles?: unknown };
  // /link answers with the sentences that name both, /brief with what the articles say of the
  // subject: those are their facts, not only their sources
  // (a /link with nothing in one sentence shows the nearest sentences naming each instead)
  const listed = answer.kind === 'link' ? [...answer.sentences, ...answer.nearby] : answer.kind === 'brief' ? answer.sentences : [];
  const shown = answer.kind === 'link' || answer.kind === 'brief' ? answer.citations.filter((c) => listed.includes(c.n)).map((c) => c.sentence) : [];
  return fold(`${JSON.stringify(facts)}\n${renderText({ ...facts, citations: [], articles: [] } as Answer)}\n${shown.join('\n')}`);
}

async function askQuestions(gold: RealGold[], articles: Map<string, Article>, results: Map<string, ArticleResult>): Promise<void> {
  const store = openStore(':memory:');
  try {
    for (const g of gold) {
      const a = articles.get(g.id);
      if (a) store.saveArticle(a, extract(a));
    }
    const ctx: CommandContext = { store, commands, user: { id: 'eval', name: 'eval', manager: false } };
    for (const g of gold) {
      const r = results.get(g.id);
      if (!r) continue;
      for (const q of g.questions) {
        const answer = await answerLine(q.ask, ctx);
        const facts = answerFacts(answer);
        const answered = !['not-found', 'problem', 'help'].includes(answer.kind) && q.expect.every((x) => facts.includes(fold(x)));
        add(r.scores.questions, answered);
        if (!answered) r.misses.push(`question not answered: ${q.ask} — wanted ${q.expect.map((x) => JSON.stringify(x)).join(', ')}, got ${answer.kind}`);
      }
    }
  } finally {
    store.close();
  }
}

// ---- Judged sample of extracted events (event precision) ----

interface Judged {
  article: string;
  sentenceIndex: number;
  type: string;
  summary: string;
  date: string | null;
  verdict: 'right' | 'wrong';
  why?: string;
}

/** A set's judged events sit beside its gold folder. */
const judgedFile = (goldDir: string) => join(goldDir, '..', 'judged-events.json');

function judgedKey(j: { article: string; sentenceIndex: number; type: string; summary: string; date: string | null }): string {
  return `${j.article}#${j.sentenceIndex}#${j.type}#${j.summary}#${j.date ?? ''}`;
}

/** A seeded, reproducible sample: the same events for the same extractor output. */
function sample<T>(items: T[], n: number, seed: number): T[] {
  const out = [...items];
  let x = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out.slice(0, n);
}

// ---- Main ----

function pct(r: Ratio): string {
  return r.total ? `${((100 * r.hits) / r.total).toFixed(1)}% (${r.hits}/${r.total})` : '—';
}

function sum(rs: Scores[]): Scores {
  const t = emptyScores();
  for (const s of rs)
    for (const k of Object.keys(t) as (keyof Scores)[]) {
      t[k].hits += s[k].hits;
      t[k].total += s[k].total;
    }
  return t;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const only = opt('--article');
  // Every extracted event is judged (a census: a sample of 80 moved by several points whenever a
  // change added or dropped an event); --sample N judges a seeded sample of N instead.
  const sampleSize = Number(opt('--sample') ?? Infinity);
  const set = realSetFromArgs(args);
  const { articlesDir: ARTICLES_DIR } = set;
  const JUDGED_FILE = judgedFile(set.goldDir);
  const rel = (path: string) => relative(ROOT, path);
  const gold = loadGold(set.goldDir).filter((g) => !only || g.id === only);
  if (!gold.length) {
    console.error(only ? `no gold file ${rel(set.goldDir)}/${only}.json` : `no gold files in ${rel(set.goldDir)}`);
    process.exit(2);
  }
  const missing = gold.filter((g) => !existsSync(join(ARTICLES_DIR, `${g.id}.md`)));
  if (missing.length) {
    console.error(`${missing.length} of ${gold.length} articles are not restored (${missing.slice(0, 3).map((g) => g.id).join(', ')}${missing.length > 3 ? ', …' : ''}).`);
    console.error(`See ${rel(join(set.goldDir, '..', 'README.md'))}: save the pages, then npm run real:restore${set.name === 'dev' ? '' : ` -- --set ${set.name}`}.`);
    process.exit(1);
  }

  const articles = new Map<string, Article>();
  const extractions = new Map<string, Extraction>();
  const results = new Map<string, ArticleResult>();
  for (const g of gold) {
    let article: Article;
    try {
      article = await loadArticleFile(join(ARTICLES_DIR, `${g.id}.md`));
    } catch (err) {
      // an article briefbot refuses scores nothing: every fact of it is missed
      const empty: Extraction = { mentions: [], actors: [], events: [], quotes: [] };
      const misses = [`not ingested: ${err instanceof Error ? err.message : String(err)}`];
      results.set(g.id, { id: g.id, kind: g.kind, scores: scoreExtraction(g, empty, misses), misses });
      extractions.set(g.id, empty);
      continue;
    }
    const ex = extract(article);
    articles.set(g.id, article);
    extractions.set(g.id, ex);
    const misses: string[] = [];
    if ((article.published ?? null) !== (g.published ?? null)) misses.push(`published read as ${article.published}, gold ${g.published}`);
    results.set(g.id, { id: g.id, kind: g.kind, scores: scoreExtraction(g, ex, misses), misses });
  }
  await askQuestions(gold, articles, results);

  // event precision from the judged sample
  const judged: Judged[] = existsSync(JUDGED_FILE) ? JSON.parse(readFileSync(JUDGED_FILE, 'utf8')) : [];
  const verdicts = new Map(judged.map((j) => [judgedKey(j), j]));
  const all = gold.flatMap((g) =>
    extractions.get(g.id)!.events.map((e) => ({ article: g.id, sentenceIndex: e.sentenceIndex, type: e.type, summary: e.summary, date: e.date.start ? `${e.date.start} (${e.date.precision})` : null, sentence: e.sentence })),
  );
  const picked = sample(all, sampleSize, 20261204);
  const judgedPicked = picked.map((p) => verdicts.get(judgedKey(p))).filter((j): j is Judged => !!j);
  const precision = { hits: judgedPicked.filter((j) => j.verdict === 'right').length, total: judgedPicked.length };
  const unjudged = picked.filter((p) => !verdicts.has(judgedKey(p)));

  const list = [...results.values()];
  const kinds = [...new Set(list.map((r) => r.kind))].sort();
  const total = sum(list.map((r) => r.scores));
  const statementShare = { hits: all.filter((e) => e.type === 'statement').length, total: all.length };

  if (args.includes('--json')) {
    const rate = (r: Ratio) => (r.total ? Number((r.hits / r.total).toFixed(4)) : null);
    const rates = (s: Scores) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { ...v, rate: rate(v) }]));
    console.log(
      JSON.stringify(
        {
          articles: list.length,
          kinds: Object.fromEntries(kinds.map((k) => [k, rates(sum(list.filter((r) => r.kind === k).map((r) => r.scores)))])),
          total: rates(total),
          eventPrecision: { ...precision, rate: rate(precision), sampled: picked.length, unjudged: unjudged.length },
          eventsExtracted: all.length,
          statementShare: rate(statementShare),
        },
        null,
        2,
      ),
    );
    return;
  }

  if (args.includes('--wrong')) {
    for (const p of picked) {
      const j = verdicts.get(judgedKey(p));
      if (j?.verdict === 'wrong') console.log(`${p.article} #${p.sentenceIndex} ${p.type}: ${p.summary} (${p.date ?? 'undated'}) — ${j.why ?? ''}\n    ${p.sentence}\n`);
    }
    return;
  }

  if (args.includes('--judge')) {
    for (const u of unjudged) console.log(`${JSON.stringify({ article: u.article, sentenceIndex: u.sentenceIndex, type: u.type, summary: u.summary, date: u.date, verdict: '?' })}\n    ${u.sentence}\n`);
    console.log(`${unjudged.length} of ${picked.length} sampled events are not judged yet (${rel(JUDGED_FILE)}).`);
    return;
  }

  // [label, short column head, key]
  const rows: [string, string, keyof Scores][] = [
    ['person recall', 'person R', 'personRecall'],
    ['person precision', 'person P', 'personPrecision'],
    ['role recall', 'role R', 'roleRecall'],
    ['organisation recall', 'org R', 'orgRecall'],
    ['place recall', 'place R', 'placeRecall'],
    ['dated-event recall (day)', 'events (day)', 'datedEvents'],
    ['dated-event recall (any)', 'events (any)', 'anyDatedEvents'],
    ['editor questions answered', 'questions', 'questions'],
  ];
  console.log(`Real-news ${set.label}: ${list.length} articles, ${kinds.length} kinds (${kinds.join(', ')})\n`);
  console.log(`${'kind'.padEnd(12)} ${rows.map(([, head]) => head.padEnd(13)).join(' ')}`);
  for (const k of kinds) {
    const s = sum(list.filter((r) => r.kind === k).map((r) => r.scores));
    console.log(`${k.padEnd(12)} ${rows.map(([, , key]) => (s[key].total ? `${Math.round((100 * s[key].hits) / s[key].total)}%`.padEnd(13) : '—'.padEnd(13))).join(' ')}`);
  }
  console.log('');
  for (const [label, , key] of rows) console.log(`${label.padEnd(28)} ${pct(total[key])}`);
  const judgedWhat = picked.length === all.length ? `of all ${all.length} events` : `of a seeded sample of ${picked.length}`;
  console.log(`${'event precision (judged)'.padEnd(28)} ${pct(precision)} ${judgedWhat}${unjudged.length ? `; ${unjudged.length} not judged yet (--judge)` : ''}`);
  console.log(`${'events extracted'.padEnd(28)} ${all.length}, of which statements ${pct(statementShare)}`);
  if (args.includes('--misses') || only)
    for (const r of list) {
      if (!r.misses.length) continue;
      console.log(`\n${r.id} (${r.kind})`);
      for (const m of r.misses) console.log(`  ${m}`);
    }
}

await main();
