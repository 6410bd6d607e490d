// Everything that fills the index while the bot runs: the feed poller and the watched folder.
// Each new article is announced to digests and watches once its transaction has committed.
import type { Config } from '../config.ts';
import { logger } from '../log.ts';
import type { Poster, Scheduler } from '../schedule/scheduler.ts';
import type { PlatformName, Store } from '../store/index.ts';
import { watchFolder, type FolderWatch } from './folder.ts';
import type { Intake } from './manage.ts';
import { createFeedPoller } from './poller.ts';

export interface RunningIntake {
  intake: Intake;
  /** Resolves once the folder is watched. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function startIntake(o: { store: Store; config: Config; schedule: Scheduler; poster: Poster; platforms: readonly PlatformName[] }): RunningIntake {
  const announce = () => void o.schedule.checkWatches();
  const poller = createFeedPoller({ store: o.store, settings: o.config.fetch, onArticle: announce, poster: o.poster, platforms: o.platforms });
  poller.start();
  let folder: FolderWatch | null = null;
  if (o.config.watchDir) {
    folder = watchFolder({ store: o.store, dir: o.config.watchDir, onIngested: (s) => (s.added || s.replaced ? announce() : undefined) });
    logger.info({ dir: o.config.watchDir }, 'watching the articles folder');
  }
  return {
    intake: { settings: o.config.fetch, poller, announce },
    ready: folder?.ready ?? Promise.resolve(),
    async stop() {
      await Promise.all([poller.stop(), folder?.close()]);
    },
  };
}
