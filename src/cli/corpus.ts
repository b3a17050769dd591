import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { shownPath } from './shown-path';
import type { FigureRenderer } from '../charts';
import type { CorpusRecord, MetadataTable } from '../corpus';

// The corpus stage loads DuckDB's native binding (a fifth of a second): only folder runs pay for it.
export { documentIds } from '../corpus/ids';

/**
 * The corpus side of a folder run: each document's analysis record goes into
 * `<out>/corpus.duckdb` as soon as it is produced (in whatever order documents finish), and
 * `finish` moves the database into place and writes `<out>/corpus/` (Parquet tables, corpus
 * charts, comparison CSVs).
 */
export interface CorpusSink {
  add(id: string, source: string, record: CorpusRecord): Promise<void>;
  /** Close the database and write the report; returns the line to print. */
  finish(renderer: FigureRenderer | null, sharedBundle?: string): Promise<string>;
  abort(): void;
}

/**
 * A sink when any input is a folder, else null. Each folder's `metadata.csv` is read first, so a
 * malformed one stops the run (a `MetadataError` naming its line) before anything is analysed.
 */
export async function openCorpusSink(inputs: readonly string[], outRoot: string): Promise<CorpusSink | null> {
  const folders = inputs.filter((input) => input !== '-' && isFolder(input));
  if (folders.length === 0) return null;
  const { CorpusWriter, metadataFor, readMetadata, writeCorpusReport } = await import('../corpus');
  const metadata = new Map<string, MetadataTable>(folders.map((folder) => [resolve(folder), readMetadata(folder)]));
  const corpusDir = join(outRoot, 'corpus');
  // Each record goes into DuckDB as it arrives, while the workers are still analysing, instead of
  // all at the end of the run, where it would be time no other core can share.
  const writer = await CorpusWriter.open(join(outRoot, 'corpus.duckdb'), { parquetDir: corpusDir });
  return {
    add: (id, source, record) =>
      writer.add({ id, record, metadata: metadataFor(metadata.get(resolve(dirname(source))) ?? new Map(), source) }),
    async finish(renderer, sharedBundle) {
      const loaded = await writer.close();
      const report = await writeCorpusReport(loaded.path, corpusDir, {
        renderer,
        ...(sharedBundle ? { sharedBundle } : {}),
      });
      const charts = report.charts.written.filter((f) => f.endsWith('.html')).length;
      return `✓ corpus → ${shownPath(loaded.path)}: ${loaded.rows['documents']} document${loaded.rows['documents'] === 1 ? '' : 's'} (${loaded.added} from this run), ${loaded.parquet.length} Parquet tables and ${charts} charts in ${shownPath(corpusDir)}`;
    },
    abort: () => writer.abort(),
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
