import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { plotlyBundle } from './html';
import type { Figure } from './types';

/** Where Chromium is looked for when `CHROMIUM_PATH` is not set (system packages only; never downloaded). */
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const NO_CHROMIUM_HINT =
  'no Chromium found: install it with `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary';

/** The Chromium binary to render with: `CHROMIUM_PATH` when set, else a system install, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env['CHROMIUM_PATH'];
  if (override) return existsSync(override) ? override : null;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export interface RenderedImage {
  readonly png: Buffer;
  readonly svg: string;
}

export interface RenderOptions {
  /** Pixel ratio of the PNG (default 1: the PNG has the figure's layout size). */
  readonly scale?: number;
  readonly formats?: readonly ('png' | 'svg')[];
}

/**
 * What exporting charts needs from a renderer: a `ChartRenderer`, or a stand-in that asks one
 * on another thread (worker threads share the main thread's browser).
 */
export interface FigureRenderer {
  render(figure: Figure, opts?: RenderOptions): Promise<Partial<RenderedImage>>;
}

/** Pages a renderer opens by default: figures render on them concurrently. */
export const RENDER_PAGES = 4;

/**
 * One headless Chromium with a few pages, each of which has loaded plotly.js once; figures are
 * rendered with `Plotly.toImage` on whichever page is free, so several render at once. Open it
 * once per batch: launching costs ~1 s.
 */
export class ChartRenderer {
  private readonly idle: Page[];
  private readonly waiting: ((page: Page) => void)[] = [];

  private constructor(
    private readonly browser: Browser,
    pages: Page[],
  ) {
    this.idle = pages;
  }

  static async open(chromiumPath: string, pages = RENDER_PAGES): Promise<ChartRenderer> {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    try {
      const opened = await Promise.all(
        Array.from({ length: Math.max(1, pages) }, async () => {
          const page = await browser.newPage();
          await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>');
          await page.addScriptTag({ content: plotlyBundle() });
          return page;
        }),
      );
      return new ChartRenderer(browser, opened);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** Render one figure on the next free page (callers may start several renders at once). */
  async render(figure: Figure, opts: RenderOptions = {}): Promise<Partial<RenderedImage>> {
    const page = this.idle.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await renderOn(page, figure, opts);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.idle.push(page);
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

async function renderOn(page: Page, figure: Figure, opts: RenderOptions): Promise<Partial<RenderedImage>> {
  const formats = opts.formats ?? ['png', 'svg'];
  const urls = await page.evaluate(
    async ({ figure, formats, scale }) => {
      const plotly = (globalThis as unknown as { Plotly: { toImage(fig: unknown, o: unknown): Promise<string> } })
        .Plotly;
      const size = { width: figure.layout.width, height: figure.layout.height };
      const out: Record<string, string> = {};
      for (const format of formats)
        out[format] = await plotly.toImage(figure, { format, ...size, scale: format === 'png' ? scale : 1 });
      return out;
    },
    { figure: withStableUids(figure), formats: [...formats], scale: opts.scale ?? 1 },
  );
  const result: { png?: Buffer; svg?: string } = {};
  if (urls['png'] !== undefined) result.png = Buffer.from(urls['png'].slice(urls['png'].indexOf(',') + 1), 'base64');
  if (urls['svg'] !== undefined)
    result.svg = stableSvg(decodeURIComponent(urls['svg'].slice(urls['svg'].indexOf(',') + 1)));
  return result;
}

/** Plotly gives traces without a `uid` a random one, which ends up in SVG class names. */
function withStableUids(figure: Figure): Figure {
  return { data: figure.data.map((trace, i) => ({ uid: `trace-${i}`, ...trace })), layout: figure.layout };
}

/**
 * Plotly names defs, clip paths and gradients after a random per-plot id (`defs-<uid>`), and
 * the root element sometimes gets an empty `style=""` before its viewBox, sometimes after;
 * replacing the id and dropping the empty style makes the same figure give the same SVG bytes
 * on every run.
 */
export function stableSvg(svg: string): string {
  const uid = /id="defs-([0-9a-z]+)"/.exec(svg)?.[1];
  const stable = uid ? svg.split(uid).join('000000') : svg;
  const rootEnd = stable.indexOf('>');
  return rootEnd < 0 ? stable : stable.slice(0, rootEnd).replace(/ style=""/g, '') + stable.slice(rootEnd);
}

/** Render several figures to PNG and SVG with one browser; throws when no Chromium is found. */
export async function renderImages(
  figures: readonly Figure[],
  opts: RenderOptions & { chromiumPath?: string } = {},
): Promise<RenderedImage[]> {
  const path = opts.chromiumPath ?? findChromium();
  if (!path) throw new Error(`Cannot render PNG/SVG: ${NO_CHROMIUM_HINT}.`);
  const renderer = await ChartRenderer.open(path);
  try {
    return await Promise.all(
      figures.map(async (figure) => {
        const { png, svg } = await renderer.render(figure, { ...opts, formats: ['png', 'svg'] });
        return { png: png!, svg: svg! };
      }),
    );
  } finally {
    await renderer.close();
  }
}

/**
 * A renderer, or the one-line reason there is none (no Chromium found, or one that does not
 * start): every caller (CLI, chart export, notebook display) says the same thing and goes on
 * without images.
 */
export async function openChartRenderer(
  chromiumPath: string | null = findChromium(),
): Promise<{ renderer: ChartRenderer } | { problem: string }> {
  if (!chromiumPath) return { problem: NO_CHROMIUM_HINT };
  try {
    return { renderer: await ChartRenderer.open(chromiumPath) };
  } catch (error) {
    return { problem: `Chromium at ${chromiumPath} did not start: ${(error as Error).message.split('\n')[0]}` };
  }
}
