// The formal 岗位说明书 as a Word file: the same plan as the print view (lib/jd/formal.ts),
// A4, Chinese set in a serif with eastAsia font hints so Word, WPS and LibreOffice pick a
// Chinese face, a running header with the title and a footer 第 N 页 共 M 页.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, FormalDoc } from './formal';

const FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '宋体',
  hint: 'eastAsia',
};
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', hint: 'eastAsia' };
/** A4 in twentieths of a point; the text width is A4 less 2 × 1800 twips of margin. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1440;
const TEXT_WIDTH = A4.width - 2 * MARGIN;

const para = (text: string, opts: { bold?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    children: lines(text, opts.bold ? { bold: true } : {}),
    spacing: { after: 80 },
    ...(opts.indent ? { indent: { left: 420 } } : {}),
  });

/** A text's line breaks as breaks inside one paragraph. */
function lines(text: string, opts: { bold?: boolean } = {}): TextRun[] {
  return text
    .split('\n')
    .map((t, i) => new TextRun({ text: t, font: FONT, break: i > 0 ? 1 : 0, ...opts }));
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function table(head: string[] | undefined, rows: string[][], widths: number[]): Table {
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders,
      ...(header || i === 0
        ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } }
        : {}),
      children: [new Paragraph({ children: lines(text, header || i === 0 ? { bold: true } : {}) })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      ...(head
        ? [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: head.map((h, i) => cell(h, i, true)),
            }),
          ]
        : []),
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) }),
      ),
    ],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'p':
      return [para(b.text)];
    case 'sub':
      return [
        new Paragraph({
          children: [new TextRun({ text: b.text, font: HEADING_FONT, bold: true })],
          keepNext: true,
          spacing: { before: 120, after: 60 },
        }),
      ];
    case 'list':
      return b.items.map((t, i) =>
        para(`${b.ordered ? `${(b.start ?? 1) + i}.` : '·'} ${t}`, { indent: true }),
      );
    case 'table': {
      const first = Math.round(TEXT_WIDTH * 0.28);
      const widths =
        b.head.length === 2
          ? [first, TEXT_WIDTH - first]
          : b.head.map(() => Math.floor(TEXT_WIDTH / b.head.length));
      return [table(b.head, b.rows, widths), new Paragraph({ children: [] })];
    }
  }
}

export function jdDocument(doc: FormalDoc): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      heading: HeadingLevel.TITLE,
      spacing: { after: 240 },
      children: [new TextRun({ text: doc.title, font: HEADING_FONT, bold: true, size: 36 })],
    }),
    table(undefined, doc.header, [
      Math.round(TEXT_WIDTH * 0.22),
      TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.22),
    ]),
  ];
  for (const s of doc.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        spacing: { before: 240, after: 120 },
        children: [
          new TextRun({
            text: s.heading,
            font: HEADING_FONT,
            bold: true,
            size: 26,
            color: '000000',
          }),
        ],
      }),
      ...s.blocks.flatMap(block),
    );
  }
  children.push(
    new Paragraph({
      keepNext: true,
      spacing: { before: 240, after: 60 },
      children: [new TextRun({ text: '说明', font: HEADING_FONT, bold: true })],
    }),
    ...doc.notes.map((n) => para(n)),
    new Paragraph({ children: [] }),
  );
  const q = Math.floor(TEXT_WIDTH / 4);
  children.push(
    table(
      undefined,
      doc.signoff.map((k) => [k, '', '日期', '']),
      [q, q, q, TEXT_WIDTH - 3 * q],
    ),
  );

  const small = { size: 18, font: FONT };
  return new Document({
    creator: 'Rolebook',
    title: doc.title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: doc.title, ...small })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
                    ...small,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export function jdDocx(doc: FormalDoc): Promise<Buffer> {
  return Packer.toBuffer(jdDocument(doc));
}
