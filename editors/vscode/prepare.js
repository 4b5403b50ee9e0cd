// Before packing (`vsce package` runs it): the content-lint build of this repository goes into
// server/, so the extension works in a workspace that has not installed content-lint.
'use strict';
const { cpSync, existsSync, rmSync } = require('node:fs');
const path = require('node:path');

const dist = path.join(__dirname, '..', '..', 'dist');
if (!existsSync(path.join(dist, 'cli.js'))) throw new Error(`${dist}/cli.js is missing: run npm run build at the repository's root first`);
rmSync(path.join(__dirname, 'server'), { recursive: true, force: true });
cpSync(dist, path.join(__dirname, 'server'), { recursive: true });
