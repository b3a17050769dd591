#!/usr/bin/env node
// @ts-check
'use strict';
// `npm test`: format check, lint, type-check, unit and CLI tests (vitest), then every notebook headless.
// Without Jupyter or Chromium the rest still runs and the skips are named with how to install
// what is missing; under CI=true a skip is a failure.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { findJupyterPython, INSTALL_HINT } = require('./run-notebooks');

const root = join(__dirname, '..');
const ci = process.env.CI === 'true';
const steps = [];

function run(name, cmd, args, env = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === null ? 1 : res.status;
}

/**
 * Compiled modules in `dist` with no source in `src`, as paths relative to `dist`.
 * @param {string} dist
 * @param {string} src
 * @returns {string[]}
 */
function staleBuildFiles(dist, src) {
  if (!existsSync(dist)) return [];
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .filter((file) => !existsSync(join(src, file.replace(/\.js$/, '.ts'))))
    .sort();
}

const skipped = [];
// dist/ is fresh: `pretest` builds it.
const { findChromium, NO_CHROMIUM_HINT } = require('../dist/charts/render');
const chromium = findChromium();
const jupyter = findJupyterPython();
if (!chromium) skipped.push(`PNG/SVG chart export tests: ${NO_CHROMIUM_HINT}`);
if (!jupyter) skipped.push(`notebooks: ${INSTALL_HINT.replace(/\n\s*/g, ' ')}`);

const format = run('format check (Prettier)', process.execPath, [
  join(root, 'node_modules/prettier/bin/prettier.cjs'),
  '--check',
  '--log-level=warn',
  '.',
]);
steps.push({ name: 'format', passed: format === 0 ? 1 : 0, failed: format === 0 ? 0 : 1, skipped: 0 });

// Errors fail the run; warnings (long functions, long parameter lists) are shown, to be read.
const lint = run('lint (ESLint)', process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--quiet', '.']);
steps.push({ name: 'lint', passed: lint === 0 ? 1 : 0, failed: lint === 0 ? 0 : 1, skipped: 0 });

const typecheck = run('type-check (src and tests)', process.execPath, [
  join(root, 'node_modules/typescript/bin/tsc'),
  '-p',
  'tsconfig.tests.json',
]);
steps.push({ name: 'type-check', passed: typecheck === 0 ? 1 : 0, failed: typecheck === 0 ? 0 : 1, skipped: 0 });

// scripts/ and bin/ are plain JavaScript (`// @ts-check`, JSDoc types) checked against the built
// declarations in dist/, so renaming something in src/ fails here, not in an evaluation run. A
// module renamed in src/ leaves its old build behind, which would still satisfy the check: such
// leftovers fail the step.
const leftovers = staleBuildFiles(join(root, 'dist'), join(root, 'src'));
if (leftovers.length > 0)
  process.stdout.write(
    `\n▶ type-check (scripts and bin)\ndist/ holds builds of modules no longer in src/ (${leftovers.slice(0, 5).join(', ')}${leftovers.length > 5 ? ', ...' : ''}): remove dist/ and run \`npm run build\`\n`,
  );
const scriptsCheck =
  leftovers.length > 0
    ? 1
    : run('type-check (scripts and bin)', process.execPath, [
        join(root, 'node_modules/typescript/bin/tsc'),
        '-p',
        'tsconfig.scripts.json',
      ]);
steps.push({
  name: 'type-check scripts',
  passed: scriptsCheck === 0 ? 1 : 0,
  failed: scriptsCheck === 0 ? 0 : 1,
  skipped: 0,
});

const reportDir = mkdtempSync(join(tmpdir(), 'dk-vitest-'));
const reportFile = join(reportDir, 'report.json');
const vitest = run('unit, CLI and export tests (vitest)', process.execPath, [
  join(root, 'node_modules/vitest/vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
]);
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  steps.push({
    name: 'vitest',
    passed: report.numPassedTests,
    failed: report.numFailedTests + (vitest !== 0 && report.numFailedTests === 0 ? 1 : 0),
    skipped: report.numPendingTests + report.numTodoTests,
  });
} catch {
  steps.push({ name: 'vitest', passed: 0, failed: 1, skipped: 0 });
}
rmSync(reportDir, { recursive: true, force: true });

if (jupyter) {
  const notebooks = run('notebooks (headless, nbconvert)', process.execPath, [join(root, 'scripts/run-notebooks.js')]);
  steps.push({ name: 'notebooks', passed: notebooks === 0 ? 1 : 0, failed: notebooks === 0 ? 0 : 1, skipped: 0 });
} else {
  steps.push({ name: 'notebooks', passed: 0, failed: ci ? 1 : 0, skipped: 1 });
}

const total = steps.reduce(
  (t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
process.stdout.write('\n');
for (const s of steps)
  process.stdout.write(
    `  ${s.name}: ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}\n`,
  );
for (const line of skipped) process.stdout.write(`  SKIPPED ${line}${ci ? '  ← not allowed under CI=true' : ''}\n`);
process.stdout.write(
  `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}\n`,
);
process.exit(total.failed > 0 || (ci && skipped.length > 0) ? 1 : 0);
