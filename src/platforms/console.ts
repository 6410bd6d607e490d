// The local console: a prompt with history and tab completion in a terminal, or one answer per
// input line when standard input is a pipe (`printf '/who Almasri\n' | npm start`).
import { appendFileSync, readFileSync } from 'node:fs';
import { createInterface, type Completer } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandContext } from '../command.ts';
import { answerLine } from '../dispatch.ts';
import { renderText } from '../render/text.ts';
import { completeNames } from '../search/resolve.ts';

export interface ConsoleOptions {
  input?: Readable & { isTTY?: boolean };
  output?: Writable;
  /** Where to keep the prompt's history between sessions; none when omitted. */
  historyFile?: string;
}

const HISTORY_SIZE = 500;

/** Command names after "/", actor names in a command's name option. */
export function completer(ctx: CommandContext): Completer {
  return (line: string) => {
    const m = /^\/(\S*)$/.exec(line);
    if (m) {
      const hits = ctx.commands.map((c) => `/${c.name} `).filter((c) => c.startsWith(line));
      return [hits, line];
    }
    const cmd = /^\/(\S+)\s+(.*)$/.exec(line);
    if (!cmd) return [[], line];
    const def = ctx.commands.find((c) => c.name === cmd[1]);
    if (!def?.options.some((o) => o.autocomplete === 'actor')) return [[], line];
    // the same completion Discord's autocomplete uses: prefixes of any word, then near spellings
    const names = completeNames(ctx.store, cmd[2]!, 25).map((c) => c.name);
    return [names.map((n) => `/${cmd[1]} ${n}`), line];
  };
}

export async function runConsole(ctx: CommandContext, opts: ConsoleOptions = {}): Promise<void> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const interactive = Boolean(input.isTTY);
  let history: string[] = [];
  if (interactive && opts.historyFile) {
    try {
      history = readFileSync(opts.historyFile, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
    } catch {
      history = [];
    }
  }
  const rl = createInterface({ input, output, terminal: interactive, historySize: HISTORY_SIZE, history, completer: completer(ctx), prompt: 'briefbot> ' });
  if (interactive) {
    output.write('briefbot console. Type /help for commands, Tab to complete names, Ctrl-D to quit.\n');
    rl.prompt();
  }
  let first = true;
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) {
      if (interactive) rl.prompt();
      continue;
    }
    if (/^(?:exit|quit|\.exit|\/quit|\/exit)$/i.test(line)) break;
    if (interactive && opts.historyFile) {
      try {
        appendFileSync(opts.historyFile, `${line.replace(/\n/g, ' ')}\n`);
      } catch {
        // history is a convenience; a read-only folder must not stop the console
      }
    }
    const answer = await answerLine(line, ctx);
    if (!interactive && !first) output.write('\n');
    if (!interactive) output.write(`> ${line}\n`);
    output.write(`${renderText(answer)}\n`);
    first = false;
    if (interactive) rl.prompt();
  }
  rl.close();
}
