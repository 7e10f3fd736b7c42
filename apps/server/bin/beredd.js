#!/usr/bin/env -S node --max-semi-space-size=16
// --max-semi-space-size: see "Memory" in docs/operations.md.
// The published entry point: runs the compiled CLI (build with `npm run build` first).
import "../dist/main.js";
