#!/usr/bin/env node
// Entry for `npx debiteurencheck`: runs the compiled CLI (built by `npm run build:cli`, also on `npm ci` via `prepare`).
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const main = path.join(__dirname, "..", "build", "cli", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("De CLI is nog niet gebouwd. Voer eerst `npm run build:cli` uit.\n");
  process.exit(2);
}
require(main).runFromProcess();
