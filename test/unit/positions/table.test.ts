import { describe, expect, it } from "vitest";
import { cleanDocument } from "../../../server/positions/clean.js";
import { parsePositions } from "../../../server/positions/parse.js";
import { findTables } from "../../../server/positions/table.js";
import { columnScore } from "../../../server/positions/data/table-columns.js";

const tables = (text: string) => findTables(cleanDocument(text));

describe("hiring table headers", () => {
  it("scores a header cell by its strongest column word, a bookkeeping column for less", () => {
    expect(columnScore("学历要求")).toBeGreaterThan(columnScore("备注"));
    expect(columnScore("备注")).toBeGreaterThan(0);
    expect(columnScore("行政部")).toBe(0);
  });

  it("reads no table under a header of bookkeeping columns alone", () => {
    expect(tables(["序号\t岗位\t部门\t备注", "1\t前台接待\t行政部\t长期"].join("\n"))).toEqual([]);
  });

  it("names each row by the header's most specific title column, not the first one it has", () => {
    const grade = ["招聘单位\t职称\t招聘岗位\t人数\t学历\t专业", "市一中\t中级\t高中数学教师\t2\t本科\t数学", "市二中\t初级\t初中英语教师\t1\t本科\t英语"].join("\n");
    expect(tables(grade)[0]!.rows.map((r) => r.title.text)).toEqual(["高中数学教师", "初中英语教师"]);
    const kind = ["岗位\t岗位名称\t人数\t学历要求\t年龄", "管理岗\t办公室文员\t1\t大专\t35岁以下", "技术岗\t网络管理员\t1\t本科\t35岁以下"].join("\n");
    expect(tables(kind)[0]!.rows.map((r) => r.title.text)).toEqual(["办公室文员", "网络管理员"]);
  });

  // A spreadsheet pasted as text: 基本信息 and 任职条件 merged over their columns paste as one cell and empty tabs,
  // 编号 and 说明 have their names above only, and the second row's 用人部门 is merged down (left empty).
  const merged = [
    "编号\t用人部门\t基本信息\t\t任职条件\t\t\t说明",
    "\t\t岗位\t人数\t学历\t年龄\t工作经历\t",
    "A01\t急诊科\t急诊科护士\t3\t大专及以上\t30周岁以下\t2年以上急诊护理经验\t",
    "A02\t\t药剂师\t1\t本科及以上\t35周岁以下\t4年以上医院药房工作经验\t需倒班",
    "总计\t\t\t4\t\t\t\t",
    "报名方式：现场报名",
  ].join("\n");

  it("reads a two-row header column by column and its rows by tab stop", () => {
    const { positions } = parsePositions(merged);
    expect(positions.map((p) => p.title)).toEqual(["急诊科护士", "药剂师"]);
    expect(positions.map((p) => p.requirements.experience.minYears)).toEqual([2, 4]);
    expect(positions.map((p) => p.requirements.education.minLevel)).toEqual(["associate", "bachelor"]);
  });

  it("ends the table at its totals row, which names no position", () => {
    const [table] = tables(merged);
    expect(table!.rows).toHaveLength(2);
    const clean = cleanDocument(merged);
    expect(clean.text.slice(table!.start, table!.end)).toContain("总计");
    expect(clean.text.slice(table!.start, table!.end)).not.toContain("报名方式");
    expect(table!.rows[1]!.body).not.toContain("总计");
  });

  it("puts each cell under its own column when a cell between is empty", () => {
    const [table] = tables(["岗位名称\t人数\t学历\t专业", "出纳\t1\t\t会计学"].join("\n"));
    expect(table!.rows[0]!.body).toContain("专业:会计学");
    expect(table!.rows[0]!.body).not.toContain("学历:");
  });
});

describe("a bilingual hiring table's header", () => {
  it("reads a column named in both scripts by its Chinese name, whichever comes first", () => {
    const notice = [
      "職位空缺 Vacancies (2027)", "誠邀有志人士申請下列職位。",
      "職位 Post\t人數 No.\t要求 Requirements\tDuties 職責",
      "二級助理館長\t1\t持認可大學學位，主修歷史\t策劃展覽",
      "技術員\t2\t香港中學文憑考試五科及格\t維修展品",
      "申請手續 How to Apply",
    ].join("\n");
    expect(tables(notice).flatMap((t) => t.rows.map((r) => r.title.text))).toEqual(["二級助理館長", "技術員"]);
    expect(parsePositions(notice).positions.map((p) => p.title)).toEqual(["二級助理館長", "技術員"]);
  });

  it("leaves a header whose English is no column's name alone", () => {
    expect(tables("職位 Post\t行政主任 Executive Officer\t文員 Clerk\n會計\t出納\t司機")).toEqual([]);
  });
});

describe("a web page's table pasted as text, cells between pipes", () => {
  const page = [
    "【岗位一览】",
    "职位 | 人数 | 学历 | 专业 | 地点",
    "数据分析师 | 2 | 本科 | 统计学、数学 | 杭州",
    "结构工程师 | 1 | 硕士 | 土木工程 | 宁波",
    "",
    "【职位说明】",
    "数据分析师：负责经营数据的整理与建模；要求熟练使用SQL，有Python经验者优先。",
    "结构工程师：负责桥梁结构计算与出图；要求持二级建造师证书。",
  ].join("\n");

  it("reads a row per position from a header of pipe-separated columns", () => {
    expect(tables(page)[0]!.rows.map((r) => r.title.text)).toEqual(["数据分析师", "结构工程师"]);
  });

  it("reads a row's fields from its cells, and what its description line asks for after its duties as requirements", () => {
    const [analyst, engineer] = parsePositions(page).positions;
    expect(analyst!.requirements.education).toEqual({ minLevel: "bachelor", majors: ["统计学", "数学"], majorsRequired: true });
    expect(analyst!.requirements.skills.map((s) => [s.name, s.required])).toEqual([["SQL", true], ["Python", false]]);
    expect(analyst!.responsibilities.join(" ")).toContain("负责经营数据的整理与建模");
    expect(engineer!.requirements.education.minLevel).toBe("master");
    expect(engineer!.requirements.certifications.map((c) => c.name)).toEqual(["二级建造师证书"]);
  });

  it("splits no line with a single pipe", () => {
    expect(tables(["职位 | 人数", "数据分析师 | 2"].join("\n"))).toEqual([]);
  });
});

describe("a table of openings over a section for each", () => {
  it("reads each row's section as the row's position: its duties and requirements, and the row's cells", () => {
    const note = [
      "## 開放職缺",
      "| 職缺 | 地點 | 人數 | 狀態 |",
      "| 後端工程師 | 台北 | 1 | 招募中 |",
      "| 資料分析師 | 遠端 | 2 | 招募中 |",
      "",
      "## 後端工程師",
      "**你會做的事**",
      "- 維護訂單系統的 API",
      "**我們希望你**",
      "- 3 年以上後端開發經驗",
      "- 熟悉 Go 與 PostgreSQL",
      "",
      "## 資料分析師",
      "**你會做的事**",
      "- 建立營運報表",
      "**我們希望你**",
      "- 大學以上學歷",
      "- 熟練使用 SQL",
      "",
      "## 應徵方式",
      "寄信至 jobs@example.com，或私訊 Acme Studio 粉專",
    ].join("\n");
    const [backend, analyst] = parsePositions(note).positions;
    expect(backend!.title).toBe("後端工程師");
    expect(backend!.responsibilities).toEqual(["維護訂單系統的 API"]);
    expect(backend!.requirements.experience.minYears).toBe(3);
    expect(backend!.requirements.skills.map((s) => s.name)).toEqual(["Go", "PostgreSQL"]);
    expect(analyst!.requirements.education.minLevel).toBe("bachelor");
    expect(analyst!.requirements.skills.map((s) => s.name)).toEqual(["SQL"]);
  });
});
