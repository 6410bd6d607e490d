// /fix in chat: a correction typed the way an editor says it. Names go through the same resolver
// as /who (a misspelling, or a name two people share, gets the usual suggestions or choices and
// changes nothing); events and quotes are named by the ids answers show (e12, q7).
import type { Answer } from '../briefing/answers.ts';
import { splitNames } from '../briefing/link.ts';
import { pickActor } from '../briefing/subject.ts';
import type { CommandContext } from '../command.ts';
import type { Actor } from '../domain.ts';
import { CorrectionError, correct, describe, listCorrections, undo, type CorrectionRequest } from './index.ts';

export const FIX_ACTIONS = ['merge', 'split', 'rename', 'alias', 'unalias', 'role', 'unrole', 'hide', 'date', 'place', 'undo', 'list'] as const;
export type FixAction = (typeof FIX_ACTIONS)[number];

export interface FixArgs {
  action: string;
  name?: string | undefined;
  value?: string | undefined;
  reason?: string | undefined;
}

const EXAMPLES: Record<FixAction, string> = {
  merge: '/fix merge Najeem Almasri, Osama Almasri reason:"same man, ICC warrant"',
  split: '/fix split Khalifa Haftar, Saddam Haftar reason:"his son"',
  rename: '/fix rename Osama Almasri, Osama Njeem reason:"spelling the ICC uses"',
  alias: '/fix alias Najeem Almasri, Osama Njeem reason:"ICC spelling"',
  unalias: '/fix unalias Najeem Almasri, Almasri reason:"two people go by it"',
  role: '/fix role Matteo Piantedosi, Prefect of Rome, 2018, 2022 reason:"official CV"',
  unrole: '/fix unrole Najeem Almasri, head of the Judicial Police reason:"out of date"',
  hide: '/fix hide e12 reason:"no such arrest"  ·  /fix hide q7  ·  /fix hide Prime Minister',
  date: '/fix date e12 2025-01-22 reason:"the court record"',
  place: '/fix place e12 Ciampino reason:"airport, not the city"',
  undo: '/fix undo 3 reason:"wrong merge"',
  list: '/fix list',
};

const problem = (message: string): Answer => ({ kind: 'problem', message });

/** The words after the action: parts separated by commas, "|" or a line break. */
function parts(text: string): string[] {
  return text
    .split(/\s*[,|\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "… because they are one man": the reason may be typed at the end of the line. */
function splitReason(text: string): { text: string; reason?: string } {
  const m = /^(.*?)\s+(?:because|reason:)\s+(.+)$/is.exec(text);
  return m ? { text: m[1]!.trim(), reason: m[2]!.trim() } : { text };
}

type Picked = { actor: Actor } | { answer: Answer };

function actorNamed(ctx: CommandContext, name: string): Picked {
  return pickActor(ctx.store, name);
}

function factId(text: string, prefix: 'e' | 'q'): number | null {
  const m = new RegExp(`^#?${prefix}(\\d{1,12})$`, 'i').exec(text.trim());
  return m ? Number(m[1]) : null;
}

function who(ctx: CommandContext): string {
  const u = ctx.user;
  const where = ctx.channel?.platform ?? 'console';
  if (!u) return `${where}:unknown`;
  return u.name ? `${u.name} (${where}:${u.id})` : `${where}:${u.id}`;
}

/** A correction request from what was typed, or the answer explaining what is missing. */
function request(ctx: CommandContext, action: Exclude<FixAction, 'undo' | 'list'>, typed: string[]): CorrectionRequest | { answer: Answer } {
  const need = (n: number, what: string) => (typed.length < n ? { answer: problem(`/fix ${action} needs ${what}. Example: ${EXAMPLES[action]}`) } : null);
  const one = (): Picked => actorNamed(ctx, typed[0]!);

  switch (action) {
    case 'merge': {
      if (typed.length > 2) return { answer: problem(`/fix merge takes two names at a time (the one to keep first); merge a third one after. Example: ${EXAMPLES.merge}`) };
      const into = / into /i.exec(typed[0] ?? '');
      // "Osama Almasri into Najeem Almasri" keeps the second; without a comma, /link's split of two names
      const names: [string, string] | null =
        typed.length === 2 ? [typed[0]!, typed[1]!]
        : into ? [typed[0]!.slice(into.index + into[0].length), typed[0]!.slice(0, into.index)]
        : typed.length === 1 ? splitNames(ctx.store, typed[0]!)
        : null;
      if (!names) return { answer: problem(`Which two actors? Separate the names with a comma, the one to keep first. Example: ${EXAMPLES.merge}`) };
      const keep = actorNamed(ctx, names[0]);
      if (!('actor' in keep)) return keep;
      const other = actorNamed(ctx, names[1]);
      if (!('actor' in other)) return other;
      return { kind: 'merge', into: keep.actor.id, from: other.actor.id };
    }
    case 'split':
    case 'rename':
    case 'alias':
    case 'unalias':
    case 'unrole': {
      const missing = need(2, action === 'unrole' ? 'a name and the role, separated by a comma' : 'a name and the other name, separated by a comma');
      if (missing) return missing;
      const a = one();
      if (!('actor' in a)) return a;
      const value = typed.slice(1).join(', ');
      if (action === 'split') return { kind: 'split', actor: a.actor.id, name: value };
      if (action === 'rename') return { kind: 'rename', actor: a.actor.id, name: value };
      if (action === 'alias') return { kind: 'alias-add', actor: a.actor.id, alias: value };
      if (action === 'unalias') return { kind: 'alias-remove', actor: a.actor.id, alias: value };
      return { kind: 'role-remove', actor: a.actor.id, title: value };
    }
    case 'role': {
      const missing = need(2, 'a name and the role, then optionally since and until (YYYY, YYYY-MM or YYYY-MM-DD)');
      if (missing) return missing;
      const a = one();
      if (!('actor' in a)) return a;
      // dates come last: a title may itself hold a comma ("minister of state, finance")
      const rest = typed.slice(1);
      const dates: string[] = [];
      while (rest.length > 1 && dates.length < 2 && /^\d{4}(?:-\d{1,2}){0,2}$/.test(rest[rest.length - 1]!)) dates.unshift(rest.pop()!);
      const [title, since, until] = [rest.join(', '), dates[0] ?? null, dates[1] ?? null];
      const known = a.actor.roles.some((r) => r.title.toLowerCase() === title.toLowerCase());
      return known && (since || until) ? { kind: 'role-date', actor: a.actor.id, title, since, until } : { kind: 'role-add', actor: a.actor.id, title, since, until };
    }
    case 'hide': {
      const missing = need(1, 'an event (e12), a quote (q7) or a name');
      if (missing) return missing;
      const target = typed.join(', ');
      const e = factId(target, 'e');
      if (e !== null) return { kind: 'hide-event', event: e };
      const q = factId(target, 'q');
      if (q !== null) return { kind: 'hide-quote', quote: q };
      const a = actorNamed(ctx, target);
      if (!('actor' in a)) return a;
      return { kind: 'hide-actor', actor: a.actor.id };
    }
    case 'date':
    case 'place': {
      const [first, ...rest] = (typed[0] ?? '').split(/\s+/);
      const id = first ? factId(first, 'e') : null;
      const value = [rest.join(' '), ...typed.slice(1)].filter(Boolean).join(', ');
      if (id === null || !value) return { answer: problem(`/fix ${action} needs an event id as answers show it (e12) and the ${action === 'date' ? 'date' : 'place'}. Example: ${EXAMPLES[action]}`) };
      return action === 'date' ? { kind: 'event-date', event: id, date: value } : { kind: 'event-place', event: id, place: value };
    }
  }
}

export async function fixCommand(ctx: CommandContext, args: FixArgs): Promise<Answer> {
  const [word = '', ...restWords] = args.action.trim().split(/\s+/);
  const action = word.toLowerCase() as FixAction;
  if (!FIX_ACTIONS.includes(action)) return problem(`/fix takes one of: ${FIX_ACTIONS.join(', ')}. For example: ${EXAMPLES.merge}`);

  const free = splitReason([restWords.join(' '), args.name, args.value].filter((s) => s?.trim()).join(', '));
  const reason = args.reason?.trim() || free.reason;

  if (action === 'list') {
    const list = listCorrections(ctx.store).slice(0, 15);
    if (!list.length) return { kind: 'notice', title: 'Corrections', lines: ['No corrections yet. Editors make them with /fix, or on the web page (npx briefbot web).'] };
    return {
      kind: 'notice',
      title: 'Corrections, newest first',
      lines: list.map((c) => `${c.id}. ${describe(c.data)} — ${c.by}, ${c.at.slice(0, 10)}: “${c.reason}”${c.undoneAt ? ` (undone by ${c.undoneBy}, ${c.undoneAt.slice(0, 10)}${c.undoReason ? `: “${c.undoReason}”` : ''})` : ''}`),
    };
  }
  if (!ctx.user?.manager) return problem('Only people who manage this channel can correct the index. Ask one of them, or see the corrections with /fix list.');
  if (!reason) return problem(`Say why, for the correction log: add reason:"…" (or "because …"). Example: ${EXAMPLES[action]}`);

  try {
    if (action === 'undo') {
      const id = Number(/^\s*#?(\d{1,12})\s*$/.exec(free.text)?.[1] ?? NaN);
      if (!Number.isInteger(id)) return problem(`Which correction? Give its number from /fix list. Example: ${EXAMPLES.undo}`);
      const done = await undo(ctx.store, id, who(ctx), ctx.now?.() ?? new Date(), reason);
      return { kind: 'notice', title: 'Correction undone', lines: [done.said, `Correction ${id}, undone by ${who(ctx)}: “${reason}”.`] };
    }
    const r = request(ctx, action, parts(free.text));
    if ('answer' in r) return r.answer;
    const done = correct(ctx.store, r, who(ctx), reason, ctx.now?.() ?? new Date());
    return {
      kind: 'notice',
      title: `Correction ${done.correction.id} made`,
      lines: [done.said, `Why: “${done.correction.reason}”. It holds when articles are ingested again; undo it with /fix undo ${done.correction.id}.`],
    };
  } catch (err) {
    if (err instanceof CorrectionError) return problem(err.message);
    throw err;
  }
}
