import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const read = (text: string) => parsePositions(text).positions.map((p) => [p.title, p.department]);

describe("a department named on a post's line is the post's department, its headcount no part of the name", () => {
  it("reads a notice's ○ lines of section, post and headcount", () => {
    const page = [
      "徵才公告", "", "○組裝課 技術員（輪班）6名", "工作內容：操作組裝設備，負責成品包裝", "要求：高中以上學歷，能配合輪班", "",
      "○資材課 倉管員 1名", "工作內容：負責物料收發與盤點", "要求：熟悉ERP系統者優先",
    ].join("\n");
    expect(read(page)).toEqual([["技術員(輪班)", "組裝課"], ["倉管員", "資材課"]]);
  });

  it("reads a department in brackets, under a posts label too", () => {
    const page = [
      "招聘岗位", "【数据中心】数据开发工程师 3人", "岗位职责：", "1、负责数仓建模与ETL开发；", "2、保障数据质量。", "任职要求：", "1、本科及以上学历；",
      "2、熟悉Hive、Spark。", "", "【行政部】前台 1人", "岗位职责：", "1、负责来访接待；", "任职要求：", "1、大专及以上学历；",
    ].join("\n");
    expect(read(page)).toEqual([["数据开发工程师", "数据中心"], ["前台", "行政部"]]);
  });

  it("leaves a tag or a place in brackets out of the department", () => {
    const page = ["【急聘】倉務員 2名", "工作內容：負責貨物上落及點算", "要求：能搬重物", "", "【深圳】销售代表 3人", "岗位职责：", "1、开发新客户；", "任职要求：", "1、大专及以上学历"].join("\n");
    expect(read(page).map(([, d]) => d)).toEqual([null, null]);
  });
});
