// Check one record against its JSON Schema and point each error at its YAML node, in Chinese and English.
import type { ErrorObject } from 'ajv';
import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import type { Diagnostic, Message } from '../core/diagnostic.js';
import { say, sayEntry } from '../core/messages.js';
import { SCHEMA, SCHEMA_TYPES } from '../i18n/schema.js';
import { listNames } from '../i18n/vocabulary.js';
import { didYouMean, fullWidthHint } from '../core/did-you-mean.js';
import { unitNameHint, type UnitOfMember } from './unit-name-hint.js';
import type { RecordKind } from '../core/record-kinds.js';
import type { RecordTypes } from '../model/types.js';
import type { PathSegment } from '../core/diagnostic.js';
import type { SourceIndex } from '../load/source-index.js';
import { validatorFor } from './schemas.js';

type Localize = (errors?: ErrorObject[] | null) => void;
const localizeZh = ((localizeZhModule as unknown as { default?: unknown }).default ?? localizeZhModule) as Localize;

function pathOf(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function titleOf(schema: unknown): Message | undefined {
  const title = (schema as { title?: unknown } | undefined)?.title;
  if (typeof title !== 'string') return undefined;
  const [zh, en] = title.split(' / ');
  return { zh: zh ?? title, en: en ?? zh ?? title };
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function field(path: PathSegment[]): string {
  const last = [...path].reverse().find((s) => typeof s === 'string');
  return last === undefined ? '' : String(last);
}

/** A hint appended to a sentence: nothing when there is none; in English after a space. */
function appended(hint: Message | undefined): Message {
  return { zh: hint?.zh ?? '', en: hint ? ' ' + hint.en : '' };
}

/** Values listed in a sentence, in each language's way. */
function listed(values: readonly string[]): Message {
  return listNames(values.map((v) => ({ zh: v, en: v })));
}

/** What a finding says, and where it points: at the key or at the value of `path`. */
interface Description {
  message: Message;
  on: 'key' | 'value';
  path: PathSegment[];
}

/** One schema error, with the field it is about named the ways the messages need (empty when it has no name). */
interface ErrorContext {
  error: ErrorObject;
  path: PathSegment[];
  units: readonly UnitOfMember[];
  name: string;
  /** `“name”` / `"name" `, to start a sentence about the field. */
  label: Message | '';
  /** `“name”` / `name: `, to start a sentence about the field's value. */
  field: Message | '';
}

function unknownField({ error, path }: ErrorContext): Description {
  const extra = String((error.params as { additionalProperty: string }).additionalProperty);
  const known = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
  const guess = didYouMean(extra, known);
  const keyPath = [...path, extra];
  return {
    on: 'key',
    path: keyPath,
    message: guess
      ? say(SCHEMA, 'unknownFieldGuess', { extra, guess: say(SCHEMA, 'didYouMean', { guess }) })
      : say(SCHEMA, 'unknownField', { extra, known: listed(known) }),
  };
}

function missingField({ error, path }: ErrorContext): Description {
  const missing = String((error.params as { missingProperty: string }).missingProperty);
  const t = titleOf((error.parentSchema as { properties?: Record<string, unknown> })?.properties?.[missing]);
  return { on: 'value', path, message: say(SCHEMA, 'missingField', { missing, title: t ? say(SCHEMA, 'fieldTitle', { title: t }) : '' }) };
}

function notAllowed({ error, path, field }: ErrorContext): Description {
  const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(show);
  const guess = didYouMean(show(error.data), allowed);
  return {
    on: 'value',
    path,
    message: say(SCHEMA, 'notAllowed', {
      field,
      value: show(error.data),
      allowed: listed(allowed),
      guess: guess ? say(SCHEMA, 'didYouMean', { guess }) : '',
    }),
  };
}

function notTheConstant({ error, path, label }: ErrorContext): Description {
  const value = show((error.params as { allowedValue: unknown }).allowedValue);
  return { on: 'value', path, message: say(SCHEMA, 'notTheConstant', { label, value }) };
}

function badFormat({ error, path, field }: ErrorContext): Description | undefined {
  const fmt = (error.params as { format: string }).format;
  if (fmt !== 'date') return undefined;
  const value = show(error.data);
  const shaped = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return {
    on: 'value',
    path,
    message: shaped
      ? say(SCHEMA, 'notADay', { field, value })
      : say(SCHEMA, 'notADate', { field, value, hint: appended(fullWidthHint(value)) }),
  };
}

function badPattern({ error, path, units, name, field }: ErrorContext): Description | undefined {
  const value = show(error.data);
  const isId = String((error.params as { pattern: string }).pattern).startsWith('^[a-z0-9]+');
  const hint = appended((isId ? unitNameHint(units, value) : undefined) ?? fullWidthHint(value));
  if (isId) return { on: 'value', path, message: say(SCHEMA, 'notAnId', { field, value, hint }) };
  // The other patterns, in words instead of the regular expression.
  const worded: Record<string, () => Message> = {
    time: () => say(SCHEMA, 'notATime', { field, value, hint }),
    file: () => say(SCHEMA, 'notAFilePath', { field, value }),
    sha256: () => say(SCHEMA, 'notASha256', { field, value }),
    minutes_number: () => say(SCHEMA, 'noMinutesNumber', { field, value, token: '{n}', example: '兰困保纪〔{year}〕{n}号' }),
  };
  return Object.hasOwn(worded, name) ? { on: 'value', path, message: worded[name]!() } : undefined;
}

function typeName(type: string): Message {
  return Object.hasOwn(SCHEMA_TYPES, type) ? sayEntry(SCHEMA_TYPES[type as keyof typeof SCHEMA_TYPES]) : { zh: type, en: type };
}

function wrongType({ error, path, label }: ErrorContext): Description {
  const types = String((error.params as { type: string }).type).split(',');
  const names = types.map(typeName);
  const type = listNames(names, say(SCHEMA, 'typeOr'));
  const value = typeof error.data === 'string' ? error.data : undefined;
  const hint = value !== undefined && /^[\uff0d\u2014\u2013]/.test(value) && types.includes('array') ? say(SCHEMA, 'listDash') : '';
  return {
    on: 'value',
    path,
    message: label ? say(SCHEMA, 'wrongType', { label, type, hint }) : say(SCHEMA, 'wrongTypeOfRecord', { type, hint }),
  };
}

/** oneOf/anyOf: a rule setting, or a list entry that is neither a member id nor an entry with a member. */
function wrongShape({ path, name, label }: ErrorContext): Description {
  if (path[0] === 'rules')
    return { on: 'value', path, message: say(SCHEMA, 'ruleSetting', { name, shape: sayEntry(SCHEMA.ruleSettingShape) }) };
  return { on: 'value', path, message: say(SCHEMA, 'memberOrEntry', { label }) };
}

function missingCompanion({ error, path }: ErrorContext): Description {
  const p = error.params as { property: string; missingProperty: string };
  return {
    on: 'key',
    path: [...path, p.property],
    message: say(SCHEMA, 'missingCompanion', { property: p.property, missing: p.missingProperty }),
  };
}

/** The describer of each schema keyword; undefined from one (or no describer) falls back to ajv's words. */
const DESCRIBERS: Record<string, (context: ErrorContext) => Description | undefined> = {
  additionalProperties: unknownField,
  required: missingField,
  enum: notAllowed,
  const: notTheConstant,
  format: badFormat,
  pattern: badPattern,
  type: wrongType,
  oneOf: wrongShape,
  anyOf: wrongShape,
  dependencies: missingCompanion,
};

function describe(error: ErrorObject, path: PathSegment[], units: readonly UnitOfMember[]): Description | undefined {
  const name = field(path);
  const label = name ? say(SCHEMA, 'fieldLabel', { name }) : '';
  const named = name ? say(SCHEMA, 'fieldName', { name }) : '';
  const describer = Object.hasOwn(DESCRIBERS, error.keyword) ? DESCRIBERS[error.keyword] : undefined;
  return describer?.({ error, path, units, name, label, field: named });
}

/** No dedicated wording: ajv-i18n's Chinese and ajv's English. */
function inAjvWords(error: ErrorObject, zhError: ErrorObject | undefined, path: PathSegment[]): Description {
  const name = field(path);
  const subject = name ? say(SCHEMA, 'quotedField', { name }) : say(SCHEMA, 'theRecord');
  const words = { zh: zhError?.message ?? error.message ?? '', en: error.message ?? '' };
  return { on: 'value', path, message: say(SCHEMA, 'ajvWords', { subject, words }) };
}

/** Drop the branch noise of oneOf: keep the errors of the branch whose type matched, else the oneOf error. */
function pruneBranches(errors: ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const e of errors) {
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') continue;
    // Branch errors come through $ref, so their schemaPath is not under the oneOf's: match by instance path.
    const inside = errors.filter((x) => x !== e && (x.instancePath === e.instancePath || x.instancePath.startsWith(e.instancePath + '/')));
    const meaningful = inside.filter((x) => !(x.keyword === 'type' && x.instancePath === e.instancePath));
    if (meaningful.length > 0) {
      drop.add(e);
      inside.filter((x) => !meaningful.includes(x)).forEach((x) => drop.add(x));
    } else inside.forEach((x) => drop.add(x));
  }
  return errors.filter((e) => !drop.has(e));
}

/** A record's data checked against its kind's schema: typed when it passes, else the findings. */
export type SchemaCheck<K extends RecordKind> = { ok: true; data: RecordTypes[K] } | { ok: false; diagnostics: Diagnostic[] };

/** `units`: the members' units, so that a unit name written where an id belongs gets the right id. */
export function checkSchema<K extends RecordKind>(
  kind: K,
  file: string,
  data: unknown,
  source: SourceIndex,
  units: readonly UnitOfMember[] = [],
): SchemaCheck<K> {
  if (data === null || data === undefined)
    return {
      ok: false,
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'schema',
          message: say(SCHEMA, 'emptyFile'),
        },
      ],
    };
  const validate = validatorFor(kind);
  if (validate(data)) return { ok: true, data };
  const errors = pruneBranches([...(validate.errors ?? [])]);
  const zhErrors = errors.map((e) => ({ ...e }));
  localizeZh(zhErrors);
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  errors.forEach((error, i) => {
    const path = pathOf(error.instancePath);
    const d = describe(error, path, units) ?? inAjvWords(error, zhErrors[i], path);
    const pos = source.positionOf(file, d.path, d.on);
    const key = `${pos.line}:${pos.column}:${d.message.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file, ...pos, severity: 'error', rule: 'schema', message: d.message });
  });
  return { ok: false, diagnostics: out };
}
