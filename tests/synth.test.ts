import { describe, expect, it } from 'vitest';
import {
  QUERY_KINDS,
  generateActors,
  generateQueries,
  mulberry32,
  transliterationVariants,
  type SynthActor,
  type SynthQuery,
} from '../bench/synth.ts';
import { nameKey, surnameKey } from '../src/search/keys.ts';

const N = 5000;
const PER_KIND = 30;
const actors = generateActors(N, 42);
const queries = generateQueries(actors, PER_KIND, 9);

const namesOf = (a: SynthActor): string[] => [a.name, ...a.aliases];
const words = (s: string): number => nameKey(s).split(' ').length;

/** Every name key (canonical and alias) -> the actors that have it. */
const owners = new Map<string, Set<number>>();
const surnameKeys = new Set<string>();
actors.forEach((a, i) => {
  for (const n of namesOf(a)) {
    const k = nameKey(n);
    if (!owners.has(k)) owners.set(k, new Set());
    owners.get(k)!.add(i);
    const s = surnameKey(n);
    if (s) surnameKeys.add(s);
  }
});

/** Case and diacritics folded (ı -> i as nameKey does), for "same letters" checks. */
const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase();

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), by code point. */
function osa(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[x.length]![y.length]!;
}

function ofKind(kind: SynthQuery['kind']): SynthQuery[] {
  return queries.filter((q) => q.kind === kind);
}

function truthOf(q: SynthQuery): SynthActor {
  expect(q.truth, JSON.stringify(q)).not.toBeNull();
  expect(Number.isInteger(q.truth) && q.truth! >= 0 && q.truth! < actors.length, JSON.stringify(q)).toBe(true);
  return actors[q.truth!]!;
}

describe('generateActors', () => {
  it('is deterministic, and a smaller corpus is a prefix of a larger one', () => {
    expect(generateActors(1500, 42)).toEqual(actors.slice(0, 1500));
    expect(generateActors(300, 42)).toEqual(generateActors(300, 42));
    expect(generateActors(300, 43)).not.toEqual(generateActors(300, 42));
    expect(generateActors(0)).toEqual([]);
  });

  it('mixes about 85% persons, 10% organisations and 5% places, each with a role', () => {
    const share = (t: SynthActor['type']) => actors.filter((a) => a.type === t).length / N;
    expect(share('person')).toBeGreaterThan(0.82);
    expect(share('person')).toBeLessThan(0.88);
    expect(share('organization')).toBeGreaterThan(0.08);
    expect(share('organization')).toBeLessThan(0.12);
    expect(share('place')).toBeGreaterThan(0.035);
    expect(share('place')).toBeLessThan(0.065);
    for (const a of actors) {
      expect(a.name.trim(), JSON.stringify(a)).toBe(a.name);
      expect(a.role.length, JSON.stringify(a)).toBeGreaterThan(1);
    }
  });

  it('gives every actor a distinct canonical key, and no alias key belongs to two actors', () => {
    const canon = new Set(actors.map((a) => nameKey(a.name)));
    expect(canon.size).toBe(N);
    expect(canon.has('')).toBe(false);
    const shared = [...owners].filter(([, s]) => s.size > 1);
    expect(shared).toEqual([]);
  });

  it('shares surnames between persons, as real names do', () => {
    const count = new Map<string, number>();
    for (const a of actors) {
      if (a.type !== 'person') continue;
      const s = surnameKey(a.name)!;
      count.set(s, (count.get(s) ?? 0) + 1);
    }
    const sharedBy = [...count.values()];
    expect(count.get('haftar') ?? 0).toBeGreaterThanOrEqual(3); // several people called Haftar
    expect(sharedBy.filter((c) => c >= 2).length).toBeGreaterThan(200);
    expect(sharedBy.filter((c) => c >= 5).length).toBeGreaterThan(50);
    expect(count.size).toBeGreaterThan(1500); // and many surnames of their own
  });

  it('draws names from several origins, with their particles and letters', () => {
    const persons = actors.filter((a) => a.type === 'person').map((a) => a.name);
    const has = (re: RegExp) => persons.filter((n) => re.test(n)).length;
    expect(has(/(^| )(al|Al|el|El)[- ]\p{Lu}|(^| )(Al|El)[a-z]{4,}$/u)).toBeGreaterThan(50); // al-Masri, Al Masri, Almasri
    expect(has(/ (bin|bint|Abu|Ben) /)).toBeGreaterThan(10);
    expect(has(/^(Abdel|Abdul|Abd) |^Abd(el|ul)[a-z]/)).toBeGreaterThan(5);
    expect(has(/ (Lo|Li|De|Di|Della) \p{Lu}/u)).toBeGreaterThan(5);
    expect(has(/ (da|dos|de) \p{Lu}/u)).toBeGreaterThan(5);
    expect(has(/[çşğıöü]/)).toBeGreaterThan(50); // Turkish
    expect(has(/[éèêë]/)).toBeGreaterThan(50); // French
    expect(has(/(ov|ev|enko|ović|ski|sky)a?$/)).toBeGreaterThan(50); // Slavic
    expect(has(/(Traoré|Diallo|Okonkwo|Mensah|Kamau|Otieno|Mwangi|Coulibaly)$/)).toBeGreaterThan(10); // West/East African
    expect(has(/^(John|James|Sarah|Emily|Michael) /)).toBeGreaterThan(10);
    expect(persons.filter((n) => n.split(' ').length >= 3).length).toBeGreaterThan(200); // middle names
    const orgs = actors.filter((a) => a.type === 'organization');
    expect(orgs.filter((a) => a.aliases.some((x) => /^[A-Z]{3,}$/.test(x))).length).toBeGreaterThan(100); // "SSC"
  });

  it('gives about 30% of persons 1-2 spelling-variant aliases', () => {
    const persons = actors.filter((a) => a.type === 'person');
    const withAliases = persons.filter((a) => a.aliases.length > 0);
    const share = withAliases.length / persons.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
    expect(withAliases.some((a) => a.aliases.length === 2)).toBe(true);
    for (const a of withAliases) {
      expect(a.aliases.length, JSON.stringify(a)).toBeLessThanOrEqual(2);
      for (const alias of a.aliases) {
        expect(fold(alias), JSON.stringify(a)).not.toBe(fold(a.name));
        expect(words(alias), JSON.stringify(a)).toBe(words(a.name));
      }
    }
  });
});

describe('transliterationVariants', () => {
  /** Seeds a fresh PRNG per round until `target` shows up; the number of rounds it took, or -1. */
  function roundsUntil(name: string, target: string, maxRounds = 5000): number {
    for (let round = 0; round < maxRounds; round++) {
      if (transliterationVariants(name, mulberry32(round), 6).includes(target)) return round;
    }
    return -1;
  }

  it.each([
    ['Haftar', 'Hifter'],
    ['Haftar', 'Hafter'],
    ['Dabaiba', 'Dbeibah'],
    ['Dabaiba', 'Dbeiba'],
    ['Gaddafi', 'Qaddafi'],
    ['Gaddafi', 'Kadhafi'],
    ['Almasri', 'Al-Masri'],
    ['Almasri', 'Elmasry'],
    ['Mohammed', 'Muhammad'],
    ['Abdulhamid Dabaiba', 'Abdel Hamid Dabaiba'],
    ['Fayez al-Sarraj', 'Fayez Sarraj'],
    ['Dmitri Peskov', 'Dmitry Peskov'],
    ['Jamal Ashour', 'Djamal Achour'],
  ])('can turn %s into %s', (name, target) => {
    expect(roundsUntil(name, target)).toBeGreaterThanOrEqual(0);
  });

  it('returns distinct variants that differ from the name and keep its number of words', () => {
    const rng = mulberry32(5);
    for (const name of ['Khalifa Belqasim Haftar', 'Abdel Fattah el-Sisi', 'Yevgeny Prigozhin', 'Mohammed bin Salman', 'Fayez al-Sarraj']) {
      const vs = transliterationVariants(name, rng, 5);
      expect(vs.length, name).toBeGreaterThan(0);
      expect(new Set(vs).size).toBe(vs.length);
      for (const v of vs) {
        expect(v).not.toBe(name);
        expect(words(v), `${name} -> ${v}`).toBe(words(name));
      }
    }
    expect(transliterationVariants('Haftar', mulberry32(1), 4)).toEqual(transliterationVariants('Haftar', mulberry32(1), 4));
    expect(transliterationVariants('Haftar', mulberry32(1), 0)).toEqual([]);
  });
});

describe('generateQueries', () => {
  it('is deterministic', () => {
    expect(generateQueries(actors, PER_KIND, 9)).toEqual(queries);
    expect(generateQueries(actors, PER_KIND, 10)).not.toEqual(queries);
  });

  it('makes perKind queries of every kind, with distinct texts', () => {
    for (const kind of QUERY_KINDS) expect(ofKind(kind), kind).toHaveLength(PER_KIND);
    expect(queries).toHaveLength(PER_KIND * QUERY_KINDS.length);
    expect(new Set(queries.map((q) => q.text)).size).toBe(queries.length);
  });

  it('targets persons mostly, and some organisations', () => {
    const known = queries.filter((q) => q.truth !== null);
    const types = known.map((q) => actors[q.truth!]!.type);
    expect(types.filter((t) => t === 'person').length / known.length).toBeGreaterThan(0.7);
    expect(types.filter((t) => t === 'organization').length).toBeGreaterThan(0);
  });

  it('exact, case and diacritics queries have the key of their actor and of no other', () => {
    for (const q of [...ofKind('exact'), ...ofKind('case'), ...ofKind('diacritics')]) {
      truthOf(q);
      expect([...(owners.get(nameKey(q.text)) ?? [])], JSON.stringify(q)).toEqual([q.truth]);
    }
  });

  it('exact queries are a name or alias as written', () => {
    for (const q of ofKind('exact')) expect(namesOf(truthOf(q)), q.text).toContain(q.text);
  });

  it('case queries change only the case of a name', () => {
    const upper = (s: string) => s.normalize('NFKD').toUpperCase();
    for (const q of ofKind('case')) {
      const names = namesOf(truthOf(q));
      expect(names).not.toContain(q.text);
      expect(names.some((n) => upper(n) === upper(q.text)), JSON.stringify(q)).toBe(true);
    }
  });

  it('diacritics queries only remove or add diacritics', () => {
    let removed = 0;
    let added = 0;
    for (const q of ofKind('diacritics')) {
      const names = namesOf(truthOf(q));
      expect(names).not.toContain(q.text);
      const src = names.find((n) => fold(n) === fold(q.text) && n.length !== 0);
      expect(src, JSON.stringify(q)).toBeDefined();
      expect(fold(q.text)).toBe(fold(src!));
      if (/[^\x00-\x7f]/.test(q.text)) added++;
      else removed++;
    }
    expect(removed).toBeGreaterThan(0);
    expect(added).toBeGreaterThan(0);
  });

  it('translit queries are another spelling of the full name: a new key with the same number of words', () => {
    for (const q of ofKind('translit')) {
      const a = truthOf(q);
      expect(a.type).toBe('person');
      expect(owners.has(nameKey(q.text)), JSON.stringify(q)).toBe(false); // neither theirs nor anyone else's
      expect(nameKey(q.text)).not.toBe(nameKey(a.name));
      expect(words(q.text), `${a.name} -> ${q.text}`).toBe(words(a.name));
    }
  });

  it('typo queries are one edit away from a name, never in its first letter, and match no key', () => {
    for (const q of ofKind('typo')) {
      const names = namesOf(truthOf(q));
      const src = names.find((n) => osa(n, q.text) === 1);
      expect(src, `${q.text} from ${names.join(' / ')}`).toBeDefined();
      expect(Array.from(src!).length).toBeGreaterThanOrEqual(5);
      expect(q.text[0]).toBe(src![0]);
      expect(owners.has(nameKey(q.text)), JSON.stringify(q)).toBe(false);
    }
  });

  it('unknown names look like names but match no name key and no surname key', () => {
    for (const q of ofKind('unknown')) {
      expect(q.truth).toBeNull();
      expect(q.text.split(' ').length, q.text).toBeGreaterThanOrEqual(2);
      expect(owners.has(nameKey(q.text)), q.text).toBe(false);
      expect(surnameKeys.has(surnameKey(q.text)!), q.text).toBe(false);
    }
  });

  it('keeps working on a corpus too small for every kind of actor', () => {
    const tiny = generateActors(40, 3);
    const qs = generateQueries(tiny, 5, 1);
    for (const kind of QUERY_KINDS) expect(qs.filter((q) => q.kind === kind), kind).toHaveLength(5);
  });
});
