import { describe, expect, it } from "vitest";
import type { DocumentLine } from "../../../server/documents/index.js";
import { tagResumeLines } from "../../../server/resumes/line-classes.js";
import { toLines } from "../../../server/resumes/lines.js";
import { readResume } from "../../../server/resumes/read-resume.js";

const line = (text: string, extra: Partial<DocumentLine> = {}): DocumentLine => ({ text, page: 1, indent: 0, ...extra });
const tags = (lines: string | DocumentLine[]) => tagResumeLines(toLines(lines)).map((l) => `${l.tag} ${l.text}`);

describe("resume line classes", () => {
  it("tags a plain-text resume's lines by their best sequence", () => {
    expect(tags(["个人简历", "张伟", "工作经历", "2019.07-至今\tA有限公司\t经理", "• 负责渠道开发。", "Java、MySQL、Redis、Docker", "第 1 页 共 2 页"].join("\n"))).toEqual([
      "title 个人简历", "name 张伟", "heading 工作经历", "entry 2019.07-至今\tA有限公司\t经理", "bullet • 负责渠道开发。", "skills Java、MySQL、Redis、Docker", "furniture 第 1 页 共 2 页",
    ]);
  });

  it("reads a short bold line in a larger font as a heading, and the name above as a name", () => {
    const lines = [line("Jane Doe", { bold: true, fontSize: 20 }), line("jane@example.com", { fontSize: 11 }), line("Volunteering", { bold: true, fontSize: 14 }), line("Mentor, Code Club", { fontSize: 11 }), line("Taught weekly classes to teenagers.", { fontSize: 11 })];
    expect(tags(lines)).toEqual(["name Jane Doe", "personal jane@example.com", "heading Volunteering", "text Mentor, Code Club", "text Taught weekly classes to teenagers."]);
  });

  it("reads a .docx heading style as a heading whatever it says", () => {
    expect(tags([line("张伟"), line("我做过的事", { heading: 2 }), line("2019.07-至今 A有限公司 经理")])[1]).toBe("heading 我做过的事");
  });

  it("keeps a bold line in the body's font size as content", () => {
    expect(tags([line("Jane Doe", { fontSize: 20 }), line("Experience", { fontSize: 14 }), line("Senior Analyst", { bold: true, fontSize: 11 }), line("Jan 2020 – Present", { fontSize: 11 })])[2]).toBe("text Senior Analyst");
  });
});

describe("resume reading on layout features", () => {
  it("does not read the rows under a heading it knows only by layout as jobs, and says so", () => {
    const lines = [
      line("Jane Doe", { bold: true, fontSize: 20 }), line("jane@example.com", { fontSize: 11 }), line("Experience", { bold: true, fontSize: 14 }),
      line("Analyst, Acme Inc.\tJan 2020 – Present", { fontSize: 11 }), line("Built the weekly sales dashboards.", { fontSize: 11 }),
      line("Volunteering", { bold: true, fontSize: 14 }), line("Mentor, Code Club\tMar 2018 – Dec 2019", { fontSize: 11 }), line("Taught weekly classes.", { fontSize: 11 }),
    ];
    const { profile, warnings } = readResume(lines);
    expect(profile.experience.map((e) => e.title)).toEqual(["Analyst"]);
    expect(warnings).toContain("1 dated line in sections the reader does not read (Volunteering)");
  });

  it("leaves page furniture out of a job's description", () => {
    const { profile } = readResume(["张三", "工作经历", "2019.07-至今 A有限公司 经理", "负责交付。", "第1页 共2页", "2016.07-2019.06 B有限公司 主管", "Page 2 of 2"].join("\n"));
    expect(profile.experience.map((e) => e.description ?? "")).toEqual(["负责交付。", ""]);
  });

  it("never runs a sidebar column on into the main column's jobs", () => {
    const at = (column: number) => ({ geometry: { x: column * 200, y: 0, width: 100, fontSize: 10, column } });
    const lines = [
      line("陈思琪", at(0)), line("工作经历", at(0)), line("2020.07-至今 杭州云栖数据有限公司 后端开发工程师", at(0)), line("负责数据中台接口开发", at(0)),
      line("Python", at(1)), line("Docker", at(1)), line("13988881234", at(1)),
    ];
    const { profile } = readResume(lines);
    expect(profile.experience).toHaveLength(1);
    expect(profile.experience[0]!.description).toBe("负责数据中台接口开发");
    expect(profile.phone).toBe("13988881234");
  });

  it("does not take a list item of the format (no marker written) for the next row's title", () => {
    const lines = [line("Jane Doe"), line("Experience"), line("Analyst, Acme Inc."), line("Jan 2020 – Present"), line("Built dashboards for sales", { list: { marker: "•", ordered: false, level: 0 } }), line("Jan 2018 – Dec 2019")];
    const { profile, warnings } = readResume(lines);
    expect(profile.experience.map((e) => [e.title, e.description])).toEqual([["Analyst", "Built dashboards for sales"]]);
    expect(warnings).toContain("an experience row from 2018-01 has no title");
  });
});

describe("resume headings below the section level", () => {
  it("reads a Markdown job heading under '## Experience' as a row, not a section", async () => {
    const { decodeTextDocument } = await import("../../../server/documents/index.js");
    const md = ["# Wang Fang", "wang.fang@example.com", "", "## Experience", "### Data Analyst — Tencent", "*Mar 2021 – Present*", "- Built dashboards", "", "### Intern — Huawei", "*Jul 2020 – Dec 2020*", "", "## Education", "Shenzhen University, Bachelor of Statistics, 2021"].join("\n");
    const { profile, warnings } = readResume((await decodeTextDocument(md)).lines);
    expect(profile.experience.map((e) => [e.title, e.organization])).toEqual([["Data Analyst", "Tencent"], ["Intern", "Huawei"]]);
    expect(warnings).toEqual([]);
  });

  it("reads a bold line in a smaller font than the named headings as content", () => {
    const body = (text: string) => line(text, { fontSize: 10 });
    const lines = [line("Jane Doe", { bold: true, fontSize: 22 }), body("jane@example.com"), line("Experience", { bold: true, fontSize: 16 }), line("Northwind Traders", { bold: true, fontSize: 12 }), body("Buyer\tMar 2019 – Present"), body("Ran the spring range."), body("Cut costs by a tenth."), line("Education", { bold: true, fontSize: 16 }), body("Leeds University, BA History, 2018")];
    expect(tags(lines)[3]).not.toMatch(/^heading/);
    expect(readResume(lines).profile.experience.map((e) => [e.title, e.organization])).toEqual([["Buyer", "Northwind Traders"]]);
  });
});
