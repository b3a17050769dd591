import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/text';
import { writeFileAtomic } from '../../src/io';

const dir = mkdtempSync(join(tmpdir(), 'dk-file-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The file `pieces` make when written one by one through `writeFileAtomic`'s writer. */
function written(name: string, pieces: readonly string[]): Buffer {
  const path = join(dir, name);
  writeFileAtomic(path, (out) => {
    for (const piece of pieces) out.write(piece);
  });
  return readFileSync(path);
}

describe('writing a file piece by piece', () => {
  const seed = loadDocument(join(__dirname, '..', '..', 'seeds', '000_4c4a38b6e695fe75.txt'));

  it("gives the bytes of the whole text, whether pieces are words, sentences or larger than the writer's buffer", () => {
    const text = seed.text;
    const whole = Buffer.from(text, 'utf8');
    expect(written('words.txt', text.split(/(?<= )/))).toEqual(whole);
    const cuts = [0, ...seed.sentences.map((sentence) => sentence.end), text.length];
    const sentences = cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
    expect(written('sentences.txt', sentences)).toEqual(whole);
    const long = text.repeat(40); // about 100 K characters of curly quotes and dashes: past the 64 KB buffer
    expect(written('long.txt', [text.slice(0, 100), long, text.slice(100)])).toEqual(
      Buffer.from(text.slice(0, 100) + long + text.slice(100), 'utf8'),
    );
  });

  it('keeps a character outside the BMP whole when a piece ends between its two halves', () => {
    const line = 'Hong Lei 😀 said 𝒳 twice.';
    const emoji = line.indexOf('😀');
    const pieces = [line.slice(0, emoji + 1), line.slice(emoji + 1)];
    expect(written('pair.txt', pieces).toString('utf8')).toBe(line);
    // a half that never gets its pair is written as UTF-8 writes a lone surrogate (U+FFFD)
    expect(written('lone.txt', ['end \ud83d']).toString('utf8')).toBe('end \ufffd');
  });
});
