import type { Span } from '../text';

/** The 13 labels of docs/claim-types.md; the names are the contract. */
export const CLAIM_TYPES = [
  'counter_accusation',
  'motive_attribution',
  'rejection_denial',
  'accusation',
  'prediction_warning',
  'commitment_resolve',
  'call_to_action',
  'cooperation_dialogue',
  'self_achievement',
  'principle_position',
  'concern_expressive',
  'reported_fact',
  'other',
] as const;

/** In tie-break order: earlier wins. */
export type ClaimType = (typeof CLAIM_TYPES)[number];

export interface Evidence extends Span {
  readonly type: ClaimType;
  /** The lexicon entry or rule that matched (e.g. `cue:firmly opposes`, `negation+cue:accept`). */
  readonly rule: string;
  readonly weight: number;
}

export interface Claim {
  readonly sentence: number;
  readonly type: ClaimType;
  readonly confidence: number;
  readonly alternatives: readonly { readonly type: ClaimType; readonly score: number }[];
  readonly evidence: readonly Evidence[];
  /** Who makes the claim: the sentence's voice (canonical speaker or `author`). */
  readonly speaker: string;
  /** `rules`, `model`, or `rules+model`. */
  readonly source: 'rules' | 'model' | 'rules+model' | 'none';
}

/** What every learned claim model names: the labels its scores are for, and its features in the order of its tables. */
export interface LearnedVocabulary {
  readonly labels: readonly string[];
  readonly vocabulary: readonly string[];
}
