/**
 * A plotly.js figure as plain JSON: what `Plotly.newPlot(div, data, layout)` and
 * `Plotly.toImage({ data, layout })` take. Traces and layout stay open records because the
 * plotly schema is large; the figure functions only promise plain, serialisable values.
 */
export interface Trace {
  readonly type: string;
  readonly [attribute: string]: unknown;
}

export interface Layout {
  /** Fixed pixel size so exported images and the HTML view match byte for byte across runs. */
  readonly width: number;
  readonly height: number;
  readonly [attribute: string]: unknown;
}

export interface Figure {
  readonly data: readonly Trace[];
  readonly layout: Layout;
}

/** A figure with the name its exported files get (`<name>.html`, `<name>.png`, ...). */
export interface NamedFigure {
  readonly name: string;
  readonly figure: Figure;
}
