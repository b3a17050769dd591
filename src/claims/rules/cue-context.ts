import { inFrame, type CueHit, type SentenceAnalysis } from '../analyze';
import { AUXILIARY, CAPITALIZED, DETERMINER, OTHER_PRONOUN, OWN_PRONOUN, TIME } from '../word-info';
import { lexicon } from '../lexicon/compile';
import type { PhraseMatch } from '../phrase-trie';
import { CHARGES, headsPredicate, inClausePredicate, inPredicate } from './shared';
import type { ClaimType } from '../types';

/** The first demand cue of a sentence: the hit, where the demand verb ends, and its clause. */
export interface Demand {
  readonly hit: CueHit;
  readonly end: number;
  readonly clause: number;
}

/** Words `[start, end)` of one clause. */
export interface Span {
  readonly clause: number;
  readonly start: number;
  readonly end: number;
}

/** The first demand cue (`urge`, `call on`, also a framing `X urged Y to …`): the hit, where it ends, and its clause. */
export function demandOf(analysis: SentenceAnalysis): Demand | null {
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
export function obligationContent(analysis: SentenceAnalysis): Span | null {
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

/** The speaker's own rejection cue (`we firmly oppose`) heading the main predicate, if any. */
export function rejectionPredicate(analysis: SentenceAnalysis): CueHit | null {
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
  for (const hit of analysis.hits) {
    if (hit.type !== 'commitment_resolve' || hit.negated || hit.inFrame || !continues(analysis, hit)) continue;
    const clause = analysis.clauses[hit.clause]!;
    if (
      clause.side === 'own' ||
      !(inClausePredicate(clause, hit.start) || headsPredicate(analysis, hit.start, hit.end))
    )
      continue;
    if (followedAtOnceBy(analysis, hit, CHARGES)) return hit;
  }
  return null;
}

/** Types of an act whose continuation (`We continue to urge …`) is that act, not a commitment. */
const CONTINUED_ACTS: ReadonlySet<ClaimType> = new Set(['call_to_action', 'concern_expressive', 'rejection_denial']);

/**
 * A continuation cue (`continue to`, `keeps`) heading the predicate and followed at once by a
 * call, a concern or a rejection (`We continue to urge the protection of civilians`, `continues
 * to condemn`): the continued act is the point. The continuation hit is returned so that it
 * counts for nothing.
 */
export function continuedAct(analysis: SentenceAnalysis): CueHit | null {
  for (const hit of analysis.hits) {
    if (hit.type !== 'commitment_resolve' || hit.negated || hit.inFrame || !continues(analysis, hit)) continue;
    if (!(inPredicate(analysis, hit.start) || headsPredicate(analysis, hit.start, hit.end))) continue;
    if (followedAtOnceBy(analysis, hit, CONTINUED_ACTS)) return hit;
  }
  return null;
}

/** How many words may stand between a continuation cue and the charge it continues (`continues to indiscriminately shell`). */
const CONDUCT_REACH = 3;

/** A cue of one of `types`, not negated, follows the continuation `hit` at once in its clause. */
function followedAtOnceBy(analysis: SentenceAnalysis, hit: CueHit, types: ReadonlySet<ClaimType>): boolean {
  return analysis.hits.some(
    (h) =>
      types.has(h.type) &&
      !h.negated &&
      h.clause === hit.clause &&
      h.start >= hit.end - 1 &&
      h.start - hit.end <= CONDUCT_REACH,
  );
}

/** The speaker's own commitment heading a predicate (`will not waver`, `remains committed to`), if any. */
export function commitmentPredicate(analysis: SentenceAnalysis): CueHit | null {
  for (const hit of analysis.hits) {
    if (hit.type !== 'commitment_resolve' || hit.inFrame || (hit.negated && !hit.negatedOnly)) continue;
    if (hit.negatedOnly || inPredicate(analysis, hit.start) || headsPredicate(analysis, hit.start, hit.end)) return hit;
  }
  return null;
}

/** How many words may stand between a modal and the verb it turns into a prediction (`will also undercut`). */
const MODAL_CUE_REACH = 2;

/** A future or conditional modal just before `position` (`would undercut`, `will create`). */
export function predictedByModal(analysis: SentenceAnalysis, position: number): boolean {
  return analysis.modals.some(
    (m) =>
      (m.kind === 'future' || m.kind === 'conditional') && m.end <= position && position - m.end <= MODAL_CUE_REACH,
  );
}

/**
 * A risk verb just before `position`, with at most `MODAL_CUE_REACH` words between
 * (`risks further inflaming`): what is risked is a feared consequence, as after a modal.
 */
export function riskedAt(analysis: SentenceAnalysis, position: number): boolean {
  const { words } = analysis;
  const riskVerbs = lexicon().riskVerbs;
  for (let i = position - 1; i >= 0 && position - 1 - i <= MODAL_CUE_REACH; i--) {
    const word = words[i]!;
    if (!word.word) return false;
    if (riskVerbs.has(word.normalized)) return true;
  }
  return false;
}

/** The main clause speaks in the present or through a modal: time words there date nothing. */
export function timelessMain(analysis: SentenceAnalysis): boolean {
  if (analysis.tense === 'present' && !analysis.progressive) return true;
  return analysis.modals.some(
    (m) =>
      m.clause === analysis.main &&
      !m.embedded &&
      (m.kind === 'obligation' || m.kind === 'imperative' || m.kind === 'norm'),
  );
}

/** A reported-fact cue made only of time words (`last week`, `on Monday`, `today`). */
export function isTimeCue(analysis: SentenceAnalysis, hit: CueHit): boolean {
  const lex = lexicon();
  for (let i = hit.start; i < hit.end; i++) if (!lex.timeCueWords.has(analysis.words[i]!.norm)) return false;
  return true;
}

/** Some word of the cue is a continuation (`continues to`, `will continue`, `keeps`). */
function continues(analysis: SentenceAnalysis, hit: CueHit): boolean {
  const lex = lexicon();
  for (let i = hit.start; i < hit.end; i++) if (lex.continuations.has(analysis.words[i]!.norm)) return true;
  return false;
}

/** How many words into the main clause a measure verb may stand (`The United Kingdom today sanctioned …`). */
const MEASURE_REACH = 8;

/**
 * The position of a measure verb acting as the main clause's predicate (`The UK sanctions Russian
 * officials involved in …`, `has designated`, `today sanctioned`; modality.json 'measureVerbs'), or -1.
 * After an article or an adjective it is a noun (`the sanctions imposed on …`, `new sanctions`):
 * only a name, a pronoun, an auxiliary or an adverb may stand before it.
 */
export function measurePredicate(analysis: SentenceAnalysis): number {
  const lex = lexicon();
  const main = analysis.clauses[analysis.main]!;
  const { words } = analysis;
  for (let j = main.subjectStart + 1; j < Math.min(main.end, main.subjectStart + MEASURE_REACH); j++) {
    if (!lex.measureVerbs.has(words[j]!.normalized) || inFrame(analysis, j)) continue;
    const before = words[j - 1]!;
    if (before.flags & DETERMINER) continue;
    if (
      before.flags & (CAPITALIZED | OWN_PRONOUN | OTHER_PRONOUN | AUXILIARY | TIME) ||
      (before.word && before.norm.endsWith('ly'))
    )
      return j;
  }
  return -1;
}
