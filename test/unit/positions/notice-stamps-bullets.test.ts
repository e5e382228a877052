import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("notices with hollow bullets and approval stamp rows", () => {
  it("reads posts marked with a hollow bullet (○ ◎ ◇ □) as headings without the bullet", () => {
    for (const mark of ["○", "◎", "◇", "□"]) {
      const text = `招募公告\n${mark}倉儲課 倉管員3名\n・工作內容：收發貨、盤點。\n・學歷：高中以上。\n${mark}業務課 業務助理1名\n・工作內容：訂單處理、客戶聯繫。\n・經驗：一年以上。\n`;
      expect(titles(text), mark).toEqual(["倉管員", "業務助理"]);
    }
  });

  it("does not take a row of approval stamp boxes for a post, in either script", () => {
    for (const stamps of ["社長\t部長\t課長\t承辦", "总经理 审核 经办", "核准\t審核\t製表"]) {
      const text = `一、招聘岗位\n（一）仓库管理员2名\n1.负责收发货；\n2.高中以上学历。\n二、报名方式\n请电话联系人事部。\n${stamps}\n`;
      expect(titles(text), stamps).toEqual(["仓库管理员"]);
    }
  });
});
