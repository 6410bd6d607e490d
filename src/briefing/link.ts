// /link NAME NAME: how two actors are connected — a role or affiliation of one that names the
// other, events they share, sentences that name both, and, when nothing ties them directly, the
// people both deal with.
import type { Actor, Citation, Event } from '../domain.ts';
import { nameKey } from '../search/keys.ts';
import { resolveName } from '../search/resolve.ts';
import type { Store } from '../store/index.ts';
import type { Answer, Link } from './answers.ts';
import { Citations, actorRef, eventLine } from './facts.ts';
import { namedIn, peopleAndOrgs, pickActor, sentenceKey, sentencesNaming } from './subject.ts';

const THROUGH = 5;
/** How many shared articles the nearest sentences are shown from. */
const NEARBY_ARTICLES = 3;

/** Words that join two names in a typed line: "Almasri and Meloni", "Haftar vs Dbeibah". */
const JOINER = /\s*(?:,|;|&|\+|\||\/|\s(?:and|vs\.?|versus|with)\s)\s*/i;

/**
 * "Almasri Meloni" or "Khalifa Haftar and Abdul Hamid Dbeibah" -> the two names: the split where
 * both halves resolve best, an explicit joiner breaking ties ("Bosnia and Herzegovina" still
 * splits elsewhere when the halves are not names).
 */
/** Two names of a few words each; each split point costs two resolutions, so the words are capped. */
const MAX_WORDS = 12;

export function splitNames(store: Store, text: string): [string, string] | null {
  const t = text.trim();
  if (t.split(/\s+/).length > MAX_WORDS) return null;
  const candidates: { split: [string, string]; bonus: number }[] = [];
  const joined = t.split(JOINER).filter(Boolean);
  if (joined.length === 2) candidates.push({ split: [joined[0]!, joined[1]!], bonus: 0.5 });
  const words = t.split(/\s+/);
  for (let i = 1; i < words.length; i++) candidates.push({ split: [words.slice(0, i).join(' '), words.slice(i).join(' ')], bonus: 0 });
  let best: { split: [string, string]; score: number } | null = null;
  for (const c of candidates) {
    const score = c.split.reduce((sum, half) => {
      const r = resolveName(store, half);
      return sum + (r.kind === 'found' ? 1 + r.confidence : r.kind === 'ambiguous' ? 1 : 0);
    }, c.bonus);
    if (!best || score > best.score) best = { split: c.split, score };
  }
  return best?.split ?? null;
}

export function link(store: Store, first: string, second?: string): Answer {
  const pair = second?.trim() ? [first.trim(), second.trim()] : splitNames(store, first);
  if (!pair || !pair[0] || !pair[1]) return { kind: 'problem', message: 'Give me two names, for example: /link Almasri Meloni' };
  const ra = pickActor(store, pair[0]);
  const rb = pickActor(store, pair[1]);
  if ('answer' in ra) return ra.answer;
  if ('answer' in rb) return rb.answer;
  const a = ra.actor;
  const b = rb.actor;
  if (a.id === b.id) return { kind: 'problem', message: `Both names mean ${a.name}. Give me two different people or organisations.` };
  return connection(store, a, b);
}

/** A role or affiliation of `x` that names `y`. */
function tiesOf(x: Actor, y: Actor, cites: Citations): Link['ties'] {
  const keys = [y.name, ...y.aliases].map((n) => nameKey(n)).filter((k) => k.length >= 2);
  const names = (text: string) => {
    const k = ` ${nameKey(text)} `;
    return keys.some((key) => k.includes(` ${key} `));
  };
  const out: Link['ties'] = [];
  for (const r of x.roles) {
    const text = r.organization && !r.title.includes(r.organization) ? `${r.title}, ${r.organization}` : r.title;
    if (names(r.title) || (r.organization && names(r.organization))) out.push({ text: `${x.name}: ${text}`, cite: r.citation ? cites.cite(r.citation) : null });
  }
  if (!out.length && x.affiliations.some((f) => f.actorId === y.id || names(f.name))) out.push({ text: `${x.name} is affiliated with ${y.name}`, cite: null });
  return out;
}

/** Others named in the same sentences as `actor`, by how often. */
function companions(store: Store, actor: Actor, sentences: ReadonlySet<string>): Map<number, number> {
  return namedIn(store, actor.articles.map((r) => r.id), sentences, new Set([actor.id]));
}

function connection(store: Store, a: Actor, b: Actor): Link {
  const cites = new Citations();
  const ties = [...tiesOf(a, b, cites), ...tiesOf(b, a, cites)];
  const shared: Event[] = store.eventsForActor(a.id).filter((e) => e.participants.some((p) => p.actorId === b.id));
  const events = shared.map((e) => eventLine(e, cites));
  const eventSentences = new Set(shared.map((e) => sentenceKey(e.citation.article.id, e.citation.sentenceIndex)));
  const aNaming = store.sentencesMentioning(a.id);
  const aSentences = new Set(aNaming.map((c) => sentenceKey(c.article.id, c.sentenceIndex)));
  const bSentences = sentencesNaming(store, b.id);
  const sentences = aNaming
    .filter((c) => bSentences.has(sentenceKey(c.article.id, c.sentenceIndex)) && !eventSentences.has(sentenceKey(c.article.id, c.sentenceIndex)))
    .map((c) => cites.cite(c));
  const bArticles = new Set(b.articles.map((r) => r.id));
  const articles = a.articles.filter((r) => bArticles.has(r.id));
  // (both affiliated with one organisation: "Tesla" for its finance chief and his successor, also
  // when an event ties them: "X named to replace Y" does not say where)
  const bAffiliated = new Set(b.affiliations.map((f) => f.actorId));
  const sharedOrgs = a.affiliations.map((f) => f.actorId).filter((id): id is number => id !== null && bAffiliated.has(id));
  let through: Link['a'][] = peopleAndOrgs(store, sharedOrgs.slice(0, THROUGH * 3), THROUGH);
  let nearby: number[] = [];
  if (!ties.length && !events.length && !sentences.length) {
    const ca = companions(store, a, aSentences);
    const cb = companions(store, b, bSentences);
    const both = [...ca.keys()].filter((id) => cb.has(id) && id !== a.id && id !== b.id && !sharedOrgs.includes(id));
    both.sort((x, y) => ca.get(y)! + cb.get(y)! - (ca.get(x)! + cb.get(x)!) || x - y);
    through = peopleAndOrgs(store, [...new Set([...sharedOrgs, ...both])].slice(0, THROUGH * 3), THROUGH);
    nearby = nearest(aNaming, store.sentencesMentioning(b.id), articles.slice(-NEARBY_ARTICLES).map((r) => r.id)).map((c) => cites.cite(c));
  }
  return { kind: 'link', a: actorRef(a), b: actorRef(b), ties, events, sentences, nearby, through, articles, citations: cites.list() };
}

/** In each of these articles, the sentence naming one and the nearest naming the other, in text order. */
function nearest(aNaming: Citation[], bNaming: Citation[], articleIds: number[]): Citation[] {
  return articleIds.flatMap((id) => {
    const as = aNaming.filter((c) => c.article.id === id);
    const bs = bNaming.filter((c) => c.article.id === id);
    let best: [Citation, Citation] | null = null;
    for (const x of as)
      for (const y of bs)
        if (!best || Math.abs(x.sentenceIndex - y.sentenceIndex) < Math.abs(best[0].sentenceIndex - best[1].sentenceIndex)) best = [x, y];
    return best ? [...best].sort((x, y) => x.sentenceIndex - y.sentenceIndex) : [];
  });
}
