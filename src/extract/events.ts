// Events in one sentence: a trigger word ("arrested", "release", "met", "investigation"), who
// did it (agent), to whom (subject), who else took part, where and when. Participants are found
// by the shapes news English uses: "X was arrested by Y", "Y released X", "X's release",
// "an investigation ... against A, B and C", "X met with Y in Z".
import type { ActorType, EventType, ExtractedEvent, FactDate, Participant, ParticipantPart } from '../domain.ts';
import type { DateMention } from './dates.ts';
import { CLAUSE_WORDS, DETERMINERS, TITLE_WORDS, isRoleWord, triggerFor, type TriggerRule } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** A name mention placed in its sentence, with the actor it belongs to. */
export interface PlacedMention {
  start: number;
  end: number;
  name: string;
  actorId: number;
  type: ActorType;
  possessive: boolean;
}

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'gets']);
const BOUNDARY = new Set([';', '“', '”', '"', ':']);
/** Prepositions after which a name is not the subject of the clause. */
const OBLIQUE = new Set(['of', 'in', 'to', 'from', 'with', 'against', 'at', 'for', 'on', 'into', 'by', 'about', 'between', 'among', 'under', 'over']);
/** Event types whose grammatical object is the one it happens to (a "subject" participant). */
const DONE_TO = new Set<EventType>(['arrest', 'release', 'expel', 'investigate', 'accuse', 'charge', 'kidnap', 'kill', 'attack', 'appoint', 'sentence', 'deny', 'complaint', 'free']);
/** Events between equals: the other side is "other", not "subject". */
const MUTUAL = new Set<EventType>(['meet', 'talks', 'sign', 'visit']);
/** Light verbs that let a noun trigger take the name before it as its agent ("X filed a complaint"). */
const LIGHT_VERBS = new Set(
  'held hold holds holding filed files file opened opens open launched launches launch signed signs sign reached reaches reach issued issues issue made makes make began begins begin started starts start announced concluded concludes conducted ordered orders order demanded demands requested requests'.split(' '),
);
const SUMMARY_VERB: Record<EventType, string> = {
  arrest: 'arrested',
  release: 'released',
  meet: 'met',
  talks: 'held talks with',
  visit: 'visited',
  expel: 'expelled',
  investigate: 'investigated',
  complaint: 'filed a complaint against',
  accuse: 'accused',
  charge: 'charged',
  kidnap: 'kidnapped',
  free: 'freed',
  statement: 'issued a statement',
  sign: 'signed an agreement with',
  attack: 'attacked',
  kill: 'killed',
  deny: 'denied',
  resign: 'resigned',
  appoint: 'appointed',
  elect: 'won an election',
  sentence: 'sentenced',
  protest: 'protested',
  payment: 'paid',
  other: 'was involved with',
};

export interface SentenceContext {
  sentence: string;
  sentenceIndex: number;
  tokens: Token[];
  mentions: PlacedMention[];
  dates: DateMention[];
  /** A place named by the dateline, for the article's first sentence. */
  datelinePlace: string | null;
  /** The person most recently named before this sentence, for "he" and "his". */
  lastPerson: PlacedMention | null;
}

const UNKNOWN_DATE: FactDate = { start: null, end: null, precision: 'unknown', text: '' };

function clauseBounds(tokens: Token[], at: number): [number, number] {
  let from = at;
  while (from > 0) {
    const t = tokens[from - 1]!;
    if (BOUNDARY.has(t.text) || (CLAUSE_WORDS.has(t.lower) && t.lower !== 'as')) break;
    from--;
  }
  let to = at + 1;
  while (to < tokens.length) {
    const t = tokens[to]!;
    if (BOUNDARY.has(t.text) || (CLAUSE_WORDS.has(t.lower) && t.lower !== 'as')) break;
    to++;
  }
  return [from, to];
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
}

function precedingWord(ctx: SentenceContext, m: PlacedMention): Token | undefined {
  const i = tokenIndexAt(ctx.tokens, m.start);
  for (let k = i - 1; k >= 0; k--) {
    const t = ctx.tokens[k]!;
    if (t.word) return t;
    if (t.text !== ',' && t.text !== '(' && t.text !== ')') return undefined;
  }
  return undefined;
}

/** The word that governs a name, past its determiner: "of" in "of the Libyan National Army". */
function governingWord(ctx: SentenceContext, m: PlacedMention): Token | undefined {
  const i = tokenIndexAt(ctx.tokens, m.start);
  for (let k = i - 1; k >= 0; k--) {
    const t = ctx.tokens[k]!;
    if (t.word && !DETERMINERS.has(t.lower)) return t;
    if (!t.word && t.text !== '(') return undefined;
  }
  return undefined;
}

/**
 * The text between two names is list glue — a comma or "and", then at most the next name's title
 * ("Meloni, Justice Minister Carlo Nordio and Undersecretary to the Prime Minister Alfredo
 * Mantovano") — not an apposition ("Haftar, the General Commander of the LNA").
 */
function listGlue(ctx: SentenceContext, from: number, to: number): boolean {
  const between = ctx.sentence.slice(from, to);
  // "X, the chief negotiator of the army, and Y": a list whose names carry appositions.
  const apposed = /^\s*,\s+(?:the\s+|a\s+|an\s+)?([^,;()“”"]{1,90}),\s+(?:and\s+)?$/.exec(between);
  if (apposed && apposed[1]!.split(/\s+/).some((w) => isRoleWord(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()))) return true;
  const m = /^['’]?s?\s*(?:,\s*(?:and\s+)?(?:against\s+)?|\s+and\s+against\s+|\s+and\s+|\s*\(\s*)/.exec(between);
  if (!m) return false;
  const rest = between.slice(m[0].length).trim();
  if (!rest) return true;
  const words = rest.split(/\s+/);
  if (DETERMINERS.has(words[0]!.toLowerCase())) return false;
  return words.every((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || ['to', 'the', 'of', 'lawyer', 'lawyers'].includes(w.toLowerCase()) || isRoleWord(w.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(w) || /^\p{Lu}{2,4}$/u.test(w));
}

function actorsAfter(ctx: SentenceContext, offset: number, limit: number, kinds: ActorType[]): PlacedMention[] {
  const after = ctx.mentions.filter((m) => m.start >= offset && m.start < limit && kinds.includes(m.type));
  if (!after.length) return [];
  const out = [after[0]!];
  for (let i = 1; i < after.length; i++) {
    if (!listGlue(ctx, out[out.length - 1]!.end, after[i]!.start)) break;
    out.push(after[i]!);
  }
  return out;
}

/** Agent words when the agent is not a named actor: "Italian authorities", "a prosecutor in Rome". */
function agentPhrase(ctx: SentenceContext, fromTok: number, toTok: number): string | null {
  if (toTok <= fromTok) return null;
  if (fromTok >= ctx.tokens.length) return null;
  for (let k = fromTok + 1; k < toTok; k++)
    if (['on', 'in', 'near', 'at', 'for', 'against', 'with', 'from', 'after', 'before', 'during', 'over', 'under', 'because', 'while', ','].includes(ctx.tokens[k]!.lower)) {
      toTok = k;
      break;
    }
  let s = ctx.sentence.slice(ctx.tokens[fromTok]!.start, ctx.tokens[toTok - 1]!.end);
  for (const d of ctx.dates) s = s.replace(d.text, ' ');
  s = s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^[\s,]*(?:however|meanwhile|then|also|later|and|but)\b[\s,]*/i, '')
    .replace(/^[\s,]+|[\s,]+$/g, '')
    .replace(/\s+/g, ' ');
  if (!s || s.split(' ').length > 8 || !/\p{L}/u.test(s)) return null;
  return s.replace(/^(?:the|a|an)\s+/i, (m) => m.toLowerCase());
}

export function eventsInSentence(ctx: SentenceContext): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  const seenTypes = new Set<EventType>();
  const nameSpans = ctx.mentions.map((m) => [m.start, m.end] as const);
  const inName = (t: Token) => nameSpans.some(([s, e]) => t.start >= s && t.end <= e);

  ctx.tokens.forEach((tok, i) => {
    if (!tok.word || tok.cap || inName(tok)) return;
    const rule = triggerFor(tok.lower);
    if (!rule || seenTypes.has(rule.type)) return;
    if (!triggerApplies(ctx, i, rule)) return;
    const ev = buildEvent(ctx, i, rule);
    if (!ev) return;
    seenTypes.add(rule.type);
    out.push(ev);
  });
  return out;
}

/** Rule out trigger words used in another sense. */
function triggerApplies(ctx: SentenceContext, i: number, rule: TriggerRule): boolean {
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  // "documents released by", "released a statement": the release of a thing, not a person
  if (rule.type === 'release' && next && ['a', 'an', 'its', 'their', 'his', 'her', 'the'].includes(next.lower) && ctx.tokens[i + 2] && /^(?:statement|report|video|documents?|data|figures|footage|details|list|photo|photos|images?)$/.test(ctx.tokens[i + 2]!.lower)) return false;
  if (rule.type === 'release' && prev && /^(?:documents?|files|papers|data|report|statement|video|photos?)$/.test(prev.lower)) return false;
  if (rule.type === 'release' && next?.lower === 'date') return false;
  // "alleged crimes" is a qualifier, not an accusation
  if (t.lower === 'alleged' && next && !['that', 'to'].includes(next.lower) && !next.cap) return false;
  // "quit" / "stepped" only as "stepped down"
  if (t.lower === 'stepped' && next?.lower !== 'down') return false;
  // "won the elections": only with "elections" nearby
  if (t.lower === 'won' && !ctx.tokens.slice(i + 1, i + 5).some((x) => /^(?:election|elections|vote|ballot|presidency|seat|seats)$/.test(x.lower))) return false;
  if (rule.type === 'deny' && !['entry', 'access', 'visa', 'bail', 'request'].some((w) => ctx.tokens.slice(i + 1, i + 4).some((x) => x.lower === w))) return false;
  if (rule.type === 'payment' && !/\b(?:ransom|million|billion|euros?|dollars?|\$|€|£)\b/i.test(ctx.sentence)) return false;
  if (rule.type === 'sign' && ['deal', 'agreement', 'agreements', 'accord'].includes(t.lower)) {
    // "existing agreements" are background, not an event; keep "signed/reached/struck an agreement"
    const window = ctx.tokens.slice(Math.max(0, i - 4), i).map((x) => x.lower);
    if (!window.some((w) => /^(?:signed|sign|signs|reached|reach|struck|strike|agreed|sealed|concluded|brokered|announced)$/.test(w))) return false;
  }
  return true;
}

const IRREGULAR_PAST = new Set(['met', 'held', 'won', 'paid', 'freed', 'fled', 'led', 'quit', 'struck', 'shot', 'sought', 'told']);
const MODALS = new Set(['to', 'will', 'would', 'could', 'can', 'must', 'may', 'might', 'should', 'did', 'does', 'do', 'shall']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'without', 'nor']);
const RELATIVE = new Set(['who', 'that', 'which', 'whom']);
const SUBJECT_PRONOUN = new Set(['he', 'she']);
const OBJECT_PRONOUN = new Set(['him', 'her', 'his']);

function buildEvent(ctx: SentenceContext, i: number, rule: TriggerRule): ExtractedEvent | null {
  const { tokens } = ctx;
  const trig = tokens[i]!;
  if (tokens.slice(Math.max(0, i - 3), i).some((t) => NEGATION.has(t.lower) || t.lower.endsWith("n't"))) return null;
  const [cFrom, cTo] = clauseBounds(tokens, i);
  const clauseStart = tokens[cFrom]?.start ?? 0;
  const clauseEnd = tokens[cTo - 1]?.end ?? ctx.sentence.length;
  // The trigger's reach ends where the next event word begins ("Almasri's release led to an investigation").
  let sTo = cTo;
  for (let k = i + 1; k < cTo; k++)
    if (tokens[k]!.word && !tokens[k]!.cap && triggerFor(tokens[k]!.lower)) {
      sTo = k;
      break;
    }
  const scopeEnd = tokens[sTo - 1]?.end ?? clauseEnd;
  const inflected = /(?:ed|[^s]s|ing)$/.test(trig.lower) || IRREGULAR_PAST.has(trig.lower);
  const afterModal = !!tokens[i - 1] && MODALS.has(tokens[i - 1]!.lower);
  const verbal =
    trig.tags.has('Verb') && !/(?:ion|ment|ure|ings)$/.test(trig.lower) && !(tokens[i - 1] && DETERMINERS.has(tokens[i - 1]!.lower)) && (inflected || afterModal);
  const isNoun = !verbal;
  const prevTok = tokens[i - 1];
  // "Italian citizens kidnapped in Libya": a participle after a noun is a passive with that noun as subject.
  const reduced = verbal && /ed$/.test(trig.lower) && !!prevTok && prevTok.word && !prevTok.cap && (prevTok.tags.has('Noun') || prevTok.tags.has('Plural')) && !BE.has(prevTok.lower);
  const passive = reduced || (verbal && tokens.slice(Math.max(cFrom, i - 3), i).some((t) => BE.has(t.lower)));

  const actorTypes: ActorType[] = ['person', 'organization', 'other'];
  const participants: Participant[] = [];
  const add = (m: PlacedMention | null | undefined, part: ParticipantPart) => {
    if (!m || participants.some((p) => p.actorId === m.actorId)) return;
    participants.push({ actorId: m.actorId, name: m.name, part });
  };

  const inParens = (m: PlacedMention) => {
    const before = ctx.sentence.slice(0, m.start);
    return before.lastIndexOf('(') > before.lastIndexOf(')');
  };
  const before = ctx.mentions.filter((m) => m.end <= trig.start && m.start >= clauseStart && actorTypes.includes(m.type) && !inParens(m));
  let subjectBefore = [...before].reverse().find((m) => {
    const w = precedingWord(ctx, m);
    return !m.possessive && (!w || !OBLIQUE.has(w.lower));
  });
  // "Italy paid": a country acts when it stands right before the verb.
  if (!subjectBefore && verbal) {
    const p = ctx.mentions.find((m) => m.type === 'place' && m.end <= trig.start && m.start >= clauseStart && ctx.sentence.slice(m.end, trig.start).trim().split(/\s+/).length <= 2);
    if (p) subjectBefore = p;
  }
  // "the Appeal Court that released him": the relative pronoun's antecedent.
  const opener = tokens[cFrom - 1];
  if (!subjectBefore && opener && RELATIVE.has(opener.lower)) {
    // only when the pronoun follows its noun: "the Appeal Court that released him", not "... or who had"
    // (an apposition or a time phrase may stand between: "Mohammad Abedini, the Iranian engineer who ...")
    subjectBefore = ctx.mentions
      .filter((m) => m.end <= opener.start && actorTypes.includes(m.type))
      .filter((m) => {
        const between = tokens.filter((t) => t.start >= m.end && t.end <= opener.start);
        return between.length <= 8 && between.every((t) => !t.word || !t.tags.has('Verb') || t.tags.has('Noun')) && !between.some((t) => t.lower === 'or' || t.lower === 'and');
      })
      .pop();
  }
  // "where he held talks": a pronoun subject is the person last named.
  const clauseToks = tokens.slice(cFrom, i);
  if (!subjectBefore && clauseToks.some((t) => SUBJECT_PRONOUN.has(t.lower))) {
    const pron = clauseToks.find((t) => SUBJECT_PRONOUN.has(t.lower))!;
    subjectBefore = ctx.mentions.filter((m) => m.type === 'person' && m.end <= pron.start).pop() ?? ctx.lastPerson ?? undefined;
  }
  const possessor = before.find((m) => m.possessive && /^['’]?s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(ctx.sentence.slice(m.end, trig.start)));

  const prepAt = (word: string, within = 8): number | null => {
    for (let k = i + 1; k < Math.min(sTo, i + 1 + within); k++) if (tokens[k]!.lower === word) return k;
    return null;
  };
  /** Names opening the phrase after token k: "by Italian authorities" has none, "by the ICC" has one. */
  const namesAt = (k: number | null): PlacedMention[] => {
    if (k === null) return [];
    const list = actorsAfter(ctx, tokens[k]!.end, scopeEnd, actorTypes);
    if (!list.length) return [];
    const gap = ctx.sentence.slice(tokens[k]!.end, list[0]!.start).trim().split(/\s+/).filter(Boolean);
    const ok = gap.every((w) => w === '(' || DETERMINERS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()) || isRoleWord(w.toLowerCase()) || /^\p{Lu}/u.test(w));
    return ok ? list : [];
  };
  const byIdx = prepAt('by');
  const byNames = namesAt(byIdx);
  const againstIdx = prepAt('against', 12);
  const withIdx = prepAt('with', 3);
  const fromIdx = prepAt('from', 2);
  const ofIdx = tokens[i + 1]?.lower === 'of' ? i + 1 : null;

  let agentText: string | null = null;
  let objectText: string | null = null;
  const objectPronoun = tokens.slice(Math.max(cFrom, i - 2), Math.min(sTo, i + 3)).find((t) => OBJECT_PRONOUN.has(t.lower));
  const resolvePronoun = (t: Token, not: number[]): PlacedMention | undefined =>
    ctx.mentions.filter((m) => m.type === 'person' && m.end <= t.start && !not.includes(m.actorId)).pop() ??
    (ctx.lastPerson && !not.includes(ctx.lastPerson.actorId) ? ctx.lastPerson : undefined);

  if (isNoun) {
    // "Almasri's release", "the release of X", "an investigation ... against A, B and C", "X filed a complaint"
    if (possessor) add(possessor, MUTUAL.has(rule.type) ? 'agent' : 'subject');
    for (const m of namesAt(ofIdx)) add(m, MUTUAL.has(rule.type) ? 'other' : 'subject');
    for (const m of namesAt(againstIdx)) add(m, 'subject');
    if (byNames.length) for (const m of byNames) add(m, 'agent');
    else if (byIdx !== null) agentText = agentPhrase(ctx, byIdx + 1, Math.min(sTo, byIdx + 6));
    if (rule.type === 'statement') for (const m of namesAt(fromIdx)) add(m, 'agent');
    const light = tokens.slice(Math.max(cFrom, i - 3), i).some((t) => LIGHT_VERBS.has(t.lower));
    if (subjectBefore && light && !possessor) add(subjectBefore, 'agent');
    for (const m of namesAt(withIdx)) add(m, 'other');
    if (!possessor && objectPronoun && !MUTUAL.has(rule.type)) {
      const agentIds = participants.filter((p) => p.part === 'agent').map((p) => p.actorId);
      add(resolvePronoun(objectPronoun, agentIds), 'subject');
    }
  } else if (passive) {
    // "X was arrested by Y"
    if (!reduced) add(subjectBefore, 'subject');
    if (reduced) objectText = nounPhraseBefore(ctx, i, cFrom);
    else if (!subjectBefore) objectText = clauseSubject(ctx, cFrom, i);
    if (byNames.length) for (const m of byNames) add(m, 'agent');
    else if (byIdx !== null) agentText = agentPhrase(ctx, byIdx + 1, Math.min(sTo, byIdx + 5));
  } else {
    // "Y released X", "X met with Y"
    const objStart = withIdx !== null ? tokens[withIdx]!.end : trig.end;
    const objects = actorsAfter(ctx, objStart, scopeEnd, actorTypes);
    const gap = objects[0] ? ctx.sentence.slice(objStart, objects[0].start).trim().split(/\s+/).filter(Boolean) : [];
    const direct = gap.every((w) => DETERMINERS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()) || isRoleWord(w.toLowerCase()) || /^\p{Lu}/u.test(w) || w === ',');
    if (subjectBefore) add(subjectBefore, 'agent');
    else agentText = agentPhrase(ctx, cFrom, i);
    if (direct) for (const m of objects) add(m, MUTUAL.has(rule.type) ? 'other' : DONE_TO.has(rule.type) ? 'subject' : 'other');
    for (const m of namesAt(againstIdx)) add(m, 'subject');
    if (!objects.length || !direct) objectText = nounPhraseAfter(ctx, i + 1, sTo);
    if (!direct && objectPronoun && DONE_TO.has(rule.type)) {
      add(resolvePronoun(objectPronoun, participants.map((p) => p.actorId)), 'subject');
    } else if (objects.length === 0 && objectPronoun && DONE_TO.has(rule.type)) {
      add(resolvePronoun(objectPronoun, participants.map((p) => p.actorId)), 'subject');
    }
  }

  const date = dateFor(ctx, trig.start, clauseStart, clauseEnd);
  // An event needs someone it happened to or who did it; "two aid workers were freed on Saturday"
  // names nobody, but a dated, described happening is still news.
  const someone = participants.some((p) => p.part !== 'other' || MUTUAL.has(rule.type));
  if (!someone && !(date.start && (objectText || agentText))) return null;
  const place = placeFor(ctx, i, clauseStart, scopeEnd);
  let summary = summarise(rule.type, participants, agentText, place, trig.text, objectText);
  // "arrested ... on a warrant issued by the International Criminal Court", "on charges of fraud"
  const grounds = /\bon (?:an? |the )?(?:warrant|arrest warrant|charges?|suspicion|accusations?)\b(?:[^,;.()]{0,80}?(?:Court|Tribunal|Office|Prosecutor|Police|of [a-z]+(?: [a-z]+)?))?/.exec(ctx.sentence.slice(trig.end, scopeEnd));
  if (grounds && DONE_TO.has(rule.type)) summary = `${summary} ${grounds[0].trim()}`;

  // Others named where the event is told took part in some way ("a warrant issued by the ICC").
  // "Where it is told" ends at the next comma, unless the comma continues a list ("..., including X").
  let segmentEnd = scopeEnd;
  for (let k = i + 1; k < sTo; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && !inParens({ start: t.start } as PlacedMention) && !/^(?:including|and|such|among|notably|especially)$/i.test(tokens[k + 1]?.lower ?? '')) {
      segmentEnd = t.start;
      break;
    }
  }
  for (const m of ctx.mentions)
    if (m.start >= trig.end && m.end <= segmentEnd && (m.type === 'person' || m.type === 'organization') && participants.length < 8 && governingWord(ctx, m)?.lower !== 'of' && !inParens(m))
      add(m, 'other');
  // Between equals, everyone named is part of what happened: "held talks with officials from the GNU, including ..."
  if (MUTUAL.has(rule.type)) summary = summarise(rule.type, participants, agentText, place, trig.text, objectText);

  return {
    type: rule.type,
    summary,
    trigger: trig.text,
    participants,
    place,
    date,
    sentenceIndex: ctx.sentenceIndex,
    sentence: ctx.sentence,
  };
}

function placeFor(ctx: SentenceContext, i: number, clauseStart: number, clauseEnd: number): string | null {
  const trig = ctx.tokens[i]!;
  const places = ctx.mentions.filter((m) => m.type === 'place' && m.start >= clauseStart && m.end <= clauseEnd);
  const near = places
    .filter((m) => {
      const w = governingWord(ctx, m);
      return w && ['in', 'at', 'near', 'inside', 'outside'].includes(w.lower);
    })
    .sort((a, b) => Math.abs(a.start - trig.start) - Math.abs(b.start - trig.start))[0];
  if (near && Math.abs(near.start - trig.start) < 120) return near.name;
  return ctx.datelinePlace;
}

/** The date told in the event's clause; a sentence's only date when the sentence is one clause. */
function dateFor(ctx: SentenceContext, at: number, clauseStart: number, clauseEnd: number): FactDate {
  const inClause = ctx.dates.filter((d) => d.start >= clauseStart && d.end <= clauseEnd);
  const pool = inClause.length ? inClause : ctx.dates.length === 1 && !/;/.test(ctx.sentence) ? ctx.dates : [];
  if (!pool.length) return UNKNOWN_DATE;
  return [...pool].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]!.date;
}

function names(ps: Participant[], part: ParticipantPart): string {
  const ns = ps.filter((p) => p.part === part).map((p) => p.name);
  if (ns.length <= 1) return ns[0] ?? '';
  return `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}

function summarise(type: EventType, ps: Participant[], agentText: string | null, place: string | null, trigger: string, objectText: string | null): string {
  const agent = names(ps, 'agent') || agentText || '';
  const subject = names(ps, 'subject') || (DONE_TO.has(type) ? objectText ?? '' : '');
  const other = names(ps, 'other');
  const verb = SUMMARY_VERB[type];
  let s: string;
  if (MUTUAL.has(type)) {
    const alone = { meet: 'held meetings', talks: 'held talks', sign: 'signed an agreement', visit: 'visited' } as Record<EventType, string>;
    s = agent && other ? `${agent} ${verb} ${other}` : `${agent || other} ${alone[type] ?? verb}`;
  } else if (subject && agent) s = `${agent} ${verb} ${subject}`;
  else if (subject) s = `${subject} ${type === 'complaint' ? 'faced a complaint' : verb}`;
  else if (agent) s = `${agent} ${type === 'complaint' ? 'filed a complaint' : type === 'investigate' ? 'opened an investigation' : type === 'kidnap' ? 'kidnapped people' : verb}`;
  else s = `${other} (${trigger})`;
  if (place && !s.includes(place)) s += ` in ${place}`;
  s = s.replace(/\s+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const NP_STOP = new Set(['on', 'for', 'against', 'with', 'from', 'after', 'before', 'during', 'over', 'under', 'by', 'in', 'at', 'to', 'who', 'which', 'that', 'and']);

/** "two Italian workers" after "freeing": the object when it is not a named actor. */
function nounPhraseAfter(ctx: SentenceContext, from: number, to: number): string | null {
  const words: Token[] = [];
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const t = ctx.tokens[k]!;
    if (ctx.dates.some((d) => t.start >= d.start && t.start < d.end)) break;
    if (!t.word || NP_STOP.has(t.lower) || (t.tags.has('Verb') && /ed$/.test(t.lower)) || t.tags.has('Copula') || t.tags.has('Auxiliary') || BE_WORDS.has(t.lower)) break;
    words.push(t);
  }
  if (!words.length || !words.some((w) => w.tags.has('Noun') || w.tags.has('Plural'))) return null;
  const phrase = ctx.sentence.slice(words[0]!.start, words[words.length - 1]!.end);
  // "Two aid workers" reads "two aid workers" inside a summary; names keep their capitals
  const first = words[0]!;
  return first.upper || first.lex.has('ProperNoun') || first.lex.has('FirstName') ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

const BE_WORDS = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'have', 'has', 'had', 'later', 'also', 'then', 'reportedly', 'allegedly']);

/** "Italian citizens" before "kidnapped in Libya"; "Two aid workers" before "... were freed". */
function nounPhraseBefore(ctx: SentenceContext, at: number, floor = 0): string | null {
  let k = at - 1;
  while (k > floor && BE_WORDS.has(ctx.tokens[k]!.lower)) k--;
  // skip a trailing prepositional phrase or time words back to the head noun ("... in Garissa County last month were")
  const words: Token[] = [];
  while (k >= floor && words.length < 5) {
    const t = ctx.tokens[k]!;
    if (!t.word || NP_STOP.has(t.lower) || DETERMINERS.has(t.lower) || (t.tags.has('Verb') && !t.tags.has('Noun'))) break;
    words.unshift(t);
    k--;
  }
  if (!words.length) return null;
  return ctx.sentence.slice(words[0]!.start, words[words.length - 1]!.end);
}

/** The noun phrase that opens a clause, past a leading "On Saturday," or "In late 2022,". */
function clauseSubject(ctx: SentenceContext, from: number, to: number): string | null {
  let k = from;
  if (ctx.tokens[k] && PREPOSITION_OPENERS.has(ctx.tokens[k]!.lower)) {
    while (k < to && ctx.tokens[k]!.text !== ',') k++;
    k++;
  }
  const phrase = nounPhraseAfter(ctx, k, to);
  return phrase && /\p{L}/u.test(phrase) ? phrase : null;
}

const PREPOSITION_OPENERS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'by', 'late', 'early', 'last', 'earlier', 'later', 'meanwhile', 'however']);
