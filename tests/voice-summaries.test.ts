import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_TYPES } from '../src/claims';
import { DEFAULT_SEED, notebookSeed, notebookSetup } from '../src/notebook';
import { analysisCharts, analyze } from '../src/pipeline';
import { AUTHOR } from '../src/speakers';
import { loadDocument } from '../src/text';
import { claimantSummary, speakerTermLists, termsSideBySide } from '../src/voice-summaries';

const root = join(__dirname, '..');
const seed = loadDocument(join(root, DEFAULT_SEED));
const analysis = analyze(seed);

describe('speakerTermLists', () => {
  const lists = speakerTermLists(seed, analysis.attribution);

  it('lists every speaker who voices a sentence, the author left out, the most words first', () => {
    expect(lists.map((l) => l.speaker)).toEqual(['Hong Lei', 'Analysts', 'UN Human Rights Council']);
    const words = lists.map((l) => l.words);
    expect(words).toEqual([...words].sort((a, b) => b - a));
    expect(lists.map((l) => l.speaker)).not.toContain(AUTHOR);
  });

  it("counts a speaker's own words only: the attribution clause naming him does not count", () => {
    const hong = lists[0]!;
    expect(hong.terms.slice(0, 2).map((t) => [t.term, t.count])).toEqual([
      ['human', 8],
      ['rights', 8],
    ]);
    expect(hong.terms.map((t) => t.term)).not.toContain('hong');
    expect(hong.terms.map((t) => t.term)).not.toContain('spokesperson');
    // The whole document says `human` more often than Hong Lei's quotes do.
    expect(analysis.terms.find((t) => t.term === 'human')!.count).toBeGreaterThan(8);
  });

  it('puts the lists side by side, one row per rank, empty where a list is shorter', () => {
    const rows = termsSideBySide(lists, 10);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({
      rank: 1,
      'Hong Lei': 'human (8)',
      Analysts: 'double (2)',
      'UN Human Rights Council': 'US (1)',
    });
    expect(rows[9]!['UN Human Rights Council']).toBe('');
  });
});

describe('claimantSummary', () => {
  const summary = claimantSummary(analysis.claims);

  it("gives each voice's claims, the most claims first, ties by name", () => {
    expect(summary.map((c) => [c.speaker, c.claims])).toEqual([
      ['Analysts', 6],
      ['Hong Lei', 6],
      [AUTHOR, 5],
      ['UN Human Rights Council', 2],
    ]);
    expect(summary.reduce((sum, c) => sum + c.claims, 0)).toBe(analysis.claims.length);
  });

  it('names every type tied for most frequent, in taxonomy order, and the whole mix counted from the claims', () => {
    // The seed's UN Human Rights Council is quoted once as a fact and once for a principle: a tie.
    const council = summary.find((c) => c.speaker === 'UN Human Rights Council')!;
    expect(council.mostOften).toEqual(['principle_position', 'reported_fact']);
    expect(council.mostOftenCount).toBe(1);
    for (const c of summary) {
      const own = analysis.claims.filter((claim) => claim.speaker === c.speaker);
      for (const m of c.mix)
        expect(m.count, `${c.speaker} ${m.type}`).toBe(own.filter((o) => o.type === m.type).length);
      expect(c.mix.map((m) => m.count)).toEqual(c.mix.map((m) => m.count).sort((a, b) => b - a));
      const max = Math.max(...c.mix.map((m) => m.count));
      expect(c.mostOften).toEqual(CLAIM_TYPES.filter((t) => c.mix.some((m) => m.type === t && m.count === max)));
    }
  });
});

describe('notebookSetup', () => {
  it('loads the seed given, else DISCOURSE_KIT_SEED, else the bundled seed, paths taken from the root', () => {
    const fixture = 'tests/fixtures/speech-brainard-2024-05-16.txt';
    expect(notebookSeed({ root, env: {} })).toMatchObject({
      seedPath: join(root, DEFAULT_SEED),
      seedFrom: 'default',
      seedLine: `Seed: ${DEFAULT_SEED} (bundled default; set DISCOURSE_KIT_SEED to load another file)`,
    });
    expect(notebookSeed({ root, env: { DISCOURSE_KIT_SEED: fixture } })).toMatchObject({
      seedPath: join(root, fixture),
      seedFrom: 'environment',
      seedLine: `Seed: ${fixture} (from DISCOURSE_KIT_SEED)`,
    });
    expect(notebookSeed({ root, seed: '/elsewhere/a.txt', env: { DISCOURSE_KIT_SEED: fixture } })).toMatchObject({
      seedPath: '/elsewhere/a.txt',
      seedFrom: 'option',
      seedLine: 'Seed: /elsewhere/a.txt',
    });
  });

  it("analyses the document as the CLI does and keeps the notebook's standard charts, in analysisCharts order", () => {
    const setup = notebookSetup({ root, env: {}, charts: ['claim-mix', 'top-terms', 'no-such-chart'] });
    expect(setup.analysis.summary).toEqual(analysis.summary);
    expect(setup.analysis.claims.map((c) => c.type)).toEqual(analysis.claims.map((c) => c.type));
    expect(setup.stageCharts.map((c) => c.name)).toEqual(['top-terms', 'claim-mix']);
    expect(setup.stageCharts[0]!.figure).toEqual(analysisCharts(analysis).find((c) => c.name === 'top-terms')!.figure);
    expect(setup.outDir).toBe(join(root, 'outputs', '000_4c4a38b6e695fe75'));
  });
});
