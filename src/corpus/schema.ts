/**
 * The corpus tables. Every table but `documents` has a `document` column (the document's id);
 * `documents.id` is the document's output slug, unique within a folder run.
 */
export interface Column {
  readonly name: string;
  readonly type: 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';
  readonly doc: string;
}

export const TABLES: Readonly<Record<string, readonly Column[]>> = {
  documents: [
    { name: 'id', type: 'VARCHAR', doc: 'the document id (its output folder name)' },
    { name: 'source', type: 'VARCHAR', doc: 'the file it was read from' },
    { name: 'file', type: 'VARCHAR', doc: 'the file name, as metadata.csv names it' },
    { name: 'headline', type: 'VARCHAR', doc: 'the headline, or null' },
    { name: 'date', type: 'DATE', doc: 'from metadata.csv, else a YYYY-MM-DD in the file name, else null' },
    { name: 'outlet', type: 'VARCHAR', doc: 'from metadata.csv' },
    { name: 'side', type: 'VARCHAR', doc: 'from metadata.csv' },
    { name: 'metadata', type: 'VARCHAR', doc: "metadata.csv's other columns as a JSON object" },
    { name: 'paragraphs', type: 'INTEGER', doc: 'counts of the document' },
    { name: 'sentences', type: 'INTEGER', doc: '' },
    { name: 'tokens', type: 'INTEGER', doc: '' },
    { name: 'words', type: 'INTEGER', doc: 'word and number tokens: the size keyness and per-1,000 rates use' },
    { name: 'types', type: 'INTEGER', doc: '' },
    { name: 'quotes', type: 'INTEGER', doc: '' },
    { name: 'speakers', type: 'INTEGER', doc: '' },
  ],
  sentences: [
    { name: 'document', type: 'VARCHAR', doc: '' },
    { name: 'index', type: 'INTEGER', doc: 'sentence number from 0' },
    { name: 'start', type: 'INTEGER', doc: 'UTF-16 offsets into the document text' },
    { name: 'end', type: 'INTEGER', doc: '' },
    { name: 'paragraph', type: 'INTEGER', doc: '' },
    { name: 'headline', type: 'BOOLEAN', doc: '' },
    { name: 'voice', type: 'VARCHAR', doc: "who speaks it ('author' for the outlet's own voice)" },
    { name: 'voice_confidence', type: 'DOUBLE', doc: '' },
    { name: 'claim_type', type: 'VARCHAR', doc: 'one of the claim taxonomy' },
    { name: 'claim_confidence', type: 'DOUBLE', doc: '' },
    { name: 'claim_source', type: 'VARCHAR', doc: 'rules, model or both' },
    { name: 'text', type: 'VARCHAR', doc: '' },
  ],
  quotes: [
    { name: 'document', type: 'VARCHAR', doc: '' },
    { name: 'index', type: 'INTEGER', doc: '' },
    { name: 'kind', type: 'VARCHAR', doc: '' },
    { name: 'canonical', type: 'VARCHAR', doc: 'the resolved speaker' },
    { name: 'speaker', type: 'VARCHAR', doc: 'the speaker as written' },
    { name: 'cue', type: 'VARCHAR', doc: '' },
    { name: 'content', type: 'VARCHAR', doc: '' },
    { name: 'start', type: 'INTEGER', doc: 'offsets of the content' },
    { name: 'end', type: 'INTEGER', doc: '' },
    { name: 'confidence', type: 'DOUBLE', doc: '' },
    { name: 'question', type: 'BOOLEAN', doc: '' },
  ],
  speakers: [
    { name: 'document', type: 'VARCHAR', doc: '' },
    { name: 'canonical', type: 'VARCHAR', doc: '' },
    { name: 'type', type: 'VARCHAR', doc: '' },
    { name: 'role', type: 'VARCHAR', doc: '' },
    { name: 'quotes', type: 'INTEGER', doc: '' },
    { name: 'words', type: 'INTEGER', doc: 'words quoted or reported from them' },
    { name: 'share', type: 'DOUBLE', doc: 'share of voice in the document, 0..1' },
    { name: 'sentences', type: 'INTEGER', doc: '' },
    { name: 'reported_only', type: 'BOOLEAN', doc: '' },
  ],
  actors: [
    { name: 'document', type: 'VARCHAR', doc: '' },
    { name: 'name', type: 'VARCHAR', doc: '' },
    { name: 'type', type: 'VARCHAR', doc: '' },
    { name: 'mentions', type: 'INTEGER', doc: '' },
    { name: 'speaks', type: 'BOOLEAN', doc: 'false: spoken about, never given words' },
  ],
  terms: [
    { name: 'document', type: 'VARCHAR', doc: '' },
    { name: 'term', type: 'VARCHAR', doc: 'the normalised term (stop words and numbers out)' },
    { name: 'display', type: 'VARCHAR', doc: '' },
    { name: 'count', type: 'INTEGER', doc: '' },
    { name: 'per1k', type: 'DOUBLE', doc: '' },
  ],
  ngrams: [
    { name: 'document', type: 'VARCHAR', doc: '' },
    { name: 'n', type: 'INTEGER', doc: '' },
    { name: 'term', type: 'VARCHAR', doc: '' },
    { name: 'display', type: 'VARCHAR', doc: '' },
    { name: 'count', type: 'INTEGER', doc: '' },
    { name: 'per1k', type: 'DOUBLE', doc: '' },
  ],
};

export const TABLE_NAMES = Object.keys(TABLES);

/** The row order of each table in Parquet exports and `orderedRows`. */
export const ORDER_BY: Readonly<Record<string, string>> = {
  documents: 'id',
  sentences: 'document, "index"',
  quotes: 'document, "index"',
  speakers: 'document, canonical',
  actors: 'document, name',
  terms: 'document, term',
  ngrams: 'document, n, term',
};

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const quoteString = (text: string) => `'${text.replace(/'/g, "''")}'`;

export function createTableSql(table: string): string {
  const columns = TABLES[table]!.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
  return `CREATE TABLE IF NOT EXISTS ${quoteIdent(table)} (${columns})`;
}
