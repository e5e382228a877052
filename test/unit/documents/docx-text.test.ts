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

describe("merged table cells", () => {
  const tc = (text: string, props = "") => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}${p(text)}</w:tc>`;
  const tbl = (rows: string[][]) => `<w:tbl>${rows.map((r) => `<w:tr>${r.join("")}</w:tr>`).join("")}</w:tbl>`;

  it("repeats a cell merged down (w:vMerge) in every row it spans, so each row keeps the header's columns", () => {
    const xml = documentXml(
      tbl([
        [tc("部门"), tc("岗位"), tc("人数")],
        [tc("研发中心", '<w:vMerge w:val="restart"/>'), tc("嵌入式软件工程师"), tc("2")],
        [tc("", "<w:vMerge/>"), tc("硬件工程师"), tc("1")],
        [tc("", '<w:vMerge w:val="continue"/>'), tc("测试工程师"), tc("1")],
        [tc("质量部"), tc("质量工程师"), tc("1")],
      ]),
    );
    expect(documentXmlToText(xml).split("\n")).toEqual(["部门\t岗位\t人数", "研发中心\t嵌入式软件工程师\t2", "研发中心\t硬件工程师\t1", "研发中心\t测试工程师\t1", "质量部\t质量工程师\t1"]);
  });

  it("finds the cell above by grid column, counting cells that span columns (w:gridSpan)", () => {
    const xml = documentXml(
      tbl([
        [tc("说明", '<w:gridSpan w:val="2"/>'), tc("部门", '<w:vMerge w:val="restart"/>')],
        [tc("甲"), tc("乙"), tc("", "<w:vMerge/>")],
      ]),
    );
    expect(documentXmlToText(xml).split("\n")).toEqual(["说明\t部门", "甲\t乙\t部门"]);
  });

  it("leaves an empty cell that is not merged empty", () => {
    const xml = documentXml(tbl([[tc("岗位"), tc("人数")], [tc("出纳"), tc("")]]));
    expect(documentXmlToText(xml).split("\n")).toEqual(["岗位\t人数", "出纳"]);
  });
});

describe("a Word hiring plan whose department cells are merged down, read end to end", () => {
  it("gives every post in the merged rows, each with its department", async () => {
    const { buildDocx } = await import("../../fixtures/documents/build-docx.js");
    const { decodeDocument } = await import("../../../server/documents/index.js");
    const { parsePositions } = await import("../../../server/positions/parse.js");
    const tc = (text: string, props = "") => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}${p(text)}</w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
    const body =
      p("2027年门店招聘需求表") +
      `<w:tbl>${row(tc("部门"), tc("岗位名称"), tc("人数"), tc("学历要求"), tc("工作经验"))}` +
      row(tc("华东大区", '<w:vMerge w:val="restart"/>'), tc("店长"), tc("2"), tc("大专"), tc("3年")) +
      row(tc("", "<w:vMerge/>"), tc("收银员"), tc("4"), tc("高中"), tc("不限")) +
      row(tc("", "<w:vMerge/>"), tc("仓管员"), tc("1"), tc("中专"), tc("1年")) +
      row(tc("华南大区", '<w:vMerge w:val="restart"/>'), tc("区域督导"), tc("1"), tc("本科"), tc("5年")) +
      "</w:tbl>";
    const doc = await decodeDocument(await buildDocx(documentXml(body)), { filename: "plan.docx" });
    const positions = parsePositions(doc.text).positions;
    expect(positions.map((x) => [x.title, x.department, x.requirements.education.minLevel, x.requirements.experience.minYears])).toEqual([
      ["店长", "华东大区", "associate", 3],
      ["收银员", "华东大区", "high_school", null],
      ["仓管员", "华东大区", "high_school", 1],
      ["区域督导", "华南大区", "bachelor", 5],
    ]);
  });
});

describe("a grid cell of several paragraphs", () => {
  const tc = (...paras: string[]) => `<w:tc>${paras.map(p).join("")}</w:tc>`;
  const tbl = (rows: string[][]) => `<w:tbl>${rows.map((r) => `<w:tr>${r.join("")}</w:tr>`).join("")}</w:tbl>`;

  it("leads the cell's further paragraphs with a tab per column passed in a grid of five or more cells", () => {
    const xml = documentXml(tbl([[tc("序号"), tc("岗位"), tc("人数"), tc("学历"), tc("要求")], [tc("1"), tc("药剂师"), tc("2"), tc("本科"), tc("具有药师资格证", "2年以上医院药房经验")]]));
    expect(documentXmlToText(xml).split("\n")).toEqual(["序号\t岗位\t人数\t学历\t要求", "1\t药剂师\t2\t本科\t具有药师资格证", "\t\t\t\t2年以上医院药房经验"]);
  });

  it("keeps a form row's list plain", () => {
    const xml = documentXml(tbl([[tc("岗位职责"), tc("1. 负责门诊药房调剂", "2. 管理药品库存")]]));
    expect(documentXmlToText(xml).split("\n")).toEqual(["岗位职责\t1. 负责门诊药房调剂", "2. 管理药品库存"]);
  });

  it("reads every post of an annex table whose cells run over two paragraphs, and no post from an empty registration form", async () => {
    const { buildDocx } = await import("../../fixtures/documents/build-docx.js");
    const { decodeDocument } = await import("../../../server/documents/index.js");
    const { parsePositions } = await import("../../../server/positions/parse.js");
    const body =
      p("附件1 岗位一览表") +
      tbl([
        [tc("序号"), tc("科室"), tc("岗位名称"), tc("人数"), tc("学历"), tc("其他要求")],
        [tc("1"), tc("药剂科"), tc("药剂师"), tc("2"), tc("本科及以上"), tc("具有药师资格证书", "2年以上二级医院药房工作经历")],
        [tc("2"), tc("检验科"), tc("检验技师"), tc("1"), tc("大专及以上"), tc("具有检验技士资格证书")],
        [tc("3"), tc("康复科"), tc("康复治疗师"), tc("2"), tc("本科及以上"), tc("具有康复医学治疗技术资格证书", "应届毕业生可报名")],
      ]) +
      p("附件2 报名登记表") +
      tbl([[tc("姓名"), tc(""), tc("性别"), tc("")], [tc("应聘岗位"), tc(""), tc("政治面貌"), tc("")], [tc("联系电话"), tc(""), tc("毕业院校"), tc("")]]);
    const doc = await decodeDocument(await buildDocx(documentXml(body)), { filename: "annex.docx" });
    const positions = parsePositions(doc.text).positions;
    expect(positions.map((x) => x.title)).toEqual(["药剂师", "检验技师", "康复治疗师"]);
    expect(positions[0]!.requirements.experience.minYears).toBe(2);
  });
});

describe("tracked changes read as accepted", () => {
  const del = (text: string) => `<w:del w:id="1" w:author="a"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
  const ins = (text: string) => `<w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:ins>`;

  it("drops a deleted paragraph whole, leaving no blank line, and keeps an inserted one", () => {
    const deletedParagraph = `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>${del("3. 熟悉SAP")}</w:p>`;
    const xml = documentXml(p("2. 本科及以上学历") + deletedParagraph + `<w:p>${ins("3. 熟悉Oracle")}</w:p>` + `<w:p><w:r><w:t>4. 英语</w:t></w:r>${del("六级")}${ins("四级")}</w:p>`);
    expect(documentXmlToText(xml)).toBe("2. 本科及以上学历\n3. 熟悉Oracle\n4. 英语四级");
  });

  it("reads moved text where the move put it", () => {
    const xml = documentXml(
      `<w:p><w:moveFrom w:id="4" w:author="a"><w:r><w:t>Python</w:t></w:r></w:moveFrom><w:r><w:t>SQL</w:t></w:r></w:p>` +
        `<w:p><w:moveTo w:id="5" w:author="a"><w:r><w:t>Python</w:t></w:r></w:moveTo></w:p>`,
    );
    expect(documentXmlToText(xml)).toBe("SQL\nPython");
  });
});
