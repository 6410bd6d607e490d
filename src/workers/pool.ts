// A small pool of worker threads, each with a read-only connection to the index, that answers the
// commands which only read. The main thread keeps what must stay there: acknowledgements, manager
// checks, rendering and responding, and the commands that write (/retract) or are for managers.
// Commands queue in arrival order and go to the first free worker.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Answer } from '../briefing/answers.ts';
import type { AnyCommand, CommandContext } from '../command.ts';
import { logger } from '../log.ts';
import { DRAIN_TIMEOUT_MS, StartError } from '../platforms/lifecycle.ts';
import type { ToParent, ToWorker, WorkerSetup } from './protocol.ts';
import { inProcess, type CommandArgs, type CommandRunner } from './runner.ts';

/**
 * One worker per core beside the main thread's, at least 2 and at most 4. The main thread needs
 * little CPU (acknowledging, rendering, responding), so on 2 cores 2 workers answer sooner than 1
 * with acknowledgements as fast (bench:load: answer p50 1.96 s vs 2.41 s on Slack, 1.75 s vs
 * 2.95 s on Discord; ack p99 137 ms vs 126 ms).
 */
export function defaultPoolSize(): number {
  return Math.min(4, Math.max(2, availableParallelism() - 1));
}

/**
 * Whether a command may run on a read-only connection in another thread: not one that writes,
 * and not one for managers, whose checks and effects belong with the platform's thread.
 */
export function runsInWorker(def: AnyCommand): boolean {
  return def.access !== 'managers' && !def.writes;
}

export interface PoolOptions {
  /** The index file (not ':memory:': a memory database cannot be shared between threads). */
  db: string;
  size?: number;
  /** A module exporting `commands` for the workers; default the project's registry. Tests use their own. */
  commandsModule?: string | URL;
}

interface Task {
  id: number;
  message: Extract<ToWorker, { type: 'run' }>;
  resolve(answer: Answer): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

const BOOT = new URL('./boot.js', import.meta.url);
const COMMANDS = new URL('../../commands/index.ts', import.meta.url);
/** How long a closing worker gets to close its connection before it is terminated. */
const CLOSE_MS = 2_000;

export class QueryPool implements CommandRunner {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private readonly setup: WorkerSetup;
  private names = new Set<string>();
  private nextId = 1;
  private closing = false;
  /** Workers that could not start again after a crash: everything is answered in this thread. */
  private broken = false;
  private lastCrash = 0;

  private constructor(
    o: PoolOptions,
    private readonly size: number,
  ) {
    this.setup = { db: o.db, commandsModule: String(o.commandsModule ?? COMMANDS) };
  }

  /** Starts `size` workers and resolves when every one has opened the index. */
  static async start(o: PoolOptions): Promise<QueryPool> {
    if (o.db === ':memory:' || o.db === '') throw new Error('a query pool needs an index file: a memory database cannot be shared between threads');
    const pool = new QueryPool(o, Math.max(1, o.size ?? defaultPoolSize()));
    try {
      await Promise.all(Array.from({ length: pool.size }, () => pool.spawn()));
    } catch (err) {
      await pool.close();
      const why = err instanceof Error ? err.message : String(err);
      throw new StartError(`the query workers could not start (${why}); BRIEFBOT_WORKERS=0 answers in the main thread instead`, { cause: err });
    }
    logger.info({ workers: pool.size }, 'query workers ready');
    return pool;
  }

  get workers(): number {
    return this.broken ? 0 : this.slots.size;
  }

  /** Commands waiting for a free worker. */
  get waiting(): number {
    return this.queue.length;
  }

  run(def: AnyCommand, ctx: CommandContext, args: CommandArgs): Promise<Answer> {
    if (this.closing || this.broken || !runsInWorker(def) || !this.names.has(def.name)) return inProcess.run(def, ctx, args);
    return new Promise<Answer>((resolve, reject) => {
      const id = this.nextId++;
      const message: Task['message'] = { type: 'run', id, command: def.name, args, ...(ctx.user ? { user: ctx.user } : {}), ...(ctx.now ? { now: ctx.now().getTime() } : {}) };
      this.queue.push({ id, message, resolve, reject });
      this.dispatch();
    });
  }

  /** Lets the queue and the commands being answered finish, then closes every worker's connection. */
  async close(): Promise<void> {
    this.closing = true;
    const until = Date.now() + DRAIN_TIMEOUT_MS;
    while ((this.queue.length || [...this.slots].some((s) => s.task)) && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    for (const task of this.queue.splice(0)) task.reject(new Error('briefbot stopped before answering'));
    await Promise.all([...this.slots].map((s) => this.stopWorker(s)));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.task) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.postMessage(task.message);
    }
  }

  private spawn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(BOOT, { workerData: this.setup, stdout: false, stderr: false });
      const slot: Slot = { worker, task: null };
      let ready = false;
      worker.on('message', (m: ToParent) => {
        if (m.type === 'ready') {
          ready = true;
          this.names = new Set(m.commands);
          this.slots.add(slot);
          resolve();
          this.dispatch();
        } else if (m.type === 'failed') {
          reject(new Error(`a query worker could not open the index: ${m.message}`));
        } else if (m.type === 'answer') {
          const task = slot.task;
          slot.task = null;
          task?.resolve(m.answer);
          this.dispatch();
        }
      });
      worker.on('error', (err) => {
        if (!ready) reject(err);
        else logger.error({ err }, 'query worker failed');
      });
      worker.on('exit', (code) => {
        const had = this.slots.delete(slot);
        if (!ready) return reject(new Error(`a query worker stopped while starting (exit code ${code})`));
        slot.task?.reject(new Error(`the query worker answering it stopped (exit code ${code})`));
        slot.task = null;
        if (had && !this.closing) this.replace();
      });
    });
  }

  /** A worker died: start another (after a pause when they keep dying); failing that, answer here. */
  private replace(): void {
    const pause = Date.now() - this.lastCrash < 1_000 ? 1_000 : 0;
    this.lastCrash = Date.now();
    setTimeout(() => {
      if (this.closing) return;
      this.spawn().catch((err: unknown) => {
        logger.error({ err }, 'a query worker could not be started again; answering in the main thread');
        if (this.slots.size) return;
        this.broken = true;
        for (const task of this.queue.splice(0)) task.reject(err instanceof Error ? err : new Error(String(err)));
      });
    }, pause).unref();
  }

  private async stopWorker(slot: Slot): Promise<void> {
    const exited = new Promise<void>((resolve) => slot.worker.once('exit', () => resolve()));
    slot.worker.postMessage({ type: 'close' } satisfies ToWorker);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), CLOSE_MS)));
    if ((await Promise.race([exited, late])) === 'late') await slot.worker.terminate();
    clearTimeout(timer);
  }
}

/** The runner for an index file: a pool of `size` workers, or this thread when size is 0 or the index is ':memory:'. */
export async function commandRunner(db: string, size = defaultPoolSize()): Promise<CommandRunner> {
  if (size <= 0 || db === ':memory:' || db === '') return inProcess;
  return QueryPool.start({ db, size });
}
