import type { SentenceAnalysis } from '../analyze';
import { AUXILIARY, DISCOURSE, FRONTED, NEGATOR } from '../word-info';
import { committingModal } from './modality';
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
      (headsPredicate(analysis, h.start, h.end) ||
        (inPredicate(analysis, h.start) && opensPredicate(analysis, h.start))),
  );
  const facts = scores[typeIndex('reported_fact')]!;
  if (!record || facts <= 0) return;
  add('self_achievement', record.start, record.end, 'record+facts', facts);
}

/**
 * Between the subject and the record cue stand only auxiliaries, adverbs and prepositions (`has
 * already delivered`, `are at record highs`): the cue is the predicate. A verb before it
 * (`notes the results`, `introduced the efforts`) makes the record the object of another act.
 */
function opensPredicate(analysis: SentenceAnalysis, at: number): boolean {
  const main = analysis.clauses[analysis.main]!;
  for (let i = main.subjectEnd; i < at; i++) {
    const word = analysis.words[i]!;
    if (word.flags & (AUXILIARY | DISCOURSE | NEGATOR | FRONTED) || word.norm.endsWith('ly')) continue;
    return false;
  }
  return true;
}

/**
 * Figures in a commitment (`The United Kingdom will provide an additional 25 million pounds`,
 * `said it would send 400 million dollars in aid`) are what is committed: their reported-fact
 * weight counts for the commitment.
 */
export function committedFacts({ analysis, scores, add }: Scoring): void {
  const facts = scores[typeIndex('reported_fact')]!;
  if (facts <= 0 || analysis.numbers.length === 0) return;
  const modal = committingModal(analysis, scores);
  if (modal) add('commitment_resolve', modal.start, modal.end, 'commitment+facts', facts);
}
