// Name resolution: the spellings people type, on the seed articles and on generated names.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../bench/build.ts';
import { generateActors, generateQueries, type SynthActor } from '../bench/synth.ts';
import { extract } from '../src/extract/index.ts';
import { parseArticle } from '../src/ingest/index.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { editDistance } from '../src/search/distance.ts';
import { completeNames, lookupTrigrams, resolveActor, resolveName } from '../src/search/resolve.ts';
import { quotes } from '../src/briefing/quotes.ts';
import { timeline, when } from '../src/briefing/when.ts';
import { renderText } from '../src/render/text.ts';
import { nameKey } from '../src/search/keys.ts';
import { phoneticWordsOfKey } from '../src/search/phonetic.ts';
import { openStore, type Store } from '../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-resolve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Saves one Markdown article with this title and publication date, extracted as ingest would. */
function saveMarkdown(store: Store, path: string, title: string, published: string, text: string): void {
  const article = parseArticle(`---\ntitle: ${title}\npublished: ${published}\n---\n${text}`, { path, format: 'md' });
  store.saveArticle(article, extract(article));
}

function nameOf(store: Store, query: string): string {
  const r = resolveActor(store, query);
  if (r.kind === 'found') return r.actor.name;
  if (r.kind === 'ambiguous') return `choices: ${r.actors.map((a) => a.name).join(' | ')}`;
  return `not found${r.suggestions.length ? ` (did you mean ${r.suggestions.join(', ')})` : ''}`;
}

describe('the seed articles, with the spellings editors type', () => {
  let store: Store;
  beforeAll(async () => {
    store = openStore(join(dir, 'seeds.db'));
    await ingestPaths(store, ['data/articles']);
  });
  afterAll(() => store.close());

  it.each([
    ['Almasri', 'Najeem Almasri'],
    ['al masri', 'Najeem Almasri'],
    ['Al-Masri', 'Najeem Almasri'],
    ['AL MASRI', 'Najeem Almasri'],
    ['Elmasry', 'Najeem Almasri'],
    ['Almasry', 'Najeem Almasri'],
    ['El-Masri', 'Najeem Almasri'],
    ['Najeem Almasry', 'Najeem Almasri'],
    ['Haftar', 'Khalifa Haftar'],
    ['Hifter', 'Khalifa Haftar'],
    ['Hafter', 'Khalifa Haftar'],
    ['Field Marshal Hifter', 'Khalifa Haftar'],
    ['khalifa hafter', 'Khalifa Haftar'],
    ['Dbeibah', 'Abdulhamid Dabaiba'],
    ['Dbeiba', 'Abdulhamid Dabaiba'],
    ['Dabaíba', 'Abdulhamid Dabaiba'],
    ['Abdul Hamid Dbeibah', 'Abdulhamid Dabaiba'],
    ['piantedosi', 'Matteo Piantedosi'],
    ['Pianttedosi', 'Matteo Piantedosi'],
    ['Interior Minister Piantedosi', 'Matteo Piantedosi'],
    ['LNA', 'Libyan National Army'],
  ])('%s -> %s', (query, expected) => {
    expect(nameOf(store, query)).toBe(expected);
  });

  it.each(['John Smith', 'Benali', 'Vladimir Putin', 'Zelensky', 'xq', 'Migration'])('%s is not found, not somebody else', (query) => {
    expect(nameOf(store, query)).toMatch(/^not found/);
  });

  it('a near miss that is not confident offers suggestions instead of a guess', () => {
    const r = resolveActor(store, 'Mellони');
    expect(r.kind).toBe('none');
  });

  it('completes a prefix of any word of a name, and a misspelt fragment', () => {
    const alm = completeNames(store, 'alm').map((c) => c.name);
    expect(alm).toContain('Najeem Almasri');
    expect(completeNames(store, 'hafter').map((c) => c.name)).toContain('Khalifa Haftar');
    expect(completeNames(store, 'M').length).toBeLessThanOrEqual(25);
    expect(completeNames(store, '')).toEqual([]);
  });
});

describe('namesakes: a surname two people share is a question, not a guess', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'namesakes.db'));
    const text = [
      'Field Marshal Khalifa Haftar met envoys in Benghazi on Monday.',
      'His son, Khaled Haftar, the commander of the 106th Brigade, attended the talks.',
    ].join('\n\n');
    saveMarkdown(store, 'namesakes.md', 'Haftars meet envoys', '2025-03-05', text);
  });
  afterAll(() => store.close());

  it('"Haftar" and "Hifter" answer with both, each with a role to tell them apart', () => {
    for (const q of ['Haftar', 'Hifter']) {
      const r = resolveActor(store, q);
      expect(r.kind, q).toBe('ambiguous');
      if (r.kind !== 'ambiguous') continue;
      expect(r.actors.map((a) => a.name).sort()).toEqual(['Khaled Haftar', 'Khalifa Haftar']);
      expect(r.actors.every((a) => a.roles.length > 0)).toBe(true);
    }
  });

  it('the full name still picks one', () => {
    expect(nameOf(store, 'Khaled Haftar')).toBe('Khaled Haftar');
    expect(nameOf(store, 'Khalifa Hifter')).toBe('Khalifa Haftar');
  });
});

describe('a well-known place is not a misspelling of another', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'places.db'));
    const text = [
      'The envoy flew from Iraq to Sweden on Monday.',
      'Officials from Austria, Slovenia and Niger met delegates from Kyiv and Gambia in Bombay on Tuesday.',
    ].join('\n\n');
    saveMarkdown(store, 'places.md', 'Envoys meet', '2025-03-05', text);
  });
  afterAll(() => store.close());

  it.each(['Sudan', 'Australia', 'Slovakia', 'Nigeria', 'Zambia'])('%s is not found: the index knows only another country', (query) => {
    expect(nameOf(store, query)).toBe('not found');
  });

  it.each([
    ['Swedn', 'Sweden'],
    ['Sweeden', 'Sweden'],
    ['Austira', 'Austria'],
    ['Irak', 'Iraq'],
    ['Kiyv', 'Kyiv'],
  ])('a misspelt country is still that country: %s -> %s', (query, expected) => {
    expect(nameOf(store, query)).toBe(expected);
  });

  it.each([
    ['Kiev', 'Kyiv'],
    ['Mumbai', 'Bombay'],
  ])('another spelling of the same place finds it: %s -> %s', (query, expected) => {
    expect(nameOf(store, query)).toBe(expected);
  });
});

describe('a role asked for instead of a name', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'roles.db'));
    const text = [
      'Health Minister Ama Owusu said on Monday that the vaccine drive would widen.',
      'Prime Minister Kofi Adjei met former Prime Minister Efua Quist on Tuesday.',
    ].join('\n\n');
    saveMarkdown(store, 'roles.md', 'Roles', '2025-03-05', text);
  });
  afterAll(() => store.close());

  it('"health minister" is the one who holds that role; "the prime minister", held by two, is a choice', () => {
    expect(nameOf(store, 'health minister')).toBe('Ama Owusu');
    expect(nameOf(store, 'the Health Minister')).toBe('Ama Owusu');
    const pm = resolveActor(store, 'prime minister');
    expect(pm.kind).toBe('ambiguous');
    if (pm.kind === 'ambiguous') expect(pm.actors.map((a) => a.name).sort()).toEqual(['Efua Quist', 'Kofi Adjei']);
  });

  it('a role nobody holds is still not found', () => {
    expect(nameOf(store, 'finance minister')).toMatch(/^not found/);
  });
});

describe('an organisation called by initials no article wrote', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'initials.db'));
    const text = [
      'The International Criminal Court issued a warrant on Monday, and the Department of Justice said it would cooperate.',
      'The U.S. Geological Survey recorded a tremor, and the International Monetary Fund cut its forecast.',
      'The International Cricket Council and the Indian Cricket Club met on Tuesday.',
      'Ama Mensah, the head of the Kestrel Bay Authority, resigned.',
      'The Centers for Disease Control and Prevention said on Friday that the Federal Bureau of Investigation had shared its findings.',
    ].join('\n\n');
    saveMarkdown(store, 'initials.md', 'Bodies', '2025-03-05', text);
  });
  afterAll(() => store.close());

  it.each([
    ['IMF', 'International Monetary Fund'],
    ['imf', 'International Monetary Fund'],
    ['USGS', 'U.S. Geological Survey'],
    ['DoJ', 'Department of Justice'],
    ['DOJ', 'Department of Justice'],
    ['KBA', 'Kestrel Bay Authority'],
    // the initials of the name before its "and", fixed before the name grew
    ['CDC', 'Centers for Disease Control and Prevention'],
    ['cdc', 'Centers for Disease Control and Prevention'],
    ['CDCP', 'Centers for Disease Control and Prevention'],
  ])('%s -> %s', (query, expected) => {
    expect(nameOf(store, query)).toBe(expected);
  });

  it('initials that several bodies share are a choice', () => {
    const r = resolveActor(store, 'ICC');
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') expect(r.actors.map((a) => a.name).sort()).toEqual(['Indian Cricket Club', 'International Cricket Council', 'International Criminal Court']);
  });

  it("a person's initials are no way to call them", () => {
    expect(nameOf(store, 'AM')).toMatch(/^not found/);
  });

  it('the first letters of initials are no name: only a name before its "and" is called by them', () => {
    expect(nameOf(store, 'FBI')).toBe('Federal Bureau of Investigation');
    for (const q of ['FB', 'IM', 'CD']) expect(nameOf(store, q)).toMatch(/^not found/);
  });
});

describe('an organisation called by its name without the kind of body it is', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'bodies.db'));
    const text = [
      'Halden University President Ama Mensah said on Wednesday that Halden University would review the claims.',
      'Lakeside Airlines grounded its jets on Monday.',
      'Norvik Group and Norvik Bank Ltd each issued a statement.',
    ].join('\n\n');
    saveMarkdown(store, 'bodies.md', 'Bodies', '2025-03-05', text);
    saveMarkdown(store, 'snow.md', 'Snow', '2025-03-06', 'Heavy snow fell across Lakeside on Tuesday, Ama Mensah said.');
  });
  afterAll(() => store.close());

  it('"halden" is Halden University, the one organisation of that name', () => {
    expect(nameOf(store, 'halden')).toBe('Halden University');
  });

  it('but not when the word is itself a name ("Lakeside", a place), nor when two bodies share it', () => {
    expect(nameOf(store, 'lakeside')).toBe('Lakeside');
    expect(nameOf(store, 'norvik')).not.toMatch(/^Norvik (?:Group|Bank)/);
  });
});

describe('generated names: every kind of variant, and names nobody has', () => {
  const SIZE = 3000;
  let store: Store;
  let actors: SynthActor[];
  beforeAll(() => {
    actors = generateActors(SIZE, 3);
    store = openStore(join(dir, 'synthetic.db'));
    build(store, actors);
  });
  afterAll(() => store.close());

  const truthId = (i: number) => {
    const key = nameKey(actors[i]!.name);
    return store.namesByKey(key).find((h) => nameKey(h.name) === key)?.actorId;
  };

  it('answers each kind of variant with the right actor, and stays silent on unknown names', () => {
    const queries = generateQueries(actors, 30, 5);
    const byKind = new Map<string, { ok: number; n: number }>();
    const wrong: string[] = [];
    for (const q of queries) {
      const r = resolveName(store, q.text);
      const ok = q.truth === null ? r.kind !== 'found' : r.kind === 'found' && r.actorId === truthId(q.truth);
      const k = byKind.get(q.kind) ?? { ok: 0, n: 0 };
      k.n++;
      if (ok) k.ok++;
      else wrong.push(`${q.kind}: ${q.text} -> ${JSON.stringify(r)}`);
      byKind.set(q.kind, k);
    }
    const rate = (k: string) => byKind.get(k)!.ok / byKind.get(k)!.n;
    // exact spellings, case and diacritics must always resolve; unknown names must never be
    // answered with somebody else; misspellings nearly always.
    expect(rate('exact'), wrong.join('\n')).toBe(1);
    expect(rate('case'), wrong.join('\n')).toBe(1);
    expect(rate('diacritics'), wrong.join('\n')).toBe(1);
    expect(rate('unknown'), wrong.join('\n')).toBe(1);
    expect(rate('translit'), wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(rate('typo'), wrong.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it("a one-word name's whole transliteration code is its last word's: the whole-code lookup lists no name a complete last-word lookup has not", () => {
    // the resolver skips the whole-code lookup for a one-word query when the last-word lookup listed every name
    let checked = 0;
    for (const a of actors.slice(0, 300)) {
      const word = nameKey(a.name).split(' ').pop()!;
      const [pw] = phoneticWordsOfKey(word);
      const codes: [string, string] = [pw!.code, pw!.alt];
      const byLast = new Set(store.namesByLastWordCode(codes, 100).map((h) => h.nameId));
      if (byLast.size >= 100) continue;
      const whole = store.namesByPhonetic(codes, 100);
      for (const h of whole) expect(byLast.has(h.nameId), `${h.name} (${codes.join('/')})`).toBe(true);
      checked += whole.length;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('autocomplete gives at most 25 names, including the one whose prefix was typed', () => {
    for (const a of actors.slice(0, 40)) {
      const prefix = a.name.slice(0, 4);
      const got = completeNames(store, prefix);
      expect(got.length).toBeLessThanOrEqual(25);
      expect(got.length).toBeGreaterThan(0);
      expect(got.every((g) => g.name.length > 0)).toBe(true);
    }
    const someone = actors.find((a) => a.type === 'person' && a.name.split(' ').length === 2)!;
    const names = completeNames(store, someone.name).map((g) => nameKey(g.name));
    expect(names).toContain(nameKey(someone.name));
  });
});

describe('misspellings that take more than Levenshtein and Double Metaphone', () => {
  let store: Store;
  // Namesakes and near namesakes: each query must pick its actor out of people who share a first
  // name, a surname's sound or an initial with it.
  const person = (name: string, aliases: string[] = []): SynthActor => ({ name, aliases, type: 'person', role: 'minister' });
  const actors: SynthActor[] = [
    person('Zeynep Tekok'),
    person('Zeynep Teker'),
    person('Jesús Panosa'),
    person('Jesús Pineda'),
    person('Abdelrahman Gagun'),
    person('Souad Abdelrahman Gayani'),
    person('Mansour Ghajmousah', ['Mansor Ghajmoussah']),
    person('Sami Bassali'),
    person('Abdul Rahman Gheilsidhani'),
    person('Rahman Gheilsidhani Abdi'),
    { name: 'Kufra', aliases: [], type: 'place', role: 'oasis town' },
    { name: 'General Fezzan Reconciliation Alliance', aliases: ['GFRA'], type: 'organization', role: 'armed coalition' },
  ];
  // 60 "Sami B..." names stored first, more than the word-and-initial lookup lists (50), none of
  // them of the length of "Bassali"
  const SYLLABLES = ['ra', 'to', 'me', 'lu', 'ki', 'do', 'na', 'vi', 'se', 'po'];
  const filler = Array.from({ length: 60 }, (_, i) => person(`Sami B${SYLLABLES[i % 10]}${SYLLABLES[Math.floor(i / 10)]}${i % 2 ? 'nder' : ''}`));
  beforeAll(() => {
    store = openStore(join(dir, 'misspellings.db'));
    build(store, [...filler, ...actors]);
  });
  afterAll(() => store.close());

  it.each([
    // two letters swapped are one slip, not two edits
    ['Zeynep Teokk', 'Zeynep Tekok'],
    ['Abdelrahman Ggaun', 'Abdelrahman Gagun'],
    // Double Metaphone reads an initial "Pn" as "N"; the consonants still agree
    ['Jesús Pnose', 'Jesús Panosa'],
    // a vowel changed in both words: no whole-name transliteration code in common
    ['Mensour Ghijmousah', 'Mansour Ghajmousah'],
    // a typo in a surname beside a first name more than 50 names share
    ['Sami Baxsali', 'Sami Bassali'],
    // two words of the query are one word of the name ("Abdul Rahman" is keyed "abdelrahman")
    ['Abduul Rahman Gheilsidhani', 'Abdul Rahman Gheilsidhani'],
  ])('%s -> %s', (query, expected) => {
    expect(nameOf(store, query)).toBe(expected);
  });

  it('an acronym is spelt, not pronounced: "Kfra" is Kufra, not GFRA', () => {
    expect(nameOf(store, 'Kfra')).toBe('Kufra');
    expect(nameOf(store, 'GFRA')).toBe('General Fezzan Reconciliation Alliance');
  });

  it('trigram candidates hold a trigram of each word group (or two of a single group)', () => {
    const two = store.namesByTrigrams([['tek', 'xyz'], ['eyn']]).map((h) => h.name).sort();
    expect(two).toEqual(['Zeynep Teker', 'Zeynep Tekok']);
    const one = store.namesByTrigrams([['gag', 'gun', 'qqq']]).map((h) => h.name);
    expect(one).toEqual(['Abdelrahman Gagun']);
    // a name with several words that start alike is listed once
    const prefixed = store.namesByPrefix('b', 100).map((h) => h.nameId);
    expect(new Set(prefixed).size).toBe(prefixed.length);
  });

  it('the word-and-initial lookup keeps words about as long as the misspelt one (a typo changes it by one)', () => {
    expect(store.namesByWordAndInitial('sami', 'baxsali', 50).map((h) => h.name)).toEqual(['Sami Bassali']);
    expect(store.namesByWordAndInitial('sami', 'bxsali', 50).map((h) => h.name)).toContain('Sami Bassali');
    // a bare initial: any length
    expect(store.namesByWordAndInitial('sami', 'b', 50)).toHaveLength(50);
  });

  it('a two-letter transliteration code is weak evidence: "Ggaun" is not "Gayani"', () => {
    const r = resolveName(store, 'Abdelrahman Ggaun');
    expect(r.kind).toBe('found');
    const gayani = store.namesByKey(nameKey('Souad Abdelrahman Gayani'))[0]!.actorId;
    if (r.kind === 'found') expect(r.actorId).not.toBe(gayani);
  });
});

describe('close matches: one plainly better, or a real choice', () => {
  let store: Store;
  const person = (name: string): SynthActor => ({ name, aliases: [], type: 'person', role: 'minister' });
  const org = (name: string): SynthActor => ({ name, aliases: [], type: 'organization', role: 'council' });
  const place = (name: string): SynthActor => ({ name, aliases: [], type: 'place', role: 'town' });
  beforeAll(() => {
    store = openStore(join(dir, 'close.db'));
    build(store, [
      person('Osama al-Warfalli'),
      person('Usama Warfalli'),
      person('Zainab Sahmain'),
      person('Zeinnab Sahmain'),
      person('Vladimir Kostin'),
      // each shorter name after two longer ones it could be part of: the store keeps it apart
      person('Binali Hasan Taşyiğit'),
      person('Mehmet Hasan Taşyiğit'),
      person('Hasan Taşyiğit'),
      person('Yoweri Boubacar Mnangagwa'),
      person('Babatunde Boubacar Mnangagwa'),
      person('Boubacar Mnangagwa'),
      place('Gamara'),
      person('Ngozi Gamara'),
      org('General Defence Council'),
      org('Brega Defence Council'),
      org('Derna Defence Council'),
      org('General Progress Battalion'),
      org('Wiwoga Progress Battalion'),
    ]);
  });
  afterAll(() => store.close());

  it('the name that matches every word at least as well, and one word better, is the answer', () => {
    // both surnames are one letter off; only one first name is spelt as typed
    expect(nameOf(store, 'Osama Warfally')).toBe('Osama al-Warfalli');
    expect(nameOf(store, 'Usama Warfally')).toBe('Usama Warfalli');
  });

  it('a whole name typed: of names as close on every word, the one with no word left over', () => {
    expect(nameOf(store, 'Hisin Taşyiğit')).toBe('Hasan Taşyiğit');
    expect(nameOf(store, 'Boubacir Mnangagwa')).toBe('Boubacar Mnangagwa');
    // the longer name when its word is typed too
    expect(nameOf(store, 'Yoweri Boubacir Mnangagwa')).toBe('Yoweri Boubacar Mnangagwa');
    expect(store.listActors().filter((a) => a.name.endsWith('Taşyiğit'))).toHaveLength(3);
    // one word is a surname namesakes share: a choice, misspelt or not
    expect(nameOf(store, 'Gmara')).toBe('choices: Gamara | Ngozi Gamara');
    expect(nameOf(store, 'Gamara')).toBe('choices: Gamara | Ngozi Gamara');
  });

  it('a doubled letter is a lesser slip than a changed one: "Zainnab" is Zainab, not Zeinnab', () => {
    // one letter from each, but Zainab only lacks the doubled n, where Zeinnab has another vowel
    expect(nameOf(store, 'Zainnab Sahmain')).toBe('Zainab Sahmain');
    expect(nameOf(store, 'Zeinab Sahmain')).toBe('Zeinnab Sahmain');
  });

  it('a title word that is part of a name is kept: "General Defence Council" is that council', () => {
    expect(nameOf(store, 'General Defence Council')).toBe('General Defence Council');
    // misspelt too: the title-less "Progress Batalion" fits both battalions equally
    expect(nameOf(store, 'General Progress Batalion')).toBe('General Progress Battalion');
    // a title in front of a person's name is still dropped
    expect(nameOf(store, 'President Kostin')).toBe('Vladimir Kostin');
    expect(nameOf(store, 'Minister Vladimir Kostin')).toBe('Vladimir Kostin');
  });
});

describe('slips the first lookups miss, and names too far to be a slip', () => {
  let store: Store;
  const person = (name: string, aliases: string[] = []): SynthActor => ({ name, aliases, type: 'person', role: 'minister' });
  const org = (name: string): SynthActor => ({ name, aliases: [], type: 'organization', role: 'agency' });
  const place = (name: string): SynthActor => ({ name, aliases: [], type: 'place', role: 'town' });
  const SYLLABLES = ['ra', 'to', 'me', 'lu', 'ki', 'do', 'na', 'vi', 'se', 'po', 'ga', 'fu'];
  const syl = (i: number) => `${SYLLABLES[i % 12]}${SYLLABLES[Math.floor(i / 12) % 12]}`;
  // Stored first, more than the trigram lookups list (100, then 200): every "Zaki ..." holds "zak"
  // and "aki"; every "Chierachiara... Negrierrynegrieri" every trigram of "Chiera Lo Negrierry" and
  // of Chiara Lo Negrieri, in words far longer than those.
  const zakis = Array.from({ length: 120 }, (_, i) => person(`Zaki B${syl(i)}`));
  const thierrys = Array.from({ length: 250 }, (_, i) => person(`Chierachiara${syl(i)}${SYLLABLES[Math.floor(i / 144)]} Negrierrynegrieri`));
  beforeAll(() => {
    store = openStore(join(dir, 'slips.db'));
    build(store, [
      ...zakis,
      ...thierrys,
      place('Hazaki'),
      place('Niqovo'),
      person('Ertugrul Nova'),
      person('Beatriz Nifao'),
      person('Chiara Lo Negrieri'),
      person('Abdirahman Laya'),
      person('Abdelrahman Lazzayah'),
      person('Mark Bogooworth'),
      person('Samira Omar el-Assad'),
      person('Naima Alnakua'),
      person('Mevlut Kozohan'),
      person('Mevlut Cazecan'),
      org('Democratic Salvation Apparatus'),
      org('Democratic Mediterranean Salvation Apparatus'),
    ]);
  });
  afterAll(() => store.close());

  it.each([
    // a slip in a short one-word name spoils every trigram pair: the keys one edit away find it
    ['Hzaki', 'Hazaki'],
    // sounds like Nova, and is a letter away from Niqovo
    ['Niovo', 'Niqovo'],
    // a slip in each of two words: only the starts of the words are left to find the name by
    ['Chiera Lo Negrierry', 'Chiara Lo Negrieri'],
    // a two-letter code (LS) shared three edits apart is no transliteration
    ['Abdirahman Lazya', 'Abdirahman Laya'],
    // the name writes the article the query glued on
    ['Samera Omar Alassad', 'Samira Omar el-Assad'],
    ['Naima Alnjakua', 'Naima Alnakua'],
    // a sound-alike four letters off does not answer before the name one slip away is looked up
    ['Mevlut Kozohqn', 'Mevlut Kozohan'],
    // as close on every word, and no word of its own left over (a middle word costs a little)
    ['Democratic Salvation Appartatus', 'Democratic Salvation Apparatus'],
  ])('%s -> %s', (query, expected) => {
    expect(nameOf(store, query)).toBe(expected);
  });

  it('a surname three slips from the query is somebody else: suggested, not answered', () => {
    expect(nameOf(store, 'Mark Beagoolworth')).toBe('not found (did you mean Mark Bogooworth)');
    expect(nameOf(store, 'Mark Bogoworth')).toBe('Mark Bogooworth');
  });

  it('looks names up by the keys of a list, and by the starts of two words of about the lengths typed', () => {
    expect(store.namesByKeys(['hazaki', 'nova', 'nobody'], 10).map((h) => h.name).sort()).toEqual(['Ertugrul Nova', 'Hazaki']);
    const byStart = store.namesByWordPrefixes({ prefix: 'neg', length: 9 }, { prefix: 'chi', length: 6 }, 10).map((h) => h.name);
    expect(byStart).toEqual(['Chiara Lo Negrieri']);
    // words of 18 and 17 letters are within two letters of 17 and 16, not of 14
    expect(store.namesByWordPrefixes({ prefix: 'chi', length: 16 }, { prefix: 'neg', length: 17 }, 300)).toHaveLength(250);
    expect(store.namesByWordPrefixes({ prefix: 'chi', length: 14 }, { prefix: 'neg', length: 17 }, 300)).toHaveLength(0);
  });
});

describe('the trigrams a query word is looked up by', () => {
  const limits = { rare: 100, common: 1000 };
  const df = (entries: Record<string, number>) => new Map(Object.entries(entries));
  const none = new Set<string>();

  it('a long word: its first and last trigrams, which one typo cannot both spoil, and its rarest', () => {
    // maludoko: mal alu lud udo dok oko
    const freq = df({ mal: 90, alu: 40, lud: 20, udo: 60, dok: 30, oko: 80 });
    expect(lookupTrigrams('maludoko', freq, limits, false, none)).toEqual({ trigrams: ['mal', 'oko', 'lud'], robust: true });
  });

  it('a common end gives way to the cheapest pair four letters apart', () => {
    const freq = df({ mal: 900, alu: 40, lud: 20, udo: 60, dok: 30, oko: 80 });
    const got = lookupTrigrams('maludoko', freq, limits, false, none);
    expect(got.robust).toBe(true);
    expect(got.trigrams.slice(0, 2)).toEqual(['alu', 'oko']);
    expect(got.trigrams).not.toContain('mal');
  });

  it('a short word cannot be covered against one typo; trigrams no name has are left out', () => {
    const got = lookupTrigrams('ggaun', df({ gau: 50, aun: 70 }), limits, false, none);
    expect(got.robust).toBe(false);
    expect(got.trigrams.sort()).toEqual(['aun', 'gau']);
  });

  it("leaves out a trigram another word of the query has: it would pair the words' lookups with itself", () => {
    const freq = df({ mal: 90, alu: 40, lud: 20, udo: 60, dok: 30, oko: 80 });
    const got = lookupTrigrams('maludoko', freq, limits, false, new Set(['tie', 'iem', 'emo', 'mok', 'oko']));
    expect(got.trigrams).not.toContain('oko');
    expect(got.robust).toBe(true);
  });
});

describe('edit distance', () => {
  it('counts a swap of two adjacent letters as one edit', () => {
    expect(editDistance('teokk', 'tekok')).toBe(1);
    expect(editDistance('ggaun', 'gagun')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('x'.repeat(100), `${'x'.repeat(100)}y`)).toBe(1);
    // a letter doubled or undoubled is half an edit
    expect(editDistance('mohammed', 'mohamed')).toBe(0.5);
    expect(editDistance('mohammed', 'mohammad')).toBe(1);
    expect(editDistance('zainnab', 'zeinab')).toBe(1.5);
  });
});

describe('a slip behind a first name thousands share', () => {
  let store: Store;
  const person = (name: string): SynthActor => ({ name, aliases: [], type: 'person', role: 'minister' });
  const SYLLABLES = ['to', 'lu', 'do', 'na', 'vi', 'se', 'po', 'ga', 'fu', 'be', 'ze', 'hu'];
  const syl = (i: number) => `${SYLLABLES[i % 12]}${SYLLABLES[Math.floor(i / 12) % 12]}${SYLLABLES[Math.floor(i / 144) % 12]}`;
  beforeAll(() => {
    store = openStore(join(dir, 'first-names.db'));
    build(store, [
      // more namesakes than a word lookup reads, with surnames that share the query's later
      // trigrams; and more names holding "rim" anywhere (Karim) than "krz", so that trigram
      // counts alone would read the names from the Krzysztof side
      ...Array.from({ length: 1100 }, (_, i) => person(`Krzysztof ${syl(i)}ović`)),
      ...Array.from({ length: 1200 }, (_, i) => person(`Karim ${syl(i)}zadeh`)),
      person('Krzysztof Rimović'),
    ]);
  });
  afterAll(() => store.close());

  it('is found from the side whose words are fewer: "Krzysztof Rimković" is Krzysztof Rimović', () => {
    expect(nameOf(store, 'Krzysztof Rimković')).toBe('Krzysztof Rimović');
  });
});

describe('a trigram lookup that stops at its limit', () => {
  let store: Store;
  const person = (name: string): SynthActor => ({ name, aliases: [], type: 'person', role: 'minister' });
  const SYLLABLES = ['to', 'lu', 'do', 'na', 'vi', 'se', 'po', 'ga', 'fu', 'be', 'ze', 'hu'];
  const syl = (i: number) => `${SYLLABLES[i % 12]}${SYLLABLES[Math.floor(i / 12) % 12]}`;
  beforeAll(() => {
    store = openStore(join(dir, 'limit.db'));
    build(store, [
      // more names than the first trigram lookup lists, holding a trigram of each query word
      // ("mar", and "sta" and "rth"), indexed before the few that also hold the rarer "ary"; a
      // first name too long to be a slip of "Mary", which the lookup by word starts leaves out
      ...Array.from({ length: 130 }, (_, i) => person(`Marcelino Sta${syl(i)}rth`)),
      person('Mary Staidiworth'),
      person('Mary Stolberg'),
    ]);
  });
  afterAll(() => store.close());

  it("is not read when the narrower lookup follows: its first hundred names are the index's oldest, not the likeliest", () => {
    // names read, whole or without their actor's row
    let read = 0;
    const [byIds, rowsByIds] = [store.namesByIds.bind(store), store.nameRowsByIds.bind(store)];
    const counting = Object.create(store) as Store;
    counting.namesByIds = (ids: number[]) => {
      read += ids.length;
      return byIds(ids);
    };
    counting.nameRowsByIds = (ids: number[]) => {
      read += ids.length;
      return rowsByIds(ids);
    };
    // a name nobody has, whose words share with the index only common trigrams
    expect(resolveName(counting, 'Mary Staxyzqrth').kind).toBe('none');
    // the narrower lookup ("ary" with the last word's "sta" and "rth") lists the two Marys; the
    // hundred Marcelinos the first lookup stopped at are not read
    expect(read).toBeLessThan(10);
    expect(nameOf(store, 'Mary Staidiwortz')).toBe('Mary Staidiworth');
  });
});

describe("names the extractor could not type ('other')", () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'other.db'));
    build(store, [
      { name: 'Velmorandixa', aliases: [], type: 'other' as SynthActor['type'], role: '' },
      { name: 'Tesmarovicka Oldenbrunn', aliases: [], type: 'person', role: 'minister' },
    ]);
  });
  afterAll(() => store.close());

  it('are reachable by their exact spelling only, never a guess from the trigram step', () => {
    expect(nameOf(store, 'Velmorandixa')).toBe('Velmorandixa');
    // a slip that changes the transliteration code leaves only the trigram lookup to find it
    expect(resolveName(store, 'Velmorandiqa')).toEqual({ kind: 'none', suggestions: [] });
    expect(nameOf(store, 'Tesmarovicka Oldenbrunq')).toBe('Tesmarovicka Oldenbrunn');
  });
});

describe('trigram lookups from the kept doclists', () => {
  const path = join(dir, 'doclists.db');
  let store: Store;
  const person = (name: string): SynthActor => ({ name, aliases: [], type: 'person', role: 'minister' });
  const SYLLABLES = ['to', 'lu', 'do', 'na', 'vi', 'se', 'po', 'ga', 'fu', 'be', 'ze', 'hu'];
  const syl = (i: number) => `${SYLLABLES[i % 12]}${SYLLABLES[Math.floor(i / 12) % 12]}`;
  const actors = Array.from({ length: 300 }, (_, i) => person(`${['Mar', 'Tom', 'Ana'][i % 3]}${syl(i)} ${syl(i + 7)}ton${syl(i % 5)}`));
  beforeAll(() => {
    store = openStore(path);
    build(store, actors);
  });
  afterAll(() => store.close());

  /** What FTS5 itself lists for the groups, on a connection of its own. */
  function fts(groups: string[][], limit: number): number[] {
    const db = new Database(path, { readonly: true });
    try {
      const terms = groups.map((g) => [...new Set(g)].map((t) => `"${t}"`));
      const match =
        terms.length === 1
          ? terms[0]!.length === 1
            ? terms[0]![0]!
            : terms[0]!.slice(0, -1).map((t, i) => `(${t} AND (${terms[0]!.slice(i + 1).join(' OR ')}))`).join(' OR ')
          : terms.flatMap((a, i) => terms.slice(i + 1).map((b) => `((${a.join(' OR ')}) AND (${b.join(' OR ')}))`)).join(' OR ');
      return db.prepare('SELECT rowid FROM names_fts WHERE names_fts MATCH ? LIMIT ?').pluck().all(match, limit) as number[];
    } finally {
      db.close();
    }
  }

  it('list what the FTS5 query lists, the first names by id up to the limit, and names saved since', () => {
    const shapes: string[][][] = [[['ton']], [['mar', 'tom', 'ana']], [['ton', 'lut'], ['mar']], [['ton'], ['mar', 'ana'], ['dod', 'xyz']], [['xyz', 'qqq']]];
    for (const limit of [5, 100, 1000]) for (const groups of shapes) expect(store.nameIdsByTrigrams(groups, limit)).toEqual(fts(groups, limit));
    // a name saved on another connection: the kept lists are read anew
    const other = openStore(path);
    build(other, [...actors, person('Marqqq Xyzton')]);
    other.close();
    for (const groups of [...shapes, [['qqq'], ['yzt']]]) expect(store.nameIdsByTrigrams(groups, 1000)).toEqual(fts(groups, 1000));
    expect(nameOf(store, 'Marqqq Xyztom')).toBe('Marqqq Xyzton');
  });

  it('list what FTS5 lists for groups of common and rare trigrams alike (marked, or galloped to a rare group)', () => {
    // trigrams of the names, common ("ton", "mar") and rare; groups of one to four, one to four groups
    const grams = [...new Set(actors.flatMap((a) => a.name.toLowerCase().split(' ').flatMap((w) => [...w].slice(0, -2).map((_, i) => w.slice(i, i + 3)))))].sort();
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 300; k++) {
      const groups = Array.from({ length: 1 + next(4) }, () => Array.from({ length: 1 + next(4) }, () => grams[next(grams.length)]!));
      const limit = [3, 20, 100, 1000][next(4)]!;
      expect(store.nameIdsByTrigrams(groups, limit)).toEqual(fts(groups, limit));
    }
  });
});

describe("one read transaction for a query's lookups", () => {
  const path = join(dir, 'reading.db');
  let store: Store;
  const person = (name: string): SynthActor => ({ name, aliases: [], type: 'person', role: 'minister' });
  const actors = [person('Wanjiru Dey'), person('Khalifa Haftar'), ...generateActors(300, 3)];
  beforeAll(() => {
    store = openStore(path);
    build(store, actors);
  });
  afterAll(() => store.close());
  const open = () => (store as unknown as { db: Database.Database }).db.inTransaction;

  it('reads one snapshot: a name another connection saves meanwhile is seen by the next query, not this one', () => {
    const before = store.nameCount();
    const seen = store.readingNames(() => {
      expect(open()).toBe(true);
      const first = resolveName(store, 'Wanjiru Mwangi Okafor');
      const other = openStore(path);
      build(other, [...actors, person('Wanjiru Mwangi Okafor')]);
      other.close();
      // the same snapshot: nothing new, and no transaction of its own inside this one
      expect(store.nameCount()).toBe(before);
      expect(resolveName(store, 'Wanjiru Mwangi Okafor')).toEqual(first);
      return first.kind;
    });
    expect(seen).not.toBe('found');
    expect(open()).toBe(false);
    expect(nameOf(store, 'Wanjiru Mwangi Okafor')).toBe('Wanjiru Mwangi Okafor');
  });

  it('leaves no transaction open, after an answer or an error', () => {
    expect(nameOf(store, 'Khalifa Hafter')).toBe('Khalifa Haftar');
    expect(completeNames(store, 'Khal').map((c) => c.name)).toContain('Khalifa Haftar');
    expect(open()).toBe(false);
    expect(() =>
      store.readingNames(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(open()).toBe(false);
  });
});

describe('a title typed with a surname', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'titled.db'));
    saveMarkdown(store, 'court.md', 'Jailed', '2025-03-05', 'Judge Martin Crane jailed Tom Reid for six years at Leeds Crown Court on Monday.\n\n“This was a cruel and cowardly attack,” Judge Crane said.');
    saveMarkdown(store, 'film.md', 'Tributes', '2025-03-06', 'The actor Frasier Crane paid tribute to his late co-star on Tuesday.');
  });
  afterAll(() => store.close());

  it('"judge crane" is the Crane who is a judge, where "crane" alone is a choice', () => {
    expect(nameOf(store, 'crane')).toMatch(/^choices: /);
    expect(nameOf(store, 'judge crane')).toBe('Martin Crane');
    expect(nameOf(store, 'Judge Crane')).toBe('Martin Crane');
    // a title no Crane holds decides nothing
    expect(nameOf(store, 'president crane')).toMatch(/^choices: /);
  });

  it('/quotes crane is the Crane who said something; a choice elsewhere asks again with the same command', () => {
    const said = quotes(store, 'crane');
    expect(said.kind).toBe('quotes');
    if (said.kind === 'quotes') expect(said.actor.name).toBe('Martin Crane');
    const choice = renderText(timeline(store, 'crane'));
    expect(choice).toMatch(/could be several/);
    expect(choice).toMatch(/for example: \/timeline (?:Martin|Frasier) Crane/);
  });
});

describe('a timeline for a place or body that took part in nothing the rules could tell', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'named.db'));
    saveMarkdown(store, 'deputy.md', 'Charged', '2022-08-19', 'Tomas Reyes is charged in the Aug. 11 killing of Kestrel County Deputy Ivan Pell, officials said.\n\nThe Kestrel County Board met on Monday to honour Ivan Pell.');
  });
  afterAll(() => store.close());

  it('has the events told in the sentences that name it', () => {
    const t = timeline(store, 'kestrel county');
    expect(t.kind).toBe('timeline');
    if (t.kind === 'timeline') expect(t.events.map((e) => e.summary)).toContain('Ivan Pell killed');
  });
});

describe('ordinary words typed alone', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'words.db'));
    saveMarkdown(store, 'quake.md', 'Quake', '2020-01-25', 'Kestrel Point News reported that a magnitude 6.1 quake struck Varden on Friday evening.');
  });
  afterAll(() => store.close());

  it('"new" is no misspelling of a name with "News" in it; a misspelt name still is found', () => {
    expect(nameOf(store, 'new')).toMatch(/^not found/);
    expect(nameOf(store, 'Kestrel Pont News')).toBe('Kestrel Point News');
  });

  it('/when earthquake hit finds "the quake struck": news\'s words for one happening of nature', () => {
    for (const q of ['earthquake hit', 'when did the earthquake hit varden', 'varden tremor']) {
      const a = when(store, q);
      expect(a.kind, q).toBe('dates');
      if (a.kind === 'dates') expect(a.events.map((e) => e.summary), q).toEqual([expect.stringMatching(/quake struck/)]);
    }
    expect(when(store, 'varden flooded').kind).toBe('not-found');
  });

  it('/when suggests what happened in the event\'s own word, not its kind "other"', () => {
    const a = when(store, 'varden flooded');
    expect(a.kind).toBe('not-found');
    if (a.kind === 'not-found') {
      expect(a.suggestions.join(' ')).not.toMatch(/ other$/);
      expect(a.suggestions).toContain('/when Varden struck');
    }
  });
});
