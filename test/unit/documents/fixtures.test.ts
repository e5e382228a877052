import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../../server/documents/decode/index.js";
import { buildDocx, documentXml, p } from "../../fixtures/documents/build-docx.js";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url)));

const cases = [
  {
    file: "admin-manager.gbk.txt",
    format: "txt",
    encoding: "gb18030",
    phrases: ["岗位名称：行政主管", "大专及以上学历", "3年以上行政工作经验"],
  },
  {
    file: "accounting-supervisor.big5.txt",
    format: "txt",
    encoding: "big5",
    phrases: ["職務名稱：會計主管", "大學以上學歷", "五年以上會計工作經驗"],
  },
  {
    file: "hr-specialist.utf16le-bom.txt",
    format: "txt",
    encoding: "utf-16le",
    phrases: ["岗位名称：人力资源专员", "本科及以上学历", "2年以上人力资源相关工作经验"],
  },
  {
    file: "software-engineer.utf16be.txt",
    format: "txt",
    encoding: "utf-16be",
    phrases: ["職務名稱：資深軟體工程師", "大學以上學歷", "三年以上軟體開發經驗", "Kubernetes"],
  },
  {
    file: "purchasing-supervisor.utf8-bom.txt",
    format: "txt",
    encoding: "utf-8",
    phrases: ["岗位名称：采购主管", "本科及以上学历", "5年以上制造业采购经验"],
  },
  {
    file: "sales-manager.en.txt",
    format: "txt",
    encoding: "utf-8",
    phrases: ["Job Title: Sales Manager", "Bachelor's degree in Business Administration", "At least 5 years of B2B sales experience"],
  },
  {
    file: "admin-manager.docx",
    format: "docx",
    encoding: "utf-8",
    phrases: ["岗位名称\t行政主管\t所属部门\t行政部", "学历要求\t大专及以上学历", "工作经验\t3年以上行政工作经验", "\n2. 负责办公用品", "其他要求：\t熟练使用Office办公软件\n持有C1驾照者优先"],
  },
  {
    file: "accounting-supervisor.doc",
    format: "doc",
    encoding: "unicode",
    phrases: ["職務名稱：會計主管", "大學以上學歷，會計、財務金融相關科系畢業", "五年以上會計工作經驗"],
  },
  {
    file: "admin-manager.pdf",
    format: "pdf",
    encoding: "unicode",
    phrases: ["岗位名称\t行政主管\t所属部门\t行政部", "学历要求\t大专及以上学历", "3年以上行政工作经验，其中1年以上团队管理经验"],
  },
  {
    file: "admin-assistant.cmap.pdf",
    format: "pdf",
    encoding: "unicode",
    phrases: ["岗位名称：行政助理\n学历要求：大专及以上学历\n工作经验：1年以上文秘工作经验"],
  },
] as const;

describe("decodeDocument on the committed fixtures", () => {
  it.each(cases)("should read $file as $format in $encoding", async ({ file, format, encoding, phrases }) => {
    const decoded = await decodeDocument(fixture(file));
    expect(decoded.format).toBe(format);
    expect(decoded.encoding).toBe(encoding);
    for (const phrase of phrases) expect(decoded.text).toContain(phrase);
    expect(decoded.text).not.toContain("\uFEFF");
    expect(decoded.text).not.toContain("\r");
    expect(decoded.warnings).toEqual([]);
  });

  it("should keep one line per table row and per paragraph in a .docx", async () => {
    const { text } = await decodeDocument(fixture("admin-manager.docx"));
    expect(text.split("\n")).toEqual([
      "岗位说明书",
      "岗位名称\t行政主管\t所属部门\t行政部",
      "直接上级\t行政经理\t直接下级\t前台接待、行政专员",
      "学历要求\t大专及以上学历，行政管理、工商管理等相关专业",
      "工作经验\t3年以上行政工作经验，其中1年以上团队管理经验",
      "岗位职责\t1. 制定并完善公司行政管理制度，监督各部门执行情况；",
      "2. 负责办公用品、固定资产的采购、登记与盘点；",
      "3. 组织公司会议、年会及员工活动，做好会务安排。",
      "其他要求：\t熟练使用Office办公软件",
      "持有C1驾照者优先",
    ]);
  });

  it("should warn when a text body holds bytes that do not decode", async () => {
    const bytes = new Uint8Array([...fixture("admin-manager.gbk.txt"), 0xff]);
    const decoded = await decodeDocument(bytes);
    expect(decoded.encoding).toBe("gb18030");
    expect(decoded.text).toContain("岗位名称：行政主管");
    expect(decoded.warnings).toEqual([expect.stringMatching(/^replacement_characters/)]);
  });

  it("should read a .docx whose document.xml is UTF-16", async () => {
    const xml = documentXml(p("职位：会计主管"));
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le")]);
    expect((await decodeDocument(await buildDocx(utf16))).text).toBe("职位：会计主管");
  });

  it("should decode more documents at once than it runs workers", async () => {
    const files = ["admin-manager.docx", "accounting-supervisor.doc", "admin-manager.docx", "accounting-supervisor.doc", "admin-manager.docx"];
    const results = await Promise.all(files.map((f) => decodeDocument(fixture(f))));
    expect(results.map((r) => r.format)).toEqual(["docx", "doc", "docx", "doc", "docx"]);
  });

  it("should not detach or alter the caller's bytes", async () => {
    const bytes = fixture("admin-manager.pdf");
    const copy = bytes.slice();
    await decodeDocument(bytes);
    expect(bytes).toEqual(copy);
  });
});
