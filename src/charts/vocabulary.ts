import {
  baseLayout,
  countTicks,
  DEFAULT_WIDTH,
  firstOf,
  rowAxis,
  rowsHeight,
  round,
  type FigureOptions,
  maxOf,
} from './layout';
import { NEGATIVE_COLOR, NGRAM_COLOR, POSITIVE_COLOR, TERM_COLOR } from './palette';
import { plotlyText } from './text';
import type { Figure, Trace } from './types';

/** A ranked term or n-gram: the fields of the terms stage's frequency rows the charts use. */
export interface RankedTerm {
  readonly term: string;
  /** The surface form to show (e.g. `China` for `china`); defaults to `term`. */
  readonly display?: string;
  readonly count: number;
  readonly per1k: number;
}

export interface RankedOptions extends FigureOptions {
  /** Bar length: raw count (default) or occurrences per 1,000 words. */
  readonly measure?: 'count' | 'per1k';
  /** Show only the first `top` rows (the input order is kept: rank before charting). */
  readonly top?: number;
}

/** Most frequent terms as horizontal bars, rank 1 on top. */
export function topTermsFigure(terms: readonly RankedTerm[], opts: RankedOptions = {}): Figure {
  return rankedBarsFigure(terms, opts, 'Top terms', TERM_COLOR);
}

/** Most frequent n-grams as horizontal bars, rank 1 on top. */
export function topNgramsFigure(ngrams: readonly RankedTerm[], opts: RankedOptions = {}): Figure {
  return rankedBarsFigure(ngrams, opts, 'Top n-grams', NGRAM_COLOR);
}

function rankedBarsFigure(
  rows: readonly RankedTerm[],
  opts: RankedOptions,
  defaultTitle: string,
  color: string,
): Figure {
  const shown = opts.top === undefined ? rows : rows.slice(0, opts.top);
  const measure = opts.measure ?? 'count';
  const labels = shown.map((r) => plotlyText(r.display ?? r.term));
  const bars: Trace = {
    type: 'bar',
    orientation: 'h',
    x: shown.map((r) => (measure === 'count' ? r.count : round(r.per1k))),
    y: labels,
    marker: { color },
    hovertext: shown.map(
      (r, i) => `<b>${labels[i]}</b><br>${r.count} occurrences<br>${round(r.per1k)} per 1,000 words`,
    ),
    hoverinfo: 'text',
  };
  return {
    data: [bars],
    layout: baseLayout(
      firstOf(opts.title ?? defaultTitle, shown.length, rows.length),
      opts.width ?? DEFAULT_WIDTH,
      opts.height ?? rowsHeight(shown.length),
      {
        margin: { l: 160, r: 30, t: 60, b: 50 },
        xaxis: {
          title: { text: measure === 'count' ? 'occurrences' : 'per 1,000 words' },
          gridcolor: '#eeeeee',
          zeroline: false,
          ...(measure === 'count' ? countTicks(maxOf(shown.map((r) => r.count))) : {}),
        },
        yaxis: { type: 'category', autorange: 'reversed', automargin: true, ticklabelstandoff: 6 },
        bargap: 0.25,
      },
    ),
  };
}

/** Where a term occurs: the fields of the terms stage's dispersion rows the chart uses. */
export interface DispersionInput {
  readonly term: string;
  /** The label to show (e.g. `China` for `china`); defaults to `term`. */
  readonly display?: string;
  /** Each occurrence's position in the document, 0..1. */
  readonly positions: readonly number[];
  readonly offsets?: readonly number[];
  readonly sentences?: readonly number[];
}

/**
 * A dispersion plot (AntConc's Plot, quanteda's x-ray): one row per term, one tick per
 * occurrence at its position in the document. Terms that never occur keep an empty row.
 */
export function dispersionFigure(rows: readonly DispersionInput[], opts: FigureOptions = {}): Figure {
  const labels = rows.map((r) => `${plotlyText(r.display ?? r.term)} (${r.positions.length})`);
  const traces: Trace[] = rows.map((row, i) => ({
    type: 'scatter',
    mode: 'markers',
    name: labels[i],
    x: [...row.positions],
    y: row.positions.map(() => i),
    marker: { symbol: 'line-ns-open', size: 22, line: { width: 1.5, color: TERM_COLOR }, color: TERM_COLOR },
    hovertext: row.positions.map((p, k) => {
      const sentence = row.sentences?.[k];
      const offset = row.offsets?.[k];
      const where = [`${round(p * 100, 1)}% into the text`];
      if (sentence !== undefined) where.push(`sentence ${sentence + 1}`);
      if (offset !== undefined) where.push(`offset ${offset}`);
      return `<b>${plotlyText(row.display ?? row.term)}</b><br>${where.join('<br>')}`;
    }),
    hoverinfo: 'text',
    showlegend: false,
  }));
  return {
    data: traces,
    layout: baseLayout(
      opts.title ?? 'Dispersion',
      opts.width ?? DEFAULT_WIDTH,
      opts.height ?? rowsHeight(rows.length, 40, 120),
      {
        margin: { l: 160, r: 30, t: 60, b: 50 },
        xaxis: {
          range: [0, 1],
          tickformat: '.0%',
          title: { text: 'position in the document' },
          gridcolor: '#eeeeee',
          zeroline: false,
        },
        // Numeric rows with tick labels, so a term that never occurs still keeps its (empty) row.
        yaxis: rowAxis(labels),
      },
    ),
  };
}

/** One term's relative frequency in one segment of the document. */
export interface TrendInput {
  readonly term: string;
  /** The label to show (e.g. `China` for `china`); defaults to `term`. */
  readonly display?: string;
  readonly segment: number;
  readonly per1k: number;
}

export interface TrendOptions extends FigureOptions {
  /** How segments are numbered in the input: 0 (default, shown as 1..n) or 1. */
  readonly firstSegment?: 0 | 1;
}

/** Voyant-style trends: one line per term across the document's segments. */
export function trendsFigure(rows: readonly TrendInput[], opts: TrendOptions = {}): Figure {
  const shift = 1 - (opts.firstSegment ?? 0);
  const byTerm = new Map<string, TrendInput[]>();
  for (const row of rows) {
    const list = byTerm.get(row.term) ?? [];
    list.push(row);
    byTerm.set(row.term, list);
  }
  const lines = [...byTerm].map(([term, list]) => {
    const points = [...list].sort((a, b) => a.segment - b.segment);
    return {
      term,
      label: list[0]!.display ?? term,
      points,
      key: JSON.stringify(points.map((p) => [p.segment, round(p.per1k)])),
    };
  });
  // A line identical to an earlier one would hide under it: draw it dashed and say so.
  const firstWith = new Map<string, string>();
  const notes: string[] = [];
  const traces: Trace[] = lines.map(({ label, points, key }) => {
    const twin = firstWith.get(key);
    if (twin === undefined) firstWith.set(key, label);
    else notes.push(`${label} = ${twin}`);
    return {
      type: 'scatter',
      mode: 'lines+markers',
      name: plotlyText(twin === undefined ? label : `${label} (same as ${twin})`),
      x: points.map((p) => p.segment + shift),
      y: points.map((p) => round(p.per1k)),
      ...(twin === undefined ? {} : { line: { dash: 'dash', width: 3 }, marker: { symbol: 'x', size: 9 } }),
      hovertext: points.map(
        (p) => `<b>${plotlyText(label)}</b><br>segment ${p.segment + shift}<br>${round(p.per1k)} per 1,000 words`,
      ),
      hoverinfo: 'text',
    };
  });
  const height = opts.height ?? 440;
  return {
    data: traces,
    layout: baseLayout(opts.title ?? 'Trends', opts.width ?? DEFAULT_WIDTH, height, {
      margin: { l: 60, r: 30, t: 60, b: 110 },
      xaxis: { title: { text: 'segment of the document' }, dtick: 1, gridcolor: '#eeeeee', zeroline: false },
      yaxis: { title: { text: 'per 1,000 words' }, rangemode: 'tozero', gridcolor: '#eeeeee' },
      legend: { orientation: 'h', x: 0, xanchor: 'left', y: 0, yref: 'container', yanchor: 'bottom' },
      ...(notes.length > 0
        ? {
            annotations: [
              {
                text: plotlyText(`Identical lines, drawn dashed over each other: ${notes.join('; ')}`),
                xref: 'paper',
                x: 1,
                xanchor: 'right',
                yref: 'paper',
                y: 1,
                yanchor: 'bottom',
                yshift: 8,
                align: 'right',
                showarrow: false,
                font: { size: 11, color: '#666666' },
              },
            ],
          }
        : {}),
    }),
  };
}

/** A keyness row: signed log-likelihood and Hardie's log ratio. */
export interface KeynessInput {
  readonly term: string;
  readonly g2: number;
  readonly logRatio: number;
}

export interface KeynessOptions extends FigureOptions {
  /** Names of the compared parts, e.g. a speaker and `everyone else`. */
  readonly target?: string;
  readonly reference?: string;
  readonly top?: number;
}

/** Diverging bars of log ratio: right = overused in the target, left = in the reference. */
export function keynessFigure(rows: readonly KeynessInput[], opts: KeynessOptions = {}): Figure {
  const shown = opts.top === undefined ? rows : rows.slice(0, opts.top);
  const target = opts.target ?? 'target';
  const reference = opts.reference ?? 'reference';
  // JSON turns ±Infinity (a term absent from one side, without smoothing) into null, which
  // would silently drop the most distinctive bars; draw them at a visible extreme instead.
  const finite = (v: number): number => (Number.isFinite(v) ? round(v) : v > 0 ? 99 : -99);
  const bars: Trace = {
    type: 'bar',
    orientation: 'h',
    x: shown.map((r) => finite(r.logRatio)),
    y: shown.map((r) => plotlyText(r.term)),
    marker: { color: shown.map((r) => (r.logRatio >= 0 ? POSITIVE_COLOR : NEGATIVE_COLOR)) },
    hovertext: shown.map(
      (r) =>
        `<b>${plotlyText(r.term)}</b><br>log ratio ${finite(r.logRatio)}<br>G² ${round(r.g2)}<br>more in ${plotlyText(r.logRatio >= 0 ? target : reference)}`,
    ),
    hoverinfo: 'text',
  };
  return {
    data: [bars],
    layout: baseLayout(
      firstOf(opts.title ?? `Keyness: ${target} vs ${reference}`, shown.length, rows.length),
      opts.width ?? DEFAULT_WIDTH,
      opts.height ?? rowsHeight(shown.length),
      {
        margin: { l: 160, r: 30, t: 60, b: 60 },
        xaxis: {
          title: { text: plotlyText(`← more in ${reference}   log ratio   more in ${target} →`) },
          zeroline: true,
          zerolinecolor: '#888888',
          gridcolor: '#eeeeee',
        },
        yaxis: { type: 'category', autorange: 'reversed', automargin: true, ticklabelstandoff: 6 },
      },
    ),
  };
}
