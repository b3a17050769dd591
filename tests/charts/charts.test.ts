import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument, type Doc } from '../../src/text';
import { CLAIM_TYPES } from '../../src/claims';
import { analyze } from '../../src/pipeline';
import {
  actorsFigure,
  AUTHOR_COLOR,
  chartPageHtml,
  claimCharts,
  claimEvidenceFigure,
  claimLabel,
  claimMixFigure,
  claimsBySpeakerFigure,
  claimTimelineFigure,
  dispersionFigure,
  exportCharts,
  findChromium,
  stableSvg,
  jsonForScript,
  keynessFigure,
  kwicHtml,
  LOW_CONFIDENCE,
  PLOTLY_FILE,
  quotesTable,
  renderImages,
  safeFileName,
  sealFigures,
  shareOfVoiceFigure,
  speakerCharts,
  speakerColors,
  speakerTermsFigure,
  tableHtml,
  topNgramsFigure,
  topTermsFigure,
  trendsFigure,
  vocabularyCharts,
  voiceStripFigure,
  type Figure,
  type Trace,
} from '../../src/charts';
import { writeCsv } from '../../src/io';

const seed: Doc = loadDocument(join(__dirname, '..', '..', 'seeds', '000_4c4a38b6e695fe75.txt'));
const words = seed.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');

/** Counts and positions of a few norms, computed straight from the seed's tokens. */
function termRows(norms: readonly string[]) {
  return norms.map((norm) => {
    const at = words.flatMap((t, i) => (t.norm === norm ? [i] : []));
    const first = words.find((t) => t.norm === norm && t.possessive === undefined)!;
    return {
      term: norm,
      display: seed.text.slice(first.start, first.end),
      count: at.length,
      per1k: (1000 * at.length) / words.length,
      positions: at.map((i) => i / (words.length - 1)),
      offsets: at.map((i) => words[i]!.start),
      sentences: at.map((i) => words[i]!.sentence),
    };
  });
}

const KEY_TERMS = termRows(['human', 'rights', 'china', 'countries', 'western']);
/** Sentences of the seed with a voice: those reporting Hong Lei's or the spokesperson's words vs the outlet. */
const VOICED = seed.sentences.map((s) => ({
  index: s.index,
  text: s.text,
  voice: /\bHong\b/.test(s.text)
    ? 'Hong Lei'
    : /\bSpokesperson said\b/.test(s.text)
      ? 'Foreign Ministry Spokesperson'
      : /\bAnalysts\b/.test(s.text)
        ? 'Analysts'
        : 'author',
}));

const HOSTILE = 'Evil </script><img src=x onerror=alert(1)> & \u2028 "quoted"';

function traces(figure: Figure): readonly Trace[] {
  return figure.data;
}

describe('vocabulary figures', () => {
  it('draws one bar per term row, rank 1 on top, labelled with the surface form', () => {
    const figure = topTermsFigure(KEY_TERMS);
    expect(traces(figure)).toHaveLength(1);
    const [bars] = traces(figure);
    expect(bars!.type).toBe('bar');
    expect(bars!.x).toEqual(KEY_TERMS.map((t) => t.count));
    expect(bars!.y).toEqual(['human', 'rights', 'China', 'countries', 'Western']);
    expect((figure.layout['yaxis'] as { autorange: string }).autorange).toBe('reversed');
    expect(traces(topTermsFigure(KEY_TERMS, { top: 2 }))[0]!.x).toEqual([KEY_TERMS[0]!.count, KEY_TERMS[1]!.count]);
    const perThousand = traces(topTermsFigure(KEY_TERMS, { measure: 'per1k' }))[0]!.x as number[];
    expect(perThousand[2]).toBeCloseTo(KEY_TERMS[2]!.per1k, 2);
  });

  it('draws n-grams the same way with their own title', () => {
    const rows = [
      { term: 'human rights', display: 'human rights', count: 16, per1k: 36.5 },
      { term: 'western countries', display: 'Western countries', count: 6, per1k: 13.7 },
    ];
    const figure = topNgramsFigure(rows);
    expect(traces(figure)[0]!.y).toEqual(['human rights', 'Western countries']);
    expect(figure.layout['title']).toMatchObject({ text: 'Top n-grams' });
  });

  it('puts one dispersion tick per occurrence at its position, one row per term', () => {
    const rows = [...KEY_TERMS, { term: 'unicorn', positions: [] as number[] }];
    const figure = dispersionFigure(rows);
    expect(traces(figure)).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      expect(traces(figure)[i]!.x).toEqual(row.positions);
      expect(traces(figure)[i]!.y).toEqual(row.positions.map(() => i));
      expect((traces(figure)[i]!.hovertext as string[]).length).toBe(row.positions.length);
    });
    const axis = figure.layout['yaxis'] as { ticktext: string[]; tickvals: number[] };
    expect(axis.ticktext).toEqual([
      'human (16)',
      'rights (16)',
      'China (9)',
      'countries (11)',
      'Western (6)',
      'unicorn (0)',
    ]);
    expect(axis.tickvals).toEqual([0, 1, 2, 3, 4, 5]);
    const hover = (traces(figure)[2]!.hovertext as string[])[0]!;
    expect(hover).toContain(`sentence ${KEY_TERMS[2]!.sentences[0]! + 1}`);
  });

  it('draws one trend line per term with segments in order, numbered from 1', () => {
    const rows = ['china', 'rights'].flatMap((term) =>
      [2, 0, 1].map((segment) => ({ term, segment, per1k: segment * 10 + term.length })),
    );
    const figure = trendsFigure(rows);
    expect(traces(figure).map((t) => t.name)).toEqual(['china', 'rights']);
    expect(traces(figure)[0]!.x).toEqual([1, 2, 3]);
    expect(traces(figure)[0]!.y).toEqual([5, 15, 25]);
    expect(
      traces(trendsFigure(rows.map((r) => ({ ...r, display: r.term === 'china' ? 'China' : r.term })))).map(
        (t) => t.name,
      ),
    ).toEqual(['China', 'rights']);
  });

  it('says when two trend lines are identical instead of letting one hide the other', () => {
    const rows = ['human', 'rights', 'china'].flatMap((term) =>
      [0, 1].map((segment) => ({ term, segment, per1k: term === 'china' ? 1 : segment + 3 })),
    );
    const figure = trendsFigure(rows);
    expect(traces(figure).map((t) => t.name)).toEqual(['human', 'rights (same as human)', 'china']);
    expect(traces(figure)[1]!.line).toMatchObject({ dash: 'dash' });
    expect((figure.layout['annotations'] as { text: string }[])[0]!.text).toContain('rights = human');
    expect(trendsFigure(rows.filter((r) => r.term !== 'rights')).layout['annotations']).toBeUndefined();
  });

  it('says "first N of M" when a chart shows only the first rows', () => {
    expect(topTermsFigure(KEY_TERMS, { top: 2 }).layout['title']).toMatchObject({ text: 'Top terms (first 2 of 5)' });
    expect(topTermsFigure(KEY_TERMS).layout['title']).toMatchObject({ text: 'Top terms' });
    const actors = Array.from({ length: 30 }, (_, i) => ({
      name: `Actor ${i}`,
      mentions: 30 - i,
      speaks: i % 2 === 0,
    }));
    expect(actorsFigure(actors, { top: 25 }).layout['title']).toMatchObject({
      text: 'Actors: who speaks, who is spoken about (first 25 of 30)',
    });
  });

  it('colours keyness bars by side and keeps infinite log ratios visible', () => {
    const figure = keynessFigure(
      [
        { term: 'sovereignty', g2: 12.3, logRatio: 2.5 },
        { term: 'welcome', g2: -4, logRatio: -1.25 },
        { term: 'only-here', g2: 9, logRatio: Infinity },
      ],
      { target: 'Hong Lei', reference: 'others' },
    );
    const [bars] = traces(figure);
    expect(bars!.x).toEqual([2.5, -1.25, 99]);
    const colors = (bars!.marker as { color: string[] }).color;
    expect(colors[0]).toBe(colors[2]);
    expect(colors[0]).not.toBe(colors[1]);
  });
});

describe('speaker figures', () => {
  const speakers = [
    { canonical: 'author', words: 300, sentences: 14 },
    { canonical: 'Hong Lei', words: 80, sentences: 2 },
    { canonical: 'Foreign Ministry Spokesperson', words: 45, sentences: 1 },
  ];

  it('extends the palette instead of repeating a colour when a figure has many speakers', () => {
    const names = Array.from({ length: 40 }, (_, i) => `Speaker ${String(i).padStart(2, '0')}`);
    const colors = speakerColors([...names, 'author']);
    expect(new Set(colors.values()).size).toBe(41);
    for (const color of colors.values()) expect(color).toMatch(/^#[0-9a-f]{6}$/);
    const figure = shareOfVoiceFigure(names.map((canonical, i) => ({ canonical, words: 100 - i, sentences: 1 })));
    const used = (figure.data[0]!.marker as { color: string[] }).color;
    expect(new Set(used).size).toBe(names.length);
  });

  it('gives colours by name order, independent of input order, author always grey', () => {
    const a = speakerColors(['Zhao', 'author', 'Hong Lei', 'Analysts']);
    const b = speakerColors(['Analysts', 'Hong Lei', 'Zhao']);
    expect(a.get('author')).toBe(AUTHOR_COLOR);
    for (const name of ['Zhao', 'Hong Lei', 'Analysts']) expect(a.get(name)).toBe(b.get(name));
    expect(new Set(['Zhao', 'Hong Lei', 'Analysts'].map((n) => a.get(n))).size).toBe(3);
  });

  it('shows share of voice in words and in sentences, largest voice first', () => {
    const figure = shareOfVoiceFigure([...speakers].reverse());
    const [byWords, bySentences] = traces(figure);
    expect(byWords!.y).toEqual(['author', 'Hong Lei', 'Foreign Ministry Spokesperson']);
    expect(bySentences!.y).toEqual(byWords!.y);
    expect(byWords!.x).toEqual([70.6, 18.8, 10.6]);
    expect(bySentences!.xaxis).toBe('x2');
    expect((byWords!.marker as { color: string[] }).color[0]).toBe(AUTHOR_COLOR);
  });

  it('lays the seed out as a strip of contiguous sentences coloured by voice', () => {
    const figure = voiceStripFigure(VOICED);
    const voices = new Set(VOICED.map((s) => s.voice));
    expect(traces(figure)).toHaveLength(voices.size);
    expect(traces(figure)[0]!.name).toBe('author');
    const segments = traces(figure)
      .flatMap((t) => (t.base as number[]).map((base, i) => [base, (t.x as number[])[i]!] as const))
      .sort((p, q) => p[0] - q[0]);
    expect(segments).toHaveLength(seed.sentences.length);
    segments.forEach(([base, width], i) => {
      expect(base).toBe(i === 0 ? 0 : segments[i - 1]![0] + segments[i - 1]![1]);
      expect(width).toBe(seed.sentences[i]!.text.length);
    });
  });

  it('escapes and truncates sentence text in hover labels', () => {
    const figure = voiceStripFigure([{ index: 0, text: `${HOSTILE} ${'word '.repeat(100)}`, voice: 'author' }]);
    const hover = (traces(figure)[0]!.hovertext as string[])[0]!;
    expect(hover).not.toContain('<img');
    expect(hover).not.toContain('</script>');
    expect(hover).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hover.length).toBeLessThan(400);
    expect(hover).toContain('…');
  });

  it('draws one small multiple per speaker side by side, with the terms as written', () => {
    const figure = speakerTermsFigure([
      {
        speaker: 'Hong Lei',
        terms: [
          { term: 'criticism', count: 2 },
          { term: 'china', display: 'China', count: 1 },
        ],
      },
      { speaker: 'author', terms: [{ term: 'human', count: 12 }] },
      { speaker: 'Analysts', terms: [{ term: 'double', count: 1 }] },
    ]);
    expect(traces(figure).map((t) => [t.xaxis, t.yaxis])).toEqual([
      ['x', 'y'],
      ['x2', 'y2'],
      ['x3', 'y3'],
    ]);
    const domains = ['xaxis', 'xaxis2', 'xaxis3'].map((k) => (figure.layout[k] as { domain: number[] }).domain);
    for (let i = 1; i < domains.length; i++) expect(domains[i]![0]).toBeGreaterThan(domains[i - 1]![1]!);
    expect((traces(figure)[1]!.marker as { color: string }).color).toBe(AUTHOR_COLOR);
    expect(traces(figure)[0]!.y).toEqual(['criticism', 'China']);
  });

  it('wraps many speakers into rows so the figure keeps the width of the other charts', () => {
    const perSpeaker = ['A', 'B', 'C', 'D', 'E'].map((speaker) => ({ speaker, terms: [{ term: 'word', count: 1 }] }));
    const figure = speakerTermsFigure(perSpeaker);
    expect(figure.layout.width).toBe(800);
    const x = (k: string) => (figure.layout[k] as { domain: number[] }).domain;
    const y = (k: string) => (figure.layout[k] as { domain: number[] }).domain;
    expect(x('xaxis4')).toEqual(x('xaxis'));
    expect(y('yaxis4')[1]).toBeLessThan(y('yaxis')[0]!);
    for (const k of ['xaxis', 'xaxis2', 'xaxis3', 'xaxis4', 'xaxis5']) expect(x(k)[1]).toBeLessThanOrEqual(1);
  });

  it('splits actors into those who speak and those only spoken about', () => {
    const figure = actorsFigure([
      { name: 'China', mentions: 9, speaks: false },
      { name: 'Hong Lei', mentions: 2, speaks: true },
      { name: 'United States', mentions: 3, speaks: false },
    ]);
    const [speak, spokenAbout] = traces(figure);
    expect(figure.layout['legend']).toMatchObject({ y: 1, yanchor: 'bottom' });
    expect(speak!.y).toEqual(['Hong Lei']);
    expect(spokenAbout!.y).toEqual(['China', 'United States']);
    expect((figure.layout['yaxis'] as { categoryarray: string[] }).categoryarray).toEqual([
      'China',
      'United States',
      'Hong Lei',
    ]);
  });

  it('tabulates quotes with escaped speaker and content', () => {
    const sentence = seed.sentences[4]!;
    const figure = quotesTable([
      {
        kind: 'direct',
        canonical: 'Foreign Ministry Spokesperson',
        speaker: { text: 'the Spokesperson' },
        cue: { text: 'said' },
        content: { text: sentence.text },
        confidence: 0.9,
      },
      {
        kind: 'indirect',
        canonical: null,
        speaker: { text: HOSTILE },
        cue: null,
        content: { text: 'x' },
        confidence: 0.4,
      },
    ]);
    const [table] = traces(figure);
    expect(table!.type).toBe('table');
    const columns = (table!.cells as { values: unknown[][] }).values;
    expect(columns).toHaveLength(5);
    for (const column of columns) expect(column).toHaveLength(2);
    expect(columns[1]).toEqual(['Foreign Ministry Spokesperson', expect.stringContaining('&lt;/script&gt;')]);
    // Numbered like quotes.csv and analysis.json (`index`, from 0).
    expect(columns[0]).toEqual([0, 1]);
    expect(
      (
        quotesTable([
          { index: 7, kind: 'direct', canonical: 'A', speaker: null, cue: null, content: { text: 'x' }, confidence: 1 },
        ]).data[0]!.cells as { values: unknown[][] }
      ).values[0],
    ).toEqual([7]);
  });
});

describe('claim figures', () => {
  const typeOf = (text: string): string =>
    /opposes|does not accept/.test(text)
      ? 'rejection_denial'
      : /double standard/.test(text)
        ? 'counter_accusation'
        : /entitled/.test(text)
          ? 'principle_position'
          : 'reported_fact';
  const claimed = VOICED.map((s) => ({ ...s, claim: { type: typeOf(s.text), confidence: 0.75 } }));

  it('places each sentence at its index and its claim type, the types present in taxonomy order with human labels', () => {
    const figure = claimTimelineFigure(claimed);
    const axis = figure.layout['yaxis'] as { ticktext: string[] };
    const present = CLAIM_TYPES.filter((t) => claimed.some((s) => s.claim.type === t));
    expect(axis.ticktext).toEqual(present.map(claimLabel));
    expect(axis.ticktext).toEqual([
      'Counter-accusation',
      'Rejection or denial',
      'Principle or position',
      'Reported fact',
    ]);
    const points = traces(figure).flatMap((t) => (t.x as number[]).map((x, i) => [x, (t.y as number[])[i]!]));
    expect(points).toHaveLength(claimed.length);
    for (const s of claimed)
      expect(points).toContainEqual([s.index + 1, present.indexOf(s.claim.type as (typeof CLAIM_TYPES)[number])]);
    const colors = speakerColors(claimed.map((s) => s.voice));
    for (const t of traces(figure)) expect((t.marker as { color: string }).color).toBe(colors.get(t.name as string));
  });

  it('draws the timeline of a document of 300,000 sentences (an archive in one file) without overflowing the stack', () => {
    const long = Array.from({ length: 300_000 }, (_, i) => ({ ...claimed[i % claimed.length]!, index: i }));
    const figure = claimTimelineFigure(long);
    expect(traces(figure).reduce((n, t) => n + (t.x as number[]).length, 0)).toBe(300_000);
    expect(
      Math.max(...((figure.layout['xaxis'] as { range?: number[]; tickvals?: number[] }).tickvals ?? [300_000])),
    ).toBeLessThanOrEqual(300_000);
  });

  it('appends a type outside the taxonomy instead of dropping it', () => {
    const figure = claimTimelineFigure([
      { index: 0, text: 'x', voice: 'author', claim: { type: 'novel_type', confidence: 1 } },
      { index: 1, text: 'y', voice: 'author', claim: { type: 'other', confidence: 1 } },
    ]);
    expect((figure.layout['yaxis'] as { ticktext: string[] }).ticktext).toEqual(['Other', 'Novel type']);
    expect(traces(figure)[0]!.y).toEqual([1, 0]);
  });

  it('draws low-confidence claims faint and says what marker size and faintness mean', () => {
    const figure = claimTimelineFigure([
      { index: 0, text: 'sure', voice: 'author', claim: { type: 'accusation', confidence: 0.9 } },
      { index: 1, text: 'unsure', voice: 'author', claim: { type: 'accusation', confidence: LOW_CONFIDENCE - 0.1 } },
    ]);
    const marker = traces(figure)[0]!.marker as { opacity: number[]; size: number[] };
    expect(marker.opacity[1]).toBeLessThan(marker.opacity[0]!);
    expect(marker.size[1]).toBeLessThan(marker.size[0]!);
    const notes = (figure.layout['annotations'] as { text: string }[]).map((a) => a.text).join(' ');
    expect(notes).toContain('marker size = confidence');
    expect(notes).toContain(`faint = below ${LOW_CONFIDENCE}`);
  });

  it('stacks claims by speaker so each speaker totals its claims', () => {
    const claims = claimed.map((s) => ({ speaker: s.voice, type: s.claim.type }));
    const figure = claimsBySpeakerFigure(claims);
    expect(figure.layout['barmode']).toBe('stack');
    const speakers = traces(figure)[0]!.y as string[];
    speakers.forEach((speaker, i) => {
      const total = traces(figure).reduce((sum, t) => sum + (t.x as number[])[i]!, 0);
      expect(total).toBe(claims.filter((c) => c.speaker === speaker).length);
    });
    expect(traces(figure).map((t) => t.name)).toEqual(
      CLAIM_TYPES.filter((t) => claims.some((c) => c.type === t)).map(claimLabel),
    );
  });

  it("counts the whole document mix over every type, with room for the longest bar's label", () => {
    const figure = claimMixFigure(claimed.map((s) => s.claim));
    const [bars] = traces(figure);
    expect(bars!.y).toEqual(CLAIM_TYPES.map(claimLabel));
    expect(bars!.y).toContain('Call to action');
    const counts = bars!.x as number[];
    expect(counts.reduce((a, b) => a + b, 0)).toBe(claimed.length);
    const range = (figure.layout['xaxis'] as { range: number[] }).range;
    expect(range[1]).toBeGreaterThan(Math.max(...counts) * 1.1);
    expect(bars!.cliponaxis).toBe(false);
  });

  it('ranks the cue words behind each type, counting only evidence that agrees with the final type', () => {
    const figure = claimEvidenceFigure(
      [
        {
          type: 'rejection_denial',
          evidence: [
            { type: 'rejection_denial', rule: 'cue:firmly opposes', text: 'firmly opposes' },
            { type: 'accusation', rule: 'cue:interferes', text: 'interferes' },
          ],
        },
        {
          type: 'rejection_denial',
          evidence: [
            { type: 'rejection_denial', rule: 'cue:firmly opposes', text: 'Firmly opposes' },
            { type: 'rejection_denial', rule: 'negation+cue:accept', text: 'accept' },
          ],
        },
        { type: 'accusation', evidence: [{ type: 'accusation', rule: 'cue:breaches', text: 'breaches' }] },
      ],
      { top: 1 },
    );
    expect((figure.layout['yaxis'] as { ticktext: string[] }).ticktext).toEqual([
      'firmly opposes · Rejection or denial',
      'breaches · Accusation',
    ]);
    expect(traces(figure)[0]!.x).toEqual([2, 1]);
    expect(figure.layout['title']).toMatchObject({
      text: 'Evidence behind each claim type (first 1 cues per type: 2 of 3)',
    });
  });

  it("shows the seed's cue words, never internal rule keys", () => {
    const analysis = analyze(seed);
    const figure = claimEvidenceFigure(analysis.claims);
    const labels = (figure.layout['yaxis'] as { ticktext: string[] }).ticktext.join('\n');
    expect(labels).toContain('their own human rights problems · Counter-accusation');
    expect(labels).not.toMatch(/cue:|critic\+own|tense:|@other|_/);
    expect(labels).toMatch(/present tense|past tense/);
  });
});

describe('standard chart sets', () => {
  it('names the vocabulary charts and leaves out those without data', () => {
    const ngrams = [
      { term: 'human rights', count: 16, per1k: 36.5, n: 2 },
      { term: 'un human rights', count: 2, per1k: 4.6, n: 3 },
    ];
    const trends = [{ term: 'china', segment: 0, per1k: 3 }];
    expect(vocabularyCharts({ terms: KEY_TERMS, ngrams, dispersion: KEY_TERMS, trends }).map((c) => c.name)).toEqual([
      'top-terms',
      'top-bigrams',
      'top-trigrams',
      'dispersion',
      'trends',
    ]);
    expect(
      vocabularyCharts({ terms: KEY_TERMS, ngrams: ngrams.slice(0, 1), dispersion: [], trends: [] }).map((c) => c.name),
    ).toEqual(['top-terms', 'top-bigrams']);
  });

  it('gives sentences without a voice to the author in the speaker set', () => {
    const set = speakerCharts({
      sentences: seed.sentences,
      attribution: {
        speakers: [{ canonical: 'Hong Lei', words: 40, sentences: 1 }],
        actors: [],
        quotes: [],
        voices: [{ sentence: 1, voice: 'Hong Lei' }],
      },
    });
    expect(set.map((c) => c.name)).toEqual(['share-of-voice', 'voice-strip']);
    const strip = set[1]!.figure;
    expect(strip.data.map((t) => [t.name, (t.x as number[]).length])).toEqual([
      ['author', seed.sentences.length - 1],
      ['Hong Lei', 1],
    ]);
  });

  it('builds the claim set from claims and their sentences, and nothing without claims', () => {
    const claims = [
      {
        sentence: 1,
        type: 'rejection_denial',
        confidence: 0.9,
        speaker: 'Hong Lei',
        evidence: [{ type: 'rejection_denial', rule: 'cue:firmly opposes' }],
      },
    ];
    const set = claimCharts({ sentences: seed.sentences, claims });
    expect(set.map((c) => c.name)).toEqual(['claim-timeline', 'claims-by-speaker', 'claim-mix', 'claim-evidence']);
    expect((set[0]!.figure.data[0]!.hovertext as string[])[0]).toContain('China firmly opposes');
    expect(claimCharts({ sentences: seed.sentences, claims: [] })).toEqual([]);
  });
});

describe('HTML, file names and CSV', () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-charts-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const hostileFigure = voiceStripFigure([...VOICED.slice(0, 3), { index: 3, text: HOSTILE, voice: HOSTILE }], {
    title: `Voices of ${HOSTILE}`,
  });

  it('serialises JSON for a script element without closing tags, ampersands or line separators', () => {
    const value = { text: HOSTILE, nested: ['<!--', '-->'] };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('writes chart pages where document text cannot end the script or inject markup', () => {
    const html = chartPageHtml(hostileFigure, { plotlySrc: PLOTLY_FILE });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('onerror=alert(1)>');
    expect(html).toContain('<title>Voices of Evil &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp;');
  });

  it("shows a notebook user's change to a figure, and makes a sealed figure's page from one frozen JSON", () => {
    const figure = voiceStripFigure(VOICED, { title: 'Voices of the seed' });
    const before = chartPageHtml(figure, { plotlySrc: PLOTLY_FILE });
    (figure.layout as Record<string, unknown>)['title'] = { text: 'Retitled in a notebook' };
    const after = chartPageHtml(figure, { plotlySrc: PLOTLY_FILE });
    expect(after).not.toBe(before);
    expect(after).toContain('Retitled in a notebook');

    const [sealed] = sealFigures([{ name: 'voice-strip', figure }]);
    const page = chartPageHtml(sealed!.figure, { plotlySrc: PLOTLY_FILE });
    expect(page).toBe(after);
    expect(chartPageHtml(sealed!.figure, { plotlySrc: PLOTLY_FILE })).toBe(page);
    expect(() => {
      (sealed!.figure.layout as Record<string, unknown>)['title'] = 'changed';
    }).toThrow(TypeError);
    expect(Object.isFrozen(sealed!.figure.data[0])).toBe(true);
  });

  it('escapes tables and concordances', () => {
    const table = tableHtml({
      columns: ['term', 'note'],
      values: [
        ['a', HOSTILE],
        ['b', 1.23456],
      ],
    });
    expect(table).not.toContain('<img');
    expect(table).toContain('<td style="text-align:right">1.235</td>');
    const kwic = kwicHtml([{ left: 'the <b>', match: 'China', right: '</td> record', sentence: 1 }]);
    expect(kwic).toContain('the &lt;b&gt;</td><td style="text-align:center;white-space:nowrap"><b>China</b>');
    expect(kwic).not.toContain('</td> record');
  });

  it('makes hostile names into safe file names', () => {
    for (const name of ['../../etc/passwd', 'a/b\\c', '<script>alert(1)</script>', 'con', '', '.hidden', 'é t é']) {
      const safe = safeFileName(name);
      expect(safe).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/);
      expect(safe.toLowerCase()).not.toBe('con');
    }
  });

  it('exports HTML deterministically, sharing one plotly bundle, with names kept inside the folder', async () => {
    const [a, b] = [tempDir(), tempDir()];
    const charts = [
      { name: 'top terms', figure: topTermsFigure(KEY_TERMS) },
      { name: '../../escape', figure: hostileFigure },
      { name: 'top_terms', figure: dispersionFigure(KEY_TERMS) },
    ];
    const first = await exportCharts(a, charts, { formats: ['html'] });
    await exportCharts(b, charts, { formats: ['html'] });
    expect(readdirSync(a).sort()).toEqual(['escape.html', PLOTLY_FILE, 'top_terms-2.html', 'top_terms.html']);
    for (const file of readdirSync(a))
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
    expect(first.written).toContain(join(a, PLOTLY_FILE));
    const page = readFileSync(join(a, 'top_terms.html'), 'utf8');
    expect(page).toContain(`<script type="text/javascript" src="${PLOTLY_FILE}"></script>`);
    expect(page.length).toBeLessThan(20_000);
    const hostilePage = readFileSync(join(a, 'escape.html'), 'utf8');
    expect(hostilePage).not.toContain('<img src=x');
    expect(hostilePage.match(/<\/script>/g)).toHaveLength(2);
    const again = await exportCharts(a, charts, { formats: ['html'] });
    expect(again.written).not.toContain(join(a, PLOTLY_FILE));
  });

  it('skips PNG and SVG with one notice when there is no Chromium, still writing HTML', async () => {
    const dir = tempDir();
    const notices: string[] = [];
    const result = await exportCharts(
      dir,
      [{ name: 'trends', figure: trendsFigure([{ term: 'china', segment: 0, per1k: 3 }]) }],
      { chromiumPath: null, warn: (line) => notices.push(line) },
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('apt-get install chromium');
    expect(result.skipped).toEqual([join(dir, 'trends.png'), join(dir, 'trends.svg')]);
    expect(readdirSync(dir).sort()).toEqual([PLOTLY_FILE, 'trends.html']);
  });

  it('still writes HTML when the Chromium binary does not start', async () => {
    const dir = tempDir();
    const notices: string[] = [];
    const result = await exportCharts(dir, [{ name: 'terms', figure: topTermsFigure(KEY_TERMS) }], {
      chromiumPath: process.execPath,
      warn: (line) => notices.push(line),
    });
    expect(notices).toEqual([expect.stringContaining('did not start')]);
    expect(result.skipped).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual([PLOTLY_FILE, 'terms.html']);
  });

  it('gives one SVG text for renderings that differ only in plotly id and root attribute order', () => {
    const body = (uid: string) =>
      `<defs id="defs-${uid}"><clipPath id="clip${uid}xyplot"/></defs><g style="">x</g></svg>`;
    const a = `<svg class="main-svg" width="800" style="" viewBox="0 0 800 260">${body('a1b2c3')}`;
    const b = `<svg class="main-svg" width="800" viewBox="0 0 800 260" style="">${body('zz9yy8')}`;
    expect(stableSvg(a)).toBe(stableSvg(b));
    expect(stableSvg(a)).toContain('<g style="">x</g>');
    expect(stableSvg(a)).toContain('clip000000xyplot');
  });

  it('finds Chromium through CHROMIUM_PATH, and reports none when that path does not exist', () => {
    const binary = process.execPath;
    expect(findChromium({ CHROMIUM_PATH: binary })).toBe(binary);
    expect(findChromium({ CHROMIUM_PATH: join(tempDir(), 'no-chromium') })).toBeNull();
  });

  it('writes RFC 4180 CSV in a fixed column order', () => {
    const path = join(tempDir(), 'nested', 'rows.csv');
    writeCsv(path, [
      { term: 'say, "no"', count: 2, sentences: [1, 4] },
      { term: 'line\nbreak', count: 1, sentences: [] },
    ]);
    expect(readFileSync(path, 'utf8')).toBe('term,count,sentences\n"say, ""no""",2,1;4\n"line\nbreak",1,\n');
  });
});

const chromium = findChromium();
const requireChromium = process.env['CI'] === 'true';
if (!chromium && !requireChromium)
  console.warn(
    'charts.test: PNG/SVG tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).',
  );

describe.skipIf(!chromium && !requireChromium)('static images (headless Chromium)', () => {
  const figures = [
    topTermsFigure(KEY_TERMS),
    dispersionFigure(KEY_TERMS),
    shareOfVoiceFigure([
      { canonical: 'author', words: 10, sentences: 2 },
      { canonical: 'Hong Lei', words: 5, sentences: 1 },
    ]),
  ];

  it('renders PNG and SVG of the figure size, identical on a second run', async () => {
    const first = await renderImages(figures);
    const second = await renderImages(figures);
    expect(first).toHaveLength(figures.length);
    first.forEach((image, i) => {
      expect(image.png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(image.png.readUInt32BE(16)).toBe(figures[i]!.layout.width);
      expect(image.png.readUInt32BE(20)).toBe(figures[i]!.layout.height);
      expect(image.svg.startsWith('<svg')).toBe(true);
      expect(image.svg).toBe(second[i]!.svg);
      expect(image.png.equals(second[i]!.png)).toBe(true);
    });
    expect(first[0]!.svg).toContain('China');
  });

  it('exports PNG and SVG next to HTML pages that fall back to the PNG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-charts-'));
    try {
      const result = await exportCharts(dir, [{ name: 'top-terms', figure: figures[0]! }]);
      expect(result.skipped).toEqual([]);
      expect(readdirSync(dir).sort()).toEqual([PLOTLY_FILE, 'top-terms.html', 'top-terms.png', 'top-terms.svg']);
      expect(readFileSync(join(dir, 'top-terms.html'), 'utf8')).toContain('<img src="top-terms.png" alt="Top terms"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('module layering', () => {
  // The report builds on the charts (colours, labels, chart divs); a chart module importing the
  // report back would make a cycle in which either side can load half-initialised.
  it('no chart module imports the report', () => {
    const dir = join(__dirname, '..', '..', 'src', 'charts');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/from '\.\.\/report/);
  });
});
