// The one list of commands: dispatch, /help, Discord registration and the Slack manifest read it.
import type { AnyCommand } from '../src/command.ts';
import brief from './brief.ts';
import digest from './digest.ts';
import feeds from './feeds.ts';
import fix from './fix.ts';
import help from './help.ts';
import ingest from './ingest.ts';
import link from './link.ts';
import quotes from './quotes.ts';
import retract from './retract.ts';
import search from './search.ts';
import sources from './sources.ts';
import timeline from './timeline.ts';
import unwatch from './unwatch.ts';
import watch from './watch.ts';
import when from './when.ts';
import who from './who.ts';

export const commands: readonly AnyCommand[] = [who, when, timeline, search, brief, quotes, link, sources, digest, watch, unwatch, ingest, feeds, fix, retract, help];
