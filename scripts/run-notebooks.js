#!/usr/bin/env node
// @ts-check
/**
 * `npm run notebooks:run`: execute every notebooks/*.ipynb headless on the tslab (TypeScript)
 * kernel with nbclient (as `jupyter nbconvert --execute` does), writing the executed copies to
 * outputs/notebooks/ so the committed notebooks stay free of outputs. Arguments, if any, name
 * the notebooks to run instead of all.
 *
 * Exit codes: 0 all notebooks ran; 1 a cell failed (its error is printed); 3 Jupyter, nbclient
 * or the tslab package is missing (how to install it is printed).
 *
 * Also a module: `runNotebooks(options)` returns { code, results } (synchronously) for test runners;
 * `findJupyterPython`, `ensureTslabKernel` and `jupyterEnv` are shared with scripts/notebook.js.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, statSync } = require('node:fs');
const { basename, delimiter, join, relative, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const TSLAB = join(BIN, 'tslab');
const EXIT_OK = 0;
const EXIT_CELL_ERROR = 1;
const EXIT_JUPYTER_MISSING = 3;

const INSTALL_HINT = [
  'Jupyter (nbclient) is needed to run the notebooks. Install it with one of:',
  '  sudo apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient',
  '  python3 -m pip install --user notebook nbconvert nbclient',
  'or point DISCOURSE_KIT_PYTHON at a Python that has them.',
].join('\n');

/** The first Python that can import the given Jupyter modules, or null. */
function findJupyterPython(modules = ['jupyter_client', 'nbclient', 'nbformat']) {
  const candidates = process.env.DISCOURSE_KIT_PYTHON
    ? [process.env.DISCOURSE_KIT_PYTHON]
    : ['/usr/bin/python3', 'python3', 'python'];
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return null;
}

/** The environment kernels start in: node_modules/.bin first on PATH, so the kernel spec's `tslab` resolves. */
function jupyterEnv() {
  return { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}` };
}

/** Register the tslab kernel spec with this Python's Jupyter unless it is there already; returns an error text or null. */
function ensureTslabKernel(python, log = (line) => console.log(line)) {
  if (!existsSync(TSLAB)) return 'The tslab package is missing from node_modules: run `npm install` first.';
  const list = spawnSync(
    python,
    [
      '-c',
      'import json\nfrom jupyter_client.kernelspec import KernelSpecManager\nprint(json.dumps(sorted(KernelSpecManager().find_kernel_specs())))',
    ],
    { encoding: 'utf8' },
  );
  if (list.status === 0 && JSON.parse(list.stdout.trim()).includes('tslab')) return null;
  const install = spawnSync(TSLAB, ['install', `--python=${python}`], { encoding: 'utf8', env: jupyterEnv() });
  if (install.status !== 0)
    return `Could not register the tslab kernel (\`npx tslab install --python=${python}\`):\n${install.stderr || install.stdout}`;
  log(`Registered the tslab TypeScript kernel with Jupyter (npx tslab install --python=${python}).`);
  return null;
}

/**
 * Executes one notebook with nbclient (what `jupyter nbconvert --execute` uses) and always writes
 * the executed copy, so a failing run can be opened at the failing cell. tslab reports a cell's
 * exception on stderr rather than in the error reply, so on failure the failing cell's source
 * and its stderr/error outputs are printed.
 */
const EXECUTE_PY = `
import os, sys, nbformat
from nbclient import NotebookClient
source, target, timeout = sys.argv[1], sys.argv[2], int(sys.argv[3])
nb = nbformat.read(source, as_version=4)
client = NotebookClient(nb, timeout=timeout, kernel_name='tslab', resources={'metadata': {'path': os.path.dirname(os.path.abspath(source))}})
failure = None
try:
    client.execute()
except Exception as error:
    failure = error
nbformat.write(nb, target)
if failure is not None:
    ran = [c for c in nb.cells if c.cell_type == 'code' and c.get('execution_count')]
    cell = max(ran, key=lambda c: c.execution_count) if ran else None
    if cell is not None:
        print('--- failing cell [%d] ---' % cell.execution_count)
        print(cell.source)
        print('--- its error ---')
        for out in cell.get('outputs', []):
            if out.get('output_type') == 'error':
                print('%s: %s' % (out.get('ename'), out.get('evalue')))
            elif out.get('output_type') == 'stream' and out.get('name') == 'stderr':
                print(''.join(out.get('text', '')).rstrip())
    print('%s: %s' % (type(failure).__name__, str(failure).strip().splitlines()[-1] if str(failure).strip() else ''))
    sys.exit(1)
`;

function formatSize(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`;
}

/**
 * Execute notebooks (default: all notebooks/*.ipynb in name order) into `outDir`.
 * Stops at the first failing notebook.
 * @param {{ notebooks?: string[], outDir?: string, log?: (line: string) => void, timeoutSeconds?: number }} [options]
 */
function runNotebooks({
  notebooks,
  outDir = join(ROOT, 'outputs', 'notebooks'),
  log = (line) => console.log(line),
  timeoutSeconds = 600,
} = {}) {
  const python = findJupyterPython();
  if (!python) {
    log(INSTALL_HINT);
    return { code: EXIT_JUPYTER_MISSING, results: [] };
  }
  const kernelProblem = ensureTslabKernel(python, log);
  if (kernelProblem) {
    log(kernelProblem);
    return { code: EXIT_JUPYTER_MISSING, results: [] };
  }
  if (!existsSync(join(ROOT, 'dist', 'charts', 'index.js'))) {
    log('dist/ is missing: build first (`npm run build`); `npm run notebooks:run` does it for you.');
    return { code: EXIT_CELL_ERROR, results: [] };
  }
  const dir = join(ROOT, 'notebooks');
  const files =
    notebooks ??
    readdirSync(dir)
      .filter((f) => f.endsWith('.ipynb'))
      .sort()
      .map((f) => join(dir, f));
  mkdirSync(outDir, { recursive: true });
  const results = [];
  for (const file of files) {
    const started = process.hrtime.bigint();
    const output = join(outDir, basename(file));
    const run = spawnSync(python, ['-c', EXECUTE_PY, file, output, String(timeoutSeconds)], {
      cwd: ROOT,
      env: jupyterEnv(),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const ok = run.status === 0;
    const size = ok && existsSync(output) ? statSync(output).size : 0;
    results.push({ notebook: file, output, ok, seconds, bytes: size });
    log(
      `${ok ? 'ok    ' : 'FAILED'} ${basename(file)}  ${seconds.toFixed(1)} s${ok ? `  → ${relative(process.cwd(), output)} (${formatSize(size)})` : ''}`,
    );
    if (!ok) {
      log((run.stdout || run.stderr || String(run.error ?? '')).trim());
      log(`The executed copy up to the failing cell is ${output}.`);
      return { code: EXIT_CELL_ERROR, results };
    }
  }
  return { code: EXIT_OK, results };
}

module.exports = {
  runNotebooks,
  findJupyterPython,
  ensureTslabKernel,
  jupyterEnv,
  INSTALL_HINT,
  EXIT_OK,
  EXIT_CELL_ERROR,
  EXIT_JUPYTER_MISSING,
};

if (require.main === module) {
  const args = process.argv.slice(2).map((a) => resolve(a));
  process.exitCode = runNotebooks(args.length > 0 ? { notebooks: args } : {}).code;
}
