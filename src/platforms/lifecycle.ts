// Starting and stopping the bot: start-up that either succeeds or fails with one sentence (never a
// process left running that listens nowhere), and a stop that takes no new commands, finishes the
// ones in flight and then lets the caller close the index.
import { logger } from '../log.ts';

/** A start-up failure the user can act on: its message is the one sentence printed. */
export class StartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartError';
  }
}

/** How long a platform may take to connect before start-up gives up. */
export const START_TIMEOUT_MS = 30_000;
/** How long a stop waits for commands in flight before it gives up on them. */
export const DRAIN_TIMEOUT_MS = 10_000;

/** `work`, or a StartError saying `what` did not happen within `ms`. */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StartError(`${what} within ${Math.round(ms / 1000)} s`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The commands a platform is answering. `closed` once the platform stops: it then turns new
 * commands away; `drain` waits for those already taken.
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();
  closed = false;

  get size(): number {
    return this.pending.size;
  }

  /** Keeps `work` until it settles (it is never rejected from here: the caller handles errors). */
  track<T>(work: Promise<T>): Promise<T> {
    const kept = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(kept);
    void kept.then(() => this.pending.delete(kept));
    return work;
  }

  /** Stops taking commands and waits up to `ms` for those in flight; false when some were left. */
  async drain(ms = DRAIN_TIMEOUT_MS): Promise<boolean> {
    this.closed = true;
    if (!this.pending.size) return true;
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      Promise.all([...this.pending]).then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
    if (!done) logger.warn({ left: this.pending.size }, 'stopped with commands still unanswered');
    return done;
  }
}

/** What users are told when a command arrives while the bot is stopping. */
export const STOPPING_MESSAGE = 'briefbot is restarting. Ask again in a moment.';

export interface StopSignal {
  /** Resolves with the signal's name at the first SIGINT or SIGTERM. */
  readonly stopped: Promise<NodeJS.Signals>;
  /** Removes the handlers (the process then reacts to signals as Node does by default). */
  dispose(): void;
}

/** A repeat of the stop signal sooner than this is the same request arriving twice. */
const REPEAT_MS = 2_000;

/**
 * Listens for SIGINT and SIGTERM from now on: the first asks for a clean stop. One Ctrl-C often
 * arrives twice (the terminal signals the whole process group, and `npm start` passes its own
 * on), so a repeat within 2 s is ignored; a later one, from someone who does not want to wait for
 * the clean stop, ends the process at once.
 */
export function stopSignal(o: { followParent?: boolean } = {}): StopSignal {
  let resolve!: (s: NodeJS.Signals) => void;
  const stopped = new Promise<NodeJS.Signals>((r) => (resolve = r));
  let first = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (!first) {
      first = Date.now();
      resolve(signal);
      return;
    }
    if (Date.now() - first < REPEAT_MS) return;
    process.stderr.write(`briefbot: ${signal} again: stopping now\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // `npm start` runs `sh -c "node ..."`; a SIGTERM to npm reaches the shell, which dies without
  // passing it on: the bot would outlive npm. Its parent gone, it stops as if told to.
  const parent = process.ppid;
  const watch = o.followParent
    ? setInterval(() => {
        if (process.ppid === parent) return;
        clearInterval(watch);
        logger.info({ parent }, 'the parent process is gone: stopping');
        onSignal('SIGTERM');
      }, PARENT_POLL_MS).unref()
    : undefined;
  return {
    stopped,
    dispose() {
      clearInterval(watch);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** How often a bot started by npm checks that npm's shell is still its parent. */
const PARENT_POLL_MS = 500;

export interface Runnable {
  name: string;
  start(): Promise<unknown>;
  /** Stops taking commands, finishes those in flight, disconnects. Safe to call while starting. */
  stop(): Promise<void>;
}

/**
 * Starts every platform at once and runs until `stopped` resolves. A platform that fails to start
 * stops all of them and rethrows its error (the caller prints its sentence and exits 1); a stop
 * asked for while still starting stops them as well. Either way every platform's stop has run
 * when this returns or throws.
 */
export async function runUntilStopped(bots: readonly Runnable[], stopped: Promise<unknown>, onRunning?: () => void): Promise<void> {
  const STOP = Symbol('stop');
  const stop = stopped.then(() => STOP);
  try {
    const starting = Promise.all(bots.map((b) => b.start()));
    // a start abandoned for a stop or for another platform's failure may still fail later:
    // expected, not an unhandled rejection
    starting.catch(() => {});
    if ((await Promise.race([starting, stop])) === STOP) {
      logger.info('stopped while starting');
      return;
    }
    onRunning?.();
    await stop;
  } finally {
    // all at once: each finishes its own commands in flight
    await Promise.all(bots.map((b) => b.stop().catch((err: unknown) => logger.warn({ err, platform: b.name }, 'stopping failed'))));
  }
}
