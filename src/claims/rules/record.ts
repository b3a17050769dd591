import { headsPredicate, inPredicate, typeIndex, type Scoring } from './shared';

/**
 * "Praise of one's own record is self_achievement": where a record cue heads the main predicate
 * of the speaker's side (`Since February, our country has provided 40 million in aid`), the
 * figures and dates are the record itself, so their reported-fact weight counts for it. In a
 * statement the issuer names itself (`The UK has provided …`), so a neutral subject counts as
 * the speaker's outside a reporter's news (not called there) and outside another party's voice.
 */
export function ownRecordFacts({ analysis, scores, add }: Scoring): void {
  const main = analysis.clauses[analysis.main]!;
  if (main.side === 'other' || (main.side === 'neutral' && analysis.voiced)) return;
  const record = analysis.hits.find(
    (h) =>
      h.type === 'self_achievement' &&
      !h.negated &&
      !h.inFrame &&
      h.clause === analysis.main &&
      (inPredicate(analysis, h.start) || headsPredicate(analysis, h.start, h.end)),
  );
  const facts = scores[typeIndex('reported_fact')]!;
  if (!record || facts <= 0) return;
  add('self_achievement', record.start, record.end, 'record+facts', facts);
}
