/**
 * Clock times in a text's layout: a recording's or a live page's time stamp before a turn or an
 * entry, and the record's time stamp on a line of its own. One place for the patterns, read by the
 * sentence splitter's item numbers and the speakers stage's transcript, chat-log and headline passes.
 */

import { ALL_QUOTE_MARKS } from './quote-marks';

/** A recording's time stamp, bracketed or not: `00:16`, `[01:02:05]`. */
export const STAMP = String.raw`[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?`;

/** A clock time standing alone, with a colon or a point and perhaps `am`/`pm`: `14:05`, `2.34 pm`. */
export const CLOCK_TIME = /^\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?$/i;

/** The time zones a live page writes after its entries' times (`GMT`, `EDT`). */
const ZONE = String.raw`GMT|UTC|BST|CES?T|EES?T|[ECMP][SD]T`;
/** The quotation marks of src/text's one table, as a character class's members. */
const QUOTE_CLASS = ALL_QUOTE_MARKS.replace(/[\]\\^-]/gu, '\\$&');

/**
 * A live page's entry stamp before the entry's first word: the time, perhaps its zone and a
 * separator (`13:30 `, `2.34pm GMT – `, `09:12 BST: `), where a capital or a quotation mark follows.
 */
export const ENTRY_STAMP = new RegExp(
  String.raw`^\d{1,2}[.:]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:[ \t]+(?:${ZONE}))?[ \t]*(?:[:|\u2013\u2014-][ \t]*)?[ \t](?=[\p{Lu}${QUOTE_CLASS}])`,
  'u',
);
