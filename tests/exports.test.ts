import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Resolve the package by its own name, as another project does (Node's self-reference through
// package.json `exports`): every entry must load the compiled stage and nothing beyond `exports`.
const root = join(__dirname, '..');
const requireHere = createRequire(join(root, 'package.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
};
const TEXT = 'The minister said the talks were useful. "We will meet again," she said.\n';

describe('package exports', () => {
  it('the root gives the pipeline and the everyday verbs, and analyses a text end to end', () => {
    const kit = requireHere(pkg.name);
    const doc = kit.parseDocument(TEXT);
    expect(kit.analyze(doc).summary.sentences).toBe(2);
    expect(kit.attribute(doc).quotes.map((q: { content: { text: string } }) => q.content.text)).toContain(
      'We will meet again,',
    );
    expect(kit.termFrequency(doc).map((t: { term: string }) => t.term)).toContain('minister');
    expect(kit.classifyClaims(doc, kit.attribute(doc))).toHaveLength(2);
  });

  it('keeps statistics helpers and file writing out of the root', () => {
    const kit = requireHere(pkg.name);
    for (const internal of ['erfc', 'chiSquare1P', 'tempPathFor', 'ChunkedWriter', 'writeFileAtomic'])
      expect(kit[internal], internal).toBeUndefined();
    expect(typeof requireHere(`${pkg.name}/terms`).williamsG2).toBe('function');
    expect(typeof requireHere(`${pkg.name}/io`).writeFileAtomic).toBe('function');
  });

  it('keeps claim-model training and evaluation out of the claims entry, in claims/training', () => {
    const claims = requireHere(`${pkg.name}/claims`);
    const training = requireHere(`${pkg.name}/claims/training`);
    for (const name of ['trainClaimModel', 'readLabelledClaims', 'scorePredictions', 'trainShipped', 'groupedFolds']) {
      expect(claims[name], name).toBeUndefined();
      expect(typeof training[name], name).toBe('function');
    }
    expect(typeof claims.classifyClaims).toBe('function');
  });

  it('resolves every entry of package.json exports to a compiled module with its types', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      if (entry === './package.json') continue;
      const module = requireHere(join(pkg.name, entry));
      expect(Object.keys(module).length, entry).toBeGreaterThan(0);
      expect(readFileSync(join(root, (target as { types: string }).types), 'utf8'), entry).toMatch(/export/);
    }
  });

  it('gives the danfojs helpers entries of their own, named for the DataFrames they build', () => {
    const { toDataFrame } = requireHere(`${pkg.name}/terms/dataframes`);
    const { pivotFrame } = requireHere(`${pkg.name}/corpus/dataframes`);
    const long = toDataFrame([
      { side: 'own', type: 'other', n: 2 },
      { side: 'own', type: 'other', n: 1 },
    ]);
    expect(pivotFrame(long, 'side', 'type', 'n').values).toEqual([['own', 3]]);
    expect(() => requireHere(`${pkg.name}/terms/frames`)).toThrow(
      /ERR_PACKAGE_PATH_NOT_EXPORTED|not defined by "exports"/,
    );
  });

  it('shows a report in a notebook from the report entry, not from the charts', () => {
    expect(typeof requireHere(`${pkg.name}/report`).showReport).toBe('function');
    expect(requireHere(`${pkg.name}/charts`).showReport).toBeUndefined();
    expect(typeof requireHere(`${pkg.name}/charts`).displayHtml).toBe('function');
  });

  it('does not expose files outside exports', () => {
    expect(() => requireHere(`${pkg.name}/dist/claims/rules`)).toThrow(
      /not defined by "exports"|ERR_PACKAGE_PATH_NOT_EXPORTED/,
    );
  });
});
