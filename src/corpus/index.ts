/**
 * The corpus: many analysed documents in one DuckDB database (`corpus.duckdb`, with Parquet
 * copies of its tables), their metadata, and comparisons across documents and groups.
 * Charts of the comparisons are in `src/charts` (`corpusCharts`).
 */
export type { Column } from './schema';
export { TABLES, TABLE_NAMES, ORDER_BY } from './schema';
export type { DocumentMetadata, MetadataTable } from './metadata';
export { MetadataError, dateFromFileName, isIsoDate, metadataFor, parseMetadata, readMetadata } from './metadata';
export type { CorpusConnection, CorpusDocument, CorpusWriteResult, CorpusWriterOptions } from './load';
export type { CorpusRecord } from './record';
export { corpusRecordOf } from './record';
export { documentIds } from './ids';
export { CorpusWriter, exportParquet, loadCorpus, openCorpus, tableRows } from './load';
export type {
  ClaimMixShare,
  DatedDocument,
  DocumentActor,
  DocumentCount,
  DocumentSpeaker,
  GroupCount,
  GroupKeynessOptions,
  GroupKeynessRow,
  GroupSize,
  KeynessReference,
  Period,
  ShareMatrix,
  SilentActor,
  SpeakerAcross,
  TrendPoint,
} from './compare';
export {
  claimMixByGroup,
  distinguishingClaimTypes,
  groupKeyness,
  shareOfVoiceMatrix,
  silentActors,
  sizesFromCounts,
  speakersAcrossDocuments,
  trendsOverTime,
} from './compare';
export type { CorpusComparisons, GroupBy } from './report';
export {
  corpusComparisons,
  defaultGroupBy,
  groupSql,
  groupTables,
  MAX_CHART_DOCUMENTS,
  trendPeriod,
  writeCorpusReport,
} from './report';
