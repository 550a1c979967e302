// The validators compiled at build time from schemas/ (scripts/build-validators.mjs). The bundle (scripts/bundle.js)
// puts them here; run from source, as the tests do, there are none and schemas.ts compiles the schemas with ajv.
import type { ValidateFunction } from 'ajv';
import type { RecordKind } from '../core/record-kinds.js';

export function precompiledValidators(): Partial<Record<RecordKind, ValidateFunction>> | undefined {
  return undefined;
}
