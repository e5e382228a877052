import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { cleanDocument } from "../../../server/positions/clean.js";
import { tagPositionLines } from "../../../server/positions/line-classes.js";
import { positionsFromTags, roleLead } from "../../../server/positions/tagged-position.js";
import { isPositionName } from "../../../server/positions/title.js";

const read = (text: string) => parsePositions(text).positions.map((p) => ({ title: p.title, duties: p.responsibilities }));

describe("never refuse content: a document the headings miss is one position", () => {
  it("reads a three-line social post with emoji", () => {
    expect(read("🔥招聘咖啡师啦！\n☕ 负责咖啡制作与出品\n☕ 维护吧台清洁\n☕ 接待顾客\n要求：有经验优先，能周末上班 🙌")).toEqual([
      { title: "咖啡师", duties: ["负责咖啡制作与出品", "维护吧台清洁", "接待顾客"] },
    ]);
  });

  it("titles it by a 职位名称 label first", () => {
    expect(read("公司内部招聘\n职位名称：仓库管理员\n负责货物出入库登记\n负责库存盘点")[0]?.title).toBe("仓库管理员");
  });

  it("titles it by the line above a salary line", () => {
    expect(read("门店收银\n4000-6000元/月\n负责收银结账\n负责门店日常清洁")[0]?.title).toBe("门店收银");
  });

  it("titles it by a hiring sentence when no line names a role", () => {
    const text = "Hello folks!\nWe're hiring a Senior Product Designer to join our team.\n- Own the design of our mobile app\n- Run user interviews";
    expect(read(text)[0]?.title).toBe("Senior Product Designer");
  });

  it("titles it by the first line when nothing else names it", () => {
    expect(read("招人\n负责仓库货物搬运。\n负责装车卸车。")[0]?.title).toBe("招人");
  });

  it("keeps requirements under no heading as requirements", () => {
    const [p] = parsePositions("急招仓库文员2名\n熟练使用Excel\n大专以上学历\n1年以上仓库工作经验").positions;
    expect(p?.title).toBe("仓库文员");
    expect(p?.requirements.education.minLevel).toBe("associate");
    expect(p?.requirements.experience.minYears).toBe(1);
  });

  it("slices sourceText from the document", () => {
    const text = "🔥招聘咖啡师啦！\n☕ 负责咖啡制作与出品\n☕ 维护吧台清洁";
    const [p] = parsePositions(text).positions;
    expect(text.includes(p!.sourceText)).toBe(true);
    expect(p!.sourceText).toContain("维护吧台清洁");
  });

  it("still finds nothing in text without duties or requirements", () => {
    expect(parsePositions("今天天气很好，我们去公园散步。").positions).toEqual([]);
    expect(parsePositions("销售经理\n行政助理\n会计").positions).toEqual([]);
  });

  it("does not take a work report for a job", () => {
    expect(parsePositions("销售经理工作总结\n1、完成销售额500万。\n2、开发客户20家。").positions).toEqual([]);
  });
});

describe("the tagger's sequence decides where positions start", () => {
  it("splits a post at its role-naming title lines (keycap numbers, pay on the line)", () => {
    const text = [
      "【诚聘】星空咖啡 两个岗位 ☕", "1⃣ 咖啡师 6-8K", "负责咖啡制作", "维护吧台卫生", "要求：一年以上咖啡师经验",
      "2⃣ 店员 4-5K", "接待顾客", "整理货架", "要求：高中以上学历", "📍 中山路88号  📞 王姐",
    ].join("\n");
    const positions = parsePositions(text).positions;
    expect(positions.map((p) => p.title)).toEqual(["咖啡师", "店员"]);
    expect(positions[0]!.responsibilities).toEqual(["负责咖啡制作", "维护吧台卫生"]);
    expect(positions[0]!.requirements.experience.minYears).toBe(1);
    expect(positions[1]!.requirements.education.minLevel).toBe("high_school");
  });

  it("splits a README at its Markdown role headings with a place after the name", () => {
    const text = [
      "# Jobs at Foo", "### Backend Engineer · Remote", "**What you'll do**", "- Build our APIs", "**What you bring**", "- 3+ years with Go",
      "### Data Analyst · Berlin", "**What you'll do**", "- Build dashboards", "**What you bring**", "- Strong SQL",
    ].join("\n");
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual(["Backend Engineer", "Data Analyst"]);
  });

  it("a title line whose run holds no items (a contact line naming 经理) is not a position", () => {
    const text = "招聘 仓库管理员 包住\n【工作内容】\n负责货物入库\n【联系方式】张经理 13800000000";
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual(["仓库管理员"]);
  });
});

describe("the name a title line holds", () => {
  it.each([
    ["招聘 快递打包员 包吃住 月入5000-7000元\n负责快递打包\n负责装车", "快递打包员"],
    ["【急聘】文員 x1\n- 接聽電話\n- 文件整理\n要求：識用Word\n💰$15,000 📍旺角", "文員"],
    ["📣 我们工作室想找一个短视频运营小伙伴！\n负责账号日常更新\n整理素材", "短视频运营"],
    // A code line above the role's labelled name is no title; the label before the name is no part of it, nor is the headcount.
    ["Ref No: HR/2026/0932\nRequirement: Data Engineer (Multiple Positions)\nExperience: 3 to 5 Yrs\nJob Description:\n- Build batch pipelines for the finance data mart\n- Review peers' pull requests", "Data Engineer"],
    ["Job Code: QA-77\nOpening: Test Analyst (2 openings)\nResponsibilities:\n- Write regression suites for the billing portal\n- Triage defects with the product owner", "Test Analyst"],
  ])("%s → %s", (text, title) => {
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual([title]);
  });
});

describe("lines under a hiring table", () => {
  it("'- 岗位：duty' lines join their table row instead of repeating it as a position", () => {
    const text = [
      "| 岗位 | 人数 | 要求 |", "| --- | --- | --- |", "| 英语老师 | 2 | 本科及以上 |", "| 课程顾问 | 1 | 大专及以上 |",
      "", "**岗位职责**", "", "- 英语老师：负责英语课程教学", "- 课程顾问：接待家长咨询",
    ].join("\n");
    const positions = parsePositions(text).positions;
    expect(positions.map((p) => [p.title, p.responsibilities])).toEqual([
      ["英语老师", ["负责英语课程教学"]],
      ["课程顾问", ["接待家长咨询"]],
    ]);
  });
});

describe("the heading chain's reading and the tagger's are candidates", () => {
  it("takes the tagger's when it holds the chain's positions and more, outside them", () => {
    const text = "【销售代表】 底薪4000+提成\n1. 负责客户开发\n2. 维护客户关系\n【客服专员】 4000-5000\n1. 接听客户电话\n2. 处理客户投诉";
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual(["销售代表", "客服专员"]);
  });

  it("a role named inside a position the chain read (its reporting line) stays that position's field", () => {
    const text = "市场专员岗位职责\n汇报对象：市场部经理\n1、负责市场调研\n2、协助策划活动\n任职要求\n1、大专以上学历";
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual(["市场专员"]);
  });

  it("a role name opening with a duty verb (设计实习生) still starts its position", () => {
    const text = "📢 招人啦！\n👉 运营助理 1名\n✅ 负责公众号日常运营\n✅ 协助策划线上活动\n👉 设计实习生 2名\n✅ 负责海报设计\n✅ 整理素材";
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual(["运营助理", "设计实习生"]);
  });
});

describe("a post's inline section names", () => {
  it("'急招！！普工 10名' names 普工, and '工作内容：流水线操作' is a duty after its section's name", () => {
    const [p] = parsePositions("急招！！普工 10名\n工资：5000-7000\n要求：18-45岁，能吃苦\n工作内容：流水线操作\n地址：苏州工业园区星湖街").positions;
    expect(p?.title).toBe("普工");
    expect(p?.responsibilities).toEqual(["流水线操作"]);
  });
});

describe("a paragraph that opens with a role's name describes that role", () => {
  const lead = (text: string) => {
    const found = roleLead(text.toLowerCase(), text);
    return found ? text.slice(found.at, found.at + found.length) : null;
  };

  it.each([
    ["Senior Backend Engineer: you'll own our claims and payments services.", "Senior Backend Engineer"],
    ["Product Manager — you will own the operator app and the port-side workflow.", "Product Manager"],
    ["门店店长：负责门店日常运营、排班和库存管理，要求3年以上经验", "门店店长"],
    ["1. Data Analyst: build the weekly revenue dashboards for the sales team", "Data Analyst"],
  ])("%s", (text, name) => expect(lead(text)).toBe(name));

  it.each([
    ["Experience: 5+ years building backend services in Go"],
    ["Data Engineer: Lisbon or remote, €60k–€85k"],
    ["senior engineer: you'll own our claims and payments services"],
    ["Note: you will need to bring your own laptop to the interview"],
    ["销售经理：2人"],
  ])("not %s", (text) => expect(lead(text)).toBeNull());

  it("a comment with one paragraph per role reads one position per paragraph, not the commenter", () => {
    const text = [
      "  mapleworks_hr 3 hours ago | next [–]",
      "Mapleworks | QA Engineer, Support Lead | Toronto | Full-time",
      "",
      "QA Engineer: you will test our point-of-sale app before every release. We want 2+ years of manual and automated testing.",
      "",
      "Support Lead: you will run a team of six support agents and own our help centre. You have 4+ years in customer support.",
    ].join("\n");
    expect(parsePositions(text).positions.map((p) => [p.title, p.requirements.experience.minYears])).toEqual([["QA Engineer", 2], ["Support Lead", 4]]);
  });
});

describe("a user's handle is not a role", () => {
  it.each([["u/tidewater_cto"], ["fernwood_dev"], ["@ops_manager"]])("%s", (key) => expect(isPositionName(key, "strict")).toBe(false));
  it.each([["chief technology officer"], ["devops engineer"]])("keeps %s", (key) => expect(isPositionName(key, "strict")).toBe(true));
});

describe("a section the sequence reads, in words the section reader does not know", () => {
  it("reads the items under an unknown requirements heading as requirements", () => {
    // "Key duties" and "Who are we looking for" over a government board's property rows: the sequence reads the second
    // as the requirements' heading, though the section reader does not know its words.
    const text = [
      "Our site uses cookies to understand how it is used.", "Senior Data Analyst", "Agency\tRiver City Council", "Job number\tRCC-2026-118",
      "Salary\t$95,000 - $105,000", "Location\tBrisbane QLD", "About the team", "The insights branch turns council data into decisions. You will join a team of eight analysts.",
      "Key duties", "The successful candidate will be expected to:", "• design and deliver analysis of council datasets", "• build dashboards for the executive team",
      "Who are we looking for", "• at least three years of experience in a data analysis role", "• demonstrated experience writing SQL and using Python",
      "How to apply", "Apply now",
    ].join("\n");
    const [p] = parsePositions(text).positions;
    expect(p?.title).toBe("Senior Data Analyst");
    expect(p?.responsibilities).toEqual(["The successful candidate will be expected to:", "design and deliver analysis of council datasets", "build dashboards for the executive team"]);
    expect(p?.requirements.skills.map((s) => s.name)).toEqual(["SQL", "Python"]);
  });
});

describe("a line the sequence made furniture only for its neighbours", () => {
  const text = ["Parks Officer", "About the role", "- Mow and plant the city's parks", "About you", "- Certificate III in Horticulture", "- A forklift licence and a current driver's licence", "Privacy | Terms"].join("\n");
  // The sequence tags the last need furniture, as a page's foot pulls the line beside it over; its own scores say otherwise or not.
  const body = (own: "text" | "requirement" | "furniture") => {
    const clean = cleanDocument(text);
    const lines = tagPositionLines(clean).map((l) => {
      if (!l.text.includes("forklift")) return l;
      const scores = Object.fromEntries(Object.keys(l.scores).map((c) => [c, c === own ? 1 : 0])) as typeof l.scores;
      return { ...l, tag: "furniture" as const, scores };
    });
    return positionsFromTags(clean, lines).map((p) => p.text).join("\n");
  };

  it("stays in the body as its section's item when its own words read as text or as that item", () => {
    expect(body("text")).toContain("A forklift licence and a current driver's licence");
    expect(body("requirement")).toContain("A forklift licence and a current driver's licence");
  });

  it("is left out when its own words read as furniture too", () => {
    expect(body("furniture")).not.toContain("forklift");
  });
});
