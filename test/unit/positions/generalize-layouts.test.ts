import { describe, expect, it } from "vitest";
import { findMajors, findMinEducation } from "../../../server/positions/education.js";
import { findExperience } from "../../../server/positions/experience.js";
import { foldAligned } from "../../../server/text/fold.js";
import { parsePositions } from "../../../server/positions/parse.js";
import { findCertifications, findLanguages } from "../../../server/positions/skills.js";

// Layouts found by the hand-written corpus (corpus/*.txt) that the seeds never use, one case each.
const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));
const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("tables and other layouts beyond the seeds", () => {
  it("reads one position per row of a header-led table, each cell named by its column", () => {
    const text = ["招聘计划", "岗位名称\t人数\t学历要求\t专业要求\t工作经验", "会计\t1\t本科及以上\t会计学\t3年以上", "出纳\t1\t大专\t不限\t1年以上", "报名截止：5月31日"].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["会计", "出纳"]);
    expect(positions[0]!.requirements.education).toEqual({ minLevel: "bachelor", majors: ["会计学"], majorsRequired: true });
    expect(positions[1]!.requirements.experience.minYears).toBe(1);
    for (const p of positions) expect(text).toContain(p.sourceText);
  });

  it("reads education stated above the label that opened the requirements", () => {
    const [p] = parsePositions("職缺名稱：網頁設計師\n工作說明：\n1. 負責網頁設計\n學歷限制：專科、大學\n工作經驗：2年以上").positions;
    expect(p!.requirements.education.minLevel).toBe("associate");
  });

  it("reads requirements from English prose without headings", () => {
    const [p] = parsePositions(
      "Marketing Coordinator\n\nThe ideal candidate has a bachelor's degree in marketing or communications and 2-3 years of marketing experience. You should be comfortable with HubSpot.",
    ).positions;
    expect(p!.requirements.education.majors).toEqual(["marketing", "communications"]);
    expect(p!.requirements.skills).toContainEqual({ name: "HubSpot", required: true });
  });

  it.each([
    ["Good communication skills in English, Cantonese and Putonghua", "Putonghua"],
  ])("reads the language in %s", (text, name) => {
    expect(findLanguages(lines(text)).map((l) => l.name)).toContain(name);
  });

  it("does not read a licence field's label as a licence", () => {
    expect(findCertifications(lines("駕駛執照：普通重型機車駕照")).map((c) => c.name)).toEqual(["普通重型機車駕照"]);
  });
});

describe("hiring sentences, authority sections and person specifications", () => {
  it("reads the position a hiring sentence names: 诚聘会计一名，要求：…", () => {
    const [p] = parsePositions("诚聘\n本公司诚聘会计一名，要求：会计专业中专以上学历，持会计证。").positions;
    expect(p!.title).toBe("会计");
    expect(p!.requirements.certifications).toEqual([{ name: "会计证", required: true }]);
  });

  it("does not read '1、总经理：审批…' under 工作权限 as a position", () => {
    const text = "人事经理岗位职责\n1、负责招聘；\n工作权限\n1、总经理：审批年度预算；\n2、人事经理：对录用有建议权。\n任职资格\n1、本科以上学历。";
    expect(titles(text)).toEqual(["人事经理"]);
  });

  it("makes a Desirable list preferences and an Essential list requirements", () => {
    const [p] = parsePositions("Job Title: Finance Officer\nEssential:\n- AAT qualification\nDesirable:\n- Part-qualified ACCA or CIMA").positions;
    expect(p!.requirements.certifications).toEqual([
      { name: "AAT", required: true },
      { name: "ACCA", required: false },
      { name: "CIMA", required: false },
    ]);
  });

  it("does not read papers to bring (学历证书复印件) as a certification", () => {
    expect(findCertifications(lines("请带身份证、学历证书复印件前来面试"))).toEqual([]);
  });
});

describe("wrapped PDF lines, school levels and article bylines", () => {
  it("re-joins a requirement a PDF wrapped at the page width", () => {
    const [p] = parsePositions("质量经理\n任职资格：\n1. 本科及以上学历，机械、材料或质量管理相关\n专业；\n2. 8年以上制造业质量管理工作经验，其中3年以\n上质量部门管理经验；").positions;
    expect(p!.requirements.education.majors).toEqual(["机械", "材料", "质量管理"]);
    expect(p!.requirements.experience).toMatchObject({ minYears: 8, management: true });
  });

  it("reads 中三程度 as junior high", () => {
    expect(findMinEducation(foldAligned("中三程度"))).toBe("junior_high");
  });

  it("does not read '物业公司各岗位职责' or an article byline as a position", () => {
    const text = "物业公司各岗位职责(精选2篇)\n时间：2023-06-12 作者：佚名 浏览：1823次\n下载文档\n保安员岗位职责\n1、负责门岗值守；\n2、按时巡逻。";
    expect(titles(text)).toEqual(["保安员"]);
  });
});

describe("forms are not tables", () => {
  it("reads a .docx form row with two label/value pairs as fields, not as a table of positions", () => {
    const text = "岗位说明书\n岗位名称\t行政主管\t所属部门\t行政部\n直接上级\t行政经理\t直接下级\t前台接待\n学历要求\t大专及以上学历";
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["行政主管"]);
    expect(positions[0]).toMatchObject({ department: "行政部", reportsTo: "行政经理" });
  });
});

describe("hiring tags, one-line English headers and skill lists", () => {
  it("drops a hiring tag after a title: 財務經理（外商）", () => {
    expect(titles("財務經理（外商）\n工作內容\n1. 督導結帳作業")).toEqual(["財務經理"]);
  });

  it("reads a one-line 'Title: X | Location: …' header and inline Must-have / Nice-to-have lists", () => {
    const [p] = parsePositions("Title: Data Engineer | Location: Remote\nResponsibilities: build pipelines\nMust-have: Python, SQL\nNice-to-have: dbt").positions;
    expect(p!.title).toBe("Data Engineer");
    expect(p!.requirements.skills).toEqual([
      { name: "Python", required: true },
      { name: "SQL", required: true },
      { name: "dbt", required: false },
    ]);
  });

  it("reads majors after 'BS in'", () => {
    expect(findMajors(lines("Education: BS in Computer Science or equivalent experience"), true).majors).toEqual(["Computer Science"]);
  });
});

describe("emoji posts, pipe tables, preferred-only years and capitalized forms", () => {
  it("reads '#岗位一# X（急招）' headings and emoji-led section names", () => {
    const [p] = parsePositions("#岗位一# Java高级工程师（急招）\n📌工作内容：\n1）负责系统开发\n📌我们希望你：\n1）统招本科及以上").positions;
    expect(p!.title).toBe("Java高级工程师");
    expect(p!.requirements.education.minLevel).toBe("bachelor");
  });

  it("reads a pipe table row like a .docx table row, keeping sourceText exact", () => {
    const text = "| 岗位名称 | 店铺运营 | 所属部门 | 网店运营部 |\n|---|---|---|---|\n| 任职资格 | 大专以上学历，2年以上电商运营经验。 |";
    const [p] = parsePositions(text).positions;
    expect(p).toMatchObject({ title: "店铺运营", department: "网店运营部" });
    expect(p!.requirements.experience.minYears).toBe(2);
    expect(text).toContain(p!.sourceText);
  });

  it("reads Taiwan's 職缺： label and drops （約用）", () => {
    expect(titles("一、職缺：行政助理（約用）1名\n二、工作內容：\n（一）辦理行政業務。")).toEqual(["行政助理"]);
  });

  it("sets no minimum from years that are only preferred, and splits '…专业优先，3年以上…'", () => {
    expect(findExperience(lines("具1年以上行政工作經驗者優先")).minYears).toBeNull();
    expect(findExperience(lines("物业管理专业优先，3年以上物业客服工作经验")).minYears).toBe(3);
  });

  it("keeps 'PREFERRED QUALIFICATIONS:' one heading", () => {
    const [p] = parsePositions("POSITION TITLE: AP Specialist\nMINIMUM QUALIFICATIONS:\n- Intermediate Excel skills\nPREFERRED QUALIFICATIONS:\n- Experience with NetSuite").positions;
    expect(p!.requirements.skills).toEqual([
      // Issue 9: a skill is named, not phrased ("Excel skills" → Excel).
      { name: "Excel", required: true },
      { name: "NetSuite", required: false },
    ]);
  });
});

describe("preferences that set no minimum and labelled positions without numbers", () => {
  it("sets no minimum education from a degree that is only preferred", () => {
    expect(findMinEducation(foldAligned("Bachelor's degree in Hospitality Management preferred"))).toBeNull();
    expect(findMinEducation(foldAligned("本科学历优先"))).toBeNull();
  });

  it("keeps a labelled position whose requirements state no number", () => {
    expect(titles("職位：搬運工\n要求：\n- 年齡不限，身體健康\n- 無經驗可培訓")).toEqual(["搬運工"]);
  });

  it("does not read 汉语言文学 (a major) as a language", () => {
    expect(findLanguages(lines("文秘、汉语言文学等相关专业"))).toEqual([]);
  });
});

describe("flattened forms, bracketed sections and number words", () => {
  it("reads two flattened forms on one line as two positions", () => {
    const text =
      "1、一、基本信息职位名称 行政专员 所属部门 行政部 二、岗位概述 负责日常行政事务。三、工作职责 1.负责办公用品采购；2.负责会议服务。一、基本信息职位名称 前台 所属部门 行政部 二、岗位概述 负责前台接待。三、工作职责 1.接待来访客人；2.接听电话。";
    expect(titles(text)).toEqual(["行政专员", "前台"]);
  });

  it("reads 【岗位职责】 sections and a title after '急聘｜'", () => {
    const [p] = parsePositions("急聘｜电话销售专员（底薪+提成）\n【岗位职责】\n1、电话推广产品；\n【任职要求】\n1、中专及以上学历；").positions;
    expect(p!.title).toBe("电话销售专员");
    expect(p!.responsibilities).toEqual(["电话推广产品"]);
    expect(p!.requirements.education.minLevel).toBe("high_school");
  });

  it("reads 'five (5) years' and 'supervising staff'", () => {
    expect(findExperience(lines("Minimum of five (5) years of accounting experience, including two (2) years supervising staff"))).toMatchObject({
      minYears: 5,
      management: true,
    });
  });

  it("reads 香港中學文憑 as secondary school", () => {
    expect(findMinEducation(foldAligned("在香港中學文憑考試中英國語文科及數學科取得第2級或以上成績"))).toBe("high_school");
  });
});

describe("job-board templates with bars", () => {
  it("reads 'Label | value' template rows and Key Duties / Skills/Qualifications sections", () => {
    const text = "Job Title | Customer Service Representative\nReports To | Support Team Lead\nKey Duties\n• Answer inquiries\nSkills/Qualifications\n• Bilingual in English and Spanish is a plus";
    const [p] = parsePositions(text).positions;
    expect(p).toMatchObject({ title: "Customer Service Representative", reportsTo: "Support Team Lead" });
    expect(p!.requirements.languages).toEqual([
      { name: "English", required: false },
      { name: "Spanish", required: false },
    ]);
  });
});

describe("Role and Team labels and work-pattern tags", () => {
  it("reads 'Role:' and 'Team:' lines", () => {
    const [p] = parsePositions("Role: Growth Marketing Manager\nTeam: Growth\nWhat you'll do\n- Own paid acquisition").positions;
    expect(p).toMatchObject({ title: "Growth Marketing Manager", department: "Growth" });
  });

  it("drops a （全職／兼職） tag", () => {
    expect(titles("侍應生（全職／兼職）\n要求：無經驗可，會講基本英語更佳")).toEqual(["侍應生"]);
  });
});

describe("postings written as prose", () => {
  it("names the position from a hiring sentence when the document has no heading", () => {
    const [p] = parsePositions("Join Nimbus Health\n\nWe're hiring a Senior Product Designer to shape our tools.\n\nYou have at least 6 years of product design experience and fluency in Figma.").positions;
    expect(p!.title).toBe("Senior Product Designer");
    expect(p!.requirements.skills).toContainEqual({ name: "Figma", required: true });
  });

  it("never lets a hiring sentence compete with a title line", () => {
    expect(titles("Senior Backend Engineer\nWe are looking for a Staff Engineer to mentor the team.\nResponsibilities\n- Build APIs")).toEqual([
      "Senior Backend Engineer",
    ]);
  });
});

describe("space-aligned tables and '+ years of' phrasing", () => {
  it("reads a plain-text table aligned with spaces", () => {
    const text = "岗位名称        人数    要求\n调度员          2人     大专以上学历，1年以上物流调度经验\n司机            5人     持B2驾驶证，3年以上驾龄";
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["调度员", "司机"]);
    expect(positions[1]!.requirements.certifications).toEqual([{ name: "B2驾驶证", required: true }]);
    for (const p of positions) expect(text).toContain(p.sourceText);
  });

  it("reads '3+ years of backend development with Node.js' as years and skills", () => {
    const [p] = parsePositions("Backend Developer\nWhat we're looking for\n- 3+ years of backend development with Node.js").positions;
    expect(p!.requirements.experience.minYears).toBe(3);
    expect(p!.requirements.skills).toContainEqual({ name: "Node.js", required: true });
  });
});
