// Name mentions in one sentence: proper-noun chunks, split into the title in front of a name
// and the name itself, with the roles news English attaches to a person (before the name, as a
// noun phrase ending in a comma, or as an apposition after it) and the evidence for its type.
import type { ActorType } from '../domain.ts';
import {
  CLAUSE_WORDS,
  DETERMINERS,
  HONORIFICS,
  PARTY_MEMBERS,
  MEDIA_NOUNS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  ORG_HEADS,
  PERSON_LED_HEADS,
  PLACE_HEADS,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_WORDS,
  ROLE_NOUNS,
  ORG_NOUNS,
  PLACE_NOUNS,
  NOBLE_TITLES,
  COUNTRY_INITIALS,
  COMPANY_SUFFIXES,
  ORG_KIND_NOUNS,
  isRoleWord,
  PLACE_NAMES,
  NEWS_AGENCIES,
  PEOPLE_WORDS,
  NATIONALITY_NOUNS,
  NON_ORG_ACRONYMS,
  COMPANY_NOUNS,
  CORPORATE_OFFICERS,
} from './lexicon.ts';
import { isCommonWord, lexicalTags, lexiconTags, plainTags, tokenize, type Token } from './tokens.ts';
import type { Casing } from './casing.ts';
import { typeByLayout, typeProseResult } from './layout.ts';

export interface RoleMention {
  title: string;
  organization: string | null;
}

export interface NameMention {
  sentenceIndex: number;
  /** Offsets of the name (without its title) in the sentence. */
  start: number;
  end: number;
  name: string;
  tokens: Token[];
  type: ActorType;
  /** How sure the local evidence is about `type`: 2 = explicit (a role, an org head), 1 = a hint, 0 = none. */
  confidence: number;
  roles: RoleMention[];
  /** "(LNA)" right after the name: an alias defined by the text. */
  acronym: string | null;
  /** Written as a possessive ("Almasri’s release"); the name is given without the 's. */
  possessive: boolean;
  /** The mention speaks ("Piantedosi stated"): evidence for a person or organisation. */
  speaks: boolean;
  /** "Mohamed Hamdan Dagalo, known as Hemedti": the mention this one is another name for. */
  sameAs?: NameMention;
  /** Written after a rank of nobility or an honorific ("Sheikh Tamim", "Prince Faisal"): a given name may stand alone. */
  styled?: boolean;
}

export interface SentenceAnalysis {
  tokens: Token[];
  mentions: NameMention[];
}

const ROMAN = /^(?:[IVXLC]+)$/;
const DEMONYM_SUFFIX = /(?:an|ian|ese|ish|i|ic)$/;

function clean(t: string): string {
  return t.replace(/\.$/, '').toLowerCase();
}
// ("Mayor-elect Costas", "President-elect", "Governor-designate": an office not yet taken up is a title too)
const isTitleWord = (t: Token) => t.word && (TITLE_WORDS.has(clean(t.base)) || (ELECT_SUFFIX.test(t.lower) && TITLE_HEADS.has(clean(t.base).replace(ELECT_SUFFIX, ''))));
const ELECT_SUFFIX = /-(?:elect|designate|in-waiting)$/;
const isTitleHead = (t: Token) => t.word && (TITLE_HEADS.has(clean(t.base)) || t.base.split('-').some((p) => TITLE_HEADS.has(p.toLowerCase())));
const isOrgHead = (t: Token) => t.word && t.cap && ORG_HEADS.has(t.lower);
const isDemonym = (t: Token) =>
  t.cap && (t.lex.has('Demonym') || (t.lex.has('Adjective') && DEMONYM_SUFFIX.test(t.lower)) || PEOPLE_WORDS.has(t.lower) || NATIONALITY_NOUNS.has(t.lower));
/** A capitalised adjective ("Salafist", "Turkish"): describes, never names. */
// (compromise guesses "Adjective" for unknown words from their ending, "Gujral", "Axworthy": only an
// adjective its lexicon knows, or one with the ending of a proper adjective, "Salafist", describes)
/** First words of a storm's name: "Hurricane Irma", "Typhoon Megi". */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'super', 'supertyphoon']);
/** Last words of an award's name: "Lifetime Achievement Award", "Golden Shell Prize". */
const AWARD_TAILS = new Set(['award', 'awards', 'prize', 'prizes', 'medal', 'trophy', 'cup', 'championship', 'championships']);
/** A name that is never a person's, whatever else points to one: a storm, an award, a model with its number. */
export function neverAPerson(words: string[]): boolean {
  const first = words[0]?.toLowerCase() ?? '';
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  // (a model number is one to three capitals and digits, "S4", "F-16", "A320", not a word with a digit, "Doe1")
  return (words.length >= 2 && (STORM_WORDS.has(first) || AWARD_TAILS.has(last))) || words.some((w) => /^(?:\p{Lu}{1,3}-?\d{1,4}\p{L}{0,2}|\d{1,4}\p{L}{1,2})$/u.test(w));
}
const isAdjective = (t: Token) =>
  t.cap && !t.upper && t.lex.has('Adjective') && !t.lex.has('Noun') && (lexiconTags(t.lower).length > 0 || /(?:ist|ic|an|ese|ish|i)$/.test(t.lower));
const isRoleNoun = (t: Token) =>
  t.word && !t.cap && isRoleWord(t.lower) && (ROLE_NOUNS.has(t.lower) || !plainTags(t.lower).has('Comparative'));
const isPlaceTagged = (t: Token) =>
  t.lex.has('Place') || t.lex.has('Country') || t.lex.has('City') || t.lex.has('Region') || t.tags.has('Place') || t.tags.has('Country') || t.tags.has('City');
const PLACE_LEXICON_TAGS = new Set(['Country', 'City', 'Place', 'Region']);
/** A place named by these words as a whole, in our list or compromise's lexicon. */
const keyOf = (ts: Token[]) => (ts.length === 1 ? ts[0]!.lower : ts.map((t) => t.lower).join(' '));
function isKnownPlace(ts: Token[]): boolean {
  return isPlaceKey(keyOf(ts));
}
/** A lower-case place name ("korea", "new york") in our list or compromise's lexicon. */
function isPlaceKey(key: string): boolean {
  return PLACE_NAMES.has(key) || lexiconTags(key).some((t) => PLACE_LEXICON_TAGS.has(t));
}
const ORG_LEXICON_TAGS = new Set(['Organization', 'SportsTeam']);
/** The name is an organisation compromise's lexicon knows, or a news agency: 'whole' for several words, 'word' for one. */
function knownOrganization(ts: Token[]): 'whole' | 'word' | null {
  const key = keyOf(ts);
  if (NEWS_AGENCIES.has(key)) return 'whole';
  if (!lexiconTags(key).some((t) => ORG_LEXICON_TAGS.has(t))) return null;
  return ts.length >= 2 ? 'whole' : 'word';
}
const PREPOSITIONS = new Set(
  'in on at by with from into onto against about over under after before during without within between among across through toward towards upon via than like including despite amid following'.split(' '),
);
const isDateWord = (t: Token) => t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Date') && !t.tags.has('ProperNoun');
const isVerbish = (t: Token) =>
  t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Actor');

/** Can this token be (part of) a name? */
function nameToken(t: Token, first: boolean): boolean {
  if (!t.word || !t.cap) return false;
  if (/^\p{N}/u.test(t.base)) return false;
  // "RM3,000", "Rs 5 per litre", "KSh200": a currency and its amount
  if (CURRENCY.test(t.base)) return false;
  if (ROMAN.test(t.base) && t.base.length <= 4) return false;
  if (t.base.length === 1) return false;
  if (t.text === 'No.') return false; // "the world's No. 1 supplier": a rank, not a name
  if (isTitleWord(t)) return true; // "Mayor-elect", "President-elect": a title, whatever its hyphen
  if (/-\p{Ll}+$/u.test(t.base)) return false; // "Sweden-based", "Islamist-led": compounds, handled apart
  if (PARTY_TAG.test(t.text)) return false; // "Chuck Schumer, D-N.Y.,": a party and state, not a name
  // "Lebed said ...": compromise reads an unknown opener ending in -ed as a verb; the article's
  // own casing of the word elsewhere decides first
  if (first && !t.upper && t.docCase !== 'name' && !t.inTable && (t.tags.has('Verb') || t.tags.has('Adverb') || t.tags.has('Conjunction')) && !t.lex.has('ProperNoun') && !t.lex.has('Person')) return false;
  // "Unlike Muilenburg, ...", "Despite Hamas ...": a preposition opening a sentence opens no name
  // (not the prepositions that open company and place names: "Under Armour", "Upper Volta", "In-N-Out")
  if (first && !t.upper && t.docCase !== 'name' && /^(?:unlike|despite|amid|amidst|following|during|against|among|amongst|besides|without|within|towards?|upon|via|throughout|regarding|concerning|per|around|about|nearly|almost|roughly|approximately)$/.test(t.lower)) return false;
  if (isDateWord(t) && !t.tags.has('Person')) return false;
  if (first && NON_NAME_WORDS.has(t.lower) && !t.upper) return false;
  if (NON_NAME_WORDS.has(t.lower) && (t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Pronoun'))) return false;
  return true;
}

interface Chunk {
  from: number;
  to: number; // exclusive token indexes
}

/**
 * "Workers' Party", "National Financial Prosecutor's Office", "Sudan Doctors' Network": a possessive
 * inside an organisation's name. "Rome's Appeal Court" and "LNA's General Command" are two names.
 */
function possessiveInsideName(tokens: Token[], from: number, j: number): boolean {
  const pos = tokens[j - 1]!;
  if (pos.upper || isPlaceTagged(pos) || pos.lex.has('FirstName') || pos.lex.has('Person')) return false;
  // "Sudan People's Liberation Army", "All Fishermen's Association": a common noun for people
  const peopleNoun = isCommonWord(pos.lower) && (lexicalTags(pos.lower).has('Plural') || isRoleWord(pos.lower));
  if (!(isTitleWord(pos) || /s['’]$/.test(pos.text) || peopleNoun || tokens.slice(from, j).every((x) => isTitleWord(x) || isDemonym(x)))) return false;
  let k = j;
  while (k < tokens.length && tokens[k]!.cap && tokens[k]!.word) k++;
  return k > j && isOrgHead(tokens[k - 1]!);
}

/** The run of name tokens from `k` ends in an organisation's head noun ("... Patrol", "... Police"). */
function orgHeadAhead(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && nameToken(tokens[j]!, false)) j++;
  return j > k && isOrgHead(tokens[j - 1]!);
}

/** Maximal runs of capitalised tokens, joined through name particles and "of" in organisation names. */
function chunks(tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // ("WINDHOEK, Sept 24 Around half of ...": a dateline run into the lead ends where the lead's sentence starts)
    const sentenceStart = i === 0 || /^[“"‘(:–—.!?]$/.test(tokens[i - 1]!.text) || afterDatelineDay(tokens, i);
    // "Judge Julian Lambert told ...": a title opening a sentence, before a name, is not a verb
    const titleOpens =
      sentenceStart && (isTitleWord(t) || (t.tags.has('Verb') && lexicalTags(t.lower).has('Noun') && !t.upper && orgHeadAhead(tokens, i + 1))) && nameToken(t, false) && !!tokens[i + 1] && nameToken(tokens[i + 1]!, false);
    // "J. R. Smith": initials open a name
    // (South Asian and other styles write initials without points: "M K Alagiri", "V Sivakumar"; a bare
    // "A" or "I" opens a name only before another initial: "A K Antony")
    const bareInitial = /^\p{Lu}$/u.test(t.text) && !!tokens[i + 1] && (/^\p{Lu}\.?$/u.test(tokens[i + 1]!.text) || (!/^[AI]$/.test(t.text) && nameToken(tokens[i + 1]!, false) && !isCommonWord(tokens[i + 1]!.lower)));
    const initialOpens = (/^\p{Lu}\.$/u.test(t.text) && !!tokens[i + 1] && (nameToken(tokens[i + 1]!, false) || /^\p{Lu}\.$/u.test(tokens[i + 1]!.text))) || bareInitial;
    // (most tokens open no name: the tests after this one, each with its look-ups, are made only for those that may)
    if (!(nameToken(t, sentenceStart) || titleOpens || initialOpens)) {
      i++;
      continue;
    }
    // (a role noun compromise merely guesses from an ending, "Lindqvist", is no evidence: its lexicon must know it)
    // ("Oracle said", where the article writes "Oracle" as a name elsewhere: the company, not a seer)
    const describes = !isTitleWord(t) && (isDemonym(t) || isAdjective(t)) || (t.lex.has('Actor') && !t.lex.has('FirstName') && !t.upper && (t.docCase !== 'name' || isTitleWord(t)) && (lexiconTags(t.lower).length > 0 || isRoleWord(t.lower) && ROLE_NOUNS.has(singularOf(t.lower))));
    // "Gunmen attacked a bus", "Shares in Nordwind rose": a common noun for people opening a sentence
    const commonOpener = sentenceStart && !t.upper && !t.lex.has('FirstName') && !tokens[i + 1]?.cap && lexicalTags(t.lower).has('Plural') && (ROLE_NOUNS.has(singularOf(t.lower)) || plainTags(t.lower).has('Verb'));
    // "Until then ...", "Penalties: ...": an opener the article writes in lower case elsewhere, alone
    const lowerElsewhere = sentenceStart && t.docCase === 'common' && !t.upper && !(tokens[i + 1] && nameToken(tokens[i + 1]!, false));
    // "Medical supplies were bought", "Money laundering charges": an English adjective or noun
    // opening a sentence, before a lower-case noun, with nothing in the article writing it as a name
    // ("Shell said", before a verb, is left to the other rules)
    const commonAlone = sentenceStart && t.docCase !== 'name' && !t.upper && (isCommonWord(t.lower) || (t.tags.has('Adjective') && !t.tags.has('ProperNoun') && !t.lex.has('Person'))) && !t.lex.has('FirstName') && !t.lex.has('Actor') && !!tokens[i + 1]?.word && !tokens[i + 1]!.cap && !isTitleWord(t) && !(tokens[i + 1]!.tags.has('Verb') && !tokens[i + 1]!.tags.has('Gerund'));
    const countOpens = sentenceStart && !t.upper && COUNT_WORDS.test(t.lower) && !tokens[i + 1]?.cap;
    // "Opposition leader X", "Government spokesman Y": a common noun for a body or a cause, opening a
    // sentence before a role word, is part of the role, not a name
    const bodyOpensRole = sentenceStart && !t.upper && t.docCase !== 'name' && (ORG_HEADS.has(t.lower) || ABSTRACT_NOUN.test(t.lower)) && !!tokens[i + 1]?.word && !tokens[i + 1]!.cap && isRoleWord(tokens[i + 1]!.lower);
    // "took office in January, said": a month or a day after a preposition is a date, whatever the tagger guessed
    const dateAfterPreposition = i > 0 && CALENDAR_WORDS.test(t.base) && !t.possessive && PREPOSITIONS.has(tokens[i - 1]!.lower) && !(tokens[i + 1] && nameToken(tokens[i + 1]!, false));
    // "36 MW wind capacity", "a 2 GB plan": a unit after its number
    // ("1st LD: Syria's Assad ...", "2nd LD-Writethru": a wire service's lead number heads no name)
    const unitOrLead = i > 0 && ((/^\d[\d.,]*$/.test(tokens[i - 1]!.text) && UNITS.test(t.text)) || (/^\d+(?:st|nd|rd|th)$/i.test(tokens[i - 1]!.text) && /^LD(?:-Writethru)?$/i.test(t.text)));
    // "A MAN was remanded", "THE COUNCIL has voted": a tabloid's opening words in capitals, a common
    // noun after the sentence's article, before lower case
    const shouted = t.upper && t.text.length >= 3 && !isKnownPlace([t]) && i > 0 && /^(?:a|an|the)$/i.test(tokens[i - 1]!.text) && (i === 1 || /^[“"‘(:–—.!?]$/.test(tokens[i - 2]!.text)) && isCommonWord(t.lower) && !!tokens[i + 1]?.word && !tokens[i + 1]!.cap;
    if (shouted || unitOrLead || commonOpener || lowerElsewhere || commonAlone || countOpens || dateAfterPreposition || bodyOpensRole || (describes && !tokens[i + 1]?.cap)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1]!;
      if (prev.possessive && !possessiveInsideName(tokens, i, j)) break;
      const u = tokens[j]!;
      // "Chief of Judicial Police Manuel Alvarado": an organisation's name, then a person's
      // (not "US Secretary of State Antony Blinken": a title's "of State" is the title's, and the person follows it)
      const titleOf = tokens.slice(i, j).some((x, k) => isTitleWord(x) && tokens[i + k + 1]?.lower === 'of');
      if (nameToken(u, false) && isOrgHead(prev) && !prev.possessive && u.lex.has('FirstName') && !isOrgHead(u) && tokens[j + 1] && nameToken(tokens[j + 1]!, false) && !orgHeadAhead(tokens, j) && !titleOf) break;
      // "established under the Special Secrets Act Abul Hasnaat Zulqarnain": a law's name ends where
      // a name follows it without a comma
      if (nameToken(u, false) && !prev.possessive && prev.text === 'Act' && j - i >= 2 && !isOrgHead(u)) break;
      if (nameToken(u, false)) {
        j++;
        continue;
      }
      // "News 9", "Channel 4", "Radio 4": a broadcaster's number is part of its name
      if (/^\d{1,2}$/.test(u.text) && BROADCAST_HEADS.test(prev.lower) && !prev.possessive && !(tokens[j + 1]?.word && CALENDAR_WORDS.test(tokens[j + 1]!.text))) {
        j++;
        continue;
      }
      // "Park Jung-je", "Kim Yoo-jin": a hyphenated given name after a family name; "Jay Y. Lee": an initial
      const hyphenGiven = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(u.base) && !COMPOUND_SUFFIX.test(u.base);
      const initial = /^\p{Lu}\.?$/u.test(u.text) && !!tokens[j + 1] && (nameToken(tokens[j + 1]!, false) || /^\p{Lu}\.?$/u.test(tokens[j + 1]!.text));
      if (u.word && (hyphenGiven || initial) && !prev.possessive) {
        j++;
        continue;
      }
      const next = tokens[j + 1];
      const nextNext = tokens[j + 2];
      // "Luigi Li Gotti", "Lula da Silva", "Mohammed al Khoja" (not "at", "as", "an" and the like
      // standing alone: they are English words first, "Cincinnati at Colorado")
      if (u.word && !u.cap && NAME_PARTICLES.has(u.lower) && !ENGLISH_PARTICLES.has(u.lower) && next && nameToken(next, false)) {
        j += 1;
        continue;
      }
      // "Edwin van der Sar", "Pilar de la Vega": two particles in a row
      if (u.word && !u.cap && NAME_PARTICLES.has(u.lower) && !ENGLISH_PARTICLES.has(u.lower) && next?.word && NAME_PARTICLES.has(next.lower) && nextNext && nameToken(nextNext, false)) {
        j += 2;
        continue;
      }
      // "Boeing President and CEO Dave Calhoun": two titles joined by "and" before one name, the
      // chunk so far ending in a title with no name after it yet
      if (u.lower === 'and' && isTitleWord(prev) && !prev.possessive && next && isTitleHead(next) && nextNext && nameToken(nextNext, false) && !isTitleWord(nextNext) && !tokens.slice(i, j).some((x) => x.lex.has('FirstName') || x.tags.has('Person'))) {
        j += 1;
        continue;
      }
      // "Procter & Gamble", "Hambrecht & Quist", "Fahnestock & Co": an ampersand inside a firm's name
      if (u.text === '&' && next && nameToken(next, false) && !prev.possessive) {
        j += 1;
        continue;
      }
      // "Government of National Unity", "Pact on Migration and Asylum", "Minister of Justice"
      const soFar = tokens.slice(i, j);
      // "Avon and Somerset Police", "Devon and Cornwall Police": two names joined under one organisation head
      if (u.lower === 'and' && next && nameToken(next, false) && soFar.length <= 2 && !soFar.some((x) => isOrgHead(x) || isTitleWord(x) || x.lex.has('FirstName') || x.tags.has('Person') || x.possessive)) {
        let k = j + 1;
        while (k < tokens.length && k < j + 4 && nameToken(tokens[k]!, false) && !tokens[k - 1]!.possessive) k++;
        const tail = tokens.slice(j + 1, k);
        // (not "Russia and Acme Corp signed": a country and a company are two)
        const countryAndFirm = soFar.every((x) => x.lex.has('Country')) && COMPANY_SUFFIXES.has(tail[tail.length - 1]!.lower.replace(/\.$/, ''));
        if (tail.length >= 2 && isOrgHead(tail[tail.length - 1]!) && !tail.some((x) => x.lex.has('FirstName') || x.possessive) && !countryAndFirm) {
          j = k;
          continue;
        }
      }
      const orgLed = soFar.some(isOrgHead);
      const titleLed = !orgLed && soFar.some(isTitleHead);
      // "Chevron Corp and Texaco Inc", "the United States and Moscow": a name complete before "and"
      // (ending in its head, its corporate suffix, or a place known by name) does not run on through it
      const complete = isOrgHead(prev) || COMPANY_SUFFIXES.has(prev.lower.replace(/\.$/, '')) || isKnownPlace(soFar);
      // "Bestop Inc of Boulder": nothing joins a company's name after its corporate suffix
      const suffixed = COMPANY_SUFFIXES.has(prev.lower.replace(/\.$/, '')) && soFar.length >= 2;
      // ("Union Minister for Agriculture Radha Mohan Singh and Gadkari": a title in it makes it a
      // titled person's name, which "and" does not run on into the next)
      // (a remit's "and" still joins: "Minister of State for Social Justice and Empowerment D Nepoleon")
      const headAt = soFar.findIndex(isTitleHead);
      // ("European Union Commissioner Thierry Breton and ...": a capitalised word right after the
      // title and its title words is a name, whether or not the lexicon knows it; "of" or "for"
      // there opens a remit instead)
      let named = headAt + 1;
      while (named < soFar.length && isTitleWord(soFar[named]!)) named++;
      const nameAfterTitle = headAt >= 0 && named < soFar.length && soFar[named]!.cap && !isOrgHead(soFar[named]!) && !isTitleHead(soFar[named]!);
      const titled =
        nameAfterTitle ||
        (headAt >= 0 && soFar.slice(headAt + 1).some((x) => x.tags.has('Person') || x.tags.has('FirstName') || x.tags.has('LastName') || x.lex.has('FirstName') || /^\p{Lu}\.?$/u.test(x.text)));
      const connectors = suffixed ? [] : orgLed ? (complete || titled ? ['of', 'on', 'for'] : ['of', 'on', 'for', 'and']) : titleLed ? ['of', 'for'] : [];
      // "... Commerce and Industry S Jagathrakshakan and Minister of State for ...": "and" before a
      // title opens the next titled name, it does not run this one on
      if (connectors.includes(u.lower) && next && u.lower === 'and' && isTitleHead(next)) break;
      if (connectors.includes(u.lower) && next) {
        // A title joins only more title words: "Minister of Justice", "Secretary of State",
        // "Minister for Cities"; "Commander of the Libyan National Army" is a title, then an organisation.
        if (nameToken(next, false) && (orgLed || isTitleWord(next) || u.lower === 'for')) {
          j += 1;
          continue;
        }
        if (orgLed && next.lower === 'the' && nextNext && nameToken(nextNext, false) && u.lower === 'of') {
          j += 2;
          continue;
        }
      }
      break;
    }
    // Do not end a chunk on a connector.
    while (j > i && !tokens[j - 1]!.cap && !(/^\d{1,2}$/.test(tokens[j - 1]!.text) && BROADCAST_HEADS.test(tokens[j - 2]?.lower ?? ''))) j--;
    // "the Escambia County school board", "the Valparaiso city council": a place's local body, named
    // in lower case after it, is an organisation of that name
    if (j > i && !tokens[j - 1]!.possessive) j = localBodyEnd(tokens, i, j);
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

/** A name with its initial written onto it: "N.Enkhtaivan", "V.Putin". */
const GLUED_INITIAL = /^(?:\p{Lu}\.){1,2}\p{Lu}\p{Ll}/u;

/** Name particles that are also English words: they join a name only when hyphenated ("as-Sayed"). */
const ENGLISH_PARTICLES = new Set(['at', 'as', 'an', 'ad', 'do', 'e', 'y']);

/** "D-N.Y.", "R-La.", "I-Vt.": a U.S. lawmaker's party and state. */
const PARTY_TAG = /^[DRI]-[A-Z][A-Za-z.]*\.?$/;
/** Second halves of hyphenated compounds that describe rather than name ("Sweden-based", "Iran-backed"). */
const COMPOUND_SUFFIX = /-(?:based|born|led|backed|affiliated|linked|run|controlled|held|allied|owned|made|style|era|wide|bound|friendly|leaning|aligned|speaking|funded|sponsored|supported|dominated|majority|language|american|british|french|german|italian|russian|chinese|arab|israeli)$/i;
const TITLE_MODIFIERS = new Set(['former', 'acting', 'interim', 'outgoing', 'incoming', 'late', 'then', 'senior', 'top', 'veteran', 'retired']);
const singularOf = (w: string) => (w.endsWith('men') ? `${w.slice(0, -3)}man` : w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.replace(/s$/, ''));
const name0 = (ts: Token[]) => ts.map((t) => t.base).join(' ');

function text(sentence: string, tokens: Token[], from: number, to: number): string {
  if (to <= from) return '';
  return sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** A role phrase without a leading determiner, parentheticals or trailing punctuation. */
function tidyRole(s: string): string {
  return s
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^(?:the|a|an|his|her|its|their)\s+/i, '')
    // ("the country's Office of Civil Defense director", "the company's chief economist")
    .replace(/^(?:country|company|firm|city|state|nation|government|club|team|party|group|agency|ministry|province|region)['’]s\s+/i, '')
    .replace(/[\s,;:]+$/, '')
    .replace(/['’]s$/, '')
    .trim();
}

/** "General Commander of the Libyan National Army" -> "Libyan National Army". */
function organizationOf(role: string): string | null {
  const m = /\b(?:of|at|for|to)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}’'.-]*\s*)+(?:(?:of|for|on|and)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*)+)*)$/u.exec(role);
  if (!m) return null;
  const org = m[1]!.trim().replace(/['’]s$/, '');
  return org.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase())) ? null : org;
}

/** Split "police chief and director of X" into its roles. */
export function splitRoles(role: string): string[] {
  const parts = role.split(/\s+and\s+/);
  if (parts.length === 1) return [role];
  // Only split where each side has a role noun of its own ("chief" / "director"), so that
  // "Minister of Migration and Asylum" stays whole.
  const out: string[] = [];
  for (const p of parts) {
    const hasRole = tokenize(p).some((t) => isRoleNoun(t) || isTitleHead(t));
    if (hasRole || out.length === 0) out.push(p);
    // "a businessman and former NBA great": a second part with no role noun is a description of
    // its own, unless it continues an "of" phrase ("Minister of Migration and Asylum")
    else if (/\bof\b/i.test(out[out.length - 1]!)) out[out.length - 1] += ` and ${p}`;
  }
  return out;
}

/** A role names a person: its head noun (before any "of ..." / "for ...") is a role noun or a title. */
function headIsRole(role: string): boolean {
  const head = role.split(/\s+(?:of|for|to|at|in|on|with)\s+/)[0]!.trim().split(/\s+/).filter((w) => !NUMBERED_OFFICE.test(w)).pop() ?? '';
  const isHead = (w: string) => {
    const h = w.replace(/[.,]$/, '').toLowerCase();
    return isRoleWord(h) || TITLE_HEADS.has(h) || TITLE_HEADS.has(h.split('-').pop() ?? '') || TITLE_HEADS.has(h.replace(ELECT_SUFFIX, ''));
  };
  // ("Office of Civil Defense regional director", "Bank of England governor": an organisation's
  // name with its "of", then the role in lower case)
  const last = role.trim().split(/\s+/).pop() ?? '';
  return isHead(head) || (/^\p{Ll}/u.test(last) && /\s(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(role) && isRoleWord(last.toLowerCase()));
}

/**
 * A sentence that names the members of a group it opens with: "The seven officials, which include
 * top aides to X, are A, B, and C", "The dead were A and B". Group 1 is the group's noun phrase.
 */
const GROUP_NAMED = /^(?:The|These|Those)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|other|new|three\s+new)\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s)(?:\s*,[^,;]{1,140},)?\s+(?:are|were|include|included|includes)\s+/u;

/** "astronauts" in "NASA astronauts Jane Roe and John Doe" is what each of them is: "astronaut". */
function singularHead(role: string): string {
  const m = /^(.*?)(\p{Ll}+s)((?:\s+(?:of|for|at|in)\s+.*)?)$/u.exec(role);
  if (!m || /(?:ss|us|is)$/.test(m[2]!)) return role;
  const one = singularOf(m[2]!);
  return isRoleWord(one) ? `${m[1]}${one}${m[3]}` : role;
}

/** "Saudi Foreign Minister Prince" -> "Saudi Foreign Minister", "Emir Sheikh" -> "Emir"; "Crown Prince" stays. */
function dropNobleStyle(role: string): string {
  let r = role;
  for (;;) {
    const m = /\s+([\p{L}.]+)$/u.exec(r);
    if (!m || !NOBLE_TITLES.has(m[1]!.toLowerCase()) || /\bcrown\s+\S+$/i.test(r)) return r;
    r = r.slice(0, m.index);
  }
}

// Titles news abbreviates before a name, said in full in a profile ("Gov." is "Governor")
const TITLE_ABBREVIATIONS: Record<string, string> = {
  gov: 'Governor', sgt: 'Sergeant', lt: 'Lieutenant', gen: 'General', col: 'Colonel', capt: 'Captain', cpt: 'Captain',
  maj: 'Major', adm: 'Admiral', brig: 'Brigadier', cmdr: 'Commander', sen: 'Senator', rep: 'Representative',
  supt: 'Superintendent', insp: 'Inspector', det: 'Detective', pres: 'President', prof: 'Professor', amb: 'Ambassador',
  atty: 'Attorney', asst: 'Assistant', dep: 'Deputy', sec: 'Secretary', cllr: 'Councillor', cpl: 'Corporal', pte: 'Private',
};
const expandTitle = (s: string): string => s.replace(/\b([A-Z][a-z]{1,3})\.(?=\s|$)/g, (w, a: string) => TITLE_ABBREVIATIONS[a.toLowerCase()] ?? w);

/** "Finance Minister II": the number of an office that has several holders. */
const NUMBERED_OFFICE = /^(?:II|III|IV)$/;

const AP_STATES = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo'.split(' '),
);

/** "was named chief executive", "has been elected president of the club": the office given, in the passive, without "as". */
const ROLE_BY_PASSIVE_APPOINTMENT =
  /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|be)\s+(?:appointed|named|elected|re-elected|made|nominated|promoted\s+to)\s+(?!(?:as|after|by|for|to|in|on|at|from|with|over|because)\b)(?:the\s+|its\s+|their\s+)?(?:new\s+|next\s+|interim\s+|acting\s+)?((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+?)(?=\s*[,.;:)]|\s+(?:on|in|after|by|for|from|and|with|until|since|at|effective|following|when|while|last|this|next|to)\b|\s*$)/giu;

/** After a name that was appointed: "(, 48,) as chief executive", "chief executive of Acme". */
const ROLE_AFTER_APPOINTEE =
  /^(?:\s*,\s*\d{1,3}\s*,|\s*,[^;.:"“”]{1,120}?,(?=\s+as\s))?\s+(?:as\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:new\s+|next\s+|interim\s+|acting\s+)?((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+?)(?=\s*[,.;:)]|\s+(?:on|in|after|by|for|from|and|with|until|since|at|effective|following|when|while|last|this|next|to|replacing|succeeding)\b|\s*$)/u;
const APPOINTING_VERB = /\b(?:appointed|appoints|named|names|elected|elects|nominated|nominates|promoted|made|makes|chose|picked|tapped|hired|installed)\s+$/i;

const ROLE_BY_APPOINTMENT =
  /\b(?:appointed|named|elected|re-elected|sworn\s+in|installed|confirmed|nominated|chosen|selected|(?:take|takes|took|taking)\s+over|(?:step|steps|stepped|stepping)\s+in|(?:serve|serves|served|serving|act|acts|acted)|returns?|returned)\s+as\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:new\s+|next\s+)?((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+?)(?=\s*[,.;:)]|\s+(?:on|in|after|by|for|from|and|with|until|since|at|effective|following|when|while|last|this|next)\b|\s*$)/giu;

/** "X reports for the New York Post", "X writes for Le Monde": the verb right after the name. */
const WRITES_FOR = /\b(reports|reported|writes|wrote|reporting|writing)\s+for\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})/gu;

/**
 * "Amir Hamzah was the former chief executive officer of the EPF", "Kohli became the first Indian
 * captain to ...", "Dzulkefly served as health minister from 2018": what someone is, was or
 * became, told with a copula or "served as" (not "is not a ...": a negation names no role).
 */
const ROLE_BY_COPULA =
  /\b(?:is|was|became|becomes|has\s+become|had\s+become|remains|remained|(?:has\s+|had\s+)?served\s+as|serves\s+as|serving\s+as)\s+(?:the\s+|a\s+|an\s+)(?:new\s+|current\s+|first\s+|then\s+|incumbent\s+|longtime\s+|long-serving\s+)?((?:[\p{L}'’-]+\s+){0,9}?[\p{L}'’-]+?)(?=\s*[,.;:)–—]|\s+(?:to|who|that|which|since|until|in|at|on|and|for|with|from|after|before|when|while|between|during)\b|\s*$)|\b(?:(?:(?:has\s+|had\s+)?served|serves|serving|serve)\s+as|(?:has|have|had)\s+been)\s+(?!(?:a|an|the)\s)((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+?)(?=\s*[,.;:)–—]|\s+(?:to|who|that|which|since|until|in|at|on|and|for|with|from|after|before|when|while|between|during)\b|\s*$)/giu;

export function rolesFrom(title: string): RoleMention[] {
  const tidy = dropNobleStyle(tidyRole(expandTitle(title)));
  if (!tidy || tidy.split(/\s+/).every((w) => HONORIFICS.has(w.toLowerCase()))) return [];
  return splitRoles(tidy)
    .filter(headIsRole)
    .map((t) => ({ title: t, organization: organizationOf(t) }));
}

/**
 * Where the name starts in a chunk that opens with a title ("Italian Interior Minister | Matteo
 * Piantedosi", "Saudi Minister of State for Foreign Affairs | Adel bin Saud al-Mubarak"): the name
 * is the run at the end free of title words and organisation heads, cut at a given name when the
 * run starts with the title's own words ("Minister for Cities | Karim Benali-Rousseau").
 */
function titlePrefix(tokens: Token[], c: Chunk): number {
  const described = describedFrom(tokens, c);
  if (described > c.from) return described;
  const last = tokens[c.to - 1]!;
  // "General Command", "Interior Ministry": a title word inside an organisation's name.
  if (isOrgHead(last) && !isTitleHead(last)) return c.from;
  // "General Motors", "General Electric Co": a company's name, not a general's
  if (COMPANY_SUFFIXES.has(last.lower.replace(/\.$/, '')) || knownOrganization(tokens.slice(c.from, c.to))) return c.from;
  // "Fertilisers | M K Alagiri", "Human Resource Minister | V Sivakumar": bare initials start the name
  for (let p = c.from + 1; p < c.to - 1; p++) {
    const before = tokens[p - 1]!;
    if (!/^\p{Lu}$/u.test(tokens[p]!.text) || /^\p{Lu}$/u.test(before.text)) continue;
    // (after a word of the title, not after a given name: "Ayesha A Malik" is one name)
    if (!(isTitleWord(before) || isOrgHead(before) || isCommonWord(before.lower) || lexicalTags(before.lower).has('Plural') || /(?:ment|tion|sion|ity|ry|ance|ence|ism|ure|fare)$/.test(before.lower))) continue;
    if (tokens.slice(p, c.to - 1).every((t) => /^\p{Lu}\.?$/u.test(t.text))) return p;
  }
  // "Paleontologist Michael Ryan", "Businessman Dave Bing": an occupation the lexicon knows (and not
  // as a surname: "Carter", "Cooper"), capitalised before a given name, is the person's role
  const head = tokens[c.from]!;
  const headTags = lexicalTags(head.base);
  // ("Detective Sergeant Jim Wade": a rank after it is the title's too; the loop below cuts there)
  if (c.to - c.from >= 3 && head.cap && !head.upper && (headTags.has('Actor') || (ROLE_NOUNS.has(head.lower) && !isTitleWord(head) && !headTags.has('Adjective'))) && !headTags.has('Person') && !headTags.has('LastName') && !isOrgHead(tokens[c.to - 1]!) && !isTitleWord(tokens[c.from + 1]!)) return c.from + 1;
  // "Chief Justice of | Pakistan | Qazi Faez Isa": after "<title> of", a place opening the chunk ends the title
  {
    const of = tokens[c.from - 1];
    const before = tokens[c.from - 2]?.lower === 'the' ? tokens[c.from - 3] : tokens[c.from - 2];
    if (of && /^(?:of|to)$/.test(of.lower) && before && isTitleWord(before)) {
      // (a name of one word is a name when its initial is written onto it: "of Mongolia N.Enkhtaivan")
      const last = c.to - (GLUED_INITIAL.test(tokens[c.to - 1]!.text) ? 1 : 2);
      let p = c.from;
      // (a word before a middle initial is a given name, whatever the tagger makes of it: "of State Rex W. Tillerson")
      while (p < last && isPlaceTagged(tokens[p]!) && !/^\p{Lu}\.$/u.test(tokens[p + 1]?.text ?? '')) p++;
      if (p > c.from) return p;
    }
  }
  let k = c.to;
  while (k > c.from) {
    const t = tokens[k - 1]!;
    if (!t.cap && NAME_PARTICLES.has(t.lower)) {
      k--;
      continue;
    }
    // "John Major", "Lee General": a surname that is also a title word, after a given name
    const surname = k === c.to && k - 2 >= c.from && tokens[k - 2]!.lex.has('FirstName') && !isTitleWord(tokens[k - 2]!);
    // "Finance Minister II Amir Hamzah Azizan": a numbered office ends the title
    const numbered = NUMBERED_OFFICE.test(t.text) && k - 2 >= c.from && isTitleWord(tokens[k - 2]!);
    if (numbered) break;
    if (!surname && (!t.cap || isTitleWord(t) || isOrgHead(t) || HONORIFICS.has(clean(t.base)) || (k - 1 === c.from && TITLE_MODIFIERS.has(clean(t.base))))) break;
    k--;
  }
  while (k < c.to && !tokens[k]!.cap) k++;
  if (k <= c.from || k >= c.to) return c.from;
  const prefix = tokens.slice(c.from, k);
  // "Former Italy coach": a modifier of a title opening a sentence is not part of the name after it
  const modifierOnly = prefix.every((t) => TITLE_MODIFIERS.has(clean(t.base)) || isTitleWord(t) || isDemonym(t));
  if (!modifierOnly && !prefix.some((t) => isTitleHead(t) || HONORIFICS.has(clean(t.base)))) return c.from;
  const run = tokens.slice(k, c.to);
  const given = run.findIndex((t, idx) => idx > 0 && t.lex.has('FirstName'));
  if (given > 0 && !run.slice(0, given).some((t) => t.lex.has('FirstName')) && tokens[k - 1]!.lower === 'for') return k + given;
  return k;
}

/**
 * The place or organisation a title is "of", at its end: "Pakistan" in "Chief Justice of Pakistan
 * Qazi Faez Isa", "the Federal Reserve" in "Chairman of the Federal Reserve Jerome Powell". A name
 * of its own, beside the person's.
 */
function officeOf(sentence: string, tokens: Token[], from: number, cut: number): Omit<NameMention, 'sentenceIndex'> | null {
  let k = -1;
  for (let j = cut - 1; j > from; j--) if (tokens[j]!.lower === 'of') k = j;
  // "Chief Justice of | Pakistan Qazi Faez Isa": the "of" may stand just before the chunk
  if (k < 0 && /^(?:of|the)$/.test(tokens[from - 1]?.lower ?? '')) k = tokens[from - 1]!.lower === 'of' ? from - 1 : tokens[from - 2]?.lower === 'of' ? from - 2 : -1;
  if (k < 0) return null;
  let start = k + 1;
  if (tokens[start]?.lower === 'the') start++;
  const run = tokens.slice(start, cut);
  if (!run.length || !run.every((t) => nameToken(t, false)) || run.some((t) => isTitleWord(t))) return null;
  const type: ActorType | null = isKnownPlace(run) || run.every(isPlaceTagged) ? 'place' : isOrgHead(run[run.length - 1]!) || knownOrganization(run) ? 'organization' : null;
  if (!type) return null;
  const last = run[run.length - 1]!;
  return { start: run[0]!.start, end: last.end, name: sentence.slice(run[0]!.start, last.end), tokens: run, type, confidence: 2, roles: [], acronym: null, possessive: true, speaks: false };
}

/**
 * The place or organisation whose office a title names, at the head of the title: "U.S." in "U.S.
 * District Judge Mark Wolf", "EU" in "EU Farm Commissioner", "White House" in "White House Press
 * Secretary". A name of its own, beside the person's.
 */
function officeOwner(sentence: string, tokens: Token[], from: number, cut: number): Omit<NameMention, 'sentenceIndex'> | null {
  let to = from;
  while (to < cut && !isTitleWord(tokens[to]!) && !isDemonym(tokens[to]!) && !HONORIFICS.has(clean(tokens[to]!.base)) && !TITLE_MODIFIERS.has(clean(tokens[to]!.base)) && (nameToken(tokens[to]!, false) || /^\p{Lu}\.$/u.test(tokens[to]!.text))) to++;
  if (to === from || to >= cut) return null;
  // the longest run from the start that is a whole name by itself ("Senate" of "Senate Majority Leader",
  // "EU" of "EU Farm Commissioner"): the rest modifies the title
  let type: ActorType | null = null;
  let run: Token[] = [];
  for (let end = to; end > from && !type; end--) {
    run = tokens.slice(from, end);
    const last = run[run.length - 1]!;
    if (last.possessive) continue;
    const initials = run.map((t) => t.base).join(' ').replace(/\./g, '').toLowerCase();
    if (COUNTRY_INITIALS.has(initials) || isKnownPlace(run) || run.every(isPlaceTagged)) type = 'place';
    else if (isOrgHead(last) || knownOrganization(run) || (run.length === 1 && last.upper && !NON_ORG_ACRONYMS.has(last.lower))) type = 'organization';
  }
  if (!type) return null;
  const last = run[run.length - 1]!;
  return {
    start: run[0]!.start,
    end: last.end,
    name: sentence.slice(run[0]!.start, last.end),
    tokens: run,
    type,
    confidence: 2,
    roles: [],
    acronym: null,
    // the office belongs to it, as in "the Senate's majority leader": like a possessive, it is
    // not the subject of the verb after the title, the person is
    possessive: true,
    speaks: false,
  };
}

/** Words of family and religious life that are part of a name when capitalised before it ("Mother Teresa", "Brother Roger"). */
/** Endings of English abstract nouns ("opposition", "government", "leadership"), which name no one alone. */
/** Lower-case words that name a place's local body after it: "school board", "city council", "board of education". */
const LOCAL_BODY_KINDS = new Set(['school', 'city', 'county', 'town', 'village', 'district', 'parish', 'borough', 'municipal', 'planning', 'zoning', 'water', 'transit', 'housing', 'election', 'elections', 'library', 'park', 'parks', 'hospital', 'port', 'fire', 'police', 'health']);
const LOCAL_BODY_HEADS = new Set(['board', 'council', 'commission', 'department', 'committee', 'authority']);
/** What a local "board of" is of: "board of education", "board of supervisors". */
const LOCAL_BOARD_OF = /^(?:education|supervisors|commissioners|trustees|selectmen|aldermen)$/;

/** Where a place's local body named after it ends ("Escambia County school board"), else `to`. */
function localBodyEnd(tokens: Token[], from: number, to: number): number {
  const placeish = tokens.slice(from, to).every((t) => t.cap) && (isPlaceTagged(tokens[to - 1]!) || /^(?:County|City|Parish|Township|Borough)$/.test(tokens[to - 1]!.text));
  if (!placeish) return to;
  const a = tokens[to];
  const b = tokens[to + 1];
  if (!a?.word || a.cap) return to;
  if (LOCAL_BODY_KINDS.has(a.lower) && b?.word && !b.cap && LOCAL_BODY_HEADS.has(b.lower)) return to + 2;
  // "the Tema board of education"
  if (a.lower === 'board' && b?.lower === 'of' && LOCAL_BOARD_OF.test(tokens[to + 2]?.lower ?? '')) return to + 3;
  return to;
}

/** Right after a dateline's day with no dash: "PLACE, Sept 24 Around ...". */
function afterDatelineDay(tokens: Token[], i: number): boolean {
  const day = tokens[i - 1];
  const month = tokens[i - 2];
  return !!day && !!month && /^\d{1,2}$/.test(day.text) && /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?$/.test(month.text) && (i - 3 < 0 || tokens[i - 3]!.text === ',');
}

/** Words a broadcaster's number follows: "News 9", "Channel 4", "Radio 4". */
const BROADCAST_HEADS = /^(?:news|channel|radio|tv)$/;
/** Units news writes in capitals after a number. */
const UNITS = /^(?:[kKMGT]Wh?|MT|MMT|BCM|TCF|MMBtu|[KMGT]B|Mbps|Gbps|[KMG]Hz|KM|HP|BHP|PSI)$/;
/** Currencies news writes before an amount, alone or run into it: "Rs 5", "RM3,000", "KSh200", "N50m". */
const CURRENCY = /^(?:(?:Rs|KSh|Ksh|Tk|Rp)\.?|(?:RM|Rs|KSh|Ksh|Sh|Tk|Rp|N|R|P)\p{N}.*)$/u;
const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ism|ship)$/;
const CALENDAR_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** "Hundreds of protesters", "Dozens were hurt": a count opening a sentence names no one. */
const COUNT_WORDS = /^(?:dozens|hundreds|thousands|millions|billions|scores|tens)$/;
const STYLE_WORDS = new Set(['mother', 'father', 'sister', 'brother', 'uncle', 'aunt', 'grandma', 'grandpa', 'saint']);

/** A capitalised noun for what a person is ("Economist", "Actor", "Trainer"), not a surname that looks like one. */
const isCapRoleNoun = (t: Token) => t.cap && !t.upper && t.word && !t.lex.has('FirstName') && !STYLE_WORDS.has(t.lower) && (ROLE_NOUNS.has(t.lower) || lexiconTags(t.lower).includes('Actor')) && !plainTags(t.lower).has('Adjective');

/**
 * Where a person's name starts after words that describe them: "American Kimberly Po", "Frenchman
 * Jean Alesi", "Economist Alonso Cervera", "Opener Gooch". A nationality alone before one word is
 * kept ("British Telecom", "American Express"); organisations and places are never cut.
 */
function describedFrom(tokens: Token[], c: Chunk): number {
  let k = c.from;
  let role = false;
  // ("Libertarian Mary Buzuma", "Republican Ann Poe": a party member before the name is a description too)
  while (k < c.to - 1 && !isTitleWord(tokens[k]!) && (isDemonym(tokens[k]!) || isCapRoleNoun(tokens[k]!) || PARTY_ADJECTIVES.has(tokens[k]!.lower))) {
    if (!isDemonym(tokens[k]!)) role = true;
    k++;
  }
  if (k === c.from) return c.from;
  const run = tokens.slice(k, c.to);
  if (run.some((t) => isOrgHead(t) || isTitleWord(t) || COMPANY_SUFFIXES.has(t.lower.replace(/\.$/, ''))) || isKnownPlace(run) || knownOrganization(run)) return c.from;
  const personTagged = run.some((t) => t.lex.has('FirstName') || t.lex.has('LastName') || t.lex.has('Person'));
  // what is left must look like a person's name: "Stock Exchange", "Resistance" do not
  if (!personTagged && run.some((t) => isCommonWord(t.lower))) return c.from;
  if (run.length === 1 && !role && !personTagged) return c.from;
  return k;
}

/**
 * "Chief Justice of Pakistan (CJP) Qazi Faez Isa": the initials of a title, in brackets between
 * it and the name, are the title's; left in, they part the name from its title.
 */
function withoutTitleAcronyms(out: Token[]): Token[] {
  for (let i = 1; i + 3 < out.length; i++) {
    if (out[i]!.text !== '(' || out[i + 2]!.text !== ')' || !/^\p{Lu}{2,6}$/u.test(out[i + 1]!.text) || !nameToken(out[i + 3]!, false)) continue;
    const acronym = out[i + 1]!.text;
    const words: Token[] = [];
    for (let k = i - 1; k >= 0 && words.length < acronym.length + 3 && (out[k]!.cap || out[k]!.lower === 'of'); k--) words.unshift(out[k]!);
    const initials = words.filter((w) => w.cap).map((w) => w.text[0]).join('');
    if (!initials.endsWith(acronym) || !words.some((w) => isTitleWord(w))) continue;
    out.splice(i, 3);
    for (let k = 0; k < out.length; k++) out[k]!.index = k;
  }
  return out;
}

/** The last word of a street's name. */
const FACILITY_SUFFIXES = new Set(['airport', 'airfield', 'station', 'stadium', 'arena', 'harbour', 'harbor', 'port', 'prison', 'jail', 'bridge', 'dam', 'terminal']);
const STREET_SUFFIXES = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'highway', 'hwy', 'parkway', 'pkwy', 'square', 'sq', 'crescent', 'terrace', 'place']);

/** Parties' members named before a person: "Libertarian Mary Buzuma", "Democrat Ann Poe". */
const PARTY_ADJECTIVES = new Set([...PARTY_MEMBERS, 'libertarian', 'democratic', 'independent']);

/** Nouns that complete a title through "of": "chief of staff", "head of state", "chief of police". */
const OF_OFFICES = new Set(['staff', 'state', 'government', 'police', 'mission', 'station', 'operations', 'protocol', 'defence', 'defense', 'justice']);

/**
 * The noun phrase that ends right before index `end` (exclusive) and names a role: "lawyer" in
 * "lawyer Luigi Mele", or in comma mode "Libyan police chief and director of ... center" in
 * "..., Najeem Almasri". In comma mode the phrase must open its clause, unless it is a title
 * ("waiting for Justice Minister, Carlo Nordio").
 */
function roleBefore(tokens: Token[], sentence: string, end: number, commaMode: boolean): string | null {
  // "his wife of 30 years, Louise Newbury": how long is no part of the role
  if (commaMode && /^(?:years?|decades?|months)$/.test(tokens[end - 1]?.lower ?? '') && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|many|several)$/.test(tokens[end - 2]?.lower ?? '') && tokens[end - 3]?.lower === 'of') end -= 3;
  let k = end - 1;
  if (k < 0) return null;
  // "chief of staff", "head of state", "secretary of state": a title with its "of" phrase
  const ofOffice = (j: number) => tokens[j]?.lower === 'of' && OF_OFFICES.has(tokens[j + 1]?.lower ?? '') && !!tokens[j - 1] && (isRoleNoun(tokens[j - 1]!) || isTitleHead(tokens[j - 1]!));
  if (!commaMode && !isRoleNoun(tokens[k]!) && !ofOffice(k - 1)) return null;
  let sawRole = false;
  let from = end;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.text === ')') {
      // keep a parenthetical acronym inside the phrase: "service (AISE)"
      let p = k;
      while (p >= 0 && tokens[p]!.text !== '(') p--;
      if (p < 0) break;
      from = p;
      k = p - 1;
      continue;
    }
    if (!t.word) break;
    // "head of the presidential office": a determiner right after "of" stays inside the phrase
    if (commaMode && ['the', 'a', 'an', 'its', 'their'].includes(t.lower) && tokens[k - 1]?.lower === 'of') {
      from = k;
      k--;
      continue;
    }
    // ("Mineworkers Union of Namibia (MUN) spokesman X": an "of" inside the organisation's name)
    const ofInName = t.lower === 'of' && !!tokens[k - 1]?.cap && !!tokens[k + 1]?.cap && isOrgHead(tokens[k - 1]!);
    const connector = t.lower === 'and' || (commaMode && ['of', 'for', 'to'].includes(t.lower)) || ofOffice(k) || ofInName;
    if (DETERMINERS.has(t.lower) || CLAUSE_WORDS.has(t.lower) || (PREPOSITIONS.has(t.lower) && !connector)) break;
    if ((t.lower === 'of' || t.lower === 'and') && !connector) break;
    // "we will judge Russia": a verb, not a role
    // (but a role noun after its modifier is the noun: "late substitute Peter Crouch", "second-half substitute")
    const modified = isRoleNoun(t) && !!tokens[k - 1] && !tokens[k - 1]!.cap && (tokens[k - 1]!.tags.has('Adjective') || tokens[k - 1]!.lex.has('Adjective') || /^\p{L}+-\p{L}+$/u.test(tokens[k - 1]!.text));
    if (k === end - 1 && !commaMode && t.tags.has('Verb') && !t.tags.has('Noun') && !modified) return null;
    if (!connector && !t.cap && (t.tags.has('Pronoun') || t.tags.has('Conjunction') || t.tags.has('Copula') || t.tags.has('Auxiliary'))) break;
    if (!connector && !t.cap && t.tags.has('Verb') && !t.lex.has('Noun') && !t.lex.has('Adjective') && !isRoleNoun(t)) break;
    if (!connector && !t.cap && (t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('PastTense'))) break;
    // "the crew includes astronauts ...": a present-tense verb ends the phrase before it
    if (!connector && !t.cap && t.tags.has('PresentTense') && /[^s]s$/.test(t.lower) && !isRoleNoun(t)) break;
    // "which also involved Egyptian intelligence chief ...": a participle after an adverb or a
    // relative pronoun is the clause's verb, and an adverb is not part of a role
    if (!t.cap && t.tags.has('Adverb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) break;
    if (!t.cap && /ed$/.test(t.lower) && tokens[k - 1] && (tokens[k - 1]!.tags.has('Adverb') || CLAUSE_WORDS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.tags.has('Auxiliary'))) break;
    if (/^\p{N}/u.test(t.text)) break;
    // A person's name is not part of someone else's role.
    if (t.cap && (t.lex.has('FirstName') || t.tags.has('Person')) && !isTitleWord(t)) break;
    if (isRoleNoun(t) || isTitleHead(t)) sawRole = true;
    from = k;
    k--;
  }
  while (from < end && ['of', 'and', 'for', 'to'].includes(tokens[from]!.lower)) from++;
  if (!sawRole || from >= end) return null;
  if (commaMode) {
    const isTitleChunk = tokens.slice(from, end).every((x) => isTitleWord(x) || isDemonym(x));
    const before = tokens[from - 1];
    // (a conjunction opens a clause too: "..., while Washington State Patrol spokesman, Sgt. Mark Francis, tweeted")
    // (or a preposition before a single office: "delivered by CNE boss, Andre da Silva Neto",
    // "talks with Russia's president, Vladimir Putin")
    const singleOffice = /^(?:by|with|to|from|for)$/.test(before?.lower ?? '') && !/[^s]s$/.test(tokens[end - 1]!.lower);
    const opensClause = !before || /^[,;:(“"–—]$/.test(before.text) || DETERMINERS.has(before.lower) || /^(?:while|whereas|and|but|as|when|after|before|although|though)$/.test(before.lower) || singleOffice;
    if (!opensClause && !isTitleChunk) return null;
  }
  const phrase = text(sentence, tokens, from, end);
  return phrase.split(/\s+/).length > 14 ? null : phrase;
}

/** ", the General Commander of the Libyan National Army," after a name. */
function roleAfter(tokens: Token[], sentence: string, from: number, chunkAt: Map<number, Chunk>, titled: Map<Chunk, number>): string | null {
  // ", the former mayor" or, as headlines and some papers write it, "– a former Defense minister"
  const mark = tokens[from]?.text;
  if (mark !== ',' && !(mark && /^[–—-]$/.test(mark) && /^(?:a|an|the)$/i.test(tokens[from + 1]?.text ?? ''))) return null;
  let k = from + 1;
  if (tokens[k] && DETERMINERS.has(tokens[k]!.lower) && ['the', 'a', 'an'].includes(tokens[k]!.lower)) k++;
  const start = k;
  let sawRole = false;
  let end = k;
  while (k < tokens.length) {
    const t = tokens[k]!;
    // "the Office of Civil Defense (OCD) regional director": an organisation's initials in brackets
    if (t.text === '(' && k > start && tokens[k + 1]?.upper && tokens[k + 2]?.text === ')') {
      k += 3;
      continue;
    }
    if (!t.word) break;
    if (CLAUSE_WORDS.has(t.lower) && !t.cap) break;
    const c = chunkAt.get(k);
    if (c) {
      // A chunk with a person's name in it means a list of names, not an apposition.
      const cut = titled.get(c) ?? c.from;
      const nameToks = tokens.slice(cut, c.to);
      const isNamey = cut > c.from || nameToks.some((x) => x.tags.has('FirstName'));
      // ("the Office of Civil Defense regional director": an organisation's head word may sit before the cut)
      // (not when what follows the cut reads as a person: "Minister of State for Finance S S Palanimanickam")
      const personAfterCut = nameToks.some((x) => /^\p{Lu}\.?$/u.test(x.text) || x.lex.has('FirstName') || x.tags.has('Person'));
      const orgish = nameToks.some(isOrgHead) || (isOrgHead(tokens[c.from]!) && !personAfterCut) || nameToks.every(isPlaceTagged) || nameToks.every((x) => isTitleWord(x) || isDemonym(x));
      if (isNamey && !orgish) {
        if (k === start) return null;
        // "Along with Garcetti, Qatari envoy Mohammed Al-Jabir ...": words running straight into
        // the next name are that name's title ("deputy of President Kenyatta" stays)
        if (!['of', 'to', 'for', 'at', 'the', 'and'].includes(tokens[k - 1]!.lower)) return null;
        break;
      }
      if (nameToks.every((x) => isTitleWord(x) || isDemonym(x))) sawRole = true;
      if (nameToks.some((x) => isTitleHead(x))) sawRole = true;
      k = c.to;
      end = k;
      continue;
    }
    const connector = ['of', 'and', 'for', 'at', 'to', 'the', 'in'].includes(t.lower);
    if (!connector && (t.tags.has('Preposition') || t.tags.has('Pronoun'))) break;
    // "the head of Hamas's armed wing": after a possessive a participle modifies the noun that follows
    if (!connector && isVerbish(t) && !(tokens[k - 1]?.possessive && tokens[k + 1]?.word && !tokens[k + 1]!.cap)) break;
    if (t.lower === 'in' && sawRole) break;
    // ("the actor perhaps best known for ...": an adverb after the role opens what is said of it)
    // ("a city councilor at large": not after a small word of the title)
    if (sawRole && !connector && !t.cap && t.tags.has('Adverb') && !t.tags.has('Adjective') && !['of', 'and', 'for', 'at', 'to', 'the', 'in'].includes(tokens[k - 1]?.lower ?? '')) break;
    if (!sawRole && connector && t.lower !== 'the') {
      // "of" before any role noun: not an apposition ("Rome, of all places").
      if (end === start) return null;
    }
    if (isRoleNoun(t) || isTitleHead(t)) sawRole = true;
    k++;
    if (!connector) end = k;
  }
  if (!sawRole || end <= start) return null;
  const phrase = text(sentence, tokens, start, end);
  return phrase.split(/\s+/).length > 14 ? null : phrase;
}

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** The comma at `at` is the first of a sentence that opens on a participle ("Using ...", "Originally elected ..."). */
function closesOpeningParticiple(tokens: Token[], at: number): boolean {
  if (tokens.findIndex((t) => t.text === ',') !== at) return false;
  let k = tokens.findIndex((t) => t.word);
  if (/^(?:originally|first|previously|formerly|once|later|recently|newly|initially)$/.test(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  return !!t && /^\p{Lu}/u.test(t.text) && /\p{Ll}(?:ing|ed)$/u.test(t.text) && !t.lex.has('FirstName') && (t.lex.has('Verb') || t.tags.has('Verb') || t.tags.has('Gerund')) && !/^(?:during|according|including|following)$/.test(t.lower);
}

/** ", a public housing agency" / ", the Saudi Red Sea city" after a name: organisation or place. */
function appositionKind(tokens: Token[], at: number): 'organization' | 'place' | null {
  if (tokens[at]?.text !== ',') return null;
  // "Using a telescope west of Austin, the team observed ...": the comma closing an opening
  // participle phrase is followed by the sentence's subject, not by an apposition
  if (closesOpeningParticiple(tokens, at)) return null;
  let k = at + 1;
  if (tokens[k] && ['a', 'an', 'the'].includes(tokens[k]!.lower)) k++;
  for (let n = 0; n < 6 && k < tokens.length; n++, k++) {
    const t = tokens[k]!;
    if (!t.word || CLAUSE_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower) || t.lower === 'of') return null;
    // ("the country's Office of Civil Defense director": a possessive heads nothing, what follows does)
    if (t.possessive && !t.cap) continue;
    // The noun that heads the apposition decides: "a party official" is a person (the next noun,
    // "official", heads it), "a rights group based in Nairobi" an organisation.
    const next = tokens[k + 1];
    const headsIt = !(next?.word && !next.cap && (isRoleWord(next.lower) || (next.tags.has('Noun') && !next.tags.has('Verb'))));
    // ("its mine in Namibia, the union said": a noun with a verb of its own opens the reporting clause)
    // (not a participle describing it: "a Kenyan rights group based in Nairobi")
    // ("the union involved said": a participle may stand between)
    const speaks = (x?: Token) => !!x?.word && !x.cap && SPEECH_VERBS.has(x.lower);
    if (!t.cap && (speaks(next) || (!!next?.word && !next.cap && /(?:ed|ing)$/.test(next.lower) && speaks(tokens[k + 2])))) return null;
    if (!t.cap && headsIt && ORG_NOUNS.has(t.lower)) return 'organization';
    if (!t.cap && headsIt && PLACE_NOUNS.has(t.lower)) return 'place';
    // "Foxconn, the Taiwanese electronics maker,"
    if (!t.cap && headsIt && ORG_KIND_NOUNS.has(t.lower)) return 'organization';
    if (!t.cap && isRoleWord(t.lower) && !t.lower.endsWith('-based')) return null;
  }
  return null;
}

/**
 * Marks each token with how the article writes it and, in a line without a lower-case word, as a
 * table's; gives the number of words starting in lower case.
 */
function markTokens(tokens: Token[], casing: Casing | undefined): number {
  // (only capitalised words are ever asked how the article writes them)
  let lowerWords = 0;
  for (const t of tokens) {
    if (!t.word) continue;
    if ((t.cap || t.upper) && casing) t.docCase = casing.of(t.lower);
    if (/^\p{Ll}/u.test(t.text)) lowerWords++;
  }
  // A line without a lower-case word ("Harrogate 2 Kowloon Rangers 1") is a table's, not a clause:
  // its first word is not read as a verb
  if (lowerWords === 0) for (const t of tokens) t.inTable = true;
  return lowerWords;
}

/**
 * The chunks that may be names: not "the Lower East Side Democrat", "the veteran Republican" (a
 * party member described, not named), nor "a Texas Republican", and set off after a name, "Tom
 * DeLay, Texas Republican, was sentenced": a party member described, no name.
 */
function nameChunks(tokens: Token[]): Chunk[] {
  return chunks(tokens).filter(
    (c) =>
      !(
        (PARTY_MEMBERS.has(tokens[c.to - 1]!.lower) || PARTY_MEMBERS.has(tokens[c.to - 1]!.lower.replace(/s$/, ''))) &&
        c.to - c.from >= 2 &&
        (/^(?:the|a|an)$/.test(tokens[c.from - 1]?.lower ?? '') || (tokens[c.from - 1]?.text === ',' && !!tokens[c.from - 2]?.cap && /^[,;.)]$/.test(tokens[c.to]?.text ?? '')))
      ),
  );
}

/**
 * One sentence's chunks as the chunk loop reads them, and the titles it carries from one chunk to
 * the next: "Undersecretary to the" + "Prime Minister Alfredo Mantovano" (pendingTitle), "Chair of
 * the bench" + "Ray Ashley" (bridgedTitle).
 * (analyseSentence was one function of some 20 KB of bytecode, too big for V8 to optimise; its
 * steps are functions of their own, each small enough to be compiled, and a deopt in one costs
 * only that one's compile.)
 */
interface SentenceChunks {
  sentence: string;
  sentenceIndex: number;
  tokens: Token[];
  cs: Chunk[];
  chunkAt: Map<number, Chunk>;
  titled: Map<Chunk, number>;
  dateline: boolean;
  owners: NameMention[];
  pendingTitle: string | null;
  bridgedTitle: string | null;
}

/** One chunk, with the tokens around it that the evidence reads. */
interface ChunkAt {
  c: Chunk;
  ci: number;
  cut: number;
  chunkToks: Token[];
  nameToks: Token[];
  first: Token;
  last: Token;
  prev: Token | undefined;
  prev2: Token | undefined;
  next: Token | undefined;
  next2: Token | undefined;
}

/** The type evidence for one chunk, added up as the rules below find it. */
interface Votes {
  person: number;
  org: number;
  place: number;
}

/** Analyse one sentence into tokens and name mentions with roles and type evidence. */
export function analyseSentence(sentence: string, sentenceIndex: number, opts: { dateline?: boolean; casing?: Casing } = {}): SentenceAnalysis {
  const tokens = withoutTitleAcronyms(tokenize(sentence));
  const lowerWords = markTokens(tokens, opts.casing);
  const cs = nameChunks(tokens);
  const chunkAt = new Map<number, Chunk>();
  for (const c of cs) chunkAt.set(c.from, c);
  const titled = new Map<Chunk, number>();
  for (const c of cs) titled.set(c, titlePrefix(tokens, c));
  const s: SentenceChunks = { sentence, sentenceIndex, tokens, cs, chunkAt, titled, dateline: !!opts.dateline, owners: [], pendingTitle: null, bridgedTitle: null };

  const mentions: NameMention[] = [];
  for (let ci = 0; ci < cs.length; ci++) {
    const m = chunkMention(s, ci);
    if (m) mentions.push(m);
  }
  mentions.push(...s.owners);
  mentions.push(...hyphenCompounds(tokens, sentenceIndex));
  rolesOverLists(sentence, mentions);
  for (const m of mentions) if (m.roles.length) m.roles = m.roles.map((r) => ({ ...r, title: singularHead(r.title) }));
  writersFor(sentence, mentions);
  reportersFor(sentence, mentions);
  groupNamed(sentence, mentions);
  appointedAs(sentence, mentions);
  rolesByClause(sentence, mentions);
  rolesInListings(sentence, mentions);
  mentions.sort((x, y) => x.start - y.start);
  // the layouts are lines of names and figures, or have brackets: prose without them is left at once
  if (lowerWords < 3 || tokens.some((t) => t.text === '(')) typeByLayout(tokens, mentions);
  typeProseResult(sentence, tokens, mentions);
  typeLists(sentence, mentions);
  linkOtherNames(sentence, mentions);
  return { tokens, mentions };
}

/** The mention chunk `ci` names, or null for a chunk that names no one (a title, a ranking, a demonym). */
function chunkMention(s: SentenceChunks, ci: number): NameMention | null {
  const { tokens, cs } = s;
  const c = cs[ci]!;
  const cut = s.titled.get(c)!;
  const chunkToks = tokens.slice(c.from, c.to);
  const nameToks = tokens.slice(cut, c.to);

  // "(World No. 1)", "Europe's No. 2": a ranking, not a name
  if (c.to - c.from === 1 && tokens[c.to]?.text === 'No.' && !['ProperNoun', 'Person', 'Place'].some((tag) => lexicalTags(tokens[c.from]!.lower).has(tag))) return null;
  // "A South Korean court", "the Saudi Arabian delegation": a demonym modifying a noun names no one
  if (isDemonym(tokens[c.to - 1]!) && !chunkToks.some(isOrgHead) && tokens[c.to]?.word && !tokens[c.to]!.cap) return null;

  // A chunk of titles only ("Prime Minister", "Field Marshal", "Interior Minister") is a role, not an actor.
  if (chunkToks.every((t) => isTitleWord(t) || isDemonym(t) || HONORIFICS.has(t.lower) || !t.cap)) {
    carryTitle(s, ci);
    return null;
  }

  const roles = titleRoles(s, ci, cut);
  const x: ChunkAt = { c, ci, cut, chunkToks, nameToks, first: nameToks[0]!, last: nameToks[nameToks.length - 1]!, prev: tokens[c.from - 1], prev2: tokens[c.from - 2], next: tokens[c.to], next2: tokens[c.to + 1] };
  const v: Votes = { person: roles.length > 0 ? 2 : 0, org: 0, place: 0 };
  votesBeforeRoles(s, x, roles, v);
  rolesAround(s, x, roles, v);
  votesAfterRoles(s, x, v);
  const speaks = Boolean(x.next && SPEECH_VERBS.has(x.next.lower)) || Boolean(x.next?.text === ',' && x.next2 && SPEECH_VERBS.has(x.next2.lower));
  const [type, confidence] = typeOfChunk(s, x, v);
  return namedMention(s, x, roles, type, confidence, speaks);
}

/** A chunk of titles only: the title waits for the name after it ("to the" / "of" between, or a lower-case "of" phrase). */
function carryTitle(s: SentenceChunks, ci: number): void {
  const { sentence, tokens, cs } = s;
  const c = cs[ci]!;
  const after = tokens[c.to];
  if (after && ['to', 'of'].includes(after.lower)) {
    const skip = tokens[c.to + 1]?.lower === 'the' ? 2 : 1;
    const nextChunk = cs[ci + 1];
    if (nextChunk && nextChunk.from === c.to + skip) s.pendingTitle = text(sentence, tokens, c.from, nextChunk.from);
    // "Chair of the bench Ray Ashley", "head of foreign affairs Jon Tamm": a title whose "of" phrase is
    // in lower case, right before a name
    else if (nextChunk && nextChunk.from - c.to <= 5 && tokens.slice(c.to + 1, nextChunk.from).every((t) => t.word && !t.cap && !t.tags.has('Verb') && !t.tags.has('Preposition')) && (tokens[nextChunk.from - 1]!.tags.has('Noun') || tokens[nextChunk.from - 1]!.lex.has('Noun')))
      s.bridgedTitle = text(sentence, tokens, c.from, nextChunk.from);
  }
}

/** The roles the chunk's own title words give (with a title carried from the chunks before), and the offices' owners. */
function titleRoles(s: SentenceChunks, ci: number, cut: number): RoleMention[] {
  const { sentence, sentenceIndex, tokens, cs } = s;
  const c = cs[ci]!;
  const roles: RoleMention[] = [];
  if (cut > c.from && !tokens.slice(c.from, cut).every((t) => TITLE_MODIFIERS.has(clean(t.base)))) {
    // "former President Martín Vizcarra": a former president is not the president; the
    // lower-case modifier sits just outside the chunk and belongs to the role
    const modifier = tokens[c.from - 1];
    const from = modifier && !modifier.cap && TITLE_MODIFIERS.has(modifier.lower) ? c.from - 1 : c.from;
    const prefix = text(sentence, tokens, from, cut);
    // "President of | France | Emmanuel Macron": a title word no chunk of its own took, before "of"
    let before = '';
    if (!s.pendingTitle && /^(?:of|to)$/i.test(tokens[c.from - 1]?.lower ?? '')) {
      let k = c.from - 1;
      if (tokens[k - 1]?.lower === 'the') k--;
      let t0 = k;
      while (t0 > 0 && isTitleWord(tokens[t0 - 1]!)) t0--;
      // "US ambassador to | India | Eric Garcetti": the country the title is of comes with it
      if (t0 < k && t0 > 0 && (isDemonym(tokens[t0 - 1]!) || (tokens[t0 - 1]!.upper && isPlaceTagged(tokens[t0 - 1]!)))) t0--;
      if (t0 < k) before = `${text(sentence, tokens, t0, c.from)} `;
    }
    const title = s.pendingTitle ? `${s.pendingTitle} ${prefix}` : before + prefix;
    roles.push(...rolesFrom(title));
    const owner = officeOwner(sentence, tokens, c.from, cut);
    if (owner) s.owners.push({ ...owner, sentenceIndex });
    const of = officeOf(sentence, tokens, c.from, cut);
    if (of && of.start !== owner?.start) s.owners.push({ ...of, sentenceIndex });
  }
  s.pendingTitle = null;
  if (s.bridgedTitle && cut === c.from && ci > 0 && cs[ci - 1]!.to < c.from) roles.push(...rolesFrom(s.bridgedTitle));
  s.bridgedTitle = null;
  // "Finance Minister II Amir Hamzah Azizan": a numbered office, then the name
  const numeral = tokens[c.from - 1];
  const office = cs[ci - 1];
  if (cut === c.from && numeral && NUMBERED_OFFICE.test(numeral.text) && office?.to === c.from - 1 && isTitleWord(tokens[office.to - 1]!))
    roles.push(...rolesFrom(text(sentence, tokens, office.from, c.from)));
  return roles;
}

/** Evidence from the name's words and its neighbours, before the roles around it are read. */
function votesBeforeRoles(s: SentenceChunks, x: ChunkAt, roles: RoleMention[], v: Votes): void {
  const { tokens } = s;
  const { c, nameToks, last, prev, prev2, next } = x;
  if (nameToks.some(isOrgHead) && !(roles.length && !isOrgHead(last))) v.org += 2;
  // (a place's local body: "Escambia County school board")
  if (!last.cap && last.word && (LOCAL_BODY_HEADS.has(last.lower) || LOCAL_BOARD_OF.test(last.lower))) {
    v.org += 4;
    v.place = -4;
  }
  const initials = name0(nameToks).replace(/\./g, '').toLowerCase();
  // "U.S.", "UK", "UAE": a country written as initials is a place
  if (COUNTRY_INITIALS.has(initials)) v.place += 4;
  // "NATO", "FIS": a short word in capitals is an organisation's initials, unless it is a time zone, a
  // measure or an economic term ("GMT", "GDP") or a common word the article writes in lower case ("NOTE")
  else if (nameToks.length === 1 && last.upper && last.base.length <= 7 && !isPlaceTagged(last) && !NON_ORG_ACRONYMS.has(last.lower) && last.docCase !== 'common') v.org += 1.5;
  // "Hambrecht & Quist", "Procter & Gamble": an ampersand joins the names of a firm, never a person's
  if (nameToks.some((t) => t.text === '&')) v.org += 2;
  // "Nordwind Energy AB", "Baltic Grid Holdings Ltd"
  if (nameToks.length >= 2 && COMPANY_SUFFIXES.has(last.lower.replace(/\.$/, ''))) v.org += 2.5;
  // "Danish group Orsted", "Swedish utility Nordwind Energy AB"
  // (but "actress and producer Jessica Chastain": a word for a person's job too, before a first name)
  if (prev && prev.word && !prev.cap && !prev.possessive && ORG_KIND_NOUNS.has(prev.lower) && !(isRoleWord(prev.lower) && nameToks[0]!.lex.has('FirstName'))) v.org += 2;
  // "analysts at Jefferies", "an economist at Capital Economics": where a person works
  if (prev?.lower === 'at' && prev2 && (prev2.cap ? prev2.index === 0 && isRoleWord(prev2.lower) : isRoleNoun(prev2))) v.org += 2;
  if (nameToks.length >= 2 && nameToks.every((t) => t.tags.has('Organization'))) v.org += 1;
  // A company, team or news agency compromise's lexicon or our list knows by name: "Toyota",
  // "Yankees", "Goldman Sachs", "Reuters" (lighter for one word: "Ford" may be a person's name)
  const known = knownOrganization(nameToks);
  if (known === 'whole') v.org += 3;
  else if (known === 'word') v.org += 1.5;
  if ((prev && !prev.cap && MEDIA_NOUNS.has(prev.lower)) || (prev2 && !prev2.cap && MEDIA_NOUNS.has(prev2.lower) && prev && !prev.cap && !DETERMINERS.has(prev.lower))) v.org += 2;
  // A name used to modify a role noun ("Corriere della Sera chief editor") or a medium ("Telegram channel").
  // (a country or city in that place is still a place: "Italy coach", "Kenya director")
  if (next && !next.cap && next.word && (isRoleNoun(next) || MEDIA_NOUNS.has(next.lower)) && !last.possessive && !nameToks.every(isPlaceTagged)) v.org += 1.5;

  // "Rénovia Construction, a firm in which ...", "Adre, a town on the border": the apposition says what it is.
  const kind = appositionKind(tokens, c.to);
  if (kind === 'organization') v.org += 2.5;
  if (kind === 'place') v.place += 2.5;
  if (nameToks.every(isPlaceTagged)) v.place += 1.5;
  // "United States", "Czech Republic", "Soviet Union": a place known by its whole name, though it
  // ends in a word that heads organisations' names
  if (nameToks.length >= 2 && isKnownPlace(nameToks)) {
    v.place += 4;
    v.org = 0;
  }
  if (s.dateline) v.place += 2;
  // "S. Las Vegas Blvd", "Gilbert Rd", "High Street": a street
  if (nameToks.length >= 2 && STREET_SUFFIXES.has(last.lower.replace(/\.$/, ''))) {
    v.place += 4;
    v.person = 0;
  }
  // "Owen Roberts International Airport", "Kasarani Stadium": a facility is where, never who
  if (nameToks.length >= 2 && FACILITY_SUFFIXES.has(last.lower)) {
    v.place += 4;
    v.person = 0;
  }
  if (next && !next.cap && PLACE_HEADS.has(next.lower)) v.place += 1.5;
  if (prev && ['in', 'to', 'from', 'at', 'near', 'across', 'toward', 'towards'].includes(prev.lower) && nameToks.length === 1 && !last.tags.has('FirstName')) v.place += 0.5;
  // "a camp near El Fasher", "outside Kharkiv": where something is, never who
  if (prev && ['near', 'outside', 'around'].includes(prev.lower) && !nameToks[0]!.tags.has('FirstName')) v.place += 1.5;
}

/** The roles written before and after the name ("lawyer Luigi Mele", "X, the party's leader"). */
function rolesAround(s: SentenceChunks, x: ChunkAt, roles: RoleMention[], v: Votes): void {
  const { sentence, tokens } = s;
  const { c, nameToks, prev } = x;
  // A noun phrase before the name: "lawyer Luigi Mele", "Italian journalist and war reporter, Fausto Biloslavo"
  let before: string | null = null;
  // (a known place after the comma closes the role's own remit: "as Bishop of the Diocese of
  // Kafanchan, Nigeria", "the governor of Lagos State, Nigeria": the bishop is not Nigeria)
  if (prev && prev.text === ',') before = nameToks.every(isPlaceTagged) ? null : roleBefore(tokens, sentence, c.from - 1, true);
  else if (roles.length) before = null;
  else if (prev && (prev.lower === 'named' || prev.lower === 'called')) before = roleBefore(tokens, sentence, c.from - 1, false);
  // "the prosecutor (Francesco Lo Voi ...)": a name in brackets right after the role it fills
  else if (prev?.text === '(' && tokens[c.from - 2] && isRoleNoun(tokens[c.from - 2]!)) before = roleBefore(tokens, sentence, c.from - 1, false);
  else before = roleBefore(tokens, sentence, c.from, false);
  if (before) roles.push(...rolesFrom(before));
  const after = roleAfter(tokens, sentence, c.to, s.chunkAt, s.titled);
  if (after && !(v.org >= 2 || v.place >= 2)) roles.push(...rolesFrom(after));
  if (roles.length) v.person += 2;
  if (prev && (prev.lower === 'named' || prev.lower === 'called')) v.person += 1;
}

/** "Jordan Price, 24, of Southmead", "Kieran Shaw (18)": an age after a name. */
function isAge(t?: Token): boolean {
  return !!t && /^\d{1,3}$/.test(t.text) && Number(t.text) <= 110;
}

/** A verb, an adverb, "on" or a day: what may stand between a name and what it does to "its" own. */
function verbOrWhen(t: Token): boolean {
  return t.word && (t.tags.has('Date') || (!t.cap && (t.tags.has('Verb') || t.tags.has('Adverb') || t.lower === 'on')));
}

/** Evidence from how the name is written and what the sentence says of it, after its roles. */
function votesAfterRoles(s: SentenceChunks, x: ChunkAt, v: Votes): void {
  const { sentence, tokens } = s;
  const { c, nameToks, first, last, prev, prev2, next, next2 } = x;
  if (first.tags.has('FirstName') && nameToks.length >= 2) v.person += 1.5;
  // "A. Stewart", "J. Smith": an initial before a surname
  // (not "N. Korea", "S. Africa": a place after the initial of a compass point)
  if (/^\p{Lu}\.?$/u.test(first.text) && nameToks.length >= 2 && !nameToks.some(isOrgHead) && !COMPANY_SUFFIXES.has(last.lower.replace(/\.$/, ''))) {
    if (/^[NSEW]\.$/.test(first.text) && nameToks.slice(1).every(isPlaceTagged)) v.place += 2.5;
    else v.person += 2;
  }
  // "N.Enkhtaivan", "V.Putin": an initial written onto a surname (not "N.Korea", "S.Africa")
  if (nameToks.length === 1 && GLUED_INITIAL.test(first.text)) {
    const rest = first.text.replace(/^(?:\p{Lu}\.)+/u, '').toLowerCase();
    if (!isPlaceKey(rest)) v.person += 2;
  }
  if (nameToks.length >= 2 && nameToks.every((t) => t.tags.has('Person') || NAME_PARTICLES.has(t.lower))) v.person += 0.5;
  if (nameToks.some((t) => t.tags.has('LastName'))) v.person += 0.5;
  if (nameToks.length >= 2 && nameToks.some((t) => /^(?:al|el|ad|as|an|ar|at|az)-\p{Lu}/u.test(t.base) || ['bin', 'ibn', 'abu'].includes(t.lower))) v.person += 1;
  // ("Delta said", "Boeing said": one unknown word that speaks is as often a company as a person)
  // (a quote's speaker still votes person: '"...," Axworthy said')
  // (not a name of English words only: "the Holy See announced")
  // (the lexicon's words, not the tagger's guesses from an ending: "Axworthy said" stays a person)
  const englishOnly = nameToks.every((t) => isCommonWord(t.lower) || (lexiconTags(t.lower).includes('Adjective') && !t.lex.has('Person') && !t.lex.has('FirstName')));
  if (next && SPEECH_VERBS.has(next.lower) && !englishOnly && (nameToks.length >= 2 || last.lex.has('FirstName') || last.lex.has('LastName') || last.tags.has('Person') || /[”"’']\s*$/.test(sentence.slice(0, c.from > 0 ? tokens[c.from]!.start : 0).replace(/[,\s]+$/, '')))) v.person += 1;
  // '..., said Bragg.', '"...," says Ortiz': a speaker named after the verb, closing the sentence
  // ('"...," tweeted Madhur Bhandarkar.': any verb of speech)
  if (prev && SPEECH_VERBS.has(prev.lower) && prev2 && /^[,"”’']$/.test(prev2.text) && (!next || /^[.,;]$/.test(next.text)) && !isOrgHead(last)) v.person += 1;
  // "Housecall shares sank", "Kekkila profit rose": what a company has, right after its name
  if (next && next.word && !next.cap && COMPANY_NOUNS.has(next.lower) && !last.possessive) v.org += 1.5;
  if (last.possessive && CORPORATE_OFFICERS.test(sentence.slice(last.end).trimStart())) v.org += 2;
  // "shares in Acme fell", "a 20% stake in Vodafone": what is held in a name is held in a company
  if (!nameToks.every(isPlaceTagged) && prev && /^(?:in|of)$/.test(prev.lower) && prev2 && /^(?:shares?|stakes?|stock|shareholders?|shareholding|holdings?|equity)$/i.test(prev2.text)) v.org += 3;
  // "He then joined Nielsen in 2006", "joined Goldman Sachs as a partner": one joins a firm or a body
  if (prev && /^(?:joined|joins|join|joining)$/.test(prev.lower) && !first.lex.has('FirstName') && (!next || /^(?:in|as|after|before|from|,|\.|;)$/.test(next.lower))) v.org += 2;
  // "Tesla posted its second quarterly profit": what the name does to "its" own is a thing's, not a person's
  // (with a day or an adverb between: "Boeing on Monday replaced its chief executive")
  const ahead = tokens.slice(c.to, c.to + 7);
  const its = ahead.findIndex((t) => t.lower === 'its');
  if (!last.possessive && !nameToks.every(isPlaceTagged) && its >= 1 && ahead.slice(0, its).every(verbOrWhen) && ahead.slice(0, its).some((t) => !t.cap && t.tags.has('Verb'))) v.org += 1.5;
  if (next && !next.cap && PERSON_LED_HEADS.has(next.lower) && nameToks.length === 1 && !isDemonym(first) && !isPlaceTagged(first)) v.person += 2.5;
  if (prev?.lower === 'by' && nameToks.length >= 2 && nameToks.length <= 4) v.person += 0.75;
  // "Jordan Price, 24, of Southmead", "Kieran Shaw (18)": an age after a name
  const third = tokens[c.to + 2];
  if ((next?.text === ',' && isAge(next2) && (!third || /^[,.;)]$/.test(third.text))) || (next?.text === '(' && isAge(next2) && third?.text === ')')) v.person += 3;
  // "Jordan Mills, of Thornton Heath,": the name set off after a person's name and "of" is where they live
  if (prev?.lower === 'of' && prev2?.text === ',' && tokens[c.from - 3]?.cap && tokens[c.from - 3]!.word && !nameToks.some(isOrgHead) && /^\s*[,.;]/.test(sentence.slice(last.end))) v.place += 2.5;
  // "Gauke, who had said ...": only a person is a "who"
  if (next?.text === ',' && (next2?.lower === 'who' || next2?.lower === 'whom') && !nameToks.some(isOrgHead) && !nameToks.every(isPlaceTagged)) v.person += 2;
  // "Jordan Mills, of no fixed address,", "Dale Reed, of Hull, appeared": where someone lives, set off after the name
  if (next?.text === ',' && next2?.lower === 'of' && /^,?\s*of\s+(?:no\s+fixed\s+(?:address|abode)|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}),/u.test(sentence.slice(last.end)) && nameToks.length >= 2) v.person += 2;
}

/** The type the evidence settles on, and how sure it is. */
function typeOfChunk(s: SentenceChunks, x: ChunkAt, v: Votes): [ActorType, number] {
  const { sentence, tokens } = s;
  const { c, cut, nameToks, first, last, prev } = x;
  // "Mr. Bloomberg", "Ms Ardern": a courtesy title is only ever a person's, whatever else the name is
  const courtesy = [...tokens.slice(c.from, cut), prev].some((t) => !!t && /^(?:mr|mrs|ms|miss|dr|sir|dame)\.?$/.test(t.lower));
  // never a person's name, whatever else points to one: a storm ("Hurricane Irma"), an award ("the
  // CMA Willie Nelson Lifetime Achievement Award"), a model with its number ("Galaxy S4")
  const notWho = neverAPerson(nameToks.map((t) => t.text));
  const person = notWho ? -Infinity : v.person;
  const { org, place } = v;
  // a country known by its initials or its whole name ("players U.S. unless stated") stays a place
  // "Burlington, Wash., on Friday": a US state in the wire services' abbreviation, after its city
  const apState = nameToks.length === 1 && prev?.text === ',' && AP_STATES.has(first.base) && sentence[last.end] === '.';
  if (apState) return ['place', 2];
  if (courtesy && !notWho) return ['person', 2];
  if (place >= 4 && place > org && place > person) return ['place', 2];
  if (org >= 2 || (org > person && org >= place && org > 0)) return ['organization', org >= 2 ? 2 : 1];
  if (person >= 2 || (person > place && person > 0)) return ['person', person >= 2 ? 2 : 1];
  if (place > 0) return ['place', place >= 1.5 ? 2 : 1];
  return ['other', 0];
}

/** The mention itself: the name without honorifics or a possessive, and the acronym given after it. */
function namedMention(s: SentenceChunks, x: ChunkAt, roles: RoleMention[], type: ActorType, confidence: number, speaks: boolean): NameMention {
  const { sentence, tokens } = s;
  const { c, nameToks, next } = x;
  // Name tokens without honorifics; a possessive is dropped from the name.
  let nameFrom = x.cut;
  const nameTo = c.to;
  while (nameFrom < nameTo - 1 && HONORIFICS.has(tokens[nameFrom]!.lower)) nameFrom++;
  const lastTok = tokens[nameTo - 1]!;
  const start = tokens[nameFrom]!.start;
  const end = lastTok.possessive ? lastTok.start + lastTok.base.length : lastTok.end;
  let name = sentence.slice(start, end);
  if (lastTok.possessive) name = name.replace(/['’]s$/u, '');
  if (name.split(/\s+/).every((w) => w.length > 1 && w === w.toUpperCase()) && name.length > 6 && /\s|,/.test(name) === false && s.dateline)
    name = name.charAt(0) + name.slice(1).toLowerCase();

  let acronym: string | null = null;
  // ("Oracle Corp. (ORCL)": the abbreviation's point stands between the name and its ticker)
  const at = next?.text === '.' && tokens[c.to + 1]?.text === '(' ? c.to + 1 : c.to;
  const open = tokens[at];
  const inner = tokens[at + 1];
  if (open?.text === '(' && inner?.upper && tokens[at + 2]?.text === ')' && !lastTok.possessive) {
    // "(OAB)" after "Order of Attorneys of Brazil" belongs to the whole name, not to "Brazil".
    const fits = initialsOf(name).includes(inner.base.replace(/\./g, '')[0] ?? '') && (nameToks.length >= 2 || initialsOf(name) === inner.base);
    if (fits || type === 'organization') acronym = inner.base;
  }

  return {
    sentenceIndex: s.sentenceIndex,
    start,
    end,
    name,
    tokens: tokens.slice(nameFrom, nameTo),
    type,
    confidence,
    roles,
    acronym,
    possessive: lastTok.possessive,
    speaks,
    styled: nameFrom > 0 && NOBLE_TITLES.has(clean(tokens[nameFrom - 1]!.base)) && tokens[nameFrom - 1]!.cap,
  };
}

const HYPHEN_COMPOUND = /^(\p{Lu}[\p{L}]+)-(based|born|led|backed|affiliated|linked|run|controlled|held|allied)$/u;

/** Hyphenated compounds name places and groups: "Sweden-based", "Tripoli-based", "ISIS-affiliated". */
function hyphenCompounds(tokens: Token[], sentenceIndex: number): NameMention[] {
  const out: NameMention[] = [];
  for (const t of tokens) {
    const m = HYPHEN_COMPOUND.exec(t.text);
    if (!m) continue;
    const head = m[1]!;
    const isUpper = head === head.toUpperCase();
    const type: ActorType = m[2] === 'based' || m[2] === 'born' ? 'place' : isUpper ? 'organization' : 'other';
    out.push({
      sentenceIndex,
      start: t.start,
      end: t.start + head.length,
      name: head,
      tokens: [t],
      type,
      confidence: type === 'other' ? 0 : 1,
      roles: [],
      acronym: null,
      possessive: false,
      speaks: false,
    });
  }
  return out;
}

/** "the technicians Bruno Cacace and Danilo Colonego": a role before a list applies to each name in it. */
function rolesOverLists(sentence: string, mentions: NameMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const between = sentence.slice(a.end, b.start);
    const plural = a.roles.some((r) => /s$/.test(r.title));
    if (plural && /^\s*(?:,|,?\s*and)\s*$/.test(between) && a.type === 'person' && b.roles.length === 0 && b.type !== 'organization' && b.type !== 'place') {
      b.roles = a.roles.map((r) => ({ ...r }));
      b.type = 'person';
      b.confidence = Math.max(b.confidence, 1);
    }
  }
}

/** "Kaja Whitehouse reports for the New York Post": a journalist, and whose. */
function writersFor(sentence: string, mentions: NameMention[]): void {
  for (const m of sentence.matchAll(WRITES_FOR)) {
    const at = m.index ?? 0;
    const who = [...mentions].reverse().find((x) => x.end <= at && /^\s*$/.test(sentence.slice(x.end, at)) && (x.type === 'person' || x.type === 'other'));
    if (!who) continue;
    who.roles.push(...rolesFrom(`${/^(?:writ|wrote)/i.test(m[1]!) ? 'writer' : 'reporter'} for ${m[2]!}`));
    who.type = 'person';
    who.confidence = Math.max(who.confidence, 1);
  }
}

// (reporting news, not "reported a profit")
const REPORTING = /^\s+(?:reported|reports|reporting)\b(?!\s+(?:a|an|the|its|their|his|her|record|higher|lower|net|strong|weak)\b)/;

/**
 * "As NPR's Merrit Kennedy reported on Saturday", "Ann Poe of the Herald reported that": a reporter
 * for the outlet (reporting news, not "reported a profit").
 */
function reportersFor(sentence: string, mentions: NameMention[]): void {
  for (const who of mentions) {
    if ((who.type !== 'person' && who.type !== 'other') || who.roles.length) continue;
    const isOutlet = (o: NameMention) => o !== who && (o.type === 'organization' || o.type === 'other');
    const outlet = REPORTING.test(sentence.slice(who.end))
      ? mentions.find((o) => isOutlet(o) && o.end <= who.start && /^(?:['’]s?)?\s*$/.test(sentence.slice(o.end, who.start)) && /['’]s?\s*$/.test(sentence.slice(o.start, who.start)))
      : mentions.find((o) => isOutlet(o) && o.start >= who.end && /^\s+of\s+(?:the\s+)?$/.test(sentence.slice(who.end, o.start)) && REPORTING.test(sentence.slice(o.end)));
    if (!outlet) continue;
    const name = sentence.slice(outlet.start, outlet.end).replace(/['’]s?$/, '');
    who.roles.push({ title: 'reporter', organization: name });
    who.type = 'person';
    who.confidence = Math.max(who.confidence, 1);
  }
}

/** "The seven officials, who include ..., are A, B and C", "The victims were A and B": each named is one. */
function groupNamed(sentence: string, mentions: NameMention[]): void {
  const m = GROUP_NAMED.exec(sentence);
  const head = m ? singularHead(m[1]!.trim()) : null;
  if (!m || !head || head === m[1]!.trim() || !headIsRole(head)) return;
  const listFrom = m.index + m[0].length;
  const named = mentions.filter((x) => x.start >= listFrom && (x.type === 'person' || x.type === 'other'));
  // (every name up to the end, joined by commas and "and": a list, not a clause that goes on)
  const listed = named.filter((x, k) => /^[\s,]*(?:and\s+)?$/.test(sentence.slice(k === 0 ? listFrom : named[k - 1]!.end, x.start)));
  if (listed.length === named.length && listed.length >= 1 && /^[\s.]*$/.test(sentence.slice(listed[listed.length - 1]!.end))) {
    for (const who of listed) {
      if (who.roles.some((r) => r.title.toLowerCase() === head.toLowerCase())) continue;
      who.roles.push({ title: head, organization: null });
      who.type = 'person';
      who.confidence = Math.max(who.confidence, 1);
    }
  }
}

/** "The board appointed Sara Lin, 48, as chief executive", "named Ortiz captain": the office after the one appointed. */
function appointedAs(sentence: string, mentions: NameMention[]): void {
  for (const who of mentions) {
    if (who.type !== 'person' && who.type !== 'other') continue;
    // ("named Bishop Kofi Mensah ... as Archbishop": the title before the name is the one held till now)
    if (!APPOINTING_VERB.test(withoutTrailingTitles(sentence.slice(Math.max(0, who.start - 40), who.start)))) continue;
    const m = ROLE_AFTER_APPOINTEE.exec(sentence.slice(who.end));
    const title = m?.[1]?.trim();
    // (a role word must lead: "named John Smith said" gives none, nor "named Smith on Monday")
    if (!title || !headIsRole(title) || !isRoleWord(title.split(/\s+/)[0]!.toLowerCase()) && !TITLE_WORDS.has(title.split(/\s+/)[0]!.toLowerCase()) && !/^(?:chief|head|deputy|vice|senior|executive|managing|general|first)$/i.test(title.split(/\s+/)[0]!)) continue;
    if (who.roles.some((r) => r.title.toLowerCase() === title.toLowerCase())) continue;
    who.roles.push(...rolesFrom(title));
    who.type = 'person';
    who.confidence = Math.max(who.confidence, 1);
  }
}

/** "named Father " -> "named ": the title words written before a name. */
function withoutTrailingTitles(text: string): string {
  let out = text;
  for (let m = /(\S+)\s+$/.exec(out); m && TITLE_WORDS.has(m[1]!.toLowerCase().replace(/\.$/, '')); m = /(\S+)\s+$/.exec(out)) out = out.slice(0, m.index);
  return out;
}

/**
 * "Dr Zaliha has been appointed as the new Federal Territories Minister", "Calhoun took over as
 * chief executive": the office someone is put in is their role.
 */
function rolesByClause(sentence: string, mentions: NameMention[]): void {
  for (const m of [...sentence.matchAll(ROLE_BY_APPOINTMENT), ...sentence.matchAll(ROLE_BY_PASSIVE_APPOINTMENT), ...sentence.matchAll(ROLE_BY_COPULA)]) {
    const group = m[1] ?? m[2] ?? '';
    const title = group.trim();
    if (!title || !headIsRole(title)) continue;
    const at = m.index ?? 0;
    // the person the clause is about: the last one named before the verb, with no other clause between
    const who = [...mentions].reverse().find((x) => x.end <= at && (x.type === 'person' || (x.type === 'other' && x.roles.length === 0)) && !/[;.]|\b(?:who|which|while|after|before)\b/.test(sentence.slice(x.end, at)));
    if (!who || who.roles.some((r) => r.title.toLowerCase() === title.toLowerCase())) continue;
    who.roles.push(...rolesFrom(title));
    // "will serve as CEO and president": a second office joined by "and"
    const second = /^\s+and\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+?)(?=\s*[,.;:)–—]|\s+(?:to|who|that|which|since|until|in|at|on|for|with|from|after|before|when|while|effective)\b|\s*$)/u.exec(sentence.slice(at + m[0].length));
    if (second && headIsRole(second[1]!) && !/^\p{Lu}/u.test(second[1]!.replace(/^(?:CEO|CFO|COO|CTO)\b/, 'x'))) who.roles.push(...rolesFrom(second[1]!));
    who.type = 'person';
    who.confidence = Math.max(who.confidence, 1);
    // the office is no actor of its own ("Federal Territories Minister"), though its organisation may be
    const from = at + m[0].length - group.length;
    const to = from + group.trimEnd().length;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const x = mentions[k]!;
      if (x !== who && x.start >= from && x.end <= to && x.type !== 'place' && x.type !== 'organization') mentions.splice(k, 1);
    }
  }
}

/** An office written out after a name: capitalised words and the small words inside titles ("Minister of State for Education"). */
const OFFICE_WORDS = /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|&|the|on|in|\p{Lu}[\p{L}'’.-]*|\p{Ll}+(?=\s+\p{Lu})))*)/u;
/** Barristers named with their side, as British court reports write them: "Miss Caroline Harris, prosecuting,". */
const COURT_SIDE = /^\s*,\s*(prosecuting|defending|mitigating)\b/;

/**
 * Offices given beside names in lists of appointees and in court reports: "X as the Minister of
 * Labour & Employment;", "X (Minister of Livestock Development)", "Miss Caroline Harris, prosecuting".
 */
function rolesInListings(sentence: string, mentions: NameMention[]): void {
  for (const who of mentions) {
    if ((who.type !== 'person' && who.type !== 'other') || who.roles.length) continue;
    const after = sentence.slice(who.end);
    const side = COURT_SIDE.exec(after);
    if (side) {
      who.roles.push(...rolesFrom(side[1] === 'prosecuting' ? 'prosecutor' : 'defence barrister'));
      who.type = 'person';
      continue;
    }
    const lead = /^\s+as\s+(?:the\s+)?(?:new\s+)?|^\s*\(\s*/.exec(after);
    if (!lead) continue;
    const office = OFFICE_WORDS.exec(after.slice(lead[0].length));
    const first = office?.[1]?.split(/\s+/)[0]?.toLowerCase().replace(/\.$/, '');
    if (!office || !first || !TITLE_HEADS.has(first) || HONORIFICS.has(first)) continue;
    const from = who.end + lead[0].length;
    let title = office[1]!;
    // ("X as the Minister of Health and Y as the Minister of Works": the next appointee ends this office)
    const next = mentions.find((m) => m !== who && m.start > from && m.start < from + title.length && /^\s+as\s|^\s*\(/.test(sentence.slice(m.end)));
    if (next) title = sentence.slice(from, next.start);
    // (the sentence's full stop is not the title's; an initial's is: "Lt.")
    title = title.replace(/(?<!\b\p{Lu}[a-z]{0,2})\.$/u, '').replace(/(?:\s+(?:of|for|and|&|the|on|in))+\s*$/u, '').trim();
    if (!headIsRole(title)) continue;
    who.roles.push(...rolesFrom(title));
    who.type = 'person';
    who.confidence = Math.max(who.confidence, 1);
    // the office's own words are no actors ("Humanitarian Affairs", "Industry"), though an organisation in it stays
    const to = from + title.length;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const x = mentions[k]!;
      if (x !== who && x.start >= from && x.end <= to && x.type !== 'place' && x.type !== 'organization') mentions.splice(k, 1);
    }
  }
}

/**
 * "Stephanie, Caroline and Albert", "Gouda, Haarlem and Almere": three or more names listed together
 * are of one kind, so a name with no evidence of its own takes the type the others in its list agree on.
 */
function typeLists(sentence: string, mentions: NameMention[]): void {
  let from = 0;
  for (let i = 1; i <= mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i];
    if (b && /^\s*(?:,|,?\s+and|,?\s+or)\s+$/.test(sentence.slice(a.end, b.start)) && !a.possessive) continue;
    const list = mentions.slice(from, i);
    from = i;
    // two names may be of two kinds ("Israel and Hamas"); a list of three or more is one kind
    if (list.length < 3) continue;
    const types = new Set(list.filter((m) => m.type !== 'other' && m.confidence > 0).map((m) => m.type));
    if (types.size !== 1) continue;
    const type = [...types][0]!;
    for (const m of list) if (m.type === 'other' && !m.sameAs) [m.type, m.confidence] = [type, 1];
  }
}

/**
 * "X, known as Y", "X, also known as Y", "X, better known as Y", "X, widely known by his initials Y",
 * "X, nicknamed Y", "X, a.k.a. Y", "X (also known as Y)": Y is another name for X.
 */
const KNOWN_AS_RE =
  /(?:[,(]\s*(?:(?:also|better|widely|more\s+commonly|commonly|popularly|locally|simply|previously|formerly)\s+)?(?:known|referred\s+to)\s+(?:as|by\s+(?:his|her|its|their|the)\s+(?:initials|nickname|name|nom\s+de\s+guerre|acronym|abbreviation))|[,(]?\s*(?:nicknamed|dubbed|a\.k\.a\.?|aka|alias))\s*(?:the\s+)?["“‘]?$/iu;

function linkOtherNames(sentence: string, mentions: NameMention[]): void {
  for (const b of mentions) {
    const m = KNOWN_AS_RE.exec(sentence.slice(0, b.start));
    if (!m) continue;
    const owner = nameBefore(sentence, mentions, m.index);
    if (!owner || owner === b || owner.type === 'place') continue;
    b.sameAs = owner;
    b.type = owner.type;
    b.confidence = 0;
  }
}

/**
 * The name a phrase after offset `cut` describes: the name that ends the comma-separated segment
 * before it ("led by Mohamed Hamdan Dagalo, known as ..."), or, past an apposition set off by
 * commas ("Mohammed Deif, the head of Hamas's armed wing, also known as ..."), the name before it.
 */
function nameBefore(sentence: string, mentions: NameMention[], cut: number): NameMention | null {
  let end = cut;
  for (let n = 0; n < 4; n++) {
    const comma = sentence.lastIndexOf(',', end - 1);
    const start = comma + 1;
    const seg = sentence.slice(start, end);
    const inSeg = mentions.filter((x) => x.start >= start && x.end <= end && !x.possessive);
    const last = inSeg[inSeg.length - 1];
    if (last && /^\s*(?:\([^)]*\))?\s*$/.test(sentence.slice(last.end, end))) return last;
    if (inSeg.length && /^\s*[\p{Lu}“"(]/u.test(seg)) {
      const head = inSeg.find((x) => !/\b(?:of|in|at|for|from|with|by|to|on)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, x.start - 12), x.start)));
      if (head) return head;
    }
    if (comma < 0) return null;
    end = comma;
  }
  return null;
}
