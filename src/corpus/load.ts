import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  DuckDBConnection,
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBInstance,
  DuckDBListValue,
  DuckDBTimestampValue,
} from '@duckdb/node-api';
import type { DuckDBAppender } from '@duckdb/node-api';
import type { CorpusRecord } from './record';
import type { DocumentMetadata } from './metadata';
import { createTableSql, ORDER_BY, quoteIdent, quoteString, TABLE_NAMES, TABLES } from './schema';

/** One document for the corpus: its id (the output slug), its analysis record and its metadata. */
export interface CorpusDocument {
  readonly id: string;
  readonly record: CorpusRecord;
  readonly metadata: DocumentMetadata;
}

export interface CorpusWriterOptions {
  /** Also export every table as `<table>.parquet` into this folder when the corpus is closed. */
  readonly parquetDir?: string;
  /**
   * DuckDB's memory limit while loading (default `DEFAULT_MEMORY_LIMIT`): beyond it DuckDB writes
   * its buffers to disk, which keeps the loader's memory flat in the corpus size.
   */
  readonly memoryLimit?: string;
  /** DuckDB's memory limit for the Parquet export (default `EXPORT_MEMORY_LIMIT`). */
  readonly exportMemoryLimit?: string;
}

/**
 * DuckDB holds appended rows in memory up to its limit, so the limit is what a folder run's
 * database adds to its peak memory while documents arrive. Measured on 1,792 documents (7.2 MB of
 * text, a 41 MB database): peak RSS of the whole run 522–589 MB with 128 MB, 478–506 MB with 64
 * MB, 418–442 MB with 32 MB, and the same time to the last document (23.4–24.2 s).
 */
const DEFAULT_MEMORY_LIMIT = '32MB';

/**
 * The Parquet export sorts each table, and DuckDB's sort needs more room than appending: on an 82
 * MB database (7,168 documents, 18.5 MB of text) it failed with 32 MB ("failed to pin block"), and
 * with 64 MB on one thread; it took 2.4 s with 64 MB and 1.4 s with 128 MB on two threads. The
 * limit is raised for the export alone.
 */
const EXPORT_MEMORY_LIMIT = '128MB';

export interface CorpusWriteResult {
  readonly path: string;
  /** Documents added in this run. */
  readonly added: number;
  /** Rows per table in the whole database after the run. */
  readonly rows: Readonly<Record<string, number>>;
  /** Parquet files written, in table order. */
  readonly parquet: readonly string[];
}

type Value = string | number | boolean | null;

/**
 * Rows an appender may hold before they are moved into their tables: an appender left alone
 * holds every row of the run, and its memory grows with the corpus. About 300 press documents.
 */
const FLUSH_ROWS = 200_000;

/** Each table's column types, in column order, for the appenders. */
const COLUMN_TYPES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  TABLE_NAMES.map((table) => [table, TABLES[table]!.map((c) => c.type)]),
);

/**
 * Streams analysed documents into a DuckDB file. Each document's rows go in as it arrives,
 * through one DuckDB appender per table kept open for the whole run (DuckDB moves an appender's
 * rows into the table as its buffer fills, so memory stays flat however many documents come;
 * closing and reopening appenders per batch cost as much again as the appending itself). A
 * document already in the database (same id) has its rows replaced. The database is written
 * under a temporary name (a copy of the existing file, if any) and renamed over `path` by
 * `close()`, so a failed run leaves the previous database untouched.
 */
export class CorpusWriter {
  private added = 0;
  private closed = false;
  private appenders: Map<string, DuckDBAppender> | null = null;
  /** Rows appended since the appenders last moved theirs into the tables. */
  private unflushed = 0;

  private readonly instance: DuckDBInstance;
  private readonly connection: DuckDBConnection;

  private constructor(
    readonly path: string,
    private readonly tempPath: string,
    db: { readonly instance: DuckDBInstance; readonly connection: DuckDBConnection },
    private readonly options: CorpusWriterOptions,
    /** Ids with rows in the database: those of an earlier run, then each one added. */
    private readonly stored: Set<string>,
  ) {
    this.instance = db.instance;
    this.connection = db.connection;
  }

  static async open(path: string, options: CorpusWriterOptions = {}): Promise<CorpusWriter> {
    mkdirSync(dirname(path), { recursive: true });
    const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    removeDatabaseFiles(tempPath);
    if (existsSync(path)) copyFileSync(path, tempPath);
    const instance = await DuckDBInstance.create(tempPath, {
      memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
    });
    const connection = await instance.connect();
    for (const table of TABLE_NAMES) await connection.run(createTableSql(table));
    const ids = (await connection.runAndReadAll('SELECT id FROM documents')).getRows().map((row) => String(row[0]));
    return new CorpusWriter(path, tempPath, { instance, connection }, options, new Set(ids));
  }

  /**
   * Add a document's rows (replacing those of a document with the same id). Calls may overlap
   * (records arriving from a worker pool): they are applied one after another.
   */
  add(doc: CorpusDocument): Promise<void> {
    if (this.closed) return Promise.reject(new Error('CorpusWriter: add() after close()'));
    return this.serial(async () => {
      if (this.stored.has(doc.id)) await this.deleteDocument(doc.id);
      const appenders = this.appenders ?? (this.appenders = await this.openAppenders());
      for (const table of TABLE_NAMES) {
        const appender = appenders.get(table)!;
        const types = COLUMN_TYPES[table]!;
        for (const row of tableRows(table, doc)) {
          appendRow(appender, types, row);
          this.unflushed++;
        }
      }
      if (this.unflushed >= FLUSH_ROWS) {
        for (const appender of appenders.values()) appender.flushSync();
        this.unflushed = 0;
      }
      this.stored.add(doc.id);
      this.added++;
    });
  }

  private queue: Promise<unknown> = Promise.resolve();

  private serial<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async openAppenders(): Promise<Map<string, DuckDBAppender>> {
    const appenders = new Map<string, DuckDBAppender>();
    for (const table of TABLE_NAMES) appenders.set(table, await this.connection.createAppender(table));
    return appenders;
  }

  /** Move every appended row into its table: before a delete, which sees only rows in the tables. */
  private closeAppenders(): void {
    const appenders = this.appenders;
    this.appenders = null;
    this.unflushed = 0;
    if (appenders) for (const appender of appenders.values()) appender.closeSync();
  }

  private async deleteDocument(id: string): Promise<void> {
    this.closeAppenders();
    await this.connection.run('BEGIN TRANSACTION');
    try {
      for (const table of TABLE_NAMES)
        await this.connection.run(
          `DELETE FROM ${quoteIdent(table)} WHERE ${table === 'documents' ? 'id' : 'document'} = ${quoteString(id)}`,
        );
      await this.connection.run('COMMIT');
    } catch (err) {
      await this.connection.run('ROLLBACK');
      throw err;
    }
  }

  /** Close the appenders, export Parquet if asked, close the database and move it into place. */
  async close(): Promise<CorpusWriteResult> {
    this.closed = true;
    const rows: Record<string, number> = {};
    const parquet: string[] = [];
    try {
      await this.serial(async () => this.closeAppenders());
      for (const table of TABLE_NAMES) {
        const result = await this.connection.runAndReadAll(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
        rows[table] = Number(result.getRows()[0]![0]);
      }
      if (this.options.parquetDir) {
        await this.connection.run(
          `SET memory_limit = ${quoteString(this.options.exportMemoryLimit ?? EXPORT_MEMORY_LIMIT)}`,
        );
        parquet.push(...(await exportParquet(this.connection, this.options.parquetDir)));
      }
      await this.connection.run('CHECKPOINT');
    } catch (err) {
      // nothing of this run stays behind: the previous database, if any, is untouched
      this.connection.closeSync();
      this.instance.closeSync();
      removeDatabaseFiles(this.tempPath);
      throw err;
    }
    this.connection.closeSync();
    this.instance.closeSync();
    rmSync(`${this.tempPath}.wal`, { force: true });
    renameSync(this.tempPath, this.path);
    rmSync(`${this.path}.wal`, { force: true });
    return { path: this.path, added: this.added, rows, parquet };
  }

  /** Drop the run: the temporary database is removed and the previous one stays. */
  abort(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.closeAppenders();
    } catch {
      // the run is being dropped: rows an appender could not write do not matter
    }
    this.connection.closeSync();
    this.instance.closeSync();
    removeDatabaseFiles(this.tempPath);
  }
}

/** Load documents (any iterable, sync or async, e.g. a generator that analyses as it goes) into `path`. */
export async function loadCorpus(
  path: string,
  documents: Iterable<CorpusDocument> | AsyncIterable<CorpusDocument>,
  options: CorpusWriterOptions = {},
): Promise<CorpusWriteResult> {
  const writer = await CorpusWriter.open(path, options);
  try {
    for await (const doc of documents) await writer.add(doc);
  } catch (err) {
    writer.abort();
    throw err;
  }
  return writer.close();
}

/** A DuckDB database file and what DuckDB keeps beside it: its write-ahead log and the folder it spills to past its memory limit. */
function removeDatabaseFiles(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });
  rmSync(`${path}.tmp`, { recursive: true, force: true });
}

/**
 * Every table as `<dir>/<table>.parquet`, rows in the documented order. All tables are written
 * under temporary names first and renamed only when every one is written: an export that fails
 * (a full disk, DuckDB out of memory) leaves the folder's previous files as they were, and no
 * temporary file.
 */
export async function exportParquet(connection: DuckDBConnection, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files = TABLE_NAMES.map((table) => ({
    table,
    target: join(dir, `${table}.parquet`),
    temp: join(dir, `.${table}.parquet.${process.pid}.tmp`),
  }));
  try {
    for (const { table, temp } of files)
      await connection.run(
        `COPY (SELECT * FROM ${quoteIdent(table)} ORDER BY ${ORDER_BY[table]}) TO ${quoteString(temp)} (FORMAT parquet)`,
      );
  } catch (err) {
    for (const { temp } of files) rmSync(temp, { force: true });
    throw err;
  }
  for (const { temp, target } of files) renameSync(temp, target);
  return files.map((f) => f.target);
}

function appendRow(appender: DuckDBAppender, types: readonly string[], row: readonly Value[]): void {
  for (let i = 0; i < types.length; i++) {
    const value = row[i];
    if (value === null || value === undefined) appender.appendNull();
    else if (types[i] === 'INTEGER') appender.appendInteger(value as number);
    else if (types[i] === 'DOUBLE') appender.appendDouble(value as number);
    else if (types[i] === 'BOOLEAN') appender.appendBoolean(value as boolean);
    else appender.appendVarchar(String(value)); // VARCHAR, and DATE from its YYYY-MM-DD text
  }
  appender.endRow();
}

/** One document's rows of a table, values in column order. */
export function tableRows(table: string, { id, record: r, metadata: m }: CorpusDocument): Value[][] {
  switch (table) {
    case 'documents': {
      const s = r.summary;
      return [
        [
          id,
          r.source,
          basename(r.source),
          s.headline,
          m.date,
          m.outlet,
          m.side,
          JSON.stringify(m.extra),
          s.paragraphs,
          s.sentences,
          s.tokens,
          s.words,
          s.types,
          r.quotes.length,
          r.speakers.length,
        ],
      ];
    }
    case 'sentences':
      return r.sentences.map((s) => [
        id,
        s.index,
        s.start,
        s.end,
        s.paragraph,
        s.headline,
        s.voice,
        s.voiceConfidence,
        s.claim.type,
        s.claim.confidence,
        s.claim.source,
        r.text.slice(s.start, s.end),
      ]);
    case 'quotes':
      return r.quotes.map((q) => [
        id,
        q.index,
        q.kind,
        q.canonical,
        q.speaker?.text ?? null,
        q.cue?.text ?? null,
        q.content?.text ?? null,
        q.content?.start ?? null,
        q.content?.end ?? null,
        q.confidence,
        q.question,
      ]);
    case 'speakers':
      return r.speakers.map((s) => [
        id,
        s.canonical,
        s.type,
        s.role ?? null,
        s.quotes,
        s.words,
        s.share,
        s.sentences,
        s.reportedOnly,
      ]);
    case 'actors':
      return r.actors.map((a) => [id, a.name, a.type, a.mentions, a.speaks]);
    case 'terms':
      return r.terms.map((t) => [id, t.term, t.display, t.count, t.per1k]);
    case 'ngrams':
      return r.ngrams.map((t) => [id, t.n, t.term, t.display, t.count, t.per1k]);
    default:
      throw new Error(`unknown corpus table '${table}'`);
  }
}

/** A corpus database opened for queries. */
export interface CorpusConnection {
  readonly connection: DuckDBConnection;
  /** Rows of a query as plain objects: BIGINT/HUGEINT and DECIMAL as numbers, DATE as `YYYY-MM-DD`. */
  query<T = Record<string, Value>>(sql: string): Promise<T[]>;
  close(): void;
}

/** Open a corpus database (read-only unless asked otherwise) for SQL. */
export async function openCorpus(path: string, options: { readOnly?: boolean } = {}): Promise<CorpusConnection> {
  if (!existsSync(path)) throw new Error(`${path}: no such corpus database`);
  const instance = await DuckDBInstance.create(path, options.readOnly === false ? {} : { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  return {
    connection,
    async query<T>(sql: string): Promise<T[]> {
      const reader = await connection.runAndReadAll(sql);
      return reader
        .getRowObjects()
        .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])) as T);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBDateValue || value instanceof DuckDBTimestampValue) return value.toString();
  if (value instanceof DuckDBListValue) return value.items.map(plain);
  return value;
}
