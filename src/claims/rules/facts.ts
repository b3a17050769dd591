import { lexicon } from '../lexicon/compile';
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
