#!/usr/bin/env node
// The `claimmark-language-server` command: runs the bundled language server (--stdio or --node-ipc).
require('../dist/server.js');
