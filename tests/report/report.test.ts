import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_TYPES } from '../../src/claims';
import { claimLabel, findChromium } from '../../src/charts';
import { main } from '../../src/cli/main';
import { analyze } from '../../src/pipeline';
import { indexHtml, reportBodyHtml, reportHtml } from '../../src/report';
import { loadDocument, parseDocument } from '../../src/text';

const SEED = join(__dirname, '..', '..', 'seeds', '000_4c4a38b6e695fe75.txt');

// The page functions below run in Chromium; the tests are type-checked without the DOM library.
/* eslint-disable @typescript-eslint/no-explicit-any -- DOM values typed loosely, see above */
declare const document: any;
declare const window: any;
declare function getComputedStyle(element: unknown): any;
type HTMLElement = any;

/** Markup, script and URL schemes in every place a document can put text: headline, quotes, speaker names, cues. */
const HOSTILE = [
  '<script>window.__pwned = 1</script> Minister rejects "><img src=x onerror="window.__pwned=2"> report',
  '',
  '"We reject the </script><script>window.__pwned=3</script> findings," said Minister <b onmouseover=alert(1)>Smith</b>.',
  '',
  "The <svg onload=alert(4)> report, at javascript:alert(5), was 'biased' & <i>unfair</i>, according to <img src=x onerror=alert(6)> officials. They must withdraw it.",
  '',
  'Ministry spokesperson Jane "<a href=javascript:alert(7)>click</a>" Doe said that the door is always open {{x}} ${x} \u2028 `y`.',
].join('\n');

const work = mkdtempSync(join(tmpdir(), 'dk-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stderr = '';
  const code = await main(argv, { stdout: () => undefined, stderr: (t) => (stderr += t) });
  return { code, stderr };
}

describe('report HTML (no browser)', () => {
  const seed = analyze(loadDocument(SEED));
  const hostile = analyze(parseDocument(HOSTILE, 'hostile.txt'));

  it('marks every sentence with its claim type and voice, and is the same bytes every time', () => {
    const html = reportHtml(seed);
    expect(html).toBe(reportHtml(analyze(loadDocument(SEED))));
    const sentences = [
      ...html.matchAll(
        /<div class="dk-s[^"]*" id="dk-s(\d+)" data-i="\d+" data-type="([a-z_]+)" data-voice="([^"]+)"/g,
      ),
    ];
    expect(sentences.map((m) => Number(m[1]))).toEqual(seed.doc.sentences.map((s) => s.index));
    sentences.forEach((m, i) => {
      expect(m[2]).toBe(seed.claims[i]!.type);
      expect(m[3]).toBe(seed.claims[i]!.speaker);
    });
    expect(html).toContain('Counter-accusation');
    expect(html).not.toMatch(/>counter_accusation</);
  });

  it('keeps its colours and margin names in inline markup, for notebooks that strip style sheets', () => {
    const body = reportBodyHtml(seed, { id: 'nb' });
    const sentences = [
      ...body.matchAll(
        /<div class="dk-s[^>]*style="background:(#[0-9a-f]{6});border-left:5px (solid|dashed) (#[0-9a-f]{6})"[^>]*><span class="dk-vm" style="color:#[0-9a-f]{6}"><b>([^<]+)<\/b> <i>([^<]+)<\/i><\/span>/g,
      ),
    ];
    expect(sentences).toHaveLength(seed.doc.sentences.length);
    sentences.forEach((m, i) => {
      expect(m[4]).toBe(seed.claims[i]!.speaker);
      expect(m[5]).toBe(claimLabel(seed.claims[i]!.type));
    });
    expect(body).toContain('id="nb"');
  });

  it('escapes everything that comes from the document', () => {
    for (const html of [reportHtml(hostile), reportBodyHtml(hostile, { id: 'x' })]) {
      expect(html).not.toMatch(/<img src=x/i);
      expect(html).not.toMatch(/<svg onload/i);
      expect(html).not.toMatch(/<b onmouseover/i);
      expect(html).not.toMatch(/<a href=javascript/i);
      expect(html).not.toContain('window.__pwned=3</script>');
      // The only script elements are the kit's: the data block and the report script.
      expect(html.match(/<script/g)).toHaveLength(2);
      expect(html.match(/<\/script>/g)).toHaveLength(2);
    }
  });

  it('lists documents in the index with links to their files, in folder order', () => {
    const record = (source: string, headline: string) => ({
      source,
      summary: { sentences: 2, words: 9, headline },
      sentences: [{ claim: { type: 'accusation' } }, { claim: { type: 'other' } }],
      terms: [{ display: 'China' }],
      speakers: [{ canonical: 'author', share: 1, sentences: 2 }],
    });
    const html = indexHtml([
      { folder: 'b', record: record('in/b.txt', '<script>alert(1)</script>') },
      { folder: 'a', record: record('in/a.txt', 'A') },
    ]);
    expect([...html.matchAll(/href="([^"]+)\/report\.html"/g)].map((m) => m[1])).toEqual(['a', 'b']);
    expect(html).toContain('href="a/analysis.json"');
    expect(html).toContain('href="a/claims.csv"');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('Accusation: 1');
  });
});

const chromium = findChromium();
const requireChromium = process.env['CI'] === 'true';
if (!chromium && !requireChromium)
  console.warn(
    'report.test: browser tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).',
  );

describe.skipIf(!chromium && !requireChromium)('report and index in Chromium', () => {
  const out = join(work, 'out');
  const input = join(work, 'in');
  const screenshots = resolve(__dirname, '..', '..', 'outputs', 'test-screenshots');
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, 'seed.txt'), readFileSync(SEED));
    writeFileSync(join(input, 'hostile <b>.txt'), HOSTILE);
    const { code, stderr } = await run(['analyze', input, '--out', out, '--no-images']);
    expect(code, stderr).toBe(0);
    const { chromium: launcher } = await import('playwright-core');
    browser = await launcher.launch({
      executablePath: chromium!,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page at `width` that records console errors, page errors and dialogs. */
  async function open(path: string, width: number, javaScriptEnabled = true) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(path).href);
    return { page, problems, close: () => context.close() };
  }

  /** The text column without the margin labels. */
  const articleText = (page: Page) =>
    page.evaluate(() => {
      const article = document.querySelector('article.dk-text')!.cloneNode(true) as HTMLElement;
      article.querySelectorAll('.dk-vm').forEach((label: HTMLElement) => label.remove());
      return article.textContent;
    });

  const noHorizontalScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  for (const [name, slug] of [
    ['seed', 'seed'],
    ['hostile markup', 'hostile_b'],
  ] as const) {
    it(`opens the ${name} report with no console error or dialog; its text is the document's, every sentence typed and voiced`, async () => {
      const record = JSON.parse(readFileSync(join(out, slug, 'analysis.json'), 'utf8'));
      const { page, problems, close } = await open(join(out, slug, 'report.html'), 390);
      try {
        // Plotly has drawn every chart (the bundle loads by its relative path).
        const charts = await page.locator('.discourse-kit-chart').count();
        expect(charts).toBeGreaterThan(5);
        await page.waitForFunction(
          (n) => document.querySelectorAll('.discourse-kit-chart .main-svg').length >= n,
          charts,
        );
        expect(await articleText(page)).toBe(record.text);
        const sentences = await page.$$eval('.dk-s', (els) =>
          els.map((el) => ({
            type: el.getAttribute('data-type'),
            voice: el.getAttribute('data-voice'),
            label: el.querySelector('.dk-vm')!.textContent,
          })),
        );
        expect(sentences).toHaveLength(record.sentences.length);
        sentences.forEach((s, i) => {
          expect(s.type).toBe(record.sentences[i].claim.type);
          expect(CLAIM_TYPES).toContain(s.type);
          expect(s.voice).toBe(record.sentences[i].voice);
          expect(s.label).toBe(`${s.voice} ${claimLabel(s.type!)}`);
        });
        expect(await noHorizontalScroll(page)).toBe(true);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
        expect(problems).toEqual([]);
        if (slug === 'seed') {
          mkdirSync(screenshots, { recursive: true });
          const shot = join(screenshots, 'report-seed-390.png');
          await page.screenshot({ path: shot });
          expect(statSync(shot).size).toBeGreaterThan(10_000);
        }
      } finally {
        await close();
      }
    });
  }

  it('keeps the hostile text as text: markup shows literally and no element comes from it', async () => {
    const { page, problems, close } = await open(join(out, 'hostile_b', 'report.html'), 1280);
    try {
      const text = await articleText(page);
      expect(text).toContain('<img src=x onerror="window.__pwned=2">');
      expect(text).toContain('<a href=javascript:alert(7)>click</a>');
      // Inside the text column every element is one of the kit's mark spans.
      expect(await page.locator('article .dk-st *:not(span)').count()).toBe(0);
      expect(await page.locator('article .dk-st span:not([class^="dk-"])').count()).toBe(0);
      await page.locator('.dk-s').nth(1).click();
      expect(await page.locator('.dk-panel').isVisible()).toBe(true);
      expect(await page.locator('.dk-panel img, .dk-panel b, .dk-panel script').count()).toBe(0);
      const voices = await page.$$eval('.dk-filters select:first-of-type option', (options) =>
        options.map((o) => o.textContent),
      );
      expect(voices.length).toBeGreaterThan(1);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows details on click with the evidence highlighted in place, and filters by speaker, claim type and confidence', async () => {
    const { page, problems, close } = await open(join(out, 'seed', 'report.html'), 1280);
    try {
      const first = page.locator('.dk-s[data-voice="Hong Lei"]').first();
      await first.click();
      const panel = page.locator('.dk-panel');
      expect(await panel.isVisible()).toBe(true);
      const details = await panel.textContent();
      expect(details).toMatch(/Rejection or denial \(confidence 0\.\d\d/);
      expect(details).toContain('firmly opposes');
      expect(details).toContain('Hong Lei (reported speech');
      const highlight = await first
        .locator('.dk-evm')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(highlight).toBe('rgb(255, 224, 102)');

      const [speaker, type] = [page.locator('.dk-filters select').nth(0), page.locator('.dk-filters select').nth(1)];
      await speaker.selectOption('Hong Lei');
      const visible = () =>
        page.$$eval('.dk-s', (els) =>
          els
            .filter((el) => getComputedStyle(el).display !== 'none')
            .map((el) => [el.getAttribute('data-voice'), el.getAttribute('data-type')]),
        );
      expect((await visible()).length).toBeGreaterThan(2);
      for (const [voice] of await visible()) expect(voice).toBe('Hong Lei');
      await type.selectOption('accusation');
      // Exactly the speaker's sentences of that type stay visible, as many as the analysis types so.
      const accusations = analyze(loadDocument(SEED)).claims.filter(
        (c) => c.speaker === 'Hong Lei' && c.type === 'accusation',
      ).length;
      expect(accusations).toBeGreaterThan(0);
      expect(await visible()).toEqual(Array.from({ length: accusations }, () => ['Hong Lei', 'accusation']));
      await speaker.selectOption('');
      await type.selectOption('');
      await page.locator('.dk-filters input[type=checkbox]').check();
      const opacities = await page.$$eval('.dk-s', (els) =>
        els.map((el) => [el.hasAttribute('data-low'), getComputedStyle(el).opacity]),
      );
      expect(opacities.some(([low]) => low)).toBe(true);
      for (const [low, opacity] of opacities) expect(opacity).toBe(low ? '0.4' : '1');

      expect(await noHorizontalScroll(page)).toBe(true);
      mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: join(screenshots, 'report-seed-1280.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reads without JavaScript: colours, margin names and underlines are static; filters stay hidden', async () => {
    const { page, close } = await open(join(out, 'seed', 'report.html'), 390, false);
    try {
      expect(await page.locator('.dk-filters').isVisible()).toBe(false);
      const first = page.locator('.dk-s').nth(1);
      expect(await first.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      expect(await first.locator('.dk-vm').textContent()).toBe('Hong Lei Rejection or denial');
      expect(
        await page
          .locator('.dk-q')
          .first()
          .evaluate((el) => getComputedStyle(el).textDecorationLine),
      ).toBe('underline');
      expect(await noHorizontalScroll(page)).toBe(true);
    } finally {
      await close();
    }
  });

  it('prints the text without the controls', async () => {
    const { page, close } = await open(join(out, 'seed', 'report.html'), 1280);
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.dk-filters').isVisible()).toBe(false);
      expect(await page.locator('.dk-nav').isVisible()).toBe(false);
      expect(await page.locator('.dk-s').first().isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    } finally {
      await close();
    }
  });

  it('lists exactly the documents of the run in the index, sortable, linking to each report', async () => {
    const { page, problems, close } = await open(join(out, 'index.html'), 1280);
    try {
      const links = await page.$$eval('tbody tr .dk-doc a', (as) =>
        as.map((a) => [a.textContent, a.getAttribute('href')]),
      );
      expect(links).toEqual([
        ['hostile <b>.txt', 'hostile_b/report.html'],
        ['seed.txt', 'seed/report.html'],
      ]);
      await page.getByRole('button', { name: 'Words', exact: true }).click();
      const words = await page.$$eval('tbody tr td:nth-child(4)', (tds) => tds.map((td) => Number(td.textContent)));
      expect(words).toEqual([...words].sort((a, b) => b - a));
      expect(words[0]).toBe(438);
      await page.locator('tbody tr .dk-doc a', { hasText: 'seed.txt' }).click();
      await page.waitForURL(/seed\/report\.html$/);
      expect(await page.locator('.dk-s').count()).toBe(19);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
    const narrow = await open(join(out, 'index.html'), 390);
    try {
      expect(await noHorizontalScroll(narrow.page)).toBe(true);
    } finally {
      await narrow.close();
    }
  });

  it('keeps the documents of earlier runs in the index when another document is added', async () => {
    const extra = join(work, 'extra.txt');
    writeFileSync(extra, 'The minister said the talks were useful. She left on Monday.');
    expect((await run(['analyze', extra, '--out', out, '--no-images'])).code).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect([...html.matchAll(/href="([^"]+)\/report\.html"/g)].map((m) => m[1])).toEqual([
      'extra',
      'hostile_b',
      'seed',
    ]);
  });
});
