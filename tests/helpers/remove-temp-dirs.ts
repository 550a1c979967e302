// A vitest setup file: after each test file, remove the temporary folders its tests made with tempDir().
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

afterAll(removeTempDirs);
