import { CLAIM_TYPES } from '../claims';
import { baseLayout, countTicks, DEFAULT_WIDTH, rowAxis, rowsHeight, round, type FigureOptions, maxOf } from './layout';
import { claimLabel, evidenceLabel, LOW_CONFIDENCE } from './labels';
import { AUTHOR, claimColor, compareCodeUnits, speakerColors } from './palette';
import { hoverText, plotlyText, truncate } from './text';
import type { Figure, Trace } from './types';

/** The taxonomy order, then any type the input has that the taxonomy lacks (first seen first). */
function typeOrder(types: Iterable<string>): string[] {
  const order: string[] = [...CLAIM_TYPES];
  for (const type of types) if (!order.includes(type)) order.push(type);
  return order;
}

function voiceOrder(voices: Iterable<string>): string[] {
  return [...new Set(voices)].sort((a, b) => (a === AUTHOR ? -1 : b === AUTHOR ? 1 : compareCodeUnits(a, b)));
}

/** A sentence with its claim and the voice that makes it. */
export interface ClaimedSentence {
  readonly index: number;
  readonly text: string;
  readonly claim: { readonly type: string; readonly confidence: number };
  readonly voice: string;
}

/**
 * The claims in reading order: x = sentence, y = claim type (the types the document has, in
 * taxonomy order), colour = who makes the claim, marker size = confidence; a claim below
 * `LOW_CONFIDENCE` is drawn faint. Hovering shows the sentence.
 */
export function claimTimelineFigure(sentences: readonly ClaimedSentence[], opts: FigureOptions = {}): Figure {
  const present = new Set(sentences.map((s) => s.claim.type));
  const types = typeOrder(present).filter((type) => present.has(type));
  const voices = voiceOrder(sentences.map((s) => s.voice));
  const colors = speakerColors(voices);
  // Each voice's sentences in reading order, gathered in one pass (a long document has hundreds of voices).
  const byVoice = new Map<string, ClaimedSentence[]>(voices.map((voice) => [voice, []]));
  for (const s of sentences) byVoice.get(s.voice)!.push(s);
  const traces: Trace[] = voices.map((voice) => {
    const members = byVoice.get(voice)!;
    return {
      type: 'scatter',
      mode: 'markers',
      name: plotlyText(voice),
      x: members.map((s) => s.index + 1),
      y: members.map((s) => types.indexOf(s.claim.type)),
      marker: {
        color: colors.get(voice),
        size: members.map((s) => markerSize(s.claim.confidence)),
        opacity: members.map((s) => (s.claim.confidence < LOW_CONFIDENCE ? 0.3 : 1)),
        line: { color: '#ffffff', width: 1 },
      },
      hovertext: members.map(
        (s) =>
          `<b>sentence ${s.index + 1} · ${plotlyText(voice)}</b><br>${plotlyText(claimLabel(s.claim.type))} (confidence ${round(s.claim.confidence)}${s.claim.confidence < LOW_CONFIDENCE ? ', low' : ''})<br>${hoverText(s.text)}`,
      ),
      hoverinfo: 'text',
    };
  });
  const height = opts.height ?? Math.max(300, types.length * 30 + 190);
  return {
    data: traces,
    layout: baseLayout(opts.title ?? 'Claims through the text', opts.width ?? DEFAULT_WIDTH, height, {
      margin: { l: 170, r: 30, t: 60, b: 110 },
      xaxis: {
        title: { text: 'sentence' },
        gridcolor: '#eeeeee',
        zeroline: false,
        rangemode: 'tozero',
        ...countTicks(maxOf(sentences.map((s) => s.index + 1))),
      },
      yaxis: rowAxis(types.map((type) => plotlyText(claimLabel(type)))),
      legend: { orientation: 'h', x: 0, xanchor: 'left', y: 0, yref: 'container', yanchor: 'bottom' },
      annotations: [
        {
          text: `marker size = confidence (small ≈ 0, large = 1)<br>faint = below ${LOW_CONFIDENCE}: check these first`,
          align: 'right',
          xref: 'paper',
          x: 1,
          xanchor: 'right',
          yref: 'paper',
          y: 1,
          yanchor: 'bottom',
          yshift: 8,
          showarrow: false,
          font: { size: 11, color: '#666666' },
        },
      ],
    }),
  };
}

function markerSize(confidence: number): number {
  return round(7 + 9 * Math.min(1, Math.max(0, confidence)), 1);
}

/** A claim's type and who makes it. */
export interface SpeakerClaim {
  readonly speaker: string;
  readonly type: string;
}

/** Stacked bars: for each speaker, how many claims of each type. */
export function claimsBySpeakerFigure(claims: readonly SpeakerClaim[], opts: FigureOptions = {}): Figure {
  const totals = new Map<string, number>();
  // Counted in one pass, speaker by type: a long document has thousands of claims and speakers.
  const byType = new Map<string, Map<string, number>>();
  for (const c of claims) {
    totals.set(c.speaker, (totals.get(c.speaker) ?? 0) + 1);
    let types = byType.get(c.speaker);
    if (!types) byType.set(c.speaker, (types = new Map()));
    types.set(c.type, (types.get(c.type) ?? 0) + 1);
  }
  const speakers = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || compareCodeUnits(a, b));
  const present = new Set(claims.map((c) => c.type));
  const traces: Trace[] = typeOrder(present)
    .filter((type) => present.has(type))
    .map((type) => {
      const counts = speakers.map((s) => byType.get(s)!.get(type) ?? 0);
      return {
        type: 'bar',
        orientation: 'h',
        name: plotlyText(claimLabel(type)),
        x: counts,
        y: speakers.map(plotlyText),
        marker: { color: claimColor(type) },
        hovertext: speakers.map(
          (s, i) => `<b>${plotlyText(s)}</b><br>${plotlyText(claimLabel(type))}: ${counts[i]} of ${totals.get(s)}`,
        ),
        hoverinfo: 'text',
      };
    });
  return {
    data: traces,
    layout: baseLayout(
      opts.title ?? 'Claims by speaker',
      opts.width ?? DEFAULT_WIDTH,
      opts.height ?? rowsHeight(speakers.length, 30, 200),
      {
        barmode: 'stack',
        margin: { l: 200, r: 30, t: 60, b: 50 },
        xaxis: { title: { text: 'sentences' }, gridcolor: '#eeeeee', ...countTicks(maxOf(totals.values())) },
        yaxis: { type: 'category', autorange: 'reversed', automargin: true, ticklabelstandoff: 6 },
        legend: { traceorder: 'normal' },
      },
    ),
  };
}

/** The whole document's claim mix: one bar per type in taxonomy order, as a share of sentences. */
export function claimMixFigure(claims: readonly { readonly type: string }[], opts: FigureOptions = {}): Figure {
  const types = typeOrder(claims.map((c) => c.type));
  const counts = types.map((type) => claims.filter((c) => c.type === type).length);
  const total = claims.length || 1;
  const bars: Trace = {
    type: 'bar',
    orientation: 'h',
    x: counts,
    y: types.map((type) => plotlyText(claimLabel(type))),
    marker: { color: types.map(claimColor) },
    text: counts.map((n) => (n > 0 ? `${round((100 * n) / total, 1)}%` : '')),
    textposition: 'outside',
    cliponaxis: false,
    hovertext: types.map(
      (t, i) =>
        `<b>${plotlyText(claimLabel(t))}</b><br>${counts[i]} sentences (${round((100 * counts[i]!) / total, 1)}%)`,
    ),
    hoverinfo: 'text',
  };
  return {
    data: [bars],
    layout: baseLayout(
      opts.title ?? 'Claim mix',
      opts.width ?? DEFAULT_WIDTH,
      opts.height ?? rowsHeight(types.length, 26, 120),
      {
        margin: { l: 170, r: 60, t: 60, b: 50 },
        // Room right of the longest bar for its value label.
        xaxis: {
          title: { text: 'sentences' },
          gridcolor: '#eeeeee',
          range: [0, maxOf(counts, 1) * 1.18],
          ...countTicks(maxOf(counts)),
        },
        yaxis: { type: 'category', autorange: 'reversed', automargin: true, ticklabelstandoff: 6 },
        showlegend: false,
      },
    ),
  };
}

/** A classified sentence with the evidence (lexicon cues, rules) behind it. */
export interface EvidencedClaim {
  readonly type: string;
  /** `text` is the matched words; the chart shows them (`their own human rights problems`), not the rule key. */
  readonly evidence: readonly { readonly type: string; readonly rule: string; readonly text?: string }[];
}

export interface ClaimEvidenceOptions extends FigureOptions {
  /** Cues shown per claim type (default 5). */
  readonly top?: number;
}

/**
 * Which cues decided each claim type: for every type, its most frequent cues (the words matched,
 * lower-cased) among the evidence that agrees with the sentence's final type.
 */
export function claimEvidenceFigure(claims: readonly EvidencedClaim[], opts: ClaimEvidenceOptions = {}): Figure {
  const top = opts.top ?? 5;
  const counts = new Map<string, Map<string, number>>();
  for (const claim of claims) {
    for (const e of claim.evidence) {
      if (e.type !== claim.type) continue;
      const cues = counts.get(e.type) ?? new Map<string, number>();
      const cue = evidenceLabel(e);
      cues.set(cue, (cues.get(cue) ?? 0) + 1);
      counts.set(e.type, cues);
    }
  }
  const rows: { type: string; cue: string; count: number }[] = [];
  let hidden = 0;
  let all = 0;
  for (const type of typeOrder(counts.keys())) {
    const cues = counts.get(type);
    if (!cues) continue;
    const ranked = [...cues].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]));
    all += ranked.length;
    hidden += Math.max(0, ranked.length - top);
    for (const [cue, count] of ranked.slice(0, top)) rows.push({ type, cue, count });
  }
  const labels = rows.map((r) => `${plotlyText(truncate(r.cue, 40))} · ${plotlyText(claimLabel(r.type))}`);
  const bars: Trace = {
    type: 'bar',
    orientation: 'h',
    x: rows.map((r) => r.count),
    y: rows.map((_, i) => i),
    marker: { color: rows.map((r) => claimColor(r.type)) },
    hovertext: rows.map(
      (r) => `<b>${plotlyText(claimLabel(r.type))}</b><br>“${plotlyText(r.cue)}”: ${r.count} sentences`,
    ),
    hoverinfo: 'text',
  };
  const title = opts.title ?? 'Evidence behind each claim type';
  return {
    data: [bars],
    layout: baseLayout(
      hidden > 0 ? `${title} (first ${top} cues per type: ${rows.length} of ${all})` : title,
      opts.width ?? DEFAULT_WIDTH,
      opts.height ?? rowsHeight(rows.length, 22, 120),
      {
        margin: { l: 300, r: 30, t: 60, b: 50 },
        xaxis: {
          title: { text: 'sentences' },
          gridcolor: '#eeeeee',
          rangemode: 'tozero',
          ...countTicks(maxOf(rows.map((r) => r.count))),
        },
        yaxis: rowAxis(labels),
        showlegend: false,
      },
    ),
  };
}
