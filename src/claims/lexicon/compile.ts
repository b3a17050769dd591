import counter from './counter.json';
import cues from './cues.json';
import framing from './framing.json';
import modality from './modality.json';
import negation from './negation.json';
import sides from './sides.json';
import { PhraseTrie } from '../phrase-trie';
import { CLAIM_TYPES, type ClaimType } from '../types';
import { WORD_CLASSES, lexiconForm, reportingForms } from '../../text';

export interface Cue {
  readonly type: ClaimType;
  readonly weight: number;
  /** The cue counts only under negation (`does not accept`). */
  readonly negatedOnly: boolean;
  /** Evidence rule names, built once: `cue:<phrase>`, `negation+cue:<phrase>`, `modality+cue:<phrase>`. */
  readonly rule: string;
  readonly negatedRule: string;
  readonly modalRule: string;
}

export type Side = 'own' | 'other' | 'neutral';

export interface NegationFlip {
  readonly type: ClaimType | null;
  readonly factor: number;
}

/** The lexicon data files, compiled once into tries and sets. */
export interface CompiledLexicon {
  readonly cues: PhraseTrie<Cue>;
  readonly negatedCues: PhraseTrie<Cue>;
  readonly notNegating: PhraseTrie<true>;
  readonly negators: ReadonlySet<string>;
  readonly negatorSuffixes: readonly string[];
  readonly negationWindow: number;
  readonly clauseBreakers: ReadonlySet<string>;
  readonly flip: ReadonlyMap<ClaimType, NegationFlip>;
  readonly ownPronouns: ReadonlySet<string>;
  readonly otherPronouns: ReadonlySet<string>;
  /** Role or name words (`chinese`, `white house`) → the words that are then the speaker's own side. */
  readonly ownRoleWords: PhraseTrie<readonly string[]>;
  readonly ownNouns: ReadonlySet<string>;
  /** How a statement's author names itself (sides.json 'issuer'). */
  readonly issuerVerbs: ReadonlySet<string>;
  readonly issuerAdverbs: ReadonlySet<string>;
  readonly issuerConnectors: ReadonlySet<string>;
  readonly issuerGeneric: ReadonlySet<string>;
  readonly issuerInstitutions: ReadonlySet<string>;
  readonly issuerMaxWords: number;
  readonly reportedSelf: ReadonlySet<string>;
  readonly sideFactors: ReadonlyMap<ClaimType, Readonly<Record<Side, number>>>;
  readonly future: PhraseTrie<true>;
  readonly conditional: ReadonlySet<string>;
  readonly backshiftedFuture: ReadonlySet<string>;
  readonly obligation: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly relative: ReadonlySet<string>;
  readonly imperatives: ReadonlySet<string>;
  readonly imperativeExceptions: ReadonlySet<string>;
  readonly futureSuffixes: readonly string[];
  readonly pastBeforeFuture: ReadonlySet<string>;
  readonly scheduled: ReadonlySet<string>;
  readonly irregularParticiples: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly presentVerbs: ReadonlySet<string>;
  readonly progressiveAuxiliaries: ReadonlySet<string>;
  readonly ingAdjectives: ReadonlySet<string>;
  readonly pastFactors: ReadonlyMap<ClaimType, number>;
  readonly modalCueTypes: ReadonlySet<ClaimType>;
  /** Words that, like a modal, make a following cue of a `modalCueTypes` type a prediction (`risks inflaming`). */
  readonly riskVerbs: ReadonlySet<string>;
  /** Obligation modals that, opening a clause, invert a condition (`Should the army cross …`). */
  readonly conditionInversions: ReadonlySet<string>;
  /** Pronouns that head a subject running up to its verb (`those responsible for the attacks must …`). */
  readonly headlessSubjects: ReadonlySet<string>;
  /** Articles and demonstratives: a one-word call cue after one is a noun (`the release of`), not a demand. */
  readonly articles: ReadonlySet<string>;
  /** Adjectives that mean `involved` right after a noun (`the person concerned`), and the words that keep them predicative. */
  readonly postpositiveAdjectives: ReadonlySet<string>;
  readonly postpositiveLinking: ReadonlySet<string>;
  /** Words after such an adjective that make it predicative again (`concerned about`). */
  readonly postpositiveObjects: ReadonlySet<string>;
  /** Verbs of conduct a future commits to (`will provide`), in a statement's or a reported party's own voice. */
  readonly commitVerbs: ReadonlySet<string>;
  /** Lower-case words a place-and-date line may hold besides names, numbers and calendar words. */
  readonly datelineWords: ReadonlySet<string>;
  /** Generic subjects whose obligation states a norm (`States must refrain …`), and the quantifiers before them. */
  readonly normSubjects: ReadonlySet<string>;
  readonly normQuantifiers: ReadonlySet<string>;
  /** Adverbs between a subject and its present-simple verb (`always raises`). */
  readonly habitualAdverbs: ReadonlySet<string>;
  /** Verbs that announce a measure when they head the predicate (`sanctions`, `designated`). */
  readonly measureVerbs: ReadonlySet<string>;
  /** Principle cues that only frame a demand that follows them (`we believe … must`). */
  readonly beliefFrames: ReadonlySet<string>;
  /** Phrases that make a charge one of anyone (`by anyone, anywhere`): a norm. */
  readonly genericMarkers: PhraseTrie<true>;
  /** Words opening a condition (`if`, `unless`), and the measures that make a conditional commitment a threat. */
  readonly conditionOpeners: ReadonlySet<string>;
  readonly threatWords: ReadonlySet<string>;
  readonly pastVerbs: ReadonlySet<string>;
  readonly nonClaimVoices: ReadonlySet<string>;
  readonly criticReference: PhraseTrie<true>;
  readonly ownRecord: PhraseTrie<true>;
  readonly counterWeight: number;
  readonly minFactWords: number;
  /** Rule weights and factors of modality.json (modality, sentence form, position in the sentence). */
  readonly weights: Readonly<typeof modality.weights>;
  readonly reportVerbs: ReadonlySet<string>;
  /** Forms of the verbs of speech acts that a speaker may cite as others' (`called for`, `condemned`). */
  readonly speechActs: ReadonlySet<string>;
  readonly frameFactor: number;
  readonly discourseMarkers: ReadonlySet<string>;
  readonly fronted: ReadonlySet<string>;
  readonly frontedCounts: ReadonlySet<string>;
  readonly titleWords: PhraseTrie<true>;
  readonly titleReach: number;
  readonly hedges: PhraseTrie<true>;
  readonly demandCues: PhraseTrie<true>;
  readonly declarativeMinWords: number;
  readonly timeWords: ReadonlySet<string>;
  readonly calendarWords: ReadonlySet<string>;
  readonly numberWeight: number;
  readonly timeWeight: number;
  readonly reportedFactCap: number;
  readonly signOffIntroductions: PhraseTrie<true>;
  readonly signOffClosings: PhraseTrie<true>;
  readonly signOffNameWords: ReadonlySet<string>;
  /** Words that may follow a sign-off closing with names (`reports for VOA from Kigali`). */
  readonly signOffPlaceWords: ReadonlySet<string>;
  readonly signOffMaxWords: number;
  readonly pointContrasts: ReadonlySet<string>;
  readonly creditWords: ReadonlySet<string>;
  readonly titleFollowers: ReadonlySet<string>;
  /** Phrases that open a credit line by themselves (`Delivered by …`). */
  readonly creditOpeners: PhraseTrie<true>;
  readonly headlineMinWords: number;
  readonly currentWords: ReadonlySet<string>;
  readonly answerWords: ReadonlySet<string>;
  /** Commitment cues that offer what follows (`stand ready to`): a dialogue there is proposed. */
  readonly offers: ReadonlySet<string>;
  /** Words of a continuation cue (`continues to`, `keeps`): with another party's charge after it, ongoing conduct. */
  readonly continuations: ReadonlySet<string>;
  readonly lastLineMinWords: number;
  readonly timeCueWords: ReadonlySet<string>;
  readonly reportageMinShare: number;
  readonly inclusiveWords: ReadonlySet<string>;
  readonly criticWords: ReadonlySet<string>;
  readonly criticReach: number;
  readonly misdeeds: PhraseTrie<true>;
  readonly criticWeight: number;
  /** Question forms that assert their answer (`why should`, `isn't it`). */
  readonly rhetoricalForms: PhraseTrie<true>;
  /** Rhetorical forms that ask about a party's conduct by themselves (`who is really`). */
  readonly rhetoricalConductForms: PhraseTrie<true>;
  readonly rhetoricalWeight: number;
  /** Cleft openers (`it is`, `it was`) that put a party in focus before `that`/`who`. */
  readonly cleftOpeners: PhraseTrie<true>;
  readonly cleftReach: number;
  readonly cleftWeight: number;
  /** Judgements (`unacceptable`) that charge whoever acts when their subject is conduct (`the attacks`). */
  readonly conductJudgements: ReadonlySet<string>;
  readonly conductActs: ReadonlySet<string>;
  readonly conductWeight: number;
  /** Words opening a condemnation of an act, and lower-case agents after `by` that name a wrongdoer. */
  readonly condemnations: ReadonlySet<string>;
  readonly wrongdoers: ReadonlySet<string>;
  /** Harm participles of a passive accusation (`were killed by the security forces`) and its weight. */
  readonly harmParticiples: ReadonlySet<string>;
  readonly passiveHarmWeight: number;
  /** Verbs of refusal that, of the other side, charge it (`They have rejected our request`). */
  readonly refusalVerbs: ReadonlySet<string>;
}

function isClaimType(name: string): name is ClaimType {
  return (CLAIM_TYPES as readonly string[]).includes(name);
}

function checkedType(name: string, file: string): ClaimType {
  if (!isClaimType(name)) throw new Error(`${file}: unknown claim type "${name}"`);
  return name;
}

function typedMap(table: Record<string, number>, file: string): ReadonlyMap<ClaimType, number> {
  return new Map(Object.entries(table).map(([type, value]) => [checkedType(type, file), value]));
}

function cueTrie(
  table: Record<string, unknown>,
  file: string,
  negatedOnly: boolean,
  exactTypes: readonly string[] = [],
  formWords: readonly string[] = [],
): PhraseTrie<Cue> {
  const trie = new PhraseTrie<Cue>();
  const forms = new Set(formWords);
  for (const [type, phrases] of Object.entries(table)) {
    if (type.startsWith('_')) continue;
    if (!isClaimType(type)) throw new Error(`${file}: unknown claim type "${type}"`);
    const exact = exactTypes.includes(type);
    for (const [phrase, weight] of Object.entries(phrases as Record<string, number>)) {
      const words = phrase.trim().split(/\s+/);
      // One-word cues, exact types and form words (whose stem conflates them with another word) match the written form; other phrase words match by stem.
      const written = words
        .map((w) => (w === '*' || w.startsWith('=') || !(exact || words.length === 1 || forms.has(w)) ? w : `=${w}`))
        .join(' ');
      const shown = phrase.replace(/(^|\s)=/g, '$1');
      trie.add(written, {
        type,
        weight,
        negatedOnly,
        rule: `cue:${shown}`,
        negatedRule: `negation+cue:${shown}`,
        modalRule: `modality+cue:${shown}`,
      });
    }
  }
  return trie;
}

function phraseSet(phrases: readonly string[]): PhraseTrie<true> {
  const trie = new PhraseTrie<true>();
  for (const phrase of phrases) trie.add(phrase, true);
  return trie;
}

function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(lexiconForm));
}

/** The claim cues, and the cues that count only under negation. */
function cueTries() {
  return {
    cues: cueTrie(cues, 'cues.json', false, cues._exactTypes, cues._formWords),
    negatedCues: cueTrie(negation.whenNegated, 'negation.json', true),
  };
}

/** negation.json: negators, their scope, and what a negated cue turns into. */
function negationPart() {
  const flip = new Map<ClaimType, NegationFlip>();
  for (const [type, rule] of Object.entries(negation.flip)) {
    if (!isClaimType(type)) throw new Error(`negation.json: unknown claim type "${type}"`);
    const target = rule.type;
    if (target !== null && !isClaimType(target)) throw new Error(`negation.json: unknown claim type "${target}"`);
    flip.set(type, { type: target, factor: rule.factor });
  }
  return {
    notNegating: phraseSet(negation.notNegating),
    negators: wordSet(negation.negators),
    negatorSuffixes: negation.negatorSuffixes,
    negationWindow: negation.window,
    clauseBreakers: wordSet(negation.clauseBreakers),
    flip,
  };
}

/** sides.json: the words of the speaker's side and of the other side, and their factors. */
function sidesPart() {
  const sideFactors = new Map<ClaimType, Record<Side, number>>();
  for (const [type, factors] of Object.entries(sides.factors)) {
    if (!isClaimType(type)) throw new Error(`sides.json: unknown claim type "${type}"`);
    sideFactors.set(type, factors);
  }
  const ownRoleWords = new PhraseTrie<readonly string[]>();
  for (const [role, words] of Object.entries(sides.ownRoleWords))
    if (!role.startsWith('_')) ownRoleWords.add(role, words);
  return {
    ownPronouns: wordSet(sides.own),
    otherPronouns: wordSet(sides.other),
    ownRoleWords,
    ownNouns: wordSet(sides.ownNouns),
    issuerVerbs: wordSet(sides.issuer.verbs),
    issuerAdverbs: wordSet(sides.issuer.adverbs),
    issuerConnectors: wordSet(sides.issuer.connectors),
    issuerGeneric: wordSet(sides.issuer.generic),
    issuerInstitutions: wordSet(sides.issuer.institutions),
    issuerMaxWords: sides.issuer.maxWords,
    reportedSelf: wordSet(sides.reportedSelf),
    sideFactors,
  };
}

/** modality.json: modal verbs, tense words, demand and commitment words, rule weights. */
function modalityPart() {
  return {
    future: phraseSet(modality.future),
    conditional: wordSet(modality.conditional),
    backshiftedFuture: wordSet(modality.backshiftedFuture),
    obligation: wordSet(modality.obligation),
    auxiliaries: wordSet(WORD_CLASSES.auxiliaries),
    relative: wordSet(modality.relative),
    imperatives: wordSet(modality.imperatives),
    imperativeExceptions: wordSet(modality.imperativeExceptions),
    futureSuffixes: modality.futureSuffixes,
    pastBeforeFuture: wordSet(modality.pastBeforeFuture),
    scheduled: wordSet(modality.scheduled),
    irregularParticiples: wordSet(modality.irregularParticiples),
    determiners: wordSet(WORD_CLASSES.determiners),
    presentVerbs: wordSet(modality.presentVerbs),
    progressiveAuxiliaries: wordSet(modality.progressiveAuxiliaries),
    ingAdjectives: wordSet(modality.ingAdjectives),
    pastFactors: typedMap(modality.tenseFactors.past, 'modality.json'),
    modalCueTypes: new Set(modality.modalCueTypes.map((type) => checkedType(type, 'modality.json'))),
    riskVerbs: wordSet(modality.riskVerbs),
    articles: wordSet(modality.articles),
    postpositiveAdjectives: wordSet(modality.postpositive.adjectives),
    postpositiveLinking: wordSet(modality.postpositive.linking),
    postpositiveObjects: wordSet(modality.postpositive.objects),
    commitVerbs: wordSet(modality.commitVerbs),
    normSubjects: wordSet(modality.normSubjects.nouns),
    normQuantifiers: wordSet(modality.normSubjects.quantifiers),
    habitualAdverbs: wordSet(modality.habitualAdverbs),
    measureVerbs: wordSet(modality.measureVerbs),
    beliefFrames: new Set(modality.beliefFrames),
    genericMarkers: phraseSet(modality.genericMarkers),
    conditionOpeners: wordSet(modality.conditions.openers),
    threatWords: wordSet(modality.conditions.threats),
    headlessSubjects: wordSet(modality.headlessSubjects),
    conditionInversions: wordSet(modality.conditionInversions),
    pastVerbs: wordSet([...modality.pastVerbs, ...WORD_CLASSES.irregularPasts]),
    weights: modality.weights,
    demandCues: phraseSet(modality.demandCues),
    declarativeMinWords: modality.declarativeMinWords,
    offers: new Set(modality.offers),
    continuations: wordSet(modality.continuations),
    inclusiveWords: wordSet(modality.inclusiveWords),
  };
}

/** framing.json: reporting frames, titles, headings, sign-offs, time words and fact weights. */
function framingPart() {
  return {
    datelineWords: wordSet(framing.datelineWords),
    nonClaimVoices: new Set(framing.nonClaimVoices),
    minFactWords: framing.minFactWords,
    reportVerbs: wordSet([...reportingForms(framing.reportLemmas), ...framing.reportWords]),
    speechActs: wordSet(reportingForms(framing.speechActLemmas)),
    frameFactor: framing.frameFactor,
    discourseMarkers: wordSet(framing.discourseMarkers),
    fronted: wordSet(framing.fronted),
    frontedCounts: wordSet(framing.frontedCounts),
    titleWords: phraseSet(framing.titleWords),
    titleReach: framing.titleReach,
    hedges: phraseSet(framing.hedges),
    timeWords: wordSet(framing.timeWords),
    calendarWords: wordSet([...WORD_CLASSES.months, ...WORD_CLASSES.weekdays]),
    numberWeight: framing.numberWeight,
    timeWeight: framing.timeWeight,
    reportedFactCap: framing.reportedFactCap,
    signOffIntroductions: phraseSet(framing.signOff.introductions),
    signOffClosings: phraseSet(framing.signOff.closings),
    signOffNameWords: wordSet(framing.signOff.nameWords),
    signOffPlaceWords: wordSet(framing.signOff.placeWords),
    signOffMaxWords: framing.signOff.maxWords,
    pointContrasts: wordSet(framing.pointContrasts),
    creditWords: wordSet(framing.creditWords),
    titleFollowers: wordSet(framing.titleFollowers),
    creditOpeners: phraseSet(framing.creditOpeners),
    headlineMinWords: framing.headlineMinWords,
    currentWords: wordSet(framing.currentWords),
    answerWords: wordSet(framing.answerWords),
    lastLineMinWords: framing.lastLineMinWords,
    timeCueWords: wordSet(framing.timeCueWords),
    reportageMinShare: framing.reportageMinShare,
  };
}

/** counter.json: counter-accusation, criticism, condemnation and passive-harm words. */
function counterPart() {
  return {
    criticReference: phraseSet(counter.criticReference),
    ownRecord: phraseSet(counter.ownRecord),
    counterWeight: counter.weight,
    criticWords: wordSet(counter.criticWords),
    criticReach: counter.criticReach,
    misdeeds: phraseSet(counter.misdeeds.map((w) => `=${w}`)),
    criticWeight: counter.criticWeight,
    rhetoricalForms: phraseSet([...counter.rhetorical.forms, ...counter.rhetorical.conductForms]),
    rhetoricalConductForms: phraseSet(counter.rhetorical.conductForms),
    rhetoricalWeight: counter.rhetorical.weight,
    cleftOpeners: phraseSet(counter.cleft.openers),
    cleftReach: counter.cleft.reach,
    cleftWeight: counter.cleft.weight,
    conductJudgements: wordSet(counter.judgedConduct.judgements),
    conductActs: wordSet(counter.judgedConduct.acts),
    conductWeight: counter.judgedConduct.weight,
    condemnations: wordSet(counter.condemnation.verbs),
    wrongdoers: wordSet(counter.condemnation.agents),
    harmParticiples: wordSet(counter.passiveHarm.participles),
    passiveHarmWeight: counter.passiveHarm.weight,
    refusalVerbs: wordSet(counter.refusals.verbs),
  };
}

/** The lexicon data files compiled into tries and sets, one part per data file. */
function compile(): CompiledLexicon {
  return { ...cueTries(), ...negationPart(), ...sidesPart(), ...modalityPart(), ...framingPart(), ...counterPart() };
}

let compiled: CompiledLexicon | null = null;

/** The compiled lexicons (built on first use). */
export function lexicon(): CompiledLexicon {
  compiled ??= compile();
  return compiled;
}
