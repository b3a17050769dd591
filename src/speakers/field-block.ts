import { dotlessKey, lineEndAt } from '../text';
import { FIELD_LABELS } from './lexicon';

/** A line ending as a sentence does (`… after us.`, `… the word “regrettable”.`). */
export const SENTENCE_END = /[.!?…]["”’)]?\s*$/u;

/** A short label before a colon at a line's start (`Respondent: `, `Heard at: `). */
const FIELD_LINE = /^\p{Lu}[^:\n]{0,30}:[ \t]/u;

/** Most words of a heading over a header's fields (`RADIO HALLEN NORTH / NEWSROOM SCRIPT`). */
const FIELD_BLOCK_HEADING_WORDS = 6;

/**
 * `Claimant: Ms J Tremlow` / `Respondent: Brennock Foods Limited` / `Heard at: …`: a paragraph of
 * several lines, each a field and its value (no sentence's mark, few lower-case words), is a
 * document's header, not a speaker's turn nor a chat, nor a headline's speaker and claim.
 */

export function isFieldBlock(text: string): boolean {
  // Most paragraphs are one line, or have no colon: no header.
  if (lineEndAt(text, 0) >= text.length || !text.includes(':')) return false;
  const lines = text.split(/\r\n|\r|\n/u).filter((line) => line.trim() !== '');
  // `Representation` over its fields: a heading of a few words may open the block.
  const fields =
    lines.length > 2 && !lines[0]!.includes(':') && lines[0]!.split(/\s+/u).length <= FIELD_BLOCK_HEADING_WORDS
      ? lines.slice(1)
      : lines;
  if (fields.length < 2) return false;
  if (fields.every(isFieldLine)) return true;
  // `Host: Nadia Fairlow, director of …` over `Guests: Dr Lucas Ambrey-Toft, senior fellow …; …`: every
  // line a label and its value, one label a header field's, however long the values.
  return (
    fields.every((line) => FIELD_LINE.test(line) && !SENTENCE_END.test(line)) &&
    fields.some((line) => FIELD_LABELS.has(dotlessKey(line.slice(0, line.indexOf(':')))))
  );
}

/** Most lower-case words of a field's value (`In person`, `Ms F Aldous, counsel`); a chat message has more. */
const FIELD_VALUE_LOWER_WORDS = 3;

function isFieldLine(line: string): boolean {
  const field = FIELD_LINE.exec(line);
  if (!field || SENTENCE_END.test(line) || /[?!]/u.test(line)) return false;
  const lower = line.slice(field[0].length).match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0;
  return lower <= FIELD_VALUE_LOWER_WORDS;
}
