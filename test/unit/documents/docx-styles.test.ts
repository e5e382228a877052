import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../../server/documents/index.js";
import { documentXmlToLines } from "../../../server/documents/decode/docx-text.js";
import { parseNumbering, parseStyles } from "../../../server/documents/decode/docx-styles.js";
import { buildDocx, documentXml, p, table } from "../../fixtures/documents/build-docx.js";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const part = (root: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:${root} xmlns:w="${W_NS}">${body}</w:${root}>`;
// Chinese Word writes style ids "1", "2" and keeps the English style names in styles.xml.
const STYLES = part(
  "styles",
  '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 2"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Outline"><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Child"><w:basedOn w:val="1"/></w:style>',
);
const NUMBERING = part(
  "numbering",
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>',
);
const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const numbered = (level: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe(".docx styles → line features", () => {
  const styles = parseStyles(STYLES);

  it("should read heading levels from style names, outline levels and inheritance", () => {
    const lines = documentXmlToLines(documentXml(styled("1", "岗位说明书") + styled("a3", "岗位职责") + styled("Outline", "细则") + styled("Child", "继承") + p("正文")), styles);
    expect(lines.map((l) => [l.text, l.heading])).toEqual([["岗位说明书", 1], ["岗位职责", 2], ["细则", 3], ["继承", 1], ["正文", undefined]]);
  });

  it("should know Heading1 style ids without styles.xml", () => {
    expect(documentXmlToLines(documentXml(styled("Heading2", "Requirements")))[0]!.heading).toBe(2);
  });

  it("should take bold and size from the style and from runs, bold only when every run is", () => {
    const xml = documentXml(
      styled("1", "标题") +
        '<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>任职要求</w:t></w:r></w:p>' +
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>学历</w:t></w:r><w:r><w:t>本科</w:t></w:r></w:p>' +
        '<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>不加粗</w:t></w:r></w:p>',
    );
    expect(documentXmlToLines(xml, styles).map((l) => [l.bold, l.fontSize])).toEqual([[true, 16], [true, 14], [undefined, undefined], [undefined, undefined]]);
  });

  it("should read numbered paragraphs as list items, ordered or bulleted by their level's format", () => {
    const lines = documentXmlToLines(documentXml(numbered(0, "负责招聘") + numbered(1, "校园招聘")), new Map(), parseNumbering(NUMBERING));
    expect(lines.map((l) => l.list)).toEqual([
      { marker: "1.", ordered: true, level: 0 },
      { marker: "•", ordered: false, level: 1 },
    ]);
  });

  it("should mark table rows and further paragraphs of a cell", () => {
    const lines = documentXmlToLines(documentXml(table([["学历", "本科"], ["岗位职责", ["1. 招聘", "2. 培训"]]])));
    expect(lines.map((l) => [l.text, l.cells, l.table])).toEqual([
      ["学历\t本科", ["学历", "本科"], { table: 0, row: 0 }],
      ["岗位职责\t1. 招聘", ["岗位职责", "1. 招聘"], { table: 0, row: 1 }],
      ["2. 培训", undefined, { table: 0, row: 1, col: 1 }],
    ]);
  });

  it("should count pages at page breaks", () => {
    const xml = documentXml('<w:p><w:r><w:t>一</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t>二</w:t></w:r></w:p><w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>三</w:t></w:r></w:p>');
    expect(documentXmlToLines(xml).map((l) => [l.text, l.page, l.pageBreakBefore])).toEqual([["一", 1, undefined], ["二", 2, true], ["三", 3, true]]);
  });

  it("should read styles.xml and numbering.xml from the package, the text showing the list numbers Word shows", async () => {
    const docx = await buildDocx(documentXml(styled("1", "行政主管") + numbered(0, "负责行政事务")), { "word/styles.xml": STYLES, "word/numbering.xml": NUMBERING });
    const decoded = await decodeDocument(docx);
    expect(decoded.text).toBe("行政主管\n1. 负责行政事务");
    expect(decoded.lines.map((l) => [l.heading, l.list?.ordered])).toEqual([[1, undefined], [undefined, true]]);
  });
});
