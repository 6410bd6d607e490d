// Named-entity recognition on CoNLL-2003 English: how well our extractor finds people,
// organisations and places, scored as exact token spans against the shared-task annotation.
//
//   node bin/run-ts.js bench/eval-conll.ts                    the development file (testa)
//   node bin/run-ts.js bench/eval-conll.ts --file train       the training file (develop rules on this)
//   ... --data DIR      folder holding train.txt / testa.txt (or eng.train / eng.testa); default scratch/conll
//   ... --limit N       only the first N documents
//   ... --json          the scores as JSON
//   ... --errors N      N example misses, false positives and wrong types, with their sentences
//
// The data is not part of the repository (it is licensed apart); put the files in scratch/conll/,
// which git ignores. Never score on the test file (testb): it is kept for a final, once-only check
// by whoever owns the figures, and rules tuned against it would make that check worthless.
//
// How a document becomes an article:
// - "-DOCSTART-" lines separate documents, blank lines sentences; each line is "word POS chunk NER".
// - Each CoNLL sentence is one Sentence; the article text is the sentences joined by newlines, so
//   the extractor sees exactly the sentence boundaries the annotators used (ingest would split
//   sentences itself; here that would only add noise unrelated to names).
// - Detokenisation (`detokenise`) glues punctuation back the way print has it: no space before
//   , . ; : ! ? ) ] % 's n't 're 've 'll 'd 'm, none after ( [ $, and straight double quotes
//   alternate between opening (glued to the next word) and closing (glued to the previous one).
//   Every token keeps its character offsets, so predictions map back to token spans exactly.
// - Tags may be IOB1 or IOB2: an I- tag continues the entity before it only when the type is the
//   same; otherwise it opens a new one. B- always opens a new one.
//
// Scoring: the extractor's mentions typed person / organization / place become PER / ORG / LOC
// spans over the tokens they cover (a mention ending inside a token, "Sweden" in "Sweden-based",
// covers that whole token). A prediction counts only when its tokens and type both match a gold
// entity. Gold MISC entities are not scored as things to find, and our 'other' and date mentions
// are not scored as predictions; a PER/ORG/LOC prediction on a gold MISC span is a false positive
// (the conlleval convention restricted to three types). Micro-averaged over PER, ORG and LOC.
// The micro score is also given apart for prose (sentences with at least five lower-case words)
// and for the other lines (headlines, datelines, results and tables), which CoNLL has many of.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Sentence } from '../src/domain.ts';
import { extract } from '../src/extract/index.ts';

type EntType = 'PER' | 'ORG' | 'LOC' | 'MISC';
const SCORED = ['PER', 'ORG', 'LOC'] as const;
type Scored = (typeof SCORED)[number];

interface Span {
  from: number; // token index in the sentence
  to: number; // exclusive
  type: EntType;
}

interface ConllSentence {
  words: string[];
  spans: Span[];
}

interface ConllDoc {
  sentences: ConllSentence[];
}

// ---- Arguments ----

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const v = args[at + 1];
  if (v === undefined || v.startsWith('--')) usage(`${name} needs a value`);
  return v;
}
function usage(problem: string): never {
  console.error(`eval-conll: ${problem}\nusage: eval-conll.ts [--file train|testa] [--data DIR] [--limit N] [--json] [--errors N]`);
  process.exit(2);
}
const known = new Set(['--file', '--data', '--limit', '--json', '--errors']);
for (let i = 0; i < args.length; i++) {
  if (!known.has(args[i]!)) usage(`unknown argument ${args[i]}`);
  if (args[i] !== '--json') i++;
}
const fileName = option('--file') ?? 'testa';
if (fileName !== 'train' && fileName !== 'testa') usage(`--file must be train or testa (the test file, testb, is not for development)`);
const dataDir = resolve(option('--data') ?? 'scratch/conll');
const limit = option('--limit') ? Number(option('--limit')) : Infinity;
const errorsWanted = option('--errors') ? Number(option('--errors')) : 0;
const json = args.includes('--json');
if (!(limit > 0) || !(errorsWanted >= 0)) usage('--limit and --errors take a positive number');

const candidates = fileName === 'train' ? ['train.txt', 'eng.train'] : ['testa.txt', 'valid.txt', 'eng.testa', 'dev.txt'];
const path = candidates.map((c) => join(dataDir, c)).find(existsSync);
if (!path) usage(`no ${fileName} file in ${dataDir} (looked for ${candidates.join(', ')})`);

// ---- Reading CoNLL ----

function parseConll(raw: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length) {
      if (!doc) docs.push((doc = { sentences: [] }));
      doc.sentences.push({ words, spans: spansOf(tags) });
    }
    words = [];
    tags = [];
  };
  for (const line of raw.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      doc = null;
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    words.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  endSentence();
  return docs.filter((d) => d.sentences.length);
}

/** Entity spans from IOB1 or IOB2 tags. */
function spansOf(tags: string[]): Span[] {
  const out: Span[] = [];
  let open: Span | null = null;
  tags.forEach((tag, i) => {
    const m = /^([BI])-(PER|ORG|LOC|MISC)$/.exec(tag);
    if (!m) {
      open = null;
      return;
    }
    const type = m[2] as EntType;
    if (m[1] === 'I' && open && open.type === type && open.to === i) {
      open.to = i + 1;
      return;
    }
    open = { from: i, to: i + 1, type };
    out.push(open);
  });
  return out;
}

// ---- Detokenising ----

const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|\.\.\.?|'s|'S|'|n't|N'T|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/** One sentence as printed text, with each token's [start, end) in it. */
function detokenise(words: string[]): { text: string; offsets: [number, number][] } {
  let text = '';
  const offsets: [number, number][] = [];
  let quoteOpen = false;
  let glueNext = false;
  for (const w of words) {
    let space = text.length > 0 && !glueNext;
    glueNext = false;
    if (NO_SPACE_BEFORE.test(w)) space = false;
    if (w === '"') {
      if (quoteOpen) space = false;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (NO_SPACE_AFTER.test(w)) glueNext = true;
    if (space) text += ' ';
    offsets.push([text.length, text.length + w.length]);
    text += w;
  }
  return { text, offsets };
}

// ---- Scoring ----

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const counts = Object.fromEntries(SCORED.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<Scored, Counts>;
const byLayout = { prose: { tp: 0, fp: 0, fn: 0 }, lines: { tp: 0, fp: 0, fn: 0 } };
const isProse = (words: string[]) => words.filter((w) => /^\p{Ll}{2,}/u.test(w)).length >= 5;
let fpOnMisc = 0;
let wrongType = 0;

interface Example {
  kind: 'miss' | 'false positive' | 'wrong type';
  what: string;
  sentence: string;
}
const examples: Example[] = [];

const TYPE_OF: Record<string, Scored | undefined> = { person: 'PER', organization: 'ORG', place: 'LOC' };

const docs = parseConll(readFileSync(path, 'utf8')).slice(0, Number.isFinite(limit) ? limit : undefined);
let sentenceCount = 0;
let tokenCount = 0;
let extractMs = 0;

for (const doc of docs) {
  const sentences: Sentence[] = [];
  const laid: { offsets: [number, number][]; start: number; text: string }[] = [];
  let text = '';
  doc.sentences.forEach((s, index) => {
    const d = detokenise(s.words);
    if (text) text += '\n';
    const start = text.length;
    text += d.text;
    sentences.push({ index, text: d.text, start, end: text.length });
    laid.push({ offsets: d.offsets, start, text: d.text });
  });
  sentenceCount += sentences.length;
  tokenCount += doc.sentences.reduce((n, s) => n + s.words.length, 0);

  const t0 = performance.now();
  const { mentions } = extract({ sentences, published: null });
  extractMs += performance.now() - t0;

  // Predicted spans per sentence, as token spans.
  const predicted: Span[][] = doc.sentences.map(() => []);
  for (const m of mentions) {
    const type = TYPE_OF[m.type];
    if (!type) continue;
    const si = m.sentenceIndex;
    const l = laid[si];
    if (!l) continue;
    const a = m.start - l.start;
    const b = m.end - l.start;
    let from = -1;
    let to = -1;
    l.offsets.forEach(([s, e], k) => {
      if (e > a && s < b) {
        if (from < 0) from = k;
        to = k + 1;
      }
    });
    if (from < 0) continue;
    if (predicted[si]!.some((p) => p.from === from && p.to === to)) continue;
    predicted[si]!.push({ from, to, type });
  }

  doc.sentences.forEach((s, si) => {
    const gold = s.spans;
    const pred = predicted[si]!;
    const layout = byLayout[isProse(s.words) ? 'prose' : 'lines'];
    const shown = (sp: Span) => `${sp.type} "${s.words.slice(sp.from, sp.to).join(' ')}"`;
    for (const p of pred) {
      const hit = gold.find((g) => g.from === p.from && g.to === p.to);
      if (hit && hit.type === p.type) {
        counts[p.type as Scored].tp++;
        layout.tp++;
      } else {
        counts[p.type as Scored].fp++;
        layout.fp++;
        if (hit?.type === 'MISC') fpOnMisc++;
        if (hit && hit.type !== 'MISC') {
          wrongType++;
          examples.push({ kind: 'wrong type', what: `${shown(p)} is ${hit.type}`, sentence: laid[si]!.text });
        } else examples.push({ kind: 'false positive', what: `${shown(p)}${hit ? ' (gold MISC)' : ''}`, sentence: laid[si]!.text });
      }
    }
    for (const g of gold) {
      if (g.type === 'MISC') continue;
      if (!pred.some((p) => p.from === g.from && p.to === g.to && p.type === g.type)) {
        counts[g.type as Scored].fn++;
        layout.fn++;
        if (!pred.some((p) => p.from === g.from && p.to === g.to))
          examples.push({ kind: 'miss', what: shown(g), sentence: laid[si]!.text });
      }
    }
  });
}

const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, ...c };
};
const micro = prf(
  SCORED.reduce((acc, t) => ({ tp: acc.tp + counts[t].tp, fp: acc.fp + counts[t].fp, fn: acc.fn + counts[t].fn }), { tp: 0, fp: 0, fn: 0 }),
);
const seconds = extractMs / 1000;
const result = {
  file: fileName,
  documents: docs.length,
  sentences: sentenceCount,
  tokens: tokenCount,
  seconds: Number(seconds.toFixed(2)),
  sentencesPerSecond: Math.round(sentenceCount / seconds),
  types: Object.fromEntries(SCORED.map((t) => [t, prf(counts[t])])),
  micro,
  prose: prf(byLayout.prose),
  otherLines: prf(byLayout.lines),
  falsePositivesOnMisc: fpOnMisc,
  wrongType,
};

if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  console.log(`CoNLL-2003 ${fileName}: ${docs.length} documents, ${sentenceCount} sentences, ${tokenCount} tokens (${path})\n`);
  console.log('type   precision  recall     F1      tp     fp     fn');
  for (const [name, c] of [...SCORED.map((t) => [t, prf(counts[t])] as const), ['micro', micro] as const])
    console.log(`${name.padEnd(6)}    ${pct(c.precision)}   ${pct(c.recall)}  ${pct(c.f1)}  ${String(c.tp).padStart(6)} ${String(c.fp).padStart(6)} ${String(c.fn).padStart(6)}`);
  for (const [name, c] of [['prose', result.prose], ['lines', result.otherLines]] as const)
    console.log(`${name.padEnd(6)}    ${pct(c.precision)}   ${pct(c.recall)}  ${pct(c.f1)}  ${String(c.tp).padStart(6)} ${String(c.fp).padStart(6)} ${String(c.fn).padStart(6)}   (micro, ${name === 'prose' ? 'sentences of prose' : 'headlines, datelines, results, tables'})`);
  console.log(`\nfalse positives on gold MISC spans: ${fpOnMisc}; right span, wrong type: ${wrongType}`);
  console.log(`extraction: ${seconds.toFixed(2)} s, ${result.sentencesPerSecond} sentences/s`);
  if (errorsWanted > 0) {
    for (const kind of ['miss', 'false positive', 'wrong type'] as const) {
      const list = examples.filter((e) => e.kind === kind);
      // spread the examples over the file rather than taking the first N
      const step = Math.max(1, Math.floor(list.length / errorsWanted));
      console.log(`\n---- ${kind} (${list.length}) ----`);
      for (let i = 0, n = 0; i < list.length && n < errorsWanted; i += step, n++) console.log(`${list[i]!.what}\n    ${list[i]!.sentence}`);
    }
  }
}
