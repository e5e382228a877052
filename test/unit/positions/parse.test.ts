import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const englishJd = `Job Title: Senior Backend Engineer
Department: Engineering
Reports to: VP of Engineering

About the role
We are looking for a senior backend engineer to build and scale our job-matching platform.

Responsibilities
- Design, build and operate REST APIs in TypeScript
- Own the PostgreSQL schema and its migrations
- Mentor junior engineers

Requirements
- Bachelor's degree in Computer Science or a related field
- 5+ years of experience in backend development
- Proficiency in TypeScript and Node.js
- Experience with PostgreSQL
- Familiarity with Kubernetes is a plus
- Fluent English
`;

const chineseJd = `VIP文档
市场专员岗位说明书
岗位名称：市场专员
所属部门：市场部
直接上级：市场经理
岗位概述：负责公司产品的市场推广与品牌活动策划执行。
岗位职责：
1、制定并执行市场推广计划；
2、策划线上线下品牌活动；
3、收集分析竞品信息。
任职资格：
1、大专及以上学历，市场营销、广告学等相关专业优先；
2、两年以上市场推广工作经验；
3、熟练使用Office办公软件，熟悉Photoshop者优先；
4、英语四级以上；
5、性别：女，年龄25-35岁，形象气质佳。
第1页 / 共2页`;

describe("parsePositions on an English job description", () => {
  const [position] = parsePositions(englishJd).positions;

  it("reads title, fields and summary", () => {
    expect(position?.title).toBe("Senior Backend Engineer");
    expect(position?.department).toBe("Engineering");
    expect(position?.reportsTo).toBe("VP of Engineering");
    expect(position?.summary).toMatch(/^We are looking for a senior backend engineer/);
    expect(position?.language).toBe("en");
  });

  it("reads bulleted responsibilities without their bullets", () => {
    expect(position?.responsibilities).toEqual([
      "Design, build and operate REST APIs in TypeScript",
      "Own the PostgreSQL schema and its migrations",
      "Mentor junior engineers",
    ]);
  });

  it("reads requirements", () => {
    const r = position!.requirements;
    expect(r.education).toEqual({ minLevel: "bachelor", majors: ["Computer Science"], majorsRequired: true });
    expect(r.experience.minYears).toBe(5);
    expect(r.skills).toEqual(
      expect.arrayContaining([
        { name: "TypeScript", required: true },
        { name: "Node.js", required: true },
        { name: "PostgreSQL", required: true },
        { name: "Kubernetes", required: false },
      ]),
    );
    expect(r.languages).toEqual([{ name: "English", required: true }]);
  });
});

describe("parsePositions on a Chinese job description", () => {
  const { positions } = parsePositions(chineseJd);
  const position = positions[0]!;

  it("finds one position, with the furniture left out of its fields", () => {
    expect(positions.map((p) => p.title)).toEqual(["市场专员"]);
    expect(position.department).toBe("市场部");
    expect(position.reportsTo).toBe("市场经理");
    expect(position.summary).toBe("负责公司产品的市场推广与品牌活动策划执行。");
    expect(position.language).toBe("zh-Hans");
  });

  it("reads one responsibility per numbered item", () => {
    expect(position.responsibilities).toEqual(["制定并执行市场推广计划", "策划线上线下品牌活动", "收集分析竞品信息"]);
  });

  it("reads education, experience, skills, languages and certificates", () => {
    const r = position.requirements;
    expect(r.education).toEqual({ minLevel: "associate", majors: ["市场营销", "广告学"], majorsRequired: false });
    expect(r.experience).toMatchObject({ minYears: 2, maxYears: null, management: false, fields: ["市场推广"] });
    expect(r.skills).toEqual([
      { name: "Office办公软件", required: true },
      { name: "Photoshop", required: false },
    ]);
    expect(r.languages).toEqual([{ name: "英语", required: true }]);
    expect(r.certifications).toEqual([{ name: "英语四级", required: true }]);
  });

  it("flags discriminatory requirements as written", () => {
    expect(position.compliance).toEqual([
      { category: "gender", text: "性别：女" },
      { category: "age", text: "年龄25-35岁" },
      { category: "appearance", text: "形象气质佳" },
    ]);
  });

  it("keeps sourceText an exact slice of the input", () => {
    expect(chineseJd.includes(position.sourceText)).toBe(true);
    expect(position.sourceText.startsWith("市场专员岗位说明书")).toBe(true);
  });
});

describe("parsePositions with Traditional script and full-width text", () => {
  it("reads a Traditional position and reports its script", () => {
    const text = "崗位名稱：銷售總監\n直接上級：總經理\n崗位職責：\n１、負責銷售團隊管理；\n任職資格：\n大學以上學歷，五年以上銷售管理經驗，限男性。";
    const [p] = parsePositions(text).positions;
    expect(p?.title).toBe("銷售總監");
    expect(p?.reportsTo).toBe("總經理");
    expect(p?.language).toBe("zh-Hant");
    expect(p?.responsibilities).toEqual(["負責銷售團隊管理"]);
    expect(p?.requirements.education.minLevel).toBe("bachelor");
    expect(p?.requirements.experience).toMatchObject({ minYears: 5, management: true });
    expect(p?.compliance).toEqual([{ category: "gender", text: "限男性" }]);
  });

  it("treats CET-4 and 英语四级 alike: a certificate that also states English", () => {
    const read = (line: string) => parsePositions(`岗位名称：翻译\n任职要求：\n${line}`).positions[0]!.requirements;
    expect(read("1、英语四级以上；")).toMatchObject({ certifications: [{ name: "英语四级", required: true }], languages: [{ name: "英语", required: true }] });
    expect(read("1、CET-4以上；")).toMatchObject({ certifications: [{ name: "CET-4", required: true }], languages: [{ name: "英语", required: true }] });
  });

  it("warns when nothing is found", () => {
    expect(parsePositions("hello").warnings).toContain("no positions found");
  });
});

describe("values are shown without Markdown emphasis", () => {
  it("unwraps **bold** and __bold__ in duties, but leaves a lone asterisk", () => {
    const text = "## Senior Frontend Engineer\n\n### What you'll do\n\n- Own the dashboard UI built with **React** and __TypeScript__\n- Rate each release 5* or better\n\n### Requirements\n\n- 5+ years building web apps";
    const [p] = parsePositions(text).positions;
    expect(p!.responsibilities).toEqual(["Own the dashboard UI built with React and TypeScript", "Rate each release 5* or better"]);
  });
});
