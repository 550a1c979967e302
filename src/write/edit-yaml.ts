// Edit one record's YAML text: set a field or append to a list, keeping every comment, key order and the
// formatting of everything the edit does not touch.
//
// The edit is made with the yaml Document API (parseDocument, setIn, YAMLSeq.add), which gives the data the
// file must hold afterwards. The text is then produced by splicing only the new or changed node, rendered by
// yaml at the right indentation, into the original text, so that the rest of the file stays byte for byte
// as it was (yaml's own toString would re-align comments and re-space flow lists). The spliced text is
// parsed again and must hold exactly the data of the edited Document; if it does not (an unusual layout),
// the Document's own rendering is used, which still keeps comments and key order.
import { isDeepStrictEqual } from 'node:util';
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type DocumentOptions,
  type Node,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';

export type YamlPath = readonly string[];

export type YamlEdit =
  /** Set the field at `path` (missing maps on the way are created). */
  | { op: 'set'; path: YamlPath; value: unknown }
  /** Append `value` to the list at `path` (created when missing). */
  | { op: 'append'; path: YamlPath; value: unknown };

const PARSE: ParseOptions & DocumentOptions & SchemaOptions = { version: '1.2', schema: 'core', uniqueKeys: true, keepSourceTokens: false };
const RENDER = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

export class YamlEditError extends Error {}

/** Apply `edits` in order and return the new text. Throws YamlEditError when the text is not valid YAML. */
export function editYaml(text: string, edits: readonly YamlEdit[]): string {
  let current = text;
  for (const edit of edits) current = applyOne(current, edit);
  return current;
}

function parse(text: string): Document.Parsed {
  const doc = parseDocument(text, PARSE);
  if (doc.errors.length > 0) throw new YamlEditError(doc.errors[0]!.message);
  return doc;
}

function applyOne(text: string, edit: YamlEdit): string {
  const doc = parse(text);
  applyToDocument(doc, edit);
  const expected: unknown = doc.toJS();
  const spliced = splice(text, parse(text), edit);
  if (spliced !== undefined && holds(spliced, expected)) return spliced;
  return doc.toString(RENDER);
}

function holds(text: string, expected: unknown): boolean {
  const doc = parseDocument(text, PARSE);
  return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), expected);
}

/** The edit, through the Document API. */
function applyToDocument(doc: Document.Parsed, edit: YamlEdit): void {
  // A key with no value (`minutes:`) on the way is a null scalar; give it an empty map first.
  for (let i = 1; i < edit.path.length; i++) {
    const at = doc.getIn(edit.path.slice(0, i), true);
    if (at === undefined || (isScalar(at) && at.value === null)) doc.setIn(edit.path.slice(0, i), doc.createNode({}));
  }
  if (edit.op === 'set') {
    doc.setIn(edit.path, doc.createNode(edit.value));
    return;
  }
  const seq = doc.getIn(edit.path, true);
  if (isSeq(seq)) seq.add(doc.createNode(edit.value));
  else {
    doc.setIn(edit.path, doc.createNode([...itemsAt(doc, edit.path), edit.value]));
  }
}

/** The items of the list at `path` as plain data: none when absent or empty, one when a single value. */
function itemsAt(doc: Document, path: YamlPath): unknown[] {
  let v: unknown = doc.toJS();
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

// ---- splicing -------------------------------------------------------------------------------------------

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The offset of the start of the line after the one `offset` ends on. */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** `value` rendered as block YAML, every line indented by `indent` spaces, ending with `eol`. */
function renderBlock(value: unknown, indent: number, eol: string): string {
  const body = new Document(value).toString(RENDER);
  return body
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line ? ' '.repeat(indent) + line : line))
    .join(eol)
    .concat(eol);
}

function insertAt(text: string, at: number, block: string, eol: string): string {
  const glue = at === text.length && text.length > 0 && !text.endsWith('\n') ? eol : '';
  return text.slice(0, at) + glue + block + text.slice(at);
}

function splice(text: string, doc: Document.Parsed, edit: YamlEdit): string | undefined {
  const eol = eolOf(text);
  if (edit.op === 'append') {
    const seq = doc.getIn(edit.path, true) as Node | undefined;
    if (isSeq(seq) && !seq.flow && seq.items.length > 0 && seq.range) {
      const last = seq.items[seq.items.length - 1] as Node;
      if (!last.range) return undefined;
      const indent = columnOf(text, seq.range[0]);
      return insertAt(text, lineEndAfter(text, last.range[1]), renderBlock([edit.value], indent, eol), eol);
    }
    return splice(text, doc, { op: 'set', path: edit.path, value: [...itemsAt(doc, edit.path), edit.value] });
  }
  // set: find the deepest map that exists along the path; what is missing below it is created as one entry.
  let depth = edit.path.length - 1;
  while (depth > 0 && !isMap(doc.getIn(edit.path.slice(0, depth), true))) depth--;
  const map = depth === 0 ? doc.contents : doc.getIn(edit.path.slice(0, depth), true);
  if (isMap(map) && map.flow && map.range) return spliceFlowMap(text, edit, depth, map.range);
  if (!isMap(map) || map.flow || !map.range) return undefined;
  const key = edit.path[depth]!;
  let value = edit.value;
  for (let i = edit.path.length - 1; i > depth; i--) value = { [edit.path[i]!]: value };
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  if (!pair) {
    const first = map.items[0]?.key as Node | undefined;
    const indent = first?.range ? columnOf(text, first.range[0]) : 0;
    return insertAt(text, lineEndAfter(text, map.range[1]), renderBlock({ [key]: value }, indent, eol), eol);
  }
  const node = pair.value as Node | null;
  const keyNode = pair.key as Node;
  if (!keyNode.range) return undefined;
  const scalarValue = value === null || typeof value !== 'object';
  if (
    scalarValue &&
    isScalar(node) &&
    node.range &&
    node.range[1] > node.range[0] &&
    !text.slice(node.range[0], node.range[1]).includes('\n')
  ) {
    const rendered = new Document(value).toString(RENDER).replace(/\n$/, '');
    if (rendered.includes('\n')) return undefined;
    return text.slice(0, node.range[0]) + rendered + text.slice(node.range[1]);
  }
  if (!scalarValue && (node === null || (isScalar(node) && node.value === null) || ((isMap(node) || isSeq(node)) && node.flow))) {
    // `key:`, `key: ~` or `key: []` becomes `key:` followed by the block on the next lines.
    const start = node?.range ? node.range[0] : keyNode.range[1];
    const end = node?.range ? node.range[1] : keyNode.range[1];
    const indent = columnOf(text, keyNode.range[0]) + 2;
    // An empty value (`key:` or `key:   # comment`) has nothing to remove; trimming before it would glue a
    // comment to the key.
    const removed = start === end ? text : text.slice(0, start).replace(/[ \t]+$/, '') + text.slice(end);
    const shift = text.length - removed.length;
    return insertAt(removed, lineEndAfter(removed, end - shift), renderBlock(value, indent, eol), eol);
  }
  return undefined;
}

/** A set inside a flow map (`minutes: { status: draft }`): that map alone is rewritten, on one line. */
function spliceFlowMap(text: string, edit: YamlEdit, depth: number, range: readonly number[]): string | undefined {
  const edited = parse(text);
  applyToDocument(edited, edit);
  let value: unknown = edited.toJS();
  for (const key of edit.path.slice(0, depth)) value = (value as Record<string, unknown>)[key];
  const rendered = new Document(value);
  if (!isMap(rendered.contents)) return undefined;
  rendered.contents.flow = true;
  const line = rendered.toString(RENDER).replace(/\n$/, '');
  if (line.includes('\n')) return undefined;
  return text.slice(0, range[0]) + line + text.slice(range[1]);
}
