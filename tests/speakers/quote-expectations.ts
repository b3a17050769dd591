import { expect, it } from 'vitest';
import { parseDocument } from '../../src/text';
import { attribute, type Attribution, type Quote, type QuoteKind } from '../../src/speakers';

/** Shared by the attribution family tests: a body under a headline, attributed; quote expectations with offsets checked. */
export function run(body: string): { text: string; a: Attribution } {
  const text = `Headline\n\n${body}\n`;
  return { text, a: attribute(parseDocument(text, 'test')) };
}

/** Each quote of `text` (attributed as given, no headline added) as [kind, speaker as written, content]. */
export function quoteRows(text: string): (string | undefined)[][] {
  return attribute(parseDocument(text)).quotes.map((q) => [q.kind, q.speaker?.text, q.content.text]);
}

/** Each transcript quote of `text` (attributed as given) as [speaker as written or null, canonical, content]. */
export function turnRows(text: string): (string | null)[][] {
  return attribute(parseDocument(text))
    .quotes.filter((q) => q.kind === 'transcript')
    .map((q) => [q.speaker?.text ?? null, q.canonical, q.content.text]);
}

export interface Expected {
  readonly content: string;
  readonly speaker: string | null;
  readonly kind: QuoteKind;
  readonly canonical?: string | null;
}

export function describeQuotes(a: Attribution): string {
  return JSON.stringify(
    a.quotes.map((q) => `${q.kind} [${q.content.text}] / ${q.speaker?.text ?? '-'} = ${q.canonical}`),
  );
}

/** Asserts the text gives a quote with exactly this content, speaker mention and kind, with offsets intact. */
export function expectQuote(body: string, want: Expected): Quote {
  const { text, a } = run(body);
  const q = a.quotes.find((x) => x.content.text === want.content);
  expect(q, describeQuotes(a)).toBeDefined();
  expect(q!.speaker?.text ?? null, describeQuotes(a)).toBe(want.speaker);
  expect(q!.kind, describeQuotes(a)).toBe(want.kind);
  if (want.canonical !== undefined) expect(q!.canonical).toBe(want.canonical);
  expect(text.slice(q!.content.start, q!.content.end)).toBe(q!.content.text);
  if (q!.speaker) expect(text.slice(q!.speaker.start, q!.speaker.end)).toBe(q!.speaker.text);
  if (q!.cue) expect(text.slice(q!.cue.start, q!.cue.end)).toBe(q!.cue.text);
  return q!;
}

export function itGives(cases: readonly (readonly [string, Expected])[]): void {
  for (const [body, want] of cases)
    it(`${body} → ${want.kind} “${want.content}” by ${want.speaker}`, () => void expectQuote(body, want));
}

export function itGivesNone(bodies: readonly string[]): void {
  for (const body of bodies) it(`${body} → no quote`, () => expect(describeQuotes(run(body).a)).toBe('[]'));
}
