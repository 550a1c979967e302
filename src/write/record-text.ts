// The text of a new record file: a `# yaml-language-server: $schema=` line for the editor, then one entry per
// field, each rendered by yaml (so quoting is always right) with an optional comment, and `# TODO` lines
// for what the clerk still has to fill in.
import { posix } from 'node:path';
import { displayWidth } from '../core/display-width.js';
import { Document, isCollection, isScalar, Scalar } from 'yaml';
import { kindSpec, type RecordKind } from '../core/record-kinds.js';

/** Where `yishi init` puts the JSON Schemas inside a record folder. */
export const SCHEMA_FOLDER = '.yishi/schemas';

export type Field =
  | {
      key: string;
      value: unknown;
      /** A comment at the end of the field's first line. */
      comment?: string;
      /** flow: `[a, b]`; literal: `|` block text; quoted: "09:30". */
      style?: 'flow' | 'literal' | 'quoted';
    }
  | { todo: string }
  /** A plain comment line. */
  | { note: string };

/** Comments start at this column when the line is shorter (as in the example records). */
const COMMENT_COLUMN = 41;

/** The `$schema` path of a record file, relative to the file: `../../.yishi/schemas/meeting.schema.json`. */
export function schemaReference(relPath: string, kind: RecordKind): string {
  const from = posix.dirname(relPath);
  return posix.relative(from, `${SCHEMA_FOLDER}/${kindSpec(kind).schema}`);
}

export function schemaLine(relPath: string, kind: RecordKind): string {
  return `# yaml-language-server: $schema=${schemaReference(relPath, kind)}`;
}

function renderField(key: string, value: unknown, style: 'flow' | 'literal' | 'quoted' | undefined): string {
  const doc = new Document({ [key]: value });
  const node = doc.get(key, true);
  if (style === 'flow' && isCollection(node)) node.flow = true;
  if (style === 'literal' && isScalar(node)) node.type = Scalar.BLOCK_LITERAL;
  if (style === 'quoted' && isScalar(node)) node.type = Scalar.QUOTE_DOUBLE;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
}

function withComment(line: string, comment: string): string {
  const pad = Math.max(1, COMMENT_COLUMN - displayWidth(line));
  return `${line}${' '.repeat(pad)}# ${comment}`;
}

/** The whole file. `header` lines are comments put under the schema line. */
export function recordText(relPath: string, kind: RecordKind, fields: readonly Field[], header: readonly string[] = []): string {
  const lines = [schemaLine(relPath, kind), ...header.map((h) => `# ${h}`)];
  for (const f of fields) {
    if ('todo' in f) {
      lines.push(`# TODO ${f.todo}`);
      continue;
    }
    if ('note' in f) {
      lines.push(`# ${f.note}`);
      continue;
    }
    if (f.value === undefined) continue;
    const rendered = renderField(f.key, f.value, f.style).split('\n');
    if (f.comment) rendered[0] = withComment(rendered[0]!, f.comment);
    lines.push(...rendered);
  }
  return lines.join('\n') + '\n';
}
