import { AUTHOR } from './palette';
import {
  claimEvidenceFigure,
  claimMixFigure,
  claimsBySpeakerFigure,
  claimTimelineFigure,
  type EvidencedClaim,
} from './claims';
import {
  actorsFigure,
  quotesTable,
  shareOfVoiceFigure,
  voiceStripFigure,
  type ActorMentions,
  type QuoteRow,
  type VoiceShare,
} from './speakers';
import type { NamedFigure } from './types';
import {
  dispersionFigure,
  topNgramsFigure,
  topTermsFigure,
  trendsFigure,
  type DispersionInput,
  type RankedTerm,
  type TrendInput,
} from './vocabulary';

/**
 * The standard chart set of one document per stage, with the file names the CLI and the
 * notebooks export them under. Charts whose data is empty are left out.
 */

interface SentenceText {
  readonly index: number;
  readonly text: string;
}

export interface VocabularyData {
  readonly terms: readonly RankedTerm[];
  readonly ngrams: readonly (RankedTerm & { readonly n: number })[];
  readonly dispersion: readonly DispersionInput[];
  readonly trends: readonly TrendInput[];
}

export function vocabularyCharts(data: VocabularyData, opts: { readonly top?: number } = {}): NamedFigure[] {
  const top = opts.top ?? 20;
  const charts: NamedFigure[] = [];
  if (data.terms.length > 0) charts.push({ name: 'top-terms', figure: topTermsFigure(data.terms, { top }) });
  for (const [n, label] of [
    [2, 'bigrams'],
    [3, 'trigrams'],
  ] as const) {
    const rows = data.ngrams.filter((g) => g.n === n);
    if (rows.length > 0)
      charts.push({ name: `top-${label}`, figure: topNgramsFigure(rows, { top, title: `Top ${n}-word phrases` }) });
  }
  if (data.dispersion.length > 0) charts.push({ name: 'dispersion', figure: dispersionFigure(data.dispersion) });
  if (data.trends.length > 0) charts.push({ name: 'trends', figure: trendsFigure(data.trends) });
  return charts;
}

export interface SpeakerData {
  readonly sentences: readonly SentenceText[];
  readonly attribution: {
    readonly speakers: readonly VoiceShare[];
    readonly actors: readonly ActorMentions[];
    readonly quotes: readonly QuoteRow[];
    readonly voices: readonly { readonly sentence: number; readonly voice: string }[];
  };
}

export function speakerCharts(data: SpeakerData): NamedFigure[] {
  const { attribution } = data;
  const voiceOf = new Map(attribution.voices.map((v) => [v.sentence, v.voice]));
  const charts: NamedFigure[] = [
    { name: 'share-of-voice', figure: shareOfVoiceFigure(attribution.speakers) },
    {
      name: 'voice-strip',
      figure: voiceStripFigure(
        data.sentences.map((s) => ({ index: s.index, text: s.text, voice: voiceOf.get(s.index) ?? AUTHOR })),
      ),
    },
  ];
  if (attribution.quotes.length > 0) charts.push({ name: 'quotes', figure: quotesTable(attribution.quotes) });
  if (attribution.actors.length > 0)
    charts.push({ name: 'actors', figure: actorsFigure(attribution.actors, { top: 25 }) });
  return charts;
}

export interface ClaimData {
  readonly sentences: readonly SentenceText[];
  readonly claims: readonly (EvidencedClaim & {
    readonly sentence: number;
    readonly confidence: number;
    readonly speaker: string;
  })[];
}

export function claimCharts(data: ClaimData): NamedFigure[] {
  if (data.claims.length === 0) return [];
  const textOf = new Map(data.sentences.map((s) => [s.index, s.text]));
  const claimed = data.claims.map((c) => ({
    index: c.sentence,
    text: textOf.get(c.sentence) ?? '',
    claim: c,
    voice: c.speaker,
  }));
  return [
    { name: 'claim-timeline', figure: claimTimelineFigure(claimed) },
    { name: 'claims-by-speaker', figure: claimsBySpeakerFigure(data.claims) },
    { name: 'claim-mix', figure: claimMixFigure(data.claims) },
    { name: 'claim-evidence', figure: claimEvidenceFigure(data.claims) },
  ];
}
