// Extraction-quality report over the held-out wire articles (tests/fixtures/wire/NAME.gold.json).
//   node bin/run-ts.js bench/eval-extract.ts            a table per article and in total, then the misses
//   node bin/run-ts.js bench/eval-extract.ts --json     the metrics as JSON
//   node bin/run-ts.js bench/eval-extract.ts --dir D    another folder of NAME.gold.json + article pairs
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, goldPairs, rate, totals, type ArticleMetrics, type Ratio, type Totals } from './eval-lib.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 && args[dirAt + 1] ? args[dirAt + 1]! : fileURLToPath(new URL('../tests/fixtures/wire', import.meta.url));
const unknown = args.filter((a, i) => a !== '--json' && a !== '--dir' && !(dirAt >= 0 && i === dirAt + 1));
if (unknown.length) {
  console.error(`usage: eval-extract.ts [--json] [--dir FOLDER]   (unknown: ${unknown.join(' ')})`);
  process.exit(2);
}

const metrics: ArticleMetrics[] = goldPairs(dir).map((p) => evaluate(relative(process.cwd(), p.article), p.gold));
const total = totals(metrics);

if (json) {
  const summary = (m: Totals) => ({
    personPrecision: rate(m.persons.precision),
    personRecall: rate(m.persons.recall),
    notPersonErrors: m.notPersons.errors,
    roleRecall: rate(m.roles.recall),
    aliasMergeRate: rate(m.aliases.merged),
    orgRecall: rate(m.organizations.asActor),
    orgRecallTyped: rate(m.organizations.typed),
    placeRecall: rate(m.places.asActor),
    placeRecallTyped: rate(m.places.typed),
    eventRecall: rate(m.events.recall),
    eventRecallAnyType: rate(m.events.recallAnyType),
    dateAccuracy: rate(m.events.dates),
    quoteRecall: rate(m.quotes.recall),
    speakerAccuracy: rate(m.quotes.speakers),
  });
  const out = {
    articles: metrics.map((m) => ({ ...m, rates: summary(m) })),
    total: { ...total, rates: summary(total) },
  };
  console.log(JSON.stringify(out, null, 2));
  process.exit(0);
}

// ---- The table: one row per metric, one column per article, then the total. ----

const cell = (r: Ratio): string => {
  const v = rate(r);
  return v === null ? '—' : `${r.hits}/${r.total} ${Math.round(v * 100)}%`;
};
const rows: [string, (m: Totals) => string][] = [
  ['person precision', (m) => cell(m.persons.precision)],
  ['person recall', (m) => cell(m.persons.recall)],
  ['not-person errors (must be 0)', (m) => String(m.notPersons.errors)],
  ['role recall (found persons)', (m) => cell(m.roles.recall)],
  ['alias merge rate', (m) => cell(m.aliases.merged)],
  ['org recall (any type)', (m) => cell(m.organizations.asActor)],
  ['org recall (as organization)', (m) => cell(m.organizations.typed)],
  ['place recall (any type)', (m) => cell(m.places.asActor)],
  ['place recall (as place)', (m) => cell(m.places.typed)],
  ['event recall (type exact)', (m) => cell(m.events.recall)],
  ['event recall (any type)', (m) => cell(m.events.recallAnyType)],
  ['date accuracy (found events)', (m) => cell(m.events.dates)],
  ['quote recall', (m) => cell(m.quotes.recall)],
  ['speaker accuracy (found quotes)', (m) => cell(m.quotes.speakers)],
];
const columns: [string, Totals][] = [...metrics.map((m): [string, Totals] => [m.article, m]), ['TOTAL', total]];
const table = [['metric', ...columns.map(([name]) => name)], ...rows.map(([label, f]) => [label, ...columns.map(([, m]) => f(m))])];
const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
const line = (r: string[]) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ');
console.log(`Extraction quality on ${metrics.length} held-out articles (${relative(process.cwd(), dir) || '.'})\n`);
console.log(line(table[0]!));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of table.slice(1)) console.log(line(r));

// ---- The misses, per article. ----

const q = (s: string) => JSON.stringify(s);
for (const m of metrics) {
  const out: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length) out.push(`  ${title} (${items.length}):`, ...items.map((i) => `    - ${i}`));
  };
  if (m.published.gold !== undefined && m.published.got !== m.published.gold)
    out.push(`  ingest: published read as ${q(String(m.published.got))}, gold says ${q(String(m.published.gold))} (relative dates resolve against it)`);
  section('missed persons', m.persons.missed.map((p) => `${p.name}${p.inText ? '' : '  [name not in the cleaned text]'}`));
  section('false persons', m.persons.falsePersons.map(q));
  section('NOT-PERSONS EXTRACTED AS PERSONS', m.notPersons.strings.map(q));
  section('missed roles', m.roles.missed.map((r) => `${r.person}: ${q(r.role)}  (got ${r.got.length ? r.got.map(q).join(', ') : 'no roles'})`));
  section('aliases not merged', m.aliases.split.map((s) => `${s.person}: ${s.actors.map(q).join(' + ')}`));
  section('missed organizations', m.organizations.missed.map(q));
  section('organizations with another type', m.organizations.wrongType.map((o) => `${q(o.name)} as ${o.types.join('/')}`));
  section('missed places', m.places.missed.map(q));
  section('places with another type', m.places.wrongType.map((o) => `${q(o.name)} as ${o.types.join('/')}`));
  section(
    'missed events',
    m.events.missed.map(
      (e) =>
        `${e.type}: ${q(e.sentence_contains)}` +
        (e.typesInSentence.length ? `  (extracted there as ${e.typesInSentence.join(', ')})` : e.sentenceInText ? '  (no event in that sentence)' : '  [text not found in any one sentence]'),
    ),
  );
  section(
    'wrong dates',
    m.events.wrongDates.map(
      (d) =>
        `${d.type}: ${q(d.sentence_contains)}  gold ${d.gold.date ?? 'null'} ${d.gold.precision}${d.gold.text ? ` (${q(d.gold.text)})` : ''}; got ` +
        d.got.map((g) => `${g.start ?? 'null'} ${g.precision}${g.text ? ` (${q(g.text)})` : ''}`).join(' | '),
    ),
  );
  section('missed quotes', m.quotes.missed.map(q));
  section('wrong speakers', m.quotes.wrongSpeakers.map((w) => `${q(w.words_contains)}  gold ${w.gold}; got ${w.got.map((g) => g ?? 'null').join(' | ')}`));
  console.log(`\n== ${m.article} (${m.path})`);
  console.log(out.length ? out.join('\n') : '  no misses');
}
