// Who made an article: the byline's names ("By Jane Doe and John Roe") and the credit lines wire
// copy ends with ("Additional reporting by A, B and C; Writing by D; Editing by E"). Each name
// becomes a credit with its role and the line that says so, for /who to find the writer.
import type { Credit, CreditRole } from '../domain.ts';

const ROLE_WORDS: [RegExp, CreditRole][] = [
  [/^(?:additional\s+)?(?:reporting|reported|report)\b/i, 'reporter'],
  [/^(?:writing|written)\b/i, 'writer'],
  [/^(?:editing|edited)\b/i, 'editor'],
  [/^(?:photos?|photographs?|photography|pictures?)\b/i, 'photographer'],
  [/^(?:compiled|compiling)\b/i, 'writer'],
];

/** A credit line: every part of it names a role and then "by" ("Reporting by X; Editing by Y"). */
const CREDIT_LINE = /^\(?\s*(?:additional\s+)?(?:reporting|reported|writing|written|editing|edited|compiled|photos?|photographs?|photography|pictures?)\s+(?:and\s+\w+\s+)?by\s+/i;

/** Words that end a name in a credit: "A in Brussels", "B at the United Nations", "C for Reuters". */
const AFTER_NAME = /\s+(?:in|at|from|for|with|of)\s+.*$/i;
/** A person's name as credits write it: two to five capitalised words, particles between. */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|van|von|der|al|el|bin|le|la|del|di)\s+)?\p{Lu}[\p{L}'’.-]*){1,4}$/u;

function names(list: string): string[] {
  return list
    .replace(/\)\s*\.?\s*$/, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    // "Scott Threlkeld/AP": the agency after a slash is not part of the name
    .map((n) => n.replace(/\s*\/.*$/, '').replace(AFTER_NAME, '').replace(/[.;:)]+$/, '').trim())
    .filter((n) => NAME.test(n));
}

/** The credits a credit line gives; null when the line is not one. */
export function creditsOfLine(line: string): Credit[] | null {
  const text = line.trim();
  if (!CREDIT_LINE.test(text) || text.length > 400) return null;
  const out: Credit[] = [];
  for (const part of text.replace(/^\(/, '').split(/\s*;\s*/)) {
    // "Editing by Gary Hill. Copyright (2013) ...": the credit ends with its sentence
    const m = /^(.*?)\bby\s+(.+)$/i.exec(part.trim().split(/\.\s+(?=\p{Lu})/u)[0]!);
    if (!m) continue;
    const role = ROLE_WORDS.find(([re]) => re.test(m[1]!.trim()))?.[1];
    if (!role) continue;
    for (const name of names(m[2]!)) out.push({ name, role, line: text });
  }
  return out.length ? out : null;
}

/** The authors a byline names ("Jane Doe and John Roe", "Jane Doe, Reuters"). */
export function creditsOfByline(byline: string, line = `By ${byline}`): Credit[] {
  return names(byline).map((name) => ({ name, role: 'author' as const, line }));
}
