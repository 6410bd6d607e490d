// Who does the user mean? Exact and cheap first: the normalised key of a name or alias (case,
// diacritics, punctuation and Arabic particles folded, titles stripped), then a person's surname.
// Several actors for one key is a question back to the user, never a guess. Nothing close enough
// is "not found", with the nearest names as suggestions.
import type { Actor } from '../domain.ts';
import { TITLE_WORDS } from '../extract/lexicon.ts';
import type { Store } from '../store/index.ts';
import { nameKey } from './keys.ts';

export type Resolution =
  | { kind: 'found'; actor: Actor }
  | { kind: 'ambiguous'; actors: Actor[] }
  | { kind: 'none'; suggestions: string[] };

/** "President Putin" -> "Putin", "Field Marshal Haftar" -> "Haftar"; a lone title stays. */
export function stripTitles(query: string): string {
  const words = query.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return words.slice(i).join(' ');
}

export function resolveActor(store: Store, query: string): Resolution {
  const key = nameKey(stripTitles(query));
  if (!key) return { kind: 'none', suggestions: [] };
  const hits = store.findActorsByKey(key);
  if (hits.length === 1) return { kind: 'found', actor: hits[0]! };
  if (hits.length > 1) {
    // The full name itself beats actors that only share the surname. A one-word alias ("Haftar",
    // from "Field Marshal Haftar") is only a surname: with two Haftars it decides nothing.
    const oneWord = !key.includes(' ');
    const exact = hits.filter((a) => nameKey(a.name) === key || (!oneWord && a.aliases.some((al) => nameKey(al) === key)));
    if (exact.length === 1) return { kind: 'found', actor: exact[0]! };
    return { kind: 'ambiguous', actors: (exact.length ? exact : hits).sort((a, b) => b.mentionCount - a.mentionCount) };
  }
  return { kind: 'none', suggestions: suggest(store, key) };
}

/** Up to three names within a small edit distance of the query, best first. */
export function suggest(store: Store, key: string, limit = 3): string[] {
  const scored = new Map<number, { name: string; score: number }>();
  for (const row of store.actorNames()) {
    const k = nameKey(row.name);
    const candidates = [k, ...k.split(' ')];
    let best = Infinity;
    for (const c of candidates) best = Math.min(best, distance(key, c));
    const allowed = Math.max(1, Math.floor(key.length / 4));
    if (best > allowed) continue;
    const prev = scored.get(row.actorId);
    if (!prev || best < prev.score) scored.set(row.actorId, { name: row.kind === 'name' ? row.name : prev?.name ?? row.name, score: best });
  }
  const canonical = new Map(store.actorNames().filter((r) => r.kind === 'name').map((r) => [r.actorId, r.name]));
  return [...scored.entries()]
    .sort((a, b) => a[1].score - b[1].score)
    .slice(0, limit)
    .map(([id, v]) => canonical.get(id) ?? v.name);
}

/** Levenshtein distance, for suggestions only. */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
