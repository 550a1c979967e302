// The personal-data guard over one parsed YAML record: the raw text (values, keys, anchors and comments as
// written) in one pass, and, for the values that YAML changes when it reads them (escapes such as
// "\x35", folded and multi-line strings), the value as read. Mobiles are allowed in a liaison's phone only.
import { isPair, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';
import type { Diagnostic } from '../../core/diagnostic.js';
import { say } from '../../core/messages.js';
import { wrapped } from './wrapped.js';
import { positionOfOffset, type SourceFile } from '../../load/source-file.js';
import type { FoundNumber } from './find-numbers.js';
import { PERSONAL_DATA_MESSAGES as M } from './messages.js';
import { mayHoldNumbers, scanText } from './scan-text.js';

interface ValueScalar {
  range: [number, number];
  value: string;
  /** The liaison's phone field of a member. */
  phone: boolean;
}

/** Is this scalar the value of `phone` in an entry of `liaisons`? */
function isLiaisonPhone(path: readonly unknown[], node: Node): boolean {
  const pair = path[path.length - 1];
  if (!isPair(pair) || pair.value !== node || !isScalar(pair.key) || pair.key.value !== 'phone') return false;
  const seq = path[path.length - 3];
  const owner = path[path.length - 4];
  return isSeq(seq) && isPair(owner) && isScalar(owner.key) && owner.key.value === 'liaisons';
}

/** Scalars whose value as read differs from the text between their range, and liaison phones. */
function scalarsToRead(file: SourceFile): ValueScalar[] {
  const out: ValueScalar[] = [];
  if (!file.doc) return out;
  const isMember = file.path.startsWith('members/');
  visit(file.doc, {
    Scalar(_key, node, path) {
      if (!node.range || typeof node.value !== 'string') return;
      const phone = isMember && isLiaisonPhone(path, node);
      const [start, end] = node.range;
      const escaped = node.type === Scalar.QUOTE_DOUBLE && file.text.slice(start, end).includes('\\');
      const newline = file.text.indexOf('\n', start);
      const folded = node.type !== Scalar.BLOCK_LITERAL && newline >= 0 && newline < end;
      if (phone || escaped || folded) out.push({ range: [node.range[0], node.range[1]], value: node.value, phone });
    },
  });
  return out;
}

function diagnostic(file: SourceFile, offset: number, msg: Diagnostic['message']): Diagnostic {
  return { file: file.path, ...positionOfOffset(file, offset), severity: 'error', rule: 'personal-data', message: msg };
}

export function checkYamlFile(file: SourceFile): Diagnostic[] {
  if (!mayHoldNumbers(file.text)) return [];
  const scalars = scalarsToRead(file);
  const phones = scalars.filter((s) => s.phone).map((s) => s.range);
  const inPhone = (f: FoundNumber): boolean => f.kind === 'mobile' && phones.some(([a, b]) => f.offset >= a && f.offset < b);
  const raw = scanText(file.text).filter((f) => !inPhone(f));
  const out = raw.map((f) => diagnostic(file, f.offset, say(M, f.kind)));
  for (const s of scalars) {
    const read = scanText(s.value).filter((f) => !(s.phone && f.kind === 'mobile'));
    if (read.length === 0) continue;
    // What the raw text already showed inside this value is reported there; only what YAML's reading adds is new.
    const shown = raw.filter((f) => f.offset >= s.range[0] && f.offset < s.range[1]);
    const counts = new Map<string, number>();
    for (const f of shown) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    for (const f of read) {
      const left = counts.get(f.kind) ?? 0;
      if (left > 0) counts.set(f.kind, left - 1);
      else out.push(diagnostic(file, s.range[0], wrapped('inValue', f.kind, {})));
    }
  }
  return out;
}
