#!/usr/bin/env node
// @ts-check
/**
 * `npm run notebook`: start Jupyter on notebooks/ with the tslab (TypeScript) kernel, registering
 * the kernel first when this machine does not know it yet. Extra arguments go to Jupyter
 * (e.g. `npm run notebook -- --no-browser --ip=0.0.0.0`). Exit code 3 when Jupyter is missing.
 */
'use strict';
const { spawn } = require('node:child_process');
const { join, resolve } = require('node:path');
const { ensureTslabKernel, findJupyterPython, jupyterEnv, EXIT_JUPYTER_MISSING } = require('./run-notebooks');

const ROOT = resolve(__dirname, '..');

const python = findJupyterPython(['notebook', 'jupyter_client']);
if (!python) {
  console.error(
    [
      'Jupyter Notebook is not installed. Install it with one of:',
      '  sudo apt-get install -y jupyter-notebook',
      '  python3 -m pip install --user notebook',
      'or point DISCOURSE_KIT_PYTHON at a Python that has it.',
    ].join('\n'),
  );
  process.exit(EXIT_JUPYTER_MISSING);
}
const problem = ensureTslabKernel(python);
if (problem) {
  console.error(problem);
  process.exit(EXIT_JUPYTER_MISSING);
}
const args = process.argv.slice(2);
// Jupyter refuses to start as root unless told; containers and CI machines often run as root.
if (process.getuid?.() === 0 && !args.includes('--allow-root')) args.push('--allow-root');
const jupyter = spawn(python, ['-m', 'notebook', join(ROOT, 'notebooks'), ...args], {
  cwd: ROOT,
  env: jupyterEnv(),
  stdio: 'inherit',
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => jupyter.kill(signal));
jupyter.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
