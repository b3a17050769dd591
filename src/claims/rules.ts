import type { Doc } from '../text';
import { inFrame, type Clause, type CueHit, type SentenceAnalysis } from './analyze';
import { CAPITALIZED, NEGATOR, PARTICIPLE } from './word-info';
import { lexicon } from './lexicon/compile';
import type { PhraseMatch, PhraseTrie } from './phrase-trie';
import { CLAIM_TYPES, type ClaimType, type Evidence } from './types';

/** Per-type scores of one sentence (indexed like CLAIM_TYPES) and the evidence behind them. */
export interface RuleScores {
  readonly scores: number[];
  readonly evidence: readonly Evidence[];
}

const TYPE_INDEX = new Map<ClaimType, number>(CLAIM_TYPES.map((type, i) => [type, i]));

export function typeIndex(type: ClaimType): number {
  return TYPE_INDEX.get(type)!;
}

/** Types that charge the other side: what a `but` clause concedes is never one of them. */
const CHARGES: ReadonlySet<ClaimType> = new Set([
  'counter_accusation',
  'motive_attribution',
  'rejection_denial',
  'accusation',
]);

/** Types whose cue, heading a past-tense predicate of another party, is that party's speech act (`urged`, `welcomed`, `warned`). */
const SPEECH_ACTS: ReadonlySet<ClaimType> = new Set(['call_to_action', 'concern_expressive', 'prediction_warning']);

/** A cooperation cue this strong can be the content of a call or a commitment (`work with`, not `together`). */
const DIALOGUE_CONTENT_MIN_WEIGHT = 0.8;

type AddEvidence = (type: ClaimType, from: number, to: number, rule: string, weight: number) => void;

/**
 * Score a sentence from its cues, negation, modality, subject side and framing. Each piece of
 * evidence adds its weight to one type; the highest score wins, ties by CLAIM_TYPES order.
 */
export function scoreRules(doc: Doc, analysis: SentenceAnalysis): RuleScores {
  const lex = lexicon();
  const scores = zeros(CLAIM_TYPES.length);
  const evidence: Evidence[] = [];
  const { columns, offset, clauses } = analysis;
  const add: AddEvidence = (type, from, to, rule, weight) => {
    if (weight <= 0) return;
    const start = columns.starts[offset + from]!;
    const end = columns.starts[offset + to - 1]! + columns.forms[offset + to - 1]!.length;
    scores[typeIndex(type)] += weight;
    evidence.push({ start, end, text: doc.text.slice(start, end), type, rule, weight: round(weight) });
  };

  const pastFactors = analysis.tense === 'past' ? lex.pastFactors : null;
  const demand = demandOf(analysis);
  const obliged = obligationContent(analysis);
  const opposed = rejectionPredicate(analysis);
  const ongoing = ongoingConduct(analysis);
  const committed = ongoing ? null : commitmentPredicate(analysis);
  const mainClause = clauses[analysis.main]!;
  const timeless = timelessMain(analysis);
  // A journalist's statement in a question turn frames what others did or said: the journalist's report, not their claim.
  // Only a sentence that reports (past tense, a third-party subject, long enough to say who did what) frames; chatter (`Okay.`, `I wonder if …`) stays other.
  const journalistFrame =
    analysis.questionTurn &&
    !analysis.question &&
    analysis.tense === 'past' &&
    mainClause.side !== 'own' &&
    analysis.wordCount >= lex.weights.journalistFrameMinWords;
  for (const hit of analysis.hits) {
    let type: ClaimType | null = hit.type;
    let weight = hit.weight;
    let rule = hit.cue.rule;
    if (hit.negatedOnly) rule = hit.cue.negatedRule;
    else if (hit.negated) {
      // A negated charge denies it only as the main predicate (`we did not violate`); negated in
      // a subordinate clause (`to make sure jobs are not undercut`) it says nothing either way.
      const flip = lex.flip.get(hit.type)!;
      type = flip.type !== hit.type && !inPredicate(analysis, hit.start) ? null : flip.type;
      weight *= flip.factor;
      rule = hit.cue.negatedRule;
    } else if (lex.modalCueTypes.has(hit.type) && predictedByModal(analysis, hit.start)) {
      type = 'prediction_warning';
      rule = hit.cue.modalRule;
    }
    if (type === null) continue;
    // `The militia continues to shell the town`: another party's continued conduct, no commitment of the speaker's.
    if (hit === ongoing) continue;
    // In a named speaker's voice, the other side's refusal (`They have rejected our request`) is a charge against it, not the speaker's denial.
    if (
      type === 'rejection_denial' &&
      !hit.negated &&
      analysis.voiced &&
      clauses[hit.clause]!.side === 'other' &&
      hit.clause === analysis.main &&
      inPredicate(analysis, hit.start)
    ) {
      type = 'accusation';
      rule = `${rule}+refusal@other`;
    }
    // What is demanded (`urge them to stay committed`) is the call's content, not a claim of its own.
    if (
      demand &&
      hit.clause === demand.clause &&
      hit.start >= demand.end &&
      type !== 'call_to_action' &&
      type !== 'cooperation_dialogue'
    )
      weight *= lex.weights.demandedFactor;
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
      weight *= lex.weights.obligedFactor;
    // A charge in the subject of a demand (`Those responsible for these crimes must be held to account`) names who is addressed.
    else if (obliged && hit.clause === obliged.clause && hit.end <= obliged.start && CHARGES.has(type))
      weight *= lex.weights.obligedFactor;
    // What the speaker opposes (`we oppose any forces that interfere …`) is the rejection's object, not a claim of its own.
    if (opposed && type !== 'rejection_denial' && hit.clause === opposed.clause && hit.start >= opposed.end)
      weight *= lex.weights.opposedFactor;
    // What the speaker commits to (`will not waver in its will to resist any interference`) is the commitment's object.
    if (
      committed &&
      type !== 'commitment_resolve' &&
      type !== 'cooperation_dialogue' &&
      hit.clause === committed.clause &&
      hit.start >= committed.end
    )
      weight *= lex.weights.committedFactor;
    // What a `but` clause concedes (`We welcome the talks, but …`) is not the point.
    // A charge before `but` is no concession: it stays a point of its own.
    if (mainClause.contrast && hit.clause < analysis.main && !CHARGES.has(type)) weight *= lex.weights.concededFactor;
    // A participle clause after a comma (`…, urging calm`) adds to the main clause's point.
    if (
      hit.start > 1 &&
      analysis.words[hit.start - 1]!.norm === ',' &&
      analysis.words[hit.start]!.flags & PARTICIPLE &&
      hit.clause === analysis.main
    )
      weight *= lex.weights.participleFactor;
    // A time expression dates an event; in a present or modal main clause (`as urgent today as …`) it reports nothing.
    if (type === 'reported_fact' && timeless && isTimeCue(analysis, hit)) continue;
    if (journalistFrame && type !== 'other' && type !== 'reported_fact') weight *= lex.frameFactor;
    const side = clauses[hit.clause]!.side;
    weight *= lex.sideFactors.get(type)?.[side] ?? 1;
    // A reported party's speech act heading the predicate (`The envoy urged restraint`, `She welcomed the deal`) is that party's claim: the past tense does not make it a fact.
    if (!(
      SPEECH_ACTS.has(type) &&
      !hit.inFrame &&
      hit.clause === analysis.main &&
      clauses[hit.clause]!.side !== 'own' &&
      (inPredicate(analysis, hit.start) || headsPredicate(analysis, hit.start, hit.end))
    ))
      weight *= pastFactors?.get(type) ?? 1;
    if (analysis.title && type !== 'other') weight *= lex.weights.titleCueFactor;
    // A demand verb framing the report (`X urged Y to …`) is the reported party's call itself, not the reporter's frame.
    if (hit.inFrame && hit !== demand?.hit) weight *= lex.frameFactor;
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
    add(type, hit.start, hit.end, side === 'neutral' ? rule : `${rule}@${side}`, weight);
  }

  const w = lex.weights;
  for (const modal of analysis.modals) {
    if (inFrame(analysis, modal.start)) continue;
    const side = modal.reportedSelf ? 'own' : modal.embedded ? 'neutral' : clauses[modal.clause]!.side;
    const reach = modal.embedded && !modal.reportedSelf ? w.embeddedFactor : 1;
    if (modal.kind === 'future') {
      if (side === 'own') add('commitment_resolve', modal.start, modal.end, 'modality:future@own', w.futureOwn * reach);
      else add('prediction_warning', modal.start, modal.end, `modality:future@${side}`, w.futureOther * reach);
    } else if (modal.kind === 'scheduled')
      add('reported_fact', modal.start, modal.end, 'modality:scheduled', w.scheduled * reach);
    else if (modal.kind === 'conditional')
      add('prediction_warning', modal.start, modal.end, 'modality:conditional', w.conditional);
    else if (modal.kind === 'norm') add('principle_position', modal.start, modal.end, 'modality:norm', w.obligation);
    else if (modal.kind === 'obligation')
      add(
        'call_to_action',
        modal.start,
        modal.end,
        `modality:obligation@${side}`,
        w.obligation * (lex.sideFactors.get('call_to_action')?.[side] ?? 1),
      );
    else add('call_to_action', modal.start, modal.end, 'modality:imperative', w.imperative);
  }

  dialogueAsContent(analysis, scores, add);
  condemnedWrongdoer(analysis, scores, add);
  if (!analysis.reporter) passiveAccusation(analysis, scores, add);
  if (analysis.mayReturnCriticism) criticismReturned(analysis, add);
  inclusiveNorm(analysis, add);
  if (analysis.critic) misdeedOfCritic(analysis, scores, add);
  const rhetorical = rhetoricalQuestion(analysis, scores, add);

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
  const last = analysis.words.length;
  if (last > 0) {
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
    // A line without punctuation is a heading unless it makes a claim (`Minister recalls ambassador after border incident`).
    if (analysis.heading && !analysis.hits.some((h) => h.type !== 'other' && h.weight >= w.headingClaimCue))
      add('other', 0, last, 'heading', w.heading);
    else if (analysis.heading) add('reported_fact', 0, last, 'heading:claim', w.headline);
    if (analysis.signOff) add('other', 0, last, 'sign-off', w.signOff);
    if (analysis.nonClaimVoice && !journalistFrame) add('other', 0, last, 'voice:non-claim', w.nonClaimVoice);
    // A speaker's bare answer (`MR MILLER: No.`, `Correct.`) states a fact in reply to the question.
    if (analysis.voiced && !analysis.questionTurn && !analysis.question && bareAnswer(analysis))
      add('reported_fact', 0, last, 'answer', w.bareAnswer);
    const verb = Math.min(mainClause.subjectEnd, last - 1);
    // A bare negated predicate (`X does not ban stories because …`) denies what it negates.
    if (evidence.length === 0 && negatedPredicate(analysis))
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
  // Last, once every figure, date and tense has been weighed as a fact.
  if (!analysis.reporter) ownRecordFacts(analysis, scores, add);
  return { scores, evidence };
}

/** How far past the main clause's subject the predicate's head may start. */
const PREDICATE_REACH = 3;

/** The cue heads the main clause's predicate: the main point of the sentence. */
function inPredicate(analysis: SentenceAnalysis, position: number): boolean {
  return inClausePredicate(analysis.clauses[analysis.main]!, position);
}

/** The cue heads the predicate of `clause` (a charge before `but` keeps its weight as a point of its own). */
function inClausePredicate(clause: Clause, position: number): boolean {
  return position >= clause.subjectEnd && position <= clause.subjectEnd + PREDICATE_REACH;
}

/** The first demand cue (`urge`, `call on`, also a framing `X urged Y to …`): the hit, where it ends, and its clause. */
function demandOf(
  analysis: SentenceAnalysis,
): { readonly hit: CueHit; readonly end: number; readonly clause: number } | null {
  const lex = lexicon();
  const out: PhraseMatch<true>[] = [];
  for (const hit of analysis.hits) {
    if (hit.type !== 'call_to_action') continue;
    out.length = 0;
    lex.demandCues.matchAt(analysis.words, hit.start, analysis.words.length, out);
    if (out.length > 0) return { hit, end: out[out.length - 1]!.end, clause: hit.clause };
  }
  return null;
}

/**
 * "A demanded action is the call's content": the main clause's own obligation modal (`must`,
 * `should`, `needs to`) or an opening imperative, outside a reporting frame and not an inclusive
 * norm. What follows it in its clause is what is demanded, not a claim of its own.
 */
export function obligationContent(
  analysis: SentenceAnalysis,
): { readonly clause: number; readonly start: number; readonly end: number } | null {
  for (const modal of analysis.modals) {
    if (
      (modal.kind !== 'obligation' && modal.kind !== 'imperative') ||
      modal.embedded ||
      modal.clause !== analysis.main ||
      inFrame(analysis, modal.start)
    )
      continue;
    return { clause: modal.clause, start: modal.start, end: modal.end };
  }
  return null;
}

/** The cue opens with the subject and runs into the verb (`we hope`, `China has always`): it is the predicate. */
function headsPredicate(analysis: SentenceAnalysis, start: number, end: number): boolean {
  const main = analysis.clauses[analysis.main]!;
  return start >= main.subjectStart && start < main.subjectEnd && end > main.subjectEnd;
}

/** The speaker's own rejection cue (`we firmly oppose`) heading the main predicate, if any. */
function rejectionPredicate(analysis: SentenceAnalysis): CueHit | null {
  for (const hit of analysis.hits) {
    if (
      hit.type === 'rejection_denial' &&
      (!hit.negated || hit.negatedOnly) &&
      !hit.inFrame &&
      analysis.clauses[hit.clause]!.side === 'own' &&
      (inPredicate(analysis, hit.start) || headsPredicate(analysis, hit.start, hit.end))
    )
      return hit;
  }
  return null;
}

/**
 * "A commitment is the speaker's own": a continuation cue (`continues to`, `keeps`) heading the
 * main predicate of a clause whose subject is not the speaker's side, followed at once by a
 * charge (`The militia continues to shell the town`), reports that party's ongoing conduct. The
 * continuation hit is returned so that it counts for nothing and does not discount the charge.
 */
export function ongoingConduct(analysis: SentenceAnalysis): CueHit | null {
  const lex = lexicon();
  for (const hit of analysis.hits) {
    if (
      hit.type !== 'commitment_resolve' ||
      hit.negated ||
      hit.inFrame ||
      !lex.continuations.has(analysis.words[hit.start]!.norm)
    )
      continue;
    const clause = analysis.clauses[hit.clause]!;
    if (
      clause.side === 'own' ||
      !(inClausePredicate(clause, hit.start) || headsPredicate(analysis, hit.start, hit.end))
    )
      continue;
    const charge = analysis.hits.some(
      (h) =>
        CHARGES.has(h.type) &&
        !h.negated &&
        h.clause === hit.clause &&
        h.start >= hit.end - 1 &&
        h.start - hit.end <= CONDUCT_REACH,
    );
    if (charge) return hit;
  }
  return null;
}

/** How many words may stand between a continuation cue and the charge it continues (`continues to indiscriminately shell`). */
const CONDUCT_REACH = 3;

/** The speaker's own commitment heading a predicate (`will not waver`, `remains committed to`), if any. */
function commitmentPredicate(analysis: SentenceAnalysis): CueHit | null {
  for (const hit of analysis.hits) {
    if (hit.type !== 'commitment_resolve' || hit.inFrame || (hit.negated && !hit.negatedOnly)) continue;
    if (hit.negatedOnly || inPredicate(analysis, hit.start) || headsPredicate(analysis, hit.start, hit.end)) return hit;
  }
  return null;
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

/** The main clause speaks in the present or through a modal: time words there date nothing. */
function timelessMain(analysis: SentenceAnalysis): boolean {
  if (analysis.tense === 'present' && !analysis.progressive) return true;
  return analysis.modals.some(
    (m) =>
      m.clause === analysis.main &&
      !m.embedded &&
      (m.kind === 'obligation' || m.kind === 'imperative' || m.kind === 'norm'),
  );
}

/** A reported-fact cue made only of time words (`last week`, `on Monday`, `today`). */
function isTimeCue(analysis: SentenceAnalysis, hit: CueHit): boolean {
  const lex = lexicon();
  for (let i = hit.start; i < hit.end; i++) if (!lex.timeCueWords.has(analysis.words[i]!.norm)) return false;
  return true;
}

/**
 * "An inclusive norm is a principle, not a call": an obligation whose subject is the speaker's
 * own `we`, negated or with an inclusive word (`We must never forget the victims.`), or a cue
 * of common duty, states what all owe.
 */
function inclusiveNorm(analysis: SentenceAnalysis, add: AddEvidence): void {
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

/**
 * "Condemnation naming a wrongdoer is an accusation": a condemnation of an act (`condemn the
 * attack`, concern_expressive on its own) whose agent is named after it (`… by the militia`,
 * `… by Ruritania`) charges that party. The act's condemnation lends its score to accusation.
 */
/** How many words after `by` the agent's name or head noun may stand. */
const AGENT_REACH = 3;

function condemnedWrongdoer(analysis: SentenceAnalysis, scores: number[], add: AddEvidence): void {
  const concern = scores[typeIndex('concern_expressive')]!;
  if (concern <= 0) return;
  const lex = lexicon();
  const words = analysis.words;
  const act = analysis.hits.find(
    (h) => h.type === 'concern_expressive' && !h.negated && lex.condemnations.has(words[h.start]!.norm),
  );
  if (!act) return;
  const clauseEnd = analysis.clauses[act.clause]!.end;
  for (let i = act.end; i + 1 < clauseEnd; i++) {
    if (words[i]!.norm !== 'by') continue;
    // The agent's head within a few words (`by Hamas`, `by the regime`, `by armed militias`).
    for (let j = i + 1; j < Math.min(clauseEnd, i + 1 + AGENT_REACH); j++) {
      if (!(words[j]!.flags & CAPITALIZED) && !lex.wrongdoers.has(words[j]!.norm)) continue;
      add('accusation', act.start, j + 1, 'condemn+agent', concern);
      return;
    }
  }
}

/**
 * "A passive accusation names its agent after `by`": a harm participle (`killed`, `shelled`,
 * `detained`) with `by` and a wrongdoer a few words after it (`Dozens were killed by the
 * security forces`) charges that agent even without a charge word; the harm's facts count for the
 * charge. A reporter's news keeps its facts (not called for a reporter's voice).
 */
function passiveAccusation(analysis: SentenceAnalysis, scores: number[], add: AddEvidence): void {
  const lex = lexicon();
  const words = analysis.words;
  for (let i = 0; i < words.length; i++) {
    if (!lex.harmParticiples.has(words[i]!.norm) || inFrame(analysis, i)) continue;
    for (let b = i + 1; b < Math.min(words.length - 1, i + 1 + AGENT_REACH); b++) {
      if (words[b]!.norm !== 'by') continue;
      for (let j = b + 1; j < Math.min(words.length, b + 1 + AGENT_REACH); j++) {
        if (!(words[j]!.flags & CAPITALIZED) && !lex.wrongdoers.has(words[j]!.norm)) continue;
        // The harm's facts (`killed`, `on Friday`) are the charge itself: their reported-fact weight counts for it.
        add('accusation', i, j + 1, 'passive+agent', lex.passiveHarmWeight + scores[typeIndex('reported_fact')]!);
        return;
      }
    }
  }
}

/**
 * "Praise of one's own record is self_achievement": where a record cue heads the main predicate
 * of the speaker's side (`Since February, our country has provided 40 million in aid`), the
 * figures and dates are the record itself, so their reported-fact weight counts for it. In a
 * statement the issuer names itself (`The UK has provided …`), so a neutral subject counts as
 * the speaker's outside a reporter's news (not called there) and outside another party's voice.
 */
function ownRecordFacts(analysis: SentenceAnalysis, scores: number[], add: AddEvidence): void {
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

/**
 * Whataboutism without `their own`: in a reply to a critic (see classify.ts), a sentence that
 * names the critic and describes a misdeed turns the criticism back on it.
 */
function misdeedOfCritic(analysis: SentenceAnalysis, scores: number[], add: AddEvidence): void {
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
function rhetoricalQuestion(analysis: SentenceAnalysis, scores: number[], add: AddEvidence): boolean {
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

/** The cue lies in the main clause's subject: the topic, not what is said about it. */
function inSubject(analysis: SentenceAnalysis, position: number): boolean {
  const main = analysis.clauses[analysis.main]!;
  return position >= main.subjectStart && position < main.subjectEnd;
}

/** How many words may stand between a modal and the verb it turns into a prediction (`will also undercut`). */
const MODAL_CUE_REACH = 2;

/** A future or conditional modal just before `position` (`would undercut`, `will create`). */
function predictedByModal(analysis: SentenceAnalysis, position: number): boolean {
  return analysis.modals.some(
    (m) =>
      (m.kind === 'future' || m.kind === 'conditional') && m.end <= position && position - m.end <= MODAL_CUE_REACH,
  );
}

/**
 * "Demands and commitments whose content is dialogue or cooperation are cooperation_dialogue":
 * a call, a commitment or a welcome followed by a cooperation cue lends that cue its score.
 */
function dialogueAsContent(analysis: SentenceAnalysis, scores: number[], add: AddEvidence): void {
  let lent = 0;
  let lender = '';
  let from = Infinity;
  for (const [type, modalKinds] of LENDERS) {
    const score = scores[typeIndex(type)]!;
    if (score <= lent) continue;
    let start = Infinity;
    for (const h of analysis.hits) if (h.type === type && !h.negated && h.start < start) start = h.start;
    for (const m of analysis.modals) if (modalKinds.includes(m.kind) && m.start < start) start = m.start;
    lent = score;
    lender = 'call';
    from = start;
  }
  // An offer (`We stand ready to work with all parties`) proposes what follows it; other commitments keep their type.
  const offer = analysis.hits.find(
    (h) => h.type === 'commitment_resolve' && !h.negated && lexicon().offers.has(h.phrase),
  );
  const offered = offer ? scores[typeIndex('commitment_resolve')]! : 0;
  if (offer && offered > lent) {
    lent = offered;
    lender = 'offer';
    from = offer.start;
  }
  if (lent <= 0) return;
  const content = analysis.hits.find(
    (h) => h.type === 'cooperation_dialogue' && !h.negated && h.start > from && h.weight >= DIALOGUE_CONTENT_MIN_WEIGHT,
  );
  if (!content) return;
  // A list of demands whose dialogue item comes after others (`stop interfering …, and deepen cooperation`) stays a call.
  if (
    lender === 'call' &&
    analysis.hits.some((h) => h.type === 'call_to_action' && !h.negated && h.start > from && h.start < content.start)
  )
    return;
  add('cooperation_dialogue', content.start, content.end, `${lender}+cue:${content.phrase}`, lent);
}

const LENDERS: readonly (readonly [ClaimType, readonly string[]])[] = [
  ['call_to_action', ['obligation', 'imperative']],
];

/** Counter-accusation: a reference to the critic's criticism together with the critic's own record. */
function criticismReturned(analysis: SentenceAnalysis, add: AddEvidence): void {
  const lex = lexicon();
  const critic = firstMatch(lex.criticReference, analysis);
  if (!critic) return;
  const own = firstMatch(lex.ownRecord, analysis);
  if (!own) return;
  const start = Math.min(critic.start, own.start);
  const end = Math.max(critic.end, own.end);
  add('counter_accusation', start, end, `critic+own:${critic.phrase}+${own.phrase}`, lex.counterWeight);
}

function firstMatch(trie: PhraseTrie<true>, analysis: SentenceAnalysis): PhraseMatch<true> | null {
  const out: PhraseMatch<true>[] = [];
  trie.matchAll(analysis.words, 0, analysis.words.length, out);
  let first: PhraseMatch<true> | null = null;
  for (const m of out) if (!inFrame(analysis, m.start) && (!first || m.start < first.start)) first = m;
  return first;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A plain array of zeros: small typed arrays cost more to allocate than they save. */
export function zeros(length: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < length; i++) out.push(0);
  return out;
}
