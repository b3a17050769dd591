import { inFrame, type SentenceAnalysis } from '../analyze';
import { lexicon } from '../lexicon/compile';
import { NEGATOR } from '../word-info';
import type { Scoring } from './shared';

/**
 * Pass: the sentence's form and voice. A question, a journalist's turn, a headline, a lead-in,
 * a title, a heading, a sign-off or a non-claim voice say what kind of line this is, whatever
 * its words; a speaker's bare answer states a fact.
 */
export function formPass({ analysis, add }: Scoring, journalistFrame: boolean, rhetorical: boolean): void {
  const lex = lexicon();
  const w = lex.weights;
  const last = analysis.words.length;
  if (analysis.question)
    add(
      'other',
      last - 1,
      last,
      rhetorical ? 'question:rhetorical' : 'question',
      rhetorical ? w.rhetoricalQuestion : w.question,
    );
  if (journalistFrame) add('reported_fact', 0, last, 'question-turn:frame', w.journalistFrame);
  else if (analysis.questionTurn) add('other', 0, last, 'question-turn', w.questionTurn);
  if (analysis.sentence.headline && !analysis.title && analysis.wordCount >= lex.headlineMinWords)
    add('reported_fact', 0, last, 'headline', w.headline);
  if (analysis.leadIn) add('other', last - 1, last, 'lead-in', w.leadIn);
  if (analysis.title) add('other', 0, last, 'title', w.title);
  else if (analysis.dateline) add('other', 0, last, 'dateline', w.title);
  // A line without punctuation is a heading unless it makes a claim (`Minister recalls ambassador after border incident`).
  if (analysis.heading && !analysis.hits.some((h) => h.type !== 'other' && h.weight >= w.headingClaimCue))
    add('other', 0, last, 'heading', w.heading);
  else if (analysis.heading) add('reported_fact', 0, last, 'heading:claim', w.headline);
  if (analysis.signOff) add('other', 0, last, 'sign-off', w.signOff);
  if (analysis.nonClaimVoice && !journalistFrame) add('other', 0, last, 'voice:non-claim', w.nonClaimVoice);
  // A speaker's bare answer (`MR MILLER: No.`, `Correct.`) states a fact in reply to the question.
  if (analysis.voiced && !analysis.questionTurn && !analysis.question && bareAnswer(analysis))
    add('reported_fact', 0, last, 'answer', w.bareAnswer);
}

/**
 * Pass: the main verb. A bare negated predicate denies; a plain declarative without any other
 * evidence reports; then the tense: the past and the progressive report, the present of a
 * reporter or of `now` reports, any other present states a position.
 */
export function tensePass({ analysis, evidence, add }: Scoring): void {
  const lex = lexicon();
  const w = lex.weights;
  const last = analysis.words.length;
  const verb = Math.min(analysis.clauses[analysis.main]!.subjectEnd, last - 1);
  // A bare negated predicate (`X does not ban stories because …`, `We never authorised it`) denies
  // what it negates; another party's in the past (`The embassy did not respond to a request for
  // comment`) reports what did not happen.
  const pastOfOthers = analysis.tense === 'past' && analysis.clauses[analysis.main]!.side !== 'own';
  if (evidence.length === 0 && !pastOfOthers && negatedPredicate(analysis))
    add('rejection_denial', verb, verb + 1, 'negation:predicate', w.negatedPredicate);
  if (
    evidence.length === 0 &&
    analysis.tense === null &&
    analysis.wordCount >= lex.declarativeMinWords &&
    analysis.words[last - 1]!.norm === '.'
  ) {
    add('reported_fact', verb, verb + 1, 'declarative', w.declarative);
  }
  if (analysis.tense === 'past') add('reported_fact', verb, verb + 1, 'tense:past', w.past);
  else if (analysis.progressive) add('reported_fact', verb, verb + 1, 'tense:progressive', w.progressive);
  else if (analysis.tense === 'present' && analysis.reporter)
    add('reported_fact', verb, verb + 1, 'tense:present@reporter', w.reporterPresent);
  else if (analysis.tense === 'present' && currentState(analysis))
    add('reported_fact', verb, verb + 1, 'tense:present+now', w.currentState);
  else if (analysis.tense === 'present') add('principle_position', verb, verb + 1, 'tense:present', w.present);
}

/** A word of the main clause says `now` (`are now in desperate need`): the current situation. */
function currentState(analysis: SentenceAnalysis): boolean {
  const lex = lexicon();
  const main = analysis.clauses[analysis.main]!;
  for (let i = main.start; i < main.end; i++)
    if (lex.currentWords.has(analysis.words[i]!.norm) && !inFrame(analysis, i)) return true;
  return false;
}

/** A negator right after the main clause's subject and its auxiliary (`does not`, `has never`). */
function negatedPredicate(analysis: SentenceAnalysis): boolean {
  const main = analysis.clauses[analysis.main]!;
  // `There is no …` states that something does not exist; it denies nobody's claim.
  if (analysis.words[main.subjectStart]?.norm === 'there') return false;
  for (let i = main.subjectEnd; i < Math.min(main.end, main.subjectEnd + 2); i++)
    if (analysis.words[i]!.flags & NEGATOR && !inFrame(analysis, i)) return true;
  return false;
}

/** After a turn label (`MR MILLER:`), nothing but one to three answer words (`No.`, `That's correct.`). */
function bareAnswer(analysis: SentenceAnalysis): boolean {
  const lex = lexicon();
  const words = analysis.words;
  let from = 0;
  for (let i = 0; i < words.length; i++) if (words[i]!.norm === ':') from = i + 1;
  let count = 0;
  for (let i = from; i < words.length; i++) {
    if (!words[i]!.word) continue;
    if (!lex.answerWords.has(words[i]!.norm)) return false;
    count++;
  }
  return count > 0 && count <= 3;
}
