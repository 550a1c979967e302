// The JSON Schemas of schemas/, read and compiled once, on first use.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, ValidateFunction } from 'ajv';
import type { RecordKind } from '../model/types.js';

export const SCHEMA_KINDS: readonly RecordKind[] = ['body', 'member', 'duty', 'meeting', 'resolution', 'supervision'];

/** The folder of the published JSON Schemas (package root `schemas/`). */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

export function schemaPath(kind: RecordKind): string {
  return `${SCHEMA_DIR}${kind}.schema.json`;
}

export function readSchemaText(kind: RecordKind): string {
  return readFileSync(schemaPath(kind), 'utf8');
}

export type JsonSchema = Record<string, unknown>;

let ajv: Ajv | undefined;
const compiled = new Map<RecordKind, ValidateFunction>();
const schemas = new Map<RecordKind, JsonSchema>();

export function schemaOf(kind: RecordKind): JsonSchema {
  let s = schemas.get(kind);
  if (!s) {
    s = JSON.parse(readSchemaText(kind)) as JsonSchema;
    schemas.set(kind, s);
  }
  return s;
}

/** The validators compiled at build time (dist/schema/validators.cjs), when present. */
function precompiled(): Partial<Record<RecordKind, ValidateFunction>> | undefined {
  const file = fileURLToPath(new URL('./validators.cjs', import.meta.url));
  return existsSync(file) ? (createRequire(import.meta.url)(file) as Partial<Record<RecordKind, ValidateFunction>>) : undefined;
}

export function validatorFor(kind: RecordKind): ValidateFunction {
  let v = compiled.get(kind);
  if (!v) {
    v = precompiled()?.[kind];
    if (!v) {
      if (!ajv) {
        // Loaded only here: a built yishi never needs the compiler.
        const require = createRequire(import.meta.url);
        const { Ajv: AjvClass } = require('ajv') as { Ajv: new (options: object) => Ajv };
        const addFormats = (require('ajv-formats') as { default: (a: Ajv) => Ajv }).default;
        ajv = new AjvClass({ allErrors: true, strict: true, verbose: true });
        addFormats(ajv);
      }
      v = ajv.compile(schemaOf(kind));
    }
    compiled.set(kind, v);
  }
  return v;
}
