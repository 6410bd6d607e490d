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
    ['organization recall (as organization)', (t) => t.organizations.typed, 0.7], // measured 33/44 = 75.0%; 34/44 = 77.3% after the CoNLL name rules (2026-12-04)
    ['place recall (any type)', (t) => t.places.asActor, 0.9], // measured 43/45 = 95.6%
    // Raised after the CoNLL name rules (2026-12-04): known places outrank organisation heads, more countries known
    ['place recall (as place)', (t) => t.places.typed, 0.75], // measured 37/45 = 82.2% (was 35/45 = 77.8%)
    // Events are acts: what someone said is a quote (scored below), so the gold's 27 statement events
    // left the count on 2026-12-04, and a gold 'other' ("something happened here") counts only under
    // "any type". Measured on the 41 acts: the extractor at 056ffe0 gave 14/41 type exact, 20/41 any
    // type, 14/14 dates; the extractor of this floor 13/41, 27/41, 13/13 (the gold's old typing calls
    // "upheld the expulsion" other, not rule, and "killed in shelling" attack, not kill).
    ['event recall (type exact)', (t) => t.events.recall, 0.25], // measured 13/41 = 31.7%
    ['event recall (any type)', (t) => t.events.recallAnyType, 0.6], // measured 27/41 = 65.9%
    ['date accuracy (found events)', (t) => t.events.dates, 0.9], // measured 13/13 = 100%
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
    ["Bruno Cacace", "technician"],
    ["Danilo Colonego", "technician"],
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
    // a long title between the quote and the name
    ['"The merger cannot come soon enough for our shippers," Harbor Rail president and chief executive Tomas Ekdahl said in a statement.', 'Tomas Ekdahl'],
    // a word in quotation marks inside the clause before the quote
    ['Mayor Dana Ruiz told the judge that she had "betrayed" the town, adding: "I should have known better than to take the money."', 'Dana Ruiz'],
  ])('%s', (sentence, speaker) => {
    const article = parseArticle(`A headline\n\n${sentence}\n`, { path: 'speech.txt' });
    const quotes = extract(article).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it('"..., the President said after the swearing-in presided by Chief Justice X": the office speaks, not the name the sentence goes on to', () => {
    const x = article(['President Kofi Adjei was sworn in for a second term on Tuesday.', '“This has been a peaceful process,” the President said after the swearing-in presided by Chief Justice Ama Boateng.']);
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Kofi Adjei']);
    // a name right after the verb still speaks
    const y = article(['“We will appeal,” said Chief Justice Ama Boateng on Monday.']);
    expect(y.quotes.map((q) => q.speaker)).toEqual(['Ama Boateng']);
  });

  it('"“...,” tweeted X.": a name after any verb of speech that closes the sentence is the speaker', () => {
    const x = article(['“It is a huge loss for cinema,” tweeted Ravi Menon.']);
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Ravi Menon']);
  });

  it('"“...,” he had added": a pronoun with an auxiliary before the verb is the last person named', () => {
    const x = article(['Mr Goyal met the traders on Monday.', '“The railways will decide in three days,” he had added, after a meeting with Union Minister Radha Singh.']);
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Goyal']);
  });
});

// ---- Patterns of news English, each a rule the extractor must follow on text it has never seen. ----

/** One article made of the given paragraphs, published on `published`. */
function article(paragraphs: string[], published = '2025-03-14'): Extraction {
  const text = `---\ntitle: A headline\npublished: ${published}\n---\n${paragraphs.join('\n\n')}\n`;
  return extract(parseArticle(text, { path: 'pattern.txt', format: 'txt' }));
}

const eventsIn = (x: Extraction, sentenceIncludes: string) => x.events.filter((e) => e.sentence.includes(sentenceIncludes));
const showEvents = (x: Extraction) => JSON.stringify(x.events.map((e) => [e.type, e.summary, e.trigger, e.participants.map((p) => `${p.name}:${p.part}`)]));
const actorNamed = (x: Extraction, name: string) => x.actors.filter((a) => isNamed(a, name));

describe('an event noun that modifies another noun is no event, and no summary says what the text does not', () => {
  it.each([
    ['The army chief on Friday rejected a ceasefire proposal put forward by U.S. and Saudi mediators.', 'sign'],
    ['Prosecutors in Milan asked a judge on Monday to issue an arrest warrant for the former minister.', 'arrest'],
    ['The ministry said on Tuesday it had bought 12 attack helicopters from a Turkish manufacturer.', 'attack'],
    ['The envoy presented a hostage deal framework to both sides in Doha on Sunday.', 'kidnap'],
  ])('%s', (sentence, type) => {
    const x = article([sentence]);
    expect(x.events.filter((e) => e.type === type), showEvents(x)).toEqual([]);
  });

  it('a sign noun is an event when the text says what was done with it, and the summary uses those words', () => {
    const x = article(['Israel and Hamas reached a ceasefire on Sunday after weeks of talks in Doha.']);
    const sign = x.events.filter((e) => e.type === 'sign');
    expect(sign.length, showEvents(x)).toBe(1);
    expect(sign[0]!.summary).toContain('reached a ceasefire');
    expect(sign[0]!.summary).not.toContain('signed');
  });

  it('no summary invents an agreement the text does not mention', () => {
    const x = article([
      'The law, known as Senate Bill 4, was signed by Governor Greg Abbott in December.',
      'Kenyan officials rejected a truce offer from the rebels on Monday.',
    ]);
    for (const e of x.events) expect(e.summary, showEvents(x)).not.toMatch(/agreement/);
  });
});

describe('a summary keeps an abbreviation whole', () => {
  it.each([
    ['Police arrested two U.S. citizens in Cairo on Friday.', 'two U.S. citizens'],
    ['The court sentenced a U.K. national to six years in prison.', 'a U.K. national'],
  ])('%s', (sentence, kept) => {
    const x = article([sentence]);
    expect(x.events.some((e) => e.summary.includes(kept)), showEvents(x)).toBe(true);
  });
});

describe('the verb of a relative clause between commas is not the subject of the main clause', () => {
  it.each([
    ['The war, which began in April 2023, has killed tens of thousands of people, according to the United Nations.', 'The war killed tens of thousands of people'],
    ['The blast, which happened near the port on Saturday, killed 12 dock workers.', 'The blast killed 12 dock workers'],
  ])('%s', (sentence, summary) => {
    const x = article([sentence]);
    const kills = x.events.filter((e) => e.type === 'kill');
    expect(kills.map((e) => e.summary), showEvents(x)).toContain(summary);
    for (const e of kills) expect(e.participants, showEvents(x)).toEqual([]);
  });

  it('a date inside the relative clause dates neither the main clause nor what the story tells next', () => {
    const x = article([
      'The war, which began in April 2023, has killed tens of thousands of people.',
      'On February 3, fighters attacked a displacement camp near the city, killing at least 30 people.',
    ]);
    const kill = x.events.find((e) => e.type === 'kill' && e.sentenceIndex === 0);
    expect(kill?.date.start ?? null, showEvents(x)).toBeNull();
    const attack = x.events.find((e) => e.type === 'attack');
    expect(attack?.date.start, showEvents(x)).toBe('2025-02-03');
  });

  it('a relative clause dates neither a statement nor an arrest told outside it', () => {
    const x = article([
      'Governor Greg Abbott, who has bused thousands of migrants north since April 2022, told reporters in Austin that the state would not back down.',
      'Police said they had arrested more than 50 demonstrators, including opposition lawmaker Babu Owino, who was released on bail on Wednesday.',
    ], '2024-06-27');
    const statement = x.events.find((e) => e.type === 'statement' && e.sentenceIndex === 0);
    expect(statement?.date.start ?? null, showEvents(x)).toBeNull();
    const arrest = x.events.find((e) => e.type === 'arrest');
    expect(arrest?.date.start ?? null, showEvents(x)).toBeNull();
    const release = x.events.find((e) => e.type === 'release');
    expect(release?.date.start, showEvents(x)).toBe('2024-06-26');
  });
});

describe('a participle clause after a comma takes the subject of the main clause', () => {
  const x = article([
    'The Rapid Support Forces (RSF) said on Thursday it had accepted the proposal.',
    'On February 3, RSF fighters attacked a displacement camp near El Fasher, killing at least 30 people, local activists said.',
  ]);
  const rsf = () => organization(x, 'Rapid Support Forces');

  it('the attack and the killing are the RSF\'s, as agent', () => {
    for (const type of ['attack', 'kill'] as const) {
      const e = x.events.find((ev) => ev.type === type);
      expect(e?.participants, showEvents(x)).toContainEqual(expect.objectContaining({ actorId: rsf().id, part: 'agent' }));
    }
  });

  it('a place named by a preposition is where, not who', () => {
    const fasher = actorNamed(x, 'El Fasher');
    expect(fasher.map((a) => a.type)).toEqual(['place']);
    for (const e of x.events) expect(e.participants.map((p) => p.name), showEvents(x)).not.toContain('El Fasher');
    expect(x.events.find((e) => e.type === 'attack')?.place).toBe('El Fasher');
  });

  it.each([
    ['Security forces fired on protesters in Khartoum on Monday, killing five people, medics said.', 'Security forces killed five people'],
    ['Kenyan police fired live rounds at protesters who stormed parliament on Tuesday, killing at least five people.', 'Kenyan police killed at least five people'],
  ])('%s', (sentence, summary) => {
    const y = article([sentence]);
    expect(y.events.filter((e) => e.type === 'kill').map((e) => e.summary.replace(/ in \S+$/, '')), showEvents(y)).toContain(summary);
  });

  it('"fighters attacked a camp" is active: an object follows the verb', () => {
    const y = article(['On Sunday, rebel fighters attacked an army base in the north.']);
    const attack = y.events.find((e) => e.type === 'attack');
    expect(attack?.summary, showEvents(y)).toBe('Rebel fighters attacked an army base');
  });
});

describe('who died is the one it happened to', () => {
  it.each([
    ['Kieran Shaw, an apprentice electrician from Filton, died in hospital two days later.', 'Kieran Shaw'],
    ['Opposition leader Maria Lopes died on Tuesday after a long illness, her party said.', 'Maria Lopes'],
  ])('%s', (sentence, name) => {
    const x = article([sentence]);
    const e = x.events.find((ev) => ev.type === 'die');
    expect(x.events.filter((ev) => ev.type === 'kill'), showEvents(x)).toEqual([]);
    expect(e?.participants, showEvents(x)).toEqual([expect.objectContaining({ name, part: 'subject' })]);
    expect(e!.summary.startsWith(`${name} died`), e!.summary).toBe(true);
  });
});

describe('what would, could or may happen has not happened', () => {
  it.each([
    ['A federal judge on Tuesday blocked a law that would allow police to arrest migrants suspected of crossing the border.', 'arrest'],
    ['The rebels threatened to kill the hostages if the army advanced.', 'kill'],
    ['Lawmakers urged the government to release the detained journalists.', 'release'],
  ])('%s', (sentence, type) => {
    const x = article([sentence]);
    expect(x.events.filter((e) => e.type === type), showEvents(x)).toEqual([]);
  });
});

describe('a reported clause has its own subject', () => {
  it('"The commission said police had arrested ...": the police arrested, not the commission', () => {
    const x = article(['The Kenya Human Rights Commission (KHRC) said police had arrested more than 50 demonstrators on Tuesday.']);
    const arrest = x.events.find((e) => e.type === 'arrest');
    expect(arrest?.participants.filter((p) => p.part === 'agent'), showEvents(x)).toEqual([]);
    expect(arrest?.summary).toMatch(/^Police arrested more than 50 demonstrators/);
  });

  it('"The army said it had killed ...": a pronoun reporting its own deed is the speaker', () => {
    const x = article(['The Sudanese army said it had killed 30 fighters in the raid on Monday.']);
    expect(x.events.find((e) => e.type === 'kill')?.summary, showEvents(x)).toMatch(/^The Sudanese army killed 30 fighters/);
  });

  it('"..., including X": a name inside the object is a subject', () => {
    const x = article(['Police arrested more than 50 demonstrators in Nairobi on Tuesday, including opposition lawmaker Babu Owino.']);
    const arrest = x.events.find((e) => e.type === 'arrest');
    expect(arrest?.participants, showEvents(x)).toContainEqual(expect.objectContaining({ name: 'Babu Owino', part: 'subject' }));
    expect(arrest?.summary).toContain('more than 50 demonstrators, including Babu Owino');
  });
});

describe('"known as", "better known as", "nicknamed", "a.k.a.": another name for the same actor', () => {
  it.each([
    ['The Rapid Support Forces, led by Mohamed Hamdan Dagalo, known as Hemedti, said on Thursday it had accepted the proposal.', 'Mohamed Hamdan Dagalo', 'Hemedti'],
    ['Joaquín Guzmán, better known as El Chapo, was extradited to the United States in 2017.', 'Joaquín Guzmán', 'El Chapo'],
    ['Mexican President Andrés Manuel López Obrador, widely known by his initials AMLO, said on Wednesday his government would not accept deportations.', 'Andrés Manuel López Obrador', 'AMLO'],
    ['Former Italy coach Roberto Mancini, nicknamed Mancio, told Sky Sport Italia that the ban was excessive.', 'Roberto Mancini', 'Mancio'],
    ['Mohammed Deif, the head of the group\'s armed wing, also known as Abu Khaled, was killed in an air strike in July, the military said.', 'Mohammed Deif', 'Abu Khaled'],
    ['Hamas commander Yahya Sinwar, a.k.a. Abu Ibrahim, was killed in Rafah in October.', 'Yahya Sinwar', 'Abu Ibrahim'],
  ])('%s', (sentence, name, other) => {
    const x = article([sentence]);
    const p = person(x, name);
    expect(p.name).toBe(name);
    expect(p.aliases).toContain(other);
    expect(x.actors.filter((a) => a.name === other)).toEqual([]);
  });

  it('the other name joins the name it follows, not the organisation before it', () => {
    const x = article(['The Rapid Support Forces, led by Mohamed Hamdan Dagalo, known as Hemedti, said on Thursday it had accepted the proposal.']);
    expect(organization(x, 'Rapid Support Forces').aliases).not.toContain('Hemedti');
  });

  it('the killing of someone named by two names is told under the first name', () => {
    const x = article(['Mohammed Deif, the head of the group\'s armed wing, also known as Abu Khaled, was killed in an air strike in July, the military said.']);
    expect(x.events.find((e) => e.type === 'kill')?.participants, showEvents(x)).toEqual([expect.objectContaining({ name: 'Mohammed Deif', part: 'subject' })]);
  });
});

describe('countries written as initials are places', () => {
  it.each([
    ['Army chief Abdel Fattah al-Burhan rejected a proposal put forward by U.S. and Saudi mediators.', 'U.S.'],
    ['The minister flew to the UAE on Monday for talks on the crisis.', 'UAE'],
    ['Exports to the UK fell by a third last year, the statistics office said.', 'UK'],
    ['The U.K. and France agreed on Tuesday to share intelligence.', 'U.K.'],
  ])('%s', (sentence, name) => {
    const x = article([sentence]);
    expect(actorNamed(x, name).map((a) => a.type)).toEqual(['place']);
  });
});

describe('ranks of nobility and honorifics are not part of an office', () => {
  it.each([
    ['U.S. Secretary of State Marco Rubio met Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh on Wednesday.', 'Faisal bin Farhan', 'Saudi Foreign Minister'],
    ['Qatar\'s Emir Sheikh Tamim bin Hamad Al Thani received the CIA director in Doha on Thursday.', 'Tamim bin Hamad Al Thani', 'Emir'],
    ['Kuwaiti Oil Minister Sheikh Nawaf al-Sabah said output would rise.', 'Nawaf al-Sabah', 'Kuwaiti Oil Minister'],
  ])('%s', (sentence, name, role) => {
    const titles = roleTitles(person(article([sentence]), name));
    expect(titles).toContain(role);
    expect(titles.filter((t) => /\b(?:Prince|Sheikh)\b/.test(t)), JSON.stringify(titles)).toEqual([]);
  });

  it('"Sheikh Tamim" later is the emir; "Hamas" is not "Hamad"', () => {
    const x = article([
      'Qatar\'s Emir Sheikh Tamim bin Hamad Al Thani received the CIA director in Doha on Thursday.',
      'Hamas, which has governed Gaza since 2007, said it had not been invited.',
      'President Joe Biden spoke by phone with Sheikh Tamim, the White House said.',
    ]);
    const emir = person(x, 'Tamim bin Hamad Al Thani');
    expect(emir.aliases).toContain('Tamim');
    expect(emir.aliases).not.toContain('Hamas');
    const hamasStatement = x.events.find((e) => e.type === 'statement' && e.sentenceIndex === 1);
    expect(hamasStatement?.participants.map((p) => p.name) ?? [], showEvents(x)).not.toContain(emir.name);
  });
});

describe('reported speech: the speaker is the subject, past what is set in between commas', () => {
  it.each([
    ['U.S. District Judge David Ezra, who was appointed by President Ronald Reagan, said the law "threatens the status quo on the border."', 'David Ezra'],
    ['Rosena Patel, 46, a former NHS consultant who was elected in July, said: "I said in private what many people say in public."', 'Rosena Patel'],
    ['Det Insp Sarah Collins of Avon and Somerset Police said: "Our thoughts remain with his family tonight."', 'Sarah Collins'],
    ['The Rapid Support Forces (RSF), led by Mohamed Hamdan Dagalo, said the group was "ready to stop the fighting immediately".', 'Rapid Support Forces'],
    ['Nordwind chief executive Anna Berg told analysts: "This is a once-in-a-generation opportunity for us."', 'Anna Berg'],
  ])('%s', (sentence, speaker) => {
    const x = article([sentence]);
    expect(x.quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it.each([
    'The talks, which involved Egyptian intelligence chief Abbas Kamel, will resume next week in Cairo, a source briefed on the discussions said.',
    'Israeli forces struck a school sheltering displaced families in Gaza City on Saturday, killing at least 20 people, Gaza health officials said.',
  ])('no named speaker: %s', (sentence) => {
    const x = article([sentence]);
    expect(x.events.filter((e) => e.type === 'statement'), showEvents(x)).toEqual([]);
  });

  it('"..., Downing Street said": what is reported is the event, dated by the report, and the report is no event', () => {
    const x = article(['LONDON — Prime Minister Keir Starmer has sacked a junior health minister over leaked messages, Downing Street said on Thursday.'], '2024-11-08');
    expect(x.events.map((e) => e.type), showEvents(x)).toEqual(['dismiss']);
    const e = x.events[0]!;
    expect(e.participants.map((p) => [p.name, p.part])).toEqual([['Keir Starmer', 'agent']]);
    expect(e.summary).toMatch(/^Keir Starmer sacked a junior health minister/);
    expect(e.date.start).toBe('2024-11-07');
  });

  it('a name that modifies a noun is not the antecedent of "who"', () => {
    const x = article(['Patel, a former NHS consultant who was elected in July, said she would appeal.']);
    expect(x.events.filter((e) => e.participants.some((p) => p.name === 'NHS')), showEvents(x)).toEqual([]);
  });

  it('what someone says is a quote, not an event; the speech act dates it', () => {
    const x = article(
      ['Foreign Minister Penny Wong said on Monday: "Australia will send more aid."', 'Wong said the government was also reviewing its travel advice.'],
      '2024-06-05',
    );
    expect(x.events, showEvents(x)).toEqual([]);
    expect(x.quotes.map((q) => [q.speaker, q.date?.start ?? null])).toEqual([['Penny Wong', '2024-06-03']]);
  });
});

describe('names news English marks by what stands around them', () => {
  it('"Name, 24, of Town" is a person', () => {
    const x = article(['Jordan Price, 24, of Southmead, was sentenced at Bristol Crown Court on Wednesday.']);
    person(x, 'Jordan Price');
  });

  it('a title opening a sentence is a title, not a verb', () => {
    const x = article(['Judge Julian Lambert told the court the defendant had shown no remorse.']);
    expect(roleTitles(person(x, 'Julian Lambert'))).toContain('Judge');
  });

  it('"Avon and Somerset Police" is one organisation', () => {
    const x = article(['Officers from Avon and Somerset Police arrested two men on Friday.']);
    organization(x, 'Avon and Somerset Police');
  });

  it.each([
    ['Swedish utility Nordwind Energy AB said on Tuesday it had agreed to buy a cable operator.', 'Nordwind Energy AB'],
    ['Last month Danish group Orsted abandoned the talks, citing the cost of financing.', 'Orsted'],
    ['Analysts at Jefferies said the price was full but defensible.', 'Jefferies'],
  ])('%s', (sentence, name) => {
    organization(article([sentence]), name);
  });

  it.each(['Gunmen attacked a bus near Mandera on Friday.', 'Shares in the company rose 6% on Tuesday.'])('a common noun opening a sentence is no actor: %s', (sentence) => {
    const x = article([sentence]);
    expect(x.actors.map((a) => a.name)).not.toContain(sentence.split(' ')[0]);
  });
});

describe('names written the ways news English writes them', () => {
  it.each([
    ['Presiding judge Park Jung-je said the charges had not been proven.', 'Park Jung-je'],
    ['His lawyer Kim Yoo-jin said the ruling was fair.', 'Kim Yoo-jin'],
    ['A court on Monday acquitted Samsung Electronics Chairman Jay Y. Lee of fraud.', 'Jay Y. Lee'],
    ['J. R. Smith said the team would appeal.', 'J. R. Smith'],
  ])('%s', (sentence, name) => {
    expect(person(article([sentence]), name).name).toBe(name);
  });

  it('two people who share a family name stay two people', () => {
    const x = article([
      'Presiding judge Park Jung-je said the accusations were not proven.',
      'Lee was jailed in 2017 for bribing former President Park Geun-hye.',
    ]);
    expect(person(x, 'Park Jung-je').id).not.toBe(person(x, 'Park Geun-hye').id);
  });

  it('"Chuck Schumer, D-N.Y., said": a party and state is no actor and no speaker', () => {
    const x = article(['Senate Majority Leader Chuck Schumer, D-N.Y., said Americans could "breathe a sigh of relief" after days of chaos.']);
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Chuck Schumer']);
    expect(x.actors.map((a) => a.name)).not.toContain('D-N.Y');
  });

  it('"A South Korean court": a demonym before a noun is no actor', () => {
    const x = article(['A South Korean court on Monday acquitted the chairman of fraud.']);
    expect(x.actors.map((a) => a.name)).not.toContain('South Korean');
  });

  it('"of fraud charges" is a noun, not a charge brought by the name before it', () => {
    const x = article(['A court on Monday acquitted Samsung Electronics Chairman Jay Y. Lee of fraud charges.']);
    expect(x.events.filter((e) => e.type === 'charge' && e.participants.some((p) => p.part === 'agent')), showEvents(x)).toEqual([]);
  });
});

describe('a second predicate joined by "and" shares the subject of the first', () => {
  it('"X was jailed for bribing Y and was pardoned by Z": X is pardoned, and the summary keeps the text\'s verb', () => {
    const x = article(['Jay Y. Lee was jailed in 2017 for bribing former President Park Geun-hye and was pardoned in August 2022 by President Yoon Suk Yeol.']);
    const pardon = x.events.find((e) => e.trigger === 'pardoned');
    expect(pardon?.participants, showEvents(x)).toContainEqual(expect.objectContaining({ name: 'Jay Y. Lee', part: 'subject' }));
    expect(pardon?.participants.map((p) => p.name)).not.toContain('Park Geun-hye');
    expect(pardon?.summary).toBe('Yoon Suk Yeol pardoned Jay Y. Lee');
  });

  it('"The army shelled the town and killed 20 civilians": the army killed', () => {
    const x = article(['The army shelled the town and killed 20 civilians on Sunday.']);
    expect(x.events.find((e) => e.type === 'kill')?.summary, showEvents(x)).toBe('The army killed 20 civilians');
  });
});

describe('words before a name that describe it are not part of it', () => {
  it.each([
    ['Senior Hamas official Sami Abu Zuhri told reporters the proposal was unacceptable.', 'Sami Abu Zuhri', 'Hamas', 'organization'],
    ['Former Italy coach Roberto Mancini said the ban was excessive.', 'Roberto Mancini', 'Italy', 'place'],
    ['Amnesty International\'s Kenya director, Irungu Houghton, said the police had used live rounds.', 'Irungu Houghton', 'Kenya', 'place'],
  ])('%s', (sentence, name, other, type) => {
    const x = article([sentence]);
    expect(person(x, name).name).toBe(name);
    expect(actorNamed(x, other).map((a) => a.type)).toEqual([type]);
  });

  it('"Top Democrat Rosa DeLauro": a party is not part of the name', () => {
    expect(person(article(['Top Democrat Rosa DeLauro said the episode was a disgrace.']), 'Rosa DeLauro').name).toBe('Rosa DeLauro');
  });

  it('"the head of Hamas\'s armed wing" is the whole role', () => {
    const x = article(['Mohammed Deif, the head of Hamas\'s armed wing, was killed in July.']);
    expect(roleTitles(person(x, 'Mohammed Deif'))).toContain("head of Hamas's armed wing");
  });
});

describe('a title modifier stays with the role: a former president is not the president', () => {
  it.each([
    ['A Peruvian court on Wednesday sentenced former President Martín Vizcarra to 14 years in prison.', 'Martín Vizcarra', 'former President'],
    ['Former Prime Minister Boris Johnson said the plan was dead.', 'Boris Johnson', 'Former Prime Minister'],
    ['The talks were led by acting Defence Minister Ruslan Umerov in Geneva.', 'Ruslan Umerov', 'acting Defence Minister'],
    ['President Emmanuel Macron met outgoing Chancellor Olaf Scholz in Berlin.', 'Olaf Scholz', 'outgoing Chancellor'],
  ])('%s', (sentence, name, role) => {
    const x = extract(parseArticle(`A headline\n\n${sentence}\n`, { path: 'titles.txt' }));
    const a = x.actors.find((y) => y.name === name);
    expect(a?.roles.map((r) => r.title)).toEqual([role]);
  });
});

describe('the head of an apposition types the name; business titles are titles', () => {
  it.each([
    ['Foxconn, the Taiwanese electronics maker, had expressed interest in buying a stake.', 'Foxconn', 'organization'],
    ['Ahmed Salem, a party official, said the vote was postponed.', 'Ahmed Salem', 'person'],
    ['Amani Trust, a Kenyan rights group based in Nairobi, published the report on Monday.', 'Amani Trust', 'organization'],
  ])('%s', (sentence, name, type) => {
    const x = extract(parseArticle(`A headline\n\n${sentence}\n`, { path: 'apposition.txt' }));
    expect(x.actors.find((a) => a.name === name)?.type).toBe(type);
  });

  it('"Nissan Chief Executive Makoto Uchida": the title is "Chief Executive", not part of the name', () => {
    const x = extract(parseArticle('A headline\n\nNissan Chief Executive Makoto Uchida told reporters the talks had ended.\n', { path: 'ceo.txt' }));
    const p = x.actors.find((a) => a.type === 'person');
    expect(p?.name).toBe('Makoto Uchida');
    expect(p?.roles.map((r) => r.title)).toEqual(['Nissan Chief Executive']);
  });
});

describe('companies named in full once, then short', () => {
  it('"Nissan Motor" ... "Nissan" is one organisation; a person sharing a word is not folded in', () => {
    const x = extract(
      parseArticle(
        "A headline\n\nJapan's Nissan Motor and Honda Motor said on Thursday they had ended merger talks.\n\nHonda CEO Toshihiro Mibe said Honda had proposed making Nissan a subsidiary, which Nissan rejected.\n\nJohn Lewis said the retailer would close stores. Lewis Group was not involved.\n",
        { path: 'companies.txt' },
      ),
    );
    const byName = new Map(x.actors.map((a) => [a.name, a]));
    expect(byName.get('Nissan Motor')?.type).toBe('organization');
    expect(byName.get('Nissan Motor')?.aliases).toContain('Nissan');
    expect(byName.get('Honda Motor')?.type).toBe('organization');
    expect(byName.get('Honda Motor')?.aliases).toContain('Honda');
    expect(byName.has('Nissan')).toBe(false);
    expect(byName.get('John Lewis')?.type).toBe('person');
    expect(byName.get('Lewis Group')?.aliases ?? []).not.toContain('Lewis');
  });
});

describe('titles as news writes them before a name', () => {
  it.each([
    ['Paleontologist Maren Holt of the Calder Museum described the find.', 'Maren Holt', 'Paleontologist'],
    ['Gov. Anna Lindqvist declared an emergency on Sunday.', 'Anna Lindqvist', 'Governor'],
    ['Police Lt. Tomas Berg said the suspect acted alone.', 'Tomas Berg', 'Police Lieutenant'],
    ['Sgt. Ola Brenn said the road was closed.', 'Ola Brenn', 'Sergeant'],
    ['Chief Justice of Estonia Karl Saar headed the bench.', 'Karl Saar', 'Chief Justice of Estonia'],
    ['Finance Minister II Amir Hamzah Azizan was sworn in on Monday.', 'Amir Hamzah Azizan', 'Finance Minister II'],
    ['Chair of the bench Ray Ashley told the court the case would go to a higher court.', 'Ray Ashley', 'Chair of the bench'],
    ['President of Estonia Alar Karis opened the session.', 'Alar Karis', 'President of Estonia'],
    ['Meanwhile, Dr Mari Saar has been appointed as the new Federal Territories Minister.', 'Mari Saar', 'Federal Territories Minister'],
    ['Oskar Lunde took over as chief executive on Monday.', 'Oskar Lunde', 'chief executive'],
  ])('%s', (sentence, name, role) => {
    const x = extract(parseArticle(`A headline\n\n${sentence}\n`, { path: 'titles.txt' }));
    const a = x.actors.find((y) => y.name === name);
    expect(a?.roles.map((r) => r.title), JSON.stringify(x.actors.map((y) => [y.name, y.roles.map((r) => r.title)]))).toEqual([role]);
  });

  it('a surname that is also an occupation stays the name ("Carter Page")', () => {
    const x = extract(parseArticle('A headline\n\nCarter Page said he had done nothing wrong.\n', { path: 'titles.txt' }));
    expect(x.actors.map((y) => y.name)).toContain('Carter Page');
  });

  it('a courtesy title makes a person of a name that is also a firm ("Mr. Bloomberg")', () => {
    const x = extract(parseArticle('A headline\n\nMr. Bloomberg won a third term on Tuesday.\n', { path: 'titles.txt' }));
    expect(x.actors.find((y) => y.name === 'Bloomberg')?.type).toBe('person');
  });
});

describe('an ambassador to a country, before the name', () => {
  it('"US ambassador to India Eric Garcetti" is the ambassador, and India is not part of his name', () => {
    const x = extract(parseArticle('A headline\n\nUS ambassador to India Eric Garcetti presented his credentials on Thursday.\n', { path: 'titles.txt' }));
    expect(x.actors.find((y) => y.name === 'Eric Garcetti')?.roles.map((r) => r.title)).toEqual(['US ambassador to India']);
  });
});
