// A worker thread starts here: plain JavaScript that registers the TypeScript loader (as
// bin/briefbot.js does for the main thread; loader hooks are per thread) and then loads the
// worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./query-worker.ts');
