// Markdown to plain text: markup stripped, one line per paragraph, list items as "* item".
import { continuesLine, textWrapWidth } from './plain.ts';
import { withoutComments } from './text.ts';

export interface MarkdownText {
  /** Plain text, blocks separated by blank lines. */
  text: string;
  /** The text of a leading level-1 heading, removed from `text`. */
  title: string | null;
}

interface Block {
  text: string;
  heading: number; // 0 = not a heading
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^\s{0,3}(=+|-+)[ \t]*$/;
const RULE = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const QUOTE = /^\s{0,3}>[ \t]?/;
const REF_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;
const TABLE_DIVIDER = /^\s*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?\s*$/;

export function markdownToText(md: string): MarkdownText {
  const source = withoutComments(md);
  const width = textWrapWidth(source);
  const blocks: Block[] = [];
  let para: string[] = [];
  let paraIsItem = false;
  const flush = (): void => {
    if (para.length) blocks.push({ text: (paraIsItem ? '* ' : '') + para.join(' '), heading: 0 });
    para = [];
    paraIsItem = false;
  };

  let fence: string | null = null;
  for (const rawLine of source.split('\n')) {
    if (fence !== null) {
      if (rawLine.trim().startsWith(fence)) fence = null;
      else if (rawLine.trim()) blocks.push({ text: rawLine.trim(), heading: 0 });
      continue;
    }
    const fenceMatch = FENCE.exec(rawLine);
    if (fenceMatch) {
      flush();
      fence = (fenceMatch[1] ?? '```').slice(0, 3);
      continue;
    }
    let line = rawLine;
    while (QUOTE.test(line)) line = line.replace(QUOTE, '');
    if (!line.trim()) {
      flush();
      continue;
    }
    if (REF_DEFINITION.test(line)) continue;
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      const text = (atx[2] ?? '').trim();
      if (text) blocks.push({ text, heading: (atx[1] ?? '#').length });
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext && para.length && !paraIsItem) {
      blocks.push({ text: para.join(' '), heading: (setext[1] ?? '=').startsWith('=') ? 1 : 2 });
      para = [];
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    if (TABLE_DIVIDER.test(line) && line.includes('-')) continue;
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      para = [(item[1] ?? '').trim()];
      paraIsItem = true;
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      // A table row: its cells as one line.
      flush();
      const cells = line.trim().slice(1, -1).split('|').map((c) => c.trim()).filter(Boolean);
      if (cells.length) blocks.push({ text: cells.join(' '), heading: 0 });
      continue;
    }
    // Soft line break inside a paragraph; two trailing spaces or a backslash is a hard break.
    // Pasted news often has one paragraph per line with no blank line between (headline, byline,
    // dateline, lead): a soft break that does not look like a wrap ends the paragraph too.
    const hardBreak = / {2,}$|\\$/.test(line);
    const prevLine = para[para.length - 1];
    if (prevLine !== undefined && !paraIsItem && !continuesLine(prevLine, line.trim(), width)) flush();
    para.push(line.trim().replace(/\\$/, ''));
    if (hardBreak) flush();
  }
  flush();

  const stripped = blocks
    .map((b) => ({ ...b, text: stripInline(b.text) }))
    .filter((b) => b.text.replace(/^\* /, '').trim() !== '');
  let title: string | null = null;
  const first = stripped[0];
  if (first && first.heading === 1) {
    title = first.text;
    stripped.shift();
  }
  return { text: stripped.map((b) => b.text).join('\n\n'), title };
}

// How far inline markup may reach, in characters: a link's text, an emphasis or code span. Each
// expression below is tried from every "[", "*", "_" or "`" of a paragraph; unbounded, one that
// never closes reads to the end of the paragraph from each of them, and a 1.9 MB line of "[" or
// "_a " took minutes. Real spans are a few words: each reaches at most 300 characters here, and
// a longer one keeps its markers. A link's text holds no "[" (so the search from one "[" stops at
// the next), which only tells "[a [b](u)" as "[a b" where it gave "a [b".

/** Inline markup: images removed, links to their text, emphasis/code markers dropped. */
export function stripInline(text: string): string {
  let s = text;
  // Images, also inside links: ![alt](src), ![alt][ref].
  s = s.replace(/!\[[^[\]]{0,300}\]\((?:[^()\s]|\([^)]*\))*(?:\s+["'(][^)]*)?\)/g, '');
  s = s.replace(/!\[[^[\]]{0,300}\]\[[^[\]]{0,300}\]/g, '');
  // Links: [text](url "title"), [text][ref], [text][].
  for (let i = 0; i < 3; i++) {
    s = s.replace(/\[([^[\]]{0,300})\]\((?:[^()\s]|\([^)]*\))*(?:\s+["'(][^)]*)?\)/g, '$1');
    s = s.replace(/\[([^[\]]{1,300})\]\[[^[\]]{0,300}\]/g, '$1');
  }
  s = s.replace(/\[\^[^[\]]{1,300}\]/g, ''); // footnote references
  s = s.replace(/<((?:https?|mailto):[^<>\s]+)>/gi, '$1'); // autolinks keep their text
  s = s.replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, ''); // inline HTML tags
  s = s.replace(/(`+)(.{1,300}?)\1/g, '$2');
  s = s.replace(/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2');
  s = s.replace(/(^|[^\p{L}\p{N}*\\])\*(?=\S)(.{1,300}?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1$2');
  s = s.replace(/(^|[^\p{L}\p{N}_\\])_(?=\S)(.{1,300}?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
  s = s.replace(/~~(?=\S)(.{1,300}?)(?<=\S)~~/g, '$1');
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
  return s.replace(/[ \t]{2,}/g, ' ').trim();
}
