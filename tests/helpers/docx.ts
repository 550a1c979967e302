// Reading a .docx in tests: its parts as text, word/document.xml pretty-printed for a golden file, the text
// of each paragraph, and the text of a Markdown document paragraph by paragraph with the markup taken away.
import JSZip from 'jszip';

export async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name]!.dir) parts.set(name, await zip.files[name]!.async('string'));
  return parts;
}

/** One element a line, indented by depth; text stays beside its tag. */
export function prettyXml(xml: string): string {
  const tokens = xml.replace(/>\s*</g, '>\n<').split('\n');
  let depth = 0;
  const out: string[] = [];
  for (const token of tokens) {
    const closing = /^<\//.test(token);
    const selfClosing = /\/>$/.test(token) || /^<\?/.test(token) || /^<[^/][^>]*>[^<]*<\/[^>]+>$/.test(token);
    if (closing) depth -= 1;
    out.push(`${'  '.repeat(Math.max(0, depth))}${token}`);
    if (!closing && !selfClosing) depth += 1;
  }
  return `${out.join('\n')}\n`;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of every paragraph of the body (table cells included), runs joined, tabs as \t; empty ones left out. */
export function docxParagraphs(documentXml: string): string[] {
  const out: string[] = [];
  for (const m of documentXml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    let text = '';
    for (const t of m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) text += t[1] === undefined ? '\t' : decode(t[1]);
    if (text.trim() !== '') out.push(text);
  }
  return out;
}

/** The paragraphs of a Markdown document without its markup: headings, list items and table cells each one. */
export function markdownParagraphs(markdown: string): string[] {
  const out: string[] = [];
  const plain = (s: string): string => s.replace(/\*\*/g, '').replace(/\\(.)/g, '$1');
  for (const block of markdown.split(/\n\n(?=[^\n])/)) {
    if (block.trim() === '---') continue;
    if (block.startsWith('```')) {
      const title = /title "([^"]*)"/.exec(block);
      if (title) out.push(title[1]!);
      continue;
    }
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines[0]!.startsWith('|')) {
      for (const line of lines.filter((l) => !/^\|[\s|-]+\|$/.test(l)))
        out.push(
          ...line
            .slice(1, -1)
            .split(/(?<!\\)\|/)
            .map((c) => plain(c.trim())),
        );
      continue;
    }
    if (lines.every((l) => l.startsWith('- '))) {
      out.push(...lines.map((l) => plain(l.slice(2))));
      continue;
    }
    out.push(plain(lines.join('').replace(/^#+ /, '')));
  }
  return out.filter((p) => p.trim() !== '');
}

/** Runs of white space (tabs, ideographic spaces) as one space: a tab stop in a .docx is spaces in Markdown. */
export function sameSpacing(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').trim();
}
