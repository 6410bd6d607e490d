// /who: an actor's profile, most important facts first: who they are (roles), what happened to
// them in date order, what they said, and where each fact comes from.
import type { Actor } from '../domain.ts';
import type { Store } from '../store/index.ts';
import type { Answer, ActorProfile } from './answers.ts';
import { Citations, actorRef, datedFirst, eventLine, quoteLine } from './facts.ts';
import { pickActor } from './subject.ts';

export function profileOf(store: Store, actor: Actor): ActorProfile {
  const cites = new Citations();
  const roles = mostSpecific(actor.roles).map((r) => {
    const held = heldText(r.since ?? null, r.until ?? null);
    return { title: r.title, organization: r.organization, cite: r.citation ? cites.cite(r.citation) : null, ...(held ? { held } : {}), ...(r.editor ? { editor: true } : {}) };
  });
  // a byline: "author of 3 articles", cited by the latest
  const byRole = new Map<string, { role: string; articles: Set<number>; cite: number }>();
  for (const c of store.creditsForActor(actor.id)) {
    const had = byRole.get(c.role);
    if (had) had.articles.add(c.citation.article.id);
    else byRole.set(c.role, { role: c.role, articles: new Set([c.citation.article.id]), cite: cites.cite(c.citation) });
  }
  const credits = [...byRole.values()].map((c) => ({ role: c.role, articles: c.articles.size, cite: c.cite }));
  const people =
    actor.type === 'person'
      ? []
      : store.peopleOf(actor.id).map((p) => ({ id: p.actorId, name: p.name, role: p.title, cite: p.citation ? cites.cite(p.citation) : null }));
  const events = datedFirst(store.eventsForActor(actor.id).map((e) => eventLine(e, cites, actor.id)));
  const quotes = store.quotesForActor(actor.id).map((q) => quoteLine(q, cites));
  return {
    kind: 'profile',
    actor: { ...actorRef(actor), aliases: actor.aliases },
    roles,
    credits,
    people,
    // an affiliation stored under an alias ("LNA") reads better by the actor's full name
    affiliations: [...new Set(actor.affiliations.map((a) => (a.actorId !== null ? store.getActor(a.actorId)?.name : undefined) ?? a.name))],
    events,
    quotes,
    articles: store.articlesForActor(actor.id),
    citations: cites.list(),
  };
}

/** When an editor says a role was held: "since 2024-03", "until 2025", "2019 to 2023". */
export function heldText(since: string | null, until: string | null): string | null {
  if (since && until) return `${since} to ${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return null;
}

/** "Minister" and "Interior Minister" say less than "Italian Interior Minister": keep the fullest wording. */
function mostSpecific<T extends { title: string }>(roles: T[]): T[] {
  const words = (t: string) => ` ${t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return roles.filter((r, i) => !roles.some((o, j) => j !== i && words(o.title).length > words(r.title).length && words(o.title).includes(words(r.title))));
}

/** Resolve a name the way a user types it and answer with a profile, a choice, or "not found". */
export function who(store: Store, name: string): Answer {
  const r = pickActor(store, name);
  return 'actor' in r ? profileOf(store, r.actor) : r.answer;
}
