import type { Doc } from '../../text';
import type { SentenceAnalysis } from '../analyze';
import { cuePass, isJournalistFrame } from './cues';
import { timelessMain } from './cue-context';
import { condemnedWrongdoer, judgedConduct, passiveAccusation } from './charges';
import { coordinatedPredicates } from './coordinated';
import { cleftBlame, criticismReturned, misdeedOfCritic, rhetoricalQuestion } from './counter';
import { dialogueAsContent } from './dialogue';
import { factsPass, othersSpeechActs } from './facts';
import { formPass, tensePass } from './form';
import { conditionalThreat, modalityPass } from './modality';
import { genericCharge, inclusiveNorm } from './principle';
import { committedFacts, ownRecordFacts } from './record';
import { newScoring, type RuleScores } from './shared';

export type { RuleScores } from './shared';
export { typeIndex, zeros } from './shared';

/**
 * Score a sentence from its cues, negation, modality, subject side and framing. Each piece of
 * evidence adds its weight to one type; the highest score wins, ties by CLAIM_TYPES order.
 *
 * The passes run in this order because later ones read what earlier ones scored: the rule
 * families lend the scores of cues and modals to the type they make of them, the facts cap
 * counts the cues' facts, the tense rules fire only where nothing else did, and one's own
 * record takes every fact weighed before it.
 */
export function scoreRules(doc: Doc, analysis: SentenceAnalysis): RuleScores {
  const scoring = newScoring(doc, analysis);
  const timeless = timelessMain(analysis);
  // 1. Lexicon cues, weighed by negation, modality, content, side and position.
  cuePass(scoring);
  // 2. Modal verbs and imperatives.
  modalityPass(scoring);
  // 3. Rule families that turn one type's evidence into another's.
  dialogueAsContent(scoring);
  condemnedWrongdoer(scoring);
  judgedConduct(scoring);
  if (!analysis.reporter) passiveAccusation(scoring);
  if (analysis.mayReturnCriticism) criticismReturned(scoring);
  inclusiveNorm(scoring);
  genericCharge(scoring);
  if (analysis.critic) misdeedOfCritic(scoring);
  if (analysis.cleft) cleftBlame(scoring);
  const rhetorical = rhetoricalQuestion(scoring);
  coordinatedPredicates(scoring);
  if (analysis.condition) conditionalThreat(scoring);
  // 4. Figures and dates, and what others said, cited.
  factsPass(scoring, timeless);
  othersSpeechActs(scoring);
  // 5. The line's form and voice, then its main verb.
  if (analysis.words.length > 0) {
    formPass(scoring, isJournalistFrame(analysis), rhetorical);
    tensePass(scoring);
  }
  // 6. Last, once every figure, date and tense has been weighed as a fact.
  if (!analysis.reporter) ownRecordFacts(scoring);
  committedFacts(scoring);
  return { scores: scoring.scores, evidence: scoring.evidence };
}
