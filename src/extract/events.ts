// Events in one sentence: a trigger word ("arrested", "release", "met", "investigation"), who
// did it (agent), to whom (subject), who else took part, where and when. Participants are found
// by the shapes news English uses: "X was arrested by Y", "Y released X", "X's release",
// "an investigation ... against A, B and C", "X met with Y in Z".
import type { ActorType, EventTense, EventType, ExtractedEvent, FactDate, Participant, ParticipantPart } from '../domain.ts';
import { SCORE } from './layout.ts';
// how far down a story its day dates what the text leaves undated, for the lead and for the perfect
import { AT_THE_OCCASION, MATCH_CLOCK, PERFECT_SENTENCES, STORY_SENTENCES, quoted } from './story-day.ts';
import { UNKNOWN_DATE, type DateMention } from './dates.ts';
import { CLAUSE_WORDS, DETERMINERS, NEWS_AGENCIES, ORG_KIND_NOUNS, SPEECH_VERBS, TITLE_WORDS, isRoleWord } from './lexicon.ts';
import { genericVerb, triggerFor, triggerForLemma, type TriggerRule } from './triggers.ts';
import nlp from 'compromise';
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
const OBLIQUE = new Set(['of', 'in', 'to', 'from', 'with', 'against', 'at', 'for', 'on', 'into', 'by', 'about', 'between', 'among', 'under', 'over', 'near', 'outside', 'inside', 'around', 'across', 'along', 'through', 'toward', 'towards', 'behind', 'beyond', 'via']);
/** Event types whose grammatical object is the one it happens to (a "subject" participant). */
const DONE_TO = new Set<EventType>([
  'arrest', 'release', 'acquit', 'expel', 'investigate', 'accuse', 'charge', 'kidnap', 'kill', 'injure', 'attack', 'appoint',
  'dismiss', 'sentence', 'convict', 'remand', 'deny', 'complaint', 'free', 'win', 'acquire', 'ground', 'ban', 'sanction', 'elect',
]);
/** Verbs whose subject undergoes them: "X appeared in court", "X pleaded guilty". */
const UNDERGONE = new Set<EventType>(['appear', 'plead', 'die']);
/** Events that happen to people; told without a name, the words must name people. */
const PEOPLE_EVENTS = new Set<EventType>(['appoint', 'dismiss', 'arrest', 'sentence', 'convict', 'acquit', 'charge', 'remand', 'elect', 'kidnap', 'release']);

/** "two Italian workers", "more than 50 demonstrators", "a miner": words whose head is people. */
function peopleWords(text: string): boolean {
  // a name the recogniser missed ("Salem Darwish") is more often a person's than not
  if (/^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(text.trim())) return true;
  const head = text.trim().split(/\s+/).pop()?.toLowerCase().replace(/[^\p{L}-]/gu, '') ?? '';
  return isRoleWord(head) || /^(?:people|persons?|men|man|women|woman|children|child|boys?|girls?|ministers?|officials?|suspects?|citizens?|nationals?|migrants?|civilians?|students?|teenagers?|youths?|hostages?|prisoners?|detainees?|journalists?|workers?|protesters?|demonstrators?|activists?|members?|others?|individuals?|adults?|residents?|passengers?|crew|staff|miner|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d,]*)$/.test(head) || /-year-old$/.test(head);
}

/** "a man", "the former presidential candidate", "a 32-year-old miner": one person, not named. */
/**
 * "the trade minister" is not a Prime Minister: the words that say which one ("trade") must be in
 * a role the person holds; "a man", "the former minister" fit anyone.
 */
function fitsRoles(text: string, roles: string[]): boolean {
  const words = text.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\d-]/gu, ''));
  const cut = words.findIndex((w, k) => k > 0 && /^(?:of|for|at|from|in|with)$/.test(w));
  const np = (cut > 0 ? words.slice(0, cut) : words).filter((w) => w && !/^(?:a|an|the|former|new|top|senior|veteran|embattled|ousted|outgoing|incoming|\d.*)$/.test(w));
  const which = np.slice(0, -1);
  const head = np[np.length - 1] ?? '';
  // (only a role of the same kind can contradict it: "top rival" says nothing of "candidate")
  const same = roles.map((r) => r.toLowerCase()).filter((r) => r.split(/\s+/).includes(head));
  if (!which.length || !same.length) return true;
  return which.every((w) => same.some((r) => r.includes(w)));
}

/** Counted role nouns joined by "and" ("three American astronauts and a Russian cosmonaut"): the people each count names, or none unless every count is met. */
function countedGroup(ctx: SentenceContext, text: string): PlacedMention[] {
  if (!ctx.holders) return [];
  const found: PlacedMention[] = [];
  for (const part of text.trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
    const m = /^(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+)$/u.exec(part.replace(/^\p{Lu}\p{Ll}*/u, (w) => w.toLowerCase()));
    if (!m) return [];
    const count = COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const noun = m[2]!;
    const one = count === 1 ? noun : noun.replace(/men$/, 'man').replace(/(?:ies)$/, 'y').replace(/s$/, '');
    if (count > 1 && one === noun) return [];
    const people = ctx.holders(one);
    if (people.length !== count) return [];
    found.push(...people);
  }
  return found;
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function onePerson(text: string): boolean {
  const all = text.trim().toLowerCase().split(/\s+/);
  // the head is before what qualifies it: "former presidential candidate | of the main opposition party"
  const cut = all.findIndex((w, k) => k > 0 && /^(?:of|for|at|from|in|with)$/.test(w));
  const words = cut > 0 ? all.slice(0, cut) : all;
  const head = words[words.length - 1]?.replace(/[^\p{L}\d-]/gu, '') ?? '';
  if (!/^(?:a|an|the|former)$/.test(words[0] ?? '')) return false;
  // ("the U.S. health regulator approved": a body, not a person, whatever its word names elsewhere)
  return /^(?:man|woman|boy|girl|teenager|suspect|gunman|miner|driver|candidate|-?\d+-year-old)$/.test(head) || /-year-old$/.test(head) || (isRoleWord(head) && !head.endsWith('s') && !ORG_DESCRIPTIONS.test(head));
}

/** What a higher court or a party does to an earlier ruling: "upheld the conviction", "appealed the sentence". */
const REVIEW_VERBS = /^(?:upheld|uphold|upholds|upholding|overturned|overturn|overturns|quashed|quash|quashes|reversed|reverse|affirmed|affirm|appealed|appeal|appeals|appealing|challenged|challenge|challenging|vacated|vacate|commuted|commute|reduced|annulled|confirmed)$/;

/** Court outcomes that need someone they are passed on. */
const COURT_ON_SOMEONE = new Set<EventType>(['sentence', 'convict', 'acquit', 'charge', 'remand', 'plead', 'appear']);
/** Things only a person undergoes. */
const PERSON_ONLY = new Set<EventType>(['sentence', 'remand', 'plead', 'appear', 'arrest', 'resign', 'die', 'injure']);

/** A person, or a name of unknown kind that may be one. */
function personLike(ctx: SentenceContext, actorId: number): boolean {
  // (a person named in an earlier sentence and meant here by "he" or "the accused" counts too)
  return ctx.lastPerson?.actorId === actorId || ctx.leadPerson?.actorId === actorId || ctx.mentions.some((m) => m.actorId === actorId && (m.type === 'person' || m.type === 'other'));
}

/** Names of contests ("ATP Finals", "US Open", "World Cup"): what is won, not whom. */
const CONTEST_NAME = /\b(?:Open|Finals?|Cup|Championships?|Games|Trophy|Prize|Award|Awards|Masters|Series|League|Derby|Classic|Olympics|Grand Prix|Tour|Slam|Marathon|Triathlon|Regatta|Rally|Stakes|Invitational|House|Senate|Assembly|Parliament|Congress|Legislature|Medal|Lion|Bear|Globe|Oscar|Emmy|Grammy|Bafta)$|^Best\s/;
/** Events whose object is a thing, told in the summary when no one is named: "rejected a proposal". */
/** Nouns of a win told from the losing side: "a defeat against X" is X's win. */
const LOSS_NOUNS = /^(?:defeat|defeats|loss|losses|beating|drubbing|thrashing|humiliation)$/;
const THING_OBJECT = new Set<EventType>(['reject', 'approve', 'announce', 'launch', 'publish', 'discover', 'sell', 'invest', 'vote', 'other', 'lose', 'crash']);
/** Events between equals: the other side is "other", not "subject". */
const MUTUAL = new Set<EventType>(['meet', 'talks', 'sign', 'visit', 'merge']);
/** Light verbs that let a noun trigger take the name before it as its agent ("X filed a complaint"). */
const LIGHT_VERBS = new Set(
  'held hold holds holding filed files file opened opens open launched launches launch signed signs sign reached reaches reach issued issues issue made makes make began begins begin begun started starts start undertook undertakes undertaken announced concluded concludes conducted ordered orders order demanded demands requested requests submitted submits tendered tenders handed hands offered offers'.split(' '),
);
/** "broke out at the tower" (a particle) against "struck off the coast" (a preposition with its object). */
function objectFollowsParticle(tokens: Token[], k: number): boolean {
  const after = tokens[k + 1];
  // ("struck off northern Chile": a compass word opens a place too)
  if (!after?.word) return false;
  // ("tumbled in late trading": "in" before any word but a joining one opens a phrase; "stepped in to help" is the particle)
  if (tokens[k]!.lower === 'in' && !/^(?:to|as|and|or|but|after|when|while|with|at|on|for|before|since|because)$/.test(after.lower)) return true;
  return DETERMINERS.has(after.lower) || after.cap || /^\d/.test(after.text) || (COMPASS.test(after.lower) && !!tokens[k + 2]?.cap);
}

const COMPASS = /^(?:northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western|coastal)$/;


const pastCache = new Map<string, string | null>();

/** The past tense of a verb lemma ("suspend" -> "suspended"), by compromise's conjugation. */
function pastOf(lemma: string): string | null {
  if (!/^[a-z][a-z-]*$/.test(lemma)) return null;
  let past = pastCache.get(lemma);
  if (past === undefined) {
    const text = (nlp(`they ${lemma}`).verbs().toPastTense().text() as string).replace(/^they\s+/, '').trim();
    past = /^[a-z][a-z-]*$/.test(text) ? text : null;
    if (pastCache.size > 10_000) pastCache.clear();
    pastCache.set(lemma, past);
  }
  return past;
}

/** "has been appointed", "have agreed": a perfect right before the verb. */
function auxiliariesHave(tokens: Token[], from: number, i: number): boolean {
  // ("has to be sentenced": an obligation ahead, not the perfect)
  return tokens.slice(Math.max(from, i - 4), i).some((t) => (t.lower === 'has' || t.lower === 'have') && tokens[t.index + 1]?.lower !== 'to');
}

/** Nouns of happenings that are news as the subject of a verb: "the earthquake struck", "a fire broke out". */
const HAPPENING_NOUNS = new Set(
  'earthquake quake tremor aftershock storm hurricane typhoon cyclone tornado flood flooding fire blaze wildfire explosion blast crash collision derailment accident shooting stabbing attack eruption landslide mudslide avalanche tsunami outbreak epidemic riot riots clashes fighting war strike strikes blackout outage leak spill heatwave drought'.split(' '),
);

/** Happenings of nature, which strike a place rather than someone. */
const NATURAL = /^(?:earthquake|quake|tremor|aftershock|storm|hurricane|typhoon|cyclone|tornado|flood|flooding|eruption|landslide|mudslide|avalanche|tsunami|wildfire)$/;
const isHappening = (t: Token) => HAPPENING_NOUNS.has(t.root) || HAPPENING_NOUNS.has(t.lower);

/** "The derailment occurred near Mendon": a happening told by a verb of happening, at the place it names. */
const OCCURRED = /^(?:happen|occur)$/;
/** "A bridge collapsed in Genoa", "a ferry capsized off Bangladesh": a structure or a vessel failing, which no one did. */
const FAILED = /^(?:collapse|derail|capsize|sink|explode)$/;

/** Words for people acting together, heading an unnamed side: "Ukrainian and Russian delegations". */
const PEOPLE_HEAD = /\b(?:delegations?|leaders?|officials?|ministers?|sides|parties|teams?|governments?|envoys?|negotiators?|representatives?|presidents?|diplomats?|mediators?)$/i;

/** Verbs that take a win as their object: "picked up a 2-1 victory", "secured a win". */
const WIN_VERBS = /^(?:picked|secured|clinched|earned|claimed|recorded|registered|sealed|notched|grabbed|snatched|ground|eked|squeaked|booked|won|took|celebrated)$/;
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
  announce: 'announced',
  sign: 'signed an agreement with',
  attack: 'attacked',
  kill: 'killed',
  deny: 'denied',
  reject: 'rejected',
  resign: 'resigned',
  appoint: 'appointed',
  dismiss: 'dismissed',
  elect: 'elected',
  win: 'beat',
  lose: 'lost',
  sentence: 'sentenced',
  convict: 'convicted',
  acquit: 'acquitted',
  plead: 'pleaded',
  appear: 'appeared in court',
  remand: 'remanded',
  rule: 'ruled',
  die: 'died',
  injure: 'injured',
  acquire: 'agreed to buy',
  merge: 'merged with',
  sell: 'sold',
  invest: 'invested in',
  launch: 'launched',
  ground: 'grounded',
  ban: 'banned',
  sanction: 'sanctioned',
  crash: 'crashed',
  vote: 'voted',
  approve: 'approved',
  publish: 'published',
  discover: 'discovered',
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
  /** Where the dateline ends in the lead sentence (0 elsewhere). */
  datelineEnd?: number;
  /** The person most recently named before this sentence, for "he" and "his". */
  lastPerson: PlacedMention | null;
  /** The organisation most recently named before this sentence, for "it" and "the company". */
  lastOrg?: PlacedMention | null;
  /** Organisations named before this sentence, most recent first, for "the board" and "the court". */
  recentOrgs?: PlacedMention[];
  /** People named before this sentence, most recent first, for "the 30-year-old" and "the accused". */
  recentPersons?: PlacedMention[];
  /**
   * For the lead: the person the next sentences name first as their subject. News often opens on a
   * description ("A man has appeared in court ...") and names him next ("Christopher Graham ...").
   */
  leadPerson?: PlacedMention | null;
  /** The lead person's roles ("Prime Minister"): a description they do not fit is someone else. */
  leadRoles?: string[];
  /** The words of the lead that the lead's person was found in ("A 19-year-old man"): another description is someone else. */
  leadDescription?: { text: string; part: ParticipantPart };
  /** Every description of the lead that was taken for the lead's person ("a suspect", "a gunman"). */
  leadDescriptions?: string[];
  /** The last talks, meeting or visit told with those in it, for "agreements were signed during the discussions". */
  lastMeeting?: ExtractedEvent | null;
  /** The person whose leaving a post the text last told ("X is retiring"), whom "he will be replaced by" means. */
  leaving?: PlacedMention | null;
  /** The people the article gives a role noun to ("astronaut"), for a counted group it describes ("three astronauts"). */
  holders?: (noun: string) => PlacedMention[];
  /** The person last told accused, charged, arrested or in court, for "the defendant" and "the accused". */
  accused?: PlacedMention | null;
  /** The titles the article gives a person, for "the former premier": the one who held that office. */
  titlesOf?: (actorId: number) => string[];
}


const RELATIVE_OPENERS = new Set(['who', 'which', 'whom', 'whose']);
const RELATIVE_WORD = [...RELATIVE_OPENERS].join('|');
/** Text that ends inside a relative clause set off by a comma: ", who is on a visit to". */
const RELATIVE_OPEN = new RegExp(String.raw`,\s*(?:${RELATIVE_WORD})\b[^,;]*$`, 'i');
/** A relative clause set off by commas, opening the text, up to its closing comma. */
const RELATIVE_ASIDE = new RegExp(String.raw`,\s*(?:${RELATIVE_WORD})\b[^,;]*,`, 'g');
const RELATIVE_ASIDE_TO_END = new RegExp(String.raw`,\s*(?:${RELATIVE_WORD})\b[^,;]*(?:,|$)`, 'g');
/**
 * Where relative clauses set off in commas stand ("X, who used to be an ally of Y, fled"), as
 * [start, end) spans; `toEnd` also takes one the sentence ends in.
 */
function relativeAsides(text: string, toEnd = false): (readonly [number, number])[] {
  return [...text.matchAll(toEnd ? RELATIVE_ASIDE_TO_END : RELATIVE_ASIDE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
}
const RELATIVE_INSERTION = new RegExp(String.raw`^\s*,\s*(?:${RELATIVE_WORD})\b[^,;]*(?=,)`, 'i');

interface Clause {
  from: number;
  /** Exclusive. */
  to: number;
  /** Token ranges [a, b) of relative clauses set off by commas inside the clause ("The war, which began in 2023, has killed"). */
  skips: [number, number][];
  /** The verb of speech the clause is reported by ("KHRC said | police had arrested ..."), if any. */
  speech: number | null;
}

/**
 * The clause around token `at`. A relative clause between commas that closes before the trigger
 * is an insertion, not a boundary: in "The war, which began in April 2023, has killed ..." the
 * clause of "killed" is "The war ... has killed ...", less the insertion. A relative clause the
 * trigger sits in ends at the comma before the main clause's verb ("Kask, who stepped down last
 * year, is expected to join").
 */
/**
 * "Originally elected in 1985, DeLay resigned in 2006", "Founded in 1990, the firm ...": a
 * participle phrase opening the sentence is a clause of its own, up to its comma (the comma's
 * index), and its act befalls the subject of the clause after it. -1 when the sentence has none.
 */
function participleOpener(tokens: Token[]): number {
  return openingParticiple(tokens)[1];
}

/** The opening participle's index and its phrase's comma, or [-1, -1]. */
function openingParticiple(tokens: Token[]): [verb: number, comma: number] {
  const none: [number, number] = [-1, -1];
  let k = 0;
  while (k < tokens.length && !tokens[k]!.word) k++;
  if (/^(?:originally|first|previously|formerly|once|later|recently|newly|initially)$/.test(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (!t || !(/(?:ed|en|ing)$/.test(t.lower) || IRREGULAR_PAST.has(t.lower) || t.lower === 'born') || t.lex.has('FirstName') || !(t.lex.has('Verb') || t.tags.has('Verb') || t.tags.has('Participle') || t.tags.has('Gerund'))) return none;
  // ("During the hearing, ...", "According to police, ...": prepositions, not participles)
  if (/^(?:during|according|including|following|regarding|concerning|notwithstanding|pending|barring|considering|given)$/.test(t.lower)) return none;
  const comma = tokens.findIndex((x, j) => j > k && x.text === ',');
  if (comma < 0 || comma - k > 16 || !tokens[comma + 1]?.word) return none;
  // (nothing finite inside: "Elected officials said, ..." has no comma right after its phrase anyway)
  if (tokens.slice(k + 1, comma).some((x) => BE.has(x.lower) || /^(?:has|have|had|he|she|they|it|we|i|said|says)$/.test(x.lower))) return none;
  return [k, comma];
}

/** The comma opening a relative clause (", who ...") that the comma at `close` closes, or -1. */
function relativeOpening(tokens: Token[], close: number): number {
  for (let k = close - 1; k > 0; k--) {
    const x = tokens[k]!;
    if (x.text === ';' || BOUNDARY.has(x.text) && x.text !== ',') return -1;
    if (x.text === ',') return RELATIVE_OPENERS.has(tokens[k + 1]?.lower ?? '') ? k : -1;
  }
  return -1;
}

function clauseOf(tokens: Token[], at: number): Clause {
  const opener = participleOpener(tokens);
  const skips: [number, number][] = [];
  let from = at;
  let speech: number | null = null;
  while (from > 0) {
    const t = tokens[from - 1]!;
    // "X, who is on a visit to Ghana, and Y held talks": a relative clause set off inside a list is an insertion
    if (t.text === ',' && tokens[from]?.lower === 'and' && from <= at) {
      const open = relativeOpening(tokens, from - 1);
      if (open > 0) {
        skips.push([open, from]);
        from = open;
        continue;
      }
    }
    if (BOUNDARY.has(t.text) || (from - 1 === opener && at > opener)) break;
    // "No application was made, and the accused was remanded": ", and" before a new subject starts a clause
    const next = tokens[from];
    // (not after a relative clause set off in a list: "X, who is on a visit to Ghana, and Y held talks")
    if ((t.lower === 'and' || t.lower === 'but') && tokens[from - 2]?.text === ',' && next && from < at && (DETERMINERS.has(next.lower) || /^(?:he|she|they|it|we)$/.test(next.lower) || next.cap) && relativeOpening(tokens, from - 2) < 0) break;
    // "after she promoted few faces and a minister resigned": an indefinite subject right before the verb opens a clause, comma or not
    // (after a verb of its own: "Three astronauts and a cosmonaut blasted off" is one subject)
    if ((t.lower === 'and' || t.lower === 'but') && next && /^(?:a|an)$/.test(next.lower) && at - from <= 5 && tokens.slice(from + 1, at).every((x) => x.word && !x.cap && (x.tags.has('Noun') || x.tags.has('Adjective') || x.tags.has('Adverb') || BE.has(x.lower))) && tokens.slice(0, from - 1).some(finiteVerb)) break;
    // "The commission said police had arrested ...": what is reported is a clause of its own
    if (t.word && !t.cap && SPEECH_VERBS.has(t.lower) && from - 1 !== at) {
      speech = from - 1;
      break;
    }
    if (CLAUSE_WORDS.has(t.lower) && t.lower !== 'as' && !beforeAudience(tokens, from - 1) && !soonAfter(tokens, from - 1, at + 1)) {
      const rel = from - 1;
      if (RELATIVE_OPENERS.has(t.lower) && tokens[rel - 1]?.text === ',') {
        let close = -1;
        for (let k = rel + 1; k < at; k++) if (tokens[k]!.text === ',') close = k;
        if (close > 0 && opensPredicate(tokens, close + 1)) {
          skips.push([rel - 1, close + 1]);
          from = rel - 1;
          continue;
        }
      }
      break;
    }
    from--;
  }
  const inRelative = from > 1 && RELATIVE_OPENERS.has(tokens[from - 1]!.lower) && tokens[from - 2]?.text === ',';
  let to = at + 1;
  while (to < tokens.length) {
    const t = tokens[to]!;
    if (to === opener && at < opener) break;
    if (BOUNDARY.has(t.text) || (CLAUSE_WORDS.has(t.lower) && t.lower !== 'as' && !beforeAudience(tokens, to) && !soonAfter(tokens, to))) break;
    if (inRelative && t.text === ',' && opensPredicate(tokens, to + 1)) break;
    to++;
  }
  return { from, to, skips, speech };
}

/**
 * A name inside an apposition that describes the name before it: "Peter Voser, a former CEO of
 * Royal Dutch Shell, is taking over", "X, a former Shell executive, resigned". The apposition
 * opens with a determiner after the comma that follows a name and closes before `until`.
 */
function inApposition(ctx: SentenceContext, m: PlacedMention, until: number): boolean {
  const comma = ctx.sentence.lastIndexOf(',', m.start);
  // (or a participle phrase about the name before it: "Hollywoodland, starring Ben Affleck ..., opened")
  if (comma < 0 || !/^\s*(?:(?:a|an|the|his|her|its|their|former|now|once)\b|(?:starring|featuring|including|with|(?:led|headed|backed|owned|run|founded|directed|chaired|coached|managed|written|produced)\s+by)\s)/i.test(ctx.sentence.slice(comma + 1, m.start))) return false;
  if (!ctx.sentence.slice(m.end, until).includes(',')) return false;
  return ctx.mentions.some((n) => n !== m && n.type !== 'place' && n.end <= comma && /^\s*$/.test(ctx.sentence.slice(n.end, comma)));
}

/**
 * A verb of winning up to seven words before a win noun, within its clause: "claimed a deserved
 * 29-0 victory"; or a verb of going, then "to": "cruised to a three-stroke victory".
 */
function carrierBefore(tokens: Token[], i: number): Token | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const t = tokens[k]!;
    if (!t.word && t.text !== '-') return undefined;
    // ("having recorded only one league win this season": a count of wins is a tally, no win)
    if (/^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|no|\d+)$/.test(t.lower)) return undefined;
    if (WIN_VERBS.test(t.lower)) return t;
    const v = tokens[k - 1];
    if (t.lower === 'to' && v?.word && !v.cap && v.tags.has('Verb') && v.tags.has('PastTense') && !v.tags.has('Noun') && !BE_WORDS.has(v.lower) && !/^(?:led|guided|steered|drove|propelled|inspired|took|helped)$/.test(v.lower)) return v;
    if (t.lower === 'to') return undefined;
  }
  return undefined;
}

/** "with a hard-fought 2-1 victory": "with", then only an article, numbers and describing words, before the noun. */
function withBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const t = tokens[k]!;
    if (t.lower === 'with') return k < i - 1;
    if (t.cap || (t.word && !(DETERMINERS.has(t.lower) || t.tags.has('Adjective') || t.tags.has('Value') || /^[\d-]+$/.test(t.text) || /-/.test(t.text) || /(?:ed|ing)$/.test(t.lower)))) return false;
    if (!t.word && t.text !== '-') return false;
  }
  return false;
}

/** A country named right before `at` (two words at most between), not after a preposition: "Italy paid". */
function countryBefore(ctx: SentenceContext, at: number, from: number): PlacedMention | undefined {
  return ctx.mentions.find(
    (m) =>
      m.type === 'place' &&
      m.end <= at &&
      m.start >= from &&
      ctx.sentence.slice(m.end, at).trim().split(/\s+/).length <= 2 &&
      !OBLIQUE.has(precedingWord(ctx, m)?.lower ?? '') &&
      ctx.tokens.some((t) => t.start >= m.start && t.end <= m.end && (t.lex.has('Country') || /^(?:U\.?S\.?|UK|U\.K\.|EU|UAE)$/.test(t.text))),
  );
}

/** The team or body a sentence opens with, as the subject of its first verb: "Scotland finished ...". */
function openingSide(ctx: SentenceContext, people = false): PlacedMention | undefined {
  // (after the dateline: "Cape Town - Stoke City picked up three points")
  let from = ctx.datelineEnd ?? 0;
  let first = ctx.mentions.find((m) => m.start >= from);
  // (a place and a dash the dateline rules did not take: "Cape Town - Stoke City ...")
  const dash = first?.type === 'place' ? /^\s*[-–—]\s+/.exec(ctx.sentence.slice(first.end)) : null;
  if (first && dash && /^\s*$/.test(ctx.sentence.slice(from, first.start))) {
    from = first.end + dash[0].length;
    first = ctx.mentions.find((m) => m.start >= from);
  }
  if (!first || first.possessive || (first.type === 'person' && !people) || !/^\s*(?:the\s+)?$/i.test(ctx.sentence.slice(from, first.start))) return undefined;
  const next = ctx.tokens[tokenIndexAt(ctx.tokens, first.end)];
  return next?.word && !next.cap && next.tags.has('Verb') && !next.tags.has('Noun') ? first : undefined;
}

/** Who one stands before: a court, its judges, a committee, an audience. */
const AUDIENCES = new Set('court courts magistrates magistrate judge judges justice justices jury tribunal committee panel parliament congress senate assembly lawmakers legislators reporters journalists crowd crowds audience supporters cameras'.split(' '));

/** "appeared before magistrates on Monday": "before" a court or an audience places the act, it starts no clause. */
function beforeAudience(tokens: Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'before') return false;
  let n = k + 1;
  if (tokens[n] && DETERMINERS.has(tokens[n]!.lower)) n++;
  // ("before a packed court", "before Westminster Magistrates' Court": a word or a name may come first)
  for (let m = n; m < Math.min(tokens.length, n + 4); m++) {
    const w = tokens[m]!;
    if (!w.word) return false;
    if (AUDIENCES.has(w.lower.replace(/['’]s?$/, ''))) return true;
    if (!w.cap && !w.tags.has('Adjective')) return false;
  }
  return false;
}

/**
 * "crashed shortly after takeoff from Jakarta on Monday": "after" or "before" a moment away, before a
 * noun and no verb, is a preposition of the same moment; it starts no clause of its own.
 * (`until`: how far the noun phrase is read, by default to the next comma or clause word.)
 */
function soonAfter(tokens: Token[], k: number, until = tokens.length): boolean {
  if (!/^(?:after|before)$/.test(tokens[k]!.lower)) return false;
  if (!/^(?:shortly|soon|just|right|immediately|moments|minutes|hours|seconds)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  for (let m = k + 1; m < until; m++) {
    const w = tokens[m]!;
    // (read back from a trigger, a comma between puts the trigger in a clause of its own: "moments after takeoff, killing")
    if (w.text === ',' && until < tokens.length) return false;
    if (BOUNDARY.has(w.text) || w.text === ',' || CLAUSE_WORDS.has(w.lower)) break;
    if (w.word && !w.cap && w.tags.has('Verb') && !w.tags.has('Noun') && !w.tags.has('Gerund')) return false;
  }
  return true;
}

/** The participle at `i` follows its noun directly or after a comma: no auxiliary, no subject pronoun. */
function reducedRelative(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (prev.text === ',') return true;
  if (!prev.word || BE_WORDS.has(prev.lower) || /^(?:has|have|had|having|being|been|get|got|gets)$/.test(prev.lower)) return false;
  if (prev.tags.has('Adverb') || prev.tags.has('Pronoun') || !(prev.tags.has('Noun') || prev.tags.has('Value') || prev.cap || /^\d/.test(prev.text))) return false;
  // (only inside a subject, before its clause's own verb: "saw his penalty saved by the keeper" tells the save)
  // (within the clause: "saw his penalty saved by X, to see his wait continue" has no verb of its subject's after it)
  for (let k = i + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (BOUNDARY.has(t.text) || t.text === ',') return false;
    if (t.word && !t.cap && tokens[k - 1]?.lower !== 'to' && opensPredicate(tokens, k) && !/ed$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 1]?.lower !== 'by') return true;
  }
  return false;
}

/** "The report, monitored in Seoul, said": a participle between commas, with the clause's own verb after them. */
function participleAside(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',' || !tokens[i - 2]?.word || !(tokens[i - 2]!.tags.has('Noun') || tokens[i - 2]!.cap)) return false;
  if (!tokens[i + 1]?.tags.has('Preposition')) return false;
  const close = tokens.findIndex((t, k) => k > i && (t.text === ',' || BOUNDARY.has(t.text)));
  const next = close > 0 && tokens[close]!.text === ',' ? tokens[close + 1] : undefined;
  return !!next && next.word && !next.cap && next.tags.has('Verb') && !next.tags.has('Noun') && !next.tags.has('Gerund');
}

/** A main clause's verb phrase starts here: "has killed", "is expected", "said", "was". */
function opensPredicate(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.word || t.cap) return false;
  if (BE_WORDS.has(t.lower) || MODALS.has(t.lower) || /^(?:has|have|had)$/.test(t.lower)) return true;
  return t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund') && !/ing$/.test(t.lower) && (t.tags.has('PastTense') || t.tags.has('PresentTense'));
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

/**
 * A name after a preposition ("in Khartoum", "between X"), or later in a list that one opens
 * ("between al-Burhan and Dagalo"): it says where or with whom, it is not the clause's subject.
 */
/** The word before a name, past the titles in front of it: "before" in "before Chief Magistrate Ann McLennan". */
function precedingWordPastTitles(ctx: SentenceContext, m: PlacedMention): Token | undefined {
  let w = precedingWord(ctx, m);
  // (and past an article: "led by a Penn State University astronomer" is governed by "by")
  const titled = (t: Token) => t.cap && (TITLE_WORDS.has(t.lower.replace(/\.$/, '')) || isRoleWord(t.lower));
  const before = (t: Token) => ctx.tokens.slice(0, t.index).reverse().find((x) => x.word);
  while (w && (titled(w) || (!w.cap && /^(?:a|an|the)$/.test(w.lower)))) w = before(w);
  // "Secretary of State Antony Blinken", "Minister of Defence X": a title's own "of" governs no name
  while (w && w.lower === 'of') {
    const head = before(w);
    const named = ctx.tokens.slice(w.index + 1, tokenIndexAt(ctx.tokens, m.start)).filter((t) => t.word);
    if (!head || !titled(head) || named.length > 3 || !named.every((t) => t.cap || /^(?:the|and)$/.test(t.lower))) break;
    w = before(head);
    while (w && (titled(w) || (!w.cap && /^(?:a|an|the)$/.test(w.lower)))) w = before(w);
  }
  return w;
}

function oblique(ctx: SentenceContext, m: PlacedMention): boolean {
  const w = precedingWordPastTitles(ctx, m);
  if (!w) return false;
  // "the body of Simon Bowman was found": the body is the man's
  if (w.lower === 'of' && /\b(?:body|bodies|remains)\s+of\s*$/i.test(ctx.sentence.slice(0, m.start))) return false;
  if (OBLIQUE.has(w.lower)) return true;
  if (w.lower !== 'and' && w.lower !== 'or') return false;
  const prev = ctx.mentions.filter((x) => x.end <= w.start && x !== m).pop();
  // ("X, who is on a visit to Ghana, and Y held talks": the comma closes a relative clause, and Y
  // goes on the list that X opened, not on Ghana's)
  if (prev && RELATIVE_OPEN.test(ctx.sentence.slice(0, prev.start))) return false;
  return !!prev && /^[\s,]*$/.test(ctx.sentence.slice(prev.end, w.start)) && oblique(ctx, prev);
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
  // ("X, who is on a visit to Pakistan, and Y": the relative clause is an insertion in the list)
  const between = ctx.sentence.slice(from, to).replace(RELATIVE_INSERTION, '');
  // "X, the chief negotiator of the army, and Y": a list whose names carry appositions.
  const apposed = /^\s*,\s+(?:the\s+|a\s+|an\s+)?([^,;()“”"]{1,90}),\s+(?:and\s+)?$/.exec(between);
  if (apposed && apposed[1]!.split(/\s+/).some((w) => isRoleWord(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()))) return true;
  const m = /^['’]?s?\s*(?:,\s*(?:and\s+)?(?:against\s+)?|\s+and\s+against\s+|\s+and\s+|\s*\(\s*)/.exec(between);
  if (!m) return false;
  const rest = between.slice(m[0].length).trim();
  if (!rest) return true;
  const words = rest.split(/\s+/);
  // ("Sudan and the RSF": "the" alone before the next name still lists it)
  if (DETERMINERS.has(words[0]!.toLowerCase()) && !(words.length === 1 && words[0] === 'the')) return false;
  return words.every((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || ['to', 'the', 'of', 'lawyer', 'lawyers'].includes(w.toLowerCase()) || isRoleWord(w.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(w) || /^\p{Lu}{2,4}$/u.test(w));
}

/** Whether `at` falls inside quotation marks of the sentence. */
function insideQuotes(sentence: string, at: number): boolean {
  if (quoted(sentence.slice(0, at))) return true;
  // a quote begun in an earlier sentence runs to its first closing mark: “... I’m excited," Garcetti said.
  // (only a mark that must close: a curly one, or a straight one left unpaired in the sentence)
  const straightOdd = (sentence.match(/"/g)?.length ?? 0) % 2 === 1;
  // (a mark inside a word is a mistyped apostrophe, no quote: "the governor”s residence")
  const close = (straightOdd ? /^[^“"]*?(?:(?<!\p{L})[”"]|[”"](?!\p{L}))\s*,?\s*(?:\p{Ll}|\p{Lu}[\p{L}.’'-]*\s+(?:said|says|told|added|wrote|tweeted))/u : /^[^“"]*?(?:(?<!\p{L})”|”(?!\p{L}))\s*,?\s*(?:\p{Ll}|\p{Lu}[\p{L}.’'-]*\s+(?:said|says|told|added|wrote|tweeted))/u).exec(sentence);
  return !!close && at < close[0].search(/[”"]/);
}

/** "a Boeing 737", "an Airbus A320 crashed": a maker before its model number describes the machine, it did nothing. */
function makerOfModel(ctx: SentenceContext, m: PlacedMention): boolean {
  // ("SkyJet Flight 62": a flight's number is no model)
  if (m.type === 'person' || m.type === 'place' || /\bflight$/i.test(m.name)) return false;
  const model = /^(?:\p{Lu}{1,3}-?\d{2,4}|\d{3,4})(?:-\d{1,4})?\p{Lu}{0,3}$/u;
  // ("an Airbus A321": the model may be read into the name)
  if (model.test(m.name.split(/\s+/).pop() ?? '')) return true;
  const next = ctx.tokens.find((t) => t.start >= m.end);
  return !!next && /^\s+$/.test(ctx.sentence.slice(m.end, next.start)) && model.test(next.text);
}

/**
 * A name used as a modifier of the noun after it ("a Jarrow grandfather", "Boeing shares",
 * "the Harbour Open title"): it describes the noun and is not itself the one involved.
 */
function modifies(ctx: SentenceContext, m: PlacedMention): boolean {
  if (m.possessive) return false;
  const next = ctx.tokens.find((t) => t.start >= m.end);
  if (!next || !/^\s*$/.test(ctx.sentence.slice(m.end, next.start))) return false;
  if (makerOfModel(ctx, m)) return true;
  if (!next.word || next.cap) return false;
  // "arrested Kay hours after", "freed Ortiz days later": a stretch of time after a name is not what it names
  if (/^(?:seconds|minutes|hours|days|weeks|months|years|moments|decades)$/.test(next.lower)) return false;
  // "declared Ndungu winner", "named Ortiz captain": the noun is what the name was made, not a thing it describes
  const before = ctx.tokens.filter((t) => t.end <= m.start).pop();
  if (before && /^(?:declared|declare|declares|named|appointed|elected|voted|crowned)$/.test(before.lower) && isRoleWord(next.lower)) return false;
  return (next.tags.has('Noun') || next.tags.has('Plural') || next.lex.has('Noun')) && !next.tags.has('Verb') && !next.tags.has('Pronoun') && !DETERMINERS.has(next.lower) && !CLAUSE_WORDS.has(next.lower) && !OBLIQUE.has(next.lower);
}

function actorsAfter(ctx: SentenceContext, offset: number, limit: number, kinds: ActorType[]): PlacedMention[] {
  const after = ctx.mentions.filter((m) => m.start >= offset && m.start < limit && kinds.includes(m.type) && !modifies(ctx, m));
  if (!after.length) return [];
  const out = [after[0]!];
  for (let i = 1; i < after.length; i++) {
    if (!listGlue(ctx, out[out.length - 1]!.end, after[i]!.start)) break;
    // "... the killing of Deputy Ned Byrd, Sheriff Gerald Baker said": the one who tells it, after
    // the comma, is no one the list names
    if (SPEAKS_NEXT.test(ctx.sentence.slice(after[i]!.end, after[i]!.end + 30))) break;
    out.push(after[i]!);
  }
  return out;
}

/** A reporting verb right after a name: the name is who says the sentence. */
const SPEAKS_NEXT = /^\s*(?:said|says|told|tells|added|adds|stated|confirmed|explained|noted|wrote)\b/;

/** Agent words when the agent is not a named actor: "Italian authorities", "a prosecutor in Rome". */
function agentPhrase(ctx: SentenceContext, fromTok: number, toTok: number): string | null {
  const { tokens } = ctx;
  if (toTok <= fromTok) return null;
  if (fromTok >= tokens.length) return null;
  // "On Sunday, rebel fighters attacked": past an opening time or place phrase
  if (PREPOSITION_OPENERS.has(tokens[fromTok]!.lower)) {
    const comma = tokens.findIndex((t, k) => k > fromTok && k < toTok && t.text === ',');
    if (comma > 0) fromTok = comma + 1;
    if (fromTok >= toTok) return null;
  }
  for (let k = fromTok + 1; k < toTok; k++)
    if (['on', 'in', 'near', 'at', 'for', 'against', 'with', 'from', 'after', 'before', 'during', 'over', 'under', 'because', 'while', ','].includes(tokens[k]!.lower)) {
      toTok = k;
      break;
    }
  // "police had", "the court's First Panel unanimously": auxiliaries and adverbs before the verb are not the agent
  const inDate = (t: Token) => ctx.dates.some((d) => t.start >= d.start && t.start < d.end);
  while (toTok > fromTok) {
    const t = tokens[toTok - 1]!;
    if (inDate(t) || (t.word && !t.cap && (MODALS.has(t.lower) || AUXILIARIES.has(t.lower) || (t.tags.has('Adverb') && !t.tags.has('Noun'))))) toTok--;
    else break;
  }
  if (toTok <= fromTok) return null;
  let s = ctx.sentence.slice(tokens[fromTok]!.start, tokens[toTok - 1]!.end);
  for (const d of ctx.dates) s = s.replace(d.text, ' ');
  s = s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^[\s,]*(?:however|meanwhile|then|also|later|and|but)\b[\s,]*/i, '')
    .replace(/^[\s,]+|[\s,]+$/g, '')
    .replace(/\s+/g, ' ');
  if (!s || s.split(' ').length > 8 || !/\p{L}/u.test(s)) return null;
  // "by only five percentage points", "by a wide margin": a margin, not who did it
  // ("Three American astronauts and a Russian cosmonaut" counts people: they did it)
  if (/^(?:only |just |nearly |almost |more than |about |some |over |under )?(?:(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b).*\b(?:points?|percent|per cent|votes?|goals?|runs?|wickets?|seats?|strokes?|lengths?|seconds?|minutes?|margin)|a (?:wide|narrow|large|huge|slim|comfortable) margin)/i.test(s)) return null;
  // Only a noun phrase can do something: "the war", "Italian authorities"; not "began", "would allow police to".
  const words = tokens.slice(fromTok, toTok).filter((t) => t.word && !inDate(t) && s.includes(t.text));
  if (words.some((t) => !t.cap && (MODALS.has(t.lower) || AUXILIARIES.has(t.lower) || (t.tags.has('Verb') && !t.tags.has('Noun') && !t.lex.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Participle')))))
    return null;
  const last = words[words.length - 1];
  // a pronoun ("it", "they") stands for someone this phrase cannot name
  if (!last || PERSONAL_PRONOUNS.has(last.lower) || last.tags.has('Preposition') || !(last.tags.has('Noun') || last.lex.has('Noun') || last.tags.has('Plural') || last.cap)) return null;
  // a place alone does nothing ("Boston, New York and Detroit reelected their mayors" is their
  // voters), nor one described ("In Cuenca, a city in Azuay province, a car was crushed": the city is Cuenca)
  if (PLACE_HEADS.test(last.lower) && !words.some((t) => t.cap && !ctx.mentions.some((m) => m.type === 'place' && t.start >= m.start && t.end <= m.end))) return null;
  const placesOnly = s.replace(/\b(?:and|or)\b|[,\s]+/g, ' ').trim();
  if (ctx.mentions.some((m) => m.type === 'place' && placesOnly.includes(ctx.sentence.slice(m.start, m.end))) && ctx.mentions.filter((m) => m.type === 'place').reduce((rest, m) => rest.replace(ctx.sentence.slice(m.start, m.end), ''), placesOnly).trim() === '') return null;
  return s.replace(/^(?:the|a|an)\s+/i, (m) => m.toLowerCase());
}

const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'having']);
/** Nouns of a place, not of who governs it ("the state", "the country" may act; "a city" does not). */
const PLACE_HEADS = /^(?:city|cities|town|towns|village|villages|province|region|district|county|capital|area|areas|neighbou?rhood|suburb|island|municipality|prefecture|hamlet|settlement)$/;
const PERSONAL_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she', 'i', 'you', 'them', 'us']);

/** Two words that tell an event neither tells alone: "found guilty", "found dead", "took office". */
const PHRASES = new Map<string, TriggerRule>(
  (
    [
      ['found guilty', 'convict', 'found guilty'],
      ['found dead', 'die', 'was found dead'],
      ['pronounced dead', 'die', 'was pronounced dead'],
      ['took office', 'appoint', 'took office'],
      ['takes office', 'appoint', 'takes office'],
      ['take office', 'appoint', 'takes office'],
      // leaving a post in the phrase news uses for it, in any tense
      ['step down', 'resign', 'stepped down'],
      ['steps down', 'resign', 'stepped down'],
      ['stepping down', 'resign', 'stepped down'],
      ['stepped down', 'resign', 'stepped down'],
      // a rocket's departure, in the words news uses for it
      ['blasted off', 'launch', 'blasted off'],
      ['lifted off', 'launch', 'lifted off'],
      ['blasts off', 'launch', 'blasted off'],
      ['lifts off', 'launch', 'lifted off'],
    ] as const
  ).map(([words, type, verb]) => [words, { type, verb, forms: [], phrase: true }]),
);

/** The name stands in an opening "As X reported," (or said, wrote, noted): the source, not a doer. */
function inAttribution(sentence: string, m: PlacedMention): boolean {
  const from = sentence.lastIndexOf(',', m.start) + 1;
  const to = sentence.indexOf(',', m.end);
  const segment = sentence.slice(from, to < 0 ? sentence.length : to);
  return /^\s*as\b/i.test(segment) && /\b(?:reported|reports|said|says|wrote|writes|noted|notes|told|tweeted|posted)\b/i.test(segment);
}

/** Verbs that report, as a journalist does, and also tell results ("reported a loss", "posted a profit"). */
const REPORTING_VERBS = new Set(['report', 'write', 'post', 'publish', 'tweet']);

/** Verbs that only carry tense, mood or voice. */
const NOT_A_VERB_OF_ITS_OWN = new Set(['Auxiliary', 'Copula', 'Modal']);

/**
 * The event a token may tell: by its form ("arrested", "acquisition"), by its verb lemma
 * ("bought" -> acquire), or, for any other verb, a generic happening the extractor keeps only when
 * dated and done by a named actor.
 */
function ruleFor(tok: Token, prev: Token | undefined, next: Token | undefined, afterName = false, rest: Token[] = []): TriggerRule | undefined {
  const phrase = PHRASES.get(`${tok.lower} ${next?.lower ?? ''}`);
  if (phrase) return phrase;
  const byForm = triggerFor(tok.lower);
  if (byForm) return byForm;
  const verb = tok.tags.has('Verb') && ![...NOT_A_VERB_OF_ITS_OWN].some((t) => tok.tags.has(t));
  if (!verb) return undefined;
  const byLemma = triggerForLemma(tok.root);
  if (byLemma) return byLemma;
  // ("The derailment occurred on Monday": happening is no act of its own, but a happening's noun
  // before it makes it the day's news; buildEvent keeps it only then)
  if (OCCURRED.test(tok.root) && tok.tags.has('PastTense')) return { type: 'other', verb: tok.lower, forms: [], generic: true };
  // only a verb in the past, or with "will", tells a happening by itself ("scrubbed", "will
  // cancel"); the present of news prose is mostly states, and -s and -ing forms are where the
  // tagger takes nouns for verbs ("over leaked messages"); and only a word that is a verb on its own
  const willDo = tok.tags.has('Infinitive') && !/ing$/.test(tok.lower) && !!prev && /^(?:will|shall|['’]ll)$/.test(prev.lower);
  // the present of news headlines and leads, right after a name: "Dzulkefly Ahmad returns to the ministry"
  // ("Emergency services were called": an -s word before "were" is the subject's noun)
  const presentAfterName = tok.tags.has('PresentTense') && /[^s]s$/.test(tok.lower) && afterName && !/^(?:says|reports|writes|tells|adds|notes|claims|argues|believes|thinks|insists|warns|explains)$/.test(tok.lower) && !(next && /^(?:was|were|is|are|have|has|had|will|would|can|could|may|might|must|should)$/.test(next.lower));
  if (!(tok.tags.has('PastTense') || willDo || presentAfterName)) return undefined;
  // "reported a profit" is news; "as NPR's reporter reported on Saturday, ..." and "reported that
  // ..." are speech: a verb of reporting tells an act only with an object after it
  // (", reported state TV.": the source told after what it reported)
  if (REPORTING_VERBS.has(tok.root) && prev?.text === ',') return undefined;
  // ("NBC News reported Chrysler was expected to file papers": what was reported, told without "that")
  if (REPORTING_VERBS.has(tok.root) && next?.cap) {
    const word = rest.find((t) => !t.cap || !t.word);
    if (word?.word && (word.tags.has('Copula') || word.tags.has('Auxiliary') || word.tags.has('Modal') || (word.tags.has('Verb') && (word.tags.has('PastTense') || word.tags.has('PresentTense')) && !word.tags.has('Noun')))) return undefined;
  }
  if (REPORTING_VERBS.has(tok.root) && (!next?.word || /^(?:that|on|in|at|from|to|for|by|about|earlier|late|last|this|yesterday|today|tonight)$/i.test(next.lower) || next.tags.has('WeekDay') || next.tags.has('Month'))) return undefined;
  return genericVerb(tok.root, tok.lower);
}

/** The word before a name is a number, an article or a preposition: the name qualifies a noun after it. */
function qualifiesNoun(tokens: Token[], nameStart: number): boolean {
  let before: Token | undefined;
  for (const t of tokens) if (t.end <= nameStart) before = t;
  // (and a verb: "so he could buy Christmas gifts" names what he bought)
  return !!before && before.word && (/^\d/.test(before.text) || before.tags.has('Cardinal') || DETERMINERS.has(before.lower) || before.tags.has('Preposition') || (!before.cap && before.tags.has('Verb') && !before.tags.has('Noun') && !before.tags.has('Auxiliary') && !before.tags.has('Copula') && !before.tags.has('Modal')));
}

export function eventsInSentence(ctx: SentenceContext): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  /** Each kind's event in `out`, by its key. */
  const seen = new Map<string, number>();
  /** Which of them a noun names, for a verb telling the same act to take its place. */
  const nominal = new Set<number>();
  const nameSpans = ctx.mentions.map((m) => [m.start, m.end] as const);
  const inName = (t: Token) => nameSpans.some(([s, e]) => t.start >= s && t.end <= e);

  const firstWord = ctx.tokens.findIndex((t) => t.word);
  // ("Its shares rose 3%": compromise reads "rose" as the flower; after shares it is the verb)
  // ("X, who was also Talon's rival, acknowledged defeat": read as an adjective there)
  for (const [i, tok] of ctx.tokens.entries())
    if (((i > 0 && SHARE_NOUNS.test(ctx.tokens[i - 1]!.lower) && MARKET_VERBS.test(tok.lower)) || (/^(?:acknowledged|admitted|accepted|conceded)$/.test(tok.lower) && ctx.tokens[i + 1]?.lower === 'defeat')) && !tok.tags.has('Verb')) {
      tok.tags.delete('Adjective');
      tok.tags.delete('Noun');
      tok.tags.delete('Singular');
      tok.tags.add('Verb');
      tok.tags.add('PastTense');
    }
  ctx.tokens.forEach((tok, i) => {
    // a capital only because it opens the sentence ("Talks between ...") still tells an event
    if (!tok.word || inName(tok) || (tok.cap && !(i === firstWord && !tok.upper))) return;
    // (not a name that qualifies a noun after a number, article or preposition: "in 66 Liverpool games")
    const afterName = ctx.mentions.some((m) => !m.possessive && m.end <= tok.start && /^\s*$/.test(ctx.sentence.slice(m.end, tok.start)) && !qualifiesNoun(ctx.tokens, m.start));
    let rule = ruleFor(tok, ctx.tokens[i - 1], ctx.tokens[i + 1], afterName, ctx.tokens.slice(i + 2, i + 7));
    // ("accused of the attempted murder of X", "attempted wounding": an attempt is not the act, and
    // "attempted" itself, before a noun of the act, is no act of its own)
    if (rule && (ctx.tokens[i - 1]?.lower === 'attempted' || (tok.lower === 'attempted' && !!ctx.tokens[i + 1]?.word && !ctx.tokens[i + 1]!.cap && ctx.tokens[i + 1]!.lower !== 'to'))) return;
    // ("set a decathlon world record": a record set is a feat, though "set" alone is no act, and the
    // tagger may read it as a noun)
    if (tok.lower === 'set' && ctx.mentions.some((m) => !m.possessive && m.end <= tok.start && /^\s*$/.test(ctx.sentence.slice(m.end, tok.start))) && /^(?:a|an|the|his|her|their|its|new)$/.test(ctx.tokens[i + 1]?.lower ?? '') && ctx.tokens.slice(i + 2, i + 6).some((t) => /^records?$/.test(t.lower))) {
      rule = { type: 'other', verb: 'set', forms: [], generic: true };
      for (const t of ['Noun', 'PresentTense', 'Infinitive']) tok.tags.delete(t);
      tok.tags.add('Verb');
      tok.tags.add('PastTense');
    }
    // "took over as chief executive", "will take over the foreign minister's post": an appointment
    if (tok.root === 'take' && ctx.tokens[i + 1]?.lower === 'over' && (ctx.tokens[i + 2]?.lower === 'as' || ctx.tokens.slice(i + 2, i + 7).some((t) => /^(?:post|job|role|office|presidency|leadership|helm|portfolio|ministry|seat|chair|reins)$/.test(t.lower))))
      rule = { type: 'appoint', verb: tok.tags.has('PastTense') ? 'took over' : 'takes over', forms: [], phrase: true };
    // "was ordered to report to prison on Feb. 9", "must surrender to prison": when the sentence begins to be served
    // ("ordered to surrender to the US Bureau of Prisons on February 16")
    const prisonAt = ctx.tokens.slice(i + 2, i + 8).findIndex((t) => /^(?:prison|prisons|jail)$/.test(t.lower));
    if (/^(?:report|reports|reported|surrender|surrenders|surrendered)$/.test(tok.lower) && ctx.tokens[i + 1]?.lower === 'to' && prisonAt >= 0 && ctx.tokens.slice(i + 2, i + 2 + prisonAt).every((t) => t.word && (t.cap || DETERMINERS.has(t.lower) || t.lower === 'of')))
      rule = { type: 'sentence', verb: `${ctx.tokens[i - 2]?.lower === 'ordered' ? 'was ordered ' : ''}to ${tok.lower.replace(/(?:s|ed)$/, '')} to prison`, forms: [], phrase: true };
    // "will serve as CEO, effective January 13": a post taken up ahead
    if (tok.root === 'serve' && ctx.tokens[i + 1]?.lower === 'as' && /^(?:will|shall|to)$/.test(ctx.tokens[i - 1]?.lower ?? '')) {
      const post: string[] = [];
      for (let k = i + 2; k < ctx.tokens.length && post.length < 6 && ctx.tokens[k]!.word && !/^(?:until|from|on|in|at|after|before|for|effective|when|while)$/.test(ctx.tokens[k]!.lower); k++) post.push(ctx.tokens[k]!.text);
      if (post.length) rule = { type: 'appoint', verb: `serves as ${post.join(' ')}`, forms: [], phrase: true };
    }
    // "He became chairman in October", "became the first woman to lead": a post taken up (a role word
    // right after, not "became clear", "became a hit")
    if (/^(?:became|becomes)$/.test(tok.lower)) {
      const post: string[] = [];
      let k = i + 1;
      if (/^(?:the|a|an)$/.test(ctx.tokens[k]?.lower ?? '')) k++;
      for (; k < ctx.tokens.length && post.length < 5 && ctx.tokens[k]!.word && !/^(?:until|from|on|in|at|after|before|for|when|while|and|of|who|that|to)$/.test(ctx.tokens[k]!.lower); k++) post.push(ctx.tokens[k]!.text);
      const head = post[post.length - 1]?.toLowerCase() ?? '';
      // ("became the first Indian captain to register a series win": a record, not a post)
      if (post.length && isRoleWord(head) && ctx.tokens[k]?.lower !== 'to' && !/^(?:member|citizen|resident|father|mother|grandfather|grandmother|parent|fan|victim|target|friend)s?$/.test(head))
        rule = { type: 'appoint', verb: `became ${post.join(' ')}`, forms: [], phrase: true };
    }
    // "passed away", "breathed his last": the words obituaries use for dying
    if (OBITUARY_VERBS.test(tok.lower) && (/^pass/.test(tok.lower) ? ctx.tokens[i + 1]?.lower === 'away' : /^(?:his|her|their)$/.test(ctx.tokens[i + 1]?.lower ?? '') && ctx.tokens[i + 2]?.lower === 'last'))
      rule = { type: 'die', verb: 'died', forms: [] };
    // "went on strike", "walked off the job": a strike, though "went" alone tells nothing
    if ((/^(?:went|go|goes|going|gone)$/.test(tok.lower) && ctx.tokens[i + 1]?.lower === 'on' && ctx.tokens[i + 2]?.lower === 'strike') || (/^(?:walked|walk|walks|walking)$/.test(tok.lower) && (ctx.tokens[i + 1]?.lower === 'out' || (ctx.tokens[i + 1]?.lower === 'off' && ctx.tokens[i + 3]?.lower === 'job'))))
      rule = { type: 'protest', verb: /^walk/.test(tok.lower) ? 'walked out' : 'went on strike', forms: [], phrase: true };
    // ("X represented President Y at the event": standing in for someone at the occasion the story
    // tells is an act, though "represents" alone is a state)
    if (!rule && tok.root === 'represent' && tok.tags.has('PastTense') && AT_THE_OCCASION.test(ctx.sentence.slice(tok.end))) rule = { type: 'other', verb: tok.lower, forms: [], generic: true };
    // ("President X is to return home this evening": "is to" tells what is planned, as "will" does)
    if (!rule && tok.lower === tok.root && ctx.tokens[i - 1]?.lower === 'to' && /^(?:is|are)$/.test(ctx.tokens[i - 2]?.lower ?? '') && ctx.mentions.some((m) => m.type === 'person' && m.end <= ctx.tokens[i - 2]!.start && /^\s*$/.test(ctx.sentence.slice(m.end, ctx.tokens[i - 2]!.start))))
      rule = genericVerb(tok.root, tok.lower);
    // "Typhoon Megi made landfall in Fujian": the storm reached land, though "made" alone tells nothing
    if (tok.root === 'make' && ctx.tokens[i + 1]?.lower === 'landfall') rule = { type: 'other', verb: tok.lower, forms: [], generic: true };
    // "was taken into custody": an arrest, though "taken" alone tells nothing
    if (/^(?:taken|took|take|takes|taking)$/.test(tok.lower) && ctx.tokens[i + 1]?.lower === 'into' && ctx.tokens[i + 2]?.lower === 'custody') rule = { type: 'arrest', verb: 'taken into custody', forms: [], phrase: true };
    // "the body of X was found": a death discovered
    if (!rule && tok.root === 'find' && ctx.tokens.slice(Math.max(0, i - 8), i).some((t) => /^(?:body|bodies|remains)$/.test(t.lower))) rule = PHRASES.get('found dead');
    // "Turkey went to the polls on Sunday": a vote
    // "President Elbegdorj was in Pyongyang from Oct. 28-31": a dated stay of a named person is a visit
    if (/^(?:was|were)$/.test(tok.lower) && afterName && ctx.tokens[i + 1]?.lower === 'in' && ctx.dates.some((d) => d.start > tok.start && !!d.date.start)) {
      const at = ctx.tokens[i + 2];
      if (at && ctx.mentions.some((m) => m.type === 'place' && m.start === at.start) && ctx.mentions.some((m) => m.type === 'person' && m.end <= tok.start)) rule = { type: 'visit', verb: 'was', forms: [], phrase: true };
    }
    // "voted to confirm X as attorney general", "the Senate confirmed X as ambassador": an appointment confirmed
    if (tok.root === 'confirm' && tok.tags.has('Verb') && !rule) {
      const m = ctx.mentions.find((x) => x.start >= tok.end && x.type === 'person' && /^\s*$/.test(ctx.sentence.slice(tok.end, x.start)));
      const post = m ? /^\s+as\s+(?:(?:the|a|an|its|their|next|new|first)\s+)*([\p{L}-]+)/u.exec(ctx.sentence.slice(m.end)) : null;
      // (an office, not "confirmed X as the victim")
      if (post && TITLE_WORDS.has(post[1]!.toLowerCase())) rule = { type: 'appoint', verb: 'confirmed', forms: [], phrase: true };
    }
    // "declared a state of emergency", "declared martial law": a declaration that is itself the news
    if (tok.root === 'declare' && tok.tags.has('Verb') && !rule) {
      const what = /^\s+((?:a|an)\s+(?:(?:national|local|regional|public|health|humanitarian|major)\s+){0,2}(?:state\s+of\s+(?:emergency|disaster|siege|war)|emergency|disaster|curfew)|martial\s+law|war|independence)\b/i.exec(ctx.sentence.slice(tok.end));
      if (what) rule = { type: 'announce', verb: `declared ${what[1]!.replace(/\s+/g, ' ')}`, forms: [], phrase: true };
    }
    // "the commission declared X the winner", "X was declared winner of the runoff": a result declared
    if (tok.root === 'declare' && tok.tags.has('Verb')) {
      const upTo = ctx.tokens.slice(i + 1, i + 9);
      const stop = upTo.findIndex((t) => t.text === ',' || t.text === ';' || CLAUSE_WORDS.has(t.lower));
      const won = (stop < 0 ? upTo : upTo.slice(0, stop)).find((t) => /^(?:winner|victor|winners|[a-z]+-elect)$/.test(t.lower));
      if (won) rule = { type: 'elect', verb: `was declared the ${/-elect$/.test(won.lower) ? won.lower : 'winner'}`, forms: [], phrase: true };
    }
    // "received the best director award", "shared the best actress prize with X", "collected a gold
    // medal": an award taken is a win, though "received" alone tells nothing
    if (!rule && /^(?:received|receives|earned|earns|collected|collects|shared|shares|scooped|scoops|bagged|bags|clinched)$/.test(tok.lower) && tok.tags.has('Verb')) {
      const upTo = ctx.tokens.slice(i + 1, i + 8);
      const stop = upTo.findIndex((t) => !t.word && t.text !== '-');
      if ((stop < 0 ? upTo : upTo.slice(0, stop)).some((t) => /^(?:award|awards|prize|prizes|medal|medals|trophy|trophies|honou?r|honou?rs|oscar|oscars|emmy|emmys|grammy|grammys|bafta|baftas)$/i.test(t.text))) rule = { type: 'win', verb: 'won', forms: [] };
    }
    // "acknowledged defeat", "admitted defeat": a concession, though the verb alone tells nothing
    if (/^(?:acknowledge|admit|accept)(?:s|d|ed|ing)?$/.test(tok.lower) && ctx.tokens[i + 1]?.lower === 'defeat') rule = { type: 'lose', verb: `${tok.lower} defeat`, forms: [], phrase: true };
    if (tok.root === 'go' && ctx.tokens[i + 1]?.lower === 'to' && ctx.tokens.slice(i + 2, i + 4).some((t) => t.lower === 'polls')) rule = { type: 'vote', verb: `${tok.lower} to the polls`, forms: [], phrase: true };
    if (!rule) return;
    // "pleading with residents to heed warnings", "pleaded for calm": begging, not a plea in court
    if (rule.type === 'plead' && /^(?:with|for)$/.test(ctx.tokens[i + 1]?.lower ?? '')) return;
    // "a Boeing 737 operated by SkyJet", "the firm, founded by X in 1990,": a participle describing the
    // noun before it is no act of that noun
    if (rule.generic && /ed$/.test(tok.lower) && ctx.tokens[i + 1]?.lower === 'by' && reducedRelative(ctx.tokens, i)) return;
    // "... under the care of hospice and surrounded by his family": a participle joined to a phrase is no act of the subject
    if (rule.generic && /ed$/.test(tok.lower) && ctx.tokens[i + 1]?.lower === 'by' && ctx.tokens[i - 1]?.lower === 'and' && ctx.tokens[i - 2]?.word && !ctx.tokens[i - 2]!.tags.has('Verb')) return;
    // "The KCNA report, monitored in Seoul, said": a participle set off by commas describes the noun before it
    if (rule.generic && /ed$/.test(tok.lower) && participleAside(ctx.tokens, i)) return;
    // "She is scheduled to be sentenced", "Allen attempted to run": the act is the verb after "to", not this one
    if (rule.generic && ctx.tokens[i + 1]?.lower === 'to' && AIMING_VERBS.test(tok.lower)) return;
    // "He accepted the offer to resign": an offer, a request or a bid to do it is not doing it
    if (ctx.tokens[i - 1]?.lower === 'to' && /^(?:offer|request|bid|plan|decision|attempt|promise|threat|call|pressure|demand|calls|demands)$/.test(ctx.tokens[i - 2]?.lower ?? '')) return;
    rule = retype(ctx, i, rule);
    // one event of a kind a sentence; happenings outside the lists, one per verb
    const key = rule.generic ? `other:${tok.root}` : rule.type;
    // (but a verb telling the act outranks a noun naming it: "will appeal his conviction ... in
    // September when X and his wife were convicted")
    const taken = seen.get(key);
    if (taken !== undefined && !nominal.has(taken)) return;
    if (!triggerApplies(ctx, i, rule)) return;
    const ev = buildEvent(ctx, i, rule);
    if (!ev) return;
    // (a noun, also one told as older news: "will appeal his conviction")
    const noun = ev.tense === 'noun' || (ev.tense === 'earlier' && tok.tags.has('Noun') && !tok.tags.has('Verb'));
    if (taken !== undefined) {
      if (noun) return;
      out[taken] = ev;
      nominal.delete(taken);
      return;
    }
    if (noun) nominal.add(out.length);
    seen.set(key, out.length);
    out.push(ev);
  });
  const successor = succession(ctx);
  if (successor) return [...out.filter((e) => !SUCCESSION_VERB.test(e.trigger)), successor];
  const started = sinceStart(ctx);
  const played = [goalScored(ctx), drawPlayed(ctx), placing(ctx), attendance(ctx)].filter((e): e is ExtractedEvent => !!e);
  return [...out.map((e) => namedAhead(ctx, e)), ...(started && !out.some((e) => e.date.text === started.date.text) ? [started] : []), ...termsServed(ctx), ...played];
}

// What a goal did for its side, told before "through <scorer>": "took the lead", "found an equaliser"
const LEAD = 'LEAD';
const GOAL_DONE: [RegExp, string][] = [
  [/\b(?:took|take|takes|taking|went|go|goes|going)\s+(?:the\s+)?(?:lead|ahead|in\s+front)\b/i, LEAD],
  [/\bequali[sz](?:er|ed|es|ing)\b|\b(?:levelled|leveled|drew\s+level|pulled\s+level)\b/i, 'scored the equaliser'],
  [/\b(?:doubled|extended|increased|stretched)\s+(?:their|its|the)\s+(?:lead|advantage)\b/i, 'extended the lead'],
  [/\b(?:pulled|pulls|clawed|got)\s+(?:one|a\s+goal)\s+back\b/i, 'pulled a goal back'],
  [/\b(?:restored|restores)\s+(?:their|its|the)\s+(?:lead|advantage)\b/i, 'restored the lead'],
  [/\bopener\b|\bopening\s+goal\b/i, 'scored the opener'],
  [/\bwinner\b|\bwinning\s+goal\b/i, 'scored the winner'],
];
const MATCH_WORDS = /\b(?:header|headed|goal|goals|strike|shot|penalty|spot-kick|free-kick|corner|cross|volley|minutes?|half|break|net|finish|tap-in|effort|kick-off|interval)\b/i;
// the words a report puts before a scorer's name: "through defender Maya Yoshida"
const PLAYER_WORDS = /^(?:defender|striker|midfielder|forward|winger|substitute|captain|skipper|veteran|teenager|youngster|full-back|centre-back|center-back|goalkeeper|the|second-half|first-half|late|returning|former)$/i;
// ("with second-half substitute X bundling home the winner", "X fired in the opener")
const SCORED_BY_VERB = /^(?:bundling|bundled|heading|headed|firing|fired|slotting|slotted|scoring|scored|striking|struck|curling|curled|volleying|volleyed|tapping|tapped|poking|poked|nodding|nodded|drilling|drilled|smashing|smashed|lashing|lashed|converting|converted|sweeping|swept|glancing|glanced|rifling|rifled|stabbing|stabbed|prodding|prodded)$/i;

/**
 * A goal in a match report: "took the lead through Mame Biram Diouf", "found an equaliser through
 * defender Maya Yoshida", "with substitute Peter Crouch bundling home the winner". The scorer did it,
 * for the side the clause names, if it names one.
 */
function goalScored(ctx: SentenceContext): ExtractedEvent | null {
  const { tokens } = ctx;
  const person = (m: PlacedMention | undefined) => !!m && (m.type === 'person' || m.type === 'other') && !m.possessive;
  for (const [i, t] of tokens.entries()) {
    let scorer: PlacedMention | undefined;
    let what: string | undefined;
    if (t.lower === 'through' || t.lower === 'via') {
      let k = i + 1;
      while (k < tokens.length && PLAYER_WORDS.test(tokens[k]!.lower)) k++;
      scorer = ctx.mentions.find((m) => m.start === tokens[k]?.start);
      const clause = ctx.sentence.slice(Math.max(ctx.sentence.lastIndexOf(',', t.start), ctx.sentence.lastIndexOf(';', t.start), 0), t.start);
      what = GOAL_DONE.find(([re]) => re.test(clause))?.[1];
      // ("took the lead in the count through its candidate X": a lead is a goal's only in a match)
      if (what && !/equaliser|opener|winner|goal back/.test(what) && !MATCH_WORDS.test(ctx.sentence)) what = undefined;
    } else if (SCORED_BY_VERB.test(t.lower)) {
      const after = ctx.sentence.slice(t.end, t.end + 40);
      const goal = /^\s+(?:home\s+|in\s+|into\s+the\s+net\s+)?(?:the|a|an|his|her)\s+(?:late\s+|first\s+|second\s+|stoppage-time\s+)?(winner|opener|equali[sz]er)\b/i.exec(after);
      if (!goal) continue;
      scorer = ctx.mentions.filter((m) => m.end <= t.start && /^\s*$/.test(ctx.sentence.slice(m.end, t.start))).pop();
      what = `scored the ${goal[1]!.toLowerCase().replace('equalizer', 'equaliser')}`;
    }
    if (!person(scorer) || !what) continue;
    const side = subjectOfClause(ctx, tokens.slice(0, i).reverse().find((x) => x.tags.has('Verb'))?.start ?? t.start, 0);
    const participants: Participant[] = [{ actorId: scorer!.actorId, name: scorer!.name, part: 'agent' }];
    if (side && side.actorId !== scorer!.actorId && side.type === 'organization') participants.push({ actorId: side.actorId, name: side.name, part: 'other' });
    return told(ctx, {
      type: 'other',
      summary: `${scorer!.name} ${what === LEAD ? (side?.type === 'organization' ? `scored to put ${side.name} ahead` : 'scored to take the lead') : what}`,
      trigger: 'scored',
      participants,
      date: dateFor(ctx, t.start, 0, ctx.sentence.length),
      tense: 'past',
    });
  }
  return null;
}

// "Amos Kipruto was second at 2:06:23", "Marc Leishman (67) was third", "had a 64 to finish second"
const PLACING = /\b(?:was|were|finished|placed|came(?:\s+in)?|ended\s+up|to\s+finish)\s+(?:in\s+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|runner-up)\b(?!\s+(?:time|times|largest|biggest|highest|lowest|most|best|worst|consecutive|straight|round|quarter|half|day|week|month|year|season|game|match|leg|set|stage|tier|division|term|wife|husband|son|daughter|child|person|man|woman|country|team|player|city|state|company)\b)/i;

/**
 * A placing in a result: "Amos Kipruto was second", "Webb Simpson had a 64 to finish second". Told
 * without a day it is kept only where the article's results share one day (dateByMatchDay).
 */
function placing(ctx: SentenceContext): ExtractedEvent | null {
  const m = PLACING.exec(ctx.sentence);
  if (!m || insideQuotes(ctx.sentence, m.index)) return null;
  // ("will be second", "could finish third": not a result yet)
  if (/\b(?:will|would|could|might|may|can|should|must|to\s+be|expected|hopes?|aims?)\s+(?:\w+\s+)?$/i.test(ctx.sentence.slice(0, m.index))) return null;
  const clauseFrom = Math.max(ctx.sentence.lastIndexOf(',', m.index), ctx.sentence.lastIndexOf(';', m.index)) + 1;
  const who = ctx.mentions.filter((x) => (x.type === 'person' || x.type === 'organization' || x.type === 'other') && !x.possessive && x.start >= clauseFrom && x.end <= m.index).pop();
  if (!who || /[,;]/.test(ctx.sentence.slice(who.end, m.index).replace(/\([^)]*\)/g, ''))) return null;
  const place = m[1]!.toLowerCase();
  return told(ctx, {
    type: 'other',
    summary: `${who.name} finished ${place}`,
    trigger: 'finished',
    participants: [{ actorId: who.actorId, name: who.name, part: 'agent' }],
    date: dateFor(ctx, m.index, clauseFrom, ctx.sentence.length),
    tense: 'past',
  });
}

// "was also among the guests that graced the occasion", "were among the dignitaries who attended the ceremony"
const AMONG_GUESTS = /\b(?:was|were)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:guests|dignitaries|attendees|mourners|invitees|visitors|delegates|leaders|personalities)\s+(?:who|that)\s+(graced|attended|witnessed|joined)\s+the\s+(occasion|event|ceremony|inauguration|swearing-in|funeral|function|gala|summit|celebrations?)\b/iu;

/** "X, chairman of Y, was also among the guests that graced the occasion": X attended the occasion the story tells. */
function attendance(ctx: SentenceContext): ExtractedEvent | null {
  const m = AMONG_GUESTS.exec(ctx.sentence);
  if (!m || insideQuotes(ctx.sentence, m.index)) return null;
  // (the subject before "was", past what is set off between commas: "Aliko Dangote, chairman of Dangote Group,")
  const head = ctx.sentence.slice(0, m.index).replace(/,[^,]*,\s*$/, ' ');
  const who = ctx.mentions.find((x) => x.type === 'person' && !x.possessive && x.end <= head.length && /^\s*$/.test(head.slice(x.end)));
  if (!who) return null;
  return told(ctx, {
    type: 'other',
    summary: `${who.name} attended the ${m[2]!.toLowerCase()}`,
    trigger: m[1]!,
    participants: [{ actorId: who.actorId, name: who.name, part: 'agent' }],
    date: UNKNOWN_DATE,
    tense: 'past',
  });
}

// "India and Australia played out a draw", "Arsenal drew 2-2 with Everton", "were held to a goalless draw by X"
const DRAW_TOLD = /\b(?:played\s+out|ended\s+in|settled\s+for|held\s+to|battled\s+to|played\s+to)\s+an?\s+(?:[\w-]+\s+){0,2}draw\b|\bdrew\b(?:\s+\d+-\d+)?(?=\s+(?:with|against|at|in|on|\.|,))/i;

/** "after beating Cardiff 4-1": a win told as a gerund after "after" or "by", with its score. */
function scoredAdjunct(ctx: SentenceContext, i: number, rule: TriggerRule): boolean {
  const t = ctx.tokens[i]!;
  return rule.type === 'win' && /ing$/.test(t.lower) && /^(?:after|by)$/.test(ctx.tokens[i - 1]?.lower ?? '') && SCORE.test(ctx.sentence.slice(t.end, t.end + 60));
}

/** The named subject of the last clause before token k: a name followed by its finite verb ("as Liverpool marched"). */
function clauseSubjectBefore(ctx: SentenceContext, k: number): PlacedMention | null {
  const before = ctx.tokens[k]?.start ?? 0;
  const subjects = ctx.mentions.filter((m) => {
    if (m.end > before || m.possessive) return false;
    const next = ctx.tokens.find((x) => x.start >= m.end);
    return !!next && finiteVerb(next) && !next.cap;
  });
  return subjects[subjects.length - 1] ?? null;
}

/** An event the sentence tells, with no place of its own. */
function told(ctx: SentenceContext, e: Omit<ExtractedEvent, 'place' | 'sentenceIndex' | 'sentence'>): ExtractedEvent {
  return { ...e, place: null, sentenceIndex: ctx.sentenceIndex, sentence: ctx.sentence };
}

/** A match drawn, by the sides the sentence names: "India and Australia played out a draw in the fourth Test". */
function drawPlayed(ctx: SentenceContext): ExtractedEvent | null {
  const m = DRAW_TOLD.exec(ctx.sentence);
  if (!m || insideQuotes(ctx.sentence, m.index)) return null;
  // (a series drawn before, "had only drawn a series twice", is no match of the day)
  if (/\b(?:had|have|has|would|could|will)\s+(?:only\s+|never\s+|not\s+)?$/i.test(ctx.sentence.slice(0, m.index))) return null;
  const side = (x: PlacedMention) => (x.type === 'organization' || x.type === 'place') && !x.possessive;
  const clauseStart = ctx.sentence.lastIndexOf(',', m.index) + 1;
  // the sides joined by "and" right before the verb
  const sides: PlacedMention[] = [];
  let end = m.index;
  for (const x of ctx.mentions.filter((y) => side(y) && y.start >= clauseStart && y.end <= m.index).reverse()) {
    if (!(sides.length ? /^\s*(?:and|&|,)\s*$/ : /^\s*$/).test(ctx.sentence.slice(x.end, end))) break;
    sides.unshift(x);
    end = x.start;
  }
  const rest = ctx.sentence.slice(m.index + m[0].length);
  const other = /^\s+(?:\d+-\d+\s+)?(?:with|against|by)\s+/i.exec(rest);
  const opponent = other ? ctx.mentions.find((x) => side(x) && x.start === m.index + m[0].length + other[0].length) : undefined;
  const all = [...sides, ...(opponent ? [opponent] : [])];
  if (all.length < 2 || all[0]!.actorId === all[1]!.actorId) return null;
  return told(ctx, {
    type: 'other',
    summary: `${all[0]!.name} and ${all[1]!.name} drew`,
    trigger: 'drew',
    participants: [{ actorId: all[0]!.actorId, name: all[0]!.name, part: 'agent' }, { actorId: all[1]!.actorId, name: all[1]!.name, part: 'other' }],
    date: dateFor(ctx, m.index, 0, ctx.sentence.length),
    tense: 'past',
  });
}

// "served as health minister from May 2018 to Feb 2020", "served Maryland as a member of the House
// from 1971 to 1977 and as a Senator from 1977 to 2007"
const SERVED_AS = /\bserved\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+)+)?as\s+([^,;()]{2,80}?)\s*$/u;
const AND_AS = /^\s*,?\s*and\s+(?:then\s+)?as\s+([^,;()]{2,80}?)\s*$/u;

/**
 * A post held over a span, told as a career is ("served as health minister from May 2018 to Feb
 * 2020"): taken up when the span begins, left when it ends, each an event at that end's precision.
 */
function termsServed(ctx: SentenceContext): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  let who: PlacedMention | null = null;
  let from = 0;
  for (const dm of ctx.dates) {
    const span = /^(?:from|between)\s/i.test(dm.text) && dm.date.start && dm.date.end && dm.date.start !== dm.date.end && ['day', 'month', 'year'].includes(dm.date.precision) && !dm.date.approximate;
    const before = ctx.sentence.slice(from, dm.start);
    from = dm.end;
    if (!span) continue;
    const served = SERVED_AS.exec(before);
    const more = who ? AND_AS.exec(before) : null;
    if (served) who = subjectOfClause(ctx, ctx.sentence.lastIndexOf('served', dm.start), 0);
    const post = (served ?? more)?.[1]?.trim().replace(/\s+/g, ' ');
    if (!who || !post) continue;
    const words = post.replace(/\s+(?:of|at|for|with|in)\b.*$/i, '').split(' ');
    if (!isRoleWord(words[words.length - 1]!.toLowerCase())) continue;
    // each end of the span alone, at the span's precision
    const p = dm.date.precision;
    const first = dm.date.start!;
    const last = dm.date.end!;
    const began: FactDate = { start: first, end: p === 'year' ? `${first.slice(0, 4)}-12-31` : p === 'month' ? monthEnd(first) : first, precision: p, text: dm.text };
    const ended: FactDate = { start: p === 'year' ? `${last.slice(0, 4)}-01-01` : p === 'month' ? `${last.slice(0, 7)}-01` : last, end: last, precision: p, text: dm.text };
    const base = { place: null, tense: 'earlier' as const, sentenceIndex: ctx.sentenceIndex, sentence: ctx.sentence };
    const part = (role: ParticipantPart): Participant[] => [{ actorId: who!.actorId, name: who!.name, part: role }];
    out.push({ ...base, type: 'appoint', summary: `${who.name} became ${post}`, trigger: 'served', participants: part('subject'), date: began });
    out.push({ ...base, type: 'other', summary: `${who.name} left office as ${post.replace(/^(?:the|a|an)\s+/i, '')}`, trigger: 'left', participants: part('agent'), date: ended });
  }
  return out;
}

function monthEnd(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${iso.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

// what a state held "since" a day began with: a post ("has been chief executive since 2014"), a seat
// on a board ("was on Boeing's board since 2009"), an activity ("has been flying crews since 2020")
const SINCE_POST = /\b(?:has|have|had|['’]s)\s+been\s+((?:(?:the|a|an|its|their|his|her)\s+)?[\p{L}' -]{2,80}?)\s*,?\s*$/iu;
const SINCE_BOARD = /\b(?:was|were|(?:has|have|had)\s+(?:been|served|sat))\s+on\s+((?:the|its|their|his|her|[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*)*['’]s?)\s+(?:\p{Ll}+\s+)?board)\b[^,;]*$/u;
const SINCE_DOING = /\b(?:has|have|had)\s+been\s+(\p{Ll}{3,}ing)\b([^,;]{0,60}?)\s*$/u;
// ("the strongest gains since May", "the fourth minister to leave since November", "has not won since"):
// a comparison or a count over the time since, not a beginning
const SINCE_MEASURES = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|\p{Ll}+est|most|least|highest|lowest|best|worst|not|never|no|n['’]t|total|times|record)\b/iu;

/**
 * A state held since a day is a beginning on that day: "He has been senior managing director at
 * Blackstone since January 2014" (he became it then), "Calhoun was on Boeing's board since 2009"
 * (he joined it), "The company has been providing launch services for NASA since 2020" (it began).
 */
function sinceStart(ctx: SentenceContext): ExtractedEvent | null {
  const dm = ctx.dates.find((d) => /^since\s/i.test(d.text) && !!d.date.start && ['day', 'month', 'year'].includes(d.date.precision) && !d.date.approximate);
  if (!dm) return null;
  const clauseFrom = Math.max(ctx.sentence.lastIndexOf(';', dm.start), ctx.sentence.lastIndexOf(':', dm.start)) + 1;
  const clause = ctx.sentence.slice(clauseFrom, dm.start);
  if (SINCE_MEASURES.test(clause) || insideQuotes(ctx.sentence, dm.start)) return null;
  // ("has been in power since", "has been vacant since": a post only by its head word)
  const postOf = (m: RegExpExecArray | null) => {
    const words = m?.[1]!.trim().replace(/\s+(?:of|at|for|with|in)\b.*$/i, '').split(/\s+/) ?? [];
    return words.length && isRoleWord(words[words.length - 1]!.toLowerCase()) ? m : null;
  };
  const post = postOf(SINCE_POST.exec(clause));
  const board = post ? null : SINCE_BOARD.exec(clause);
  const doing = post || board ? null : SINCE_DOING.exec(clause);
  const found = post ?? board ?? doing;
  if (!found) return null;
  const verbAt = clauseFrom + found.index;
  let what: string;
  let type: EventType = 'appoint';
  if (post) {
    // ("has been serving as chief operating officer since January": became chief operating officer)
    what = `became ${post[1]!.trim().replace(/\s+/g, ' ').replace(/^(?:serving|acting|working)\s+as\s+/i, '')}`;
  } else if (board) what = `joined ${board[1]!.replace(/\s+/g, ' ')}`;
  else {
    type = 'other';
    what = `began ${doing![1]}${doing![2]!.replace(/\s+/g, ' ').replace(/\s+(?:under|as|in|at|on|with|from)\b.*$/i, '').trimEnd()}`;
  }
  const who = subjectOfClause(ctx, verbAt, clauseFrom);
  if (!who) return null;
  const participants: Participant[] = [{ actorId: who.actorId, name: who.name, part: type === 'appoint' ? 'subject' : 'agent' }];
  for (const m of ctx.mentions) if (m.start >= verbAt && m.end <= dm.start && m.actorId !== who.actorId && (m.type === 'organization' || m.type === 'person')) participants.push({ actorId: m.actorId, name: m.name, part: 'other' });
  return {
    type,
    summary: `${who.name} ${what}`,
    trigger: found[0].trim().split(/\s+/)[0]!,
    participants,
    place: null,
    date: { ...dm.date },
    tense: 'earlier',
    sentenceIndex: ctx.sentenceIndex,
    sentence: ctx.sentence,
  };
}

/**
 * Who a clause is about: a name right before its verb (an apposition may stand between), or "he"
 * and "she". (Not "it" or "the company": background told of the last organisation named is too
 * often told of another, "the company has been flying crews" after a sentence naming the station.)
 */
function subjectOfClause(ctx: SentenceContext, verbAt: number, from: number, he = ctx.lastPerson, kind = (x: PlacedMention) => !x.possessive && x.type !== 'place'): PlacedMention | null {
  const before = ctx.sentence.slice(from, verbAt);
  if (/\b(?:he|she)\s+$/i.test(before)) return he;
  const named = ctx.mentions.filter((x) => kind(x) && x.start >= from && x.end <= verbAt).pop();
  return named && /^(?:\s*,[^,;]{1,80},)?\s*$/.test(ctx.sentence.slice(named.end, verbAt)) ? named : null;
}

const DURING_TALKS = /\b(?:during|at|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|after)\s+(?:the\s+|their\s+|those\s+)?(?:bilateral\s+)?(?:discussions|talks|meeting|meetings|visit|summit|negotiations)\b/i;
const BOTH_SIDES = /^(?:both\s+sides|the\s+two\s+(?:sides|leaders|men|women|ministers|countries|delegations|presidents|premiers)|both\s+(?:leaders|countries|delegations|ministers))$/i;
const SUCCESSION_VERB = /^(?:replace[sd]?|succeed(?:s|ed)?)$/i;
// "He will be replaced by X", "X will succeed him as chief executive", "X is to replace Y"
// ("would" only in reported speech: "the company said Y would be replaced by X")
const SUCCESSION_AHEAD = /\b(will|shall|would|(?:is|are)\s+to|(?:is|are)\s+set\s+to)\s+(be\s+)?(replaced|succeeded|replace|succeed)\b/i;
const REPORTED_BEFORE = /\b(?:said|says|announced|announces|confirmed|confirms|told)\b/i;

/**
 * A successor named ahead of the handover: "He will be replaced by Zach Kirkhorn", "X will succeed
 * him as chief executive". That the post will change hands is told now, so the naming is the news
 * of the day (dated as the perfect is, by the story's day) unless the sentence dates the handover
 * itself ("will succeed him on March 1"), which is then an appointment ahead.
 */
function succession(ctx: SentenceContext): ExtractedEvent | null {
  const m = SUCCESSION_AHEAD.exec(ctx.sentence);
  if (!m) return null;
  const [, modal, be, verb] = m as unknown as [string, string, string | undefined, string];
  if (!!be !== /^(?:replaced|succeeded)$/i.test(verb)) return null;
  if (/^would$/i.test(modal) && !REPORTED_BEFORE.test(ctx.sentence.slice(0, m.index))) return null;
  // ("if", "unless": a handover on a condition is not one named)
  if (/\b(?:if|unless|whether|could|might|may)\b/i.test(ctx.sentence.slice(0, m.index))) return null;
  const verbEnd = m.index + m[0].length;
  // (a name the tagger could not type is, after "succeed", someone's)
  const person = (x: PlacedMention) => (x.type === 'person' || x.type === 'other') && !x.possessive;
  // (who is replaced is who was told leaving, more than whoever spoke last: "Musk said Ahuja will stay on. He will be replaced by X")
  const pronoun = (): PlacedMention | null => ctx.leaving ?? ctx.lastPerson;
  const subject = (): PlacedMention | null => subjectOfClause(ctx, m.index, 0, pronoun(), person);
  // the name the verb or its "by" reaches, past titles ("by Vice President X") and "as <post>"
  const after = (lead: RegExp): PlacedMention | null => {
    const rest = ctx.sentence.slice(verbEnd);
    const at = lead.exec(rest);
    if (!at) return null;
    if (/^\s+(?:him|her)\b/i.test(rest) && !be) return pronoun();
    const from = verbEnd + at[0].length;
    const named = ctx.mentions.find((x) => x.start >= from);
    return named && person(named) && /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u.test(ctx.sentence.slice(from, named.start)) ? named : null;
  };
  const successor = be ? after(/^\s+(?:as\s+[^,;]{1,60}?\s+)?by\s+(?:the\s+)?/i) : subject();
  const predecessor = be ? subject() : after(/^\s+/);
  if (!successor || !predecessor || successor.actorId === predecessor.actorId) return null;
  const base = /^replace/i.test(verb) ? 'replace' : 'succeed';
  const own = ctx.dates.find((d) => d.start >= verbEnd && !!d.date.start);
  return told(ctx, {
    type: 'appoint',
    summary: own ? `${successor.name} will ${base} ${predecessor.name}` : `${successor.name} named to ${base} ${predecessor.name}`,
    trigger: verb,
    participants: [
      { actorId: successor.actorId, name: successor.name, part: 'subject' },
      { actorId: predecessor.actorId, name: predecessor.name, part: 'other' },
    ],
    date: own ? own.date : { ...UNKNOWN_DATE },
    tense: own ? 'ahead' : 'perfect',
  });
}

/**
 * "Defence Minister X will take over the foreign minister's post": a post to be taken, told without
 * a day, was given out now; the naming is the news (dated as the perfect is). A hedge ("is expected
 * to", "could") or a day of its own ("will take over on March 1") leaves it ahead.
 */
function namedAhead(ctx: SentenceContext, e: ExtractedEvent): ExtractedEvent {
  if (e.type !== 'appoint' || e.tense !== 'ahead' || e.date.start || e.date.text) return e;
  const at = ctx.sentence.indexOf(e.trigger);
  if (at < 0 || !/\bwill\s+$/i.test(ctx.sentence.slice(0, at))) return e;
  if (/\b(?:if|unless|whether|could|might|may|would|expected|likely|set\s+to|poised)\b/i.test(ctx.sentence.slice(0, at))) return e;
  if (!/\bwill\s/.test(e.summary)) return e;
  return { ...e, tense: 'perfect', summary: e.summary.replace(/\bwill\s/, 'named to ') };
}

/** Verbs of aiming or arranging: "scheduled to", "attempted to", "planned to" tell no act of their own. */
const AIMING_VERBS = /^(?:scheduled|expected|set|slated|poised|planned|plans|plan|hoped|hopes|wanted|wants|tried|tries|attempted|attempts|sought|seeks|intended|intends|aimed|aims|decided|decides|vowed|vows|pledged|pledges|promised|promises|threatened|threatens|refused|refuses|declined|declines|failed|fails|managed|continued|continues|began|begins|started|starts)$/;

/** "won the election" is an election, "won the final" a win. */
function retype(ctx: SentenceContext, i: number, rule: TriggerRule): TriggerRule {
  if (rule.type === 'win' && ctx.tokens.slice(i + 1, i + 9).some((x) => /^(?:election|elections|vote|ballot|presidency|seat|seats|runoff|run-off|primary|mandate|polls)$/.test(x.lower)))
    return { type: 'elect', verb: 'won', forms: [] };
  return rule;
}

/** Verbs whose object is another's act: "accepted his resignation", "demanded her release". */
const RECEIVING_VERBS = /^(?:accept|accepts|accepted|accepting|receive|receives|received|reject|rejects|rejected|refuse|refuses|refused|demand|demands|demanded|seek|seeks|sought|request|requests|requested|welcome|welcomes|welcomed|approve|approves|approved|urge|urges|urged)$/;

/** Events a charge, a conviction or a sentence may be for. */
const CHARGE_CONTENT_TYPES = new Set(['kill', 'attack', 'kidnap', 'injure', 'payment']);
const CHARGE_WORDS = /^(?:charged?|charges|accused|accuses|suspected|suspicion|convicted|conviction|indicted|indictment|jailed|sentenced|guilty|pleaded|pled|acquitted|arrested|held|remanded|trial|tried|count|counts)$/;

/** What is released without being a person: a name, a report, figures. */
const RELEASED_THINGS = /^(?:identification|identity|identities|name|names|details|results|report|reports|figures|data|statement|findings|information|footage|video|videos|images?|photos?|list|documents?|files|records|transcripts?|recordings?|cause)$/;

/** Rule out trigger words used in another sense. */
function triggerApplies(ctx: SentenceContext, i: number, rule: TriggerRule): boolean {
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  // "documents released by", "released a statement": the release of a thing, not a person
  if (rule.type === 'release' && next && ['a', 'an', 'its', 'their', 'his', 'her', 'the'].includes(next.lower) && ctx.tokens[i + 2] && /^(?:statement|report|video|documents?|data|figures|footage|details|list|photo|photos|images?)$/.test(ctx.tokens[i + 2]!.lower)) return false;
  if (rule.type === 'release' && prev && /^(?:documents?|files|papers|data|report|statement|video|photos?)$/.test(prev.lower)) return false;
  if (rule.type === 'release' && next?.lower === 'date') return false;
  // ("according to Jones' release", "according to the release": a document the news is told from)
  if (t.tags.has('Noun') && /\baccording\s+to\s+(?:the\s+|a\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}(?:[\p{L}]+['’]s?\s+)?$/u.test(ctx.sentence.slice(0, t.start))) return false;
  // ("The identification of the victim ... will be released by the coroner": a passive of a thing released)
  if (rule.type === 'release' && prev && BE.has(prev.lower)) {
    const head = ctx.tokens.slice(0, i).find((x) => x.word && !DETERMINERS.has(x.lower) && !x.tags.has('Adjective'));
    if (head && RELEASED_THINGS.test(head.lower)) return false;
  }
  // "thrashed", "crushed", "routed" tell a result only beside a score ("Police crushed the protest" is none)
  if (rule.type === 'win' && /^(?:thrash|rout|trounce|hammer|crush|thump)/.test(t.lower) && !SCORE.test(ctx.sentence)) return false;
  // "discussed the ceasefire with X", "X and Y discussed trade" are talks; "Schiller discusses the
  // new iPhone" on stage is no one talking with anyone
  if (t.root === 'discuss' && !t.tags.has('Noun') && !ctx.tokens.slice(i + 1).some((x) => /^(?:with|between|among)$/.test(x.lower)) && !/\b(?:and|both|two|leaders|sides|ministers|officials)\b/i.test(ctx.sentence.slice(0, t.start))) return false;
  // "has fallen short on the execution of recalls": a state, not a fall
  if (/^(?:fall|falls|fell|fallen|falling)$/.test(t.lower) && next?.lower === 'short') return false;
  // "demonstrated their industriousness", "demonstrated the technology": showing, not a protest
  if (rule.type === 'protest' && /^demonstrat/.test(t.lower) && next && (DETERMINERS.has(next.lower) || /^(?:their|his|her|its|our|that|how)$/.test(next.lower))) return false;
  // "hired out a hall" is renting, not hiring anyone
  if (t.root === 'hire' && next?.lower === 'out') return false;
  // "conceded defeat", "conceded to Smith" are a loss; "conceded a penalty" is not
  if (/^conced/.test(t.lower) && next?.word && !/^(?:defeat|to|victory)$/.test(next.lower)) return false;
  // "charged him with murder", "accused of attempted murder", "jailed for the killing of": what a
  // charge or a sentence is for is that event's content, not a second event (a verb, "accused of
  // having killed", is still told)
  // (the victim is still news: "charged with the murder of Simon Bowman" tells Bowman was killed)
  if (!t.tags.has('PastTense') && CHARGE_CONTENT_TYPES.has(rule.type) && next?.lower !== 'of') {
    const window = ctx.tokens.slice(Math.max(0, i - 8), i);
    const prep = window.map((x) => x.lower).lastIndexOf('with') >= 0 || window.some((x) => ['of', 'for', 'over'].includes(x.lower));
    if (prep && window.some((x) => CHARGE_WORDS.test(x.lower))) return false;
  }
  // "alleged crimes" is a qualifier, not an accusation
  if (t.lower === 'alleged' && next && !['that', 'to'].includes(next.lower) && !next.cap) return false;
  // "quit" / "stepped" only as "stepped down"; "shot" kills only as "shot dead"
  if (t.lower === 'stepped' && next?.lower !== 'down') return false;
  if (t.lower === 'shot' && next?.lower !== 'dead') return false;
  // "won praise", "won approval": a win is over someone or in a contest
  if (rule.type === 'win' && !t.tags.has('Noun') && !ctx.tokens.slice(i + 1, i + 8).some((x) => (x.cap && !x.tags.has('Date')) || /^(?:final|finals|match|game|race|title|cup|trophy|championship|tournament|gold|medal|stage|round|tie|semifinal|semi-final|set|sets|case|appeal|bid|contract|award|prize|seat|seats|election|elections|vote|votes|majority|percent|%|series|test|league|poll|polls|runoff|presidency|mandate|term|nomination|primary|re-election|reelection)$/.test(x.lower))) return false;
  if (rule.type === 'deny' && !['entry', 'access', 'visa', 'bail', 'request'].some((w) => ctx.tokens.slice(i + 1, i + 4).some((x) => x.lower === w))) return false;
  if (rule.type === 'payment' && !/\b(?:ransom|million|billion|euros?|dollars?|\$|€|£)\b/i.test(ctx.sentence)) return false;
  const after = (n: number) => ctx.tokens.slice(i + 1, i + 1 + n);
  // what a quote says is the speaker's; what happened is told outside the quotation marks
  if (insideQuotes(ctx.sentence, t.start)) return false;

  // "will remain free", "stayed hidden": after a linking verb the word describes a state
  if (prev && /^(?:remain|remains|remained|stay|stays|stayed|seem|seems|seemed|become|became|feel|felt|keep|kept|look|looked)$/.test(prev.lower)) return false;
  // "to winning the title", "after killing two": a gerund after a preposition names, it does not tell
  // (but a result with its score is one: "went top after beating Cardiff 4-1")
  if (/ing$/.test(t.lower) && prev && (prev.lower === 'to' || prev.tags.has('Preposition')) && !prev.cap && !scoredAdjunct(ctx, i, rule)) return false;
  // "the newly elected president", "a jailed activist": a participle before its noun describes it
  const nounNext = !!next?.word && (next.tags.has('Noun') || next.lex.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun') && !DETERMINERS.has(next.lower) && !NP_STOP.has(next.lower);
  // ("He then joined Nielsen", "later moved": an adverb of sequence stands before a verb, not a participle)
  if (/ed$/.test(t.lower) && nounNext && prev && ((prev.tags.has('Adverb') && !SEQUENCE_ADVERBS.test(prev.lower)) || DETERMINERS.has(prev.lower) || (prev.tags.has('Adjective') && !prev.cap))) return false;
  // "Newly elected Kenyan president, William Ruto, ...": an adverb of when makes the participle describe
  if (/(?:ed|en)$/.test(t.lower) && next?.word && prev && /^(?:newly|recently|democratically|duly|popularly|freshly|previously|formerly)$/i.test(prev.lower)) return false;
  // "the top elected official", "its newly appointed envoy": a participle describing a person's noun
  if (/(?:ed|en)$/.test(t.lower) && next?.word && !next.cap && isRoleWord(next.lower) && prev?.word && !prev.cap && !BE.has(prev.lower) && !AUXILIARIES.has(prev.lower) && !prev.tags.has('Pronoun')) return false;
  // "vote buying allegations", "money laundering charges": an -ing word between two nouns is part of a compound
  // (the tagger reads a sentence's first word as an imperative: "Vote buying allegations")
  const opener = !!prev && prev.cap && ctx.tokens.findIndex((x) => x.word) === prev.index;
  if (/ing$/.test(t.lower) && nounNext && !next!.cap && prev?.word && (prev.tags.has('Noun') || prev.lex.has('Noun') || opener) && !prev.tags.has('Pronoun') && !BE.has(prev.lower) && !AUXILIARIES.has(prev.lower) && (next!.tags.has('Noun') || next!.tags.has('Plural'))) return false;
  // "to rescue stranded motorists": a verb outside the lists right before a noun, after another verb, describes it
  const prevIsVerb = !!prev && (prev.tags.has('Verb') || ctx.tokens[i - 2]?.lower === 'to');
  if (rule.generic && /ed$/.test(t.lower) && nounNext && !next!.cap && prev?.word && !prev.cap && prevIsVerb && !BE_WORDS.has(prev.lower) && !AUXILIARIES.has(prev.lower)) return false;
  // "a full bench headed by the chief justice": a participle after its noun, then "by", describes it
  // (but "saw his penalty saved by the goalkeeper" reports what happened to it)
  if (rule.generic && next?.lower === 'by' && prev?.word && !prev.cap && (prev.tags.has('Noun') || prev.tags.has('Plural')) && !ctx.tokens.slice(Math.max(0, i - 4), i - 1).some((x) => /^(?:saw|sees|see|watched|had|has|got|gets)$/.test(x.lower))) return false;
  // "over leaked messages", "the injured driver": a participle before its noun describes it
  const preposition = (x: Token) => x.tags.has('Preposition') || OBLIQUE.has(x.lower) || /^(?:after|before|during|despite|amid|following)$/.test(x.lower);
  // ("is to return": the "to" of a plan, not a preposition)
  const planned = prev?.lower === 'to' && /^(?:is|are)$/.test(ctx.tokens[i - 2]?.lower ?? '');
  if (rule.generic && prev && !planned && (preposition(prev) || DETERMINERS.has(prev.lower) || prev.tags.has('Adjective') || prev.possessive) && next?.word && (next.tags.has('Noun') || next.lex.has('Noun') || next.tags.has('Plural')) && !next.cap) return false;
  if (rule.generic && prev && !planned && (preposition(prev) || DETERMINERS.has(prev.lower) || prev.possessive)) return false;
  // "squeaked out a victory", "notched a win": the win after the verb tells it
  // (not one that only modifies the object: "accepted the election results")
  if (rule.generic && after(4).some((x) => x.word && !x.cap && !x.tags.has('Verb') && triggerFor(x.lower) && ['win', 'lose', 'elect'].includes(triggerFor(x.lower)!.type) && !(ctx.tokens[x.index + 1]?.word && ctx.tokens[x.index + 1]!.tags.has('Noun') && !ctx.tokens[x.index + 1]!.cap))) return false;
  // "gained prominence in the late 1990s": becoming known is a state, not an act
  if (t.root === 'gain' && /^(?:prominence|popularity|fame|notoriety|recognition|attention|currency|favou?r|acceptance)$/.test(next?.lower ?? '')) return false;
  // "reported that ...", "revealed on Monday that ...": a verb of telling; what it tells is the event
  if (rule.generic && after(4).some((x) => x.lower === 'that' || x.text === ':')) return false;
  // "appeared in court", "appeared before magistrates": a court appearance; "appeared to" is not
  if (rule.type === 'appear' && !after(6).some((x) => /^(?:court|courts|magistrates?|judge|tribunal|hearing|dock)$/.test(x.lower) || /court$/i.test(x.text))) return false;
  // "a man named John" is a name, "was named chief executive" / "named him as" an appointment
  if (t.root === 'name' && !after(4).some((x) => x.lower === 'as' || x.lower === 'to' || isRoleWord(x.lower) || TITLE_WORDS.has(x.lower))) return false;
  // "passed away", "time passed": only a bill, a law or a motion is approved
  if (t.root === 'pass' && rule.type !== 'die' && !after(5).some((x) => /^(?:bill|bills|law|laws|resolution|measure|budget|motion|amendment|legislation|act)$/.test(x.lower))) return false;
  if (t.root === 'adopt' && !after(5).some((x) => /^(?:resolution|law|measure|budget|motion|amendment|legislation|constitution|charter|declaration|plan)$/.test(x.lower))) return false;
  // "ruled out" rules nothing
  if (rule.type === 'rule' && next?.lower === 'out') return false;
  // "lost 5%", "lost their homes": a defeat only against someone or in a contest
  if (rule.type === 'lose' && !after(5).some((x) => x.cap || /^(?:final|match|game|election|vote|seat|seats|title|race|bid|case|appeal|tie|semifinal|semi-final)$/.test(x.lower))) return false;
  // "launched an investigation", "announced his resignation", "signed the deal": the noun tells the event
  // (but "the governor announced the agreement" tells an announcement: an agreement is made by its sides)
  if ((rule.type === 'launch' || rule.type === 'announce') && after(3).some((x) => x.word && !x.cap && triggerFor(x.lower) && !x.tags.has('Verb') && !(rule.type === 'announce' && triggerFor(x.lower)?.type === 'sign'))) return false;
  // "announced that ...", "announced on Monday it would ...": what is announced is the event
  if (rule.type === 'announce' && after(4).some((x) => x.lower === 'that' || x.lower === 'it' || x.lower === 'plans')) return false;
  // a thing is suspended or banned ("suspended flights"); "suspended sentence" is a sentence
  if (rule.type === 'ban' && next && /^(?:sentence|sentences|animation)$/.test(next.lower)) return false;
  return true;
}

const SEQUENCE_ADVERBS = /^(?:then|later|subsequently|eventually|finally|again|soon|also|first|once)$/;

/** "will appear", "is due to appear", "is set to take": what the text says will happen. */
const FUTURE_BEFORE = /\b(?:will|shall|['’]ll|(?:is|are)\s+to(?:\s+be)?|(?:has|have|must)\s+to(?:\s+be)?|must(?:\s+be)?|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|poised|going)\s+to(?:\s+be)?)\s+(?:\w+\s+)?$/i;
/** "faces prison when he is sentenced": a present passive after when/once/until tells what is ahead. */
const AHEAD_CLAUSE = /\b(?:when|once|until|till|before|after|if|unless)\s+(?:[\w'’.-]+\s+){1,3}(?:is|are)\s+$/i;

/** An actor that is a person, an organisation or a name of unknown kind, not a place: places are where, not who. */
function namedActor(ctx: SentenceContext, actorId: number): boolean {
  return ctx.lastPerson?.actorId === actorId || ctx.leadPerson?.actorId === actorId || ctx.lastOrg?.actorId === actorId || ctx.mentions.some((m) => m.actorId === actorId && m.type !== 'place');
}

const IRREGULAR_PAST = new Set(['met', 'held', 'won', 'paid', 'freed', 'fled', 'led', 'quit', 'struck', 'shot', 'sought', 'told', 'beat', 'bought', 'sold', 'lost', 'took', 'upheld', 'pled']);
const MODALS = new Set(['to', 'will', 'would', 'could', 'can', 'must', 'may', 'might', 'should', 'did', 'does', 'do', 'shall']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'without', 'nor']);
const RELATIVE = new Set(['who', 'that', 'which', 'whom']);
const SUBJECT_PRONOUN = new Set(['he', 'she']);
const OBJECT_PRONOUN = new Set(['him', 'her', 'his']);

/** Words after which "to" + trigger is a wish, a plan or a permission, not a happening ("would allow police to arrest"). */
const HYPOTHETICAL = new Set(
  (
    'order orders ordered ordering direct directs directed instruct instructs instructed plan plans planned planning ' +
    'allow allows allowed allowing permit permits permitted let lets threaten threatens threatened threatening vow vows vowed vowing promise promises promised pledge pledges pledged seek seeks sought seeking try tries tried trying attempt attempts attempted want wants wanted hope hopes hoped urge urges urged urging ask asks asked asking expect expects welcome welcomes welcomed welcoming invite invites invited inviting refuse refuses refused refusing fail fails failed failing aim aims aimed aiming intend intends intended intending propose proposes proposed proposing attempting hoping wanting ready willing unable'
  ).split(' '),
);
const CONDITIONAL = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'ought']);
/** "should've", "could've": one token for a modal and its perfect. */
const MODAL_PERFECT = /^(?:should|could|would|might|must)['’]ve$/;
/** Deals that are made by agreeing to them: "agreed to buy", "agreed to step down". */
const AGREED_IS_DONE = new Set<EventType>(['acquire', 'merge', 'sell', 'invest', 'payment', 'resign', 'sign', 'release']);

function hypothetical(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (CONDITIONAL.has(prev.lower)) return true;
  // "should've used", "should have wrapped up": what ought to have happened did not
  if (MODAL_PERFECT.test(prev.lower) || (/^(?:have|['’]ve)$/.test(prev.lower) && CONDITIONAL.has(tokens[i - 2]?.lower ?? ''))) return true;
  // "would be published", "could have been signed": the same wish or guess in the passive
  // ("ought not to have been handed": past the negation and the "to" of "ought to")
  if (/^(?:be|been)$/.test(prev.lower)) {
    // "measures to be taken", "in talks to be bought by X": what a noun is for is not done yet
    // (but "the first to be arrested" was)
    const noun = tokens[i - 3];
    if (tokens[i - 2]?.lower === 'to' && noun?.word && !noun.cap && noun.tags.has('Noun') && !noun.tags.has('Pronoun') && !/^(?:first|last|only|second|third|latest|one|ones)$/.test(noun.lower)) return true;
    let k = i - 2;
    while (k >= Math.max(0, i - 6) && /^(?:have|to|not|never)$/.test(tokens[k]!.lower)) k--;
    if (k >= 0 && CONDITIONAL.has(tokens[k]!.lower)) return true;
  }
  if (prev.lower !== 'to') return false;
  for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k]!;
    if (!t.word) break;
    if (HYPOTHETICAL.has(t.lower) || CONDITIONAL.has(t.lower) || MODAL_PERFECT.test(t.lower)) return true;
  }
  return false;
}

/** "a ceasefire proposal", "an arrest warrant", "attack helicopters": a noun modifying the noun after it. */
function modifiesNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !next.word || next.cap || next.possessive) return false;
  if (DETERMINERS.has(next.lower) || NP_STOP.has(next.lower) || BE_WORDS.has(next.lower) || CLAUSE_WORDS.has(next.lower)) return false;
  const t = next.tags;
  return t.has('Noun') && !t.has('Verb') && !t.has('Pronoun') && !t.has('Preposition') && !t.has('Adverb') && !t.has('Adjective') && !t.has('Date') && !t.has('Value');
}

const QUANTIFIERS = new Set('several many some dozens hundreds thousands scores two three four five six seven eight nine ten all both more most'.split(' '));

/** Verbs whose subject is the one it happened to: "Shaw died in hospital". */
const DIE_FORMS = new Set(['died', 'dies', 'die', 'dying']);
/** The verbs of "passed away" and "breathed his last", the words obituaries use for dying. */
const OBITUARY_VERBS = /^(?:pass|passed|passes|passing|breathe|breathed|breathes)$/;
/** Prepositions that place a name ("near El Fasher", "on Khan Younis"): a place or a target, not a taker-part. */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'on', 'into', 'inside', 'outside', 'around', 'across', 'along', 'toward', 'towards', 'through', 'across', 'beyond', 'behind', 'off']);
/** Verbs that govern a sign noun in the text ("reached a ceasefire", "signed an accord"). */
const SIGN_VERBS = /^(?:signed|sign|signs|signing|reached|reach|reaches|struck|strike|strikes|agreed|agree|agrees|sealed|seal|concluded|conclude|brokered|broker|announced|announce|declared|declare|finalised|finalized|inked)$/;
const PAY_VERBS = /^(?:paid|pay|pays|paying)$/;

/** A finite verb: "attacked", "says" (not a participle, not a noun). */
function finiteVerb(t: Token): boolean {
  if (t.lex.has('Noun') && !t.lex.has('Verb')) return false; // "live rounds" read as a verb in context
  return t.word && !t.cap && t.tags.has('Verb') && !t.tags.has('Noun') && !/ing$/.test(t.lower) && (t.tags.has('PastTense') || t.tags.has('PresentTense'));
}

/** Nouns that, after "the", stand for an organisation just named: "the company", "the airline". */
const ORG_DESCRIPTIONS = /^(?:company|firm|group|carrier|airline|carmaker|automaker|bank|lender|insurer|retailer|maker|manufacturer|giant|conglomerate|business|operator|utility|chain|startup|agency|ministry|department|party|club|team|side|university|council|court|board|regulator|government|administration|network|broadcaster|publisher)$/;
/**
 * Of those, the ones that name a body of a kind, not any organisation: "the board" is a board named
 * before ("Board of Directors"), never the carmaker named last; with none named, no one. (Not "the
 * team", "the party", "the agency": Liverpool, the MPLA and NASA are named without those words.)
 */
const BODY_DESCRIPTIONS = /^(?:ministry|department|university|council|court|board|government|administration)$/;

/** The organisation "the <noun>" stands for: the last named, or for a body, the last named with that word in its name. */
function describedOrg(ctx: SentenceContext, noun: string, before: (m: PlacedMention) => boolean): PlacedMention | null {
  const inSentence = ctx.mentions.filter((m) => before(m) && m.type === 'organization').reverse();
  if (!BODY_DESCRIPTIONS.test(noun)) return inSentence[0] ?? ctx.lastOrg ?? null;
  const word = new RegExp(`\\b${noun}\\b`, 'i');
  return [...inSentence, ...(ctx.recentOrgs ?? [])].find((m) => word.test(m.name)) ?? null;
}

/** Nouns that, after "the", stand for a person just named: "the 30-year-old", "the suspect". */
const PERSON_DESCRIPTIONS = /^(?:man|woman|boy|girl|suspect|accused|defendant|victim|\d+-year-old|teenager|driver|pilot|player|striker|midfielder|defender|goalkeeper|coach|manager|minister|president|senator|governor|mayor|judge|lawyer|officer|executive|chief|chairman|chairwoman|founder|actor|singer|star|champion|leader|candidate|politician|spokesman|spokeswoman|billionaire|businessman|businesswoman|former)$/;

/**
 * The named actor a clause's subject stands for when it is not a name: "it" or "the company" for
 * the organisation named last, "the 30-year-old" or "the suspect" for the person named last.
 */
function describedSubject(ctx: SentenceContext, from: number, verbAt: number): PlacedMention | null {
  const { tokens } = ctx;
  let k = from;
  // past an opening time phrase: "On Tuesday, the company ..."
  const comma = tokens.findIndex((t, j) => j >= from && j < verbAt && t.text === ',');
  if (comma >= 0 && PREPOSITION_OPENERS.has(tokens[from]?.lower ?? '')) k = comma + 1;
  const first = tokens[k];
  if (!first) return null;
  const before = (m: PlacedMention) => m.end <= first.start;
  if (first.lower === 'it' && k + 1 <= verbAt) return ctx.mentions.filter((m) => before(m) && m.type === 'organization').pop() ?? ctx.lastOrg ?? null;
  if (first.lower !== 'the') return null;
  for (let j = k + 1; j < Math.min(verbAt, k + 4); j++) {
    const t = tokens[j]!;
    if (!t.word || t.cap) return null;
    // ("the team of astronomers", "a group of lawyers": people, not the organisation named last)
    if (ORG_DESCRIPTIONS.test(t.lower) && tokens[j + 1]?.lower === 'of' && !!tokens[j + 2] && !tokens[j + 2]!.cap) return null;
    if (ORG_DESCRIPTIONS.test(t.lower)) return describedOrg(ctx, t.lower, before);
    // ("the former premier": the office after "former" says who)
    if (t.lower === 'former' && OFFICE_DESCRIPTIONS.test(tokens[j + 1]?.lower ?? '')) continue;
    if (PERSON_DESCRIPTIONS.test(t.lower)) return describedPerson(ctx, first.start, t.lower);
    if (!t.tags.has('Adjective') && !/^(?:\d|former|new|embattled|ousted|veteran|accused)/.test(t.lower)) return null;
  }
  return null;
}

/** Offices that say who a description means ("the premier"): one whose titles name it, never just the last person named. */
const OFFICE_DESCRIPTIONS = /^(?:premier|minister|president|senator|governor|mayor|judge|chairman|chairwoman|leader|chancellor)$/;
/** Other words for an office, as titles write them. */
const OFFICE_WORDS: Record<string, RegExp> = { premier: /\b(?:premier|prime minister)\b/i };

/** "..., and the accused was remanded": a definite description right before the verb. */
function describedHead(ctx: SentenceContext, head: Token): PlacedMention | null {
  const det = ctx.tokens[head.index - 1];
  if (det?.lower !== 'the') return null;
  const before = (m: PlacedMention) => m.end <= head.start;
  if (ORG_DESCRIPTIONS.test(head.lower)) return describedOrg(ctx, head.lower, before);
  if (PERSON_DESCRIPTIONS.test(head.lower)) return describedPerson(ctx, det.start, head.lower);
  return null;
}

/**
 * The person "the 30-year-old" or "the accused" stands for: one named earlier in the sentence (not
 * after a preposition), else the latest one named before it, but never one this sentence names
 * again (in "the 30-year-old has been charged with the murder of Simon Bowman", not Bowman).
 */
function describedPerson(ctx: SentenceContext, at: number, noun = ''): PlacedMention | null {
  // ("Taylor was arrested 36 hours after the victim was stabbed": a victim is not the one this
  // sentence arrests or names before; one named in an earlier sentence may be)
  const victim = noun === 'victim';
  // (not the one who tells it: in "Det Sgt Wade said the man was stabbed", the man is not Wade)
  const here = ctx.mentions
    .filter((m) => m.start < at && m.type === 'person' && !oblique(ctx, m) && !/\b(?:said|says|told|tells|added|explained|confirmed|stated)\b/.test(ctx.sentence.slice(m.end, at)))
    .pop();
  const named = new Set(ctx.mentions.map((m) => m.actorId));
  const earlier = (ctx.recentPersons ?? (ctx.lastPerson ? [ctx.lastPerson] : [])).filter((p) => !named.has(p.actorId));
  // ("The governor signed": the one whose titles name the office, before whoever was named last;
  // "The former premier was being treated": never one who holds it now, as the prime minister
  // named last does; the text not saying which, nobody)
  if (OFFICE_DESCRIPTIONS.test(noun) && ctx.titlesOf) {
    const office = OFFICE_WORDS[noun] ?? new RegExp(`\\b${noun}\\b`, 'i');
    const titles = (m: PlacedMention) => ctx.titlesOf!(m.actorId).filter((t) => office.test(t));
    const former = /^the\s+former\b/i.test(ctx.sentence.slice(at));
    const pool = (here && !victim ? [here, ...earlier] : earlier).filter((m) => !(former && titles(m).some((t) => !/\bformer\b/i.test(t))));
    return pool.find((m) => titles(m).length > 0) ?? pool[0] ?? null;
  }
  if (here && !victim) return here;
  // ("The defendant, of St Vincent Lane, is also charged": the one the text last told accused, not
  // the officer named after him)
  if (/^(?:defendant|accused|suspect)$/.test(noun) && ctx.accused && !named.has(ctx.accused.actorId)) return ctx.accused;
  return earlier[0] ?? null;
}

/**
 * The common noun heading the clause's subject, when the word before the verb group ending at
 * token `v` (auxiliaries, adverbs and a date already passed over) is one outside any name; else null.
 */
function commonNounBefore(ctx: SentenceContext, v: number, floor: number): Token | null {
  const { tokens } = ctx;
  let k = v;
  const inDate = (t: Token) => ctx.dates.some((d) => t.start >= d.start && t.end <= d.end);
  // "The FAA on Wednesday grounded": a date between subject and verb
  while (k > floor && (inDate(tokens[k]!) || (tokens[k]!.word && /^(?:on|late|early|last|this)$/.test(tokens[k]!.lower) && inDate(tokens[k + 1] ?? tokens[k]!)))) k--;
  const t = tokens[k];
  if (!t || !t.word || t.cap || t.possessive) return null;
  if (ctx.mentions.some((m) => t.start >= m.start && t.end <= m.end)) return null;
  if (t.tags.has('Pronoun') || DETERMINERS.has(t.lower) || BE_WORDS.has(t.lower) || MODALS.has(t.lower) || CLAUSE_WORDS.has(t.lower)) return null;
  // ("Harbor Corp shares fell": in that place an -s word is the subject's noun, whatever the tagger says)
  const noun = ((t.tags.has('Noun') || t.tags.has('Plural')) && !t.tags.has('Verb')) || (t.lex.has('Plural') && !!tokens[k - 1]?.cap);
  return noun && !t.tags.has('Adjective') && !t.tags.has('Value') ? t : null;
}

const SHARE_NOUNS = /^(?:shares|stock|stocks)$/;
const MARKET_VERBS = /^(?:fell|falls|fall|rose|rises|rise|tumbled|tumbles|jumped|jumps|climbed|climbs|slid|slides|dropped|drops|gained|gains|plunged|plunges|soared|soars|surged|surges|slumped|slumps|sank|sinks|rallied|rallies|closed|closes|edged|edges|declined|declines|advanced|advances|slipped|slips|plummeted|plummets|spiked|spikes|sagged|dipped|dips|added|lost|ended|finished|traded|opened)$/;

/**
 * Whose shares a subject of bare shares tells of: "Shares of Boeing fell" (the company after
 * "of"); "Shares tumbled in late trading", "Its shares rose", "The company's stock fell" right
 * after the company's news (the organisation named last, as "the company" is). The subject ends
 * at token `v`; `floor` is where its clause begins.
 */
function sharesSubject(ctx: SentenceContext, v: number, floor: number, verb: Token): PlacedMention | undefined {
  const { tokens } = ctx;
  const last = tokens[v];
  if (!last || !MARKET_VERBS.test(verb.lower)) return undefined;
  const named = ctx.mentions.find((m) => m.type === 'organization' && last.start >= m.start && last.end <= m.end);
  if (named) {
    const k = tokenIndexAt(tokens, named.start);
    return tokens[k - 1]?.lower === 'of' && SHARE_NOUNS.test(tokens[k - 2]?.lower ?? '') && k - 2 >= floor ? named : undefined;
  }
  if (!SHARE_NOUNS.test(last.lower) || last.possessive) return undefined;
  // only the shares alone: not "oil stocks", "the two sides' shares"
  const before = ctx.sentence.slice(tokens[floor]?.start ?? 0, last.start);
  if (!/(?:^|\b(?:but|and|while|as)\s+)(?:(?:its|the|the\s+(?:company|firm|group|carmaker|automaker|airline|bank|lender|insurer|retailer)['’]s)\s+)?$/i.test(before)) return undefined;
  // ("Tesla posted a profit, but its shares fell": the company this sentence named)
  return ctx.mentions.filter((m) => m.type === 'organization' && m.end <= last.start).pop() ?? ctx.lastOrg ?? undefined;
}

/**
 * "RSF fighters attacked", "Boeing engineers found": people named by the group they belong to
 * act for it, so the name right before a noun of people is the agent. "Boeing shares fell" and
 * "tensions between X and Y" name no one who acted.
 */
function membersOf(ctx: SentenceContext, head: Token | null, cands: PlacedMention[]): PlacedMention | undefined {
  if (!head || !(isRoleWord(head.lower) || /^(?:police|troops|forces|militants|staff|crew|team|officials|authorities|investigators|prosecutors|lawmakers|fighters|soldiers|rebels)$/.test(head.lower))) return undefined;
  const m = cands[cands.length - 1];
  if (!m || m.type === 'place') return undefined;
  const between = ctx.sentence.slice(m.end, head.start).trim();
  return between === '' ? m : undefined;
}

function buildEvent(ctx: SentenceContext, i: number, rule: TriggerRule): ExtractedEvent | null {
  const { tokens } = ctx;
  const trig = tokens[i]!;
  if (tokens.slice(Math.max(0, i - 3), i).some((t) => NEGATION.has(t.lower) || /n['’]t$/.test(t.lower))) return null;
  // "No details were released", "None of the passengers was hurt": a subject that denies
  if (/^(?:no|none|neither|nobody|nothing)$/.test(tokens.slice(0, i).find((t) => t.word)?.lower ?? '') && !tokens.slice(0, i).some((t) => t.text === ',')) return null;
  // "a law that would allow police to arrest migrants": nothing has happened.
  // (an order to report to prison is news of its own: the day the sentence begins)
  if (hypothetical(tokens, i) && !/ to (?:prison|jail)$/.test(rule.verb)) return null;
  // ("after failing to reach an agreement": the light verb of a noun carries its wish or failure)
  const light = DETERMINERS.has(tokens[i - 1]?.lower ?? '') && LIGHT_VERBS.has(tokens[i - 2]?.lower ?? '') ? i - 2 : -1;
  if (light > 0 && (hypothetical(tokens, light) || tokens.slice(Math.max(0, light - 3), light).some((t) => NEGATION.has(t.lower) || /n['’]t$/.test(t.lower)))) return null;
  // "agreed to vote its shares" is a promise; "agreed to buy X" is the deal itself, the news
  if (tokens[i - 1]?.lower === 'to' && /^agree/.test(tokens[i - 2]?.lower ?? '') && !AGREED_IS_DONE.has(rule.type)) return null;
  const clause = clauseOf(tokens, i);
  const cFrom = clause.from;
  const cTo = clause.to;
  const clauseStart = tokens[cFrom]?.start ?? 0;
  const clauseEnd = tokens[cTo - 1]?.end ?? ctx.sentence.length;
  const skipSpans = clause.skips.map(([a, b]) => [tokens[a]!.start, tokens[b - 1]!.end] as const);
  const skipped = (at: number) => skipSpans.some(([a, b]) => at >= a && at < b);
  // The trigger's reach ends where the next event word begins ("Almasri's release led to an investigation").
  let sTo = cTo;
  for (let k = i + 1; k < cTo; k++)
    if (tokens[k]!.word && !tokens[k]!.cap && triggerFor(tokens[k]!.lower)) {
      sTo = k;
      break;
    }
  const scopeEnd = tokens[sTo - 1]?.end ?? clauseEnd;
  const inflected = /(?:ed|[^s]s|ing)$/.test(trig.lower) || IRREGULAR_PAST.has(trig.lower) || trig.tags.has('PastTense');
  const afterModal = !!tokens[i - 1] && MODALS.has(tokens[i - 1]!.lower);
  // ", killing at least five people": an -ing word opening a clause after a comma is a participle
  const participleOpens = /ing$/.test(trig.lower) && tokens[i - 1]?.text === ',' && !!tokens[i + 1]?.word && !DETERMINERS.has(tokens[i - 1]!.lower);
  // "of fraud charges", "after two attacks": a plural noun after a noun that modifies it, not a verb
  const pluralNoun = /[^s]s$/.test(trig.lower) && trig.lex.has('Plural') && !!tokens[i - 1]?.word && !tokens[i - 1]!.cap && tokens[i - 1]!.lex.has('Noun') && !tokens[i - 1]!.lex.has('Plural') && !tokens[i - 1]!.tags.has('Pronoun');
  // "Medvedev beat Thiem": a past form right after a name is its verb, whatever the tagger says
  const afterName = ctx.mentions.some((m) => !m.possessive && /^\s*$/.test(ctx.sentence.slice(m.end, trig.start)));
  // "Deepak Ahuja is retiring": after "is", an -ing form of a trigger is its verb, though the tagger says adjective
  const progressive = /ing$/.test(trig.lower) && !!tokens[i - 1] && /^(?:is|are|am|was|were)$/.test(tokens[i - 1]!.lower);
  // "remanded John, and adjourned the case": a past form right after "and" is the second verb of the
  // subject, whatever the tagger makes of it
  const coordinatedPast = tokens[i - 1]?.lower === 'and' && (/ed$/.test(trig.lower) || IRREGULAR_PAST.has(trig.lower)) && !!tokens[i + 1]?.word;
  // "was charged with theft": a participle after "was" (or "was later") is a passive verb, though
  // the tagger reads it as an adjective before "with"
  const beBefore = (k: number) => !!tokens[k] && BE.has(tokens[k]!.lower);
  const passiveParticiple = (/ed$/.test(trig.lower) || IRREGULAR_PAST.has(trig.lower)) && (beBefore(i - 1) || (beBefore(i - 2) && !!tokens[i - 1]?.tags.has('Adverb')));
  // "is due to appear in court": after "due to", "set to", "about to", the word is a verb, though the tagger reads a noun
  const dueTo = tokens[i - 1]?.lower === 'to' && /^(?:due|set|expected|scheduled|slated|poised|about|going|able|likely|ready)$/.test(tokens[i - 2]?.lower ?? '');
  const verbal =
    (trig.tags.has('Verb') || dueTo || participleOpens || progressive || coordinatedPast || passiveParticiple || (IRREGULAR_PAST.has(trig.lower) && afterName)) && !pluralNoun && !/(?:ion|ment|ure|ings)$/.test(trig.lower) && !(tokens[i - 1] && DETERMINERS.has(tokens[i - 1]!.lower)) && (inflected || afterModal);
  const isNoun = !verbal;
  // A noun that modifies another names no event of its own: "rejected a ceasefire proposal".
  if (isNoun && modifiesNoun(tokens, i)) return null;
  // A sign noun is an event when the text says what was done with it ("reached a truce"), and a
  // ransom when it is paid; the summary then says that, not a verb of our own.
  let governing: Token | undefined;
  if (isNoun && (rule.type === 'sign' || rule.type === 'payment')) {
    const re = rule.type === 'sign' ? SIGN_VERBS : PAY_VERBS;
    governing = tokens.slice(Math.max(cFrom, i - 4), i).reverse().find((t) => re.test(t.lower));
    if (!governing) return null;
  }
  const die = verbal && (DIE_FORMS.has(trig.lower) || (rule.type === 'die' && OBITUARY_VERBS.test(trig.lower)));
  // ", killing at least 30 people": a participle clause takes the main clause's subject.
  // "police fired at protesters who stormed parliament, killing five": past a relative clause that
  // has no comma of its own, the main clause is the one before the relative pronoun.
  let head = i;
  let hFrom = cFrom;
  if (verbal && /ing$/.test(trig.lower) && tokens[i - 1]?.text === ',') {
    const inName = (k: number) => ctx.mentions.some((m) => tokens[k]!.start >= m.start && tokens[k]!.end <= m.end);
    const rel = tokens[cFrom - 1];
    if (rel && RELATIVE.has(rel.lower) && tokens[cFrom - 2]?.text !== ',') {
      const outer = clauseOf(tokens, cFrom - 2);
      for (let k = cFrom - 2; k >= outer.from; k--)
        if (finiteVerb(tokens[k]!) && !inName(k)) {
          head = k;
          hFrom = outer.from;
          break;
        }
    }
    if (head === i)
      for (let k = i - 2; k >= cFrom; k--)
        if (finiteVerb(tokens[k]!) && !inName(k)) {
          head = k;
          break;
        }
  }
  const headTok = tokens[head]!;
  const hStart = tokens[hFrom]?.start ?? 0;
  const prevTok = tokens[i - 1];
  const nextTok = tokens[i + 1];
  // "citizens kidnapped in Libya", "workers freed on Saturday": a reduced passive is followed by a
  // preposition, a date or nothing; "fighters attacked a camp", "forces killed at least 40" are active.
  const quantity =
    /^(?:at least|at most|up to|more than)$/.test(`${nextTok?.lower ?? ''} ${tokens[i + 2]?.lower ?? ''}`) ||
    (/^(?:nearly|almost|about|around|roughly|some|over|approximately|an estimated)$/.test(nextTok?.lower ?? '') && /^\d/.test(tokens[i + 2]?.text ?? ''));
  const objectFollows =
    !!nextTok &&
    nextTok.word &&
    (quantity ||
      DETERMINERS.has(nextTok.lower) ||
      QUANTIFIERS.has(nextTok.lower) ||
      /^\d/.test(nextTok.text) ||
      (nextTok.cap && !nextTok.tags.has('Date')) ||
      (nextTok.tags.has('Noun') && !nextTok.tags.has('Date') && !nextTok.tags.has('Adjective') && !NP_STOP.has(nextTok.lower)));
  // "Italian citizens kidnapped in Libya": a participle after a noun is a passive with that noun as subject.
  // (not a noun inside a phrase of place: "appeared in court charged with murder" is the man's charge)
  const inPlacePhrase = !!prevTok && tokens.slice(Math.max(0, i - 3), i - 1).some((t) => PLACE_PREPS.has(t.lower));
  // (a verb that takes no object has no passive: "a man appeared in court" is what the man did)
  const reduced =
    head === i && !rule.phrase && !['appear', 'resign', 'die', 'vote', 'talks', 'meet'].includes(rule.type) && (DONE_TO.has(rule.type) || tokens[i + 1]?.lower === 'by' || tokens.slice(i + 1, cTo).some(finiteVerb)) && verbal && /ed$/.test(trig.lower) && !!prevTok && prevTok.word && !prevTok.cap && (prevTok.tags.has('Noun') || prevTok.tags.has('Plural')) && !prevTok.tags.has('Pronoun') && !PERSONAL_PRONOUNS.has(prevTok.lower) && !BE.has(prevTok.lower) && !objectFollows && !inPlacePhrase;
  // "appeared in court charged with murder", "was later accused of fraud": a participle followed by
  // the preposition of its charge is passive, with or without its "was"
  const bare = verbal && /ed$/.test(trig.lower) && DONE_TO.has(rule.type) && /^(?:with|of|over|for|in connection)$/.test(nextTok?.lower ?? '') && rule.type !== 'win';
  // a passive needs a participle: "was arrested", not "is to meet"
  const participle = /(?:ed|en|wn)$/.test(trig.lower) || trig.tags.has('PastTense') || trig.tags.has('Participle') || IRREGULAR_PAST.has(trig.lower);
  // "He faces 130 years in prison when sentenced on July 13": a participle right after "when" is a
  // passive whose subject is the main clause's, and ahead when that clause is
  const conjoined = verbal && participle && DONE_TO.has(rule.type) && /^(?:when|once|until|till|before|after)$/.test(tokens[i - 1]?.lower ?? '') && i >= 3;
  const passive = !die && (reduced || bare || conjoined || (verbal && participle && tokens.slice(Math.max(cFrom, i - 3), i).some((t) => BE.has(t.lower))));

  // "Spain beat England 2-1": beside a score, countries are the sides that played
  const actorTypes: ActorType[] = (rule.type === 'win' || rule.type === 'lose') && SCORE.test(ctx.sentence) ? ['person', 'organization', 'other', 'place'] : ['person', 'organization', 'other'];
  const participants: Participant[] = [];
  const add = (m: PlacedMention | null | undefined, part: ParticipantPart) => {
    if (!m || participants.some((p) => p.actorId === m.actorId)) return;
    // (the dateline's names, its place and its credit, take no part in the story's events)
    if (m.end <= (ctx.datelineEnd ?? 0) && ctx.mentions.includes(m)) return;
    // a news agency reports what happened; it takes part only in what it announces or publishes
    if (NEWS_AGENCIES.has(m.name.toLowerCase()) && !['announce', 'publish', 'statement'].includes(rule.type)) return;
    // (a title standing alone, set before the name it belongs to: "Vice-President, Yemi Osinbajo, represented")
    if (m.type === 'other' && m.name.split(/[\s-]+/).every((w) => TITLE_WORDS.has(w.toLowerCase()))) return;
    participants.push({ actorId: m.actorId, name: m.name, part });
  };

  const inParens = (m: PlacedMention) => {
    const before = ctx.sentence.slice(0, m.start);
    return before.lastIndexOf('(') > before.lastIndexOf(')');
  };
  const before = ctx.mentions.filter((m) => m.end <= headTok.start && m.start >= hStart && actorTypes.includes(m.type) && !inParens(m) && !skipped(m.start));
  // "Lee was jailed in 2017 for bribing Park and was pardoned in 2022": a second predicate joined
  // by "and" shares the clause's subject, the first name in it, not the object of the first predicate.
  let v = head - 1;
  while (v > hFrom && tokens[v]!.word && !tokens[v]!.cap && (BE_WORDS.has(tokens[v]!.lower) || MODALS.has(tokens[v]!.lower) || (tokens[v]!.tags.has('Adverb') && !tokens[v]!.tags.has('Noun')))) v--;
  const coordinated = v > hFrom && tokens[v]!.lower === 'and' && tokens.slice(hFrom, v).some(finiteVerb);
  const subjectCands = before.filter((m) => !m.possessive && !oblique(ctx, m) && !makerOfModel(ctx, m) && !inApposition(ctx, m, headTok.start));
  // "Tensions between X and Y exploded", "a crash in Sochi killed 92", "Boeing shares fell": when a
  // common noun stands right before the verb, that noun phrase is the subject, and the names
  // inside it (after a preposition, or modifying it) did nothing.
  let head_ = coordinated ? null : commonNounBefore(ctx, v, hFrom);
  // "Ralph Eames and his wife were convicted": a name and his kin are one subject, and the name is in it
  if (head_) {
    const kin = /\s+and\s+(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?$/u.exec(ctx.sentence.slice(0, head_.start));
    if (kin && before.some((m) => !m.possessive && m.end === kin.index)) head_ = null;
  }
  const commonHead = head_ !== null;
  // "Motorola's stock fell", "Tesla shares tumbled": the name that owns the subject is what it happened to
  const owner = head_ ? ctx.mentions.find((m) => m.type !== 'place' && m.end <= head_.start && /^(?:['’]s)?\s*(?:[\p{Ll}-]+\s+){0,1}$/u.test(ctx.sentence.slice(m.end, head_.start)) && !oblique(ctx, m)) : undefined;
  // "Sewing upset Kao 11-3, 11-2 to win the title": the one who wins is the clause's subject, not its object
  // ("Kipchoge crosses the line to win": a present -s verb right after a name, whatever the lexicon says of "crosses")
  const purpose = verbal && tokens[i - 1]?.lower === 'to' && tokens.slice(hFrom, i - 1).some((t) => finiteVerb(t) || (t.tags.has('Verb') && t.tags.has('PresentTense') && !t.cap && !!tokens[t.index - 1]?.cap));
  const firstVerb = (to: number) => {
    const k = tokens.slice(hFrom, to).findIndex(finiteVerb);
    return k < 0 ? tokens[to] : tokens[hFrom + k];
  };
  let subjectBefore = coordinated || purpose
    ? subjectCands.find((m) => m.end <= (firstVerb(purpose ? i - 1 : v)?.start ?? 0))
    : commonHead
      ? membersOf(ctx, head_, subjectCands)
      : subjectCands[subjectCands.length - 1];
  // "the seat he won": a pronoun right before the verb is its subject, whatever names stand earlier
  if (tokens[v] && SUBJECT_PRONOUN.has(tokens[v]!.lower) && !coordinated) subjectBefore = undefined;
  // "Italy paid": a country acts when it stands right before the verb, not when it says where ("in
  // Sochi"); a city does not ("Detroit reelected their mayors" is its voters)
  if (!subjectBefore && verbal && !commonHead && !(tokens[v] && SUBJECT_PRONOUN.has(tokens[v]!.lower))) subjectBefore = countryBefore(ctx, headTok.start, hStart);
  // "The government of Mongolia has decided to ban ...": a country's government acts as the country
  if (!subjectBefore && verbal) {
    const gov = ctx.mentions.find(
      (m) =>
        m.type === 'place' &&
        m.start >= hStart &&
        /\b(?:government|authorities|parliament|cabinet|military|army)\s+of\s+(?:the\s+)?$/i.test(ctx.sentence.slice(Math.max(0, m.start - 30), m.start)) &&
        /^\s+(?:(?:has|have|had|was|were|is|are|will|would|also)\s+)*(?:\w+\s+to\s+)?$/i.test(ctx.sentence.slice(m.end, headTok.start)),
    );
    if (gov) subjectBefore = gov;
  }
  // "the Appeal Court that released him": the relative pronoun's antecedent.
  const opener = tokens[hFrom - 1];
  // "Simon Bowman, whose body was found on Tuesday": the body is the antecedent's
  const whose = tokens.slice(hFrom, head).find((t) => t.lower === 'whose') ?? (tokens[hFrom - 1]?.lower === 'whose' ? tokens[hFrom - 1] : undefined);
  if (!subjectBefore && whose && /^(?:body|remains|car|home|house)$/.test(tokens[whose.index + 1]?.lower ?? '')) {
    subjectBefore = ctx.mentions.filter((m) => m.end <= whose.start && (m.type === 'person' || m.type === 'other')).pop();
  }
  // ("the temple, in which various leaders will participate": after a preposition the pronoun is no subject)
  const governedPronoun = !!opener && !!tokens[opener.index - 1] && (tokens[opener.index - 1]!.tags.has('Preposition') || OBLIQUE.has(tokens[opener.index - 1]!.lower));
  if (!subjectBefore && opener && RELATIVE.has(opener.lower) && !governedPronoun) {
    // only when the pronoun follows its noun: "the Appeal Court that released him", not "... or who had"
    // (an apposition or a time phrase may stand between: "Mohammad Abedini, the Iranian engineer who ...");
    // a name that modifies a noun is not the antecedent: "a former NHS consultant who was elected"
    subjectBefore = ctx.mentions
      .filter((m) => m.end <= opener.start && actorTypes.includes(m.type) && !oblique(ctx, m))
      .filter((m) => {
        const between = tokens.filter((t) => t.start >= m.end && t.end <= opener.start);
        const modifier = !!between[0] && between[0].word && !between[0].cap && between[0].tags.has('Noun') && !between[0].tags.has('Preposition');
        // "on the charge that ...": a common noun after the name is the antecedent, unless set off as an apposition
        const nounBetween = between[0]?.text !== ',' && between.some((t) => t.word && !t.cap && t.tags.has('Noun') && !t.tags.has('Pronoun') && !isRoleWord(t.lower));
        return !modifier && !nounBetween && between.length <= 8 && between.every((t) => !t.word || !t.tags.has('Verb') || t.tags.has('Noun')) && !between.some((t) => t.lower === 'or' || t.lower === 'and');
      })
      .pop();
  }
  // "The army said it had killed 30 fighters": a pronoun reporting its own deed is the speaker.
  let speakerPhrase: string | null = null;
  const clauseToks = tokens.slice(hFrom, head);
  const speechAt = hFrom === cFrom ? clause.speech : null;
  if (!subjectBefore && speechAt !== null && clauseToks.some((t) => /^(?:it|they|we)$/.test(t.lower))) {
    const speakerAt = tokens[speechAt]!.start;
    subjectBefore = ctx.mentions
      .filter((m) => m.end <= speakerAt && actorTypes.includes(m.type) && !m.possessive && !inParens(m))
      .filter((m) => !OBLIQUE.has(precedingWord(ctx, m)?.lower ?? ''))
      .pop();
    if (!subjectBefore) speakerPhrase = agentPhrase(ctx, clauseOf(tokens, speechAt).from, speechAt);
  }
  // "where he held talks": a pronoun subject is the person last named.
  if (!subjectBefore && clauseToks.some((t) => SUBJECT_PRONOUN.has(t.lower))) {
    const pron = clauseToks.find((t) => SUBJECT_PRONOUN.has(t.lower))!;
    // the person the sentence is about, not one after a preposition: "John appeared before Magistrate
    // Ann McLennan on the charge that he murdered ..." is about John
    // (a name of unknown kind may be the person: "Ruto was announced winner after he defeated Odinga")
    // (not a reporter in "As NPR's Ann Lee reported on Saturday, police believe he acted alone")
    // (but "he" is never a name of unknown kind after an article: "the final act of this Test as he injured")
    const named = ctx.mentions.filter((m) => (m.type === 'person' || (m.type === 'other' && !DETERMINERS.has(precedingWord(ctx, m)?.lower ?? ''))) && m.end <= pron.start);
    const persons = named.filter((m) => !inAttribution(ctx.sentence, m));
    if (named.length && !persons.length) return null;
    // "That victim was taken to UMC, where he was pronounced dead": "he" is the person the sentence opened with, not a name before it
    if (!persons.length && /^\s*(?:the|that|this|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:victim|man|woman|boy|girl|driver|passenger|pedestrian|child|teenager|officer|person|patient|rider|cyclist|motorist|worker|resident)\b/iu.test(ctx.sentence.slice(0, pron.start))) return null;
    // (nor one inside a relative clause set off in commas: "Talon, who used to be an ally of President
    // Boni Yayi, fled after he was accused" is about Talon)
    const asides = relativeAsides(ctx.sentence.slice(0, pron.start));
    const outside = persons.filter((m) => !asides.some(([a, b]) => m.start >= a && m.start < b));
    subjectBefore = outside.filter((m) => !oblique(ctx, m) && !/^(?:before|alongside|beside|than|like)$/.test(precedingWordPastTitles(ctx, m)?.lower ?? '') && !m.possessive).pop() ?? outside.pop() ?? persons.pop() ?? ctx.lastPerson ?? undefined;
  }
  // "The company said", "the 30-year-old was charged", "It reported": a definite description or
  // "it" stands for the organisation or the person the story has just named.
  if (!subjectBefore && !speakerPhrase) subjectBefore = describedSubject(ctx, hFrom, head) ?? (head_ ? describedHead(ctx, head_) : null) ?? undefined;
  // "Alagiri, Palanimanickam and Nepoleon had resigned": every name of the subject's list
  const withListBefore = (last: PlacedMention): PlacedMention[] => {
    const out = [last];
    for (let k = ctx.mentions.indexOf(last) - 1; k >= 0; k--) {
      const m = ctx.mentions[k]!;
      // ("Israel and Hamas agreed": a country listed with those who act acts with them)
      const country = m.type === 'place' && tokens.some((t) => t.start >= m.start && t.end <= m.end && t.lex.has('Country'));
      // ("X, who is on a visit to Ghana, and Y": a name inside a relative clause set off in the list is not on it)
      if (m.start >= hStart && RELATIVE_OPEN.test(ctx.sentence.slice(0, m.start)) && /^[^,;]*,/.test(ctx.sentence.slice(m.end, out[0]!.start))) continue;
      if (m.start < hStart || (m.type === 'place' && !country) || oblique(ctx, m) || !listGlue(ctx, m.end, out[0]!.start)) break;
      out.unshift(m);
    }
    return out;
  };
  const possessor = before.find((m) => m.possessive && /^['’]?s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(ctx.sentence.slice(m.end, trig.start)));

  const prepAt = (word: string, within = 8): number | null => {
    for (let k = i + 1; k < Math.min(sTo, i + 1 + within); k++) if (tokens[k]!.lower === word) return k;
    return null;
  };
  /** Names opening the phrase after token k: "by Italian authorities" has none, "by the ICC" has one. */
  const namesAt = (k: number | null, limit = scopeEnd): PlacedMention[] => {
    if (k === null) return [];
    // "by Elon Musk's SpaceX": the company, not its owner
    const first = actorsAfter(ctx, tokens[k]!.end, limit, actorTypes)[0];
    const owned = first?.possessive ? ctx.mentions.find((m) => m.start > first.end && /^['’]?s?\s*$/.test(ctx.sentence.slice(first.end, m.start))) : undefined;
    const list = owned ? actorsAfter(ctx, owned.start, limit, actorTypes) : actorsAfter(ctx, tokens[k]!.end, limit, actorTypes);
    if (!list.length) return [];
    const gap = ctx.sentence.slice(tokens[k]!.end, list[0]!.start).trim().split(/\s+/).filter(Boolean);
    // ("talks with his Ecuadorian counterpart, Gustavo Manrique,": the role set beside its name)
    const beside = /^[\p{Ll}-]+,$/u.test(gap[gap.length - 1] ?? '') && isRoleWord(gap[gap.length - 1]!.slice(0, -1).toLowerCase());
    // ("his counterpart of Suriname, Albert Ramdin": the role's own "of")
    const ok = gap.every((w, k) => w === '(' || DETERMINERS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()) || isRoleWord(w.toLowerCase()) || /^\p{Lu}/u.test(w) || (beside && k === gap.length - 1) || (beside && w === 'of' && isRoleWord(gap[k - 1]?.toLowerCase() ?? '')));
    return ok ? list : [];
  };
  const byIdx = prepAt('by');
  const byNames = namesAt(byIdx);
  const againstIdx = prepAt('against', 12);
  const withIdx = prepAt('with', 3);
  // "talks between X and Y", "an agreement between X and Y": both sides take part
  const betweenIdx = MUTUAL.has(rule.type) ? prepAt('between', 4) : null;
  const fromIdx = prepAt('from', 2);
  const ofIdx = tokens[i + 1]?.lower === 'of' ? i + 1 : null;

  let agentText: string | null = null;
  let objectText: string | null = null;
  /** How a ruling on someone's case is told: "upheld the conviction of". */
  let ruledOn: string | null = null;
  /** A thing a name owns, done to: "Cueva's impending departure". */
  let ownedObject: string | null = null;
  let including: string | null = null;
  const objectPronoun = tokens.slice(Math.max(cFrom, i - 2), Math.min(sTo, i + 3)).find((t) => OBJECT_PRONOUN.has(t.lower));
  const inserted = relativeAsides(ctx.sentence);
  const insertedAt = (at: number) => inserted.some(([a, b]) => at >= a && at < b);
  const resolvePronoun = (t: Token, not: number[]): PlacedMention | undefined =>
    // (not a name inside an inserted relative clause: "Gauke, who would not serve under Johnson, announced his resignation")
    ctx.mentions.filter((m) => m.type === 'person' && m.end <= t.start && !not.includes(m.actorId) && !skipped(m.start) && !insertedAt(m.start)).pop() ??
    (ctx.lastPerson && !not.includes(ctx.lastPerson.actorId) ? ctx.lastPerson : undefined);

  if (isNoun) {
    // "Almasri's release", "the release of X", "an investigation ... against A, B and C", "X filed a complaint"
    // ("his election win", "Scotland's victory": the one whose win it is won)
    if (possessor) add(possessor, MUTUAL.has(rule.type) || (rule.type === 'win' && !LOSS_NOUNS.test(trig.lower)) ? 'agent' : 'subject');
    for (const m of namesAt(ofIdx)) add(m, MUTUAL.has(rule.type) ? 'other' : 'subject');
    // ("a 109-93 defeat against the Grizzlies", "a loss to X": the one named won)
    const lost = rule.type === 'win' && LOSS_NOUNS.test(trig.lower);
    // (not the winner of "a defeat against X", below)
    if (!lost) for (const m of namesAt(againstIdx)) add(m, 'subject');
    // ("a letter detailing Garzon's resignation was seen by Reuters": a "by" after a verb of its own is that verb's)
    // ("the discovery was made by X": a light verb carries the noun, and its "by" is the noun's)
    const byOwn = byIdx !== null && !tokens.slice(i + 1, byIdx).some((t) => t.word && !t.cap && t.tags.has('Verb') && !t.tags.has('Noun') && !LIGHT_VERBS.has(t.lower) && !['carried', 'done'].includes(t.lower) && !BE.has(t.lower) && !AUXILIARIES.has(t.lower));
    if (byOwn && byNames.length) for (const m of byNames) add(m, 'agent');
    else if (byOwn) agentText = agentPhrase(ctx, byIdx + 1, Math.min(sTo, byIdx + 6));
    if (rule.type === 'statement') for (const m of namesAt(fromIdx)) add(m, 'agent');
    // "picked up a hard-fought 2-1 victory over Southampton", "secured a win against X"
    const won = rule.type === 'win' && tokens.slice(Math.max(cFrom, i - 6), i).some((t) => WIN_VERBS.test(t.lower));
    const light = Boolean(governing) || won || tokens.slice(Math.max(cFrom, i - 3), i).some((t) => LIGHT_VERBS.has(t.lower));
    // ("Scotland claimed a 29-0 victory over Italy", "... when they claimed a win over Italy": a
    // country is a side, and "they" the side the sentence opened with)
    // (the clause of a noun may open after the verb that carries it: look back past it, within the sentence's clause)
    const winCarrier = rule.type === 'win' && !possessor ? carrierBefore(tokens, i) : undefined;
    if (!subjectBefore && winCarrier) subjectBefore = countryBefore(ctx, winCarrier.start, 0) ?? (tokens[winCarrier.index - 1]?.lower === 'they' ? openingSide(ctx) : openingSide(ctx, true));
    // ("Stoke City picked up three points with a hard-fought 2-1 victory over Southampton": what
    // the side did, it did with the win)
    const withWin = rule.type === 'win' && !possessor && !winCarrier && !LOSS_NOUNS.test(trig.lower) && withBefore(tokens, i);
    const side = withWin ? openingSide(ctx) : undefined;
    if (side) add(side, 'agent');
    if (subjectBefore && (light || winCarrier) && !possessor) for (const m of withListBefore(subjectBefore)) add(m, 'agent');
    // "Prosecutors launched an investigation": an unnamed doer of the verb that carries the noun
    else if (light && !possessor && !byNames.length && !agentText) {
      const carrier = tokens.slice(Math.max(cFrom, i - 3), i).find((t) => LIGHT_VERBS.has(t.lower) || WIN_VERBS.test(t.lower));
      if (carrier) agentText = agentPhrase(ctx, hFrom, carrier.index);
    }
    // "an investigation into Orrin Bank", "a probe into X"
    if (rule.type === 'investigate') for (const m of namesAt(prepAt('into', 3))) add(m, 'subject');
    if (lost) for (const m of namesAt(prepAt('against', 2) ?? prepAt('to', 2) ?? prepAt('by', 2) ?? prepAt('at', 2))) add(m, 'agent');
    if (rule.type === 'win') for (const m of namesAt(prepAt('over', 2) ?? (lost ? null : prepAt('against', 2)))) add(m, 'subject');
    const withNames = namesAt(withIdx);
    // ("In the meeting with his Ecuadorian counterpart, X, ...": the one whose counterpart it is met X)
    if (MUTUAL.has(rule.type) && withNames.length && !participants.length && ctx.lastPerson && /^\s*(?:his|her)\s+(?:[\p{L}-]+\s+)?counterpart\b/iu.test(ctx.sentence.slice(tokens[withIdx!]!.end)))
      add(ctx.lastPerson, 'agent');
    for (const m of withNames) add(m, 'other');
    // (the list may run past an insertion the clause ends at: "between X, who is on a visit to Y, and Z")
    for (const m of namesAt(betweenIdx, ctx.sentence.length)) add(m, participants.some((p) => p.part === 'agent') ? 'other' : 'agent');
    if (!possessor && objectPronoun && !MUTUAL.has(rule.type)) {
      const agentIds = participants.filter((p) => p.part === 'agent').map((p) => p.actorId);
      // "Kono accepted his resignation": what one accepts, rejects or calls for is someone else's
      // ("Kono announced his resignation" is his own)
      const othersAct = tokens.slice(Math.max(cFrom, i - 4), i).some((t) => RECEIVING_VERBS.test(t.lower));
      const not = othersAct && subjectBefore ? [...agentIds, subjectBefore.actorId] : agentIds;
      // ("Sugawara tendered his resignation": a departure a person gives is their own, unless accepted or demanded)
      const own = !othersAct && rule.type === 'resign' && participants.some((p) => p.part === 'agent' && ctx.mentions.some((m) => m.actorId === p.actorId && m.type === 'person'));
      const whose = own ? null : resolvePronoun(objectPronoun, not);
      // ("after his election win": a win is the winner's)
      const winner = rule.type === 'win' && !LOSS_NOUNS.test(trig.lower) && objectPronoun.index < i && objectPronoun.lower !== 'him';
      if (!(othersAct && whose && ctx.mentions.every((m) => m.actorId !== whose.actorId))) add(whose, winner ? 'agent' : 'subject');
    }
  } else if (die || (verbal && UNDERGONE.has(rule.type))) {
    // "Shaw died in hospital", "30 people died", "a man appeared in court": the subject is the one it happened to.
    if (subjectBefore) for (const m of withListBefore(subjectBefore)) add(m, 'subject');
    if (!subjectBefore) objectText = clauseSubject(ctx, cFrom, i);
  } else if (passive) {
    // "X was arrested by Y"
    if (!reduced && subjectBefore) for (const m of withListBefore(subjectBefore)) add(m, 'subject');
    if (reduced) objectText = nounPhraseBefore(ctx, i, cFrom);
    else if (!subjectBefore) objectText = clauseSubject(ctx, cFrom, i);
    if (byNames.length) for (const m of byNames) add(m, 'agent');
    else if (byIdx !== null) agentText = agentPhrase(ctx, byIdx + 1, Math.min(sTo, byIdx + 5));
  } else {
    // "Y released X", "X met with Y"
    const objStart = withIdx !== null ? tokens[withIdx]!.end : trig.end;
    const objects = actorsAfter(ctx, objStart, scopeEnd, actorTypes);
    const gap = objects[0] ? ctx.sentence.slice(objStart, objects[0].start).trim().split(/\s+/).filter(Boolean) : [];
    // ("will buy rival software company Siebel", "acquired chipmaker X": the kind of firm before its name)
    const kindOfFirm = gap.length > 0 && gap.length <= 4 && ORG_KIND_NOUNS.has(gap[gap.length - 1]!.toLowerCase()) && gap.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w));
    // ("crushing promoted Cardiff", "beat ten-man Everton": a side's description before its name)
    const sideWord = (w: string) => rule.type === 'win' && /^(?:[a-z]+ed|struggling|hapless|lowly|fellow|unbeaten|ten-man|nine-man|bottom-placed|top-placed)$/.test(w);
    const direct = kindOfFirm || gap.every((w) => DETERMINERS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()) || isRoleWord(w.toLowerCase()) || /^\p{Lu}/u.test(w) || w === ',' || sideWord(w));
    if (subjectBefore) for (const m of withListBefore(subjectBefore)) add(m, 'agent');
    else agentText = speakerPhrase ?? agentPhrase(ctx, hFrom, coordinated ? tokens.slice(hFrom, v).findIndex(finiteVerb) + hFrom : head);
    // "won the ATP Finals title", "won the US Open": a contest is what was won, not who lost
    const contest = (m: PlacedMention) => rule.type === 'win' && (CONTEST_NAME.test(m.name) || /^\s*(?:title|final|crown|trophy|cup|championship|tournament)\b/i.test(ctx.sentence.slice(m.end)));
    // a verb outside the lists is done to its object too ("Boeing replaced its chief executive X")
    // ("X ensured UEFA winner Benni McCarthy won his first trophy": a name with a verb of its own
    // after it is the subject of a clause, and the act is that clause's, told by its own verb)
    const afterObject = objects[0] ? tokens[tokenIndexAt(tokens, objects[0].end)] : undefined;
    if (direct && rule.generic && afterObject && finiteVerb(afterObject) && triggerFor(afterObject.lower)) return null;
    // ("finished their Six Nations campaign": a name before a noun only says which one)
    // (the tagger may read the noun as a verb there, "their Six Nations campaign on": its lexicon says noun)
    const modifier = (m: PlacedMention) => {
      if (!rule.generic || m.possessive) return false;
      const k = tokenIndexAt(tokens, m.end) - 1;
      const n = tokens[k + 1];
      return modifiesNoun(tokens, k) || (!!n?.word && !n.cap && n.lex.has('Noun') && !n.lex.has('Verb') && !DETERMINERS.has(n.lower) && !NP_STOP.has(n.lower) && !CLAUSE_WORDS.has(n.lower) && !n.tags.has('Preposition') && !n.tags.has('Value') && !n.tags.has('Date'));
    };
    if (direct) for (const m of objects) if (!contest(m) && !modifier(m)) add(m, MUTUAL.has(rule.type) ? 'other' : DONE_TO.has(rule.type) || rule.generic ? 'subject' : 'other');
    // ("disclosed Cueva's impending departure": what was done is the thing the name owns)
    if (direct && rule.generic && objects[0]?.possessive) {
      const after = tokenIndexAt(tokens, objects[0].end);
      const owned = nounPhraseAfter(ctx, after, Math.min(cTo, after + 5));
      const at = owned ? ctx.sentence.indexOf(owned, objects[0].end) : -1;
      if (owned && at >= 0) ownedObject = ctx.sentence.slice(objects[0].start, at + owned.length);
    }
    if (direct && objects.some(contest)) objectText = nounPhraseAfter(ctx, i + 1, sTo);
    for (const m of namesAt(againstIdx)) add(m, 'subject');
    // ("upheld the conviction of Faisal", "quashed the sentence of X": the one the ruling is about)
    if (rule.type === 'rule') {
      const k = DETERMINERS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      if (/^(?:conviction|convictions|sentence|sentences|acquittal|verdict|ruling|judgment|judgement|appeal|detention|extradition|release)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') {
        const m = actorsAfter(ctx, tokens[k + 1]!.end, clauseEnd, ['person', 'organization', 'other'])[0];
        if (m && ctx.sentence.slice(tokens[k + 1]!.end, m.start).trim().split(/\s+/).filter(Boolean).every((w) => DETERMINERS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()))) {
          add(m, 'subject');
          ruledOn = `${trig.lower} the ${tokens[k]!.lower} of`;
        }
      }
    }
    // the object may itself be an event word ("scrubbed the launch"): it ends the reach, not the phrase
    if (!objects.length || !direct) objectText = nounPhraseAfter(ctx, trig.lower === 'shot' ? i + 2 : i + 1, Math.min(cTo, Math.max(sTo, i + 4)));
    // "arrested more than 50 demonstrators, including opposition lawmaker Babu Owino": named members of the object
    if (!direct && objectText && DONE_TO.has(rule.type)) {
      const incl = tokens.findIndex((t, k) => k > i && k < cTo && t.lower === 'including' && tokens[k - 1]?.text === ',');
      if (incl > 0) {
        const list = actorsAfter(ctx, tokens[incl]!.end, clauseEnd, actorTypes);
        const gap = list[0] ? tokens.filter((t) => t.start >= tokens[incl]!.end && t.end <= list[0]!.start) : [];
        if (list.length && gap.every((t) => t.word && !t.tags.has('Verb') && !t.tags.has('Preposition'))) {
          for (const m of list) add(m, 'subject');
          including = objectText;
        }
      }
    }
    // ("won his first trophy": what one wins with "his" is one's own, no one beaten)
    const ownWin = rule.type === 'win' && objectPronoun && /^(?:his|her|its|their)$/.test(objectPronoun.lower);
    if (ownWin) {
      // nothing: the winner is named already
    } else if (!direct && objectPronoun && DONE_TO.has(rule.type)) {
      add(resolvePronoun(objectPronoun, participants.map((p) => p.actorId)), 'subject');
    } else if (objects.length === 0 && objectPronoun && DONE_TO.has(rule.type)) {
      add(resolvePronoun(objectPronoun, participants.map((p) => p.actorId)), 'subject');
    }
  }

  let craftOf: string | null = null;
  // "a Boeing 737 operated by SkyJet crashed", "SkyJet Flight 62 crashed": the airline's plane crashed
  if (rule.type === 'crash' && !participants.length) {
    const airline = ctx.mentions.find((m) => m.type !== 'place' && m.type !== 'person' && !makerOfModel(ctx, m) && (/\boperated\s+by\s+$/i.test(ctx.sentence.slice(Math.max(0, m.start - 20), m.start)) || /^\s+(?:flight|Flight|jet|plane|aircraft)\b/.test(ctx.sentence.slice(m.end))));
    if (airline) {
      add(airline, 'subject');
      const craft = /^\s+(flight|Flight|jet|plane|aircraft)\b/.exec(ctx.sentence.slice(airline.end))?.[1];
      craftOf = `${airline.name} ${craft ?? 'plane'}`;
    }
  }
  // "A man has appeared in court ...; Christopher Graham ...": the lead's described person is the one named next
  if (ctx.leadPerson && !participants.some((p) => p.part !== 'other')) {
    const undergoes = passive || die || UNDERGONE.has(rule.type);
    // (one described person is the one named next: "a man was charged after a teenager was stabbed" names the man)
    // (a suspect arrested may be the gunman who fired; a second person things happened to is someone else)
    const fits = (text: string, part: ParticipantPart) => onePerson(text) && fitsRoles(text, ctx.leadRoles ?? []) && !(ctx.leadDescription && ctx.leadDescription.part === part && ctx.leadDescription.text !== text);
    const take = (text: string, as: ParticipantPart) => {
      add(ctx.leadPerson, as);
      ctx.leadDescription = { text, part: as };
      (ctx.leadDescriptions ??= []).push(text);
    };
    if (!undergoes && agentText && fits(agentText, 'agent')) take(agentText, 'agent');
    else if (undergoes && objectText && fits(objectText, 'subject')) take(objectText, 'subject');
    else if (!undergoes && DONE_TO.has(rule.type) && objectText && fits(objectText, 'subject')) take(objectText, 'subject');
  }
  let ownedSubject: string | null = null;
  if (owner && verbal && !subjectBefore && !participants.some((p) => p.actorId === owner.actorId)) {
    add(owner, 'subject');
    ownedSubject = ctx.sentence.slice(owner.start, head_!.end);
  }
  // (the main clause's subject: "He faces ... when sentenced" is he, the person last named)
  if (conjoined && !participants.some((p) => p.part === 'subject')) {
    const opener = tokens.find((t) => t.word);
    const main = opener && SUBJECT_PRONOUN.has(opener.lower) ? ctx.lastPerson : ctx.mentions.find((m) => m.type === 'person' && m.end <= tokens[i - 1]!.start && !m.possessive && !oblique(ctx, m));
    if (main) add(main, 'subject');
  }
  // ("Sentencing is set for July 13", "His sentencing was scheduled for May": the person last named's)
  const scheduledSentence = isNoun && rule.type === 'sentence' && !!ctx.lastPerson && participants.every((p) => p.actorId === ctx.lastPerson!.actorId) && /^(?:his\s+|her\s+)?$/i.test(ctx.sentence.slice(tokens[cFrom]?.start ?? 0, trig.start)) && /^\s*(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:set|scheduled|slated|due|expected)\b/i.test(ctx.sentence.slice(trig.end));
  if (scheduledSentence) add(ctx.lastPerson, 'subject');
  const sharesOf = !owner && verbal && !participants.length ? sharesSubject(ctx, v, hFrom, trig) : undefined;
  if (sharesOf) {
    add(sharesOf, 'subject');
    ownedSubject = `${sharesOf.name} shares`;
  }

  // "sentenced on Wednesday for the murder of X", "charged over the killing": an event named as the
  // reason for another is dated only by what follows it, not by the date of the main verb
  let r = i - 1;
  while (r >= 0 && tokens[r]!.word && !tokens[r]!.cap && (DETERMINERS.has(tokens[r]!.lower) || tokens[r]!.tags.has('Adjective'))) r--;
  const reason = isNoun && r >= 0 && ['for', 'over', 'of', 'with'].includes(tokens[r]!.lower) && r !== i - 1;
  // "sentenced to 14 years for trying to sell a Senate seat in 2008": the date of what it was for
  // is not the date of the sentence
  // (a reason told by a verb, "for trying", "over bribing"; "for fraud charges in 2006" dates the sentence itself)
  // (and a charge or arrest "in the stabbing of another man Sunday evening": the stabbing's day, not the charge's)
  const crimeAfter = (k: number) => {
    const n = DETERMINERS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    return /^(?:stabbing|shooting|killing|death|murder|attack|robbery|assault|beating|kidnapping|abduction|rape|crash|fire|burglary|theft)$/.test(tokens[n]?.lower ?? '');
  };

  const why = DONE_TO.has(rule.type) && verbal ? tokens.findIndex((t, k) => k > i && k < cTo && ((/^(?:for|over)$/.test(t.lower) && /ing$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 1]!.tags.has('Verb')) || (/^(?:for|over|in)$/.test(t.lower) && (COURT_ON_SOMEONE.has(rule.type) || rule.type === 'arrest') && crimeAfter(k)))) : -1;
  const ownEnd = why > 0 ? tokens[why]!.start : clauseEnd;
  // "suspending flights ... through to the end of April": when it stops is not when it happened
  // (a court's "remanded until July 13" names the next hearing, which is what the reader wants)
  // ("adjourned the matter to October 31": a verb outside the lists is not dated by where it points)
  const until = (at: number) =>
    (!COURT_ON_SOMEONE.has(rule.type) && /\b(?:until|till|through(?:\s+to)?|to\s+the\s+end\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?$/i.test(ctx.sentence.slice(0, at))) ||
    (!!rule.generic && /\bto\s+(?:on\s+)?$/i.test(ctx.sentence.slice(0, at)));
  // ("charged in the Aug. 11 killing of X": the date before another act's noun is that act's day,
  // not the charge's)
  const anotherActs = (at: number) => {
    if (!COURT_ON_SOMEONE.has(rule.type) && rule.type !== 'arrest') return false;
    const d = ctx.dates.find((x) => x.start === at);
    if (!d || !/\b(?:the|a|an|his|her|their|its)\s+$/i.test(ctx.sentence.slice(Math.max(0, d.start - 6), d.start))) return false;
    const noun = /^\s+([\p{Ll}-]+)/u.exec(ctx.sentence.slice(d.end));
    const act = noun ? triggerFor(noun[1]!) : undefined;
    return !!act && act.type !== rule.type && !COURT_ON_SOMEONE.has(act.type) && act.type !== 'arrest';
  };
  const unlessUntil = (at: number) => skipped(at) || until(at) || anotherActs(at);
  // ("the Court of Appeal yesterday upheld the conviction of Faisal": the conviction under review is
  // older than the ruling on it, and the ruling's day is not its day)
  const reviewed = isNoun && COURT_ON_SOMEONE.has(rule.type) && REVIEW_VERBS.test(tokens[DETERMINERS.has(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1]?.lower ?? '');
  const date = reviewed ? UNKNOWN_DATE : reason ? dateFor(ctx, trig.start, trig.end, scopeEnd, unlessUntil, true) : dateFor(ctx, trig.start, clauseStart, ownEnd, unlessUntil, why > 0);
  // ("X was ordered to report to prison": X is the one the sentence is passed on, not a doer)
  if (/ to (?:prison|jail)$/.test(rule.verb)) for (const p of participants) if (p.part === 'agent') p.part = 'subject';
  // "Originally elected in 1985, DeLay resigned ...": the opening participle's act befalls the main clause's subject
  const [openerVerb, openerEnd] = openingParticiple(tokens);
  if (openerVerb === i && !participants.some((p) => p.part !== 'other' && !(p.part === 'subject' && /ing$/.test(trig.lower)))) {
    const after = tokens[openerEnd + 1]!;
    // (past a time set off in commas: "Announcing the development, Thursday evening, Masebo said")
    const inDate = (t: Token) => ctx.dates.some((d) => t.start >= d.start && t.end <= d.end);
    const m = ctx.mentions.find((x) => x.start >= after.start && !x.possessive && (x.type === 'person' || x.type === 'organization' || x.type === 'other') && tokens.filter((t) => t.start >= after.start && t.end <= x.start).every((t) => t.cap || DETERMINERS.has(t.lower) || t.text === ',' || inDate(t)));
    if (m) {
      // ("Announcing the development, Masebo said": who announced; "Elected in 2010, Mensah": who was elected)
      add(m, /ing$/.test(trig.lower) ? 'agent' : 'subject');
      // ("Originally" is how, not who)
      agentText = null;
    }
  }
  // An event needs someone it happened to or who did it; "two aid workers were freed on Saturday"
  // names nobody, but a dated, described happening is still news.
  // "Three agreements were signed during discussions": signed by those the talks just told were between, on their day
  // "Liverpool marched clear after crushing Cardiff 4-1": the side that won is the clause's subject the adjunct hangs on
  if (scoredAdjunct(ctx, i, rule) && !participants.some((p) => p.part === 'agent')) {
    const winner = clauseSubjectBefore(ctx, i - 1);
    if (winner && !participants.some((p) => p.actorId === winner.actorId)) participants.unshift({ actorId: winner.actorId, name: winner.name, part: 'agent' });
  }
  // ("Both sides discussed matters of mutual interest": the two the meeting just told was between)
  const talksBefore = !participants.length && ((rule.type === 'sign' && passive && DURING_TALKS.test(ctx.sentence)) || ((MUTUAL.has(rule.type) || (rule.type === 'sign' && !passive)) && !!agentText && BOTH_SIDES.test(agentText))) ? ctx.lastMeeting : undefined;
  if (talksBefore) participants.push(...talksBefore.participants.map((p, k) => ({ ...p, part: k === 0 ? ('agent' as const) : ('other' as const) })));
  // "Three American astronauts and a Russian cosmonaut blasted off": the group the text names
  // elsewhere by those roles, as many as it counts ("astronauts X, Y and Z along with cosmonaut W")
  const undergone = passive || die || UNDERGONE.has(rule.type);
  const groupText = participants.some((p) => p.part !== 'other') ? null : undergone ? (passive ? agentText ?? objectText : objectText) : agentText;
  for (const m of groupText ? countedGroup(ctx, groupText) : []) add(m, undergone ? 'subject' : 'agent');
  // ("A powerful earthquake struck southern Ecuador", "a tornado touched down in Kiowa County": a
  // happening no one did is told of the place it struck, and of who reported it, "the U.S.
  // Geological Survey said")
  // ("The derailment occurred near Mendon in Missouri", "A hill collapsed onto a village in Manipur": so too
  // a happening told by a verb of happening, and a structure or vessel that failed, named by no one)
  const happened =
    ((!!head_ && isHappening(head_) && (NATURAL.test(head_.root) || OCCURRED.test(trig.root)) && !!agentText) ||
      (FAILED.test(trig.root) && !!agentText && !participants.some((p) => p.part === 'agent')) ||
      (trig.root === 'make' && tokens[i + 1]?.lower === 'landfall')) &&
    !passive;
  let struckPlace: number | null = null;
  if (happened && !participants.some((p) => p.part === 'subject')) {
    const struck = ctx.mentions.find((m) => m.type === 'place' && m.start > trig.end && m.end <= scopeEnd);
    if (struck) {
      add(struck, 'subject');
      struckPlace = struck.actorId;
    }
    const source = ctx.mentions.find((m) => (m.type === 'organization' || m.type === 'person') && !m.possessive && (/^\s+(?:said|says|reported|reports|confirmed)\b/.test(ctx.sentence.slice(m.end)) || /\baccording\s+to\s+(?:the\s+)?$/i.test(ctx.sentence.slice(0, m.start))));
    if (struck && source) add(source, 'other');
  }
  const someone = participants.some((p) => p.part !== 'other' || MUTUAL.has(rule.type));
  // A verb outside the lists is news only when the text dates it and names who did it or to
  // whom: "SpaceX scrubbed the launch on Saturday", not "the plan involves cuts".
  // ("A powerful earthquake struck off the coast on Tuesday": a happening told as the subject is news too.)
  const happening = (!!head_ && isHappening(head_) && !!agentText) || struckPlace !== null;
  // (Undated, it may still be the day's news: the story's day dates it later, or it goes.)
  // (the perfect tells the day's news further down: "V Sivakumar has been replaced by Steven Sim")
  // (and so does the present of news told right after a name: "Dr Dzulkefly Ahmad returns to the Health Ministry")
  const perfectTold = tokens.slice(Math.max(cFrom, i - 4), i).some((t) => t.lower === 'has' || t.lower === 'have') || (afterName && trig.tags.has('PresentTense') && /[^s]s$/.test(trig.lower)) || AT_THE_OCCASION.test(ctx.sentence.slice(trig.end));
  // ("X also presented their credentials": the same act as one told before, whose date it may share: dateBySameAct)
  const alsoDone = tokens[i - 1]?.lower === 'also';
  // (play told by the match clock, "in the fifth minute", is the match day's: dateByMatchDay dates it, or it goes)
  // (and what was done "at the event" the story tells is that day's, as far down as the perfect)
  if (rule.generic && !((date.start || alsoDone || MATCH_CLOCK.test(ctx.sentence) || ctx.sentenceIndex < (perfectTold ? PERFECT_SENTENCES : STORY_SENTENCES)) && (happening || participants.some((p) => p.part !== 'other' && namedActor(ctx, p.actorId))))) return null;
  // ("The war ... has killed tens of thousands of people": who and to whom, told in words, is news too.)
  if (!someone && !(date.start && (objectText || agentText)) && !(agentText && objectText)) return null;
  // a meeting, a visit, talks: between people or organisations the text names ("meeting the delivery of a corner" is none)
  if (MUTUAL.has(rule.type) && !participants.length && !(agentText && PEOPLE_HEAD.test(agentText))) return null;
  // (", meeting the delivery of a corner": a participle meeting no one named is no meeting)
  if (rule.type === 'meet' && participleOpens && !participants.some((p) => p.part === 'other')) return null;
  // a sentence, a conviction, a charge is passed on someone: "the judge sentenced" alone tells nothing
  if (COURT_ON_SOMEONE.has(rule.type) && !participants.some((p) => p.part === 'subject') && !objectText && !(passive && !subjectBefore && clauseSubject(ctx, cFrom, i))) return null;
  // a person is appointed, arrested or sentenced: told in words, the one it happened to must be people
  // ("new ministers were appointed", not "a major Cabinet reshuffle appointed")
  if (PEOPLE_EVENTS.has(rule.type) && !participants.some((p) => p.part !== 'other') && objectText && !peopleWords(objectText)) return null;
  // only people are sentenced, remanded or brought to court: not a party, a court or a city
  if (PERSON_ONLY.has(rule.type) && participants.some((p) => p.part === 'subject' && !personLike(ctx, p.actorId))) return null;
  // ("granted him two weeks before he has to report to prison": a time it must not come before is
  // no act, ahead or done)
  if (/\b(?:before|until|till|unless|if)\s+(?:[\w'’.-]+\s+){1,3}(?:has|have|had|must)\s+(?:to\s+)?(?:be\s+)?$/i.test(ctx.sentence.slice(0, trig.start))) return null;
  const place = placeFor(ctx, i, clauseStart, scopeEnd);
  // The words the text uses: "died", "reached a ceasefire", "signed the law"; else the type's verb.
  const wording: Wording = including ? { including } : {};
  if (ownedSubject) wording.subjectText = ownedSubject;
  if (ownedObject) wording.objectWords = ownedObject;
  if (craftOf) wording.subjectText = craftOf;
  if (passive) wording.passive = true;
  wording.at = placePreposition(ctx, place);
  // (an order to report to prison is served from a day ahead, and its words say so already)
  const prisonOrder = / to (?:prison|jail)$/.test(rule.verb);
  const mainAhead = conjoined && tokens.slice(0, i - 1).some((t) => t.word && !t.cap && ((t.tags.has('PresentTense') && t.tags.has('Verb') && !BE.has(t.lower)) || /^(?:will|shall|could|would|may|might)$/.test(t.lower)));
  const future = FUTURE_BEFORE.test(ctx.sentence.slice(tokens[Math.max(cFrom, i - 5)]!.start, trig.start)) || (passive && AHEAD_CLAUSE.test(ctx.sentence.slice(tokens[Math.max(0, i - 5)]!.start, trig.start))) || mainAhead || prisonOrder;
  // "is to be sentenced on July 13": a passive ahead stays passive
  // ("pleaded guilty", "pleaded not guilty", "pleaded no contest": the plea is the news)
  const plea = rule.type === 'plead' ? /^\s+((?:not\s+)?guilty|no\s+contest|innocent)\b/i.exec(ctx.sentence.slice(trig.end)) : null;
  if (prisonOrder) wording.verb = rule.verb;
  else if (ruledOn) wording.verb = ruledOn;
  else if (plea && !future) wording.verb = `${trig.lower} ${plea[1]!.toLowerCase().replace(/\s+/g, ' ')}`;
  else if (scheduledSentence) wording.verb = 'will be sentenced';
  else if (future && verbal && passive) wording.verb = `will be ${trig.lower === 'sworn' ? 'sworn in' : /(?:ed|en|wn)$/.test(trig.lower) || IRREGULAR_PAST.has(trig.lower) ? trig.lower : rule.verb}`;
  else if (future && verbal) {
    wording.verb = `will ${rule.phrase ? rule.verb.replace(/^(?:took|takes)\b/, 'take').replace(/^serves\b/, 'serve').replace(/^stepped\b/, 'step').replace(/^(?:blasted|lifted)\b/, (w) => w.slice(0, -2)).replace(/^(?:was|were)\s+/, 'be ') : trig.root}${rule.type === 'appear' ? ' in court' : ''}`;
    // "will take office": the phrase's second word is not an object here either
    if (rule.phrase && !participants.some((p) => p.part === 'subject')) objectText = null;
  }
  // "X was flown back": a passive told without its agent keeps its "was"
  else if (rule.generic) {
    // "broke out", "lifted off", "stepped back": the particle is part of the verb
    const particle = nextTok && /^(?:out|off|up|down|away|back|over|in)$/.test(nextTok.lower) && !objectFollowsParticle(tokens, i + 1) ? ` ${nextTok.lower}` : '';
    wording.verb = (passive && !participants.some((p) => p.part === 'agent') && !agentText ? `was ${rule.verb}` : rule.verb) + particle;
  }
  else if (rule.phrase) {
    wording.verb = rule.verb;
    // the phrase's second word is not an object: "took office", "found guilty"
    if (!participants.some((p) => p.part === 'subject')) objectText = passive ? clauseSubject(ctx, cFrom, i) : null;
  }
  else if (rule.type === 'elect' && trig.root === 'win') wording.verb = 'won';
  // "was sworn in by the chief justice": she swore him in, she did not appoint him
  else if (trig.lower === 'sworn') wording.verb = participants.some((p) => p.part === 'agent') ? 'swore in' : 'was sworn in';
  else if (rule.type === 'visit' && trig.root === 'arrive') wording.verb = 'arrived';
  else if (die) wording.verb = 'died';
  // (a departure is told in its rule's own word: "resigned", "retired")
  else if (rule.type === 'resign') wording.verb = rule.verb;
  else if (trig.lower === 'shot') wording.verb = 'shot dead';
  // the text's own verb when it is a past participle of the event: "pardoned", "shelled", "acquitted", "detained"
  // ("bought" too: a purchase told as done is not the "agreed to buy" of a deal announced)
  else if (verbal && (/ed$/.test(trig.lower) || trig.lower === 'bought' || trig.lower === 'beat') && !MUTUAL.has(rule.type) && !['statement', 'resign', 'elect', 'complaint', 'appear'].includes(rule.type) && !governing) wording.verb = trig.lower;
  // "is suspending flights" is told as "suspended flights", in the text's own verb
  else if (verbal && /(?:ing|[^s]s)$/.test(trig.lower) && !MUTUAL.has(rule.type) && !['statement', 'resign', 'elect', 'complaint', 'appear'].includes(rule.type) && !governing) wording.verb = pastOf(trig.root) ?? undefined;
  // "charged with attempted murder", "sentenced to five years", "accused of fraud": what it was for
  // "was in Pyongyang from Oct. 28-31": the stay in the text's own words
  if (rule.type === 'visit' && /^(?:was|were)$/.test(trig.lower)) wording.verb = trig.lower;
  if (passive && DONE_TO.has(rule.type) && /^(?:with|of|to|for|over)$/.test(nextTok?.lower ?? '') && wording.verb) {
    const what = nounPhraseAfter(ctx, i + 2, cTo);
    if (what) wording.verb = `${wording.verb} ${nextTok!.lower} ${what}`;
  }
  else if (governing) wording.phrase = ctx.sentence.slice(governing.start, trig.end);
  else if (rule.type === 'sign' && verbal) wording.phrase = trig.text;
  // ", killing 92 people" after "moments after takeoff": the noun after "after" did not kill; with no one named, say who died
  if (participleOpens && /^(?:after|before)$/.test(tokens[cFrom - 1]?.lower ?? '') && !tokens.slice(cFrom, i).some((t) => t.word && !t.cap && t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund')) && !participants.some((p) => p.part === 'agent')) agentText = null;
  // "began his official visit to Mongolia": where the visit went
  if (rule.type === 'visit' && !objectText && !place && !participants.some((p) => p.part === 'other')) {
    const to = /^\s+to\s+(?:the\s+)?/i.exec(ctx.sentence.slice(trig.end));
    const where = to ? ctx.mentions.find((m) => m.type === 'place' && m.start === trig.end + to[0].length) : undefined;
    if (where) objectText = where.name;
  }
  // (the place a happening struck is told as the text words it: "touched down in Kiowa County")
  const summarize = () => summarise(rule.type, participants.filter((p) => p.actorId !== struckPlace || p.part !== 'subject'), agentText, place, trig.text, objectText, wording);
  let summary = summarize();
  // "arrested ... on a warrant issued by the International Criminal Court", "on charges of fraud"
  const grounds = /\bon (?:an? |the )?(?:warrant|arrest warrant|charges?|suspicion|accusations?)\b(?:[^,;.()]{0,80}?(?:Court|Tribunal|Office|Prosecutor|Police|of [a-z]+(?: [a-z]+)?))?/.exec(ctx.sentence.slice(trig.end, scopeEnd));
  if (grounds && DONE_TO.has(rule.type)) summary = `${summary} ${grounds[0].trim()}`;
  // "defeated Thiem 4-6, 7-6(2), 6-4 in the final of the ATP Finals": the round and the contest are what was won
  if (rule.type === 'win' || rule.type === 'lose') {
    const after = ctx.sentence.slice(trig.end, scopeEnd);
    const round = /\b(?:in|at) the (?:[\p{Ll}-]+ )?(?:final|semifinals?|semi-finals?|quarterfinals?|quarter-finals?|round|decider) of (?:the )?/u.exec(after);
    const contest = round ? ctx.mentions.find((m) => m.type !== 'place' && m.type !== 'person' && m.start === trig.end + round.index + round[0].length) : undefined;
    if (round && contest && !summary.includes(contest.name)) summary = `${summary} ${ctx.sentence.slice(trig.end + round.index, contest.end).trim()}`;
    // "crushed Cardiff 4-1": the score right after the beaten side's name is the result's
    const beaten = participants.find((p) => p.part === 'subject');
    const at = beaten ? ctx.mentions.find((m) => m.actorId === beaten.actorId && m.start >= trig.end) : undefined;
    // (every set of a tennis score: "6-4, 7-6(2), 6-4")
    const score = at ? /^\s+(\d{1,3}[-–]\d{1,3}(?:\s?\(\d+\))?(?:,\s*\d{1,3}[-–]\d{1,3}(?:\s?\(\d+\))?)*)(?=[\s,.;]|$)/.exec(ctx.sentence.slice(at.end)) : null;
    if (score && !summary.includes(score[1]!) && summary.includes(beaten!.name)) summary = summary.replace(beaten!.name, `${beaten!.name} ${score[1]}`);
  }

  // Others named where the event is told took part in some way ("a warrant issued by the ICC").
  // "Where it is told" ends at the next comma, unless the comma continues a list ("..., including X").
  // A name placed by a preposition ("strikes on Khan Younis", "a camp near El Fasher") is where, not who.
  let segmentEnd = scopeEnd;
  for (let k = i + 1; k < sTo; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && !inParens({ start: t.start } as PlacedMention) && !/^(?:including|and|such|among|notably|especially)$/i.test(tokens[k + 1]?.lower ?? '')) {
      segmentEnd = t.start;
      break;
    }
  }
  const unnamed = participants.length === 0;
  for (const m of ctx.mentions) {
    if (m.start < trig.end || m.end > segmentEnd || (m.type !== 'person' && m.type !== 'organization') || participants.length >= 8 || inParens(m) || skipped(m.start)) continue;
    const gov = governingWord(ctx, m)?.lower;
    // ("grounded their fleets of Boeing 787s": when no one else is named, the name in the object is who it concerns)
    if ((gov === 'of' && !unnamed) || (gov && PLACE_PREPS.has(gov))) continue;
    add(m, 'other');
  }
  // Between equals, everyone named is part of what happened: "held talks with officials from the GNU, including ..."
  if (MUTUAL.has(rule.type)) summary = summarize();
  // "on the charge that on September 8 he murdered X": what a charge or a claim says is kept, and said
  // to be alleged, never as fact
  if (/\b(?:charges?|allegations?|accusations?|claims?|suspicion)\s+that\b[^;]*$/i.test(ctx.sentence.slice(0, trig.start)) && !/\ballegedly\b/.test(summary)) {
    const verbWord = (wording.verb ?? SUMMARY_VERB[rule.type]).split(' ')[0]!;
    const at = summary.search(new RegExp(`\\b${verbWord.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    summary = at > 0 ? `${summary.slice(0, at)}allegedly ${summary.slice(at)}` : `Alleged: ${summary}`;
  }

  const auxiliaries = tokens.slice(Math.max(cFrom, i - 4), i).map((t) => t.lower);
  // "the DMK, which withdrew support ...", "confirming that the MPLA won": background to the day's
  // news, told in the past, is not dated by the story's day
  const before_ = ctx.sentence.slice(0, trig.start);
  const inRelative = /,\s*(?:who|which|whose)\b[^,;]*$/.test(before_);
  // (what is told as happening now, "said that X is resigning", is the day's news all the same)
  const nowTold = trig.tags.has('PresentTense') || (/ing$/.test(trig.lower) && tokens.slice(Math.max(cFrom, i - 2), i).some((t) => /^(?:is|are|am)$/.test(t.lower)));
  const reported = !nowTold && /\b(?:said|says|saying|added|adding|stated|noted|explained|disclosed|revealed|confirmed|confirming|declared|declaring|announced|announcing|reported|reporting|showed|showing)\s+(?:\w+\s+){0,3}that\b[^,;]*$/i.test(before_.replace(/,\s*\d{1,3},/g, ' '));
  // "has already been launched four times", "although he has apologised": a perfect of experience or
  // concession is no news of the day; nor is "the investigation cleared him" (the noun is old news, the
  // subject of another act)
  // ("Mane scored twice as Liverpool beat Cardiff on Saturday": a count with the simple past is the day's)
  const around = ctx.sentence.slice(tokens[Math.max(cFrom, i - 6)]!.start, tokens[Math.min(tokens.length - 1, i + 4)]!.end);
  const experience = /\b(?:already|ever|never|so far|although|though)\b/i.test(around) || (/\b(?:times|twice|since)\b/i.test(around) && auxiliariesHave(tokens, cFrom, i));
  const subjectOfAnother = isNoun && !!tokens[i + 1] && finiteVerb(tokens[i + 1]!) && tokens[i - 1]?.lower === 'the';
  // ("continued from their previous season's win over X", "the preceding week's victory": an
  // earlier one, told from the story's time, which a date counted from the page would misplace)
  const priorOne = isNoun && /\b(?:previous|preceding|prior)\s+(?:season|year|week|month|campaign|term|edition|tournament|round|game|match|weekend|day)['’]s\s+(?:[\p{L}\d-]+\s+){0,3}$/iu.test(before_);
  const tense: EventTense = priorOne ? 'earlier' : reason || subjectOfAnother || reviewed || ((inRelative || reported || experience) && !isNoun && !(auxiliariesHave(tokens, cFrom, i) && !experience))
    ? 'earlier'
    : isNoun && !scheduledSentence
    ? 'noun'
    : future || scheduledSentence
      ? 'ahead'
      : auxiliaries.includes('had')
        ? 'earlier'
        : auxiliariesHave(tokens, cFrom, i)
          ? 'perfect'
          : (trig.tags.has('PresentTense') || nowTold) && !passive
            ? 'present'
            : 'past';
  return {
    type: rule.type,
    summary,
    trigger: trig.text,
    participants,
    place,
    date: priorOne ? { ...UNKNOWN_DATE } : talksBefore && !date.start ? { ...talksBefore.date } : date,
    // (the gerund of a result after "after" tells it done)
    tense: scoredAdjunct(ctx, i, rule) ? 'past' : tense,
    sentenceIndex: ctx.sentenceIndex,
    sentence: ctx.sentence,
  };
}

function placeFor(ctx: SentenceContext, i: number, clauseStart: number, clauseEnd: number): string | null {
  const trig = ctx.tokens[i]!;
  // "the 30-year-old from Romney Avenue in Washington": where someone comes from, not where it happened
  const origin = (m: PlacedMention) => m.end <= trig.start && /\bfrom\s+(?:[\p{L}'’.-]+\s+){0,4}(?:in\s+)?$/u.test(ctx.sentence.slice(Math.max(0, m.start - 60), m.start));
  const places = ctx.mentions.filter((m) => m.type === 'place' && m.start >= clauseStart && m.end <= clauseEnd && !origin(m));
  const near = places
    .filter((m) => {
      const w = governingWord(ctx, m);
      return w && ['in', 'at', 'near', 'inside', 'outside'].includes(w.lower);
    })
    .sort((a, b) => Math.abs(a.start - trig.start) - Math.abs(b.start - trig.start))[0];
  if (near && Math.abs(near.start - trig.start) < 120) return near.name;
  // the dateline names where the reporter files from; when the sentence names another place ("on an
  // official visit to Pakistan", "North Korea and Mongolia signed"), that city is no longer a safe guess
  const elsewhere = ctx.mentions.some((m) => m.type === 'place' && m.start >= (ctx.datelineEnd ?? 0) && m.name !== ctx.datelinePlace);
  return elsewhere ? null : ctx.datelinePlace;
}

/** The preposition the sentence places `place` with ("near El Fasher"), for the summary; "in" by default. */
function placePreposition(ctx: SentenceContext, place: string | null): string {
  const m = place ? ctx.mentions.find((x) => x.type === 'place' && x.name === place) : undefined;
  const w = m ? governingWord(ctx, m)?.lower : undefined;
  return w && ['at', 'near', 'inside', 'outside'].includes(w) ? w : 'in';
}

/** The date told in the event's clause; a sentence's only date when the sentence is one clause. */
/** A noun, then a participle and a preposition: "the record set in", "the law passed by", "a man arrested on". */
const REDUCED_RELATIVE = /\s(?!(?:was|were|is|are|be|been|being|has|have|had|it|they|he|she|who|which|that)\s)\p{Ll}[\p{Ll}-]+\s+(?:set|held|made|won|built|written|signed|passed|established|broken|\p{Ll}+ed)\s+(?:in|by|on|at|during|last|earlier)\s/u;

/** A noun, then an -ing participle and its particle: "posted a video of an apparent tornado touching down in Kiowa County on Sunday". */
const REDUCED_ING = /\s(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+\p{Ll}+ing\s+(?:down|up|off|out|into|onto|through|across)\s/u;

/**
 * "a day after" with no day of its own, before the event: it ties the clause it opens to another
 * act ("appointed X a day after Y was killed"), and is no date of what that clause tells.
 */
function relatesOnly(d: DateMention, at: number): boolean {
  return !d.date.start && d.end <= at && /\b(?:after|before)$/i.test(d.date.text);
}

function dateFor(ctx: SentenceContext, at: number, clauseStart: number, clauseEnd: number, skipped: (at: number) => boolean = () => false, strict = false): FactDate {
  // A date inside a relative clause dates that clause ("The war, which began in April 2023, has killed").
  // (nor one in a participle phrase that describes a noun after the verb: "broke the record set in
  // Berlin by Kimetto in 2014" is the day he broke it, not 2014)
  // (nor one in an opening clause of its own: "After Nitish laid the stone in February 2014, the
  // bridge was constructed" was not built in February 2014)
  const opening = /^\s*(?:After|Before|Since|Although|Though|Until)\b[^,;]*,/.exec(ctx.sentence);
  const openingEnd = opening && at >= opening[0].length ? opening[0].length : -1;
  const dates = ctx.dates.filter((d) => !skipped(d.start) && !(d.start > at && (REDUCED_RELATIVE.test(ctx.sentence.slice(at, d.start)) || REDUCED_ING.test(ctx.sentence.slice(at, d.start)))) && !(d.end <= openingEnd));
  // ("on Wednesday, two days after an earthquake struck": the span ending in "after" dates the clause it opens)
  // ("reached a climax in September when X was convicted": the time a "when" clause follows is its time)
  const opensWhen = (d: DateMention) => d.end <= clauseStart && /^\s*,?\s*when\b/i.test(ctx.sentence.slice(d.end)) && /^[\s,]*(?:when\s*)?$/i.test(ctx.sentence.slice(d.end, clauseStart));
  // (a span with no day of its own, "a day after the talks were held", dates the clause before it
  // relative to the one it opens: the talks were not held "a day after")
  const inClause = dates.filter((d) => (d.start >= clauseStart && d.end <= clauseEnd && !relatesOnly(d, at)) || (d.end <= clauseStart && !!d.date.start && /\b(?:after|before)$/i.test(d.date.text) && /^\s*$/.test(ctx.sentence.slice(d.end, clauseStart))) || opensWhen(d));
  // the sentence's only date serves when the sentence is one clause, not when it sits in a relative clause of its own ("..., who was released on Wednesday")
  const background = relativeAsides(ctx.sentence, true);
  // (nor when the event sits in such a clause and the date outside it: "X, who negotiated the deal, said on Thursday")
  const span = background.find(([a, b]) => at >= a && at < b);
  // ("the first round of voting on November 24, which Pereira won": a "which" clause with no date of
  // its own happened when its antecedent, dated right before the comma, did)
  if (span && /^,\s*which\b/i.test(ctx.sentence.slice(span[0])) && !dates.some((d) => d.start >= span[0] && d.start < span[1])) {
    const antecedent = dates.find((d) => d.end <= span[0] && /^\s*$/.test(ctx.sentence.slice(d.end, span[0])));
    if (antecedent) return antecedent.date;
  }
  // (nor when a subordinate clause starts between the two: "arrested a suspect, 24 hours after a gunman
  // opened fire on Friday", "appeared on the charge that on September 8 he murdered")
  const crosses = (d: DateMention) => {
    const [a, b] = d.start > at ? [at, d.start] : [d.end, at];
    // (a "where" that defines its place, with no comma, tells what happened there before: "searched
    // the home where the man was stabbed"; ", where he met X" goes on with the day's news)
    return /\b(?:that|after|before|since|when|while|because|although|until)\b|[^,\s]\s+where\b/i.test(ctx.sentence.slice(a, b));
  };
  const loose = dates.filter((d) => !relatesOnly(d, at) && !background.some(([a, b]) => d.start >= a && d.start < b && !(at >= a && at < b)) && (!span || (d.start >= span[0] && d.start < span[1])) && !crosses(d));
  // (one day told twice is one date: "last night (March 23)")
  const days = new Set(ctx.dates.map((d) => `${d.date.start}/${d.date.end}/${d.date.precision}`));
  // (nor one inside an apposition right before the verb: "Megi, the 13th typhoon to hit China this
  // year, made landfall ... Saturday" is Saturday's)
  const apposition = [...ctx.sentence.slice(0, at).matchAll(/,\s+(?:the|a|an)\s[^,;]*,\s*$/g)].map((m) => [m.index ?? 0, at] as const)[0];
  const described = (d: DateMention) => !!apposition && d.start >= apposition[0] && d.end <= apposition[1];
  const ownDates = inClause.filter((d) => !described(d));
  const pool = ownDates.length ? ownDates : !strict && loose.length >= 1 && loose.length === ctx.dates.length && days.size === 1 && !/;/.test(ctx.sentence) ? loose : [];
  if (!pool.length) return UNKNOWN_DATE;
  return [...pool].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]!.date;
}

function names(ps: Participant[], part: ParticipantPart): string {
  const ns = ps.filter((p) => p.part === part).map((p) => p.name);
  if (ns.length <= 1) return ns[0] ?? '';
  return `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}

/** The text's own wording for a summary: a verb ("died") or a verb phrase ("reached a ceasefire"). */
interface Wording {
  verb?: string;
  /** "near" in "a camp near El Fasher": how the text places the event. */
  at?: string;
  phrase?: string;
  /** The object the subjects are named from: "more than 50 demonstrators" (, including X). */
  including?: string;
  /** The subject as the text words it, when a name only owns it: "Motorola’s stock". */
  subjectText?: string;
  /** What was done to, as the text words it, when a name only owns it: "Cueva's impending departure". */
  objectWords?: string;
  /** Told in the passive ("was announced"). */
  passive?: boolean;
}

function summarise(type: EventType, ps: Participant[], agentText: string | null, place: string | null, trigger: string, objectText: string | null, wording: Wording = {}): string {
  const agent = names(ps, 'agent') || agentText || '';
  const named = names(ps, 'subject');
  const subject = wording.objectWords ?? ((named && wording.including ? `${wording.including}, including ${named}` : named) || (DONE_TO.has(type) || THING_OBJECT.has(type) || UNDERGONE.has(type) ? objectText ?? '' : ''));
  const other = names(ps, 'other');
  // "Medvedev won the title": a win over no one named is a win of something; "Odinga was beaten" by no one named
  const verb = wording.verb ?? (type === 'win' && !named ? 'won' : type === 'win' && !agent ? 'was beaten' : SUMMARY_VERB[type]);
  let s: string;
  if (wording.subjectText) s = `${wording.subjectText} ${verb}${objectText ? ` ${objectText}` : ''}`;
  else if (wording.phrase) {
    // "Abbott signed Senate Bill 4", "Israel and Hamas reached a ceasefire", "Italy paid a ransom"
    const what = names(ps, 'subject') || (wording.phrase.split(/\s+/).length === 1 ? objectText ?? '' : '');
    const by = agent || (!what ? other : '');
    s = `${by} ${wording.phrase} ${what}`;
    if (other && by !== other) s += ` with ${other}`;
    if (!by && !what && !other) s = `${wording.phrase}`;
  } else if (MUTUAL.has(type)) {
    const alone = { meet: 'held meetings', talks: 'held talks', sign: 'signed an agreement', visit: wording.verb === 'arrived' ? 'arrived' : 'visited' } as Record<EventType, string>;
    const stay = type === 'visit' && /^(?:was|were)$/.test(wording.verb ?? '');
    s = stay ? `${agent || other} ${verb}${place ? ` in ${place}` : ''}${agent && other ? ` with ${other}` : ''}` : agent && other ? `${agent} ${verb} ${other}` : `${agent || other} ${alone[type] ?? verb}`;
    // "Prince William visited a homelessness project in Cardiff"
    if (type === 'visit' && !other && objectText) s += ` ${objectText}`;
  }
  // "X was declared the winner by the commission": a verb told in the passive puts its subject first
  else if (subject && agent && /^was\b/.test(verb)) s = `${subject} ${verb} by ${agent.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase())}`;
  else if (subject && agent) s = `${agent} ${type === 'protest' && verb === 'protested' ? 'protested against' : verb} ${subject}`;
  // "Ruto was announced winner": without an agent, a passive that is no news of what was done to
  // someone reads as an act of the subject unless it keeps its "was"
  // ("protests against Gyanendra": the one protested against faced them, and did not protest)
  else if (subject) s = `${subject} ${type === 'complaint' ? 'faced a complaint' : type === 'protest' ? 'faced protests' : wording.passive && !DONE_TO.has(type) && !/^(?:was|were|will)\b/.test(verb) ? `was ${verb}` : verb}`;
  else if (agent) s = `${agent} ${type === 'complaint' ? 'filed a complaint' : type === 'investigate' ? 'opened an investigation' : type === 'kidnap' ? 'kidnapped people' : verb}`;
  else s = `${other} (${trigger})`;
  if (place && !s.includes(place)) s += ` ${wording.at ?? 'in'} ${place}`;
  s = s.replace(/\s+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const NP_STOP = new Set(['on', 'for', 'against', 'with', 'from', 'after', 'before', 'during', 'over', 'under', 'by', 'in', 'at', 'to', 'who', 'which', 'that', 'and']);

/** "two Italian workers" after "freeing": the object when it is not a named actor. */
function nounPhraseAfter(ctx: SentenceContext, from: number, to: number): string | null {
  const words: Token[] = [];
  // ("unveiled Thursday night its new smartphone": a day between the verb and its object is no part of it)
  const inDay = (t: Token | undefined) => !!t && ctx.dates.some((d) => t.start >= d.start && t.start < d.end);
  if (inDay(ctx.tokens[from])) {
    while (from < to && inDay(ctx.tokens[from])) from++;
    if (ctx.tokens[from]?.text === ',') from++;
  }
  // "at least 30 people", "more than 12 million", "up to 40 migrants": a quantity opens the phrase
  const q = ctx.tokens.slice(from, from + 2).map((t) => t.lower).join(' ');
  const lead = /^(?:at least|at most|up to|more than|fewer than|less than)$/.test(q) ? 2 : /^(?:nearly|almost|about|around|roughly|some|over|approximately) \d/.test(q) ? 1 : 0;
  for (let k = from; k < from + lead; k++) words.push(ctx.tokens[k]!);
  for (let k = from + lead; k < Math.min(to, from + lead + 6); k++) {
    const t = ctx.tokens[k]!;
    if (ctx.dates.some((d) => t.start >= d.start && t.start < d.end)) break;
    // "attempted murder", "aggravated assault": a participle that opens a phrase describes its noun
    const describes = words.length === k - from && /ed$/.test(t.lower) && !!ctx.tokens[k + 1]?.word && ctx.tokens[k + 1]!.lex.has('Noun') && !ctx.tokens[k + 1]!.cap;
    if (!t.word || NP_STOP.has(t.lower) || (t.tags.has('Verb') && /ed$/.test(t.lower) && !describes) || t.tags.has('Copula') || t.tags.has('Auxiliary') || BE_WORDS.has(t.lower)) break;
    // ("scored twice as Liverpool beat Cardiff": "as" opening a clause ends the phrase)
    if (t.lower === 'as' && (ctx.tokens[k + 1]?.cap || DETERMINERS.has(ctx.tokens[k + 1]?.lower ?? ''))) break;
    words.push(t);
  }
  // a phrase does not end inside a name: "suspended the implementation of Chief Justice David" is cut
  // where the six words end; the name is said whole
  const last = words[words.length - 1];
  const cutName = last ? ctx.mentions.find((m) => m.start <= last.start && m.end > last.end) : undefined;
  // (and a possessive name its noun: "of Chief Justice David Maraga’s advisory")
  if (cutName) {
    let k = last!.index + 1;
    for (; k < ctx.tokens.length && ctx.tokens[k]!.start < cutName.end; k++) words.push(ctx.tokens[k]!);
    const owned = ctx.tokens[k];
    if (words[words.length - 1]!.possessive && owned?.word && !owned.cap && owned.lex.has('Noun')) words.push(owned);
  }
  // a phrase does not end on a connector: "Labour of" in "accused Labour of “chaos”"
  while (words.length && /^(?:of|and|or|the|a|an|to|as)$/.test(words[words.length - 1]!.lower)) words.pop();
  // "pulled one back", "called it off": a pronoun or number and the verb's particle are what was done
  const [o, particle] = [ctx.tokens[from], ctx.tokens[from + 1]];
  if (o && particle && /^(?:one|two|three|it|them|this|that)$/.test(o.lower) && PARTICLES.has(particle.lower) && from + 1 < to) return ctx.sentence.slice(o.start, particle.end);
  if (!words.length || !words.some((w) => w.tags.has('Noun') || w.tags.has('Plural'))) return null;
  let phrase = ctx.sentence.slice(words[0]!.start, words[words.length - 1]!.end);
  // "its new smartphone, the Galaxy S4,": the name set beside the phrase says which
  const named = /^,\s+(?:the\s+)?/.exec(ctx.sentence.slice(words[words.length - 1]!.end));
  if (named && !words.some((w) => w.cap && w.index > words[0]!.index)) {
    const at = words[words.length - 1]!.end + named[0].length;
    const m = ctx.mentions.find((x) => x.start === at && (x.type === 'other' || x.type === 'organization'));
    if (m && /^\s*[,.;]/.test(ctx.sentence.slice(m.end))) phrase = ctx.sentence.slice(words[0]!.start, m.end);
  }
  // "Two aid workers" opening a sentence reads "two aid workers" inside a summary; names keep their capitals
  const first = words[0]!;
  const opensSentence = !ctx.tokens.slice(0, first.index).some((t) => t.word);
  return !opensSentence || first.upper || first.lex.has('ProperNoun') || first.lex.has('FirstName') ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

const PARTICLES = new Set(['back', 'up', 'off', 'out', 'down', 'away', 'over', 'aside']);

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
  const quantity = /^(?:at least|at most)$/.test(`${ctx.tokens[k]?.lower ?? ''} ${ctx.tokens[k + 1]?.lower ?? ''}`);
  if (ctx.tokens[k] && PREPOSITION_OPENERS.has(ctx.tokens[k]!.lower) && !quantity) {
    while (k < to && ctx.tokens[k]!.text !== ',') k++;
    k++;
  }
  // ("[After] Nitish laid the foundation stone in February 2014, the bridge was constructed": a
  // clause with a verb of its own before the comma is not the subject)
  for (let c = to - 1; c > k; c--)
    if (ctx.tokens[c]!.text === ',' && ctx.tokens.slice(k, c).some(finiteVerb) && DETERMINERS.has(ctx.tokens[c + 1]?.lower ?? '')) {
      k = c + 1;
      break;
    }
  const phrase = nounPhraseAfter(ctx, k, to);
  // a pronoun no name stands for ("He was refused bail") tells nobody
  if (phrase && /^(?:he|she|they|it|we|i|you)$/i.test(phrase.trim())) return null;
  return phrase && /\p{L}/u.test(phrase) ? phrase : null;
}

const PREPOSITION_OPENERS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'by', 'late', 'early', 'last', 'earlier', 'later', 'meanwhile', 'however', 'hence', 'thus', 'therefore', 'consequently', 'subsequently', 'separately', 'similarly']);
