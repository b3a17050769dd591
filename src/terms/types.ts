/** Row types of the vocabulary statistics. Every list is plain data, ready for a table or a DataFrame. */

export interface TermCount {
  /** The counted form: the token's `norm`. */
  readonly term: string;
  /** The most frequent surface form as typed, without a possessive clitic (`China` for `china`); ties go to the first seen. */
  readonly display: string;
  readonly count: number;
  /** Occurrences per 1,000 word tokens of the input (all word and number tokens, stop words included). */
  readonly per1k: number;
  /** Number of documents the term occurs in. */
  readonly docs: number;
}

export interface NgramCount extends TermCount {
  readonly n: number;
}

export interface DocumentFrequencyRow {
  readonly term: string;
  readonly docs: number;
}

export interface TfIdfRow {
  /** Position of the document in the input. */
  readonly doc: number;
  readonly source: string;
  readonly term: string;
  readonly count: number;
  /** `count / words`, words being all word and number tokens of the document. */
  readonly tf: number;
  readonly df: number;
  readonly idf: number;
  readonly tfidf: number;
}

export interface KeynessRow {
  readonly term: string;
  /** Occurrences in the target. */
  readonly target: number;
  /** Occurrences in the reference. */
  readonly reference: number;
  readonly targetPer1k: number;
  readonly referencePer1k: number;
  /** Signed log-likelihood G²: positive when the term is overused in the target. */
  readonly g2: number;
  /** Chi-square (1 df) p-value of |G²|. */
  readonly p: number;
  /** Hardie's log ratio: log2 of the ratio of relative frequencies. */
  readonly logRatio: number;
  /** %DIFF (Gabrielatos & Marchi): percentage difference of the relative frequencies. */
  readonly effect: number;
}

export interface CollocationRow {
  /** `a b`, the two norms joined by a space. */
  readonly term: string;
  readonly a: string;
  readonly b: string;
  readonly count: number;
  /** Pointwise mutual information, log2. */
  readonly pmi: number;
  /** Dunning's log-likelihood on the 2×2 contingency table of the pair. */
  readonly g2: number;
  readonly p: number;
}

export interface KwicLine {
  readonly sentence: number;
  /** Offsets of the match in `doc.text`. */
  readonly start: number;
  readonly end: number;
  /** `doc.text.slice(docStart, …)`: the window's words left of the match, as the text has them. */
  readonly left: string;
  readonly match: string;
  /** `doc.text.slice(…, docEnd)`: the window's words right of the match. */
  readonly right: string;
  /** Offsets of the whole window (left context, match and right context) in `doc.text`. */
  readonly docStart: number;
  readonly docEnd: number;
}

export interface DispersionRow {
  readonly term: string;
  readonly count: number;
  /** Each occurrence's word position as a fraction of the document's word tokens, 0..1, ascending. */
  readonly positions: readonly number[];
  /** Each occurrence's start offset in `doc.text`. */
  readonly offsets: readonly number[];
  /** Each occurrence's sentence index. */
  readonly sentences: readonly number[];
  /** Juilland's D over 10 equal parts: 1 = spread evenly, 0 = all in one part (NaN when the term never occurs). */
  readonly juillandD: number;
}

export interface TrendRow {
  readonly term: string;
  readonly segment: number;
  readonly count: number;
  /** Word tokens in the segment. */
  readonly words: number;
  readonly per1k: number;
}

export interface DocSummary {
  readonly paragraphs: number;
  readonly sentences: number;
  /** All tokens, punctuation included. */
  readonly tokens: number;
  /** Word and number tokens. */
  readonly words: number;
  /** Distinct norms among the words. */
  readonly types: number;
  readonly typeTokenRatio: number;
  /** Share of the words that are stop words, 0..1. */
  readonly stopwordShare: number;
  readonly headline: string | null;
}

export interface TermOptions {
  /** Include stop words (default false). */
  readonly stopwords?: boolean;
  /** Include number tokens (default false). */
  readonly numbers?: boolean;
}

export interface FrequencyOptions extends TermOptions {
  /** Drop terms seen fewer times (default 1). */
  readonly minCount?: number;
}
