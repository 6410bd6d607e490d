// What corrections cost at ingest: the same articles saved again into two indexes, one with no
// corrections and one with ~100 in force (aliases, roles, event places), side by side in one run.
// Extraction is done once, outside the timing: only the save (and the enforcement inside it) counts.
import { performance } from 'node:perf_hooks';
import { correct } from '../src/curate/index.ts';
import { extract } from '../src/extract/index.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { BUNDLED_ARTICLES } from '../src/config.ts';

const ROUNDS = Number(process.argv[2] ?? 20);

async function index(): Promise<Store> {
  const store = openStore(':memory:');
  await ingestPaths(store, [BUNDLED_ARTICLES]);
  return store;
}

function addCorrections(store: Store): number {
  let n = 0;
  const actors = store.listActors();
  const tryFix = (f: () => unknown) => {
    try {
      f();
      n++;
    } catch {
      /* a request the index refuses (e.g. a duplicate alias) is not counted */
    }
  };
  for (const a of actors.slice(0, 60)) tryFix(() => correct(store, { kind: 'alias-add', actor: a.id, alias: `${a.name} (bench ${n})` }, 'bench', 'bench'));
  for (const a of actors.slice(60, 80)) tryFix(() => correct(store, { kind: 'role-add', actor: a.id, title: `bench role ${n}`, since: '2020' }, 'bench', 'bench'));
  for (const e of store.listEvents().slice(0, 20)) tryFix(() => correct(store, { kind: 'event-place', event: e.id, place: 'Benchville' }, 'bench', 'bench'));
  return n;
}

/** ms per article saved, median of ROUNDS rounds of saving every article again. */
function saves(store: Store): number {
  const items = store.listArticles().map((ref) => {
    const article = store.storedArticle(ref.id)!;
    return { article, extraction: extract(article) };
  });
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    for (const { article, extraction } of items) {
      const id = store.listArticles().find((a) => a.path === article.path)!.id;
      store.refreshArticle(id, article, extraction);
    }
    times.push((performance.now() - t) / items.length);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const plain = await index();
const corrected = await index();
const n = addCorrections(corrected);
const a = saves(plain);
const b = saves(corrected);
console.log(`articles: ${plain.counts().articles}, corrections in force: ${n}, rounds: ${ROUNDS}`);
console.log(`save per article, no corrections:   ${a.toFixed(2)} ms`);
console.log(`save per article, ${n} corrections: ${b.toFixed(2)} ms  (${(b / a).toFixed(2)}x, +${(b - a).toFixed(2)} ms)`);
