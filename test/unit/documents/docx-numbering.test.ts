import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../../server/documents/index.js";
import { formatNumber } from "../../../server/documents/decode/docx-numbering.js";
import { documentXmlToLines } from "../../../server/documents/decode/docx-text.js";
import { parseNumbering, parseStyles } from "../../../server/documents/decode/docx-styles.js";
import { buildDocx, documentXml, p } from "../../fixtures/documents/build-docx.js";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const part = (root: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:${root} xmlns:w="${W_NS}">${body}</w:${root}>`;
const lvl = (ilvl: number, format: string, text: string, extra = "") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}<w:pPr><w:ind w:left="420"/></w:pPr></w:lvl>`;
const item = (numId: number, ilvl: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const texts = (xml: string, numbering: string, styles?: string) =>
  documentXmlToLines(documentXml(xml), styles ? parseStyles(part("styles", styles)) : new Map(), parseNumbering(part("numbering", numbering))).map((l) => l.text);

describe("Word automatic numbering", () => {
  // An outline list (一、 / （一） / 1.) and a one-level list whose instances each restart at 1.
  const outline =
    `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%2）")}${lvl(2, "decimal", "%3.")}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${lvl(0, "decimal", "%1)")}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';

  it("shows each paragraph's number as Word does, lower levels restarting under a higher one", () => {
    const xml = [item(1, 0, "岗位设置"), item(1, 1, "市场部　品牌专员"), item(1, 2, "负责品牌推广"), item(1, 2, "维护媒体关系"), item(1, 1, "财务部　出纳"), item(1, 2, "负责现金收付"), item(1, 0, "报名方式")].join("");
    expect(texts(xml, outline)).toEqual(["一、岗位设置", "（一）市场部　品牌专员", "1. 负责品牌推广", "2. 维护媒体关系", "（二）财务部　出纳", "1. 负责现金收付", "二、报名方式"]);
  });

  it("continues a list across its instances unless one restarts it (w:startOverride)", () => {
    const xml = [item(2, 0, "a"), item(2, 0, "b"), p("要求"), item(2, 0, "c"), item(3, 0, "d"), item(3, 0, "e")].join("");
    expect(texts(xml, outline)).toEqual(["1) a", "2) b", "要求", "3) c", "1) d", "2) e"]);
  });

  it("keeps the number in the line's list marker and level", () => {
    const lines = documentXmlToLines(documentXml(item(1, 0, "招聘岗位") + item(1, 1, "会计")), new Map(), parseNumbering(part("numbering", outline)));
    expect(lines.map((l) => l.list)).toEqual([{ marker: "一、", ordered: true, level: 0 }, { marker: "（一）", ordered: true, level: 1 }]);
  });

  it("numbers paragraphs through their style's list (a heading linked to a multilevel list)", () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const heading = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    expect(texts(heading("Job Purpose") + p("text") + heading("Key Duties"), outline, styles)).toEqual(["一、Job Purpose", "text", "二、Key Duties"]);
  });

  it("renders multi-level, legal, letter and roman numbers, and the suffix Word puts after them", () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2", '<w:suff w:val="space"/>')}${lvl(2, "lowerLetter", "(%3)", '<w:suff w:val="nothing"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, "upperRoman", "%1.")}${lvl(1, "lowerRoman", "%1.%2", "<w:isLgl/>")}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const xml = [item(1, 0, "Role"), item(1, 1, "Duties"), item(1, 2, "plan"), item(1, 2, "report"), item(1, 1, "Skills"), item(2, 0, "A"), item(2, 0, "B"), item(2, 1, "C")].join("");
    expect(texts(xml, numbering)).toEqual(["1. Role", "1.1 Duties", "(a)plan", "(b)report", "1.2 Skills", "I. A", "II. B", "2.1 C"]);
  });

  it("leaves bullets out of the text and an empty numbered paragraph out of the lines, counting it", () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, "bullet", "")}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl(0, "decimal", "%1、")}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const lines = documentXmlToLines(documentXml(item(1, 0, "Excel") + item(2, 0, "甲") + item(2, 0, "") + item(2, 0, "丙")), new Map(), parseNumbering(part("numbering", numbering)));
    expect(lines.map((l) => [l.text, l.list?.marker])).toEqual([["Excel", "•"], ["1、甲", "1、"], ["3、丙", "3、"]]);
  });

  it("reads a level redefined by a numbering instance (w:lvlOverride with w:lvl) and a list linked through a list style", () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="JDList"/>${lvl(0, "decimal", "%1.")}</w:abstractNum>` +
      '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="JDList"/></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>' +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, "decimalEnclosedCircle", "%1")}</w:lvlOverride></w:num>`;
    expect(texts(item(1, 0, "负责") + item(2, 0, "熟悉"), numbering)).toEqual(["1. 负责", "①熟悉"]);
  });

  it("ignores the numbering a tracked formatting change replaced (w:pPrChange)", () => {
    const xml = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:pPrChange w:id="1" w:author="a"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
    expect(texts(xml, outline)).toEqual(["1) x"]);
  });

  it("formats counts in Word's number formats", () => {
    expect([1, 10, 11, 20, 21, 105].map((n) => formatNumber(n, "chineseCounting"))).toEqual(["一", "十", "十一", "二十", "二十一", "一百零五"]);
    expect([3, 12].map((n) => formatNumber(n, "chineseLegalSimplified"))).toEqual(["叁", "壹拾贰"]);
    expect([1, 26, 27].map((n) => formatNumber(n, "lowerLetter"))).toEqual(["a", "z", "aa"]);
    expect([4, 9, 14].map((n) => formatNumber(n, "upperRoman"))).toEqual(["IV", "IX", "XIV"]);
    expect([formatNumber(3, "ideographTraditional"), formatNumber(2, "decimalEnclosedCircle"), formatNumber(7, "decimalFullWidth"), formatNumber(2, "ordinal")]).toEqual(["丙", "②", "７", "2nd"]);
  });

  it("puts the numbers in the decoded text of a .docx", async () => {
    const numbering = part("numbering", outline);
    const docx = await buildDocx(documentXml(item(1, 0, "招聘岗位") + item(1, 1, "信息技术部　测试工程师") + item(3, 0, "负责测试")), { "word/numbering.xml": numbering });
    expect((await decodeDocument(docx)).text).toBe("一、招聘岗位\n（一）信息技术部　测试工程师\n1) 负责测试");
  });
});
