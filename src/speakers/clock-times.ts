/**
 * Clock times in a text's layout: a recording's or a live page's time stamp before a turn or an
 * entry, and the record's time stamp on a line of its own. One place for the patterns, read by the
 * transcript, chat-log and headline passes.
 */

/** A recording's time stamp, bracketed or not: `00:16`, `[01:02:05]`. */
export const STAMP = String.raw`[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?`;

/** A clock time standing alone, with a colon or a point and perhaps `am`/`pm`: `14:05`, `2.34 pm`. */
export const CLOCK_TIME = /^\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?$/i;
