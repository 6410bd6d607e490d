// The extractor: one cleaned article in, its facts out (actors with roles and aliases, events
// with dates and places, quotes), every fact tied to the sentence that states it. Pure: no I/O.
import type { Article, ExtractedActor, ExtractedCredit, ExtractedEvent, ExtractedQuote, EventType, Extraction, Mention } from '../domain.ts';
import { nameKey } from '../search/keys.ts';
import { affiliationsByOf, clusterMentions, inheritOffices, placeCompanyTitles, rolesOfIts, withLeadDescription } from './actors.ts';
import { documentCasing, isShouted, restoreCase } from './casing.ts';
import { createDateResolver, type DateMention } from './dates.ts';
import { eventsInSentence, type PlacedMention, type SentenceContext } from './events.ts';
import { typePostSignatures, typeResultRows } from './layout.ts';
import { analyseSentence, type NameMention } from './mentions.ts';
import { closingQuote, embeddedPosts, openQuoteTail, quotesInSentence, type QuoteSpeaker } from './quotes.ts';
import { announcementIn, speechDate } from './statements.ts';
import { dateByInterval, dateBySameAct, dateByStoryDay, dateByVoteDay, stem, STORY_SENTENCES, storyDay, voteDay } from './story-day.ts';
import { isCommonWord, lexiconTags, withTaggedSentences, type Token } from './tokens.ts';
import { NEWS_AGENCIES, ORG_HEADS, ORG_NOUNS, OUTLET_WORDS } from './lexicon.ts';

export { formatFactDate, dateSortKey } from './dates.ts';

/**
 * The place line that opens wire copy: "BENGHAZI, LIBYA –", "KHARTOUM, Sudan (AP) —",
 * "ISTANBUL/KYIV, Nov 13 (Reuters) -", "PARIS, March 7 (Reuters) -", "NEW YORK, Feb. 10, 2023
 * /PRNewswire/ --". The first place is shouted. A dateline may also give the date alone:
 * "Feb 10 (Reuters) -".
 */
const DATELINE_RE = /^(\p{Lu}[\p{Lu}.'’ /-]*\p{Lu})((?:,\s*(?:[\p{L}][\p{L}.'’ ]*?(?:\s+\d{1,2})?|\d{4}))*)\s*(?:\([^)]{1,30}\)\s*|\/[^/]{1,30}\/\s*)?[–—-]{1,2}\s+/u;
// (wire copy also runs the date straight into the lead: "Oct 5 Medical equipment supplier Becton Dickinson ...")
const DATE_ONLY_DATELINE_RE = /^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)(?:\s*\([^)]{1,30}\)\s*[–—-]{1,2}\s+|\s+(?=\p{Lu}\p{Ll}))/u;
// "CHARLOTTE, N.C., June 3 The former Charlotte mayor ...": the credit and dash dropped, the date run into the lead
const RUN_IN_DATELINE_RE = /^(\p{Lu}[\p{Lu}.'’ /-]*\p{Lu})((?:,\s*[\p{L}][\p{L}.'’ ]*?)*,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s+(?=\p{Lu}\p{Ll})/u;
const CREDIT_ONLY_DATELINE_RE = /^\((?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*){0,3}\)\s*(?:[–—-]{1,2}|:)\s+/u;
// "Cape Canaveral, Florida - Three astronauts ...": a dateline in ordinary case, trusted only when
// the part after the comma is a place the lexicon knows (a state, a country)
const MIXED_DATELINE_RE = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}),\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s*(?:\([^)]{1,30}\)\s*)?\s[–—-]{1,2}\s+(?=\p{Lu})/u;
const MONTH_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?$/i;

function titleCase(s: string): string {
  // ("N.C.", "D.C.": initials stay as they are)
  if (/^(?:\p{Lu}\.)+$/u.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

interface Dateline {
  places: { name: string; start: number; end: number }[];
  /** The date the dateline gives ("March 7", "Feb. 10, 2023"), as written. */
  date: string | null;
  length: number;
  /** The news service credited in it ("(Reuters)", "(AP)"): an organisation the story names. */
  credit?: { name: string; start: number; end: number } | null;
}

/** The credit in brackets inside a dateline's first `length` characters: a name, not "(updated)". */
function creditIn(sentence: string, length: number): Dateline['credit'] {
  const m = /\((\p{Lu}[\p{L}\d.&' -]{0,28})\)/u.exec(sentence.slice(0, length));
  return m ? { name: m[1]!.trim(), start: m.index + 1, end: m.index + 1 + m[1]!.length } : null;
}

/** A name the dateline gives, as a mention of its sentence. */
function datelineMention(at: { name: string; start: number; end: number }, type: 'place' | 'organization', sentenceIndex: number) {
  return { sentenceIndex, start: at.start, end: at.end, name: at.name, tokens: analyseSentence(at.name, sentenceIndex).tokens, type, confidence: 2, roles: [], acronym: null, possessive: false, speaks: false };
}

/** The dateline with its credit. */
function withCredit(sentence: string, d: Dateline | null): Dateline | null {
  return d ? { ...d, credit: creditIn(sentence, d.length) } : null;
}

function creditOpening(sentence: string): Dateline | null {
  const credit = CREDIT_ONLY_DATELINE_RE.exec(sentence);
  return credit ? { places: [], date: null, length: credit[0].length } : null;
}

function dateline(sentence: string): Dateline | null {
  // ("(AP) — A father in Arizona ...": the place lost from the page, the credit left)
  const creditOnly = creditOpening(sentence);
  if (creditOnly) return creditOnly;
  const dateOnly = DATE_ONLY_DATELINE_RE.exec(sentence);
  if (dateOnly) return { places: [], date: dateOnly[1]!, length: dateOnly[0].length };
  const m = DATELINE_RE.exec(sentence) ?? RUN_IN_DATELINE_RE.exec(sentence);
  if (!m) {
    const mixed = MIXED_DATELINE_RE.exec(sentence);
    if (!mixed || !lexiconTags(mixed[2]!.toLowerCase()).some((t) => /^(?:Country|Region|Place|City)$/.test(t))) return null;
    const second = sentence.indexOf(mixed[2]!, mixed[1]!.length);
    return {
      places: [
        { name: mixed[1]!, start: 0, end: mixed[1]!.length },
        { name: mixed[2]!, start: second, end: second + mixed[2]!.length },
      ],
      date: null,
      length: mixed[0].length,
    };
  }
  // "SOCCER - JAPAN GET LUCKY WIN": a headline's kicker before more shouting, not a dateline;
  // nor "PRESS DIGEST - ...", "MARKET REPORT - ...": a kicker of common words
  if (isShouted(sentence.slice(m[0].length))) return null;
  if (m[1]!.split(/[\s/-]+/).every((w) => isCommonWord(w.toLowerCase()))) return null;
  const places: Dateline['places'] = [];
  const parts = [...m[1]!.split('/'), ...m[2]!.split(',').slice(1)];
  let date: string | null = null;
  let offset = 0;
  for (const part of parts) {
    const raw = part.trim();
    if (MONTH_RE.test(raw)) {
      date = raw;
      continue;
    }
    if (/^\d{4}$/.test(raw)) {
      if (date) date = `${date}, ${raw}`;
      continue;
    }
    if (!raw || /^\d/.test(raw)) continue;
    const at = sentence.indexOf(raw, offset);
    if (at < 0) continue;
    places.push({ name: raw === raw.toUpperCase() ? titleCase(raw) : raw, start: at, end: at + raw.length });
    offset = at + raw.length;
  }
  return places.length || date ? { places, date, length: m[0].length } : null;
}

interface Analysed {
  tokens: Token[];
  mentions: NameMention[];
  dates: DateMention[];
  datelinePlace: string | null;
  datelineEnd: number;
}

/** Offices whose holders news quotes as its sources on crime and courts. */
// (not "officer" or "deputy" alone: a chief financial officer or a deputy minister is news himself)
const SOURCE_ROLES = /\b(?:detective|police|superintendent|inspector|sergeant|constable|spokes(?:man|woman|person)|prosecutor|investigator|coroner|sheriff)\b/i;

/** The person is named here only as who says it, and holds only a source's office. */
function sourceOnly(sentence: string, p: PlacedMention, roles: string[]): boolean {
  if (!roles.length || !roles.every((r) => SOURCE_ROLES.test(r))) return false;
  const after = sentence.slice(p.end, p.end + 40);
  const before = sentence.slice(Math.max(0, p.start - 30), p.start);
  return /^[\s,]*(?:\w+\s+){0,2}?(?:said|says|told|tells|added|explained|confirmed|stated)\b/.test(after) || /\b(?:said|says|told|according to)\s+(?:[\p{L}.]+\s+){0,3}$/u.test(before);
}

/** A person described, not named: "the man", "a 30-year-old woman", "the suspect". */
const UNNAMED_PERSON = /\b(?:the|a|an)\s+(?:\d+-year-old\s+)?(?:young\s+|local\s+)?(?:man|woman|boy|girl|teenager|suspect|victim|accused|driver|passenger|gunman|attacker|\d+-year-old)\b/i;

/** The sentence's first person speaks ("X said ...") of someone unnamed. */
function reportsOnSomeoneElse(sentence: string, first: PlacedMention): boolean {
  const after = sentence.slice(first.end);
  const said = /^[^.;]{0,60}?\b(?:said|says|told|added|explained|confirmed)\b/.exec(after);
  return !!said && UNNAMED_PERSON.test(after.slice(said.index + said[0].length));
}

/** How many sentences a quotation may run before its close names the speaker. */
const MAX_OPEN_RUN = 6;

/**
 * Which rules built a database's facts. Change it whenever the rules change what they extract:
 * an index built by other rules is extracted again from its stored articles when briefbot opens it.
 */
/** Roles that name a person by their tie to someone else: the described one is that someone. */
const KIN_OR_COUNSEL =
  /^(?:(?:step|grand|great-grand)?(?:father|mother|son|daughter|parent)|brother|sister|wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|uncle|aunt|cousin|nephew|niece|widow|widower|friend|neighbou?r|lawyer|attorney|solicitor|barrister|counsel)$/i;

export const EXTRACTOR_VERSION = '2026-12-09.24';

export function extract(article: Pick<Article, 'sentences' | 'published' | 'credits'>): Extraction {
  const lead = article.sentences[0] ? withCredit(article.sentences[0].text, dateline(article.sentences[0].text)) : null;
  // ("BULLHEAD CITY, Ariz." | "(AP) — A father ...": a credit opens the sentence after a dateline split off)
  const second = article.sentences[1] ? withCredit(article.sentences[1].text, creditOpening(article.sentences[1].text)) : null;
  const datelineOf = (idx: number): Dateline | null => (idx === 0 ? lead : idx === 1 ? second : null);
  const resolver = createDateResolver(article.published, lead?.date ?? null);
  // How the article writes its words settles sentence openers and text set in capitals.
  const casing = documentCasing(article.sentences.map((s) => s.text));
  const bodies = article.sentences.map((s, idx) => {
    const dl = datelineOf(idx);
    // Mask the dateline so its shouted words are not read as names a second time.
    const masked = dl ? ' '.repeat(dl.length) + s.text.slice(dl.length) : s.text;
    // A sentence set in capitals is read in the article's own casing (same offsets).
    return restoreCase(masked, casing);
  });
  // Every sentence's dates, in order (the resolver carries the story's time from one to the next),
  // before any name rule: chrono and the date patterns then run back to back with their code and
  // tables warm in the processor's caches, not each squeezed between compromise's passes.
  const dates = article.sentences.map((s) => resolver.resolve(s.text));
  // (the dateline's place names and credit are read as names of their own: tagged with the
  // sentences, not by a compromise run apiece)
  const datelineNames = [...(lead?.places.map((p) => p.name) ?? []), ...[lead?.credit?.name, second?.credit?.name].filter((n): n is string => !!n)];
  const analysed: Analysed[] = withTaggedSentences([...bodies, ...datelineNames], () => article.sentences.map((s, idx) => {
    const dl = datelineOf(idx);
    const { tokens, mentions } = analyseSentence(bodies[idx]!, s.index, { casing });
    // (the service credited is an organisation the story names; the dateline's names take no part in its events)
    if (dl?.credit) mentions.unshift(datelineMention(dl.credit, 'organization', s.index));
    for (const p of dl?.places ?? []) mentions.unshift(datelineMention(p, 'place', s.index));
    return { tokens, mentions, dates: dates[idx]!, datelinePlace: dl?.places[0]?.name ?? null, datelineEnd: dl?.length ?? 0 };
  }));

  typeResultRows(article.sentences.map((s) => s.text), analysed.map((a) => a.mentions));
  typePostSignatures(article.sentences.map((s) => s.text), analysed.map((a) => a.mentions));
  const allMentions = analysed.flatMap((a) => a.mentions);
  const clustered = clusterMentions(allMentions, article.sentences);
  const { actorOf } = clustered;
  const names = analysed.map((a) =>
    a.mentions.flatMap((m) => {
      const id = actorOf.get(m);
      const actor = id === undefined ? undefined : clustered.actors[id - 1];
      return actor ? [{ start: m.start, end: m.end, actorId: actor.id, name: actor.name, type: actor.type }] : [];
    }),
  );
  const persons = names.map((ns) => ns.filter((n) => n.type === 'person' || n.type === 'other'));
  const actors = affiliationsByOf(rolesOfIts(inheritOffices(placeCompanyTitles(clustered.actors), article.sentences, persons), article.sentences, names), article.sentences, names);
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const titlesOf = (id: number): string[] => actorById.get(id)?.roles.map((r) => r.title) ?? [];

  const placed = (ms: NameMention[]): PlacedMention[] =>
    ms.flatMap((m) => {
      const id = actorOf.get(m);
      const actor = id === undefined ? undefined : actorById.get(id);
      if (!actor) return [];
      return [{ start: m.start, end: m.end, name: actor.name, actorId: actor.id, type: actor.type, possessive: m.possessive }];
    });

  const events: ExtractedEvent[] = [];
  const quotes: ExtractedQuote[] = [];
  let lastPerson: PlacedMention | null = null;
  let lastOrg: PlacedMention | null = null;
  let lastOrgAt = -1;
  let recentOrgs: PlacedMention[] = [];
  let recent: PlacedMention[] = [];
  const recentPersons: QuoteSpeaker[] = [];
  let previousSpeaker: PlacedMention | null = null;
  let leaving: PlacedMention | null = null;
  let lastMeeting: ExtractedEvent | null = null;
  /** The person the text last told accused, charged, arrested or in court: whom "the defendant" means. */
  let accused: PlacedMention | null = null;
  // the sentences of a quotation opened and not yet closed, waiting for the speaker its close names
  let openRun: ExtractedQuote[] = [];
  // the person the sentences after the lead name first as a subject, for a lead that only describes them
  // (not a detective quoted on the case: the man charged is someone else; nor "his father, X", named
  // by a tie to someone, unless the lead itself speaks of a father)
  const leadText = article.sentences[0]?.text.toLowerCase() ?? '';
  const tiedToAnother = (id: number) => {
    const titles = titlesOf(id);
    return titles.length > 0 && titles.every((t) => KIN_OR_COUNSEL.test(t) && !leadText.includes(t.toLowerCase()));
  };
  const leadPerson =
    analysed
      .slice(1, 3)
      .flatMap((a, k) => placed(a.mentions).filter((m) => m.type === 'person' && !m.possessive && !sourceOnly(article.sentences[k + 1]!.text, m, titlesOf(m.actorId)) && !tiedToAnother(m.actorId)))[0] ?? null;
  // what the lead calls the person it describes ("A miner"), when the next sentences name them
  let leadDescriptions: string[] = [];
  // the people the article gives each role noun to ("astronaut" -> the three "NASA astronaut X"), each once
  const firstMention = new Map<number, PlacedMention>();
  for (const a of analysed) for (const m of placed(a.mentions)) if (m.type === 'person' && !m.possessive && !firstMention.has(m.actorId)) firstMention.set(m.actorId, m);
  const holders = (noun: string): PlacedMention[] =>
    [...firstMention.values()].filter((m) => titlesOf(m.actorId).some((t) => t.toLowerCase().split(/\s+/).pop() === noun));
  article.sentences.forEach((s, idx) => {
    const a = analysed[idx]!;
    const mentions = placed(a.mentions);
    // ("The presidential decree named X. It also appointed Y": "it" is the thing the sentence before
    // opened with, not an organisation named further back)
    const itIsAThing = idx > 0 && opensWithThing(analysed[idx - 1]!.tokens) && /^\s*It\b/.test(s.text);
    const ctx: SentenceContext = { sentence: s.text, sentenceIndex: s.index, tokens: a.tokens, mentions, dates: a.dates, datelinePlace: a.datelinePlace, datelineEnd: a.datelineEnd, lastPerson, lastOrg: itIsAThing || idx - lastOrgAt > ORG_REACH ? null : lastOrg, recentOrgs, recentPersons: recent, leadPerson: idx === 0 ? leadPerson : null, leadRoles: idx === 0 && leadPerson ? titlesOf(leadPerson.actorId) : [], leaving, lastMeeting, holders, accused, titlesOf };
    const sentenceEvents = eventsInSentence(ctx);
    for (const e of sentenceEvents) {
      const charged = ACCUSED_IN.has(e.type) ? e.participants.find((p) => p.part === 'subject' && mentions.some((m) => m.actorId === p.actorId && m.type === 'person')) : undefined;
      if (charged) accused = personOutside(charged);
      const who = LEAVING.has(e.type) && e.tense !== 'ahead' ? e.participants.find((p) => p.part !== 'other' && mentions.some((m) => m.actorId === p.actorId && (m.type === 'person' || m.type === 'other'))) : undefined;
      if (who) leaving = personOutside(who);
      // (undated in the lead, a meeting is the day's: the story's day dates it, and what was signed there)
      if (MEETINGS.has(e.type) && e.participants.length >= 2 && (e.date.start || (e.date.precision === 'unknown' && idx < STORY_SENTENCES)) && e.tense !== 'ahead') lastMeeting = e;
    }
    if (idx === 0) leadDescriptions = ctx.leadDescriptions ?? [];
    const qctx = { sentence: s.text, sentenceIndex: s.index, mentions, recentPersons, previousSpeaker };
    const found = quotesInSentence(qctx);
    events.push(...sentenceEvents);
    // A quotation running over sentences: what it says before its close is the closing speaker's.
    if (openRun.length) {
      const closing = closingQuote(qctx);
      const continued = /^\s*“/.test(s.text) || !/[“”"]/.test(s.text);
      if (closing) {
        found.unshift({ words: closing.words, speaker: closing.speaker?.name ?? null, speakerId: closing.speaker?.actorId ?? null, sentenceIndex: s.index, sentence: s.text });
      } else if (!continued || openRun.length >= MAX_OPEN_RUN) {
        openRun = [];
      } else if (!/[“”"]/.test(s.text)) {
        openRun.push({ words: s.text.trim(), speaker: null, speakerId: null, sentenceIndex: s.index, sentence: s.text });
      }
      const closer = closing ? found[0] : found.find((q) => q.speakerId !== null && /^\s*“/.test(s.text));
      if (closer?.speakerId != null) {
        quotes.push(...openRun.map((q) => ({ ...q, speaker: closer.speaker, speakerId: closer.speakerId })));
        openRun = [];
      }
    }
    const opened = openQuoteTail(s.text);
    if (opened) openRun.push({ words: opened, speaker: null, speakerId: null, sentenceIndex: s.index, sentence: s.text });
    // speech given through a public medium on a day the text gives is an announcement, unless the
    // sentence already reports what the speaker did
    const announced = announcementIn(qctx, a.dates);
    if (announced && !sentenceEvents.some((e) => e.participants.some((p) => p.actorId === announced.participants[0]!.actorId && p.part === 'agent'))) events.push(announced);
    const said = found.length ? speechDate(s.text, a.dates) : null;
    quotes.push(...(said ? found.map((q) => ({ ...q, date: said })) : found));
    const lastQuote = found[found.length - 1];
    // a quote-only sentence next continues this sentence's last attributed speaker, or no one
    // (who may be named in an earlier sentence: “...,” he said.)
    previousSpeaker = lastQuote?.speakerId
      ? mentions.find((m) => m.actorId === lastQuote.speakerId) ?? [...recentPersons].reverse().find((r) => r.mention.actorId === lastQuote.speakerId)?.mention ?? previousSpeaker
      : null;
    const persons = mentions.filter((m) => m.type === 'person');
    // The subject of a sentence is who "he" and "she" point to next: its first person; but when that
    // person only reports what befell someone unnamed ("Det Sgt Wade said the man was stabbed"),
    // "he" next is that someone, whom no name stands for.
    // A detective or a spokesman quoted is the story's source, not its subject: the "he" who is
    // charged or appears in court next is someone else.
    const subjects = persons.filter((p) => !sourceOnly(s.text, p, titlesOf(p.actorId)));
    // (not a person inside an opening phrase: "Playing with Rory McIlroy in their pairing, the
    // top-ranked Koepka closed with a 65. He finished at 16 under" is Koepka's)
    const opener = OPENING_PHRASE.exec(s.text);
    const main = opener ? subjects.find((p) => p.start >= opener[0].length) : undefined;
    if (subjects.length) lastPerson = main ?? (reportsOnSomeoneElse(s.text, subjects[0]!) ? null : subjects[0]!);
    // the people named so far, latest first, each once
    recent = [...[...subjects].reverse(), ...recent.filter((r) => !subjects.some((p) => p.actorId === r.actorId))].slice(0, 8);
    // (not the source told after the news, ", reported state TV": "It also appointed" next is not the TV)
    const orgs = mentions.filter((m) => m.type === 'organization' && !m.possessive && !NEWS_AGENCIES.has(m.name.toLowerCase()) && !/(?:,\s*(?:reported|reports|said|says|according\s+to)|\baccording\s+to)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$/u.test(s.text.slice(0, m.start)));
    if (orgs.length) [lastOrg, lastOrgAt] = [orgs[0]!, idx];
    recentOrgs = [...[...orgs].reverse(), ...recentOrgs.filter((r) => !orgs.some((o) => o.actorId === r.actorId))].slice(0, 12);
    for (const p of [...persons].reverse()) recentPersons.push({ mention: p, roles: titlesOf(p.actorId) });
  });

  const mentions: Mention[] = [];
  article.sentences.forEach((s, idx) => {
    const a = analysed[idx]!;
    for (const m of a.mentions) {
      const id = actorOf.get(m);
      const actor = id === undefined ? undefined : actorById.get(id);
      mentions.push({ text: s.text.slice(m.start, m.end), start: s.start + m.start, end: s.start + m.end, type: actor?.type ?? m.type, sentenceIndex: s.index, ...(actor ? { actorId: actor.id } : {}) });
    }
    for (const d of a.dates) mentions.push({ text: d.text, start: s.start + d.start, end: s.start + d.end, type: 'date', sentenceIndex: s.index });
  });
  mentions.sort((x, y) => x.start - y.start);

  const signerOf = (k: number) => {
    const m = analysed[k]!.mentions[0];
    const id = m ? actorOf.get(m) : undefined;
    return id === undefined ? undefined : actorById.get(id);
  };
  const posts = embeddedPosts(article.sentences, signerOf, (k) => analysed[k]!.dates.find((d) => d.date.start)?.date ?? null, quotes);
  quotes.push(...posts);
  // A post embedded with its signature and day is said in public, on that day: an announcement,
  // as "X said in a tweet" is
  for (const p of posts) {
    if (p.speakerId === null || !p.date || p.date.precision !== 'day') continue;
    events.push({ type: 'announce', tense: 'past', summary: `${p.speaker} posted on social media`, trigger: 'posted', participants: [{ actorId: p.speakerId, name: p.speaker!, part: 'agent' }], place: null, date: p.date, sentenceIndex: p.sentenceIndex, sentence: p.sentence });
  }
  const credits = creditActors(article, actors);
  // (the day the dateline names, which the resolver worked out when it was made)
  const filed = resolver.filed;
  const texts = article.sentences.map((s) => s.text);
  const datesBySentence = analysed.map((a) => a.dates);
  const day = storyDay(article.published, filed, datesBySentence, texts);
  const described = leadPerson ? withLeadDescription(actors, leadPerson.actorId, leadDescriptions, article.sentences[0]!) : actors;
  return { mentions, actors: described, events: dedupeEvents(strikersUnion(actors, carriedAboard(dateByInterval(dateByStoryDay(dateBySameAct(dateByVoteDay(events, voteDay(events, texts, datesBySentence, filed ?? article.published))), texts, datesBySentence, day)), texts, (idx) => placed(analysed[idx]!.mentions)))), quotes, credits, dates: analysed.flatMap((a, idx) => a.dates.filter((d) => d.date.start).map((d) => ({ sentenceIndex: article.sentences[idx]!.index, date: d.date }))) };
}

/**
 * The article's bylines and credit lines as person actors (the same person when the story also
 * names them), each cited by its line, numbered after the last sentence so it cites like one.
 */
function creditActors(article: Pick<Article, 'sentences' | 'credits'>, actors: ExtractedActor[]): ExtractedCredit[] {
  const out: ExtractedCredit[] = [];
  const lines = new Map<string, number>();
  for (const c of article.credits ?? []) {
    if (!lines.has(c.line)) lines.set(c.line, article.sentences.length + lines.size);
    // ("by SaharaReporters, New York Sep 17, 2019": the place a byline was filed from credits no one)
    if (lexiconTags(c.name.toLowerCase()).some((t) => /^(?:Place|City|Country|Region)$/.test(t))) continue;
    const key = nameKey(c.name);
    // ("By Express News Service", "By Vatican News": a byline may credit the outlet or its desk)
    const type = NEWS_AGENCIES.has(c.name.toLowerCase()) || OUTLET_WORDS.has(c.name.split(/\s+/).pop()!.toLowerCase()) ? 'organization' : 'person';
    let actor = actors.find((a) => a.type === type && [a.name, ...a.aliases].some((n) => nameKey(n) === key));
    if (!actor) {
      actor = { id: Math.max(0, ...actors.map((a) => a.id)) + 1, name: c.name, type, aliases: [], roles: [], affiliations: [], mentions: [] };
      actors.push(actor);
    }
    if (!out.some((o) => o.actorId === actor!.id && o.role === c.role)) out.push({ actorId: actor.id, role: c.role, sentenceIndex: lines.get(c.line)!, line: c.line });
  }
  return out;
}

const MEETINGS = new Set<EventType>(['talks', 'meet', 'visit']);

// the people a union is named after: "Chicago Teachers Union", "Minnesota Nurses Association", "Mineworkers Union"
const MEMBERS = /\b(teachers|nurses|workers|employees|miners|doctors|drivers|pilots|dockers|staff|farmers|journalists)\b/i;
const UNION_HEADS = /\b(?:union|association|federation|guild|congress|confederation|alliance)\b/i;

/**
 * "Chicago teachers went on strike": a strike told of the members, in an article that names their
 * union ("the Chicago Teachers Union"), is the union's, as labour news means it.
 */
function strikersUnion(actors: ExtractedActor[], events: ExtractedEvent[]): ExtractedEvent[] {
  return events.map((e) => {
    if (e.type !== 'protest' || e.participants.length || !/\b(?:went on strike|walked out)\b/.test(e.summary)) return e;
    const members = MEMBERS.exec(e.summary.split(/\s+(?:went on strike|walked out)\b/)[0] ?? '')?.[1]?.toLowerCase();
    if (!members) return e;
    const union = actors.find((a) => a.type === 'organization' && UNION_HEADS.test(a.name) && a.name.toLowerCase().split(/\s+/).some((w) => w === members || w.endsWith(members)));
    return union ? { ...e, participants: [{ actorId: union.id, name: union.name, part: 'agent' }] } : e;
  });
}
// "The plane was carrying members of the Alexandrov Ensemble": a vehicle told as carrying named people
const CARRYING = /^\s*(?:The|That|This)\s+(?:[\p{L}\d-]+\s+){0,2}(?:plane|jet|aircraft|airliner|flight|helicopter|bus|train|ship|ferry|boat|vessel)\s+(?:was|had\s+been)\s+carrying\b/u;

/**
 * A crash and, in the next sentences, the vehicle "was carrying" named people or groups: those
 * aboard are part of the crash the text just told.
 */
function carriedAboard(events: ExtractedEvent[], texts: string[], mentionsOf: (idx: number) => PlacedMention[]): ExtractedEvent[] {
  const out = [...events];
  texts.forEach((text, idx) => {
    const carrying = CARRYING.exec(text);
    if (!carrying) return;
    const k = out.map((e, n) => [e, n] as const).filter(([e]) => e.type === 'crash' && e.sentenceIndex < idx && idx - e.sentenceIndex <= 3).pop()?.[1];
    if (k === undefined) return;
    const crash = out[k]!;
    const aboard = mentionsOf(idx).filter((m, n, all) => m.start >= carrying[0].length && (m.type === 'person' || m.type === 'organization') && !crash.participants.some((p) => p.actorId === m.actorId) && all.findIndex((o) => o.actorId === m.actorId) === n);
    if (aboard.length) out[k] = { ...crash, participants: [...crash.participants, ...aboard.map((m) => ({ actorId: m.actorId, name: m.name, part: 'other' as const }))] };
  });
  return out;
}

/** A person an earlier sentence told, as a mention placed in no sentence of its own. */
function personOutside(p: { name: string; actorId: number }): PlacedMention {
  return { start: -1, end: -1, name: p.name, actorId: p.actorId, type: 'person', possessive: false };
}

/** Events by which a person leaves a post, for "he will be replaced by X". */
const LEAVING = new Set<EventType>(['resign', 'dismiss', 'die']);
/** Events whose subject is then "the defendant", "the accused", "the suspect". */
const ACCUSED_IN = new Set<EventType>(['accuse', 'charge', 'arrest', 'appear', 'remand', 'convict', 'sentence']);

/** How many sentences on "it" and "the company" still stand for the organisation last named. */
const ORG_REACH = 4;

/** A sentence whose subject is a thing described, not a body: "The presidential decree named ...". */
function opensWithThing(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  if (words[0]?.lower !== 'the') return false;
  let k = 1;
  while (k < Math.min(words.length, 5) && !words[k]!.cap && !(words[k]!.tags.has('Verb') && !words[k]!.tags.has('Noun') && (words[k]!.tags.has('PastTense') || words[k]!.tags.has('PresentTense')))) k++;
  const head = words[k - 1];
  const verb = words[k];
  return k >= 2 && !!head && !!verb && !verb.cap && verb.tags.has('Verb') && !ORG_NOUNS.has(head.lower) && !ORG_HEADS.has(head.lower) && !head.tags.has('Pronoun');
}

/** A participle or prepositional phrase that opens a sentence, up to its comma: "Playing with X in ...,". */
const OPENING_PHRASE = /^\s*(?:\p{Lu}\p{Ll}+ing|After|Before|Despite|With|Without|Unlike|Like|Following|Alongside|Along with|Beside|Besides|Against)\b[^,;“”"]{0,120},/u;

const PRECISION_RANK = { day: 5, month: 4, 'part-of-year': 3, year: 2, relative: 1, unknown: 0 } as const;

/**
 * News retells: "Almasri's release" three paragraphs after "released Almasri". One event per
 * type and set of people it happened to, keeping the most precisely dated telling.
 */
const undergone = (x: ExtractedEvent): boolean => x.participants.some((p) => p.part === 'subject');

function dedupeEvents(events: ExtractedEvent[]): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  // What happened to whom: the subjects, or for meetings and talks everyone in them.
  const key = (x: ExtractedEvent) =>
    x.participants
      .filter((p) => (x.participants.some((q) => q.part === 'subject') ? p.part === 'subject' : p.part !== 'other'))
      .map((p) => p.actorId)
      .sort((a, b) => a - b)
      .join(',');
  // each kept event's key, worked out once (out[i]'s key is keys[i])
  const keys: string[] = [];
  for (const e of events) {
    const k = key(e);
    const twin = out.findIndex(
      (o, i) =>
        o.type === e.type &&
        // what someone said in one sentence is not a retelling of what they said in another
        (e.type !== 'statement' || o.sentenceIndex === e.sentenceIndex) &&
        // ("Motorola reported earnings. Motorola's stock fell": two acts the lists have no kind for, told in
        // two sentences, are two events; one sentence's run of them, "trailed 2-0 and then took a lead as
        // she stamped her control", stays one)
        (e.type !== 'other' || o.sentenceIndex === e.sentenceIndex || stem(o.trigger) === stem(e.trigger)) &&
        // (but in one sentence, what befell a company and what it did are two: "Twitter stock rose after
        // the company posted strong earnings")
        (e.type !== 'other' || stem(o.trigger) === stem(e.trigger) || undergone(o) === undergone(e)) &&
        keys[i] === k &&
        k !== '' &&
        (o.date.start === e.date.start || !o.date.start || !e.date.start) &&
        (o.place === e.place || !o.place || !e.place),
    );
    if (twin < 0) {
      out.push(e);
      keys.push(k);
      continue;
    }
    const o = out[twin]!;
    const better =
      PRECISION_RANK[e.date.precision] > PRECISION_RANK[o.date.precision] ||
      (PRECISION_RANK[e.date.precision] === PRECISION_RANK[o.date.precision] && e.participants.length > o.participants.length);
    if (better) out[twin] = { ...e, participants: mergeParticipants(e, o) };
    else out[twin] = { ...o, participants: mergeParticipants(o, e) };
    keys[twin] = key(out[twin]!);
  }
  return out;
}

/** A retelling may name who did it ("the Court decided for Almasri's release"); bystanders stay with their telling. */
function mergeParticipants(keep: ExtractedEvent, other: ExtractedEvent): ExtractedEvent['participants'] {
  const out = [...keep.participants];
  for (const p of other.participants) if (p.part !== 'other' && !out.some((q) => q.actorId === p.actorId)) out.push(p);
  return out;
}
