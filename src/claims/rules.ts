import type { Doc } from '../text';
import { inFrame, type CueHit, type SentenceAnalysis } from './analyze';
import { lexicon } from './lexicon';
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
  const { tokens, offset, clauses } = analysis;
  const add: AddEvidence = (type, from, to, rule, weight) => {
    if (weight <= 0) return;
    const start = tokens[offset + from]!.start;
    const end = tokens[offset + to - 1]!.end;
    scores[typeIndex(type)] += weight;
    evidence.push({ start, end, text: doc.text.slice(start, end), type, rule, weight: round(weight) });
  };

  const pastFactors = analysis.tense === 'past' ? lex.pastFactors : null;
  const demand = demandOf(analysis);
  const opposed = rejectionPredicate(analysis);
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
    // What is demanded (`urge them to stay committed`) is the call's content, not a claim of its own.
    if (demand && hit.clause === demand.clause && hit.start >= demand.end && type !== 'call_to_action' && type !== 'cooperation_dialogue') weight *= lex.weights.demandedFactor;
    // What the speaker opposes (`we oppose any forces that interfere …`) is the rejection's object, not a claim of its own.
    if (opposed && type !== 'rejection_denial' && hit.clause === opposed.clause && hit.start >= opposed.end) weight *= lex.weights.opposedFactor;
    const side = clauses[hit.clause]!.side;
    weight *= lex.sideFactors.get(type)?.[side] ?? 1;
    weight *= pastFactors?.get(type) ?? 1;
    if (analysis.title && type !== 'other') weight *= lex.weights.titleCueFactor;
    // A demand verb framing the report (`X urged Y to …`) is the reported party's call itself, not the reporter's frame.
    if (hit.inFrame && hit !== demand?.hit) weight *= lex.frameFactor;
    else if (inPredicate(analysis, hit.start) || headsPredicate(analysis, hit.start, hit.end)) weight *= lex.weights.predicateFactor;
    else if (inSubject(analysis, hit.start)) weight *= lex.weights.subjectFactor;
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
    } else if (modal.kind === 'scheduled') add('reported_fact', modal.start, modal.end, 'modality:scheduled', w.scheduled * reach);
    else if (modal.kind === 'conditional') add('prediction_warning', modal.start, modal.end, 'modality:conditional', w.conditional);
    else if (modal.kind === 'norm') add('principle_position', modal.start, modal.end, 'modality:norm', w.obligation);
    else if (modal.kind === 'obligation') add('call_to_action', modal.start, modal.end, `modality:obligation@${side}`, w.obligation * (lex.sideFactors.get('call_to_action')?.[side] ?? 1));
    else add('call_to_action', modal.start, modal.end, 'modality:imperative', w.imperative);
  }

  dialogueAsContent(analysis, scores, add);
  if (analysis.mayReturnCriticism) criticismReturned(analysis, add);

  let factWeight = 0;
  const factCap = lex.reportedFactCap - scores[typeIndex('reported_fact')]!;
  for (const i of analysis.numbers) {
    if (factWeight + lex.numberWeight > factCap) break;
    factWeight += lex.numberWeight;
    add('reported_fact', i, i + 1, 'number', lex.numberWeight);
  }
  for (const i of analysis.times) {
    if (factWeight + lex.timeWeight > factCap) break;
    factWeight += lex.timeWeight;
    add('reported_fact', i, i + 1, 'time', lex.timeWeight);
  }
  const last = analysis.words.length;
  if (last > 0) {
    if (analysis.question) add('other', last - 1, last, 'question', w.question);
    if (analysis.questionTurn) add('other', 0, last, 'question-turn', w.questionTurn);
    if (analysis.leadIn) add('other', last - 1, last, 'lead-in', w.leadIn);
    if (analysis.title) add('other', 0, last, 'title', w.title);
    if (analysis.heading) add('other', 0, last, 'heading', w.heading);
    if (analysis.signOff) add('other', 0, last, 'sign-off', w.signOff);
    if (analysis.nonClaimVoice) add('other', 0, last, 'voice:non-claim', w.nonClaimVoice);
    const verb = Math.min(analysis.clauses[0]!.subjectEnd, last - 1);
    if (evidence.length === 0 && analysis.tense === null && analysis.wordCount >= lex.declarativeMinWords && analysis.words[last - 1]!.norm === '.') {
      add('reported_fact', verb, verb + 1, 'declarative', w.declarative);
    }
    if (analysis.tense === 'past') add('reported_fact', verb, verb + 1, 'tense:past', w.past);
    else if (analysis.progressive) add('reported_fact', verb, verb + 1, 'tense:progressive', w.progressive);
    else if (analysis.tense === 'present') add('principle_position', verb, verb + 1, 'tense:present', w.present);
  }
  return { scores, evidence };
}

/** How far past the main clause's subject the predicate's head may start. */
const PREDICATE_REACH = 3;

/** The cue heads the main clause's predicate: the main point of the sentence. */
function inPredicate(analysis: SentenceAnalysis, position: number): boolean {
  const main = analysis.clauses[0]!;
  return position >= main.subjectEnd && position <= main.subjectEnd + PREDICATE_REACH;
}

/** The first demand cue (`urge`, `call on`, also a framing `X urged Y to …`): the hit, where it ends, and its clause. */
function demandOf(analysis: SentenceAnalysis): { readonly hit: CueHit; readonly end: number; readonly clause: number } | null {
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

/** The cue opens with the subject and runs into the verb (`we hope`, `China has always`): it is the predicate. */
function headsPredicate(analysis: SentenceAnalysis, start: number, end: number): boolean {
  const main = analysis.clauses[0]!;
  return start >= main.subjectStart && start < main.subjectEnd && end > main.subjectEnd;
}

/** The speaker's own rejection cue (`we firmly oppose`) heading the main predicate, if any. */
function rejectionPredicate(analysis: SentenceAnalysis): CueHit | null {
  for (const hit of analysis.hits) {
    if (hit.type === 'rejection_denial' && !hit.negated && !hit.inFrame && analysis.clauses[hit.clause]!.side === 'own' && (inPredicate(analysis, hit.start) || headsPredicate(analysis, hit.start, hit.end))) return hit;
  }
  return null;
}

/** The cue lies in the main clause's subject: the topic, not what is said about it. */
function inSubject(analysis: SentenceAnalysis, position: number): boolean {
  const main = analysis.clauses[0]!;
  return position >= main.subjectStart && position < main.subjectEnd;
}

/** How many words may stand between a modal and the verb it turns into a prediction (`will also undercut`). */
const MODAL_CUE_REACH = 2;

/** A future or conditional modal just before `position` (`would undercut`, `will create`). */
function predictedByModal(analysis: SentenceAnalysis, position: number): boolean {
  return analysis.modals.some((m) => (m.kind === 'future' || m.kind === 'conditional') && m.end <= position && position - m.end <= MODAL_CUE_REACH);
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
    lender = type === 'call_to_action' ? 'call' : type === 'commitment_resolve' ? 'commitment' : 'concern';
    from = start;
  }
  if (lent <= 0) return;
  const content = analysis.hits.find((h) => h.type === 'cooperation_dialogue' && !h.negated && h.start > from && h.weight >= DIALOGUE_CONTENT_MIN_WEIGHT);
  if (!content) return;
  // A list of demands whose dialogue item comes after others (`stop interfering …, and deepen cooperation`) stays a call.
  if (lender === 'call' && analysis.hits.some((h) => h.type === 'call_to_action' && !h.negated && h.start > from && h.start < content.start)) return;
  add('cooperation_dialogue', content.start, content.end, `${lender}+cue:${content.phrase}`, lent);
}

/** The types whose content may be dialogue, with the modal kinds that express them. */
const LENDERS: readonly (readonly [ClaimType, readonly string[]])[] = [
  ['call_to_action', ['obligation', 'imperative']],
  ['commitment_resolve', ['future']],
  ['concern_expressive', []],
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
