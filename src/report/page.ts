import { claimLabel } from '../charts/labels';
import { claimColor } from '../charts/palette';
import { escapeHtml } from '../charts/text';

/** A standalone page: `title` is plain text, `style` fixed CSS, `body` escaped markup. */
export function pageHtml(title: string, style: string, body: readonly string[]): string {
  return collect((write) => writePage(write, title, style, (w) => w(body.join('\n'))));
}

/** Where a page is written to, piece by piece: a large report never exists as one string. */
export type Write = (html: string) => void;

/** `pageHtml`, written through `write`, the body by `body`. */
export function writePage(write: Write, title: string, style: string, body: (write: Write) => void): void {
  write(
    [
      '<!DOCTYPE html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(title)}</title>`,
      `<style>${style}</style>`,
      '</head>',
      '<body>',
      '',
    ].join('\n'),
  );
  body(write);
  write('\n</body>\n</html>\n');
}

/** What a writer writes, as one string (for pages small enough to hold, and notebook cells). */
export function collect(writer: (write: Write) => void): string {
  const parts: string[] = [];
  writer((html) => parts.push(html));
  return parts.join('');
}

/** The segments of a claim-mix bar: one span per type, as wide as its share, titled with its label and count. */
export function mixSegmentsHtml(
  counts: readonly { readonly type: string; readonly count: number }[],
  total: number,
): string {
  return counts
    .map(
      ({ type, count }) =>
        `<span style="width:${((100 * count) / Math.max(1, total)).toFixed(2)}%;background:${claimColor(type)}" title="${escapeHtml(`${claimLabel(type)}: ${count}`)}"></span>`,
    )
    .join('');
}
