import { describe, expect, it } from "vitest";
import { isBlankForm, parsePositions } from "../../../server/positions/parse.js";
import { foldAligned } from "../../../server/text/fold.js";

const form = ["员工入职申请表", "姓名：\t\t性别：", "出生日期：    年  月  日", "应聘职位：", "最高学历：\t\t所学专业：", "联系电话：", "申请人签字："].join("\n");

describe("blank forms", () => {
  it("tells a form of blank fields from one filled in", () => {
    expect(isBlankForm(foldAligned(form))).toBe(true);
    expect(isBlankForm(foldAligned(["岗位名称：仓管员", "学历：高中及以上", "经验：1年以上仓库工作经验", "地点：苏州"].join("\n")))).toBe(false);
  });

  it("reads no position from an application form standing alone", () => {
    const { positions, warnings } = parsePositions(form);
    expect(positions).toEqual([]);
    expect(warnings).toContain("no positions found");
  });

  it("keeps a posting that a blank form follows", () => {
    const text = ["招聘岗位：仓管员", "岗位职责：", "1、负责货物出入库登记；", "2、定期盘点库存。", "任职要求：", "1、高中及以上学历；", "2、1年以上仓库工作经验。", "", form].join("\n");
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual(["仓管员"]);
  });
});
