#!/usr/bin/env node
// The `claimmark` command: runs the bundled CLI (built by `npm install` / `npm run build`).
require('../dist/cli.js');
