// Digests and watches with a controlled clock: which posts are made, to which channel, for which
// slot — on time in two time zones across daylight-saving changes, after a restart or downtime,
// from two schedulers on one database, on a failing platform and a deleted channel.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../commands/index.ts';
import type { Answer, Digest } from '../src/briefing/answers.ts';
import { isPrivate } from '../src/briefing/answers.ts';
import type { CommandContext } from '../src/command.ts';
import { answerLine } from '../src/dispatch.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { ChannelGone, createScheduler, type Poster, type Scheduler, type SchedulerOptions } from '../src/schedule/scheduler.ts';
import { latestSlot, parseTime, parseZone } from '../src/schedule/slots.ts';
import { openStore, type ChannelAddress, type Store } from '../src/store/index.ts';
import { writeStory, type StoryOptions } from './support/stories.ts';

let dir: string;
let db: string;
const open: Store[] = [];
const schedulers: Scheduler[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-schedule-'));
  db = join(dir, 'index.db');
});
afterEach(async () => {
  vi.useRealTimers();
  for (const s of schedulers.splice(0)) await s.stop();
  for (const s of open.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

function store(): Store {
  const s = openStore(db);
  open.push(s);
  return s;
}

/** A short wire story (tests/support/stories.ts) ingested into the index; returns its title. */
async function ingestStory(s: Store, o: StoryOptions = {}): Promise<string> {
  const { file, title } = writeStory(dir, '2026-12-03', o);
  const summary = await ingestPaths(s, [file]);
  expect(summary.failed).toBe(0);
  return title;
}

interface Post {
  to: ChannelAddress;
  answer: Answer;
  at: Date;
}

/** A platform that records what it is asked to post; `fail` decides, per attempt, whether it throws. */
function recorder(clock: () => Date, fail: (attempt: number, to: ChannelAddress) => Error | null = () => null): Poster & { posts: Post[]; attempts: number } {
  const r = {
    posts: [] as Post[],
    attempts: 0,
    async post(to: ChannelAddress, answer: Answer) {
      r.attempts++;
      const err = fail(r.attempts, to);
      if (err) throw err;
      r.posts.push({ to, answer, at: clock() });
      return `m${r.posts.length}`;
    },
  };
  return r;
}

class Clock {
  constructor(public t: Date) {}
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = new Date(iso);
  }
}

function scheduler(s: Store, poster: Poster, clock: Clock, extra: Partial<SchedulerOptions> = {}): Scheduler {
  const sch = createScheduler({ store: s, poster, platforms: ['discord', 'slack'], now: clock.now, sleep: async () => {}, ...extra });
  schedulers.push(sch);
  return sch;
}

const channel = (id: string, platform: 'discord' | 'slack' = 'slack'): ChannelAddress => ({ platform, workspace: 'T1', channel: id });

function subscribe(s: Store, c: ChannelAddress, time: string, timezone: string, createdAt: string, extra: { topic?: string; whenEmpty?: 'say' | 'skip' } = {}) {
  return s.schedule.subscribe({
    ...c,
    time,
    timezone,
    topic: extra.topic ?? null,
    whenEmpty: extra.whenEmpty ?? 'say',
    createdBy: 'U1',
    createdAt,
    sinceArticle: s.schedule.latestArticleId(),
  });
}

const digests = (posts: Post[]) => posts.filter((p) => p.answer.kind === 'digest').map((p) => ({ ...p, digest: p.answer as Digest }));

describe('slots', () => {
  it('reads times and zones as people type them, and refuses the rest', () => {
    expect(['08:00', '8:00', '8', '7:30am', '7pm', '12am', '23.15'].map(parseTime)).toEqual(['08:00', '08:00', '08:00', '07:30', '19:00', '00:00', '23:15']);
    expect(['25:00', '8:61', '13pm', 'noonish'].map(parseTime)).toEqual([null, null, null, null]);
    expect(parseZone('europe/rome')).toBe('Europe/Rome');
    expect(parseZone('Europe/Rom')).toBeNull();
  });

  it('takes a time lost to a daylight-saving gap at the first minute after it, once', () => {
    // Europe/Rome springs forward at 02:00 on 29 March 2026: 02:30 does not exist that night
    const s = latestSlot(new Date('2026-03-29T12:00:00Z'), '02:30', 'Europe/Rome');
    expect(s.key).toBe('2026-03-29');
    expect(s.at.toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
  });
});

describe('scheduled digests', () => {
  it('posts on time in two time zones, across both daylight-saving changes, one digest a day', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-03-27T00:00:00Z'));
    const rome = subscribe(s, channel('C-ROME'), '02:30', 'Europe/Rome', '2026-03-27T00:00:00Z');
    const ny = subscribe(s, channel('C-NY'), '01:30', 'America/New_York', '2026-03-27T00:00:00Z');
    const poster = recorder(clock.now);
    const sch = scheduler(s, poster, clock);
    // sweep every 10 minutes from 27 March to 3 April (spring: Rome 29 March) and again
    // from 23 October to 3 November (autumn: Rome 25 October, New York 1 November, when 01:30 happens twice)
    const run = async (from: string, to: string) => {
      for (let t = Date.parse(from); t <= Date.parse(to); t += 10 * 60_000) {
        clock.t = new Date(t);
        await sch.sweep();
      }
    };
    await run('2026-03-27T00:00:00Z', '2026-04-03T00:00:00Z');
    await run('2026-10-23T00:00:00Z', '2026-11-03T12:00:00Z');
    const days = (id: string) => digests(poster.posts).filter((p) => p.to.channel === id);
    const romeDays = days('C-ROME').map((p) => p.at.toISOString().slice(0, 10));
    // 27 March .. 2 April, then 23 October .. 3 November: every day exactly once
    expect(romeDays).toEqual([...daysBetween('2026-03-27', '2026-04-02'), ...daysBetween('2026-10-23', '2026-11-03')]);
    // on the night Rome skips 02:00-03:00 the digest goes out at 03:30 local (01:30 UTC) — within a sweep's 10 minutes
    const spring = days('C-ROME').find((p) => p.at.toISOString().startsWith('2026-03-29'))!;
    expect(spring.at.getTime() - Date.parse('2026-03-29T01:30:00Z')).toBeLessThan(10 * 60_000);
    // New York: 1 November's 01:30 happens twice and is posted once; 22 October was missed while
    // the sweeps were not running (more than the catch-up window before 23 October 00:00 UTC)
    expect(days('C-NY')).toHaveLength(7 + 12);
    const posted = (id: number) => s.schedule.deliveries('digest', id).filter((d) => d.status === 'posted').map((d) => d.slot);
    expect(s.schedule.deliveries('digest', ny.id).filter((d) => d.status === 'skipped').map((d) => d.slot)).toEqual(['2026-10-22']);
    expect(posted(ny.id)).toEqual([
      ...daysBetween('2026-03-27', '2026-04-02'),
      ...daysBetween('2026-10-23', '2026-11-03'),
    ]);
    expect(posted(rome.id)).toEqual(romeDays);
  });

  it('posts what was ingested since the last digest, cited, and says "nothing new" the next day', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    subscribe(s, channel('C1'), '08:00', 'UTC', clock.now().toISOString());
    const story = await ingestStory(s);
    const poster = recorder(clock.now);
    const sch = scheduler(s, poster, clock);
    clock.set('2026-12-04T07:59:00Z');
    await sch.sweep();
    expect(poster.posts).toHaveLength(0);
    clock.set('2026-12-04T08:00:30Z');
    await sch.sweep();
    await sch.sweep();
    const [first] = digests(poster.posts);
    expect(poster.posts).toHaveLength(1);
    expect(first!.digest.articles.map((a) => a.title)).toEqual([story]);
    expect(first!.digest.actors.map((a) => a.actor.name)).toContain('Marieke Janssen');
    expect(first!.digest.events.length).toBeGreaterThan(0);
    expect(first!.digest.citations.length).toBeGreaterThan(0);
    expect(first!.digest.since).toBeNull();
    clock.set('2026-12-05T08:00:30Z');
    await sch.sweep();
    const second = digests(poster.posts)[1]!;
    expect(second.digest.articles).toEqual([]);
    expect(second.digest.since).toBe('2026-12-04T08:00:30.000Z');
  });

  it('posts nothing on a quiet morning for a subscription that asked for silence', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    const sub = subscribe(s, channel('C1'), '08:00', 'UTC', clock.now().toISOString(), { whenEmpty: 'skip' });
    const poster = recorder(clock.now);
    const sch = scheduler(s, poster, clock);
    clock.set('2026-12-04T08:01:00Z');
    await sch.sweep();
    expect(poster.posts).toHaveLength(0);
    expect(s.schedule.delivery('digest', sub.id, '2026-12-04')?.status).toBe('empty');
  });

  it('narrows a digest to its topic', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    subscribe(s, channel('C1'), '08:00', 'UTC', clock.now().toISOString(), { topic: 'ferry' });
    const ferry = await ingestStory(s, { name: 'Pieter de Vries', topic: 'ferry' });
    await ingestStory(s, { name: 'Anouk Bakker', topic: 'container' });
    const poster = recorder(clock.now);
    const sch = scheduler(s, poster, clock);
    clock.set('2026-12-04T08:00:10Z');
    await sch.sweep();
    const [d] = digests(poster.posts);
    expect(d!.digest.articles.map((a) => a.title)).toEqual([ferry]);
    expect(ferry).toMatch(/ferry news$/);
    expect(JSON.stringify(d!.digest)).not.toContain('Anouk Bakker');
  });

  it('after a restart mid-slot, takes over a claim its dead predecessor never finished, once the lease is over', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    const sub = subscribe(s, channel('C1'), '08:00', 'UTC', clock.now().toISOString());
    // the previous process claimed 08:00 and died before posting
    expect(s.schedule.claim({ kind: 'digest', targetId: sub.id, slot: '2026-12-04', by: 'dead:1', at: '2026-12-04T08:00:00.000Z', staleBefore: '1970-01-01T00:00:00Z' })).toBe(true);
    const poster = recorder(clock.now);
    const sch = scheduler(s, poster, clock, { leaseMs: 10 * 60_000, owner: 'new:2' });
    clock.set('2026-12-04T08:05:00Z');
    await sch.runDigest(sub, '2026-12-04');
    expect(poster.posts).toHaveLength(0); // the claim may still be posting
    clock.set('2026-12-04T08:11:00Z');
    expect(await sch.runDigest(sub, '2026-12-04')).toBe('posted');
    await sch.runDigest(sub, '2026-12-04');
    expect(poster.posts).toHaveLength(1);
    expect(s.schedule.delivery('digest', sub.id, '2026-12-04')).toMatchObject({ status: 'posted', claimedBy: 'new:2', messageId: 'm1' });
  });

  it('after downtime, posts one catch-up digest inside the window and skips (and records) a slot outside it', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-01T00:00:00Z'));
    const early = subscribe(s, channel('C-EARLY'), '02:00', 'UTC', clock.now().toISOString());
    const late = subscribe(s, channel('C-LATE'), '09:00', 'UTC', clock.now().toISOString());
    await ingestStory(s);
    const poster = recorder(clock.now);
    // down from 1 December 00:00 to 4 December 10:30: the 02:00 slot is 8.5 hours old, 09:00 is 1.5
    clock.set('2026-12-04T10:30:00Z');
    const sch = scheduler(s, poster, clock, { catchUpMs: 6 * 3_600_000 });
    await sch.start();
    await sch.sweep();
    expect(poster.posts.map((p) => p.to.channel)).toEqual(['C-LATE']);
    expect(s.schedule.deliveries('digest', late.id).map((d) => [d.slot, d.status])).toEqual([['2026-12-04', 'posted']]);
    expect(s.schedule.deliveries('digest', early.id).map((d) => [d.slot, d.status])).toEqual([['2026-12-04', 'skipped']]);
    expect(s.schedule.delivery('digest', early.id, '2026-12-04')!.error).toMatch(/missed by 510 minutes/);
    // the skipped day's news is not lost: the next digest starts after the last one posted
    clock.set('2026-12-05T02:00:10Z');
    await sch.sweep();
    const next = digests(poster.posts).find((p) => p.to.channel === 'C-EARLY')!;
    expect(next.digest.articles).toHaveLength(1);
  });

  it('two schedulers on one database never both post a slot', async () => {
    const a = store();
    const b = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    for (let i = 0; i < 20; i++) subscribe(a, channel(`C${i}`), '08:00', 'UTC', clock.now().toISOString());
    const posts: Post[] = [];
    const shared: Poster = {
      async post(to, answer) {
        posts.push({ to, answer, at: clock.now() });
        await new Promise((r) => setImmediate(r));
        return `m${posts.length}`;
      },
    };
    const one = scheduler(a, shared, clock, { owner: 'one' });
    const two = scheduler(b, shared, clock, { owner: 'two' });
    clock.set('2026-12-04T08:00:05Z');
    await Promise.all([one.sweep(), two.sweep(), one.sweep(), two.sweep()]);
    clock.set('2026-12-04T08:01:05Z');
    await Promise.all([two.sweep(), one.sweep()]);
    expect(posts.map((p) => p.to.channel).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `C${i}`).sort());
  });

  it('retries a failing platform with backoff, then records the failure, and the next digest still has the news', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    const sub = subscribe(s, channel('C1'), '08:00', 'UTC', clock.now().toISOString());
    await ingestStory(s);
    const waits: number[] = [];
    let down = true;
    const poster = recorder(clock.now, () => (down ? new Error('503 Service Unavailable') : null));
    const sch = scheduler(s, poster, clock, { attempts: 4, backoffMs: 1000, sleep: async (ms) => void waits.push(ms) });
    clock.set('2026-12-04T08:00:05Z');
    expect(await sch.runDigest(sub, '2026-12-04')).toBe('failed');
    expect(poster.attempts).toBe(4);
    expect(waits).toEqual([1000, 4000, 16000]);
    expect(s.schedule.delivery('digest', sub.id, '2026-12-04')).toMatchObject({ status: 'failed', attempts: 4, error: '503 Service Unavailable' });
    await sch.sweep(); // a failed slot is not posted twice later in the day
    expect(poster.posts).toHaveLength(0);
    down = false;
    clock.set('2026-12-05T08:00:05Z');
    await sch.sweep();
    expect(digests(poster.posts)[0]!.digest.articles).toHaveLength(1);
  });

  it('a platform that fails twice and then works posts exactly once', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    const sub = subscribe(s, channel('C1'), '08:00', 'UTC', clock.now().toISOString());
    const poster = recorder(clock.now, (n) => (n <= 2 ? new Error('timeout') : null));
    const sch = scheduler(s, poster, clock);
    clock.set('2026-12-04T08:00:05Z');
    await sch.sweep();
    expect(poster.posts).toHaveLength(1);
    expect(s.schedule.delivery('digest', sub.id, '2026-12-04')).toMatchObject({ status: 'posted', attempts: 3 });
  });

  it('disables the subscription of a deleted channel instead of failing every morning', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    const sub = subscribe(s, channel('C-GONE'), '08:00', 'UTC', clock.now().toISOString());
    subscribe(s, channel('C-OK'), '08:00', 'UTC', clock.now().toISOString());
    const poster = recorder(clock.now, (_n, to) => (to.channel === 'C-GONE' ? new ChannelGone('Slack: channel_not_found') : null));
    const sch = scheduler(s, poster, clock);
    clock.set('2026-12-04T08:00:05Z');
    await sch.sweep();
    expect(poster.attempts).toBe(2); // one try for the gone channel: retrying cannot help
    expect(s.schedule.subscription(sub.id)).toMatchObject({ disabledReason: 'Slack: channel_not_found' });
    clock.set('2026-12-05T08:00:05Z');
    await sch.sweep();
    expect(poster.posts.map((p) => p.to.channel)).toEqual(['C-OK', 'C-OK']);
    expect(poster.attempts).toBe(3);
  });

  it("leaves other platforms' subscriptions to the processes that serve them", async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    subscribe(s, channel('D1', 'discord'), '08:00', 'UTC', clock.now().toISOString());
    subscribe(s, channel('S1', 'slack'), '08:00', 'UTC', clock.now().toISOString());
    const poster = recorder(clock.now);
    const sch = scheduler(s, poster, clock, { platforms: ['slack'] });
    clock.set('2026-12-04T08:00:05Z');
    await sch.sweep();
    expect(poster.posts.map((p) => p.to.channel)).toEqual(['S1']);
  });

  it('fires through node-cron at the subscription time in its zone (fake timers, no sweep needed)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-12-04T06:58:00Z'));
    const s = store();
    const sub = subscribe(s, channel('C1'), '08:00', 'Europe/Rome', new Date().toISOString()); // 07:00 UTC
    const posts: Date[] = [];
    const sch = createScheduler({
      store: s,
      platforms: ['slack'],
      // the minute sweep is a safety net; here only the subscription's own task may post
      watchEvery: '0 0 1 1 *',
      poster: { post: async () => (posts.push(new Date()), 'm') },
    });
    schedulers.push(sch);
    await sch.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(61_000);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.getTime() - Date.parse('2026-12-04T07:00:00Z')).toBeLessThan(2_000);
    expect(s.schedule.delivery('digest', sub.id, '2026-12-04')?.status).toBe('posted');
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(posts).toHaveLength(1);
  });
});

describe('watches', () => {
  it('alerts once per article and watch, not for facts already known, not after /unwatch', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    await ingestStory(s, { name: 'Marieke Janssen', role: 'chief executive' });
    const ctx = context(s, channel('C1', 'discord'), clock);
    expect((await answerLine('/watch Janssen', ctx)).kind).toBe('notice');
    expect((await answerLine('/watch harbour terminal', ctx)).kind).toBe('notice');
    const other = context(s, channel('C2', 'discord'), clock);
    await answerLine('/watch Pieter de Vries', other);
    const poster = recorder(clock.now);
    const sch = scheduler(s, poster, clock);
    await sch.checkWatches();
    expect(poster.posts).toHaveLength(0); // nothing new since the watches were made

    // the same role again, a new dated event: the alert has the event, not the known role
    await ingestStory(s, { name: 'Marieke Janssen', role: 'chief executive', day: '2026-12-04' });
    await sch.checkWatches();
    await sch.checkWatches();
    const alerts = poster.posts.filter((p) => p.answer.kind === 'alert');
    expect(alerts.map((p) => [p.to.channel, (p.answer as { watch: string }).watch]).sort()).toEqual([
      ['C1', 'Marieke Janssen'],
      ['C1', 'harbour terminal'],
    ]);
    const person = alerts.find((p) => (p.answer as { watch: string }).watch === 'Marieke Janssen')!.answer;
    if (person.kind !== 'alert') throw new Error('not an alert');
    expect(person.items).toHaveLength(1);
    expect(person.items[0]!.facts.some((f) => f.kind === 'role')).toBe(false);
    expect(person.items[0]!.facts.some((f) => f.kind === 'event' || f.kind === 'quote')).toBe(true);

    // a new role is news
    await ingestStory(s, { name: 'Marieke Janssen', role: 'chair of the board', day: '2026-12-05' });
    await sch.checkWatches();
    const third = poster.posts.slice(2).find((p) => (p.answer as { watch: string }).watch === 'Marieke Janssen')!.answer;
    if (third.kind !== 'alert') throw new Error('not an alert');
    expect(third.items[0]!.facts.filter((f) => f.kind === 'role').map((f) => (f.kind === 'role' ? f.title : ''))).toEqual(['chair of the board of the port authority']);

    expect((await answerLine('/unwatch janssen', ctx)).kind).toBe('notice');
    expect((await answerLine('/unwatch harbour terminal', ctx)).kind).toBe('notice');
    const before = poster.posts.length;
    await ingestStory(s, { name: 'Marieke Janssen', day: '2026-12-06' });
    await sch.checkWatches();
    expect(poster.posts.length).toBe(before);
  });

  it('batches many new articles into one alert per watch', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    await ingestStory(s);
    await answerLine('/watch Janssen', context(s, channel('C1'), clock));
    for (let i = 0; i < 3; i++) await ingestStory(s, { day: `2026-12-0${5 + i}` });
    const poster = recorder(clock.now);
    const sch = scheduler(s, poster, clock);
    await sch.checkWatches();
    expect(poster.posts).toHaveLength(1);
    const a = poster.posts[0]!.answer;
    expect(a.kind === 'alert' && a.items.length).toBe(3);
  });
});

function context(s: Store, c: ChannelAddress, clock: Clock, manager = true): CommandContext {
  return { store: s, commands, channel: c, user: { id: 'U1', manager }, now: clock.now, timezone: 'Europe/Rome' };
}

describe('/digest', () => {
  it('subscribes for channel managers only, with clear refusals for wrong times and zones', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    const c = channel('C1');
    const refused = await answerLine('/digest subscribe 07:30', context(s, c, clock, false));
    expect(refused).toMatchObject({ kind: 'problem' });
    expect(s.schedule.subscriptionFor(c)).toBeNull();
    expect(await answerLine('/digest subscribe 25:00', context(s, c, clock))).toMatchObject({ kind: 'problem', message: expect.stringContaining('not a time of day') });
    expect(await answerLine('/digest subscribe 7:00 Mars/Olympus', context(s, c, clock))).toMatchObject({ kind: 'problem', message: expect.stringContaining('not a time zone') });
    expect(s.schedule.subscriptionFor(c)).toBeNull();
    const ok = await answerLine('/digest subscribe 7:30 Libya migrants', context(s, c, clock));
    expect(ok.kind).toBe('notice');
    // no zone typed: the asker's (here Europe/Rome)
    expect(s.schedule.subscriptionFor(c)).toMatchObject({ time: '07:30', timezone: 'Europe/Rome', topic: 'Libya migrants', whenEmpty: 'say' });
    await answerLine('/digest subscribe time:08:15 timezone:America/Chicago quiet:true', context(s, c, clock));
    expect(s.schedule.subscriptionFor(c)).toMatchObject({ time: '08:15', timezone: 'America/Chicago', topic: null, whenEmpty: 'skip' });
    const list = await answerLine('/digest list', context(s, c, clock, false));
    expect(list.kind === 'notice' && list.lines.join('\n')).toContain('08:15 America/Chicago');
    expect((await answerLine('/digest unsubscribe', context(s, c, clock, false))).kind).toBe('problem');
    expect((await answerLine('/digest unsubscribe', context(s, c, clock))).kind).toBe('notice');
    expect(s.schedule.subscriptionFor(c)).toBeNull();
  });

  it('previews privately, for anyone, without recording a digest', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    const c = channel('C1');
    const sub = subscribe(s, c, '08:00', 'UTC', clock.now().toISOString());
    await ingestStory(s);
    const preview = await answerLine('/digest preview', context(s, c, clock, false));
    expect(preview.kind).toBe('digest');
    expect(isPrivate(preview)).toBe(true);
    expect(preview.kind === 'digest' && preview.articles).toHaveLength(1);
    expect(s.schedule.deliveries('digest', sub.id)).toEqual([]);
  });

  it('/digest now posts through the scheduler, and the next scheduled digest starts after it', async () => {
    const s = store();
    const clock = new Clock(new Date('2026-12-04T06:00:00Z'));
    const c = channel('C1');
    subscribe(s, c, '08:00', 'UTC', clock.now().toISOString());
    await ingestStory(s);
    const poster = recorder(clock.now);
    const sch = scheduler(s, poster, clock);
    expect((await answerLine('/digest now', { ...context(s, c, clock, false), schedule: sch })).kind).toBe('notice');
    expect(digests(poster.posts)[0]!.digest.articles).toHaveLength(1);
    clock.set('2026-12-04T08:00:05Z');
    await sch.sweep();
    expect(digests(poster.posts)[1]!.digest.articles).toHaveLength(0);
    // without a running bot it says so
    expect((await answerLine('/digest now', context(s, c, clock))).kind).toBe('problem');
  });
});

function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
