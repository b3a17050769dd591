import { plotlyText } from './text';
import type { Layout } from './types';

export const FONT = { family: 'Liberation Sans, Arial, Helvetica, sans-serif', size: 12, color: '#333333' };
export const DEFAULT_WIDTH = 800;

export interface FigureOptions {
  /** Plain text; escaped before it reaches plotly. */
  readonly title?: string;
  readonly width?: number;
  readonly height?: number;
}

/** The layout every chart shares: fixed size, white background, escaped title. */
export function baseLayout(title: string, width: number, height: number, extra: Record<string, unknown>): Layout {
  return {
    title: { text: plotlyText(title), x: 0.02, xanchor: 'left', font: { size: 16 } },
    font: FONT,
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    width,
    height,
    ...extra,
  };
}

/** Height of a chart with one row per category, bounded so a long list stays readable. */
export function rowsHeight(rows: number, perRow = 22, chrome = 130): number {
  return Math.min(2400, Math.max(260, rows * perRow + chrome));
}

/** Round for display so hover texts do not carry float noise. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A y axis of fixed rows 0..n-1 labelled top to bottom; empty rows keep their place. */
export function rowAxis(labels: readonly string[]): Record<string, unknown> {
  return {
    tickmode: 'array',
    tickvals: labels.map((_, i) => i),
    ticktext: [...labels],
    ticklabelstandoff: 6,
    range: [labels.length - 0.5, -0.5],
    automargin: true,
    zeroline: false,
    showgrid: true,
    gridcolor: '#f3f3f3',
  };
}

/** Whole-number ticks for an axis of small counts (plotly would otherwise label 0.5 steps). */
export function countTicks(max: number): Record<string, unknown> {
  return max <= 10 ? { dtick: 1 } : {};
}

/** `title (first N of M)` when a chart shows only the first rows of its data. */
export function firstOf(title: string, shown: number, total: number): string {
  return shown < total ? `${title} (first ${shown} of ${total})` : title;
}

/**
 * The largest of `values`, at least `floor`. A loop, not `Math.max(...values)`: spreading the
 * sentences of a long document as arguments overflows the call stack.
 */
export function maxOf(values: Iterable<number>, floor = 0): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}
