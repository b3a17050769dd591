import { claimLabel } from '../charts/labels';
import { claimColor } from '../charts/palette';
import { escapeHtml } from '../charts/text';

/** A standalone page: `title` is plain text, `style` fixed CSS, `body` escaped markup. */
export function pageHtml(title: string, style: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The segments of a claim-mix bar: one span per type, as wide as its share, titled with its label and count. */
export function mixSegmentsHtml(counts: readonly { readonly type: string; readonly count: number }[], total: number): string {
  return counts
    .map(({ type, count }) => `<span style="width:${((100 * count) / Math.max(1, total)).toFixed(2)}%;background:${claimColor(type)}" title="${escapeHtml(`${claimLabel(type)}: ${count}`)}"></span>`)
    .join('');
}
