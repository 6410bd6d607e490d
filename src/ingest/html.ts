// HTML pages to plain text lines plus the metadata the page declares.
import { convert, type HtmlToTextOptions } from 'html-to-text';
import { normalizeDate } from './dates.ts';

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

/** Body text of an HTML page: one line per block element, list items as "* item". */
export function htmlToText(html: string): string {
  return (
    convert(html, OPTIONS)
      // Removed images and links leave "word ." behind.
      .replace(/[ \t]+([,.;:!?])(?=\s|$)/g, '$1')
      .replace(/^[ \t]+/gm, '')
  );
}

/** Text of an HTML fragment (tags dropped, entities decoded), on one line. */
function fragmentText(fragment: string): string {
  return convert(`<p>${fragment}</p>`, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] })
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

function tags(html: string, name: string): Record<string, string>[] {
  const re = new RegExp(`<${name}\\b([^>]*)>`, 'gi');
  const out: Record<string, string>[] = [];
  for (let m = re.exec(html); m; m = re.exec(html)) out.push(attrs(m[1] ?? ''));
  return out;
}

function isUrl(s: string): boolean {
  return /^https?:\/\/\S+$/i.test(s);
}

/** Metadata declared by the page: og/article meta tags, <title>, first <h1>, <time>, canonical link. */
export function htmlMeta(html: string): HtmlMeta {
  // Scripts and comments can hold markup-looking strings; JSON-LD is read separately.
  const jsonLd = [...html.matchAll(/<script\b[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1] ?? '')
    .join('\n');
  const clean = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');

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

  const h1Match = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(clean);
  const h1 = h1Match ? fragmentText(h1Match[1] ?? '') || null : null;
  const titleMatch = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(clean);
  const docTitle = titleMatch ? fragmentText(titleMatch[1] ?? '') || null : null;
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
