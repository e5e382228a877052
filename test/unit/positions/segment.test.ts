import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { listingHeadingPattern } from "../../../server/positions/data/sections.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("position headings", () => {
  it.each([
    ["岗位名称：销售经理\n所属部门：销售部\n岗位职责：\n1、负责区域销售工作。", "销售经理"],
    ["职位：会计\n部门：财务部\n1、负责日常账务处理。", "会计"],
    ["出纳岗位职责\n1、负责现金收付。\n2、登记日记账。", "出纳"],
    ["銷售總監崗位職責說明書\n一、負責銷售部門的全面工作。\n二、制定銷售計劃。", "銷售總監"],
    ["（一）财务经理岗位职责\n1、主持财务部全面工作。", "财务经理"],
    ["8.2 销售代表\n8.2.1 负责客户开发。\n8.2.2 完成销售任务。", "销售代表"],
    ["行政专员的工作内容：\n1、负责办公用品采购。", "行政专员"],
    ["岗位说明书——采购主管\n1、负责供应商管理。", "采购主管"],
    ["Job Title: Senior Backend Engineer\nResponsibilities\n- Build APIs", "Senior Backend Engineer"],
    ["Position: Marketing Coordinator\n- Plan campaigns", "Marketing Coordinator"],
    ["岗位一：仓库管理员\n1、负责出入库。", "仓库管理员"],
    ["三、招聘专员\n1、发布招聘信息。", "招聘专员"],
    ["销售经理岗位职责(完整版)\n1、负责销售。", "销售经理"],
    ["急聘销售经理\n1、负责销售。", "销售经理"],
    ["Position 2: Data Analyst\n- Build dashboards", "Data Analyst"],
  ])("reads the title from %j", (text, title) => {
    expect(titles(text)).toEqual([title]);
  });

  it.each([
    ["1、销售经理\n负责区域销售工作。"],
    ["1. 销售经理\n负责区域销售工作。"],
    ["(1)销售经理\n负责区域销售工作。"],
    ["一、销售经理\n负责区域销售工作。"],
    ["8.2.1 销售经理\n负责区域销售工作。"],
    ["• 销售经理\n负责区域销售工作。"],
    ["a. 销售经理\n负责区域销售工作。"],
    ["（一）销售经理\n负责区域销售工作。"],
  ])("reads a numbered role heading %j", (text) => {
    expect(titles(text)).toEqual(["销售经理"]);
  });

  it("splits a document into its positions", () => {
    const text = [
      "（一）财务经理岗位职责",
      "1、主持财务部全面工作。",
      "2、审核财务报表。",
      "（二）会计岗位职责",
      "1、负责日常账务处理。",
      "（三）出纳岗位职责",
      "1、负责现金收付。",
    ].join("\n");
    expect(titles(text)).toEqual(["财务经理", "会计", "出纳"]);
  });

  it("reads positions run together on one line", () => {
    const text = "完成领导交办的工作。客服主管岗位职责 1、协助部门经理工作; 2、处理投诉。客服助理岗位职责 1、接待业主来访; 2、受理报修。";
    expect(titles(text)).toEqual(["客服主管", "客服助理"]);
  });

  it("strips 岗位职责/说明书/numbering suffixes but keeps the script", () => {
    expect(titles("電話營銷專員崗位職責一\n一、接受營銷主管的管理。\n電話營銷專員崗位職責二\n1、通過電話進行產品銷售。")).toEqual([
      "電話營銷專員",
      "電話營銷專員",
    ]);
  });

  it("names a 篇 article without a heading of its own after the article", () => {
    const text = "行政助理岗位职责篇一\n1、负责前台接待。\n2、管理办公用品。\n第二篇：行政助理岗位职责\n1、负责会议安排。";
    expect(titles(text)).toEqual(["行政助理", "行政助理"]);
  });

  it("does not make a collection title a position when its articles hold positions", () => {
    const text = "最新銷售助理崗位職責說明書\n銷售助理崗位職責說明書篇一\n銷售總監\n1、督促銷售人員的工作;\n2、銷售計劃的制定;";
    expect(titles(text)).toEqual(["銷售總監"]);
  });
});

describe("not positions", () => {
  // Issue 9: content is never refused, so duties under no position heading are one position (named by its first line).
  it("reads department sections as one position, not one per department heading", () => {
    const { positions } = parsePositions("销售部岗位职责一\n1、制定销售计划;\n2、监督销售工作。\n销售部岗位职责二\n1、完成预算。");
    expect(positions.map((p) => p.title)).toEqual(["销售部岗位职责一"]);
    expect(positions[0]!.responsibilities).toEqual(["制定销售计划", "监督销售工作", "完成预算"]);
  });

  it("makes section headings with their items one position, not one per heading", () => {
    expect(titles("岗位职责\n1、负责销售工作。\n任职资格\n1、本科以上学历。\n工作经验\n三年以上。\n岗位要求\n沟通能力强。")).toEqual(["岗位职责"]);
  });

  it("does not turn section headings inside a position into positions", () => {
    const text = "销售经理岗位职责\n一、岗位职责\n1、负责销售。\n二、任职资格\n1、本科学历。\n三、工作经验\n3年以上。";
    expect(titles(text)).toEqual(["销售经理"]);
  });

  it("ignores advertisement blurbs naming other documents", () => {
    const text =
      "下面为大家搜集的一篇“法务主管岗位说明书范文”,供大家参考借鉴,希望可以帮助到有需要的朋友!\n【xx为您推荐】\n策划总监岗位职责说明书\n文案策划岗位职责说明书";
    expect(titles(text)).toEqual([]);
  });

  it("invents nothing from text without a position", () => {
    expect(parsePositions("今天天气很好，我们去公园散步。").positions).toEqual([]);
    expect(parsePositions("").positions).toEqual([]);
  });

  it("keeps numbered duties under no heading as one position named by its first line", () => {
    const { positions } = parsePositions("1、负责销售工作。\n2、完成目标。");
    expect(positions.map((p) => [p.title, p.responsibilities])).toEqual([["负责销售工作。", ["负责销售工作", "完成目标"]]]);
  });

  it("reads Taiwan's 職稱 as a title only when it names a role", () => {
    expect(titles("職稱：業務經理\n1. 開發客戶。")).toEqual(["業務經理"]);
    expect(titles("职称：中级\n1、负责核算。")).not.toContain("中级");
  });

  it("does not take an employment type for a title", () => {
    expect(titles("岗位：全职\n1、负责销售。")).not.toContain("全职");
  });

  it("drops a title that carries nothing", () => {
    expect(titles("销售经理\n行政助理\n会计")).toEqual([]);
  });
});

describe("headings that run into their description", () => {
  it("reads numbered roles on one line, each with its description", () => {
    const text = "客户部的人员岗位职责划分为: 1部主任 全面负责客户部的行政和业务管理工作。 2业务主管 全面负责所在经营组";
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["部主任", "业务主管"]);
    expect(positions[1]!.summary).toBe("全面负责所在经营组");
  });
});

describe("names that are values, not headings", () => {
  it("does not split a position at the subordinates listed under 直接下级：", () => {
    const text = "岗位名称：销售经理\n直接下级：\n销售代表\n客服专员\n岗位职责：\n1、负责销售团队管理。";
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["销售经理"]);
    expect(positions[0]!.responsibilities).toEqual(["负责销售团队管理"]);
  });

  it("does not read numbered names in a label's value as positions", () => {
    const text = "岗位名称：销售经理\n直接下级：1 销售代表 2 客服专员 3 销售助理\n岗位职责：\n1、负责销售团队管理。";
    expect(titles(text)).toEqual(["销售经理"]);
  });

  it("does not make a 篇 of another kind of document a position", () => {
    expect(parsePositions("销售经理工作总结篇一\n1、完成销售额500万。\n2、开发客户20家。").positions).toEqual([]);
  });
});

describe("a heading whose name is followed by the post's hours, term and pay in brackets", () => {
  const names = (text: string) => parsePositions(text).positions.map((p) => p.title);
  it("reads each name, the qualifier not counting towards its length, in capitals or not", () => {
    const text = [
      "PARISH NEWS",
      "Our lunch club is back on Thursdays.",
      "CARETAKER (part-time, 15 hours a week, £12.60 per hour)",
      "Opening and locking the hall, small repairs, keeping the grounds tidy.",
      "  * At least 1 year's experience of building maintenance",
      "  * A full UK driving licence (you will collect supplies)",
      "Family Support Worker (full-time, fixed term 2 years, £27,200)",
      "Supporting families referred by the local primary schools.",
      "  * At least 2 years' experience of family support work",
      "  * The post is subject to an Enhanced DBS check",
    ].join("\n");
    expect(names(text).map((t) => t.toLowerCase())).toEqual(["caretaker", "family support worker"]);
  });

  it("reads a contents list naming the posts again as no posts of its own", () => {
    const text = [
      "Engineering : 2027 Open Roles - Platform",
      "Recruiters: copy the role briefs below into the ATS as-is.",
      "• Site Reliability Engineer", "• Product Designer", "• Data Analyst (6-month contract)",
      "Site Reliability Engineer", "Team\tPlatform", "Location\tBerlin, hybrid", "Must have", "• 4+ years running Kubernetes in production", "• Terraform and Prometheus",
      "Product Designer", "Team\tGrowth", "Location\tBerlin", "Must have", "• 3+ years designing for the web", "• Figma",
      "Data Analyst (6-month contract)", "Team\tGrowth", "Location\tRemote", "Must have", "• 2+ years of SQL", "• Looker or Tableau",
    ].join("\n");
    expect(names(text)).toEqual(["Site Reliability Engineer", "Product Designer", "Data Analyst"]);
  });
});

describe("a job-site copy whose classification line stands under the title", () => {
  const names = (text: string) => parsePositions(text).positions.map((p) => p.title);
  it.each([
    ["Payroll Executive (Payroll / Claims / EA Forms)", "Human Resources & Recruitment (Payroll)"],
    ["Commis Chef (Western Kitchen, Split Shift)", "Hospitality & Tourism (Chefs/Cooks)"],
    ["Java Developer (Spring Boot / Microservices / Kafka)", "Information & Communication Technology (Developers/Programmers)"],
  ])("reads %j as the post and not the category %j", (title, category) => {
    const text = [title, "Harbourline Holdings Sdn Bhd", "Kuala Lumpur", category, "Full time", "Responsibilities:", "• Handle the monthly cycle end to end", "• Liaise with auditors", "Requirements:", "• At least 2 years of experience", "• Diploma or degree"].join("\n");
    const found = names(text);
    expect(found).toHaveLength(1);
    expect(title.startsWith(found[0]!)).toBe(true);
  });
});

describe("a referral post's roles qualified by direction and hiring round", () => {
  it("reads a role with a dashed direction and a 届/校招 bracket among its numbered siblings", () => {
    const text = [
      "岗位一览：",
      "1、Java后端开发工程师（社招）", "- 本科及以上，计算机相关专业", "- 3年以上Java开发经验，熟悉Spring Boot",
      "2、数据开发工程师-数仓方向（2027届校招）", "- 硕士及以上学历", "- 熟悉Hive、Spark", "- 应届毕业生",
      "3、前端开发工程师（校招/社招均可）", "- 熟悉React", "- 了解Webpack",
    ].join("\n");
    const positions = parsePositions(text).positions;
    expect(positions.map((p) => p.title)).toHaveLength(3);
    expect(positions[1]!.title).toMatch(/^数据开发工程师-数仓方向/);
    expect(positions[1]!.requirements.skills.map((s) => s.name)).toContain("Spark");
    expect(positions[0]!.requirements.skills.map((s) => s.name)).not.toContain("Spark");
  });
});

describe("a government job board copy: equipment lists and similar jobs under the post", () => {
  const text = [
    "Job posting",
    "Millwright",
    "Location: Kamloops, BC",
    "Responsibilities",
    "Tasks",
    "Install, maintain and repair conveyors and pumps",
    "Read blueprints and schematics",
    "Experience and specialization",
    "Equipment and machinery experience",
    "Hydraulic presses",
    "Programmable logic controllers (PLC)",
    "Air compressors",
    "Work conditions and physical capabilities",
    "Attention to detail",
    "See similar jobs near you",
    "Millwright - Merritt, BC",
    "Maintenance mechanic - Kamloops, BC",
  ].join("\n");

  it("reads one post, an item named by plural role words being equipment and the similar jobs links", () => {
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual(["Millwright"]);
  });

  it.each(["Here are similar jobs", "See similar jobs near you", "View more jobs like this", "Similar jobs nearby"])("%j introduces other postings", (line) => {
    expect(listingHeadingPattern.test(line.toLowerCase())).toBe(true);
  });
});
