// Restores the real-news development set into scratch/real/articles/ from pages saved out of the
// search tool's `pages` corpus (see bench/real/README.md). The texts are not ours and are never
// committed; the gold files hold how to find each one and the hash of the text they were written for.
//   npm run real:restore                    write scratch/real/articles/ID.md, check every hash
//   npm run real:restore -- --init          also fill in source.sha256 where a gold file has none
//   npm run real:restore -- --set holdout   the held-out set instead (bench/real/holdout/README.md):
//                                           scratch/real/holdout-pages/ -> scratch/real/holdout-articles/
//   npm run real:restore -- --set holdout2  a second held-out set, built after the first was seen
//                                           (bench/real/holdout2/README.md)
//   npm run real:restore -- --set dev2      a second development set (bench/real/dev2/README.md)
//   npm run real:restore -- --set dev3      a third development set (bench/real/dev3/README.md)
//   npm run real:restore -- --set dev4      a fourth development set (bench/real/dev4/README.md)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const root = ROOT;
export const GOLD_DIR = join(root, 'bench/real/gold');
export const SCRATCH = join(root, 'scratch/real');
export const ARTICLES_DIR = join(SCRATCH, 'articles');

/** A set of real articles: where its gold files are, and where its texts are saved and restored. */
export interface RealSet {
  name: 'dev' | 'holdout' | 'holdout2' | 'dev2' | 'dev3' | 'dev4';
  /** How the tables name it. */
  label: string;
  goldDir: string;
  /** Excerpts saved by hand, ID.txt. */
  pagesDir: string;
  /** Restored article files, ID.md. */
  articlesDir: string;
}

export const REAL_SETS: Record<RealSet['name'], RealSet> = {
  dev: { name: 'dev', label: 'development set', goldDir: GOLD_DIR, pagesDir: join(SCRATCH, 'pages'), articlesDir: ARTICLES_DIR },
  // never tuned on: reported beside the development set to show how extraction generalises
  holdout: {
    name: 'holdout',
    label: 'holdout set',
    goldDir: join(root, 'bench/real/holdout/gold'),
    pagesDir: join(SCRATCH, 'holdout-pages'),
    articlesDir: join(SCRATCH, 'holdout-articles'),
  },
  // built after the first holdout's errors had been read: unseen by anyone tuning extraction
  holdout2: {
    name: 'holdout2',
    label: 'holdout2 set',
    goldDir: join(root, 'bench/real/holdout2/gold'),
    pagesDir: join(SCRATCH, 'holdout2-pages'),
    articlesDir: join(SCRATCH, 'holdout2-articles'),
  },
  // a second development set: rules are tuned on it too, to see whether they carry over from the first
  dev2: {
    name: 'dev2',
    label: 'dev2 set',
    goldDir: join(root, 'bench/real/dev2/gold'),
    pagesDir: join(SCRATCH, 'dev2-pages'),
    articlesDir: join(SCRATCH, 'dev2-articles'),
  },
  // a third development set: chosen after dev2 had been used to write rules, to find mistakes neither earlier set shows
  dev3: {
    name: 'dev3',
    label: 'dev3 set',
    goldDir: join(root, 'bench/real/dev3/gold'),
    pagesDir: join(SCRATCH, 'dev3-pages'),
    articlesDir: join(SCRATCH, 'dev3-articles'),
  },
  // a fourth development set: chosen after rules had been written from dev2 and dev3, to find mistakes none of the earlier sets shows
  dev4: {
    name: 'dev4',
    label: 'dev4 set',
    goldDir: join(root, 'bench/real/dev4/gold'),
    pagesDir: join(SCRATCH, 'dev4-pages'),
    articlesDir: join(SCRATCH, 'dev4-articles'),
  },
};

/** The set named by `--set NAME` (default: the development set). */
export function realSetFromArgs(args: string[]): RealSet {
  const i = args.indexOf('--set');
  if (i < 0) return REAL_SETS.dev;
  const name = args[i + 1];
  if (name === 'dev' || name === 'holdout' || name === 'holdout2' || name === 'dev2' || name === 'dev3' || name === 'dev4') return REAL_SETS[name];
  throw new Error(`--set takes one of: ${Object.keys(REAL_SETS).join(', ')} (got ${name ?? 'nothing'})`);
}

interface GoldSource {
  url: string;
  query: string;
  sha256?: string;
}

function goldFiles(goldDir: string): { id: string; path: string; gold: { id: string; published: string | null; source: GoldSource } }[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), path: join(goldDir, f), gold: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) }));
}

/** Excerpts saved from whole JSON answers of the search tool, by url. */
function excerptsFromSearches(): Map<string, string> {
  const out = new Map<string, string>();
  const dir = join(SCRATCH, 'search');
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const answer = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { results?: { url?: string; excerpt?: string }[] };
    for (const r of answer.results ?? []) if (r.url && typeof r.excerpt === 'string') out.set(r.url, r.excerpt);
  }
  return out;
}

/**
 * The page as an article file: the corpus's leading "date YYYY-MM-DD" line is page metadata, not
 * text, so it goes into the front matter with the url.
 */
export function articleFile(excerpt: string, url: string, published: string | null): string {
  const body = excerpt.replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, '').replace(/\r\n?/g, '\n').trim();
  const meta = [`url: ${JSON.stringify(url)}`, ...(published ? [`published: ${JSON.stringify(published)}`] : [])];
  return `---\n${meta.join('\n')}\n---\n${body}\n`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function main(): void {
  const init = process.argv.includes('--init');
  const set = realSetFromArgs(process.argv.slice(2));
  const fromSearches = excerptsFromSearches();
  mkdirSync(set.articlesDir, { recursive: true });
  let restored = 0;
  const problems: string[] = [];
  for (const { id, path, gold } of goldFiles(set.goldDir)) {
    if (gold.id !== id) problems.push(`${id}: the gold file's id is "${gold.id}"`);
    const saved = join(set.pagesDir, `${id}.txt`);
    const excerpt = existsSync(saved) ? readFileSync(saved, 'utf8') : fromSearches.get(gold.source.url);
    if (excerpt === undefined) {
      problems.push(`${id}: not saved yet (search the pages corpus for "${gold.source.query}", take ${gold.source.url})`);
      continue;
    }
    const text = articleFile(excerpt, gold.source.url, gold.published);
    const hash = sha256(text);
    if (!gold.source.sha256 && init) {
      gold.source.sha256 = hash;
      writeFileSync(path, `${JSON.stringify(gold, null, 2)}\n`);
    } else if (gold.source.sha256 !== hash) {
      problems.push(`${id}: the saved text differs from the one the gold was written for (sha256 ${hash.slice(0, 12)}…, gold ${gold.source.sha256?.slice(0, 12) ?? 'none'}…)`);
      continue;
    }
    writeFileSync(join(set.articlesDir, `${id}.md`), text);
    restored++;
  }
  console.log(`restored ${restored} article(s) into ${set.articlesDir}`);
  for (const p of problems) console.log(`  ${p}`);
  if (problems.length) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
