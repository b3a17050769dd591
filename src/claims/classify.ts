import type { Attribution, Quote } from '../speakers/types';
import {
  firstAtOrAfter,
  lexiconForm,
  tokenColumnsOf,
  tokenizeRange,
  type Doc,
  type Sentence,
  type Span,
  type Token,
  type TokenColumns,
} from '../text';
import { issuerNames } from './issuer';
import { analyzeSentence, type SentenceAnalysis, type SentenceContext } from './analyze';
import { lexicon } from './lexicon/compile';
import shippedCurves from './model/calibration.json';
import {
  DOCUMENT_EDGE,
  leadingRule,
  modelFeatures,
  predictSentence,
  shippedModel,
  type ClaimModel,
  type Neighbours,
} from './model';
import { ownSideOf, type OwnSide } from './own-side';
import { scoreRules, zeros, type RuleScores } from './rules/index';
import { CLAIM_TYPES, type Claim, type ClaimType } from './types';
import { CAPITALIZED } from './word-info';

/** What the claim classifier needs from speaker attribution; `speakers` adds roles for own-side words. */
export type ClaimAttribution = Pick<Attribution, 'voices' | 'quotes'> &
  Partial<Pick<Attribution, 'speakers' | 'actors'>>;

export interface ClassifyOptions {
  /** The learned layer; `null` for rules alone. Default: the model shipped in src/claims/model/. */
  readonly model?: ClaimModel | null;
  /** Rule confidence from which the rules decide without the model. Default: the model's own, else DEFAULT_RULE_THRESHOLD. */
  readonly ruleThreshold?: number;
  /** Weight of the rule distribution against the model's where the model decides. Default: the model's own, else DEFAULT_RULE_WEIGHT. */
  readonly ruleWeight?: number;
  /** Extra own-side words per voice, e.g. `{ 'Hong Lei': ['China', 'Beijing'] }`. */
  readonly ownSide?: Readonly<Record<string, readonly string[]>>;
  /** Maps raw confidences to observed accuracy; `null` for raw scores. Default: src/claims/model/calibration.json. */
  readonly calibration?: Calibration | null;
}

/** A step function per decision source: a raw confidence up to `upTo[i]` (and above the last) is right `value[i]` of the time. */
export interface CalibrationCurve {
  readonly upTo: readonly number[];
  readonly value: readonly number[];
  /** Held-out claims it was fitted on. */
  readonly n: number;
}

export interface Calibration {
  readonly sources: Readonly<Record<string, CalibrationCurve>>;
}

/** The calibration shipped in src/claims/model/calibration.json, or null when none is fitted. */
export function shippedCalibration(): Calibration | null {
  return Object.keys(shippedCurves.sources).length > 0 ? (shippedCurves as Calibration) : null;
}

/** The calibrated confidence of a raw one from `source`; unchanged where the calibration has no curve for it. */
export function calibrate(calibration: Calibration | null, source: string, raw: number): number {
  const curve = calibration?.sources[source];
  if (!curve || curve.value.length === 0) return raw;
  for (let i = 0; i < curve.upTo.length; i++) if (raw <= curve.upTo[i]!) return curve.value[i]!;
  return curve.value[curve.value.length - 1]!;
}

export const DEFAULT_RULE_THRESHOLD = 0.35;
export const DEFAULT_RULE_WEIGHT = 0.5;
const AUTHOR = 'author';
/** Confidence of `other` when nothing at all speaks for a type. */
const NO_EVIDENCE_CONFIDENCE = 0.2;
/** Where the rules found nothing, the model's pick is a guess from word statistics: confidence ≤ 0.3. */
const MODEL_ONLY_CONFIDENCE_SCALE = 0.3;
/** Alternatives below this share of the final distribution are left out. */
const MIN_ALTERNATIVE_SCORE = 0.01;
/** At most this many alternatives are listed, best first. */
const MAX_ALTERNATIVES = 3;
/** Where the rules found nothing, a model distribution whose top is below this is nearly flat: no evidence either. */
const MODEL_ONLY_MIN_PROBABILITY = 0.3;
/** Rule scores saturate: a sentence with this total is as sure as the rules get. */
const RULE_SATURATION = 1.5;

interface VoiceInfo {
  readonly voice: string;
  readonly ownSide: OwnSide | null;
  readonly nonClaimVoice: boolean;
}

/** A sentence analysed, with its voice and the rules' scores, before it is typed. */
interface ReadSentence {
  readonly analysis: SentenceAnalysis;
  readonly voice: string;
  readonly rules: RuleScores;
}

/**
 * Analyse every sentence of `doc` with its voice, own-side words and quoted spans, and score it
 * by the rules, handing each to `use` with what the rules found in the sentences around it: an
 * analysis is kept only until the next sentence has been read.
 */
function eachAnalysis<T>(
  doc: Doc,
  attribution: ClaimAttribution | undefined,
  options: ClassifyOptions,
  use: (read: ReadSentence, neighbours: Neighbours) => T,
): T[] {
  const voices = new Map<number, string>();
  for (const v of attribution?.voices ?? []) voices.set(v.sentence, v.voice);
  const quotes = new Map<number, Quote[]>();
  for (const quote of attribution?.quotes ?? []) {
    for (const sentence of quote.sentences) {
      const list = quotes.get(sentence);
      if (list) list.push(quote);
      else quotes.set(sentence, [quote]);
    }
  }
  const voiceInfo = new Map<string, VoiceInfo>();
  const out: T[] = [];
  let voiced = 0;
  for (const v of voices.values()) if (v !== AUTHOR) voiced++;
  const reportage = doc.sentences.length > 0 && voiced / doc.sentences.length >= lexicon().reportageMinShare;
  const critics = criticsOf(doc, attribution);
  // A statement's author speaks of itself by name: those names are the author's own side.
  // A sentence alone (`classifySentence`) tells nothing of who issued it.
  const issuer =
    reportage || doc.sentences.length < 2 ? NO_NAMES : issuerNames(doc, (i) => (voices.get(i) ?? AUTHOR) === AUTHOR);
  // Critics the speakers stage does not know as actors, gathered from the sentences read so far.
  let criticNames: Set<string> | null = null;
  const last = doc.sentences.length - 1;
  // Each sentence is handed on once the next one is read, with the leading rule type of both neighbours.
  let pending: ReadSentence | null = null;
  let before = DOCUMENT_EDGE;
  for (const sentence of doc.sentences) {
    const voice = voices.get(sentence.index) ?? AUTHOR;
    let info = voiceInfo.get(voice);
    if (!info) {
      info = {
        voice,
        ownSide: voiceOwnSide(voice, attribution, options.ownSide?.[voice], voice === AUTHOR ? issuer : NO_NAMES),
        nonClaimVoice: lexicon().nonClaimVoices.has(voice.toLowerCase()),
      };
      voiceInfo.set(voice, info);
    }
    const context = sentenceContext(info, {
      quotes: quotes.get(sentence.index) ?? NO_QUOTES,
      reportage,
      criticSpans: critics.length > 0 ? criticSpansIn(critics, sentence, voice) : NO_SPANS,
      reply: critics.length > 0 || criticNames !== null,
      lastLine: sentence.index === last,
      criticNames,
    });
    const analysis = analyzeSentence(doc, sentence, context);
    if (analysis.criticWords) criticNames = addNamedCritics(analysis, criticNames);
    const read = { analysis, voice, rules: scoreRules(doc, analysis) };
    const after = leadingRule(read.rules.scores);
    if (pending) {
      out.push(use(pending, { before, after }));
      before = leadingRule(pending.rules.scores);
    }
    pending = read;
  }
  if (pending) out.push(use(pending, { before, after: DOCUMENT_EDGE }));
  return out;
}

/** One claim per sentence of `doc`, typed by the rules and, where they are unsure, the learned model. */
export function classifyClaims(doc: Doc, attribution?: ClaimAttribution, options: ClassifyOptions = {}): Claim[] {
  const model = options.model === undefined ? shippedModel() : options.model;
  // The shipped calibration belongs to the shipped model; with another model or none, scores stay raw unless one is given.
  const calibration =
    options.calibration !== undefined ? options.calibration : options.model === undefined ? shippedCalibration() : null;
  const combination = {
    ruleThreshold: options.ruleThreshold ?? model?.ruleThreshold,
    ruleWeight: options.ruleWeight ?? model?.ruleWeight,
  };
  const decider: Decider = { model, combination, calibration };
  return eachAnalysis(doc, attribution, options, (read, neighbours) => decide(read, neighbours, decider));
}

/** The learned model's features of every sentence of `doc`, sorted (for training and evaluation). */
export function claimFeatures(doc: Doc, attribution?: ClaimAttribution, options: ClassifyOptions = {}): string[][] {
  return eachAnalysis(doc, attribution, options, ({ analysis, rules, voice }, neighbours) =>
    modelFeatures(analysis, rules, voice, neighbours).sort(),
  );
}

/** The rules' per-type scores of every sentence of `doc` (indexed like CLAIM_TYPES; for training and evaluation). */
export function claimRuleScores(doc: Doc, attribution?: ClaimAttribution, options: ClassifyOptions = {}): number[][] {
  return eachAnalysis(doc, attribution, options, ({ rules }) => rules.scores);
}

/** Type one sentence given as text (for tests and notebooks): it is read as a single sentence in the author's voice. */
export function classifySentence(text: string, options: ClassifyOptions = {}): Claim {
  return classifyClaims(singleSentenceDoc(text), undefined, options)[0]!;
}

/** A document holding `text` as one sentence, whatever its punctuation. */
export function singleSentenceDoc(text: string, source = '<sentence>'): Doc {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const tokens: Token[] = [];
  tokenizeRange(text, start, end, 0, tokens);
  const span = { start, end, text: text.slice(start, end) };
  const sentence: Sentence = {
    ...span,
    index: 0,
    paragraph: 0,
    headline: false,
    tokenStart: 0,
    tokenEnd: tokens.length,
  };
  return { source, text, headline: null, paragraphs: [{ ...span, index: 0 }], sentences: [sentence], tokens };
}

const NO_QUOTES: readonly Quote[] = [];
const NO_NAMES: readonly string[] = [];
const NO_SPANS: readonly CriticSpan[] = [];

/** What the document says about one of its sentences, before the sentence is read. */
interface SentencePlace {
  /** Quotes that overlap the sentence. */
  readonly quotes: readonly Quote[];
  /** The document is a report quoting others (see `reportageMinShare`). */
  readonly reportage: boolean;
  readonly criticSpans: readonly Span[];
  /** The document answers a critic: the speakers stage names one (`criticsOf`), or an earlier sentence did. */
  readonly reply: boolean;
  /** The sentence is the document's last. */
  readonly lastLine: boolean;
  /** Critics named in earlier sentences, or null. */
  readonly criticNames: ReadonlySet<string> | null;
}

/** The sentence's quoted spans (of its own voice) and whether it belongs to a journalist's turn. */
function sentenceContext(
  info: VoiceInfo,
  { quotes, reportage, criticSpans, reply, lastLine, criticNames }: SentencePlace,
): SentenceContext {
  const quoted: Span[] = [];
  let questionTurn = false;
  for (const quote of quotes) {
    if (quote.kind === 'transcript' && quote.question === true) questionTurn = true;
    if (info.voice !== AUTHOR && (quote.canonical === null || quote.canonical === info.voice))
      quoted.push(quote.content);
  }
  const voiced = info.voice !== AUTHOR && !info.nonClaimVoice;
  return {
    ownSide: info.ownSide,
    quoted,
    questionTurn,
    nonClaimVoice: info.nonClaimVoice,
    voiced,
    reporter: info.voice === AUTHOR && reportage,
    criticSpans,
    reply,
    lastLine,
    criticNames: criticNames !== null && !criticNames.has(info.voice.toLowerCase()) ? criticNames : null,
  };
}

/**
 * Critics named in an analysed sentence: a capitalised name right before a criticism word
 * (`Ruritania's accusations`) or after `from`/`by` following one (`criticism from Ruritania`).
 * They count in the sentences after it.
 */
function addNamedCritics(analysis: SentenceAnalysis, names: Set<string> | null): Set<string> | null {
  const words = analysis.words;
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.criticWord) continue;
    const before = words[i - 1];
    if (i > 1 && before && before.word && before.flags & CAPITALIZED)
      (names ??= new Set()).add(lexiconForm(before.norm));
    const by = words[i + 1];
    const name = words[i + 2];
    if (by && name && (by.norm === 'from' || by.norm === 'by') && name.word && name.flags & CAPITALIZED)
      (names ??= new Set()).add(lexiconForm(name.norm));
  }
  return names;
}

interface CriticSpan extends Span {
  /** The actor's name, so that a critic's own sentences do not count as replies to itself. */
  readonly actor: string;
}

/**
 * The parties a document answers: actors of the speakers stage's output named within a few
 * words of a criticism word (`the US-led criticism`, `accusations from Ruritania`,
 * `Ruritania's report`). Every mention of such an actor is returned, in text order.
 */
function criticsOf(doc: Doc, attribution: ClaimAttribution | undefined): CriticSpan[] {
  const lex = lexicon();
  const out: CriticSpan[] = [];
  const actors = attribution?.actors;
  if (!actors || actors.length === 0) return out.sort((a, b) => a.start - b.start || a.end - b.end);
  const columns = tokenColumnsOf(doc);
  const { length, starts } = columns;
  for (const actor of actors) {
    if (actor.type === 'author' || actor.type === 'person') continue;
    const critic = actor.mentionSpans.some((span) => {
      const first = tokenAt(columns, span.start);
      let last = first;
      while (last + 1 < length && starts[last + 1]! < span.end) last++;
      return (
        criticWordNear(columns, last, 1, lex.criticReach, false) ||
        criticWordNear(columns, first, -1, lex.criticReach, true)
      );
    });
    if (critic) for (const span of actor.mentionSpans) out.push({ ...span, actor: actor.name });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A criticism word the actor makes: within `reach` words after the actor's name (`Ruritania's
 * accusations`, `the US-led criticism`, `Ruritania criticised`), or before it when the actor is
 * its agent (`criticism from Ruritania`, `accusations by Ruritania`) rather than its target
 * (`criticism of Ruritania`).
 */
function criticWordNear(
  columns: TokenColumns,
  from: number,
  step: number,
  reach: number,
  needsAgent: boolean,
): boolean {
  const lex = lexicon();
  let agent = false;
  const { length, sentences, forms } = columns;
  const sentence = sentences[from]!;
  for (let i = from + step, seen = 0; i >= 0 && i < length && seen < reach; i += step) {
    const token = forms[i]!;
    // A headline has no full stop: the sentence index, not punctuation, bounds the search.
    if (sentences[i] !== sentence) return false;
    if (token.kind !== 'word') {
      if (token.text === '.' || token.text === '?' || token.text === '!' || token.text === ';') return false;
      continue;
    }
    if (lex.criticWords.has(token.norm)) return !needsAgent || agent;
    if (token.norm === 'from' || token.norm === 'by') agent = true;
    seen++;
  }
  return false;
}

/** Index of the first token ending after `offset`. */
function tokenAt(columns: TokenColumns, offset: number): number {
  const { starts, forms } = columns;
  let lo = 0;
  let hi = columns.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! + forms[mid]!.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The critics' mentions inside `sentence`, unless the critic itself speaks. `critics` is sorted by
 * start: the search begins at the sentence (a binary search) and stops past it, so a long document
 * with many mentions costs a few steps per sentence, not a pass over every mention.
 */
function criticSpansIn(critics: readonly CriticSpan[], sentence: Sentence, voice: string): readonly Span[] {
  let out: Span[] | null = null;
  for (let k = firstAtOrAfter(critics, sentence.start, spanStart); k < critics.length; k++) {
    const span = critics[k]!;
    if (span.start >= sentence.end) break;
    if (span.end > sentence.end || span.actor === voice) continue;
    (out ??= []).push(span);
  }
  return out ?? NO_SPANS;
}

const spanStart = (span: Span) => span.start;

/**
 * The speaker's own side: its name and aliases, plus the country words its role or name
 * points to (`Chinese Foreign Ministry Spokesperson` → China, Beijing) and any given words.
 */
/** The voice's own side: its name and aliases (or, for the author, the issuer's names), its role's words and the user's extra names. */
function voiceOwnSide(
  voice: string,
  attribution: ClaimAttribution | undefined,
  extra: readonly string[] | undefined,
  issuer: readonly string[],
): OwnSide | null {
  const speaker = attribution?.speakers?.find((s) => s.canonical === voice);
  const names = voice === AUTHOR ? issuer : [voice, ...(speaker?.aliases ?? [])];
  return ownSideOf(names, speaker?.role ?? null, extra);
}

/** What decides every sentence of a document: the model (or none), how it combines with the rules, and the calibration. */
interface Decider {
  readonly model: ClaimModel | null;
  readonly combination: Combination;
  readonly calibration: Calibration | null;
}

/**
 * The sentence's claim: the rules decide when they are sure; otherwise the model, mixed with
 * the rules where they have evidence; with evidence from neither, `other` at low confidence.
 */
function decide(
  { analysis, voice, rules: ruleScores }: ReadSentence,
  neighbours: Neighbours,
  { model, combination, calibration }: Decider,
): Claim {
  const decision = combineDecision(
    ruleScores.scores,
    model && (() => predictSentence(model, analysis, ruleScores, voice, neighbours)),
    combination,
  );
  return {
    sentence: analysis.sentence.index,
    type: decision.type,
    confidence: round(calibrate(calibration, decision.source, decision.confidence)),
    alternatives: decision.distribution ? alternativesOf(decision.distribution, decision.type, analysis.reply) : [],
    evidence: ruleScores.evidence,
    speaker: voice,
    source: decision.source,
  };
}

export type Combination = Pick<ClassifyOptions, 'ruleThreshold' | 'ruleWeight'>;

/** A sentence's type before calibration, and the distribution its alternatives come from. */
export interface Decision {
  readonly type: ClaimType;
  /** Raw confidence, before calibration. */
  readonly confidence: number;
  readonly source: Claim['source'];
  readonly distribution: number[] | null;
}

/**
 * How the rules' scores (indexed like CLAIM_TYPES) and the model combine: the rules decide when
 * they are sure (confidence ≥ `ruleThreshold`, not tied); otherwise the model's distribution,
 * mixed with the rules' by `ruleWeight` where they have evidence. `model` is asked only when
 * needed, so that confident rule decisions cost no model pass. Exported so that evaluation can
 * try settings on stored scores and distributions without reading the documents again.
 */
export function combineDecision(scores: number[], model: (() => number[]) | null, options: Combination = {}): Decision {
  const rules = ruleDecision(scores);
  const threshold = options.ruleThreshold ?? DEFAULT_RULE_THRESHOLD;
  const rulesDecide = rules !== null && rules.confidence >= threshold && !rules.tied;
  const modelDist = model && !rulesDecide ? model() : null;
  if (rules && !modelDist)
    return {
      type: CLAIM_TYPES[rules.top]!,
      confidence: rules.confidence,
      source: 'rules',
      distribution: shares(scores, rules.total),
    };
  if (!modelDist) return { type: 'other', confidence: NO_EVIDENCE_CONFIDENCE, source: 'none', distribution: null };
  // Neither the rules nor the model have evidence: `other`, unsure, with the model's best guesses as alternatives.
  if (!rules && Math.max(...modelDist) < MODEL_ONLY_MIN_PROBABILITY)
    return { type: 'other', confidence: NO_EVIDENCE_CONFIDENCE, source: 'none', distribution: modelDist };
  const distribution = rules
    ? mix(ruleDistribution(scores, rules.total), modelDist, options.ruleWeight ?? DEFAULT_RULE_WEIGHT)
    : modelDist;
  const top = argmax(distribution);
  return {
    type: CLAIM_TYPES[top]!,
    confidence: rules ? distribution[top]! : distribution[top]! * MODEL_ONLY_CONFIDENCE_SCALE,
    source: rules ? 'rules+model' : 'model',
    distribution,
  };
}

interface RuleDecision {
  readonly top: number;
  readonly tied: boolean;
  readonly confidence: number;
  readonly total: number;
}

function ruleDecision(scores: number[]): RuleDecision | null {
  let total = 0;
  let top = 0;
  for (let i = 0; i < scores.length; i++) {
    total += scores[i]!;
    if (scores[i]! > scores[top]!) top = i;
  }
  if (total <= 0) return null;
  let second = 0;
  for (let i = 0; i < scores.length; i++) if (i !== top && scores[i]! > second) second = scores[i]!;
  const best = scores[top]!;
  return {
    top,
    total,
    tied: second === best,
    confidence: (best / (best + second)) * (1 - Math.exp(-best / RULE_SATURATION)),
  };
}

function shares(scores: number[], total: number): number[] {
  const out = zeros(scores.length);
  for (let i = 0; i < scores.length; i++) out[i] = scores[i]! / total;
  return out;
}

/**
 * The rule scores as a distribution to mix with the model's, keeping the rules' own uncertainty: RULE_SATURATION is
 * spread evenly over all types, so weak evidence (one tense cue) leaves most of the mass open
 * and strong evidence concentrates it.
 */
function ruleDistribution(scores: number[], total: number): number[] {
  const out = zeros(scores.length);
  const spread = RULE_SATURATION / scores.length;
  for (let i = 0; i < scores.length; i++) out[i] = (scores[i]! + spread) / (total + RULE_SATURATION);
  return out;
}

/** Index of the highest value; ties go to the earlier type in CLAIM_TYPES order. */
function argmax(values: number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

function mix(rules: number[], model: number[], ruleWeight: number): number[] {
  const out = zeros(rules.length);
  for (let i = 0; i < rules.length; i++) out[i] = ruleWeight * rules[i]! + (1 - ruleWeight) * model[i]!;
  return out;
}

/** The other types with a share of at least MIN_ALTERNATIVE_SCORE, best first, ties in CLAIM_TYPES order. */
function alternativesOf(distribution: number[], chosen: ClaimType, reply: boolean): Claim['alternatives'] {
  const out: { type: ClaimType; score: number }[] = [];
  for (let i = 0; i < CLAIM_TYPES.length; i++) {
    const type = CLAIM_TYPES[i]!;
    if (type !== chosen && distribution[i]! >= MIN_ALTERNATIVE_SCORE)
      out.push({ type, score: round(distribution[i]!) });
  }
  // A stable sort on score keeps CLAIM_TYPES order among equal scores.
  const ranked = out.length > 1 ? out.sort((a, b) => b.score - a.score).slice(0, MAX_ALTERNATIVES) : out;
  return reply ? withCounterReading(ranked, chosen) : ranked;
}

/**
 * In a document that answers a critic, a charge may be the answer itself: `accusation` or
 * `counter_accusation` depends on whom it hits, which the text often leaves to the reader (`As a
 * result, some problems are becoming even worse.`). Where one of the two is listed as an
 * alternative, the other reading is listed right after it, at the same share.
 */
function withCounterReading(
  alternatives: { type: ClaimType; score: number }[],
  chosen: ClaimType,
): Claim['alternatives'] {
  const at = alternatives.findIndex((a) => a.type === 'accusation' || a.type === 'counter_accusation');
  if (at < 0) return alternatives;
  const pair: ClaimType = alternatives[at]!.type === 'accusation' ? 'counter_accusation' : 'accusation';
  if (pair === chosen || alternatives.some((a) => a.type === pair)) return alternatives;
  const listed = [...alternatives];
  listed.splice(at + 1, 0, { type: pair, score: alternatives[at]!.score });
  return listed.slice(0, MAX_ALTERNATIVES);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
