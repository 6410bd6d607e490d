// /digest and /watch: what a channel asks for, checked and stored; the running scheduler picks
// changes up at once (refresh), and a bot in another process within a minute (its sweep).
import type { Answer, Notice } from '../briefing/answers.ts';
import { buildDigest } from '../briefing/digest.ts';
import { actorRef } from '../briefing/facts.ts';
import { choiceOf } from '../briefing/subject.ts';
import type { CommandContext } from '../command.ts';
import { matchTerms } from '../search/fts.ts';
import { resolveActor } from '../search/resolve.ts';
import type { ChannelAddress, Subscription } from '../store/index.ts';
import { DateTime } from 'luxon';
import { digestStart } from './scheduler.ts';
import { dayLabel, latestSlot, parseTime, parseZone, slotKeyAt, slotOn, systemZone } from './slots.ts';

export const DIGEST_ACTIONS = ['subscribe', 'unsubscribe', 'list', 'preview', 'now'] as const;
export type DigestAction = (typeof DIGEST_ACTIONS)[number];
export const DEFAULT_TIME = '08:00';
/** Watches one channel may keep: alerts are for a few names, not a feed of everything. */
export const MAX_WATCHES = 25;
const MAX_TOPIC = 200;

export interface DigestArgs {
  action: string;
  time?: string | undefined;
  timezone?: string | undefined;
  topic?: string | undefined;
  quiet?: boolean | undefined;
}

const problem = (message: string): Answer => ({ kind: 'problem', message });
const notice = (title: string, lines: string[]): Notice => ({ kind: 'notice', title, lines });
const nowOf = (ctx: CommandContext) => (ctx.now ?? (() => new Date()))();

const NO_CHANNEL = 'Digests and watches belong to a channel: use this command in a Discord or Slack channel, or in the console (npm start).';

/**
 * "subscribe 7:30 Europe/Rome Libya migrants" as Slack and the console type it: the first word is
 * the action; a time of day and a time zone are recognised wherever they stand; the other words
 * are the topic. Discord's typed options take precedence.
 */
export function readDigestArgs(args: DigestArgs): { action: DigestAction; time?: string; zone?: string; topic?: string; quiet: boolean } | { problem: string } {
  const words = args.action.trim().split(/\s+/);
  const action = words.shift()!.toLowerCase() as DigestAction;
  if (!DIGEST_ACTIONS.includes(action)) return { problem: `/digest takes one of: ${DIGEST_ACTIONS.join(', ')}. For example: /digest subscribe 07:30 Europe/Rome` };
  let time = args.time?.trim();
  let zone = args.timezone?.trim();
  const topic: string[] = [];
  for (const w of words) {
    // "25:00" is a wrong time, not a topic: it is refused below with the reason
    if (!time && (parseTime(w) || /^\d{1,2}[:.h]\d{2}$|^\d{1,2}(?:am|pm)$/i.test(w))) time = w;
    else if (!zone && (/^[A-Za-z_]+\/[A-Za-z_/+-]+$/.test(w) || /^(?:UTC|GMT)$/i.test(w))) zone = w;
    else topic.push(w);
  }
  const t = args.topic?.trim() || topic.join(' ').trim();
  return { action, ...(time ? { time } : {}), ...(zone ? { zone } : {}), ...(t ? { topic: t } : {}), quiet: Boolean(args.quiet) };
}

/** "every day at 07:30 (Europe/Rome), next on Sunday 6 December 2026" */
function scheduleLine(s: Pick<Subscription, 'time' | 'timezone'>, now: Date): string {
  const last = latestSlot(now, s.time, s.timezone);
  const next = slotOn(DateTime.fromISO(last.key, { zone: s.timezone }).plus({ days: 1 }), s.time, s.timezone);
  return `every day at ${s.time} (${s.timezone}), next on ${dayLabel(next.key, s.timezone)}`;
}

export function digestCommand(ctx: CommandContext, raw: DigestArgs): Answer {
  const a = readDigestArgs(raw);
  if ('problem' in a) return problem(a.problem);
  const channel = ctx.channel;
  if (!channel) return problem(NO_CHANNEL);
  const store = ctx.store.schedule;
  const now = nowOf(ctx);
  const manager = Boolean(ctx.user?.manager);
  const current = store.subscriptionFor(channel);

  switch (a.action) {
    case 'subscribe': {
      if (!manager) return problem('Only people who manage this channel can subscribe it to digests. Ask one of them, or try /digest preview.');
      const time = parseTime(a.time ?? DEFAULT_TIME);
      if (!time) return problem(`"${a.time}" is not a time of day. Use HH:MM, for example 07:30 or 18:00.`);
      const zoneText = a.zone ?? current?.timezone ?? ctx.timezone ?? systemZone();
      const timezone = parseZone(zoneText);
      if (!timezone) return problem(`"${zoneText}" is not a time zone I know. Use a name such as Europe/Rome, America/New_York or UTC.`);
      if (a.topic && a.topic.length > MAX_TOPIC) return problem(`The topic is too long (the limit is ${MAX_TOPIC} characters).`);
      if (a.topic && !matchTerms(a.topic).length) return problem('The topic needs at least one word or name.');
      const sub = store.subscribe({
        ...channel,
        time,
        timezone,
        topic: a.topic ?? null,
        whenEmpty: a.quiet ? 'skip' : 'say',
        createdBy: ctx.user?.id ?? 'unknown',
        createdAt: now.toISOString(),
        sinceArticle: store.latestArticleId(),
      });
      ctx.schedule?.refresh();
      return notice(current ? 'Digest changed' : 'Digest subscribed', [
        `This channel gets a digest ${scheduleLine(sub, now)}.`,
        sub.topic ? `Topic: ${sub.topic}.` : 'It covers everything new in the index.',
        sub.whenEmpty === 'skip' ? 'When nothing is new, nothing is posted.' : 'When nothing is new, it says so in one line.',
        '/digest preview shows what it would say now; /digest unsubscribe stops it.',
      ]);
    }
    case 'unsubscribe': {
      if (!manager) return problem('Only people who manage this channel can unsubscribe it from digests. Ask one of them.');
      if (!store.unsubscribe(channel)) return problem('This channel has no digest to stop.');
      ctx.schedule?.refresh();
      return notice('Digest stopped', ['This channel gets no more digests. /digest subscribe starts them again.']);
    }
    case 'list': {
      const subs = store.subscriptions({ platform: channel.platform, workspace: channel.workspace });
      if (!subs.length) return notice('Digests', ['No channel in this workspace gets a digest yet. /digest subscribe starts one here.']);
      return notice(
        'Digests in this workspace',
        subs.map((s) => {
          const where = s.channel === channel.channel ? 'this channel' : `channel ${s.channel}`;
          const off = s.disabledAt ? ` — stopped: ${s.disabledReason ?? 'unknown reason'}` : '';
          return `${where}: ${s.time} ${s.timezone}${s.topic ? `, topic "${s.topic}"` : ''}${s.whenEmpty === 'skip' ? ', silent when nothing is new' : ''}${off}`;
        }),
      );
    }
    case 'preview': {
      const zone = current?.timezone ?? ctx.timezone ?? systemZone();
      return buildDigest(ctx.store, {
        ...digestStart(ctx.store, current),
        through: store.latestArticleId(),
        topic: a.topic ?? current?.topic ?? null,
        day: dayLabel(slotKeyAt(now, zone), zone),
        audience: 'caller',
      });
    }
    case 'now':
      return problem('Posting a digest now is done by the running bot.');
  }
}

/** /digest now: posts through the scheduler, so it is recorded and the next digest starts after it. */
export async function digestNow(ctx: CommandContext): Promise<Answer> {
  const channel = ctx.channel;
  if (!channel) return problem(NO_CHANNEL);
  if (!ctx.schedule) return problem('Digests are posted by the running bot (npm start); here, /digest preview shows what one would say.');
  const sub = ctx.store.schedule.subscriptionFor(channel);
  if (!sub) return problem('This channel has no digest yet: /digest subscribe starts one, and /digest preview shows what it would say.');
  const outcome = await ctx.schedule.postNow(sub);
  if (outcome === 'posted') return notice('Digest posted', ['The next scheduled digest covers what is new after this one.']);
  if (outcome === 'gone') return problem('I could not post here: the channel is gone or I lost access to it. The subscription is stopped.');
  return problem('The digest could not be posted; the error has been logged. Try again in a moment.');
}

export function watchCommand(ctx: CommandContext, text: string): Answer {
  const channel = ctx.channel;
  if (!channel) return problem(NO_CHANNEL);
  const query = text.trim().replace(/\s+/g, ' ');
  if (/^list$/i.test(query)) return watchList(ctx, channel);
  if (query.length > MAX_TOPIC) return problem(`That is too long to watch (the limit is ${MAX_TOPIC} characters).`);
  if (!matchTerms(query).length) return problem('Tell me a name or the words of a topic to watch, for example: /watch Almasri');
  const store = ctx.store.schedule;
  if (store.watches(channel).length >= MAX_WATCHES) return problem(`This channel already watches ${MAX_WATCHES} names and topics; /unwatch one first.`);
  const r = resolveActor(ctx.store, query);
  if (r.kind === 'ambiguous') return choiceOf(query, r.actors);
  const actor = r.kind === 'found' ? r.actor : null;
  const { watch, created } = store.watch({
    ...channel,
    query: actor ? actor.name : query,
    actorId: actor?.id ?? null,
    createdBy: ctx.user?.id ?? 'unknown',
    createdAt: nowOf(ctx).toISOString(),
    checkedThrough: store.latestArticleId(),
  });
  const role = actor ? actorRef(actor).role : null;
  const what = actor ? `${actor.name}${role ? ` (${role})` : ''}` : `"${watch.query}"`;
  if (!created) return notice('Already watched', [`This channel already watches ${what}.`]);
  return notice('Watching', [
    `This channel now watches ${what}.`,
    actor
      ? 'When a newly ingested article gives them a new role, a dated event or a quote, an alert is posted here.'
      : 'When a newly ingested article has a new role, a dated event or a quote in a sentence with these words, an alert is posted here.',
    `/unwatch ${watch.query} stops it; /watch list shows this channel's watches.`,
  ]);
}

function watchList(ctx: CommandContext, channel: ChannelAddress): Answer {
  const watches = ctx.store.schedule.watches(channel);
  if (!watches.length) return notice('Watches', ['This channel watches nothing yet. /watch NAME or /watch TOPIC starts one.']);
  return notice(
    'Watched in this channel',
    watches.map((w) => `${w.query}${w.actorId === null ? ' (words)' : ''}`),
  );
}

export function unwatchCommand(ctx: CommandContext, text: string): Answer {
  const channel = ctx.channel;
  if (!channel) return problem(NO_CHANNEL);
  const query = text.trim().replace(/\s+/g, ' ');
  const store = ctx.store.schedule;
  if (store.unwatch(channel, query)) return notice('Stopped watching', [`No more alerts here for "${query}".`]);
  // the name as the user types it may not be the watch's stored spelling: resolve it
  const r = resolveActor(ctx.store, query);
  if (r.kind === 'found') {
    const w = store.watches(channel).find((x) => x.actorId === r.actor.id);
    if (w && store.unwatch(channel, w.query)) return notice('Stopped watching', [`No more alerts here for ${w.query}.`]);
  }
  const list = store.watches(channel).map((w) => w.query);
  return problem(list.length ? `This channel does not watch "${query}". It watches: ${list.join(', ')}.` : 'This channel watches nothing.');
}
