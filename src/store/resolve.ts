// Pure rules of entity resolution across articles; the store runs the lookups they need.

import type { ActorType } from '../domain.ts';

/** person↔person, organization↔organization, place↔place; 'other' on either side matches anything. */
export function typesCompatible(a: ActorType, b: ActorType): boolean {
  return a === b || a === 'other' || b === 'other';
}

/** Whether every word of `small` occurs in `large`, in order ("khalifa haftar" in "khalifa belqasim haftar"). */
export function isSubsequence(small: readonly string[], large: readonly string[]): boolean {
  let i = 0;
  for (const word of large) {
    if (i < small.length && small[i] === word) i++;
  }
  return i === small.length;
}

/** Two full names can be the same person when the shorter one's words occur in the longer one, in order. */
export function namesCompatible(a: readonly string[], b: readonly string[]): boolean {
  return a.length <= b.length ? isSubsequence(a, b) : isSubsequence(b, a);
}

/** Key words of a name key ("" -> []). */
export function keyTokens(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}

/**
 * Whether a newly seen name should replace the stored canonical name: it has more words and
 * contains all of the old name's key words, in order ("Haftar" -> "Khalifa Haftar").
 */
export function shouldUpgradeCanonical(oldKey: string, newKey: string): boolean {
  const oldTokens = keyTokens(oldKey);
  const newTokens = keyTokens(newKey);
  return newTokens.length > oldTokens.length && isSubsequence(oldTokens, newTokens);
}

/** Lower case, spaces collapsed: roles are deduped per actor and article on this. */
export function titleKey(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
