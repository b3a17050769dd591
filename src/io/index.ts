export { neutraliseFormula, toCsv, writeCsv } from './csv';
export type { CsvValue } from './csv';
export { documentSlug, safeFileName, textFilesAt, uniqueSafeNames, uniqueSlugs } from './files';
export {
  ChunkedWriter,
  FileWriter,
  OutputError,
  isFileSystemError,
  outputError,
  removeTempFiles,
  removeTempFilesIn,
  tempPathFor,
  writeFileAtomic,
  writeJson,
} from './write';
