import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { analysisCharts, analysisRecord, eachAnalysisTable, recordJsonEstimate } from '../pipeline';
import type { Analysis } from '../pipeline';
import { exportCharts, sealFigures } from '../charts';
import type { FigureRenderer } from '../charts';
import { isFileSystemError, outputError, toCsv, writeFileAtomic, writeJson } from '../io';
import { exportedCharts, indexRecord, writeReport } from '../report';
import type { IndexRecord } from '../report';

/** What writing one document needs besides its analysis. */
export interface WriteOptions {
  /** A headless Chromium for PNG/SVG, opened on first call (lazily); null writes charts as HTML only. */
  readonly renderer: (() => Promise<FigureRenderer | null>) | null;
  /** A `plotly.min.js` shared by every folder of the output root (default: a copy in `dir`). */
  readonly sharedBundle?: string;
}

/** Write the tables; returns their paths and the document's row of the index (the record goes out of scope with it). */
function writeTables(analysis: Analysis, dir: string): { files: string[]; index: IndexRecord } {
  const record = analysisRecord(analysis);
  const files: string[] = [];
  eachAnalysisTable(record, (table) => {
    writeFileAtomic(join(dir, table.name), toCsv(table.rows, table.columns));
    files.push(join(dir, table.name));
  });
  return { files, index: indexRecord(record) };
}

/** What writing one document produced: the paths written and the document's row of the index. */
export interface WrittenDocument {
  readonly files: string[];
  readonly index: IndexRecord;
}

/**
 * Write one document's outputs into `dir` (tables, charts, `report.html`, `analysis.json`). Every file is written
 * under a temporary name and renamed into place, and `analysis.json` is written last (a stale
 * one is removed first), so a folder holding `analysis.json` is complete. When writing fails,
 * a folder this call created is removed again and the error is an `OutputError` (one line).
 */
export async function writeDocument(analysis: Analysis, dir: string, opts: WriteOptions): Promise<WrittenDocument> {
  const created = !existsSync(dir);
  try {
    mkdirSync(dir, { recursive: true });
    rmSync(join(dir, 'analysis.json'), { force: true });
    const written: string[] = [];
    // The record is built twice (it is cheap), so that it, the charts and the report are never in memory together.
    const { files, index } = writeTables(analysis, dir);
    written.push(...files);
    const renderer = opts.renderer ? await opts.renderer() : null;
    // Sealed: each chart's JSON is made once for its page and the report.
    const figures = sealFigures(analysisCharts(analysis));
    try {
      const bundle = opts.sharedBundle ? { sharedBundle: opts.sharedBundle } : {};
      const charts = await exportCharts(
        dir,
        figures,
        renderer ? { renderer, ...bundle } : { formats: ['html'], ...bundle },
      );
      written.push(...charts.written);
      const plotlySrc = opts.sharedBundle ? relative(dir, opts.sharedBundle).split(sep).join('/') : undefined;
      written.push(writeReport(dir, analysis, exportedCharts(figures, charts.written), plotlySrc));
    } catch (err) {
      throw isFileSystemError(err) ? outputError(err, dir) : err;
    }
    // Any further file of the document is written above this line (with `writeFileAtomic`):
    // analysis.json comes last, so its presence says the folder is complete.
    const json = join(dir, 'analysis.json');
    writeFileAtomic(json, (out) => {
      const record = analysisRecord(analysis);
      writeJson(out, record, 1, recordJsonEstimate(record));
      out.write('\n');
    });
    written.push(json);
    return { files: written, index };
  } catch (err) {
    if (created) removeIfOurs(dir);
    // a file-system failure names the folder; anything else is a bug, reported as one
    throw isFileSystemError(err) ? outputError(err, dir) : err;
  }
}

/** Remove a folder this run created for a document that then failed (best effort). */
function removeIfOurs(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // the failure being reported matters more than the leftover folder
  }
}
