import { CLAIM_TYPES } from '../claims';
import { baseLayout, DEFAULT_WIDTH, rowsHeight, round, type FigureOptions } from './layout';
import { claimColor, compareCodeUnits, speakerColors } from './palette';
import { plotlyText, truncate } from './text';
import type { Figure, NamedFigure, Trace } from './types';
import { keynessFigure, type KeynessInput } from './vocabulary';

/**
 * Charts comparing documents of a corpus: pure functions from comparison rows (see src/corpus)
 * to plotly figures, and `corpusCharts`, the set `discourse-kit analyze FOLDER` exports into
 * `outputs/corpus/` and notebook 04 shows.
 */

/** A claim type's count and share in a document or group. */
export interface GroupClaimShare {
  readonly group: string;
  readonly type: string;
  readonly count: number;
  /** 0..1 of the group's claims. */
  readonly share: number;
}

/** Stacked bars, one per document or group: the share of each claim type (taxonomy order), hover with counts. */
export function claimMixByGroupFigure(
  rows: readonly GroupClaimShare[],
  opts: FigureOptions & { readonly groupLabel?: string } = {},
): Figure {
  const groups = [...new Set(rows.map((r) => r.group))].sort(compareCodeUnits);
  const present = new Set(rows.map((r) => r.type));
  const types = [
    ...CLAIM_TYPES.filter((t) => present.has(t)),
    ...[...present].filter((t) => !(CLAIM_TYPES as readonly string[]).includes(t)).sort(compareCodeUnits),
  ];
  const cell = new Map(rows.map((r) => [`${r.group}\u0000${r.type}`, r]));
  const labels = groups.map((g) => plotlyText(truncate(g, 40)));
  const traces: Trace[] = types.map((type) => {
    const cells = groups.map((g) => cell.get(`${g}\u0000${type}`));
    return {
      type: 'bar',
      orientation: 'h',
      name: plotlyText(type),
      x: cells.map((c) => round(100 * (c?.share ?? 0), 1)),
      y: labels,
      marker: { color: claimColor(type) },
      hovertext: cells.map(
        (c, i) => `<b>${labels[i]}</b><br>${plotlyText(type)}: ${c?.count ?? 0} (${round(100 * (c?.share ?? 0), 1)}%)`,
      ),
      hoverinfo: 'text',
    };
  });
  return {
    data: traces,
    layout: baseLayout(
      opts.title ?? `Claim mix by ${opts.groupLabel ?? 'group'}`,
      opts.width ?? DEFAULT_WIDTH,
      opts.height ?? rowsHeight(groups.length, 30, 300),
      {
        barmode: 'stack',
        margin: { l: 200, r: 30, t: 60, b: 190 },
        xaxis: { title: { text: '% of sentences' }, range: [0, 100], gridcolor: '#eeeeee' },
        yaxis: { type: 'category', autorange: 'reversed', automargin: true, ticklabelstandoff: 6 },
        legend: { orientation: 'h', yanchor: 'top', y: -0.25 },
      },
    ),
  };
}

/**
 * The rows a diverging keyness chart shows: the `top` most key for the target (largest positive
 * G²) and the `top` most key for the reference (most negative G²), in that order.
 */
export function keynessExtremes<T extends KeynessInput>(rows: readonly T[], top = 15): T[] {
  const sorted = [...rows].sort((a, b) => b.g2 - a.g2 || compareCodeUnits(a.term, b.term));
  const positive = sorted.filter((r) => r.g2 > 0).slice(0, top);
  const negative = sorted
    .filter((r) => r.g2 < 0)
    .reverse()
    .slice(0, top)
    .reverse();
  return [...positive, ...negative];
}

/** Diverging bars of log ratio for group A vs B: `keynessFigure` on the extremes of both sides. */
export function groupKeynessFigure(
  rows: readonly KeynessInput[],
  opts: FigureOptions & { readonly target: string; readonly reference: string; readonly top?: number },
): Figure {
  const shown = keynessExtremes(rows, opts.top ?? 15);
  return keynessFigure(shown, {
    target: opts.target,
    reference: opts.reference,
    title: opts.title ?? `Keyness: ${opts.target} vs ${opts.reference}`,
    ...(opts.width ? { width: opts.width } : {}),
  });
}

/** A document × speaker matrix of shares of voice (0..1). */
export interface ShareMatrixInput {
  readonly documents: readonly string[];
  readonly speakers: readonly string[];
  readonly values: readonly (readonly number[])[];
}

/** Heat map: documents down, speakers across, colour = share of voice (%); blank where the speaker is silent. */
export function speakerHeatmapFigure(matrix: ShareMatrixInput, opts: FigureOptions = {}): Figure {
  const x = matrix.speakers.map((s) => plotlyText(truncate(s, 30)));
  const y = matrix.documents.map((d) => plotlyText(truncate(d, 40)));
  const z = matrix.values.map((row) => row.map((v) => (v > 0 ? round(100 * v, 1) : null)));
  const trace: Trace = {
    type: 'heatmap',
    x,
    y,
    z,
    colorscale: [
      [0, '#deebf7'],
      [1, '#08306b'],
    ],
    zmin: 0,
    xgap: 1,
    ygap: 1,
    colorbar: { title: { text: '% of words' } },
    hovertemplate: '<b>%{y}</b><br>%{x}: %{z}% of the words<extra></extra>',
  };
  return {
    data: [trace],
    layout: baseLayout(
      opts.title ?? 'Who speaks across documents',
      opts.width ?? Math.max(DEFAULT_WIDTH, 260 + 40 * x.length),
      opts.height ?? rowsHeight(y.length, 24, 230),
      {
        margin: { l: 240, r: 30, t: 60, b: 150 },
        xaxis: { type: 'category', tickangle: -40, automargin: true },
        yaxis: { type: 'category', autorange: 'reversed', automargin: true, ticklabelstandoff: 6 },
        plot_bgcolor: '#ffffff',
      },
    ),
  };
}

/** A value of a key (term or claim type) in a period. */
export interface PeriodValue {
  readonly period: string;
  readonly key: string;
  readonly value: number;
  readonly count: number;
}

/** Lines over time, one per key (claim types in their colours), x = period. */
export function corpusTrendsFigure(
  points: readonly PeriodValue[],
  opts: FigureOptions & { readonly yTitle?: string } = {},
): Figure {
  const keys = [...new Set(points.map((p) => p.key))];
  const isClaim = keys.every((k) => (CLAIM_TYPES as readonly string[]).includes(k));
  const colors = speakerColors(keys);
  const traces: Trace[] = keys.map((key) => {
    const mine = points.filter((p) => p.key === key).sort((a, b) => compareCodeUnits(a.period, b.period));
    return {
      type: 'scatter',
      mode: 'lines+markers',
      name: plotlyText(key),
      x: mine.map((p) => p.period),
      y: mine.map((p) => round(p.value)),
      line: { color: isClaim ? claimColor(key) : colors.get(key) },
      hovertext: mine.map((p) => `<b>${plotlyText(key)}</b> · ${p.period}<br>${round(p.value)} (${p.count})`),
      hoverinfo: 'text',
    };
  });
  return {
    data: traces,
    layout: baseLayout(opts.title ?? 'Trends over time', opts.width ?? DEFAULT_WIDTH, opts.height ?? 440, {
      margin: { l: 70, r: 30, t: 60, b: 110 },
      xaxis: { type: 'category', title: { text: 'period' }, gridcolor: '#eeeeee' },
      yaxis: {
        title: { text: plotlyText(opts.yTitle ?? 'per 1,000 words') },
        rangemode: 'tozero',
        gridcolor: '#eeeeee',
      },
      legend: { orientation: 'h', y: -0.25 },
    }),
  };
}

/** What the corpus chart set is drawn from (`corpusComparisons` in src/corpus builds it from the database). */
export interface CorpusChartData {
  /** What documents are grouped by: `document`, `side`, `outlet`, `year`, ... */
  readonly groupBy: string;
  readonly claimMix: readonly GroupClaimShare[];
  readonly keyness: {
    readonly target: string;
    readonly reference: string;
    readonly rows: readonly KeynessInput[];
  } | null;
  readonly claimKeyness: {
    readonly target: string;
    readonly reference: string;
    readonly rows: readonly KeynessInput[];
  } | null;
  readonly speakers: ShareMatrixInput;
  readonly termTrends: readonly PeriodValue[];
  readonly claimTrends: readonly PeriodValue[];
}

/** The corpus charts, named as exported into `outputs/corpus/`; charts with nothing to draw are left out. */
export function corpusCharts(data: CorpusChartData): NamedFigure[] {
  const charts: NamedFigure[] = [];
  if (data.claimMix.length > 0)
    charts.push({
      name: 'corpus-claim-mix',
      figure: claimMixByGroupFigure(data.claimMix, { groupLabel: data.groupBy }),
    });
  if (data.keyness && data.keyness.rows.length > 0)
    charts.push({ name: 'corpus-keyness', figure: groupKeynessFigure(data.keyness.rows, data.keyness) });
  if (data.claimKeyness && data.claimKeyness.rows.length > 0)
    charts.push({
      name: 'corpus-claim-keyness',
      figure: groupKeynessFigure(data.claimKeyness.rows, {
        ...data.claimKeyness,
        title: `Claim types: ${data.claimKeyness.target} vs ${data.claimKeyness.reference}`,
      }),
    });
  if (data.speakers.speakers.length > 0 && data.speakers.documents.length > 0)
    charts.push({ name: 'corpus-speakers', figure: speakerHeatmapFigure(data.speakers) });
  const periods = (points: readonly PeriodValue[]) => new Set(points.map((p) => p.period)).size;
  if (periods(data.termTrends) > 1)
    charts.push({
      name: 'corpus-term-trends',
      figure: corpusTrendsFigure(data.termTrends, { title: 'Terms over time', yTitle: 'per 1,000 words' }),
    });
  if (periods(data.claimTrends) > 1)
    charts.push({
      name: 'corpus-claim-trends',
      figure: corpusTrendsFigure(data.claimTrends, { title: 'Claim types over time', yTitle: '% of sentences' }),
    });
  return charts;
}
