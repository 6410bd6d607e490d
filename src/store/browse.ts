// Reads for the curation web page (src/web/): what the chat answers do not need.
import type Database from 'better-sqlite3';
import type { ActorType } from '../domain.ts';

export interface BrowseStore {
  /** Actors named in the same sentences as this one, most shared sentences first. */
  coMentions(actorId: number, limit: number): { actorId: number; name: string; type: string; sentences: number }[];
  /** The most mentioned actors, with how many sentences and articles name them. */
  topActors(limit: number): { id: number; name: string; type: ActorType; mentions: number; articles: number }[];
  /**
   * Every sentence of an article in order, credit lines too (a byline or "Additional reporting
   * by" line is cited as a sentence but is not in the body text: `credit` is true for those).
   */
  sentences(articleId: number): { index: number; text: string; credit: boolean }[];
}

export function browseStore(db: Database.Database): BrowseStore {
  const coMentions = db.prepare<[number, number], { actorId: number; name: string; type: string; sentences: number }>(`
    SELECT o.actor_id AS actorId, a.name, a.type, count(*) AS sentences
    FROM mentions m JOIN mentions o ON o.article_id = m.article_id AND o.sentence_idx = m.sentence_idx AND o.actor_id <> m.actor_id
    JOIN actors a ON a.id = o.actor_id
    WHERE m.actor_id = ? GROUP BY o.actor_id ORDER BY sentences DESC, a.name LIMIT ?`);
  const topActors = db.prepare<[number], { id: number; name: string; type: ActorType; mentions: number; articles: number }>(`
    SELECT a.id, a.name, a.type, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
    FROM mentions m JOIN actors a ON a.id = m.actor_id
    GROUP BY m.actor_id ORDER BY mentions DESC, a.name COLLATE NOCASE, a.id LIMIT ?`);
  const sentences = db.prepare<[number], { index: number; text: string; credit: number }>(
    'SELECT idx AS "index", text, start_offset IS NULL AS credit FROM sentences WHERE article_id = ? ORDER BY idx',
  );
  return {
    coMentions: (actorId, limit) => coMentions.all(actorId, limit),
    topActors: (limit) => topActors.all(limit),
    sentences: (articleId) => sentences.all(articleId).map((s) => ({ index: s.index, text: s.text, credit: s.credit === 1 })),
  };
}
