import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { firstForm, isPositionName, twoForms } from "../../../server/positions/title.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("a title naming one post in two scripts is titled by its first form", () => {
  it.each([
    ["Warehouse Supervisor 倉庫主管", "Warehouse Supervisor"],
    ["倉庫主管 Warehouse Supervisor", "倉庫主管"],
    ["Senior Accountant（高级会计师）", "Senior Accountant"],
    ["市场专员 / Marketing Executive", "市场专员"],
    ["Sales Manager | 销售经理", "Sales Manager"],
    ["Lab Technician II (Chemistry) 二級化驗員（化學）", "Lab Technician II (Chemistry)"],
    ["設備保全エンジニア / 设备维护工程师", "設備保全エンジニア"],
    ["品质管理工程师 / 品質管理エンジニア", "品质管理工程师"],
  ])("%s", (title, first) => {
    expect(firstForm(title)).toBe(first);
  });

  it.each([["Java开发工程师"], ["SAP ABAP顾问"], ["UI设计师"], ["Golang 后端开发工程师"], ["资深前端工程师 (React)"], ["供应商质量工程师（SQE）"], ["Research Fellow (Computational Biology)"], ["会计 / 出纳"]])(
    "keeps %s whole",
    (title) => {
      expect(firstForm(title)).toBe(title);
    },
  );

  it("parts two Chinese-script forms at a spaced slash only in a document written in Japanese too", () => {
    expect(firstForm("采购专员 / 購買スタッフ", false)).toBe("采购专员");
    expect(firstForm("行政助理 / 総務秘書", false)).toBe("行政助理 / 総務秘書");
    expect(firstForm("行政助理 / 総務秘書", true)).toBe("行政助理");
    expect(firstForm("行政助理/総務秘書", true)).toBe("行政助理/総務秘書");
  });

  it("counts a two-script line as a name, each form naming a role", () => {
    expect(isPositionName("store manager 店长", "strict")).toBe(true);
    expect(isPositionName("lab technician ii (chemistry) 二级化验员(化学)", "strict")).toBe(true);
    expect(twoForms("hong kong 香港")).toBeNull();
  });

  it("reads numbered two-script headings as positions titled in the first script", () => {
    const doc = [
      "Vacancy Notice 職位空缺",
      "1. Laboratory Technician II (Chemistry) 二級化驗員（化學）",
      "Requirements 入職條件",
      "(a) a diploma in chemistry;",
      "(b) two years' laboratory experience.",
      "2. Warehouse Supervisor 倉庫主管",
      "Requirements 入職條件",
      "(a) five years' logistics experience;",
      "(b) good command of English and Chinese.",
    ].join("\n");
    expect(titles(doc)).toEqual(["Laboratory Technician II (Chemistry)", "Warehouse Supervisor"]);
  });

  it("reads a side-by-side table row's two cells as one title", () => {
    const doc = [
      "Job Description 职位描述",
      "Position 职位\tMaintenance Technician\t设备维修技术员",
      "Department 部门\tProduction\t生产部",
      "Responsibilities 职责\tMaintain stamping presses\t维护冲压设备",
      "Requirements 任职要求\tTechnical school diploma or above\t中专及以上学历",
      "3+ years of maintenance experience",
    ].join("\n");
    expect(titles(doc)).toEqual(["Maintenance Technician"]);
  });
});

describe("a zh/ja posting read as plain text", () => {
  it("titles each post by its Chinese form and reads its table rows without the Japanese column", () => {
    const doc = [
      "募集要項　招聘简章",
      "岗位1：设备维护工程师 / 設備保全エンジニア",
      "项目／項目\t中文\t日本語",
      "学历／学歴\t大专以上，电气类专业\t短大卒以上、電気系専攻",
      "经验／経験\t3年以上设备维护经验\t設備保全の経験3年以上",
      "技能／スキル\t熟悉PLC编程\tPLCプログラミングができること",
      "岗位2：品质管理专员 / 品質管理スタッフ",
      "项目／項目\t中文\t日本語",
      "学历／学歴\t本科以上\t大卒以上",
      "经验／経験\t2年以上品质管理经验\t品質管理の経験2年以上",
      "技能／スキル\t熟练使用Minitab\tMinitabが使えること",
    ].join("\n");
    const positions = parsePositions(doc).positions;
    expect(positions.map((p) => p.title)).toEqual(["设备维护工程师", "品质管理专员"]);
    expect(positions[0]!.requirements.experience.minYears).toBe(3);
    expect(positions[0]!.requirements.education.majors).toEqual(["电气"]);
    expect(positions[1]!.requirements.skills.map((s) => s.name)).toEqual(["Minitab"]);
  });
});
