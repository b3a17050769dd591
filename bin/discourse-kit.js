#!/usr/bin/env node
// @ts-check
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write(
    'discourse-kit: the library is not built yet; run `npm run build` in ' + join(__dirname, '..') + '\n',
  );
  process.exit(2);
}
// `discourse-kit tokens big.txt | head`: a reader that stops early is not an error.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`discourse-kit: cannot write to standard output: ${err && err.code ? err.code : err}\n`);
  process.exit(1);
});
// V8 settings that suit this tool (see src/cli/engine.ts), set before the kit's code runs
/** @type {typeof import('../dist/cli/engine')} */
const engine = require(join(__dirname, '..', 'dist', 'cli', 'engine.js'));
engine.tuneEngine();
/** @type {typeof import('../dist/cli/main')} */
const cli = require(entry);
cli
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    // One line, as for every other failure; DISCOURSE_KIT_DEBUG=1 shows the stack for a bug report.
    const detail = process.env.DISCOURSE_KIT_DEBUG
      ? (err && err.stack) || String(err)
      : `${String((err && err.message) || err).split('\n')[0]} (run with DISCOURSE_KIT_DEBUG=1 for details)`;
    process.stderr.write(`discourse-kit: internal error: ${detail}\n`);
    process.exitCode = 1;
  });
