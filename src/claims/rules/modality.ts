import { inFrame, type Clause, type Modal, type SentenceAnalysis } from '../analyze';
import { CALENDAR, CAPITALIZED, DETERMINER, TIME } from '../word-info';
import { lexicon } from '../lexicon/compile';
import { blamesScored, typeIndex, type Scoring } from './shared';

/**
 * Pass 2, modality: a future of the speaker's own side commits it, anyone else's predicts; a
 * scheduled future reports an event; a conditional warns; an obligation or an imperative calls
 * for action, and an obligation stating what something must be is a principle.
 */
export function modalityPass({ analysis, scores, add }: Scoring): void {
  const lex = lexicon();
  const w = lex.weights;
  for (const modal of analysis.modals) {
    if (inFrame(analysis, modal.start)) continue;
    const side = modalSide(analysis, modal);
    const reach = modal.embedded && !modal.reportedSelf ? w.embeddedFactor : 1;
    if (modal.kind === 'future') {
      if (side === 'own') add('commitment_resolve', modal.start, modal.end, 'modality:future@own', w.futureOwn * reach);
      else if (issuerCommits(analysis, modal, scores))
        add('commitment_resolve', modal.start, modal.end, 'modality:future@issuer', w.futureOwn);
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
}

/** Whose future a modal speaks: a reported self-commitment is the speaker's own; an embedded one nobody's in particular. */
function modalSide(analysis: SentenceAnalysis, modal: Modal): Clause['side'] {
  if (modal.reportedSelf) return 'own';
  return modal.embedded ? 'neutral' : analysis.clauses[modal.clause]!.side;
}

/**
 * A statement names its issuer as a neutral subject (`The United Kingdom will provide …`): its
 * future of conduct there is the issuer's commitment, outside a reporter's narration and a named
 * party's voice (where the subject may be anyone), when the subject is a name and the sentence
 * charges no one.
 */
export function issuerCommits(analysis: SentenceAnalysis, modal: Modal, scores: readonly number[]): boolean {
  return (
    modal.commits &&
    // A charged sentence (`Russia will continue its brutal attacks`) speaks of another party.
    !blamesScored(scores) &&
    !modal.embedded &&
    !analysis.voiced &&
    !analysis.reporter &&
    modal.clause === analysis.main &&
    analysis.clauses[modal.clause]!.side === 'neutral' &&
    namedSubject(analysis, analysis.clauses[modal.clause]!)
  );
}

/** The subject opens, past its article, with a name (`The United Kingdom`, `Canada`), not a thing or a day (`tariffs`, `Today's announcement`). */
function namedSubject(analysis: SentenceAnalysis, clause: Clause): boolean {
  let i = clause.subjectStart;
  while (i < clause.subjectEnd && analysis.words[i]!.flags & DETERMINER) i++;
  const flags = i < clause.subjectEnd ? analysis.words[i]!.flags : 0;
  return (flags & CAPITALIZED) !== 0 && !(flags & (TIME | CALENDAR));
}

/** A future commitment of the speaker's side, of an issuer or of a reported party, in the main clause. */
export function committingModal(analysis: SentenceAnalysis, scores: readonly number[]): Modal | null {
  for (const modal of analysis.modals) {
    if (modal.kind !== 'future' || !modal.commits || modal.clause !== analysis.main || inFrame(analysis, modal.start))
      continue;
    if (modalSide(analysis, modal) === 'own' || issuerCommits(analysis, modal, scores)) return modal;
  }
  return null;
}

/**
 * A commitment made under a condition, to measures (`If the repression continues, we will not
 * hesitate to consider further measures`), is a threat: its commitment score counts for
 * prediction_warning.
 */
export function conditionalThreat({ analysis, scores, add }: Scoring): void {
  const condition = analysis.condition;
  const committed = scores[typeIndex('commitment_resolve')]!;
  if (!condition || committed <= 0) return;
  const lex = lexicon();
  const { words } = analysis;
  for (let i = 0; i < words.length; i++) {
    if (
      (i >= condition.start && i < condition.end) ||
      inFrame(analysis, i) ||
      !lex.threatWords.has(words[i]!.normalized)
    )
      continue;
    add(
      'prediction_warning',
      condition.start,
      condition.end,
      `condition+commitment:${words[i]!.norm}`,
      committed + lex.weights.conditional,
    );
    return;
  }
}
