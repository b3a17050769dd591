import { CLAIM_TYPES } from '../claims';
import { keynessOfCounts, williamsG2, chiSquare1P } from '../terms';
import type { KeynessRow } from '../terms';

/**
 * Comparisons across documents on plain rows, the shapes SQL on `corpus.duckdb` returns (see the
 * README for the queries). Every function sorts its output explicitly, so results are stable.
 */

/** A count of a term (or claim type, or any key) in a group of documents. */
export interface GroupCount {
  readonly group: string;
  readonly key: string;
  readonly count: number;
}

/** The size of a group: its words for term keyness, its sentences for claim types. */
export interface GroupSize {
  readonly group: string;
  readonly size: number;
}

/** What a group is compared with: another group, all other groups together, or an external frequency list. */
export type KeynessReference =
  | { readonly group: string }
  | { readonly rest: true }
  | {
      readonly list: readonly { readonly key: string; readonly count: number }[];
      readonly size: number;
      readonly name?: string;
    };

/**
 * A keyness row with both conventions: `g2`/`p` as AntConc and Rayson's calculator report them
 * (two-cell, no correction; see `keyness` in src/terms), and `lr`/`lrP` as quanteda's
 * `textstat_keyness(measure = "lr")` defines it (four-cell G² with Williams' correction).
 */
export interface GroupKeynessRow extends KeynessRow {
  readonly lr: number;
  readonly lrP: number;
}

export interface GroupKeynessOptions {
  /** Keep keys seen at least this often in both sides together (default 1). */
  readonly minCount?: number;
}

function tally(counts: readonly GroupCount[], keep: (group: string) => boolean): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of counts) if (keep(c.group)) map.set(c.key, (map.get(c.key) ?? 0) + c.count);
  return map;
}

function sizeOf(sizes: readonly GroupSize[], keep: (group: string) => boolean): number {
  return sizes.reduce((sum, s) => (keep(s.group) ? sum + s.size : sum), 0);
}

/**
 * Keyness of group `target` against `reference`: raw counts on both sides, per-1,000 rates
 * (per 1,000 of the side's size), G² with its p, Hardie's log ratio, %DIFF and quanteda's lr.
 * Rows: most key for the target first (g2 descending), then key.
 */
export function groupKeyness(
  counts: readonly GroupCount[],
  sizes: readonly GroupSize[],
  target: string,
  reference: KeynessReference,
  options: GroupKeynessOptions = {},
): GroupKeynessRow[] {
  const inTarget = (g: string) => g === target;
  const inReference = 'group' in reference ? (g: string) => g === reference.group : (g: string) => g !== target;
  const t = { counts: tally(counts, inTarget), words: sizeOf(sizes, inTarget) };
  if (t.words === 0) throw new Error(`groupKeyness: group '${target}' has no size (no documents or no words)`);
  const r =
    'list' in reference
      ? { counts: new Map(reference.list.map((row) => [row.key, row.count])), words: reference.size }
      : { counts: tally(counts, inReference), words: sizeOf(sizes, inReference) };
  if (r.words === 0)
    throw new Error(
      `groupKeyness: the reference (${'group' in reference ? `group '${reference.group}'` : 'list' in reference ? 'list' : 'rest of the corpus'}) has no size`,
    );
  return keynessOfCounts(t, r, options.minCount ?? 1).map((row) => {
    const lr = williamsG2(row.target, row.reference, t.words, r.words);
    return { ...row, lr, lrP: chiSquare1P(lr) };
  });
}

/** Sizes taken from the counts themselves (e.g. sentences per group = the sum of its claim-type counts). */
export function sizesFromCounts(counts: readonly GroupCount[]): GroupSize[] {
  const map = new Map<string, number>();
  for (const c of counts) map.set(c.group, (map.get(c.group) ?? 0) + c.count);
  return [...map].map(([group, size]) => ({ group, size })).sort((a, b) => compare(a.group, b.group));
}

/** A claim type's count and share in one document or group. */
export interface ClaimMixShare {
  readonly group: string;
  readonly type: string;
  readonly count: number;
  /** count / all claims of the group, 0..1. */
  readonly share: number;
}

/** Claim-type mix per document or group: rows by group (code-unit order), then taxonomy order; zero counts left out. */
export function claimMixByGroup(counts: readonly GroupCount[]): ClaimMixShare[] {
  const totals = new Map(sizesFromCounts(counts).map((s) => [s.group, s.size]));
  const merged = new Map<string, number>();
  for (const c of counts)
    merged.set(`${c.group}\u0000${c.key}`, (merged.get(`${c.group}\u0000${c.key}`) ?? 0) + c.count);
  return [...merged]
    .map(([k, count]) => {
      const [group, type] = k.split('\u0000') as [string, string];
      return { group, type, count, share: totals.get(group)! === 0 ? 0 : count / totals.get(group)! };
    })
    .filter((r) => r.count > 0)
    .sort((a, b) => compare(a.group, b.group) || typeRank(a.type) - typeRank(b.type) || compare(a.type, b.type));
}

/** The claim types that distinguish group `target` from the reference: `groupKeyness` on claim counts, sizes = sentences. */
export function distinguishingClaimTypes(
  counts: readonly GroupCount[],
  target: string,
  reference: { readonly group: string } | { readonly rest: true },
  options: GroupKeynessOptions = {},
): GroupKeynessRow[] {
  return groupKeyness(counts, sizesFromCounts(counts), target, reference, options);
}

/** A speaker in one document (a row of the `speakers` table). */
export interface DocumentSpeaker {
  readonly document: string;
  readonly canonical: string;
  readonly quotes: number;
  readonly words: number;
  readonly share: number;
}

export interface SpeakerAcross {
  readonly canonical: string;
  /** Documents in which the speaker is given words. */
  readonly documents: number;
  readonly quotes: number;
  readonly words: number;
  /** Mean share of voice over the documents where they speak. */
  readonly meanShare: number;
  readonly maxShare: number;
}

/** Canonical speakers across documents: most documents first, then most words, then name. */
export function speakersAcrossDocuments(rows: readonly DocumentSpeaker[]): SpeakerAcross[] {
  const by = new Map<string, { docs: Set<string>; quotes: number; words: number; shares: number[] }>();
  for (const r of rows) {
    const s = by.get(r.canonical) ?? { docs: new Set(), quotes: 0, words: 0, shares: [] };
    s.docs.add(r.document);
    s.quotes += r.quotes;
    s.words += r.words;
    s.shares.push(r.share);
    by.set(r.canonical, s);
  }
  return [...by]
    .map(([canonical, s]) => ({
      canonical,
      documents: s.docs.size,
      quotes: s.quotes,
      words: s.words,
      meanShare: s.shares.reduce((a, b) => a + b, 0) / s.shares.length,
      maxShare: s.shares.reduce((max, share) => Math.max(max, share), -Infinity), // not Math.max(...shares): a speaker of many documents overflows the stack
    }))
    .sort((a, b) => b.documents - a.documents || b.words - a.words || compare(a.canonical, b.canonical));
}

/** Share of voice as a document × speaker matrix (0 where a speaker is absent), for the heat map. */
export interface ShareMatrix {
  readonly documents: readonly string[];
  readonly speakers: readonly string[];
  /** values[i][j]: share of voice of speakers[j] in documents[i]. */
  readonly values: readonly (readonly number[])[];
}

/** The matrix of the `top` speakers found in most documents (default 20), documents in code-unit order. */
export function shareOfVoiceMatrix(
  rows: readonly DocumentSpeaker[],
  options: { readonly top?: number; readonly documents?: readonly string[] } = {},
): ShareMatrix {
  const speakers = speakersAcrossDocuments(rows)
    .slice(0, options.top ?? 20)
    .map((s) => s.canonical);
  const documents = options.documents
    ? [...options.documents]
    : [...new Set(rows.map((r) => r.document))].sort(compare);
  const share = new Map(rows.map((r) => [`${r.document}\u0000${r.canonical}`, r.share]));
  return { documents, speakers, values: documents.map((d) => speakers.map((s) => share.get(`${d}\u0000${s}`) ?? 0)) };
}

/** An actor mentioned in one document (a row of the `actors` table). */
export interface DocumentActor {
  readonly document: string;
  readonly name: string;
  readonly mentions: number;
  readonly speaks: boolean;
}

export interface SilentActor {
  readonly name: string;
  readonly documents: number;
  readonly mentions: number;
}

/**
 * Actors spoken about but never given words anywhere in the corpus: they never speak in any
 * document and are no document's canonical speaker. Most documents first, then mentions, then name.
 */
export function silentActors(
  actors: readonly DocumentActor[],
  speakers: readonly Pick<DocumentSpeaker, 'canonical'>[] = [],
): SilentActor[] {
  const spoke = new Set([...speakers.map((s) => s.canonical), ...actors.filter((a) => a.speaks).map((a) => a.name)]);
  const by = new Map<string, { docs: Set<string>; mentions: number }>();
  for (const a of actors) {
    if (spoke.has(a.name)) continue;
    const s = by.get(a.name) ?? { docs: new Set(), mentions: 0 };
    s.docs.add(a.document);
    s.mentions += a.mentions;
    by.set(a.name, s);
  }
  return [...by]
    .map(([name, s]) => ({ name, documents: s.docs.size, mentions: s.mentions }))
    .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || compare(a.name, b.name));
}

export type Period = 'year' | 'month' | 'day';

/** A dated document and its size (words for terms, sentences for claim types). */
export interface DatedDocument {
  readonly document: string;
  /** `YYYY-MM-DD` or null (undated documents are left out of trends). */
  readonly date: string | null;
  readonly size: number;
}

/** A count of a key in one document. */
export interface DocumentCount {
  readonly document: string;
  readonly key: string;
  readonly count: number;
}

export interface TrendPoint {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly period: string;
  readonly key: string;
  readonly count: number;
  /** Size of all dated documents of the period. */
  readonly size: number;
  readonly per1k: number;
  /** count / size, 0..1 (for claim types: the share of the period's sentences). */
  readonly share: number;
}

/**
 * How often each key occurs per period (year, month or day) across dated documents: counts,
 * per 1,000 of the period's size and share. Every period with a dated document appears for every
 * key (zeros included), so lines do not skip; rows by key (in `keys` order), then period.
 */
export function trendsOverTime(
  documents: readonly DatedDocument[],
  counts: readonly DocumentCount[],
  keys: readonly string[],
  period: Period = 'year',
): TrendPoint[] {
  const length = period === 'year' ? 4 : period === 'month' ? 7 : 10;
  const periodOf = new Map<string, string>();
  const sizes = new Map<string, number>();
  for (const d of documents) {
    if (!d.date) continue;
    const p = d.date.slice(0, length);
    periodOf.set(d.document, p);
    sizes.set(p, (sizes.get(p) ?? 0) + d.size);
  }
  const wanted = new Set(keys);
  const found = new Map<string, number>();
  for (const c of counts) {
    const p = periodOf.get(c.document);
    if (p === undefined || !wanted.has(c.key)) continue;
    found.set(`${c.key}\u0000${p}`, (found.get(`${c.key}\u0000${p}`) ?? 0) + c.count);
  }
  const periods = [...sizes.keys()].sort(compare);
  return keys.flatMap((key) =>
    periods.map((p) => {
      const count = found.get(`${key}\u0000${p}`) ?? 0;
      const size = sizes.get(p)!;
      return {
        period: p,
        key,
        count,
        size,
        per1k: size === 0 ? 0 : (1000 * count) / size,
        share: size === 0 ? 0 : count / size,
      };
    }),
  );
}

function typeRank(type: string): number {
  const i = (CLAIM_TYPES as readonly string[]).indexOf(type);
  return i < 0 ? CLAIM_TYPES.length : i;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
