import table from './lexicon/reporting-verbs.json';

/**
 * The one table of reporting verbs (`lexicon/reporting-verbs.json`): every lemma with its
 * inflections, and the lemma lists each use reads (attribution's cue kinds, the splitter's
 * attributions after a quote). Stages pick lemmas from it by name instead of keeping lists of
 * their own.
 */
export const REPORTING_VERBS = table;

const VERBS = table.verbs as Record<string, readonly string[]>;

/** A lemma's past and present (-s) forms, a phrasal one by its first word; base and -ing forms left out. */
function pastAndPresent(lemmaForms: readonly string[]): string[] {
  const forms: string[] = [];
  for (const form of lemmaForms.slice(1)) {
    const first = form.split(' ')[0]!;
    // An empty slot is a form left out of the table (see its `_doc`).
    if (first !== '' && !first.endsWith('ing')) forms.push(first);
  }
  return forms;
}

/**
 * The past and present forms of `lemmas` in the reporting-verb table (`pointed` of `pointed
 * out`): what a frame reads one token at a time. An unknown lemma is an error, so a lexicon
 * cannot drift from the table.
 */
export function reportingForms(lemmas: readonly string[]): string[] {
  return lemmas.flatMap((lemma) => {
    const lemmaForms = VERBS[lemma];
    if (!lemmaForms) throw new Error(`reporting-verbs.json has no lemma "${lemma}"`);
    return pastAndPresent(lemmaForms);
  });
}

/**
 * Verb forms that attribute the quotation they follow (`” Foreign Minister Wang said.`): the
 * past and present forms of the one-word lemmas that take a bare clause or a demand, and of the
 * `afterQuote` verbs. A phrasal verb is left out: the splitter reads one word before the stop.
 */
export function quoteAttributionForms(): ReadonlySet<string> {
  const lemmas = [...table.bareClause, ...table.directive].filter((lemma) => !lemma.includes(' '));
  return new Set([...reportingForms(lemmas), ...Object.values(table.afterQuote).flatMap(pastAndPresent)]);
}
