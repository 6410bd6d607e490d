// A slash command as data: its name, description, typed options and a `run` that returns an
// answer. Discord registration, the Slack manifest, the console and /help are all derived from
// these definitions; handlers never see a platform payload.
import type { Answer } from './briefing/answers.ts';
import type { Intake } from './feeds/manage.ts';
import type { Scheduler } from './schedule/scheduler.ts';
import type { ChannelAddress, Store } from './store/index.ts';

export type OptionType = 'string' | 'integer' | 'boolean';

export interface OptionDef {
  readonly name: string;
  readonly description: string;
  readonly type: OptionType;
  readonly required?: boolean;
  /** Completion source for this option: actor names. */
  readonly autocomplete?: 'actor';
  /** The values a string option takes (Discord offers them as a list; typed lines are checked by the command). */
  readonly choices?: readonly string[];
}

type ValueOf<T extends OptionType> = T extends 'string' ? string : T extends 'integer' ? number : boolean;

/** The typed arguments a command's `run` receives, derived from its option list. */
export type ArgumentsOf<O extends readonly OptionDef[]> = {
  [K in O[number] as K['name']]: K['required'] extends true ? ValueOf<K['type']> : ValueOf<K['type']> | undefined;
};

/** Who may run a command: everyone, or those who manage the channel (ingest, digests). */
export type Access = 'everyone' | 'managers';

/** What a handler knows about the request: the index, and who asked where. */
export interface CommandContext {
  store: Store;
  /** The registry, for commands such as /help that describe the others. */
  commands: readonly AnyCommand[];
  /** `manager`: may run commands for channel managers (the platform decided: permissions, admin, configuration). */
  user?: { id: string; name?: string; manager?: boolean };
  /** Clock for "now", injectable for tests. */
  now?: () => Date;
  /** Where the command was typed: digests and watches belong to a channel. */
  channel?: ChannelAddress;
  /** The asker's or workspace's time zone, when the platform knows it (Slack's user profile). */
  timezone?: string;
  /** The running scheduler, in the process that posts digests (commands that write run there). */
  schedule?: Scheduler;
  /** Fetch limits and the feed poller, for /ingest and /feeds. */
  intake?: Intake;
}

export interface CommandDef<O extends readonly OptionDef[] = readonly OptionDef[]> {
  readonly name: string;
  readonly description: string;
  readonly options: O;
  readonly access?: Access;
  /**
   * The command changes the index. Commands that only read may be answered by a query worker on
   * a read-only connection; these run where the index is written.
   */
  readonly writes?: boolean;
  /** One or two example invocations for help text and the README. */
  readonly examples?: readonly string[];
  run(ctx: CommandContext, args: ArgumentsOf<O>): Answer | Promise<Answer>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDef<readonly OptionDef[]> & { run(ctx: CommandContext, args: any): Answer | Promise<Answer> };

/** Declare a command; `as const` on the options gives `run` its typed arguments. */
export function defineCommand<const O extends readonly OptionDef[]>(def: CommandDef<O>): CommandDef<O> {
  return def;
}

// Platform rules, checked when the registry is built and in tests: Discord allows lower-case
// names of 1-32 characters and descriptions of 1-100; Slack's slash commands are similar.
const NAME_RE = /^[a-z][a-z0-9_-]{0,31}$/;

export function checkCommand(def: AnyCommand): string[] {
  const problems: string[] = [];
  if (!NAME_RE.test(def.name)) problems.push(`command name "${def.name}" must be 1-32 lower-case letters, digits, - or _`);
  if (def.description.length < 1 || def.description.length > 100) problems.push(`/${def.name}: description must be 1-100 characters`);
  if (def.options.length > 25) problems.push(`/${def.name}: at most 25 options`);
  let optionalSeen = false;
  for (const o of def.options) {
    if (!NAME_RE.test(o.name)) problems.push(`/${def.name}: option name "${o.name}" is not valid`);
    if (o.description.length < 1 || o.description.length > 100) problems.push(`/${def.name} ${o.name}: description must be 1-100 characters`);
    if (o.required && optionalSeen) problems.push(`/${def.name}: required option "${o.name}" after an optional one`);
    if (!o.required) optionalSeen = true;
    if (o.autocomplete && o.type !== 'string') problems.push(`/${def.name} ${o.name}: only string options complete`);
    if (o.choices && (o.type !== 'string' || o.choices.length > 25 || o.autocomplete)) problems.push(`/${def.name} ${o.name}: choices are for string options without autocomplete, at most 25`);
  }
  return problems;
}
