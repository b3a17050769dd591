import { readFileSync } from 'fs';
import { join } from 'path';
import { attribute } from '../../speakers';
import { parseDocument, type Doc } from '../../text';
import { singleSentenceDoc, type ClaimAttribution } from '../classify';
import { CLAIM_TYPES, type ClaimType } from '../types';

/** One record of data/claims/labels.jsonl (see data/claims/README.md). */
export interface LabelledClaim {
  readonly id: string;
  /** Source file name, or `written`. */
  readonly doc: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly text: string;
  readonly label: ClaimType;
  readonly alternatives: readonly ClaimType[];
  readonly speaker: string;
  readonly origin: 'seed' | 'corpus' | 'written' | 'blind';
  /** Blind records: `news`, `briefing` or `statement`. */
  readonly genre?: string;
  readonly split: 'train' | 'test';
}

/** A labelled record placed in its document: the sentence that holds it, with the document's attribution. */
export interface ClaimCase {
  readonly record: LabelledClaim;
  readonly doc: Doc;
  readonly attribution: ClaimAttribution;
  /** Index of the document sentence that overlaps the record most. */
  readonly sentence: number;
}

const WRITTEN = 'written';
/** Speaker names in the labels that stand for the outlet's own voice. */
const AUTHOR_SPEAKERS = new Set(['author', 'headline']);

export function readLabelledClaims(path: string): LabelledClaim[] {
  const records: LabelledClaim[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as LabelledClaim;
    if (!(CLAIM_TYPES as readonly string[]).includes(record.label))
      throw new Error(`${path}: ${record.id} has unknown label ${record.label}`);
    records.push(record);
  }
  return records;
}

/**
 * Place records in their documents as the kit would read them: each source file is parsed and
 * attributed by the speakers stage, and a record is the sentence overlapping it most. A written
 * record is a one-sentence document in its labelled speaker's voice.
 */
export function claimCases(
  records: readonly LabelledClaim[],
  sourceDirs: { readonly seed: string; readonly corpus: string; readonly blind?: string },
): ClaimCase[] {
  const docs = new Map<string, { doc: Doc; attribution: ClaimAttribution }>();
  return records.map((record) => {
    if (record.doc === WRITTEN || record.start === null || record.end === null) {
      const doc = singleSentenceDoc(record.text, record.id);
      const voice = AUTHOR_SPEAKERS.has(record.speaker) ? 'author' : record.speaker;
      return {
        record,
        doc,
        attribution: { voices: [{ sentence: 0, voice, confidence: 1, rule: 'quote' }], quotes: [] },
        sentence: 0,
      };
    }
    const dir =
      record.origin === 'seed' ? sourceDirs.seed : record.origin === 'blind' ? sourceDirs.blind : sourceDirs.corpus;
    if (dir === undefined) throw new Error(`${record.id}: no directory given for ${record.origin} texts`);
    const path = join(dir, record.doc);
    let source = docs.get(path);
    if (!source) {
      const doc = parseDocument(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), path);
      source = { doc, attribution: attribute(doc) };
      docs.set(path, source);
    }
    return { record, ...source, sentence: bestOverlap(source.doc, record.start, record.end) };
  });
}

function bestOverlap(doc: Doc, start: number, end: number): number {
  let best = 0;
  let bestOverlap = -1;
  for (const sentence of doc.sentences) {
    const overlap = Math.min(end, sentence.end) - Math.max(start, sentence.start);
    if (overlap > bestOverlap) {
      best = sentence.index;
      bestOverlap = overlap;
    }
  }
  return best;
}
