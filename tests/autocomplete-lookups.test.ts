// Autocomplete's lookups, made cheaper without changing an answer. The resolver's "stanford" ->
// Stanford University lookup, when the word opens hundreds of persons' names ("jean ..."): the
// store says from the key index alone whether any name has one of the words that say what kind of
// body it is next, before it reads rows and actors. And the prefix lookup as light rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../bench/build.ts';
import { generateActors, type SynthActor } from '../bench/synth.ts';
import { COMPANY_SUFFIXES, ORG_HEADS } from '../src/extract/lexicon.ts';
import { resolveName } from '../src/search/resolve.ts';
import { openStore, type Store } from '../src/store/index.ts';

const BODY: ReadonlySet<string> = new Set([...ORG_HEADS, ...COMPANY_SUFFIXES]);
const dir = mkdtempSync(join(tmpdir(), 'briefbot-autocomplete-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const person = (name: string): SynthActor => ({ name, aliases: [], type: 'person', role: 'minister' });
const org = (name: string): SynthActor => ({ name, aliases: [], type: 'organization', role: 'body' });

describe('organisations whose name opens with a word, and a kind of body next', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'orgs.db'));
    build(store, [
      person('Jean Moreau'),
      person('Jean Dupont'),
      org('Jean Monnet Foundation'),
      org('Halden University'),
      org('Halden Rivers Authority'),
      person('Halden Mensah'),
      org('Norvik Corp'),
      ...generateActors(3000, 5),
    ]);
  });
  afterAll(() => store.close());
  const names = (hits: { name: string }[]) => hits.map((h) => h.name).sort();

  it('without the words: every organisation opening with it, as before', () => {
    expect(names(store.orgNamesOpeningWith('jean', 100))).toEqual(['Jean Monnet Foundation']);
    expect(names(store.orgNamesOpeningWith('halden', 100))).toEqual(['Halden Rivers Authority', 'Halden University']);
  });

  it('with them: only names whose second word is one of them; none when no name has one next', () => {
    expect(store.orgNamesOpeningWith('jean', 100, BODY)).toEqual([]);
    expect(names(store.orgNamesOpeningWith('halden', 100, BODY))).toEqual(['Halden University']);
    // the word is the whole rest of the key
    expect(names(store.orgNamesOpeningWith('norvik', 100, BODY))).toEqual(['Norvik Corp']);
    expect(store.orgNamesOpeningWith('nobodyhasthis', 100, BODY)).toEqual([]);
  });

  it('is the unfiltered lookup filtered by the second word, for the first word of every stored name', () => {
    const firsts = new Set<string>();
    for (const a of generateActors(3000, 5)) firsts.add(a.name.toLowerCase().split(/\s+/)[0]!);
    for (const w of ['jean', 'halden', 'norvik', 'university']) firsts.add(w);
    let some = 0;
    for (const w of firsts) {
      const want = store.orgNamesOpeningWith(w, 100).filter((h) => BODY.has(h.key.split(' ')[1]!));
      const got = store.orgNamesOpeningWith(w, 100, BODY);
      expect(got, w).toEqual(want);
      if (got.length) some++;
    }
    expect(some).toBeGreaterThan(0);
  });

  it('the resolver still answers with the one body of that name, and only then', () => {
    const found = resolveName(store, 'halden');
    expect(found.kind).toBe('found');
    expect(found.kind === 'found' && store.actorBriefs([found.actorId])[0]?.name).toBe('Halden University');
    expect(resolveName(store, 'norvik').kind).toBe('found');
    const jean = resolveName(store, 'jean');
    expect(jean.kind === 'found' && store.actorBriefs([jean.actorId])[0]?.name).not.toBe('Jean Monnet Foundation');
  });
});

describe('names by prefix as light rows (autocomplete)', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(join(dir, 'prefix.db'));
    build(store, [person('Jean Moreau'), person('Jean Dupont'), org('Jean Monnet Foundation'), ...generateActors(3000, 9)]);
  });
  afterAll(() => store.close());

  it('are namesByPrefix\'s names, in its order, whole names first and then words', () => {
    const prefixes = new Set(['j', 'jean', 'jean m', 'mo', 'Ä', ' ', 'zzzz']);
    for (const a of generateActors(3000, 9).slice(0, 300)) {
      const name = a.name;
      for (const n of [1, 2, 3, 4, 6]) prefixes.add(name.slice(0, n));
      const words = name.split(' ');
      if (words.length > 1) prefixes.add(words[words.length - 1]!.slice(0, 3));
    }
    for (const p of prefixes)
      for (const limit of [3, 25]) {
        const want = store.namesByPrefix(p, limit).map((h) => ({ nameId: h.nameId, actorId: h.actorId, canonical: h.canonical }));
        expect(store.namePrefixHits(p, limit), `${p} ${limit}`).toEqual(want);
      }
  });
});
