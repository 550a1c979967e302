// Check one record against its JSON Schema and point each error at its YAML node, in Chinese and English.
import type { ErrorObject } from 'ajv';
import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import { message, type Diagnostic, type Message } from '../core/diagnostic.js';
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

function titleOf(schema: unknown): { zh: string; en: string } | undefined {
  const title = (schema as { title?: unknown } | undefined)?.title;
  if (typeof title !== 'string') return undefined;
  const [zh, en] = title.split(' / ');
  return { zh: zh ?? title, en: en ?? zh ?? title };
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文本', 'text'],
  integer: ['整数', 'a whole number'],
  number: ['数字', 'a number'],
  boolean: ['true 或 false', 'true or false'],
  array: ['列表', 'a list'],
  object: ['由“键: 值”组成的映射', 'a mapping of "key: value"'],
  null: ['空值', 'null'],
};

function field(path: PathSegment[]): string {
  const last = [...path].reverse().find((s) => typeof s === 'string');
  return last === undefined ? '' : String(last);
}

/** What a finding says, and where it points: at the key or at the value of `path`. */
interface Description {
  message: Message;
  on: 'key' | 'value';
  path: PathSegment[];
}

/** One schema error, with the field it is about named the ways the messages need. */
interface ErrorContext {
  error: ErrorObject;
  path: PathSegment[];
  units: readonly UnitOfMember[];
  name: string;
  label: string;
  labelEn: string;
  fieldEn: string;
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
      ? message(`未知的字段“${extra}”。你是不是想写“${guess}”?`, `Unknown field "${extra}". Did you mean "${guess}"?`)
      : message(
          `未知的字段“${extra}”。此处允许的字段:${known.join('、')}。`,
          `Unknown field "${extra}". Fields allowed here: ${known.join(', ')}.`,
        ),
  };
}

function missingField({ error, path }: ErrorContext): Description {
  const missing = String((error.params as { missingProperty: string }).missingProperty);
  const t = titleOf((error.parentSchema as { properties?: Record<string, unknown> })?.properties?.[missing]);
  return {
    on: 'value',
    path,
    message: message(
      `缺少必填字段“${missing}”${t ? `(${t.zh})` : ''}。`,
      `Missing required field "${missing}"${t ? ` (${t.en})` : ''}.`,
    ),
  };
}

function notAllowed({ error, path, label, fieldEn }: ErrorContext): Description {
  const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(show);
  const guess = didYouMean(show(error.data), allowed);
  return {
    on: 'value',
    path,
    message: message(
      `${label}的值“${show(error.data)}”不在允许范围内,可选:${allowed.join('、')}。${guess ? `你是不是想写“${guess}”?` : ''}`,
      `${fieldEn}"${show(error.data)}" is not an allowed value; use one of: ${allowed.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`,
    ),
  };
}

function notTheConstant({ error, path, label, labelEn }: ErrorContext): Description {
  return {
    on: 'value',
    path,
    message: message(
      `${label}的值应为 ${show((error.params as { allowedValue: unknown }).allowedValue)}。`,
      `${labelEn}must be ${show((error.params as { allowedValue: unknown }).allowedValue)}.`,
    ),
  };
}

function badFormat({ error, path, label, fieldEn }: ErrorContext): Description | undefined {
  const fmt = (error.params as { format: string }).format;
  if (fmt !== 'date') return undefined;
  const value = show(error.data);
  const hint = fullWidthHint(value);
  const shaped = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return {
    on: 'value',
    path,
    message: shaped
      ? message(`${label}的日期“${value}”在日历上不存在。`, `${fieldEn}"${value}" is not a real calendar date.`)
      : message(
          `${label}的日期“${value}”格式不对,应写成 YYYY-MM-DD,例如 2024-03-15。${hint?.zh ?? ''}`,
          `${fieldEn}"${value}" is not a date; write YYYY-MM-DD, e.g. 2024-03-15.${hint ? ' ' + hint.en : ''}`,
        ),
  };
}

function badPattern({ error, path, units, name, label, fieldEn }: ErrorContext): Description | undefined {
  const value = show(error.data);
  const isId = String((error.params as { pattern: string }).pattern).startsWith('^[a-z0-9]+');
  const hint = (isId ? unitNameHint(units, value) : undefined) ?? fullWidthHint(value);
  if (isId)
    return {
      on: 'value',
      path,
      message: message(
        `${label}的值“${value}”不是有效的 id:id 只能由小写英文字母、数字和单个连字符组成。${hint?.zh ?? ''}`,
        `${fieldEn}"${value}" is not a valid id: ids are lowercase ASCII letters and digits joined by single hyphens.${hint ? ' ' + hint.en : ''}`,
      ),
    };
  // The other patterns, in words instead of the regular expression.
  const worded: Record<string, Message> = {
    time: message(
      `${label}的时间“${value}”格式不对,应写成 HH:MM(24 小时制,时和分各两位),例如 "09:30"。${hint?.zh ?? ''}`,
      `${fieldEn}"${value}" is not a time; write HH:MM (24-hour, two digits each), e.g. "09:30".${hint ? ' ' + hint.en : ''}`,
    ),
    file: message(
      `${label}的路径“${value}”不对:材料文件的路径从记录文件夹写起,用“/”分隔,不能以“/”或盘符开头,不能含“..”或“\\”,例如 materials/2025/<会议id>/签到表.pdf。`,
      `${fieldEn}"${value}" is not a path inside the record folder: write it from the top of the folder with "/" separators, not starting with "/" or a drive letter, without ".." or "\\", e.g. materials/2025/<meeting-id>/sign-in.pdf.`,
    ),
    sha256: message(
      `${label}的值“${value}”不是 SHA-256 校验值:应为 64 位十六进制字符(0-9、a-f)。`,
      `${fieldEn}"${value}" is not a SHA-256 hash: it is 64 hexadecimal characters (0-9, a-f).`,
    ),
    minutes_number: message(
      `${label}的模板“${value}”缺少 {n}(纪要的序号),例如 "兰困保纪〔{year}〕{n}号"。`,
      `${fieldEn}"${value}" lacks {n} (the number of the minutes), e.g. "兰困保纪〔{year}〕{n}号".`,
    ),
  };
  return Object.hasOwn(worded, name) ? { on: 'value', path, message: worded[name]! } : undefined;
}

function wrongType({ error, path, label, labelEn }: ErrorContext): Description {
  const expected = String((error.params as { type: string }).type).split(',');
  const zh = expected.map((t) => TYPE_NAMES[t]?.[0] ?? t).join('或');
  const en = expected.map((t) => TYPE_NAMES[t]?.[1] ?? t).join(' or ');
  const value = typeof error.data === 'string' ? error.data : undefined;
  const dashHint =
    value !== undefined && /^[－—–]/.test(value) && expected.includes('array')
      ? message('列表项要以英文半角“-”加空格开头。', 'List items start with an ASCII "-" and a space.')
      : undefined;
  return {
    on: 'value',
    path,
    message: message(
      `${label}应为${zh}。${dashHint?.zh ?? ''}`,
      `${labelEn}must be ${en}.${dashHint ? ' ' + dashHint.en : ''}`.replace(/^must/, 'Must'),
    ),
  };
}

/** oneOf/anyOf: a rule setting, or a list entry that is neither a member id nor an entry with a member. */
function wrongShape({ path, name, label, labelEn }: ErrorContext): Description {
  if (path[0] === 'rules')
    return {
      on: 'value',
      path,
      message: message(
        `规则“${name}”的设置应为 off、warn、error 之一,或写成 { severity: …, 选项: … }。`,
        `The setting of rule "${name}" must be off, warn or error, or { severity: …, option: … }.`,
      ),
    };
  return {
    on: 'value',
    path,
    message: message(
      `${label}的写法不符合要求:应为成员 id,或包含 member 字段的条目。`,
      `${labelEn}has the wrong shape: write a member id, or an entry with a member field.`,
    ),
  };
}

function missingCompanion({ error, path }: ErrorContext): Description {
  const p = error.params as { property: string; missingProperty: string };
  return {
    on: 'key',
    path: [...path, p.property],
    message: message(
      `写了“${p.property}”就必须同时写“${p.missingProperty}”。`,
      `"${p.property}" requires "${p.missingProperty}" as well.`,
    ),
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

function describe(error: ErrorObject, path: PathSegment[], units: readonly UnitOfMember[]): Description {
  const name = field(path);
  const label = name ? `“${name}”` : '';
  const labelEn = name ? `"${name}" ` : '';
  const fieldEn = name ? `${name}: ` : '';
  const describer = Object.hasOwn(DESCRIBERS, error.keyword) ? DESCRIBERS[error.keyword] : undefined;
  const described = describer?.({ error, path, units, name, label, labelEn, fieldEn });
  return described ?? { on: 'value', path, message: message(`${label}${error.message ?? ''}`, `${labelEn}${error.message ?? ''}`) };
}

/** Drop the branch noise of oneOf: keep the errors of the branch whose type matched, else the oneOf error. */
function pruneBranches(errors: ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const e of errors) {
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') continue;
    // Branch errors come through $ref, so their schemaPath is not under the oneOf's: match by instance path.
    const inside = errors.filter(
      (x) => x !== e && (x.instancePath === e.instancePath || x.instancePath.startsWith(e.instancePath + '/')),
    );
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
    return { ok: false, diagnostics: [
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'schema',
        message: message(
          '文件没有内容(空文件,或只有注释)。请写入记录的各个字段,或删除这个文件。',
          'The file has no content (empty, or comments only). Write the fields of the record, or delete the file.',
        ),
      },
    ] };
  const validate = validatorFor(kind);
  if (validate(data)) return { ok: true, data };
  const errors = pruneBranches([...(validate.errors ?? [])]);
  const zhErrors = errors.map((e) => ({ ...e }));
  localizeZh(zhErrors);
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  errors.forEach((error, i) => {
    const path = pathOf(error.instancePath);
    const d = describe(error, path, units);
    if (d.message.en === `${field(path) ? `"${field(path)}" ` : ''}${error.message ?? ''}`) {
      // No dedicated wording: take ajv-i18n's Chinese and ajv's English.
      const name = field(path);
      d.message = message(
        `${name ? `“${name}”` : '记录'}${zhErrors[i]?.message ?? error.message ?? ''}。`,
        `${name ? `"${name}"` : 'The record'} ${error.message ?? ''}.`,
      );
    }
    const pos = source.positionOf(file, d.path, d.on);
    const key = `${pos.line}:${pos.column}:${d.message.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file, ...pos, severity: 'error', rule: 'schema', message: d.message });
  });
  return { ok: false, diagnostics: out };
}
