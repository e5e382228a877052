import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { describe, expect, it } from "vitest";
import { rebuildGrids } from "../../../server/documents/lines/pdf-grid.js";
import { layoutPage } from "../../../server/documents/lines/pdf-lines.js";
import { parsePositions } from "../../../server/positions/parse.js";

const item = (str: string, x: number, y: number, size = 9): TextItem => ({
  str, dir: "ltr", transform: [size, 0, 0, size, x, y], width: str.length * size, height: size, fontName: "f", hasEOL: false,
});
/** Items of one text line per [x, y, text]. */
const drawn = (...cells: [number, number, string][]) => cells.map(([x, y, s]) => item(s, x, y));
const text = (items: TextItem[]) => layoutPage(items, 1).text.split("\n");

// A posts grid as a notice's annex draws it: codes in the first column, cells wrapping inside their columns.
const grid = [
  ...drawn([40, 800, "附件 岗位需求表"]),
  ...drawn([43, 760, "序号"], [73, 760, "岗位名称"], [160, 760, "人数"], [200, 760, "岗位职责"], [330, 760, "任职条件"]),
  ...drawn([43, 740, "1"], [73, 740, "出纳"], [160, 740, "1"], [200, 740, "负责现金收付、"], [330, 740, "1.大专及以上学历，财务"]),
  ...drawn([200, 725, "银行对账"], [330, 725, "相关专业；"]),
  ...drawn([330, 710, "2.3年以上出纳工作经验；"]),
  ...drawn([43, 680, "2"], [73, 680, "仓储"], [160, 680, "2"], [200, 680, "负责物料收发"], [330, 680, "1.高中及以上学历；"]),
  ...drawn([73, 665, "主管"], [330, 665, "2.持叉车证。"]),
  ...drawn([40, 620, "注：以上岗位均签订劳动合同，试用期三个月，薪资面议。"]),
];

describe("rebuildGrids", () => {
  it("rebuilds each row from its columns: wrapped pieces joined, a cell's next list items on lines led by a tab per column passed", () => {
    expect(text(grid)).toEqual([
      "附件 岗位需求表",
      "序号\t岗位名称\t人数\t岗位职责\t任职条件",
      "1\t出纳\t1\t负责现金收付、银行对账\t1.大专及以上学历，财务相关专业；",
      "\t\t\t\t2.3年以上出纳工作经验；",
      "2\t仓储主管\t2\t负责物料收发\t1.高中及以上学历；",
      "\t\t\t\t2.持叉车证。",
      "注：以上岗位均签订劳动合同，试用期三个月，薪资面议。",
    ]);
  });

  it("reads '2.5年以上' after a clause's end as item 2 of five years, not the figure 2.5", () => {
    const items = [
      ...drawn([43, 760, "序号"], [73, 760, "岗位名称"], [160, 760, "人数"], [330, 760, "任职条件"]),
      ...drawn([43, 740, "1"], [73, 740, "会计"], [160, 740, "1"], [330, 740, "1.本科学历；"]),
      ...drawn([330, 725, "2.5年以上工作经验。"]),
    ];
    expect(text(items).slice(1)).toEqual(["1\t会计\t1\t1.本科学历；", "\t\t\t2.5年以上工作经验。"]);
  });

  it("ends the grid at a line under a column that stands well below the row (a page footer), not a wrapped line of its cell", () => {
    const items = [
      ...drawn([43, 760, "序号"], [73, 760, "岗位名称"], [160, 760, "人数"], [200, 760, "专业"], [330, 760, "任职条件"]),
      ...drawn([43, 740, "1"], [73, 740, "化验员"], [160, 740, "3"], [200, 740, "化学、应用化学、"], [330, 740, "1.熟悉检测标准；"]),
      ...drawn([200, 725, "环境监测"], [330, 725, "2.能适应倒班。"]),
      ...drawn([220, 640, "— 1 —"]),
    ];
    expect(text(items).slice(1)).toEqual(["1\t化验员\t3\t化学、应用化学、环境监测\t1.熟悉检测标准；", "\t\t\t\t2.能适应倒班。", "— 1 —"]);
  });

  it("ends the grid at the next section's heading standing below the last row, where a row's wrapped title cell goes on", () => {
    const items = [
      ...drawn([44, 760, "岗位"], [134, 760, "人数"], [174, 760, "学历"], [244, 760, "专业"], [324, 760, "其他条件"]),
      ...drawn([44, 740, "药剂师"], [134, 740, "2"], [174, 740, "本科及以上"], [244, 740, "药学"], [324, 740, "持执业药师证；"]),
      ...drawn([324, 728, "2年以上医院药房经验"]),
      ...drawn([44, 712, "检验科技师（微"], [134, 712, "1"], [174, 712, "大专及以上"], [244, 712, "医学检验"], [324, 712, "持初级检验技师"]),
      ...drawn([44, 700, "生物）"], [324, 700, "资格证"]),
      ...drawn([40, 670, "二、报名方式"]),
      ...drawn([61, 655, "1. 报名时间：12月7日至12月18日。"]),
    ];
    expect(text(items).slice(1)).toEqual([
      "药剂师\t2\t本科及以上\t药学\t持执业药师证；2年以上医院药房经验",
      "检验科技师（微生物）\t1\t大专及以上\t医学检验\t持初级检验技师资格证",
      "二、报名方式",
      "1. 报名时间：12月7日至12月18日。",
    ]);
  });

  it("leaves a page without such a grid to the column reader: a form's label/value rows, a line of tags", () => {
    const form = drawn([40, 760, "岗位名称"], [110, 760, "行政主管"], [200, 760, "所属部门"], [270, 760, "行政部"], [40, 740, "学历要求"], [110, 740, "大专"]);
    expect(rebuildGrids(form)).toBeNull();
    expect(rebuildGrids(drawn([40, 760, "深圳"], [90, 760, "全职"], [140, 760, "3-5年"], [200, 760, "本科"]))).toBeNull();
  });

  it("gives the parser every post of the grid with its requirements", () => {
    const positions = parsePositions(layoutPage(grid, 1).text).positions;
    expect(positions.map((p) => [p.title, p.requirements.education.minLevel, p.requirements.experience.minYears])).toEqual([
      ["出纳", "associate", 3],
      ["仓储主管", "high_school", null],
    ]);
    expect(positions[1]!.requirements.certifications.map((c) => c.name)).toEqual(["叉车证"]);
  });

  // A posts grid with no code column: the post's name opens each row, its cells wrapping inside their columns.
  const uncoded = [
    ...drawn([43, 760, "岗位"], [120, 760, "人数"], [170, 760, "学历"], [250, 760, "任职条件"]),
    ...drawn([43, 740, "质检员"], [120, 740, "2"], [170, 740, "大专及以上"], [250, 740, "1.熟悉ISO9001体系；"]),
    ...drawn([250, 725, "2.2年以上质检工作经验。"]),
    ...drawn([43, 700, "设备维修"], [120, 700, "1"], [170, 700, "中专及以上"], [250, 700, "1.持电工证；"]),
    ...drawn([43, 685, "技术员"], [250, 685, "2.能适应倒班。"]),
  ];

  it("rebuilds a grid without a code column under a header naming a hiring table's columns, a row opened by a line filling most columns", () => {
    expect(text(uncoded)).toEqual([
      "岗位\t人数\t学历\t任职条件",
      "质检员\t2\t大专及以上\t1.熟悉ISO9001体系；",
      "\t\t\t2.2年以上质检工作经验。",
      "设备维修技术员\t1\t中专及以上\t1.持电工证；",
      "\t\t\t2.能适应倒班。",
    ]);
    const positions = parsePositions(layoutPage(uncoded, 1).text).positions;
    expect(positions.map((p) => [p.title, p.requirements.experience.minYears])).toEqual([
      ["质检员", 2],
      ["设备维修技术员", null],
    ]);
  });

  it("rebuilds no uncoded grid whose header names no hiring columns", () => {
    const items = drawn([43, 760, "岗位"], [120, 760, "部门"], [170, 760, "地区"], [250, 760, "联系人"], [43, 740, "质检员"], [120, 740, "品质部"], [170, 740, "苏州"], [250, 740, "王女士"]);
    expect(rebuildGrids(items)).toBeNull();
  });

  // A 事业单位 plan's grid: narrow columns whose names fill their boxes (a few points apart), no code column for the
  // post, 岗位类别 beside 岗位名称, and cells of several columns wrapped onto a second line.
  const plan = [
    ...drawn([30, 760, "序号"], [52, 760, "招聘单位"], [92, 760, "岗位类别"], [132, 760, "岗位名称"], [172, 760, "人数"], [194, 760, "学历"], [230, 760, "专业"], [320, 760, "其他条件"]),
    ...drawn([30, 740, "1"], [52, 740, "市档案"], [92, 740, "管理"], [132, 740, "文秘"], [172, 740, "1"], [194, 740, "本科"], [230, 740, "汉语言文学、"], [320, 740, "具有二级"]),
    ...drawn([52, 727, "馆"], [230, 727, "秘书学"], [320, 727, "以上证书"]),
    ...drawn([30, 705, "2"], [52, 705, "市疾控"], [92, 705, "专业技术"], [132, 705, "检验员"], [172, 705, "2"], [194, 705, "大专"], [230, 705, "医学检验技术"], [320, 705, "2年以上经验"]),
    ...drawn([52, 692, "中心"]),
  ];

  it("takes a header whose names nearly touch when they name a hiring table's columns, and joins each cell's wrapped line", () => {
    expect(text(plan)).toEqual([
      "序号\t招聘单位\t岗位类别\t岗位名称\t人数\t学历\t专业\t其他条件",
      "1\t市档案馆\t管理\t文秘\t1\t本科\t汉语言文学、秘书学\t具有二级以上证书",
      "2\t市疾控中心\t专业技术\t检验员\t2\t大专\t医学检验技术\t2年以上经验",
    ]);
    const positions = parsePositions(layoutPage(plan, 1).text).positions;
    expect(positions.map((p) => [p.title, p.requirements.education.minLevel, p.requirements.experience.minYears])).toEqual([
      ["文秘", "bachelor", null],
      ["检验员", "associate", 2],
    ]);
  });

  it("does not take short names a few points apart for a header when they name no hiring columns", () => {
    const items = drawn([30, 760, "首页"], [52, 760, "新闻动态"], [92, 760, "通知公告"], [132, 760, "联系我们"], [30, 740, "1"], [52, 740, "简介"], [92, 740, "公告"], [132, 740, "电话"]);
    expect(rebuildGrids(items)).toBeNull();
  });
});
