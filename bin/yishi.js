#!/usr/bin/env node
// The yishi command. `npm ci` (prepare) or `npm run build` bundles src/ into dist/yishi.mjs (scripts/bundle.js).
import { main } from '../dist/yishi.mjs';

await main();
