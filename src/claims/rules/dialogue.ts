import type { ClaimType } from '../types';
import { lexicon } from '../lexicon/compile';
import { typeIndex, type Scoring } from './shared';

/** A cooperation cue this strong can be the content of a call or a commitment (`work with`, not `together`). */
const DIALOGUE_CONTENT_MIN_WEIGHT = 0.8;

/**
 * "Demands and commitments whose content is dialogue or cooperation are cooperation_dialogue":
 * a call, a commitment or a welcome followed by a cooperation cue lends that cue its score.
 */
export function dialogueAsContent({ analysis, scores, add }: Scoring): void {
  let lent = 0;
  let lender = '';
  let from = Infinity;
  for (const [type, modalKinds] of LENDERS) {
    const score = scores[typeIndex(type)]!;
    if (score <= lent) continue;
    let start = Infinity;
    for (const h of analysis.hits) if (h.type === type && !h.negated && h.start < start) start = h.start;
    for (const m of analysis.modals) if (modalKinds.includes(m.kind) && m.start < start) start = m.start;
    lent = score;
    lender = 'call';
    from = start;
  }
  // An offer (`We stand ready to work with all parties`) proposes what follows it; other commitments keep their type.
  const offer = analysis.hits.find(
    (h) => h.type === 'commitment_resolve' && !h.negated && lexicon().offers.has(h.phrase),
  );
  const offered = offer ? scores[typeIndex('commitment_resolve')]! : 0;
  if (offer && offered > lent) {
    lent = offered;
    lender = 'offer';
    from = offer.start;
  }
  if (lent <= 0) return;
  const content = analysis.hits.find(
    (h) => h.type === 'cooperation_dialogue' && !h.negated && h.start > from && h.weight >= DIALOGUE_CONTENT_MIN_WEIGHT,
  );
  if (!content) return;
  // A list of demands whose dialogue item comes after others (`stop interfering …, and deepen cooperation`) stays a call.
  if (
    lender === 'call' &&
    analysis.hits.some((h) => h.type === 'call_to_action' && !h.negated && h.start > from && h.start < content.start)
  )
    return;
  add('cooperation_dialogue', content.start, content.end, `${lender}+cue:${content.phrase}`, lent);
}

const LENDERS: readonly (readonly [ClaimType, readonly string[]])[] = [
  ['call_to_action', ['obligation', 'imperative']],
];
