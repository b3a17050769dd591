import { STAMP, dotlessKey, isQuoteMarkChar, lineEndAt } from '../text';
import type { Doc, Span } from '../text';
import { ANSWER_LABELS, FIELD_LABELS, MONTHS, QUESTION_LABELS, RECORD_WORDS, WEEKDAYS } from './lexicon';
import { isFieldBlock } from './field-block';
import { isHandle } from './word-list';
import type { DraftQuote, QuoteKind, Region } from './types';

/**
 * A chat log quoted in a text: lines that each open with the account that wrote them, after a
 * time stamp or not (`[21:03] grim_ledger: tonights the night`, `Gareth Amsel: Spoke to Halden
 * again today.`, `[09:43] Moth [BF Community]: actually fixed`). Each line is its writer's words,
 * one `transcript` quote a line, where a transcript's turn is a paragraph.
 */
export interface ChatLine {
  readonly paragraph: number;
  /** The account as written, without its time stamp, tag or colon. */
  readonly label: Span;
  /** The label with its tag and colon: the line's cue. */
  readonly cue: Span;
  readonly content: Span;
}

/**
 * An account: a handle (`grim_ledger`, `@pale_orchid`, `nightjar_88`) or a display name of one to
 * four capitalised words (`Kaz V`, `Mira T`, `Lewis Okonedo-Clay`), with an optional tag in
 * brackets (`Moth [BF Community]`).
 */
const ACCOUNT = String.raw`(@?[\p{L}\d]+(?:_[\p{L}\d]+)+|@[\p{L}\d]+|\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,3})(?:[ \t]+\[[^\]\n]{1,30}\])?`;
/** A line opened by an account and its colon, after a time stamp or not; `d`: the account's offsets. */
const CHAT_LINE = new RegExp(`^(${STAMP}[ \\t]+)?${ACCOUNT}:[ \\t]+(?=\\S)`, 'du');
/** Labelled lines in a row that make a paragraph's end a chat (a screenshot's messages). */
const MIN_BLOCK_LINES = 2;

/**
 * The chat lines of `doc`: two or more lines in a row of one paragraph that open with an account
 * and a colon, and a paragraph that is one stamped line of a handle (`[09:41]
 * grim_ledger: …`) or a tagged account (`[09:43] Moth [BF Community]: …`). A stamped line of a
 * plain name alone on its paragraph is left to the transcript rules (`[00:14:32] MARA VELDE: …`
 * opens a turn that may run on), and so are question and answer labels, a record's entries and
 * header fields (`Date:`, `From:`).
 */
export function findChatLines(doc: Doc): ChatLine[] {
  const out: ChatLine[] = [];
  const blocks: ParsedLine[][] = [];
  for (const p of doc.paragraphs) {
    if (!charWithin(doc.text, COLON, p.start, p.end)) continue;
    const lines = linesOf(doc.text, p.start, p.end);
    // Each run of labelled lines is a block; a line without a label (`Rachel Idowu left the group`) ends one.
    let block: ParsedLine[] = [];
    for (const [start, end] of lines) {
      const chat = chatLine(doc, p.index, start, end);
      if (chat) block.push(chat);
      else {
        if (block.length >= MIN_BLOCK_LINES) blocks.push(block);
        block = [];
      }
    }
    if (block.length >= MIN_BLOCK_LINES) blocks.push(block);
    else if (lines.length === 1 && block.length === 1 && block[0]!.stamped && block[0]!.marked) out.push(block[0]!);
  }
  // A header of fields (`Presenter: Kaja Holm` / `Guest: …`) names each field once; in a chat an
  // account writes again, or the lines carry their time stamps.
  // A block whose values are all fields (`Claimant: In person`, no sentence's final mark) repeats
  // a field of another header, not an account.
  const seen = new Map<string, number>();
  for (const line of blocks.flat()) seen.set(line.label.text, (seen.get(line.label.text) ?? 0) + 1);
  for (const block of blocks) {
    const fields = isFieldBlock(doc.text.slice(block[0]!.cue.start, block[block.length - 1]!.content.end));
    if (block.some((line) => line.stamped || (seen.get(line.label.text)! > 1 && !fields))) out.push(...block);
  }
  return out.sort((a, b) => a.content.start - b.content.start);
}

interface ParsedLine extends ChatLine {
  readonly stamped: boolean;
  /** The account is a handle or carries a tag: no speaker label of a transcript looks so. */
  readonly marked: boolean;
}

/** The line's account and words, or null when it opens with none, or with a field, a record's entry or a question or answer label. */
function chatLine(doc: Doc, paragraph: number, start: number, end: number): ParsedLine | null {
  // Most lines hold no colon near their start: they are spared the pattern.
  if (!charWithin(doc.text, COLON, start, Math.min(end, start + LABEL_REACH))) return null;
  const match = CHAT_LINE.exec(doc.text.slice(start, end));
  if (!match) return null;
  const account = match[2]!;
  const key = dotlessKey(account);
  if (FIELD_LABELS.has(key) || QUESTION_LABELS.has(key) || ANSWER_LABELS.has(key)) return null;
  if (account.split(/[ \t]/).some((w) => RECORD_WORDS.has(dotlessKey(w)))) return null;
  const accountStart = start + match.indices![2]![0];
  const colon = start + match[0].lastIndexOf(':');
  const contentStart = start + match[0].length;
  return {
    paragraph,
    label: { start: accountStart, end: accountStart + account.length, text: account },
    cue: { start: accountStart, end: colon + 1, text: doc.text.slice(accountStart, colon + 1) },
    content: { start: contentStart, end, text: doc.text.slice(contentStart, end) },
    stamped: match[1] !== undefined,
    marked: isHandle(account) || match[0].indexOf('[', match.indices![2]![1]) >= 0,
  };
}

const COLON = 0x3a;
/** A chat line's colon stands within this many characters of its start (a time stamp, a tagged account). */
const LABEL_REACH = 80;

/** Whether the character `code` stands in `text[from, to)`. */
function charWithin(text: string, code: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/** `[start, end)` of each line of `text[from, to)`, trailing spaces left out, empty lines skipped (CR LF and CR alike). */
function linesOf(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let start = from; start < to;) {
    const end = Math.min(lineEndAt(text, start), to);
    let last = end;
    while (last > start && (text[last - 1] === ' ' || text[last - 1] === '\t')) last--;
    if (last > start) out.push([start, last]);
    start = end + 1;
  }
  return out;
}

/**
 * A user's post under its header line: `crispycal_77 · Verified purchase · 3 September` above a
 * product review, `Posted by grey_kestrel · 3h` above a forum reply. The post is the account's
 * words: its body is the rest of the header's paragraph, or the next paragraph when the header
 * stands alone.
 */
export interface Post {
  /** The account as written. */
  readonly label: Span;
  /** The header line: the post's cue. */
  readonly cue: Span;
  /** The body, trimmed; `quoted` when it opens with a quotation mark (the quotation is then linked to the account). */
  readonly body: Span;
  readonly quoted: boolean;
}

/** `Posted by` and its kin before the account, or a reply's kind before its field separator (`Developer response · `). */
const POST_LEAD_IN = String.raw`(?:(?:Posted|Written|Reply|Comment|Review)[ \t]+(?:by|from)[ \t]+|(?:Developer|Owner|Seller|Official)[ \t]+(?:response|reply)[ \t]+[·•][ \t]+)`;
/**
 * An account: a handle (`Dunmore_Dad`, `tobias.renk`, `@quiet_fern`), a one-word name (`MarenK`),
 * or up to three words (`T. Vance`, `Quillfern Labs`), which only a rating or a reply's kind admits.
 */
const POST_ACCOUNT = String.raw`(@?[\p{L}\d][\p{L}\d._-]*[\p{L}\d.]?(?:[ \t][\p{L}\d][\p{L}\d._-]*){0,2})`;
/** The header: a rating perhaps, an account, then one to three fields after middle dots or bullets (purchase, date, age). */
const POST_HEADER = new RegExp(
  `^([★☆]+[ \\t]+)?(${POST_LEAD_IN})?${POST_ACCOUNT}(?:[ \\t]+[·•][ \\t]+[^·•\\n]{1,40}){1,3}$`,
  'du',
);

/**
 * `ButterCrossBelle, 08:14`, `depotdan, 08:31`: a comments section's header, an account and the
 * time of its comment after a comma. Such a line heads a post only where the text has two of them.
 */
const COMMENT_HEADER = new RegExp(`^${POST_ACCOUNT},[ \\t]+${STAMP}(?:[ \\t]*[ap]\\.?m\\.?)?$`, 'du');
/** `Reply to depotdan: `, `Replying to @quiet_fern `: a reply's lead-in naming the account it answers. */
const REPLY_LEAD = /^(?:Reply|Replying|In reply)[ \t]+to[ \t]+@?[\p{L}\d._-]{1,40}:?[ \t]+/u;
const COMMENT_TIME = new RegExp(`,[ \\t]+${STAMP}`, 'u');
/**
 * `Anneliese Modd says:` over the line of its date (`13 March at 21:40`): a blog's comment
 * header, a name of one to four words and `says:`; the comment is the next paragraph. Such
 * headers, like a comments section's, count in pairs.
 */
const SAYS_VERBS = '(?:says|said|writes|wrote)';
const SAYS_HEADER = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})[ \t]+${SAYS_VERBS}:$`,
  'du',
);
/** Such a header anywhere in a text, for the early exit of a text without any post. */
const SAYS_ANYWHERE = new RegExp(String.raw`^\p{Lu}[^\n]{0,60}[ \t]${SAYS_VERBS}:\n`, 'mu');
/** The date line under such a header: short, with a figure, a weekday or a month. */
const DATE_LINE_MAX = 40;
const CLOCK_IN_LINE = new RegExp(STAMP, 'u');

/**
 * The posts of `doc`: a header line needs its lead-in (`Posted by`) or an account no byline has
 * (a handle, or a one-word name with an inner capital or digit), so that `Reuters · 3 March` above
 * an article quotes nobody; a comments section's headers (see `COMMENT_HEADER`) count in pairs.
 */
export function findPosts(doc: Doc): Post[] {
  const out: Post[] = [];
  const comments: Post[] = [];
  // A header's fields stand after middle dots or bullets, a comment's time after a comma, an embed's
  // account after `@`: a text without any of them has no post.
  const dotted = doc.text.includes('·') || doc.text.includes('•');
  const handles = doc.text.includes('@');
  if (!dotted && !handles && !COMMENT_TIME.test(doc.text) && !SAYS_ANYWHERE.test(doc.text)) return out;
  doc.paragraphs.forEach((p, index) => {
    const lines = linesOf(doc.text, p.start, p.end);
    const next = doc.paragraphs[index + 1];
    const embed = handles ? embeddedPost(doc, lines) : null;
    if (embed) {
      out.push(embed);
      return;
    }
    lines.forEach(([start, end], l) => {
      const line = doc.text.slice(start, end);
      const match = dotted ? POST_HEADER.exec(line) : null;
      if (match) {
        const account = match[3]!;
        // Without a rating or a lead-in only one handle-like word is an account: a section kicker in
        // capitals (`POLITICS • Friday …`) or an agency (`Reuters · 3 March`) is not; `MarenK` is.
        // Several words only after a rating or a reply's kind: `Posted by the Marlo team` is a blog's byline.
        const rated = match[1] !== undefined || /response|reply/u.test(match[2] ?? '');
        if (account.includes(' ') && !rated) return;
        if (!rated && match[2] === undefined && !/[_.\d@]|\p{Ll}.*\p{Lu}/u.test(account)) return;
        const post = postAt(doc, lines, l, next, accountSpan(start + match.indices![3]![0], account));
        if (post) out.push(post);
        return;
      }
      const says = l + 2 === lines.length && next ? SAYS_HEADER.exec(line) : null;
      if (says && datedLine(doc.text.slice(lines[l + 1]![0], lines[l + 1]![1]))) {
        const label = accountSpan(start + says.indices![1]![0], says[1]!);
        comments.push({
          label,
          cue: { start, end, text: line },
          body: { start: next!.start, end: next!.end, text: next!.text },
          quoted: isQuoteMarkChar(doc.text[next!.start]!),
        });
        return;
      }
      const comment = COMMENT_HEADER.exec(line);
      // `WEDNESDAY 8 OCTOBER, 21:40` over a diary's entry: a date and a time, no account.
      const post =
        comment && !isDate(comment[1]!)
          ? postAt(doc, lines, l, next, accountSpan(start + comment.indices![1]![0], comment[1]!))
          : null;
      if (post) comments.push(post);
    });
  });
  return comments.length < 2 ? out : [...out, ...comments].sort((a, b) => a.cue.start - b.cue.start);
}

/** A comment's date line (`13 March at 21:40`, `2 May 2025, 8:15 pm`): short, a figure, a date or a time. */
function datedLine(line: string): boolean {
  return line.length <= DATE_LINE_MAX && /\d/u.test(line) && (isDate(line) || CLOCK_IN_LINE.test(line));
}

/** Words of a date (`Wednesday 8 October`): a weekday or a month among them. */
function isDate(words: string): boolean {
  return words.split(/[ \t]+/u).some((w) => WEEKDAYS.has(dotlessKey(w)) || MONTHS.has(dotlessKey(w)));
}

/**
 * An embedded social-media post's header, alone on the first line of its paragraph: a display
 * name of one to five words and the handle, bare or in parentheses (`Gethin Marlo MP @GethinMarloMP`,
 * `Brannock Trust (@BrannockT) · 5 Sep 2025, 07:58`), or the handle alone
 * (`@hallin_dad_of_3`), perhaps with a date after a middle dot (`· 11 Mar`). `d`: the offsets.
 */
const EMBED_HEADER = new RegExp(
  String.raw`^(?:(\p{L}[\p{L}'’.-]*(?:[ \t][\p{L}'’.-]+){0,4})[ \t]+)?(@[\p{L}\d_]{2,30}|\(@[\p{L}\d_]{2,30}\))(?:[ \t]+[·•][ \t]+[^·•
]{1,40})?$`,
  'du',
);
/** The time line under an embedded post (`12:31 PM · Mar 12, 2025`): no part of its words. */
const EMBED_TIME = /^\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*[·•]/u;
/** A post's counts line (`💬 57 · 🔁 198 · ♥ 412`): symbols and figures between middle dots, no words. */
const COUNTS_LINE = /^[^\p{L}]*\d[^\p{L}]*[·•][^\p{L}]*$/u;
/** A line of a post quoted inside another, set off by a bar or a `>` (`┃ Name (@handle) · …`). */
const QUOTED_POST_LINE = /^[ \t]*[┃│|>]/u;
/** `Replying to @a and @b`: the line naming whom a reply answers, no part of its words. */
const REPLYING_LINE = /^(?:Replying|In reply)[ \t]+to[ \t]+@/u;

/**
 * `Kirsty D @kirstyd_hallin · 11 Mar` over the lines of a post, in one paragraph: the post is the
 * account's words, up to its time line. The body must stand in the header's own paragraph, so a
 * byline with a handle over an article's first paragraph (`By Ana Lind @analind`) quotes nobody.
 */
function embeddedPost(doc: Doc, lines: readonly [number, number][]): Post | null {
  if (lines.length < 2) return null;
  const [start, end] = lines[0]!;
  const match = EMBED_HEADER.exec(doc.text.slice(start, end));
  if (!match || match[1]?.startsWith('By ')) return null;
  const lineText = (l: number): string => doc.text.slice(lines[l]![0], lines[l]![1]);
  // (`Replying to @…` opens the body; a counts line, a quoted post's lines and the time line close it.)
  let first = 1;
  while (first < lines.length && REPLYING_LINE.test(lineText(first))) first++;
  // (A header and its `Replying to @…` line alone: the words stand in another paragraph, which quotes nobody.)
  if (first === lines.length) return null;
  let last = first;
  while (last + 1 < lines.length && !COUNTS_LINE.test(lineText(last + 1)) && !QUOTED_POST_LINE.test(lineText(last + 1)))
    last++;
  if (last > first && EMBED_TIME.test(lineText(last))) last--;
  if (QUOTED_POST_LINE.test(lineText(first))) return null;
  const [from, to] = [lines[first]![0], lines[last]![1]];
  const group = match[1] !== undefined ? 1 : 2;
  const label = accountSpan(start + match.indices![group]![0], match[group]!.replace(/^\((.*)\)$/u, '$1'));
  return {
    label,
    cue: { start, end, text: doc.text.slice(start, end) },
    body: { start: from, end: to, text: doc.text.slice(from, to) },
    quoted: isQuoteMarkChar(doc.text[from]!),
  };
}

function accountSpan(start: number, account: string): Span {
  return { start, end: start + account.length, text: account };
}

/** The post whose header is line `l` of its paragraph: the body is the next line (past a title line before a quotation) or the next paragraph. */
function postAt(
  doc: Doc,
  lines: readonly [number, number][],
  l: number,
  next: { readonly start: number; readonly end: number } | undefined,
  label: Span,
): Post | null {
  const [start, end] = lines[l]!;
  const paragraphEnd = lines[lines.length - 1]![1];
  // A review's title line may stand between its header and its quoted text.
  const quotedAfterTitle = l + 2 < lines.length && isQuoteMarkChar(doc.text[lines[l + 2]![0]]);
  const bodyLine = quotedAfterTitle ? l + 2 : l + 1;
  const body: [number, number] | undefined =
    bodyLine < lines.length ? [lines[bodyLine]![0], paragraphEnd] : next ? [next.start, next.end] : undefined;
  if (!body) return null;
  // `Reply to depotdan: I took the bus.`: whom a reply answers is no part of its words.
  body[0] += REPLY_LEAD.exec(doc.text.slice(body[0], body[1]))?.[0].length ?? 0;
  return {
    label,
    cue: { start, end, text: doc.text.slice(start, end) },
    body: { start: body[0], end: body[1], text: doc.text.slice(body[0], body[1]) },
    quoted: isQuoteMarkChar(doc.text[body[0]]!),
  };
}

/** A quote of an account named as written (a chat line's, a post's): its canonical name is the account itself. */
export function accountQuote(
  kind: QuoteKind,
  content: Region,
  account: Span,
  cue: Span | null,
  confidence: number,
): DraftQuote {
  return {
    kind,
    content: { start: content.start, end: content.end },
    speaker: account,
    resolved: { canonical: account.text, type: 'person' },
    cue,
    confidence,
  };
}
