import nouns from './speaker-nouns.json';
import labels from './transcript-labels.json';
import { REPORTING_VERBS as cues, WORD_CLASSES, dotlessKey } from '../../text';

/** A reporting cue form: its lemma and its words (`pointed out` → ['pointed', 'out']). */
export interface CueForm {
  readonly lemma: string;
  readonly words: readonly string[];
  readonly participle: boolean;
  readonly past: boolean;
  /** The lemma's own form (`state`, `report`), which a singular subject cannot take. */
  readonly base: boolean;
  /** The lemma's own form is also its past (`read`, `forecast`): a singular subject may take it as a verb. */
  readonly alsoPast: boolean;
}

function keySet(list: readonly string[]): Set<string> {
  return new Set(list.map(dotlessKey));
}

/** The one-word entries of `words` with every prefix and suffix attached, and the entries themselves. */
function withAffixes(
  words: ReadonlySet<string>,
  affixes: { readonly prefixes: readonly string[]; readonly suffixes: readonly string[] },
): Set<string> {
  const out = new Set(words);
  for (const word of words) {
    if (word.includes(' ')) continue;
    for (const prefix of affixes.prefixes) out.add(dotlessKey(prefix + word));
    for (const suffix of affixes.suffixes) out.add(dotlessKey(word + suffix));
  }
  return out;
}

function formIndex(table: Readonly<Record<string, readonly string[]>>): Map<string, CueForm[]> {
  const index = new Map<string, CueForm[]>();
  for (const lemma of Object.keys(table).sort()) {
    table[lemma]!.forEach((form, position) => {
      // An empty slot: the form is no cue (a noun spelt the same way).
      if (form === '') return;
      const words = form.split(' ').map(dotlessKey);
      const participle = words[0]!.endsWith('ing');
      // Lists run lemma, third person, past (and past participle), -ing form.
      const past = position >= 2 && !participle && form !== table[lemma]![0];
      const base = position === 0;
      const alsoPast = base && table[lemma]![2] === form;
      const entry: CueForm = { lemma, words, participle, past, base, alsoPast };
      const list = index.get(words[0]!) ?? [];
      list.push(entry);
      // Longer forms first so `pointed out` wins over a bare `pointed`.
      list.sort((a, b) => b.words.length - a.words.length || (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0));
      index.set(words[0]!, list);
    });
  }
  return index;
}

/** Reporting verbs, and the verbs that attribute a quotation only right after it (`” she cried`). */
export const CUE_FORMS = formIndex({ ...cues.verbs, ...cues.afterQuote });
export const AFTER_QUOTE_ONLY: ReadonlySet<string> = new Set(Object.keys(cues.afterQuote));
export const BARE_CLAUSE = new Set(cues.bareClause);
export const LISTENER_OBJECT = new Set(cues.listenerObject);
export const THINKING_VERBS = new Set(cues.thinkingVerbs);
/** Verbs of talking that give no words but introduce a sound bite below (`discussed the feud`). */
export const TALK_VERBS: ReadonlySet<string> = new Set(cues.talkVerbs);
/** Light verbs whose subject makes the claim noun they take (`made an allegation that`). */
export const CLAIM_MAKING_VERBS: ReadonlySet<string> = new Set(cues.claimMakingVerbs);
export const DIRECTIVE = new Set(cues.directive);
export const INFINITIVE = new Set(cues.infinitive);
export const ASSERTING_INFINITIVE = new Set(cues.assertingInfinitive);
export const CLAUSE_OPENERS = keySet(cues.clauseOpeners);
export const SPEECH_NOUN_VERBS = formIndex(cues.speechNounVerbs);
export const SPEECH_NOUNS = keySet(cues.speechNouns);
/** First words of every cue (and of `according to`, `as noted in`, a claim noun), to pass over all other tokens cheaply. */
export const CLAIM_NOUNS = keySet(cues.claimNouns);
export const CUE_STARTS: ReadonlySet<string> = new Set([
  ...CUE_FORMS.keys(),
  ...SPEECH_NOUN_VERBS.keys(),
  ...CLAIM_NOUNS,
  'according',
  'as',
  // `…, per the ministry.`: a trailing source, as `according to` (see reporting-frames/according-to.ts).
  'per',
]);
export const PARTICIPLE_CUES = keySet(cues.participleCues);
export const CONTENT_PARTICIPLES = keySet(cues.contentParticiples);
export const OBJECT_FOR_CONTENT = new Set(cues.objectForContent);
export const TITLE_CUES = keySet(cues.titleCues);
export const BLOCKING_WORDS = keySet(cues.blockingWords);
export const COUNTERFACTUAL_MODALS = keySet(cues.counterfactualModals);
export const OPEN_QUESTION_WORDS = keySet(cues.openQuestionWords);
export const REPLY_VERBS = keySet(cues.replyVerbs);
export const HABITUAL_INFINITIVE = keySet(cues.habitualInfinitive);
export const CONTACT_INFINITIVE = keySet(cues.contactInfinitive);
export const CARRIED_OUT_INFINITIVE = keySet(cues.carriedOutInfinitive);
export const PASSIVE_REPORT_VERBS = keySet(cues.passiveReportVerbs);
export const OBJECT_SPEECH_ACTS = new Set(cues.objectSpeechActs);
export const NAMING_VERBS = new Set(cues.namingVerbs);
export const TERM_VERBS = new Set(cues.termVerbs);
export const COINING_VERBS = new Set(cues.coiningVerbs);
export const CUE_PARTICLES = new Set(cues.cueParticles);
/** `add up`, `tell apart`: a cue's lemma and a particle that make another verb of it. */
export const PHRASAL_NON_CUES: ReadonlySet<string> = new Set(cues.phrasalNonCues);
export const OBJECT_PARTICLE_NON_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(cues.objectParticleNonCues as Record<string, string[]>).map(([phrase, next]) => [
    phrase,
    keySet(next),
  ]),
);
/** `The club can confirm that …`: cues that report after `can`. */
export const CAN_PERFORMATIVES: ReadonlySet<string> = new Set(cues.canPerformatives);
export const STATEMENT_PERFORMATIVES: ReadonlySet<string> = new Set(cues.statementPerformatives);
export const OBJECT_CUES = new Set(cues.objectCues);
/** Cues a thing may be the subject of (`polls suggest`): a plural noun no lexicon lists does not speak with them. */
export const THING_CUES: ReadonlySet<string> = new Set(cues.thingCues);
/** Per lemma, heads of the object it takes instead of a report (`tell a story`). */
export const OBJECT_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(cues.objectNouns).map(([lemma, nouns]) => [lemma, keySet(nouns)]),
);
/** Per lemma, objects that carry words of their own (`posted a photograph`): a report only with a quotation after them. */
export const CAPTIONED_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(cues.captionedObjects).map(([lemma, nouns]) => [lemma, keySet(nouns)]),
);
export const REFLEXIVE_PRONOUNS = keySet(WORD_CLASSES.reflexivePronouns);
export const DETERMINERS = keySet(WORD_CLASSES.determiners);
/** The determiners that are possessives (`your`, `our`, `his`, `their`). */
export const POSSESSIVE_DETERMINERS = keySet(
  WORD_CLASSES.determiners.filter((d) => WORD_CLASSES.personalWords.includes(d) || d in nouns.possessivePronouns),
);
/** A title's minor words, left in lower case inside it (`Home by Winter`, `Ten Years on the Tarn`). */
/** Letters written after a person's full name (`MP`, `QC`, `Jr`): no part of the name. */
export const POSTNOMINALS = keySet(nouns.postnominals);
/** `moderated` → `moderator`: before `by` and a name, the role the name holds (`Moderated by Kaj Tennet`). */
export const ROLE_PARTICIPLES: ReadonlyMap<string, string> = new Map(Object.entries(nouns.roleParticiples));
export const TITLE_MINOR_WORDS = keySet(WORD_CLASSES.titleMinorWords);
export const MARKED_ONLY = new Set(cues.markedOnly);
export const THAT_CLAUSE_ONLY: ReadonlySet<string> = new Set(cues.thatClauseOnly);
export const PRONOUN_CLAUSE = new Set(cues.pronounClause);

/** Role words that can stand before a name, with their hyphenated forms (`mayor-elect`, `then-mayor`; see 'titleAffixes'). */
export const TITLES = withAffixes(keySet(nouns.titles), nouns.titleAffixes);
export const HONORIFICS = keySet(nouns.honorifics);
export const COORDINATORS = keySet(nouns.coordinators);
export const GROUP_NOUNS = keySet(nouns.groupNouns);
export const ANONYMOUS_NOUNS = keySet(nouns.anonymousNouns);
/** Nouns that name a person by role: a title or an unnamed source's noun (`head`, `spokesman`, `official`). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([...TITLES, ...ANONYMOUS_NOUNS]);
export const GOVERNMENT_NOUNS = keySet(nouns.governmentNouns);
export const DOCUMENT_NOUNS = keySet(nouns.documentNouns);
/** Works with a title (`a memoir, “…”`); with DOCUMENT_NOUNS, what a title-case quotation apposed after a comma names. */
export const WORK_NOUNS = keySet([...nouns.workNouns, ...nouns.documentNouns]);
export const WRITING_NOUNS = keySet(nouns.writingNouns);
/** Verbs by which a medium cites a speaker (`quoted X as saying`). */
export const CITING_VERBS = keySet(nouns.citingVerbs);
export const PARTICIPLE_LEADS = keySet(nouns.participleLeads);
export const ORGANIZATION_WORDS = keySet(nouns.organizationWords);
export const PORTFOLIO_WORDS = keySet(nouns.portfolioWords);
export const MEDIA_WORDS = keySet(nouns.mediaWords);
export const COUNTRIES = keySet(nouns.countries);
export const DEMONYMS = keySet(nouns.demonyms);
export const MENTION_OPENERS = keySet(nouns.mentionOpeners);
export const ARTICLES = keySet(nouns.articles);
/** Adverbs placing a statement against others (`said later …`), allowed between a cue and its bare clause. */
export const ORDER_ADVERBS = keySet(nouns.orderAdverbs);
/** Cues of a writer's credit closing a standfirst (`…, writes Elin Marrasch`). */
export const CREDIT_CUES = keySet(nouns.creditCues);
export const NAME_PARTICLES = keySet(nouns.nameParticles);
export const NOT_NAMES = keySet(nouns.notNames);
export const SUBJECT_SKIP = keySet(nouns.subjectSkip);
export const SUBJECT_SKIP_PAIRS = keySet(nouns.subjectSkipPairs);
export const NEGATIVE_SUBJECTS = keySet(nouns.negativeSubjects);
/** Word keys of each negative opener (`at no stage`), longest first. */
export const NEGATIVE_OPENERS: readonly (readonly string[])[] = nouns.negativeOpeners
  .map((p: string) => p.split(' '))
  .sort((a: readonly string[], b: readonly string[]) => b.length - a.length);
export const CLAUSE_STOPS = keySet(nouns.clauseStops);
export const ADJUNCT_PREPOSITIONS = keySet(nouns.adjunctPrepositions);
/** Words opening an adverbial of repetition after a demonstrative `that` (`said that more than once`). */
export const REPETITION_OPENERS = keySet(nouns.repetitionOpeners);
/** Heads of a record or a count that show rather than say (`Ministry figures show that …`). */
export const DATA_NOUNS = keySet(nouns.dataNouns);
export const CLAUSE_COORDINATORS = keySet(nouns.clauseCoordinators);
export const PARENTHETICAL_OPENERS = keySet([...nouns.subjectSkip, ...nouns.parentheticalOpeners]);
export const PRONOUNS: ReadonlyMap<string, 'person' | 'plural' | 'thing'> = new Map(
  Object.entries(nouns.pronouns) as [string, 'person' | 'plural' | 'thing'][],
);
export const OBJECT_PRONOUNS = keySet(nouns.objectPronouns);
/** Pronouns that may stand as a clause's subject (`he`, `she`, `they`, `it`; not `him`, `them`). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  [...PRONOUNS.keys()].filter((p) => !OBJECT_PRONOUNS.has(p)),
);
export const BE_FORMS = keySet(nouns.beForms);
export const SELF_POSSESSIVES = keySet(nouns.selfPossessives);
export const MENTION_PREPOSITIONS = keySet(nouns.mentionPrepositions);
export const AFFILIATION_PREPOSITIONS = keySet(nouns.affiliationPrepositions);
/** Prepositions that qualify a group by where it stands but name no affiliation (`officials on both sides`, `residents near the dam`). */
export const GROUP_QUALIFIER_PREPOSITIONS = keySet(nouns.groupQualifierPrepositions);
export const SUBORDINATE_TITLE_WORDS = keySet(nouns.subordinateTitleWords);
export const ORDINAL_TITLE_WORDS = keySet(nouns.ordinalTitleWords);
export const STREET_WORDS = keySet(nouns.streetWords);
export const TENURE_WORDS = keySet(nouns.tenureWords);
export const RELATIVE_PRONOUNS = keySet(nouns.relativePronouns);
export const PUBLIC_BODY_HEADS = keySet(nouns.publicBodyHeads);
export const GIVING_PARTICIPLES = keySet(nouns.givingParticiples);
export const RELATIVE_ADVERBS = keySet(nouns.relativeAdverbs);
export const CONTACT_CLAUSE_PRONOUNS = keySet(nouns.contactClausePronouns);
export const OBJECT_PREPOSITIONS = keySet(nouns.objectPrepositions);
export const ANONYMITY_REASONS: readonly (readonly string[])[] = nouns.anonymityReasons.map((phrase) =>
  phrase.split(' ').map(dotlessKey),
);
export const ASIDE_OPENERS = keySet(nouns.asideOpeners);
export const WITHHELD_NAMES = keySet(nouns.withheldNames);
export const FOCUS_ADVERBS = keySet(nouns.focusAdverbs);
export const KIND_NOUNS = keySet(nouns.kindNouns);
export const AUTHORING_VERBS = keySet(nouns.authoringVerbs);
export const LAW_TITLE_NOUNS = keySet(nouns.lawTitleNouns);
export const LABELLING_PARTICIPLES = keySet(nouns.labellingParticiples);
export const NAME_NOUNS = keySet(nouns.nameNouns);
export const FRACTION_WORDS = keySet(nouns.fractionWords);
export const DEGREE_ADVERBS = keySet(nouns.degreeAdverbs);
export const PRO_CLAUSES = keySet(nouns.proClauses);
export const COUNTING_SUBJECTS = keySet(nouns.countingSubjects);
export const SINGULAR_QUANTIFIERS = keySet(nouns.singularQuantifiers);
export const TIME_UNITS = keySet(nouns.timeUnits);
export const SPAN_PREPOSITIONS = keySet(nouns.spanPrepositions);
export const TOPIC_PREPOSITIONS = keySet(nouns.topicPrepositions);
export const TITLE_PREPOSITIONS = keySet(nouns.titlePrepositions);
export const ABSOLUTE_OPENERS = keySet(nouns.absoluteOpeners);
/** Open a clause of time that may close an opening `as` clause (`As you said when we spoke, …`). */
export const TEMPORAL_SUBORDINATORS = keySet(nouns.temporalSubordinators);
/** Verbs of hearing and seeing: the subject after them takes a base-form cue (`heard a crewman yell`). */
export const PERCEPTION_VERBS = keySet(nouns.perceptionVerbs);
/** Phrases ending a line whose colon hands over the quotation below (`in these terms:`), as word keys. */
export const HANDOVER_PHRASES: readonly (readonly string[])[] = nouns.handoverPhrases.map((phrase: string) =>
  phrase.split(' ').map(dotlessKey),
);
/** Phrases opening a figure (`at least`, `as many as`), by their words. */
export const QUANTITY_OPENERS: readonly (readonly string[])[] = nouns.quantityOpeners.map((phrase) =>
  phrase.split(' ').map(dotlessKey),
);
export const VIEW_NOUNS = keySet(nouns.viewNouns);
export const ANSWER_NOUNS = keySet(nouns.answerNouns);
export const APPROXIMATORS = keySet(nouns.approximators);
export const QUESTION_OPENERS = keySet(nouns.questionOpeners);
export const QUESTION_LEADS = keySet(nouns.questionLeads);
export const CONDITIONAL_INVERSIONS = keySet(nouns.conditionalInversions);
export const GENERIC_ANTECEDENTS = keySet(nouns.genericAntecedents);
/** Subordinators opening a clause of speech still to come (`as soon as`, `once`), by their words. */
export const MANDATIVE_HEADS = keySet(nouns.mandativeHeads);
export const PENDING_SUBORDINATORS: readonly (readonly string[])[] = nouns.pendingSubordinators.map((phrase: string) =>
  phrase.split(' ').map(dotlessKey),
);
export const RESUMPTIVE_NOUNS = keySet(nouns.resumptiveNouns);
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map(Object.entries(nouns.possessivePronouns));
export type Gender = 'female' | 'male';
/** Word key → the gender it says its person has (see speaker-nouns.json `genderedWords`). */
export const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map([
  ...nouns.genderedWords.female.map((w) => [dotlessKey(w), 'female'] as const),
  ...nouns.genderedWords.male.map((w) => [dotlessKey(w), 'male'] as const),
]);
export const AUXILIARIES = keySet(WORD_CLASSES.auxiliaries);
export const MODALS = keySet(WORD_CLASSES.modals);
/** The modals a past report shifts into (`would`, `could`). */
export const PAST_MODALS = keySet(WORD_CLASSES.pastModals);
export const WEEKDAYS = keySet(WORD_CLASSES.weekdays);
export const MONTHS = keySet(WORD_CLASSES.months);
export const DAY_PARTS = keySet(WORD_CLASSES.dayParts);
export const PERIODS = keySet(WORD_CLASSES.periods);
export const IRREGULAR_PASTS = keySet(WORD_CLASSES.irregularPasts);
export const IRREGULAR_PARTICIPLES = keySet(WORD_CLASSES.irregularParticiples);
export const RELATIVE_TIME_ENDS = keySet(WORD_CLASSES.relativeTimeEnds);
export const NUMBER_WORDS = keySet(WORD_CLASSES.numberWords);

/** A figure as written: digits, with the currency sign the tokenizer keeps on them, or a number word (`300`, `$180`, `forty`). */
export function isFigure(key: string): boolean {
  return /^\p{Sc}?\d/u.test(key) || NUMBER_WORDS.has(key);
}
export const PLACE_ADVERBS = keySet(WORD_CLASSES.placeAdverbs);
export const DEMONSTRATIVES = keySet(WORD_CLASSES.demonstratives);
export const AGE_WORDS = keySet(nouns.ageWords);
export const APPOSITION_ADVERBS = keySet(nouns.appositionAdverbs);
export const FIRST_PERSON = keySet(nouns.firstPerson);
export const SECOND_PERSON = keySet(nouns.secondPerson);
export const SOURCE_PREPOSITIONS = keySet(nouns.sourcePrepositions);
export const AMOUNT_OBJECTS = keySet(nouns.amountObjects);
export const DOCUMENT_POSTMODIFIERS = keySet(nouns.documentPostmodifiers);
export const ISSUING_PARTICIPLES = keySet(nouns.issuingParticiples);
export const AMOUNT_TOPICS = keySet(nouns.amountTopics);
/** `familiar with`, `close to`: each phrase's words, by its first word, for matching word by word. */
export const SOURCE_POSTMODIFIERS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of nouns.sourcePostmodifiers as string[]) {
    const words = phrase.split(' ');
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
  }
  return byFirst;
})();
export const INDEFINITE = keySet(nouns.indefinites);
export const QUANTIFIER_SUBJECTS = keySet(nouns.quantifierSubjects);
export const SUBORDINATORS = keySet(nouns.subordinators);
export const CONCESSIVE_RELATIVES = keySet(nouns.concessiveRelatives);
export const CONCESSIVE_OPENERS = keySet(nouns.concessiveOpeners);
export const NO_RESPONSE_PHRASES: readonly string[] = nouns.noResponsePhrases;
export const EVENT_WORDS = keySet(nouns.eventWords);
export const NOT_PARTIES = keySet(nouns.notParties);
export const PLACING_PREPOSITIONS = keySet(nouns.placingPrepositions);
export const DISPLAY_NOUNS = keySet(nouns.displayNouns);
export const AS_FIXED_WORDS: readonly string[] = nouns.asFixedWords;
export const LOCATIVE_PREPOSITIONS = keySet(nouns.locativePrepositions);

/** Every single word of any multi-word noun entry, so a mention scan can walk through `senior administration official`. */
export const MENTION_WORDS: ReadonlySet<string> = new Set(
  [
    [...TITLES],
    nouns.groupNouns,
    nouns.anonymousNouns,
    nouns.governmentNouns,
    nouns.documentNouns,
    nouns.organizationWords,
    nouns.demonyms,
    nouns.countries,
  ]
    .flat()
    .flatMap((entry) => entry.split(/\s+/))
    .map(dotlessKey),
);

/** Multi-word entries of each phrase set, indexed by their last word, so a lookup allocates nothing for most words. */
const phraseTails = new WeakMap<ReadonlySet<string>, Map<string, string[][]>>();

function tailsOf(phrases: ReadonlySet<string>): Map<string, string[][]> {
  let tails = phraseTails.get(phrases);
  if (!tails) {
    tails = new Map();
    for (const p of phrases) {
      const parts = p.split(' ');
      if (parts.length < 2) continue;
      const list = tails.get(parts[parts.length - 1]!) ?? [];
      list.push(parts);
      list.sort((a, b) => b.length - a.length);
      tails.set(parts[parts.length - 1]!, list);
    }
    phraseTails.set(phrases, tails);
  }
  return tails;
}

/** How many of the last words of `keys` form an entry of `phrases` (`joint statement`, `senior administration official`), longest first; 0 if none. */
export function endsWithPhrase(keys: readonly string[], phrases: ReadonlySet<string>): number {
  const last = keys[keys.length - 1];
  if (last === undefined) return 0;
  for (const parts of tailsOf(phrases).get(last) ?? []) {
    if (parts.length > keys.length) continue;
    let ok = true;
    for (let i = 0; ok && i < parts.length; i++) ok = keys[keys.length - parts.length + i] === parts[i];
    if (ok) return parts.length;
  }
  return phrases.has(last) ? 1 : 0;
}

export const QUESTION_LABELS = keySet(labels.question);
export const ANSWER_LABELS = keySet(labels.answer);
/** Words of a heading over a written list of questions and answers (`FREQUENTLY ASKED QUESTIONS`). */
export const WRITTEN_QUESTION_HEADINGS = keySet(labels.writtenQuestionHeadings);
export const SPEECH_OPENERS: readonly string[] = labels.speechOpeners;
/** `text` (in lower case) opens with one of the speechOpeners as whole words (`thank you, mr chair`, not `thanksgiving`). */
export function opensWithSpeechOpener(text: string): boolean {
  return SPEECH_OPENERS.some((opener) => text.startsWith(opener) && !/\p{L}/u.test(text[opener.length] ?? ''));
}
/** Words saying a text records something said aloud (`transcript`, `briefing`, `questions from reporters`). */
export const SPOKEN_EVENTS = keySet(labels.spokenEvents);
export const QUESTIONER = labels.questioner;
/** Header fields of a transcript (`Subjects:`, `Date:`): never a turn. */
export const FIELD_LABELS = keySet(labels.fieldLabels);

/** Most characters of a field label opening a text (`Editor’s note:`). */
const FIELD_LABEL_CHARS = 24;

/** Where the colon of a field label opening `text` stands (`Editor’s note: After …` → 13), or -1. */
export function openingFieldLabel(text: string): number {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > FIELD_LABEL_CHARS) return -1;
  const label = text.slice(0, colon);
  return FIELD_LABELS.has(dotlessKey(label)) || scriptDirectionLabel(label) ? colon : -1;
}

/** `LINK TO TWO-WAY`, `VO`, `PKG`: a broadcast script's label opened by a direction word: the outlet's text follows, no speaker's. */
export function scriptDirectionLabel(label: string): boolean {
  return SCRIPT_DIRECTIONS.has(dotlessKey(label.trimStart().split(/[ \t]/u, 1)[0]!));
}
export const UNNAMED_SPEAKER_LABELS = keySet(labels.unnamedSpeakers);
/** A broadcast script's marks for a recorded clip (`[ACT: NAME, ROLE]`). */
export const CLIP_MARKERS = keySet(labels.clipMarkers);
export const RECORD_ENDS = keySet(labels.recordEnds);
export const BREAK_DIRECTIONS = keySet(labels.breakDirections);
/** Words of a broadcast script's directions (`[FD VO]`): the outlet's cue, ending a turn. */
export const SCRIPT_DIRECTIONS = keySet(labels.scriptDirections);
export const CAPTION_MARKERS = keySet(labels.captionMarkers);
export const QUOTE_FIELD_LABELS = keySet(labels.quoteFieldLabels);
/** Words of a meeting record's own labels (`MOTION:`, `RESOLVED:`): no speaker. */
export const RECORD_WORDS = keySet(labels.recordWords);
/** Roles alone on their line over a turn in a call transcript with `Name -- Role` lines (`Operator`). */
export const LINE_ROLE_LABELS = keySet(labels.lineRoles);
/** Words opening what is said to a person right after their name and a comma (`Mr Lusk, you will have your turn`). */
export const ADDRESSED_OPENERS = keySet(labels.addressedOpeners);
/** Role heads of who answers a transcript's `A:` labels (`spokesperson`). */
export const ANSWERING_ROLES = keySet(labels.answeringRoles);
/** Words before a quotation label's name (`And from Chairwoman Diaz:`, `Quote from X:`). */
export const LABEL_LEAD_INS = keySet(labels.labelLeadIns);
