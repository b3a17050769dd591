import table from './lexicon/reporting-verbs.json';

/**
 * The one table of reporting verbs (`lexicon/reporting-verbs.json`): every lemma with its
 * inflections, and the lemma lists each use reads (attribution's cue kinds, the splitter's
 * attributions after a quote). Stages pick lemmas from it by name instead of keeping lists of
 * their own.
 */
export const REPORTING_VERBS = table;

/**
 * Verb forms that attribute the quotation they follow (`” Foreign Minister Wang said.`): the
 * past and present (-s) forms of the lemmas that take a bare clause or a demand, and the
 * `afterQuote` verbs. Base and -ing forms are left out: after a quote they open a new clause.
 */
export function quoteAttributionForms(): ReadonlySet<string> {
  const forms = new Set<string>();
  const inflected = (lemmaForms: readonly string[]) => {
    for (const form of lemmaForms.slice(1)) if (!form.includes(' ') && !form.endsWith('ing')) forms.add(form);
  };
  for (const lemma of [...table.bareClause, ...table.directive]) {
    const lemmaForms = (table.verbs as Record<string, readonly string[]>)[lemma];
    if (lemmaForms) inflected(lemmaForms);
  }
  for (const lemmaForms of Object.values(table.afterQuote)) inflected(lemmaForms);
  return forms;
}

/**
 * The past and present (-s) forms of `lemmas` in the reporting-verb table, a phrasal form by its
 * first word (`pointed` of `pointed out`): what a frame reads one token at a time. An unknown
 * lemma is an error, so a lexicon cannot drift from the table.
 */
export function reportingForms(lemmas: readonly string[]): string[] {
  const verbs = table.verbs as Record<string, readonly string[]>;
  const forms: string[] = [];
  for (const lemma of lemmas) {
    const lemmaForms = verbs[lemma];
    if (!lemmaForms) throw new Error(`reporting-verbs.json has no lemma "${lemma}"`);
    for (const form of lemmaForms.slice(1)) {
      const first = form.split(' ')[0]!;
      if (!first.endsWith('ing')) forms.push(first);
    }
  }
  return forms;
}
