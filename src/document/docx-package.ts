// A .docx that is the same bytes every time for the same document: the package's created and modified
// dates set to the document's own date, every zip entry stamped with that date, and a font table that names
// each official font with its fallback. The zip is read and written with JSZip (pinned), never by hand.
import JSZip from 'jszip';
import { FALLBACK, OFF_GRID } from './docx-layout.js';

/** Rewrite the package `zipped` with fixed dates; `date` is YYYY-MM-DD. */
export async function deterministicPackage(zipped: Uint8Array, date: string): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(zipped);
  const stamp = new Date(`${date}T00:00:00Z`);
  const out = new JSZip();
  const names = Object.keys(source.files).filter((name) => !source.files[name]!.dir);
  for (const name of names) {
    const bytes = await source.files[name]!.async('uint8array');
    let content: string | Uint8Array = bytes;
    if (name === 'docProps/core.xml') content = fixDates(new TextDecoder().decode(bytes), date);
    if (name === 'word/fontTable.xml') content = fontTable();
    if (name === 'word/styles.xml') content = withOffGridStyle(new TextDecoder().decode(bytes));
    out.file(name, content, { date: stamp, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

function fixDates(xml: string, date: string): string {
  const when = `${date}T00:00:00Z`;
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${when}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${when}$2`);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The font table: each Chinese font with its fallback (w:altName) and the GB2312 character set (86), so that
 * Word and WPS substitute a Chinese font where the named one is missing; Times New Roman for Latin text.
 */
export function fontTable(): string {
  const chinese = Object.entries(FALLBACK).map(
    ([name, alt]) =>
      `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(alt)}"/><w:charset w:val="86"/>` +
      `<w:family w:val="${name.includes('黑') || name === 'SimHei' ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`,
  );
  const latin = '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${chinese.join('')}${latin}</w:fonts>`
  );
}

/** The paragraph style that takes a paragraph off the document grid (w:snapToGrid off). */
function withOffGridStyle(xml: string): string {
  const style =
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${OFF_GRID}"><w:name w:val="${OFF_GRID}"/>` +
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>';
  return xml.replace('</w:styles>', `${style}</w:styles>`);
}
