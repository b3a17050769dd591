#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * Builds the attribution stress set (tests/fixtures/attribution-stress/) from its authoring files.
 *
 * Each `<name>.src` holds one document (or several, each opened by a `#doc <name>` line):
 * paragraphs separated by blank lines, each followed by its expected quotes, one a line:
 *
 *   > kind | content | speaker | canonical | cue        (`>?` for an optional quote, `-` for none)
 *
 * Content is found in its paragraph; the cue nearest the content in that paragraph; the speaker
 * nearest the cue in that paragraph, else in the closest paragraph before (a label line). Writes
 * `<doc>.txt` and `<doc>.attribution.json` in the gold format of ../shared/gold.
 *
 *   node scripts/build-stress-gold.js
 */
const fs = require('fs');
const path = require('path');
const { stressSetDir } = require('./attribution-report');

const dir = stressSetDir();

function nearest(text, needle, from, to, target) {
  let best = -1;
  for (let i = text.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - target) < Math.abs(best - target)) best = i;
  }
  return best;
}

/**
 * Where the content starts: its first occurrence in the paragraph, or, when the same words stand
 * there twice (`X made clear that we know it. He told him that we know it.`), the occurrence
 * nearest to an occurrence of its cue.
 */
function contentStart(text, content, p, cue) {
  const first = text.indexOf(content, p.start);
  if (cue === '-' || first < 0 || first >= p.end) return first;
  let best = first;
  let bestDistance = Infinity;
  for (let c = first; c >= 0 && c < p.end; c = text.indexOf(content, c + 1)) {
    const at = nearest(text, cue, p.start, p.end, c);
    const distance = at < 0 ? Infinity : Math.abs(at - c);
    if (distance < bestDistance) [best, bestDistance] = [c, distance];
  }
  return best;
}

function span(text, start, needle) {
  return { start, end: start + needle.length, text: text.slice(start, start + needle.length) };
}

function buildDoc(name, blocks) {
  const paragraphs = [];
  let text = '';
  for (const b of blocks) {
    if (b.lines.length === 0) continue;
    if (text) text += '\n\n';
    const start = text.length;
    text += b.lines.join('\n');
    paragraphs.push({ start, end: text.length, notes: b.notes });
  }
  text += '\n';
  const quotes = [];
  paragraphs.forEach((p, pi) => {
    for (const { required, fields } of p.notes) {
      const [kind, written, speaker, canonical, cue] = fields;
      // ` ¶ ` in a content marks a paragraph break: a quote or a turn running over paragraphs is one
      // item, annotated after the paragraph it starts in.
      const content = written.split(' ¶ ').join('\n\n');
      const c = contentStart(text, content, p, cue);
      const runsOn = content.includes('\n\n');
      if (c < 0 || c >= p.end || (!runsOn && c + content.length > p.end))
        throw new Error(`${name}: content not found: ${written}`);
      let cueSpan = null;
      if (cue !== '-') {
        const at = nearest(text, cue, p.start, p.end, c);
        if (at < 0) throw new Error(`${name}: cue not found: ${cue}`);
        cueSpan = span(text, at, cue);
      }
      let speakerSpan = null;
      if (speaker !== '-') {
        const target = cueSpan ? cueSpan.start : c;
        let at = nearest(text, speaker, p.start, p.end, target);
        for (let k = pi - 1; at < 0 && k >= 0; k--)
          at = nearest(text, speaker, paragraphs[k].start, paragraphs[k].end, paragraphs[k].end);
        if (at < 0) throw new Error(`${name}: speaker not found: ${speaker}`);
        speakerSpan = span(text, at, speaker);
      }
      quotes.push({
        kind,
        required,
        content: span(text, c, content),
        speaker: speakerSpan,
        canonical: canonical === '-' ? (speaker === '-' ? null : speaker.replace(/^(the|a|an) /i, '')) : canonical,
        cue: cueSpan,
      });
    }
  });
  return { text, quotes };
}

for (const f of fs
  .readdirSync(dir)
  .filter((x) => x.endsWith('.src'))
  .sort()) {
  const docs = [];
  let current = { name: f.replace(/\.src$/, ''), blocks: [{ lines: [], notes: [] }] };
  docs.push(current);
  for (const raw of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    const blocks = current.blocks;
    if (line.startsWith('#doc ')) {
      if (docs.length === 1 && blocks.every((b) => b.lines.length === 0)) docs.pop();
      current = { name: line.slice(5).trim(), blocks: [{ lines: [], notes: [] }] };
      docs.push(current);
    } else if (line.startsWith('>')) {
      const required = !line.startsWith('>?');
      const fields = line
        .replace(/^>\??\s*/, '')
        .split('|')
        .map((s) => s.trim());
      if (fields.length !== 5) throw new Error(`${f}: bad annotation: ${line}`);
      blocks[blocks.length - 1].notes.push({ required, fields });
    } else if (line === '') {
      if (blocks[blocks.length - 1].lines.length) blocks.push({ lines: [], notes: [] });
    } else {
      blocks[blocks.length - 1].lines.push(line);
    }
  }
  /** Where a document's text comes from: a real press text copied unchanged from data/claims/texts/, or written for the set. */
  const origin = (name, text) => {
    const real = path.join(__dirname, '..', 'data/claims/texts', `${name}.txt`);
    return fs.existsSync(real) && fs.readFileSync(real, 'utf8') === text
      ? `Attribution set on a real press text: data/claims/texts/${name}.txt, copied unchanged (source and licence in data/claims/SOURCES.md), annotated blind.`
      : 'Attribution stress set: sentences written for discourse-kit (not taken from any corpus).';
  };
  for (const d of docs) {
    const { text, quotes } = buildDoc(d.name, d.blocks);
    fs.writeFileSync(path.join(dir, `${d.name}.txt`), text);
    const gold = {
      document: `${d.name}.txt`,
      note: `${origin(d.name, text)} Built from ${f} by scripts/build-stress-gold.js.`,
      quotes,
    };
    fs.writeFileSync(path.join(dir, `${d.name}.attribution.json`), JSON.stringify(gold, null, 1) + '\n');
    console.log(`${d.name}: ${quotes.length} quotes`);
  }
}
