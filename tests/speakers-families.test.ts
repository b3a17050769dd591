import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/text';
import { attribute, type Attribution, type Quote, type QuoteKind } from '../src/speakers';

/**
 * The error families of issue 7, each with sentences written for the tests: the content span,
 * the speaker mention and the kind of the quote the family should give.
 */
function run(body: string): { text: string; a: Attribution } {
  const text = `Headline\n\n${body}\n`;
  return { text, a: attribute(parseDocument(text, 'test')) };
}

interface Expected {
  readonly content: string;
  readonly speaker: string | null;
  readonly kind: QuoteKind;
  readonly canonical?: string | null;
}

function describeQuotes(a: Attribution): string {
  return JSON.stringify(a.quotes.map((q) => `${q.kind} [${q.content.text}] / ${q.speaker?.text ?? '-'} = ${q.canonical}`));
}

/** Asserts the text gives a quote with exactly this content, speaker mention and kind, with offsets intact. */
function expectQuote(body: string, want: Expected): Quote {
  const { text, a } = run(body);
  const q = a.quotes.find((x) => x.content.text === want.content);
  expect(q, describeQuotes(a)).toBeDefined();
  expect(q!.speaker?.text ?? null).toBe(want.speaker);
  expect(q!.kind).toBe(want.kind);
  if (want.canonical !== undefined) expect(q!.canonical).toBe(want.canonical);
  expect(text.slice(q!.content.start, q!.content.end)).toBe(q!.content.text);
  return q!;
}

function itGives(cases: readonly (readonly [string, Expected])[]): void {
  for (const [body, want] of cases) it(`${body} → ${want.kind} “${want.content}” by ${want.speaker}`, () => void expectQuote(body, want));
}

describe('12: quote marks as people type them, from the one table in src/text', () => {
  itGives([
    ['The mayor said: ‹We will rebuild the bridge by the spring.›', { content: 'We will rebuild the bridge by the spring.', speaker: 'The mayor', kind: 'direct' }],
    ['The mayor said: «We will rebuild the bridge by the spring.»', { content: 'We will rebuild the bridge by the spring.', speaker: 'The mayor', kind: 'direct' }],
    ['The mayor said: „We will rebuild the bridge by the spring.“', { content: 'We will rebuild the bridge by the spring.', speaker: 'The mayor', kind: 'direct' }],
    ['The mayor said: ‛We will rebuild the bridge by the spring.’', { content: 'We will rebuild the bridge by the spring.', speaker: 'The mayor', kind: 'direct' }],
  ]);

  it('keeps the marks out of the content', () => {
    const { a } = run('The mayor said: ‹We will rebuild the bridge by the spring.›');
    expect(a.quotes.every((q) => !/[‹›]/.test(q.content.text))).toBe(true);
  });
});
