import { describe, expect, it } from 'vitest';
import { parseDocument, type Doc } from '../../src/text';
import { findFrames, readDocument } from '../../src/speakers/attribute';
import { sentenceFrames, type Frame } from '../../src/speakers/reporting-frames';
import { scanQuoteSegments } from '../../src/speakers/quote-marks';
import type { Region } from '../../src/speakers/types';

/** The reporting frames of the one sentence of a short text, read as `attribute` reads it. */
function framesOf(sentence: string): { doc: Doc; frames: readonly Frame[]; subject: (f: Frame) => string } {
  const doc = parseDocument(`Headline\n\n${sentence}\n`, 'test');
  const { words, quoted } = readDocument(doc);
  const s = doc.sentences.find((x) => x.text.includes(sentence.slice(0, 12)))!;
  const subject = (f: Frame) => doc.text.slice(words.at(f.subject.from)!.start, words.at(f.subject.to - 1)!.end);
  return { doc, frames: sentenceFrames(doc, words, s, quoted), subject };
}

const slice = (doc: Doc, r: Region | null): string | null => (r ? doc.text.slice(r.start, r.end) : null);

describe('reporting frames, one cue kind at a time', () => {
  it('a leading `according to` reports what follows its source', () => {
    const { doc, frames, subject } = framesOf(
      'According to the harbour authority, the ferry will resume service in March.',
    );
    expect(frames).toHaveLength(1);
    expect(frames[0]!.lemma).toBe('according to');
    expect(subject(frames[0]!)).toBe('the harbour authority');
    expect(slice(doc, frames[0]!.after)).toBe('the ferry will resume service in March');
    expect(frames[0]!.before).toBeNull();
  });

  it('a trailing `according to` reports what precedes it', () => {
    const { doc, frames, subject } = framesOf(
      'The ferry will resume service in March, according to the harbour authority.',
    );
    expect(frames).toHaveLength(1);
    expect(subject(frames[0]!)).toBe('the harbour authority');
    expect(slice(doc, frames[0]!.before)).toBe('The ferry will resume service in March');
    expect(frames[0]!.after).toBeNull();
  });

  it('an `as reported by` clause names its source before the comma', () => {
    const { doc, frames, subject } = framesOf(
      'As reported by the Coastal Gazette, the pier needs urgent repairs to its pilings.',
    );
    expect(frames.map((f) => f.lemma)).toEqual(['report']);
    expect(subject(frames[0]!)).toBe('the Coastal Gazette');
    expect(slice(doc, frames[0]!.after)).toBe('the pier needs urgent repairs to its pilings');
  });

  it('a statement issued with a `saying` clause is reported speech with words', () => {
    const { doc, frames } = framesOf(
      "The fishermen's union issued a statement, saying the quota cuts would ruin small boats.",
    );
    expect(frames).toHaveLength(1);
    expect(frames[0]!.issued).toEqual({ noun: 'statement', act: true });
    expect(frames[0]!.reported).toBe(false);
    expect(slice(doc, frames[0]!.after)).toBe('the quota cuts would ruin small boats');
  });

  it('a statement released with no words of its own is wordless', () => {
    const { frames } = framesOf('The port authority released a statement.');
    expect(frames).toHaveLength(1);
    expect(frames[0]!.reported).toBe(true);
    expect(frames[0]!.wordless).toBe(true);
  });

  it('an inverted subject after the cue speaks for the clause before it', () => {
    const { doc, frames, subject } = framesOf('The pier will reopen in spring, said Mayor Ilse Brandt.');
    expect(frames).toHaveLength(1);
    expect(subject(frames[0]!)).toBe('Mayor Ilse Brandt');
    expect(frames[0]!.info.name).toBe('Ilse Brandt');
    expect(frames[0]!.info.role).toBe('Mayor');
    expect(slice(doc, frames[0]!.before)).toBe('The pier will reopen in spring');
  });

  it('a cue after `and` shares the subject that opens the sentence', () => {
    const { doc, frames, subject } = framesOf(
      'The mayor inspected the pilings and said that the damage was worse than expected.',
    );
    expect(frames).toHaveLength(1);
    expect(frames[0]!.coordinated).toBe(true);
    expect(subject(frames[0]!)).toBe('The mayor');
    expect(slice(doc, frames[0]!.after)).toBe('the damage was worse than expected');
  });

  it('a participle after a comma borrows the subject of the first clause', () => {
    const { doc, frames, subject } = framesOf(
      'The council approved the budget on Tuesday, adding that repairs would start in May.',
    );
    expect(frames).toHaveLength(1);
    expect(frames[0]!.joined).toBe(true);
    expect(subject(frames[0]!)).toBe('The council');
    expect(slice(doc, frames[0]!.after)).toBe('repairs would start in May');
  });

  it('a listener cue reaches its `that` past the addressee and a time adjunct', () => {
    const { doc, frames } = framesOf('The mayor told reporters on Monday that the pier would reopen.');
    expect(frames.map((f) => [f.lemma, slice(doc, f.after), f.marked])).toEqual([
      ['tell', 'the pier would reopen', true],
    ]);
  });

  it('a role in apposition gives way to the name before it, and a title keeps its `of` phrase', () => {
    const ambassador = framesOf('Ambassador to the United Nations Karen Hale said the vote would be delayed.');
    expect(ambassador.frames[0]!.info.name).toBe('Karen Hale');
    expect(ambassador.frames[0]!.info.role).toBe('Ambassador to the United Nations');
    const trainer = framesOf("The team's trainer, Paolo Ruiz, said the players were exhausted.");
    expect(trainer.frames[0]!.info.name).toBe('Paolo Ruiz');
  });

  it('a reporting clause set between commas holds both halves', () => {
    const { doc, frames, subject } = framesOf('The new schedule, the union argued, was drawn up without the crews.');
    expect(frames).toHaveLength(1);
    expect(subject(frames[0]!)).toBe('the union');
    expect(slice(doc, frames[0]!.before)).toBe('The new schedule, the union argued, was drawn up without the crews');
  });

  it('a relative clause report ends before the main verb', () => {
    const { doc, frames } = framesOf(
      'The ministry, which said the talks were useful, gave no date for the next round.',
    );
    expect(frames.map((f) => slice(doc, f.after))).toEqual(['the talks were useful']);
  });

  it('reports strung together after a comma end where the next attribution starts', () => {
    const { doc, frames } = framesOf('The mayor said the plan would fail, the governor said it would work.');
    expect(frames.map((f) => slice(doc, f.after))).toEqual(['the plan would fail', 'it would work']);
  });

  it('a modal, a passive or a question reports nothing', () => {
    expect(framesOf('Police can demand that drivers show their permits.').frames).toEqual([]);
    // A future act is no speech: `will consider` weighs measures, it reports no words.
    expect(
      framesOf('If the port stays closed, the union will consider further strikes across the region.').frames,
    ).toEqual([]);
    expect(framesOf('The senator was asked whether the ferry would run.').frames).toEqual([]);
    expect(framesOf('Does the council believe that the pier can be saved?').frames).toEqual([]);
  });
});

describe('findFrames', () => {
  it('resolves a later surname to the full name the text gave first', () => {
    const doc = parseDocument(
      'Headline\n\nHarbour master Lena Okafor said the crane would be replaced. ' +
        'Okafor added that the work would take a month.\n',
      'test',
    );
    const found = findFrames(readDocument(doc));
    const resolved = found.frames.flat().map((f) => found.resolved.get(f)!.canonical);
    expect(resolved).toEqual(['Lena Okafor', 'Lena Okafor']);
  });
});

describe('scanQuoteSegments', () => {
  it('runs a quotation on into a paragraph that opens with a mark, and keeps a scare quote to itself', () => {
    const text =
      'Headline\n\nShe said: “The first paragraph of the speech.\n\n“The second paragraph ends here.”\n\n' +
      'A so-called “plan” was shelved.\n';
    const doc = parseDocument(text, 'test');
    const segments = scanQuoteSegments(doc).map((s) => ({
      text: text.slice(s.start, s.end),
      closed: s.closed,
      paragraphs: [s.firstParagraph, s.lastParagraph],
    }));
    expect(segments).toEqual([
      {
        text: 'The first paragraph of the speech.\n\n“The second paragraph ends here.',
        closed: true,
        paragraphs: [1, 2],
      },
      { text: 'plan', closed: true, paragraphs: [3, 3] },
    ]);
  });

  it('ends an open quotation at its paragraph when the next paragraph does not continue it', () => {
    const text = 'Headline\n\nHe shouted “stop the ferry\n\nNobody listened to him that day.\n';
    const doc = parseDocument(text, 'test');
    const segments = scanQuoteSegments(doc);
    expect(segments).toHaveLength(1);
    expect(segments[0]!.closed).toBe(false);
    expect(text.slice(segments[0]!.start, segments[0]!.end)).toBe('stop the ferry');
    expect(segments[0]!.lastParagraph).toBe(1);
  });
});
