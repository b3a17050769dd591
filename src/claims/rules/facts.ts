import { lexicon } from '../lexicon/compile';
import { DETERMINER, ED_FORM, NUMBER } from '../word-info';
import { typeIndex, type Scoring } from './shared';

/**
 * Pass: figures and dates. Each number, then each time word, adds a little to reported_fact, up
 * to a cap that counts what the cues already gave it; a present or modal main clause (`timeless`)
 * dates nothing.
 */
export function factsPass({ analysis, scores, add }: Scoring, timeless: boolean): void {
  const lex = lexicon();
  let factWeight = 0;
  const factCap = lex.reportedFactCap - scores[typeIndex('reported_fact')]!;
  for (const i of analysis.numbers) {
    if (factWeight + lex.numberWeight > factCap) break;
    factWeight += lex.numberWeight;
    add('reported_fact', i, i + 1, 'number', lex.numberWeight);
  }
  for (const i of analysis.times) {
    if (timeless) break;
    if (factWeight + lex.timeWeight > factCap) break;
    factWeight += lex.timeWeight;
    add('reported_fact', i, i + 1, 'time', lex.timeWeight);
  }
}

/** How many words into the main clause the cited speech act may stand. */
const SPEECH_ACT_REACH = 12;

/** Types a speech act can carry (`called for`, `condemned`, `welcomed`, `rejected`). */
const SPEECH_ACT_TYPES = ['call_to_action', 'accusation', 'concern_expressive', 'rejection_denial'] as const;

/**
 * A statement or a spokesperson citing a tally of what others said (`Thirteen of the fifteen
 * members called for an end to the tests`, `Over 140 countries have condemned the invasion`)
 * reports it: the claim is not the speaker's. Where the main predicate is a past speech act
 * ('speechActLemmas') of a counted, neutral subject, outside a reporter's narration (where the
 * reported party's claim is the point), the act's score counts for reported_fact.
 */
export function othersSpeechActs({ analysis, scores, add }: Scoring): void {
  if (analysis.reporter || analysis.question) return;
  const main = analysis.clauses[analysis.main]!;
  if (main.side !== 'neutral') return;
  const lex = lexicon();
  const { words } = analysis;
  // The predicate's verb within the first words (`Thirteen out of 15 countries on this Council called for …`).
  let j = main.subjectStart + 1;
  const reach = Math.min(main.end, main.subjectStart + SPEECH_ACT_REACH);
  while (j < reach && !(words[j]!.flags & ED_FORM && lex.speechActs.has(words[j]!.normalized))) j++;
  if (j >= reach || words[j - 1]!.flags & DETERMINER) return;
  // A count of parties (`Thirteen out of 15`, `Over 140 countries`) cites a tally of positions.
  let counted = false;
  for (let i = main.subjectStart; i < j && !counted; i++)
    counted = (words[i]!.flags & NUMBER) !== 0 || lex.frontedCounts.has(words[i]!.normalized);
  // `The two sides called for …` in a joint statement are the speakers themselves: a count after an article is no tally.
  if (!counted || words[main.subjectStart]!.flags & DETERMINER) return;
  let act = 0;
  for (const type of SPEECH_ACT_TYPES) act = Math.max(act, scores[typeIndex(type)]!);
  // The tally is a figure too: it tips the act's score.
  if (act > 0) add('reported_fact', main.subjectStart, j + 1, 'speech-act@other', act + lex.numberWeight);
}
