import { baseLayout, countTicks, DEFAULT_WIDTH, firstOf, rowsHeight, round, type FigureOptions, maxOf } from './layout';
import { AUTHOR, compareCodeUnits, speakerColors } from './palette';
import { hoverText, plotlyText, truncate } from './text';
import type { Figure, Trace } from './types';

/** The fields of a speakers-stage `Speaker` the share-of-voice chart uses. */
export interface VoiceShare {
  readonly canonical: string;
  readonly words: number;
  readonly sentences: number;
}

/**
 * Share of voice: words and sentences carried by each voice, side by side, largest first.
 * Shares are of the voices given, so pass the author's row too for a whole-document view.
 */
export function shareOfVoiceFigure(speakers: readonly VoiceShare[], opts: FigureOptions = {}): Figure {
  const rows = [...speakers].sort(
    (a, b) => b.words - a.words || b.sentences - a.sentences || compareCodeUnits(a.canonical, b.canonical),
  );
  const colors = speakerColors(rows.map((r) => r.canonical));
  const totalWords = rows.reduce((sum, r) => sum + r.words, 0) || 1;
  const totalSentences = rows.reduce((sum, r) => sum + r.sentences, 0) || 1;
  const labels = rows.map((r) => plotlyText(r.canonical));
  const marker = { color: rows.map((r) => colors.get(r.canonical)) };
  const hover = rows.map(
    (r, i) =>
      `<b>${labels[i]}</b><br>${r.words} words (${round((100 * r.words) / totalWords, 1)}%)<br>${r.sentences} sentences (${round((100 * r.sentences) / totalSentences, 1)}%)`,
  );
  const words: Trace = {
    type: 'bar',
    orientation: 'h',
    name: 'words',
    x: rows.map((r) => round((100 * r.words) / totalWords, 1)),
    y: labels,
    marker,
    hovertext: hover,
    hoverinfo: 'text',
    xaxis: 'x',
    yaxis: 'y',
  };
  const sentences: Trace = {
    ...words,
    name: 'sentences',
    x: rows.map((r) => round((100 * r.sentences) / totalSentences, 1)),
    xaxis: 'x2',
  };
  return {
    data: [words, sentences],
    layout: baseLayout(
      opts.title ?? 'Share of voice',
      opts.width ?? DEFAULT_WIDTH,
      opts.height ?? rowsHeight(rows.length, 26, 150),
      {
        showlegend: false,
        margin: { l: 200, r: 30, t: 80, b: 50 },
        xaxis: { domain: [0, 0.47], title: { text: '% of words' }, gridcolor: '#eeeeee', rangemode: 'tozero' },
        xaxis2: { domain: [0.53, 1], title: { text: '% of sentences' }, gridcolor: '#eeeeee', rangemode: 'tozero' },
        yaxis: { type: 'category', autorange: 'reversed', automargin: true, ticklabelstandoff: 6 },
      },
    ),
  };
}

const STRIP_END_LABEL = {
  xref: 'paper',
  yref: 'paper',
  y: 0,
  yanchor: 'top',
  yshift: -4,
  showarrow: false,
  font: { color: '#888888' },
};

/** A sentence with the voice that carries it (canonical speaker or `author`). */
export interface VoicedSentence {
  readonly index: number;
  readonly text: string;
  readonly voice: string;
}

/**
 * The document as a strip of sentences, left to right, each as wide as its text and coloured
 * by its voice: where the outlet speaks and where it hands the floor to others.
 */
export function voiceStripFigure(sentences: readonly VoicedSentence[], opts: FigureOptions = {}): Figure {
  const ordered = [...sentences].sort((a, b) => a.index - b.index);
  const colors = speakerColors(ordered.map((s) => s.voice));
  const starts: number[] = [];
  let position = 0;
  for (const sentence of ordered) {
    starts.push(position);
    position += Math.max(1, sentence.text.length);
  }
  const byVoice = new Map<string, number[]>();
  ordered.forEach((s, i) => {
    const members = byVoice.get(s.voice);
    if (members) members.push(i);
    else byVoice.set(s.voice, [i]);
  });
  const voices = [...byVoice.keys()].sort((a, b) => (a === AUTHOR ? -1 : b === AUTHOR ? 1 : compareCodeUnits(a, b)));
  const traces: Trace[] = voices.map((voice) => {
    const members = byVoice.get(voice)!;
    return {
      type: 'bar',
      orientation: 'h',
      name: plotlyText(voice),
      base: members.map((i) => starts[i]),
      x: members.map((i) => Math.max(1, ordered[i]!.text.length)),
      y: members.map(() => 'text'),
      marker: { color: colors.get(voice), line: { color: '#ffffff', width: 1 } },
      hovertext: members.map(
        (i) => `<b>sentence ${ordered[i]!.index + 1} · ${plotlyText(voice)}</b><br>${hoverText(ordered[i]!.text)}`,
      ),
      hoverinfo: 'text',
    };
  });
  return {
    data: traces,
    layout: baseLayout(opts.title ?? 'Who speaks where', opts.width ?? DEFAULT_WIDTH, opts.height ?? 230, {
      barmode: 'overlay',
      margin: { l: 20, r: 20, t: 60, b: 40 },
      xaxis: { range: [0, Math.max(1, position)], showticklabels: false, showgrid: false, zeroline: false },
      annotations: [
        { text: 'start of the text', x: 0, xanchor: 'left', ...STRIP_END_LABEL },
        { text: 'end', x: 1, xanchor: 'right', ...STRIP_END_LABEL },
      ],
      yaxis: { showticklabels: false, showgrid: false },
      legend: { orientation: 'h', y: -0.3 },
    }),
  };
}

/** The most frequent terms of one speaker's sentences. */
export interface SpeakerTerms {
  readonly speaker: string;
  /** `display` is the surface form to show (`China` for `china`); defaults to `term`. */
  readonly terms: readonly { readonly term: string; readonly display?: string; readonly count: number }[];
}

export interface SpeakerTermsOptions extends FigureOptions {
  /** Terms per speaker (default 10). */
  readonly top?: number;
  /** Small multiples per row (default 3), so the figure keeps the width of the other charts. */
  readonly columns?: number;
}

/** Small multiples: each speaker's top terms as a bar chart, in rows of `columns` speakers. */
export function speakerTermsFigure(perSpeaker: readonly SpeakerTerms[], opts: SpeakerTermsOptions = {}): Figure {
  const top = opts.top ?? 10;
  const colors = speakerColors(perSpeaker.map((s) => s.speaker));
  const n = Math.max(1, perSpeaker.length);
  const columns = Math.max(1, Math.min(n, opts.columns ?? 3));
  const rows = Math.ceil(n / columns);
  const gap = 0.16;
  const width = (1 - gap * (columns - 1)) / columns;
  const rowGap = rows > 1 ? 0.12 / (rows - 1) : 0;
  const rowHeight = (1 - rowGap * (rows - 1)) / rows;
  const axes: Record<string, unknown> = {};
  const annotations: unknown[] = [];
  const traces: Trace[] = perSpeaker.map((entry, i) => {
    const suffix = i === 0 ? '' : String(i + 1);
    const from = (i % columns) * (width + gap);
    const top_ = 1 - Math.floor(i / columns) * (rowHeight + rowGap);
    const terms = entry.terms.slice(0, top);
    const labels = terms.map((t) => plotlyText(truncate(t.display ?? t.term, 18)));
    axes[`xaxis${suffix}`] = {
      domain: [from, from + width],
      anchor: `y${suffix}`,
      gridcolor: '#eeeeee',
      rangemode: 'tozero',
      ...countTicks(maxOf(terms.map((t) => t.count))),
    };
    axes[`yaxis${suffix}`] = {
      domain: [top_ - rowHeight, top_ - 0.04],
      anchor: `x${suffix}`,
      type: 'category',
      autorange: 'reversed',
      automargin: true,
      ticklabelstandoff: 4,
    };
    annotations.push({
      text: `<b>${plotlyText(truncate(entry.speaker, 28))}</b>`,
      x: from + width / 2,
      y: top_,
      xref: 'paper',
      yref: 'paper',
      xanchor: 'center',
      yanchor: 'bottom',
      showarrow: false,
    });
    return {
      type: 'bar',
      orientation: 'h',
      name: plotlyText(entry.speaker),
      x: terms.map((t) => t.count),
      y: labels,
      xaxis: `x${suffix}`,
      yaxis: `y${suffix}`,
      marker: { color: colors.get(entry.speaker) },
      hovertext: terms.map((t, k) => `<b>${labels[k]}</b><br>${t.count} × by ${plotlyText(entry.speaker)}`),
      hoverinfo: 'text',
    };
  });
  return {
    data: traces,
    layout: baseLayout(
      opts.title ?? 'Top terms by speaker',
      opts.width ?? DEFAULT_WIDTH,
      opts.height ?? rows * (top * 22 + 60) + 80,
      {
        showlegend: false,
        margin: { l: 110, r: 20, t: 80, b: 40 },
        annotations,
        ...axes,
      },
    ),
  };
}

/** The fields of a speakers-stage `Actor` the chart uses. */
export interface ActorMentions {
  readonly name: string;
  readonly mentions: number;
  readonly speaks: boolean;
}

export interface ActorsOptions extends FigureOptions {
  readonly top?: number;
}

/** Actors by mentions, split into those who get to speak and those only spoken about. */
export function actorsFigure(actors: readonly ActorMentions[], opts: ActorsOptions = {}): Figure {
  const ranked = [...actors].sort((a, b) => b.mentions - a.mentions || compareCodeUnits(a.name, b.name));
  const shown = opts.top === undefined ? ranked : ranked.slice(0, opts.top);
  const group = (speaks: boolean, name: string, color: string): Trace => {
    const members = shown.filter((a) => a.speaks === speaks);
    return {
      type: 'bar',
      orientation: 'h',
      name,
      x: members.map((a) => a.mentions),
      y: members.map((a) => plotlyText(a.name)),
      marker: { color },
      hovertext: members.map((a) => `<b>${plotlyText(a.name)}</b><br>${a.mentions} mentions<br>${name}`),
      hoverinfo: 'text',
    };
  };
  return {
    data: [group(true, 'speaks', '#4e79a7'), group(false, 'only spoken about', '#f28e2b')],
    layout: baseLayout(
      firstOf(opts.title ?? 'Actors: who speaks, who is spoken about', shown.length, ranked.length),
      opts.width ?? DEFAULT_WIDTH,
      opts.height ?? rowsHeight(shown.length, 24, 150),
      {
        barmode: 'overlay',
        margin: { l: 200, r: 30, t: 90, b: 60 },
        xaxis: {
          title: { text: 'mentions' },
          gridcolor: '#eeeeee',
          rangemode: 'tozero',
          ...countTicks(maxOf(shown.map((a) => a.mentions))),
        },
        yaxis: {
          type: 'category',
          categoryorder: 'array',
          categoryarray: shown.map((a) => plotlyText(a.name)),
          autorange: 'reversed',
          automargin: true,
          ticklabelstandoff: 6,
        },
        // Above the plot, under the title: below it the legend would sit on the axis title.
        legend: { orientation: 'h', x: 0, xanchor: 'left', y: 1, yanchor: 'bottom' },
      },
    ),
  };
}

/** The fields of a speakers-stage `Quote` the table uses. */
export interface QuoteRow {
  /** The quote's `index` in analysis.json and quotes.csv; the table shows the same number. */
  readonly index?: number;
  readonly kind: string;
  readonly canonical: string | null;
  readonly speaker: { readonly text: string } | null;
  readonly cue: { readonly text: string } | null;
  readonly content: { readonly text: string };
  readonly confidence: number;
}

export interface QuotesTableOptions extends FigureOptions {
  /** Characters of quote content shown per row (default 220). */
  readonly maxContent?: number;
}

/** Quotes as a plotly table: speaker, kind, cue and (truncated) content. */
export function quotesTable(quotes: readonly QuoteRow[], opts: QuotesTableOptions = {}): Figure {
  const max = opts.maxContent ?? 220;
  const speaker = (q: QuoteRow): string => plotlyText(q.canonical ?? q.speaker?.text ?? '(unresolved)');
  const contents = quotes.map((q) => hoverText(q.content.text, max));
  const table: Trace = {
    type: 'table',
    columnwidth: [30, 150, 70, 90, 460],
    header: {
      values: ['index', 'speaker', 'kind', 'cue', 'what is said'],
      align: 'left',
      fill: { color: '#4e79a7' },
      font: { color: '#ffffff', size: 12 },
    },
    cells: {
      values: [
        quotes.map((q, i) => q.index ?? i),
        quotes.map(speaker),
        quotes.map((q) => q.kind),
        quotes.map((q) => plotlyText(q.cue?.text ?? '')),
        contents,
      ],
      align: 'left',
      fill: { color: [quotes.map((_, i) => (i % 2 === 0 ? '#ffffff' : '#f5f7fa'))] },
      height: 22,
    },
  };
  const lines = contents.reduce((sum, c) => sum + c.split('<br>').length, 0);
  return {
    data: [table],
    layout: baseLayout(
      opts.title ?? 'Quotes',
      opts.width ?? 900,
      opts.height ?? Math.min(3000, Math.max(200, 120 + quotes.length * 10 + lines * 18)),
      {
        margin: { l: 10, r: 10, t: 60, b: 10 },
      },
    ),
  };
}
