// Quotes: words in quotation marks with the speaker news attribution names. The shapes, in the
// order tried:
//   after the quote      “...,” Piantedosi stated / “...,” said Piantedosi / “...,” she said
//   before the quote     X said: “...” / According to X, ...: “...”
//   reported speech      X ruled that ... posed “...” / X, speaking in Recife, said ... “...” /
//                        X rejected the accusation, telling reporters that ... “...”
//   a second reference   He said ... “...” / the Foreign Minister said ... “...” / the 54-year-old said
//   a quote on its own   a sentence that is only a quote continues the previous speaker
// Scare quotes (“allies”, “parallel engagement”) are not quotes.
import type { ActorType, ExtractedActor, ExtractedQuote, FactDate, Sentence } from '../domain.ts';
import { POST_SIGNATURE } from './layout.ts';
import type { PlacedMention } from './events.ts';
import { PARTY_MEMBERS, SPEECH_VERBS, isRoleWord } from './lexicon.ts';

// (pages mix their marks: a straight opening mark may close with a curly one, and the reverse)
const QUOTE_RE = /“([^”"]{2,}?)[”"]|"([^"”“]{2,}?)[”"]|‘([^’]{2,}?)’(?![\p{L}])/gu;
const PRONOUN_RE = /^(?:he|she|they)$/i;
const MIN_WORDS = 3;
/** Verbs that report what someone said, in any form. */
const REPORTING = new Set([
  ...SPEECH_VERBS,
  ...'saying telling calling called describing described adding noting insisting warning arguing ruled rules ruling wrote writing posted welcomed welcoming thanked thanking branded labelled labeled dismissed rejected condemned praised promised vowed pledged urging stressing'.split(' '),
]);

export interface QuoteSpeaker {
  mention: PlacedMention;
  /** Role words of the actor, for "the minister said". */
  roles: string[];
}

export interface QuoteContext {
  sentence: string;
  sentenceIndex: number;
  mentions: PlacedMention[];
  /** Persons named so far in the article, most recent last, with their roles. */
  recentPersons: QuoteSpeaker[];
  /** Who spoke the previous sentence's last quote, when that sentence had one. */
  previousSpeaker: PlacedMention | null;
}

function wordsIn(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

const SPEAKER_TYPES: ActorType[] = ['person', 'organization'];
const speakers = (ms: PlacedMention[]) => ms.filter((m) => SPEAKER_TYPES.includes(m.type));

export function quotesInSentence(ctx: QuoteContext): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  const matches = [...ctx.sentence.matchAll(QUOTE_RE)];
  const outside = matches.reduce((s, m) => s.replace(m[0], ' '), ctx.sentence).trim();
  const standalone = matches.length > 0 && wordsIn(outside) === 0;
  for (const m of matches) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (wordsIn(raw) < MIN_WORDS) continue;
    const qStart = m.index ?? 0;
    const qEnd = qStart + m[0].length;
    const speaker =
      speakerAfter(ctx, qEnd) ??
      speakerBefore(ctx, qStart) ??
      reportingSubject(ctx, qStart) ??
      (standalone ? ctx.previousSpeaker : null);
    out.push({
      words: raw.replace(/[,\s]+$/, ''),
      speaker: speaker?.name ?? null,
      speakerId: speaker?.actorId ?? null,
      sentenceIndex: ctx.sentenceIndex,
      sentence: ctx.sentence,
    });
  }
  return out;
}

/**
 * A quotation left open at the end of the sentence: news runs a quote over several sentences and
 * paragraphs, opening each paragraph with a mark and closing only the last (“My view is that ...
 * “And he has shown ...,” he said). The words after the last opening mark that nothing closes.
 */
export function openQuoteTail(sentence: string): string | null {
  const open = sentence.lastIndexOf('“');
  if (open < 0 || sentence.indexOf('”', open) >= 0) return null;
  const words = sentence.slice(open + 1).trim();
  return wordsIn(words) >= MIN_WORDS ? words : null;
}

/**
 * The end of a quotation opened in an earlier sentence: the words up to a closing mark that no
 * mark in this sentence opened (“It was hard. | We will go on,” she said.), with its speaker.
 */
export function closingQuote(ctx: QuoteContext): { words: string; speaker: PlacedMention | null } | null {
  const close = ctx.sentence.indexOf('”');
  if (close < 0) return null;
  const open = ctx.sentence.indexOf('“');
  if (open >= 0 && open < close) return null;
  const words = ctx.sentence.slice(0, close).trim().replace(/[,\s]+$/, '');
  if (wordsIn(words) < MIN_WORDS) return null;
  return { words, speaker: speakerAfter(ctx, close + 1) };
}

function lastPerson(ctx: QuoteContext): PlacedMention | null {
  return ctx.recentPersons[ctx.recentPersons.length - 1]?.mention ?? null;
}

/**
 * "the Foreign Minister", "the 54-year-old", "the minister": the most recent person whose role has
 * the phrase's head word, or simply the most recent person for an age or a pronoun.
 */
function anaphor(ctx: QuoteContext, phrase: string): PlacedMention | null {
  const p = phrase.trim().toLowerCase();
  if (PRONOUN_RE.test(p) || /^the\s+\d+-year-old$/.test(p)) return lastPerson(ctx);
  const m = /^the\s+(?:[\p{L}.-]+\s+){0,3}([\p{L}-]+)$/u.exec(p);
  if (!m) return null;
  const head = m[1]!;
  for (let i = ctx.recentPersons.length - 1; i >= 0; i--) {
    const s = ctx.recentPersons[i]!;
    if (s.roles.some((r) => r.toLowerCase().split(/[\s-]+/).includes(head))) return s.mention;
  }
  // "the Lower East Side Democrat said": a party member described is the politician last named
  if (PARTY_MEMBERS.has(head)) return lastPerson(ctx);
  return null;
}

/** Words between a quote and its verb of speech, as many as a long title before a name takes. */
const LONG_TITLE_WORDS = 10;

/** “...,” Piantedosi stated / “...,” said Piantedosi / “...,” she said */
function speakerAfter(ctx: QuoteContext, qEnd: number): PlacedMention | null {
  const tail = ctx.sentence.slice(qEnd, qEnd + 80);
  if (!/^\s*[,—–-]?\s*\S/.test(tail) || /^\s*[.!?]?\s*$/.test(tail)) return null;
  const words = tail.split(/[\s,]+/).filter(Boolean);
  const verbAt = words.findIndex((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[.;:]$/, '')));
  if (verbAt < 0 || verbAt > LONG_TITLE_WORDS) return null;
  // ("he said", "he had added", "she later told")
  if (PRONOUN_RE.test(words[0] ?? '') && verbAt >= 1 && words.slice(1, verbAt).every((w) => /^(?:had|has|have|also|later|then|again|further)$/i.test(w))) return lastPerson(ctx);
  const near = speakers(ctx.mentions).filter((x) => x.start >= qEnd && x.start < qEnd + 80);
  // "BPB Chairman Ian Gibson said", "FAA Administrator Mike Whitaker said": the subject is the
  // name right before the verb; an organisation named in the title only says whose chairman it is
  let at = 0;
  for (let k = 0; k <= verbAt; k++) at = tail.indexOf(words[k]!, at) + (k < verbAt ? words[k]!.length : 0);
  const verbOffset = qEnd + at;
  const beforeVerb = near.filter((x) => x.end <= verbOffset);
  // ("Canadian Pacific president and chief executive Keith Creel said": a long title before the
  // name; past a few words only a person named right before the verb is the one speaking)
  if (verbAt > 5) return beforeVerb.filter((x) => x.type === 'person' && /^\s*$/.test(ctx.sentence.slice(x.end, verbOffset))).pop() ?? null;
  // (a name after the verb speaks when it follows the verb at once, "..., said Chief Justice X";
  // not in what the sentence goes on to tell: "the President said after the swearing-in presided
  // by Chief Justice X" is the President's)
  const verbEnd = verbOffset + words[verbAt]!.length;
  const inverted = near.find((x) => x.start >= verbEnd && /^[\s,]*(?:the\s+)?(?:[\p{L}.'’-]+,?\s+){0,5}$/u.test(ctx.sentence.slice(verbEnd, x.start)) && !/\b(?:after|before|by|when|while|as|at|in|during|following)\b/i.test(ctx.sentence.slice(verbEnd, x.start)));
  const subject = beforeVerb.filter((x) => x.type === 'person').pop() ?? beforeVerb.pop() ?? inverted;
  if (subject) return subject;
  // (after the quote: "..., the White House said in a statement")
  const place = placeSpeaking(ctx, ctx.mentions.filter((x) => x.start >= qEnd && x.end <= verbOffset && /^[\s,—–-]*(?:the\s+)?$/i.test(ctx.sentence.slice(qEnd, x.start))), verbOffset);
  if (place) return place;
  const phrase = words.slice(0, verbAt).join(' ');
  return phrase ? anaphor(ctx, phrase) : null;
}

/**
 * A name governed by a preposition ("the spokeswoman of the Finance Ministry", "in Tripoli") is
 * not the subject of the verb that follows it: the name before the apposition is.
 */
function governed(ctx: QuoteContext, m: PlacedMention): boolean {
  return /\b(?:of|in|to|from|with|by|against|at|for|on)\s+(?:the\s+)?$/i.test(ctx.sentence.slice(Math.max(0, m.start - 12), m.start));
}

/** X said: “...” / According to X, ... : “...” / X replied ... “...” */
function speakerBefore(ctx: QuoteContext, qStart: number): PlacedMention | null {
  const head = ctx.sentence.slice(0, qStart);
  const cands = speakers(ctx.mentions).filter((x) => x.end <= qStart);
  for (const c of [...cands].reverse()) {
    if (governed(ctx, c)) continue;
    const after = ctx.sentence.slice(c.end, Math.min(qStart, c.end + 40));
    const next = after.split(/[\s,]+/).filter(Boolean).slice(0, 3).map((w) => w.toLowerCase().replace(/[:;.]$/, ''));
    if (next[0] && SPEECH_VERBS.has(next[0]) && after.trim().length < 30) {
      // "..., who was appointed by President Ronald Reagan, said": a name closing an insertion is not the subject
      if (/^\s*,/.test(after)) return subjectOf(ctx, c.end + after.search(/[\p{L}]/u));
      return c;
    }
  }
  const according = /according to\s/i.exec(head);
  if (according) {
    const at = according.index;
    const c = cands.find((x) => x.start >= at && x.start < at + 60);
    if (c) return c;
  }
  // "Paolo Mieli made one important observation on Liberoquotidiano: “...”"
  if (/:\s*$/.test(head)) {
    const c = [...cands].reverse().find((x) => {
      const next = ctx.sentence.slice(x.end, x.end + 30).trim().split(/\s+/)[0] ?? '';
      return /^(?:made|gave|offered|wrote|posted|put|added|issued|had|delivered|shared|summed)$/i.test(next);
    });
    if (c) return c;
  }
  return null;
}

/**
 * Reported speech: the subject of the last reporting verb before the quote (see `subjectOf`).
 */
export function reportingSubject(ctx: QuoteContext, qStart: number): PlacedMention | null {
  const head = ctx.sentence.slice(0, qStart);
  const verbs = [...head.matchAll(/[\p{L}-]+/gu)].filter((w) => REPORTING.has(w[0].toLowerCase()));
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  return subjectOf(ctx, verb.index ?? 0);
}

/** A segment between commas that is set into a sentence, not its subject: ", who ...", ", 46,", ", known as ...". */
const INSERTION_RE = /^(?:\(|[\p{Ll}\d]|[“"‘][\p{Ll}])/u;

/**
 * The subject of the verb at offset `at`: the name in the verb's own clause ("the White House
 * said", "RSF spokesman Al-Fateh Qurashi said"), or, when the verb follows a comma, the name
 * before the appositions and relative clauses set off by commas ("Judge David Ezra, who was
 * appointed by President Ronald Reagan, said"; "Patel, 46, a former consultant, said"). A name
 * inside a prepositional phrase, a possessive or a name modifying a noun ("RSF spokesman") is not
 * the subject; when the clause names nobody who can speak ("a source briefed on the talks said"),
 * there is no speaker, whoever else the sentence names.
 */
export function subjectOf(ctx: QuoteContext, at: number): PlacedMention | null {
  const before = ctx.sentence.slice(0, at);
  // (a word or two in quotation marks, 'that he "betrayed" residents', is part of the clause, no break in it)
  const unquoted = before.replace(/[“"]([\p{L}’'\- ]{1,40})[”"]/gu, (m, inner: string) => (inner.trim().split(/\s+/).length <= 3 ? ` ${inner} ` : m));
  const breaks = [...unquoted.matchAll(/[,;:“”"()]|\s[–—-]\s/g)].map((m) => ({ at: m.index ?? 0, mark: m[0] }));
  const own = breaks.length ? breaks[breaks.length - 1]!.at + breaks[breaks.length - 1]!.mark.length : 0;
  const np = before.slice(own).trim();
  // "... and added", "..., adding", "X, who called the expulsion": a verb that shares the subject
  // of the clause before it, or a relative pronoun standing for the name before it
  if (/^(?:(?:and|but|then|also|later|again|before|after|while|as)\s*)+$/i.test(np)) return earlierSubject(ctx, own - np.length);
  if (np && !/^(?:who|which|that)$/i.test(np)) return subjectIn(ctx, own, at, np, true);
  // The verb follows a comma: walk back over what is set in between commas.
  let end = own - 1;
  for (let b = breaks.length - 2, n = 0; n < 5; b--, n++) {
    const mark = breaks[b];
    const start = mark ? mark.at + mark.mark.length : 0;
    const seg = ctx.sentence.slice(start, end).trim();
    const leftmost = !mark || mark.mark !== ',';
    if (seg && (leftmost || !INSERTION_RE.test(seg))) {
      const found = subjectIn(ctx, start, end, seg, leftmost);
      if (found || leftmost) return found;
    }
    if (!mark) return null;
    // a bracket closes an insertion of its own: "The Rapid Support Forces (RSF), led by ..."
    if (mark.mark === ')') {
      const open = ctx.sentence.lastIndexOf('(', mark.at);
      const k = breaks.findIndex((x) => x.at === open);
      if (k < 0) return null;
      const seg2start = breaks[k - 1] ? breaks[k - 1]!.at + breaks[k - 1]!.mark.length : 0;
      return subjectIn(ctx, seg2start, open, ctx.sentence.slice(seg2start, open).trim(), true);
    }
    end = mark.at;
  }
  return null;
}

/** The text after a name opens with the lower-case noun for a person it modifies ("spokesman", "fighters"). */
function modifiesNoun(after: string): boolean {
  const w = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(after)?.[1];
  return !!w && isRoleWord(w);
}

/** The subject of the nearest reporting verb before `at`, or the last name before it that can speak. */
function earlierSubject(ctx: QuoteContext, at: number): PlacedMention | null {
  const head = ctx.sentence.slice(0, Math.max(0, at));
  const verbs = [...head.matchAll(/[\p{L}-]+/gu)].filter((w) => REPORTING.has(w[0].toLowerCase()));
  const verb = verbs[verbs.length - 1];
  if (verb) return subjectOf(ctx, verb.index ?? 0);
  const cands = speakers(ctx.mentions).filter((m) => m.end <= at && !governed(ctx, m) && !m.possessive);
  return cands[cands.length - 1] ?? null;
}

/** A place speaking for its government, the last of `names` right before the verb at `at`: "Downing Street said", "Washington said". */
function placeSpeaking(ctx: QuoteContext, names: PlacedMention[], at: number): PlacedMention | null {
  const place = names.filter((m) => m.type === 'place').pop();
  // (not a place that only says where the speakers are: "investigators in northern Ghana said")
  if (place && /\b(?:in|of|at|from|near|outside|across|throughout)\s+(?:\p{Ll}+\s+)?$/u.test(ctx.sentence.slice(0, place.start))) return null;
  return place && !/[\p{L}]/u.test(ctx.sentence.slice(place.end, at)) ? place : null;
}

/** The subject named in the noun phrase [from, to): its first name that is not a modifier, a possessive or governed. */
function subjectIn(ctx: QuoteContext, from: number, to: number, np: string, last: boolean): PlacedMention | null {
  const inside = ctx.mentions.filter((m) => m.start >= from && m.end <= to && !m.possessive && !governed(ctx, m));
  // "RSF spokesman Al-Fateh Qurashi": a name before a lower-case noun modifies it
  const heads = inside.filter((m) => !modifiesNoun(ctx.sentence.slice(m.end, to)));
  const sp = speakers(heads)[0];
  if (sp) return sp;
  const place = placeSpeaking(ctx, heads, to);
  if (place) return place;
  if (!last && !inside.length) return null;
  const a = anaphor(ctx, np);
  if (a) return a;
  if (/^(?:he|she)\b/i.test(np)) return lastPerson(ctx);
  return null;
}

/**
 * An embedded post is its signer's words: the line above the signature, without its links, said
 * on the day the signature gives. `signerOf(k)` is the actor the k-th sentence names first.
 */
export function embeddedPosts(
  sentences: Sentence[],
  signerOf: (k: number) => ExtractedActor | undefined,
  dateOf: (k: number) => FactDate | null,
  quotes: ExtractedQuote[],
): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  sentences.forEach((s, k) => {
    if (k === 0 || !POST_SIGNATURE.test(s.text)) return;
    const actor = signerOf(k);
    const prev = sentences[k - 1]!;
    if (!actor || (actor.type !== 'person' && actor.type !== 'organization') || quotes.some((q) => q.sentenceIndex === prev.index)) return;
    const words = prev.text.replace(/\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)/g, '').trim();
    if (words.split(/\s+/).length < 3) return;
    out.push({ words, speaker: actor.name, speakerId: actor.id, sentenceIndex: prev.index, sentence: prev.text, date: dateOf(k) });
  });
  return out;
}
