import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import type { Piscina } from 'piscina';
import type { FigureRenderer } from '../charts';
import { failureLine, runDocument } from './document';
import type { DocumentOutcome, DocumentTask } from './document';
import { serveRenderer } from './remote-renderer';

/** Default `--jobs`: the number of cores. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** The compiled worker script: next to this file when running from `dist`, else in `dist` (tests run the sources). */
function workerScript(): string {
  const here = join(__dirname, 'worker.js');
  return existsSync(here) ? here : join(__dirname, '..', '..', 'dist', 'cli', 'worker.js');
}

/** Set by `runOrdered` while worker threads run: `stop()` terminates them. */
export interface PoolStopper {
  stop?: () => Promise<void>;
}

/** A task for a thread, or an outcome already known (an input refused before any work). */
export type DocumentJob = DocumentTask | { readonly outcome: DocumentOutcome };

/** Worker threads started ahead of the work (`startWorkers`), and how many. */
export interface Workers {
  readonly pool: Piscina;
  readonly jobs: number;
}

/**
 * Start `jobs` worker threads now: each loads the kit (about a tenth of a second) while the main
 * thread is still preparing the run (reading the inputs, opening the corpus database). Null for
 * one job: the main thread does the work. The threads end when `runOrdered` is done with them,
 * or with `destroy()`.
 */
export async function startWorkers(jobs: number): Promise<Workers | null> {
  if (jobs <= 1) return null;
  const { Piscina } = await import('piscina');
  return {
    pool: new Piscina({ filename: workerScript(), minThreads: jobs, maxThreads: jobs, idleTimeout: 1000 }),
    jobs,
  };
}

/**
 * Runs document tasks on the `workers` (see `startWorkers`) and hands the outcomes to `consume` in
 * input order. At most `4 × jobs` tasks are in flight and `tasks` is read lazily, so memory stays
 * flat however many documents there are; `consume` is awaited before the next outcome. Without
 * workers everything runs on this thread. Chart images of every thread are
 * drawn by the one browser `renderer` opens on this thread. `stopper.stop`, set while the
 * threads run, ends them and resolves once no thread can write another file (Ctrl-C). The
 * workers are destroyed when the run ends.
 */
export async function runOrdered(
  tasks: AsyncIterable<DocumentJob> | Iterable<DocumentJob>,
  workers: Workers | null,
  consume: (outcome: DocumentOutcome, index: number) => Promise<void> | void,
  renderer: (() => Promise<FigureRenderer | null>) | null = null,
  stopper: PoolStopper = {},
): Promise<void> {
  if (workers === null) {
    let index = 0;
    for await (const task of tasks)
      await consume('outcome' in task ? task.outcome : await runDocument(task, renderer), index++);
    return;
  }
  const { pool, jobs } = workers;
  stopper.stop = () => pool.destroy();
  // Outcomes are consumed in input order: while a long document holds the head of the queue, the
  // other threads go on with up to this many documents behind it instead of waiting.
  const window = 4 * jobs;
  const pending: Promise<DocumentOutcome>[] = [];
  let index = 0;
  const dispatch = (task: DocumentTask): Promise<DocumentOutcome> => {
    // a worker that dies (out of memory, say) costs its document one line, like any other failure
    const lost = (err: unknown): DocumentOutcome => ({
      source: task.input.source,
      error: failureLine(task.input.source, err),
      ms: 0,
    });
    if (renderer === null || task.dir === null) return (pool.run({ task }) as Promise<DocumentOutcome>).catch(lost);
    const { port1, port2 } = new MessageChannel();
    serveRenderer(port1, renderer);
    return (pool.run({ task, port: port2 }, { transferList: [port2] }) as Promise<DocumentOutcome>)
      .catch(lost)
      .finally(() => port1.close());
  };
  try {
    for await (const task of tasks) {
      const running = 'outcome' in task ? Promise.resolve(task.outcome) : dispatch(task);
      running.catch(() => {}); // awaited in order below; an early failure must not go unhandled meanwhile
      pending.push(running);
      if (pending.length >= window) await consume(await pending.shift()!, index++);
    }
    while (pending.length > 0) await consume(await pending.shift()!, index++);
  } finally {
    delete stopper.stop;
    await Promise.allSettled(pending);
    await pool.destroy();
  }
}
