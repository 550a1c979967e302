// The JSON Schemas of schemas/, read and compiled once, on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../load/package-root.js';
import { precompiledValidators } from './precompiled.js';
import type { Ajv, ValidateFunction } from 'ajv';
import { RECORD_KIND_IDS, kindSpec, type RecordKind } from '../core/record-kinds.js';
import type { RecordTypes } from '../model/types.js';

/** Every kind has a schema (core/record-kinds.ts). */
export const SCHEMA_KINDS: readonly RecordKind[] = RECORD_KIND_IDS;

/** The folder of the published JSON Schemas (package root `schemas/`). */
export const SCHEMA_DIR = `${join(packageRoot(), 'schemas')}/`;

export function schemaPath(kind: RecordKind): string {
  return `${SCHEMA_DIR}${kindSpec(kind).schema}`;
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

/** The kind's validator; data that passes it has the kind's type (generated from the same schema). */
export function validatorFor<K extends RecordKind>(kind: K): ValidateFunction<RecordTypes[K]> {
  let v = compiled.get(kind);
  if (!v) {
    v = precompiledValidators()?.[kind];
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
  // The one place where a validator is given its kind's type: the type is generated from the same schema.
  return v as ValidateFunction<RecordTypes[K]>;
}
