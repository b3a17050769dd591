import {
  dotlessKey,
  isStopWord,
  isWhite,
  lastAtOrBefore,
  pastItemNumber,
  lineEndAt,
  skipSpaces,
  tokenColumnsOf,
  type Doc,
  type Sentence,
} from '../text';
import type { Attribution, DraftQuote, Quote, Region, Resolved } from './types';
import { listReportFrames, sentenceFrames, type Frame } from './reporting-frames';
import { ARTICLES, CREDIT_CUES, PRONOUNS, REFLEXIVE_PRONOUNS, SPEECH_NOUNS, TITLES } from './lexicon';
import { CONFIDENCE, QuoteLinker, spanOf } from './link-quotes';
import { describeMentionOnce, mentionAfter, nicknameMark, ROLE_PREPOSITIONS, type MentionSpan } from './mentions';
import { scanQuoteSegments, type QuoteSegment } from './quote-marks';
import { Registry } from './registry';
import { Resolver } from './resolver';
import type { AttributionContext, FoundFrames } from './context';
import { summarise } from './summary';
import { accountQuote, findChatLines, findPosts, type ChatLine, type Post } from './chat-lines';
import { handoverTurns, speakerLineTurns } from './handover';
import { SPEECH_PERSON } from './personal-words';
import { findTurns, isInterjection, type Turn } from './transcript';
import { computeVoices } from './voices';
import { isHandle, WordList, type Word } from './word-list';

/**
 * Attribute a document: who speaks (quotes and reported speech with their speakers),
 * who the speakers are (canonical names, types, aliases), which parties are mentioned,
 * and whose voice each sentence carries. Stages, in order: read the document (words,
 * quotation segments, names, transcript turns), find the reporting frames of each sentence,
 * link each quotation to its speaker, turn the frames no quotation used and the transcript
 * turns into quotes, then number the quotes and derive voices, speakers and actors.
 */
export function attribute(doc: Doc): Attribution {
  const context = readDocument(doc);
  const found = findFrames(context);
  const linker = new QuoteLinker(context, found);
  const linked = linkQuotes(context, linker);
  const drafts = [
    ...linked,
    ...framesToQuotes(context, found, linker, linked),
    ...turnsToQuotes(
      doc,
      context.turns.filter((t) => !narratedUnderHeading(context, found, t)),
      context.segments,
    ),
    ...chatLinesToQuotes(context.chatLines),
    ...postsToQuotes(context.posts),
  ];
  drafts.sort(
    (a, b) =>
      a.content.start - b.content.start || (a.cue?.start ?? 0) - (b.cue?.start ?? 0) || a.content.end - b.content.end,
  );
  return finalize(context, found, drafts);
}

/** The document's words, quotation segments, registered names and transcript turns, and a resolver over them. */
export function readDocument(doc: Doc): AttributionContext {
  const words = new WordList(doc);
  const segments = withoutNicknames(doc, words, scanQuoteSegments(doc));
  const quoted = markQuoted(doc, segments);
  const registry = new Registry(doc, words);
  const chatLines = findChatLines(doc);
  const labelled = findTurns(doc, words, registry, new Set(chatLines.map((line) => line.paragraph)));
  const taken = new Set<number>(chatLines.map((line) => line.paragraph));
  for (const t of labelled) for (let p = t.firstParagraph - 1; p <= t.lastParagraph; p++) taken.add(p);
  const handedOver = [
    ...handoverTurns(doc, words, registry, taken, segments),
    ...speakerLineTurns(doc, registry, taken),
  ];
  const turns =
    handedOver.length === 0 ? labelled : [...labelled, ...handedOver].sort((a, b) => a.contentStart - b.contentStart);
  const byline = bylineSpeaker(doc, registry);
  const turnOfParagraph = paragraphTurns(doc, turns);
  const addressee = letterAddressee(doc, registry);
  const resolver = new Resolver(
    registry,
    (pos) => {
      const turn = turnOfParagraph[paragraphAt(doc, pos)];
      if (turn && turn.contentStart <= pos)
        return turn.canonical ? { canonical: turn.canonical, type: turn.type } : null;
      return byline;
    },
    (pos) => {
      const turn = turnOfParagraph[paragraphAt(doc, pos)];
      if (turn) return turn.question ? answererAfter(turns, turn) : null;
      return addressee;
    },
  );
  return { doc, words, segments, quoted, registry, turns, chatLines, posts: findPosts(doc), turnOfParagraph, resolver };
}

/**
 * The reporting frames of each sentence, each with its speaker resolved in reading order (and
 * noted, so a later pronoun can reach it).
 */
export function findFrames(context: AttributionContext): FoundFrames {
  const { doc, words, quoted, resolver, turnOfParagraph } = context;
  const frames: (readonly Frame[])[] = [];
  const resolved = new Map<Frame, Resolved>();
  // `the Clerk reported that:` over a list: each item's frame, kept for the item's sentence.
  const listed = new Map<number, Frame[]>();
  for (const s of doc.sentences) {
    // A turn's first sentence opens with its label (`THE WITNESS: He told me …`): frames start after it.
    const turn = turnOfParagraph[s.paragraph];
    const from = turn && turn.firstParagraph === s.paragraph ? Math.max(s.start, turn.contentStart) : s.start;
    const own = sentenceFrames(doc, words, s, quoted, from);
    if (own.length === 0)
      for (const f of listReportFrames(doc, words, s, quoted))
        listed.set(f.sentence, [...(listed.get(f.sentence) ?? []), f]);
    const items = listed.get(s.index);
    const candidates = items ? [...own, ...items] : own;
    if (candidates.length === 0) {
      frames.push(candidates);
      continue;
    }
    const kept: Frame[] = [];
    for (const f of candidates) {
      const pos = words.at(f.subject.from)!.start;
      const r = resolver.resolve(
        f.info,
        pos,
        f.info.pronoun === 'person'
          ? (personOfOwnClause(context, s, f.subject.from) ?? previousSubject(context, s))
          : null,
      );
      // An `I`/`we` with no known own speaker (an open letter's signatories, an op-ed's writer) still
      // reports: the quote keeps its `We` and names no one.
      resolved.set(f, r);
      resolver.note(r, pos, f.issued);
      kept.push(f);
    }
    frames.push(kept);
  }
  return { frames, resolved };
}

/** Each quotation segment linked to its speaker, in text order; segments that are no speech give none. */
function linkQuotes(context: AttributionContext, linker: QuoteLinker): DraftQuote[] {
  const drafts: DraftQuote[] = [];
  for (const seg of context.segments) {
    const draft = linker.link(seg);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

/**
 * Reported speech: every frame no quotation used, unless a direct quote already holds its
 * content. Content holding a quotation (or around a segment that is no speech) is mixed.
 */
function framesToQuotes(
  context: AttributionContext,
  found: FoundFrames,
  linker: QuoteLinker,
  linked: readonly DraftQuote[],
): DraftQuote[] {
  const { doc, words, segments } = context;
  // Direct quotes in text order, to find a frame whose content a quotation already holds.
  const direct = linked.filter((d) => d.kind === 'direct').sort((a, b) => a.content.start - b.content.start);
  const drafts: DraftQuote[] = [];
  for (const list of found.frames) {
    for (const f of list) {
      if (linker.used.has(f) || f.wordless) continue;
      // (`Anneliese Modd says:` over its date: a post's header line reports no words of its own.)
      const post = context.posts[lastAtOrBefore(context.posts, f.cueStart, (p) => p.cue.start)];
      if (post && f.cueStart < post.cue.end) continue;
      if (standfirstCredit(context, f)) continue;
      const region = f.after ?? f.before!;
      const content = { start: region.start, end: linker.mixedEnds.get(f) ?? region.end };
      // Tidying may leave nothing (a clause cut at the next speaker's cue): no words, no quote.
      if (content.end <= content.start) continue;
      const holder = direct[lastAtOrBefore(direct, content.start, (d) => d.content.start)];
      if (holder && content.end <= holder.content.end + 1) continue;
      const inner = segments[lastAtOrBefore(segments, content.end, (seg) => seg.start)];
      const mixed =
        linker.mixed.has(f) || (inner !== undefined && inner.start >= content.start && inner.end <= content.end);
      drafts.push({
        kind: f.reported ? 'reported' : mixed ? 'mixed' : 'indirect',
        content,
        speaker: spanOf(doc, words, f.subject),
        resolved: found.resolved.get(f)!,
        cue: { start: f.cueStart, end: f.cueEnd, text: doc.text.slice(f.cueStart, f.cueEnd) },
        confidence: f.reported ? CONFIDENCE.reported : f.marked ? CONFIDENCE.marked : CONFIDENCE.bare,
      });
    }
  }
  return drafts;
}

/** Paragraphs of a column's top where a standfirst may end with its writer's credit. */
const STANDFIRST_PARAGRAPHS = 4;

/**
 * `Sennet Water says no one will be left worse off. Ask the people who live there, writes Elin
 * Marrasch`: a column's standfirst closing with its writer's credit (`writes`, `argues` and the
 * name, ending the paragraph near the top) is the byline, not a report of the standfirst's words.
 */
function standfirstCredit({ doc, words }: AttributionContext, f: Frame): boolean {
  const paragraph = doc.sentences[f.sentence]!.paragraph;
  if (paragraph >= STANDFIRST_PARAGRAPHS || !CREDIT_CUES.has(f.lemma)) return false;
  if (words.at(f.subject.from)!.start <= f.cueStart) return false;
  // The name ends the paragraph: only a full stop or spaces after it (read up to the first other character).
  const end = doc.paragraphs[paragraph]!.end;
  let k = words.at(f.subject.to - 1)!.end;
  while (k < end && (doc.text[k] === '.' || isWhite(doc.text[k]!))) k++;
  return k >= end;
}

/** Each chat line is a quote of its account. */
function chatLinesToQuotes(lines: readonly ChatLine[]): DraftQuote[] {
  return lines.map((line) => accountQuote('transcript', line.content, line.label, line.cue, CONFIDENCE.turn));
}

/** A post's body that no quotation marks open is one quote of its account (a quoted body is linked with its quotation). */
function postsToQuotes(posts: readonly Post[]): DraftQuote[] {
  return posts
    .filter((post) => !post.quoted)
    .map((post) => accountQuote('transcript', post.body, post.label, post.cue, CONFIDENCE.turn));
}

/** Turns a document needs to read as a transcript whose turns may end at narration (see `turnsToQuotes`). */
const TRANSCRIPT_MIN_TURNS = 3;

/**
 * Each transcript turn is a quote of its speaker. In a transcript (at least
 * `TRANSCRIPT_MIN_TURNS` turns), a later paragraph of a turn without a first or second person is
 * the outlet's narration (`Mr Harland denied that his firm had cut corners …`): the turn's quote
 * ends before it, unless the record marks an interruption just before it (the speaker goes on).
 */
function turnsToQuotes(doc: Doc, turns: readonly Turn[], segments: readonly QuoteSegment[]): DraftQuote[] {
  const transcript = turns.filter((t) => !t.handover).length >= TRANSCRIPT_MIN_TURNS;
  return turns.map((t) => ({
    kind: 'transcript',
    content: { start: t.contentStart, end: transcript ? speechEnd(doc, t, segments) : t.contentEnd },
    speaker: t.label,
    resolved: { canonical: t.canonical, type: t.type },
    cue: t.cue,
    confidence: CONFIDENCE.turn,
    question: t.question,
  }));
}

/**
 * Where the turn's speech ends: before its first later paragraph without a first or second person
 * of its own. Words in quotation marks are someone's it quotes (`Mr Stanek added: “… my only
 * question …”` is the outlet's narration).
 */
function speechEnd(doc: Doc, turn: Turn, segments: readonly QuoteSegment[]): number {
  for (let p = turn.firstParagraph + 1; p <= turn.lastParagraph; p++) {
    const paragraph = doc.paragraphs[p]!;
    const before = doc.paragraphs[p - 1]!;
    // The record's time stamps and directions (`3.12 pm`, `(Laughter)`) are nobody's, and after them the speaker goes on.
    if (paragraph.start <= turn.contentStart || isInterjection(paragraph.text) || isInterjection(before.text)) continue;
    if (!SPEECH_PERSON.test(unquotedText(doc, paragraph.start, paragraph.end, segments)))
      return Math.min(before.end, turn.contentEnd);
  }
  return turn.contentEnd;
}

/**
 * `Ministry of the Interior:` on a line of its own over `The ministry confirmed that …`, or an
 * organisation's label on the line it opens (`Retail Consortium: The consortium said …`): a label
 * over the outlet's account of what its party said, not that party's own words. The content opens
 * with a report whose subject starts it, and holds no first or second person outside quotation
 * marks; the report stands as the quote.
 */
function narratedUnderHeading(context: AttributionContext, found: FoundFrames, t: Turn): boolean {
  const { doc, words, segments } = context;
  // On the label's own line only an organisation's account is narrated (`Retail Consortium: The
  // consortium said …` in a round-up); a person's turn may open with a report (`LIND: The ministry said …`),
  // and so may an outlet's question (`Halvik Tribune: Norvessa says … Does the ministry …?`).
  const sameLine = t.cue !== null && t.contentStart <= lineEndAt(doc.text, t.cue.end);
  if (t.cue === null || (sameLine && (t.type !== 'organization' || t.question))) return false;
  const s = Math.max(
    0,
    lastAtOrBefore(doc.sentences, t.contentStart, (x) => x.start),
  );
  // On the label's line the report's subject takes the party up in common words (`The consortium`,
  // `A spokesperson`), not a name, a role or a government (`NARRATOR: The Treaty of Lissem says …`).
  const opens = (found.frames[s] ?? []).some(
    (f) =>
      f.after !== null &&
      f.before === null &&
      words.at(f.subject.from)!.start === t.contentStart &&
      (!sameLine || f.info.kind === 'organization' || f.info.kind === 'anonymous'),
  );
  if (!opens) return false;
  return !SPEECH_PERSON.test(unquotedText(doc, t.contentStart, t.contentEnd, segments));
}

/** The text from `start` to `end` with its quotations (marks included) left out. */
function unquotedText(doc: Doc, start: number, end: number, segments: readonly QuoteSegment[]): string {
  let text = '';
  let from = start;
  const first = Math.max(
    0,
    lastAtOrBefore(segments, start, (seg) => seg.open),
  );
  for (let k = first; k < segments.length; k++) {
    const seg = segments[k]!;
    if (seg.open >= end) break;
    if (seg.close <= from) continue;
    text += doc.text.slice(from, Math.max(from, seg.open)) + ' ';
    from = Math.min(end, Math.max(from, seg.close));
  }
  return text + doc.text.slice(from, end);
}

/** The drafts (in text order) numbered as quotes, and the voices, speakers and actors derived from them. */
function finalize(context: AttributionContext, found: FoundFrames, drafts: readonly DraftQuote[]): Attribution {
  const { doc, words, turns, registry } = context;
  const quotes: Quote[] = drafts.map((d, index) => ({
    index,
    kind: d.kind,
    content: { start: d.content.start, end: d.content.end, text: doc.text.slice(d.content.start, d.content.end) },
    speaker: d.speaker,
    canonical: d.resolved.canonical,
    cue: d.cue,
    confidence: d.confidence,
    sentences: sentencesOf(doc.sentences, d.content),
    ...(d.question !== undefined ? { question: d.question } : {}),
  }));
  const frameSentences = new Set<number>();
  found.frames.forEach((list, i) => list.length > 0 && frameSentences.add(i));
  const voices = computeVoices({ doc, quotes, drafts, turns, frameSentences, registry });
  const { speakers, actors } = summarise({ doc, words, quotes, drafts, voices, registry });
  return { quotes, speakers, actors, voices };
}

/** Who answers a question turn: the speaker of the next turn that is no question (`you said …` in the question is them). */
function answererAfter(turns: readonly Turn[], question: Turn): Resolved | null {
  for (let i = turns.indexOf(question) + 1; i < turns.length; i++) {
    const t = turns[i]!;
    if (!t.question) return t.canonical ? { canonical: t.canonical, type: t.type } : null;
  }
  return null;
}

/** Paragraphs read for an open letter's `To:` or `Dear …,` line. */
const LETTER_HEAD_PARAGRAPHS = 6;
const ADDRESS_LINE = /^(?:to\s*:|dear\s)/i;

/** The person an open letter addresses: the first person named on its `To:` or `Dear …,` line. */
function letterAddressee(doc: Doc, registry: Registry): Resolved | null {
  const text = doc.text;
  for (const p of doc.paragraphs.slice(0, LETTER_HEAD_PARAGRAPHS)) {
    for (let start = p.start; start < p.end;) {
      const end = Math.min(lineEndAt(text, start), p.end);
      if (ADDRESS_LINE.test(text.slice(start, end))) {
        const named = registry.names.find((n) => n.type === 'person' && n.start >= start && n.end <= end);
        if (named) return { canonical: named.canonical, type: 'person' };
      }
      start = skipSpaces(text, end, p.end);
    }
  }
  return null;
}

/**
 * The person the previous sentence of the paragraph opens with (`The magistrate rejected …`),
 * whom a `he`/`she` at the start of the next sentence most likely means.
 */
/** Subordinators that open a clause of the writer's own before the main clause (`When I asked …,`). */
const OWN_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'as', 'after', 'before', 'once', 'while']);

/**
 * `When I mentioned the loan to Ebrin Salowa, she laughed and said …`: a sentence opening with the
 * writer's own clause (a subordinator, then `I` or `we`) that names a person, and a pronoun
 * subject right after its comma: the pronoun cannot be the writer, so it is the person named.
 */
function personOfOwnClause(context: AttributionContext, s: Sentence, subject: number): Resolved | null {
  const { words, registry } = context;
  if (words.at(subject - 1)?.text !== ',') return null;
  // (`In Ketheru, when I …`: past an opening adjunct and its comma.)
  let at = s.tokenStart;
  while (at < subject - 3 && !OWN_CLAUSE_OPENERS.has(words.at(at)!.key)) at++;
  const opener = words.at(at)!;
  const own = words.at(at + 1)!;
  if (!OWN_CLAUSE_OPENERS.has(opener.key) || !FIRST_PERSON_SUBJECTS.has(own.key)) return null;
  if (at > s.tokenStart && words.at(at - 1)!.text !== ',') return null;
  const named = registry.lastPersonBetween(own.end, words.at(subject)!.start);
  return named ? { canonical: named, type: 'person' } : null;
}

/** `I` and `we` as the subject of the writer's own clause. */
const FIRST_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we']);

function previousSubject(context: AttributionContext, s: Sentence): Resolved | null {
  const { doc, words, quoted } = context;
  // `X was happy to talk. “A. B,” he said.`: the sentences of the quotation the cue closes are its
  // speaker's words; the subject before them is the one before the quotation.
  const segment = quoted[s.tokenStart]!;
  let at = s.index - 1;
  while (segment >= 0 && at > 0 && quoted[doc.sentences[at]!.tokenStart] === segment) at--;
  const prev = doc.sentences[at];
  if (!prev || prev.paragraph !== s.paragraph || prev.headline) return null;
  // `2.1 The Chief Executive outlined …. He stated that …`: a minute's number opens no subject.
  let first = prev.tokenStart;
  const itemStart = pastItemNumber(doc.text, prev.start, prev.end);
  while (first < prev.tokenEnd && words.at(first)!.start < itemStart) first++;
  const opening = openingPhraseEnd(words, first, prev.tokenEnd);
  return (
    personOpening(context, first, prev.tokenEnd) ??
    (opening < 0 ? null : personOpening(context, opening, prev.tokenEnd))
  );
}

/** The person a clause opens with at word `from` (`The magistrate rejected …`), if a lower-case word follows the mention. */
function personOpening(context: AttributionContext, from: number, to: number): Resolved | null {
  const { words } = context;
  const span = mentionAfter(words, from, to);
  if (!span) return null;
  // `Feargal Dunmore, of the builders' merchants, spoke …`: an aside between commas stands before the verb.
  const asideEnd = words.at(span.to)?.text === ',' ? closingComma(words, span.to + 1, to) : -1;
  const verb = words.at(asideEnd < 0 ? span.to : asideEnd + 1);
  if (!verb || !verb.isWord || verb.cap) return null;
  // `The transport minister, Lorna Castellane, did not attend`: a person named in the aside is the subject.
  // A name after an article is a party's (`…, the Agrarians,`), not a person's.
  const apposed = asideEnd < 0 ? null : mentionAfter(words, span.to + 1, asideEnd);
  const named =
    apposed && apposed.to === asideEnd && !ARTICLES.has(words.at(apposed.from)!.key)
      ? personMentioned(context, apposed, verb, true)
      : null;
  // `The Chief Executive of the Health Board outlined …`: the title before its body's `of` is the role.
  const title = titleBeforeItsBody(words, span);
  return (
    named ??
    personMentioned(context, span, verb, asideEnd >= 0) ??
    (title ? personMentioned(context, title, verb, asideEnd >= 0) : null)
  );
}

/** The words of `span` up to a capitalised title's `of`/`for` (`The Chief Executive` of `… of the Health Board`), or null. */
function titleBeforeItsBody(words: WordList, span: MentionSpan): MentionSpan | null {
  for (let t = span.from + 1; t + 1 < span.to; t++) {
    const w = words.at(t)!;
    const next = words.at(t + 1)!;
    if (w.cap && TITLES.has(w.key) && !next.cap && ROLE_PREPOSITIONS.has(next.key))
      return { from: span.from, to: t + 1 };
  }
  return null;
}

/**
 * The person mention `span` names, before the clause's verb `verb`; null for anyone else.
 * `aside`: a comma follows the mention, so its capital is no mere sentence opening.
 */
function personMentioned(
  { doc, words, resolver, registry }: AttributionContext,
  span: MentionSpan,
  verb: Word,
  aside: boolean,
): Resolved | null {
  const info = describeMentionOnce(doc.text, words, span);
  if (info.kind !== 'name' && info.kind !== 'role') return null;
  const pos = words.at(span.from)!.start;
  // Every sentence opens with a capital: one word there before a function word (`Stamping his
  // feet …`, `Will they win?`, `Ask the pickets …`) is a person only when the text names someone
  // so elsewhere; before a verb it may be a name met once (`Lee questioned Park`). A handle is no capitalised opener.
  if (
    !aside &&
    span.to - span.from === 1 &&
    info.kind === 'name' &&
    !isHandle(words.at(span.from)!.text) &&
    isStopWord(verb.key) &&
    registry.personNamed(dotlessKey(info.name), pos) === null
  )
    return null;
  const r = resolver.resolve(info, pos);
  return r.canonical && r.type === 'person' ? r : null;
}

/** Most words of an aside between a clause's subject and its verb (`Parent Tomasz Rudd, who walks …, has`). */
const SUBJECT_ASIDE_WORDS = 20;

/**
 * The comma closing an aside that opens at word `from`, or -1: none within reach, or the aside
 * holds a quotation or a pronoun subject (`Her English, she says, is …` is no aside about a
 * person). Asides may follow one another (`Dorn, 51, a former mayor, is running …`).
 */
function closingComma(words: WordList, from: number, to: number): number {
  for (let k = from; k < Math.min(to - 1, from + SUBJECT_ASIDE_WORDS); k++) {
    const w = words.at(k)!;
    if (w.isQuoteMark || (PRONOUNS.has(w.key) && !REFLEXIVE_PRONOUNS.has(w.key))) return -1;
    if (w.text === ',' && k > from && !ARTICLES.has(words.at(k + 1)?.key ?? '')) return k;
  }
  return -1;
}

/** Words an opening phrase may have before its comma (`Asked about the report, Almqvist was blunt.`). */
const OPENING_PHRASE_WORDS = 12;

/** The word after the comma that closes a sentence's opening phrase, or -1 when no comma comes soon. */
function openingPhraseEnd(words: WordList, from: number, to: number): number {
  for (let k = from + 1; k < Math.min(to - 1, from + OPENING_PHRASE_WORDS); k++)
    if (words.at(k)!.text === ',') return k + 1;
  return -1;
}

/**
 * The speaker a `Remarks by …` / `Statement from …` headline names: the person the text's
 * `I` and `we` stand for outside transcript turns.
 */
function bylineSpeaker(doc: Doc, registry: Registry): Resolved | null {
  // `Remarks by …`, `Statement of …` as the headline.
  const words = doc.headline ? doc.headline.text.toLowerCase().split(/[^\p{L}-]+/u) : [];
  if (words.some((w) => SPEECH_NOUNS.has(w))) {
    const person = registry.openingSpokesperson(1);
    if (person) return { canonical: person, type: 'person' };
  }
  // `By Helka Varn` on a line of its own near the top: the author of an op-ed speaks in its `I`.
  for (const p of doc.paragraphs.slice(0, BYLINE_PARAGRAPHS)) {
    const m = BYLINE.exec(p.text);
    if (m) {
      const name = m[1]!;
      const surname = dotlessKey(name.slice(name.lastIndexOf(' ') + 1));
      return { canonical: registry.personNamed(surname, p.end) ?? name, type: 'person' };
    }
  }
  return null;
}

/** Paragraphs from the top where a byline may stand (headline, standfirst, byline). */
const BYLINE_PARAGRAPHS = 4;
/** `By Helka Varn`: a line of its own, two to four capitalised names. */
const BYLINE = /^By\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*$/mu;

function paragraphAt(doc: Doc, offset: number): number {
  return Math.max(
    0,
    lastAtOrBefore(doc.paragraphs, offset, (p) => p.start),
  );
}

/** The transcript turn each paragraph belongs to, if any. */
function paragraphTurns(doc: Doc, turns: readonly Turn[]): (Turn | undefined)[] {
  const out: (Turn | undefined)[] = new Array(doc.paragraphs.length);
  for (const t of turns) for (let p = t.firstParagraph; p <= t.lastParagraph; p++) out[p] = t;
  return out;
}

/**
 * The segments without those that are a nickname inside a name (`Celestino "Tino" Marasigan`:
 * see `nicknameMark`), which quote nobody.
 */
function withoutNicknames(doc: Doc, words: WordList, segments: QuoteSegment[]): QuoteSegment[] {
  const { starts } = tokenColumnsOf(doc);
  const nickname = (seg: QuoteSegment) => {
    const mark = lastStartAtOrBefore(starts, seg.open);
    return mark >= 0 && starts[mark] === seg.open && nicknameMark(words, mark);
  };
  return segments.some(nickname) ? segments.filter((seg) => !nickname(seg)) : segments;
}

/**
 * For each word, the index of the quotation segment it lies in (marks included), or -1.
 * Segments are in text order and do not overlap, so only the words inside them are visited.
 */
function markQuoted(doc: Doc, segments: readonly QuoteSegment[]): Int32Array {
  const { length, starts } = tokenColumnsOf(doc);
  const out = new Int32Array(length).fill(-1);
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    const limit = Math.max(seg.close, seg.end);
    for (let i = lastStartAtOrBefore(starts, seg.open - 1) + 1; i < length && starts[i]! < limit; i++) {
      if (out[i] === -1) out[i] = s;
    }
  }
  return out;
}

/** Index of the last token starting at or before `pos` (token starts ascend), or -1. */
function lastStartAtOrBefore(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function sentencesOf(sentences: readonly Sentence[], r: Region): number[] {
  const out: number[] = [];
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= r.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sentences.length && sentences[i]!.start < r.end; i++) out.push(i);
  return out;
}
