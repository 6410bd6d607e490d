// Spelling distance for name words: Levenshtein with adjacent transpositions counted as one edit
// (optimal string alignment). Swapped letters are the commonest typing slip ("Teokk" for "Tekok"),
// and plain Levenshtein counts them as two. A letter doubled or undoubled counts half an edit:
// "Zainnab" is nearer Zainab than Zeinnab, as "Mohammed" is nearer Mohamed than Mohammad.

/** Whether the letter at k has a twin beside it: dropping or adding it is half an edit. Module-level: a closure made on every call costs more than the call. */
function doubledIn(s: string, k: number): boolean {
  return (k > 0 && s.charCodeAt(k) === s.charCodeAt(k - 1)) || (k + 1 < s.length && s.charCodeAt(k) === s.charCodeAt(k + 1));
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
/** b's letters and what adding each costs, worked out once per call: every row of the table reads them. */
let bCode = new Int32Array(64);
let bAdd = new Int32Array(64);

/** Edits (insert, delete, substitute, swap two adjacent letters; a doubled letter 0.5) from a to b; UTF-16 units. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  // in half edits: whole edits cost 2, a letter beside its twin 1
  if (!n || !m) {
    const s = n ? a : b;
    let d = 0;
    for (let k = 0; k < s.length; k++) d += doubledIn(s, k) ? 1 : 2;
    return d / 2;
  }
  if (rows[0].length <= m) {
    rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
    [bCode, bAdd] = [new Int32Array(m + 1), new Int32Array(m + 1)];
  }
  let [before, prev, cur] = rows;
  for (let j = 0; j < m; j++) {
    bCode[j] = b.charCodeAt(j);
    bAdd[j] = doubledIn(b, j) ? 1 : 2;
  }
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + bAdd[j - 1]!;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    const drop = doubledIn(a, i - 1) ? 1 : 2;
    cur[0] = prev[0]! + drop;
    for (let j = 1; j <= m; j++) {
      const bj = bCode[j - 1]!;
      let d = prev[j]! + drop;
      const add = cur[j - 1]! + bAdd[j - 1]!;
      if (add < d) d = add;
      const change = prev[j - 1]! + (ai === bj ? 0 : 2);
      if (change < d) d = change;
      // two neighbours swapped
      if (j > 1 && ai === bCode[j - 2] && aPrev === bj && ai !== bj && before[j - 2]! + 2 < d) d = before[j - 2]! + 2;
      cur[j] = d;
    }
    const done = before;
    before = prev;
    prev = cur;
    cur = done;
  }
  return prev[m]! / 2;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every word one edit from `word` (a letter dropped, added, changed, or two neighbours swapped),
 * over the letters a key holds: what a slip in a short word might have been typed for. A word of
 * n letters has about 54n + 25 of them.
 */
export function oneEditVariants(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      out.add(head + c + tail);
      if (tail && c !== tail[0]) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return [...out];
}
