// Stored facts -> answer lines, with numbered citations shared across one answer.
import type { Actor, Citation, Event, Quote } from '../domain.ts';
import { formatFactDate } from '../extract/dates.ts';
import type { ActorRef, CitationRef, EventLine, QuoteLine } from './answers.ts';

/** Numbers each distinct source sentence once, in the order the answer first cites it. */
export class Citations {
  private readonly refs: CitationRef[] = [];
  private readonly index = new Map<string, number>();

  cite(c: Citation): number {
    const key = `${c.article.id}:${c.sentenceIndex}`;
    let n = this.index.get(key);
    if (n === undefined) {
      n = this.refs.length + 1;
      this.index.set(key, n);
      this.refs.push({ n, article: c.article, sentenceIndex: c.sentenceIndex, sentence: c.sentence });
    }
    return n;
  }

  list(): CitationRef[] {
    return [...this.refs];
  }
}

export function actorRef(a: Actor): ActorRef {
  // the fullest wording of a role tells namesakes apart best
  const role = [...a.roles].sort((x, y) => y.title.length - x.title.length)[0]?.title ?? null;
  return { id: a.id, name: a.name, type: a.type, role };
}

export function eventLine(e: Event, cites: Citations, actorId?: number): EventLine {
  const part = actorId === undefined ? undefined : e.participants.find((p) => p.actorId === actorId)?.part;
  return {
    id: e.id,
    type: e.type,
    summary: e.summary,
    date: e.date,
    when: formatFactDate(e.date),
    place: e.place,
    ...(part ? { part } : {}),
    participants: e.participants.map((p) => ({ id: p.actorId, name: p.name, part: p.part })),
    cite: cites.cite(e.citation),
  };
}

export function quoteLine(q: Quote, cites: Citations): QuoteLine {
  return {
    id: q.id,
    speaker: q.speaker?.name ?? q.speakerText,
    words: q.words,
    when: q.date ? formatFactDate(q.date) : null,
    cite: cites.cite(q.citation),
  };
}

/** Dated events first in date order (the store's order), undated after. */
export function datedFirst(events: EventLine[]): EventLine[] {
  const dated = events.filter((e) => e.date.start);
  const undated = events.filter((e) => !e.date.start);
  return [...dated, ...undated];
}
