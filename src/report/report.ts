import { basename } from 'node:path';
import { CLAIM_TYPES } from '../claims/types';
import type { Claim } from '../claims/types';
import { chartDivHtml, figureTitle } from '../charts/html';
import { claimLabel, evidenceLabel, LOW_CONFIDENCE, quoteKindLabel, voiceRuleLabel } from '../charts/labels';
import { AUTHOR, AUTHOR_COLOR, claimColor, compareCodeUnits, shade, speakerColors, tint } from '../charts/palette';
import { escapeHtml, escapeScriptJson, jsonForScript } from '../charts/text';
import type { Figure } from '../charts/types';
import type { Attribution, Quote, SentenceVoice } from '../speakers/types';
import type { Doc, Sentence } from '../text';
import { REPORT_SCRIPT, REPORT_STYLE } from './assets';
import { collect, mixSegmentsHtml, writePage } from './page';
import type { Write } from './page';
import { writeJson } from '../io';

/** What the report reads from an analysis (the pipeline's `Analysis` has all of it). */
export interface ReportAnalysis {
  readonly doc: Doc;
  readonly summary: { readonly words: number; readonly paragraphs: number; readonly sentences: number };
  readonly attribution: Attribution;
  readonly claims: readonly Claim[];
}

/** A chart shown below the text: the figure, and the files exported next to the report. */
export interface ReportChart {
  readonly name: string;
  readonly figure: Figure;
  /** Relative `src` of the chart's PNG: shown where scripts do not run, and in print. */
  readonly image?: string;
  /** Relative links to the chart's exported files (`top-terms.html`, `.png`, `.svg`). */
  readonly files?: readonly string[];
}

export interface ReportOptions {
  /** The document's charts, shown below the text (default none). */
  readonly charts?: readonly ReportChart[];
  /** `src` of the plotly bundle for the charts, relative to the report (see `reportPlotlySrc`). */
  readonly plotlySrc?: string;
  /** Links shown on top: the index, `analysis.json`, the CSVs. */
  readonly links?: readonly { readonly label: string; readonly href: string }[];
  /** Element id of the report root (default `dk-report`); give each report in one page its own. */
  readonly id?: string;
}

/** A mark inside a sentence: a quote's words, its speaker mention or cue, or claim evidence. */
interface Mark {
  readonly start: number;
  readonly end: number;
  readonly cls: string;
}

const percent = (part: number, whole: number): string => `${whole === 0 ? 0 : Math.round((100 * part) / whole)}%`;
const fixed = (value: number): string => (Math.round(value * 100) / 100).toFixed(2);

/** The voices of the document with their colours, the same assignment the charts make. */
function voiceColors(attribution: Attribution, claims: readonly Claim[]): Map<string, string> {
  return speakerColors([...attribution.speakers.map((s) => s.canonical), ...claims.map((c) => c.speaker), AUTHOR]);
}

/**
 * The annotated document as an HTML fragment: summary, legend, the text with every sentence
 * marked by claim type and voice, an empty filter bar and detail panel that the script fills,
 * and the data the script reads. It carries its own styles; the colours, margin labels and
 * underlines are static, so it reads the same without JavaScript.
 */
export function reportBodyHtml(analysis: ReportAnalysis, opts: ReportOptions = {}): string {
  return collect((write) => writeReportBody(write, analysis, opts));
}

/** `reportBodyHtml`, written piece by piece: the text and the data go out sentence by sentence. */
function writeReportBody(write: Write, analysis: ReportAnalysis, opts: ReportOptions): void {
  const { doc, attribution, claims } = analysis;
  const colors = voiceColors(attribution, claims);
  const voiceOf = new Map(attribution.voices.map((v) => [v.sentence, v]));
  const id = opts.id ?? 'dk-report';
  const quotesOf = quotesBySentence(doc, attribution.quotes);
  const article: ArticleContext = { doc, claims, colors, voiceOf, quotesOf };
  const sentenceData = doc.sentences.map((s) =>
    sentenceDetails(s, claims[s.index], voiceOf.get(s.index), quotesOf.get(s.index) ?? []),
  );
  const data = {
    sentences: sentenceData,
    voices: voiceList(attribution, claims).map((v) => ({ name: v, color: colors.get(v) ?? AUTHOR_COLOR })),
    types: presentTypes(claims).map((type) => ({ type, label: claimLabel(type), color: claimColor(type) })),
    low: LOW_CONFIDENCE,
  };
  write(
    [
      `<div class="dk-report" id="${escapeHtml(id)}">`,
      `<style>${REPORT_STYLE}</style>`,
      summaryHtml(analysis, colors),
      legendHtml(),
      '<div class="dk-filters" hidden></div>',
      '',
    ].join('\n'),
  );
  writeArticle(write, article);
  write(
    [
      '',
      '<aside class="dk-panel" hidden aria-live="polite"></aside>',
      opts.charts && opts.charts.length > 0 ? chartsHtml(opts.charts) : '',
      '<script type="application/json" class="dk-data">',
    ].join('\n'),
  );
  writeJson({ write: (json) => write(escapeScriptJson(json)) }, data);
  write(
    ['</script>', `<script>${REPORT_SCRIPT.replace('__ID__', () => jsonForScript(id))}</script>`, '</div>'].join('\n'),
  );
}

/** The voices of the report's filter, largest first, the author first of all. */
function voiceList(attribution: Attribution, claims: readonly Claim[]): string[] {
  const words = new Map(attribution.speakers.map((s) => [s.canonical, s.words]));
  const voices = [...new Set([AUTHOR, ...claims.map((c) => c.speaker)])];
  return voices.sort((a, b) =>
    a === AUTHOR ? -1 : b === AUTHOR ? 1 : (words.get(b) ?? 0) - (words.get(a) ?? 0) || compareCodeUnits(a, b),
  );
}

function presentTypes(claims: readonly Claim[]): string[] {
  const present = new Set<string>(claims.map((c) => c.type));
  return [
    ...CLAIM_TYPES.filter((t) => present.has(t)),
    ...[...present].filter((t) => !(CLAIM_TYPES as readonly string[]).includes(t)).sort(compareCodeUnits),
  ];
}

/** Index of the sentence holding offset `at` (the last sentence starting at or before it). */
function sentenceAt(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The quotes touching each sentence: by their content, speaker mention or cue. */
function quotesBySentence(doc: Doc, quotes: readonly Quote[]): Map<number, Quote[]> {
  const bySentence = new Map<number, Quote[]>();
  for (const q of quotes) {
    const touched = new Set<number>();
    for (const span of [q.content, q.speaker, q.cue]) {
      if (!span || doc.sentences.length === 0) continue;
      for (
        let i = sentenceAt(doc, span.start);
        i < doc.sentences.length && doc.sentences[i]!.start < Math.max(span.end, span.start + 1);
        i++
      )
        touched.add(i);
    }
    for (const i of touched) bySentence.set(i, [...(bySentence.get(i) ?? []), q]);
  }
  return bySentence;
}

/** What the detail panel shows for one sentence (plain text; the script sets it as text). */
function sentenceDetails(
  sentence: Sentence,
  claim: Claim | undefined,
  voice: Attribution['voices'][number] | undefined,
  quotes: readonly Quote[],
) {
  const type = claim?.type ?? 'other';
  return {
    n: sentence.index + 1,
    type,
    label: claimLabel(type),
    confidence: fixed(claim?.confidence ?? 0),
    low: (claim?.confidence ?? 0) < LOW_CONFIDENCE,
    source: claim?.source ?? 'none',
    alternatives: (claim?.alternatives ?? [])
      .filter((a) => a.type !== type)
      .slice(0, 4)
      .map((a) => ({ label: claimLabel(a.type), score: fixed(a.score) })),
    evidence: uniqueBy(
      (claim?.evidence ?? []).map((e) => ({
        cue: evidenceLabel(e),
        label: claimLabel(e.type),
        agrees: e.type === type,
      })),
      (e) => `${e.cue}\u0000${e.label}`,
    ),
    voice: voice?.voice ?? AUTHOR,
    rule: voiceRuleLabel(voice?.rule ?? 'author'),
    voiceConfidence: fixed(voice?.confidence ?? 0),
    quotes: quotes.map((q) => ({
      kind: quoteKindLabel(q.kind),
      speaker: q.canonical ?? q.speaker?.text ?? 'unresolved',
      mention: q.speaker?.text ?? '',
      cue: q.cue?.text ?? '',
    })),
  };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}

function summaryHtml(analysis: ReportAnalysis, colors: ReadonlyMap<string, string>): string {
  const { attribution, claims, summary, doc } = analysis;
  const quotes = attribution.quotes.filter((q) => q.kind !== 'reported').length;
  const voices = attribution.speakers
    .filter((s) => s.sentences > 0)
    .sort((a, b) => b.words - a.words || compareCodeUnits(a.canonical, b.canonical));
  const totalWords = voices.reduce((sum, s) => sum + s.words, 0);
  const reportedOnly = attribution.speakers.filter((s) => s.reportedOnly);
  const stats = [
    `${summary.sentences} sentence${summary.sentences === 1 ? '' : 's'}`,
    `${summary.words} words`,
    `${summary.paragraphs} paragraph${summary.paragraphs === 1 ? '' : 's'}`,
    `${quotes} quote${quotes === 1 ? '' : 's'}`,
  ];
  const speakerRows = voices.map((s) => {
    const color = colors.get(s.canonical) ?? AUTHOR_COLOR;
    const share = percent(s.words, totalWords);
    return (
      `<li><span class="dk-name"><span class="dk-dot" style="background:${color}"></span>${escapeHtml(s.canonical)}</span>` +
      `<span class="dk-bar"><span style="width:${share};background:${color}"></span></span>` +
      `<span class="dk-num">${share}</span></li>`
    );
  });
  const total = claims.length;
  const mix = presentTypes(claims).map((type) => ({ type, count: claims.filter((c) => c.type === type).length }));
  const mixBar = mixSegmentsHtml(mix, total);
  return [
    '<section class="dk-summary" aria-label="Summary">',
    `<p class="dk-stats">${stats.map(escapeHtml).join(' · ')}${doc.source ? ` · <span class="dk-source">${escapeHtml(basename(doc.source))}</span>` : ''}</p>`,
    '<div class="dk-cols">',
    `<div><h2>Who speaks</h2><p class="dk-note">share of the words</p><ul class="dk-shares">${speakerRows.join('')}</ul>`,
    reportedOnly.length > 0
      ? `<p class="dk-note">Reported, never given words: ${reportedOnly.map((s) => escapeHtml(s.canonical)).join(', ')}</p>`
      : '',
    '</div>',
    `<div><h2>What is claimed</h2><p class="dk-note">claim type of each sentence</p><div class="dk-mix" role="img" aria-label="${escapeHtml(mix.map((m) => `${claimLabel(m.type)} ${m.count}`).join(', '))}">${mixBar}</div>`,
    `<p class="dk-mixlist">${mix.map(({ type, count }) => `<span class="dk-key" style="background:${tint(claimColor(type), 0.78)};border-left-color:${claimColor(type)}">${escapeHtml(claimLabel(type))} <span class="dk-num">${count}</span></span>`).join(' ')}</p>`,
    '</div>',
    '</div>',
    '</section>',
  ].join('\n');
}

function legendHtml(): string {
  return [
    '<details class="dk-legend" open><summary>How to read the text</summary>',
    '<ul>',
    '<li>Each sentence is coloured by its <b>claim type</b>, with the colours and counts of <i>What is claimed</i> above (the same colours as every chart).</li>',
    '<li>The margin names the sentence\'s <b>voice</b> (who makes the claim; <span style="color:#767676">author</span> is the outlet itself) and its claim type.</li>',
    '<li><span class="dk-q dk-q-direct">Direct quotes</span> are underlined, <span class="dk-q dk-q-indirect">reported speech</span> dashed, <span class="dk-q dk-q-reported">speech acts reported without their words</span> dotted; the <span class="dk-qs">speaker mention</span> is bold and the <span class="dk-qc">reporting cue</span> shaded in italics.</li>',
    `<li><span class="dk-key dk-lowkey">Dashed band</span>: the type is uncertain (confidence below ${LOW_CONFIDENCE}). Hover or tap a sentence for its confidence, alternatives, voice and the <span class="dk-evkey">evidence cues</span>, highlighted in place.</li>`,
    '</ul>',
    '</details>',
  ].join('\n');
}

/** What marking up the document's sentences reads, looked up once per report. */
interface ArticleContext {
  readonly doc: Doc;
  /** One claim per sentence, in sentence order. */
  readonly claims: readonly Claim[];
  /** Each voice's colour, as the charts assign them. */
  readonly colors: ReadonlyMap<string, string>;
  readonly voiceOf: ReadonlyMap<number, SentenceVoice>;
  readonly quotesOf: ReadonlyMap<number, readonly Quote[]>;
}

/** The document's text, paragraph by paragraph, each sentence marked (`sentenceHtml`); the text between sentences as it is. */
function writeArticle(write: Write, ctx: ArticleContext): void {
  const { doc, voiceOf } = ctx;
  write('<article class="dk-text" lang="en">');
  let at = 0;
  const gap = (to: number): void => {
    if (to > at) write(escapeHtml(doc.text.slice(at, to)));
    at = Math.max(at, to);
  };
  let previousVoice: string | null = null;
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of doc.sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  for (const [paragraph, sentences] of [...byParagraph].sort((a, b) => a[0] - b[0])) {
    gap(sentences[0]!.start);
    const headline = sentences.every((s) => s.headline);
    write(`<div class="dk-p${headline ? ' dk-h' : ''}" data-p="${paragraph}">`);
    for (const sentence of sentences) {
      gap(sentence.start);
      const voice = voiceOf.get(sentence.index)?.voice ?? AUTHOR;
      write(sentenceHtml(ctx, sentence, voice, voice === previousVoice));
      previousVoice = voice;
      at = sentence.end;
    }
    write('</div>');
  }
  gap(doc.text.length);
  write('</article>');
}

/** One sentence as a block coloured by its claim type, its voice and type in the margin; `sameVoice`: the voice of the sentence before (class `dk-same`). */
function sentenceHtml(ctx: ArticleContext, sentence: Sentence, voice: string, sameVoice: boolean): string {
  const { doc, colors } = ctx;
  const claim: Claim | undefined = ctx.claims[sentence.index];
  const quotes = ctx.quotesOf.get(sentence.index) ?? [];
  const type = claim?.type ?? 'other';
  const confidence = claim?.confidence ?? 0;
  const low = confidence < LOW_CONFIDENCE;
  const color = claimColor(type);
  const voiceColor = voice === AUTHOR ? '#767676' : shade(colors.get(voice) ?? AUTHOR_COLOR, 0.35);
  const cues = (claim?.evidence ?? []).filter((e) => e.type === type).map((e) => evidenceLabel(e));
  const title = [
    `Sentence ${sentence.index + 1}: ${claimLabel(type)} (confidence ${fixed(confidence)}${low ? ', low' : ''})`,
    `voice: ${voice}`,
    cues.length > 0 ? `cues: ${[...new Set(cues)].join(', ')}` : 'no cue',
  ].join(' · ');
  const style = `background:${tint(color, low ? 0.88 : 0.78)};border-left:5px ${low ? 'dashed' : 'solid'} ${color}`;
  return (
    `<div class="dk-s${sameVoice ? ' dk-same' : ''}" id="dk-s${sentence.index}" data-i="${sentence.index}" data-type="${escapeHtml(type)}" data-voice="${escapeHtml(voice)}"${low ? ' data-low=""' : ''} tabindex="0" style="${style}" title="${escapeHtml(title)}">` +
    `<span class="dk-vm" style="color:${voiceColor}"><b>${escapeHtml(voice)}</b> <i>${escapeHtml(claimLabel(type))}</i></span>` +
    `<span class="dk-st">${markedText(doc, sentence, claim, quotes)}</span>` +
    '</div>'
  );
}

/** The sentence's text with its quote, speaker, cue and evidence marks as non-overlapping spans. */
function markedText(doc: Doc, sentence: Sentence, claim: Claim | undefined, quotes: readonly Quote[]): string {
  const { start, end } = sentence;
  const marks: Mark[] = [];
  const add = (from: number, to: number, cls: string): void => {
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (b > a) marks.push({ start: a, end: b, cls });
  };
  for (const q of quotes) {
    add(
      q.content.start,
      q.content.end,
      `dk-q dk-q-${q.kind === 'direct' ? 'direct' : q.kind === 'reported' ? 'reported' : 'indirect'}`,
    );
    if (q.speaker) add(q.speaker.start, q.speaker.end, 'dk-qs');
    if (q.cue) add(q.cue.start, q.cue.end, 'dk-qc');
  }
  for (const e of claim?.evidence ?? [])
    if (!/^(tense|declarative|number|time|question|title|heading|lead-in|sign-off|voice:)/.test(e.rule))
      add(e.start, e.end, e.type === claim!.type ? 'dk-evm' : 'dk-evo');
  if (marks.length === 0) return escapeHtml(doc.text.slice(start, end));
  const cuts = [...new Set([start, end, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    let classes = '';
    for (const m of marks)
      if (m.start <= a && m.end >= b && !classes.includes(m.cls)) classes += classes === '' ? m.cls : ` ${m.cls}`;
    const text = escapeHtml(doc.text.slice(a, b));
    html += classes === '' ? text : `<span class="${classes}">${text}</span>`;
  }
  return html;
}

function chartsHtml(charts: readonly ReportChart[]): string {
  return [
    '<section class="dk-charts"><h2>The document in charts</h2>',
    ...charts.map((chart) => {
      const title = figureTitle(chart.figure);
      const div = chartDivHtml(chart.figure, {
        idSalt: `report-${chart.name}`,
        ...(chart.image ? { fallbackImage: { src: chart.image, alt: title } } : {}),
      });
      const files = (chart.files ?? []).map(
        (href) =>
          `<a href="${escapeHtml(href)}">${escapeHtml(href.slice(href.lastIndexOf('.') + 1).toUpperCase())}</a>`,
      );
      return `<figure class="dk-chart"><div class="dk-scroll">${div}</div><figcaption>${escapeHtml(title)}${files.length > 0 ? ` · ${files.join(' ')}` : ''}</figcaption></figure>`;
    }),
    '</section>',
  ].join('\n');
}

/** The whole report page: the annotated document, its charts, and links to the other files. */
export function reportHtml(analysis: ReportAnalysis, opts: ReportOptions = {}): string {
  return collect((write) => writeReportPage(write, analysis, opts));
}

/** `reportHtml`, written piece by piece (see `writeReport`): a long document's page never exists as one string. */
export function writeReportPage(write: Write, analysis: ReportAnalysis, opts: ReportOptions = {}): void {
  const { doc } = analysis;
  const name = doc.source ? basename(doc.source) : 'document';
  const title = doc.headline?.text ?? name;
  const links = opts.links ?? [];
  writePage(write, `${title} · discourse-kit report`, PAGE_STYLE, (w) => {
    w(
      `<nav class="dk-nav">${links.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>`).join(' ')}<span>discourse-kit report · ${escapeHtml(name)}</span></nav>\n`,
    );
    writeReportBody(w, analysis, opts);
    w(
      `\n${opts.charts && opts.charts.length > 0 && opts.plotlySrc ? `<script src="${escapeHtml(opts.plotlySrc)}"></script>` : ''}`,
    );
  });
}

const PAGE_STYLE = [
  'html{-webkit-text-size-adjust:100%}',
  "body{margin:0 auto;max-width:1180px;padding:12px 20px 40px;font:16px/1.55 Georgia,'DejaVu Serif',serif;color:#222;background:#fff}",
  ".dk-nav{display:flex;flex-wrap:wrap;gap:4px 14px;align-items:baseline;font:13px/1.4 'Liberation Sans',Arial,sans-serif;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px;margin-bottom:8px}",
  '.dk-nav span{margin-left:auto;overflow-wrap:anywhere}',
  '.dk-nav a{color:#1f4e79}',
  '@media (max-width:640px){body{padding:8px 10px 30px}.dk-nav span{margin-left:0}}',
  '@media print{.dk-nav{display:none}body{max-width:none;padding:0}}',
].join('\n');
