// A fetched news page to an Article. @mozilla/readability finds the story among the page's
// chrome (navigation, ads, related-article lists, cookie banners), which the line-shape cleaner
// in clean.ts can only guess at from text. It runs over linkedom rather than jsdom: on a 7.7 KB
// news page linkedom + readability took about 2 ms a page against jsdom's 12 ms, loads in half
// the time, and installs 20 packages (8 MB) against 39 (17 MB); readability only needs the DOM
// tree, none of jsdom's browser emulation.
//
// Readability's result then goes through parseArticle like any HTML file, so the text is
// cleaned, split and hashed by the same rules; only the metadata is decided here, because the
// page's head (meta tags, JSON-LD, <time>) is gone from readability's extract.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../domain.ts';
import { normalizeDate } from './dates.ts';
import { IngestError } from './errors.ts';
import { htmlMeta } from './html.ts';
import { parseArticle } from './parse.ts';

/**
 * Readability's time grows far faster than the depth of the deepest element: 200 levels of nested
 * <div> take it 0.2 s, 1,000 take 7 s, 4,000 a minute and a half, all from a page of a few
 * kilobytes (jsdom is slower still). Real pages nest a few dozen deep; a deeper one is read by
 * the line-shape cleaner alone.
 */
export const MAX_READABLE_DEPTH = 200;
/**
 * linkedom's own parse slows the same way, from 10,000 levels on (20,000 take 0.4 s; a 5 MB page
 * can hold a million), so the markup is measured before it is parsed, by a scan that nests tags
 * about as a parser would.
 */
const MAX_PARSED_DEPTH = 2000;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * A fetched news page -> an Article: main text by @mozilla/readability over a linkedom DOM,
 * metadata from the page (title, author, published date from meta tags / JSON-LD NewsArticle /
 * <time>), `url` the page's canonical URL when it declares one on its own site, else the fetched
 * URL. `path` is null. Throws IngestError naming the URL when no article text is found.
 */
export function pageToArticle(html: string, url: string): Article {
  try {
    return readPage(html, url);
  } catch (err) {
    if (err instanceof IngestError) throw new IngestError(url, err.reason);
    // linkedom and readability walk some of the tree recursively
    if (err instanceof RangeError) throw new IngestError(url, 'HTML nested too deeply to read (thousands of elements inside one another)');
    throw err;
  }
}

function readPage(html: string, url: string): Article {
  const meta = htmlMeta(html);
  let read: ReturnType<Readability['parse']> = null;
  let canonicalLinks: string[] = [];
  if (markupDepth(html, MAX_PARSED_DEPTH) <= MAX_PARSED_DEPTH) {
    // linkedom makes the first element of a fragment ("<p>…</p>", "<head>…<body>…") the document
    // element, and leaves content outside <body> where readability does not look
    const hasBody = /<body[\s>]/i.test(html);
    let { document } = parseHTML(html);
    if (!hasBody || document.documentElement?.tagName !== 'HTML') {
      document = parseHTML(hasBody ? `<!doctype html><html>${html}</html>` : `<!doctype html><html><body>${html}</body></html>`).document;
    }
    // readability changes the document it reads: the canonical link is read first
    canonicalLinks = linksOf(document, 'canonical');
    if (depthOf(document) <= MAX_READABLE_DEPTH) read = new Readability(document as unknown as Document).parse();
  }
  const canonical = canonicalUrl([...canonicalLinks, ...(meta.url ? [meta.url] : [])], url);

  const title = clean(read?.title) ?? meta.title;
  const readByline = clean(read?.byline)?.replace(/^by\s+/i, '') ?? null;
  const byline = meta.byline ?? (readByline && readByline.length <= 120 && !/^https?:\/\//i.test(readByline) ? readByline : null);
  // readability's date is the one the page declares for the story (JSON-LD, article:published_time);
  // htmlMeta's falls back to the first <time>, which can be a related article's
  const published = (read?.publishedTime ? normalizeDate(read.publishedTime) : null) ?? meta.published;

  // parseArticle reads the first of each meta tag, so these, placed first, decide
  const head = [
    '<meta charset="utf-8">',
    title ? `<meta property="og:title" content="${escapeHtml(title)}">` : '',
    byline ? `<meta name="author" content="${escapeHtml(byline)}">` : '',
    published ? `<meta property="article:published_time" content="${escapeHtml(published)}">` : '',
  ].join('');
  const article =
    read?.content && clean(read.textContent)
      ? parseArticle(`<!doctype html><html><head>${head}</head><body><article>${read.content}</article></body></html>`, { format: 'html', path: null })
      : // readability found no story: the line-shape cleaner still may, from the whole page
        parseArticle(`${head}${html}`, { format: 'html', path: null });
  return { ...article, path: null, url: canonical };
}

type Dom = { querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null }> };

/** The hrefs of <link rel="…"> elements naming `rel`. */
function linksOf(document: Dom, rel: string): string[] {
  const out: string[] = [];
  for (const link of document.querySelectorAll('link[rel]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')?.trim();
    if (rels.includes(rel) && href) out.push(href);
  }
  return out;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen', 'image']);
/** Elements whose content is text up to their closing tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements a second one of closes, when still open: <p>one<p>two, <li>a<li>b. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);

/**
 * About how deep the markup nests, in one pass with no regular expression that can read to the
 * end of the page from each "<": a closing tag closes everything opened since its element, void
 * elements and "/>" inside <svg>/<math> open nothing. Stops once past `limit`.
 */
function markupDepth(html: string, limit: number): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  const push = (name: string) => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
  };
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
  };
  const NAME = /^<(\/?)([a-zA-Z][^\s/>]*)/;
  let max = 0;
  for (let i = html.indexOf('<'); i !== -1 && max <= limit; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = end + 3;
      continue;
    }
    const gt = html.indexOf('>', i + 1);
    // no ">" left: no more tags
    if (gt === -1) break;
    const tag = html.slice(i, gt + 1);
    i = gt + 1;
    const m = NAME.exec(tag);
    if (!m) continue;
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (open.get(name)) {
        while (stack[stack.length - 1] !== name) pop();
        pop();
      }
      continue;
    }
    if (VOID.has(name)) continue;
    if (tag.endsWith('/>') && (open.get('svg') || open.get('math'))) continue;
    if (RAW.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = i;
      const found = close.exec(html);
      if (!found) break;
      i = found.index;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) pop();
    push(name);
    if (stack.length > max) max = stack.length;
  }
  return max;
}

/** How deep the deepest element is nested; stops counting past MAX_READABLE_DEPTH. */
function depthOf(document: { querySelectorAll(selector: string): Iterable<object> }): number {
  const depths = new Map<object, number>();
  let max = 0;
  // document order: each element comes after its parent
  for (const el of document.querySelectorAll('*')) {
    const d = (depths.get((el as { parentNode: object | null }).parentNode ?? {}) ?? 0) + 1;
    depths.set(el, d);
    if (d > max) {
      max = d;
      if (max > MAX_READABLE_DEPTH) break;
    }
  }
  return max;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/**
 * The canonical link (relative ones resolved), else og:url, when it is http(s) and on the
 * fetched page's own site; else the fetched URL. A page elsewhere claiming another site's
 * address would replace that site's stored article (articles are known by URL), so a cross-site
 * claim is ignored and the content hash still finds a syndicated copy.
 */
function canonicalUrl(candidates: string[], fetched: string): string {
  let base: URL;
  try {
    base = new URL(fetched);
  } catch {
    return fetched;
  }
  base.hash = '';
  for (const c of candidates) {
    let u: URL;
    try {
      u = new URL(c, base);
    } catch {
      continue;
    }
    if ((u.protocol === 'http:' || u.protocol === 'https:') && sameSite(u.hostname, base.hostname)) {
      u.hash = '';
      return u.href;
    }
  }
  return base.href;
}

/**
 * www.example.com and example.com, news.example.com and example.com: one site. Two siblings
 * (a.example.com, b.example.com) are not, since without the public-suffix list they cannot be
 * told from two sites under one suffix (a.github.io, b.github.io); m., amp. and www. are.
 */
function sameSite(a: string, b: string): boolean {
  const bare = (h: string) => h.toLowerCase().replace(/\.$/, '').replace(/^(?:www|m|amp|mobile)\./, '');
  const x = bare(a);
  const y = bare(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}
