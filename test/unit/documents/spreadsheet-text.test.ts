import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../../server/documents/index.js";
import { spreadsheetRows } from "../../../server/documents/lines/spreadsheet-text.js";
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
