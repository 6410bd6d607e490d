// The `briefbot` command line: ingest articles, ask questions, list what the index knows, run
// the bot. Every subcommand takes --db (default data/briefbot.db, or BRIEFBOT_DB).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { commands } from '../commands/index.ts';
import type { Answer } from './briefing/answers.ts';
import type { CommandContext } from './command.ts';
import { BUNDLED_ARTICLES, loadConfig } from './config.ts';
import { answerLine } from './dispatch.ts';
import type { Actor, Event, FactDate } from './domain.ts';
import { extract } from './extract/index.ts';
import { IngestError, parseArticle } from './ingest/index.ts';
import { logger } from './log.ts';
import { formatSummary, ingestPaths } from './pipeline.ts';
import { runConsole } from './platforms/console.ts';
import { renderText } from './render/text.ts';
import { openStore, type Store } from './store/index.ts';

const program = new Command();
program
  .name('briefbot')
  .description('Cited facts from news articles: who is who, what happened when, who said what.')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

const dbOption = () => new Option('--db <path>', 'SQLite database file (default data/briefbot.db, or BRIEFBOT_DB)');

function withStore<T>(dbPath: string | undefined, fn: (store: Store) => T | Promise<T>): Promise<T> {
  const config = loadConfig(process.env, dbPath);
  const store = openStore(config.db);
  return Promise.resolve(fn(store)).finally(() => store.close());
}

function context(store: Store): CommandContext {
  // whoever runs the console or the CLI owns the index: they manage it
  return { store, commands, user: { id: 'local', name: process.env.USER ?? 'local', manager: true } };
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
  .description('Add articles (.txt, .md, .html files or folders of them) to the index')
  .argument('<paths...>', 'files and folders')
  .addOption(dbOption())
  .action(async (paths: string[], opts: { db?: string }) => {
    const [summary, totals] = await withStore(opts.db, async (store) => [await ingestPaths(store, paths), store.counts()] as const);
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
    const answer: Answer = await withStore(opts.db, (store) => answerLine(line.join(' '), context(store)));
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
  .command('start', { isDefault: true })
  .description('Run the bot: Discord and Slack when configured, otherwise the local console')
  .addOption(dbOption())
  .action(async (opts: { db?: string }) => {
    const config = loadConfig(process.env, opts.db);
    const store = openStore(config.db);
    try {
      if (store.counts().articles === 0) {
        const summary = await ingestPaths(store, [BUNDLED_ARTICLES]);
        logger.info({ summary: formatSummary(summary) }, 'empty index: ingested the bundled articles');
        for (const e of summary.errors) process.stderr.write(`error: ${e}\n`);
      }
      if (config.discord || config.slack) logger.warn('platform tokens are set, but this build has the console only');
      await runConsole(context(store), { historyFile: join(dirname(config.db), '.console_history') });
    } finally {
      store.close();
    }
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  const message = err instanceof IngestError || (err instanceof Error && err.message.startsWith('Configuration error')) ? err.message : 'unexpected error';
  if (!(err instanceof IngestError)) logger.error({ err }, 'briefbot failed');
  process.stderr.write(`briefbot: ${message}\n`);
  process.exitCode = 1;
});
