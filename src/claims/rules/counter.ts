import { inFrame } from '../analyze';
import { lexicon } from '../lexicon/compile';
import type { PhraseMatch } from '../phrase-trie';
import { firstMatch, typeIndex, type Scoring } from './shared';

/** Counter-accusation: a reference to the critic's criticism together with the critic's own record. */
export function criticismReturned({ analysis, add }: Scoring): void {
  const lex = lexicon();
  const critic = firstMatch(lex.criticReference, analysis);
  if (!critic) return;
  const own = firstMatch(lex.ownRecord, analysis);
  if (!own) return;
  const start = Math.min(critic.start, own.start);
  const end = Math.max(critic.end, own.end);
  add('counter_accusation', start, end, `critic+own:${critic.phrase}+${own.phrase}`, lex.counterWeight);
}

/**
 * Whataboutism without `their own`: in a reply to a critic (see classify.ts), a sentence that
 * names the critic and describes a misdeed turns the criticism back on it.
 */
export function misdeedOfCritic({ analysis, scores, add }: Scoring): void {
  if (!analysis.voiced || analysis.clauses[analysis.main]!.side === 'own') return;
  const lex = lexicon();
  const charge = scores[typeIndex('accusation')]!;
  const out: PhraseMatch<true>[] = [];
  lex.misdeeds.matchAll(analysis.words, 0, analysis.words.length, out);
  const misdeed = out.find((m) => !inFrame(analysis, m.start));
  if (charge <= 0 && !misdeed) return;
  const at = misdeed ?? { start: 0, end: analysis.words.length };
  // Facts about the critic are the counter-accusation itself: their reported-fact weight counts for it.
  const facts = scores[typeIndex('reported_fact')]!;
  add(
    'counter_accusation',
    at.start,
    at.end,
    misdeed ? `critic+misdeed:${misdeed.phrase.replace(/^=/, '')}` : 'critic+accusation',
    lex.criticWeight + charge + facts,
  );
}

/**
 * A question voiced by a named party, not in a journalist's turn, that carries a charge is
 * rhetorical (`Has Ruritania ever apologised for shelling the hospital in its own war?`): a
 * charge against the other side asked back is a counter-accusation. Returns whether it is.
 */
export function rhetoricalQuestion({ analysis, scores, add }: Scoring): boolean {
  if (!analysis.question || analysis.questionTurn || analysis.nonClaimVoice || !analysis.voiced) return false;
  const charge =
    scores[typeIndex('accusation')]! +
    scores[typeIndex('counter_accusation')]! +
    scores[typeIndex('motive_attribution')]! +
    scores[typeIndex('rejection_denial')]!;
  if (charge < lexicon().weights.rhetoricalQuestion) return false;
  const accusation = scores[typeIndex('accusation')]!;
  if (accusation > 0) {
    const last = analysis.words.length;
    add('counter_accusation', last - 1, last, 'question:rhetorical+accusation', accusation);
  }
  return true;
}
