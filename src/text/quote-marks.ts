/**
 * The quotation-mark table every stage reads: which characters open, close, or may do either,
 * for double marks (speech) and single marks (speech in texts with no double marks, or quotes
 * inside quotes). `„ “` (German) and `« »` (French) open with their first mark; `‹ ›` and
 * `‛ ‟` are the single and reversed forms.
 */
export const QUOTE_MARKS = {
  double: { open: '“„«‟', close: '”»', either: '"' },
  single: { open: '‘‹‛', close: '’›', either: "'" },
} as const;

/** Every quotation mark, double and single. */
export const ALL_QUOTE_MARKS: string = [QUOTE_MARKS.double, QUOTE_MARKS.single]
  .map((m) => m.open + m.close + m.either)
  .join('');

/** The marks that close a quotation opened by `open` (`„` closes with `“` or `”`); empty for a mark that opens nothing. */
export function closingMarksFor(open: string): string {
  switch (open) {
    case '„':
      return '“”';
    case '«':
      return '»';
    case '‹':
      return '›';
    // `‟…‟`: a reversed mark typed at both ends closes its own quotation.
    case '“':
    case '‟':
      return '”"‟';
    case '‘':
    case '‛':
      return "’'";
    case '"':
      return '"”';
    case "'":
      return "'’";
    default:
      return '';
  }
}

/** Whether a character is any quotation mark of the table. */
export function isQuoteMarkChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ALL_QUOTE_MARKS.includes(ch);
}
