// A child process for the concurrent-open test: waits for the go file, then opens the database.
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../../src/store/index.ts';

const [db, go, ready] = process.argv.slice(2) as [string, string, string];
writeFileSync(ready, '');
while (!existsSync(go)) await sleep(1);
try {
  openStore(db).close();
  process.stdout.write('ok\n');
} catch (err) {
  process.stdout.write(`failed: ${err instanceof Error ? err.message : String(err)}\n`);
}
