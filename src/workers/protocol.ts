// Messages between the pool (main thread) and its query workers.
import type { Answer } from '../briefing/answers.ts';
import type { CommandContext } from '../command.ts';
import type { CommandArgs } from './runner.ts';

export interface WorkerSetup {
  /** The index file; the worker opens it read-only. */
  db: string;
  /** URL of a module exporting `commands`, the registry the worker runs from. */
  commandsModule: string;
}

export type ToWorker =
  | { type: 'run'; id: number; command: string; args: CommandArgs; user?: CommandContext['user']; now?: number }
  | { type: 'close' };

export type ToParent = { type: 'ready'; commands: string[] } | { type: 'failed'; message: string } | { type: 'answer'; id: number; answer: Answer };
