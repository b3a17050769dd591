import { describe, expect, it } from 'vitest';
import { lineEndAt, lineStartAt } from '../../src/text';

describe('a line around an offset', () => {
  const text = 'A selection follows.\n- "Please stop negotiating through the press." (A software company)\nEnd.';
  const quote = text.indexOf('"');

  it('finds the start and end of the line holding an offset', () => {
    const start = lineStartAt(text, quote);
    expect(text.slice(start, lineEndAt(text, quote))).toBe(
      '- "Please stop negotiating through the press." (A software company)',
    );
  });

  it('stops looking back at the floor it is given, where no line break stands', () => {
    expect(lineStartAt(text, quote, quote - 1)).toBe(quote - 1);
    expect(lineStartAt(text, quote, quote - 8)).toBe(text.indexOf('\n') + 1);
  });
});
