// The JSON Schemas of schemas/, read and compiled once, on first use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { RecordKind } from '../model/types.js';

export const SCHEMA_KINDS: readonly RecordKind[] = ['body', 'member', 'duty', 'meeting', 'resolution'];

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

export function validatorFor(kind: RecordKind): ValidateFunction {
  let v = compiled.get(kind);
  if (!v) {
    if (!ajv) {
      ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
      const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv;
      addFormats(ajv);
    }
    v = ajv.compile(schemaOf(kind));
    compiled.set(kind, v);
  }
  return v;
}
