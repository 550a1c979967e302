// Parse one file's text as YAML 1.2 with positions, refuse what is too large before it is composed, and
// explain the mistakes a clerk typically makes. A plainly well-formed file within every limit takes the fast path
// (fast-parse.ts): its values now, its positions only when a finding asks for one.
import { Composer, LineCounter, Parser, YAMLParseError, type CST, type Document } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import { parseFast } from './fast-parse.js';
import { inputMethodHints } from './input-method-hints.js';
import { LIMITS, limitMessages, lineTooLong, shapeTooLarge, type LimitBreach } from './limits.js';
import { lazySourceFile, type SourceFile } from './source-file.js';
import { syntaxFindings, syntaxMessages, type SyntaxError } from './syntax-findings.js';
import { guardDocument } from './yaml-guards.js';
import { linesOf } from './yaml-document.js';

/** Aliases expanded beyond this count are refused (a "billion laughs" file). */
export const MAX_ALIAS_COUNT = LIMITS.aliases;

export interface ParsedYaml {
  file: SourceFile;
  /** Read on the fast path: the file's positions come from its text, parsed again when asked. */
  fast?: true;
  /** The data, when the file parsed without errors. */
  data?: unknown;
  diagnostics: Diagnostic[];
}

/** Compose the first document as parseDocument would; a second one is a mistake of its own. */
function compose(tokens: CST.Token[], text: string): Document.Parsed {
  // Unique keys are checked by guardDocument with a Set: the parser's own check is quadratic.
  const composer = new Composer({
    prettyErrors: false,
    uniqueKeys: false,
    version: '1.2',
    schema: 'core',
    strict: true,
    logLevel: 'error',
  });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc!;
}

function refused(path: string, text: string, lines: LineCounter, breach: LimitBreach): ParsedYaml {
  const { line, col } = lines.linePos(breach.offset);
  return {
    file: { path, text, lineCounter: lines },
    diagnostics: [{ file: path, line, column: col, severity: 'error', rule: 'syntax', message: breach.message }],
  };
}

export function parseYaml(path: string, text: string): ParsedYaml {
  // The fast path declines any file that a limit or a guard might concern (fast-parse.ts): those come here.
  const fast = parseFast(text);
  if (fast.ok) return { file: lazySourceFile(path, text), data: fast.data, diagnostics: [], fast: true };
  const lineCounter = linesOf(text);
  const tooLong = lineTooLong(text);
  if (tooLong) return refused(path, text, lineCounter, tooLong);
  const tokens = [...new Parser().parse(text)];
  const tooLarge = shapeTooLarge(tokens);
  if (tooLarge) return refused(path, text, lineCounter, tooLarge);
  const doc = compose(tokens, text);
  const file: SourceFile = { path, text, doc, lineCounter };
  const errors: SyntaxError[] = [
    ...[...doc.errors, ...doc.warnings.filter((w) => w.code === 'MULTIPLE_DOCS')].map((e) => ({
      offset: e.pos[0],
      code: e.code,
      message: e.message,
    })),
    ...(doc.errors.length === 0 ? guardDocument(doc) : []),
  ];
  const diagnostics = syntaxFindings(path, inputMethodHints(text, file), errors, lineCounter);
  if (diagnostics.length > 0) return { file, diagnostics };
  try {
    return { file, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), diagnostics };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const message = /alias/i.test(reason)
      ? say(limitMessages, 'aliases', { limit: LIMITS.aliases })
      : say(syntaxMessages, 'notReadable', { reason });
    return { file, diagnostics: [{ file: path, line: 1, column: 1, severity: 'error', rule: 'syntax', message }] };
  }
}
