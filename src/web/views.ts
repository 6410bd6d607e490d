// The pages, as functions of what the store says: nothing here writes, and every piece of
// article text goes through h`` interpolation, which escapes it.
import type { Actor, ActorRoleFact, Correction, Event, Quote } from '../domain.ts';
import { describe } from '../curate/index.ts';
import { formatFactDate } from '../extract/dates.ts';
import type { ActorBrief, Store } from '../store/index.ts';
import { h, none, type Html } from './html.ts';
import { actorLink, articleLink, articleName, csrfField, externalLink, page, plural, sentenceHref, source, type View } from './page.ts';
import { timeline, type TimelineItem } from './timeline-svg.ts';

const DATE_PATTERN = String.raw`\d{4}(-\d{2}(-\d{2})?)?`;
const DATE_HINT = 'YYYY-MM-DD, YYYY-MM or YYYY';

// -- forms --

interface FixForm {
  /** Names the form inside a group of several ("Correct the date"). */
  legend?: string;
  action: string;
  button: string;
  fields?: Html;
  danger?: boolean;
}

/** One correction form: its fields, the reason, and the button. */
function fixForm(v: View, o: FixForm): Html {
  return h`<form class="fix" method="post" action="${o.action}">
${csrfField(v)}<input type="hidden" name="back" value="${v.here}">
<fieldset>${o.legend ? h`<legend>${o.legend}</legend>` : none}
${o.fields ?? none}
${why()}
<div class="actions"><button type="submit"${o.danger ? h` class="danger"` : none}>${o.button}</button></div>
</fieldset></form>`;
}

/** Correction forms folded away under one name until opened (details/summary: no script). */
function fix(v: View, summary: string, ...forms: FixForm[]): Html {
  return h`<details class="fix"><summary>${summary}</summary>
${forms.map((f) => fixForm(v, forms.length > 1 ? f : { ...f, legend: f.legend ?? summary }))}</details>`;
}

let fieldIds = 0;
/** A labelled text field; ids are unique on a page. */
function field(label: string, name: string, opts: { required?: boolean; date?: boolean; hint?: string; value?: string; list?: string } = {}): Html {
  const id = `f${++fieldIds}`;
  return h`<label for="${id}">${label}</label>
<input id="${id}" type="text" name="${name}"${opts.required ? h` required` : none}${opts.date ? h` pattern="${DATE_PATTERN}" placeholder="${DATE_HINT}"` : none}${opts.value ? h` value="${opts.value}"` : none}${opts.list ? h` list="${opts.list}"` : none} autocomplete="off">
${opts.hint ? h`<p class="hint">${opts.hint}</p>` : none}`;
}

function why(): Html {
  const id = `f${++fieldIds}`;
  return h`<label for="${id}">Why</label>
<input id="${id}" type="text" name="why" required maxlength="500" placeholder="the reason, for the correction log" autocomplete="off">`;
}

// -- facts --

function eventItem(v: View, e: Event, opts: { actorId?: number; withSource?: boolean } = {}): Html {
  const others = e.participants.filter((p) => p.actorId !== opts.actorId);
  return h`<li id="e${e.id}"><span class="when">${formatFactDate(e.date)}</span> ${e.summary}${e.place && !e.summary.includes(e.place) ? h` <span class="meta">in ${e.place}</span>` : none} <span class="pill">e${e.id}</span>
${others.length ? h`<div class="meta">With ${others.map((p, i) => h`${i ? ', ' : ''}${actorLink({ id: p.actorId, name: p.name })}`)}</div>` : none}
<div>${opts.withSource === false ? h`<a href="${sentenceHref(e.citation.article.id, e.citation.sentenceIndex)}">Sentence ${e.citation.sentenceIndex + 1}</a>` : source(e.citation)}</div>
${fix(
  v,
  'Correct this event',
  { legend: 'Correct the date', action: `/events/${e.id}/date`, button: 'Correct the date', fields: field('Date', 'date', { required: true, date: true, hint: DATE_HINT }) },
  { legend: 'Correct the place', action: `/events/${e.id}/place`, button: 'Correct the place', fields: field('Place', 'place', { required: true, value: e.place ?? '' }) },
  { legend: 'Hide the event', action: `/events/${e.id}/hide`, button: 'Hide the event', danger: true, fields: h`<p class="hint">For an event the article does not tell, or tells of someone else.</p>` },
)}
</li>`;
}

function quoteItem(v: View, q: Quote, opts: { withSource?: boolean } = {}): Html {
  const who = q.speaker ? actorLink({ id: q.speaker.actorId, name: q.speaker.name }) : q.speakerText ? h`${q.speakerText}` : h`Unknown speaker`;
  return h`<li id="q${q.id}"><blockquote>“${q.words}”</blockquote>
<div>— ${who}${q.date ? h`, <span class="meta">${formatFactDate(q.date)}</span>` : none} <span class="pill">q${q.id}</span></div>
<div>${opts.withSource === false ? h`<a href="${sentenceHref(q.citation.article.id, q.citation.sentenceIndex)}">Sentence ${q.citation.sentenceIndex + 1}</a>` : source(q.citation, { quote: false })}</div>
${fix(v, 'Hide this quote', { action: `/quotes/${q.id}/hide`, button: 'Hide the quote', danger: true })}
</li>`;
}

// -- pages --

export function homePage(v: View, store: Store, q: string, found: { actors: ActorBrief[]; note: string | null; events: Event[]; articles: ReturnType<Store['listArticles']> }): Html {
  const counts = store.counts();
  if (!q) {
    const top = store.browse.topActors(30);
    return page(
      v,
      'Search',
      h`<h1>The index</h1>
<p class="lead">${plural(counts.articles, 'article')}, ${plural(counts.actors, 'actor')}, ${plural(counts.events, 'event')}, ${plural(counts.quotes, 'quote')}.</p>
${searchForm('')}
<h2>Most mentioned</h2>
${top.length ? h`<ol class="facts">${top.map((a) => h`<li>${actorLink(a)} <span class="meta">${a.type} · ${plural(a.mentions, 'sentence')} in ${plural(a.articles, 'article')}</span></li>`)}</ol>` : h`<p>The index is empty: ingest some articles first.</p>`}`,
    );
  }
  const { actors, note, events, articles } = found;
  return page(
    v,
    `Search: ${q}`,
    h`<h1>Search</h1>
${searchForm(q)}
<h2>Actors</h2>
${note ? h`<p>${note}</p>` : none}
${actors.length ? h`<ul class="facts">${actors.map((a) => h`<li>${actorLink(a)} <span class="meta">${a.type}${a.role ? h` · ${a.role}` : none}</span></li>`)}</ul>` : h`<p>No actor by that name.</p>`}
<h2>Events</h2>
${events.length ? h`<ul class="facts">${events.slice(0, 50).map((e) => h`<li><span class="when">${formatFactDate(e.date)}</span> ${e.summary} <div>${source(e.citation, { quote: false })}</div></li>`)}</ul>${events.length > 50 ? h`<p><a href="/events?q=${encodeURIComponent(q)}">All ${events.length} events</a></p>` : none}` : h`<p>No event says that.</p>`}
<h2>Articles</h2>
${articles.length ? h`<ul class="facts">${articles.map((a) => h`<li>${articleLink(a)}</li>`)}</ul>` : h`<p>No article title has those words.</p>`}`,
  );
}

function searchForm(q: string): Html {
  return h`<form method="get" action="/" role="search" class="bigsearch"><label for="q">Actor, event words or article title</label><br><input id="q" name="q" type="search" value="${q}" autocomplete="off"> <button type="submit">Search</button></form>`;
}

function roleItem(v: View, actor: Actor, r: ActorRoleFact): Html {
  const held = r.since && r.until ? `${r.since} to ${r.until}` : r.since ? `since ${r.since}` : r.until ? `until ${r.until}` : null;
  return h`<li><strong>${r.title}</strong>${r.organization && !r.title.includes(r.organization) ? h`, ${r.organization}` : none}${held ? h` <span class="meta">(${held})</span>` : none}
${r.citation ? h`<div>${source(r.citation)}</div>` : none}${r.editor || !r.citation ? h` <span class="editor-made">${r.citation ? 'dated by an editor' : 'added by an editor'}</span>` : none}
${fix(
  v,
  'Correct this role',
  {
    legend: 'When the role was held',
    action: `/actors/${actor.id}/role-date`,
    button: 'Date the role',
    fields: h`<input type="hidden" name="title" value="${r.title}">${field('Since', 'since', { date: true, value: r.since ?? '' })}${field('Until', 'until', { date: true, value: r.until ?? '' })}`,
  },
  { legend: 'Remove the role', action: `/actors/${actor.id}/role-remove`, button: 'Remove the role', danger: true, fields: h`<input type="hidden" name="title" value="${r.title}">` },
)}
</li>`;
}

export function actorPage(v: View, store: Store, actor: Actor): Html {
  const events = store.eventsForActor(actor.id);
  const quotes = store.quotesForActor(actor.id);
  const articles = store.articlesForActor(actor.id);
  const named = store.browse.coMentions(actor.id, 10);
  const items: TimelineItem[] = events.map((e) => ({
    id: e.id,
    start: e.date.start,
    end: e.date.end,
    label: e.summary,
    when: formatFactDate(e.date),
    href: sentenceHref(e.citation.article.id, e.citation.sentenceIndex),
  }));
  const tl = timeline(items, { title: `Timeline of ${actor.name}` });
  const byId = new Map(events.map((e) => [e.id, e]));
  // one title per role: the store lists a role once per article that gives it
  const roles = dedupeRoles(actor.roles);
  return page(
    v,
    actor.name,
    h`<h1>${actor.name}</h1>
<p class="lead">${actor.type} · ${plural(actor.mentionCount, 'sentence')} in ${plural(articles.length, 'article')} · <span class="pill">#${actor.id}</span></p>
${actor.aliases.length ? h`<p>Also written: ${actor.aliases.map((a, i) => h`${i ? ', ' : ''}<span class="alias">${a}</span>`)}</p>` : h`<p class="meta">No other names.</p>`}

<h2 id="timeline">Timeline</h2>
${
  tl.svg
    ? h`<figure class="timeline">${tl.svg}<figcaption>${plural(tl.dated.length, 'dated event')}; point at a mark for what happened, or read the events below.</figcaption></figure>`
    : h`<p>No dated event to draw.</p>`
}
<h2 id="roles">Roles</h2>
${roles.length ? h`<ul class="facts">${roles.map((r) => roleItem(v, actor, r))}</ul>` : h`<p>No role found.</p>`}
${actor.affiliations.length ? h`<p>Tied to: ${actor.affiliations.map((a, i) => h`${i ? ', ' : ''}${a.actorId !== null ? actorLink({ id: a.actorId, name: a.name }) : a.name}`)}</p>` : none}

<h2 id="events">Events</h2>
${events.length ? none : h`<p>No event found.</p>`}
${tl.dated.length ? h`<h3>Dated</h3><ol class="facts" id="dated">${tl.dated.map((i) => eventItem(v, byId.get(i.id)!, { actorId: actor.id }))}</ol>` : none}
${tl.undated.length ? h`<h3 id="undated">Undated</h3><p class="meta">The articles do not say when these happened, so they are not on the drawing.</p><ul class="facts undated">${tl.undated.map((i) => eventItem(v, byId.get(i.id)!, { actorId: actor.id }))}</ul>` : none}

<h2 id="named-with">Named with most</h2>
${named.length ? h`<ol class="facts">${named.map((n) => h`<li>${actorLink({ id: n.actorId, name: n.name })} <span class="meta">${n.type} · in ${plural(n.sentences, 'sentence')} together</span></li>`)}</ol>` : h`<p>Named alone.</p>`}

<h2 id="quotes">Quotes</h2>
${quotes.length ? h`<ul class="facts">${quotes.map((q) => quoteItem(v, q))}</ul>` : h`<p>No quote on record.</p>`}

<h2 id="articles">Articles</h2>
${articles.length ? h`<ul class="facts">${articles.map((a) => h`<li>${articleLink(a)}</li>`)}</ul>` : h`<p>No article.</p>`}

<h2 id="correct">Correct this actor</h2>
<fieldset class="fixes"><legend>Corrections to ${actor.name}</legend>
${fix(v, 'Merge another actor into this one', { action: `/actors/${actor.id}/merge`, button: 'Merge', fields: field('Other actor', 'other', { required: true, hint: `A name (resolved as /who does) or a number such as #12. Its names, facts and articles become ${actor.name}'s.` }) })}
${fix(v, 'Rename', { action: `/actors/${actor.id}/rename`, button: 'Rename', fields: field('New name', 'name', { required: true, value: actor.name }) })}
${fix(v, 'Add an alias', { action: `/actors/${actor.id}/alias-add`, button: 'Add the alias', fields: field('Alias', 'alias', { required: true }) })}
${actor.aliases.map((a) => fix(v, `Remove the alias “${a}”`, { action: `/actors/${actor.id}/alias-remove`, button: 'Remove the alias', fields: h`<input type="hidden" name="alias" value="${a}">` }))}
${
  actor.aliases.length
    ? fix(v, 'Split off a name', {
        action: `/actors/${actor.id}/split`,
        button: 'Split off',
        fields: h`<label for="split-${actor.id}">Name</label><select id="split-${actor.id}" name="name">${actor.aliases.map((a) => h`<option>${a}</option>`)}</select><p class="hint">The articles that use this name and not “${actor.name}” go to an actor of its own.</p>`,
      })
    : none
}
${fix(v, 'Add a role', { action: `/actors/${actor.id}/role-add`, button: 'Add the role', fields: h`${field('Role', 'title', { required: true })}${field('Since', 'since', { date: true })}${field('Until', 'until', { date: true })}` })}
${fix(v, 'Hide this actor', { action: `/actors/${actor.id}/hide`, button: 'Hide the actor', danger: true, fields: h`<p class="hint">For a name that is no actor (a title taken for a name, a stray word).</p>` })}
</fieldset>`,
  );
}

function dedupeRoles(roles: ActorRoleFact[]): ActorRoleFact[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const k = r.title.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function articlePage(v: View, store: Store, articleId: number, mark: number | null): Html | null {
  const a = store.getArticle(articleId);
  if (!a) return null;
  const sentences = store.browse.sentences(articleId);
  const events = store.eventsInArticles([articleId]);
  const quotes = store.quotesInArticles([articleId]);
  const mentioned = new Map<number, number>();
  for (const m of store.mentionsInArticles([articleId])) mentioned.set(m.actorId, (mentioned.get(m.actorId) ?? 0) + 1);
  const actors = store.actorBriefs([...mentioned.keys()]).sort((x, y) => mentioned.get(y.id)! - mentioned.get(x.id)! || x.name.localeCompare(y.name));
  return page(
    v,
    articleName(a),
    h`<h1>${articleName(a)}</h1>
<p class="lead">${a.published ? h`Published ${a.published}` : h`Undated`}${a.byline ? h` · by ${a.byline}` : none} · <span class="pill">article ${a.id}</span></p>
${a.url ? h`<p class="meta">From ${externalLink(a.url)}</p>` : a.path ? h`<p class="meta">File ${a.path}</p>` : none}
${a.sources.length ? h`<p class="meta">Sources: ${a.sources.join(', ')}</p>` : none}

<h2 id="text">Text</h2>
<ol class="sentences" start="1">
${sentences.map((s) =>
  s.index === mark
    ? h`<li id="s${s.index}" value="${s.index + 1}"${s.credit ? h` class="credit"` : none}><mark>${s.text}</mark></li>`
    : h`<li id="s${s.index}" value="${s.index + 1}"${s.credit ? h` class="credit"` : none}>${s.text}</li>`,
)}
</ol>

<h2 id="facts">Facts found in it</h2>
<h3>Events</h3>
${events.length ? h`<ul class="facts">${events.map((e) => eventItem(v, e, { withSource: false }))}</ul>` : h`<p>None.</p>`}
<h3>Quotes</h3>
${quotes.length ? h`<ul class="facts">${quotes.map((q) => quoteItem(v, q, { withSource: false }))}</ul>` : h`<p>None.</p>`}
<h3>Actors named</h3>
${actors.length ? h`<ul class="facts grid2">${actors.map((x) => h`<li>${actorLink(x)} <span class="meta">${x.type} · ${plural(mentioned.get(x.id)!, 'sentence')}</span></li>`)}</ul>` : h`<p>None.</p>`}`,
  );
}

export const EVENTS_PER_PAGE = 100;

export function eventsPage(v: View, q: string, events: Event[], pageNo: number): Html {
  const pages = Math.max(1, Math.ceil(events.length / EVENTS_PER_PAGE));
  const n = Math.min(Math.max(1, pageNo), pages);
  const shown = events.slice((n - 1) * EVENTS_PER_PAGE, n * EVENTS_PER_PAGE);
  const link = (p: number) => `/events?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) }).toString()}`;
  return page(
    v,
    q ? `Events: ${q}` : 'Events',
    h`<h1>Events</h1>
<form method="get" action="/events" role="search"><label for="eq">Words in the event or its sentence</label><br><input id="eq" name="q" type="search" value="${q}" autocomplete="off"> <button type="submit">Find events</button></form>
<p class="lead">${q ? h`${plural(events.length, 'event')} with “${q}”` : h`${plural(events.length, 'event')} in date order, undated last`}${pages > 1 ? h` · page ${n} of ${pages}` : none}.</p>
${shown.length ? h`<ul class="facts">${shown.map((e) => eventItem(v, e))}</ul>` : h`<p>No event.</p>`}
${pages > 1 ? h`<nav aria-label="Pages" class="pages">${n > 1 ? h`<a href="${link(n - 1)}" rel="prev">Previous page</a> ` : none}${n < pages ? h`<a href="${link(n + 1)}" rel="next">Next page</a>` : none}</nav>` : none}`,
  );
}

export function correctionsPage(v: View, list: Correction[]): Html {
  return page(
    v,
    'Corrections',
    h`<h1>Corrections</h1>
<p class="lead">What editors changed on top of what extraction found, newest first. Each stays in force when articles are ingested again, until it is undone.</p>
${
  list.length
    ? h`<table>
<thead><tr><th scope="col">#</th><th scope="col">What</th><th scope="col">Why</th><th scope="col">Who, when</th><th scope="col">State</th></tr></thead>
<tbody>
${list.map(
  (c) => h`<tr id="c${c.id}"${c.undoneAt ? h` class="undone"` : none}><td>${c.id}</td><td class="what">${describe(c.data)} <span class="pill">${c.data.kind}</span></td><td>${c.reason}</td><td>${c.by}<br><span class="meta">${c.at.slice(0, 16).replace('T', ' ')}</span></td>
<td>${
    c.undoneAt
      ? h`Undone by ${c.undoneBy}<br><span class="meta">${c.undoneAt.slice(0, 16).replace('T', ' ')}</span>${c.undoReason ? h`<br>“${c.undoReason}”` : none}`
      : h`In force <form class="inline" method="post" action="/corrections/${c.id}/undo">${csrfField(v)}<label for="why-${c.id}">Why undo (optional)</label> <input id="why-${c.id}" name="why" maxlength="500"> <button type="submit" class="secondary" aria-label="Undo correction ${c.id}">Undo</button></form>`
  }</td></tr>`,
)}
</tbody></table>`
    : h`<p>No correction yet. Corrections are made on the actor and event pages, or in chat with /fix.</p>`
}`,
  );
}

export function editorPage(v: View, current: string): Html {
  return page(
    v,
    'Your name',
    h`<h1>Your name</h1>
<p class="lead">The correction log records who made each correction. Give the name to record for yours; this browser remembers it.</p>
<form class="fix" method="post" action="/editor">${csrfField(v)}<fieldset>
${field('Your name', 'name', { value: current, hint: 'Leave empty to be recorded as “web editor”.' })}
<div class="actions"><button type="submit">Save</button></div></fieldset></form>`,
  );
}

export function loginPage(v: View, next: string, problem: string | null): Html {
  return page(
    { ...v, problem: null },
    'Sign in',
    h`<div class="login"><h1>Sign in</h1>
<p>This page needs the token the bot was configured with (BRIEFBOT_WEB_TOKEN).</p>
${problem ? h`<div class="problem" role="alert"><p>${problem}</p></div>` : none}
<form method="post" action="/login">
<input type="hidden" name="next" value="${next}">
<label for="token">Token</label>
<input id="token" name="token" type="password" required autocomplete="current-password" autofocus>
<button type="submit">Sign in</button>
</form></div>`,
    { signedIn: false },
  );
}

export function unauthorizedPage(next: string): Html {
  return page(
    { csrf: '', editor: '', here: '/' },
    'Sign in needed',
    h`<h1>Sign in needed</h1><p>The curation page needs the bot's web token. <a href="/login?next=${encodeURIComponent(next)}">Sign in</a>.</p>`,
    { signedIn: false },
  );
}

export function refusedPage(): Html {
  return page(
    { csrf: '', editor: '', here: '/' },
    'Refused',
    h`<h1>Refused</h1><p>That form came from another site, or from a page opened before you last signed in. Go back, reload the page and try again.</p>`,
    { signedIn: false },
  );
}

export function notFoundPage(v: View, what: string): Html {
  return page(v, 'Not found', h`<h1>Not found</h1><p>${what}</p><p><a href="/">Search the index</a></p>`);
}

export function errorPage(v: View): Html {
  return page(v, 'Something went wrong', h`<h1>Something went wrong</h1><p>The error has been logged. Nothing was changed.</p><p><a href="/">Back to the index</a></p>`);
}
