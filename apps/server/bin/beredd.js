#!/usr/bin/env node
// The published entry point: runs the compiled CLI (build with `npm run build` first).
import "../dist/main.js";
