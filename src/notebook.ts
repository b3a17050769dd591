/**
 * What every single-document notebook starts with: which text to load, its analysis by the CLI's
 * pipeline, and the notebook's share of the standard charts. Kept apart from the pipeline because
 * showing a chart needs the notebook display (tslab).
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { show } from './charts/display';
import type { NamedFigure } from './charts';
import { documentSlug } from './io';
import { analysisCharts, analyze } from './pipeline';
import type { Analysis } from './pipeline';
import { loadDocument } from './text';
import type { Doc } from './text';

/** The repository (or installed package) root: seeds/ and outputs/ are found from here. */
export const PACKAGE_ROOT = resolve(__dirname, '..');
/** The bundled seed, relative to the root. */
export const DEFAULT_SEED = 'seeds/000_4c4a38b6e695fe75.txt';
/** The environment variable that names another document to load. */
export const SEED_VARIABLE = 'DISCOURSE_KIT_SEED';

export interface NotebookOptions {
  /** The document to load; relative paths are taken from `root`. Default: `$DISCOURSE_KIT_SEED`, else the bundled seed. */
  readonly seed?: string;
  /** The standard charts (names of `analysisCharts`) this notebook shows and exports. */
  readonly charts?: readonly string[];
  /** Where seeds/ and outputs/ are (default: the package root). */
  readonly root?: string;
  /** The environment to read `DISCOURSE_KIT_SEED` from (default: `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface NotebookSetup {
  readonly root: string;
  /** The absolute path of the loaded document. */
  readonly seedPath: string;
  /** Where the path came from: the `seed` option, `$DISCOURSE_KIT_SEED`, or the bundled default. */
  readonly seedFrom: 'option' | 'environment' | 'default';
  /** One line saying which document is loaded and how to load another, for the notebook to print. */
  readonly seedLine: string;
  readonly doc: Doc;
  /** The same analysis `discourse-kit analyze` makes of the document. */
  readonly analysis: Analysis;
  /** The notebook's standard charts, in `analysisCharts` order; a chart with nothing to draw is absent. */
  readonly stageCharts: readonly NamedFigure[];
  /** The folder the CLI writes this document's outputs to: `outputs/<document>/` under the root. */
  readonly outDir: string;
  /** Show one of the standard charts, or say that the document gives it nothing to draw. */
  showChart(name: string): Promise<void>;
}

/** Which document a notebook loads: the `seed` option, else `$DISCOURSE_KIT_SEED`, else the bundled seed. */
export function notebookSeed(
  options: NotebookOptions = {},
): Pick<NotebookSetup, 'root' | 'seedPath' | 'seedFrom' | 'seedLine'> {
  const root = options.root ?? PACKAGE_ROOT;
  const fromEnv = (options.env ?? process.env)[SEED_VARIABLE];
  const seedFrom = options.seed ? 'option' : fromEnv ? 'environment' : 'default';
  const seedPath = resolve(root, options.seed || fromEnv || DEFAULT_SEED);
  const inRoot = relative(root, seedPath);
  const shown = inRoot && !inRoot.startsWith('..') && !isAbsolute(inRoot) ? inRoot : seedPath;
  const how =
    seedFrom === 'option'
      ? ''
      : seedFrom === 'environment'
        ? ` (from ${SEED_VARIABLE})`
        : ` (bundled default; set ${SEED_VARIABLE} to load another file)`;
  return { root, seedPath, seedFrom, seedLine: `Seed: ${shown}${how}` };
}

/** Load the notebook's document, analyse it as the CLI does, and pick the notebook's standard charts. */
export function notebookSetup(options: NotebookOptions = {}): NotebookSetup {
  const seed = notebookSeed(options);
  const doc = loadDocument(seed.seedPath);
  const analysis = analyze(doc);
  const wanted = options.charts;
  const stageCharts = analysisCharts(analysis).filter((chart) => wanted === undefined || wanted.includes(chart.name));
  return {
    ...seed,
    doc,
    analysis,
    stageCharts,
    outDir: join(seed.root, 'outputs', documentSlug(seed.seedPath)),
    async showChart(name: string): Promise<void> {
      const chart = stageCharts.find((c) => c.name === name);
      if (chart) await show(chart.figure);
      else console.log(`No "${name}" chart: this document gives it nothing to draw.`);
    },
  };
}
