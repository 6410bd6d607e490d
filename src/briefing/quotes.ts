// /quotes NAME: what one actor said on record, latest first, each with its date and sentence.
import type { Store } from '../store/index.ts';
import type { Answer } from './answers.ts';
import { Citations, actorRef, quoteLine } from './facts.ts';
import { pickActor } from './subject.ts';

export function quotes(store: Store, name: string): Answer {
  const n = name.trim();
  if (!n) return { kind: 'problem', message: 'Tell me whose quotes, for example: /quotes Almasri' };
  const r = pickActor(store, n);
  if ('answer' in r) return r.answer;
  const cites = new Citations();
  const said = [...store.quotesForActor(r.actor.id)].reverse();
  return { kind: 'quotes', actor: actorRef(r.actor), quotes: said.map((q) => quoteLine(q, cites)), citations: cites.list() };
}
