// /quotes NAME: what one actor said on record, latest first, each with its date and sentence.
import type { Store } from '../store/index.ts';
import type { Answer } from './answers.ts';
import { Citations, actorRef, quoteLine } from './facts.ts';
import { resolveActor } from '../search/resolve.ts';
import { subjectOf } from './subject.ts';

export function quotes(store: Store, name: string): Answer {
  const n = name.trim();
  if (!n) return { kind: 'problem', message: 'Tell me whose quotes, for example: /quotes Almasri' };
  let found = resolveActor(store, n);
  // "/quotes lowe" when only one of the Lowes said anything on record: that one
  if (found.kind === 'ambiguous') {
    const speakers = found.actors.filter((a) => store.quotesForActor(a.id).length > 0);
    if (speakers.length === 1) found = { kind: 'found', actor: speakers[0]! };
  }
  const r = subjectOf(n, found, 'quotes');
  if ('answer' in r) return r.answer;
  const cites = new Citations();
  const said = [...store.quotesForActor(r.actor.id)].reverse();
  return { kind: 'quotes', actor: actorRef(r.actor), quotes: said.map((q) => quoteLine(q, cites)), citations: cites.list() };
}
