/** A value a CSV cell can hold; arrays are joined with `;`. */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/**
 * RFC 4180 CSV: every row on its own CRLF-free line ("\n"), fields quoted when they hold a
 * comma, quote or line break. Columns come from `columns`, else from the first row's keys,
 * so the order is deterministic.
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

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
