// Where a platform's commands are answered. The platform acknowledges first (Slack's 3 s, Discord's
// deferral), then hands the command to a runner: in this thread, or in a pool of worker threads
// (pool.ts) so that one slow answer cannot hold up anyone else's acknowledgement.
import type { Answer } from '../briefing/answers.ts';
import type { AnyCommand, CommandContext } from '../command.ts';
import { runCommand, type ParsedLine } from '../dispatch.ts';

export type CommandArgs = ParsedLine['args'];

export interface CommandRunner {
  /** The answer to a command whose access the platform has decided (ctx.user.manager). */
  run(def: AnyCommand, ctx: CommandContext, args: CommandArgs): Promise<Answer>;
  /** Finishes what was handed over, then lets go of threads and connections. */
  close(): Promise<void>;
  /** Threads answering besides this one (0: all in this thread). */
  readonly workers: number;
}

/** Lets pending I/O (acknowledgements, new requests) go out before a synchronous answer runs. */
export const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Answers in this thread, each after pending I/O: what tests and a ':memory:' index use. */
export const inProcess: CommandRunner = {
  workers: 0,
  async run(def, ctx, args) {
    await yieldToIo();
    return runCommand(def, ctx, args);
  },
  async close() {},
};

/** A runner still starting (a pool spawning its workers): commands wait for it; close() lets it finish. */
export function whenReady(starting: Promise<CommandRunner>): CommandRunner {
  let ready: CommandRunner | null = null;
  void starting.then(
    (r) => (ready = r),
    () => {},
  );
  return {
    get workers() {
      return ready?.workers ?? 0;
    },
    async run(def, ctx, args) {
      return (await starting).run(def, ctx, args);
    },
    async close() {
      await starting.then(
        (r) => r.close(),
        () => {},
      );
    },
  };
}
