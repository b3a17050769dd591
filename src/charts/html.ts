import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { escapeHtml, escapeScriptJson, jsonForScript } from './text';
import type { Figure } from './types';

/** The minified plotly.js bundle shipped with the kit (never fetched from a CDN). */
export function plotlyBundlePath(): string {
  return require.resolve('plotly.js-dist-min/plotly.min.js');
}

let bundle: string | null = null;

export function plotlyBundle(): string {
  // `</script` cannot occur in the minified bundle today; guarding keeps a future release from
  // silently ending the inline <script> early. `<\/` means the same inside JS strings and regexes.
  bundle ??= readFileSync(plotlyBundlePath(), 'utf8').replace(/<\/script/gi, '<\\/script');
  return bundle;
}

/** The plotly.js version of the shipped bundle, from its banner comment. */
export function plotlyVersion(): string {
  return /plotly\.js v([\w.-]+)/.exec(plotlyBundle().slice(0, 300))?.[1] ?? 'unknown';
}

const PLOTLY_CONFIG = { displaylogo: false, responsive: false };

/** A stable element id for a figure: the same figure always gets the same id. */
export function figureId(figure: Figure, salt = ''): string {
  return idOfJson(JSON.stringify(figure), salt);
}

function idOfJson(json: string, salt: string): string {
  return `dk-${createHash('sha256').update(json).update(salt).digest('hex').slice(0, 12)}`;
}

interface FigureJson {
  readonly json: string;
  /** `json` made safe inside `<script>`. */
  readonly script: string;
}

/** The JSON of sealed figures (see `sealFigures`), made once: a written document embeds each chart twice. */
const SEALED_JSON = new WeakMap<Figure, FigureJson | null>();

/**
 * Freeze figures deeply, so that their JSON is made once however often they are embedded (a
 * document's chart page and its report). A figure a user may still change (a notebook's) is
 * never sealed, and its JSON is made afresh on every call.
 */
export function sealFigures<T extends { readonly figure: Figure }>(charts: readonly T[]): readonly T[] {
  for (const chart of charts) {
    deepFreeze(chart.figure);
    SEALED_JSON.set(chart.figure, null);
  }
  return charts;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

function figureJson(figure: Figure): FigureJson {
  let entry = SEALED_JSON.get(figure);
  if (entry) return entry;
  const json = JSON.stringify(figure);
  entry = { json, script: escapeScriptJson(json) };
  if (SEALED_JSON.has(figure)) SEALED_JSON.set(figure, entry);
  return entry;
}

/** The element's id: given, or `figureId(figure, idSalt)` (computed from the JSON the div embeds anyway). */
export type ChartDivOptions = ({ readonly id: string } | { readonly idSalt: string }) & {
  /** Shown until plotly draws, and instead of the chart wherever scripts do not run. */
  readonly fallbackImage?: { readonly src: string; readonly alt: string };
};

/**
 * A chart element: a fixed-size div holding the fallback image, and a script that replaces it
 * with the interactive chart once `window.Plotly` exists (it retries briefly, since the bundle
 * may be a separate script or an earlier notebook output still loading).
 */
export function chartDivHtml(figure: Figure, opts: ChartDivOptions): string {
  const { width, height } = figure.layout;
  const image = opts.fallbackImage
    ? `<img src="${escapeHtml(opts.fallbackImage.src)}" alt="${escapeHtml(opts.fallbackImage.alt)}" width="${width}" height="${height}">`
    : '';
  const { json, script } = figureJson(figure);
  const elementId = 'id' in opts ? opts.id : idOfJson(json, opts.idSalt);
  const id = jsonForScript(elementId);
  return [
    `<div class="discourse-kit-chart" id="${escapeHtml(elementId)}" style="width:${width}px;min-height:${height}px">${image}</div>`,
    '<script type="text/javascript">',
    `(function(){var fig=${script};var tries=0;`,
    `function draw(){var el=document.getElementById(${id});if(!el)return;`,
    'if(!window.Plotly){if(++tries<200)setTimeout(draw,50);return;}',
    `el.innerHTML="";window.Plotly.newPlot(el,fig.data,fig.layout,${jsonForScript(PLOTLY_CONFIG)});}`,
    'draw();})();',
    '</script>',
  ].join('\n');
}

/** The figure's title as plain text (plotly titles are entity-escaped). */
export function figureTitle(figure: Figure): string {
  const title = (figure.layout['title'] as { text?: unknown } | undefined)?.text;
  return typeof title === 'string' ? title.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : 'chart';
}

export interface ChartPageOptions {
  /** `src` of the plotly bundle script, relative to the page (e.g. `plotly.min.js`). */
  readonly plotlySrc: string;
  readonly fallbackImage?: { readonly src: string; readonly alt: string };
}

/** A standalone HTML page with one chart, loading plotly from a file next to it. */
export function chartPageHtml(figure: Figure, opts: ChartPageOptions): string {
  const title = figureTitle(figure);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<script type="text/javascript" src="${escapeHtml(opts.plotlySrc)}"></script>`,
    '</head>',
    '<body style="margin:16px;background:#ffffff">',
    chartDivHtml(figure, {
      idSalt: '',
      ...(opts.fallbackImage ? { fallbackImage: opts.fallbackImage } : {}),
    }),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
