import { isQuoteMarkChar, isSpace } from '../../text';
import {
  BARE_CLAUSE,
  CLAIM_NOUNS,
  NAMING_VERBS,
  POSSESSIVE_PRONOUNS,
  SELF_POSSESSIVES,
  THINKING_VERBS,
} from '../lexicon';
import { TIME_PREPOSITIONS } from './cue-subject';
import type { Frame, SentenceScan } from './frame';

/**
 * A sentence's frames tidied, first each alone: a report whose cue stands in a dash-opened aside
 * ends at the closing dash; then against each other, in order: (0) cues inside another cue's adjunct
 * dropped, so is a frame whose subject holds another frame's cue, and a colon's label before a report
 * of its own; (1) echoes dropped (a pronoun's report inside another's content); (2) reports inside a trailing source's content dropped;
 * (3) bare content ended where a joined report starts; (4) content ended where the next
 * report's attribution starts.
 */
export function tidyFrames(scan: SentenceScan, frames: Frame[]): readonly Frame[] {
  const text = scan.doc.text;
  if (frames.length === 0) return frames;
  const start = scan.words.at(scan.lo)?.start ?? scan.sentence.start;
  const ended = frames.map((f) => endedAtClosingDash(text, start, f));
  if (ended.length < 2) return ended;
  return tidyTogether(scan, start, ended);
}

/** Passes (0) to (4) over two frames or more; `start` is where the sentence's own words start. */
function tidyTogether(scan: SentenceScan, start: number, frames: Frame[]): readonly Frame[] {
  const text = scan.doc.text;
  return untilNextReport(
    text,
    withoutInnerReports(
      text,
      start,
      withoutNestedReports(
        scan,
        withoutEchoes(text, withoutColonLabels(text, withoutSubjectsOverCues(scan, withoutAdjunctCues(frames)))),
      ),
    ).map((f, _, kept) => withoutJoinedTail(text, f, kept)),
  );
}

/**
 * `The mayor said the plan would fail, the governor said it would work, …`: a report whose
 * content reaches another report's attribution after a comma ends at that comma, so reports
 * strung together in a run-on sentence neither overlap nor grow with the sentence. A report
 * nested without a comma (`said that aides told him …`) stays inside the outer content.
 */
function untilNextReport(text: string, frames: Frame[]): Frame[] {
  return frames.flatMap((f, n) => {
    if (f.before) return afterPreviousReport(text, f, frames[n - 1]) ?? [];
    if (!f.after) return f;
    for (let m = n + 1; m < frames.length; m++) {
      const g = frames[m]!;
      // A report right after the content (`“…” and calling …`) may still leave its coordinator in it.
      if (g.attributionStart > f.after.end + 1) break;
      if (g.attributionStart <= f.after.start) {
        // `The patroller who warned managers that the run should close, two days before, said …`: the
        // main clause's cue, sharing the relative clause's subject, ends the relative clause's report.
        const main = sameSubject(f, g) && g.cueStart > f.after.start && g.cueStart < f.after.end;
        if (main) return { ...f, after: { start: f.after.start, end: trimmedEnd(text, f.after.start, g.cueStart) } };
        continue;
      }
      let end = Math.min(g.attributionStart, f.after.end);
      while (end > f.after.start && isSpace(text.charCodeAt(end - 1))) end--;
      // `…, and the union said …`: a coordinator after the comma belongs to the next report.
      const word = /(?:^|\s)(?:and|but|while|whereas)$/.exec(text.slice(Math.max(f.after.start, end - 8), end));
      if (word) end -= word[0].trimStart().length;
      while (end > f.after.start && isSpace(text.charCodeAt(end - 1))) end--;
      // `conceded that the levy came “too fast,” but vowed …`: the comma closing a quotation stays in it.
      if (end - 2 > f.after.start && isQuoteMarkChar(text[end - 1]) && text[end - 2] === ',')
        return { ...f, after: { start: f.after.start, end } };
      // `accusing the team of “…” and calling …`: a cue joined by `and` ends the content before it, comma or not.
      // `asked her if … and she said …`: so does a clause of its own after `and`, opened by a pronoun.
      if (word && (g.joined || g.info.kind === 'pronoun') && end > f.after.start && !',;'.includes(text[end - 1]!))
        return { ...f, after: { start: f.after.start, end } };
      if (end <= f.after.start || !',;'.includes(text[end - 1]!)) continue;
      end--;
      return end > f.after.start ? { ...f, after: { start: f.after.start, end } } : f;
    }
    return f;
  });
}

/** Two frames of one subject mention. */
function sameSubject(f: Frame, g: Frame): boolean {
  return f.subject.from === g.subject.from && f.subject.to === g.subject.to;
}

/** `end` moved back past spaces and one comma, not before `start`. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start && text[end - 1] === ',' ? end - 1 : end;
}

/**
 * `…, the mayor said, the tax would go, the governor said`: content before a cue starts after the
 * report before it. Nothing left (`“…,” Kesh said, according to a translation by …`: the source
 * only says where the report was found) leaves the frame no content before its cue: null when it
 * has none after it either.
 */
function afterPreviousReport(text: string, f: Frame, previous: Frame | undefined): Frame | null {
  if (!f.before || !previous) return f;
  let start = Math.max(previous.cueEnd, previous.after?.end ?? 0, previous.before?.end ?? 0);
  if (start <= f.before.start) return f;
  while (start < f.before.end && (isSpace(text.charCodeAt(start)) || ',;'.includes(text[start]!))) start++;
  const coordinator = /^(?:and|but|while|whereas)\s+/.exec(text.slice(start, start + 9));
  if (coordinator) start += coordinator[0].length;
  if (start < f.before.end) return { ...f, before: { start, end: f.before.end } };
  // Only a source right after the report's cue is its sourcing; past a participle's content (`…, accusing him
  // of …, the ministry said`) the report before reaches back over the whole sentence, as it did.
  if (!/^[\s,;]*$/.test(text.slice(previous.cueEnd, f.before.end))) return f;
  return f.after ? { ...f, before: null } : null;
}

/**
 * `The agency thought the audit could wait, according to two officials.` / `…, officials said.`:
 * a source at the end of the sentence reports the whole sentence, so a cue inside it (`thought`,
 * `agreed`) with a clause of its own is part of what the source says, not a second report.
 */
function withoutInnerReports(text: string, sentenceStart: number, frames: Frame[]): Frame[] {
  const outer = frames.find((g) => g.before !== null && g.after === null && g.before.start === sentenceStart);
  if (!outer) return frames;
  const inner = (f: Frame) =>
    f !== outer &&
    f.after !== null &&
    !f.reported &&
    f.cueStart >= outer.before!.start &&
    f.cueStart < outer.before!.end;
  // `A spokesman told a briefing that …, according to the state news agency.`: a speech verb's own
  // report stands; the trailing `according to` only says where the report was found.
  // Only a subject before its cue speaks for itself (not a passive's agent: `confirmed by laboratory testing`).
  const ownReport = (f: Frame) => inner(f) && f.attributionStart < f.cueStart && !THINKING_VERBS.has(f.lemma);
  if (outer.lemma === 'according to' && frames.some(ownReport))
    return frames.filter((f) => f !== outer).map((f) => (inner(f) ? endedBefore(text, f, outer.attributionStart) : f));
  return frames.filter((f) => !inner(f));
}

/**
 * `One can dispute its arithmetic — and the ministry does, pointing out that schools may … — but it
 * is an argument`: a report whose cue stands in an aside a dash opened after a lower-case word
 * ends at the dash that closes the aside. (A dateline's dash follows a place or a date, not such a word.)
 */
function endedAtClosingDash(text: string, sentenceStart: number, f: Frame): Frame {
  if (!f.after) return f;
  let open = false;
  for (let i = sentenceStart; i < f.cueStart; i++)
    if (isAsideDash(text, i)) open = !open && /\p{Ll}\s*$/u.test(text.slice(Math.max(sentenceStart, i - 3), i));
  if (!open) return f;
  for (let i = f.after.start; i < f.after.end; i++) if (isAsideDash(text, i)) return endedBefore(text, f, i);
  return f;
}

/** An em dash, or an en dash between spaces: the marks that open and close an aside. */
function isAsideDash(text: string, i: number): boolean {
  const c = text[i];
  return c === '—' || (c === '–' && text[i - 1] === ' ' && text[i + 1] === ' ');
}

/** `f` with its content ended before `at` and the comma and spaces there (a closing quotation mark's comma stays in it). */
function endedBefore(text: string, f: Frame, at: number): Frame {
  if (!f.after || f.after.end <= at) return f;
  let end = at;
  while (end > f.after.start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > f.after.start && text[end - 1] === ',' && !isQuoteMarkChar(text[end])) end--;
  return end > f.after.start ? { ...f, after: { start: f.after.start, end } } : f;
}

/**
 * `claimed in a voice message posted on the channel that …`: a cue inside the adjunct between
 * another cue and its content (`posted`) shares that content; the outer cue holds the report.
 */
function withoutAdjunctCues(frames: Frame[]): Frame[] {
  return frames.filter(
    (g) =>
      !frames.some(
        (f) =>
          f !== g &&
          f.after !== null &&
          g.after !== null &&
          f.after.end === g.after.end &&
          g.after.start <= f.after.start &&
          g.attributionStart >= f.cueEnd &&
          g.attributionStart < f.after.start,
      ),
  );
}

/**
 * `The ship's log records that the cutter hailed the vessel`: a subject that holds another report's
 * cue (`The ship's log records`) was read across that report; the frame is no report of its own.
 */
function withoutSubjectsOverCues(scan: SentenceScan, frames: Frame[]): Frame[] {
  const { words } = scan;
  return frames.filter((g) => {
    const from = words.at(g.subject.from)!.start;
    const to = words.at(g.subject.to - 1)!.end;
    // The other report lies whole inside the subject, its own subject too (not `but state television
    // has suggested …`, where `state` read as a cue has its subject before).
    return !frames.some(
      (f) =>
        f !== g &&
        // `a user called Gorsefield Dad argued`: a naming verb inside a subject names the speaker.
        !NAMING_VERBS.has(f.lemma) &&
        words.at(f.subject.from)!.start >= from &&
        f.cueStart >= from &&
        f.cueEnd <= to,
    );
  });
}

/** Words of one adjunct and its comma before a clause's subject (`At her briefing, `). */
const OPENING_ADJUNCT = /^[^,;:.!?"“”‘’]{0,60},\s*$/;

/**
 * `What the Ministry says: The Ministry states that …`, `Her reply: At the briefing, the spokesman
 * said …`: a cue whose colon opens a clause that names its own speaker and cue is a label over that
 * report, not a report of its own; the inner report holds the words. A pronoun's report after the
 * colon (`He said: we told them that …`) is the speaker's own words, and stays inside them.
 */
function withoutColonLabels(text: string, frames: Frame[]): Frame[] {
  return frames.filter((f) => {
    if (!f.after || f.before || !text.slice(f.cueEnd, f.after.start).includes(':')) return true;
    if (isQuoteMarkChar(text[f.after.start])) return true;
    const content = f.after;
    return !frames.some(
      (g) =>
        g !== f &&
        g.after !== null &&
        !g.reported &&
        g.info.kind !== 'pronoun' &&
        g.attributionStart < g.cueStart &&
        g.attributionStart >= content.start &&
        g.cueEnd <= content.end &&
        (g.attributionStart === content.start || OPENING_ADJUNCT.test(text.slice(content.start, g.attributionStart))),
    );
  });
}

/**
 * `She said Averna had asked the UN to …`, `said the decision showed that “…”`: a report whose
 * subject opens another report's content is part of what that speaker said; the outer report
 * holds it, quotation and all.
 */
function withoutNestedReports(scan: SentenceScan, frames: Frame[]): Frame[] {
  // A headline's cues are read on their own (`…, study says` after a noun spelt like a cue).
  if (scan.sentence.headline) return frames;
  const text = scan.doc.text;
  // A claim noun's report is the noun's own (`noted the announcement by the port authority that …`).
  return frames.filter(
    (f) =>
      f.coordinated ||
      CLAIM_NOUNS.has(f.lemma) ||
      namingRelative(text, f) ||
      !frames.some((g) => holdsReport(text, g, f)),
  );
}

/**
 * `g`'s content opens with `f`'s subject and holds its cue. A source's phrase is no report of
 * its own words (`According to two of them, the executives called the demo “safe”`).
 */
function holdsReport(text: string, g: Frame, f: Frame): boolean {
  return (
    g !== f &&
    !g.reported &&
    g.lemma !== 'according to' &&
    g.after !== null &&
    f.cueStart >= g.after.start &&
    f.cueEnd <= g.after.end &&
    // (`said radar data showed …`: a modifier or two may open the content before the subject found;
    // `told the council that young people felt “…”`: a subject read back across the `that` still opens it.)
    ((g.after.start <= f.attributionStart &&
      (SUBJECT_LEAD.test(text.slice(g.after.start, f.attributionStart)) ||
        (!f.joined && apposedLead(text.slice(g.after.start, f.attributionStart))))) ||
      (f.attributionStart >= g.cueEnd && f.attributionStart < g.after.start))
  );
}

/**
 * At most two plain words (`SUBJECT_LEAD`), or a role an article or possessive opens and a comma
 * closes, in title case or one lower-case word (`the Chief Executive, `, `its chair, `, before the
 * name in apposition, `APPOSED_LEAD`): what may stand between a content's start and a nested subject.
 */
const SUBJECT_LEAD = /^(?:[\p{L}-]+\s+){0,2}$/u;
const APPOSED_LEAD = new RegExp(
  `^(?:the|an?|${[...POSSESSIVE_PRONOUNS.keys(), ...SELF_POSSESSIVES].join('|')})\\s+(?:(?:\\p{Lu}[\\p{Ll}-]*\\s+){0,3}\\p{Lu}[\\p{Ll}-]*|\\p{Ll}+),\\s+$`,
  'u',
);

/** `APPOSED_LEAD` read with the determiner in lower case, whatever its place in the sentence made it. */
function apposedLead(lead: string): boolean {
  return APPOSED_LEAD.test(lead.charAt(0).toLowerCase() + lead.slice(1));
}

/**
 * `Okafor said he found the ruling “absurd”`, `the mayor says she is urging residents to …`,
 * `the company said it would appeal …`: a pronoun's report inside another report's content
 * repeats the same speaker; the outer report holds it.
 */
function withoutEchoes(text: string, frames: Frame[]): Frame[] {
  return frames.filter((f) => {
    // A joined cue (`…, then joked that …`, `…, adding that …`) shares its subject with the report
    // before: no echo, whatever that subject is (`she is asking` is no participle after a comma).
    if (f.info.kind !== 'pronoun' || f.info.pronoun === 'first' || f.newClause || f.coordinated) return true;
    // `X had warned the operator that …, she stressed.`: an attribution closing the sentence reports the words before it, no echo.
    if (f.before !== null && f.after === null && BARE_CLAUSE.has(f.lemma) && closesSentence(text, f.cueEnd))
      return true;
    if (f.joined && JOINED_AFTER.test(text.slice(Math.max(0, f.attributionStart - 12), f.attributionStart)))
      return true;
    // `They asked her if … and she said …`: a pronoun opening a clause after `and` reports on its own.
    if (AND_BEFORE.test(text.slice(Math.max(0, f.attributionStart - 6), f.attributionStart))) return true;
    // `accused Hennlo of what he called “a media spectacle”`: a naming relative's quotation is its own words.
    if (namingRelative(text, f)) return true;
    // `The mayor said the plan would fail, she said it would work`: so does one after a comma whose
    // own clause follows its cue at once (not `…, she said, …`, set between commas), unless a `that`
    // of the report holding it comes between (`alleges that …, and that, in an email, he described …`).
    const spliced =
      f.after !== null &&
      f.before === null &&
      /,\s*$/.test(text.slice(Math.max(0, f.attributionStart - 3), f.attributionStart)) &&
      !/[,;:]/.test(text.slice(f.cueEnd, f.after.start));
    return !frames.some(
      (g) =>
        g !== f &&
        !g.reported &&
        g.after !== null &&
        g.after.start <= f.attributionStart &&
        f.cueEnd <= g.after.end &&
        !(spliced && !/\bthat\b/i.test(text.slice(g.after.start, f.attributionStart))),
    );
  });
}

/** `what he called “…”`, `which she described as “…”`: a naming verb after a relative word, its content a quotation. */
function namingRelative(text: string, f: Frame): boolean {
  return (
    NAMING_VERBS.has(f.lemma) &&
    f.after !== null &&
    isQuoteMarkChar(text[f.after.start + (/^as\s/.test(text.slice(f.after.start, f.after.start + 3)) ? 3 : 0)]) &&
    /(?:^|\s)(?:what|which)\s+$/i.test(text.slice(Math.max(0, f.attributionStart - 7), f.attributionStart))
  );
}

/** `and` (after a comma or not) right before a subject. */
const AND_BEFORE = /(?:^|[\s,])and\s+$/;

/** A comma, and maybe a time preposition, right before a joined cue (`…, adding`, `…, while stressing`). */
const JOINED_AFTER = new RegExp(`,\\s*(?:(?:${[...TIME_PREPOSITIONS].join('|')})\\s+)?$`, 'i');

/** Only spaces, then a sentence's final mark, at `at` (`…, she stressed.`). */
function closesSentence(text: string, at: number): boolean {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return '.!?'.includes(text[at] ?? 'x');
}

/**
 * `Officials expect delays, with Governor Ruiz adding that …` / `Schumer called it “…” and said
 * …` / `Democrats say …, while Republicans say …`: a joined attribution or one opening a clause
 * of its own starts a new report, so it ends the bare content of the one before.
 */
function withoutJoinedTail(text: string, f: Frame, frames: readonly Frame[]): Frame {
  if (!f.after) return f;
  let end = f.after.end;
  for (const g of frames) {
    if (g === f || !(g.joined || g.newClause) || g.attributionStart <= f.after.start || g.attributionStart >= end)
      continue;
    // A participle hangs off a comma (`, with Tang saying`); a coordinated cue off its `and`.
    const comma = text.lastIndexOf(',', g.attributionStart);
    // `… “a month too late,” and vowed …`: the comma closing a quotation stays in it.
    if (comma > f.after.start && isQuoteMarkChar(text[comma + 1]) && comma + 2 <= g.attributionStart) {
      end = comma + 2;
      continue;
    }
    end = text.startsWith('and', g.attributionStart) || comma <= f.after.start ? g.attributionStart : comma;
    while (end > f.after.start && (isSpace(text.charCodeAt(end - 1)) || text[end - 1] === ',')) end--;
  }
  return end === f.after.end ? f : { ...f, after: { start: f.after.start, end } };
}
