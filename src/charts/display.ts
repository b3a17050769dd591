import { chartDivHtml, figureId, figureTitle, plotlyBundle, plotlyVersion } from './html';
import { round } from './layout';
import { ChartRenderer, openChartRenderer } from './render';
import { escapeHtml } from './text';
import type { Figure } from './types';

/**
 * Notebook display (tslab kernel). Charts are interactive where the notebook is trusted and
 * scripts run; everywhere else (untrusted reopen, GitHub, nbconvert HTML) each chart's
 * output carries its own PNG, rendered once by a headless Chromium kept open between cells.
 */

type TslabDisplay = { html(s: string): void };

function tslabDisplay(): TslabDisplay {
  // Loaded lazily: the module only exists inside a running tslab kernel.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- tslab is loaded only inside a notebook kernel, so it is required lazily
  return (require('tslab') as { display: TslabDisplay }).display;
}

/** Show an HTML fragment as the current cell's output (inside a tslab kernel only). */
export function displayHtml(html: string): void {
  tslabDisplay().html(html);
}

let bundleShown = false;
let chartCount = 0;

/** The plotly bundle as one inline script element (4.7 MB): show it once per notebook. */
export function plotlyBundleHtml(): string {
  return `<script type="text/javascript">${plotlyBundle()}</script>`;
}

/** Embed plotly.js in the notebook once; `show` calls it on first use if the notebook did not. */
export function init(): void {
  if (bundleShown) return;
  bundleShown = true;
  tslabDisplay().html(
    `${plotlyBundleHtml()}\n<div style="color:#888;font-size:11px">plotly.js ${escapeHtml(plotlyVersion())} embedded for interactive charts</div>`,
  );
}

let renderer: Promise<ChartRenderer | null> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
const IDLE_CLOSE_MS = 60_000;

/** The shared renderer, or null without Chromium. Closed after a minute without charts. */
async function sharedRenderer(): Promise<ChartRenderer | null> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => void closeDisplay(), IDLE_CLOSE_MS);
  idleTimer.unref();
  renderer ??= openRenderer();
  return renderer;
}

async function openRenderer(): Promise<ChartRenderer | null> {
  const opened = await openChartRenderer();
  if ('renderer' in opened) return opened.renderer;
  console.warn(
    `Chart images skipped (${opened.problem}); charts show only where the notebook is trusted and runs scripts.`,
  );
  return null;
}

/** Close the headless browser used for fallback images (it also closes itself when idle). */
export async function closeDisplay(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const open = renderer ? await renderer : null;
  renderer = null;
  if (open) await open.close();
}

/** Display a figure: interactive plotly chart plus a PNG fallback in the same output. */
export async function show(figure: Figure): Promise<void> {
  init();
  const active = await sharedRenderer();
  const png = active ? (await active.render(figure, { formats: ['png'] })).png : undefined;
  const fallbackImage = png
    ? { src: `data:image/png;base64,${png.toString('base64')}`, alt: figureTitle(figure) }
    : undefined;
  chartCount += 1;
  tslabDisplay().html(
    chartDivHtml(figure, { id: figureId(figure, String(chartCount)), ...(fallbackImage ? { fallbackImage } : {}) }),
  );
}

/** Column names and rows, as a danfojs DataFrame exposes them (`df.columns`, `df.values`). */
export interface TableLike {
  readonly columns: readonly string[];
  readonly values: readonly (readonly unknown[])[] | readonly unknown[];
}

export interface TableOptions {
  readonly maxRows?: number;
  readonly caption?: string;
}

function cellText(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(round(value, 3));
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('; ') : String(value);
}

function asTable(data: TableLike | readonly object[]): {
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
} {
  if (Array.isArray(data)) {
    const records = data as readonly Record<string, unknown>[];
    const columns = records[0] ? Object.keys(records[0]) : [];
    return { columns, rows: records.map((r) => columns.map((c) => r[c])) };
  }
  const table = data as TableLike;
  // A one-column DataFrame (or a Series) gives a flat `values` list.
  const rows = table.values.map((v) => (Array.isArray(v) ? v : [v]));
  return { columns: table.columns, rows };
}

/** An escaped HTML table of records or of a DataFrame; numbers right-aligned. */
export function tableHtml(data: TableLike | readonly object[], opts: TableOptions = {}): string {
  const { columns, rows } = asTable(data);
  const shown = opts.maxRows === undefined ? rows : rows.slice(0, opts.maxRows);
  const cell = (v: unknown, tag: 'td' | 'th'): string =>
    `<${tag}${typeof v === 'number' ? ' style="text-align:right"' : ''}>${escapeHtml(cellText(v))}</${tag}>`;
  const more =
    rows.length > shown.length
      ? `<caption style="caption-side:bottom">${rows.length - shown.length} more rows not shown</caption>`
      : '';
  const caption = opts.caption ? `<caption>${escapeHtml(opts.caption)}</caption>` : '';
  return [
    `<table class="discourse-kit-table">${caption}${more}`,
    `<thead><tr>${columns.map((c) => cell(c, 'th')).join('')}</tr></thead>`,
    `<tbody>${shown.map((r) => `<tr>${r.map((v) => cell(v, 'td')).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
}

/** Display a table (records or a danfojs DataFrame) as HTML. */
export function showTable(data: TableLike | readonly object[], opts: TableOptions = {}): void {
  tslabDisplay().html(tableHtml(data, opts));
}

/** A concordance line: context left, the match, context right. */
export interface ConcordanceLine {
  readonly left: string;
  readonly match: string;
  readonly right: string;
  readonly sentence?: number;
}

/** Key word in context as an HTML table: left context right-aligned, match bold, centred. */
export function kwicHtml(lines: readonly ConcordanceLine[]): string {
  const flat = (s: string): string => escapeHtml(s.replace(/\s+/g, ' '));
  const rows = lines.map(
    (l) =>
      `<tr><td style="color:#888;text-align:right">${l.sentence === undefined ? '' : l.sentence + 1}</td>` +
      `<td style="text-align:right;white-space:nowrap">${flat(l.left)}</td>` +
      `<td style="text-align:center;white-space:nowrap"><b>${flat(l.match)}</b></td>` +
      `<td style="text-align:left;white-space:nowrap">${flat(l.right)}</td></tr>`,
  );
  return `<table class="discourse-kit-kwic"><thead><tr><th>sentence</th><th style="text-align:right">left</th><th>match</th><th style="text-align:left">right</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function showKwic(lines: readonly ConcordanceLine[]): void {
  tslabDisplay().html(kwicHtml(lines));
}
