// The .docx of every document, in Chinese and in English: the page of GB/T 9704-2012 in twips, the grid, the
// fonts and sizes, the red 纪要 mark, page numbers, the 版记 rules; a golden of word/document.xml; the same
// bytes from two renders; and the same text as the Markdown, paragraph by paragraph.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentBuilder, type DocumentModel } from '../../src/document/blocks.js';
import { CHAR } from '../../src/document/docx-layout.js';
import { writeDocx } from '../../src/document/write-docx.js';
import { writeMarkdown } from '../../src/document/write-markdown.js';
import { docxParagraphs, markdownParagraphs, partsOf, prettyXml, sameSpacing } from '../helpers/docx.js';
import { REPO } from '../helpers/folder.js';
import { expectGolden } from '../helpers/golden.js';
import { DOCX_CASES, LANGS, buildCase, type DocxCase, type Lang } from './docx-cases.js';

const GOLDEN = join(REPO, 'tests/golden/docx');

/** The run properties of the first run whose text starts with `text`. */
function runPropsOf(xml: string, text: string): string {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`<w:rPr>((?:(?!<w:rPr>).)*?)</w:rPr><w:t[^>]*>${escaped}`).exec(xml);
  if (!m) throw new Error(`no run starting with ${text}`);
  return m[1]!;
}

/** One case rendered once, shared by the tests of its three groups below. */
interface Rendered {
  model: DocumentModel;
  bytes: Uint8Array;
  parts: Map<string, string>;
  doc: string;
}

for (const c of DOCX_CASES)
  for (const lang of LANGS)
    describe(`${c.file}.${lang}.docx`, () => {
      const r = {} as Rendered;
      beforeAll(async () => {
        r.model = await buildCase(c, lang);
        r.bytes = await writeDocx(r.model);
        r.parts = await partsOf(r.bytes);
        r.doc = r.parts.get('word/document.xml')!;
      });
      pageTests(lang, r);
      officialPartTests(c, r);
      wholeDocumentTests(c, lang, r);
    });

/** The page, the grid, fonts and sizes, page numbers and tables. */
function pageTests(lang: Lang, r: Rendered): void {
  it('is an A4 page with the margins of GB/T 9704 (天头 37 mm, 订口 28 mm, text block 156 × 225 mm)', () => {
    expect(r.doc).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(r.doc).toMatch(/<w:pgMar w:top="2098" w:right="1475" w:bottom="1984" w:left="1587" [^>]*w:gutter="0"\/>/);
  });

  it('has a grid of 22 lines of 28 characters', () => {
    // 225 mm / 22 = 579 twips a line; 156 mm / 28 characters = 15.79 pt, 16 pt less 849/4096 pt.
    expect(r.doc).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>');
    expect(r.parts.get('word/styles.xml')).toMatch(/w:styleId="Normal">.*?<w:sz w:val="32"\/>/);
  });

  it('sets the title in 2号 小标宋 and the body in 3号 仿宋, Latin text in Times New Roman', () => {
    const title = (r.model.blocks.find((b) => b.kind === 'title') ?? r.model.blocks.find((b) => b.kind === 'mark'))! as { text: string };
    const props = runPropsOf(r.doc, title.text.slice(0, 4));
    expect(props).toContain('w:eastAsia="方正小标宋简体"');
    expect(props).toContain('<w:sz w:val="44"/>');
    const body = r.model.blocks.find((b) => b.kind === 'paragraph')! as { text: string };
    const bodyProps = runPropsOf(r.doc, body.text.replace(/\*\*/g, '').slice(0, 4));
    expect(bodyProps).toMatch(/w:ascii="Times New Roman".*w:eastAsia="(仿宋_GB2312|黑体)"/);
    expect(bodyProps).toContain('<w:sz w:val="32"/>');
  });

  it('sets first-level headings in 黑体 (zh) or bold (en), second-level in 楷体', () => {
    const headings = r.model.blocks.filter((b) => b.kind === 'heading') as Array<{ level: number; text: string }>;
    for (const h of headings.slice(0, 3)) {
      const props = runPropsOf(r.doc, h.text.replace(/\\(.)/g, '$1').slice(0, 2));
      if (lang === 'zh') expect(props).toContain(h.level === 1 ? 'w:eastAsia="黑体"' : 'w:eastAsia="楷体_GB2312"');
      else expect(props).toContain('<w:b/>');
    }
  });

  it('puts "— n —" in 4号宋体 in the footer, odd pages right and even pages left, one character in', () => {
    expect(r.parts.get('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    expect(r.doc).toMatch(/<w:footerReference w:type="default" r:id="\w+"\/><w:footerReference w:type="even" r:id="\w+"\/>/);
    const footers = [...r.parts].filter(([name]) => /^word\/footer\d\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers).toHaveLength(2);
    const [odd, even] = footers as [string, string];
    for (const f of footers) {
      expect(f).toMatch(
        /<w:t xml:space="preserve">— <\/w:t>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:t xml:space="preserve"> —<\/w:t>/,
      );
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(odd).toMatch(/<w:ind w:right="280"\/><w:jc w:val="right"\/>/);
    expect(even).toMatch(/<w:ind w:left="280"\/><w:jc w:val="left"\/>/);
  });

  it('names each official font with its fallback in the font table', () => {
    const fonts = r.parts.get('word/fontTable.xml')!;
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>');
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
  });

  it('sets tables in 4号仿宋 with the header row repeated on every page', () => {
    if (!r.model.blocks.some((b) => b.kind === 'table')) return;
    expect(r.doc).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    const cells = [...r.doc.matchAll(/<w:tc>.*?<\/w:tc>/g)].map((m) => m[0]);
    for (const cell of cells.slice(0, 20)) expect(cell).not.toMatch(/<w:sz w:val="(3[0-9]|4[0-9])"\/>/);
  });
}

/** The red mark and the 版记 of minutes and briefs; the chart of a report. */
function officialPartTests(c: DocxCase, r: Rendered): void {
  if (c.document === 'minutes' || c.document === 'brief') {
    it('has the red mark, centred', () => {
      const mark = r.model.blocks.find((b) => b.kind === 'mark')! as { text: string };
      const props = runPropsOf(r.doc, mark.text.slice(0, 2));
      expect(props).toContain('<w:color w:val="FF0000"/>');
      expect(props).toContain('w:eastAsia="方正小标宋简体"');
      // A 纪要's mark is as large as a title; a 简报's masthead (工作简报) is 小初.
      expect(props).toContain(c.document === 'brief' ? '<w:sz w:val="72"/>' : '<w:sz w:val="44"/>');
    });

    it('ends with the 版记 between rules (thick first and last, thin between) at the foot of the page', () => {
      const imprint = /<w:tbl><w:tblPr><w:tblpPr [^>]*w:tblpYSpec="bottom"[^>]*\/>.*?<\/w:tbl>/.exec(r.doc)?.[0];
      expect(imprint).toBeDefined();
      expect(imprint).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"\/>/);
      expect(imprint).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"\/>/);
      expect(imprint).toMatch(/<w:insideH w:val="single" w:color="000000" w:sz="6"\/>/);
      expect(imprint).toMatch(/<w:sz w:val="28"\/>/);
    });
  }

  if (c.document === 'supervision')
    it('ends with the issuer on a line of its own and the date under it, four characters in from the right', () => {
      const [issuer, date] = (r.model.blocks.find((b) => b.kind === 'signature') as { lines: readonly string[] }).lines;
      const paragraphs = [...r.doc.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]).slice(-2);
      expect(paragraphs.map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))).toEqual([issuer, date]);
      const rightIndent = (p: string): number => Number(/<w:ind w:right="(\d+)"\/>/.exec(p)![1]);
      expect(rightIndent(paragraphs[1]!)).toBe(Math.round(4 * CHAR));
      // The issuer is longer than the date: as near the date's centre as the right edge allows.
      expect(rightIndent(paragraphs[0]!)).toBeLessThan(Math.round(4 * CHAR));
    });

  if (c.document === 'report')
    it('carries the chart as a PNG picture', () => {
      expect([...r.parts.keys()].some((name) => /^word\/media\/\w+\.png$/.test(name))).toBe(true);
      expect(r.doc).toContain('<pic:pic');
    });
}

describe('the signature of a .docx (GB/T 9704 7.3.5.1)', () => {
  it('centres a short issuer on the date, which stands four characters in from the right', async () => {
    const model = new DocumentBuilder('zh', '2026-10-16').paragraph('正文。').signature(['县民政局', '2026年10月16日']).build();
    const doc = (await partsOf(await writeDocx(model))).get('word/document.xml')!;
    const indents = [...doc.matchAll(/<w:ind w:right="(\d+)"\/><w:jc w:val="right"\/>/g)].map((m) => Number(m[1]));
    // 县民政局 is four characters wide, 2026年10月16日 seven (its digits are half as wide): 4 + (7 - 4) / 2.
    expect(indents).toEqual([Math.round(5.5 * CHAR), Math.round(4 * CHAR)]);
  });
});

/** The golden, the same bytes again, and the same text as the Markdown. */
function wholeDocumentTests(c: DocxCase, lang: Lang, r: Rendered): void {
  it('matches its golden word/document.xml', () => {
    expectGolden(GOLDEN, `${c.file}.${lang}.document.xml`, prettyXml(r.doc));
  });

  it('is the same bytes when rendered again, with the document date in the package', async () => {
    expect(Buffer.from(await writeDocx(await buildCase(c, lang))).equals(Buffer.from(r.bytes))).toBe(true);
    expect(r.parts.get('docProps/core.xml')).toContain(
      `<dcterms:created xsi:type="dcterms:W3CDTF">${r.model.date}T00:00:00Z</dcterms:created>`,
    );
  });

  it('says what the Markdown says, paragraph by paragraph', () => {
    expect(docxParagraphs(r.doc).map(sameSpacing)).toEqual(markdownParagraphs(writeMarkdown(r.model)).map(sameSpacing));
  });
}
