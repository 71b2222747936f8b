#!/usr/bin/env node
// The installed `planbook` command: runs the compiled CLI (npm run build), or the TypeScript
// source through tsx when working from a checkout.
const path = require('path');
const fs = require('fs');
const compiled = path.join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
if (fs.existsSync(compiled)) {
  require(compiled).main();
} else {
  require('tsx/cjs');
  require(path.join(__dirname, '..', 'cli', 'main.ts')).main();
}
