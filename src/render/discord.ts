// Answers as Discord messages: plain JSON in the shape of Discord's API (embeds), every piece of
// article or user text escaped, every Discord limit kept — a long answer is cut with "… and N more".
import type { Answer } from '../briefing/answers.ts';
import { clipEscaped, escapeDiscord, safeUrl } from './escape.ts';
import { layout, pack, sourceLines, type Dialect } from './layout.ts';
import { plain } from './text.ts';

export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface DiscordEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: DiscordEmbedField[];
  footer?: { text: string };
  author?: { name: string; url?: string };
}

export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  allowedMentions: { parse: [] };
}

export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  total: 6000,
} as const;

/** Room kept under the 6000 total, for safety against counting differences. */
const TOTAL_BUDGET = DISCORD_LIMITS.total - 100;
const SOURCES_NAME = 'Sources';

export const discordDialect: Dialect = {
  esc: escapeDiscord,
  bold: (s) => `**${s}**`,
  italic: (s) => `*${s}*`,
  cite: (n, url) => {
    const u = safeUrl(url);
    return u ? `[${n}](${u})` : `[${n}]`.replace(/[[\]]/g, (c) => `\\${c}`);
  },
  link: (label, url) => {
    const u = safeUrl(url);
    return u ? `[${label}](${u})` : label;
  },
  cmd: (name) => `/${name}`,
};

const COLOR = { problem: 0xcc3333, 'not-found': 0xcc8833, default: 0x3366cc } as const;

export function renderDiscord(answer: Answer): DiscordMessage {
  const d = discordDialect;
  const lay = layout(answer, d);
  const embed: DiscordEmbed = {
    title: clipEscaped(lay.title, DISCORD_LIMITS.title, d.esc),
    color: answer.kind === 'problem' || answer.kind === 'not-found' ? COLOR[answer.kind] : COLOR.default,
  };
  // A profile drawn from one article links to it.
  if (answer.kind === 'profile' && answer.articles.length === 1) {
    const u = safeUrl(answer.articles[0]!.url);
    if (u) embed.url = u;
  }
  // The footer shows no Markdown: our own words, cleaned, unescaped.
  const footer = plain(lay.footer).slice(0, DISCORD_LIMITS.footer);
  embed.footer = { text: footer };
  let left = TOTAL_BUDGET - (embed.title?.length ?? 0) - footer.length;

  // Sources get up to a third of what is left when there are any; the description the rest.
  const sourcesRoom = lay.citations.length ? Math.min(3 * DISCORD_LIMITS.fieldValue, Math.floor(left / 3)) : 0;
  const packed = pack(lay.parts, Math.min(DISCORD_LIMITS.description, left - sourcesRoom), d);
  const description = packed.parts
    .filter((p) => p.length)
    .map((p) => p.join('\n'))
    .join('\n\n');
  embed.description = description.slice(0, DISCORD_LIMITS.description) || '\u200b';
  left -= embed.description.length;

  const sources = sourceLines(lay.citations, packed.cites, d);
  if (sources.length) {
    const fields: DiscordEmbedField[] = [];
    let value = '';
    let shown = 0;
    const flush = () => {
      if (value) fields.push({ name: fields.length ? `${SOURCES_NAME} (cont.)` : SOURCES_NAME, value });
      value = '';
    };
    const moreRoom = 60;
    for (const line of sources) {
      if (line.length > DISCORD_LIMITS.fieldValue) continue;
      if (value && value.length + 1 + line.length > DISCORD_LIMITS.fieldValue) {
        flush();
        if (fields.length >= DISCORD_LIMITS.fields - 1) break;
      }
      const nameLen = fields.length ? `${SOURCES_NAME} (cont.)`.length : SOURCES_NAME.length;
      const cost = (value ? 1 : nameLen) + line.length;
      if (cost + moreRoom > left) break;
      value = value ? `${value}\n${line}` : line;
      left -= cost;
      shown++;
    }
    flush();
    const rest = sources.length - shown;
    if (rest > 0) {
      const more = `*… and ${rest} more source${rest === 1 ? '' : 's'}.*`;
      const last = fields[fields.length - 1];
      if (last && last.value.length + 1 + more.length <= DISCORD_LIMITS.fieldValue) last.value += `\n${more}`;
      else if (fields.length < DISCORD_LIMITS.fields) fields.push({ name: `${SOURCES_NAME} (cont.)`, value: more });
    }
    if (fields.length) embed.fields = fields;
  }
  return { embeds: [embed], allowedMentions: { parse: [] } };
}

function embedLength(e: DiscordEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Every Discord limit the message breaks; empty when Discord would accept it. */
export function validateDiscordMessage(msg: DiscordMessage): string[] {
  const L = DISCORD_LIMITS;
  const errors: string[] = [];
  const over = (what: string, len: number, max: number) => {
    if (len > max) errors.push(`${what} is ${len} characters (max ${max})`);
  };
  if (msg.content !== undefined) over('content', msg.content.length, L.content);
  if (!msg.content && !msg.embeds.length) errors.push('message has neither content nor embeds');
  if (msg.embeds.length > L.embeds) errors.push(`${msg.embeds.length} embeds (max ${L.embeds})`);
  if (!msg.allowedMentions || !Array.isArray(msg.allowedMentions.parse) || msg.allowedMentions.parse.length)
    errors.push('allowedMentions.parse must be an empty array');
  let total = 0;
  msg.embeds.forEach((e, i) => {
    const at = `embed ${i}`;
    if (e.title !== undefined) over(`${at} title`, e.title.length, L.title);
    if (e.description !== undefined) {
      over(`${at} description`, e.description.length, L.description);
      if (!e.description.length) errors.push(`${at} description is empty`);
    }
    if (e.footer) over(`${at} footer`, e.footer.text.length, L.footer);
    if (e.author) over(`${at} author name`, e.author.name.length, L.authorName);
    if (e.url !== undefined && !/^https?:\/\//.test(e.url)) errors.push(`${at} url is not http(s)`);
    const fields = e.fields ?? [];
    if (fields.length > L.fields) errors.push(`${at} has ${fields.length} fields (max ${L.fields})`);
    fields.forEach((f, j) => {
      over(`${at} field ${j} name`, f.name.length, L.fieldName);
      over(`${at} field ${j} value`, f.value.length, L.fieldValue);
      if (!f.name.trim()) errors.push(`${at} field ${j} name is empty`);
      if (!f.value.trim()) errors.push(`${at} field ${j} value is empty`);
    });
    total += embedLength(e);
  });
  over('all embeds together', total, L.total);
  return errors;
}
