// The Markdown writer: each block as the Markdown the documents have always been (GitHub-flavoured, passing
// markdownlint), blocks separated by one blank line, the file ending with one newline.
import { displayWidth } from '../core/display-width.js';
import type { Block, ChartData, DocumentModel, ImprintLine } from './blocks.js';

export function writeMarkdown(doc: DocumentModel): string {
  const out: string[] = [];
  // A document has one first-level heading: a title under a mark goes one level down, with what follows it.
  let depth = 0;
  for (const block of doc.blocks) {
    out.push(...markdownOf(block, depth));
    if (block.kind === 'mark' || block.kind === 'title') depth += 1;
  }
  return `${out.join('\n\n')}\n`;
}

function markdownOf(block: Block, depth: number): string[] {
  switch (block.kind) {
    case 'title':
    case 'mark':
      return [`${'#'.repeat(depth + 1)} ${block.text}`];
    case 'heading':
      return [`${'#'.repeat(block.level + Math.max(1, depth))} ${block.text}`];
    case 'number':
    case 'paragraph':
    case 'markdown':
      return [block.text];
    case 'list':
      return [block.items.map((i) => `- ${i}`).join('\n')];
    case 'table':
      return [markdownTable(block.header, block.rows)];
    case 'labelled':
      return [`**${block.label}**${block.separator}${block.text}`];
    case 'split':
      return [`${block.left}${block.gap}${block.right}`];
    case 'signature':
      return [...block.lines];
    case 'imprint':
      return ['---', ...block.lines.map(imprintLine)];
    case 'pageBreak':
      return [];
    case 'chart':
      return [mermaid(block.chart)];
  }
}

function imprintLine(line: ImprintLine): string {
  if (line.kind === 'labelled') return `**${line.label}**${line.separator}${line.text}`;
  if (line.kind === 'split') return `${line.left}${line.gap}${line.right}`;
  return line.text;
}

function pad(cell: string, width: number): string {
  return cell + ' '.repeat(Math.max(0, width - displayWidth(cell)));
}

/**
 * A table whose pipes line up in a fixed-width font, Chinese characters counted two columns wide (as
 * markdownlint's table-column-style counts them).
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(3, displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => pad(c, widths[i]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A Mermaid xychart (bars and a line), which GitHub and GitLab draw. */
function mermaid(chart: ChartData): string {
  const label = (s: string): string => `"${s.replace(/["\\]/g, '')}"`;
  const max = Math.max(1, ...chart.bars);
  return [
    '```mermaid',
    'xychart-beta',
    `    title ${label(chart.title)}`,
    `    x-axis [${chart.labels.map(label).join(', ')}]`,
    `    y-axis ${label(chart.yLabel)} 0 --> ${max}`,
    `    bar [${chart.bars.join(', ')}]`,
    `    line [${chart.line.join(', ')}]`,
    '```',
  ].join('\n');
}
