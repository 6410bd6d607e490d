// One query worker: a read-only connection to the index and the command registry; it runs the
// commands the pool hands it, one at a time, and posts back each Answer (plain data).
import { parentPort, workerData } from 'node:worker_threads';
import type { AnyCommand, CommandContext } from '../command.ts';
import { runCommand } from '../dispatch.ts';
import { openStore, type Store } from '../store/index.ts';
import type { ToParent, ToWorker, WorkerSetup } from './protocol.ts';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const send = (m: ToParent) => port.postMessage(m);

let store: Store;
let commands: readonly AnyCommand[];
try {
  store = openStore(setup.db, { readonly: true });
  commands = ((await import(setup.commandsModule)) as { commands: readonly AnyCommand[] }).commands;
} catch (err) {
  send({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  throw err;
}
const byName = new Map(commands.map((c) => [c.name, c]));
send({ type: 'ready', commands: [...byName.keys()] });

port.on('message', (m: ToWorker) => {
  if (m.type === 'close') {
    store.close();
    port.close();
    return;
  }
  const def = byName.get(m.command)!;
  const ctx: CommandContext = {
    store,
    commands,
    ...(m.user ? { user: m.user } : {}),
    ...(m.now !== undefined ? { now: () => new Date(m.now!) } : {}),
  };
  // runCommand is the error boundary: it always resolves with an Answer
  void runCommand(def, ctx, m.args).then((answer) => send({ type: 'answer', id: m.id, answer }));
});
