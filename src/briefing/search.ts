// /search WORDS: the sentences, event summaries and quotes that contain the words, best first
// (bm25), grouped by article, each hit cited to its sentence. The words are turned into a safe
// FTS5 expression by src/search/fts.ts; nothing the user types is ever query syntax.
import { allOf, matchTerms, termWithKin } from '../search/fts.ts';
import type { Store } from '../store/index.ts';
import type { SearchRow } from '../store/types.ts';
import type { Answer, SearchHit, SearchHits, TextSegment } from './answers.ts';
import { Citations } from './facts.ts';

/** At most this many hits (distinct sentences) in one answer; `total` still counts them all. */
export const MAX_HITS = 300;
/**
 * Rows asked of the index: a sentence can match as itself, as an event summary and as a quote,
 * so a few rows per hit leave MAX_HITS distinct sentences after merging.
 */
const ROWS = MAX_HITS * 4;

const EXAMPLE = '/search Mitiga detention';

// FTS5 highlight() markers (see Store.searchText).
const OPEN = '\u0002';
const CLOSE = '\u0003';

/** "a \u0002b\u0003 c" -> [{a, no}, {b, yes}, {c, no}]; text that itself holds a marker is shown plain. */
export function segmentsOf(row: Pick<SearchRow, 'text' | 'highlighted'>): TextSegment[] {
  if (row.text.includes(OPEN) || row.text.includes(CLOSE) || row.highlighted.replace(/[\u0002\u0003]/g, '') !== row.text)
    return [{ text: row.text, hit: false }];
  const out: TextSegment[] = [];
  for (const [i, piece] of row.highlighted.split(OPEN).entries()) {
    if (i === 0) {
      if (piece) out.push({ text: piece, hit: false });
      continue;
    }
    const end = piece.indexOf(CLOSE);
    const [hit, rest] = end < 0 ? [piece, ''] : [piece.slice(0, end), piece.slice(end + 1)];
    if (hit) out.push({ text: hit, hit: true });
    if (rest) out.push({ text: rest, hit: false });
  }
  return out;
}

interface Merged {
  articleId: number;
  sentenceIndex: number;
  sentence: string;
  /** The row shown: the sentence's own when it matched, else the best event or quote row. */
  shown: SearchRow;
  kinds: Set<SearchRow['kind']>;
}

/** One hit per source sentence, in the order of its best row. */
function mergeBySentence(rows: SearchRow[]): Merged[] {
  const bySentence = new Map<string, Merged>();
  for (const r of rows) {
    const key = `${r.articleId}:${r.sentenceIndex}`;
    const m = bySentence.get(key);
    if (!m) {
      bySentence.set(key, { articleId: r.articleId, sentenceIndex: r.sentenceIndex, sentence: r.sentence, shown: r, kinds: new Set([r.kind]) });
      continue;
    }
    m.kinds.add(r.kind);
    if (r.kind === 'sentence' && m.shown.kind !== 'sentence') m.shown = r;
  }
  return [...bySentence.values()];
}

export function search(store: Store, words: string): Answer {
  const query = words.replace(/\s+/g, ' ').trim();
  if (!query) return { kind: 'problem', message: `Tell me what to look for, for example: ${EXAMPLE}` };
  const terms = matchTerms(query);
  if (!terms.length)
    return { kind: 'problem', message: `There are no words to search for in “${query}”. Try words or a "quoted phrase", for example: ${EXAMPLE}` };

  const rows = store.searchText(allOf(terms.map(termWithKin)), ROWS);
  if (!rows.length) {
    // With several terms, say which of the first few would find something alone.
    const suggestions =
      terms.length > 1
        ? terms
            .slice(0, 5)
            .filter((t) => store.searchText(termWithKin(t), 1).length > 0)
            .slice(0, 3)
            .map((t) => `/search ${/\s/.test(t.display) ? `"${t.display}"` : t.display}`)
        : [];
    return { kind: 'not-found', query, what: 'text', suggestions };
  }

  const merged = mergeBySentence(rows);
  const total = Math.max(rows[0]!.total, merged.length);
  const kept = merged.slice(0, MAX_HITS);
  const refs = store.articleRefs(kept.map((m) => m.articleId));

  // Group by article, groups in the order of their best hit; cite in reading order.
  const groups = new Map<number, Merged[]>();
  for (const m of kept) {
    if (!refs.has(m.articleId)) continue;
    const g = groups.get(m.articleId) ?? [];
    g.push(m);
    groups.set(m.articleId, g);
  }
  const cites = new Citations();
  const answer: SearchHits = {
    kind: 'search',
    query,
    total,
    groups: [...groups].map(([articleId, hits]) => {
      const article = refs.get(articleId)!;
      return {
        article,
        hits: hits.map((m): SearchHit => ({
          kind: m.shown.kind,
          also: (['event', 'quote'] as const).filter((k) => k !== m.shown.kind && m.kinds.has(k)),
          cite: cites.cite({ article, sentenceIndex: m.sentenceIndex, sentence: m.sentence || m.shown.text }),
          segments: segmentsOf(m.shown),
        })),
      };
    }),
    citations: [],
  };
  answer.citations = cites.list();
  return answer;
}
