import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisCharts, analyze } from '../src/pipeline';
import { loadDocument } from '../src/text';

// The notebooks themselves are executed by `npm run notebooks:run` (and by `npm test` through
// scripts/test.js when Jupyter is installed); these tests check what holds without Jupyter.

interface Cell {
  readonly cell_type: string;
  readonly source: readonly string[];
  readonly outputs?: readonly unknown[];
  readonly execution_count?: number | null;
}

const dir = join(__dirname, '..', 'notebooks');
const notebooks = readdirSync(dir)
  .filter((f) => f.endsWith('.ipynb'))
  .sort();
/** The corpus notebook loads a folder, not one seed; it has its own checks below. */
const CORPUS_NOTEBOOK = '04-corpus.ipynb';
/** The standard chart names a notebook shows and exports: its `STAGE_CHARTS` list. */
function stageChartNames(code: string): string[] {
  const list = /const STAGE_CHARTS = \[([^\]]*)\]/.exec(code);
  return list ? [...list[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!) : [];
}

/** Tables the CLI writes into the same outputs/<document>/ folder; a notebook must not overwrite them with other columns. */
const CLI_TABLES = ['analysis.json', 'terms.csv', 'ngrams.csv', 'quotes.csv', 'speakers.csv', 'claims.csv'];

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the notebook runner is a CommonJS script
const runner = require('../scripts/run-notebooks.js') as {
  runNotebooks(opts: { notebooks?: string[]; log?: (line: string) => void }): { code: number };
  EXIT_JUPYTER_MISSING: number;
};

describe('committed notebooks', () => {
  it('exist, starting with the vocabulary notebook', () => {
    expect(notebooks[0]).toBe('01-vocabulary.ipynb');
  });

  for (const name of notebooks) {
    describe(name, () => {
      const nb = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        nbformat: number;
        metadata: { kernelspec: { name: string } };
        cells: Cell[];
      };
      const code = nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));

      it('is an nbformat 4 notebook on the tslab TypeScript kernel', () => {
        expect(nb.nbformat).toBe(4);
        expect(nb.metadata.kernelspec.name).toBe('tslab');
      });

      it('is committed without outputs (executed copies go to outputs/notebooks/)', () => {
        for (const cell of nb.cells.filter((c) => c.cell_type === 'code')) {
          expect(cell.outputs).toEqual([]);
          expect(cell.execution_count).toBeNull();
        }
      });

      it('imports the compiled kit (tslab cannot load ../src) and never reads development data', () => {
        const imports = code.flatMap((src) => [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]!));
        for (const path of imports.filter((p) => p.startsWith('.'))) expect(path).toMatch(/^\.\.\/dist\//);
        expect(code.join('\n')).not.toMatch(/\/work\/shared|\.\.\/shared/);
      });

      if (name === CORPUS_NOTEBOOK) return;

      it("analyses the document with the CLI's pipeline through notebookSetup and shows its share of the standard charts", () => {
        const all = code.join('\n');
        expect(all.match(/\bnotebookSetup\(/g)).toHaveLength(1);
        expect(all).toContain("from '../dist/notebook'");
        expect(all).toContain('notebookSetup({ charts: STAGE_CHARTS })');
        // analysisCharts and the per-stage set builders are what notebookSetup calls; calling them again would let a notebook drift from the CLI.
        const statements = all.replace(/\/\/.*$/gm, '');
        expect(statements).not.toMatch(/\b(analyze|analysisCharts|vocabularyCharts|speakerCharts|claimCharts)\(/);
        expect(all).toMatch(/exportCharts\(outDir, (stageCharts|\[\s*\.\.\.stageCharts)/);
        for (const name of stageChartNames(all)) expect(all, name).toContain(`showChart('${name}')`);
      });

      it('never overwrites a table the CLI writes to the same folder', () => {
        const written = [...code.join('\n').matchAll(/writeCsv\(path\.join\(outDir, '([^']+)'\)/g)].map((m) => m[1]!);
        expect(written.length).toBeGreaterThan(0);
        for (const file of written) expect(CLI_TABLES).not.toContain(file);
      });

      it('prints which seed it loads (notebookSetup picks DISCOURSE_KIT_SEED or the bundled default)', () => {
        expect(code[0]).toContain('notebookSetup(');
        expect(code[0]).toContain('console.log(setup.seedLine)');
      });
    });
  }
});

describe(CORPUS_NOTEBOOK, () => {
  const nb = JSON.parse(readFileSync(join(dir, CORPUS_NOTEBOOK), 'utf8')) as { cells: Cell[] };
  const code = nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));
  const all = code.join('\n');

  it('prints which folder it loads, from DISCOURSE_KIT_CORPUS or the seeds', () => {
    expect(code[0]).toContain('process.env.DISCOURSE_KIT_CORPUS');
    expect(code[0]).toContain("'seeds'");
    expect(code[0]).toMatch(/console\.log\(`Corpus folder: /);
  });

  it("streams the CLI's analyses into corpus.duckdb and queries it with SQL", () => {
    expect(all.match(/\banalyze\(/g)).toHaveLength(1);
    expect(all).toMatch(/analysisRecord\(analyze\(loadDocument\(file\)\)\)/);
    expect(all).toMatch(/function\* documents\(\)/);
    expect(all).toContain('corpus.loadCorpus(dbPath, documents()');
    expect(all).toContain('corpus.documentIds(files)');
    expect(all.match(/await sql(<[^>]+>)?\(`/g)!.length).toBeGreaterThanOrEqual(4);
  });

  it('groups and pivots query results with danfojs', () => {
    expect(all).toMatch(/\.groupby\(\[/);
    expect(all).toContain('pivotFrame(');
  });

  it('shows and exports the corpus charts the CLI writes', () => {
    expect(all).toContain('charts.corpusCharts(comparisons)');
    expect(all).toContain('corpus.corpusComparisons(db)');
    expect(all).toMatch(/exportCharts\(outDir, corpusFigures\)/);
  });
});

describe('the notebooks together', () => {
  it('show every chart the CLI exports for the seed, each in exactly one notebook', () => {
    const shown = notebooks.flatMap((name) => {
      const nb = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { cells: Cell[] };
      return stageChartNames(
        nb.cells
          .filter((c) => c.cell_type === 'code')
          .map((c) => c.source.join(''))
          .join('\n'),
      );
    });
    const seed = loadDocument(join(__dirname, '..', 'seeds', '000_4c4a38b6e695fe75.txt'));
    const exported = analysisCharts(analyze(seed)).map((chart) => chart.name);
    expect([...shown].sort()).toEqual([...exported].sort());
  });
});

describe('scripts/run-notebooks.js', () => {
  it('exits with code 3 and says how to install Jupyter when no Python has it', () => {
    const saved = process.env['DISCOURSE_KIT_PYTHON'];
    process.env['DISCOURSE_KIT_PYTHON'] = join(dir, 'no-such-python');
    const lines: string[] = [];
    try {
      const { code } = runner.runNotebooks({ log: (line) => lines.push(line) });
      expect(code).toBe(runner.EXIT_JUPYTER_MISSING);
      expect(code).toBe(3);
    } finally {
      if (saved === undefined) delete process.env['DISCOURSE_KIT_PYTHON'];
      else process.env['DISCOURSE_KIT_PYTHON'] = saved;
    }
    expect(lines.join('\n')).toContain('apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient');
  });
});
