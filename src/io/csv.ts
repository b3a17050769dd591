import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from './write';

/** A value a CSV cell can hold; arrays are joined with `;`. */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/**
 * RFC 4180 CSV: every row on its own CRLF-free line ("\n"), fields quoted when they hold a
 * comma, quote or line break. Columns come from `columns`, else from the first row's keys,
 * so the order is deterministic. Text cells are neutralised against formula injection (see
 * `neutraliseFormula`); numbers stay numbers.
 */
export function toCsv(rows: readonly object[], columns?: readonly string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  const lines = [cols.map(csvField).join(',')];
  for (const row of rows) {
    const record = row as Record<string, CsvValue>;
    lines.push(cols.map((c) => csvField(record[c])).join(','));
  }
  return lines.join('\n') + '\n';
}

/** A plain number written as text (`-2`, `+3.5`, `1e6`): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A text cell that opens with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a
 * formula by Excel, LibreOffice and Google Sheets even when quoted (`=SUM(A1:A9)`, `@risk`,
 * `-2+3`). As OWASP recommends, such a cell gets a leading apostrophe, which the spreadsheet
 * shows as text. Plain numbers (`-2`, `+44`) are left as they are.
 */
export function neutraliseFormula(text: string): string {
  const code = text.charCodeAt(0);
  const risky = code === 0x3d || code === 0x2b || code === 0x2d || code === 0x40 || code === 0x09 || code === 0x0d;
  return risky && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : neutraliseFormula(Array.isArray(value) ? value.join(';') : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Write rows as RFC 4180 CSV (columns from `columns`, else the first row's keys, in order), creating the folder. */
export function writeCsv(path: string, rows: readonly object[], columns?: readonly string[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, toCsv(rows, columns));
}
