import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../../server/documents/index.js";
import { sheetRecords, spreadsheetRows } from "../../../server/documents/lines/spreadsheet-text.js";
import { readPlainText } from "../../../server/documents/lines/text-lines.js";
import { parsePositions } from "../../../server/positions/parse.js";

// A sheet as Excel's "Unicode text" writes it: tab-separated, CRLF between records, LF inside a quoted cell.
const sheet = [
  "岗位\t人数\t工作内容\t要求",
  '仓库主管\t1\t"1、统筹出入库\n2、盘点库存"\t"大专以上学历\n3年以上仓储管理经验"',
  '叉车司机\t2\t负责装卸货物\t"持叉车证\n能适应夜班"',
].join("\r\n");

describe("spreadsheetRows", () => {
  it("writes a record's first cell lines as one row and each cell's further lines under its column", () => {
    expect(spreadsheetRows(sheet)!.text.split("\n")).toEqual([
      "岗位\t人数\t工作内容\t要求",
      "仓库主管\t1\t1、统筹出入库\t大专以上学历",
      "\t\t2、盘点库存",
      "\t\t\t3年以上仓储管理经验",
      "叉车司机\t2\t负责装卸货物\t持叉车证",
      "\t\t\t能适应夜班",
    ]);
  });

  it("places each written line in the table: rows, and further lines by column", () => {
    expect(spreadsheetRows(sheet)!.at).toEqual([
      { table: 0, row: 0 }, { table: 0, row: 1 }, { table: 0, row: 1, col: 2 }, { table: 0, row: 1, col: 3 }, { table: 0, row: 2 }, { table: 0, row: 2, col: 3 },
    ]);
  });

  it("keeps a quote written inside a cell and a doubled quote as one", () => {
    const text = 'a\tb\n6" pipe\t"say ""hi""\nthen go"';
    expect(spreadsheetRows(text)!.text.split("\n")).toEqual(["a\tb", '6" pipe\tsay "hi"', "\tthen go"]);
  });

  it("leaves text alone that is not a sheet with a multi-line cell", () => {
    // No quoted cell with a line break: each row is already a line.
    expect(spreadsheetRows("岗位\t人数\n会计\t1")).toBeNull();
    // A quotation in prose, with a tab somewhere: records of unequal width.
    expect(spreadsheetRows('标题\n他说\t"你好\n再见"\t然后\n结束')).toBeNull();
    expect(spreadsheetRows('一行"引号\n开始\t第二行')).toBeNull();
  });

  it("is what the plain-text reader gives for such a sheet, its lines placed in the table", () => {
    const { text, lines } = readPlainText({ text: sheet });
    expect(text).toBe(spreadsheetRows(sheet)!.text);
    expect(lines.map((l) => [l.text, l.indent, l.table?.col])).toEqual([
      ["岗位\t人数\t工作内容\t要求", 0, undefined],
      ["仓库主管\t1\t1、统筹出入库\t大专以上学历", 0, undefined],
      ["2、盘点库存", 0, 2],
      ["3年以上仓储管理经验", 0, 3],
      ["叉车司机\t2\t负责装卸货物\t持叉车证", 0, undefined],
      ["能适应夜班", 0, 3],
    ]);
  });

  it("reads each record of a UTF-16 sheet as one position, its cells' lines kept with it", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(sheet, "utf16le")]);
    const { text } = await decodeDocument(bytes, { filename: "岗位.txt" });
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["仓库主管", "叉车司机"]);
    expect(positions[0]!.responsibilities).toEqual(["统筹出入库", "盘点库存"]);
    expect(positions[0]!.requirements.experience.minYears).toBe(3);
    expect(positions[0]!.requirements.education.minLevel).toBe("associate");
    expect(positions[1]!.requirements.certifications.map((c) => c.name)).toContain("叉车证");
    expect(text).not.toContain('"');
  });
});

describe("a sheet saved as CSV", () => {
  // Excel's "CSV UTF-8": a BOM, CRLF records, a title row padded with empty cells, quoted cells holding commas and LF line breaks.
  const excel = [
    "\ufeff2027年春季招聘计划(华东区),,,,",
    ",,,,",
    "职位,部门,人数,工作职责,任职要求",
    '质检员,品质部,3,"1.负责来料检验\n2.填写检验记录","1.中专以上学历\n2.1年以上质检经验,能看懂图纸"',
    "叉车工,仓储部,2,负责装卸,持叉车证",
  ].join("\r\n");

  it("is read by the comma, its title row's padding and the blank row dropped, each cell's further lines under its column", () => {
    expect(spreadsheetRows(excel)!.text.split("\n")).toEqual([
      "2027年春季招聘计划(华东区)",
      "职位\t部门\t人数\t工作职责\t任职要求",
      "质检员\t品质部\t3\t1.负责来料检验\t1.中专以上学历",
      "\t\t\t2.填写检验记录",
      "\t\t\t\t2.1年以上质检经验,能看懂图纸",
      "叉车工\t仓储部\t2\t负责装卸\t持叉车证",
    ]);
  });

  it("is read by the semicolon where the sheet's locale writes decimal commas", () => {
    const text = "Stelle;Abteilung;Anzahl;Gehalt\nLagerist;Logistik;2;2,5k-3,1k\nFahrer;Logistik;1;\"3,0k\nplus Zulagen\"";
    expect(sheetRecords(text)!.delimiter).toBe(";");
    expect(spreadsheetRows(text)!.text.split("\n")).toEqual(["Stelle\tAbteilung\tAnzahl\tGehalt", "Lagerist\tLogistik\t2\t2,5k-3,1k", "Fahrer\tLogistik\t1\t3,0k", "\t\t\tplus Zulagen"]);
  });

  it("may have a title and a note of one cell above its header and below its rows", () => {
    const text = "Hiring plan Q3\nRole,Team,Openings,Location\nQA Engineer,Platform,2,Austin\nSRE,Infra,1,Remote\nContact hr@example.com";
    expect(sheetRecords(text)!.records.map((r) => r.length)).toEqual([1, 4, 4, 4, 1]);
  });

  it("is not prose that has commas: a note between rows, spaces after the commas, list items", () => {
    // Headings between comma lines: prose, not one sheet.
    expect(sheetRecords("Skills\nReact,Vue,Angular\nTools\nGit,Jira,Figma")).toBeNull();
    // "a, b, c" is how prose lists; a spreadsheet writes no space after its delimiter.
    expect(sheetRecords("Requirements:\nReact, TypeScript, Node\nAWS, Docker, Kubernetes")).toBeNull();
    expect(sheetRecords("Requirements:\n- React,TypeScript,Node\n- AWS,Docker,Kubernetes")).toBeNull();
    // Records of unequal width.
    expect(sheetRecords("岗位,人数,学历\n会计,1\n出纳,1,大专,女")).toBeNull();
    // Two fields are no evidence a comma splits cells.
    expect(sheetRecords("Note,see below\nCall,now")).toBeNull();
  });

  it("gives the same reading through the .csv upload format, declared by name or media type", async () => {
    const bytes = new TextEncoder().encode(excel);
    const byName = await decodeDocument(bytes, { filename: "招聘计划.csv" });
    expect(byName.format).toBe("csv");
    expect(byName.text).toBe(spreadsheetRows(excel)!.text);
    expect((await decodeDocument(bytes, { mediaType: "text/csv; charset=utf-8" })).format).toBe("csv");
    // Undeclared, the same text is read the same way and stays plain text.
    const plain = await decodeDocument(bytes, { filename: "招聘计划.txt" });
    expect([plain.format, plain.text]).toEqual(["txt", byName.text]);
  });

  it("reads each row of an Excel CSV as a position, the title row above the header no position", async () => {
    const { text } = await decodeDocument(new TextEncoder().encode(excel), { filename: "plan.csv" });
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["质检员", "叉车工"]);
    expect(positions[0]!.department).toBe("品质部");
    expect(positions[0]!.responsibilities).toEqual(["负责来料检验", "填写检验记录"]);
    expect(positions[0]!.requirements.experience.minYears).toBe(1);
    expect(positions[1]!.requirements.certifications.map((c) => c.name)).toContain("叉车证");
  });
});
