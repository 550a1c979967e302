// The .docx writer: a document's blocks on the GB/T 9704-2012 page (A4, 37 mm / 28 mm margins, 22 lines of
// 28 characters in 3号仿宋), page numbers "— n —" in 4号宋体 under the text block, on the right of odd pages
// and the left of even ones; the file made byte-identical for the same document (see docx-package.ts).
import { AlignmentType, DocumentGridType, File, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Lang } from '../core/diagnostic.js';
import type { DocumentModel } from './blocks.js';
import { elementsOf } from './docx-blocks.js';
import { FONT, GRID, MARGINS, PAGE, SIZE, fonts } from './docx-layout.js';
import { deterministicPackage } from './docx-package.js';

/** The .docx file of a document. */
export async function writeDocx(doc: DocumentModel): Promise<Uint8Array> {
  const file = new File({
    creator: 'yishi',
    title: titleOf(doc),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fonts(FONT.body, doc.lang), size: SIZE.三号 },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      // The grid counts its characters in the size of the Normal style: 3号.
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: { font: fonts(FONT.body, doc.lang), size: SIZE.三号 } }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGINS, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: GRID.linePitch, charSpace: GRID.charSpace },
        },
        footers: { default: pageNumberFooter('odd', doc.lang), even: pageNumberFooter('even', doc.lang) },
        children: doc.blocks.flatMap((b) => elementsOf(b, doc.lang)),
      },
    ],
  });
  const zipped = await Packer.toBuffer(file);
  return deterministicPackage(zipped, doc.date);
}

function titleOf(doc: DocumentModel): string {
  const first = doc.blocks.find((b) => b.kind === 'title' || b.kind === 'mark');
  return first && 'text' in first ? first.text.replace(/\\(.)/g, '$1') : '';
}

/** "— n —" in 4号半角宋体, one character in from the right edge (odd pages) or the left (even pages). */
function pageNumberFooter(side: 'odd' | 'even', lang: Lang): Footer {
  const oneChar = SIZE.四号 * 10;
  const font = fonts(FONT.pageNumber, lang);
  const latin = { ascii: FONT.pageNumber, hAnsi: FONT.pageNumber, eastAsia: font.eastAsia, cs: FONT.pageNumber };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ font: latin, size: SIZE.四号, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}
