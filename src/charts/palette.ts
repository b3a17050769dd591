import { AUTHOR } from '../speakers';

export { AUTHOR };
/** The outlet's own voice is always drawn grey, so quoted parties stand out against it. */
export const AUTHOR_COLOR = '#9e9e9e';

/** Tableau 10 without its grey, which is reserved for the author. */
const SPEAKER_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f'];

/**
 * A colour per speaker, assigned in name order (code-unit order, not locale order, so it is the
 * same on every machine) and cycling the palette; `author` is always grey.
 */
export function speakerColors(names: Iterable<string>): Map<string, string> {
  const others = [...new Set(names)].filter((name) => name !== AUTHOR).sort(compareCodeUnits);
  const colors = new Map<string, string>([[AUTHOR, AUTHOR_COLOR]]);
  others.forEach((name, i) => colors.set(name, SPEAKER_PALETTE[i % SPEAKER_PALETTE.length]!));
  return colors;
}

/** Colours of the claim taxonomy; `reported_fact` and `other` are muted so charged types stand out. */
const CLAIM_COLORS: Record<string, string> = {
  counter_accusation: '#8c2d04',
  motive_attribution: '#d94801',
  rejection_denial: '#e15759',
  accusation: '#f28e2b',
  prediction_warning: '#b07aa1',
  commitment_resolve: '#4e79a7',
  call_to_action: '#edc948',
  cooperation_dialogue: '#59a14f',
  self_achievement: '#76b7b2',
  principle_position: '#1f4e79',
  concern_expressive: '#ff9da7',
  reported_fact: '#bab0ac',
  other: '#dddddd',
};

export function claimColor(type: string): string {
  return CLAIM_COLORS[type] ?? AUTHOR_COLOR;
}

/** The two sides of a diverging chart (over- vs under-represented). */
export const POSITIVE_COLOR = '#4e79a7';
export const NEGATIVE_COLOR = '#e15759';
export const TERM_COLOR = '#4e79a7';
export const NGRAM_COLOR = '#59a14f';

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
