import { describe, expect, it } from 'vitest';
import { isTitleCase } from '../../src/text';

const reads = (line: string) => isTitleCase(line.trim().split(/\s+/), line.trim().slice(-1));

describe('isTitleCase', () => {
  it('reads a short line of mostly capitalised words as title case', () => {
    expect(reads('Our Patience Has Been Rewarded')).toBe(true);
    expect(reads('No Troops Will Move Until Observers Arrive')).toBe(true);
  });

  it('leaves title case its minor words in lower case, but not a sentence’s other words', () => {
    expect(reads('A Ladder in the Dark')).toBe(true);
    expect(reads('The Price of a Quiet Border')).toBe(true);
    expect(reads('We are in the red')).toBe(false);
    expect(reads('in the of and')).toBe(false);
  });

  it('reads a sentence, a closed line or a long line as no title', () => {
    expect(reads('the talks broke down on Monday')).toBe(false);
    expect(reads('Our Patience Has Been Rewarded.')).toBe(false);
    expect(reads('One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen')).toBe(false);
  });
});
