import { describe, expect, it } from "vitest";
import { DocumentRejected } from "../../../server/errors.js";
import { documentXmlToText } from "../../../server/documents/decode/docx-text.js";
import { documentXml, p, table } from "../../fixtures/documents/build-docx.js";

describe("documentXmlToText", () => {
  it("should turn paragraphs into lines and keep tabs and line breaks", () => {
    expect(documentXmlToText(documentXml(p("岗位名称：\t行政主管") + p("") + p("任职要求：\n本科及以上")))).toBe(
      "岗位名称：\t行政主管\n\n任职要求：\n本科及以上",
    );
  });

  it("should read runs split across formatting as one paragraph", () => {
    const xml = documentXml('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>学历</w:t></w:r><w:r><w:t xml:space="preserve">要求： 本科</w:t></w:r></w:p>');
    expect(documentXmlToText(xml)).toBe("学历要求： 本科");
  });

  it("should skip deleted revisions and field codes", () => {
    const xml = documentXml(
      '<w:p><w:del><w:r><w:delText>硕士</w:delText></w:r></w:del><w:r><w:t>本科</w:t></w:r>' +
        '<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>',
    );
    expect(documentXmlToText(xml)).toBe("本科");
  });

  it("should write a table row per line with cells joined by tabs", () => {
    expect(documentXmlToText(documentXml(table([["Job Title", "Sales Manager"], ["Education", "Bachelor's degree"]])))).toBe(
      "Job Title\tSales Manager\nEducation\tBachelor's degree",
    );
  });

  it("should put a multi-paragraph cell's further paragraphs on their own lines", () => {
    const xml = documentXml(table([["任职要求", ["1. 本科及以上学历", "2. 三年以上经验"]]]));
    expect(documentXmlToText(xml)).toBe("任职要求\t1. 本科及以上学历\n2. 三年以上经验");
  });

  it("should place a nested table's rows inside the cell that holds it", () => {
    const inner = table([["学历", "本科"]]);
    const xml = documentXml(`<w:tbl><w:tr><w:tc>${p("要求")}</w:tc><w:tc>${inner}${p("其他")}</w:tc></w:tr></w:tbl>` + p("完"));
    expect(documentXmlToText(xml)).toBe("要求\t学历\t本科\n其他\n完");
  });

  it("should read WordprocessingML under any namespace prefix", () => {
    const xml = '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>大专</x:t></x:r></x:p></x:body></x:document>';
    expect(documentXmlToText(xml)).toBe("大专");
  });

  it("should refuse a DOCTYPE", () => {
    const xml = documentXml(p("x"), '<!DOCTYPE w:document SYSTEM "http://example.com/evil.dtd">\n');
    expect(() => documentXmlToText(xml)).toThrow(DocumentRejected);
    expect(() => documentXmlToText(xml)).toThrow(expect.objectContaining({ reason: "doctype" }));
  });
});
