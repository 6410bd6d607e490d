// Running a command from any surface: parse a typed line, check the arguments against the
// definition, run it behind one error boundary. Users see polite messages, never stack traces.
import type { Answer, Problem } from './briefing/answers.ts';
import type { AnyCommand, CommandContext } from './command.ts';
import { logger } from './log.ts';

export const MAX_LINE = 2000;

export interface ParsedLine {
  command: AnyCommand;
  args: Record<string, string | number | boolean | undefined>;
}

/**
 * "/timeline Almasri from:2025-01 to:2025-06" -> timeline { subject: "Almasri", from, to }.
 * Named options are `name:value` (value may be "quoted"); the remaining words fill the first
 * string option, as Discord users fill it by typing.
 */
export function parseLine(line: string, commands: readonly AnyCommand[]): ParsedLine | Answer {
  const text = line.trim();
  const long = tooLong(text);
  if (long) return long;
  const m = /^\/?([A-Za-z][\w-]*)\s*([\s\S]*)$/.exec(text);
  if (!m) return { kind: 'problem', message: 'Commands start with a slash, for example: /who Almasri. Type /help for the list.' };
  const name = m[1]!.toLowerCase();
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const close = commands.filter((c) => c.name.startsWith(name.slice(0, 2))).map((c) => `/${c.name}`);
    return { kind: 'not-found', query: `/${name}`, what: 'command', suggestions: close.length ? close : commands.map((c) => `/${c.name}`) };
  }
  const parsed = parseArguments(command, m[2]!);
  return 'problem' in parsed ? parsed.problem : { command, args: parsed.args };
}

/** The one limit on what a user sends, in the same words on every surface. */
export function tooLong(text: string): Problem | null {
  return text.length > MAX_LINE ? { kind: 'problem', message: `That is too long (${text.length} characters; the limit is ${MAX_LINE}).` } : null;
}

/**
 * The words after a command name -> its arguments: `name:value` pairs (value may be "quoted"),
 * the remaining words, exactly as typed, fill the first string option left empty. Slack sends
 * a command's text this way; the console and the CLI type it.
 */
export function parseArguments(command: AnyCommand, text: string): { args: ParsedLine['args'] } | { problem: Problem } {
  const args: ParsedLine['args'] = {};
  const names = new Set(command.options.map((o) => o.name));
  // Named options are cut out; what remains, exactly as typed, is the free text.
  const rest = text
    .replace(/(^|\s)([a-z][\w-]*):(?:"([^"]*)"|(\S+))/g, (all, lead: string, key: string, quoted?: string, bare?: string) => {
      if (!names.has(key)) return all;
      args[key] = quoted ?? bare ?? '';
      return lead;
    })
    .trim();
  const free = command.options.find((o) => o.type === 'string' && args[o.name] === undefined);
  if (free && rest) args[free.name] = rest;
  for (const o of command.options) {
    const v = args[o.name];
    if (v === undefined) continue;
    if (o.type === 'integer') {
      const n = Number(v);
      if (!Number.isInteger(n)) return { problem: { kind: 'problem', message: `${o.name} must be a whole number.` } };
      args[o.name] = n;
    } else if (o.type === 'boolean') {
      args[o.name] = /^(?:true|yes|1|on)$/i.test(String(v));
    }
  }
  return { args };
}

/** Check who may run it and the required options, then run behind the error boundary. */
export async function runCommand(command: AnyCommand, ctx: CommandContext, args: ParsedLine['args']): Promise<Answer> {
  if (command.access === 'managers' && !ctx.user?.manager)
    return { kind: 'problem', message: `Only people who manage this channel can use /${command.name}. Ask one of them.` };
  for (const o of command.options) {
    const v = args[o.name];
    if (o.required && (v === undefined || (typeof v === 'string' && !v.trim())))
      return { kind: 'problem', message: `/${command.name} needs ${o.name}: ${o.description}. Example: ${command.examples?.[0] ?? `/${command.name} ...`}` };
    if (typeof v === 'string' && v.length > MAX_LINE) return { kind: 'problem', message: `${o.name} is too long.` };
  }
  try {
    return await command.run(ctx, args);
  } catch (err) {
    logger.error({ err, command: command.name }, 'command failed');
    return { kind: 'problem', message: 'Sorry, something went wrong answering that. The error has been logged.' };
  }
}

/** Parse and run one typed line. */
export async function answerLine(line: string, ctx: CommandContext): Promise<Answer> {
  const parsed = parseLine(line, ctx.commands);
  if ('kind' in parsed) return parsed;
  return runCommand(parsed.command, ctx, parsed.args);
}
