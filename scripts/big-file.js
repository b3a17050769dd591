#!/usr/bin/env node
// @ts-check
'use strict';
// Time and peak memory of `discourse-kit analyze` on one large file, at several sizes:
//   node scripts/big-file.js [MB ...]        (default: 5 10 25 50; needs `npm run build`)
// The text is the repository's own texts (the seed and tests/fixtures/*.txt) repeated, with blank
// lines between them, so it has the paragraphs, quotes and speakers of real press texts. Each size
// runs in a fresh process with --no-images; peak RSS is that process's maxRSS. CPU time is given
// besides wall time because on a shared machine the wall time says more about the neighbours.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');

/** In the child process: analyse one file and print the time and peak memory as one JSON line. */
function child() {
  const [file, out] = process.argv.slice(3);
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const cli = require('../dist/cli/main');
  cli
    .main(['analyze', file, '--out', out, '--no-images'], { stdout: () => {}, stderr: (t) => process.stderr.write(t) })
    .then((code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const used = process.cpuUsage(cpu);
      process.stdout.write(
        JSON.stringify({
          code,
          seconds,
          cpuSeconds: (used.user + used.system) / 1e6,
          maxRssMb: process.resourceUsage().maxRSS / 1024,
        }) + '\n',
      );
    });
}

/** Write each size's text, analyse it in a child process, print its figures. */
function parent() {
  const sources = [join(root, 'seeds'), join(root, 'tests', 'fixtures')].flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => readFileSync(join(dir, n), 'utf8')),
  );
  const unit = sources.join('\n\n') + '\n\n';
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const work = mkdtempSync(join(tmpdir(), 'dk-big-'));
  const rows = [];
  try {
    for (const mb of sizes.length ? sizes : [5, 10, 25, 50]) {
      const bytes = mb * 1024 * 1024;
      const text = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))).slice(0, bytes);
      const file = join(work, `big-${mb}.txt`);
      writeFileSync(file, text.slice(0, text.lastIndexOf('\n\n')));
      const size = statSync(file).size / (1024 * 1024);
      const out = join(work, `out-${mb}`);
      const res = spawnSync(process.execPath, [__filename, '--child', file, out], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      if (res.status !== 0) {
        process.stderr.write(res.stderr);
        throw new Error(`analyze failed on ${mb} MB (exit ${res.status}, signal ${res.signal})`);
      }
      const m = JSON.parse(res.stdout.trim().split('\n').pop());
      const json = statSync(join(out, `big-${mb}`, 'analysis.json')).size / (1024 * 1024);
      rows.push({ mb: size, ...m, json });
      console.log(
        `${size.toFixed(1)} MB: exit ${m.code}, ${m.seconds.toFixed(1)} s wall, ${m.cpuSeconds.toFixed(1)} s CPU (${(m.cpuSeconds / size).toFixed(1)} s per MB), peak RSS ${m.maxRssMb.toFixed(0)} MB (${(m.maxRssMb / size).toFixed(1)} MB per MB), analysis.json ${json.toFixed(0)} MB`,
      );
      rmSync(out, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') child();
else parent();
