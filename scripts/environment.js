'use strict';
// Where the optional system tools are: Chromium for PNG/SVG export, Jupyter for notebooks.
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p)) || null;
}

function findJupyter() {
  const res = spawnSync('jupyter', ['nbconvert', '--version'], { stdio: 'ignore' });
  return res.status === 0 ? 'jupyter' : null;
}

module.exports = { findChromium, findJupyter };
