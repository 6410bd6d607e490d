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

/** The turn of the latest command answered in this thread: the next one starts a loop turn later. */
let turn: Promise<void> = Promise.resolve();

/**
 * Answers in this thread (BRIEFBOT_WORKERS=0, a ':memory:' index, tests): one command per turn of
 * the event loop, with pending I/O in between. Starting every waiting command in the same turn
 * would leave a request that needs a few turns to be read, checked and acknowledged waiting for
 * all of them, turn after turn (bench:load saw acks 30 s late).
 */
export const inProcess: CommandRunner = {
  workers: 0,
  run(def, ctx, args) {
    const mine = turn.then(yieldToIo);
    turn = mine;
    return mine.then(() => runCommand(def, ctx, args));
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
