/**
 * Text hygiene for everything that leaves the kit as HTML: document text (titles, hover
 * texts, terms, speaker names) is untrusted and must never become markup or script.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for an HTML element body or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Text for a plotly label, title or hover text. Plotly interprets a subset of HTML in these
 * strings (`<b>`, `<a href>`, `<br>`), so document text is entity-escaped; plotly decodes the
 * entities back when it draws, so the reader sees the original characters.
 */
export function plotlyText(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
}

/** Shorten to at most `max` characters (ellipsis included), on whitespace-collapsed text. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Hover text from document text: collapsed, truncated, escaped, wrapped at ~60 columns. */
export function hoverText(text: string, max = 240): string {
  const words = truncate(text, max).split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + word.length + 1 > 60) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map(plotlyText).join('<br>');
}

const SCRIPT_JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that is safe inside an HTML `<script>` element: no `</script>`, `<!--` or `&` can appear,
 * and the line separators that older JavaScript parsers reject are escaped.
 */
export function jsonForScript(value: unknown): string {
  return escapeScriptJson(JSON.stringify(value));
}

/** JSON text made safe inside `<script>`: each character on its own, so pieces of a JSON text may be escaped one by one. */
export function escapeScriptJson(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_JSON_ESCAPES[c]!);
}
