export { toCsv } from './csv';
export type { CsvValue } from './csv';
export { documentSlug, safeFileName, textFilesAt, uniqueSafeNames, uniqueSlugs } from './files';
