// The page shell every view shares (skip link, navigation, flash and problem messages), the
// style sheet, and the small pieces views repeat: links to actors and to a fact's sentence.
import type { ArticleRef, Citation } from '../domain.ts';
import { safeUrl } from '../render/escape.ts';
import { h, none, type Html } from './html.ts';

/** What every page needs to know about the request. */
export interface View {
  /** The session's form token (empty for Authorization: Bearer requests, which need none). */
  csrf: string;
  /** Who corrections are made as ("web editor", or the name the editor gave). */
  editor: string;
  /** The path and query of this page: forms come back to it. */
  here: string;
  /** "Done" message after a correction or undo. */
  flash?: Html | null;
  /** A correction that could not be made, said politely. */
  problem?: string | null;
  /** The problem's heading ("That correction was not made"). */
  problemTitle?: string;
}

export function page(v: View, title: string, body: Html, opts: { signedIn?: boolean } = {}): Html {
  const signedIn = opts.signedIn ?? true;
  return h`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} — briefbot</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<nav aria-label="Main">
<a class="brand" href="/">briefbot</a>
${signedIn ? h`<a href="/events">Events</a> <a href="/corrections">Corrections</a>` : none}
</nav>
${
  signedIn
    ? h`<form class="search" method="get" action="/" role="search"><label for="top-q">Search</label> <input id="top-q" name="q" type="search" autocomplete="off"> <button type="submit">Go</button></form>
<div class="who">Editing as <a href="/editor">${v.editor}</a>
<form class="inline" method="post" action="/logout">${csrfField(v)}<button type="submit" class="link">Sign out</button></form></div>`
    : none
}
</header>
<main id="main" tabindex="-1">
${v.problem ? h`<div class="problem" role="alert"><h2>${v.problemTitle ?? 'That correction was not made'}</h2><p>${v.problem}</p><p>Nothing was changed.</p></div>` : none}
${v.flash ? h`<div class="flash" role="status">${v.flash}</div>` : none}
${body}
</main>
</body>
</html>`;
}

export const csrfField = (v: View): Html => (v.csrf ? h`<input type="hidden" name="csrf" value="${v.csrf}">` : none);

/** Where a fact's sentence is: the article page with the sentence marked and scrolled to. */
export function sentenceHref(articleId: number, sentenceIndex: number): string {
  return `/articles/${articleId}?s=${sentenceIndex}#s${sentenceIndex}`;
}

export function articleName(a: ArticleRef): string {
  return a.title ?? (a.path ? a.path.split('/').pop()! : a.url ?? `Article ${a.id}`);
}

/** "article title, sentence 4" linking to the sentence, with the sentence quoted. */
export function source(c: Citation, opts: { quote?: boolean } = {}): Html {
  const quote = opts.quote ?? true;
  return h`<span class="source">Source: <a href="${sentenceHref(c.article.id, c.sentenceIndex)}">${articleName(c.article)}</a>, sentence ${c.sentenceIndex + 1}${c.article.published ? h` (${c.article.published})` : none}</span>${
    quote ? h`<q class="sentence">${c.sentence}</q>` : none
  }`;
}

export function articleLink(a: ArticleRef): Html {
  return h`<a href="/articles/${a.id}">${articleName(a)}</a>${a.published ? h` <span class="meta">${a.published}</span>` : none}${a.byline ? h` <span class="meta">by ${a.byline}</span>` : none}`;
}

export function externalLink(url: string | null): Html {
  const u = safeUrl(url, 2000);
  return u ? h`<a href="${u}" rel="noopener noreferrer">${u}</a>` : none;
}

export function actorLink(a: { id: number; name: string }): Html {
  return h`<a href="/actors/${a.id}">${a.name}</a>`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The style sheet, served at /style.css: no inline style, so the CSP can forbid it. */
export const STYLE = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #555; --line: #d0d0d6; --accent: #0b57b8; --accent-ink: #fff; --warn: #8a1c1c; --ok: #1b5e20; --bg: #fff; --soft: #f4f5f8; --mark: #ffe27a; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; line-height: 1.5; color: var(--ink); background: var(--bg); }
.skip { position: absolute; left: -999px; top: 0; background: var(--accent); color: var(--accent-ink); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; top: .5rem; }
:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
header.top { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .6rem max(1rem, calc((100% - 56rem) / 2)); border-bottom: 1px solid var(--line); background: var(--soft); }
header.top nav { display: flex; gap: 1rem; align-items: baseline; }
header.top .brand { font-weight: 700; font-size: 1.15rem; color: var(--ink); text-decoration: none; }
header.top .search { display: flex; gap: .4rem; align-items: center; margin-left: auto; }
header.top .who { font-size: .9rem; color: var(--muted); }
main { max-width: 56rem; margin: 0 auto; padding: 1rem 1rem 4rem; }
main:focus { outline: none; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 1rem 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.meta, .source { color: var(--muted); font-size: .9rem; }
.lead { color: var(--muted); margin-top: 0; }
q.sentence { display: block; margin: .2rem 0 0; padding-left: .7rem; border-left: 3px solid var(--line); color: #333; font-size: .92rem; quotes: "“" "”"; }
ul.facts, ol.facts { padding-left: 0; list-style: none; }
ul.facts > li, ol.facts > li { padding: .6rem 0; border-bottom: 1px solid #ececf0; }
.when { font-weight: 600; font-variant-numeric: tabular-nums; margin-right: .4rem; }
.editor-made { background: #eef3fb; color: #123c73; border-radius: 3px; padding: 0 .35rem; font-size: .85rem; }
.pill { display: inline-block; font-size: .8rem; padding: 0 .4rem; border: 1px solid var(--line); border-radius: 3px; color: var(--muted); }
input, select, button, textarea { font: inherit; }
input[type=text], input[type=search], input[type=password], select { padding: .3rem .45rem; border: 1px solid #8a8a94; border-radius: 4px; background: #fff; color: var(--ink); min-width: 12rem; }
button { padding: .3rem .8rem; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-ink); cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
button.danger { background: var(--warn); border-color: var(--warn); }
button.link { background: none; border: none; padding: 0; color: var(--accent); text-decoration: underline; }
form.inline { display: inline; }
details.fix { margin: .35rem 0; }
details.fix > summary { cursor: pointer; color: var(--accent); font-size: .92rem; width: max-content; }
details.fix[open] > summary { margin-bottom: .4rem; }
form.fix { padding: .7rem .9rem; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; margin: .3rem 0 .6rem; }
form.fix fieldset { border: 0; margin: 0; padding: 0; min-width: 0; display: grid; grid-template-columns: max-content minmax(12rem, 28rem); gap: .4rem .8rem; align-items: center; }
form.fix legend { font-weight: 600; padding: 0; margin-bottom: .4rem; }
form.fix .actions { grid-column: 2; }
form.fix .hint { grid-column: 2; margin: -.2rem 0 0; font-size: .85rem; color: var(--muted); }
fieldset.fixes { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem 1rem; }
fieldset.fixes > legend { font-weight: 600; padding: 0 .3rem; }
.flash { border: 2px solid var(--ok); background: #eef7ee; padding: .6rem 1rem; border-radius: 6px; margin: 1rem 0; }
.problem { border: 2px solid var(--warn); background: #fbeeee; padding: .3rem 1rem; border-radius: 6px; margin: 1rem 0; }
.problem h2 { border: none; margin: .4rem 0 0; font-size: 1.1rem; color: var(--warn); }
mark { background: var(--mark); color: inherit; padding: 0 .1rem; }
ol.sentences { padding-left: 2.6rem; }
ol.sentences > li { margin: .25rem 0; padding: .1rem .3rem; scroll-margin-top: 4rem; }
ol.sentences > li:target { outline: 2px solid #f0a000; }
ol.sentences > li.credit { color: var(--muted); font-style: italic; }
ol.sentences > li::marker { color: var(--muted); font-size: .85rem; }
figure.timeline { margin: 1rem 0; }
figure.timeline figcaption { color: var(--muted); font-size: .9rem; }
svg.timeline { width: 100%; height: auto; display: block; background: #fcfcfd; border: 1px solid var(--line); border-radius: 6px; }
svg.timeline .axis line { stroke: #444; stroke-width: 1.5; }
svg.timeline .tick-label { font: 11px system-ui, sans-serif; fill: #444; }
svg.timeline .mark circle { fill: var(--accent); stroke: #fff; stroke-width: 1.5; }
svg.timeline .mark .range { fill: var(--accent); opacity: .3; }
svg.timeline .mark .leader { stroke: #9a9aa4; stroke-width: 1; }
svg.timeline .mark .label { font: 12px system-ui, sans-serif; fill: #1d1d1f; }
svg.timeline .mark:hover circle { fill: #c2410c; }
svg.timeline .mark:hover .label { fill: #c2410c; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid #ececf0; }
th { font-size: .9rem; color: var(--muted); }
tr.undone td { color: var(--muted); }
tr.undone .what { text-decoration: line-through; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 2rem; }
.login { max-width: 26rem; margin: 3rem auto; }
.login label { display: block; margin: .8rem 0 .3rem; font-weight: 600; }
.login input { width: 100%; }
.login button { margin-top: 1rem; }
`;
