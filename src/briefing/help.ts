// /help, derived from the command definitions: nothing about a command is written twice.
import type { AnyCommand } from '../command.ts';
import type { Answer, HelpEntry } from './answers.ts';

/** "/timeline SUBJECT [from:VALUE] [to:VALUE]": the first text option is typed bare, others by name. */
export function usageOf(def: AnyCommand): string {
  const free = def.options.find((o) => o.type === 'string');
  const opts = def.options.map((o) => {
    const shown = o === free ? o.name.toUpperCase() : `${o.name}:${o.type === 'string' ? 'VALUE' : o.type.toUpperCase()}`;
    return o.required ? shown : `[${shown}]`;
  });
  return [`/${def.name}`, ...opts].join(' ');
}

export function helpEntry(def: AnyCommand): HelpEntry {
  return {
    name: def.name,
    description: def.description,
    usage: usageOf(def),
    options: def.options.map((o) => ({ name: o.name, description: o.description, required: Boolean(o.required) })),
    examples: [...(def.examples ?? [])],
    managersOnly: def.access === 'managers',
  };
}

export function help(commands: readonly AnyCommand[], name?: string): Answer {
  if (name) {
    const wanted = name.replace(/^\//, '').toLowerCase();
    const def = commands.find((c) => c.name === wanted);
    if (!def) return { kind: 'not-found', query: name, what: 'command', suggestions: commands.map((c) => `/${c.name}`) };
    return { kind: 'help', commands: [helpEntry(def)] };
  }
  return { kind: 'help', commands: commands.map(helpEntry) };
}
