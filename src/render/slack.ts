// Answers as Slack messages: plain JSON in the shape of Block Kit, every piece of article or user
// text escaped, every Block Kit limit kept — a long answer is cut with "… and N more".
import type { Answer } from '../briefing/answers.ts';
import { clipEscaped, escapeSlack, plainSlack, safeUrl } from './escape.ts';
import { layout, pack, prefixAnswer, sourceLines, type Dialect } from './layout.ts';

export interface SlackText {
  type: 'plain_text' | 'mrkdwn';
  text: string;
  emoji?: boolean;
}

export type SlackBlock =
  | { type: 'header'; text: SlackText }
  | { type: 'section'; text?: SlackText; fields?: SlackText[] }
  | { type: 'context'; elements: SlackText[] }
  | { type: 'divider' };

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export const SLACK_LIMITS = {
  blocks: 50,
  text: 40_000,
  header: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
} as const;

/** Characters of answer lines in one message: enough to read, far under what Slack allows. */
const BODY_BUDGET = 12_000;
const SOURCES_BUDGET = 5_000;
/** Section text is filled to this, under the 3000 limit. */
const SECTION_FILL = 2_900;

export const slackDialect: Dialect = {
  esc: escapeSlack,
  bold: (s) => `*${s}*`,
  italic: (s) => `_${s}_`,
  cite: (n, url) => {
    const u = safeUrl(url);
    return u ? `<${u}|[${n}]>` : `[${n}]`;
  },
  link: (label, url) => {
    const u = safeUrl(url);
    return u ? `<${u}|${label}>` : label;
  },
  cmd: (name) => `/${name}`,
};

const mrkdwn = (text: string): SlackText => ({ type: 'mrkdwn', text });

/** Lines into section blocks of at most SECTION_FILL characters each (a line longer than that is cut). */
function sections(lines: string[]): SlackBlock[] {
  const out: SlackBlock[] = [];
  let text = '';
  for (let line of lines) {
    if (line.length > SECTION_FILL) line = `${line.slice(0, SECTION_FILL - 1).replace(/&[a-z]*$/, '')}…`;
    if (text && text.length + 1 + line.length > SECTION_FILL) {
      out.push({ type: 'section', text: mrkdwn(text) });
      text = '';
    }
    text = text ? `${text}\n${line}` : line;
  }
  if (text) out.push({ type: 'section', text: mrkdwn(text) });
  return out;
}

export interface SlackRenderOptions {
  /** The workspace's command prefix ("bb-" -> /bb-who) and the command names it applies to. */
  prefix?: string;
  commands?: readonly string[];
}

export function renderSlack(raw: Answer, o: SlackRenderOptions = {}): SlackMessage {
  const prefix = o.prefix ?? '';
  const names = o.commands ?? [];
  const d: Dialect = prefix ? { ...slackDialect, cmd: (name) => (names.includes(name) ? `/${prefix}${name}` : `/${name}`) } : slackDialect;
  const answer = prefixAnswer(raw, prefix, names);
  const lay = layout(answer, d);
  const blocks: SlackBlock[] = [];
  const header = clipEscaped(lay.title, SLACK_LIMITS.header, plainSlack);
  blocks.push({ type: 'header', text: { type: 'plain_text', text: header, emoji: false } });

  const packed = pack(lay.parts, BODY_BUDGET, d);
  for (const p of packed.parts) if (p.length) blocks.push(...sections(p));

  const sources = sourceLines(lay.citations, packed.cites, d);
  if (sources.length) {
    const lines = ['*Sources*'];
    let used = lines[0]!.length;
    let shown = 0;
    for (const s of sources) {
      if (used + s.length + 1 > SOURCES_BUDGET) break;
      lines.push(s);
      used += s.length + 1;
      shown++;
    }
    if (shown < sources.length) lines.push(`_… and ${sources.length - shown} more sources._`);
    blocks.push({ type: 'divider' }, ...sections(lines));
  }
  // Never more than 50 blocks: the budgets above keep far under it, this is the backstop.
  if (blocks.length > SLACK_LIMITS.blocks - 1) blocks.length = SLACK_LIMITS.blocks - 1;
  blocks.push({ type: 'context', elements: [mrkdwn(escapeSlack(lay.footer).slice(0, SLACK_LIMITS.contextText))] });

  // The fallback shows in notifications and is parsed as mrkdwn too: escaped like the rest.
  const first = packed.parts.flat()[0] ?? '';
  const text = `${escapeSlack(lay.title)}${first ? `\n${first}` : ''}`;
  return { text: text.length > 3000 ? `${text.slice(0, 2999).replace(/&[a-z]*$/, '')}…` : text, blocks };
}

function textOf(t: SlackText | undefined): string {
  return t?.text ?? '';
}

/** Every Block Kit limit the message breaks; empty when Slack would accept it. */
export function validateSlackMessage(msg: SlackMessage): string[] {
  const L = SLACK_LIMITS;
  const errors: string[] = [];
  const over = (what: string, len: number, max: number) => {
    if (len > max) errors.push(`${what} is ${len} characters (max ${max})`);
  };
  if (!msg.text || !msg.text.trim()) errors.push('fallback text is empty');
  else over('fallback text', msg.text.length, L.text);
  if (msg.blocks.length > L.blocks) errors.push(`${msg.blocks.length} blocks (max ${L.blocks})`);
  msg.blocks.forEach((b, i) => {
    const at = `block ${i} (${b.type})`;
    switch (b.type) {
      case 'header':
        if (b.text.type !== 'plain_text') errors.push(`${at} text must be plain_text`);
        if (!b.text.text.trim()) errors.push(`${at} text is empty`);
        over(`${at} text`, b.text.text.length, L.header);
        break;
      case 'section': {
        if (!b.text && !b.fields?.length) errors.push(`${at} has neither text nor fields`);
        if (b.text) {
          if (!b.text.text.length) errors.push(`${at} text is empty`);
          over(`${at} text`, textOf(b.text).length, L.sectionText);
        }
        const fields = b.fields ?? [];
        if (fields.length > L.sectionFields) errors.push(`${at} has ${fields.length} fields (max ${L.sectionFields})`);
        fields.forEach((f, j) => over(`${at} field ${j}`, f.text.length, L.fieldText));
        break;
      }
      case 'context':
        if (!b.elements.length) errors.push(`${at} has no elements`);
        if (b.elements.length > L.contextElements) errors.push(`${at} has ${b.elements.length} elements (max ${L.contextElements})`);
        b.elements.forEach((e, j) => over(`${at} element ${j}`, e.text.length, L.contextText));
        break;
      case 'divider':
        break;
      default:
        errors.push(`${at}: unknown block type`);
    }
  });
  return errors;
}
