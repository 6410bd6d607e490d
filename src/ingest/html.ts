// HTML pages to plain text lines plus the metadata the page declares.
import { compile, type HtmlToTextOptions } from 'html-to-text';
import { normalizeDate } from './dates.ts';
import { withoutComments } from './text.ts';

export interface HtmlMeta {
  title: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
}

const SKIP = [
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form',
  'button', 'select', 'textarea', 'input', 'label', 'iframe', 'svg', 'canvas', 'object',
  'embed', 'video', 'audio', 'img', 'picture', 'head', '[hidden]', '[aria-hidden="true"]',
];
const BLOCKS = ['figure', 'figcaption', 'blockquote', 'td', 'th', 'dt', 'dd', 'address'];

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...SKIP.map((selector) => ({ selector, format: 'skip' })),
    // Keep link text, never the URL.
    { selector: 'a', options: { ignoreHref: true } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
      selector,
      format: 'block',
      options: { leadingLineBreaks: 2, trailingLineBreaks: 2 },
    })),
    ...BLOCKS.map((selector) => ({ selector, format: 'block' })),
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'ul', options: { itemPrefix: '* ' } },
  ],
};

// html-to-text's convert(html, options) is compile(options)(html): it builds its selector
// decision trees again on every call, which cost more than converting a short fragment. The
// converters are compiled once here; each conversion parses and walks its own document.
const pageToText = compile(OPTIONS);
const fragmentToText = compile({ wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] });

/** Body text of an HTML page: one line per block element, list items as "* item". */
export function htmlToText(html: string): string {
  return (
    pageToText(html)
      // Removed images and links leave "word ." behind.
      .replace(/[ \t]+([,.;:!?])(?=\s|$)/g, '$1')
      .replace(/^[ \t]+/gm, '')
  );
}

/** Text of an HTML fragment (tags dropped, entities decoded), on one line. */
function fragmentText(fragment: string): string {
  return fragmentToText(`<p>${fragment}</p>`)
    .replace(/\s+/g, ' ')
    .trim();
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=/<>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!(name in out)) out[name] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

// The page is scanned with searches that each look ahead once: a regular expression such as
// /<h1\b[^>]*>([\s\S]*?)<\/h1>/ reads to the end of the page from every "<h1" that is never
// closed, so 300,000 of them (1.8 MB) took minutes. Each helper below gives what its regular
// expression (in its comment) gives, remembering where the next ">" or closing tag is.

/** Where the next `pattern` (a global, case-insensitive regular expression) starts at or after a position; asked in increasing order. */
function nextFinder(html: string, pattern: RegExp): (from: number) => { at: number; end: number } | null {
  let asked = -1;
  let found: { at: number; end: number } | null = null;
  return (from) => {
    if (asked >= 0 && from >= asked && (found === null || from <= found.at)) return found;
    pattern.lastIndex = from;
    const m = pattern.exec(html);
    asked = from;
    found = m ? { at: m.index, end: m.index + m[0].length } : null;
    return found;
  };
}

/** Each match of /<NAME\b([^>]*)>/gi: [start of the tag, its attribute text, the index after ">"]. */
function openTags(html: string, name: string): Array<{ at: number; inner: string; end: number }> {
  const open = new RegExp(`<${name}\\b`, 'gi');
  const gt = nextFinder(html, />/g);
  const out: Array<{ at: number; inner: string; end: number }> = [];
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const close = gt(m.index + m[0].length);
    if (!close) break; // no ">" after this one, so none after any later one either
    out.push({ at: m.index, inner: html.slice(m.index + m[0].length, close.at), end: close.end });
    open.lastIndex = close.end;
  }
  return out;
}

/** The text of the first element /<NAME\b[^>]*>([\s\S]*?)<\/NAME\s*>/i finds, or null. */
function firstElementText(html: string, name: string): string | null {
  const open = new RegExp(`<${name}\\b`, 'gi');
  const gt = nextFinder(html, />/g);
  const closing = nextFinder(html, new RegExp(`<\\/${name}\\s*>`, 'gi'));
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tagEnd = gt(m.index + m[0].length);
    if (!tagEnd) return null;
    const close = closing(tagEnd.end);
    if (!close) return null;
    return html.slice(tagEnd.end, close.at);
  }
  return null;
}

/** `html` without what /<(script|style)\b[\s\S]*?<\/\1\s*>/gi matches. */
function withoutScripts(html: string): string {
  const open = /<(script|style)\b/gi;
  const closing = { script: nextFinder(html, /<\/script\s*>/gi), style: nextFinder(html, /<\/style\s*>/gi) };
  let out = '';
  let pos = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const close = closing[m[1]!.toLowerCase() as 'script' | 'style'](m.index + m[0].length);
    if (!close) {
      open.lastIndex = m.index + 1;
      continue;
    }
    out += html.slice(pos, m.index);
    pos = close.end;
    open.lastIndex = close.end;
  }
  return out + html.slice(pos);
}

/** The contents /<script\b[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi captures. */
function jsonLdScripts(html: string): string[] {
  const open = /<script\b/gi;
  const gt = nextFinder(html, />/g);
  const type = nextFinder(html, /application\/ld\+json/gi);
  const closing = nextFinder(html, /<\/script>/gi);
  const out: string[] = [];
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const from = m.index + m[0].length;
    const tagEnd = gt(from);
    if (!tagEnd) break;
    const declared = type(from);
    const close = declared && declared.end <= tagEnd.at ? closing(tagEnd.end) : null;
    if (!close) {
      open.lastIndex = m.index + 1;
      continue;
    }
    out.push(html.slice(tagEnd.end, close.at));
    open.lastIndex = close.end;
  }
  return out;
}

function tags(html: string, name: string): Record<string, string>[] {
  return openTags(html, name).map((t) => attrs(t.inner));
}

function isUrl(s: string): boolean {
  return /^https?:\/\/\S+$/i.test(s);
}

/** Metadata declared by the page: og/article meta tags, <title>, first <h1>, <time>, canonical link. */
export function htmlMeta(html: string): HtmlMeta {
  // Scripts and comments can hold markup-looking strings; JSON-LD is read separately.
  const jsonLd = jsonLdScripts(html).join('\n');
  const clean = withoutScripts(withoutComments(html));

  const meta = new Map<string, string>();
  for (const a of tags(clean, 'meta')) {
    const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
    const content = a.content;
    if (key && content !== undefined && !meta.has(key)) meta.set(key, fragmentText(content));
  }
  const get = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };

  const h1Text = firstElementText(clean, 'h1');
  const h1 = h1Text !== null ? fragmentText(h1Text) || null : null;
  const titleText = firstElementText(clean, 'title');
  const docTitle = titleText !== null ? fragmentText(titleText) || null : null;
  const title =
    get('og:title', 'twitter:title') ?? h1 ?? (docTitle ? stripSiteName(docTitle, get('og:site_name')) : null);

  let byline: string | null = null;
  for (const candidate of [get('author'), get('article:author'), get('byl'), get('dc.creator')]) {
    if (candidate && !isUrl(candidate)) {
      byline = candidate.replace(/^by\s+/i, '').trim() || null;
      if (byline) break;
    }
  }

  let published: string | null = null;
  const dateCandidates = [
    get('article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued'),
    ...tags(clean, 'time').map((a) => a.datetime ?? null),
    /"datePublished"\s*:\s*"([^"]+)"/.exec(jsonLd)?.[1] ?? null,
  ];
  for (const d of dateCandidates) {
    published = d ? normalizeDate(d) : null;
    if (published) break;
  }

  let url = get('og:url');
  if (!url || !isUrl(url)) {
    url = null;
    for (const a of tags(clean, 'link')) {
      const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('canonical') && a.href && isUrl(a.href.trim())) {
        url = a.href.trim();
        break;
      }
    }
  }
  return { title, byline, published, url };
}

/** "Headline | Site" or "Headline - Site": drops the site part. */
function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—·•-]\s+/);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase().trim();
  const kept = parts.filter((p) => p.toLowerCase().trim() !== site);
  if (kept.length === 1) return kept[0] ?? title;
  // Without a declared site name, the longest part is the headline.
  return kept.reduce((a, b) => (b.length > a.length ? b : a));
}
