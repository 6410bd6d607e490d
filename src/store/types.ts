// The store's interface: what the rest of briefbot may ask of the fact index. SQLite implements it
// (sqlite.ts); a PostgreSQL backend would implement the same interface.

import type { MatchExpression } from '../search/fts.ts';
import type { BrowseStore } from './browse.ts';
import type { CorrectionStore } from './corrections.ts';
import type {
  Actor,
  FactDate,
  ActorType,
  Article,
  ArticleRef,
  Citation,
  Correction,
  CorrectionData,
  Event,
  Extraction,
  Quote,
} from '../domain.ts';

export interface SaveResult {
  /** added: new article; unchanged: same content hash already stored; replaced: same path/url, new content. */
  status: 'added' | 'unchanged' | 'replaced';
  articleId: number;
  /** Distinct stored actors the article's facts refer to (for 'unchanged': those already stored). */
  actors: number;
  events: number;
  quotes: number;
}

export interface ActorNameRow {
  actorId: number;
  name: string;
  kind: 'name' | 'alias';
  type: ActorType;
}

/** One name or alias of an actor, as name search returns it. */
export interface NameHit {
  nameId: number;
  actorId: number;
  name: string;
  kind: 'name' | 'alias';
  type: ActorType;
  /** The actor's canonical name. */
  canonical: string;
  /** nameKey(name), and its words' transliteration codes (primary, alternate), word by word. */
  key: string;
  codes: string[];
  altCodes: string[];
}

/** Enough about an actor to offer it as a choice: "Khalifa Haftar — Field Marshal". */
export interface ActorBrief {
  id: number;
  name: string;
  type: ActorType;
  role: string | null;
}

/** One row of the full-text index that matched a /search expression. */
export interface SearchRow {
  /** What matched: an article's sentence, an event's one-line summary, or a quote's words. */
  kind: 'sentence' | 'event' | 'quote';
  articleId: number;
  /** The sentence the matched text is (sentence) or comes from (event, quote). */
  sentenceIndex: number;
  /** That source sentence's text. */
  sentence: string;
  /** The matched text: the sentence itself, the event summary or the quote's words. */
  text: string;
  /** `text` with each matching phrase between \u0002 and \u0003 (FTS5 highlight()). */
  highlighted: string;
  /** bm25: lower is better. */
  rank: number;
  /** Distinct source sentences matching in all, before the limit; the same on every row. */
  total: number;
}

export interface Store {
  close(): void;
  /** Digest subscriptions, watches and what was posted to them. */
  readonly schedule: ScheduleStore;
  /** Feeds the running bot polls, and the items taken from them. */
  readonly feeds: FeedStore;
  /** Reads for the curation web page. */
  readonly browse: BrowseStore;
  /** Editors' corrections: the log, and finding their actors and facts again. */
  readonly corrections: CorrectionStore;
  /** One transaction: records a correction and enforces every one in force; returns its id. */
  correct(data: CorrectionData, by: string, reason: string, at: string): number;
  /**
   * One transaction: marks a correction undone, replaces these articles' facts with their fresh
   * extraction (the articles, and the actors re-created with them, keep their ids), and enforces
   * the corrections still in force. 'undone' already: false. `reach` is asked again inside the
   * transaction: when it names an article `rebuild` lacks (one ingested or corrected meanwhile),
   * nothing changes and 'moved' says to read them again.
   */
  undoCorrection(
    id: number,
    by: string,
    at: string,
    reason: string | null,
    rebuild: { id: number; article: Article; extraction: Extraction }[],
    reach: () => Iterable<number>,
  ): boolean | 'moved';
  /** One transaction: adds the corrections not recorded yet (same data, author and time), then enforces. */
  importCorrections(list: Omit<Correction, 'id'>[]): { added: number; skipped: number };
  /**
   * A consistent copy of the whole index in `file`, taken while others read and write: one read
   * transaction's snapshot, written beside `file` and renamed into place, so a copy is whole or
   * absent. Refuses to overwrite an existing file.
   */
  backup(file: string): void;
  /** One transaction: the whole article with its facts, or nothing. */
  saveArticle(article: Article, extraction: Extraction): SaveResult;
  /** Whether an article with exactly this text (content hash) is stored: then there is nothing to extract. */
  hasArticleHash(hash: string): boolean;
  counts(): { articles: number; actors: number; events: number; quotes: number };
  /** In ingestion order. */
  listArticles(): ArticleRef[];
  getArticle(id: number): (ArticleRef & { text: string }) | null;
  /** References (no text) to these articles, by id, in one query. */
  articleRefs(ids: Iterable<number>): Map<number, ArticleRef>;
  /** Ordered by mentionCount desc, then name. */
  listActors(): Actor[];
  getActor(id: number): Actor | null;
  /** Exact nameKey match over canonical names and aliases, and over surname keys of persons. */
  findActorsByKey(key: string): Actor[];
  /** Every canonical name and alias, for suggestions and autocomplete. */
  actorNames(): ActorNameRow[];
  /** Ordered by date (undated last), then article, then sentence. */
  listEvents(): Event[];
  eventsForActor(actorId: number): Event[];
  /** Events told in the sentences that name this actor, whoever took part in them (at most `limit`). */
  eventsNaming(actorId: number, limit?: number): Event[];
  quotesForActor(actorId: number): Quote[];
  /** Sentences holding every one of the words (or words starting so, with `prefixes`), with the dates they give, best first (bm25). */
  datedSentences(words: string[], limit: number, prefixes?: boolean): { date: FactDate; citation: Citation }[];
  /** The articles the actor is credited for (byline or credit line), newest first, each cited by that line. */
  creditsForActor(actorId: number): { role: string; citation: Citation }[];
  /** People whose roles name this organisation or place, or who are affiliated with it, with the role and its citation. */
  peopleOf(actorId: number): { actorId: number; name: string; title: string | null; citation: Citation | null }[];
  /** Ordered by article date (undated last), then article, then sentence. */
  listQuotes(): Quote[];
  /** Events whose summary, trigger or source sentence contain every term (substring, case- and diacritic-insensitive). */
  searchEvents(terms: string[]): Event[];
  sentencesMentioning(actorId: number): Citation[];
  /**
   * Full-text search over sentences, event summaries and quotes: `match` is an FTS5 expression
   * built by src/search/fts.ts, best first by bm25, at most `limit` rows. An expression SQLite
   * refuses throws (without the text in the message): answering no rows, or falling back to
   * another search, would hide the bug as a wrong answer.
   */
  searchText(match: MatchExpression, limit: number): SearchRow[];

  // -- name search (src/search/resolver.ts builds on these) --
  /**
   * `read`'s lookups in one read transaction (or in the one already open): they see one snapshot
   * of the index, and none begins and ends a transaction of its own. In WAL mode each statement run
   * outside a transaction takes and lets go of a read lock on the shared-memory index, about 5 µs:
   * a fuzzy name query runs twenty such lookups.
   */
  readingNames<T>(read: () => T): T;
  /** Names whose key, or (persons) surname key, is exactly this. */
  namesByKey(key: string, limit?: number): NameHit[];
  /** Organisations and places whose name is shortened to these initials ("ICC": International Criminal Court), case aside. */
  namesByInitials(initials: string, limit?: number): NameHit[];
  /** Organisations whose names' initials open with these and go on ("CDC": CDCP). */
  orgNamesByInitialsOpening(initials: string, limit?: number): NameHit[];
  /** Names with this word (a folded word of the name, as name_words holds it) anywhere in them. */
  nameIdsByWord(word: string, limit?: number): number[];
  /** Persons with a role whose title or organisation has every one of these lower-case words ("health minister"), latest first. */
  personsByRoleWords(words: string[], limit?: number): number[];
  /** namesByKey for each of these keys: names whose key, or (persons) surname key, is one of them. */
  namesByKeys(keys: string[], limit?: number): NameHit[];
  /**
   * Organisations' names whose key is this one-word key and more words ("stanford" -> "stanford
   * university"): the first `limit`, and of those, with `nextWords`, the ones whose second word is
   * one of them.
   */
  orgNamesOpeningWith(word: string, limit?: number, nextWords?: ReadonlySet<string>): NameHit[];
  /** Names whose whole transliteration code is one of these (primary, alternate). */
  namesByPhonetic(codes: [string, string], limit?: number): NameHit[];
  /** Names whose last word has one of these transliteration codes. */
  namesByLastWordCode(codes: [string, string], limit?: number): NameHit[];
  /** Names with this exact word and another word starting with this letter ("Wanjiru D…"). */
  namesByWordAndInitial(word: string, initial: string, limit?: number): NameHit[];
  /**
   * Names with a word that starts with each prefix (folded), each word within two letters of the
   * given length. `first` should be the rarer prefix: its words are read (up to a scan limit), the
   * other's looked up; when it starts more words than the limit and the other fewer, the store
   * reads the other side instead.
   */
  namesByWordPrefixes(first: { prefix: string; length: number }, second: { prefix: string; length: number }, limit?: number): NameHit[];
  /** How many names and aliases the index holds. */
  nameCount(): number;
  /** How many names contain each trigram (for choosing the rarest). */
  trigramFrequencies(trigrams: string[]): Map<string, number>;
  /** The ids of the names the lookup of the same name (namesBy…) lists, in its order: read the rows of the new ones with namesByIds or nameRowsByIds. */
  nameIdsByKeys(keys: string[], limit?: number): number[];
  nameIdsByPhonetic(codes: [string, string], limit?: number): number[];
  nameIdsByLastWordCode(codes: [string, string], limit?: number): number[];
  nameIdsByWordAndInitial(word: string, initial: string, limit?: number): number[];
  nameIdsByWordPrefixes(first: { prefix: string; length: number }, second: { prefix: string; length: number }, limit?: number): number[];
  /** The ids of the names namesByTrigrams lists, in its order: read the rows of the new ones with namesByIds. */
  nameIdsByTrigrams(trigramsByWord: string[][], limit?: number): number[];
  /** These names, in the order of the ids. */
  namesByIds(ids: number[]): NameHit[];
  /**
   * These names without their actor's type and canonical name (left empty), in the order of the
   * ids: what the resolver scores a candidate by. The actor's row is read, with actorKinds, only
   * for the few candidates that score.
   */
  nameRowsByIds(ids: number[]): NameHit[];
  /** Type and canonical name of these actors. */
  actorKinds(actorIds: number[]): Map<number, { type: ActorType; canonical: string }>;
  /** Names holding trigrams of two different query words (two of one word's, for a one-word query), from the FTS5 trigram index. */
  namesByTrigrams(trigramsByWord: string[][], limit?: number): NameHit[];
  /** Names that start with this, or with a word that does (folded). */
  namesByPrefix(prefix: string, limit?: number): NameHit[];
  /** namesByPrefix's names, in its order, as their id, actor and actor's name only (autocomplete). */
  namePrefixHits(prefix: string, limit?: number): Pick<NameHit, 'nameId' | 'actorId' | 'canonical'>[];
  /** Name, type and fullest role of these actors, in the order given. */
  actorBriefs(ids: number[]): ActorBrief[];
  /** Articles that mention the actor, by publication date (undated last). */
  articlesForActor(actorId: number): ArticleRef[];
  /** Articles whose URL, path, file name or whole title is `ref` (title case-insensitive). At most 10. */
  findArticles(ref: string): ArticleRef[];
  /** Articles whose title contains these words, for suggestions. At most 10. */
  articlesTitled(words: string): ArticleRef[];
  /** A stored fact about the index ("extractor": the version that built its facts), or null. */
  meta(key: string): string | null;
  setMeta(key: string, value: string): void;
  /** A stored article as ingest produced it (text, sentences, metadata), to extract again. */
  storedArticle(id: number): Article | null;
  /** One transaction: replace article `id`'s facts (and the article) with a new extraction of it. */
  refreshArticle(id: number, article: Article, extraction: Extraction): SaveResult;
  /** One transaction: the article, its facts, and actors nothing else mentions. Null when there is no such article. */
  removeArticle(id: number): { events: number; quotes: number; actorsRemoved: number } | null;
  /** Events found in these articles, in date order (undated last). */
  eventsInArticles(articleIds: number[]): Event[];
  /** Quotes found in these articles, by article date. */
  quotesInArticles(articleIds: number[]): Quote[];
  /** Every actor mention in these articles: which actor, in which sentence. */
  mentionsInArticles(articleIds: number[]): { actorId: number; articleId: number; sentenceIndex: number }[];
}

// -- digests and watches: what channels asked for, and what was posted to them --

export type PlatformName = 'discord' | 'slack' | 'console';

/** Where a digest or alert goes: a channel on one platform (workspace: Discord server or Slack team). */
export interface ChannelAddress {
  platform: PlatformName;
  workspace: string;
  channel: string;
}

export interface Subscription extends ChannelAddress {
  id: number;
  /** Local time of day, HH:MM, in `timezone`. */
  time: string;
  /** IANA zone, e.g. Europe/Rome. */
  timezone: string;
  /** Narrows the digest to matching actors and events; null: everything new. */
  topic: string | null;
  /** Nothing new: say so in one line, or post nothing. */
  whenEmpty: 'say' | 'skip';
  createdBy: string;
  createdAt: string;
  /** Articles after this id are new for the first digest. */
  sinceArticle: number;
  disabledAt: string | null;
  disabledReason: string | null;
}

export interface Watch extends ChannelAddress {
  id: number;
  /** What the channel typed: a name or topic words. */
  query: string;
  /** The actor the name resolved to when the watch was made; null for a topic. */
  actorId: number | null;
  createdBy: string;
  createdAt: string;
  /** Articles after this id have not been looked at for this watch yet. */
  checkedThrough: number;
}

export type DeliveryKind = 'digest' | 'alert';
export type DeliveryStatus = 'claimed' | 'posted' | 'empty' | 'failed' | 'skipped';

/** One claimed slot: a digest's day, or an alert's article. Unique per kind, target and slot. */
export interface Delivery {
  kind: DeliveryKind;
  targetId: number;
  slot: string;
  status: DeliveryStatus;
  claimedBy: string;
  claimedAt: string;
  attempts: number;
  throughArticle: number | null;
  messageId: string | null;
  error: string | null;
  finishedAt: string | null;
}

/** A role an article gives an actor, and whether an article ingested earlier already gave it. */
export interface RoleNews {
  actorId: number;
  title: string;
  articleId: number;
  /** The same title (case and spacing aside) is in an article ingested before this one. */
  known: boolean;
  citation: Citation;
}

export interface ScheduleStore {
  /** Subscribes a channel, or changes its subscription (one per channel). */
  subscribe(s: Omit<Subscription, 'id' | 'disabledAt' | 'disabledReason'>): Subscription;
  /** Removes a channel's subscription; false when it had none. */
  unsubscribe(address: ChannelAddress): boolean;
  subscription(id: number): Subscription | null;
  subscriptionFor(address: ChannelAddress): Subscription | null;
  /** Every subscription of one platform workspace, or (no argument) every enabled one. */
  subscriptions(where?: { platform: PlatformName; workspace: string }): Subscription[];
  disableSubscription(id: number, reason: string, at: string): void;

  watch(w: Omit<Watch, 'id'>): { watch: Watch; created: boolean };
  /** Removes the channel's watch of these words (case aside); false when there was none. */
  unwatch(address: ChannelAddress, query: string): boolean;
  watches(where?: ChannelAddress): Watch[];
  /** Moves a watch's mark past articles it has looked at. */
  markWatched(id: number, through: number): void;

  /**
   * Claims a slot for this process: true when the slot was free, or claimed by someone whose
   * claim is older than `staleBefore` and never finished (a process that died while posting).
   */
  claim(d: { kind: DeliveryKind; targetId: number; slot: string; by: string; at: string; staleBefore: string; throughArticle?: number | null }): boolean;
  /** Records how a claimed slot ended (posted with the message id, empty, failed, skipped). */
  finish(d: { kind: DeliveryKind; targetId: number; slot: string; status: Exclude<DeliveryStatus, 'claimed'>; at: string; attempts: number; messageId?: string | null; error?: string | null }): void;
  delivery(kind: DeliveryKind, targetId: number, slot: string): Delivery | null;
  deliveries(kind: DeliveryKind, targetId: number): Delivery[];
  /** The latest digest that went out (posted, or empty and said or skipped): what the next one starts after. */
  lastDigest(subscriptionId: number): Delivery | null;

  /** The newest article's id (0 when there is none). */
  latestArticleId(): number;
  /** Articles with ids after `afterId`, oldest first, at most `limit`. */
  articlesAfter(afterId: number, limit: number): ArticleRef[];
  /** Roles these articles give, each marked known when an article ingested before it gave the same title. */
  rolesIn(articleIds: number[]): RoleNews[];
  /** Of these actors, those no article ingested before the first of `articleIds` names: new to the index. */
  firstNamedIn(actorIds: number[], articleIds: number[]): Set<number>;
}

// -- feeds: RSS and Atom feeds the running bot polls --

export interface Feed {
  id: number;
  url: string;
  /** node-cron expression: when to poll. */
  every: string;
  title: string | null;
  addedBy: string;
  addedAt: string;
  /** Validators from the last full answer, for conditional requests. */
  etag: string | null;
  lastModified: string | null;
  polledAt: string | null;
  okAt: string | null;
  /** When the current run of failed polls began; null after a good poll. */
  failingSince: string | null;
  failures: number;
  lastError: string | null;
  lastStatus: number | null;
  pausedAt: string | null;
  pausedReason: string | null;
  /** The channels following it were told it is paused. */
  pausedTold: boolean;
}

export interface FeedStore {
  /** Adds a feed (or, for a known URL, changes its schedule and resumes it). */
  add(f: { url: string; every: string; addedBy: string; addedAt: string }): { feed: Feed; created: boolean };
  /** Removes a feed by id or URL; false when there is none. */
  remove(idOrUrl: string): boolean;
  get(id: number): Feed | null;
  list(): Feed[];
  follow(feedId: number, to: ChannelAddress): void;
  followers(feedId: number): ChannelAddress[];
  /** A good poll: validators kept, the failure run ended. */
  polled(id: number, p: { at: string; etag: string | null; lastModified: string | null; title?: string | null; status: number }): void;
  /** A failed poll: counted, with when the run of failures began. Returns the feed as now recorded. */
  failed(id: number, p: { at: string; error: string; status: number | null }): Feed;
  pause(id: number, reason: string, at: string): void;
  markPausedTold(id: number): void;
  /** Whether any of these keys ('guid:…', 'url:…') is an item this feed already gave. */
  seen(feedId: number, keys: string[]): boolean;
  /** Remembers an item under all its keys. */
  remember(feedId: number, keys: string[], articleId: number | null, at: string): void;
}
