import { describe, expect, it } from "vitest";
import { cleanDocument } from "../../../server/positions/clean.js";
import { tagPositionLines } from "../../../server/positions/line-classes.js";

const tags = (text: string) => tagPositionLines(cleanDocument(text)).map((l) => l.tag);
const tagOf = (text: string, line: string) => tagPositionLines(cleanDocument(text)).find((l) => l.text.trim() === line)?.tag;

const online = [
  "高级前端工程师", "15-25K·13薪", "上海 | 经验3-5年 | 本科 | 全职", "职位描述", "负责公司核心产品的前端架构设计与开发", "与产品、后端协作完成需求落地",
  "任职要求", "熟练掌握React、TypeScript", "3年以上前端开发经验", "职位福利", "五险一金 | 带薪年假 | 年终奖", "公司介绍",
  "某某科技有限公司成立于2015年，专注企业服务。", "工作地址", "上海市浦东新区张江高科技园区博云路2号", "王女士 · 人事经理 刚刚活跃",
].join("\n");

describe("position line classes: a pasted online posting", () => {
  it("tags every line of the posting", () => {
    expect(tags(online)).toEqual([
      "title", "tags", "tags", "heading:duty", "duty", "duty", "heading:requirement", "requirement", "requirement",
      "heading:benefits", "benefits", "heading:company", "company", "heading:company", "company", "contact",
    ]);
  });
});

describe("position line classes: one class at a time", () => {
  it.each([
    ["8千-1.2万·13薪"], ["15-25K"], ["月薪5000-8000元"], ["$70,000 - $90,000 a year"], ["薪资面议"],
  ])("a salary line after a title: %s", (salary) => {
    expect(tagOf(`会计\n${salary}\n岗位职责\n1、负责核算`, salary)).toBe("tags");
  });

  it.each([["经验3-5年 | 本科 | 上海"], ["Berlin, Germany · Full-time"], ["深圳 · 1-3年 · 大专"]])("a tag line: %s", (line) => {
    expect(tagOf(`销售经理\n${line}\n岗位职责\n1、负责销售`, line)).toBe("tags");
  });

  it.each([
    ["职位描述", "heading:duty"], ["岗位职责：", "heading:duty"], ["【工作内容】", "heading:duty"], ["What you'll do", "heading:duty"], ["About the job", "heading:duty"],
    ["任职要求", "heading:requirement"], ["Requirements:", "heading:requirement"], ["二、任职资格", "heading:requirement"],
    ["职位福利", "heading:benefits"], ["What we offer", "heading:benefits"],
    ["公司介绍", "heading:company"], ["工作地址：", "heading:company"], ["联系方式", "heading:contact"],
  ])("a section heading: %s → %s", (line, tag) => {
    expect(tagOf(`销售经理\n${line}\n1、负责销售工作；`, line)).toBe(tag);
  });

  it("numbered lines under 岗位职责 are duties, under 任职要求 requirements", () => {
    expect(tags("岗位职责\n1、负责客户开发；\n2、维护客户关系；\n任职要求\n1、大专以上学历；\n2、两年以上销售经验；")).toEqual([
      "heading:duty", "duty", "duty", "heading:requirement", "requirement", "requirement",
    ]);
  });

  it("an unmarked line inside a requirements run stays a requirement (the sequence carries the section)", () => {
    expect(tagOf("任职要求\n1、本科以上学历；\n能适应出差\n2、三年以上经验；", "能适应出差")).toBe("requirement");
  });

  it("duties under no heading are still duties", () => {
    expect(tags("☕ 负责咖啡制作与出品\n☕ 维护吧台清洁")).toEqual(["duty", "duty"]);
  });

  it.each([["五险一金 | 带薪年假 | 年终奖"], ["401k matching and health insurance"]])("benefits: %s", (line) => {
    expect(tagOf(`会计\n职位福利\n${line}`, line)).toBe("benefits");
  });

  it("a company line and an address line", () => {
    expect(tagOf("会计\n上海星禾文化传播有限公司\n文化传媒 | 20-99人 | 不需要融资", "上海星禾文化传播有限公司")).toBe("company");
  });

  it.each([["王女士 · 人事经理 刚刚活跃"], ["联系电话：13812345678"], ["Email: jobs@example.com"]])("a recruiter or contact line: %s", (line) => {
    expect(tagOf(`会计\n1、负责核算；\n${line}`, line)).toBe("contact");
  });

  it.each([["12 applicants"], ["Posted 3 days ago"], ["看过该职位的人还看了"]])("page chrome: %s", (line) => {
    expect(tagOf(`会计\n1、负责核算；\n${line}`, line)).toBe("furniture");
  });

  it.each([["岗位名称：行政专员"], ["所属部门：行政部"], ["岗位编号：XZ-003"]])("a form label with its value: %s", (line) => {
    expect(tagOf(`${line}\n岗位职责：\n1、负责行政`, line)).toBe("label");
  });

  it.each([["🔥招聘咖啡师啦！"], ["Senior Backend Engineer"], ["财务经理"]])("a title line first in the document: %s", (line) => {
    expect(tagOf(`${line}\n1、负责核算；`, line)).toBe("title");
  });

  it("does not take a bulleted item that ends in a role word for a title", () => {
    expect(tagOf("Nice to have\n- Experience with ClickHouse\n- AWS Certified Solutions Architect", "- AWS Certified Solutions Architect")).not.toBe("title");
  });

  it("does not take a duty sentence for a title", () => {
    expect(tagOf("会计\n负责公司日常会计核算工作。", "负责公司日常会计核算工作。")).toBe("duty");
  });
});

describe("position line classes: numbered roles over their own lists", () => {
  it("tags each 'N) Title – Place – Pay' line over its bullets a title, not an item of the list before it", () => {
    const text = [
      "Hi Anna, the roles I'm working on:",
      "1) Payroll Officer – Bolton – £29,000–£32,000",
      "- 2+ years' payroll experience on Sage",
      "- CIPP qualification desirable",
      "2) Logistics Planner – Warrington – £34,000 + overtime",
      "- 3+ years planning transport for a distribution centre",
      "- Advanced Excel",
    ].join("\n");
    expect(tagOf(text, "1) Payroll Officer – Bolton – £29,000–£32,000")).toBe("title");
    expect(tagOf(text, "2) Logistics Planner – Warrington – £34,000 + overtime")).toBe("title");
    expect(tagOf(text, "- Advanced Excel")).toBe("requirement");
  });
});
