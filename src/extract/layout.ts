// Lines of news copy that are not prose, whose layout says what their names are: a dateline on a
// line of its own ("BRUSSELS 1996-08-22", "AKRON, Ohio 2024-05-03"), a result ("Leeds 2 Everton 1"),
// a row of a standings table ("Leeds 10 6 2 2 18 9 20"), and a competitor with the country they
// represent in brackets ("Anna Kowalska (Poland) 12.41"). Typing only: spans come from mentions.ts.
import type { NameMention } from './mentions.ts';
import type { Token } from './tokens.ts';

type Unit = { kind: 'name'; mention: NameMention } | { kind: 'number' | 'date' | 'punct' | 'word'; token: Token };

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A figure in a table: "3", "81-7", "1:44.93", "12,600". */
const FIGURE = /^[-+]?\d[\d,.:/-]*$/;

function units(tokens: Token[], mentions: NameMention[]): Unit[] {
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const out: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = byStart.get(t.start);
    if (m) {
      out.push({ kind: 'name', mention: m });
      while (i + 1 < tokens.length && tokens[i + 1]!.start < m.end) i++;
      continue;
    }
    if (ISO_DATE.test(t.text)) out.push({ kind: 'date', token: t });
    else if (FIGURE.test(t.text)) out.push({ kind: 'number', token: t });
    else if (!t.word) out.push({ kind: 'punct', token: t });
    else out.push({ kind: 'word', token: t });
  }
  return out;
}

/** A score: "4-1", "35 - 7", "6–4". */
export const SCORE = /(?:^|\s)\d{1,3}\s?[-–]\s?\d{1,3}(?:\s|$|[,.;])/;
/** Verbs a result is told with, between the two sides. */
const RESULT_VERBS = /^(?:beat|beats|defeated|defeats|thrashed|thrashes|crushed|crushes|routed|routs|hammered|hammers|edged|edges|trounced|thumped|downed|stunned|overcame|drew|lost)$/;

const set = (m: NameMention, type: NameMention['type']) => {
  m.type = type;
  m.confidence = 2;
};

/** Type the names of a sentence by its layout, when it is one of the layouts above. */
export function typeByLayout(tokens: Token[], mentions: NameMention[]): void {
  if (!mentions.length) return;
  const us = units(tokens, mentions);
  const names = us.flatMap((u) => (u.kind === 'name' ? [u.mention] : []));
  const isText = (u: Unit | undefined, s: string) => !!u && u.kind !== 'name' && u.token.text === s;
  const isNumber = (u: Unit | undefined) => u?.kind === 'number' && /^\d{1,3}$/.test(u.token.text);

  // A dateline alone: names separated by commas, then a date ("BRUSSELS 1996-08-22", "SPRINGFIELD, Ill. Aug 22").
  {
    let k = 0;
    let ok = us[0]?.kind === 'name';
    while (ok && us[k]?.kind === 'name') {
      k++;
      if (isText(us[k], ',') && us[k + 1]?.kind === 'name') k++;
      else break;
    }
    const rest = us.slice(k);
    const date =
      (rest.length === 1 && rest[0]!.kind === 'date') ||
      (rest.length === 2 && rest[0]!.kind === 'word' && MONTH.test(rest[0]!.token.text) && isNumber(rest[1]));
    if (ok && date) {
      for (const m of names) set(m, 'place');
      return;
    }
  }

  // A result: two sides, each with its score ("Leeds 2 Everton 1"), perhaps with notes in brackets after.
  if (us.length >= 4 && us[0]!.kind === 'name' && isNumber(us[1]) && us[2]!.kind === 'name' && isNumber(us[3]) && (us.length === 4 || isText(us[4], '('))) {
    for (const u of [us[0]!, us[2]!]) if (u.kind === 'name' && u.mention.type !== 'person') set(u.mention, 'organization');
    return;
  }

  // A standings row: a side, then only figures (at least three).
  if (us[0]?.kind === 'name' && names.length === 1 && us.slice(1).every((u) => u.kind === 'number' || (u.kind === 'punct' && /^[-./]$/.test(u.token.text)))) {
    if (us.filter((u) => u.kind === 'number').length >= 3 && names[0]!.type !== 'person') set(names[0]!, 'organization');
    return;
  }

  // A scorer and the minute, in the brackets after a result: "Leeds 2 (Kowalczyk 23rd, Brandt 80th penalty)".
  let open = false;
  us.forEach((u, k) => {
    if (isText(u, '(')) open = true;
    if (isText(u, ')')) open = false;
    const minute = us[k + 1];
    if (open && u.kind === 'name' && u.mention.type !== 'organization' && minute?.kind === 'word' && /^\d{1,3}(?:st|nd|rd|th)$/.test(minute.token.text) && !u.mention.tokens.some((t) => t.upper)) set(u.mention, 'person');
  });

  // A competitor and the country they represent: "Anna Kowalska (Poland)".
  for (let k = 0; k + 3 < us.length; k++) {
    const a = us[k]!;
    const b = us[k + 2];
    if (a.kind !== 'name' || !isText(us[k + 1], '(') || b?.kind !== 'name' || !isText(us[k + 3], ')')) continue;
    if (b.mention.type !== 'place' || a.mention.tokens.length < 2) continue;
    if (a.mention.type === 'other' || (a.mention.type === 'person' && a.mention.confidence < 2)) set(a.mention, 'person');
  }
}

// Lines of the page around the prose, read across sentences.

/** A line of an election result: a name, then its share ("Kasim Reed: 36 percent", "Mary Norwood – 46%"). */
const RESULT_ROW = /^\s*[\p{L}][\p{L}.'’ -]*?\s*[:–—-]\s*\d[\d.,]*\s*(?:%|percent|per cent|votes)\.?\s*$/u;

/**
 * Consecutive result rows list the same kind of contender: when a row's name is a person's (a
 * known first name says so) and no row's is an organisation's or a place's, a row whose name the
 * text types no way ("Kasim Reed") is a person too.
 */
export function typeResultRows(sentences: string[], mentions: NameMention[][]): void {
  let i = 0;
  while (i < sentences.length) {
    let j = i;
    while (j < sentences.length && RESULT_ROW.test(sentences[j]!) && mentions[j]!.length === 1) j++;
    if (j - i >= 2) {
      const rows = mentions.slice(i, j).map((ms) => ms[0]!);
      if (rows.some((m) => m.type === 'person') && !rows.some((m) => m.type === 'organization' || m.type === 'place'))
        for (const m of rows) if (m.type === 'other') [m.type, m.confidence] = ['person', 1];
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * The footer news pages print under an embedded post: "— Zenaida Machado (@zenaidamz) September
 * 6, 2017". The name before the handle is the account's.
 */
export const POST_SIGNATURE = /^\s*[—–-]\s*[\p{L}][^()]*?\s*\(@\w{1,30}\)/u;

/** The name signing an embedded post is a person's, unless it names an organisation. */
export function typePostSignatures(sentences: string[], mentions: NameMention[][]): void {
  sentences.forEach((s, k) => {
    const m = POST_SIGNATURE.test(s) ? mentions[k]![0] : undefined;
    if (m && m.type === 'other' && m.tokens.length >= 2) [m.type, m.confidence] = ['person', 1];
  });
}

/**
 * A result told in prose: "Liverpool beat Cardiff 4-1", "Wales crushed Scotland 35-7". The two
 * sides of a score are teams, though they are named by their towns.
 */
export function typeProseResult(sentence: string, tokens: Token[], mentions: NameMention[]): void {
  if (!SCORE.test(sentence) || mentions.length < 2) return;
  const us = units(tokens, mentions);
  for (let k = 0; k + 2 < us.length; k++) {
    const a = us[k]!;
    const verb = us[k + 1];
    const b = us[k + 2];
    if (a.kind !== 'name' || b?.kind !== 'name' || verb?.kind !== 'word' || !RESULT_VERBS.test(verb.token.lower)) continue;
    // (a country keeps its name as a place, as CoNLL-2003 and most style books have it: "Germany beat France")
    for (const m of [a.mention, b.mention]) if (m.type !== 'person' && !m.tokens.some((t) => t.lex.has('Country'))) set(m, 'organization');
  }
}
