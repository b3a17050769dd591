import { lexicon } from '../lexicon/compile';
import type { SentenceAnalysis } from '../analyze';
import { CAPITALIZED, NEGATOR } from '../word-info';
import { firstMatch, typeIndex, type Scoring } from './shared';

/**
 * "An inclusive norm is a principle, not a call": an obligation whose subject is the speaker's
 * own `we`, negated or with an inclusive word (`We must never forget the victims.`), or a cue
 * of common duty, states what all owe; so does one whose subject is generic (`States must
 * refrain from the use of force`, `No country should …`).
 */
export function inclusiveNorm({ analysis, scores, add }: Scoring): void {
  const lex = lexicon();
  for (const modal of analysis.modals) {
    if (modal.kind !== 'obligation' || modal.embedded || modal.clause !== analysis.main) continue;
    const clause = analysis.clauses[modal.clause]!;
    // What a generic subject must do (`States must refrain from the use of force`) is the norm's content, not a call.
    if (genericSubject(analysis, clause.subjectStart)) {
      const demanded = scores[typeIndex('call_to_action')]!;
      add(
        'principle_position',
        modal.start,
        modal.end,
        'modality:obligation@generic',
        lex.weights.inclusiveNorm + demanded,
      );
      continue;
    }
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

/** The subject is a generic noun, bare or after a quantifier (`States`, `every state`, `no country`), not a named party. */
function genericSubject(analysis: SentenceAnalysis, at: number): boolean {
  const lex = lexicon();
  const first = analysis.words[at];
  if (!first) return false;
  // Capitalised inside a sentence (`The Government must`), the noun names a party.
  if (lex.normSubjects.has(first.normalized)) return at === 0 || !(first.flags & CAPITALIZED);
  const next = analysis.words[at + 1];
  return lex.normQuantifiers.has(first.normalized) && next !== undefined && lex.normSubjects.has(next.normalized);
}

/**
 * A charge or a condemnation made of anyone, anywhere (`We condemn the use of chemical weapons by
 * anyone, anywhere`, `Any such use is a clear violation of the Convention`, `terrorism in all its
 * forms`) names no wrongdoer: it states a norm. The charge's and the concern's scores count for
 * principle_position.
 */
export function genericCharge({ analysis, scores, add }: Scoring): void {
  const charged = scores[typeIndex('accusation')]! + scores[typeIndex('concern_expressive')]!;
  if (charged <= 0) return;
  const marker = firstMatch(lexicon().genericMarkers, analysis);
  if (marker) add('principle_position', marker.start, marker.end, `generic:${marker.phrase}`, charged);
}
