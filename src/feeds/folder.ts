// A watched folder: article files added or changed under it while the bot runs are ingested
// within seconds, and those added while it was stopped when it starts (unchanged files cost a
// hash check). chokidar waits until a file has stopped growing, so a copy in progress is not read
// half-written; files arriving together are ingested as one batch.
import { watch, type FSWatcher } from 'chokidar';
import { SUPPORTED_EXTENSIONS } from '../ingest/index.ts';
import { logger } from '../log.ts';
import { formatSummary, ingestPaths, type IngestSummary } from '../pipeline.ts';
import type { Store } from '../store/index.ts';

export interface FolderWatch {
  /** Resolves once the folder is being watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface FolderWatchOptions {
  store: Store;
  dir: string;
  /** After a batch is stored: digests and watches hear of new articles. */
  onIngested?: (summary: IngestSummary) => void;
  /** How long a file must stay the same size before it is read (default 500 ms). */
  settleMs?: number;
}

export function watchFolder(o: FolderWatchOptions): FolderWatch {
  const log = logger.child({ folder: o.dir });
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let closed = false;

  const flush = () => {
    timer = null;
    const paths = [...pending];
    pending.clear();
    // one batch at a time: two batches writing the same file's article would race for nothing
    running = running.then(async () => {
      if (closed || !paths.length) return;
      const summary = await ingestPaths(o.store, paths);
      for (const e of summary.errors) log.warn({ error: e }, 'watched folder: a file could not be ingested');
      if (summary.added || summary.replaced) log.info({ summary: formatSummary(summary) }, 'watched folder: ingested');
      o.onIngested?.(summary);
    });
    running.catch((err: unknown) => log.error({ err }, 'watched folder: ingest failed'));
  };

  const supported = (path: string) => SUPPORTED_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));
  const watcher: FSWatcher = watch(o.dir, {
    // the first scan reports every file: what arrived while the bot was stopped goes in too
    ignoreInitial: false,
    // editors' and copiers' temporary files are not articles
    ignored: (path, stats) => Boolean(stats?.isFile() && !supported(path)) || /(^|[/\\])\.[^/\\]/.test(path.slice(o.dir.length)),
    awaitWriteFinish: { stabilityThreshold: o.settleMs ?? 500, pollInterval: 50 },
  });
  const queue = (path: string) => {
    if (!supported(path)) return;
    pending.add(path);
    timer ??= setTimeout(flush, 100);
  };
  watcher.on('add', queue).on('change', queue).on('error', (err) => log.error({ err }, 'watched folder: watching failed'));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running.catch(() => {});
    },
  };
}
