import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FactDate } from '../src/domain.ts';
import { createDateResolver, dateSortKey, formatFactDate, type DateMention } from '../src/extract/dates.ts';

const ARTICLES = fileURLToPath(new URL('../data/articles/', import.meta.url));

/** Resolve sentences in order with one resolver; all mentions, flattened. */
function run(published: string | null, ...sentences: string[]): DateMention[] {
  const r = createDateResolver(published);
  return sentences.flatMap((s) => r.resolve(s));
}

/** The single mention of one sentence. */
function one(published: string | null, sentence: string): DateMention {
  const ms = run(published, sentence);
  expect(ms, `mentions in ${JSON.stringify(sentence)}`).toHaveLength(1);
  return ms[0]!;
}

/** The mention whose text is `text` (exactly), in sentences resolved in order. */
function find(ms: DateMention[], text: string): DateMention {
  const m = ms.find((x) => x.text === text);
  expect(m, `mention ${JSON.stringify(text)} among ${JSON.stringify(ms.map((x) => x.text))}`).toBeDefined();
  return m!;
}

function range(d: FactDate): [string | null, string | null, string] {
  return [d.start, d.end, d.precision];
}

function sentencesOf(file: string): string[] {
  return readFileSync(ARTICLES + file, 'utf8')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('full explicit dates', () => {
  it.each([
    ['On January 19th, 2025, Libyan police chief Najeem Almasri was arrested in Turin.', 'January 19th, 2025', '2025-01-19'],
    ['The Iranian engineer was arrested on December 16th,2024, in Milan’s Malpensa airport.', 'December 16th,2024', '2024-12-16'],
    ['Mediapart first reported the case on 5 March 2024, citing court documents.', '5 March 2024', '2024-03-05'],
    ['The ministry said the contract was signed on March 5, 2024, in Lyon.', 'March 5, 2024', '2024-03-05'],
    ['According to the filing dated 2024-03-05, the company owed 3 million euros.', '2024-03-05', '2024-03-05'],
    ['Donald Trump won the election held on Nov. 5, 2016, defeating Hillary Clinton.', 'Nov. 5, 2016', '2016-11-05'],
    ['Russia launched its full-scale invasion of Ukraine on Feb. 24, 2022.', 'Feb. 24, 2022', '2022-02-24'],
    ['The two Italian technicians were freed on November 5th, 2016, officials said.', 'November 5th, 2016', '2016-11-05'],
    ['WASHINGTON, Monday, Jan. 6, 2025 (AP) — Congress certified the result.', 'Monday, Jan. 6, 2025', '2025-01-06'],
    ['The verdict was read on the 3rd of March, 2024 in Brasília.', '3rd of March, 2024', '2024-03-03'],
  ])('%s', (sentence, text, day) => {
    const m = one(null, sentence);
    expect(m.text).toBe(text);
    expect(sentence.slice(m.start, m.end)).toBe(text);
    expect(m.date.text).toBe(text);
    expect(range(m.date)).toEqual([day, day, 'day']);
  });

  it('keeps the precision at day when a time of day is given', () => {
    const m = one(null, 'The blast occurred at 3 pm on March 5, 2024, near the port.');
    expect(range(m.date)).toEqual(['2024-03-05', '2024-03-05', 'day']);
  });
});

describe('day and month without a year', () => {
  it('takes the year of the latest explicit date in the article (anchor)', () => {
    const ms = run(
      null,
      'On January 19th, 2025, Almasri was arrested by Italian authorities.',
      'On January 21st, three judges of Rome’s Appeal Court released him.',
    );
    expect(range(find(ms, 'January 21st').date)).toEqual(['2025-01-21', '2025-01-21', 'day']);
  });

  it('uses the anchor within the same sentence too', () => {
    const m = run(null, 'He was detained on Sept. 14, 2024, and charged on Sept. 17 in Garissa.');
    expect(range(find(m, 'Sept. 17').date)).toEqual(['2024-09-17', '2024-09-17', 'day']);
  });

  it('moves the anchor with each new explicit date', () => {
    const ms = run(
      null,
      'The first raid took place on March 3, 2019.',
      'A second raid followed on April 12, 2023, police said.',
      'On May 2, prosecutors filed charges.',
    );
    expect(find(ms, 'May 2').date.start).toBe('2023-05-02');
  });

  it('lets a month and year set the anchor year', () => {
    const ms = run(null, 'In March 2019, protests erupted in Algiers.', 'On March 15, police fired tear gas at marchers.');
    expect(find(ms, 'March 15').date.start).toBe('2019-03-15');
  });

  it('prefers a full date over a backstory month in the same sentence', () => {
    const ms = run(
      null,
      'On January 19th, 2025, Almasri was arrested for crimes committed in Libya from February 2015 onwards.',
      'On January 21st, he was released.',
    );
    expect(find(ms, 'January 21st').date.start).toBe('2025-01-21');
  });

  it('without an anchor, takes the latest such date on or before publication', () => {
    expect(one('2024-03-07', 'Prosecutors opened a preliminary investigation on March 5.').date.start).toBe('2024-03-05');
    expect(one('2024-10-22', 'On Sept. 14, gunmen stopped the aid convoy near Dadaab.').date.start).toBe('2024-09-14');
    // more than ten months back is still the previous occurrence, never a date after publication
    expect(one('2025-01-10', 'On January 21st, three judges released him.').date.start).toBe('2024-01-21');
  });

  it('reads a future clause forward from publication', () => {
    const m = one('2024-03-07', 'The finance minister is expected to present a revised budget on March 12.');
    expect(range(m.date)).toEqual(['2024-03-12', '2024-03-12', 'day']);
  });

  it('does not treat a future verb in a later clause as future', () => {
    const m = one(
      '2024-10-22',
      'Njoroge, who visited Garissa on Monday, told leaders the government "will not allow criminals to hold this region hostage."',
    );
    expect(m.date.start).toBe('2024-10-21');
  });

  it('with neither anchor nor publication date, stays relative and keeps the text', () => {
    const m = one(null, 'On January 21st, three judges of Rome’s Appeal Court released Almasri.');
    expect(m.date).toMatchObject({ start: null, end: null, precision: 'relative', text: 'January 21st' });
  });

  it('after a dated article anchor falls past publication, steps back a year', () => {
    const ms = run('2025-02-01', 'On January 2, 2025, the envoy arrived in Tripoli.', 'On December 30, talks had collapsed.');
    expect(find(ms, 'December 30').date.start).toBe('2024-12-30');
  });
});

describe('month and year', () => {
  it.each([
    ['The firm was founded in February 2015 in Tripoli.', 'February 2015', '2015-02-01', '2015-02-28'],
    ['Silvia Romano was freed in May 2020 after 18 months in captivity.', 'May 2020', '2020-05-01', '2020-05-31'],
    ['The war erupted in April 2023 when tensions between the army and the RSF exploded.', 'April 2023', '2023-04-01', '2023-04-30'],
    ['The country held elections in Jan 2024.', 'Jan 2024', '2024-01-01', '2024-01-31'],
  ])('%s', (sentence, text, start, end) => {
    const m = one(null, sentence);
    expect(m.text).toBe(text);
    expect(range(m.date)).toEqual([start, end, 'month']);
  });

  it('reads "the last week of March" as late March, not last week', () => {
    const m = one('2025-01-10', 'Clashes broke out in the last week of March.');
    expect(m.date).toMatchObject({ start: '2024-03-21', end: '2024-03-31', precision: 'month', part: 'late' });
  });

  it('keeps early / mid / late parts of a month', () => {
    const late = one(null, 'In late November 2020, Israeli analyst Oded Berkowitz shared a chart on X.');
    expect(late.text).toBe('late November 2020');
    expect(late.date).toMatchObject({ start: '2020-11-21', end: '2020-11-30', precision: 'month', part: 'late' });

    const early = one(null, 'The lockdown was eased in early March 2021, officials said.');
    expect(early.date).toMatchObject({ start: '2021-03-01', end: '2021-03-10', precision: 'month', part: 'early' });

    const mid = one(null, 'Fighting resumed in mid-June 2023 around El Fasher.');
    expect(mid.text).toBe('mid-June 2023');
    expect(mid.date).toMatchObject({ start: '2023-06-11', end: '2023-06-20', precision: 'month', part: 'mid' });

    const end = one(null, 'The mission is due to end at the end of March 2024.');
    expect(end.date).toMatchObject({ start: '2024-03-21', end: '2024-03-31', part: 'late' });
  });

  it('resolves a month without a year from publication', () => {
    expect(one('2025-11-13', 'The previous round of talks in Istanbul, in June, produced prisoner exchanges.').date).toMatchObject({
      start: '2025-06-01',
      end: '2025-06-30',
      precision: 'month',
    });
    expect(one('2025-11-13', 'Yermak has led Ukraine’s delegation since September.').date.start).toBe('2025-09-01');
  });

  it('opens a range with "from ... onwards"', () => {
    const m = one(null, 'The court cited crimes committed in Libya from February 2015 onwards.');
    expect(m.text).toBe('from February 2015 onwards');
    expect(m.date.start).toBe('2015-02-01');
    expect(m.date.precision).toBe('month');
    expect(m.date.end).toBeNull();
  });
});

describe('years', () => {
  it.each([
    ['The technicians Bruno Cacace and Danilo Colonego were kidnapped in 2016.', '2016'],
    ['Documents revealed relationships dating back to 2017, at the time of the Gentiloni government.', '2017'],
    ['He moved to São Paulo in 2019 and built a following online.', '2019'],
    ['The militia has controlled the airport since 2019.', 'since 2019'],
    ['The accord is valid until 2030.', '2030'],
    ['Sudan’s army and the RSF together led a 2021 coup.', '2021'],
    ['The Security Council adopted Resolution 1970 of 2011 unanimously.', '2011'],
  ])('%s', (sentence, text) => {
    const m = one(null, sentence);
    const y = /\d{4}/.exec(text)![0];
    expect(m.text).toBe(text);
    expect(range(m.date)).toEqual([`${y}-01-01`, `${y}-12-31`, 'year']);
    expect(m.date.approximate ?? false).toBe(false);
  });

  it.each([
    ['a Madkhali special operations unit formed in Tripoli, Libya around 2012.', 'around 2012', '2012'],
    ['The network was set up circa 1998 by former officers.', 'circa 1998', '1998'],
    ['The camp was built in approximately 2005, residents said.', 'approximately 2005', '2005'],
    ['The brigade reportedly moved to Sirte in 2014.', '2014', '2014'],
  ])('hedged: %s', (sentence, text, y) => {
    const m = one(null, sentence);
    expect(m.text).toBe(text);
    expect(m.date).toMatchObject({ start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', approximate: true });
  });

  it('reads a list of years', () => {
    const ms = run(null, 'Floods hit the region in 2016, 2017 and 2019.');
    expect(ms.map((m) => m.text)).toEqual(['2016', '2017', '2019']);
  });

  it('reads "in the year 2000" as the year only', () => {
    expect(one(null, 'The event took place in the year 2000.').date).toMatchObject({ start: '2000-01-01', precision: 'year' });
  });

  it('reads decades', () => {
    const m = one(null, 'In the 1990s the group was banned.');
    expect(m.date).toMatchObject({ start: '1990-01-01', end: '1999-12-31', precision: 'year' });
  });
});

describe('parts of a year', () => {
  it.each([
    ['Piantedosi’s visit followed a period of tension; in mid-2025, a delegation was denied entry.', 'mid-2025', '2025-05-01', '2025-08-31', 'mid'],
    ['Echeverría began posting videos in mid-2021 urging supporters to act.', 'mid-2021', '2021-05-01', '2021-08-31', 'mid'],
    ['The contracts were awarded in early 2023 by Habitat Rhône Métropole.', 'early 2023', '2023-01-01', '2023-04-30', 'early'],
    ['In late 2022, two Kenyan teachers were abducted near Mandera.', 'late 2022', '2022-09-01', '2022-12-31', 'late'],
    ['The plant had closed by the end of 2019.', 'the end of 2019', '2019-09-01', '2019-12-31', 'late'],
  ])('%s', (sentence, text, start, end, part) => {
    const m = one(null, sentence);
    expect(m.text).toBe(text);
    expect(m.date).toMatchObject({ start, end, precision: 'part-of-year', part });
  });

  it.each([
    ['Inflation eased in the first half of 2023, the central bank said.', 'the first half of 2023', '2023-01-01', '2023-06-30'],
    ['The elections are scheduled for spring 2024.', 'spring 2024', '2024-03-01', '2024-05-31'],
    ['Exports fell 4% in Q3 2024, the statistics office said.', 'Q3 2024', '2024-07-01', '2024-09-30'],
    ['Profits rose in the third quarter of 2024.', 'the third quarter of 2024', '2024-07-01', '2024-09-30'],
    ['Talks collapsed in the summer of 2019.', 'the summer of 2019', '2019-06-01', '2019-08-31'],
  ])('%s', (sentence, text, start, end) => {
    const m = one(null, sentence);
    expect(m.text).toBe(text);
    expect(m.date).toMatchObject({ start, end, precision: 'part-of-year' });
    expect(m.date.part ?? null).toBeNull();
  });
});

describe('ranges', () => {
  it('from year to year', () => {
    const m = one(null, 'He served as interior minister from 2015 to 2018.');
    expect(m.text).toBe('from 2015 to 2018');
    expect(range(m.date)).toEqual(['2015-01-01', '2018-12-31', 'year']);
  });

  it('between months', () => {
    const m = one(null, 'Prices rose sharply between March and May 2020.');
    expect(m.text).toBe('between March and May 2020');
    expect(range(m.date)).toEqual(['2020-03-01', '2020-05-31', 'month']);
  });

  it('a span of days', () => {
    const m = one(null, 'The summit was held on March 3-5, 2024 in Brussels.');
    expect(range(m.date)).toEqual(['2024-03-03', '2024-03-05', 'day']);
  });

  it('a span of days written "between 3 and 5 March"', () => {
    const m = one(null, 'Between 3 and 5 March 2024 the summit met in Addis Ababa.');
    expect(m.text).toBe('Between 3 and 5 March 2024');
    expect(range(m.date)).toEqual(['2024-03-03', '2024-03-05', 'day']);
    // no year: both ends take the year of the start
    expect(range(one('2024-06-10', 'Talks were held from 10 to 12 June, diplomats said.').date)).toEqual([
      '2024-06-10',
      '2024-06-12',
      'day',
    ]);
  });

  it('a span of days written "between March 1 and March 3" or "between Dec. 30 and Jan. 2"', () => {
    const m = one('2024-06-10', 'The suspects were detained between March 1 and March 3, police said.');
    expect(m.text).toBe('between March 1 and March 3');
    expect(range(m.date)).toEqual(['2024-03-01', '2024-03-03', 'day']);
    expect(range(one(null, 'The office was shut between May 4 and 9, 2021.').date)).toEqual(['2021-05-04', '2021-05-09', 'day']);
    expect(range(one('2024-03-10', 'Flights were grounded between Dec. 30 and Jan. 2.').date)).toEqual(['2023-12-30', '2024-01-02', 'day']);
  });

  it('"on Wednesday, two days after ..." is two days before that Wednesday; "two days after." alone stays anaphora', () => {
    const ms = run('2024-03-10', 'Rescuers found 12 survivors on Wednesday, two days after the earthquake struck.');
    expect(range(find(ms, 'two days after').date)).toEqual(['2024-03-04', '2024-03-04', 'day']);
    expect(range(find(run('2024-03-10', 'Police arrested him on Friday, a day after the shooting.'), 'a day after').date)).toEqual(['2024-03-07', '2024-03-07', 'day']);
    // (no day given just before it: nothing to count back from)
    expect(run('2024-03-10', 'Two days after the earthquake struck, rescuers were still digging.').some((m) => m.date.start === '2024-03-04')).toBe(false);
  });

  it('"between 1990 and 2000 people" counts people', () => {
    expect(run(null, 'The clashes displaced between 1990 and 2000 people, the UN said.')).toEqual([]);
  });

  it('a year-dash-year span', () => {
    expect(range(one(null, 'The 2015-2018 drought killed livestock.').date)).toEqual(['2015-01-01', '2018-12-31', 'year']);
  });
});

describe('weekdays', () => {
  it('undated article: relative, no range, text without the preposition', () => {
    const m = one(null, 'Piantedosi met Field Marshal Khalifa Haftar in Benghazi on Wednesday, marking a step.');
    expect(m.text).toBe('Wednesday');
    expect(m.date).toMatchObject({ start: null, end: null, precision: 'relative', text: 'Wednesday' });
    expect(formatFactDate(m.date)).toBe('Wednesday (article undated)');
  });

  it('dated article: the most recent such weekday on or before publication', () => {
    // 2025-07-04 is a Friday
    expect(one('2025-07-04', 'Piantedosi met Haftar in Benghazi on Wednesday.').date).toMatchObject({
      start: '2025-07-02',
      end: '2025-07-02',
      precision: 'day',
    });
    expect(one('2025-07-04', 'The decree was published on Friday.').date.start).toBe('2025-07-04');
    expect(one('2025-07-04', 'The talks ended on Saturday.').date.start).toBe('2025-06-28');
    expect(one('2024-10-17', 'Burhan said in a televised address late Tuesday.').date.start).toBe('2024-10-15');
  });

  it('"last Tuesday" is strictly before publication; "next Monday" after', () => {
    expect(one('2025-07-01', 'Police raided the office last Tuesday.').date.start).toBe('2025-06-24');
    expect(one('2025-07-04', 'Parliament votes next Monday.').date.start).toBe('2025-07-07');
  });

  it('a future clause looks forward', () => {
    expect(one('2025-07-04', 'The minister will travel to Rome on Monday.').date.start).toBe('2025-07-07');
  });

  it('keeps a time of day in the phrase without changing precision', () => {
    const m = one('2024-03-07', 'She told reporters outside the ministry on Thursday morning.');
    expect(m.text).toBe('Thursday morning');
    expect(range(m.date)).toEqual(['2024-03-07', '2024-03-07', 'day']);
  });
});

describe('relative expressions', () => {
  const pub = '2025-07-04'; // Friday

  it.each([
    ['He was arrested yesterday in Misrata.', 'yesterday', '2025-07-03', '2025-07-03', 'day'],
    ['Two days ago, gunmen stormed the ministry.', 'Two days ago', '2025-07-02', '2025-07-02', 'day'],
    ['Talks in Jeddah resumed last month after a pause.', 'last month', '2025-06-01', '2025-06-30', 'month'],
    ['The complaint was lodged with the police last year.', 'last year', '2024-01-01', '2024-12-31', 'year'],
    ['The new rules take effect next month.', 'next month', '2025-08-01', '2025-08-31', 'month'],
    ['The conclusion of this week’s mission suggests a reset.', 'this week', '2025-06-30', '2025-07-06', 'relative'],
    ['The envoy met militia leaders last week.', 'last week', '2025-06-23', '2025-06-29', 'relative'],
    ['Today the border crossing remained closed.', 'Today', '2025-07-04', '2025-07-04', 'day'],
    ['Earlier this month, the court ruled against him.', 'Earlier this month', '2025-07-01', '2025-07-31', 'month'],
    ['The two sides could meet before the end of the year.', 'the end of the year', '2025-09-01', '2025-12-31', 'part-of-year'],
  ])('%s', (sentence, text, start, end, precision) => {
    const m = one(pub, sentence);
    expect(m.text).toBe(text);
    expect(range(m.date)).toEqual([start, end, precision]);
  });

  it.each([
    ['He was arrested yesterday in Misrata.', 'yesterday'],
    ['Talks in Jeddah resumed last month after a pause.', 'last month'],
    ['The complaint was lodged with the Federal Police last year.', 'last year'],
    ['The conclusion of this week’s mission suggests a reset.', 'this week'],
    ['Two days ago, gunmen stormed the ministry.', 'Two days ago'],
  ])('undated: %s stays relative', (sentence, text) => {
    const m = one(null, sentence);
    expect(m.date).toMatchObject({ start: null, end: null, precision: 'relative', text });
  });

  it('the weekend is the most recent Saturday and Sunday', () => {
    const m = one(pub, 'Militias clashed in Zawiya over the weekend.');
    expect(m.text).toBe('weekend');
    expect(range(m.date)).toEqual(['2025-06-28', '2025-06-29', 'relative']);
  });

  it('ignores now / currently / today in an undated article', () => {
    expect(run(null, 'He is now in Libya.', 'The border is currently closed.', 'Today the crossing remained shut.')).toEqual([]);
  });

  it('"currently" is the publication day in a dated article', () => {
    expect(one(pub, 'The border is currently closed.').date.start).toBe(pub);
  });

  it('resolves "two days later" against the previous day of the narrative', () => {
    const ms = run('2024-10-22', 'On Sept. 14, gunmen stopped the clearly marked vehicle.', 'Police arrested three suspects two days later in a raid.');
    expect(range(find(ms, 'two days later').date)).toEqual(['2024-09-16', '2024-09-16', 'day']);
    const next = run(null, 'Almasri was arrested on January 19th, 2025.', 'The next day, he appeared before a judge.');
    expect(find(next, 'The next day').date.start).toBe('2025-01-20');
  });

  it('leaves "hours later" unresolved, and counts "a day before" from the day just given', () => {
    const a = one(null, 'He was put on a flight to Buenos Aires hours later under police escort.');
    expect(a.date).toMatchObject({ start: null, precision: 'relative', text: 'hours later' });
    expect(formatFactDate(a.date)).toBe('hours later (exact date unknown)');
    const b = run('2024-10-17', 'Nine civilians were killed in El Fasher on Monday, a day before the agreement was signed.');
    expect(find(b, 'Monday').date.start).toBe('2024-10-14');
    // the signing came a day after that Monday
    expect(find(b, 'a day before').date.start).toBe('2024-10-15');
  });

  it('"in five months" after "first talks" is a duration, not a date', () => {
    expect(run('2025-11-13', 'The delegations met for their first direct talks in five months.')).toEqual([]);
  });
});

describe('numbers that are not dates', () => {
  it.each([
    'It is also worth highlighting the rumors that Italy paid the alleged sum of 2 million euros.',
    'Almasri, in this context, is the number two of Mohammed al-Khoja, a Salafist leader.',
    'On appeal, three judges of Rome’s Appeal Court (IV Sez. Penale) released the suspect.',
    'Posts on the platform are limited to 4096 characters.',
    'The fine was set at €2,000 per day of delay.',
    'At least 10 people were killed when the building collapsed.',
    'Voting closed at 12 o\'clock local time.',
    'About 2000 protesters marched through the capital.',
    'A total of 2019 migrants landed in Lampedusa.',
    'The rebels won 2016 votes in the district.',
    'Flight 2016 landed safely in Tunis.',
    'The unit has 2,000 soldiers and 300 vehicles.',
    'Protesters march on the capital every week.',
    'He sat down with reporters after the hearing.',
    'The Sunday Times reported the deal.',
    'Black Friday sales rose.',
    'Police called it a 9/11-style attack.',
    'The hotline is open 24/7.',
    'He has been in office for two years.',
    'The exchange covers 1,200 prisoners from each side.',
    'Theresa May declined to comment.',
  ])('%s', (sentence) => {
    expect(run('2025-07-04', sentence)).toEqual([]);
  });
});

describe('no dependence on the machine clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const sentences = [
    'On January 21st, three judges released Almasri.',
    'Piantedosi met Haftar in Benghazi on Wednesday.',
    'In May, the talks resumed.',
    'He was arrested yesterday.',
    'The conclusion of this week’s mission suggests a reset.',
  ];

  it('an undated article never takes a year from today', () => {
    const results: DateMention[][] = [];
    for (const now of ['2019-03-01T10:00:00Z', '2031-11-30T23:59:00Z']) {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(now));
      const ms = run(null, ...sentences);
      expect(ms).toHaveLength(sentences.length);
      for (const m of ms) {
        expect(m.date.start).toBeNull();
        expect(m.date.end).toBeNull();
        expect(m.date.precision).toBe('relative');
      }
      results.push(ms);
      vi.useRealTimers();
    }
    expect(results[0]).toEqual(results[1]);
  });

  it('a dated article resolves the same whatever the clock says', () => {
    const results: DateMention[][] = [];
    for (const now of ['2001-01-01T00:00:00Z', '2040-06-15T12:00:00Z']) {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(now));
      results.push(run('2025-07-04', ...sentences));
      vi.useRealTimers();
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]!.map((m) => m.date.start)).toEqual(['2025-01-21', '2025-07-02', '2025-05-01', '2025-07-03', '2025-06-30']);
  });
});

describe('seed article: almasri-affair-italy-file (undated)', () => {
  const ms = run(null, ...sentencesOf('almasri-affair-italy-file.txt'));

  it('finds each date in order', () => {
    expect(ms.map((m) => m.text)).toEqual([
      'January 19th, 2025',
      'from February 2015 onwards',
      'January 21st',
      'around 2012',
      '2016',
      'November 5th, 2016',
      'January 31st, 2025',
      '2017',
      'late November 2020',
      '2020',
      'December 16th,2024',
    ]);
  });

  it('resolves them as an editor would', () => {
    expect(range(find(ms, 'January 19th, 2025').date)).toEqual(['2025-01-19', '2025-01-19', 'day']);
    expect(range(find(ms, 'January 21st').date)).toEqual(['2025-01-21', '2025-01-21', 'day']);
    expect(range(find(ms, '2016').date)).toEqual(['2016-01-01', '2016-12-31', 'year']);
    expect(range(find(ms, 'November 5th, 2016').date)).toEqual(['2016-11-05', '2016-11-05', 'day']);
    expect(range(find(ms, 'January 31st, 2025').date)).toEqual(['2025-01-31', '2025-01-31', 'day']);
    expect(find(ms, 'late November 2020').date).toMatchObject({ precision: 'month', part: 'late', start: '2020-11-21', end: '2020-11-30' });
    expect(range(find(ms, 'December 16th,2024').date)).toEqual(['2024-12-16', '2024-12-16', 'day']);
    expect(find(ms, 'around 2012').date).toMatchObject({ precision: 'year', approximate: true, start: '2012-01-01', end: '2012-12-31' });
    expect(find(ms, 'from February 2015 onwards').date).toMatchObject({ precision: 'month', start: '2015-02-01' });
    expect(find(ms, '2017').date.precision).toBe('year');
  });

  it('finds no date in "2 million euros", "the number two" or "IV Sez. Penale"', () => {
    const texts = ms.map((m) => m.text).join(' | ');
    expect(texts).not.toMatch(/million|two|Sez|euros/);
  });
});

describe('seed article: piantedosi-meets-haftar-benghazi', () => {
  it('undated: Wednesday stays relative, mid-2025 is part of the year', () => {
    const ms = run(null, ...sentencesOf('piantedosi-meets-haftar-benghazi.txt'));
    expect(find(ms, 'Wednesday').date).toMatchObject({ precision: 'relative', start: null, end: null });
    expect(find(ms, 'mid-2025').date).toMatchObject({
      precision: 'part-of-year',
      part: 'mid',
      start: '2025-05-01',
      end: '2025-08-31',
    });
    expect(find(ms, 'this week').date.start).toBeNull();
    // the page furniture ("You May Also Like", "Trending now") gives nothing
    expect(ms.map((m) => m.text)).toEqual(['Wednesday', 'mid-2025', 'this week']);
  });

  it('published Friday 2025-07-04: Wednesday is 2 July', () => {
    const ms = run('2025-07-04', ...sentencesOf('piantedosi-meets-haftar-benghazi.txt'));
    expect(range(find(ms, 'Wednesday').date)).toEqual(['2025-07-02', '2025-07-02', 'day']);
    expect(find(ms, 'mid-2025').date.part).toBe('mid');
  });
});

describe('offsets', () => {
  it('point into the sentence given', () => {
    const s = 'BENGHAZI — On January 19th, 2025, police said the suspect had fled around 2012 and returned in mid-2025.';
    for (const m of run(null, s)) expect(s.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('formatFactDate', () => {
  it('says when the day is the story’s, not the text’s', () => {
    expect(formatFactDate({ start: '2024-06-04', end: '2024-06-04', precision: 'day', text: 'Tuesday', inferred: true })).toBe('4 June 2024 (day reported)');
  });

  it('and the month, when the story is known only to the month', () => {
    expect(formatFactDate({ start: '2024-03-01', end: '2024-03-31', precision: 'month', text: '', inferred: true })).toBe('March 2024 (month reported)');
  });

  const f = (d: Partial<FactDate>) => formatFactDate({ start: null, end: null, precision: 'unknown', text: '', ...d });

  it.each([
    [{ start: '2025-01-21', end: '2025-01-21', precision: 'day' }, '21 January 2025'],
    [{ start: '2025-01-01', end: '2025-01-31', precision: 'month' }, 'January 2025'],
    [{ start: '2025-01-01', end: '2025-12-31', precision: 'year' }, '2025'],
    [{ start: '2025-05-01', end: '2025-08-31', precision: 'part-of-year', part: 'mid' }, 'mid-2025'],
    [{ start: '2016-01-01', end: '2016-04-30', precision: 'part-of-year', part: 'early' }, 'early 2016'],
    [{ start: '2020-11-21', end: '2020-11-30', precision: 'month', part: 'late' }, 'late November 2020'],
    [{ start: null, end: null, precision: 'relative', text: 'Wednesday' }, 'Wednesday (article undated)'],
    [{ start: '2012-01-01', end: '2012-12-31', precision: 'year', approximate: true }, 'around 2012'],
    [{ start: '2015-02-01', end: null, precision: 'month' }, 'from February 2015 onwards'],
    [{ start: '2015-01-01', end: '2018-12-31', precision: 'year' }, '2015–2018'],
    [{ start: '2020-03-01', end: '2020-05-31', precision: 'month' }, 'March–May 2020'],
    [{ start: '2023-01-01', end: '2023-06-30', precision: 'part-of-year' }, 'the first half of 2023'],
    [{ start: '2024-07-01', end: '2024-09-30', precision: 'part-of-year' }, 'Q3 2024'],
    [{ start: '2024-03-01', end: '2024-05-31', precision: 'part-of-year' }, 'spring 2024'],
    [{ start: '2025-06-30', end: '2025-07-06', precision: 'relative' }, 'the week of 30 June 2025'],
    [{ start: '1990-01-01', end: '1999-12-31', precision: 'year' }, 'the 1990s'],
  ] as Array<[Partial<FactDate>, string]>)('%j -> %s', (d, text) => {
    expect(f(d)).toBe(text);
  });

  it('formats what the resolver produced', () => {
    const ms = run(null, 'On January 19th, 2025, he was arrested.', 'On January 21st, he was released.', 'The unit formed around 2012.');
    expect(ms.map((m) => formatFactDate(m.date))).toEqual(['19 January 2025', '21 January 2025', 'around 2012']);
  });
});

describe('dateSortKey', () => {
  it('sorts chronologically, narrower first, unresolved last', () => {
    const d = (start: string | null, end: string | null, precision: FactDate['precision'], text = ''): FactDate => ({
      start,
      end,
      precision,
      text,
    });
    const dates = [
      d(null, null, 'relative', 'Wednesday'),
      d('2025-01-21', '2025-01-21', 'day'),
      d('2012-01-01', '2012-12-31', 'year'),
      d('2025-01-01', '2025-12-31', 'year'),
      d('2025-01-01', '2025-01-01', 'day'),
      d('2015-02-01', null, 'month'),
      d(null, null, 'unknown'),
      d('2020-11-21', '2020-11-30', 'month'),
    ];
    const sorted = [...dates].sort((a, b) => (dateSortKey(a) < dateSortKey(b) ? -1 : dateSortKey(a) > dateSortKey(b) ? 1 : 0));
    expect(sorted.map((x) => `${x.start}/${x.end}/${x.precision}`)).toEqual([
      '2012-01-01/2012-12-31/year',
      '2015-02-01/null/month',
      '2020-11-21/2020-11-30/month',
      '2025-01-01/2025-01-01/day',
      '2025-01-01/2025-12-31/year',
      '2025-01-21/2025-01-21/day',
      'null/null/relative',
      'null/null/unknown',
    ]);
  });
});

describe('tense decides which way a bare weekday points', () => {
  // 2024-06-02 is a Sunday, 2024-06-05 a Wednesday
  it.each([
    ['She will take office on Monday.', '2024-06-02', '2024-06-03'],
    ['She takes office on Monday.', '2024-06-02', '2024-06-03'],
    ['The trial opens Tuesday in Paris.', '2024-06-05', '2024-06-11'],
    ['Parliament is voting on Friday.', '2024-06-05', '2024-06-07'],
    ['The team plays Saturday in Lyon.', '2024-06-05', '2024-06-08'],
  ])('future or scheduled present: %s', (sentence, published, day) => {
    expect(one(published, sentence).date.start).toBe(day);
  });

  it.each([
    ['Officials on Monday said the talks had failed.', '2024-06-05', '2024-06-03'],
    ['Peace talks on Monday ended without a deal.', '2024-06-05', '2024-06-03'],
    ['Lawmakers voted on Monday to approve the bill.', '2024-06-05', '2024-06-03'],
    ['Police say Monday’s attack killed four.', '2024-06-05', '2024-06-03'],
    ['He was sworn in on Monday.', '2024-06-05', '2024-06-03'],
    // "counts" is a noun here, not a verb in the present: the verdict came on the Friday before
    ['The mayor was found guilty on all counts on Friday.', '2024-06-02', '2024-05-31'],
    ['The jury convicted him on drug counts on Friday.', '2024-06-02', '2024-05-31'],
  ])('past, or a plural noun before the day: %s', (sentence, published, day) => {
    expect(one(published, sentence).date.start).toBe(day);
  });
});

describe('a publication date of month or year precision', () => {
  it('keeps months and years resolvable and leaves weekdays unresolved', () => {
    const ms = run('2023-06', 'The company said on Monday it would cut 500 jobs by March.', 'Sales fell last month.', 'Profits doubled last year.');
    expect(find(ms, 'Monday').date).toMatchObject({ start: null, precision: 'relative' });
    expect(range(find(ms, 'last month').date)).toEqual(['2023-05-01', '2023-05-31', 'month']);
    expect(range(find(ms, 'last year').date)).toEqual(['2022-01-01', '2022-12-31', 'year']);
  });

  it('a month without a year takes the publication year, or the one before for a later month', () => {
    expect(range(one('2023-06', 'The plant closed in March.').date)).toEqual(['2023-03-01', '2023-03-31', 'month']);
    expect(range(one('2023-06', 'The plant closed in November.').date)).toEqual(['2022-11-01', '2022-11-30', 'month']);
    expect(range(one('2023', 'The plant closed in November.').date)).toEqual(['2023-11-01', '2023-11-30', 'month']);
  });
});

describe('a dateline date is the day the story counts from', () => {
  it('"on Monday" counts from the dateline, its year from the publication date', () => {
    // filed Friday 10 February 2023, published (say, online) on the 13th
    const r = createDateResolver('2023-02-13', 'Feb 10');
    const [m] = r.resolve('The ministry said on Monday that the talks would resume.');
    expect(m!.date.start).toBe('2023-02-06');
  });

  it('"yesterday" is the day before the dateline', () => {
    const r = createDateResolver('2023-02-13', 'Feb. 10');
    expect(r.resolve('Police arrested two men yesterday.')[0]!.date.start).toBe('2023-02-09');
  });

  it('a dateline in January of a story published in early January stays in that year', () => {
    const r = createDateResolver('2024-01-03', 'Jan 2');
    expect(r.resolve('Voting ended on Sunday.')[0]!.date.start).toBe('2023-12-31');
  });

  it('without a publication date a dateline without a year resolves nothing', () => {
    const r = createDateResolver(null, 'Feb 10');
    expect(r.resolve('Voting ended on Sunday.')[0]!.date.start).toBeNull();
  });
});

describe('a stay told in the past began in the past', () => {
  it('"was in Pyongyang from Oct. 28-31", published Nov 1, is the October just gone', () => {
    expect(one('2013-11-01', 'The president was in Pyongyang from Oct. 28-31.').date).toMatchObject({ start: '2013-10-28', end: '2013-10-31' });
  });

  it('"will be there from Oct. 28" and "suspended until Nov. 3" still look ahead', () => {
    expect(one('2013-11-01', 'He will be there from Oct. 28.').date.start).toBe('2014-10-28');
    expect(one('2013-11-01', 'Flights were suspended until Nov. 3.').date.start).toBe('2013-11-03');
  });
});

describe('a weekday written beside a day with no year', () => {
  it('"beginning on Monday June 17" in a story of 12 June 2019 is 2019: June 17, 2018 was a Sunday', () => {
    const ms = run('2019-06-12', 'A week of regional strikes was also planned for next week, beginning on Monday June 17.');
    expect(ms.find((m) => /June 17/.test(m.text))?.date.start).toBe('2019-06-17');
  });

  it('the weekday decides between the years next to the one inferred', () => {
    expect(one('2019-07-20', 'He was arrested on Monday, June 17.').date.start).toBe('2019-06-17');
    expect(one('2019-06-20', 'The fair opened on Sunday June 17.').date.start).toBe('2018-06-17');
  });
});
