import { describe, expect, it } from 'vitest';
import { isUnitMark } from '../../src/text';

describe('a straight double mark that is a unit’s sign', () => {
  it('reads the mark after minutes and seconds, or feet and inches, as the unit', () => {
    const clip = `[CLIP 1 - SOT 0'12"]`;
    expect(isUnitMark(clip, clip.indexOf('"'))).toBe(true);
    const keeper = `a 6'2" lock-keeper`;
    expect(isUnitMark(keeper, keeper.indexOf('"'))).toBe(true);
  });
  it('leaves a quotation’s marks, even after a figure, to the quotation', () => {
    const quoted = `He said "12 boats" left at 9'30.`;
    expect(isUnitMark(quoted, quoted.indexOf('"'))).toBe(false);
    expect(isUnitMark(quoted, quoted.lastIndexOf('"'))).toBe(false);
  });
});
