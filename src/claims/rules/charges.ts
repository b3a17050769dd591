import { inFrame } from '../analyze';
import { lexicon } from '../lexicon/compile';
import { CAPITALIZED } from '../word-info';
import { typeIndex, type Scoring } from './shared';

/**
 * "Condemnation naming a wrongdoer is an accusation": a condemnation of an act (`condemn the
 * attack`, concern_expressive on its own) whose agent is named after it (`… by the militia`,
 * `… by Ruritania`) charges that party. The act's condemnation lends its score to accusation.
 */
/** How many words after `by` the agent's name or head noun may stand. */
const AGENT_REACH = 3;

export function condemnedWrongdoer({ analysis, scores, add }: Scoring): void {
  const concern = scores[typeIndex('concern_expressive')]!;
  if (concern <= 0) return;
  const lex = lexicon();
  const words = analysis.words;
  const act = analysis.hits.find(
    (h) => h.type === 'concern_expressive' && !h.negated && lex.condemnations.has(words[h.start]!.norm),
  );
  if (!act) return;
  const clauseEnd = analysis.clauses[act.clause]!.end;
  // `by` right after the act names its cause (`concerned by reports that …`), not its agent: the agent follows an object.
  for (let i = act.end + 1; i + 1 < clauseEnd; i++) {
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
export function passiveAccusation({ analysis, scores, add }: Scoring): void {
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
 * A judgement like `unacceptable` (counter.json 'judgedConduct.judgements') rejects a claim or a
 * proposal, but of conduct (`The detention and the show trials of OSCE staff are totally
 * unacceptable`) it charges whoever acts: where the main clause's subject holds an act
 * ('judgedConduct.acts') or a charge cue, the judgement's score counts for accusation.
 */
export function judgedConduct({ analysis, scores, add }: Scoring): void {
  const lex = lexicon();
  const { words } = analysis;
  const judgement = analysis.hits.find(
    (h) =>
      h.type === 'rejection_denial' &&
      !h.negated &&
      !h.inFrame &&
      lex.conductJudgements.has(words[h.end - 1]!.normalized),
  );
  if (!judgement) return;
  const main = analysis.clauses[analysis.main]!;
  let conduct = false;
  for (let i = main.subjectStart; i < main.subjectEnd && !conduct; i++)
    conduct = lex.conductActs.has(words[i]!.normalized);
  conduct ||= analysis.hits.some(
    (h) => h.type === 'accusation' && h.start >= main.subjectStart && h.start < main.subjectEnd,
  );
  if (conduct)
    add(
      'accusation',
      judgement.start,
      judgement.end,
      `conduct+judgement:${judgement.phrase}`,
      scores[typeIndex('rejection_denial')]! + lex.conductWeight,
    );
}
