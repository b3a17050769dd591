/**
 * DataFrames for notebooks. Kept out of `index.ts` because loading danfojs-node (and TensorFlow.js
 * behind it) takes a second or more; notebooks import it on its own:
 *   import { toDataFrame } from 'discourse-kit/dist/terms/dataframes';
 */
import { DataFrame } from 'danfojs-node';

/**
 * A DataFrame with one row per object. Array fields (kwic positions, sentence lists) become JSON
 * strings, since danfojs would otherwise flatten them to comma-joined text; `columns` names the
 * columns of an empty result, which has no row to take them from.
 */
export function toDataFrame(rows: readonly object[], columns?: readonly string[]): DataFrame {
  const records = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, Array.isArray(value) ? JSON.stringify(value) : value]),
    ),
  );
  return records.length === 0 && columns ? new DataFrame([], { columns: [...columns] }) : new DataFrame(records);
}
