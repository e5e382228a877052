import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { cleanDocument } from "../../../server/positions/clean.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);
const key = (text: string) => cleanDocument(text).key;

describe("posts inside a quoted mail reply", () => {
  it("reads posts quoted with > as the text they quote, indentation kept", () => {
    const text =
      "寄件者: 王小明 <ming@example.tw>\n寄件日期: 2026年11月3日\n收件者: 人資部\n主旨: RE: 職缺確認\n\n沒問題，請刊登。\n\n" +
      "-----原始郵件-----\n寄件者: 人資部 <hr@example.tw>\n主旨: 職缺確認\n\n經理 您好，\n\n" +
      "> 職缺一：測試工程師（1名）\n> 工作內容：\n>   1. 撰寫測試案例\n>   2. 執行自動化測試\n>\n> 職缺二：行政助理（2名，約聘一年）\n> 工作內容：\n>   1. 文件歸檔\n>   2. 會議安排\n";
    expect(titles(text)).toEqual(["測試工程師", "行政助理"]);
    expect(key(text)).toContain("\n  1. 撰写测试案例\n");
  });

  it("reads nested English quotes too, the headers and attribution lines being furniture", () => {
    const text =
      "From: Ana Ruiz <ana@example.com>\nSent: Monday, 2 November 2026 10:00\nTo: Recruiting\nSubject: FW: roles\n\nHi team,\nPlease post both.\n\n" +
      "---------- Forwarded message ---------\nFrom: Li Wei <li@example.com>\nDate: Fri, 30 Oct 2026\nSubject: roles\n\n" +
      "> On Fri, Oct 30, 2026 at 9:00 AM Li Wei wrote:\n>> Position 1: Data Engineer\n>> Duties:\n>> - Build pipelines in Airflow\n>> - Model tables in dbt\n>>\n>> Position 2: Payroll Officer\n>> Duties:\n>> - Run monthly payroll\n>> - Reconcile accounts\n";
    expect(titles(text)).toEqual(["Data Engineer", "Payroll Officer"]);
    const k = key(text);
    for (const gone of ["from:", "subject:", "forwarded message", "wrote:", "hi team"]) expect(k).not.toContain(gone);
  });

  it("keeps a lone > line and a single field that looks like a header", () => {
    expect(key("要求：>3年经验\n> 本科以上\n日期：2026-11-01\n")).toBe("要求:>3年经验\n> 本科以上\n日期:2026-11-01\n");
  });

  it("drops a greeting line, however the one greeted is named", () => {
    expect(key("處長 您好，\n各位同事：大家好！\nDear Hiring Manager,\n招聘销售经理\n")).toBe("招聘销售经理\n");
  });
});

describe("a post's contract term or headcount in its bracket", () => {
  it("is no part of its name, in both scripts", () => {
    const text = "招聘岗位一：研发助理（1名，约聘一年）\n工作内容：\n1、样品管理\n2、数据整理\n\n招聘岗位二：Java开发工程师（2人）\n工作内容：\n1、后端开发\n2、代码评审\n\n招聘岗位三：档案管理员（聘期2年）\n工作内容：\n1、档案整理\n2、借阅登记\n";
    expect(titles(text)).toEqual(["研发助理", "Java开发工程师", "档案管理员"]);
  });
});
