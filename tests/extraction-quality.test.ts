// Extraction quality: floors on the held-out wire articles (tests/fixtures/wire, scored by
// bench/eval-lib.ts; `node bin/run-ts.js bench/eval-extract.ts` prints the full report and the
// misses), an absolute rule on not-persons, and the product's requirements on the two seed articles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, goldPairs, nameKey, rate, totals, type ArticleMetrics, type Ratio, type Totals } from '../bench/eval-lib.ts';
import type { ExtractedActor, Extraction } from '../src/domain.ts';
import { extract } from '../src/extract/index.ts';
import { parseArticle } from '../src/ingest/index.ts';

const WIRE = fileURLToPath(new URL('./fixtures/wire', import.meta.url));

let cached: { articles: ArticleMetrics[]; total: Totals } | null = null;
function heldOut(): { articles: ArticleMetrics[]; total: Totals } {
  if (!cached) {
    const articles = goldPairs(WIRE).map((p) => evaluate(p.article, p.gold));
    cached = { articles, total: totals(articles) };
  }
  return cached;
}

const show = (r: Ratio) => `${r.hits}/${r.total} = ${((rate(r) ?? 0) * 100).toFixed(1)}%`;

describe('extraction quality on the held-out wire articles (totals over all five)', () => {
  it('scores all five gold articles', () => {
    expect(heldOut().articles.map((a) => a.article)).toEqual([
      'brazil-court',
      'france-minister-resigns',
      'kenya-kidnapping',
      'sudan-ceasefire',
      'ukraine-talks',
    ]);
  });

  // Floors: about 5 points under the measured total, rounded down to a multiple of 5%.
  // Measured on 2026-11-29 with bench/eval-extract.ts (extractor at fead6b8; same figures at 52ed853).
  // Raise a floor when the extractor improves; do not lower one to make a change pass.
  const floors: [string, (t: Totals) => Ratio, number][] = [
    ['person precision', (t) => t.persons.precision, 0.95], // measured 40/40 = 100%
    ['person recall', (t) => t.persons.recall, 0.7], // measured 40/52 = 76.9%
    ['role recall (found persons)', (t) => t.roles.recall, 0.8], // measured 39/45 = 86.7%
    ['alias merge rate', (t) => t.aliases.merged, 0.95], // measured 22/22 = 100%
    ['organization recall (any type)', (t) => t.organizations.asActor, 0.85], // measured 41/44 = 93.2%
    ['organization recall (as organization)', (t) => t.organizations.typed, 0.7], // measured 33/44 = 75.0%
    ['place recall (any type)', (t) => t.places.asActor, 0.9], // measured 43/45 = 95.6%
    ['place recall (as place)', (t) => t.places.typed, 0.7], // measured 35/45 = 77.8%
    // Raised after statement events, subject noun phrases and reported-speech attribution landed:
    ['event recall (type exact)', (t) => t.events.recall, 0.45], // measured 35/68 = 51.5%
    ['event recall (any type)', (t) => t.events.recallAnyType, 0.55], // measured 41/68 = 60.3%
    ['date accuracy (found events)', (t) => t.events.dates, 0.9], // measured 34/35 = 97.1%
    ['quote recall', (t) => t.quotes.recall, 0.85], // measured 38/41 = 92.7%
    ['speaker accuracy (found quotes)', (t) => t.quotes.speakers, 0.8], // measured 34/38 = 89.5%
  ];
  it.each(floors)('%s stays at or above its floor', (label, pick, floor) => {
    const r = pick(heldOut().total);
    expect(r.total, `${label}: nothing to score`).toBeGreaterThan(0);
    expect(rate(r)!, `${label}: ${show(r)}, floor ${floor * 100}%`).toBeGreaterThanOrEqual(floor);
  });

  it('turns no gold not-person into a person (absolute: zero)', () => {
    const errors = heldOut().articles.flatMap((a) => a.notPersons.strings.map((s) => `${a.article}: ${s}`));
    expect(errors).toEqual([]);
  });
});

// ---- The seed articles: named requirements of the product. ----

const SEED_000 = 'data/articles/piantedosi-meets-haftar-benghazi.txt';
const SEED_004 = 'data/articles/almasri-affair-italy-file.txt';

const seedCache = new Map<string, Extraction>();
function seed(path: string): Extraction {
  let x = seedCache.get(path);
  if (!x) {
    const url = new URL(`../${path}`, import.meta.url);
    x = extract(parseArticle(readFileSync(url, 'utf8'), { path, format: 'txt' }));
    seedCache.set(path, x);
  }
  return x;
}

const namesOf = (a: ExtractedActor) => [a.name, ...a.aliases];
const isNamed = (a: ExtractedActor, name: string) => namesOf(a).some((n) => nameKey(n) === nameKey(name));
const describeActors = (as: ExtractedActor[]) =>
  as.length ? as.map((a) => `${a.type} ${JSON.stringify(a.name)} aliases ${JSON.stringify(a.aliases)}`).join('; ') : 'no actor by that name';

function person(x: Extraction, name: string): ExtractedActor {
  const found = x.actors.filter((a) => a.type === 'person' && isNamed(a, name));
  expect(found.length, `a person actor named ${name}; extractor produced: ${describeActors(x.actors.filter((a) => isNamed(a, name)))}`).toBeGreaterThan(0);
  return found[0]!;
}

function organization(x: Extraction, name: string): ExtractedActor {
  const found = x.actors.filter((a) => a.type === 'organization' && nameKey(a.name) === nameKey(name));
  expect(found.length, `an organization actor named ${name}; extractor produced: ${describeActors(x.actors.filter((a) => isNamed(a, name)))}`).toBeGreaterThan(0);
  return found[0]!;
}

const roleTitles = (a: ExtractedActor) => a.roles.map((r) => r.title);

describe('seed article 000: Piantedosi meets Haftar in Benghazi', () => {
  it.each(['Matteo Piantedosi', 'Khalifa Haftar', 'Giovanni Caravelli', 'Abdulhamid Dabaiba', 'Imad Trabelsi'])('%s is a person actor', (name) => {
    person(seed(SEED_000), name);
  });

  it('Haftar has the roles "Field Marshal" and "General Commander of the Libyan National Army"', () => {
    const titles = roleTitles(person(seed(SEED_000), 'Khalifa Haftar')).map((t) => t.toLowerCase());
    expect(titles).toContain('field marshal');
    expect(titles).toContain('general commander of the libyan national army');
  });

  it('the Libyan National Army is an organization with the alias "LNA"', () => {
    expect(organization(seed(SEED_000), 'Libyan National Army').aliases).toContain('LNA');
  });

  it('Piantedosi said "We shared the need to continue strengthening our already positive collaboration"', () => {
    const x = seed(SEED_000);
    const piantedosi = person(x, 'Matteo Piantedosi');
    const qs = x.quotes.filter((q) => q.words.includes('We shared the need to continue strengthening our already positive collaboration'));
    expect(qs.length, 'the quote is extracted').toBeGreaterThan(0);
    expect(
      qs.some((q) => q.speakerId === piantedosi.id || (q.speaker !== null && isNamed(piantedosi, q.speaker))),
      `spoken by Matteo Piantedosi; extractor produced speakers ${JSON.stringify(qs.map((q) => q.speaker))}`,
    ).toBe(true);
  });

  it('the meeting of Piantedosi and Haftar is in Benghazi, dated relative "Wednesday" (the seed is undated)', () => {
    const x = seed(SEED_000);
    const ids = [person(x, 'Matteo Piantedosi').id, person(x, 'Khalifa Haftar').id];
    const meetings = x.events.filter((e) => e.type === 'meet' && ids.every((id) => e.participants.some((p) => p.actorId === id)));
    expect(meetings.length, `a meet event with both; events: ${JSON.stringify(x.events.map((e) => [e.type, e.summary]))}`).toBeGreaterThan(0);
    const ok = meetings.filter((e) => e.place === 'Benghazi' && e.date.precision === 'relative' && e.date.text.includes('Wednesday'));
    expect(ok.length, `place/date of the meetings: ${JSON.stringify(meetings.map((e) => ({ place: e.place, date: e.date })))}`).toBeGreaterThan(0);
  });
});

describe('seed article 004: the Almasri affair', () => {
  it.each([
    'Najeem Almasri',
    'Giorgia Meloni',
    'Carlo Nordio',
    'Alfredo Mantovano',
    'Luigi Mele',
    'Francesco Lo Voi',
    'Luigi Li Gotti',
    'Massimo Solari',
    'Mohammed al-Khoja',
    'Francesca Musacchio',
    'Bruno Cacace',
    'Danilo Colonego',
    'Fausto Biloslavo',
    'Husan El Gomati',
    'Oded Berkowitz',
    'Silvia Romano',
    'Luciano Carta',
    'Hakan Fidan',
    'Paolo Mieli',
    'Mohammad Abedini',
  ])('%s is a person actor', (name) => {
    person(seed(SEED_004), name);
  });

  it('Almasri\'s roles include "Libyan police chief" and one with "Mitiga detention center"', () => {
    const titles = roleTitles(person(seed(SEED_004), 'Najeem Almasri'));
    expect(titles.map((t) => t.toLowerCase())).toContain('libyan police chief');
    expect(titles.some((t) => t.includes('Mitiga detention center')), `roles: ${JSON.stringify(titles)}`).toBe(true);
  });

  // "with the role the text gives them": a word of each role as the article words it.
  it.each([
    ['Matteo Piantedosi', 'Interior Minister'],
    ['Giorgia Meloni', 'PM'],
    ['Carlo Nordio', 'Justice Minister'],
    ['Alfredo Mantovano', 'Undersecretary to the Prime Minister'],
    ['Luigi Mele', 'lawyer'],
    ['Francesco Lo Voi', 'prosecutor'],
    ['Luigi Li Gotti', 'lawyer'],
    ['Mohammed al-Khoja', 'Salafist leader'],
    ['Francesca Musacchio', 'chief editor'],
    ['Bruno Cacace', 'technicians'],
    ['Danilo Colonego', 'technicians'],
    ['Fausto Biloslavo', 'journalist'],
    ['Husan El Gomati', 'opposition member'],
    ['Oded Berkowitz', 'analyst'],
    ['Silvia Romano', 'humanitarian worker'],
    ['Luciano Carta', 'director'],
    ['Paolo Mieli', 'journalist'],
    ['Mohammad Abedini', 'engineer'],
  ])('%s has the role "%s"', (name, role) => {
    const titles = roleTitles(person(seed(SEED_004), name));
    expect(titles.some((t) => t.includes(role)), `roles: ${JSON.stringify(titles)}`).toBe(true);
  });

  it('Almasri\'s aliases include "Al-Masri"', () => {
    expect(person(seed(SEED_004), 'Najeem Almasri').aliases).toContain('Al-Masri');
  });

  const eventOfAlmasri = (type: 'arrest' | 'release') => {
    const x = seed(SEED_004);
    const almasri = person(x, 'Najeem Almasri');
    const evs = x.events.filter((e) => e.type === type && e.participants.some((p) => p.actorId === almasri.id && p.part === 'subject'));
    expect(evs.length, `an ${type} event with Almasri as subject; ${type} events: ${JSON.stringify(x.events.filter((e) => e.type === type).map((e) => e.participants))}`).toBeGreaterThan(0);
    return evs;
  };

  it('Almasri is arrested on 2025-01-19 (day precision)', () => {
    const evs = eventOfAlmasri('arrest');
    expect(evs.some((e) => e.date.start === '2025-01-19' && e.date.precision === 'day'), `dates: ${JSON.stringify(evs.map((e) => e.date))}`).toBe(true);
  });

  it('Almasri is released on 2025-01-21', () => {
    const evs = eventOfAlmasri('release');
    expect(evs.some((e) => e.date.start === '2025-01-21'), `dates: ${JSON.stringify(evs.map((e) => e.date))}`).toBe(true);
  });

  // Relative clauses whose antecedent sits behind an apposition or a time phrase.
  it('"Mohammad Abedini, the Iranian engineer who was arrested on December 16th,2024, in Milan" is his arrest, dated, in Milan', () => {
    const x = seed(SEED_004);
    const abedini = person(x, 'Mohammad Abedini');
    const ev = x.events.find((e) => e.type === 'arrest' && e.participants.some((p) => p.actorId === abedini.id && p.part === 'subject'));
    expect(ev, JSON.stringify(x.events.filter((e) => e.type === 'arrest'))).toBeDefined();
    expect(ev!.date.start).toBe('2024-12-16');
    expect(ev!.place).toBe('Milan');
  });

  it('"Silvia Romano in 2020, who had been kidnapped by an al-Shabab linked group in Kenya" is her kidnapping', () => {
    const x = seed(SEED_004);
    const romano = person(x, 'Silvia Romano');
    const ev = x.events.find((e) => e.type === 'kidnap' && e.participants.some((p) => p.actorId === romano.id && p.part === 'subject'));
    expect(ev, JSON.stringify(x.events.filter((e) => e.type === 'kidnap'))).toBeDefined();
    expect(ev!.place).toBe('Kenya');
  });

  it('"the Italian authorities did not release Almasri" is not a release', () => {
    const x = seed(SEED_004);
    expect(x.events.some((e) => e.type === 'release' && e.sentence.includes('did not release Almasri') && e.summary.includes('Italia Oggi'))).toBe(false);
  });
});

describe('seed articles: names that are not people', () => {
  it.each([
    'Field Marshal',
    'General Commander',
    'Interior Minister',
    'Prime Minister',
    'Libyan National Army',
    'LNA',
    'Benghazi',
    'Tripoli',
    'Italy',
    'International Criminal Court',
    'Appeal Court',
    'The Hague',
    'Il Tempo',
    'Italia Oggi',
    'Dagospia',
    'Anadolu Agency',
    'NATO',
    'Telegram',
    'Turkey',
    'Qatar',
    'Kenya',
  ])('%s is not a person in either seed', (name) => {
    for (const path of [SEED_000, SEED_004]) {
      const wrong = seed(path).actors.filter((a) => a.type === 'person' && isNamed(a, name));
      expect(wrong.map((a) => `${path}: person ${JSON.stringify(a.name)} aliases ${JSON.stringify(a.aliases)}`)).toEqual([]);
    }
  });
});

describe('reported speech: the speaker is the subject, not a name inside its apposition', () => {
  it.each([
    ['Amina Farouk, the spokeswoman of the Finance Ministry, said: "The budget is balanced and the reserves are safe."', 'Amina Farouk'],
    ['Amina Farouk, the spokeswoman of the Finance Ministry, said on Monday: "The budget is balanced and the reserves are safe."', 'Amina Farouk'],
    ['Peter Okafor, a spokesman for the Nigerian Police Force, told reporters: "Nobody has been charged so far in this case."', 'Peter Okafor'],
    ['The president of the World Bank, Ajay Banga, said: "Debt relief must come before new lending to these countries."', 'Ajay Banga'],
  ])('%s', (sentence, speaker) => {
    const article = parseArticle(`A headline\n\n${sentence}\n`, { path: 'speech.txt' });
    const quotes = extract(article).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual([speaker]);
  });
});
