// The `briefbot` command line: ingest articles, ask questions, list what the index knows, run
// the bot. Every subcommand takes --db (default data/briefbot.db, or BRIEFBOT_DB).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { commands } from '../commands/index.ts';
import type { Answer } from './briefing/answers.ts';
import type { CommandContext } from './command.ts';
import { stringify as stringifyYaml } from 'yaml';
import { BUNDLED_ARTICLES, PROJECT_ROOT, loadConfig, slackPrefix, type Config } from './config.ts';
import { answerLine } from './dispatch.ts';
import type { Actor, Event, FactDate } from './domain.ts';
import { extract } from './extract/index.ts';
import { CorrectionError, exportCorrections, importCorrections } from './curate/index.ts';
import { IngestError, parseArticle } from './ingest/index.ts';
import { logger } from './log.ts';
import { emptySummary, formatSummary, ingestPaths, refreshFacts } from './pipeline.ts';
import { feedsCommand } from './feeds/manage.ts';
import { createFeedPoller, DEFAULT_EVERY } from './feeds/poller.ts';
import { ingestUrl } from './feeds/url.ts';
import { FetchError } from './ingest/fetch.ts';
import { printable } from './ingest/errors.ts';
import { runConsole } from './platforms/console.ts';
import { DRAIN_TIMEOUT_MS, StartError, runUntilStopped, stopSignal, type Runnable } from './platforms/lifecycle.ts';
import { checkManifest, slackManifest } from './platforms/slack-manifest.ts';
import { renderText } from './render/text.ts';
import { startIntake } from './feeds/intake.ts';
import { createScheduler, type Poster, type Scheduler } from './schedule/scheduler.ts';
import { openStore, type ChannelAddress, type PlatformName, type Store } from './store/index.ts';
import { commandRunner, defaultPoolSize } from './workers/pool.ts';
import { whenReady } from './workers/runner.ts';

const program = new Command();
program
  .name('briefbot')
  .description('Cited facts from news articles: who is who, what happened when, who said what.')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

/** The launcher shards are forked from. */
const BIN = join(PROJECT_ROOT, 'bin/briefbot.js');

// The platforms' clients load when a command needs them: discord.js and Bolt take about half a
// second to import, which `briefbot ask`, `ingest` and the console would otherwise wait for.
let discordLib: typeof import('discord.js') | null = null;
async function discordJs(): Promise<typeof import('discord.js')> {
  return (discordLib ??= await import('discord.js'));
}
const discordPlatform = () => import('./platforms/discord.ts');

const dbOption = () => new Option('--db <path>', 'SQLite database file (default data/briefbot.db, or BRIEFBOT_DB)');

function withStore<T>(dbPath: string | undefined, fn: (store: Store) => T | Promise<T>): Promise<T> {
  const config = loadConfig(process.env, dbPath);
  const store = openStore(config.db);
  return Promise.resolve(fn(store)).finally(() => store.close());
}

/** The console's channel: digests and watches made there are posted in the console. */
const CONSOLE_CHANNEL: ChannelAddress = { platform: 'console', workspace: 'local', channel: 'console' };

function context(store: Store, config: Config, schedule?: Scheduler): CommandContext {
  // whoever runs the console or the CLI owns the index: they manage it
  return {
    store,
    commands,
    user: { id: 'local', name: process.env.USER ?? 'local', manager: true },
    channel: CONSOLE_CHANNEL,
    timezone: config.timezone,
    // no feed poller here: a feed added from the command line is polled by the running bot
    intake: { settings: config.fetch, poller: null, announce: () => {} },
    ...(schedule ? { schedule } : {}),
  };
}

/** Runs a chat command's handler on the index and prints its answer as the console would; a problem exits 2. */
async function printAnswer(dbPath: string | undefined, run: (store: Store, config: Config) => Answer | Promise<Answer>): Promise<void> {
  const config = loadConfig(process.env, dbPath);
  const answer = await withStore(dbPath, (store) => run(store, config));
  process.stdout.write(`${renderText(answer)}\n`);
  if (answer.kind === 'problem') process.exitCode = 2;
}

/** A date in the precision the text gives it: 2025-01-19, 2025-01 or 2025; null when unknown. */
export function dateAtPrecision(d: FactDate): string | null {
  if (!d.start) return null;
  if (d.precision === 'day') return d.start;
  if (d.precision === 'month') return d.start.slice(0, 7);
  if (d.precision === 'year' || d.precision === 'part-of-year') return d.start.slice(0, 4);
  return d.start;
}

function articleName(a: { title: string | null; path: string | null; url: string | null; id: number }): string {
  return a.title ?? a.url ?? a.path ?? `article ${a.id}`;
}

export function actorJson(a: Actor) {
  return { name: a.name, type: a.type, aliases: a.aliases, roles: [...new Set(a.roles.map((r) => r.title))], articles: a.articles.map(articleName) };
}

export function eventJson(e: Event) {
  return {
    type: e.type,
    summary: e.summary,
    date: dateAtPrecision(e.date),
    date_precision: e.date.precision,
    date_text: e.date.text || null,
    place: e.place,
    participants: e.participants.map((p) => ({ name: p.name, part: p.part })),
    article: articleName(e.citation.article),
    sentence: e.citation.sentence,
  };
}

program
  .command('ingest')
  .description('Add articles (.txt, .md, .html files or folders of them, or http(s) addresses of news pages) to the index')
  .argument('<paths...>', 'files, folders and page URLs')
  .addOption(dbOption())
  .action(async (paths: string[], opts: { db?: string }) => {
    const config = loadConfig(process.env, opts.db);
    const urls = paths.filter((p) => /^https?:\/\//i.test(p));
    const files = paths.filter((p) => !urls.includes(p));
    const [summary, totals] = await withStore(opts.db, async (store) => {
      refreshFacts(store);
      const s = files.length ? await ingestPaths(store, files) : emptySummary();
      for (const url of urls) {
        try {
          const { result } = await ingestUrl(store, url, config.fetch);
          s[result.status]++;
          if (result.status !== 'unchanged') [s.actors, s.events, s.quotes] = [s.actors + result.actors, s.events + result.events, s.quotes + result.quotes];
        } catch (err) {
          s.failed++;
          s.errors.push(err instanceof FetchError || err instanceof IngestError ? err.message : `${printable(url)}: could not be ingested (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
        }
      }
      return [s, store.counts()] as const;
    });
    for (const e of summary.errors) process.stderr.write(`error: ${e}\n`);
    process.stdout.write(`${formatSummary(summary, totals)}\n`);
    if (summary.failed) process.exitCode = 1;
  });

program
  .command('ask')
  .description('Answer one command line, e.g. briefbot ask "/who Almasri"')
  .argument('<line...>', 'a slash command and its words')
  .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
  .addOption(dbOption())
  .action(async (line: string[], opts: { db?: string; format: 'text' | 'json' }) => {
    const config = loadConfig(process.env, opts.db);
    const answer: Answer = await withStore(opts.db, (store) => answerLine(line.join(' '), context(store, config)));
    process.stdout.write(opts.format === 'json' ? `${JSON.stringify(answer, null, 2)}\n` : `${renderText(answer)}\n`);
    if (answer.kind === 'problem') process.exitCode = 2;
  });

program
  .command('actors')
  .description('List every actor the index knows')
  .option('--json', 'one JSON array: name, type, aliases, roles, articles')
  .addOption(dbOption())
  .action(async (opts: { db?: string; json?: boolean }) => {
    const actors = await withStore(opts.db, (store) => store.listActors());
    if (opts.json) process.stdout.write(`${JSON.stringify(actors.map(actorJson), null, 2)}\n`);
    else
      for (const a of actors)
        process.stdout.write(`${a.name} (${a.type})${a.roles.length ? ` — ${[...new Set(a.roles.map((r) => r.title))].join('; ')}` : ''}\n`);
  });

program
  .command('events')
  .description('List every event the index knows, in date order')
  .option('--json', 'one JSON array: type, summary, date, date_precision, date_text, place, participants, article')
  .addOption(dbOption())
  .action(async (opts: { db?: string; json?: boolean }) => {
    const events = await withStore(opts.db, (store) => store.listEvents());
    if (opts.json) process.stdout.write(`${JSON.stringify(events.map(eventJson), null, 2)}\n`);
    else for (const e of events) process.stdout.write(`${(dateAtPrecision(e.date) ?? e.date.text ?? 'undated').padEnd(12)} ${e.type.padEnd(12)} ${e.summary}\n`);
  });

program
  .command('extract')
  .description('Print what the extractor finds in one text read from standard input; stores nothing')
  .option('--json', 'print JSON (the default)', true)
  .addOption(new Option('--format <format>', 'how to read the input').choices(['txt', 'md', 'html']).default('txt'))
  .addOption(dbOption().hideHelp())
  .action((opts: { format: 'txt' | 'md' | 'html' }) => {
    const raw = readFileSync(0, 'utf8');
    const article = parseArticle(raw, { path: '<stdin>', format: opts.format });
    const result = extract(article);
    const out = {
      article: { title: article.title, byline: article.byline, published: article.published, sources: article.sources, sentences: article.sentences.length },
      mentions: result.mentions,
      actors: result.actors,
      events: result.events.map((e) => ({ ...e, date: { ...e.date, value: dateAtPrecision(e.date) } })),
      quotes: result.quotes,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  });

program
  .command('backup')
  .description('Copy the whole index to FILE, consistently, while the bot keeps answering and ingesting')
  .argument('<file>', 'a new file for the copy')
  .addOption(dbOption())
  .action(async (file: string, opts: { db?: string }) => {
    await withStore(opts.db, (store) => store.backup(file));
    // what the copy holds, read from the copy: ingests may have gone on meanwhile
    const copy = openStore(file, { readonly: true });
    const counts = copy.counts();
    copy.close();
    const mb = (statSync(file).size / 1e6).toFixed(1);
    process.stdout.write(`backed up the index to ${file} (${mb} MB): ${counts.articles} articles, ${counts.actors} actors, ${counts.events} events, ${counts.quotes} quotes\n`);
  });

program
  .command('export')
  .description("Print the editors' corrections as JSON (undone ones too), to keep them in version control")
  .requiredOption('--json', 'JSON, the one format (required, so that a later format cannot change what a script gets)')
  .option('--out <file>', 'write to FILE instead of standard output')
  .addOption(dbOption())
  .action(async (opts: { out?: string; db?: string }) => {
    const json = await withStore(opts.db, (store) => exportCorrections(store));
    if (opts.out) {
      writeFileSync(opts.out, json, { flag: 'wx' });
      process.stderr.write(`wrote ${JSON.parse(json).corrections.length} corrections to ${opts.out}\n`);
    } else process.stdout.write(json);
  });

program
  .command('import')
  .description('Add the corrections of an export (those not recorded yet) and enforce them; all or nothing')
  .argument('<file>', 'a file made by `briefbot export --json`')
  .addOption(dbOption())
  .action(async (file: string, opts: { db?: string }) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new CorrectionError(`could not read ${printable(file)} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const r = await withStore(opts.db, (store) => importCorrections(store, text));
    process.stdout.write(`imported ${r.added} corrections (${r.skipped} already recorded)\n`);
  });

program
  .command('web')
  .description('Serve the curation page (browse, search, correct) on BRIEFBOT_WEB_HOST:BRIEFBOT_WEB_PORT; needs BRIEFBOT_WEB_TOKEN')
  .option('--port <port>', 'port (default BRIEFBOT_WEB_PORT or 8787)')
  .addOption(dbOption())
  .action(async (opts: { port?: string; db?: string }) => {
    const config = loadConfig(process.env, opts.db);
    if (!config.web.token) throw new Error('Configuration error: set BRIEFBOT_WEB_TOKEN (at least 16 characters; make one with: openssl rand -hex 24) to serve the page; no token, no page');
    const port = opts.port !== undefined ? Number(opts.port) : config.web.port;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Configuration error: --port ${opts.port} is not a port number`);
    const store = openStore(config.db);
    const signal = stopSignal({ followParent: Boolean(process.env.npm_lifecycle_event) });
    const page = curationPage({ ...config, web: { ...config.web, port } }, store);
    try {
      await page.start();
      process.stderr.write('briefbot: Ctrl-C stops it\n');
      await signal.stopped;
      await page.stop();
    } finally {
      store.close();
    }
    process.exit(0);
  });

const digest = program.command('digest').description('Digests: see what a channel would be sent');
digest
  .command('preview')
  .description("Print the digest a channel would get now (default: the console's)")
  .option('--channel <channel>', 'platform:channel-id, e.g. slack:C0123ABCD or discord:1234567890, or console')
  .option('--topic <words>', 'narrow it to a name or topic')
  .addOption(dbOption())
  .action(async (opts: { channel?: string; topic?: string; db?: string }) => {
    const m = /^(?:(discord|slack):(\S+)|console)$/.exec(opts.channel ?? 'console');
    if (!m) throw new Error('Configuration error: --channel is platform:id (slack:C0123ABCD, discord:1234567890) or console');
    const channel: ChannelAddress = m[1] ? { platform: m[1] as PlatformName, workspace: '', channel: m[2]! } : CONSOLE_CHANNEL;
    const words = ['preview', ...(opts.topic ? [`topic:"${opts.topic.replace(/"/g, '')}"`] : [])].join(' ');
    await printAnswer(opts.db, (store, config) => answerLine(`/digest ${words}`, { ...context(store, config), channel }));
  });
digest
  .command('list')
  .description('List every digest subscription and watch in the index')
  .addOption(dbOption())
  .action(async (opts: { db?: string }) => {
    await withStore(opts.db, (store) => {
      for (const s of store.schedule.subscriptions())
        process.stdout.write(`digest ${s.platform}:${s.channel} ${s.time} ${s.timezone}${s.topic ? ` topic "${s.topic}"` : ''}${s.whenEmpty === 'skip' ? ' quiet' : ''}\n`);
      for (const w of store.schedule.watches()) process.stdout.write(`watch ${w.platform}:${w.channel} "${w.query}"\n`);
    });
  });

const feeds = program.command('feeds').description('RSS and Atom feeds the running bot polls');
feeds
  .command('add')
  .description('Poll a feed while the bot runs and ingest its new items')
  .argument('<url>', 'the feed address (RSS 2.0 or Atom)')
  .option('--every <cron>', 'when to poll, in cron syntax', DEFAULT_EVERY)
  .addOption(dbOption())
  .action(async (url: string, opts: { every: string; db?: string }) => {
    await printAnswer(opts.db, (store, config) => feedsCommand(context(store, config), `add ${url} ${opts.every}`));
  });
for (const [name, description] of [
  ['list', 'The feeds, their schedules and how their last poll went'],
  ['errors', 'The feeds whose last polls failed, or that are paused, and why'],
] as const)
  feeds
    .command(name)
    .description(description)
    .addOption(dbOption())
    .action(async (opts: { db?: string }) => {
      await printAnswer(opts.db, (store, config) => feedsCommand(context(store, config), name));
    });
feeds
  .command('remove')
  .description('Stop polling a feed (by URL or number); its articles stay')
  .argument('<feed>', 'URL or number from feeds list')
  .addOption(dbOption())
  .action(async (which: string, opts: { db?: string }) => {
    await printAnswer(opts.db, (store, config) => feedsCommand(context(store, config), `remove ${which}`));
  });
feeds
  .command('poll')
  .description('Poll every feed once now, as the running bot would')
  .addOption(dbOption())
  .action(async (opts: { db?: string }) => {
    const config = loadConfig(process.env, opts.db);
    await withStore(opts.db, async (store) => {
      const poller = createFeedPoller({ store, settings: config.fetch });
      for (const f of store.feeds.list().filter((x) => !x.pausedAt)) {
        const r = await poller.poll(f);
        process.stdout.write(`${f.url}: ${r.status}${r.error ? ` (${r.error})` : ''}, ${r.added.length} new articles${r.itemErrors.length ? `, ${r.itemErrors.length} items failed` : ''}\n`);
        for (const e of r.itemErrors) process.stderr.write(`error: ${printable(e)}\n`);
      }
      await poller.stop();
    });
  });

/** Opens the index; an empty one gets the bundled articles, so a fresh clone has something to ask about. */
async function openIndex(dbPath: string): Promise<Store> {
  const store = openStore(dbPath);
  refreshFacts(store);
  if (store.counts().articles === 0) {
    const summary = await ingestPaths(store, [BUNDLED_ARTICLES]);
    logger.info({ summary: formatSummary(summary) }, 'empty index: ingested the bundled articles');
    for (const e of summary.errors) process.stderr.write(`error: ${e}\n`);
  }
  return store;
}

/**
 * The bot on Discord and/or Slack until SIGINT or SIGTERM: the index, the query workers, the
 * platforms. A platform that cannot start stops the others and throws its StartError; a stop
 * (even one asked for while starting) takes no new commands, finishes those in flight, closes the
 * workers and the index.
 */
async function runPlatforms(config: Config, only: 'discord' | 'slack' | undefined, stopped: Promise<unknown>): Promise<void> {
  const store = await openIndex(config.db);
  // the workers start while the platforms connect; a command that arrives first waits for them
  const pool = commandRunner(config.db, config.workers ?? defaultPoolSize());
  const runner = whenReady(pool);
  const posters: Partial<Record<PlatformName, (channel: string, answer: Answer) => Promise<string>>> = {};
  const platforms: PlatformName[] = [];
  const poster: Poster = { post: (to, answer) => posters[to.platform]!(to.channel, answer) };
  const schedule = createScheduler({ store, platforms, catchUpMs: config.catchUpMs, poster });
  const intake = startIntake({ store, config, schedule, poster, platforms });
  try {
    const starts: Promise<unknown>[] = [];
    // digests start once the platforms they post to are connected
    const started = (r: Runnable): Runnable => ({ ...r, start: () => starts[starts.push(r.start()) - 1]! });
    const bots: Runnable[] = [{ name: 'query workers', start: () => pool, stop: async () => {} }];
    const shared = { store, commands, runner, schedule, timezone: config.timezone, intake: intake.intake };
    if (config.discord && only !== 'slack') {
      await discordJs();
      const { createDiscordBot } = await discordPlatform();
      const bot = createDiscordBot({ ...config.discord, ...shared });
      posters.discord = bot.post;
      platforms.push('discord');
      bots.push(started({ name: 'discord', ...bot }));
    }
    if (config.slack && only !== 'discord') {
      const { createSlackBot } = await import('./platforms/slack.ts');
      const bot = createSlackBot({ ...config.slack, ...shared });
      posters.slack = bot.post;
      platforms.push('slack');
      bots.push(started({ name: 'slack', ...bot }));
    }
    bots.push({ name: 'digests', start: async () => (await Promise.all(starts), await schedule.start()), stop: () => schedule.stop() });
    bots.push({ name: 'feeds and the articles folder', start: () => intake.ready, stop: () => intake.stop() });
    // shards (--only) would all bind the one port: with shards, run `briefbot web` beside them
    if (config.web.token && !only) bots.push(curationPage(config, store));
    await runUntilStopped(bots, stopped, () => {
      const workers = runner.workers ? `${runner.workers} query worker${runner.workers === 1 ? '' : 's'}` : 'answers in the main thread';
      process.stderr.write(`briefbot: running on ${platforms.join(' and ')} (${workers}); Ctrl-C stops it\n`);
    });
  } finally {
    // after the platforms: their commands in flight were still using the workers
    await runner.close();
    store.close();
  }
}

/** The curation page, inside `start` when BRIEFBOT_WEB_TOKEN is set, or on its own (`web`). */
function curationPage(config: Config, store: Store): Runnable {
  let web: { url: string; close(): Promise<void> } | null = null;
  return {
    name: 'curation page',
    start: async () => {
      // the web server's code loads only when a page is to be served
      const { startWeb } = await import('./web/index.ts');
      const served = await startWeb({ store, token: config.web.token, host: config.web.host, port: config.web.port });
      web = served;
      process.stderr.write(`briefbot: the curation page is at ${served.url} (sign in with BRIEFBOT_WEB_TOKEN)\n`);
    },
    stop: async () => {
      await web?.close();
    },
  };
}

/** The console: commands typed here, and digests and alerts for the console channel printed here. */
async function runLocalConsole(config: Config): Promise<void> {
  const store = await openIndex(config.db);
  let posted = 0;
  const poster: Poster = {
    async post(_to, answer) {
      process.stdout.write(`\n${renderText(answer)}\n`);
      return `console-${++posted}`;
    },
  };
  const schedule = createScheduler({ store, platforms: ['console'], catchUpMs: config.catchUpMs, poster });
  const intake = startIntake({ store, config, schedule, poster, platforms: ['console'] });
  const page = config.web.token ? curationPage(config, store) : null;
  try {
    await Promise.all([schedule.start(), intake.ready, page?.start()]);
    await runConsole({ ...context(store, config, schedule), intake: intake.intake }, { historyFile: join(dirname(config.db), '.console_history') });
  } finally {
    await Promise.all([schedule.stop(), intake.stop(), page?.stop()]);
    store.close();
  }
}

program
  .command('start', { isDefault: true })
  .description('Run the bot: Discord and Slack when configured (both can run at once), otherwise the local console')
  .addOption(dbOption())
  .addOption(new Option('--only <platform>', 'run one platform (shards use it)').choices(['discord', 'slack']).hideHelp())
  .action(async (opts: { db?: string; only?: 'discord' | 'slack' }) => {
    const config = loadConfig(process.env, opts.db);
    if (!(config.discord && opts.only !== 'slack') && !(config.slack && opts.only !== 'discord')) {
      await runLocalConsole(config);
      return;
    }
    // from here on a signal stops the bot cleanly, also while it is still starting; under an npm
    // script (npm_lifecycle_event) so does the end of npm's shell, which does not pass SIGTERM on
    const signal = stopSignal({ followParent: Boolean(process.env.npm_lifecycle_event) });
    await runPlatforms(config, opts.only, signal.stopped);
    // a shard is forked with an IPC channel to its manager, which would keep it alive; and a
    // platform client may leave retries or sockets behind: a stopped bot must not linger
    if (process.connected) process.disconnect();
    process.exit(0);
  });

const discord = program.command('discord').description('Discord: register the slash commands');
discord
  .command('deploy')
  .description('Register the slash commands generated from commands/ (global, or one server with --guild)')
  .option('--guild <id>', 'one server: changes show at once (default DISCORD_GUILD_ID; without either, global)')
  .option('--print', 'print the registration JSON instead of sending it')
  .action(async (opts: { guild?: string; print?: boolean }) => {
    if (opts.print) {
      const { discordCommands } = await import('./platforms/discord-commands.ts');
      process.stdout.write(`${JSON.stringify(discordCommands(commands), null, 2)}\n`);
      return;
    }
    const config = loadConfig(process.env);
    if (!config.discord) throw new Error('Configuration error: set DISCORD_TOKEN and DISCORD_APP_ID to deploy');
    const guildId = opts.guild ?? config.discord.guildId;
    await discordJs();
    const { deployCommands } = await discordPlatform();
    const n = await deployCommands({ ...config.discord, commands, ...(guildId ? { guildId } : {}) });
    process.stdout.write(`registered ${n} commands ${guildId ? `in server ${guildId} (shown at once)` : 'globally (may take up to an hour to show)'}\n`);
  });

const slack = program.command('slack').description('Slack: the app manifest');
slack
  .command('manifest')
  .description('Print the Slack app manifest generated from commands/: paste it into api.slack.com/apps')
  .option('--url <https-url>', 'HTTP mode: the public base URL where briefbot listens (default: Socket Mode)')
  .option('--yaml', 'YAML instead of JSON')
  .action((opts: { url?: string; yaml?: boolean }) => {
    const o = { prefix: slackPrefix(), mode: opts.url ? { socket: false as const, url: opts.url } : { socket: true as const } };
    const problems = checkManifest(commands, o);
    if (problems.length) throw new Error(`Configuration error: ${problems.join('; ')}`);
    const manifest = slackManifest(commands, o);
    process.stdout.write(opts.yaml ? stringifyYaml(manifest) : `${JSON.stringify(manifest, null, 2)}\n`);
  });

program
  .command('serve')
  .description('Run the Discord bot in several processes (shards), for bots in more than about 2,000 servers')
  .addOption(dbOption())
  .addOption(new Option('--shards <count>', '"auto" (what Discord recommends) or a number').default('auto'))
  // Discord lets a bot identify once per 5 s; discord.js waits 5.5 s between shards. Tests shorten it.
  .addOption(new Option('--spawn-delay <ms>', 'pause between starting shards').default('5500').hideHelp())
  .action(async (opts: { db?: string; shards: string; spawnDelay: string }) => {
    const config = loadConfig(process.env, opts.db);
    if (!config.discord) throw new Error('Configuration error: set DISCORD_TOKEN and DISCORD_APP_ID to serve shards');
    if (opts.shards !== 'auto' && !/^[1-9]\d{0,4}$/.test(opts.shards)) throw new Error('Configuration error: --shards is "auto" or a whole number');
    const signal = stopSignal();
    // the shards share one index: fill it once here, not in every shard at the same time
    (await openIndex(config.db)).close();
    const { ShardingManager } = await discordJs();
    const { recommendedShards } = await discordPlatform();
    const amount = opts.shards === 'auto' ? await recommendedShards(config.discord.token, config.discord.apiUrl) : Number(opts.shards);
    const manager = new ShardingManager(BIN, {
      token: config.discord.token,
      totalShards: amount,
      shardArgs: ['start', '--only', 'discord', '--db', config.db],
      execArgv: [],
    });
    manager.on('shardCreate', (shard) => logger.info({ shard: shard.id, of: amount }, 'shard started'));
    const spawning = manager.spawn({ amount, delay: Number(opts.spawnDelay) || 5500 });
    spawning.catch(() => {});
    const STOP = Symbol('stop');
    let failure: unknown = null;
    try {
      if ((await Promise.race([spawning, signal.stopped.then(() => STOP)])) !== STOP) {
        process.stderr.write(`briefbot: ${amount} Discord shard(s) running; Ctrl-C stops them\n`);
        await signal.stopped;
      }
    } catch (err) {
      failure = err;
    }
    // a shard that exits now (Ctrl-C reaches the whole process group) must not be started again
    manager.respawn = false;
    // each shard stops as `start` does on SIGTERM (Shard#kill sends it): it finishes its commands in flight
    await Promise.all(
      [...manager.shards.values()].map((shard) => {
        const child = shard.process;
        if (!child || child.exitCode !== null || child.signalCode !== null) return undefined;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        shard.kill();
        return Promise.race([exited, new Promise((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS + 5_000).unref())]);
      }),
    );
    if (failure) throw new StartError(`a Discord shard could not start (${failure instanceof Error ? failure.message : String(failure)}); its own message is above`, { cause: failure });
    process.exit(0);
  });

/** What went wrong, in words a user can act on; null when it is a bug (logged in full). */
function explain(err: unknown): string | null {
  if (err instanceof StartError) return err.message;
  if (err instanceof IngestError) return err.message;
  if (err instanceof CorrectionError) return err.message;
  if (err instanceof Error && err.message.startsWith('Configuration error')) return err.message;
  if (discordLib && (err instanceof discordLib.DiscordAPIError || err instanceof discordLib.HTTPError)) return `Discord refused the request: ${err.status} ${err.message}`;
  const code = (err as { code?: unknown; cause?: { code?: unknown } } | null)?.code ?? (err as { cause?: { code?: unknown } } | null)?.cause?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EAI_AGAIN')
    return `could not reach the server (${String(code)}); check the network and DISCORD_API_URL / SLACK_API_URL`;
  if (code === 'EADDRINUSE') return 'the port is already in use; set PORT to a free one';
  return null;
}

// A failure nothing awaited (a platform client's reconnect loop giving up after start-up): logged
// in full, one sentence on stderr, exit 1 for the supervisor to restart, not a bare stack trace.
for (const event of ['unhandledRejection', 'uncaughtException'] as const)
  process.on(event, (err: unknown) => {
    const message = explain(err);
    logger.error({ err }, `briefbot failed (${event})`);
    process.stderr.write(`briefbot: stopped by an error nothing could handle: ${message ?? 'logged above'}\n`);
    process.exit(1);
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  const message = explain(err);
  if (message === null) logger.error({ err }, 'briefbot failed');
  process.stderr.write(`briefbot: ${message ?? 'unexpected error (logged above)'}\n`);
  // exit now: a platform client that failed to start may leave retries or sockets that would keep
  // the process running, listening nowhere
  process.exit(1);
});
