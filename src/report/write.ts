import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io';
import { PLOTLY_FILE } from '../charts/export';
import type { NamedFigure } from '../charts/types';
import { uniqueSafeNames } from '../io/files';
import { indexHtml, indexRecord, type IndexEntry, type IndexRecord } from './index-page';
import { writeReportPage, type ReportAnalysis, type ReportChart } from './report';

export const REPORT_FILE = 'report.html';
export const INDEX_FILE = 'index.html';

/**
 * Where a document's report loads the plotly bundle from, relative to the report: the same file
 * the chart pages of the folder load. The one place to change when the bundle moves.
 */
export function reportPlotlySrc(): string {
  return PLOTLY_FILE;
}

/**
 * The report's charts as exported into the same folder by `exportCharts`: each with its file
 * name, and its PNG when `written` (the export's list of files) has one.
 */
export function exportedCharts(charts: readonly NamedFigure[], written: readonly string[]): ReportChart[] {
  const names = uniqueSafeNames(charts.map((c) => c.name));
  const files = new Set(written.map((path) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)));
  return charts.map((chart, i) => {
    const exported = ['html', 'png', 'svg'].map((ext) => `${names[i]}.${ext}`).filter((file) => files.has(file));
    const png = `${names[i]}.png`;
    return { name: names[i]!, figure: chart.figure, files: exported, ...(files.has(png) ? { image: png } : {}) };
  });
}

/** Write `dir/report.html` for an analysis whose charts were exported into `dir` (the plotly bundle at `plotlySrc`, relative to `dir`); returns its path. */
export function writeReport(
  dir: string,
  analysis: ReportAnalysis,
  charts: readonly ReportChart[] = [],
  plotlySrc = reportPlotlySrc(),
): string {
  const path = join(dir, REPORT_FILE);
  const links = [
    { label: '← all documents', href: `../${INDEX_FILE}` },
    { label: 'analysis.json', href: 'analysis.json' },
    { label: 'claims.csv', href: 'claims.csv' },
    { label: 'quotes.csv', href: 'quotes.csv' },
    { label: 'speakers.csv', href: 'speakers.csv' },
  ];
  writeFileAtomic(path, (out) => writeReportPage((html) => out.write(html), analysis, { charts, plotlySrc, links }));
  return path;
}

/**
 * Write `root/index.html` listing every document folder in `root`: the given entries (this run's
 * documents) and any other folder with an `analysis.json` from an earlier run. Returns its path.
 */
export function writeIndex(root: string, entries: readonly IndexEntry[]): string {
  const known = new Set(entries.map((e) => e.folder));
  const earlier: IndexEntry[] = [];
  for (const folder of existsSync(root) ? readdirSync(root).sort() : []) {
    if (known.has(folder)) continue;
    const file = join(root, folder, 'analysis.json');
    if (!existsSync(join(root, folder, REPORT_FILE)) || !existsSync(file)) continue;
    try {
      const record = JSON.parse(readFileSync(file, 'utf8')) as IndexRecord & { schema?: string };
      if (typeof record.schema === 'string' && record.schema.startsWith('discourse-kit/analysis@'))
        earlier.push({ folder, record: indexRecord(record) });
    } catch {
      // A folder whose analysis.json cannot be read is not listed.
    }
  }
  const path = join(root, INDEX_FILE);
  const corpusDir = join(root, 'corpus');
  const corpusCharts = existsSync(corpusDir)
    ? readdirSync(corpusDir)
        .filter((f) => f.endsWith('.html'))
        .sort()
    : [];
  writeFileAtomic(path, indexHtml([...entries, ...earlier], { corpusCharts }));
  return path;
}
