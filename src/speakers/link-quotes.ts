import type { Doc, Span } from '../text';
import { isLetter } from '../text';
import type { DraftQuote, Region } from './types';
import {
  invertedApposition,
  isDocumentNoun,
  isPastForm,
  isPunct,
  negativeSubject,
  pastAsides,
  phraseAt,
  plainNounPhrase,
  verbAmong,
  type Frame,
} from './reporting-frames';
import {
  ADJUNCT_PREPOSITIONS,
  ANSWER_NOUNS,
  ARTICLES,
  AUXILIARIES,
  BE_FORMS,
  DEMONSTRATIVES,
  VIEW_NOUNS,
  CLAUSE_STOPS,
  CLAUSE_COORDINATORS,
  RELATIVE_PRONOUNS,
  COORDINATORS,
  CUE_FORMS,
  CAPTION_MARKERS,
  CLIP_MARKERS,
  QUOTE_FIELD_LABELS,
  FIELD_LABELS,
  HANDOVER_PHRASES,
  MENTION_PREPOSITIONS,
  NAME_PARTICLES,
  TITLES,
  TOPIC_PREPOSITIONS,
  LABEL_LEAD_INS,
  NAMING_VERBS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  QUESTION_OPENERS,
  SUBJECT_SKIP,
  TALK_VERBS,
  TITLE_CUES,
  WRITING_NOUNS,
} from './lexicon';
import {
  describeMentionOnce,
  describePossessivePronoun,
  mentionAfter,
  speakerNoun,
  type MentionInfo,
  type MentionSpan,
  opensRelative,
} from './mentions';
import { pastOpeningAdjuncts } from './reporting-frames/subjects';
import type { QuoteSegment } from './quote-marks';
import { authoredTitle, namesWork } from './reporting-frames/headline';
import type { Resolved, Resolver } from './resolver';
import type { Turn } from './transcript';
import { accountQuote, type Post } from './chat-lines';
import type { AttributionContext, FoundFrames } from './context';
import {
  TITLE_CASE_MAX_WORDS,
  blankBefore,
  isQuoteMarkChar,
  isSpace,
  dotlessKey,
  isTitleCase,
  isLineBreak,
  lineStartAt,
  isWhite,
  pastBullet,
  pastItemNumber,
  pastListMarker,
  skipSpaces,
  trimEnd,
} from '../text';
import { isHandle, type Word, type WordList } from './word-list';

/** Confidence of each way a quote gets its speaker. */
export const CONFIDENCE = {
  adjacent: 0.95,
  label: 0.9,
  turn: 0.9,
  split: 0.85,
  marked: 0.85,
  bare: 0.75,
  nextSentence: 0.7,
  paragraphFrame: 0.7,
  previousParagraph: 0.6,
  introduced: 0.55,
  reported: 0.6,
} as const;

/** Prepositions that say where or to whom a note's speaker spoke (`Carrick on the radio to Teslin:`). */
const NOTE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'to', 'at', 'in', 'from']);

/** `read`: what a sign or a note says before a colon (the writings are lexicon data, `WRITING_NOUNS`). */
const READ_FORMS = new Set(['read', 'reads']);
/** Most words between a writing noun and its `read` (`a note on the kitchen table that reads`). */
const WRITING_WORDS = 6;
/** Most lower-case modifiers before the writing noun (`a hand-painted cardboard sign`). */
const WRITING_MODIFIERS = 3;

/** A quotation this long is speech even in mid-sentence. */
const LONG_QUOTE_WORDS = 10;
/** A quotation opening its sentence needs this many words to count as speech without a cue. */
const SENTENCE_QUOTE_WORDS = 4;
/** A quotation in title case up to this long is a title, not speech. */
const WORDS_LOOKED_AT = Math.max(LONG_QUOTE_WORDS, SENTENCE_QUOTE_WORDS, TITLE_CASE_MAX_WORDS) + 1;
/** After a quotation's closing mark: an account in parentheses, alone or before a time or date, ending the line. */
const ACCOUNT_AFTER =
  /^[ \t]*\((@?[\p{L}\d][\p{L}\d._-]*|\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){1,2})(?:,[ \t]*([^()\n]{1,30}))?\)[ \t]*[.,;]?[ \t]*(?:\n|$)/du;

/** A bracketed role after a quotation, closing its line: `(parent, Kittiwake Street, online)`. */
const ROLE_AFTER =
  /^[ \t]*\((\p{Ll}[\p{L}-]*(?:[ \t]\p{Ll}[\p{L}-]*){0,2})(,[ \t]*\p{Lu}[^(),\n]{0,40})?(?:,[^()\n]{0,40})?\)[ \t]*[.,;]?[ \t]*(?:\n|$)/du;

/** Most characters of a bullet and its spaces before a quotation opening its line (`- `, `• `). */
const BULLET_REACH = 8;

/** After a quotation: a respondent described in brackets, ending the line (`(A software company in Marsenne)`). */
const RESPONDENT_AFTER =
  /^[ \t]*\(((?:An?|One)[ \t]\p{Ll}[\p{L}-]*(?:[ \t]\p{Ll}[\p{L}-]*){0,4}(?:[ \t](?:in|from|at|with)[ \t][\p{L}][^(),\n]{0,40})?)(?:,[^()\n]{0,60})?\)[ \t]*[.,;]?[ \t]*(?:\n|$)/du;

/** A review's rating in its label: `9/10`, `4.5 / 5`, `★★★★`. */
const RATING = /\d(?:\.\d)?\s*\/\s*\d|★/u;

/** A quotation label (`President Liz Shuler, AFL-CIO: “…`) is at most this long. */
const LABEL_MAX_WORDS = 20;
/** A note in brackets closing a label (`(statement provided to the liaison officer)`, `(by telephone)`). */
const LABEL_NOTE = /\s*\([^()]{1,80}\)$/u;
/** Most words of a header field's label before its colon (`Theme music:`, `Listen again:`). */
const FIELD_LABEL_WORDS = 3;

export function spanOf(doc: Doc, words: WordList, m: MentionSpan): Span {
  const start = words.at(m.from)!.start;
  const end = words.at(m.to - 1)!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The first `limit` space-separated chunks of `text` that hold a letter or digit. */
function leadingWords(text: string, limit: number): string[] {
  const out: string[] = [];
  const chunks = /\S+/g;
  for (let m = chunks.exec(text); m !== null && out.length < limit; m = chunks.exec(text))
    if (/[\p{L}\p{N}]/u.test(m[0])) out.push(m[0]);
  return out;
}

/** Whether the last character of `text` is one of `chars` (an end-anchored pattern would try every position of a long quotation). */
function endsWithOneOf(text: string, chars: string): boolean {
  return text.length > 0 && chars.includes(text[text.length - 1]!);
}

function hasWordBetween(text: string, from: number, to: number): boolean {
  return from < to && /[\p{L}\p{N}]/u.test(text.slice(from, to));
}

function onlyGlue(text: string, from: number, to: number, glue: string): boolean {
  if (to < from) return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i)) && !glue.includes(text[i]!)) return false;
  return true;
}

/** What joins two naming fragments (`“a farce” and “a disgrace”`, `“cruel”, “reckless”`, `“…”, or “…”`). */
const COORDINATED_FRAGMENT = /^,?\s*(?:(?:and|or)\s+)?$/u;
/** What may close a speech tag's clause. */
const TAG_END = '.,;!?—–';

/** `as` and a quotation mark in `tail`: the naming complement of a naming verb (`… as “a disaster”`). */
function namingAsQuotation(tail: string): boolean {
  for (const m of tail.matchAll(/\bas\s+(\S)/gu)) if (isQuoteMarkChar(m[1])) return true;
  return false;
}

/** `Article 1 – Suspension of exports`, `Section 4B`: a numbered part of an instrument, with its heading after a dash. */
const NUMBERED_PART_HEADING = /^\p{Lu}\p{Ll}+ \d+[A-Za-z]?(?:\s*[–—-]\s+\S.*)?$/u;

/** `… is attributed to `, `attributable to `: what a label says before the name of whose words follow. */
const ATTRIBUTED_TO = /\battribut(?:ed|able) to\s+/iu;

/**
 * `Sender: Oskar Lindqvar, Federal President` as a line of a record, `Said by: Ilvar Castellane,
 * Premier …` as a fact-check's: group 1 is who sent or said the words, up to a comma.
 */
const SENDER_FIELD = /^(?:Sender|From|Sent by|Said by|Claimed by|Claim by):[ \t]+([^,\n]{2,60})/mu;

/** Most characters from a line's start to a quotation after a field's label on it (`Episode 112: `). */
const FIELD_LINE_REACH = 60;

/** `in the words of Colonel Rusevik, ` right before a quotation; group 1 is who is named. */
const IN_WORDS_OF = /\bin the words of ([^,;:.!?“”"]{2,60}),\s*$/du;
const IN_WORDS_OF_CHARS = 90;

/**
 * `as ` right before a quotation: the naming's own quotation (`described it as “not enough” but also
 * as “…”`); not a name's (`the climb known locally as “Cardiac Hill”`, `what locals refer to as “the Freezer”`).
 */
const AS_BEFORE_CHARS = 40;
const AS_BEFORE = /(?<!\b(?:known(?:\s+[\p{L}’']+){0,2}|refer(?:red|s)?\s+to)\s+)\bas\s+$/u;

/**
 * The rest of a quotation's clause up to `end`: nothing when a comma or semicolon closes the
 * quotation (`called it “hysterical,” promising what …`), else up to the first one after it.
 */
function clauseAfter(text: string, seg: QuoteSegment, end: number): string {
  if (/[,;]\s*$/u.test(text.slice(seg.start, seg.end))) return '';
  return /^[^,;]*/u.exec(text.slice(seg.close + 1, end))![0];
}

/** Most characters of an aside between a split quotation's cue and its second half (`said Gordon Fisk, who manages the building,`). */
const SPLIT_ASIDE_CHARS = 80;

/**
 * `“A,” she said, “B.”` / `“A,” said Ann Fisk, who runs the diner, “B.”`: the second half of a
 * split quotation opens after a comma that ends the attribution, with no sentence end between.
 */
function resumesAfterAside(text: string, cueEnd: number, contentStart: number): boolean {
  if (onlyGlue(text, cueEnd, contentStart, ',')) return true;
  if (contentStart - cueEnd > SPLIT_ASIDE_CHARS) return false;
  const between = text.slice(cueEnd, contentStart);
  return /,\s*$/.test(between) && !/[.;:!?—“”"«»„]/.test(between);
}

/**
 * Decides, for each quotation segment, whether it is speech and who says it: a cue right
 * after the closing mark or right before the opening one; a label before a colon; a speaker
 * named at the start of the next sentence; the speaker of the previous quote or frame in the
 * paragraph; or, for a paragraph that is only a quotation, the last speaker of the paragraph
 * before. Segments that are not speech (scare quotes, titles) turn the frame around them mixed.
 */
/** Most words from a presented speaker's verb to the colon that hands over their words (`put it more simply:`). */
const COLON_HANDOVER_WORDS = 6;

export class QuoteLinker {
  readonly used = new Set<Frame>();
  readonly mixed = new Set<Frame>();
  /** Mixed frames whose quotation runs on past their sentence: where the quotation closes. */
  readonly mixedEnds = new Map<Frame, number>();
  /** The last naming verb's quotation: a fragment coordinated right after it is named by the same verb. */
  private lastNamed: { readonly frame: Frame; readonly close: number } | null = null;
  private readonly lastLinked = new Map<
    number,
    { speaker: Span | null; resolved: Resolved; cue: Span | null; end: number }
  >();
  private readonly firstWordOfParagraph = new Map<number, number>();
  private readonly framesOfParagraph = new Map<number, Frame[]>();

  private readonly doc: Doc;
  private readonly words: WordList;
  private readonly frames: readonly (readonly Frame[])[];
  private readonly resolvedFrames: ReadonlyMap<Frame, Resolved>;
  private readonly resolver: Resolver;
  private readonly turnOfParagraph: readonly (Turn | undefined)[];
  private readonly posts: readonly Post[];

  constructor(context: AttributionContext, found: FoundFrames) {
    const { doc } = context;
    this.doc = doc;
    this.words = context.words;
    this.frames = found.frames;
    this.resolvedFrames = found.resolved;
    this.resolver = context.resolver;
    this.turnOfParagraph = context.turnOfParagraph;
    this.posts = context.posts;
    for (const s of doc.sentences)
      if (!this.firstWordOfParagraph.has(s.paragraph)) this.firstWordOfParagraph.set(s.paragraph, s.tokenStart);
    this.frames.forEach((list, s) => {
      const paragraph = doc.sentences[s]!.paragraph;
      for (const f of list) {
        const inParagraph = this.framesOfParagraph.get(paragraph) ?? [];
        inParagraph.push(f);
        this.framesOfParagraph.set(paragraph, inParagraph);
      }
    });
  }

  private sentenceAt(offset: number): number {
    const ss = this.doc.sentences;
    let lo = 0;
    let hi = ss.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ss[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private fromFrame(seg: QuoteSegment, f: Frame, confidence: number): DraftQuote {
    this.used.add(f);
    // `… to gain more "understanding and support," said Guo`: the quotation ends a longer reported clause.
    // `warned of “countermeasures” in response to …`: the clause goes on after the quotation.
    const single = seg.firstParagraph === seg.lastParagraph;
    const midClause =
      single &&
      f.before !== null &&
      f.before.end >= seg.close - 1 &&
      seg.open > f.before.start + 1 &&
      /[\p{L}\p{N}]/u.test(this.charBefore(seg.open));
    // `said, “Are you sitting down?” and I said, …`: a quotation the cue hands over to with a comma
    // or a colon is the words themselves; what follows its closing mark is no part of them.
    const handedOver = /^\s*[,:]\s*$/.test(this.doc.text.slice(f.cueEnd, seg.open));
    const goesOn =
      single &&
      !midClause &&
      !handedOver &&
      f.after !== null &&
      f.after.start <= seg.open &&
      hasWordBetween(this.doc.text, seg.close, f.after.end);
    const content = midClause
      ? { start: f.before!.start, end: seg.end }
      : goesOn
        ? f.after!
        : { start: seg.start, end: seg.end };
    return this.remember(seg, {
      kind: midClause || goesOn ? 'mixed' : 'direct',
      content,
      speaker: spanOf(this.doc, this.words, f.subject),
      resolved: this.resolvedFrames.get(f)!,
      cue: { start: f.cueStart, end: f.cueEnd, text: this.doc.text.slice(f.cueStart, f.cueEnd) },
      confidence,
    });
  }

  /** A naming verb's quotation (`called the ruling “a travesty”`): a direct quote with the verb as cue. */
  private namedAs(seg: QuoteSegment, f: Frame): DraftQuote {
    this.used.add(f);
    this.lastNamed = { frame: f, close: seg.close };
    return this.directOf(seg, f);
  }

  /** The whole quotation as the direct words of frame `f`'s subject, under its cue. */
  private directOf(seg: QuoteSegment, f: Frame): DraftQuote {
    return this.remember(seg, {
      kind: 'direct',
      content: { start: seg.start, end: seg.end },
      speaker: spanOf(this.doc, this.words, f.subject),
      resolved: this.resolvedFrames.get(f)!,
      cue: { start: f.cueStart, end: f.cueEnd, text: this.doc.text.slice(f.cueStart, f.cueEnd) },
      confidence: CONFIDENCE.marked,
    });
  }

  /** `said the plan would fail: “…”`: the frame of sentence `s` whose reported clause ends at the colon at `colon`. */
  private clauseEndingAt(s: number, colon: number): Frame | null {
    for (const f of this.frames[s] ?? []) {
      if (f.reported || !f.after || f.after.end > colon) continue;
      if (/^\s*$/u.test(this.doc.text.slice(f.after.end, colon))) return f;
    }
    return null;
  }

  /**
   * `called the result “a political earthquake” and “the beginning of the end”`: a fragment joined
   * by `and`, `or` or a comma right after a naming verb's quotation is named by the same verb.
   */
  private coordinatedNaming(seg: QuoteSegment): Frame | null {
    const named = this.lastNamed;
    if (named === null || named.close > seg.open || !seg.closed) return null;
    const between = this.doc.text.slice(named.close, seg.open);
    const content = this.doc.text.slice(seg.start, seg.end);
    return COORDINATED_FRAGMENT.test(between) && !/[.!?…]\s/u.test(content) && !endsWithOneOf(content, '.!?…')
      ? named.frame
      : null;
  }

  /** The last non-space character before an offset. */
  private charBefore(offset: number): string {
    let p = offset - 1;
    while (p >= 0 && isSpace(this.doc.text.charCodeAt(p))) p--;
    return p >= 0 ? this.doc.text[p]! : '';
  }

  private remember(seg: QuoteSegment, d: DraftQuote): DraftQuote {
    this.lastLinked.set(seg.lastParagraph, { speaker: d.speaker, resolved: d.resolved, cue: d.cue, end: seg.close });
    return d;
  }

  /**
   * The quote a quotation segment makes, or null when it is no speech. Passes, in order: a
   * frame whose cue stands right before or after the quotation; a label, a signature or a
   * colon after a clause; the report of its sentence it lies inside; else a speaker from the
   * context (see `speakerInContext`).
   */
  link(seg: QuoteSegment): DraftQuote | null {
    if (titleOfWork(this.doc.text, seg) || linkedTitle(this.doc.text, seg)) return null;
    // A respondent's role in brackets closing the quotation's line names it before any frame near it.
    const role = this.roleAfter(seg);
    if (role) return role;
    const sA = this.sentenceAt(seg.start);
    const sB = this.sentenceAt(Math.max(seg.start, seg.end - 1));
    const adjacent = this.frameBefore(seg, sA) ?? this.frameAfter(seg, sB);
    // `the film, which Sabbatini called “a love letter to the south”, was shot …`: a naming verb's
    // quotation right after it is the subject's words, whatever the sentence goes on with.
    if (adjacent && NAMING_VERBS.has(adjacent.lemma) && !adjacent.reported && adjacent.after?.start === seg.open) {
      // (`describes that “hillside enclosure” as a “holding paddock”`: a quotation named by the next one is the object, a mention.)
      if (seg.closed && NAMED_BY_NEXT.test(this.doc.text.slice(seg.close, seg.close + 40))) return null;
      return this.namedAs(seg, adjacent);
    }
    if (adjacent) return this.fromFrame(seg, adjacent, CONFIDENCE.adjacent);
    const coordinated = this.coordinatedNaming(seg);
    if (coordinated) return this.namedAs(seg, coordinated);
    const label =
      this.inWordsOf(seg) ??
      this.senderFieldAbove(seg) ??
      this.tagAfter(seg, sB) ??
      this.postBody(seg) ??
      this.labelBefore(seg) ??
      this.signatureAfter(seg) ??
      this.accountAfter(seg) ??
      this.nameAfterColon(seg) ??
      this.colonAfterClause(seg, sA) ??
      this.captionAbove(seg);
    if (label) return label;
    const inside = this.insideReport(seg, sA, sB);
    if (inside !== null) return inside === 'inside' ? null : inside;
    if (!this.speechLike(seg, sA) && !this.shortContinuation(seg, sA)) return null;
    return this.speakerInContext(seg, sA, sB);
  }

  /**
   * `“A council can close on a Friday,” said Hannah Loewe. “A bakery cannot.”`: a short sentence
   * in quotation marks right after a quotation its paragraph already gave a named speaker goes on
   * with that speaker's words, however few.
   */
  private shortContinuation(seg: QuoteSegment, sA: number): boolean {
    const previous = this.lastLinked.get(seg.firstParagraph);
    if (!previous || !hasSpeaker(previous) || previous.end > seg.open || !seg.closed) return false;
    const content = this.doc.text.slice(seg.start, seg.end);
    return (
      sA > 0 &&
      seg.open <= this.doc.sentences[sA]!.start + 1 &&
      this.sentenceAt(previous.end - 1) === sA - 1 &&
      /^[\p{Lu}\d]/u.test(content) &&
      endsWithOneOf(content, '.!?…')
    );
  }

  /** `Chow told the court: “…”`: a frame whose content starts at the opening mark, in its sentence or the one before. */
  private frameBefore(seg: QuoteSegment, sA: number): Frame | null {
    for (const s of [sA - 1, sA]) {
      if (s < 0 || this.doc.sentences[s]?.paragraph !== seg.firstParagraph) continue;
      for (const f of this.frames[s] ?? []) {
        if (!f.reported && f.after && (f.after.start === seg.open || f.after.start === seg.start)) return f;
      }
    }
    return null;
  }

  /**
   * `“…,” he said` / `“…,” said Hong`: the attribution follows the closing mark, in the same
   * sentence or (after a rough split) opening the next one in lower case.
   */
  private frameAfter(seg: QuoteSegment, sB: number): Frame | null {
    if (!seg.closed) return null;
    const text = this.doc.text;
    const opensClause = this.opensClause(seg);
    for (const s of [sB, sB + 1]) {
      if (this.doc.sentences[s]?.paragraph !== seg.lastParagraph) continue;
      for (const f of this.frames[s] ?? []) {
        // `“A,” she said, “B.”`: a cue whose quotation follows right after its comma holds the first half too.
        const split =
          f.after !== null &&
          resumesAfterAside(text, f.cueEnd, f.after.start) &&
          endsWithOneOf(text.slice(seg.start, seg.end), ',');
        // A frame whose report follows its cue is not the quotation's: marked (`…” He said that …`),
        // after a quotation that ended its own sentence (`“…?” I said it was a third of it.`), or
        // after a title in mid-sentence, named in the clause's opening phrase (`In her memoir, “Tide
        // Tables”, she describes the town as …`), or after words quoted in mid-clause (`Asked about a
        // councillor who described it as “a catalogue of delay”, the Governor said he would not resign`).
        const reportsAfter =
          f.after !== null &&
          f.before === null &&
          f.after.start > seg.close &&
          !split &&
          (f.marked || endsWithOneOf(text.slice(seg.start, seg.end), '.?!…') || !opensClause);
        if (f.reported || f.joined || reportsAfter) continue;
        if (s !== sB && /\p{Lu}/u.test(text[f.attributionStart]!)) continue;
        if (onlyGlue(text, seg.close, f.attributionStart, ',—–-')) return f;
      }
    }
    return null;
  }

  /** The quotation is written in title case (`“Tide Tables”`): a name or a title, not words spoken. */
  private titleCased(seg: QuoteSegment): boolean {
    const content = this.doc.text.slice(seg.start, seg.end);
    return isTitleCase(leadingWords(content, WORDS_LOOKED_AT), content[content.length - 1] ?? '');
  }

  /** The quotation opens its sentence, or a clause after a colon, a dash or a line break: no words of its clause stand before it. */
  private opensClause(seg: QuoteSegment): boolean {
    const text = this.doc.text;
    const start = this.doc.sentences[this.sentenceAt(seg.start)]!.start;
    let p = seg.open - 1;
    while (p >= start && isSpace(text.charCodeAt(p))) {
      if (isLineBreak(text.charCodeAt(p))) return true;
      p--;
    }
    return p < start || ':—–-'.includes(text[p]!);
  }

  /**
   * Inside the content of a frame of its sentence (`urged the EU to “truly respect …”`): part of
   * that report, which turns mixed (`'inside'`); or, after a naming verb (`described the plan as
   * “a disaster”`), the subject's own words. Null when no frame's content holds the segment.
   */
  private insideReport(seg: QuoteSegment, sA: number, sB: number): DraftQuote | 'inside' | null {
    const text = this.doc.text;
    let inside = false;
    for (let s = sA; s <= sB; s++) {
      for (const f of this.frames[s] ?? []) {
        const r = f.after ?? f.before!;
        if (r.start <= seg.open && seg.end <= r.end + 1) {
          // `described the plan as “a disaster”`, `describes it as a “rebalancing” of funding`: a naming
          // verb's first quotation is the subject's own words, whatever words its complement goes on with.
          // A quotation in the object before `as “…”` is a term (`dismissed the “blue book” as “…”`), not the naming.
          // (`described it as “not enough” but also as “…”`: each quotation right after `as` names it.)
          const afterAs = AS_BEFORE.test(text.slice(Math.max(0, seg.open - AS_BEFORE_CHARS), seg.open));
          if (
            f.after &&
            !f.reported &&
            NAMING_VERBS.has(f.lemma) &&
            seg.firstParagraph === seg.lastParagraph &&
            (afterAs || !namingAsQuotation(clauseAfter(text, seg, f.after.end + 1)))
          ) {
            if (!this.used.has(f) || (afterAs && !this.cueBetween(s, f.cueEnd, seg.open))) return this.namedAs(seg, f);
            // `called her “…”, a label she says she finds “…”`: a later quotation is some other report's.
            continue;
          }
          this.mixed.add(f);
          inside = true;
        } else if (runsOnFrom(r, seg, f)) {
          // `wrote that the regalia “were never objects. They were …”`: the quotation opens in the
          // report and runs on past its sentence; the report goes on to the closing mark.
          this.mixed.add(f);
          this.mixedEnds.set(f, seg.close);
          inside = true;
        }
      }
    }
    return inside ? 'inside' : null;
  }

  /**
   * A speech-like quotation with no cue of its own takes, in order: a speaker opening the next
   * sentence; the speaker of the paragraph's previous quote or frame; the subject of the
   * sentence before; for a paragraph that is only a quotation, the speaker who closed the
   * paragraph before; else it is no quote of anyone's: a quotation whose speaker the text does not
   * give (a sign, a slogan, a bite a newscast never names) is left out rather than reported with
   * no speaker (on the blind stress sets, such quotes were nearly all false positives).
   */
  private speakerInContext(seg: QuoteSegment, sA: number, sB: number): DraftQuote | null {
    const next = this.speakerOfNextSentence(seg, sB);
    const previous = this.lastLinked.get(seg.firstParagraph);
    const continues = previous !== undefined && hasSpeaker(previous) && previous.end <= seg.open;
    // `“…,” she said. “…” Vasquel, climbing into a van, did not hear her.`: a name the next sentence
    // presents without a cue does not take a quotation that continues the paragraph's speaker.
    // `“…,” she said. “…” The mayor said that delays doubled.`: a cue reporting words of its own
    // after the quotation does not take it from the speaker the paragraph continues.
    const ownReport = next?.cue !== undefined && continues && this.reportsOwnWords(sB + 1, next.cue.start);
    if (next && !ownReport && (next.cue !== undefined || !continues))
      return this.direct(seg, next, CONFIDENCE.nextSentence);
    if (continues)
      return this.direct(seg, { speaker: previous.speaker, resolved: previous.resolved }, CONFIDENCE.split);
    const frame = this.lastFrameBefore(seg.open, seg.firstParagraph);
    const prior = this.speakerOfPreviousSentence(seg, sA);
    // `X asked her whether … Tallow paused before answering. “…”`: the person of the sentence right
    // before the quotation is nearer than a report in an earlier sentence.
    if (frame && !(prior && frame.sentence < sA - 1))
      return this.direct(seg, this.speakerOfFrame(frame), CONFIDENCE.paragraphFrame);
    if (prior) return this.direct(seg, prior, CONFIDENCE.nextSentence);
    return this.speakerOfParagraphBefore(seg);
  }

  /** Sentence `s` has a report whose cue starts at offset `cueStart` and whose words follow it (`said that …`). */
  private reportsOwnWords(s: number, cueStart: number): boolean {
    return (this.frames[s] ?? []).some((f) => f.cueStart === cueStart && f.after !== null && !f.wordless);
  }

  /** A word spelt as a cue stands between offsets `from` and `to` of sentence `s`. */
  private cueBetween(s: number, from: number, to: number): boolean {
    const sentence = this.doc.sentences[s]!;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd && this.words.at(k)!.start < to; k++)
      if (this.words.at(k)!.start >= from && this.cueAt(k)) return true;
    return false;
  }

  /** The index of the first word from `k` on that starts at or after offset `end`. */
  private wordsBefore(k: number, end: number): number {
    while (k < this.words.length && this.words.at(k)!.start < end) k++;
    return k;
  }

  /** A paragraph that is only a quotation continues the speaker who closed the paragraph before. */
  private speakerOfParagraphBefore(seg: QuoteSegment): DraftQuote | null {
    const paragraph = this.doc.paragraphs[seg.firstParagraph]!;
    if (
      !opensAfterNumber(this.doc.text, paragraph.start, seg.open) ||
      seg.firstParagraph === 0 ||
      this.inTurn(seg.firstParagraph)
    )
      return null;
    const quoteBefore = this.lastLinked.get(seg.firstParagraph - 1);
    const before = this.lastFrameBefore(paragraph.start, seg.firstParagraph - 1);
    if (before && (!quoteBefore || this.frameEnd(before) > quoteBefore.end))
      return this.direct(seg, this.speakerOfFrame(before), CONFIDENCE.previousParagraph);
    if (quoteBefore && quoteBefore.resolved.canonical)
      return this.direct(
        seg,
        { speaker: quoteBefore.speaker, resolved: quoteBefore.resolved },
        CONFIDENCE.previousParagraph,
      );
    if (before || quoteBefore) return null;
    const introduced = this.introducedSpeaker(seg.firstParagraph - 1);
    return introduced ? this.direct(seg, introduced, CONFIDENCE.introduced) : null;
  }

  private speakerOfFrame(f: Frame): { speaker: Span; resolved: Resolved } {
    return { speaker: spanOf(this.doc, this.words, f.subject), resolved: this.resolvedFrames.get(f)! };
  }

  /** The segment as a direct quote of `who` (with `who.cue` as its cue, if any), remembered as its paragraph's last. */
  private direct(
    seg: QuoteSegment,
    who: { readonly speaker: Span | null; readonly resolved: Resolved; readonly cue?: Span },
    confidence: number,
  ): DraftQuote {
    return this.remember(seg, {
      kind: 'direct',
      content: { start: seg.start, end: seg.end },
      speaker: who.speaker,
      resolved: who.resolved,
      cue: who.cue ?? null,
      confidence,
    });
  }

  /**
   * `Speaker Ann Reyes and her allies have charged the board with neglect.` followed by a
   * paragraph that is only a quotation: a broadcast sound bite whose speaker the paragraph before
   * introduces as the subject of a reporting verb, even one that reports no words, or of a verb of
   * talking (`… discussed the feud in Tokyo.` over `“We talked about …”`).
   */
  private introducedSpeaker(paragraph: number): { speaker: Span; resolved: Resolved } | null {
    const sentences = this.doc.sentences;
    const p = this.doc.paragraphs[paragraph]!;
    for (let s = this.sentenceAt(p.end - 1); s >= 0 && sentences[s]!.paragraph === paragraph; s--) {
      const sentence = sentences[s]!;
      if (sentence.headline) continue;
      // (`Meanwhile, Assistant Secretary Kurt Campbell discussed …`: past the adjuncts that open the sentence.)
      const opening = pastOpeningAdjuncts(this.words, sentence.tokenStart, sentence.tokenEnd);
      const subject = mentionAfter(this.words, opening, sentence.tokenEnd);
      if (!subject) continue;
      // `Mirela Dask, 54, farms 310 hectares near Kessin.`: a feature introduces its speaker by name and age.
      const aged = subject.from === opening && this.agedName(subject);
      let k = subject.to;
      while (k < sentence.tokenEnd && this.words.at(k)!.isWord && SUBJECT_SKIP.has(this.words.at(k)!.key)) k++;
      const verb = this.words.at(k);
      // `Correspondent Jane Doe reports.` hands over to a reporter, whose report quotes others.
      if (
        !aged &&
        (!verb ||
          !verb.isWord ||
          verb.cap ||
          !(this.cueAt(k) || this.talkOfNamedPerson(subject, k)) ||
          this.words.countWords(k + 1, sentence.tokenEnd) === 0)
      )
        continue;
      const span = this.firstConjunct(subject);
      const info = describeMentionOnce(this.doc.text, this.words, span);
      if (info.kind !== 'name' && info.kind !== 'role') continue;
      const pos = this.words.at(span.from)!.start;
      const resolved = this.resolver.resolve(info, pos);
      if (!resolved.canonical || resolved.type !== 'person') continue;
      return { speaker: spanOf(this.doc, this.words, span), resolved };
    }
    return null;
  }

  /** A verb of talking at `k` after a mention of two words or more (`Kurt Campbell discussed`, not `Arvenne spoke of`). */
  private talkOfNamedPerson(subject: MentionSpan, k: number): boolean {
    return TALK_VERBS.has(this.words.at(k)!.key) && this.words.countWords(subject.from, subject.to) >= 2;
  }

  /** A full name followed by an age between commas (`Mirela Dask, 54,`). */
  private agedName(span: MentionSpan): boolean {
    const w = this.words;
    return (
      span.to - span.from >= 2 &&
      isPunct(w.at(span.to), ',') &&
      /^\d{1,3}$/u.test(w.at(span.to + 1)?.text ?? '') &&
      isPunct(w.at(span.to + 2), ',')
    );
  }

  /** Whether a reporting cue (`charged`, `pointed out`) starts at word `k`. */
  private cueAt(k: number): boolean {
    const forms = CUE_FORMS.get(this.words.at(k)!.key);
    return forms !== undefined && forms.some((f) => f.words.every((w, n) => this.words.at(k + n)?.key === w));
  }

  /** `Speaker Ann Reyes and her allies`: the person a sound bite gives voice to is the first of those named. */
  private firstConjunct(span: MentionSpan): MentionSpan {
    for (let k = span.from + 1; k < span.to - 1; k++) {
      if (!COORDINATORS.has(this.words.at(k)!.key)) continue;
      return mentionAfter(this.words, span.from, k) ?? span;
    }
    return span;
  }

  private frameEnd(f: Frame): number {
    return Math.max(f.cueEnd, f.after?.end ?? 0, f.before?.end ?? 0);
  }

  private inTurn(paragraph: number): boolean {
    return this.turnOfParagraph[paragraph] !== undefined;
  }

  /** The last non-reported frame of a paragraph whose cue precedes `offset`. */
  private lastFrameBefore(offset: number, paragraph: number): Frame | null {
    let best: Frame | null = null;
    for (const f of this.framesOfParagraph.get(paragraph) ?? []) {
      if (f.reported || f.cueEnd > offset) continue;
      if (this.resolvedFrames.get(f)!.canonical) best = f;
    }
    return best;
  }

  /**
   * Speech, as opposed to a scare quote or a title: a quotation that opens its sentence (or
   * follows a colon) with a capital and has a few words, or a long one; never one right after
   * a title cue (`titled`, `so-called`) or written in title case.
   */
  private speechLike(seg: QuoteSegment, sA: number): boolean {
    const text = this.doc.text;
    const content = text.slice(seg.start, seg.end);
    // The rules below only tell apart counts up to `WORDS_LOOKED_AT`: a long quotation's words are not all read.
    const tokens = leadingWords(content, WORDS_LOOKED_AT);
    const n = tokens.length;
    let p = seg.open - 1;
    while (p >= 0 && isSpace(text.charCodeAt(p))) p--;
    let q = p;
    while (q >= 0 && /[\p{L}-]/u.test(text[q]!)) q--;
    const previousWord = dotlessKey(text.slice(q + 1, p + 1));
    if (TITLE_CUES.has(previousWord)) return false;
    if (this.titleCased(seg)) return false;
    // `“…frozen pipes everywhere …”` alone in its paragraph: a sound bite, however short.
    const paragraph = this.doc.paragraphs[seg.firstParagraph]!;
    if (
      seg.closed &&
      seg.firstParagraph === seg.lastParagraph &&
      opensFrom(text, paragraph.start, seg.open, content) &&
      onlyGlue(text, seg.close, paragraph.end, '.!?') &&
      n > 0
    )
      return true;
    const sentenceStart = this.doc.sentences[sA]!.start;
    const opensSentence = opensFrom(text, sentenceStart, seg.open, content) || text[p] === ':';
    if (opensSentence && n >= SENTENCE_QUOTE_WORDS && /^[\p{Lu}\d…‘'"([]/u.test(content)) return true;
    return n >= LONG_QUOTE_WORDS && endsWithOneOf(content, '.!?,…');
  }

  /**
   * `Name, Outlet (ABC): “…”`: a quotation block introduced by a label ending in a colon, in its
   * own paragraph or (press-release layout) alone on the line before (`And from Chairwoman Diaz:`).
   */
  private labelBefore(seg: QuoteSegment): DraftQuote | null {
    const text = this.doc.text;
    let paragraph = this.doc.paragraphs[seg.firstParagraph]!;
    let p = seg.open - 1;
    while (p >= paragraph.start && isSpace(text.charCodeAt(p))) p--;
    if (p < paragraph.start && seg.firstParagraph > 0 && !this.inTurn(seg.firstParagraph)) {
      paragraph = this.doc.paragraphs[seg.firstParagraph - 1]!;
      p = paragraph.end - 1;
      while (p >= paragraph.start && isSpace(text.charCodeAt(p))) p--;
    }
    if (p < paragraph.start || text[p] !== ':') return null;
    // A live blog entry's title is a line of its paragraph (`16:30` above `Rebels: ‘…’`): the label starts on its line.
    // `• Mara Hollen, Chief Executive, Lantern Relief: “…”`: a list item's bullet opens no label;
    // `- Dunmarch — spokesman Cato Rimmel: “…”`: a place before a dash heads the item, the speaker follows it.
    const lineStart = labelLineStart(text, p, paragraph.start);
    if (lineStart < 0) return null;
    let start = pastBullet(text, lineStart, p);
    // `Item 1 of 9 | Slug: “…”`: fields set side by side with bars; the label is the last of them.
    const bar = text.lastIndexOf('|', p);
    if (bar >= start) start = skipSpaces(text, bar + 1, p);
    // `ENDS BULLETIN. Next: “…”`: a sentence ended on the label's line leaves the label after it.
    const stop = text.slice(start, p).search(/[.!?]\s+\S+$/u);
    if (stop >= 0 && !/\p{Ll}/u.test(text.slice(start, start + stop))) start = skipSpaces(text, start + stop + 1, p);
    const dash = PLACE_DASH.exec(text.slice(start, p));
    if (dash) start = skipSpaces(text, start + dash.index + dash[0].length, p);
    // `Ilya Dravec, Mayor of Velhoss (statement provided to the liaison officer):`: a note in
    // brackets closing the label says how the words came; the label is what stands before it.
    const labelText = text.slice(start, p).replace(LABEL_NOTE, '');
    const end = start + labelText.length;
    const attributed = this.attributedTo(seg, labelText, start, end);
    if (attributed) return attributed;
    if (
      /\p{Ll}{2}[.!?]\s/u.test(labelText) ||
      // `DUR: 0'12" — OUT: “…”`: a label after another field's colon on its line is a script's field too.
      labelText.includes(':') ||
      labelText.split(/\s+/).length > LABEL_MAX_WORDS ||
      // `Transcript: “Who Owns the River?”`, `Episode 112: “…”`: a header field's value, nobody's words.
      FIELD_LABELS.has(dotlessKey(labelText.split(/\s+/)[0]!)) ||
      // After a place's dash a role may open in lower case (`— government spokesman Cato Rimmel:`).
      (!dash && !/^\p{Lu}/u.test(labelText))
    )
      return null;
    const outlet = this.labelMention(paragraph.index, start, end);
    // (`And from Tom Reece on the bridge closure:`: a topic after the name is a field of the label too.)
    const topic =
      outlet !== null &&
      TOPIC_PREPOSITIONS.has(this.words.at(outlet.to)?.key ?? '') &&
      this.captionFields(outlet.to, end);
    if (!outlet || (this.clauseAfter(outlet.to, end) && !this.fieldsAfter(outlet.to, end) && !topic)) return null;
    // (`Statement by the Commissioner for Home Affairs, Oskar Lindevaal:`: the name in apposition speaks.)
    const span =
      this.senderOf(outlet, p) ??
      this.criticInParentheses(outlet, p, labelText) ??
      invertedApposition(text, this.words, outlet, this.wordsBefore(outlet.to, end)) ??
      outlet;
    const info: MentionInfo = describeMentionOnce(text, this.words, span);
    if (info.kind === 'pronoun') return null;
    return this.namedBy(seg, span, info, start, { start: p, end: p + 1, text: ':' });
  }

  /**
   * `The following statement is attributed to Hendrik Dovray, Chief Executive:`, `Quote
   * attributable to X:`: a label that says whose words follow names them after `to`.
   */
  private attributedTo(seg: QuoteSegment, labelText: string, start: number, end: number): DraftQuote | null {
    const m = ATTRIBUTED_TO.exec(labelText);
    if (!m) return null;
    const nameStart = start + m.index + m[0].length;
    let from = this.wordsBefore(this.doc.sentences[this.sentenceAt(start)]!.tokenStart, nameStart);
    const to = this.wordsBefore(from, end);
    const name = mentionAfter(this.words, from, to);
    if (!name || name.from !== from) return null;
    const span = invertedApposition(this.doc.text, this.words, name, to) ?? name;
    const info: MentionInfo = describeMentionOnce(this.doc.text, this.words, span);
    if (info.kind === 'pronoun') return null;
    from = start + m.index;
    const cueEnd = trimEnd(this.doc.text, from, nameStart);
    return this.namedBy(seg, span, info, this.words.at(span.from)!.start, {
      start: from,
      end: cueEnd,
      text: this.doc.text.slice(from, cueEnd),
    });
  }

  /**
   * `A.2 Reply of 14 March from the Chair, Oriane Grisholm, to the Minister:`: a label naming a
   * document and who sent it gives the quotation to the sender (the name in apposition, if any).
   */
  private senderOf(label: MentionSpan, limit: number): MentionSpan | null {
    const { words } = this;
    if (!isDocumentNoun(words.at(label.to - 1)!.key)) return null;
    let to = label.to;
    while (to < words.length && words.at(to)!.start < limit) to++;
    for (let k = label.to; k < to - 1; k++) {
      if (words.at(k)!.key !== 'from' || words.at(k)!.cap) continue;
      // (`from the Minister to the Chair`: the addressee after `to` is no part of the sender.)
      let end = k + 1;
      while (end < to && !(words.at(end)!.key === 'to' && !words.at(end)!.cap)) end++;
      const sender = mentionAfter(words, k + 1, end);
      return sender && sender.from === k + 1 ? (invertedApposition(this.doc.text, words, sender, end) ?? sender) : null;
    }
    return null;
  }

  /**
   * `- "we know where you live now" (ashgrin, 21:40)`: a quotation ending its line with the account
   * that posted it in parentheses, alone or before a time or date, is that account's words. Only a
   * handle, or a lower-case account or a full name with its time, counts: a name alone in
   * parentheses after a quotation is more often its subject or its outlet than its author.
   */
  private accountAfter(seg: QuoteSegment): DraftQuote | null {
    if (!seg.closed) return null;
    const text = this.doc.text;
    const m = ACCOUNT_AFTER.exec(text.slice(seg.close, Math.min(text.length, seg.close + 80)));
    // A handle, or an account or a full name with the time or date it posted (`(ashgrin, 21:40)`, `(Tom
    // Aldersey, Thursday 8.03pm)`); not `(sic)` or `(Reuters)`, nor a one-word capitalised name.
    const dated = m !== null && m[2] !== undefined && /\d/.test(m[2]);
    if (!m || !(isHandle(m[1]!) || (dated && (!/^\p{Lu}/u.test(m[1]!) || m[1]!.includes(' '))))) return null;
    const start = seg.close + m.indices![1]![0];
    const account = { start, end: start + m[1]!.length, text: m[1]! };
    // A full name must name a person: `(Harrow Press, 2020)` cites a publisher.
    if (m[1]!.includes(' ')) {
      const span = this.labelMention(seg.lastParagraph, account.start, account.end);
      const info = span ? describeMentionOnce(text, this.words, span) : null;
      if (!info || info.kind !== 'name' || info.type !== 'person') return null;
    }
    return this.remember(seg, accountQuote('direct', seg, account, null, CONFIDENCE.label));
  }

  /**
   * `“Cut the consultants, not the nurseries.” (resident, Saltgrove, paper form)`: a consultation's
   * quoted response ending its line with the respondent's role in brackets, a lower-case speaker
   * noun before the fields that place it; the role and its first field speak.
   */
  private roleAfter(seg: QuoteSegment): DraftQuote | null {
    if (!seg.closed) return null;
    const text = this.doc.text;
    const m = ROLE_AFTER.exec(text.slice(seg.close, Math.min(text.length, seg.close + 100)));
    if (!m) return this.respondentAfter(seg);
    const head = m[1]!.split(/[ \t]+/u).pop()!;
    if (!speakerNoun(head)) return null;
    const start = seg.close + m.indices![1]![0];
    const length = m[1]!.length + (m[2] ?? '').length;
    const role = { start, end: start + length, text: text.slice(start, start + length) };
    return this.remember(seg, accountQuote('direct', seg, role, null, CONFIDENCE.label));
  }

  /**
   * `- "We sent four engineers …" (A machinery manufacturer in Helvor, 120 employees)`: a survey's
   * free-text answer, opening its line, closed by the respondent described in brackets (an article,
   * lower-case words, perhaps where it is, then the fields after a comma) at the line's end.
   */
  private respondentAfter(seg: QuoteSegment): DraftQuote | null {
    const text = this.doc.text;
    const m = RESPONDENT_AFTER.exec(text.slice(seg.close, Math.min(text.length, seg.close + 120)));
    if (!m) return null;
    // (The line's start is looked for a few characters back only: a long line costs nothing here.)
    const lineStart = lineStartAt(text, seg.open, Math.max(0, seg.open - BULLET_REACH));
    if (lineStart > 0 && !isLineBreak(text.charCodeAt(lineStart - 1))) return null;
    if (pastBullet(text, lineStart, seg.open) < seg.open) return null;
    const start = seg.close + m.indices![1]![0];
    const respondent = { start, end: start + m[1]!.length, text: m[1]! };
    // An unnamed source, named as the kit names one: without its article (`Machinery manufacturer in Helvor`).
    const described = m[1]!.replace(/^\S+[ \t]+/u, '');
    const canonical = described[0]!.toUpperCase() + described.slice(1);
    return this.remember(seg, {
      ...accountQuote('direct', seg, respondent, null, CONFIDENCE.label),
      resolved: { canonical, type: 'anonymous' },
    });
  }

  /**
   * `“Hear, hear,” they rumbled.`, `“Not today,” the chairman chortled.`: a quotation whose words
   * end with the speech comma (or a `?`/`!` before a lower-case subject), followed by a subject and
   * a past-tense verb that closes the clause, is that subject's speech whatever the verb: the
   * punctuation marks the tag, so the verb need not be listed as a cue.
   */
  private tagAfter(seg: QuoteSegment, sB: number): DraftQuote | null {
    if (!seg.closed) return null;
    const text = this.doc.text;
    // The comma inside the closing mark (`“…,” she`) or right after it (`“…”, she`).
    const inside = text[seg.end - 1]!;
    const mark = ',?!'.includes(inside) ? inside : text[skipSpaces(text, seg.close, text.length)] === ',' ? ',' : '';
    if (mark === '') return null;
    const sentence = this.doc.sentences[sB];
    if (!sentence || sentence.paragraph !== seg.lastParagraph) return null;
    const { words } = this;
    let k = sentence.tokenStart;
    while (k < sentence.tokenEnd && words.at(k)!.start < seg.close) k++;
    if (words.at(k)?.text === ',') k++;
    const first = words.at(k);
    if (!first || !first.isWord || (mark !== ',' && first.cap) || hasWordBetween(text, seg.close, first.start))
      return null;
    const span = mentionAfter(words, k, sentence.tokenEnd);
    if (!span || span.from !== k) return null;
    // A regular past (`rumbled`, `beamed`): the verb of a speech tag no cue list needs to hold.
    const verb = words.at(span.to);
    const after = words.at(span.to + 1);
    if (!verb || !isPastForm(words, span.to)) return null;
    if (span.to + 1 < sentence.tokenEnd && !(after && !after.isWord && TAG_END.includes(after.text))) return null;
    const info = describeMentionOnce(text, words, span);
    if (info.kind === 'name' && info.type !== 'person') return null;
    return this.namedBy(seg, span, info, words.at(span.from)!.start, {
      start: verb.start,
      end: verb.end,
      text: verb.text,
    });
  }

  /** `Dunmore_Dad · Verified purchase · 19 September` above `“Cooks brilliantly …”`: a post's quoted body is its account's words. */
  private postBody(seg: QuoteSegment): DraftQuote | null {
    const post = this.posts.find((p) => p.quoted && p.body.start === seg.open);
    return post ? this.remember(seg, accountQuote('direct', seg, post.label, post.cue, CONFIDENCE.label)) : null;
  }

  /**
   * `GlitchHarbour (Tove Marrant), 9/10: “…”`: a review's outlet with its critic's full name in
   * parentheses; the critic speaks. After a person's name the parentheses hold a place or a
   * party (`Owen Tarrant (Hollins North):`) unless a rating follows them.
   */
  private criticInParentheses(outlet: MentionSpan, colon: number, label: string): MentionSpan | null {
    const { words } = this;
    const text = this.doc.text;
    let open = outlet.to;
    while (open < words.length && words.at(open)!.start < colon && words.at(open)!.text !== '(') open++;
    if (open >= words.length || words.at(open)!.text !== '(') return null;
    const critic = mentionAfter(words, open + 1, words.length);
    if (!critic || critic.from !== open + 1 || critic.to - critic.from < 2 || words.at(critic.to)?.text !== ')')
      return null;
    const info = describeMentionOnce(text, words, critic);
    if (info.kind !== 'name' || info.type !== 'person') return null;
    const named = describeMentionOnce(text, words, outlet);
    const personBefore = named.kind === 'name' && named.type === 'person' && outlet.to - outlet.from > 1;
    return !personBefore || RATING.test(label) ? critic : null;
  }

  /**
   * `‘We could never agree on the map’: Dagny Ferrel on twenty years …`: a heading that opens with a
   * quotation names its speaker after the colon that follows it.
   */
  private nameAfterColon(seg: QuoteSegment): DraftQuote | null {
    if (!seg.closed || seg.firstParagraph !== seg.lastParagraph) return null;
    const text = this.doc.text;
    const paragraph = this.doc.paragraphs[seg.firstParagraph]!;
    if (!blankBefore(text, seg.open, paragraph.start)) return null;
    let p = seg.close;
    while (p < paragraph.end && text[p] === ' ') p++;
    if (text[p] !== ':') return null;
    let from = this.firstWordOfParagraph.get(paragraph.index) ?? -1;
    if (from < 0) return null;
    while (from < this.words.length && this.words.at(from)!.start <= p) from++;
    const span = mentionAfter(this.words, from, this.words.length);
    if (!span || this.words.at(span.from)!.start > skipSpaces(text, p + 1, text.length)) return null;
    const info: MentionInfo = describeMentionOnce(text, this.words, span);
    if (info.kind !== 'name' || info.type !== 'person') return null;
    return this.namedBy(seg, span, info, this.words.at(span.from)!.start, { start: p, end: p + 1, text: ':' });
  }

  /**
   * The quotation opening at `open` follows a numbered or title field's label on its line
   * (`Episode 112: “…”`, `Segment title: “…”`; not `Claim: “…” – Helena Markov`, a claim signed by its maker).
   */
  private fieldValueOnLine(open: number): boolean {
    const text = this.doc.text;
    // (Only a short stretch is looked back at: a paragraph of one line may be the whole text.)
    const reach = Math.max(0, open - FIELD_LINE_REACH);
    const window = text.slice(reach, open);
    const lineBreak = window.lastIndexOf('\n');
    if (lineBreak < 0 && reach > 0) return false;
    const before = window.slice(lineBreak + 1).trimEnd();
    if (!before.endsWith(':')) return false;
    const words = before.slice(0, -1).trim().split(/\s+/);
    const titled = words.some((w) => /^\d+$/u.test(w)) || dotlessKey(words[words.length - 1]!) === 'title';
    return titled && words.length <= FIELD_LABEL_WORDS + 1 && FIELD_LABELS.has(dotlessKey(words[0]!));
  }

  /** The words from `lo` to the colon at `colon` are a header field's short label (`Theme music`, `Listen again`). */
  private fieldLabelBefore(lo: number, colon: number): boolean {
    let n = 0;
    for (let t = lo; t < this.words.length && this.words.at(t)!.start < colon; t++) n++;
    return n <= FIELD_LABEL_WORDS && FIELD_LABELS.has(dotlessKey(this.words.at(lo)!.text));
  }

  /** `Pressed on the plan, the foreman was candid:`: lower-case words after a label's mention make it a clause, not a label. */
  private clauseAfter(from: number, limit: number): boolean {
    for (let k = from; k < this.words.length && this.words.at(k)!.start < limit; k++) {
      const w = this.words.at(k)!;
      if (
        w.isWord &&
        !w.cap &&
        !/^\p{N}/u.test(w.text) &&
        !NAME_PARTICLES.has(w.key) &&
        !MENTION_PREPOSITIONS.has(w.key) &&
        !ARTICLES.has(w.key) &&
        !TITLES.has(w.key)
      )
        return true;
    }
    return false;
  }

  /**
   * `- Catrin Moel, Aldermark’s ambassador to INSO, after the vote: “…”`: past a comma a label may
   * describe the speaker and the occasion in fields of their own (a role, a date, `in a statement`,
   * `speaking anonymously`), so long as no finite verb makes them a clause.
   */
  private fieldsAfter(from: number, limit: number): boolean {
    const { words } = this;
    // The mention may keep its own place or body up to the first comma (`A Western diplomat at INSO,`).
    let comma = from;
    while (comma < words.length && words.at(comma)!.start < limit && !isPunct(words.at(comma), ',')) comma++;
    if (!isPunct(words.at(comma), ',') || words.at(comma)!.start >= limit) return false;
    if (this.clauseAfter(from, words.at(comma)!.start)) return false;
    for (let k = comma + 1; k < words.length && words.at(k)!.start < limit; k++) {
      const w = words.at(k)!;
      if (!w.isWord || w.cap) continue;
      const finiteCue = CUE_FORMS.get(w.key)?.some((f) => !f.participle && f.words.length === 1) ?? false;
      if (verbAmong(words, k, k + 1) || finiteCue) return false;
    }
    return true;
  }

  /**
   * `Lee thanked the volunteers … and then turned to the crowd: “…”`: a quotation after a colon
   * that ends a clause with no cue of its own belongs to that clause's subject.
   */
  private colonAfterClause(seg: QuoteSegment, sA: number): DraftQuote | null {
    const text = this.doc.text;
    let sentence = this.doc.sentences[sA]!;
    let p = seg.open - 1;
    while (p > sentence.start && isSpace(text.charCodeAt(p))) p--;
    // (`3.1 “The Purchaser shall …”`: a clause's number before the quotation opens no words of its own.)
    if (opensAfterNumber(text, sentence.start, seg.open)) p = sentence.start;
    // `Ms. Harjo added:` as a paragraph of its own, the quotation opening the next one (a press release's
    // layout), or as a list item's line over the quotation's (`(c) Ms Arbuckle said:` in minutes).
    let itemStart = sentence.start;
    let cued = false;
    if (p <= sentence.start && sA > 0 && !this.inTurn(seg.firstParagraph)) {
      const ownParagraph = this.opensParagraph(seg);
      sentence = this.doc.sentences[sA - 1]!;
      const above = ownParagraph ? seg.firstParagraph - 1 : seg.firstParagraph;
      if (sentence.paragraph !== above || sentence.headline) return null;
      // (An item's marker opens no subject either.)
      itemStart = pastListMarker(text, sentence.start, sentence.end);
      if (!ownParagraph && itemStart === sentence.start) return null;
      p = sentence.end - 1;
      while (p > sentence.start && isSpace(text.charCodeAt(p))) p--;
      // (An item's line hands over to the line below only through a cue: not `(e) R.D., director: “fraud”`.)
      cued = this.cueBeforeColon(sentence.tokenStart, p);
      if (!ownParagraph && !cued) return null;
    }
    if (text[p] !== ':' || p <= sentence.start) return null;
    // `Segment: “Who Ignored the Warnings?”`, `Listen again: “…”`: a header field's value, nobody's words
    // (not `To a user who told him …, he replied: “…”`, a clause opened by a field label's word).
    if (this.fieldLabelBefore(sentence.tokenStart, p)) return null;
    // (`Transcript: Thursday, 09:06` over `Segment title: “…”`: so is a field opening the colon's own line.)
    const lineStart = text.lastIndexOf('\n', p) + 1;
    let lineLo = sentence.tokenStart;
    while (lineLo < sentence.tokenEnd && this.words.at(lineLo)!.start < lineStart) lineLo++;
    if (lineLo > sentence.tokenStart && this.fieldLabelBefore(lineLo, p)) return null;
    // `Warning level for Merrovale: “Prepare to Leave”`: a title-case quotation after a colon no cue stands before is a value or a name.
    if (this.titledValue(seg, sentence.tokenStart, p)) return null;
    const reported = this.clauseEndingAt(this.sentenceAt(p), p);
    if (reported) return this.directOf(seg, reported);
    // `a banner that read: “…”`, `A sign on the door read: “…”`: the writing speaks.
    let lo = sentence.tokenStart;
    while (lo < sentence.tokenEnd && this.words.at(lo)!.start < itemStart) lo++;
    const writing = this.writingThatReads(lo, sentence.tokenEnd, p);
    const found = writing ?? this.sourceBeforeColon(lo, p) ?? this.clauseSubjectBefore(lo, sentence.tokenEnd, p);
    // `Read our news report: “…”`, `Watch the debate: “…”`: a pointer's imperative, a field label's word, names no speaker.
    if (!found || (found.to - found.from === 1 && FIELD_LABELS.has(this.words.at(found.from)!.key))) return null;
    // `The Minister for Foreign Affairs, Mr Joren Aubel, who …, said:`: the name in apposition speaks too.
    const subject = writing ? found : (invertedApposition(text, this.words, found, sentence.tokenEnd) ?? found);
    // `Her reply was short: “…”`: a possessive pronoun stands for its person.
    const info =
      (subject.to - subject.from === 1 ? describePossessivePronoun(text, this.words, subject.from) : null) ??
      describeMentionOnce(text, this.words, subject);
    // (A document speaks through a cue on the line above: `10. The Company’s letter states:`.)
    if (info.kind === 'document' && !writing && !cued) return null;
    const pos = this.words.at(subject.from)!.start;
    const resolved = this.resolver.resolve(info, pos);
    if (!resolved.canonical) return null;
    return this.remember(seg, {
      kind: 'direct',
      content: { start: seg.start, end: seg.end },
      speaker: spanOf(this.doc, this.words, subject),
      resolved,
      cue: { start: p, end: p + 1, text: ':' },
      confidence: CONFIDENCE.paragraphFrame,
    });
  }

  /** A title-case quotation after a colon with no cue before it: a field’s value or a name. */
  private titledValue(seg: QuoteSegment, lo: number, colon: number): boolean {
    return this.titleCased(seg) && !this.cueBeforeColon(lo, colon);
  }

  /** `Claim: “…”`: the quotation follows only a field's label at its paragraph's start. */
  private opensAfterFieldLabel(seg: QuoteSegment): boolean {
    const paragraph = this.doc.paragraphs[seg.firstParagraph]!;
    const label = lineLabel(this.doc.text.slice(paragraph.start, seg.open), FIELD_LABELS);
    return label > 0 && paragraph.start + label === seg.open;
  }

  private opensParagraph(seg: QuoteSegment): boolean {
    const paragraph = this.doc.paragraphs[seg.firstParagraph]!;
    return opensAfterNumber(this.doc.text, paragraph.start, seg.open) && seg.firstParagraph > 0;
  }

  /**
   * `… let me read a statement from Foreign Secretary Ilka Dorn: “…”`: the mention that ends at the
   * colon after a label's lead-in words (`statement from`, `remarks by`) is the quotation's source,
   * wherever the clause began.
   */
  private sourceBeforeColon(lo: number, colon: number): MentionSpan | null {
    let end = lo;
    while (end < this.words.length && this.words.at(end)!.start < colon) end++;
    for (let t = end - 1; t >= lo + 2; t--) {
      const mention = mentionAfter(this.words, t, end);
      if (!mention || mention.to !== end) continue;
      const by = this.words.at(t - 1)!.key;
      if ((by === 'from' || by === 'by') && LABEL_LEAD_INS.has(this.words.at(t - 2)!.key)) return mention;
    }
    return null;
  }

  /**
   * `a note on the table that reads:`, `A sign read:`: a writing (a sign, a note: `WRITING_NOUNS`)
   * a few words before `read` or `reads` and the colon at `colon`, with its article and the place
   * it stands; null when the words before the colon are anything else.
   */
  private writingThatReads(lo: number, hi: number, colon: number): MentionSpan | null {
    let c = lo;
    while (c < hi && this.words.at(c)!.start !== colon) c++;
    const cue = c - 1;
    if (c >= hi || cue <= lo || !READ_FORMS.has(this.words.at(cue)!.key)) return null;
    const end = RELATIVE_PRONOUNS.has(this.words.at(cue - 1)!.key) ? cue - 1 : cue;
    for (let h = end - 1; h >= lo && end - h <= WRITING_WORDS; h--) {
      const w = this.words.at(h)!;
      if (!w.isWord) return null;
      if (!WRITING_NOUNS.has(w.key) || w.cap) continue;
      let from = h;
      while (from > lo && from > h - WRITING_MODIFIERS && !ARTICLES.has(this.words.at(from - 1)!.key)) {
        const before = this.words.at(from - 1)!;
        if (!before.isWord || before.cap) break;
        from--;
      }
      if (from > lo && ARTICLES.has(this.words.at(from - 1)!.key)) from--;
      return { from, to: end };
    }
    return null;
  }

  /**
   * The subject of the clause that runs up to offset `limit`: a mention opening the sentence, or
   * one after an opening phrase and its comma (`Asked about the delays, the director was blunt:`),
   * followed by a lower-case verb before `limit`.
   */
  private clauseSubjectBefore(lo: number, hi: number, limit: number): MentionSpan | null {
    // `And comedian Benji Okoro … offered his review in full: “…”`: a coordinator may open the sentence.
    if (lo + 1 < hi && CLAUSE_COORDINATORS.has(this.words.at(lo)!.key)) lo++;
    for (let t = lo; t < hi && this.words.at(t)!.start < limit; t++) {
      if (t !== lo && this.words.at(t - 1)!.text !== ',') continue;
      // `Noting the Secretary's decision to travel, Minister Lind said:`: a participle opens an adjunct, no subject.
      if (t === lo && participleBeforeObject(this.words, t)) continue;
      // `The top reply, from tidepool, was blunt:`: the author an answer is from speaks.
      const author = this.answerFrom(t, hi);
      if (author) return author;
      // `Her reply was short:`, `Lind's answer came in two parts:`: the possessor of an answer speaks.
      const owner = this.words.at(t)!;
      if (
        ANSWER_NOUNS.has(this.words.at(t + 1)?.key ?? '') &&
        (POSSESSIVE_PRONOUNS.has(owner.key) || (owner.possessive && owner.cap))
      )
        return { from: t, to: t + 1 };
      const found = mentionAfter(this.words, t, hi) ?? plainNounPhrase(this.words, t, hi);
      // `The contractor's reply was brief:`: the possessor of an answer speaks, whatever opens its noun phrase.
      const answered =
        found !== null &&
        found.to - found.from >= 2 &&
        ANSWER_NOUNS.has(this.words.at(found.to - 1)!.key) &&
        this.words.at(found.to - 2)!.possessive;
      // `The Company states:`: a lower-case cue closing the noun phrase at the colon is its verb, not a
      // group noun (`the Baltic states`).
      const last = found !== null && found.to - found.from >= 2 ? this.words.at(found.to - 1)! : null;
      const cueLast = last !== null && !last.cap && CUE_FORMS.has(last.key) && isPunct(this.words.at(found!.to), ':');
      const subject = answered || cueLast ? { from: found!.from, to: found!.to - 1 } : found;
      // `Chiara Domenichi, who has her own film in competition, shared …`: a relative clause may run longer than an aside.
      // So may a role in title case (`Rosalind Thewlis, Chief Executive of the Corvanne Metropolitan Transport Authority, said:`).
      const aside = this.words.at(subject ? subject.to + 1 : -1);
      const long = aside !== undefined && (opensRelative(aside.key) || aside.cap);
      const verb = subject
        ? this.words.at(pastAsides(this.words, subject.to, hi, long ? RELATIVE_ASIDE_WORDS : undefined))
        : undefined;
      // `Pressed on the timeline, …`: a word before a preposition opens a phrase, not a clause.
      // (`Episode 418: “…”`: a number after the noun is no verb.)
      if (
        subject &&
        verb &&
        verb.isWord &&
        !verb.cap &&
        isLetter(verb.text.charCodeAt(0)) &&
        !CLAUSE_STOPS.has(verb.key) &&
        verb.start < limit
      )
        return subject;
      // `Carrick on the radio to Teslin, then to me: “…”`: a note's named speaker and where they spoke, no verb.
      if (subject && verb && verb.start < limit && t === lo && this.namedBeforePlace(subject, verb)) return subject;
    }
    return this.subjectOfCueAtColon(lo, hi, limit);
  }

  /**
   * `In its conclusions the report says:`: an adjunct opening the clause with no comma before the
   * subject; the mention right before a lower-case cue that closes the clause at the colon `limit` speaks.
   */
  private subjectOfCueAtColon(lo: number, hi: number, limit: number): MentionSpan | null {
    let cue = lo;
    while (cue + 1 < hi && this.words.at(cue + 1)!.start < limit) cue++;
    const verb = this.words.at(cue)!;
    if (cue <= lo + 1 || verb.cap || !CUE_FORMS.has(verb.key) || !isPunct(this.words.at(cue + 1), ':')) return null;
    // (The clause opens with an adjunct's preposition: `[Subtitle note: …]` is a label, not a clause.)
    if (!ADJUNCT_PREPOSITIONS.has(this.words.at(lo)!.key)) return null;
    for (let t = lo + 2; t < cue; t++) {
      const span = mentionAfter(this.words, t, cue);
      if (span && span.to === cue) return span;
    }
    return null;
  }

  /** A capitalised name (no article) right before a preposition of place or address (`Carrick on the radio`, `Lind to reporters`). */
  private namedBeforePlace(subject: MentionSpan, next: Word): boolean {
    const first = this.words.at(subject.from)!;
    // `Pressed on the timeline, …`: a question's participle opens a phrase, not a name.
    if (!first.cap || ARTICLES.has(first.key) || QUESTION_OPENERS.has(first.key)) return false;
    if (!next.isWord || next.cap || !NOTE_PREPOSITIONS.has(next.key)) return false;
    return describeMentionOnce(this.doc.text, this.words, subject).kind === 'name';
  }

  /**
   * `The top reply, from tidepool, was blunt:`, `The most-liked reply, from the critic Tamsin
   * Achebe (@tamsinwatches), read:`: an answer noun within a few words of the clause's start,
   * then `, from` and a mention; that mention, or null.
   */
  private answerFrom(t: number, hi: number): MentionSpan | null {
    const words = this.words;
    for (let a = t; a < hi && a - t <= ANSWER_FROM_REACH; a++) {
      const w = words.at(a)!;
      if (!w.isWord) return null;
      if (!ANSWER_NOUNS.has(w.key)) continue;
      if (!isPunct(words.at(a + 1), ',') || words.at(a + 2)?.key !== 'from') return null;
      // A forum handle in lower case (`from tidepool,`) is one word before the comma.
      const author =
        mentionAfter(words, a + 3, hi) ??
        (words.at(a + 3)?.isWord && isPunct(words.at(a + 4), ',') ? { from: a + 3, to: a + 4 } : null);
      const after = author ? words.at(author.to) : undefined;
      return author && after && (isPunct(after, ',') || after.text === '(') ? author : null;
    }
    return null;
  }

  /** A direct quote credited to a label's or signature's mention, resolved (and noted for later pronouns) at `pos`. */
  /**
   * `The claims are, in the words of Colonel Rusevik, “a fabrication …”`: a quotation right after
   * that phrase and its comma is the words of whoever it names.
   */
  private inWordsOf(seg: QuoteSegment): DraftQuote | null {
    const text = this.doc.text;
    const base = Math.max(0, seg.open - IN_WORDS_OF_CHARS);
    const m = IN_WORDS_OF.exec(text.slice(base, seg.open));
    if (!m) return null;
    const [nameStart, nameEnd] = m.indices![1]!;
    const from = this.wordsBefore(this.doc.sentences[this.sentenceAt(seg.open)]!.tokenStart, base + nameStart);
    const to = this.wordsBefore(from, base + nameEnd);
    const span = mentionAfter(this.words, from, to);
    if (!span || span.from !== from || span.to !== to) return null;
    const info: MentionInfo = describeMentionOnce(text, this.words, span);
    if (info.kind === 'pronoun') return null;
    const cueStart = base + m.index;
    const cueEnd = trimEnd(text, cueStart, base + nameStart);
    return this.namedBy(seg, span, info, this.words.at(from)!.start, {
      start: cueStart,
      end: cueEnd,
      text: text.slice(cueStart, cueEnd),
    });
  }

  /**
   * `Sender: Oskar Lindqvar, Federal President` / `Received: 4 February, by note` over a paragraph
   * opened by a quotation (or by a field's label and a quotation: `Said by: …` over `Claim: “…”`):
   * a message's or a fact-check's record names who sent or said the words below it.
   */
  private senderFieldAbove(seg: QuoteSegment): DraftQuote | null {
    if (!(this.opensParagraph(seg) || this.opensAfterFieldLabel(seg)) || seg.firstParagraph === 0) return null;
    const text = this.doc.text;
    const above = this.doc.paragraphs[seg.firstParagraph - 1]!;
    const m = SENDER_FIELD.exec(above.text);
    if (!m) return null;
    const start = above.start + m.index + m[0].length - m[1]!.length;
    const span = this.labelMention(above.index, start, start + m[1]!.length);
    if (!span || this.words.at(span.from)!.start !== start) return null;
    const info: MentionInfo = describeMentionOnce(text, this.words, span);
    if (info.kind !== 'name' && info.kind !== 'role') return null;
    return this.namedBy(seg, span, info, start, null);
  }

  private namedBy(seg: QuoteSegment, span: MentionSpan, info: MentionInfo, pos: number, cue: Span | null): DraftQuote {
    const resolved = this.resolver.resolve(info, pos);
    this.resolver.note(resolved, pos);
    return this.remember(seg, {
      kind: 'direct',
      content: { start: seg.start, end: seg.end },
      speaker: spanOf(this.doc, this.words, span),
      resolved,
      cue,
      confidence: CONFIDENCE.label,
    });
  }

  /**
   * `Jamal Ostrow, 34, delivery driver, Saltrey` over `“…”`: a vox pop's caption, a name and its
   * fields on a line of their own with no verb and no sentence mark, over a quotation that fills its
   * line, names who speaks. So does a broadcast script's clip line (`CLIP: NAME, ROLE (0'14")`),
   * past a field line under it (`OUT: …out of thin air.`). A byline (`By …`), a heading in capitals and
   * a title-case quotation (a work's title) name no speaker.
   */
  private captionAbove(seg: QuoteSegment): DraftQuote | null {
    const text = this.doc.text;
    if (!seg.closed || !lineFilledBy(text, seg.open, seg.close)) return null;
    let line = this.lineAbove(seg.open, seg.firstParagraph);
    // (`SUPER: Gwen Harrow | Residents' Association` right over the quotation: an on-screen caption names its speaker;
    // so does one over the caption's second line, the role: `SUPER: MAREN OAKHOLLOW` / `Chair, Residents' Association`.)
    const captionOf = (l: typeof line) => (l ? lineLabel(text.slice(l.start, l.end), CAPTION_MARKERS) : 0);
    const twoLines = line && captionOf(line) === 0 ? this.lineAbove(line.start, line.paragraph) : null;
    if (twoLines && captionOf(twoLines) > 0 && twoLines.paragraph === line!.paragraph) line = twoLines;
    const onScreen = captionOf(line);
    if (line && onScreen === 0 && lineLabel(text.slice(line.start, line.end), FIELD_LABELS) > 0)
      line = this.lineAbove(line.start, line.paragraph);
    if (!line) return null;
    const clipLine = onScreen > 0 ? null : clipFields(text.slice(line.start, line.end));
    // (`Additional comment: Dr Ines Karsk, Director of Public Health`: a release's label naming who speaks below.)
    const clip = onScreen || (clipLine?.start ?? lineLabel(text.slice(line.start, line.end), QUOTE_FIELD_LABELS));
    const start = line.start + clip;
    // (A trailing duration or note in parentheses is no part of the fields: `(0'14")`.)
    const end =
      line.start +
      text.slice(line.start, line.start + (clipLine?.end ?? line.end - line.start)).replace(/\s*\([^()]*\)\s*$/u, '')
        .length;
    const caption = text.slice(start, end);
    if (!/^\p{Lu}/u.test(caption) || /[.!?:;]$/u.test(caption) || /^by\s/iu.test(caption)) return null;
    // A line in capitals is a heading (`PULL QUOTE`, a report's title over its own), unless a clip's marker opens it;
    // a title-case quotation under a line is a work's title.
    if ((clip === 0 && caption === caption.toUpperCase()) || this.titleCased(seg)) return null;
    if (caption.split(/\s+/).length > LABEL_MAX_WORDS) return null;
    const span = this.labelMention(line.paragraph, start, end);
    if (!span) return null;
    // `Statement from the Tazanyi family` over the statement: past the label's lead-in words, whoever it names speaks.
    // (`labelMention` reads past the lead-in words; the name must close the line.)
    if (this.words.at(span.from)!.start !== start) {
      const info = describeMentionOnce(text, this.words, span);
      const closesLine = (this.words.at(span.to)?.start ?? end) >= end;
      if (!closesLine || info.kind === 'pronoun' || info.kind === 'document') return null;
      return this.namedBy(seg, span, info, start, null);
    }
    // `Article 1 – Suspension of exports` over the article's text in quotation marks: that part of the instrument speaks.
    if (NUMBERED_PART_HEADING.test(caption) && isDocumentNoun(this.words.at(span.from)!.key)) {
      const part = { from: span.from, to: span.from + 2 };
      return this.namedBy(seg, part, describeMentionOnce(text, this.words, part), start, null);
    }
    const after = this.words.at(span.to);
    const ends = after === undefined || after.start >= end;
    // (An on-screen caption may set its fields apart with bars or slashes: `Gwen Harrow | Residents' Association`,
    // `Gwen Harrow / Chair, Residents' Association`.)
    if (!ends && !(isPunct(after, onScreen > 0 ? ',|/' : ',') && this.captionFields(span.to, end))) return null;
    const info: MentionInfo = describeMentionOnce(text, this.words, span);
    // (A clip's or caption's description names its unnamed speaker: `SUPER: Former care worker / Eastbrook House`.)
    if (info.kind !== 'name' && !(clip > 0 && (info.kind === 'role' || info.kind === 'anonymous'))) return null;
    return this.namedBy(seg, span, info, start, null);
  }

  /**
   * A caption's fields after its name (`, 67, retired fitter, Eastbrook`): no cue, auxiliary or be-form
   * makes them a clause (an adjective spelt like a past, `retired`, is a field; a cue's spelling after an
   * article is a noun: `whose brother died in the fire`).
   */
  private captionFields(from: number, end: number): boolean {
    for (let k = from; k < this.words.length && this.words.at(k)!.start < end; k++) {
      const w = this.words.at(k)!;
      if (!w.isWord || w.cap) continue;
      const cue = CUE_FORMS.has(w.key) && !ARTICLES.has(this.words.at(k - 1)?.key ?? '');
      if (cue || AUXILIARIES.has(w.key) || BE_FORMS.has(w.key)) return false;
    }
    return true;
  }

  /** The line above the one `offset` opens, within its paragraph or the last of the paragraph before, or null. */
  private lineAbove(offset: number, paragraph: number): { start: number; end: number; paragraph: number } | null {
    const text = this.doc.text;
    const own = this.doc.paragraphs[paragraph]!;
    let end = offset;
    while (end > own.start && text[end - 1] !== '\n') end--;
    if (end <= own.start) {
      if (paragraph === 0 || this.inTurn(paragraph)) return null;
      paragraph--;
      end = this.doc.paragraphs[paragraph]!.end;
    } else end--;
    const floor = this.doc.paragraphs[paragraph]!.start;
    while (end > floor && isSpace(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > floor && text[start - 1] !== '\n') start--;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    return start < end ? { start, end, paragraph } : null;
  }

  /** The name a label gives in `[start, end)` of a paragraph, past lead-in words (`Quote from`, `And from`). */
  private labelMention(paragraph: number, start: number, end: number): MentionSpan | null {
    let from = this.firstWordOfParagraph.get(paragraph) ?? -1;
    if (from < 0) return null;
    while (from < this.words.length && this.words.at(from)!.end <= start) from++;
    let to = from;
    while (to < this.words.length && this.words.at(to)!.end <= end) to++;
    while (from < to - 1 && this.words.at(from)!.isWord && LABEL_LEAD_INS.has(this.words.at(from)!.key)) from++;
    return mentionAfter(this.words, from, to);
  }

  /**
   * `“…” — Commissioner Lee` or a next line `-Commissioner Lee`: a press release signs a
   * quotation with the speaker's name after a dash, and nothing else on the line but the
   * speaker's role after a comma (`— Ana Lind, Foreign Minister`).
   */
  private signatureAfter(seg: QuoteSegment): DraftQuote | null {
    if (!seg.closed) return null;
    const text = this.doc.text;
    // (`Episode 112: “Reasonable grounds” – Oskelin, the report and …`: a field's value and its subtitle, signed by nobody.)
    if (this.fieldValueOnLine(seg.open)) return null;
    let paragraph = this.doc.paragraphs[seg.lastParagraph]!;
    let p = seg.close;
    while (p < paragraph.end && (isSpace(text.charCodeAt(p)) || text[p] === '.')) p++;
    if (p >= paragraph.end) {
      const next = this.doc.paragraphs[seg.lastParagraph + 1];
      if (!next) return null;
      paragraph = next;
      p = next.start;
    }
    if (!'—–-'.includes(text[p]!)) return null;
    const dash = p;
    p++;
    while (p < paragraph.end && text[p] !== '\n' && isSpace(text.charCodeAt(p))) p++;
    // The signature ends with its line: a list of reactions signs each quotation on its own line.
    // A line of more words than a label has is none: the scan stops there (in a paste without line
    // breaks the line is the whole rest of the paragraph).
    let end = p;
    for (let gaps = 0, white = false; end < paragraph.end && text[end] !== '\n'; end++) {
      if (isWhite(text[end]!)) white = true;
      else if (!isSpace(text.charCodeAt(end))) {
        // A gap with a word after it: the label below would split into more words than it may hold.
        if (white && ++gaps >= LABEL_MAX_WORDS) return null;
        white = false;
      }
    }
    while (end > p && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= p || text.slice(p, end).split(/\s+/).length > LABEL_MAX_WORDS) return null;
    const span = this.labelMention(paragraph.index, p, end);
    // The name may be followed by its role after a comma (`— Ana Lind, Foreign Minister of Vardenia`).
    if (
      !span ||
      !(
        this.words.at(span.to - 1)!.end >= end - 1 ||
        /^\s*,[^.!?]*\.?$/u.test(text.slice(this.words.at(span.to - 1)!.end, end))
      )
    )
      return null;
    const info: MentionInfo = describeMentionOnce(text, this.words, span);
    // (`– a Commonweal deputy, shortly before midnight`: an unnamed source signs too.)
    if (info.kind !== 'name' && info.kind !== 'role' && info.kind !== 'anonymous') return null;
    return this.namedBy(seg, span, info, this.words.at(span.from)!.start, {
      start: dash,
      end: dash + 1,
      text: text[dash]!,
    });
  }

  /**
   * `Councilor Shah read his statement aloud. “I have served …”`: a quotation opening a sentence
   * after one whose subject is a person, in the same paragraph, with no cue of its own.
   */
  private speakerOfPreviousSentence(seg: QuoteSegment, sA: number): { speaker: Span; resolved: Resolved } | null {
    const sentence = this.doc.sentences[sA]!;
    const prev = this.doc.sentences[sA - 1];
    if (!prev || prev.headline || prev.paragraph !== seg.firstParagraph || sentence.paragraph !== seg.firstParagraph)
      return null;
    if (!onlyGlue(this.doc.text, sentence.start, seg.open, '')) return null;
    const span = this.clauseSubjectBefore(prev.tokenStart, prev.tokenEnd, prev.end);
    if (!span) return null;
    const info = describeMentionOnce(this.doc.text, this.words, span);
    // (`She paused. “…”`: a person's pronoun as well, when it resolves to a person.)
    const person = info.kind === 'pronoun' && info.pronoun === 'person';
    if (info.kind !== 'name' && info.kind !== 'role' && !person) return null;
    const resolved = this.resolver.resolve(info, this.words.at(span.from)!.start);
    if (!resolved.canonical || resolved.type !== 'person') return null;
    return { speaker: spanOf(this.doc, this.words, span), resolved };
  }

  /**
   * `That was the verdict of Odo Venn`, `This is the view of the ministry`: a sentence opening with a
   * demonstrative, a be-form and an answer or view noun of a person names whose words came before.
   */
  private ownerAfterVerdict(from: number, to: number): { speaker: Span; resolved: Resolved } | null {
    const key = (t: number) => this.words.at(t)?.key ?? '';
    if (!DEMONSTRATIVES.has(key(from)) || !BE_FORMS.has(key(from + 1)) || key(from + 2) !== 'the') return null;
    if (!(ANSWER_NOUNS.has(key(from + 3)) || VIEW_NOUNS.has(key(from + 3))) || key(from + 4) !== 'of') return null;
    const span = mentionAfter(this.words, from + 5, to);
    if (!span) return null;
    const info = describeMentionOnce(this.doc.text, this.words, span);
    return info.kind === 'name' || info.kind === 'role' ? this.presented(span, info) : null;
  }

  /** A person the text presents (a name or role) as a quotation's speaker: resolved and noted, or null when it resolves to no one. */
  private presented(span: MentionSpan, info: MentionInfo): { speaker: Span; resolved: Resolved } | null {
    const pos = this.words.at(span.from)!.start;
    const resolved = this.resolver.resolve(info, pos);
    if (!resolved.canonical) return null;
    this.resolver.note(resolved, pos);
    return { speaker: spanOf(this.doc, this.words, span), resolved };
  }

  /** A cue form among the few words before the colon at character `colon` (`…, said:`, `told the committee:`). */
  private cueBeforeColon(lo: number, colon: number): boolean {
    let end = lo;
    while (end < this.words.length && this.words.at(end)!.start < colon) end++;
    // `sets out its objection in these terms:`: the cue's reach starts before a handover phrase.
    const phrase = HANDOVER_PHRASES.find((keys) => phraseAt(this.words, end - keys.length, keys));
    if (phrase && end - phrase.length > lo) end -= phrase.length;
    for (let t = end - 1; t >= lo && end - t <= COLON_HANDOVER_WORDS; t--)
      if (CUE_FORMS.has(this.words.at(t)!.key)) return true;
    return false;
  }

  /** A colon and a quotation mark within a few words after `from`, before `hi`. */
  private colonQuotationAfter(from: number, hi: number): boolean {
    for (let t = from; t + 1 < hi && t - from <= COLON_HANDOVER_WORDS; t++)
      if (isPunct(this.words.at(t), ':') && this.words.at(t + 1)!.isQuoteMark) return true;
    return false;
  }

  /** `“…” Hong introduced the efforts …`: a speaker named at the start of the next sentence of the paragraph. */
  private speakerOfNextSentence(
    seg: QuoteSegment,
    sB: number,
  ): { speaker: Span; resolved: Resolved; cue?: Span } | null {
    const sentence = this.doc.sentences[sB]!;
    if (!seg.closed || !onlyGlue(this.doc.text, seg.close, sentence.end, '.!?')) return null;
    const next = this.doc.sentences[sB + 1];
    if (!next || next.paragraph !== seg.lastParagraph) return null;
    const from = next.tokenStart;
    // `“…” That was the verdict of Rear Admiral Odo Venn, …`: the sentence names whose words they were.
    const owner = this.ownerAfterVerdict(from, next.tokenEnd);
    if (owner) return owner;
    const span = mentionAfter(this.words, from, next.tokenEnd);
    // `“…” Nobody went.`: a subject that says nobody spoke presents no speaker.
    if (!span || negativeSubject(this.words, span)) return null;
    // `“…” Lidia Oyelaran, 34, a nurse at the hospital, was woken …`: past the name's asides to its verb.
    let verbAt = pastAsides(this.words, span.to, next.tokenEnd, PRESENTING_ASIDE_WORDS);
    // Two asides share their comma (`, 34, a nurse …,`): read on from it.
    // (Only when a second aside follows: `, a midwife, was …` ends at `was`, not at its comma.)
    if (verbAt > span.to && isPunct(this.words.at(verbAt - 1), ',')) {
      const further = pastAsides(this.words, verbAt - 1, next.tokenEnd, PRESENTING_ASIDE_WORDS);
      if (further > verbAt) verbAt = further;
    }
    // `“…” Fenna Wiltshire, who runs a bakery on Tanner Street, was the first …`: past a relative clause.
    if (verbAt === span.to) verbAt = pastRelativeAside(this.words, span.to, next.tokenEnd);
    const verb = this.words.at(verbAt);
    // `“…” Writing it down.`: a pronoun after the word is its object, so the word is a verb, not a name.
    if (!verb || !verb.isWord || verb.cap || PRONOUNS.has(verb.key)) return null;
    // `“…” Public meeting Mon 6 Oct`: a word in `-ing` is no finite verb; the capital opened a noun phrase.
    if (verbAt === span.to && verb.key.endsWith('ing')) return null;
    // `“…” Amira Solte put it more simply: “…”`: a speaker whose colon hands over words of their own
    // presents those, not the quotation before.
    if (this.colonQuotationAfter(verbAt, next.tokenEnd)) return null;
    const info = describeMentionOnce(this.doc.text, this.words, span);
    if (info.kind !== 'name' && info.kind !== 'role') return null;
    // Right after the name an adverb or auxiliary may still open a report of its own (`Lee has said`);
    // after the asides that present a new person, or after a quotation opening its paragraph, a
    // name and any verb present its speaker (`“…” Ostby was describing the first core`).
    const skipWord = verbAt === span.to && SUBJECT_SKIP.has(verb.key);
    if (skipWord && !(info.kind === 'name' && this.opensParagraph(seg))) return null;
    // An aside is allowed after a name only: `“…” The mayor, a former nurse, was …` names no one new.
    if (verbAt !== span.to && info.kind !== 'name') return null;
    const found = this.presented(span, info);
    if (!found) return null;
    // `“…” Lee said.` cues the quotation; `“…” Lee, 34, was woken …` only names its speaker.
    return this.cueAt(verbAt) ? { ...found, cue: { start: verb.start, end: verb.end, text: verb.text } } : found;
  }
}

/** A label opening a line (`OUT: `, `CLIP: `); group 1 is the label. */
const LINE_LABEL = /^([\p{L} ]{1,24}):[ \t]*/u;

/**
 * A quotation opening at `open` with `content` is the first thing from `start`: right there, or
 * after a clause's number when it is a sentence (`3.2 “The Purchaser shall …”`), not a section's
 * title in quotation marks (`2. ‘Every safety observation is logged’`).
 */
function opensFrom(text: string, start: number, open: number, content: string): boolean {
  return open <= start + 1 || (opensAfterNumber(text, start, open) && endsWithOneOf(content, '.!?…'));
}

/**
 * The quotation opening at `open` stands first from `start`, but for a space or a clause's number:
 * a list's marker as the segmenter reads one (`(b) “…”`, `12. “…”`), or a numbered subclause
 * (`3.1 “…”`), as an instrument's clauses are quoted under `provides as follows:`.
 */
function opensAfterNumber(text: string, start: number, open: number): boolean {
  if (open <= start + 1) return true;
  // (A bullet is no number: `• “…”` under `Key passages:` is left to the rules for lists.)
  const lead = text.slice(start, open);
  return NUMBER_FIRST.test(lead) && pastItemNumber(text, start + lead.length - lead.trimStart().length, open) >= open;
}

/** Words before a quotation that open with a number, a letter or a bracket, not a bullet. */
const NUMBER_FIRST = /^\s*[\p{L}\d(]/u;

/** The length of the label opening `line` with the spaces after it when `labels` holds it (`OUT: `, `CLIP: `), else 0. */
function lineLabel(line: string, labels: ReadonlySet<string>): number {
  const m = LINE_LABEL.exec(line);
  return m && labels.has(dotlessKey(m[1]!)) ? m[0].length : 0;
}

/** A clip's marker before its speaker's name written with a dash, or in brackets (`SOT - NAME`, `[SOT: NAME]`). */
const CLIP_LINE = /^(\[?)([\p{L} ]{2,16}?)(?:[ \t]+\d{1,3})?(?::|[ \t]+[-\u2013\u2014])[ \t]*/u;
/** Where a clip line's fields end before its timing or its out-words on the same line (`(0'17") OUT: …`). */
const CLIP_TAIL = /[ \t]+(?:\(|\p{Lu}{2,}[ \t]*:)/u;

/**
 * Where a script's clip line names its speaker (`CLIP: NAME, ROLE`, `SOT - NAME`, `[SOT: NAME]`):
 * the offsets in `line` of the fields after the marker, or null when the line is no clip line.
 */
function clipFields(line: string): { start: number; end: number } | null {
  const m = CLIP_LINE.exec(line);
  if (!m || !CLIP_MARKERS.has(dotlessKey(m[2]!.trim()))) return null;
  const bracketed = m[1] === '[';
  if (bracketed && !line.endsWith(']')) return null;
  const end = bracketed ? line.length - 1 : line.length;
  const tail = CLIP_TAIL.exec(line.slice(m[0].length, end));
  return { start: m[0].length, end: tail ? m[0].length + tail.index : end };
}

/** The quotation from `open` to `close` is alone on its line(s): only spaces between it and the line breaks around it. */
function lineFilledBy(text: string, open: number, close: number): boolean {
  let k = open;
  while (k > 0 && text[k - 1] !== '\n') if (!isSpace(text.charCodeAt(--k))) return false;
  for (k = close; k < text.length && text[k] !== '\n'; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Where the line ending at a label's colon `colon` starts (not before `floor`), or -1 as soon as
 * the line holds so many words that no label fits in it: bullets take no word and a place before a
 * dash (`PLACE_DASH`) at most two, so the label would still hold more than `LABEL_MAX_WORDS`. In a
 * paste without line breaks the line is the whole paragraph before the colon; it is not read.
 */
function labelLineStart(text: string, colon: number, floor: number): number {
  let words = 0;
  let inWord = false;
  let k = colon;
  for (; k > floor && !isLineBreak(text.charCodeAt(k - 1)); k--) {
    const c = text[k - 1]!;
    if (isWhite(c)) inWord = false;
    else if (!inWord && LETTER_OR_DIGIT.test(c)) {
      // A run of non-white characters counts once, whichever of its characters is the letter.
      inWord = true;
      if (++words >= LABEL_MAX_WORDS + 3) return -1;
    }
  }
  return k;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A dash between spaces after a one- or two-word place at an item's start (`Dunmarch — `). */
const PLACE_DASH = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)? [—–] /u;

/** Most words of an apposition presenting a quotation's speaker (`, a midwife heading home after a night shift,`). */
const PRESENTING_ASIDE_WORDS = 10;

/** Most words from a clause's start to its answer noun (`The most-liked reply`). */
const ANSWER_FROM_REACH = 3;

/** Most words of a relative clause between commas after a name (`, who runs a bakery on Tanner Street,`). */
const RELATIVE_ASIDE_WORDS = 12;

/** The word after a relative clause between commas opening at `k` (`, who …,`), or `k`. */
function pastRelativeAside(words: WordList, k: number, hi: number): number {
  if (!isPunct(words.at(k), ',') || words.at(k + 1)?.key !== 'who') return k;
  for (let t = k + 2; t < hi && t - k <= RELATIVE_ASIDE_WORDS; t++) {
    const w = words.at(t)!;
    if (isPunct(w, ',')) return t + 1;
    if (!w.isWord) return k;
  }
  return k;
}

/** A report's content `r` of frame `f` holds the quotation's opening, which closes past it in the same paragraph. */
function runsOnFrom(r: Region, seg: QuoteSegment, f: Frame): boolean {
  return (
    f.after !== null &&
    !f.reported &&
    r.start <= seg.open &&
    seg.open < r.end &&
    seg.end > r.end + 1 &&
    seg.closed &&
    seg.firstParagraph === seg.lastParagraph
  );
}

/** Most characters looked back for the word before a quotation. */
const WORK_REACH = 40;

/**
 * The quotation is a title apposed to the work it names (`a memoir, “`: see `namesWork`) or after
 * its authoring verb (`wrote “`: see `authoredTitle`). The word before it is read backwards, with
 * no pattern run over the text: this runs for every quotation.
 */
function titleOfWork(text: string, seg: QuoteSegment): boolean {
  const floor = Math.max(0, seg.open - WORK_REACH);
  let end = seg.open;
  while (end > floor && isSpace(text.charCodeAt(end - 1))) end--;
  const comma = end > floor && text[end - 1] === ',';
  if (comma) end--;
  let start = end;
  while (start > floor && (letterAt(text, start - 1) || (text[start - 1] === '-' && letterAt(text, start - 2))))
    start--;
  if (start === end) return false;
  const word = text.slice(start, end);
  const title = text.slice(seg.start, seg.end);
  return comma ? namesWork(word, title) : authoredTitle(word, title);
}

/** `as`, perhaps an article, then a quotation mark: the next quotation names the one before. */
const NAMED_BY_NEXT = /^\s*as\s+(?:(?:a|an|the)\s+)?["“‘']/u;

/** A web address in parentheses (`(alliance.example/news)`, `(https://…)`), after optional spaces. */
const ADDRESS_IN_PARENTHESES = /^\s*\((?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/[^\s()]*)?\)/u;

/** `Statement: “Recall questions answered” (alliance.example/news)`: a quotation with the address it links to is a page's title, nobody's words. */
function linkedTitle(text: string, seg: QuoteSegment): boolean {
  return seg.closed && ADDRESS_IN_PARENTHESES.test(text.slice(seg.close, seg.close + 200));
}

function letterAt(text: string, i: number): boolean {
  return i >= 0 && isLetter(text.charCodeAt(i));
}

/** A present participle opening its clause before its object's determiner (`Noting the …`, `Welcoming their …`). */
function participleBeforeObject(words: WordList, t: number): boolean {
  const w = words.at(t)!;
  const next = words.at(t + 1)?.key ?? '';
  return w.isWord && /\p{Ll}ing$/u.test(w.text) && (ARTICLES.has(next) || POSSESSIVE_PRONOUNS.has(next));
}

/**
 * A linked quotation has a speaker to go on with: a resolved one, or a mention the text gives
 * (`‘…,’ she said`, with no person named before it, still speaks the next quotation).
 */
function hasSpeaker(linked: { readonly speaker: Span | null; readonly resolved: Resolved }): boolean {
  return linked.resolved.canonical !== null || linked.speaker !== null;
}
