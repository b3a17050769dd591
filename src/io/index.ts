export { toCsv } from './csv';
export type { CsvValue } from './csv';
export { documentSlug, safeFileName, textFilesAt, uniqueSlugs } from './files';
