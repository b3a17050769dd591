import type { Doc } from '../../text';
import { inFrame, type Clause, type SentenceAnalysis } from '../analyze';
import type { PhraseMatch, PhraseTrie } from '../phrase-trie';
import { CLAIM_TYPES, type ClaimType, type Evidence } from '../types';

/** Per-type scores of one sentence (indexed like CLAIM_TYPES) and the evidence behind them. */
export interface RuleScores {
  readonly scores: number[];
  readonly evidence: readonly Evidence[];
}

const TYPE_INDEX = new Map<ClaimType, number>(CLAIM_TYPES.map((type, i) => [type, i]));

export function typeIndex(type: ClaimType): number {
  return TYPE_INDEX.get(type)!;
}

/** Adds `weight` to `type`, with the words `[from, to)` of the sentence as its evidence. */
export type AddEvidence = (type: ClaimType, from: number, to: number, rule: string, weight: number) => void;

/**
 * What every rule pass reads and writes: the sentence, the scores so far (later passes read
 * what earlier ones scored), and `add` for new evidence.
 */
export interface Scoring {
  readonly analysis: SentenceAnalysis;
  readonly scores: number[];
  readonly evidence: Evidence[];
  readonly add: AddEvidence;
}

/** An empty scoring of `analysis`, whose evidence quotes `doc`. */
export function newScoring(doc: Doc, analysis: SentenceAnalysis): Scoring {
  const scores = zeros(CLAIM_TYPES.length);
  const evidence: Evidence[] = [];
  const { columns, offset } = analysis;
  const add: AddEvidence = (type, from, to, rule, weight) => {
    if (weight <= 0) return;
    const start = columns.starts[offset + from]!;
    const end = columns.starts[offset + to - 1]! + columns.forms[offset + to - 1]!.length;
    scores[typeIndex(type)] += weight;
    evidence.push({ start, end, text: doc.text.slice(start, end), type, rule, weight: round(weight) });
  };
  return { analysis, scores, evidence, add };
}

/** Types that charge the other side: what a `but` clause concedes is never one of them. */
export const CHARGES: ReadonlySet<ClaimType> = new Set([
  'counter_accusation',
  'motive_attribution',
  'rejection_denial',
  'accusation',
]);

/** Types that blame another party outright (a denial only answers blame). */
const BLAMES = ['accusation', 'counter_accusation', 'motive_attribution'] as const;

/** The sentence already scores as blaming another party. */
export function blamesScored(scores: readonly number[]): boolean {
  return BLAMES.some((type) => scores[typeIndex(type)]! > 0);
}

/** How far past the main clause's subject the predicate's head may start. */
const PREDICATE_REACH = 3;

/** The cue heads the main clause's predicate: the main point of the sentence. */
export function inPredicate(analysis: SentenceAnalysis, position: number): boolean {
  return inClausePredicate(analysis.clauses[analysis.main]!, position);
}

/** The cue heads the predicate of `clause` (a charge before `but` keeps its weight as a point of its own). */
export function inClausePredicate(clause: Clause, position: number): boolean {
  return position >= clause.subjectEnd && position <= clause.subjectEnd + PREDICATE_REACH;
}

/** The cue opens with the subject and runs into the verb (`we hope`, `China has always`): it is the predicate. */
export function headsPredicate(analysis: SentenceAnalysis, start: number, end: number): boolean {
  const main = analysis.clauses[analysis.main]!;
  return start >= main.subjectStart && start < main.subjectEnd && end > main.subjectEnd;
}

/** The cue lies in the main clause's subject: the topic, not what is said about it. */
export function inSubject(analysis: SentenceAnalysis, position: number): boolean {
  const main = analysis.clauses[analysis.main]!;
  return position >= main.subjectStart && position < main.subjectEnd;
}

/** The first match of `trie` outside the reporting frame that `keep` accepts. */
export function firstMatch(
  trie: PhraseTrie<true>,
  analysis: SentenceAnalysis,
  keep: (match: PhraseMatch<true>) => boolean = () => true,
): PhraseMatch<true> | null {
  const out: PhraseMatch<true>[] = [];
  trie.matchAll(analysis.words, 0, analysis.words.length, out);
  let first: PhraseMatch<true> | null = null;
  for (const m of out) if (!inFrame(analysis, m.start) && (!first || m.start < first.start) && keep(m)) first = m;
  return first;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A plain array of zeros: small typed arrays cost more to allocate than they save. */
export function zeros(length: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < length; i++) out.push(0);
  return out;
}
