import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DocumentError } from '../text';

/** What `metadata.csv` (or the file name) says about one document. */
export interface DocumentMetadata {
  /** `YYYY-MM-DD`, or null when neither the CSV nor the file name gives one. */
  readonly date: string | null;
  readonly outlet: string | null;
  readonly side: string | null;
  /** Every other column of the CSV row, in header order. */
  readonly extra: Readonly<Record<string, string>>;
}

/** The CSV rows by file name (the base name, e.g. `statement-2021-03-24.txt`). */
export type MetadataTable = ReadonlyMap<string, DocumentMetadata>;

/** A malformed metadata CSV: the message names the file and the line. */
export class MetadataError extends DocumentError {}

const KNOWN = new Set(['file', 'date', 'outlet', 'side']);

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The first valid `YYYY-MM-DD` in a file name (`briefing-2021-03-24.txt`), or null. */
export function dateFromFileName(file: string): string | null {
  for (const m of basename(file).matchAll(/(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/g)) if (isIsoDate(m[1]!)) return m[1]!;
  return null;
}

/**
 * Parse `metadata.csv`: RFC 4180 (quoted fields may hold commas, quotes and line breaks), a header
 * with a `file` column, optional `date` (YYYY-MM-DD), `outlet` and `side`, any other columns kept
 * as `extra`. Throws `MetadataError` naming the file and line of the first malformed row.
 */
export function parseMetadata(text: string, source = 'metadata.csv'): MetadataTable {
  const records = csvRecords(text.replace(/^\uFEFF/, ''), source);
  const header = records.shift();
  if (!header || header.fields.every((f) => f.trim() === ''))
    throw new MetadataError(source, 'line 1: empty file; expected a header such as file,date,outlet,side');
  const columns = header.fields.map((f) => f.trim());
  const fail = (line: number, why: string): never => {
    throw new MetadataError(source, `line ${line}: ${why}`);
  };
  if (!columns.includes('file')) fail(header.line, `the header has no 'file' column (got ${columns.join(',')})`);
  const seenColumn = new Set<string>();
  for (const c of columns) {
    if (c === '') fail(header.line, 'the header has an empty column name');
    if (seenColumn.has(c)) fail(header.line, `column '${c}' appears twice in the header`);
    seenColumn.add(c);
  }
  const table = new Map<string, DocumentMetadata>();
  for (const { line, fields } of records) {
    if (fields.length === 1 && fields[0]!.trim() === '') continue; // blank line
    if (fields.length !== columns.length)
      fail(line, `${fields.length} field${fields.length === 1 ? '' : 's'} where the header has ${columns.length}`);
    const row = new Map(columns.map((c, i) => [c, fields[i]!.trim()]));
    const file = row.get('file')!;
    if (file === '') fail(line, "the 'file' field is empty");
    if (table.has(file)) fail(line, `'${file}' is listed twice`);
    const date = row.get('date') ?? '';
    if (date !== '' && !isIsoDate(date)) fail(line, `date '${date}' is not a calendar date written YYYY-MM-DD`);
    const extra: Record<string, string> = {};
    for (const c of columns) if (!KNOWN.has(c)) extra[c] = row.get(c)!;
    table.set(file, { date: date || null, outlet: row.get('outlet') || null, side: row.get('side') || null, extra });
  }
  return table;
}

/** `metadata.csv` in a folder, parsed, or an empty table when there is none. */
export function readMetadata(folder: string): MetadataTable {
  const path = `${folder.replace(/[\\/]+$/, '')}/metadata.csv`;
  if (!existsSync(path)) return new Map();
  return parseMetadata(readFileSync(path, 'utf8'), path);
}

/** A document's metadata: its CSV row, with the file name's date when the row has none. */
export function metadataFor(table: MetadataTable, source: string): DocumentMetadata {
  const row = table.get(basename(source));
  const fromName = dateFromFileName(source);
  if (row) return row.date || !fromName ? row : { ...row, date: fromName };
  return { date: fromName, outlet: null, side: null, extra: {} };
}

/** CSV records with the line each starts on. */
function csvRecords(text: string, source: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = 0;
  let quotedAt: number;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      quotedAt = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new MetadataError(source, `line ${quotedAt}: a quoted field is never closed`);
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        throw new MetadataError(source, `line ${line}: text after a closing quote`);
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else if (ch === '"') {
      throw new MetadataError(source, `line ${line}: a quote inside an unquoted field`);
    } else field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
