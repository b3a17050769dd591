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

/**
 * `[CLIP 1 - SOT 0'12"]`, `a 6'2" lock-keeper`: a straight double mark after minutes and seconds
 * (or feet and inches) is the unit's sign, not a quotation mark.
 */
export function isUnitMark(text: string, i: number): boolean {
  return text[i] === '"' && UNIT_BEFORE.test(text.slice(Math.max(0, i - UNIT_REACH), i));
}
const UNIT_BEFORE = /\d['’′]\d{1,2}$/u;
const UNIT_REACH = 6;
