import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusCharts, exportCharts } from '../charts';
import { toCsv } from '../io';
import type { CorpusChartData, FigureRenderer, ExportResult } from '../charts';
import { AUTHOR } from '../speakers';
import {
  claimMixByGroup,
  distinguishingClaimTypes,
  groupKeyness,
  shareOfVoiceMatrix,
  sizesFromCounts,
  trendsOverTime,
} from './compare';
import type {
  DatedDocument,
  DocumentCount,
  DocumentSpeaker,
  GroupCount,
  GroupKeynessRow,
  GroupSize,
  Period,
} from './compare';
import { openCorpus } from './load';
import type { CorpusConnection } from './load';
import { quoteString } from './schema';

/** What documents can be grouped by: a column of `documents`, the year of the date, each document alone, or the whole corpus. */
export type GroupBy = 'side' | 'outlet' | 'year' | 'document' | 'corpus';

/** The SQL expression of a document's group (over `documents d`). */
export function groupSql(groupBy: GroupBy): string {
  switch (groupBy) {
    case 'side':
      return "coalesce(d.side, '(no side)')";
    case 'outlet':
      return "coalesce(d.outlet, '(no outlet)')";
    case 'year':
      return "coalesce(strftime(d.date, '%Y'), 'undated')";
    case 'document':
      return 'd.id';
    case 'corpus':
      return "'corpus'";
  }
}

/** At most this many documents are drawn one bar or row each. */
export const MAX_CHART_DOCUMENTS = 40;

/** The grouping the corpus charts use by default: side, outlet or year when there are two or more, else each document (up to 40), else the whole corpus. */
export async function defaultGroupBy(db: CorpusConnection): Promise<GroupBy> {
  const [row] = await db.query<{ sides: number; outlets: number; years: number; docs: number }>(
    'SELECT count(DISTINCT side) AS sides, count(DISTINCT outlet) AS outlets, count(DISTINCT year(date)) AS years, count(*) AS docs FROM documents',
  );
  if (!row) return 'corpus';
  if (row.sides >= 2) return 'side';
  if (row.outlets >= 2) return 'outlet';
  if (row.years >= 2) return 'year';
  return row.docs <= MAX_CHART_DOCUMENTS ? 'document' : 'corpus';
}

/** Term counts, word sizes and claim-type counts per group, straight from SQL. */
export async function groupTables(
  db: CorpusConnection,
  groupBy: GroupBy,
): Promise<{ terms: GroupCount[]; words: GroupSize[]; claims: GroupCount[] }> {
  const g = groupSql(groupBy);
  const terms = await db.query<GroupCount>(
    `SELECT ${g} AS "group", t.term AS key, sum(t.count) AS count FROM terms t JOIN documents d ON d.id = t.document GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const words = await db.query<GroupSize>(
    `SELECT ${g} AS "group", sum(d.words) AS size FROM documents d GROUP BY 1 ORDER BY 1`,
  );
  const claims = await db.query<GroupCount>(
    `SELECT ${g} AS "group", s.claim_type AS key, count(*) AS count FROM sentences s JOIN documents d ON d.id = s.document GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  return { terms, words, claims };
}

export interface CorpusComparisons extends CorpusChartData {
  readonly documents: number;
  readonly groupBy: GroupBy;
  /** Full keyness tables (the charts show their extremes). */
  readonly keynessRows: readonly GroupKeynessRow[];
  readonly claimKeynessRows: readonly GroupKeynessRow[];
  readonly period: Period | null;
}

/**
 * Every comparison the corpus charts draw, from the database: claim mix per group, keyness of the
 * largest group (by words) against the rest for terms and claim types, share of voice per
 * document (the first 40 documents by id, the 20 speakers found in most documents) and term and
 * claim-type trends when two or more periods have dated documents.
 */
export async function corpusComparisons(
  db: CorpusConnection,
  options: { readonly groupBy?: GroupBy; readonly trendTerms?: readonly string[] } = {},
): Promise<CorpusComparisons> {
  const groupBy = options.groupBy ?? (await defaultGroupBy(db));
  const [{ documents } = { documents: 0 }] = await db.query<{ documents: number }>(
    'SELECT count(*) AS documents FROM documents',
  );
  const groups = await groupComparisons(db, groupBy);
  const speakers = await shareOfVoiceOfShownDocuments(db);
  const trends = await trendComparisons(db, options.trendTerms);
  return { documents, groupBy, ...groups, speakers, ...trends };
}

/** Claim mix per group, and the keyness of the largest group (by words) against the rest, for terms and claim types. */
async function groupComparisons(
  db: CorpusConnection,
  groupBy: GroupBy,
): Promise<Pick<CorpusComparisons, 'claimMix' | 'keyness' | 'claimKeyness' | 'keynessRows' | 'claimKeynessRows'>> {
  const { terms, words, claims } = await groupTables(db, groupBy);
  const groups = words
    .filter((w) => w.size > 0)
    .sort((a, b) => b.size - a.size || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  const target = groups[0]?.group;
  const comparable = target !== undefined && groups.length >= 2;
  const reference = groups.length === 2 ? groups[1]!.group : 'the rest';
  const against = groups.length === 2 ? { group: groups[1]!.group } : ({ rest: true } as const);
  const keynessRows = comparable ? groupKeyness(terms, words, target, against, { minCount: 3 }) : [];
  const claimSizes = sizesFromCounts(claims);
  const claimKeynessRows =
    comparable && claimSizes.length >= 2 ? distinguishingClaimTypes(claims, target, against) : [];
  return {
    claimMix: claimMixByGroup(claims),
    keyness: comparable ? { target, reference, rows: keynessRows } : null,
    claimKeyness:
      claimKeynessRows.length > 0 ? { target: target!, reference, rows: claimKeynessRows.map((r) => r) } : null,
    keynessRows,
    claimKeynessRows,
  };
}

/** Share of voice per document: the first `MAX_CHART_DOCUMENTS` documents by id, the author left out. */
async function shareOfVoiceOfShownDocuments(db: CorpusConnection): Promise<CorpusComparisons['speakers']> {
  const shown = await db.query<{ id: string }>(`SELECT id FROM documents ORDER BY id LIMIT ${MAX_CHART_DOCUMENTS}`);
  const speakerRows = await db.query<DocumentSpeaker>(
    `SELECT document, canonical, quotes, words, share FROM speakers WHERE canonical <> ${quoteString(AUTHOR)} AND document IN (SELECT id FROM documents ORDER BY id LIMIT ${MAX_CHART_DOCUMENTS}) ORDER BY document, canonical`,
  );
  return shareOfVoiceMatrix(speakerRows, { documents: shown.map((r) => r.id) });
}

/**
 * Term trends (per 1,000 words; `trendTerms`, else the five most frequent terms of dated
 * documents) and the trends of the five most frequent stance-taking claim types (share of
 * sentences), when two or more periods have dated documents.
 */
async function trendComparisons(
  db: CorpusConnection,
  trendTerms: readonly string[] | undefined,
): Promise<Pick<CorpusComparisons, 'period' | 'termTrends' | 'claimTrends'>> {
  const dated = await db.query<{ document: string; date: string; words: number; sentences: number }>(
    "SELECT id AS document, strftime(date, '%Y-%m-%d') AS date, words, sentences FROM documents WHERE date IS NOT NULL ORDER BY id",
  );
  const period = trendPeriod(dated.map((d) => d.date));
  if (!period) return { termTrends: [], claimTrends: [], period };
  const keys =
    trendTerms ??
    (
      await db.query<{ term: string }>(
        'SELECT t.term FROM terms t JOIN documents d ON d.id = t.document WHERE d.date IS NOT NULL GROUP BY 1 ORDER BY sum(t.count) DESC, 1 LIMIT 5',
      )
    ).map((r) => r.term);
  const termCounts =
    keys.length === 0
      ? []
      : await db.query<DocumentCount>(
          `SELECT t.document, t.term AS key, t.count FROM terms t JOIN documents d ON d.id = t.document WHERE d.date IS NOT NULL AND t.term IN (${keys.map(quoteString).join(', ')}) ORDER BY 1, 2`,
        );
  const termTrends = trendsOverTime(
    dated.map((d): DatedDocument => ({ document: d.document, date: d.date, size: d.words })),
    termCounts,
    keys,
    period,
  ).map((p) => ({ period: p.period, key: p.key, value: p.per1k, count: p.count }));
  const claimCounts = await db.query<DocumentCount>(
    'SELECT s.document, s.claim_type AS key, count(*) AS count FROM sentences s JOIN documents d ON d.id = s.document WHERE d.date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2',
  );
  const stance = claimMixByGroup(claimCounts.map((c) => ({ group: 'all', key: c.key, count: c.count })))
    .filter((r) => r.type !== 'reported_fact' && r.type !== 'other')
    .sort((a, b) => b.count - a.count)
    .slice(0, 5)
    .map((r) => r.type);
  const claimTrends = trendsOverTime(
    dated.map((d) => ({ document: d.document, date: d.date, size: d.sentences })),
    claimCounts,
    stance,
    period,
  ).map((p) => ({ period: p.period, key: p.key, value: 100 * p.share, count: p.count }));
  return { termTrends, claimTrends, period };
}

/** The finest of year, month, day that still puts dated documents in two or more periods; null with fewer. */
export function trendPeriod(dates: readonly string[]): Period | null {
  for (const [period, length] of [
    ['year', 4],
    ['month', 7],
    ['day', 10],
  ] as const)
    if (new Set(dates.map((d) => d.slice(0, length))).size >= 2) return period;
  return null;
}

const KEYNESS_COLUMNS = [
  'term',
  'target',
  'reference',
  'targetPer1k',
  'referencePer1k',
  'g2',
  'p',
  'logRatio',
  'effect',
  'lr',
  'lrP',
];

/**
 * Write the corpus charts and comparison tables into `dir` (`outputs/corpus/`): the charts as
 * HTML (and PNG/SVG with a renderer), `claim-mix.csv`, `keyness.csv` and `claim-keyness.csv`.
 */
export async function writeCorpusReport(
  dbPath: string,
  dir: string,
  options: {
    readonly renderer?: FigureRenderer | null;
    readonly groupBy?: GroupBy;
    readonly sharedBundle?: string;
  } = {},
): Promise<{ comparisons: CorpusComparisons; charts: ExportResult; tables: string[] }> {
  const db = await openCorpus(dbPath);
  let comparisons: CorpusComparisons;
  try {
    comparisons = await corpusComparisons(db, options.groupBy ? { groupBy: options.groupBy } : {});
  } finally {
    db.close();
  }
  const figures = corpusCharts(comparisons);
  // Charts of an earlier run that has nothing to draw now (e.g. no dates any more) would be stale.
  const current = new Set(figures.map((f) => f.name));
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) {
    const chart = /^(corpus-[a-z-]+)\.(html|png|svg)$/.exec(file);
    if (chart && !current.has(chart[1]!)) rmSync(join(dir, file), { force: true });
  }
  const bundle = options.sharedBundle ? { sharedBundle: options.sharedBundle } : {};
  const charts = await exportCharts(
    dir,
    figures,
    options.renderer ? { renderer: options.renderer, ...bundle } : { formats: ['html'], ...bundle },
  );
  const tables: [string, readonly object[], readonly string[]][] = [
    ['claim-mix.csv', comparisons.claimMix, ['group', 'type', 'count', 'share']],
    ['keyness.csv', comparisons.keynessRows, KEYNESS_COLUMNS],
    ['claim-keyness.csv', comparisons.claimKeynessRows, KEYNESS_COLUMNS],
  ];
  for (const [name, rows, columns] of tables) {
    const temp = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(
      temp,
      toCsv(
        rows.map((r) => roundRow(r)),
        columns,
      ),
    );
    renameSync(temp, join(dir, name));
  }
  return { comparisons, charts, tables: tables.map(([name]) => join(dir, name)) };
}

function roundRow(row: object): object {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v,
    ]),
  );
}
