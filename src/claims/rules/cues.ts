import { type Clause, type CueHit, type SentenceAnalysis } from '../analyze';
import { lexicon } from '../lexicon/compile';
import { AUXILIARY, CAPITALIZED, DETERMINER, NEGATOR, OTHER_PRONOUN, OWN_PRONOUN, PARTICIPLE } from '../word-info';
import type { ClaimType } from '../types';
import { CHARGES, headsPredicate, inClausePredicate, inPredicate, inSubject, type Scoring } from './shared';
import {
  commitmentPredicate,
  continuedAct,
  measurePredicate,
  demandOf,
  isTimeCue,
  ongoingConduct,
  predictedByModal,
  rejectionPredicate,
  riskedAt,
  obligationContent,
  timelessMain,
  type Demand,
  type Span,
} from './cue-context';

/** Types whose cue, heading a past-tense predicate of another party, is that party's speech act (`urged`, `welcomed`, `warned`). */
const SPEECH_ACTS: ReadonlySet<ClaimType> = new Set(['call_to_action', 'concern_expressive', 'prediction_warning']);

/** What the sentence as a whole says about each of its cues, found once before the cues are weighed. */
interface CueSetting {
  readonly analysis: SentenceAnalysis;
  readonly mainClause: Clause;
  readonly pastFactors: ReadonlyMap<ClaimType, number> | null;
  readonly demand: Demand | null;
  readonly obliged: Span | null;
  readonly opposed: CueHit | null;
  readonly ongoing: CueHit | null;
  readonly committed: CueHit | null;
  readonly timeless: boolean;
  readonly journalistFrame: boolean;
  /** Position of a measure verb heading the main clause (`The UK sanctions …`), or -1. */
  readonly measure: number;
}

/**
 * Pass 1, cues: each lexicon cue adds its weight to its type, turned by negation or a modal,
 * discounted where it is only the content of a demand, a rejection or a commitment, and
 * weighed by its side and its place in the sentence.
 */
export function cuePass(scoring: Scoring): void {
  const setting = cueSetting(scoring.analysis);
  const { analysis, add } = scoring;
  if (setting.measure >= 0) {
    const verb = analysis.words[setting.measure]!;
    add('reported_fact', setting.measure, setting.measure + 1, `measure:${verb.norm}`, lexicon().weights.measure);
  }
  for (const hit of analysis.hits) {
    const resolved = resolveCue(setting, hit);
    if (resolved === null) continue;
    const { type, rule } = resolved;
    // `The militia continues to shell the town`: another party's continued conduct, no commitment of the speaker's;
    // `We continue to urge …`: the continued act is the point.
    if (hit === setting.ongoing) continue;
    let weight = contentWeight(setting, hit, type, resolved.weight);
    // A time expression dates an event; in a present or modal main clause (`as urgent today as …`) it reports nothing.
    if (type === 'reported_fact' && setting.timeless && isTimeCue(analysis, hit)) continue;
    weight = placeWeight(setting, hit, type, weight);
    const side = analysis.clauses[hit.clause]!.side;
    add(type, hit.start, hit.end, side === 'neutral' ? rule : `${rule}@${side}`, weight);
  }
}

/** Whether the sentence is a journalist's report in a question turn: it frames what others did or said. */
export function isJournalistFrame(analysis: SentenceAnalysis): boolean {
  // Only a sentence that reports (past tense, a third-party subject, long enough to say who did what) frames; chatter (`Okay.`, `I wonder if …`) stays other.
  // A named party's present (`Russia opposes extending the panel's mandate`) or announced event frames too.
  const main = analysis.clauses[analysis.main]!;
  const subject = analysis.words[main.subjectStart]?.flags ?? 0;
  const named = (subject & CAPITALIZED) !== 0 && !(subject & (DETERMINER | OWN_PRONOUN | OTHER_PRONOUN));
  const told =
    analysis.tense === 'past' ||
    analysis.modals.some((m) => m.kind === 'scheduled') ||
    (analysis.tense === 'present' && named);
  return (
    analysis.questionTurn &&
    !analysis.question &&
    told &&
    main.side !== 'own' &&
    analysis.wordCount >= lexicon().weights.journalistFrameMinWords
  );
}

function cueSetting(analysis: SentenceAnalysis): CueSetting {
  const lex = lexicon();
  const ongoing = ongoingConduct(analysis) ?? continuedAct(analysis);
  return {
    analysis,
    mainClause: analysis.clauses[analysis.main]!,
    pastFactors: analysis.tense === 'past' ? lex.pastFactors : null,
    demand: demandOf(analysis),
    obliged: obligationContent(analysis),
    opposed: rejectionPredicate(analysis),
    ongoing,
    committed: ongoing ? null : commitmentPredicate(analysis),
    timeless: timelessMain(analysis),
    journalistFrame: isJournalistFrame(analysis),
    measure: measurePredicate(analysis),
  };
}

/** The type a cue counts for, once negation, a modal or another party's refusal has turned it; null when it counts for none. */
function resolveCue(
  setting: CueSetting,
  hit: CueHit,
): { readonly type: ClaimType; readonly rule: string; readonly weight: number } | null {
  const { analysis } = setting;
  const lex = lexicon();
  let type: ClaimType | null = hit.type;
  let weight = hit.weight;
  let rule = hit.cue.rule;
  if (
    callNoun(analysis, hit) ||
    postpositive(analysis, hit) ||
    yieldsToNegatedReading(analysis, hit) ||
    beliefOfDemand(analysis, hit)
  )
    return null;
  if (hit.negatedOnly) rule = hit.cue.negatedRule;
  else if (hit.negated) {
    // A negated charge denies it only as the main predicate (`we did not violate`); negated in
    // a subordinate clause (`to make sure jobs are not undercut`) it says nothing either way.
    const flip = lex.flip.get(hit.type)!;
    type = flip.type !== hit.type && !inPredicate(analysis, hit.start) ? null : flip.type;
    weight *= flip.factor;
    rule = hit.cue.negatedRule;
  } else if (
    lex.modalCueTypes.has(hit.type) &&
    (predictedByModal(analysis, hit.start) || riskedAt(analysis, hit.start))
  ) {
    type = 'prediction_warning';
    rule = hit.cue.modalRule;
  }
  if (type === null) return null;
  // In a named speaker's voice, the other side's refusal (`They have rejected our request`) is a charge against it, not the speaker's denial.
  if (
    type === 'rejection_denial' &&
    !hit.negated &&
    analysis.voiced &&
    analysis.clauses[hit.clause]!.side === 'other' &&
    hit.clause === analysis.main &&
    inPredicate(analysis, hit.start) &&
    lex.refusalVerbs.has(analysis.words[hit.start]!.norm)
  ) {
    type = 'accusation';
    rule = `${rule}+refusal@other`;
  }
  return { type, rule, weight };
}

/**
 * Negated, a cue that has a reading of another type only under negation counts only as that
 * (`did not immediately respond`: a report, no demand for speed).
 */
function yieldsToNegatedReading(analysis: SentenceAnalysis, hit: CueHit): boolean {
  return (
    hit.negated &&
    !hit.negatedOnly &&
    analysis.hits.some(
      // a negated-only cue is in `hits` only when negated
      (h) => h.negatedOnly && h.type !== hit.type && h.start === hit.start && h.end === hit.end,
    )
  );
}

/**
 * A one-word cue that follows its noun (`the person concerned was detained`, `the parties
 * concerned`) means involved, not worried; after a verb, an adverb or a pronoun (`we are
 * deeply concerned`) it keeps its meaning.
 */
function postpositive(analysis: SentenceAnalysis, hit: CueHit): boolean {
  const lex = lexicon();
  if (
    hit.end - hit.start !== 1 ||
    hit.start === 0 ||
    !lex.postpositiveAdjectives.has(analysis.words[hit.start]!.normalized)
  )
    return false;
  // `Russia concerned over …` (a headline's dropped `is`), `concerned about`: worried, whatever stands before.
  const after = analysis.words[hit.end];
  if (analysis.sentence.headline || (after !== undefined && lex.postpositiveObjects.has(after.normalized)))
    return false;
  const before = analysis.words[hit.start - 1]!;
  return (
    before.word &&
    !(before.flags & (AUXILIARY | NEGATOR | OWN_PRONOUN | OTHER_PRONOUN)) &&
    !before.norm.endsWith('ly') &&
    !lex.postpositiveLinking.has(before.normalized)
  );
}

/**
 * A belief that frames a demand (`We believe the Mission must be granted access`, `we believe
 * it's in both countries' interest to remove the impediments`) states the demand: the belief
 * frame (modality.json 'beliefFrames') counts for nothing when a call or an obligation follows
 * it in its clause.
 */
function beliefOfDemand(analysis: SentenceAnalysis, hit: CueHit): boolean {
  if (hit.type !== 'principle_position' || !lexicon().beliefFrames.has(hit.phrase)) return false;
  return (
    analysis.hits.some(
      (h) => h.type === 'call_to_action' && !h.negated && h.clause === hit.clause && h.start >= hit.end,
    ) || analysis.modals.some((m) => m.kind === 'obligation' && m.clause === hit.clause && m.start >= hit.end)
  );
}

/** A one-word call cue after an article is a noun (`the release of the journalists`, `a request for comment`), not a demand. */
function callNoun(analysis: SentenceAnalysis, hit: CueHit): boolean {
  return (
    hit.type === 'call_to_action' &&
    hit.end - hit.start === 1 &&
    hit.start > 0 &&
    lexicon().articles.has(analysis.words[hit.start - 1]!.normalized)
  );
}

/** The cue's weight discounted where it is the content of a demand, a rejection or a commitment, or conceded. */
function contentWeight(setting: CueSetting, hit: CueHit, type: ClaimType, weight: number): number {
  const { analysis, demand, obliged, opposed, committed, mainClause } = setting;
  const w = lexicon().weights;
  // What is demanded (`urge them to stay committed`) is the call's content, not a claim of its own.
  if (
    demand &&
    hit.clause === demand.clause &&
    hit.start >= demand.end &&
    type !== 'call_to_action' &&
    type !== 'cooperation_dialogue'
  )
    weight *= w.demandedFactor;
  // So is what a `must`/`should` or an imperative demands (`The authorities must release all those arbitrarily detained`);
  // a critic told to look at itself (`should sanction themselves first`) stays a counter-accusation.
  else if (
    obliged &&
    hit.clause === obliged.clause &&
    hit.start >= obliged.end &&
    type !== 'call_to_action' &&
    type !== 'cooperation_dialogue' &&
    type !== 'counter_accusation'
  )
    weight *= w.obligedFactor;
  // A charge in the subject of a demand (`Those responsible for these crimes must be held to account`) names who is addressed.
  else if (obliged && hit.clause === obliged.clause && hit.end <= obliged.start && CHARGES.has(type))
    weight *= w.obligedFactor;
  // What the speaker opposes (`we oppose any forces that interfere …`) is the rejection's object, not a claim of its own.
  if (opposed && type !== 'rejection_denial' && hit.clause === opposed.clause && hit.start >= opposed.end)
    weight *= w.opposedFactor;
  // What the speaker commits to (`will not waver in its will to resist any interference`) is the commitment's object.
  if (
    committed &&
    type !== 'commitment_resolve' &&
    hit.clause === committed.clause &&
    (hit.start >= committed.end ||
      // `will continue to work with partners`: cooperation is what is committed to, even sharing the cue's verb;
      // an offer (`stand ready to work with`) proposes it instead (see dialogue.ts).
      (type === 'cooperation_dialogue' && hit.start > committed.start && !lexicon().offers.has(committed.phrase)))
  )
    weight *= w.committedFactor;
  // The charges that justify a measure (`sanctions officials involved in sham elections`) are its grounds, the measure is the news.
  if (setting.measure >= 0 && hit.start > setting.measure && hit.clause === analysis.main && CHARGES.has(type))
    weight *= w.measureFactor;
  // A condition (`If the government continues to obstruct …`) states what would trigger the claim, it claims nothing.
  const condition = analysis.condition;
  if (condition && hit.start >= condition.start && hit.end <= condition.end && type !== 'prediction_warning')
    weight *= w.conditionFactor;
  // What a `but` clause concedes (`We welcome the talks, but …`) is not the point.
  // A charge before `but` is no concession: it stays a point of its own.
  if (mainClause.contrast && hit.clause < analysis.main && !CHARGES.has(type)) weight *= w.concededFactor;
  // A participle clause after a comma (`…, calling on both sides to exercise restraint`) adds to the main clause's point.
  if (hit.clause === analysis.main && inParticipleClause(analysis, hit.start)) weight *= w.participleFactor;
  return weight;
}

/**
 * The word at `at` opens or stands in a participle clause after a comma (`expressed concern, calling
 * on both sides to exercise restraint`): walking back to the nearest comma, the word after it is a
 * participle that is not the sentence's own predicate (the main clause has begun before it).
 */
function inParticipleClause(analysis: SentenceAnalysis, at: number): boolean {
  const { words } = analysis;
  const main = analysis.clauses[analysis.main]!;
  for (let i = at; i > main.subjectEnd; i--) {
    if (words[i - 1]!.norm !== ',') continue;
    return (words[i]!.flags & PARTICIPLE) !== 0;
  }
  return false;
}

/** The cue's weight by its voice and side, the tense, and where it stands: frame, predicate, subject or a fronted phrase. */
function placeWeight(setting: CueSetting, hit: CueHit, type: ClaimType, weight: number): number {
  const { analysis, mainClause, demand } = setting;
  const lex = lexicon();
  const clauses = analysis.clauses;
  if (setting.journalistFrame && type !== 'other' && type !== 'reported_fact') weight *= lex.frameFactor;
  const side = clauses[hit.clause]!.side;
  weight *= lex.sideFactors.get(type)?.[side] ?? 1;
  // A reported party's speech act heading the predicate (`The envoy urged restraint`, `She welcomed the deal`) is that party's claim: the past tense does not make it a fact.
  // So is a speech act that introduces the reported words (`The envoy welcomed what she called "…"`).
  const introduces = SPEECH_ACTS.has(type) && hit.inFrame && analysis.frame[hit.end] === 0;
  if (
    !introduces &&
    !(
      SPEECH_ACTS.has(type) &&
      !hit.inFrame &&
      hit.clause === analysis.main &&
      clauses[hit.clause]!.side !== 'own' &&
      (inPredicate(analysis, hit.start) || headsPredicate(analysis, hit.start, hit.end))
    )
  )
    weight *= setting.pastFactors?.get(type) ?? 1;
  if (analysis.title && type !== 'other') weight *= lex.weights.titleCueFactor;
  // A demand verb framing the report (`X urged Y to …`) is the reported party's call itself, not the reporter's frame.
  if (hit.inFrame && hit !== demand?.hit && !introduces) weight *= lex.frameFactor;
  else if (
    inPredicate(analysis, hit.start) ||
    headsPredicate(analysis, hit.start, hit.end) ||
    (CHARGES.has(type) && hit.clause === 0 && inClausePredicate(clauses[0]!, hit.start))
  )
    weight *= lex.weights.predicateFactor;
  else if (inSubject(analysis, hit.start)) weight *= lex.weights.subjectFactor;
  // A cue in a fronted phrase (`Six years on from the illegal annexation …, the Union remains steadfast`) sets the scene.
  else if (hit.clause === analysis.main && hit.end <= mainClause.subjectStart && hit.start > mainClause.start + 1)
    weight *= lex.weights.subjectFactor;
  // A charge in an object or an adjunct (`condemns the sanctions on …`, `in response to abuses`) is what the predicate is about, not the act the sentence performs.
  else if (type === 'accusation') weight *= lex.weights.chargeOffPredicateFactor;
  return weight;
}
