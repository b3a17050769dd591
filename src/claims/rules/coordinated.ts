import type { SentenceAnalysis } from '../analyze';
import { lexicon } from '../lexicon/compile';
import { AUXILIARY, ED_FORM, FUTURE, PAST_VERB, PRESENT_VERB, type WordInfo } from '../word-info';
import { CLAIM_TYPES, type ClaimType } from '../types';
import { headsPredicate, inPredicate, typeIndex, type Scoring } from './shared';

/** Types that a coordinated predicate can carry: acts of the speaker, not facts or non-claims. */
const PREDICATE_TYPES: ReadonlySet<ClaimType> = new Set(
  CLAIM_TYPES.filter((type) => type !== 'reported_fact' && type !== 'other'),
);

/**
 * "Two coordinated predicates: the more specific type wins" (the taxonomy's tie rule): the main
 * predicate's cue and a cue opening a second predicate after `and` (`We welcome the agreement
 * and will continue to support it`, `condemned the attack and called for restraint`) are two
 * acts of one subject. The less specific act's score counts for the more specific one, in
 * CLAIM_TYPES order.
 */
export function coordinatedPredicates({ analysis, scores, add }: Scoring): void {
  const pair = coordinatedPair(analysis);
  if (!pair) return;
  const [first, second] = pair;
  const firstType = typeIndex(first.type);
  const secondType = typeIndex(second.type);
  const [winner, loser] = firstType < secondType ? [first, second] : [second, first];
  const specific = scores[typeIndex(winner.type)]!;
  const general = scores[typeIndex(loser.type)]!;
  // Only a tie is settled so: a clearly stronger general act stays the point.
  if (specific >= general || specific < lexicon().weights.coordinatedTie * general) return;
  add(winner.type, winner.start, winner.end, `coordinated:${loser.type}`, general);
}

interface PredicateHit {
  readonly type: ClaimType;
  readonly start: number;
  readonly end: number;
}

function coordinatedPair(analysis: SentenceAnalysis): readonly [PredicateHit, PredicateHit] | null {
  const words = analysis.words;
  const head = analysis.hits.find(
    (h) =>
      PREDICATE_TYPES.has(h.type) &&
      !h.negated &&
      !h.inFrame &&
      h.clause === analysis.main &&
      (inPredicate(analysis, h.start) || headsPredicate(analysis, h.start, h.end)),
  );
  if (!head) return null;
  const second = analysis.hits.find(
    (h) =>
      PREDICATE_TYPES.has(h.type) &&
      h.type !== head.type &&
      !h.negated &&
      !h.inFrame &&
      h.clause === head.clause &&
      h.start > head.end &&
      words[h.start - 1]?.norm === 'and' &&
      opensVerbPhrase(words, h.start),
  );
  return second ? [head, second] : null;
}

/** After `and`, a verb or an auxiliary opens a second predicate (`and will continue`, `and pledged`); a noun opens a second object. */
function opensVerbPhrase(words: readonly WordInfo[], at: number): boolean {
  return (words[at]!.flags & (FUTURE | AUXILIARY | PAST_VERB | PRESENT_VERB | ED_FORM)) !== 0;
}
