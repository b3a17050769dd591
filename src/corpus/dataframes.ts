/**
 * DataFrames of corpus query results for notebooks (danfojs-node; not re-exported from
 * `corpus/index.ts`, so loading the corpus stage stays fast):
 *   import { pivotFrame } from '../dist/corpus/dataframes';
 */
import { DataFrame } from 'danfojs-node';

/**
 * danfojs has group-by but no pivot: a wide DataFrame with one row per `index` value (code-unit
 * order), one column per `columns` value (in `order`, else code-unit order) and the sum of
 * `values` in each cell (0 where there is none).
 */
export function pivotFrame(
  df: DataFrame,
  index: string,
  columns: string,
  values: string,
  order?: readonly string[],
): DataFrame {
  const names = df.columns;
  const [i, c, v] = [index, columns, values].map((name) => {
    const at = names.indexOf(name);
    if (at < 0) throw new Error(`pivotFrame: no column '${name}' (have ${names.join(', ')})`);
    return at;
  }) as [number, number, number];
  const cells = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  for (const row of df.values as unknown[][]) {
    const key = String(row[i]);
    const col = String(row[c]);
    seen.add(col);
    const line = cells.get(key) ?? new Map<string, number>();
    line.set(col, (line.get(col) ?? 0) + Number(row[v]));
    cells.set(key, line);
  }
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const cols = order
    ? order.filter((o) => seen.has(o)).concat([...seen].filter((s) => !order.includes(s)).sort(byCode))
    : [...seen].sort(byCode);
  const keys = [...cells.keys()].sort(byCode);
  const rows = keys.map((key) => [key, ...cols.map((col) => cells.get(key)!.get(col) ?? 0)]);
  return rows.length === 0
    ? new DataFrame([], { columns: [index, ...cols] })
    : new DataFrame(rows, { columns: [index, ...cols] });
}
