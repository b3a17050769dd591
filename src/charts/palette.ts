import { AUTHOR } from '../speakers';

export { AUTHOR };
/** The outlet's own voice is always drawn grey, so quoted parties stand out against it. */
export const AUTHOR_COLOR = '#9e9e9e';

/** Tableau 10 without its grey, which is reserved for the author. */
const SPEAKER_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
];

/**
 * A colour per speaker, assigned in name order (code-unit order, not locale order, so it is the
 * same on every machine); `author` is always grey. Past the nine palette colours the palette
 * extends with further hues, so no two speakers of one figure ever share a colour.
 */
export function speakerColors(names: Iterable<string>): Map<string, string> {
  const others = [...new Set(names)].filter((name) => name !== AUTHOR).sort(compareCodeUnits);
  const colors = new Map<string, string>([[AUTHOR, AUTHOR_COLOR]]);
  const used = new Set<string>([AUTHOR_COLOR]);
  let next = 0;
  for (const name of others) {
    let color = paletteColor(next++);
    while (used.has(color)) color = paletteColor(next++);
    used.add(color);
    colors.set(name, color);
  }
  return colors;
}

/** The i-th speaker colour: Tableau 10 (without grey), then golden-angle hues at two lightnesses. */
export function paletteColor(i: number): string {
  if (i < SPEAKER_PALETTE.length) return SPEAKER_PALETTE[i]!;
  const k = i - SPEAKER_PALETTE.length;
  const hue = (17 + k * 137.508) % 360;
  return hslToHex(hue, k % 2 === 0 ? 0.55 : 0.45, k % 4 < 2 ? 0.42 : 0.6);
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number): number => {
    const t = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(t - 3, 9 - t, 1))));
  };
  const rgb = [channel(0), channel(8), channel(4)];
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** `hex` mixed with white (`amount` 0 = unchanged, 1 = white): backgrounds behind text. */
export function tint(hex: string, amount: number): string {
  return mix(hex, 255, amount);
}

/** `hex` mixed with black: readable text in a palette colour. */
export function shade(hex: string, amount: number): string {
  return mix(hex, 0, amount);
}

function mix(hex: string, target: number, amount: number): string {
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${rgb
    .map((c) =>
      Math.round(c + (target - c) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
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
