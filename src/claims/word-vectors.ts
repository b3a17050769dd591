import vectorsFile from './model/word-vectors.json';

/*
 * Word vectors for the claim model: what a claim's words mean beyond the words the labelled
 * sentences happened to use. A sentence that calls an action "reckless" and one that calls it
 * "irresponsible" share no word feature, but their vectors lie close, so a model that reads the
 * mean vector of a sentence's words carries what it learnt from one to the other; on documents the
 * rules were not written on this is where the learned layer gains (README, Claim types).
 *
 * src/claims/model/word-vectors.json is made by scripts/make-word-vectors.js from GloVe's 100
 * dimensional vectors: one vector per word key (`w:<stem>`, the model's word features), frequent
 * words already weighted down, stored as a signed byte per dimension with one scale per dimension.
 */

interface WordVectorsFile {
  readonly dimensions: number;
  readonly keys: readonly string[];
  readonly scales: readonly number[];
  readonly vectors: string;
}

interface WordVectorTable {
  readonly dimensions: number;
  /** Row of each word feature (`w:<key>`). */
  readonly rows: ReadonlyMap<string, number>;
  readonly scales: Float64Array;
  readonly bytes: Int8Array;
  /** Per row, the number of the sentence that last added it: a word counts once per sentence. */
  readonly stamps: Int32Array;
  /** The sum of one sentence's rows, in bytes (each dimension's scale is applied when read). */
  readonly sum: Float64Array;
  /** The sum scaled, as `vector` gives it. */
  readonly scaled: Float64Array;
}

let table: WordVectorTable | undefined;

/** The table, decoded on first use. */
function vectorTable(): WordVectorTable {
  if (!table) {
    const file = vectorsFile as WordVectorsFile;
    const bytes = Buffer.from(file.vectors, 'base64');
    table = {
      dimensions: file.dimensions,
      rows: new Map(file.keys.map((key, row) => [`w:${key}`, row])),
      scales: Float64Array.from(file.scales),
      bytes: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
      stamps: new Int32Array(file.keys.length),
      sum: new Float64Array(file.dimensions),
      scaled: new Float64Array(file.dimensions),
    };
  }
  return table;
}

/** The number of word vectors in the table. */
export function wordVectorCount(): number {
  return vectorTable().rows.size;
}

/**
 * Row `row`'s vector times a matrix of `weights` (dimension by output, `outputs` per dimension),
 * into `out` from `outAt`: a model reads a sentence's mean vector linearly, so it may add up its words'
 * products instead of multiplying the sum.
 */
export function projectWordVector(
  row: number,
  weights: Float64Array,
  outputs: number,
  out: Float64Array,
  outAt: number,
): void {
  const { dimensions, bytes, scales } = vectorTable();
  out.fill(0, outAt, outAt + outputs);
  for (let d = 0, at = row * dimensions; d < dimensions; d++, at++) {
    const value = bytes[at]! * scales[d]!;
    for (let l = 0, w = d * outputs; l < outputs; l++, w++) out[outAt + l]! += value * weights[w]!;
  }
}

/** The names of a sentence vector's dimensions as model inputs. */
export const WORD_VECTOR_SIGNALS: readonly string[] = Array.from(
  { length: (vectorsFile as WordVectorsFile).dimensions },
  (_, d) => `v:${d}`,
);

let sentence = 0;

/**
 * The mean vector of a sentence's word features, made one feature at a time: `begin`, `add` each
 * feature (anything but a known word feature is ignored, a repeated one counts once), then read
 * the unit-length mean, times a scale, with `vector` or `emit`. Synchronous use only: there is one
 * sum buffer.
 */
export const sentenceVector = {
  begin(): void {
    const t = vectorTable();
    t.sum.fill(0);
    // Stamps are numbers, not flags, so that a new sentence clears nothing but the sum.
    if (++sentence === 0x7fffffff) {
      t.stamps.fill(0);
      sentence = 1;
    }
  },
  /** Adds the feature's vector; its row in the table, or -1 when it has none or was already added. */
  add(feature: string): number {
    const t = vectorTable();
    const row = t.rows.get(feature);
    if (row === undefined || t.stamps[row] === sentence) return -1;
    t.stamps[row] = sentence;
    const { dimensions, bytes, sum } = t;
    const at = row * dimensions;
    for (let d = 0; d < dimensions; d++) sum[d]! += bytes[at + d]!;
    return row;
  },
  /** The length of the sum so far (0 when no word had a vector). */
  length(): number {
    const { dimensions, scales, sum } = vectorTable();
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += (sum[d]! * scales[d]!) ** 2;
    return Math.sqrt(norm);
  },
  /** The unit-length mean times `scale`, or null when no word had a vector; valid until the next `begin`. */
  vector(scale: number): Float64Array | null {
    const length = this.length();
    if (length === 0) return null;
    const { dimensions, scales, sum, scaled } = vectorTable();
    for (let d = 0; d < dimensions; d++) scaled[d] = (sum[d]! * scales[d]! * scale) / length;
    return scaled;
  },
  /** `vector(scale)`, each dimension handed to `visit` by its signal name. */
  emit(scale: number, visit: (name: string, value: number) => void): void {
    const vector = this.vector(scale);
    if (vector) for (let d = 0; d < vector.length; d++) visit(WORD_VECTOR_SIGNALS[d]!, vector[d]!);
  },
};
