import { type Doc, type Sentence, type Span, isQuoteMarkChar } from '../text';
import { SENTENCE_END } from './field-block';
import { CUE_FORMS, opensWithSpeechOpener } from './lexicon';
import { describeMentionOnce, mentionAfter, mentionBefore, type MentionInfo, type MentionSpan } from './mentions';
import { SPEECH_PERSON } from './personal-words';
import type { QuoteSegment } from './quote-marks';
import type { Registry } from './registry';
import { NAME_LINE, type Turn } from './transcript';
import type { WordList } from './word-list';

/** Most words after the cue before the handover's colon (`said in a statement:`, `stated the following points:`). */
const HANDOVER_TAIL_WORDS = 5;
/** Fewest words of a handed-over paragraph: a label, a heading or a list line is no statement. */
const STATEMENT_MIN_WORDS = 8;
/** What opens a paragraph that is no statement in prose besides a quotation mark: a bracket, a number or a bullet. */
const LIST_OR_NOTE_START = /^(?:[[(•·*\-–—]|\d)/u;

/**
 * `Foreign Secretary James Cleverly said:` on a line of its own, then the statement without
 * quotation marks (a government release whose block quotation lost its indentation and marks):
 * the paragraph after a one-sentence paragraph ending in a finite reporting verb (a few words may
 * follow it) and a colon is its subject's turn, and so are the paragraphs after it that go on in
 * the speaker's own voice (`we`, `our`, `I`). The subject is a person or an unnamed one (`A Foreign
 * Office spokesperson`), not an institution, whose statement below is as often the text itself.
 * Being a turn, not a quotation, the statement's own reports (`The Foreign Secretary has made it
 * clear that …`) are found inside it. Paragraphs already in `taken` (a transcript's turns) are left.
 */
export function handoverTurns(
  doc: Doc,
  words: WordList,
  registry: Registry,
  taken: ReadonlySet<number>,
  segments: readonly QuoteSegment[],
): Turn[] {
  const turns: Turn[] = [];
  const { paragraphs, sentences } = doc;
  // Paragraphs and sentences are read in order, each once.
  let s = 0;
  for (let i = 1; i < paragraphs.length; i++) {
    const before = paragraphs[i - 1]!;
    if (!before.text.trimEnd().endsWith(':') || before.text.trim().includes('\n')) continue;
    if (taken.has(i) || taken.has(i - 1) || !statementParagraph(paragraphs[i]!.text)) continue;
    while (s < sentences.length && sentences[s]!.paragraph < i - 1) s++;
    // The line is one sentence (`The review heard evidence. Mrs Marrow told it:` hands over nothing).
    if (sentences[s]?.paragraph !== i - 1 || sentences[s + 1]?.paragraph === i - 1) continue;
    // (An indented block under the colon is already a quotation: see `scanQuoteSegments`.)
    const start = paragraphs[i]!.start;
    if (segments.some((seg) => seg.open <= start && seg.end > start)) continue;
    const attributed = attributedSpeaker(doc, words, registry, sentences[s]!);
    const speaker = attributed ?? handoverSpeaker(doc, words, registry, sentences[s]!);
    if (!speaker) continue;
    let last = i;
    // (What a line says is attributable to its speaker runs on in any voice: a readout tells of its principal.)
    while (
      last + 1 < paragraphs.length &&
      !taken.has(last + 1) &&
      statementParagraph(paragraphs[last + 1]!.text) &&
      (attributed !== null || SPEECH_PERSON.test(paragraphs[last + 1]!.text))
    )
      last++;
    const end = paragraphs[last]!.start + paragraphs[last]!.text.trimEnd().length;
    turns.push({
      ...speaker,
      contentStart: paragraphs[i]!.start,
      contentEnd: end,
      firstParagraph: i,
      lastParagraph: last,
      question: false,
      handover: true,
    });
    i = last;
  }
  return turns;
}

/**
 * `The below is attributable to Spokesperson Matthew Miller:`, `The following is attributable to the
 * Spokesperson:`: a readout's line naming whose words the text below is; the mention after
 * `attributable to` speaks, whatever it is.
 */
const ATTRIBUTABLE_LINE = /^(?:the\s+)?(?:following|below|above)(?:\s+\p{L}+)?\s+is\s+attributable\s+to\s+/iu;

/** The speaker a line `The following is attributable to X:` names, or null. */
function attributedSpeaker(
  doc: Doc,
  words: WordList,
  registry: Registry,
  sentence: Sentence,
): Pick<Turn, 'label' | 'cue' | 'canonical' | 'type'> | null {
  const lead = ATTRIBUTABLE_LINE.exec(sentence.text);
  const colon = sentence.tokenEnd - 1;
  if (!lead || words.textAt(colon) !== ':') return null;
  let from = sentence.tokenStart;
  while (from < colon && words.at(from)!.start < sentence.start + lead[0].length) from++;
  const span = mentionAfter(words, from, colon);
  if (!span || span.to !== colon) return null;
  const cueEnd = sentence.start + lead[0].trimEnd().length;
  const cue = { start: sentence.start, end: cueEnd, text: doc.text.slice(sentence.start, cueEnd) };
  return lineSpeaker(doc, words, registry, span, describeMentionOnce(doc.text, words, span), cue);
}

/** A handover line's speaker as a turn gives it: the mention `span` as its label, its cue, and who it is. */
function lineSpeaker(
  doc: Doc,
  words: WordList,
  registry: Registry,
  span: MentionSpan,
  info: MentionInfo,
  cue: Span,
): Pick<Turn, 'label' | 'cue' | 'canonical' | 'type'> {
  const start = words.at(span.from)!.start;
  const end = words.at(span.to - 1)!.end;
  return {
    label: { start, end, text: doc.text.slice(start, end) },
    cue,
    canonical: registry.labelCanonical(info, start),
    type: info.type,
  };
}

/** The handover line's speaker: its cue, the mention before it, and who that is; null when the line hands over nothing a person said. */
function handoverSpeaker(
  doc: Doc,
  words: WordList,
  registry: Registry,
  sentence: Sentence,
): Pick<Turn, 'label' | 'cue' | 'canonical' | 'type'> | null {
  const colon = sentence.tokenEnd - 1;
  if (words.textAt(colon) !== ':') return null;
  for (let k = colon - 1; k >= sentence.tokenStart && colon - 1 - k <= HANDOVER_TAIL_WORDS; k--) {
    const w = words.at(k)!;
    if (!w.isWord || w.cap || !CUE_FORMS.get(w.key)?.some((f) => f.words.length === 1 && !f.participle && !f.base))
      continue;
    const span = mentionBefore(words, k, sentence.tokenStart);
    if (!span) return null;
    const info = describeMentionOnce(doc.text, words, span);
    if (info.type !== 'person' && info.type !== 'anonymous') return null;
    return lineSpeaker(doc, words, registry, span, info, { start: w.start, end: w.end, text: w.text });
  }
  return null;
}

/**
 * A paragraph in prose that reads as a statement: one line (not a post's header over its words), no
 * quotation mark, bracket, number or bullet first, a sentence's end, enough words.
 */
function statementParagraph(paragraph: string): boolean {
  return proseParagraph(paragraph) && paragraph.trim().split(/\s+/u).length >= STATEMENT_MIN_WORDS;
}

/** One line of prose that ends as a sentence does, with no quotation mark, bracket, number or bullet first. */
function proseParagraph(paragraph: string): boolean {
  const trimmed = paragraph.trim();
  return (
    !trimmed.includes('\n') &&
    !isQuoteMarkChar(trimmed[0]) &&
    !LIST_OR_NOTE_START.test(trimmed) &&
    SENTENCE_END.test(trimmed)
  );
}

/** Most words of a speaker's name alone on its line over a speech. */
const SPEAKER_LINE_WORDS = 4;

/**
 * `Neil Bush` alone on its line over `Thank you, Mr. Chair. …`: a delivered speech (a statement
 * to the OSCE or the UN as a ministry publishes it) under the full name of the person who gave
 * it. The paragraph after the name opens with a speech's address (the lexicon's speechOpeners);
 * the turn runs on over the paragraphs in prose after it, up to the next such name line.
 */
export function speakerLineTurns(doc: Doc, registry: Registry, taken: ReadonlySet<number>): Turn[] {
  const turns: Turn[] = [];
  const { paragraphs, text } = doc;
  const nameLines: { paragraph: number; person: string }[] = [];
  for (let i = 1; i + 1 < paragraphs.length; i++) {
    const line = paragraphs[i]!.text.trim();
    // (In title case: a line in capitals is a script's or a record's heading, `ANCHOR INTRO`.)
    if (taken.has(i) || taken.has(i + 1) || !NAME_LINE.test(line) || !/\p{Ll}/u.test(line)) continue;
    if (line.split(/\s+/u).length > SPEAKER_LINE_WORDS) continue;
    const next = paragraphs[i + 1]!.text.trimStart().toLowerCase();
    if (!opensWithSpeechOpener(next)) continue;
    const person = registry.firstPersonBetween(paragraphs[i]!.start, paragraphs[i]!.end);
    if (person) nameLines.push({ paragraph: i, person });
  }
  nameLines.forEach(({ paragraph: i, person }, k) => {
    const p = paragraphs[i]!;
    // The speech runs on over paragraphs of prose, however short (`Thank you.`).
    let last = i + 1;
    const stop = nameLines[k + 1]?.paragraph ?? paragraphs.length;
    while (last + 1 < stop && proseParagraph(paragraphs[last + 1]!.text)) last++;
    const start = p.start + (p.text.length - p.text.trimStart().length);
    const end = start + p.text.trim().length;
    const label = { start, end, text: text.slice(start, end) };
    turns.push({
      label,
      cue: label,
      canonical: person,
      type: 'person',
      contentStart: paragraphs[i + 1]!.start,
      contentEnd: paragraphs[last]!.start + paragraphs[last]!.text.trimEnd().length,
      firstParagraph: i + 1,
      lastParagraph: last,
      question: false,
      handover: true,
    });
  });
  return turns;
}
