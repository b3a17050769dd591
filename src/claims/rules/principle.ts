import { lexicon } from '../lexicon/compile';
import { NEGATOR } from '../word-info';
import type { Scoring } from './shared';

/**
 * "An inclusive norm is a principle, not a call": an obligation whose subject is the speaker's
 * own `we`, negated or with an inclusive word (`We must never forget the victims.`), or a cue
 * of common duty, states what all owe.
 */
export function inclusiveNorm({ analysis, add }: Scoring): void {
  const lex = lexicon();
  for (const modal of analysis.modals) {
    if (modal.kind !== 'obligation' || modal.embedded || modal.clause !== analysis.main) continue;
    const clause = analysis.clauses[modal.clause]!;
    if (clause.side !== 'own' || analysis.words[clause.subjectStart]?.norm !== 'we') continue;
    let inclusive = false;
    for (let i = clause.subjectStart; i < Math.min(clause.end, modal.end + 2) && !inclusive; i++) {
      const word = analysis.words[i]!;
      inclusive = lex.inclusiveWords.has(word.norm) || (i >= modal.end && (word.flags & NEGATOR) !== 0);
    }
    if (inclusive)
      add('principle_position', modal.start, modal.end, 'modality:obligation@inclusive', lex.weights.inclusiveNorm);
  }
}
