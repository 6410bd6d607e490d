// Loads a synthetic corpus into a store through the real write path (saveArticle), as articles
// of 1,000 actors each with a role, a mention and a dated event: the facts to go with the names.
import type { Article, Extraction, ExtractedActor, ExtractedEvent } from '../src/domain.ts';
import type { Store } from '../src/store/index.ts';
import type { SynthActor } from './synth.ts';

/** The corpus goes in through the real write path, as articles of 1,000 actors with their facts. */
export function build(store: Store, actors: SynthActor[]): void {
  const BATCH = 1000;
  for (let b = 0; b < actors.length; b += BATCH) {
    const chunk = actors.slice(b, b + BATCH);
    const sentences = chunk.map((a, i) => {
      const text = `${a.role} ${a.name} met officials in the capital on March ${(i % 28) + 1}, 2024.`;
      return { index: i, text, start: 0, end: text.length };
    });
    const article: Article = {
      path: `synthetic/${b / BATCH}.txt`,
      url: null,
      title: `Synthetic article ${b / BATCH}`,
      byline: null,
      published: '2024-04-01',
      sources: [],
      text: sentences.map((s) => s.text).join('\n'),
      sentences,
      hash: `synthetic-${b}-${actors.length}`,
    };
    const xActors: ExtractedActor[] = chunk.map((a, i) => ({
      id: i + 1,
      name: a.name,
      type: a.type,
      aliases: a.aliases,
      roles: a.type === 'person' ? [{ title: a.role, organization: null, sentenceIndex: i, sentence: sentences[i]!.text }] : [],
      affiliations: [],
      mentions: [i],
    }));
    const events: ExtractedEvent[] = chunk.map((a, i) => ({
      type: 'meet',
      summary: `${a.name} met officials`,
      trigger: 'met',
      participants: [{ actorId: i + 1, name: a.name, part: 'agent' }],
      place: null,
      date: { start: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`, end: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day', text: `March ${(i % 28) + 1}, 2024` },
      sentenceIndex: i,
      sentence: sentences[i]!.text,
    }));
    const extraction: Extraction = { mentions: [], actors: xActors, events, quotes: [] };
    store.saveArticle(article, extraction);
  }
}

