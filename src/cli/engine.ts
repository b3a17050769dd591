import { setFlagsFromString } from 'node:v8';

/**
 * After each full collection V8 lets the heap grow to a multiple of what survived before the next
 * one, and raises the multiple (up to 4) while collections stay cheap next to the work. A folder
 * run keeps about 70 MB alive from the first hundred documents to the last, but the heap grew
 * from 55 to 235 MB over 1,792 documents (7.2 MB), so peak memory rose with the number of documents.
 * Growing by half at most keeps the heap near what is alive: with the corpus database's limit
 * (src/corpus/load.ts), peak RSS of that run 541–543 MB → 319–330 MB, in the same time (23.7–25.1 s
 * against 25.6–27.1 s; 448 documents: 7.7–7.9 s either way).
 */
const HEAP_GROWING = '--heap-growing-percent=50';

/**
 * V8 settings for the command-line tool. The kit is many mid-sized rule functions, each hot for a
 * while: with V8's defaults its optimising compiler spends about as much CPU in the first few
 * hundred documents as the analysis itself, on background threads. One worker then keeps both
 * cores of a 2-core machine busy and a second worker has nothing left to gain (measured: 1 thread
 * 1.35 s wall, 2.6 s CPU for 100 documents; 2 threads 1.6× the wall time of one). Tiering up later
 * (`--interrupt-budget`, default 67584) and inlining less per function
 * (`--max-inlined-bytecode-size-cumulative`, default 920) optimise fewer, smaller functions: same
 * documents 0.94 s wall, 1.4 s CPU, and 1.36× the throughput on 2 threads; a long run is no slower
 * (3,000 documents: 2.6 s vs 3.0 s). `npm run bench` prints the folder runs with these settings.
 */
export const ENGINE_FLAGS: readonly string[] = [
  '--interrupt-budget=400000',
  '--max-inlined-bytecode-size-cumulative=200',
  HEAP_GROWING,
];

/**
 * Apply `ENGINE_FLAGS` to this process (worker threads started later share them). Call it first
 * thing in a process that is the tool, never from the library: a notebook keeps the defaults.
 * `DISCOURSE_KIT_V8_DEFAULTS=1` skips it, to compare.
 */
export function tuneEngine(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['DISCOURSE_KIT_V8_DEFAULTS'] === '1') return false;
  for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
  return true;
}
