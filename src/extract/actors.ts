// Within one article, mentions become actors: "Najeem Almasri", "Almasri" and "Al-Masri" are one
// person; "Libyan National Army", "(LNA)" and "LNA" one organisation. News names a person in full
// once and by surname after, so a short name joins the one full name it can belong to, and stays
// apart when it could belong to two ("Haftar" when Khalifa and Khaled Haftar are both named).
import type { ActorType, ExtractedActor, Role, Sentence } from '../domain.ts';
import { distance as levenshtein } from 'fastest-levenshtein';
import { nameKey } from '../search/keys.ts';
import { neverAPerson, rolesFrom, type NameMention } from './mentions.ts';
import { COMPANY_SUFFIXES, ORG_HEADS } from './lexicon.ts';
import { isCommonWord, lexiconTags, type Token } from './tokens.ts';

interface Group {
  /** The group's own mentions; with those of the groups merged into it, see mentionsOf. */
  mentions: NameMention[];
  /** Groups merged into this one, in merge order, each with how many merges it had itself then. */
  absorbed: [Group, number][];
  keys: Set<string>;
  acronyms: Set<string>;
  /** Names the text gives as another name ("known as Hemedti"): never the actor's main name. */
  nicknames: Set<string>;
  votes: Record<ActorType, number>;
}

const TYPES: ActorType[] = ['person', 'organization', 'place', 'other'];
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben', 'ould']);

function vote(g: Group, m: NameMention): void {
  g.votes[m.type] += m.type === 'other' ? 0.1 : m.confidence + 0.5;
}

function typeOf(g: Group): ActorType {
  let best: ActorType = 'other';
  let score = 0;
  for (const t of TYPES) if (g.votes[t] > score) [best, score] = [t, g.votes[t]];
  return best;
}

/**
 * A name nothing in the text types ("Cheteshwar Pujara, at number three, stood ..."), written as a
 * person's (two or three capitalised words, none an English word, a place or an organisation's),
 * opening a sentence, with "he" or "she" in the next: the text speaks of a person.
 */
function referredToAsPerson(mentions: NameMention[], sentences: Sentence[]): boolean {
  const wordOk = (t: Token) =>
    /^\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)*$/u.test(t.text) && !isCommonWord(t.lower) && !t.lex.has('Place') && !t.lex.has('Country') && !t.lex.has('City') && !t.lex.has('Region') && !t.lex.has('Organization') && !t.tags.has('Place') && !ORG_HEADS.has(t.lower) && !COMPANY_SUFFIXES.has(t.lower);
  return mentions.some((m) => {
    if (m.tokens.length < 2 || m.tokens.length > 3 || !m.tokens.every(wordOk)) return false;
    const s = sentences[m.sentenceIndex];
    const next = sentences[m.sentenceIndex + 1];
    return !!s && !!next && /^\s*$/.test(s.text.slice(0, m.start)) && /\b(?:he|she)\b/i.test(next.text) && !/\b(?:it|they)\b/i.test(next.text.split(/[,.;]/)[0] ?? '');
  });
}

function tokensOf(key: string): string[] {
  return key.split(' ').filter(Boolean);
}

/**
 * Same word, allowing the spelling drift of transliteration in long words. A word standing alone
 * for a name (`alone`) needs six letters to drift: "Hamas" is not "Hamad".
 */
function sameWord(a: string, b: string, alone = false): boolean {
  if (a === b) return true;
  const len = Math.min(a.length, b.length);
  if (len < (alone ? 6 : 5) || a[0] !== b[0]) return false;
  return levenshtein(a, b) <= (len >= 8 ? 2 : 1);
}

const gathered = new WeakMap<Group, { merges: number; mentions: NameMention[] }>();

/**
 * Every mention of the group: its own, then those of each group merged into it as that group was
 * when merged. Merging links groups instead of copying their mentions, so a name merged into
 * again and again (thousands of "John Smith1", "John Smith2" ... in one file) costs a step per
 * merge, not a copy of everything gathered so far; the list is put together when asked for.
 */
function mentionsOf(g: Group): NameMention[] {
  if (!g.absorbed.length) return g.mentions;
  const known = gathered.get(g);
  if (known && known.merges === g.absorbed.length) return known.mentions;
  const out: NameMention[] = [];
  // depth first, each group's own mentions and then its first `merges` merged groups, in order
  const stack: [Group, number][] = [[g, g.absorbed.length]];
  while (stack.length) {
    const [x, merges] = stack.pop()!;
    for (const m of x.mentions) out.push(m);
    for (let i = merges - 1; i >= 0; i--) stack.push(x.absorbed[i]!);
  }
  gathered.set(g, { merges: g.absorbed.length, mentions: out });
  return out;
}

function merge(into: Group, from: Group): void {
  into.absorbed.push([from, from.absorbed.length]);
  for (const k of from.keys) into.keys.add(k);
  for (const a of from.acronyms) into.acronyms.add(a);
  for (const a of from.nicknames) into.nicknames.add(a);
  for (const t of TYPES) into.votes[t] += from.votes[t];
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !['Of', 'The', 'And', 'For', 'On'].includes(w))
    .map((w) => w[0])
    .join('');
}

export interface Clustering {
  actors: ExtractedActor[];
  /** The actor id of each mention (by object identity). */
  actorOf: Map<NameMention, number>;
}

/** Words that only say a name is a company: "Nissan Motor", "Acme Holdings", "Siemens AG". */
const CORPORATE_TAILS = new Set(
  ('motor motors group holdings holding company co corp corporation inc incorporated ltd limited plc ag sa ab asa nv se spa industries airlines airways ' +
    // ("Siebel Systems Inc." is "Siebel", "Broadcom Technologies" "Broadcom")
    'systems technologies technology software communications networks pharmaceuticals enterprises solutions electronics labs laboratories brands resources international').split(' '),
);

/** A group whose mentions vote person: never folded into a company. */
function isPersonishGroup(g: Group): boolean {
  return g.votes.person > 0 && g.votes.person >= g.votes.organization;
}

/**
 * The groups being clustered: every name key's group in mention order, the group each key now
 * belongs to, and the groups not merged away. The clustering's steps below each read and change it.
 * (clusterMentions was one function of some 10 KB of bytecode: V8 compiled it whole again after
 * every deopt, 0.3 s a time, four times a run; its steps as functions of their own are compiled
 * apiece, and one step's deopt costs only its own compile.)
 */
interface Clusters {
  groups: Group[];
  byKey: Map<string, Group>;
  alive: Set<Group>;
}

/** One group per name key, in the order the mentions come, with their type votes and acronyms. */
function groupByKey(mentions: NameMention[]): Clusters {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const m of mentions) {
    const key = nameKey(m.name);
    if (!key) continue;
    let g = byKey.get(key);
    if (!g) {
      g = { mentions: [], absorbed: [], keys: new Set([key]), acronyms: new Set(), nicknames: new Set(), votes: { person: 0, organization: 0, place: 0, other: 0 } };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(m);
    vote(g, m);
    if (m.acronym) g.acronyms.add(m.acronym);
  }
  return { groups, byKey, alive: new Set(groups) };
}

function absorb(c: Clusters, into: Group, from: Group): void {
  if (into === from || !c.alive.has(from)) return;
  merge(into, from);
  c.alive.delete(from);
  for (const k of from.keys) c.byKey.set(k, into);
}

/** Other names the text gives: "Mohamed Hamdan Dagalo, known as Hemedti". */
function joinNamesGiven(c: Clusters, mentions: NameMention[]): void {
  for (const m of mentions) {
    if (!m.sameAs) continue;
    const owner = c.byKey.get(nameKey(m.sameAs.name));
    const alias = c.byKey.get(nameKey(m.name));
    if (!owner || !alias || owner === alias || !c.alive.has(owner) || !c.alive.has(alias)) continue;
    alias.nicknames.add(m.name);
    absorb(c, owner, alias);
  }
}

/** Acronyms defined in parentheses. */
function joinAcronyms(c: Clusters): void {
  for (const g of [...c.alive]) {
    for (const a of g.acronyms) {
      const other = c.byKey.get(nameKey(a));
      if (other) absorb(c, g, other);
    }
  }
}

/** The organisations named with two words or more somewhere, which shorter names may join. */
function longOrganizations(c: Clusters): Group[] {
  return [...c.alive].filter((g) => typeOf(g) === 'organization' && mentionsOf(g).some((m) => m.tokens.length >= 2));
}

/** Acronyms matching the initials of a name ("GNU" for Government of National Unity). */
function joinInitials(c: Clusters, longOrgs: Group[]): void {
  for (const g of [...c.alive]) {
    const m = g.mentions[0]!;
    if (m.tokens.length !== 1 || !m.tokens[0]!.upper) continue;
    const owners = longOrgs.filter((o) => c.alive.has(o) && o !== g && mentionsOf(o).some((x) => initials(x.name) === m.name));
    if (owners.length === 1) {
      owners[0]!.acronyms.add(m.name);
      absorb(c, owners[0]!, g);
    }
  }
}

/**
 * Companies named short after once in full: "Nissan" joins "Nissan Motor", "Orsted" joins
 * "Orsted A/S" — when the rest of the full name is only a corporate tail, and only one fits.
 */
function joinCorporateShortNames(c: Clusters, longOrgs: Group[]): void {
  for (const g of [...c.alive]) {
    const m = g.mentions[0]!;
    // (a country is not its airline: "Kenya said" after "Kenya Airways")
    if (m.tokens.length !== 1 || isPersonishGroup(g) || m.tokens[0]!.lex.has('Country')) continue;
    const key = nameKey(m.name);
    const owners = longOrgs.filter((o) => {
      if (!c.alive.has(o) || o === g) return false;
      const words = tokensOf([...o.keys][0]!);
      return words.length >= 2 && words[0] === key && words.slice(1).every((w) => CORPORATE_TAILS.has(w));
    });
    if (owners.length === 1) absorb(c, owners[0]!, g);
  }
}

/** The group's first mention in the text. */
function firstAt(x: Group): NameMention {
  return mentionsOf(x).reduce((a, b) => (b.sentenceIndex < a.sentenceIndex || (b.sentenceIndex === a.sentenceIndex && b.start < a.start) ? b : a));
}

/**
 * ... and, named in full first, by its first word alone: "Rossing Uranium" then "a court
 * application by Rossing", "Harvard University" then "Harvard" (never a place's or a person's word:
 * "Kenya" is not "Kenya Airways"), when only one organisation opens with that word.
 */
function joinFirstWordShortNames(c: Clusters, longOrgs: Group[]): void {
  for (const g of [...c.alive]) {
    const m = g.mentions[0]!;
    if (!c.alive.has(g) || m.tokens.length !== 1 || m.tokens[0]!.upper || g.votes.person > 0 || g.votes.place > 0 || isPersonishGroup(g)) continue;
    const key = nameKey(m.name);
    // (words, not a model or a mission: "SpaceX Crew-8" is no name of SpaceX)
    const owners = longOrgs.filter((o) => {
      const words = tokensOf([...o.keys][0]!);
      return c.alive.has(o) && o !== g && words.length <= 3 && words[0] === key && words.slice(1).every((w) => /^\p{L}+$/u.test(w));
    });
    if (owners.length !== 1) continue;
    const full = firstAt(owners[0]!);
    const short = firstAt(g);
    if (full.sentenceIndex < short.sentenceIndex || (full.sentenceIndex === short.sentenceIndex && full.start < short.start)) absorb(c, owners[0]!, g);
  }
}

function isPersonish(g: Group): boolean {
  return g.votes.person > 0 && g.votes.person >= g.votes.organization && g.votes.person >= g.votes.place;
}

/** A two-word name nothing else explains ("Andriy Yermak" with no title) may be a person's full name. */
function maybePerson(g: Group): boolean {
  return isPersonish(g) || (g.votes.organization === 0 && g.votes.place === 0);
}

/** The groups that may be a person named in full (two words or more). */
function fullNameGroups(c: Clusters): Group[] {
  return [...c.alive].filter((g) => maybePerson(g) && mentionsOf(g).some((m) => tokensOf(nameKey(m.name)).length >= 2));
}

/** Two full spellings of one person ("Andriy Yermak" / "Andrii Yermak"; "Lula da Silva" in "Luiz Inácio Lula da Silva"). */
function joinFullSpellings(c: Clusters, fullNames: Group[], firstWords: Map<Group, string[]>): void {
  for (const a of fullNames) {
    for (const b of fullNames) {
      // (once a is merged away nothing more happens to it: the rest of the row is skipped)
      if (!c.alive.has(a)) break;
      if (a === b || !c.alive.has(b)) continue;
      const ka = firstWords.get(a)!;
      const kb = firstWords.get(b)!;
      const sameSurname = sameWord(ka[ka.length - 1]!, kb[kb.length - 1]!);
      const contained = ka.length < kb.length && ka.every((t) => kb.some((u) => sameWord(t, u)));
      const variant = ka.length === kb.length && ka.every((t, i) => sameWord(t, kb[i]!));
      if (sameSurname && (contained || variant) && (isPersonish(a) || isPersonish(b))) absorb(c, b, a);
    }
  }
}

/**
 * Names without a surname (Malay, Indonesian, many Arabic ones) are shortened from the end:
 * "Amir Hamzah" for Amir Hamzah Azizan. A name of two words or more that opens exactly one longer
 * person's name is that person.
 */
function joinShortenedFromEnd(c: Clusters, fullNames: Group[], firstWords: Map<Group, string[]>): void {
  for (const a of fullNames) {
    if (!c.alive.has(a)) continue;
    const ka = firstWords.get(a)!;
    if (ka.length < 2) continue;
    const longer = fullNames.filter((b) => {
      if (b === a || !c.alive.has(b)) return false;
      const kb = firstWords.get(b)!;
      return kb.length > ka.length && ka.every((t, i) => sameWord(t, kb[i]!));
    });
    if (longer.length === 1 && isPersonish(longer[0]!) && (isPersonish(a) || maybePerson(a))) absorb(c, longer[0]!, a);
  }
}

function unexplained(x: Group): boolean {
  return x.votes.person === 0 && x.votes.organization === 0 && x.votes.place === 0;
}

/**
 * The word is the last of the group's full name, a word of no other use ("Windows", "United" are),
 * after a first word that is not a place ("Manchester United", "Sofia Newsroom").
 */
function surnameOf(x: Group, word: string): boolean {
  return (
    lexiconTags(word).length === 0 &&
    mentionsOf(x).some((m) => {
      const toks = m.tokens;
      const first = toks[0];
      return toks.length >= 2 && toks.length <= 3 && nameKey(toks[toks.length - 1]!.base) === word && !!first && !first.lex.has('Place') && !first.lex.has('City') && !first.lex.has('Country') && !first.lex.has('Region') && !first.tags.has('Place');
    })
  );
}

/** The persons named in full whose surname, or a later part of the name, is this word. */
function personsBySurname(persons: Group[], word: string): Group[] {
  return persons.filter((p) =>
    [...p.keys].some((pk) => {
      const toks = tokensOf(pk);
      // the surname, or any later part of the name ("Lula" in "Luiz Inacio Lula da Silva"), not the
      // given name nor a father's name ("Hamad" in "Tamim bin Hamad Al Thani")
      return toks.slice(1).some((t, k) => !PATRONYMIC.has(toks[k]!) && sameWord(t, word, true));
    }),
  );
}

/** Persons: a short name joins the single full name it fits. */
function joinShortNames(c: Clusters, persons: Group[]): void {
  const isPerson = new Set(persons);
  for (const g of [...c.alive]) {
    if (isPerson.has(g)) continue;
    const strongOther = g.votes.organization >= 2.5 || g.votes.place >= 2.5;
    if (strongOther && g.votes.person === 0) continue;
    const ks = [...g.keys].map(tokensOf);
    const short = ks.every((k) => k.length === 1);
    if (!short) continue;
    const word = ks[0]![0]!;
    const fits = personsBySurname(persons, word);
    // "Kao Pei Chuan" ... "errors from Kao": a family name written first (Chinese, Korean, Vietnamese,
    // Hungarian order) stands for the full name, when it is a word no dictionary knows as anything else
    if (!fits.length && lexiconTags(word).length === 0 && g.votes.organization === 0) {
      // (no word of the full name a common word: "Delta" stands for Delta Air Lines as its first word)
      const family = persons.filter((p) => [...p.keys].some((pk) => tokensOf(pk).length === 3 && tokensOf(pk)[0] === word && !tokensOf(pk).some(isCommonWord)));
      if (family.length === 1) {
        absorb(c, family[0]!, g);
        family[0]!.votes.person += 1.5;
        continue;
      }
    }
    // "Sheikh Tamim", "Prince Faisal": a given name with a rank of nobility stands for the full name.
    if (!fits.length && mentionsOf(g).some((m) => m.styled)) {
      // (or a given name clipped, as people are called by their friends and papers: "Dr Dzul" for Dzulkefly)
      const given = persons.filter((p) => [...p.keys].some((pk) => tokensOf(pk)[0] === word));
      if (!given.length && word.length >= 4) given.push(...persons.filter((p) => [...p.keys].some((pk) => (tokensOf(pk)[0] ?? '').startsWith(word) && tokensOf(pk).length >= 2)));
      if (given.length === 1) fits.push(given[0]!);
    }
    // An unexplained full name becomes a person when a person-like short name joins it ("Yermak said").
    if (fits.length === 1 && (isPersonish(fits[0]!) || isPersonish(g))) absorb(c, fits[0]!, g);
    // News names a person in full once and by the surname after; an organisation is shortened by its
    // first word ("Goldman" for Goldman Sachs), a place not at all. So a name nothing else explains,
    // met again as its last word alone ("Yasser Arafat" ... "Arafat"), is a person's.
    else if (fits.length === 1 && unexplained(fits[0]!) && unexplained(g) && surnameOf(fits[0]!, word)) {
      const owner = fits[0]!;
      absorb(c, owner, g);
      owner.votes.person += 1.5;
    }
  }
}

/** The actor a group of mentions stands for, numbered `id`. */
function actorOfGroup(g: Group, id: number, sentences: Sentence[]): ExtractedActor {
  const voted = typeOf(g);
  const personNamed = voted === 'person' || (voted === 'other' && referredToAsPerson(mentionsOf(g), sentences));
  // ("the Galaxy S4, which ... its predecessor": no vote makes a model, a storm or an award someone)
  const type = personNamed && mentionsOf(g).some((m) => neverAPerson(m.name.split(/\s+/))) ? 'other' : personNamed ? 'person' : voted;
  const mentions = mentionsOf(g);
  const names = new Map<string, number>();
  for (const m of mentions) names.set(m.name, (names.get(m.name) ?? 0) + 1);
  const canonical = pickCanonical([...names.keys()], names, type, g.acronyms, g.nicknames);
  const aliases = [...new Set([...names.keys(), ...g.acronyms])].filter((n) => n !== canonical);
  const roles: Role[] = [];
  const seen = new Set<string>();
  for (const m of mentions)
    for (const r of m.roles) {
      const k = r.title.toLowerCase();
      if (seen.has(k)) continue;
      seen.add(k);
      roles.push({ title: r.title, organization: r.organization, sentenceIndex: m.sentenceIndex, sentence: sentences[m.sentenceIndex]?.text ?? '' });
    }
  const affiliations = [...new Set(roles.map((r) => r.organization).filter((o): o is string => Boolean(o)))];
  return {
    id,
    name: canonical,
    type,
    aliases,
    roles: type === 'person' ? roles : [],
    affiliations,
    mentions: [...new Set(mentions.map((m) => m.sentenceIndex))].sort((a, b) => a - b),
  };
}

export function clusterMentions(mentions: NameMention[], sentences: Sentence[]): Clustering {
  const c = groupByKey(mentions);
  joinNamesGiven(c, mentions);
  joinAcronyms(c);
  const longOrgs = longOrganizations(c);
  joinInitials(c, longOrgs);
  joinCorporateShortNames(c, longOrgs);
  joinFirstWordShortNames(c, longOrgs);
  const fullNames = fullNameGroups(c);
  // the words of each group's first key (a group's first key never changes), split once
  const firstWords = new Map(fullNames.map((g) => [g, tokensOf(g.keys.values().next().value!)]));
  joinFullSpellings(c, fullNames, firstWords);
  joinShortenedFromEnd(c, fullNames, firstWords);
  joinShortNames(c, fullNameGroups(c));

  const actorOf = new Map<NameMention, number>();
  const actors: ExtractedActor[] = [];
  for (const g of c.groups) {
    if (!c.alive.has(g)) continue;
    const actor = actorOfGroup(g, actors.length + 1, sentences);
    actors.push(actor);
    for (const m of mentionsOf(g)) actorOf.set(m, actor.id);
  }
  return { actors, actorOf };
}

function pickCanonical(names: string[], counts: Map<string, number>, type: ActorType, acronyms: Set<string>, nicknames: Set<string>): string {
  const score = (n: string) => {
    if (nicknames.has(n) && names.some((x) => !nicknames.has(x))) return -100;
    // (a hyphen between two words joins them as a space does: "Saint-Gobain" is as long a name as
    // "Saint Gobain", and the spelling the text uses most wins; a particle's hyphen, "Al-Masri", does not)
    const words = n.split(/\s+|(?<=\p{L}{3})-(?=\p{Lu}\p{L}{2})/u).filter(Boolean).length;
    const isAcronym = acronyms.has(n) || (n === n.toUpperCase() && n.length <= 7);
    const shouting = n.length > 3 && n === n.toUpperCase() && !acronyms.has(n);
    return (isAcronym ? -10 : 0) + (shouting ? -5 : 0) + words * 3 + (counts.get(n) ?? 0) * (type === 'person' ? 0.1 : 0.5);
  };
  return [...names].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0]!;
}

/** Titles held in a company, which a story about that company gives without naming it again. */
const COMPANY_TITLE = /^(?:(?:long-serving|outgoing|incoming|new|former|interim|acting|co-)\s*)*(?:chief \w+ officer|chief executive|ceo|cfo|coo|cto|chairman|chairwoman|chairperson|founder|co-founder|managing director|(?:executive |senior )?vice president of \w+(?: \w+)?|general counsel|treasurer)$/i;

/**
 * "Tesla also announced that Chief Financial Officer Deepak Ahuja is retiring": a company title
 * given with no company is held in the organisation its sentence names, when it names one and only
 * one; a title in a sentence naming none is held in the organisation the story is about, when one
 * stands out (named at least three times, twice as often as any other). A title naming its company
 * already ("Blackstone CEO") keeps what it has.
 */
export function placeCompanyTitles(actors: ExtractedActor[]): ExtractedActor[] {
  const orgs = actors.filter((a) => a.type === 'organization');
  const byMentions = [...orgs].sort((a, b) => b.mentions.length - a.mentions.length);
  const [top, second] = byMentions;
  const storyOrg = top && top.mentions.length >= 3 && top.mentions.length >= 2 * (second?.mentions.length ?? 0) ? top : null;
  const named = (title: string) => orgs.some((o) => [o.name, ...o.aliases].some((n) => title.toLowerCase().includes(n.toLowerCase())));
  return actors.map((a) => {
    if (a.type !== 'person' || !a.roles.some((r) => !r.organization && COMPANY_TITLE.test(r.title) && !named(r.title))) return a;
    const roles = a.roles.map((r) => {
      if (r.organization || !COMPANY_TITLE.test(r.title) || named(r.title)) return r;
      const inSentence = orgs.filter((o) => o.mentions.includes(r.sentenceIndex));
      const org = inSentence.length === 1 ? inSentence[0]! : inSentence.length === 0 ? storyOrg : null;
      return org ? { ...r, organization: org.name } : r;
    });
    return withRoles(a, roles);
  });
}

/** The actor with these roles, and the organisations they name among its affiliations. */
function withRoles(a: ExtractedActor, roles: Role[]): ExtractedActor {
  return { ...a, roles, affiliations: [...new Set([...a.affiliations, ...roles.map((r) => r.organization).filter((o): o is string => Boolean(o))])] };
}

/** A person (or a name not yet known as anything) named in a sentence, where the sentence names them. */
export interface PersonSpan {
  start: number;
  end: number;
  actorId: number;
}

// What may stand between a verb of succession and the name: an article, titles, an honorific
// ("replaced its embattled Chief Executive Dennis Muilenburg with Chairman David Calhoun").
const TITLE_RUN = String.raw`(?:(?:its|his|her|their|the|former|embattled|outgoing|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|[\p{Lu}][\p{L}’'-]*|of|for|and)\s+){0,8}`;
const PASSIVE_REPLACED = new RegExp(String.raw`^,?\s*(?:has|have|had)?\s*(?:been\s+|was\s+|were\s+|will\s+be\s+|is\s+to\s+be\s+|would\s+be\s+)replaced\s+(?:by|with)\s+${TITLE_RUN}$`, 'u');
const REPLACED_WITH = new RegExp(String.raw`^\s+with\s+${TITLE_RUN}$`, 'u');
const ONLY_TITLES = new RegExp(String.raw`^${TITLE_RUN}$`, 'u');
const SUCCEEDS = new RegExp(String.raw`^,?\s*(?:who\s+)?(?:replaced|replaces|will\s+replace|is\s+to\s+replace|succeeded|succeeds|will\s+succeed|is\s+to\s+succeed|took\s+over\s+from|takes\s+over\s+from|will\s+take\s+over\s+from)\s+${TITLE_RUN}$`, 'u');

/**
 * "Human Resource Minister V Sivakumar has been replaced by Steven Sim", "replaced its Chief
 * Executive Dennis Muilenburg with David Calhoun", "Hiroshi Kajiyama succeeds Isshu Sugawara", "He
 * will be replaced by Zach Kirkhorn": the successor takes up the offices the text gives the one
 * replaced (a title naming a tie, "wife of", is no office). "He" or "she" opening the sentence is
 * the person last named before it.
 */
export function inheritOffices(actors: ExtractedActor[], sentences: Sentence[], persons: PersonSpan[][]): ExtractedActor[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const gained = new Map<number, Role[]>();
  let last: number | null = null;
  sentences.forEach((s, idx) => {
    const here = persons[idx] ?? [];
    const pairs: [successor: number, predecessor: number][] = [];
    for (const b of here)
      for (const a of here) {
        if (a === b || a.actorId === b.actorId) continue;
        if (a.end <= b.start) {
          const between = s.text.slice(a.end, b.start);
          if (PASSIVE_REPLACED.test(between)) pairs.push([b.actorId, a.actorId]);
          // "replaced <A> with <B>": the verb before A, within a few words
          else if (REPLACED_WITH.test(between) && /\breplaced\s+(?:\S+\s+){0,6}$/.test(s.text.slice(0, a.start))) pairs.push([b.actorId, a.actorId]);
        } else if (b.end <= a.start && SUCCEEDS.test(s.text.slice(b.end, a.start))) pairs.push([b.actorId, a.actorId]);
      }
    // "named Chairman David Calhoun as his successor": the successor of the one named before
    for (const b of here) {
      if (!/^\s+as\s+(?:his|her)\s+successor\b/u.test(s.text.slice(b.end))) continue;
      const a = [...here].reverse().find((x) => x.end <= b.start && x.actorId !== b.actorId);
      if (a) pairs.push([b.actorId, a.actorId]);
    }
    const pronoun = /^\s*(?:He|She)\s+(?:has\s+been|was|will\s+be|is\s+to\s+be)\s+replaced\s+by\s+/u.exec(s.text);
    const first = here[0];
    if (pronoun && first && last !== null && last !== first.actorId && ONLY_TITLES.test(s.text.slice(pronoun[0].length, first.start))) pairs.push([first.actorId, last]);
    for (const [succ, pred] of pairs) {
      // (the one replaced is a person the text gives an office; the successor may be a name the text says nothing else of)
      if (byId.get(pred)?.type !== 'person') continue;
      const offices = (byId.get(pred)?.roles ?? []).filter((r) => !/\b(?:wife|husband|son|daughter|mother|father|brother|sister|widow|partner|lawyer|attorney|friend|resident|relative)\b/i.test(r.title));
      if (offices.length) gained.set(succ, [...(gained.get(succ) ?? []), ...offices.map((r) => ({ ...r, sentenceIndex: s.index, sentence: s.text }))]);
    }
    if (here.length) last = here[here.length - 1]!.actorId;
  });
  if (!gained.size) return actors;
  return actors.map((a) => {
    const more = (gained.get(a.id) ?? []).filter((r) => !a.roles.some((x) => x.title.toLowerCase() === r.title.toLowerCase()));
    if (!more.length || (a.type !== 'person' && a.type !== 'other')) return a;
    // (who takes up an office is a person: "Ama Mensah succeeds Karim Osei")
    return { ...withRoles(a, [...a.roles, ...more]), type: 'person' };
  });
}

// how a lead describes someone that is no office or trade: "A teenager was stabbed"
const NO_ROLE = /^(?:teen(?:ager)?|boy|girl|youth|child|baby|toddler|infant|pensioner|resident|local|person|people)$/i;

/**
 * "A miner was yesterday remanded to prison ...", then "Adrian John appeared ...": a lead that only
 * describes the one the next sentences name gives them that description as their role ("miner",
 * "former presidential candidate of Turkey's main opposition party"), from the lead's sentence.
 */
export function withLeadDescription(actors: ExtractedActor[], actorId: number, descriptions: string[], lead: { index: number; text: string }): ExtractedActor[] {
  const roles = descriptions.flatMap((d) => rolesFrom(d)).filter((r) => !NO_ROLE.test(r.title));
  if (!roles.length) return actors;
  return actors.map((a) => {
    if (a.id !== actorId) return a;
    const known = new Set(a.roles.map((r) => r.title.toLowerCase()));
    // (each title once: "a suspect" and "the suspect" describe one role)
    const added = roles.filter((r) => {
      const k = r.title.toLowerCase();
      if (known.has(k)) return false;
      known.add(k);
      return true;
    }).map((r) => ({ title: r.title, organization: r.organization, sentenceIndex: lead.index, sentence: lead.text }));
    return added.length ? withRoles(a, [...a.roles, ...added]) : a;
  });
}

/** A name placed in its sentence, with what kind of actor it is. */
export interface PlacedName {
  start: number;
  end: number;
  name: string;
  type: ActorType;
}

/**
 * "The MPLA won the polls ... Its candidate, Joao Lourenco, was declared the president-elect": a role
 * given with "its" is held in the organisation named last before it (in its sentence or the one
 * before), unless a place was named after that organisation ("Angola and its president").
 */
export function rolesOfIts(actors: ExtractedActor[], sentences: { index: number; text: string }[], names: PlacedName[][]): ExtractedActor[] {
  const at = new Map(sentences.map((s, k) => [s.index, k]));
  return actors.map((a) => {
    if (a.type !== 'person') return a;
    let changed = false;
    const roles = a.roles.map((r) => {
      const k = at.get(r.sentenceIndex);
      if (r.organization || k === undefined) return r;
      const escaped = r.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const its = new RegExp(String.raw`\bits\s+${escaped}\b`, 'i').exec(sentences[k]!.text);
      if (!its) return r;
      const before = [...(names[k - 1] ?? []), ...(names[k] ?? []).filter((n) => n.end <= its.index)].filter((n) => n.type !== 'person');
      const owner = before[before.length - 1];
      if (owner?.type !== 'organization') return r;
      changed = true;
      return { ...r, organization: owner.name };
    });
    return changed ? withRoles(a, roles) : a;
  });
}

/**
 * "Dr. Michael Ryan of the Cleveland Museum of Natural History", "Merrit Kennedy of NPR": the
 * organisation named right after a person with "of" is where they work.
 */
export function affiliationsByOf(actors: ExtractedActor[], sentences: { text: string }[], names: (PlacedName & { actorId: number })[][]): ExtractedActor[] {
  const found = new Map<number, string[]>();
  names.forEach((ns, k) => {
    const text = sentences[k]?.text ?? '';
    ns.forEach((n, j) => {
      const o = ns[j + 1];
      if (n.type !== 'person' || o?.type !== 'organization' || !/^\s+of\s+(?:the\s+)?$/.test(text.slice(n.end, o.start))) return;
      found.set(n.actorId, [...(found.get(n.actorId) ?? []), o.name]);
    });
  });
  return actors.map((a) => {
    const orgs = found.get(a.id);
    return orgs ? { ...a, affiliations: [...new Set([...a.affiliations, ...orgs])] } : a;
  });
}
