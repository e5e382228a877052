import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const only = (text: string) => {
  const { positions } = parsePositions(text);
  expect(positions).toHaveLength(1);
  return positions[0]!;
};

describe("recruitment-post formats", () => {
  it("reads a job posting with 招聘职位 and 职位描述", () => {
    const p = only(
      [
        "招聘职位：Java开发工程师",
        "工作地点：北京",
        "职位描述：",
        "1. 负责公司核心业务系统的设计与开发；",
        "2. 参与需求分析和技术方案评审；",
        "任职要求：",
        "1. 计算机相关专业本科及以上学历；",
        "2. 3年以上Java开发经验；",
        "3. 熟悉Spring Boot、MyBatis等主流框架；",
        "4. 有分布式系统开发经验者优先。",
      ].join("\n"),
    );
    expect(p.title).toBe("Java开发工程师");
    expect(p.responsibilities).toEqual(["负责公司核心业务系统的设计与开发", "参与需求分析和技术方案评审"]);
    expect(p.requirements.education).toEqual({ minLevel: "bachelor", majors: ["计算机"], majorsRequired: true });
    expect(p.requirements.experience.minYears).toBe(3);
    expect(p.requirements.experience.fields).toEqual(["Java开发"]);
    // "3年以上Java开发经验" states the experience's field and the tool it needs.
    expect(p.requirements.skills).toEqual([
      { name: "Java", required: true },
      { name: "Spring Boot", required: true },
      { name: "MyBatis", required: true },
    ]);
  });

  it("reads several numbered positions with headcounts", () => {
    const text = [
      "某某公司招聘启事",
      "一、销售代表（3名）",
      "岗位职责：",
      "1、开发新客户；",
      "任职要求：",
      "1、高中以上学历，男女不限；",
      "二、会计 1名",
      "岗位职责：",
      "1、负责日常账务；",
      "任职要求：",
      "1、会计专业大专以上学历，持有会计从业资格证；",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["销售代表", "会计"]);
    expect(positions[0]!.requirements.education.minLevel).toBe("high_school");
    expect(positions[0]!.compliance).toEqual([]);
    expect(positions[1]!.requirements.education).toEqual({ minLevel: "associate", majors: ["会计"], majorsRequired: true });
    expect(positions[1]!.requirements.certifications).toEqual([{ name: "会计从业资格证", required: true }]);
  });

  it("reads a heading in 【】 or markdown", () => {
    expect(parsePositions("【行政专员】\n1、负责前台接待；\n2、管理办公用品。").positions.map((p) => p.title)).toEqual(["行政专员"]);
    expect(parsePositions("## 产品经理\n1. 负责产品规划；").positions.map((p) => p.title)).toEqual(["产品经理"]);
  });

  it("reads 工作经验 given under its own heading", () => {
    const p = only("岗位名称：仓库管理员\n岗位职责：\n1、负责出入库。\n任职资格：\n学历：中专以上\n工作经验：2年以上");
    expect(p.requirements.education.minLevel).toBe("high_school");
    expect(p.requirements.experience.minYears).toBe(2);
  });
});

describe("English formats", () => {
  it("reads a title line without a label, Title Case, with a comma", () => {
    const p = only("Software Engineer, Infrastructure\nWhat you'll do:\n- Operate Kubernetes clusters\nWhat you'll bring:\n- BS/MS in Computer Science\n- 3-5 years of experience with Go");
    expect(p.title).toBe("Software Engineer, Infrastructure");
    expect(p.responsibilities).toEqual(["Operate Kubernetes clusters"]);
    expect(p.requirements.education.minLevel).toBe("bachelor");
    expect(p.requirements.experience).toMatchObject({ minYears: 3, maxYears: 5 });
    expect(p.requirements.skills).toContainEqual({ name: "Go", required: true });
  });

  it("does not read a duty as a title", () => {
    // The duties are one position (issue 9: never refuse content), named by the document's first line.
    expect(parsePositions("Responsibilities\n- Mentor junior engineers\n- Review code").positions.map((p) => p.title)).toEqual(["Responsibilities"]);
  });
});

describe("collection documents from sharing sites", () => {
  it("reads articles numbered 篇1 / 【篇二】 and strips (精选N篇)", () => {
    const text = [
      "出纳岗位职责（精选3篇）",
      "出纳岗位职责 篇1",
      "1、负责现金收付；",
      "【篇二】出纳岗位职责",
      "1、登记现金日记账；",
      "篇3：仓管员岗位职责",
      "1、负责物料出入库；",
    ].join("\n");
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual(["出纳", "出纳", "仓管员"]);
  });

  it("reads circled and 第N条 numbering as items", () => {
    expect(only("采购专员岗位职责\n①负责供应商开发；\n②负责询价比价；").responsibilities).toEqual(["负责供应商开发", "负责询价比价"]);
    expect(only("保安员岗位职责\n第一条 负责门岗值守；\n第二条 负责巡逻。").responsibilities).toEqual(["负责门岗值守", "负责巡逻"]);
  });

  it("reads unnumbered, unpunctuated duties under a 职责 heading but not its short sub-headings", () => {
    const p = only("岗位名称：资产管理专员\n职责与工作任务：\n资产台帐\n建立健全资产台帐，做到帐实相符\n指导设备租赁事业部的设备统计工作");
    expect(p.responsibilities).toEqual(["建立健全资产台帐,做到帐实相符", "指导设备租赁事业部的设备统计工作"]);
  });

  it("splits an unnumbered line of duties at ；", () => {
    expect(only("岗位名称：前台\n岗位职责：\n负责来访接待；负责电话转接；负责快递收发。").responsibilities).toEqual([
      "负责来访接待",
      "负责电话转接",
      "负责快递收发",
    ]);
  });

  it("knows role words beyond 经理/主管: 跟单, 质检, 电工, 实习生", () => {
    const text = "一、跟单\n负责订单跟进。\n二、质检\n负责来料检验。\n三、电工\n负责设备维修。\n四、实习生\n协助部门工作。";
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual(["跟单", "质检", "电工", "实习生"]);
  });

  it("does not read English prose as a label", () => {
    expect(parsePositions("Position Summary\nThe position reports to the CTO.").positions).toEqual([]);
  });
});

describe("more layouts", () => {
  it("reads a department's collection of positions with their own requirements", () => {
    const text = [
      "行政人事部岗位职责",
      "一、行政人事经理岗位职责",
      "1、负责公司行政人事管理制度的建立；",
      "任职要求：",
      "1、人力资源管理或相关专业本科以上学历；",
      "2、5年以上人力资源管理经验，3年以上同等职位经验；",
      "二、行政专员岗位职责",
      "1、负责公司日常行政事务；",
      "任职要求：大专及以上学历，1年以上行政工作经验，熟练使用办公软件。",
      "三、前台文员岗位职责",
      "1、负责来访接待；",
      "2、形象气质佳，身高160cm以上，女性优先。",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["行政人事经理", "行政专员", "前台文员"]);
    expect(positions[0]!.requirements.experience).toEqual({ minYears: 5, maxYears: null, management: false, fields: ["人力资源"] });
    expect(positions[1]!.requirements.experience.fields).toEqual(["行政"]);
    expect(positions[1]!.requirements.skills).toEqual([{ name: "办公软件", required: true }]);
    expect(positions[2]!.compliance.map((f) => f.category)).toEqual(["gender", "appearance", "height"]);
  });

  it("reads a Taiwan job-bank layout (職缺名稱, 條件要求, 擅長工具)", () => {
    const p = only(
      ["職缺名稱：業務專員", "工作內容：", "1. 開發新客戶並維繫舊客戶關係", "條件要求：", "學歷要求：大學以上", "工作經驗：2年以上", "擅長工具：Excel、PowerPoint", "語文條件：英文"].join("\n"),
    );
    expect(p.title).toBe("業務專員");
    expect(p.language).toBe("zh-Hant");
    expect(p.requirements.education.minLevel).toBe("bachelor");
    expect(p.requirements.experience.minYears).toBe(2);
    expect(p.requirements.skills).toEqual([
      { name: "Excel", required: true },
      { name: "PowerPoint", required: true },
    ]);
    expect(p.requirements.languages).toEqual([{ name: "英文", required: true }]);
  });

  it("reads management and field from an English requirement", () => {
    const p = only(
      "Marketing Manager\nKey Responsibilities\n• Develop marketing plans\nRequirements\n• At least 5 years of marketing experience, including 2 years in a management role",
    );
    expect(p.requirements.experience).toEqual({ minYears: 5, maxYears: null, management: true, fields: ["marketing"] });
  });
});

describe("label layouts", () => {
  it.each([
    ["岗位 销售经理 部门 销售部\n1、负责销售。", "销售经理", "销售部"],
    ["【岗位名称】销售经理【所属部门】销售部\n1、负责销售。", "销售经理", "销售部"],
    ["岗位名称 销售经理 所属部门 销售部 岗位编号 XS-01\n1、负责销售。", "销售经理", "销售部"],
    ["职位名称：销售经理（2人）\n部门：销售部\n1、负责销售。", "销售经理", "销售部"],
  ])("reads title and department from %j", (text, title, department) => {
    const p = only(text);
    expect(p.title).toBe(title);
    expect(p.department).toBe(department);
  });
});

describe("scraped collections", () => {
  it("skips a table of contents and reads each position once", () => {
    const text = [
      "销售部各岗位职责说明书",
      "目  录",
      "一、销售总监",
      "二、销售经理",
      "一、销售总监",
      "岗位职责：",
      "1．制定年度销售计划；",
      "任职要求：",
      "1．本科以上学历，8年以上销售经验，5年以上团队管理经验；",
      "二、销售经理",
      "岗位职责：",
      "1．完成区域销售目标；",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["销售总监", "销售经理"]);
    expect(positions[0]!.requirements.experience).toEqual({ minYears: 8, maxYears: null, management: true, fields: ["销售"] });
  });

  it("reads a Traditional page-numbered document with full-width numbering", () => {
    const text = [
      "第１頁",
      "倉管員崗位職責：",
      "１．負責倉庫物料的收發存管理；",
      "２．定期盤點，確保帳物相符；",
      "任職資格：",
      "高中或中專以上學歷，一年以上倉庫管理經驗，熟悉ERP系統，限男性，身高１７０ｃｍ以上。",
      "第２頁",
      "會計崗位職責：",
      "１．負責日常帳務處理；",
      "任職資格：",
      "大專以上學歷，會計相關專業，具備會計證。",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["倉管員", "會計"]);
    const [keeper, accountant] = positions;
    expect(keeper!.responsibilities).toEqual(["負責倉庫物料的收發存管理", "定期盤點,確保帳物相符"]);
    expect(keeper!.requirements.education.minLevel).toBe("high_school");
    expect(keeper!.requirements.experience).toMatchObject({ minYears: 1, management: false });
    expect(keeper!.requirements.skills).toEqual([{ name: "ERP系統", required: true }]);
    expect(keeper!.compliance).toEqual([
      { category: "gender", text: "限男性" },
      { category: "height", text: "身高１７０ｃｍ以上" },
    ]);
    expect(accountant!.requirements.certifications).toEqual([{ name: "會計證", required: true }]);
    for (const p of positions) expect(text.includes(p.sourceText)).toBe(true);
  });
});

describe("more heading forms", () => {
  it.each([
    ["销售经理的岗位职责和任职资格\n1、负责销售。", "销售经理"],
    ["深圳某某科技有限公司销售经理岗位职责\n1、负责销售。", "销售经理"],
    ["Job Description - Account Executive\n- Close deals", "Account Executive"],
  ])("reads %j", (text, title) => {
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual([title]);
  });

  it("reads numbered roles each followed by their description", () => {
    const text = "客户部人员职责划分：\n1、部主任：全面负责客户部的行政和业务管理工作。\n2、业务主管：负责所在经营组的客户服务工作。";
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["部主任", "业务主管"]);
    expect(positions[1]!.summary).toBe("负责所在经营组的客户服务工作。");
  });
});
