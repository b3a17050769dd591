import { inFrame, type SentenceAnalysis } from '../analyze';
import { DETERMINER, ED_FORM, OTHER_PRONOUN, OWN_PRONOUN, PAST_VERB, PRESENT_VERB, RELATIVE } from '../word-info';
import { lexicon } from '../lexicon/compile';
import type { PhraseMatch } from '../phrase-trie';
import { blamesScored, firstMatch, typeIndex, type Scoring } from './shared';

/** Counter-accusation: a reference to the critic's criticism together with the critic's own record. */
export function criticismReturned({ analysis, add }: Scoring): void {
  const lex = lexicon();
  const critic = firstMatch(lex.criticReference, analysis);
  if (!critic) return;
  const own = firstMatch(lex.ownRecord, analysis, (m) => !reflexiveObject(analysis, m));
  if (!own) return;
  const start = Math.min(critic.start, own.start);
  const end = Math.max(critic.end, own.end);
  add('counter_accusation', start, end, `critic+own:${critic.phrase}+${own.phrase}`, lex.counterWeight);
}

/** Reflexives standing alone as an own-record phrase. */
const REFLEXIVES = new Set(['itself', 'themselves']);

/** Verb forms a reflexive may follow as the verb's object. */
const VERB_FORM = ED_FORM | PAST_VERB | PRESENT_VERB;

/**
 * A reflexive right after a verb is that verb's object (`Eritrea defended itself against the
 * accusations`, `distanced themselves from`): it names no record of the critic's own.
 */
function reflexiveObject(analysis: SentenceAnalysis, match: PhraseMatch<true>): boolean {
  return REFLEXIVES.has(match.phrase) && match.start > 0 && (analysis.words[match.start - 1]!.flags & VERB_FORM) !== 0;
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
 * charge against the other side asked back is a counter-accusation. So is a question asked in a
 * rhetorical form by any voice that makes claims (see `askedRhetorically`). Returns whether it is.
 */
export function rhetoricalQuestion(scoring: Scoring): boolean {
  const { analysis } = scoring;
  if (!analysis.question || analysis.questionTurn || analysis.nonClaimVoice) return false;
  if (analysis.voiced && chargedQuestion(scoring)) return true;
  return !analysis.reporter && askedRhetorically(scoring);
}

function chargedQuestion({ analysis, scores, add }: Scoring): boolean {
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

/**
 * "A spokesperson's rhetorical question at the critic is usually a counter_accusation or
 * rejection_denial": asked in a rhetorical form (`why should`, `isn't it`, `who is really`), a
 * question asserts its answer. Describing a party's conduct (`a government that has postponed
 * elections twice`, `who is sending warships`, `what they call democracy`) it turns the blame
 * back; otherwise (`Why would we do that?`, `Where is the evidence?`) it rejects.
 */
function askedRhetorically({ analysis, scores, add }: Scoring): boolean {
  const lex = lexicon();
  const form = firstMatch(lex.rhetoricalForms, analysis);
  if (!form) return false;
  const conduct =
    firstMatch(lex.rhetoricalConductForms, analysis) !== null || describesConduct(analysis, scores, form.end);
  const type = conduct ? 'counter_accusation' : 'rejection_denial';
  // Its modals ask, they do not predict or demand (`Why would we provoke a clash?`): their weight is the question's.
  const asked = scores[typeIndex('prediction_warning')]! + scores[typeIndex('call_to_action')]!;
  add(type, form.start, form.end, `question:rhetorical:${form.phrase}`, lex.rhetoricalWeight + asked);
  return true;
}

/**
 * The sentence speaks of a party's conduct: a critic or a charge, or after the question's form
 * (`where is` asks, it describes nothing) a third-person pronoun or a relative clause.
 */
function describesConduct(analysis: SentenceAnalysis, scores: readonly number[], from: number): boolean {
  if (analysis.critic || blamesScored(scores)) return true;
  if (firstMatch(lexicon().criticReference, analysis)) return true;
  const { words } = analysis;
  for (let i = from; i < words.length; i++) {
    if (inFrame(analysis, i)) continue;
    const flags = words[i]!.flags;
    if (flags & OTHER_PRONOUN) return true;
    // `a country that jails reporters`, `who is sending warships`; not `that the report is true`.
    const next = words[i + 1];
    if (flags & RELATIVE && next?.word && !(next.flags & (DETERMINER | OWN_PRONOUN | OTHER_PRONOUN))) return true;
  }
  return false;
}

/**
 * A cleft that puts another party in focus (`Meanwhile, it is the other side's patrols that have
 * flown drones over our villages`) answers blame with blame, in any voice but a reporter's.
 */
export function cleftBlame({ analysis, add }: Scoring): void {
  const cleft = analysis.cleft;
  if (!cleft || cleft.side === 'own' || analysis.reporter || analysis.questionTurn || analysis.nonClaimVoice) return;
  add('counter_accusation', cleft.start, cleft.end, 'cleft', lexicon().cleftWeight);
}
