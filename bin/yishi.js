#!/usr/bin/env node
// The yishi command. The TypeScript in src/ is compiled to dist/ by `npm ci` (prepare) or `npm run build`.
import { main } from '../dist/cli/main.js';

await main();
