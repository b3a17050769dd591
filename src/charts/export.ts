import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { uniqueSafeNames, writeFileAtomic } from '../io';
import { chartPageHtml, figureTitle, plotlyBundlePath } from './html';
import { ChartRenderer, findChromium, openChartRenderer } from './render';
import type { FigureRenderer } from './render';
import type { NamedFigure } from './types';

export type ChartFormat = 'html' | 'png' | 'svg';

export const PLOTLY_FILE = 'plotly.min.js';

export interface ExportOptions {
  /** Default: all three. HTML is always possible; PNG and SVG need Chromium. */
  readonly formats?: readonly ChartFormat[];
  /** An open renderer to reuse across several exports (the caller closes it). */
  readonly renderer?: FigureRenderer;
  /** Chromium binary; default `findChromium()`. `null` forces the no-browser path. */
  readonly chromiumPath?: string | null;
  /**
   * A `plotly.min.js` shared by several output folders (e.g. `<out>/plotly.min.js` for a corpus
   * run): copied there once, and each page loads it by a relative path, so the pages keep working
   * when the whole root is copied. Default: a copy next to the pages in `dir`.
   */
  readonly sharedBundle?: string;
  /** Where the one-line notice about skipped images goes (default: stderr, once per process). */
  readonly warn?: (line: string) => void;
}

export interface ExportResult {
  /** Paths written by this call, in writing order. */
  readonly written: readonly string[];
  /** Paths not written because their format could not be produced. */
  readonly skipped: readonly string[];
  /** Why files were skipped, or null. */
  readonly notice: string | null;
}

let warnedNoChromium = false;

function warnOnce(line: string): void {
  if (warnedNoChromium) return;
  warnedNoChromium = true;
  process.stderr.write(`discourse-kit: ${line}\n`);
}

/**
 * Write each chart as `<name>.html` (interactive, loading the one shared `plotly.min.js` next to
 * it), `<name>.png` and `<name>.svg` into `dir`. PNG and SVG come from one headless Chromium for
 * the whole batch; without Chromium they are skipped with a single notice.
 */
export async function exportCharts(
  dir: string,
  charts: readonly NamedFigure[],
  opts: ExportOptions = {},
): Promise<ExportResult> {
  const formats = new Set(opts.formats ?? ['html', 'png', 'svg']);
  const names = uniqueSafeNames(charts.map((c) => c.name));
  const written: string[] = [];
  const skipped: string[] = [];
  let notice: string | null = null;
  mkdirSync(dir, { recursive: true });

  const imageFormats = (['png', 'svg'] as const).filter((f) => formats.has(f));
  const pngWritten = new Set<number>();
  if (imageFormats.length > 0 && charts.length > 0) {
    const opened = opts.renderer
      ? { renderer: opts.renderer }
      : await openChartRenderer(opts.chromiumPath === undefined ? findChromium() : opts.chromiumPath);
    if ('problem' in opened) {
      notice = `${imageFormats.map((f) => f.toUpperCase()).join('/')} skipped (${opened.problem}); HTML and CSV are still written.`;
      (opts.warn ?? warnOnce)(notice);
      for (const name of names) for (const format of imageFormats) skipped.push(join(dir, `${name}.${format}`));
    } else {
      const { renderer } = opened;
      try {
        // all figures at once: the renderer spreads them over its pages; files are written in order
        const rendered = await Promise.all(
          charts.map((chart) => renderer.render(chart.figure, { formats: imageFormats })),
        );
        for (const [i, images] of rendered.entries()) {
          if (images.png) {
            writeFileAtomic(join(dir, `${names[i]}.png`), images.png);
            written.push(join(dir, `${names[i]}.png`));
            pngWritten.add(i);
          }
          if (images.svg !== undefined) {
            writeFileAtomic(join(dir, `${names[i]}.svg`), images.svg);
            written.push(join(dir, `${names[i]}.svg`));
          }
        }
      } finally {
        if (!opts.renderer) await (renderer as ChartRenderer).close();
      }
    }
  }

  if (formats.has('html') && charts.length > 0) {
    const bundleCopy = opts.sharedBundle ?? join(dir, PLOTLY_FILE);
    if (copyBundleIfStale(bundleCopy)) written.push(bundleCopy);
    const plotlySrc = relative(dir, bundleCopy).split(sep).join('/');
    for (const [i, chart] of charts.entries()) {
      const fallbackImage = pngWritten.has(i) ? { src: `${names[i]}.png`, alt: figureTitle(chart.figure) } : undefined;
      const path = join(dir, `${names[i]}.html`);
      writeFileAtomic(path, chartPageHtml(chart.figure, { plotlySrc, ...(fallbackImage ? { fallbackImage } : {}) }));
      written.push(path);
    }
  }
  return { written, skipped, notice };
}

/** Copy the plotly bundle to `target` unless an identical-size copy is already there; true when copied. */
export function copyBundleIfStale(target: string): boolean {
  const source = plotlyBundlePath();
  if (existsSync(target) && statSync(target).size === statSync(source).size) return false;
  // renamed into place (the temporary name is unique per process and thread): never a half-copied bundle
  mkdirSync(dirname(target), { recursive: true });
  writeFileAtomic(target, readFileSync(source));
  return true;
}
