import {
  charIndexWithin,
  dotlessKey,
  isLineBreak,
  isQuoteMarkChar,
  isUpper,
  lineEndAt,
  quoteAttributionForms,
  CLOCK_TIME,
  STAMP,
} from '../text';
import type { Doc, Paragraph, Span } from '../text';
import type { SpeakerType } from './types';
import {
  ANSWER_LABELS,
  endsWithPhrase,
  ANSWERING_ROLES,
  FIELD_LABELS,
  openingFieldLabel,
  scriptDirectionLabel,
  QUESTION_LABELS,
  QUESTION_OPENERS,
  QUESTIONER,
  SPOKEN_EVENTS,
  WRITTEN_QUESTION_HEADINGS,
  TITLES,
  HONORIFICS,
  UNNAMED_SPEAKER_LABELS,
  LINE_ROLE_LABELS,
  RECORD_WORDS,
  CAPTION_MARKERS,
  CLIP_MARKERS,
  RECORD_ENDS,
  BREAK_DIRECTIONS,
  SCRIPT_DIRECTIONS,
} from './lexicon';
import { describeMentionOnce, mentionAfter } from './mentions';
import { SENTENCE_END, isFieldBlock } from './field-block';
import { isTitleCaseLine } from './reporting-frames/headline';
import type { Registry } from './registry';
import type { WordList } from './word-list';

/** One speaker turn of a transcript: the label's paragraph and the unlabelled ones after it. */
export interface Turn {
  /** The label as written, without colon (`MS. JEAN-PIERRE`, `Q`); null for an interview's unlabelled answer. */
  readonly label: Span | null;
  /** The label with its colon: the turn's cue (null with no label). */
  readonly cue: Span | null;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  readonly canonical: string | null;
  readonly type: SpeakerType;
  readonly question: boolean;
  /** Handed over by a reporting verb and a colon on the line before (`X said:`), not labelled (see `handoverTurns`). */
  readonly handover?: boolean;
}

/** Words of a label's name, and of the role a comma may add after it. */
const LABEL_MAX_WORDS = 6;
/**
 * `Q:`, `Geng Shuang:`, `MS. JEAN-PIERRE:`, a name with its role after a comma (`PENNY WONG,
 * FOREIGN MINISTER:`, `Mr. KATO Ryo, Minister for Foreign Affairs:`), either in an editor's
 * brackets (`[NED PRICE, DEPARTMENT SPOKESPERSON]:`), and the White House `Q` followed by two or
 * more spaces.
 */
const LABEL = /^\[?([\p{Lu}][^\s:\]]*(?:[ \t][^\s:\]]+){0,11}?)\]?(?:[ \t]*:[ \t]*|[ \t]{2,})/u;
/** `[00:14:32] `, `(14:32) `, `00:14:32 – `: a recording's time stamp before a turn's label. */
const TIME_PREFIX = new RegExp(`^${STAMP}[ \\t]+(?:[-–—][ \\t]+)?`);
const LABEL_WORD =
  /^(?:[\p{Lu}\d][\p{L}\d.'’&()-]*,?|["“][\p{Lu}\d][\p{L}\d.'’&-]*["”]|of|for|and|the|de|on|in|hon\.?)$/u;
/** The questioner and outlet in parentheses opening a question turn (`(Bruno Ferrer - Castrelia Motor Weekly) `): the name before the dash or comma. */
const QUESTIONER_AFTER =
  /^\((\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})(?:[ \t]+[-–—][ \t]+|,[ \t]*)[^()\n]{2,60}\)[ \t]*/u;
/** Markdown's bold marks opening a paragraph (`**The Ledger: …**`). */
const BOLD_MARKS = /^(?:\*\*|__)(?=\p{Lu})/u;
/**
 * `Allegation 1:`, `Section 4B:`, `PART A:`: a field's name with its number or letter; `Present for
 * the Commission:`, a field's name with the party it lists; `CLIP 1:`, a script's numbered clip,
 * whose line names the speaker of the quotation below it.
 */
function numberedField(parts: readonly string[]): boolean {
  const first = dotlessKey(parts[0]!);
  if (parts[1] === 'for') return FIELD_LABELS.has(first);
  return (
    parts.length === 2 &&
    /^(?:[\dIVX]+[A-Za-z]?|[A-Z])$/.test(parts[1]!) &&
    (FIELD_LABELS.has(first) || CLIP_MARKERS.has(first))
  );
}

/** A word of a role in lower case (`chair,`, `skipper`, `owner`). */
const LOWER_ROLE_WORD = /^\p{Ll}[\p{L}'’-]*,?$/u;

/** `[SOT] ` before a label: a broadcast script's clip mark (the lexicon's clipMarkers), bracketed on its own. */
const CLIP_PREFIX = /^\[([\p{L} ]{2,16})\][ \t]+(?=\p{Lu})/u;

/** How long the clip mark opening `text` is (`[SOT] `), or 0. */
function clipPrefix(text: string): number {
  const m = CLIP_PREFIX.exec(text);
  return m && CLIP_MARKERS.has(dotlessKey(m[1]!)) ? m[0].length : 0;
}

/** `FALLBROOK [CLIP]:`: a clip mark in square brackets after the name, before the label's colon. */
const CLIP_AFTER_NAME = /^\p{Lu}[^\n:[\]]{0,60}?[ \t]+\[([\p{L} ]{2,16})\][ \t]*:/u;

/** `text` with a clip mark after the label's name blanked out, offsets kept (`FALLBROOK [CLIP]:` reads `FALLBROOK:`). */
function blankClipMark(text: string): string {
  const m = CLIP_AFTER_NAME.exec(text);
  if (!m || !CLIP_MARKERS.has(dotlessKey(m[1]!))) return text;
  const open = m[0].indexOf('[');
  const close = m[0].indexOf(']') + 1;
  return text.slice(0, open) + ' '.repeat(close - open) + text.slice(close);
}

/**
 * `Ms JULIE BISHOP (Curtin–Minister for Foreign Affairs) (14:45): …`: a parliamentary record's
 * clock time in brackets before the label's colon is an aside of the label; its own colon is read
 * as a point (same length), so the label runs to the colon after it.
 */
function clockAsideRead(text: string): string {
  return text.replace(CLOCK_ASIDE, '($1.$2)');
}

const CLOCK_ASIDE = /\((\d{1,2}):(\d{2})\)(?=[ \t]*:)/u;

/** An order paper's question number before a label (`1. Owen Tarrant (Hollins North): …`). */
const QUESTION_NUMBER = /^\d{1,3}\.[ \t]+(?=\p{Lu})/u;
/** The asides in parentheses that close a label (`(Hollins North) (Prog)`, `(through interpreter)`, `(Deputy Director, Treaty Department, Ministry of Foreign Affairs)`). */
const ASIDES_IN_LABEL = /(?:[ \t]+\([^()]{1,80}\))+$/u;
const ASIDE_BEFORE_COMMA = /[ \t]+\([^()]{1,40}\)(?=,)/u;

interface Label {
  readonly paragraph: number;
  readonly label: Span;
  /** The role after the name's comma (`FOREIGN MINISTER` in `PENNY WONG, FOREIGN MINISTER:`), if any. */
  readonly role: Span | null;
  /** The questioner a question label names in parentheses (`Mara Ilves` in `Question (Mara Ilves, Kiro Daily):`). */
  readonly questioner?: Span;
  /** The words naming the speaker when the label holds more (`Ms Ana Lind` in `The Minister (Ms Ana Lind):`). */
  readonly name?: Span;
  readonly cue: Span;
  readonly contentStart: number;
}

/**
 * Whether a paragraph may open with a label, read from its first few words: it starts with a
 * letter that is not lower-case ASCII and reaches a colon, a tab or two spaces within
 * `LABEL_MAX_WORDS` words. Most paragraphs fail at once, sparing them the Unicode pattern.
 */
function mayOpenWithLabel(text: string): boolean {
  const first = text.charCodeAt(text.charCodeAt(0) === 91 ? 1 : 0);
  if (first < 128 && !(first >= 65 && first <= 90)) return false;
  let spaces = 0;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 || code === 9) return true;
    if (code === 32) {
      if (text.charCodeAt(i + 1) === 32) return true;
      if (++spaces > 2 * LABEL_MAX_WORDS) return false;
    } else if (code === 10 || code === 13 || code === 11 || code === 12) {
      return false;
    }
  }
  return false;
}

/**
 * `Question (Sidhant Sibal, WION):`, `Q [Radio Ilvar]:` or `Question from AFP:`: a question or answer
 * label with the questioner in parentheses or brackets, or after `from`/`by`; `Q. What …` / `A. We …`: a one-letter label
 * closed by a full stop.
 */
const ASIDE_LABEL =
  /^([\p{Lu}][\p{L}]*)[ \t]*(?:\([^()\n]{1,80}\)|\[[^[\]\n]{1,80}\]|[ \t](?:from|by)[ \t][^:\n]{1,60})[ \t]*:[ \t]*/u;
const LETTER_LABEL = /^([QA])\.[ \t]+(?=[\p{Lu}\d“"‘'(])/u;
/** `Q — just a different topic. Do you …`: a question label and a dash, where a record joins a question already under way. */
const DASH_QUESTION_LABEL = /^(Q|Question)[ \t]+(?:--|[—–])[ \t]+(?=\S)/u;

/**
 * `Q The G7 just expressed concerns …`: the White House's records mark a question with a bare `Q` and
 * a space; read so only under an opening that says the text records speech (`Press Briefing by …`),
 * as a paragraph may well open with a letter (`Q Street was closed`).
 */
const SPACED_QUESTION_LABEL = /^(Q)[ \t]+(?=[\p{Lu}\d“"‘'(])/u;

/** A question or answer label in one of the shapes above, or null. */
function roleLabelOf(doc: Doc, paragraph: number): Label | null {
  const p = doc.paragraphs[paragraph]!;
  const spaced = SPACED_QUESTION_LABEL.exec(p.text);
  const m =
    ASIDE_LABEL.exec(p.text) ??
    LETTER_LABEL.exec(p.text) ??
    DASH_QUESTION_LABEL.exec(p.text) ??
    (spaced && spokenOpening(doc, paragraph) ? spaced : null);
  if (!m) return null;
  const key = dotlessKey(m[1]!);
  if (!QUESTION_LABELS.has(key) && !ANSWER_LABELS.has(key)) return null;
  const start = p.start;
  const labelEnd = start + m[1]!.length;
  const cueEnd = start + m[0].trimEnd().length;
  return {
    paragraph,
    label: { start, end: labelEnd, text: doc.text.slice(start, labelEnd) },
    role: null,
    questioner: QUESTION_LABELS.has(key) ? (questionerIn(doc, start + m[1]!.length, cueEnd) ?? undefined) : undefined,
    cue: { start, end: cueEnd, text: doc.text.slice(start, cueEnd) },
    contentStart: start + m[0].length,
  };
}

/** The person in a question label's parentheses or brackets, before its comma (`(Mara Ilves, Kiro Daily)`), when it is a name. */
function questionerIn(doc: Doc, from: number, to: number): Span | null {
  const round = charIndexWithin(doc.text, '(', from, to);
  const open = round >= 0 ? round : charIndexWithin(doc.text, '[', from, to);
  if (open < 0) return null;
  const close = doc.text.indexOf(round >= 0 ? ')' : ']', open);
  const comma = doc.text.indexOf(',', open);
  const end = comma > open && comma < close ? comma : close;
  const text = doc.text.slice(open + 1, end).trim();
  if (!/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(text)) return null;
  const start = doc.text.indexOf(text, open + 1);
  return { start, end: start + text.length, text };
}

/**
 * A parliament's record: `Mr Piet Aldor (Skarre East) (Lab):` names the member, then the seat and
 * party in parentheses; `The Minister for Trade (Ms Ana Lind):` names the office, then its holder;
 * a clock time may follow in parentheses (`(09:52)`).
 */
const PARENTHESES_LABEL =
  /^(\p{Lu}[^\s:()]*(?:[ \t][^\s:()]+){0,7}?)((?:[ \t]*\((?:[^()\n:]|(?<=\d):(?=\d\d)){1,60}\)){1,2})[ \t]*:[ \t]*(?=\S)/u;
/** A person's name with an honorific or title in parentheses (`(Ms Ana Lind)`), not a seat or a party. */
const HOLDER_IN_PARENTHESES = /^\(([\p{Lu}][\p{L}.]*(?:[ \t]+[\p{Lu}][\p{L}.'’-]*){1,4})\)/u;

/** Characters before a parliament label's first parenthesis (`The Minister for Foreign Affairs (`). */
const PARENTHESIS_REACH = 80;

function parenthesesLabelOf(doc: Doc, paragraph: number): Label | null {
  const p = doc.paragraphs[paragraph]!;
  const paren = p.text.indexOf('(');
  if (paren < 0 || paren > PARENTHESIS_REACH) return null;
  const m = PARENTHESES_LABEL.exec(p.text);
  if (!m || !m[1]!.split(/\s+/).every((w) => LABEL_WORD.test(w))) return null;
  if (FIELD_LABELS.has(dotlessKey(m[1]!)) || QUESTION_LABELS.has(dotlessKey(m[1]!))) return null;
  // `Jane Roe, Steelworkers (USW): “…”` introduces a quotation block, not a turn.
  if (isQuoteMarkChar(p.text[m[0].length])) return null;
  const start = p.start;
  const labelEnd = start + m[1]!.length + m[2]!.length;
  const cueEnd = start + m[0].trimEnd().length;
  const asides = m[2]!.trimStart();
  const asidesStart = labelEnd - asides.length;
  const holder = HOLDER_IN_PARENTHESES.exec(asides);
  // `(Ms Ana Lind)`: an honorific or title opens the holder's name; `(Skarre East)` is a seat.
  const holderNamed = holder !== null && TITLES.has(dotlessKey(holder[1]!.split(/\s+/)[0]!));
  const name = holderNamed
    ? { start: asidesStart + 1, end: asidesStart + 1 + holder[1]!.length }
    : { start, end: start + m[1]!.length };
  return {
    paragraph,
    label: { start, end: labelEnd, text: doc.text.slice(start, labelEnd) },
    role: holderNamed ? { start, end: start + m[1]!.length, text: m[1]! } : null,
    name: { ...name, text: doc.text.slice(name.start, name.end) },
    cue: { start, end: cueEnd, text: doc.text.slice(start, cueEnd) },
    contentStart: start + m[0].length,
  };
}

/**
 * A congressional record: `The CHAIRMAN.`, `Senator RANDEL.`, `Ms. VALLO.` — a title (or `The`)
 * and a name or office in capitals, closed by a full stop, open the turn on the same line.
 */
const FULL_STOP_LABEL = /^((?:The|\p{Lu}[\p{L}]*\.?)[ \t]+\p{Lu}{2,}(?:[-'’]\p{Lu}+)*)\.[ \t]+(?=[\p{Lu}\d“"‘'[(])/u;

function fullStopLabelOf(doc: Doc, paragraph: number): Label | null {
  const p = doc.paragraphs[paragraph]!;
  // The second word opens with two capitals (`The CHAIRMAN`): most paragraphs fail here, sparing them the pattern.
  const space = p.text.indexOf(' ');
  if (space < 0 || !isUpper(p.text.charCodeAt(space + 1)) || !isUpper(p.text.charCodeAt(space + 2))) return null;
  const m = FULL_STOP_LABEL.exec(p.text);
  if (!m) return null;
  const first = dotlessKey(m[1]!.slice(0, m[1]!.search(/[ \t]/)));
  if (first !== 'the' && !TITLES.has(first)) return null;
  const start = p.start;
  const labelEnd = start + m[1]!.length;
  return {
    paragraph,
    label: { start, end: labelEnd, text: m[1]! },
    role: null,
    cue: { start, end: labelEnd + 1, text: doc.text.slice(start, labelEnd + 1) },
    contentStart: start + m[0].length,
  };
}

/**
 * `Grace Lindqvist -- Head of Investor Relations`, `Daniel Hsu — Harbourline Securities — Analyst`:
 * a call transcript's line naming the speaker and a role after a dash, alone on its paragraph
 * over the words it labels.
 */
const DASH_LABEL =
  /^(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})[ \t]+(?:--|[—–])[ \t]+(\p{Lu}[^\n]{1,100})$/u;

function dashLabelOf(doc: Doc, paragraph: number): Label | null {
  const p = doc.paragraphs[paragraph]!;
  const next = doc.paragraphs[paragraph + 1];
  // Most paragraphs have no dash before their second word's end: spared the pattern.
  if (!next || p.text.length > 140 || !/ (?:--|[—–]) /.test(p.text)) return null;
  const m = DASH_LABEL.exec(p.text);
  if (!m || /[.!?:;,]/.test(m[2]!)) return null;
  const role = m[2]!;
  return lineLabel(paragraph, p, next, m[1]!.length, { start: p.end - role.length, end: p.end, text: role });
}

/**
 * The label of a paragraph that is a label alone (`Name -- Role`, `Name 00:16`, `Operator`): the
 * name is its first `nameLength` characters, the whole line is the cue, and the turn starts with
 * the next paragraph.
 */
function lineLabel(paragraph: number, p: Paragraph, next: Paragraph, nameLength: number, role: Span | null): Label {
  return {
    paragraph,
    label: { start: p.start, end: p.start + nameLength, text: p.text.slice(0, nameLength) },
    role,
    cue: { start: p.start, end: p.end, text: p.text },
    contentStart: next.start,
  };
}

/**
 * `Priya Selby 00:16`, `Owen Tagg  [01:02:05]`: a recording's transcript (podcasts, automatic
 * transcription) names the speaker and the time alone on the line over the words it labels, in
 * the paragraph before them or on the first line of theirs.
 */
const TIMED_LABEL = new RegExp(String.raw`^(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})[ \t]+${STAMP}$`, 'u');

/**
 * `QUESTION How frustrating is it …` / `FOREIGN MINISTER There was …`: a transcript that sets its
 * labels in capitals without a colon (foreign ministers' doorstop records): one to four words in
 * capitals, then the turn's first word with its capital. Only a question or answer label, or a
 * role ending in a title (`FOREIGN MINISTER`, `PRIME MINISTER`), and only where one such label
 * opens two paragraphs or more (see `labelsOf`).
 */
const CAPITALS_LABEL = /^((?:\p{Lu}[\p{Lu}.'’-]+)(?:[ \t]+\p{Lu}[\p{Lu}.'’-]+){0,3})[ \t]+(?=\p{Lu}\p{Ll}|I[ \t'’])/u;

function capitalsLabelOf(doc: Doc, paragraph: number): Label | null {
  const p = doc.paragraphs[paragraph]!;
  const m = CAPITALS_LABEL.exec(p.text);
  if (!m) return null;
  const name = m[1]!;
  const key = dotlessKey(name);
  const last = dotlessKey(name.slice(name.lastIndexOf(' ') + 1));
  if (!QUESTION_LABELS.has(key) && !ANSWER_LABELS.has(key) && !(TITLES.has(last) && !HONORIFICS.has(last))) return null;
  return {
    paragraph,
    label: { start: p.start, end: p.start + name.length, text: name },
    role: null,
    cue: { start: p.start, end: p.start + name.length, text: name },
    contentStart: p.start + m[0].length,
  };
}

function timedLabelOf(doc: Doc, paragraph: number): Label | null {
  const p = doc.paragraphs[paragraph]!;
  const lineEnd = lineEndAt(p.text, 0);
  const line = p.text.slice(0, lineEnd).trimEnd();
  if (line.length > 60) return null;
  const m = TIMED_LABEL.exec(line);
  if (!m) return null;
  if (lineEnd < p.text.length) {
    // `Lena Hart 00:04` on its paragraph's first line, the words on the lines below it (past LF, CRLF or CR).
    let words = lineEnd;
    while (words < p.text.length && isLineBreak(p.text.charCodeAt(words))) words++;
    const label = lineLabel(paragraph, p, p, m[1]!.length, null);
    return { ...label, cue: { start: p.start, end: p.start + line.length, text: line }, contentStart: p.start + words };
  }
  const next = doc.paragraphs[paragraph + 1];
  return next ? lineLabel(paragraph, p, next, m[1]!.length, null) : null;
}

/**
 * `[ACT: ALISHA VERRAN, INCIDENT CONTROLLER] We were able …`: a broadcast script's clip, its
 * speaker named inside the brackets after the marker (the lexicon's clipMarkers), the role after a comma
 * or a dash (`[LOWER THIRD: ODILE BRANNOCK — CHAIR, …]`).
 */
const CLIP_LABEL = /^\[([\p{L} ]{2,16}):[ \t]*(\p{Lu}[^\]\n,—–]{1,60})(?:[,—–][ \t]*([^\]\n]{1,80}))?\][ \t]*/u;

function clipLabelOf(doc: Doc, paragraph: number): Label | null {
  const p = doc.paragraphs[paragraph]!;
  if (p.text.charCodeAt(0) !== 91) return null;
  const m = CLIP_LABEL.exec(p.text);
  if (!m || !CLIP_MARKERS.has(dotlessKey(m[1]!))) return null;
  // `[SOT: EDDA MARROW, FAMILIES ASSOCIATION — 0'14"]` alone on its paragraph: the clip's words are the next one's.
  const alone = m[0].length >= p.text.length;
  const below = alone ? doc.paragraphs[paragraph + 1] : undefined;
  if (alone && (!below || below.text.charCodeAt(0) === 91 || labelOf(doc, paragraph + 1))) return null;
  // `[LOWER THIRD: Name | Role]` over `NAME: …`: a caption alone on its line over a labelled turn
  // only names who speaks; the label below opens the turn (see `labelUnderSlug`), past one more
  // note line (`[CLIP: FARES_SOT | 0'15"]` / `SUPER: Name | Role` / `NAME: …`).
  if (isLineBreak(p.text.charCodeAt(m[0].length)) || isLineBreak(p.text.charCodeAt(m[0].trimEnd().length))) {
    let next = m[0].trimEnd().length;
    while (next < p.text.length && isLineBreak(p.text.charCodeAt(next))) next++;
    const below = { index: p.index, start: p.start + next, end: p.end, text: p.text.slice(next) };
    if (labelOf(doc, paragraph, below) || labelUnderSlug(doc, p)) return null;
  }
  const nameStart = p.start + m[0].indexOf(m[2]!, m[1]!.length);
  const name = m[2]!.trimEnd();
  const role = m[3];
  const roleStart = role ? p.start + m[0].lastIndexOf(role) : 0;
  return {
    paragraph,
    label: { start: nameStart, end: nameStart + name.length, text: name },
    role: role ? { start: roleStart, end: roleStart + role.length, text: role } : null,
    cue: { start: p.start, end: p.start + m[0].trimEnd().length, text: m[0].trimEnd() },
    contentStart: below ? below.start : p.start + m[0].length,
  };
}

/** `Operator` alone on its paragraph, in a call transcript with dash labels: a role over its turn. */
function lineRoleLabelOf(doc: Doc, paragraph: number): Label | null {
  const p = doc.paragraphs[paragraph]!;
  const next = doc.paragraphs[paragraph + 1];
  if (!next || p.text.length > 40 || !LINE_ROLE_LABELS.has(dotlessKey(p.text))) return null;
  return lineLabel(paragraph, p, next, p.text.length, null);
}

/** The first comma of `name` outside round brackets, or -1. */
function commaOutsideBrackets(name: string): number {
  let depth = 0;
  for (let k = 0; k < name.length; k++) {
    const c = name[k];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) return k;
  }
  return -1;
}

/** A label of two or three capitals may be a person's initials (`DF:` for the interviewee Dagny Ferrel). */
const INITIALS = /^\p{Lu}{2,3}$/u;
/** Initials in brackets after a name, as a header declares them (`Tamsin Orrell (TO)`). */
const INITIALS_IN_BRACKETS = /\((\p{Lu}{2,3})\)/gu;
const initialsOfDoc = new WeakMap<Doc, ReadonlyMap<string, number>>();

/** Where each set of initials is first declared in brackets in `doc` (read once per document). */
function declaredInitials(doc: Doc): ReadonlyMap<string, number> {
  let found = initialsOfDoc.get(doc);
  if (!found) {
    const first = new Map<string, number>();
    for (const m of doc.text.matchAll(INITIALS_IN_BRACKETS)) if (!first.has(m[1]!)) first.set(m[1]!, m.index!);
    found = first;
    initialsOfDoc.set(doc, found);
  }
  return found;
}

/** A name and the initials in brackets that stand for it from then on (`Corin Ashby (CA)`). */
const NAME_WITH_INITIALS = /^\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t]*\(\p{Lu}{2,3}\)\.?$/u;

function labelOf(doc: Doc, paragraph: number, p: Paragraph = doc.paragraphs[paragraph]!): Label | null {
  const shifted = p !== doc.paragraphs[paragraph];
  if (isFieldBlock(p.text)) return null;
  const roleLabel = shifted
    ? null
    : (clipLabelOf(doc, paragraph) ??
      roleLabelOf(doc, paragraph) ??
      parenthesesLabelOf(doc, paragraph) ??
      fullStopLabelOf(doc, paragraph));
  if (roleLabel) return roleLabel;
  // `[00:14:32] MARA VELDE: …`: a recording's time stamp may stand before the label,
  // `1. Owen Tarrant (Hollins North): …` an order paper's question number, and `**The Ledger: …**`
  // the marks of a web page's bold type.
  const clock = TIME_PREFIX.exec(p.text)?.[0].length;
  const stamp =
    clock ?? QUESTION_NUMBER.exec(p.text)?.[0].length ?? BOLD_MARKS.exec(p.text)?.[0].length ?? clipPrefix(p.text);
  const text = clockAsideRead(blankClipMark(stamp > 0 ? p.text.slice(stamp) : p.text));
  if (!mayOpenWithLabel(text)) return null;
  const m = LABEL.exec(text);
  if (!m) return null;
  // `[CAM 2: TWO-SHOT …]`: a bracket that does not close before the colon holds a script's direction.
  if (m[0].startsWith('[') && !m[0].includes(']')) return null;
  const name = m[1]!;
  // `Owen Tarrant (Hollins North) (Prog)`, `HADU "MAKO" SENRAI (through interpreter)`: asides in
  // parentheses say where the speaker sits or how the words came; the name is what is left. Before
  // the role's comma too: `REPORTER (JONAS PIRELLI), LIVE`.
  const aside = ASIDES_IN_LABEL.exec(name);
  const plain = name.replace(ASIDE_BEFORE_COMMA, '');
  const plainAside = ASIDES_IN_LABEL.exec(plain);
  const parts = (plainAside ? plain.slice(0, plainAside.index) : plain).split(/\s+/);
  // The name, up to its comma, and the role after it are each at most LABEL_MAX_WORDS long.
  const nameWords = parts.findIndex((w) => w.endsWith(',')) + 1 || parts.length;
  if (nameWords > LABEL_MAX_WORDS || parts.length - nameWords > LABEL_MAX_WORDS) return null;
  // `TOMAS BRANNAGH, chair, Saltreach Cooperative:`: after a name in capitals, a role in lower case.
  const capitalName = nameWords >= 2 && parts.slice(0, nameWords).every((w) => w === w.toUpperCase());
  if (!parts.every((w, k) => LABEL_WORD.test(w) || (capitalName && k >= nameWords && LOWER_ROLE_WORD.test(w))))
    return null;
  // `MOTION:`, `MAIN MOTION AS AMENDED:`: the record's own entries.
  if (parts.some((w) => RECORD_WORDS.has(dotlessKey(w))) || scriptDirectionLabel(name)) return null;
  // `Kastrin, 3 March. Participants:`: a header line ending in a field's name is no speaker either.
  const lastWord = parts[parts.length - 1]!;
  const beforeLast = parts.length > 1 ? parts[parts.length - 2]! : '';
  const headerEnd =
    beforeLast.endsWith('.') && !TITLES.has(dotlessKey(beforeLast)) && FIELD_LABELS.has(dotlessKey(lastWord));
  const numbered = numberedField(parts);
  // `Correction (added 22 October):`: a field's name with a note in parentheses is a field too.
  const bareName = aside ? name.slice(0, aside.index) : name;
  // `TO:` after `Councillor Tamsin Orrell (TO)` in the header: a speaker's initials, not a memo's `To:` field.
  const initials = INITIALS.test(name) && (declaredInitials(doc).get(name) ?? Infinity) < p.start;
  if (
    !initials &&
    (FIELD_LABELS.has(dotlessKey(name)) || FIELD_LABELS.has(dotlessKey(bareName)) || headerEnd || numbered)
  )
    return null;
  const restOfLine = firstLine(text.slice(m[0].length));
  // `Presenter: Corin Ashby (CA)`: a header's field introducing who the initials will label.
  if (NAME_WITH_INITIALS.test(restOfLine)) return null;
  // A timed label's heading is read against the paragraph after it.
  const nextIfTimed = clock === undefined ? null : (doc.paragraphs[paragraph + 1]?.text ?? '');
  if (titleAfterLabel(name, text.slice(m[0].length), paragraph, nextIfTimed)) return null;
  // `Press Office, Lowmark Regional Forum: press@forum.example, +00 17 330 2200`: a contact line.
  if (CONTACT_DETAILS.test(restOfLine) && !/[.!?]\s/u.test(restOfLine)) return null;
  const colon = m[0].includes(':');
  // A bare label without colon is only the White House `Q` convention.
  if (!colon && !QUESTION_LABELS.has(dotlessKey(name))) return null;
  // A label alone on its paragraph (`MR PRICE:`) opens the turn the next paragraphs hold.
  const next = m[0].length === text.length && colon ? doc.paragraphs[paragraph + 1] : undefined;
  // `Name: “…”` introduces a quotation block, not a turn, on the label's line or the line below it
  // (`Aurel Stanek, Director-General:` over `“Our teams are …”`).
  const after = next ? next.text[0] : text.slice(m[0].length).trimStart()[0];
  if (after === undefined || '“"”‘\''.includes(after)) return null;
  // `Safe: this means we looked for evidence that …`: one title-case word over words in lower case
  // is a rated section's heading, not a speaker (a speaker's words open with a capital).
  if (colon && !next && parts.length === 1 && name !== name.toUpperCase() && /\p{Ll}/u.test(after)) return null;
  // `Arden Hall, Tuesday 9 September, 10:00. Speakers: …`: a clock time's colon ends no label.
  if (colon && /\d$/.test(name) && /^\d/.test(after)) return null;
  // The name starts after an editor's opening bracket (`[NED PRICE, …]:`); the cue keeps the brackets.
  const cueStart = p.start + stamp;
  const start = cueStart + (m[0].startsWith('[') ? 1 : 0);
  // `PENNY WONG, FOREIGN MINISTER`: the speaker is named before the comma, the role after it
  // (not a comma in brackets: `VOX (MAN, STUDENT):` is one label).
  const comma = commaOutsideBrackets(name);
  const labelEnd = start + (comma > 0 ? comma : name.length);
  const cueEnd = colon ? cueStart + m[0].indexOf(':') + 1 : labelEnd;
  const named = aside && comma < 0 ? { start, end: start + aside.index, text: name.slice(0, aside.index) } : undefined;
  // `Q: (Bruno Ferrer - Castrelia Motor Weekly) Aleks, …`: the questioner in parentheses after the colon.
  const asker = colon && QUESTION_LABELS.has(dotlessKey(name)) ? QUESTIONER_AFTER.exec(text.slice(m[0].length)) : null;
  // (`NAME, role:` alone on its line: the words start on the line below.)
  let contentStart = next ? next.start : cueStart + m[0].length + (asker ? asker[0].length : 0);
  while (contentStart < p.end && isLineBreak(doc.text.charCodeAt(contentStart))) contentStart++;
  const questioner = asker
    ? { start: cueStart + m[0].length + 1, end: cueStart + m[0].length + 1 + asker[1]!.length, text: asker[1]! }
    : undefined;
  const role = comma > 0 ? name.slice(comma + 1).trimStart() : '';
  const roleStart = start + name.length - role.length;
  return {
    paragraph,
    label: { start, end: labelEnd, text: doc.text.slice(start, labelEnd) },
    role: role ? { start: roleStart, end: start + name.length, text: role } : null,
    cue: { start: cueStart, end: cueEnd, text: doc.text.slice(cueStart, cueEnd) },
    contentStart,
    ...(named ? { name: named } : {}),
    ...(questioner ? { questioner } : {}),
  };
}

/**
 * The words after a label's colon (`rest`, the paragraph's remainder) make it a title or a
 * heading, not a turn: a claim headline, a kicker's headline, a title block's first line, a
 * heading or status line, a live page's timed heading, a section's heading in capitals.
 */
function titleAfterLabel(name: string, rest: string, paragraph: number, nextIfTimed: string | null): boolean {
  const restOfLine = firstLine(rest);
  // `Carpanian Prime Minister Ilse Moravec: Our Patience Has Been Rewarded`: a claim headline, not a turn.
  // `THE KAVAR STRAIT AGREEMENT: ARE THE OBSERVERS COMING BACK?` opening a title block: its first line is a title too.
  // (`MS. PSAKI: We —`: a turn broken off by a dash is speech, however few its words.)
  if (INTERRUPTED.test(restOfLine)) return false;
  if (isTitleCaseLine(restOfLine)) return true;
  // `Corvell Aqueduct: Repairs` alone on its paragraph: a section's heading, its name and its topic in title case.
  if (
    restOfLine.trim() !== '' &&
    restOfLine.length === rest.length &&
    name.includes(' ') &&
    isTitleCaseLine(`${name} ${restOfLine.replace(/[*_]+$/u, '')}`)
  )
    return true;
  // `Kavorra: Cholera deaths rise in the camp, warns Clearwater`: a headline's kicker before its
  // claim and the source named after it, on a line of its own without a final stop.
  const source = restOfLine.length === rest.length ? INVERTED_SOURCE.exec(restOfLine) : null;
  if (source && HEADLINE_CUES.has(source[1]!)) return true;
  // `Carpanian Fishermen: Detention in Vardenia` heading a title block of several lines: a title, unless a sentence follows.
  if (paragraph === 0 && restOfLine.length < rest.length && !/\.["”’)]?$/u.test(restOfLine)) return true;
  // `Poultry: prices` over `WQ 25/1241 · Tabled 11 March`, `STATUS: Supply restored · Investigation ongoing`:
  // a heading or a status line, with no sentence's mark, over more lines or in separated fields, is no turn.
  if (headingAfterLabel(rest)) return true;
  // `12:40 Sallowby: wards closed?` over the entry's report: a live page's timed heading, with no
  // sentence's full stop, over more lines that no label opens, is no turn.
  if (nextIfTimed !== null && timedHeadingAfterLabel(rest, nextIfTimed)) return true;
  // `DAY 6: AFLOAT`, `Stage 2: THE CLIMB`: a numbered section and its heading in capitals.
  if (/\d/u.test(name) && CAPITALS_HEADING.test(restOfLine.trim())) return true;
  // `PRESS BRIEFING: TRANSCRIPT`: a title in capitals on a line of its own, a few words after its colon.
  if (
    name === name.toUpperCase() &&
    restOfLine.length === rest.length &&
    CAPITALS_HEADING.test(restOfLine.trim()) &&
    restOfLine.trim().split(/\s+/u).length <= CAPITALS_TITLE_WORDS
  )
    return true;
  return false;
}

/** Speech broken off: a dash or a double hyphen at the end of the line (`We —`, `Well--`). */
const INTERRUPTED = /(?:--|[—–])\s*$/u;

/** Most words of a title in capitals after a label in capitals (`PRESS BRIEFING: TRANSCRIPT`). */
const CAPITALS_TITLE_WORDS = 4;

/** Words in capitals with no sentence punctuation: a heading. */
const CAPITALS_HEADING = /^[\p{Lu}\d][\p{Lu}\d '’&-]*$/u;

/** An e-mail address: a label before one opens contact details, not a turn. */
const CONTACT_DETAILS = /\S@\S+\.\p{L}/u;

/** A headline's source after its claim: a comma, a cue in lower case and a capitalised name, no final stop (`…, warns Clearwater`). */
const INVERTED_SOURCE = /,[ \t]+(\p{Ll}+)[ \t]+\p{Lu}[^,.!?:;"“”]*$/u;
const HEADLINE_CUES = quoteAttributionForms();

/** A telephone number at the start of a line (`+00 21 440 0118`, `(01) 234 5678`, `0800 118 440`). */
const TELEPHONE = /^\+?\(?\d[\d ()-]{6,}\d(?![\d:])/u;
const TELEPHONE_MAX = 24;

/** Separators of a line's fields (`Tabled 11 March · Answered 17 March`). */
const FIELD_SEPARATORS = /[·|•]/u;

/** Words after a label with no sentence's mark, on several lines or in separated fields: a heading's or a status line's. */
function headingAfterLabel(rest: string): boolean {
  if (/[.!?…]/u.test(rest)) return false;
  return rest.includes('\n') || FIELD_SEPARATORS.test(rest);
}

/** Most words of a timed heading standing as a paragraph of its own. */
const TIMED_HEADING_WORDS = 10;

/**
 * The first line after a timed label ends with no full stop and more lines follow, none opened by
 * a label; or it is its paragraph's only line, and the next paragraph (`next`) opens with no label,
 * timed or not (`22:20 First Minister: army on standby` over the entry's report).
 */
function timedHeadingAfterLabel(rest: string, next: string): boolean {
  const first = firstLine(rest);
  if (/[.!…]["”’)]?\s*$/u.test(first)) return false;
  if (first.length === rest.length) {
    // (Not a question, a bracketed direction, nor a long line: `Q: [SEVERAL REPORTERS AT ONCE]`.)
    if (/[?:\]]["”’)]?\s*$/u.test(first) || first.trim().split(/\s+/u).length > TIMED_HEADING_WORDS) return false;
    const untimed = next.slice(TIME_PREFIX.exec(next)?.[0].length ?? 0);
    return untimed !== '' && !LABEL.test(untimed);
  }
  return rest
    .slice(first.length + 1)
    .split('\n')
    .every((line) => !LABEL.test(line));
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/**
 * `[The prepared statement of Ms. Vallo follows:]`, `Editor’s note: After the broadcast, …`: a
 * paragraph wholly in an editor's brackets, or opened by a field label, is the outlet's and ends
 * the turn before it.
 */
function isEditorsNote(text: string): boolean {
  return (
    (text.startsWith('[') && text.endsWith(']') && text.indexOf(']') === text.length - 1) ||
    openingFieldLabel(text) >= 0
  );
}

/** A heading has at most this many words and no closing punctuation, or is in capitals. */
const MAX_HEADING_WORDS = 12;
/**
 * A paragraph of the record inside a turn that nobody speaks, and after which the speech goes
 * on: a time stamp (`2.34 pm`) or a stage direction (`(Laughter)`, `[Applause]`, `Several hon.
 * Members rose—`). An editor's longer note in brackets ends the turn (see `isEditorsNote`).
 */
export function isInterjection(text: string): boolean {
  return (
    CLOCK_TIME.test(text) ||
    /[—–]$/.test(text) ||
    (text.startsWith('(') && text.endsWith(')')) ||
    (STAGE_DIRECTION.test(text) && !closesTurn(text.slice(1, -1).split(/[ -]/).map(dotlessKey)))
  );
}

/**
 * A bracketed direction's words that end the turn before it: the record's end (`[END OF
 * TRANSCRIPT]`), a script's direction, which opens the outlet's text (`[FD VO]`), or a programme's
 * break (`[AD BREAK]`), after which speech opens with its label again.
 */
function closesTurn(words: readonly string[]): boolean {
  return RECORD_ENDS.has(words[0]!) || words.some((word) => SCRIPT_DIRECTIONS.has(word) || BREAK_DIRECTIONS.has(word));
}

/** `[Laughter]`, `[Scattered applause]`, `[Crosstalk]`: a bracketed direction of up to three words. */
const STAGE_DIRECTION = /^\[\p{L}+(?:[ -]\p{L}+){0,2}\]$/u;

/**
 * A paragraph after a turn's label that is no more of the turn, which ends before it: an
 * editor's note; a heading opening the paragraph (`ITEM 5. NOTICE OF MOTION`, `STATEMENT OF HON.
 * …`); or a paragraph opening with a quotation mark, which is the outlet quoting someone (`“It’s
 * creative accounting,” says …`), as a speaker's own paragraph never opens.
 */
function endsTurn(text: string): boolean {
  if (isEditorsNote(text) || isQuoteMarkChar(text[0]) || narratesQuestion(text)) return true;
  const lineEnd = text.indexOf('\n');
  // `[VO - REPORTER - GVs OF THE DEPOT]` over the reporter's words: a script's direction on a line of its own opens the outlet's text.
  if (
    lineEnd > 0 &&
    isEditorsNote(text.slice(0, lineEnd).trimEnd()) &&
    !STAGE_DIRECTION.test(text.slice(0, lineEnd).trimEnd())
  )
    return true;
  // `See also[edit]`: a reference work's section heading, its editing link after it.
  const firstLine = (lineEnd < 0 ? text : text.slice(0, lineEnd)).replace(/\S\[edit\]$/u, (m) => m[0]!);
  if (/[.?!:;,…"”’)\]]$/.test(firstLine)) return isCapitalsLine(firstLine);
  return firstLine.split(' ').length <= MAX_HEADING_WORDS || isCapitalsLine(firstLine);
}

/** Words after a question opener that say what was asked (`Asked whether …`, `Pressed on …`). */
const ASKED_ABOUT = new Set(['whether', 'if', 'about', 'on', 'over', 'how', 'why', 'what', 'when', 'who', 'where']);

/**
 * `Asked whether Veltrane had set money aside, Ms Crouse walked to a waiting car`: a paragraph
 * opening with the question put to someone is the outlet's narration, never a speaker's own words.
 */
function narratesQuestion(text: string): boolean {
  const [opener, next] = text.slice(0, 40).split(/\s+/, 2);
  return (
    opener !== undefined &&
    next !== undefined &&
    QUESTION_OPENERS.has(dotlessKey(opener)) &&
    ASKED_ABOUT.has(dotlessKey(next))
  );
}

/** A line of three or more words whose letters are all capitals. */
function isCapitalsLine(line: string): boolean {
  return line.split(' ').length >= 3 && /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** The words in a question label's parentheses name a person, not an outlet (`Kiro Daily`). */
function askingPerson(doc: Doc, words: WordList, span: Span, hint: number): boolean {
  const range = wordRange(words, span.start, span.end, hint);
  if (range.to <= range.from) return false;
  const info = describeMentionOnce(doc.text, words, range);
  return info.kind === 'name' && info.type !== 'organization';
}

/**
 * `Hanne Dross, Lindhaven Evening Post.`, `Tomas Reyl again.`: a question turn opening with a
 * sentence that only gives the asker's full name (no title: `Minister Hadek, will you …` addresses
 * someone) and their outlet.
 */
const SELF_INTRODUCTION =
  /^[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})(?:,[ \t][^.?!\n]{2,60}|[ \t]+again|[ \t]+from[ \t][^.?!\n]{2,60})\.[ \t]/u;

/** The full name a question turn starting at `from` introduces its asker with, or null. */
function selfIntroduced(doc: Doc, words: WordList, from: number, hint: number): string | null {
  const m = SELF_INTRODUCTION.exec(doc.text.slice(from, from + SELF_INTRODUCTION_CHARS));
  if (!m || TITLES.has(dotlessKey(m[1]!.split(/[ \t]/u)[0]!))) return null;
  const start = from + m[0].indexOf(m[1]!);
  return askingPerson(doc, words, { start, end: start + m[1]!.length, text: m[1]! }, hint) ? m[1]! : null;
}

/** Most characters of a question's self-introduction. */
const SELF_INTRODUCTION_CHARS = 120;

/** The last paragraph of a question turn from `first` to at most `last`: the paragraphs after the label's that ask. */
function questionEnd(doc: Doc, first: number, last: number): number {
  let end = first;
  while (end < last && doc.paragraphs[end + 1]!.text.includes('?')) end++;
  return end;
}

function wordRange(words: WordList, start: number, end: number, hint: number): { from: number; to: number } {
  let from = hint;
  while (from < words.length && words.at(from)!.start < start) from++;
  let to = from;
  while (to < words.length && words.at(to)!.end <= end) to++;
  return { from, to };
}

/**
 * Every paragraph's label, in order. One `Name — Role` or `Name 00:16` line is a byline or a
 * caption; a call or recording's transcript has several, and its lone role lines (`Operator`)
 * are labels too.
 */
function labelsOf(doc: Doc, chatParagraphs: ReadonlySet<number>): Label[] {
  const labels: Label[] = [];
  const lines = new Set<Label>();
  for (const p of doc.paragraphs) {
    if ((doc.headline && p.index === 0) || chatParagraphs.has(p.index)) continue;
    const own = labelOf(doc, p.index) ?? labelUnderSlug(doc, p);
    const label = own ?? dashLabelOf(doc, p.index) ?? timedLabelOf(doc, p.index);
    // `Press Office (24 hours): +00 21 440 0118. Information line: …`: a telephone number opens contact details.
    if (!label || TELEPHONE.test(doc.text.slice(label.contentStart, label.contentStart + TELEPHONE_MAX))) continue;
    if (!own) lines.add(label);
    labels.push(label);
  }
  if (lines.size < 2) {
    const own = labels.filter((l) => !lines.has(l));
    return own.length > 0 ? own : capitalsLabels(doc, chatParagraphs);
  }
  for (const p of doc.paragraphs) {
    const line = lineRoleLabelOf(doc, p.index);
    if (line) labels.push(line);
  }
  return labels.sort((a, b) => a.paragraph - b.paragraph);
}

/** A document's labels in capitals without a colon, when one of them opens two paragraphs or more; else none. */
function capitalsLabels(doc: Doc, chatParagraphs: ReadonlySet<number>): Label[] {
  const labels: Label[] = [];
  const uses = new Map<string, number>();
  for (const p of doc.paragraphs) {
    if ((doc.headline && p.index === 0) || chatParagraphs.has(p.index)) continue;
    const label = capitalsLabelOf(doc, p.index);
    if (!label) continue;
    labels.push(label);
    uses.set(label.label.text, (uses.get(label.label.text) ?? 0) + 1);
  }
  return [...uses.values()].some((n) => n >= 2) ? labels : [];
}

/** Most lines of production notes over a label's line. */
const SLUG_LINES = 2;

/** Longest production note over a label's line (`SOT — ASTON: INGRID MAAS / Brennick resident`). */
const SLUG_MAX = 100;

/**
 * `SOT — ASTON: INGRID MAAS / Brennick resident` over `INGRID MAAS: We moved …`: a broadcast
 * script's production note on the paragraph's first line, without a sentence's final mark, then
 * the label on the line below; the turn is read from that line.
 */
function labelUnderSlug(doc: Doc, p: Paragraph): Label | null {
  // `00:14:31` / `CAPTION: ELSA TORRIN — Master` / `ELSA TORRIN: …`: the notes may take two lines.
  // The text's opening block is its title and credits (`Presenter: …. Reporter: ….`), not a turn.
  if (p.index === 0) return null;
  let from = 0;
  for (let slugs = 0; slugs < SLUG_LINES; slugs++) {
    const lineEnd = lineEndAt(p.text, from);
    if (lineEnd >= p.text.length || lineEnd - from > SLUG_MAX || SENTENCE_END.test(p.text.slice(from, lineEnd)))
      return null;
    let next = lineEnd;
    while (next < p.text.length && isLineBreak(p.text.charCodeAt(next))) next++;
    // `[ARCHIVE: film of the quay]`: a bracketed line is the script's own direction, but a caption
    // (`[LIVE | QUAYSIDE]` / `[LOWER THIRD: Elsa Torrin | Master]` / `ELSA TORRIN: …`) is one more
    // note; a line without a sentence's final mark is a heading (`Dish: smoked eel on rye`, `Volume 318: debated on …`).
    if (p.text.charCodeAt(next) === 91) {
      if (!isCaptionLine(p.text.slice(next, lineEndAt(p.text, next)))) return null;
      from = next;
      continue;
    }
    if (SENTENCE_END.test(p.text.slice(next, lineEndAt(p.text, next))))
      return labelOf(doc, p.index, { index: p.index, start: p.start + next, end: p.end, text: p.text.slice(next) });
    from = next;
  }
  return null;
}

/** `[LOWER THIRD: …]`, `[SUPER: …]`, `[SOT: …]` (a clip marker), `[LIVE | QUAYSIDE]` (fields split by a bar): an on-screen caption. */
function isCaptionLine(line: string): boolean {
  const m = CLIP_LABEL.exec(line);
  const marker = m === null ? '' : dotlessKey(m[1]!);
  return CLIP_MARKERS.has(marker) || CAPTION_MARKERS.has(marker) || line.includes('|');
}

const NO_PARAGRAPHS: ReadonlySet<number> = new Set();

/** The last paragraph of the turn labelled in `first`, at most `last`: up to a paragraph the outlet writes, past the record's directions. */
function turnEnd(doc: Doc, first: number, last: number): number {
  for (let q = first + 1; q <= last; q++) {
    const text = doc.paragraphs[q]!.text;
    if (!isInterjection(text) && endsTurn(text)) last = q - 1;
  }
  // A direction after the last words (`[Theme music]`) closes the turn without being part of it.
  while (last > first && isInterjection(doc.paragraphs[last]!.text)) last--;
  return last;
}

/**
 * The speaker turns of a press-conference transcript, or none when the document is not one
 * (fewer than two labelled paragraphs, unless one label in capitals opens a briefing: see
 * `loneSpeakerLabel`). `A:` stands for the spokesperson named in the title or
 * opening lines; `Q` and news-outlet labels are questions.
 */
export function findTurns(
  doc: Doc,
  words: WordList,
  registry: Registry,
  chatParagraphs: ReadonlySet<number> = NO_PARAGRAPHS,
): Turn[] {
  const labels = labelsOf(doc, chatParagraphs);
  const lone = labels.length === 1 && loneSpeakerLabel(doc, labels[0]!);
  if ((labels.length < 2 && !lone) || writtenAnswers(doc, labels)) return [];
  const firstWordOfParagraph = new Map<number, number>();
  for (const s of doc.sentences)
    if (!firstWordOfParagraph.has(s.paragraph)) firstWordOfParagraph.set(s.paragraph, s.tokenStart);
  // `A:` is the person the heading right over the first label names, else the spokesperson an introduction names
  // before it, else the one of the title or opening lines.
  const spokesperson =
    personInHeading(doc, registry, labels[0]!.paragraph) ??
    registry.spokespersonBefore(labels[0]!.cue.start, ANSWERING_ROLES) ??
    registry.openingSpokesperson(3);
  const interviewer = interviewerLabel(doc, labels);
  const onlyQuestions = interviewer !== null || labels.every((l) => QUESTION_LABELS.has(dotlessKey(l.label.text)));
  const interviewee = onlyQuestions ? registry.mostNamedPersonBefore(labels[0]!.cue.start) : null;
  const answers: Turn[] = [];
  const turns: Turn[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    let lastParagraph = turnEnd(doc, l.paragraph, (labels[i + 1]?.paragraph ?? doc.paragraphs.length) - 1);
    const key = dotlessKey(l.label.text);
    let canonical: string | null;
    let type: SpeakerType;
    let question = false;
    let questioner = l.questioner ?? null;
    if (QUESTION_LABELS.has(key)) {
      // `Question (Mara Ilves, Kiro Daily):` names the journalist who asks; `Question (Kiro Daily):` an outlet, no person.
      const hint = firstWordOfParagraph.get(l.paragraph) ?? 0;
      const asker = l.questioner && askingPerson(doc, words, l.questioner, hint);
      // `Q: Hanne Dross, Lindhaven Evening Post. Yesterday …`: the journalist who names herself first asks.
      const introduced = asker ? null : selfIntroduced(doc, words, l.contentStart, hint);
      canonical = asker ? l.questioner!.text : (introduced ?? QUESTIONER);
      type = asker || introduced ? 'person' : 'anonymous';
      if (!asker) questioner = null;
      question = true;
    } else if (ANSWER_LABELS.has(key)) {
      canonical = spokesperson;
      type = spokesperson ? 'person' : 'anonymous';
    } else if (UNNAMED_SPEAKER_LABELS.has(key)) {
      // `An hon. Member: Hear, hear!`: a voice the record does not name.
      canonical = null;
      type = 'anonymous';
    } else {
      const speaker = namedLabelSpeaker(doc, words, registry, l, firstWordOfParagraph.get(l.paragraph) ?? 0);
      if (!speaker) continue;
      ({ canonical, type, question } = speaker);
    }
    // An interviewer's label that only ever asks (`**The Ledger: … ?**` and nothing else labelled) is a question too.
    if (!question && interviewer === key) {
      question = true;
      questioner = null;
    }
    // A question runs on only while its paragraphs ask: an unlabelled paragraph that asks nothing
    // after it is the answer (`Q: …?` then the answer without `A:`), not more of the question.
    const asked = lastParagraph;
    if (question) lastParagraph = questionEnd(doc, l.paragraph, lastParagraph);
    // Where only questions are labelled, the paragraphs after each are the interview's subject's answer.
    const answer =
      question && onlyQuestions && lastParagraph < asked && interviewee
        ? answerTurn(doc, lastParagraph + 1, asked, interviewee)
        : null;
    if (answer) answers.push(answer);
    // A label alone on its paragraph right before the next label (`Q:` then `Q: …`) says nothing.
    if (doc.paragraphs[lastParagraph]!.end <= l.contentStart) continue;
    turns.push({
      label: questioner ?? l.label,
      cue: l.cue,
      contentStart: l.contentStart,
      contentEnd: doc.paragraphs[lastParagraph]!.end,
      firstParagraph: l.paragraph,
      lastParagraph,
      canonical,
      type,
      question,
    });
  }
  if (turns.length < (lone ? 1 : 2)) return [];
  return answers.length > 0 ? [...turns, ...answers].sort((a, b) => a.contentStart - b.contentStart) : turns;
}

/** Paragraphs of a document's opening read for what kind of text it is (a title, a label, a subtitle). */
const OPENING_PARAGRAPHS = 3;

/**
 * `MS. PSAKI: All right. I have two items …` under `Daily Press Briefing`: an excerpt of a briefing
 * may keep one label only. One label is a turn where it is a title or an honorific and a name in
 * capitals (`MR. KIRBY.`, `SECRETARY OF DEFENSE MARK T. ESPER:`) or a name with its office after a
 * comma (`Penny Wong, Foreign Minister:`), and the opening paragraphs say the
 * text records something said aloud (`briefing`, `press conference`, `transcript`).
 */
function loneSpeakerLabel(doc: Doc, label: Label): boolean {
  // (`Ms JULIE BISHOP (Curtin–Minister for Foreign Affairs) (14:45):`: the asides in brackets say where she sits and when.)
  const name = label.label.text.replace(ASIDES_IN_LABEL, '');
  // A bare `Q:` asks in the record; `Question from Ina Vale, Eastbank:` may head a quoted letter in minutes.
  if (QUESTION_LABELS.has(dotlessKey(name)))
    return (
      dotlessKey(label.cue.text.replace(/[:\s]+$/u, '')) === dotlessKey(name) && spokenOpening(doc, label.paragraph)
    );
  // `Penny Wong, Foreign Minister:` under `Press conference, Adelaide`: a name with its office after the comma.
  if (label.role && officeNamed(label.role.text)) return spokenOpening(doc, label.paragraph);
  // `Marise Payne:` alone on its line over the paragraphs she speaks, under `Press conference`.
  if (aloneOnLine(doc, label) && NAME_LINE.test(name) && !namesAny(wordKeys(name), SPOKEN_EVENTS))
    return spokenOpening(doc, label.paragraph);
  // `MR MILLER:`, `Ms JULIE BISHOP (Curtin–Minister for Foreign Affairs):`: a title or an honorific
  // (in any case) before a name in capitals.
  const firstWord = name.split(/[ \t]/, 1)[0]!;
  const first = dotlessKey(firstWord);
  const rest = name.slice(firstWord.length).trim();
  if (/\p{Ll}/u.test(rest) || (rest === '' && /\p{Ll}/u.test(firstWord))) return false;
  return (TITLES.has(first) || HONORIFICS.has(first)) && spokenOpening(doc, label.paragraph);
}

/** A name on its own: two to four capitalised words, nothing else (`Marise Payne`; `Ana de Souza` is left out). */
export const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** The label is all its paragraph holds (`Marise Payne:` over the turn's paragraphs). */
function aloneOnLine(doc: Doc, label: Label): boolean {
  return doc.paragraphs[label.paragraph]!.end <= label.contentStart;
}

/** Some word of a label's role is a title (`Foreign Minister`, `Deputy Spokesperson`). */
function officeNamed(role: string): boolean {
  return role.split(/[ \t]+/u).some((word) => TITLES.has(dotlessKey(word)));
}

/** The opening paragraphs before `paragraph` say the text records something said aloud (`briefing`, `transcript`). */
function spokenOpening(doc: Doc, paragraph: number): boolean {
  const opening = doc.paragraphs.slice(0, Math.min(OPENING_PARAGRAPHS, paragraph));
  return opening.some((p) => namesAny(wordKeys(p.text), SPOKEN_EVENTS));
}

/** Most words of a heading over a list of questions. */
const QUESTION_HEADING_WORDS = 8;

/** The lower-case words of `text` (`questions`, `and`, `answers`). */
function wordKeys(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}&]+(?:[-'’][\p{L}]+)*/gu) ?? [];
}

/** Most words of an entry `namesAny` looks for (`q & a`, `press conference`). */
const ENTRY_WORDS = 3;

/** Some entry of `entries`, of one word or several (`press conference`), stands among `keys`. */
function namesAny(keys: readonly string[], entries: ReadonlySet<string>): boolean {
  return keys.some((_, i) => endsWithPhrase(keys.slice(Math.max(0, i + 1 - ENTRY_WORDS), i + 1), entries) > 0);
}

/**
 * A publisher's written questions and answers (`QUESTIONS AND ANSWERS` / `Q: When does the ban
 * take effect?` / `A: …` in a press release or a members' bulletin): only `Q:` and `A:` labels,
 * the first right under a short heading of questions, and neither that heading nor the document's
 * opening says anything was said aloud (no `briefing`, `call`, `transcript`, `from reporters`), and
 * no question is signed by a reader.
 * The answers are the publisher's own voice, not a spokesperson's turns.
 */
function writtenAnswers(doc: Doc, labels: readonly Label[]): boolean {
  const first = labels[0]!.paragraph;
  const heading = doc.paragraphs[first - 1]?.text.trim() ?? '';
  const keyOf = (l: Label) => dotlessKey(l.label.text);
  if (!labels.every((l) => QUESTION_LABELS.has(keyOf(l)) || ANSWER_LABELS.has(keyOf(l)))) return false;
  // A question signed on a line of its own (`… What next?` / `Lost Sleep, Tarrenby`) is a reader's letter, answered by a columnist.
  if (labels.some((l) => QUESTION_LABELS.has(keyOf(l)) && signedQuestion(doc.paragraphs[l.paragraph]!.text)))
    return false;
  const keys = wordKeys(heading);
  if (heading.includes('\n') || /[.!?:]$/u.test(heading) || keys.length > QUESTION_HEADING_WORDS) return false;
  if (!namesAny(keys, WRITTEN_QUESTION_HEADINGS) || namesAny(keys, SPOKEN_EVENTS)) return false;
  return !spokenOpening(doc, first - 1);
}

/**
 * A question paragraph with a line after its question that is no answer's (`Lost Sleep, Tarrenby`,
 * not `A: Yes. …`, which a written list of questions sets right under its question).
 */
function signedQuestion(text: string): boolean {
  const second = text.trim().split('\n')[1];
  if (second === undefined) return false;
  const label = /^\s*([^\s:]{1,12})\s*:/u.exec(second);
  return !(label && ANSWER_LABELS.has(dotlessKey(label[1]!)));
}

/** Most words of a heading over the first label that names who answers. */
const ANSWERER_HEADING_WORDS = 20;

/**
 * `Q&A with Dr Priya Anand, Project Director` on a line of its own right over the first `Q:`: the
 * first person a short heading there names answers the `A:` labels.
 */
function personInHeading(doc: Doc, registry: Registry, firstLabel: number): string | null {
  const heading = doc.paragraphs[firstLabel - 1];
  // (`[Unofficial transcript. Answers given in Marrowese …]`: an editor's note in brackets is no heading.)
  if (!heading || heading.text.includes('\n') || /[.!?]$/u.test(heading.text.trim()) || heading.text.startsWith('['))
    return null;
  if (heading.text.split(/\s+/u).length > ANSWERER_HEADING_WORDS) return null;
  return registry.firstPersonBetween(heading.start, heading.end);
}

/** Who a label that names its speaker stands for (`MS. JEAN-PIERRE:`, `Reuters:`), and whether it asks; null when it names no one. */
function namedLabelSpeaker(
  doc: Doc,
  words: WordList,
  registry: Registry,
  l: Label,
  hint: number,
): { canonical: string | null; type: SpeakerType; question: boolean } | null {
  const named = l.name ?? l.label;
  const range = wordRange(words, named.start, named.end, hint);
  if (!mentionAfter(words, range.from, range.to)) {
    // `TO:` after `Councillor Tamsin Orrell (TO)`: initials that spell a function word still name her.
    const initialled = INITIALS.test(named.text) ? registry.personWithInitials(named.text, l.label.start) : null;
    return initialled ? { canonical: initialled, type: 'person', question: false } : null;
  }
  const info = describeMentionOnce(doc.text, words, { from: range.from, to: range.to });
  const person =
    info.kind === 'name' && info.nameKeys.length === 1
      ? (registry.personNamed(info.nameKeys[0]!, l.label.start) ??
        (INITIALS.test(named.text) ? registry.personWithInitials(named.text, l.label.start) : null))
      : null;
  const canonical = person ?? registry.labelCanonical(info, l.label.start);
  const type = person ? 'person' : info.kind === 'role' && !registry.isPerson(canonical) ? 'anonymous' : info.type;
  // `PENNY WONG, FOREIGN MINISTER:` introduces the holder of the role a later `FOREIGN MINISTER:` label names.
  if (type === 'person' && info.kind === 'name' && l.role) {
    const role = describeMentionOnce(doc.text, words, wordRange(words, l.role.start, l.role.end, hint));
    if (role.kind === 'role' && role.roleHead) registry.noteRoleHolder(role.roleHead, l.label.start, canonical);
  }
  // An outlet's label (`Reuters:`) asks; a one-word label that asks nothing is a speaker's surname (`SARAC:`), whose turn runs on.
  return { canonical, type, question: type === 'organization' && doc.paragraphs[l.paragraph]!.text.includes('?') };
}

/**
 * The one label of an interview that labels its questions only (`The Ledger:` before each question,
 * the answers unlabelled): every labelled paragraph asks, and no other label stands in the text.
 */
function interviewerLabel(doc: Doc, labels: readonly Label[]): string | null {
  const key = dotlessKey(labels[0]!.label.text);
  const asks = (l: Label) => /\?["”’]?(?:\*\*|__)?$/u.test(firstLine(doc.paragraphs[l.paragraph]!.text.trimEnd()));
  return labels.every((l) => dotlessKey(l.label.text) === key && asks(l)) ? key : null;
}

/** An unlabelled answer from paragraph `first` to at most `last`, the interviewee's words; null when the outlet's text comes first. */
function answerTurn(doc: Doc, first: number, last: number, interviewee: string): Turn | null {
  const end = turnEnd(doc, first - 1, last);
  if (end < first) return null;
  return {
    label: null,
    cue: null,
    contentStart: doc.paragraphs[first]!.start,
    contentEnd: doc.paragraphs[end]!.end,
    firstParagraph: first,
    lastParagraph: end,
    canonical: interviewee,
    type: 'person',
    question: false,
  };
}
