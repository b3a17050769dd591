/** Statistics shared by keyness and collocations. */

/**
 * Complementary error function, Numerical Recipes' Chebyshev fit (`erfcc`): fractional error
 * below 1.2e-7 everywhere, enough for p-values reported to a few significant digits.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(poly);
  return x >= 0 ? value : 2 - value;
}

/** Upper tail of chi-square with 1 df: P(X ≥ x) = P(|Z| ≥ √x) = erfc(√(x/2)). Sign of x is ignored. */
export function chiSquare1P(x: number): number {
  return Math.min(1, erfc(Math.sqrt(Math.abs(x) / 2)));
}

/** O·ln(O/E), with the limit 0 when O = 0. */
function logTerm(observed: number, expected: number): number {
  return observed === 0 ? 0 : observed * Math.log(observed / expected);
}

/**
 * Rayson & Garside's two-cell log-likelihood, as AntConc and Rayson's LL calculator report it:
 * a, b occurrences in corpora of c and d words; E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d);
 * G² = 2(a ln(a/E1) + b ln(b/E2)). Signed: negative when the term is relatively rarer in the first corpus.
 */
export function keynessG2(a: number, b: number, c: number, d: number): number {
  const total = c + d;
  if (a + b === 0 || total === 0) return 0;
  const e1 = (c * (a + b)) / total;
  const e2 = (d * (a + b)) / total;
  const g2 = 2 * (logTerm(a, e1) + logTerm(b, e2));
  return a * d >= b * c ? g2 : -g2;
}

/** Dunning's G² = 2 Σ O ln(O/E) over the four cells of a 2×2 table (rows and columns of the pair's contingency table). */
export function contingencyG2(n11: number, n12: number, n21: number, n22: number): number {
  const total = n11 + n12 + n21 + n22;
  if (total === 0) return 0;
  const row1 = n11 + n12;
  const row2 = n21 + n22;
  const col1 = n11 + n21;
  const col2 = n12 + n22;
  return (
    2 *
    (logTerm(n11, (row1 * col1) / total) +
      logTerm(n12, (row1 * col2) / total) +
      logTerm(n21, (row2 * col1) / total) +
      logTerm(n22, (row2 * col2) / total))
  );
}

/**
 * quanteda's `textstat_keyness(measure = "lr")` with its default Williams correction: the
 * four-cell G² of the table [a, b; c − a, d − b] (a, b occurrences in target and reference of
 * c and d tokens), divided by Williams' q = 1 + (N/(a+b) + N/(N−a−b) − 1)(N/c + N/d − 1) / 6N,
 * signed positive when a exceeds its expected count c(a+b)/N.
 */
export function williamsG2(a: number, b: number, c: number, d: number): number {
  const n = c + d;
  if (a + b === 0 || c === 0 || d === 0 || a + b === n) return 0;
  const g2 = contingencyG2(a, b, c - a, d - b);
  const q = 1 + ((n / (a + b) + n / (n - a - b) - 1) * (n / c + n / d - 1)) / (6 * n);
  return (a >= (c * (a + b)) / n ? 1 : -1) * (g2 / q);
}
