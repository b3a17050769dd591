export type { Figure, Layout, NamedFigure, Trace } from './types';
export { dispersionFigure, keynessFigure, topNgramsFigure, topTermsFigure, trendsFigure } from './vocabulary';
export type {
  DispersionInput,
  KeynessInput,
  KeynessOptions,
  RankedOptions,
  RankedTerm,
  TrendInput,
  TrendOptions,
} from './vocabulary';
export { actorsFigure, quotesTable, shareOfVoiceFigure, speakerTermsFigure, voiceStripFigure } from './speakers';
export type {
  ActorMentions,
  ActorsOptions,
  QuoteRow,
  QuotesTableOptions,
  SpeakerTerms,
  SpeakerTermsOptions,
  VoicedSentence,
  VoiceShare,
} from './speakers';
export { claimEvidenceFigure, claimMixFigure, claimsBySpeakerFigure, claimTimelineFigure } from './claims';
export type { ClaimedSentence, ClaimEvidenceOptions, EvidencedClaim, SpeakerClaim } from './claims';
export type { FigureOptions } from './layout';
export { AUTHOR, AUTHOR_COLOR, claimColor, paletteColor, shade, speakerColors, tint } from './palette';
export { claimLabel, evidenceLabel, LOW_CONFIDENCE, quoteKindLabel, voiceRuleLabel } from './labels';
export { escapeHtml, hoverText, jsonForScript, plotlyText, truncate } from './text';
export {
  chartDivHtml,
  chartPageHtml,
  figureId,
  figureTitle,
  plotlyBundle,
  plotlyBundlePath,
  plotlyVersion,
  sealFigures,
} from './html';
export { ChartRenderer, findChromium, NO_CHROMIUM_HINT, openChartRenderer, renderImages, stableSvg } from './render';
export type { FigureRenderer, RenderedImage, RenderOptions } from './render';
export { copyBundleIfStale, exportCharts, PLOTLY_FILE } from './export';
export type { ChartFormat, ExportOptions, ExportResult } from './export';
export { safeFileName, uniqueSafeNames } from '../io';
export {
  closeDisplay,
  displayHtml,
  init,
  kwicHtml,
  plotlyBundleHtml,
  show,
  showKwic,
  showTable,
  tableHtml,
} from './display';
export type { ConcordanceLine, TableLike, TableOptions } from './display';
export { claimCharts, speakerCharts, vocabularyCharts } from './sets';
export type { ClaimData, SpeakerData, VocabularyData } from './sets';
export {
  claimMixByGroupFigure,
  corpusCharts,
  corpusTrendsFigure,
  groupKeynessFigure,
  keynessExtremes,
  speakerHeatmapFigure,
} from './corpus';
export type { CorpusChartData, GroupClaimShare, PeriodValue, ShareMatrixInput } from './corpus';
