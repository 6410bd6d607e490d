// Answers as plain data. Commands return these; renderers turn them into console text, Discord
// embeds, Slack blocks or JSON. Nothing here is formatted for one platform.
import type { ActorType, ArticleRef, EventType, FactDate, ParticipantPart } from '../domain.ts';

/** A numbered source sentence; facts point at it by `n`. */
export interface CitationRef {
  n: number;
  article: ArticleRef;
  sentenceIndex: number;
  sentence: string;
}

export interface ActorRef {
  id: number;
  name: string;
  type: ActorType;
  /** The first role, to tell namesakes apart ("Khalifa Haftar — Field Marshal"). */
  role: string | null;
}

export interface EventLine {
  id: number;
  type: EventType;
  summary: string;
  date: FactDate;
  /** The date as an editor would say it: "21 January 2025", "Wednesday (article undated)". */
  when: string;
  place: string | null;
  /** The actor's part in it, on a profile or timeline of one actor. */
  part?: ParticipantPart;
  participants: { id: number; name: string; part: ParticipantPart }[];
  cite: number;
}

export interface QuoteLine {
  id: number;
  speaker: string | null;
  words: string;
  when: string | null;
  cite: number;
}

export interface ActorProfile {
  kind: 'profile';
  actor: ActorRef & { aliases: string[] };
  /** `cite` null: an editor added the role; `held`: when, as an editor dated it ("since 2024-03"). */
  roles: { title: string; organization: string | null; cite: number | null; held?: string; editor?: boolean }[];
  /** Bylines and credit lines: "author" of 3 articles, cited by the latest. */
  credits: { role: string; articles: number; cite: number }[];
  /** For an organisation or a place: the people whose roles name it, or who are affiliated with it. */
  people: { id: number; name: string; role: string | null; cite: number | null }[];
  affiliations: string[];
  /** Dated events in date order, then undated ones. */
  events: EventLine[];
  quotes: QuoteLine[];
  articles: ArticleRef[];
  citations: CitationRef[];
}

export interface Choices {
  kind: 'choices';
  query: string;
  /** Several actors fit about equally well: the user picks. */
  choices: ActorRef[];
  /** The command to ask again with, a fuller name after it (who when not given). */
  command?: string;
}

export interface NotFound {
  kind: 'not-found';
  query: string;
  /** text: no sentence, event or quote contains the words (/search); subject: neither a name nor words found (/brief, /sources). */
  what: 'actor' | 'event' | 'command' | 'text' | 'subject' | 'article';
  suggestions: string[];
}

export interface Dates {
  kind: 'dates';
  query: string;
  actor: ActorRef | null;
  events: EventLine[];
  /** When no event matches: sentences with every word of the query and the dates they give. */
  sentences: { date: FactDate; when: string; cite: number }[];
  citations: CitationRef[];
}

export interface Timeline {
  kind: 'timeline';
  subject: string;
  actor: ActorRef | null;
  range: { from: string | null; to: string | null };
  events: EventLine[];
  citations: CitationRef[];
}

export interface HelpEntry {
  name: string;
  description: string;
  usage: string;
  options: { name: string; description: string; required: boolean }[];
  examples: string[];
  managersOnly: boolean;
}

export interface Help {
  kind: 'help';
  commands: HelpEntry[];
}

/** A run of matched text; `hit` marks the words that matched the search (no markup in the text). */
export interface TextSegment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  /** What the segments show: the sentence itself, or (when only they matched) an event summary or a quote. */
  kind: 'sentence' | 'event' | 'quote';
  /** Facts from the same sentence that matched too; the sentence is shown (and cited) once. */
  also: ('event' | 'quote')[];
  cite: number;
  segments: TextSegment[];
}

export interface SearchHits {
  kind: 'search';
  /** The words as typed (whitespace collapsed). */
  query: string;
  /** Matching sentences in all; at most MAX_HITS of them are in `groups`. */
  total: number;
  /** By article, each group in the order of its best hit; hits best first (bm25). */
  groups: { article: ArticleRef; hits: SearchHit[] }[];
  citations: CitationRef[];
}

/** /brief: a few lines for a meeting, about one actor or a topic. */
export interface Brief {
  kind: 'brief';
  subject: string;
  /** The actor the brief is about; null for a topic. */
  actor: ActorRef | null;
  /** Who matters here, with their roles: the people and organisations named most. */
  actors: ActorRef[];
  /** The latest dated events, in date order (oldest of them first); undated ones only fill the room left. */
  events: EventLine[];
  /** Events left out: older dated ones and undated ones. */
  earlier: number;
  quotes: QuoteLine[];
  /**
   * What the articles say of them that no event or quote above carries: the first sentence naming
   * them in each of the newest articles (a toll, a figure, who they are), as citation numbers.
   */
  sentences: number[];
  /** The articles behind the brief, newest first. */
  articles: ArticleRef[];
  citations: CitationRef[];
}

/** /quotes: what one actor said, latest first. */
export interface Quotes {
  kind: 'quotes';
  actor: ActorRef;
  quotes: QuoteLine[];
  citations: CitationRef[];
}

/** /link: how two actors are connected. Every list empty = "no connection found". */
export interface Link {
  kind: 'link';
  a: ActorRef;
  b: ActorRef;
  /** A role or affiliation of one that names the other ("General Commander of the LNA"). */
  ties: { text: string; cite: number | null }[];
  /** Events both take part in, in date order. */
  events: EventLine[];
  /** Sentences naming both that no event above already cites. */
  sentences: number[];
  /**
   * Named in the same articles but never in one sentence: in each, the sentence naming one and the
   * nearest sentence naming the other ("He will be replaced by Zach Kirkhorn" after Ahuja's).
   */
  nearby: number[];
  /** Organisations both are affiliated with; and, when nothing ties them directly, others both are named with. */
  through: ActorRef[];
  /** Articles that name both. */
  articles: ArticleRef[];
  citations: CitationRef[];
}

/** /sources: the articles behind what the bot knows about a name or topic, newest first. */
export interface Sources {
  kind: 'sources';
  subject: string;
  actor: ActorRef | null;
  /** `mentions`: sentences of the article that name the actor or match the topic. */
  articles: { article: ArticleRef; mentions: number }[];
}

/** Something the bot did (a retraction): a title and a few plain lines. */
export interface Notice {
  kind: 'notice';
  title: string;
  lines: string[];
}

/** An actor a digest or alert reports: new to the index, or known with something new about them. */
export interface ActorChange {
  actor: ActorRef;
  /** new: first named in these articles; changed: known before, with a role these articles add. */
  change: 'new' | 'changed';
  /** Roles these articles give that the index did not know before. */
  roles: { title: string; cite: number }[];
}

/**
 * What is new since a channel's last digest: the articles, the new and changed actors, the dated
 * events (newest first) and a quote or two, each with its citation. Lists are capped when built;
 * `more` counts what was left out, so every cut is said.
 */
export interface Digest {
  kind: 'digest';
  /** The day it is for, as the channel says it: "Saturday 5 December 2026". */
  day: string;
  /** The subscription's topic; null: everything new. */
  topic: string | null;
  /** When the previous digest went out (ISO 8601); null for a channel's first. */
  since: string | null;
  /** New articles, newest first. */
  articles: ArticleRef[];
  actors: ActorChange[];
  /** Dated events, newest first. */
  events: EventLine[];
  quotes: QuoteLine[];
  more: { articles: number; actors: number; events: number; quotes: number };
  /** channel: posted for everyone; caller: a preview only the asker sees. */
  audience: 'channel' | 'caller';
  citations: CitationRef[];
}

/** One fact a watch reports: a new role, a new dated event, a quote. */
export type AlertFact =
  | { kind: 'role'; actor: ActorRef; title: string; cite: number }
  | { kind: 'event'; event: EventLine }
  | { kind: 'quote'; quote: QuoteLine };

/** A watch's alert: what newly ingested articles say about a watched actor or topic. */
export interface Alert {
  kind: 'alert';
  /** What is watched, as the channel typed it. */
  watch: string;
  /** The watched actor, when the watch is a name. */
  actor: ActorRef | null;
  /** One entry per new article (several when many arrive at once), newest first. */
  items: { article: ArticleRef; facts: AlertFact[]; more: number }[];
  /** Articles left out of this alert. */
  more: number;
  citations: CitationRef[];
}

/** A polite refusal or a usage error: shown to the user as is, never a stack trace. */
export interface Problem {
  kind: 'problem';
  message: string;
}

export type Answer = ActorProfile | Choices | NotFound | Dates | Timeline | SearchHits | Brief | Quotes | Link | Sources | Notice | Help | Digest | Alert | Problem;

/** Shown to the asker alone: problems, and previews. */
export function isPrivate(a: Answer): boolean {
  return a.kind === 'problem' || (a.kind === 'digest' && a.audience === 'caller');
}
