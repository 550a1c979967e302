// The precise parse of a record's text with the `yaml` library: YAML 1.2 core, strict, unique keys, every node with
// its source range. The loader uses it for files the fast path declines; a file the fast path took is parsed this
// way only when something asks where one of its nodes is (a finding).
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface YamlDocument {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export function parseYamlDocument(text: string): YamlDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
    schema: 'core',
    strict: true,
    // The parser's warnings (a key written as a list) are findings or harmless, never Node warnings on stderr.
    logLevel: 'error',
  });
  return { doc, lineCounter };
}

/** Line starts counted from the text itself (the parser skips some after a mistake, misplacing what follows). */
export function linesOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}
