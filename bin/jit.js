// V8 settings for briefbot's processes, set before any of its code runs (bin/briefbot.js and
// bin/run-ts.js import this first; V8's flags are the process's, so worker threads have them too).
//
// No optimising (TurboFan) compile of a function of more than 16 KB of bytecode: the extractor's
// two largest rule functions, buildEvent (events.ts, some 34 KB) and analyseSentence (mentions.ts,
// some 20 KB), took 2.0-2.5 s and 0.7-1.2 s of compile each time on V8's background threads, and
// they were compiled again and again as new kinds of object reached them and threw the compiled
// code away ("wrong map"): in `npm run bench:ingest -- --articles 1000`, a fifth of the process's
// CPU was TurboFan compiling (perf). Left to the baseline compiler they run a little slower and
// cost nothing to compile. Smaller functions, and all of compromise's and SQLite's code, are
// optimised as before. What any code computes is the same at every tier.
// (8 KB also leaves out clusterMentions and the custom date patterns, and was a little slower;
// 24 KB optimises analyseSentence again, also slower.)
//
// A function is optimised after 4 MB of interrupt budget (its bytecode run, weighted by size)
// instead of V8's 132 KB: optimised early, on the first articles' type feedback, a rule function
// met new kinds of object later and was thrown away and compiled again ('wrong map'), which kept
// TurboFan busy on its background threads for a quarter of the process's CPU even under the 16 KB
// cap (perf, 600 articles). Later, with fuller feedback, fewer compiles are thrown away; the hot
// loops are still optimised within the first articles of a run. (bench:ingest --articles 1000,
// three alternated runs: 509/511/602 sentences per CPU-s at 132 KB, 588/593/631 at 4 MB,
// 502/532/526 at 16 MB.)
import { setFlagsFromString } from 'node:v8';

export const MAX_OPTIMIZED_BYTECODE_SIZE = 16_384;
export const INTERRUPT_BUDGET = 4 * 1024 * 1024;
setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE_SIZE}`);
setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
