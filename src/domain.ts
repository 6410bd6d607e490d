// The facts briefbot knows, as plain data shared by every layer (ingest -> extract -> store ->
// search -> briefing -> render). Nothing here knows about SQLite, Discord or Slack.

/** One sentence of an article's cleaned body text; offsets are into `Article.text`. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

/** An article after loading and cleaning, before extraction. */
export interface Article {
  /** Where it came from: a file path (as given) or null. */
  path: string | null;
  url: string | null;
  title: string | null;
  byline: string | null;
  /**
   * Publication date at the precision the article gives: YYYY-MM-DD, YYYY-MM or YYYY; null when
   * it does not say.
   */
  published: string | null;
  /** Source domains or names listed at the end of the page ("* alwasat.ly"). */
  sources: string[];
  /** Who wrote it: the byline's names and the credit lines' ("Additional reporting by ..."). */
  credits?: Credit[];
  /** The cleaned body text: page debris, title and byline removed. */
  text: string;
  sentences: Sentence[];
  /** sha256 of the cleaned text plus title, hex. */
  hash: string;
}

export type CreditRole = 'author' | 'reporter' | 'writer' | 'editor' | 'photographer';

/** A name an article credits for its making, with the line that says so ("By Jane Doe"). */
export interface Credit {
  name: string;
  role: CreditRole;
  line: string;
}

export type ActorType = 'person' | 'organization' | 'place' | 'other';

/**
 * How exact a date is. `part-of-year` covers "mid-2025", "early 2016"; a part of a month
 * ("late November 2020") is `month` precision with `part` set.
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'part-of-year' | 'relative' | 'unknown';

export interface FactDate {
  /** First day of the range, YYYY-MM-DD, or null when not resolvable (relative, unknown). */
  start: string | null;
  /** Last day of the range (inclusive), YYYY-MM-DD, or null. */
  end: string | null;
  precision: DatePrecision;
  /** The words of the article that gave the date ("On January 21st", "in mid-2025"). */
  text: string;
  /** early / mid / late, kept from the text. */
  part?: 'early' | 'mid' | 'late' | null;
  /** "around 2012", "reportedly": the text hedges the date. */
  approximate?: boolean;
  /**
   * The text does not date this fact itself: it is told among the day's news, and the story's day
   * (the day its lead gives, the dateline's, or the publication's) dates it.
   */
  inferred?: boolean;
}

/** Where a fact came from. */
export interface Provenance {
  sentenceIndex: number;
  sentence: string;
}

export interface Role extends Provenance {
  /** "Interior Minister", "General Commander of the Libyan National Army", "lawyer". */
  title: string;
  /** The organisation the role is held in, when the text names it. */
  organization?: string | null;
}

/** An actor as found in one article. */
export interface ExtractedActor {
  /** Local id within the extraction result. */
  id: number;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: Role[];
  /** Names of organisations/places this actor belongs to ("Libyan National Army"). */
  affiliations: string[];
  /** Sentence indexes where the actor is mentioned. */
  mentions: number[];
}

export type EventType =
  | 'arrest'
  | 'release'
  | 'acquit'
  | 'meet'
  | 'talks'
  | 'expel'
  | 'investigate'
  | 'complaint'
  | 'accuse'
  | 'kidnap'
  | 'free'
  /** What someone said. Kept for indexes built before quotes stopped being events; no longer extracted. */
  | 'statement'
  | 'announce'
  | 'sign'
  | 'attack'
  | 'visit'
  | 'deny'
  | 'reject'
  | 'elect'
  | 'win'
  | 'lose'
  | 'resign'
  | 'appoint'
  | 'dismiss'
  | 'sentence'
  | 'convict'
  | 'plead'
  | 'appear'
  | 'remand'
  | 'rule'
  | 'charge'
  | 'kill'
  | 'die'
  | 'injure'
  | 'protest'
  | 'payment'
  | 'acquire'
  | 'merge'
  | 'sell'
  | 'invest'
  | 'launch'
  | 'ground'
  | 'ban'
  | 'sanction'
  | 'crash'
  | 'vote'
  | 'approve'
  | 'publish'
  | 'discover'
  /** A happening told by a verb outside the lists ("evacuated", "scrubbed"); the trigger says which. */
  | 'other';

export type ParticipantPart = 'agent' | 'subject' | 'other';

export interface Participant {
  /** Local actor id in the extraction result (or store id once stored). */
  actorId: number;
  name: string;
  part: ParticipantPart;
}

/**
 * How the text tells an event: as news (simple past, perfect, present), as what happened before
 * the news ("had agreed"), as what is ahead ("will appear"), or by a noun ("the appointment of").
 */
export type EventTense = 'past' | 'perfect' | 'present' | 'earlier' | 'ahead' | 'noun';

export interface ExtractedEvent extends Provenance {
  type: EventType;
  /** How the text tells it; the day of the story dates news the text leaves undated. */
  tense?: EventTense;
  /** One line: "Najeem Almasri arrested by Italian authorities". */
  summary: string;
  /** The trigger word as written ("arrested"). */
  trigger: string;
  participants: Participant[];
  place: string | null;
  date: FactDate;
}

export interface ExtractedQuote extends Provenance {
  speakerId: number | null;
  speaker: string | null;
  words: string;
  /** When it was said, when the text dates the speech ("said on Tuesday"). */
  date?: FactDate | null;
}

export type MentionType = ActorType | 'date';

export interface Mention {
  text: string;
  start: number;
  end: number;
  type: MentionType;
  sentenceIndex: number;
  actorId?: number;
}

/** An actor credited for an article, cited by the byline or credit line as sentence `sentenceIndex`. */
export interface ExtractedCredit {
  actorId: number;
  role: CreditRole;
  sentenceIndex: number;
  line: string;
}

export interface Extraction {
  mentions: Mention[];
  actors: ExtractedActor[];
  events: ExtractedEvent[];
  quotes: ExtractedQuote[];
  /** The article's bylines and credit lines, as actors. */
  credits?: ExtractedCredit[];
  /** Every date the sentences give that resolves to a day, month or year, by sentence. */
  dates?: { sentenceIndex: number; date: FactDate }[];
}

// ---- Stored facts: what the index holds after entity resolution across articles. ----

export interface ArticleRef {
  id: number;
  title: string | null;
  url: string | null;
  path: string | null;
  published: string | null;
  byline: string | null;
  sources: string[];
}

/** A pointer from a fact to the sentence that says it. */
export interface Citation {
  article: ArticleRef;
  sentenceIndex: number;
  sentence: string;
}

export interface ActorRoleFact {
  title: string;
  organization: string | null;
  /** The sentence that gives the role; null for a role an editor added. */
  citation: Citation | null;
  /** When the role was held, as an editor dated it (YYYY, YYYY-MM or YYYY-MM-DD). */
  since?: string | null;
  until?: string | null;
  /** An editor added or dated this role (a correction). */
  editor?: boolean;
}

export interface Actor {
  id: number;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: ActorRoleFact[];
  /** Other actors (organisations, places, people) this actor is tied to, by name, with the store id when known. */
  affiliations: { actorId: number | null; name: string }[];
  articles: ArticleRef[];
  /** How many sentences mention the actor, across all articles. */
  mentionCount: number;
}

export interface Event {
  id: number;
  type: EventType;
  summary: string;
  trigger: string;
  date: FactDate;
  place: string | null;
  participants: { actorId: number; name: string; type: ActorType; part: ParticipantPart }[];
  citation: Citation;
}

export interface Quote {
  id: number;
  speaker: { actorId: number; name: string } | null;
  /** The speaker as written when the text does not resolve to an actor. */
  speakerText: string | null;
  words: string;
  /** The date of the article (or of the statement, when the text gives it). */
  date: FactDate | null;
  citation: Citation;
}

// -- corrections: what editors changed on top of what extraction produced --

export type CorrectionKind =
  | 'merge'
  | 'split'
  | 'rename'
  | 'alias-add'
  | 'alias-remove'
  | 'role-add'
  | 'role-remove'
  | 'role-date'
  | 'hide-actor'
  | 'hide-event'
  | 'hide-quote'
  | 'event-date'
  | 'event-place';

/**
 * An actor as a correction names it: by name, type and every name it went by when the correction
 * was made. Ids change when articles are extracted again; names are what re-ingest finds again.
 */
export interface ActorKey {
  name: string;
  type: ActorType;
  names: string[];
  /** The articles (URL, path or content hash) that named it: undoing extracts them again. */
  articles?: string[];
  /** Its id when the correction was made: an old link to it can be followed to where it went. */
  id?: number;
}

/** A fact as a correction names it: its article (URL, path or content hash) and its sentence's text. */
export interface FactKey {
  article: string;
  /** The article's content hash when the correction was made: the same text in another index. */
  hash?: string;
  sentence: string;
  /** Events: the type and trigger word; quotes: the words. */
  type?: string;
  trigger?: string;
  words?: string;
  /** What the fact said, for the log ("Almasri arrested in Turin"). */
  summary: string;
}

export type CorrectionData =
  | { kind: 'merge'; into: ActorKey; from: ActorKey }
  | { kind: 'split'; actor: ActorKey; name: string }
  | { kind: 'rename'; actor: ActorKey; name: string }
  | { kind: 'alias-add'; actor: ActorKey; alias: string }
  | { kind: 'alias-remove'; actor: ActorKey; alias: string }
  | { kind: 'role-add'; actor: ActorKey; title: string; since: string | null; until: string | null }
  | { kind: 'role-remove'; actor: ActorKey; title: string }
  | { kind: 'role-date'; actor: ActorKey; title: string; since: string | null; until: string | null }
  | { kind: 'hide-actor'; actor: ActorKey }
  | { kind: 'hide-event'; event: FactKey }
  | { kind: 'hide-quote'; quote: FactKey }
  | { kind: 'event-date'; event: FactKey; date: string }
  | { kind: 'event-place'; event: FactKey; place: string };

export interface Correction {
  id: number;
  data: CorrectionData;
  /** Who made it (platform user id or web editor name) and when (ISO 8601). */
  by: string;
  at: string;
  reason: string;
  undoneBy: string | null;
  undoneAt: string | null;
  /** Why it was undone, when the editor said. */
  undoReason?: string | null;
}
