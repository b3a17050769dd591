// PROVISIONAL: replaced by the rule-based segmenter (helper A). Signature is the contract.
/**
 * Sentence spans inside one paragraph `[start, end)` of `text`, trimmed, in order,
 * covering every non-space character of the range.
 */
export function sentenceSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?]+(?:[.!?]+["'”’]?|$)/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let s = start + m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
