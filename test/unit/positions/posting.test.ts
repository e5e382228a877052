import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { parseSalary, readPostingLines, salaryMonths } from "../../../server/positions/posting.js";

describe("parseSalary", () => {
  it.each([
    ["8千-1.2万·13薪", "zh-Hans", { min: 8000, max: 12000, currency: "CNY", period: "month" }],
    ["15-25K", "zh-Hans", { min: 15000, max: 25000, currency: "CNY", period: "month" }],
    ["15-25K·14薪", "zh-Hans", { min: 15000, max: 25000, currency: "CNY", period: "month" }],
    ["月薪5000-8000元", "zh-Hans", { min: 5000, max: 8000, currency: "CNY", period: "month" }],
    ["年薪20-30万", "zh-Hans", { min: 200000, max: 300000, currency: "CNY", period: "year" }],
    ["150-200元/天", "zh-Hans", { min: 150, max: 200, currency: "CNY", period: "day" }],
    ["$70,000 - $90,000 a year", "en", { min: 70000, max: 90000, currency: "USD", period: "year" }],
    ["£30,000 - £35,000 per annum", "en", { min: 30000, max: 35000, currency: "GBP", period: "year" }],
    ["$25/hr", "en", { min: 25, max: 25, currency: "USD", period: "hour" }],
    ["月薪 NT$40,000~50,000", "zh-Hant", { min: 40000, max: 50000, currency: "TWD", period: "month" }],
    ["HK$18,000 - 22,000", "zh-Hant", { min: 18000, max: 22000, currency: "HKD", period: "month" }],
    ["月薪35,000元以上", "zh-Hant", { min: 35000, max: 35000, currency: "TWD", period: "month" }],
    ["月薪 40,000~60,000元", "zh-Hant", { min: 40000, max: 60000, currency: "TWD", period: "month" }],
  ] as const)("%s", (text, language, salary) => {
    expect(parseSalary(text, language)).toEqual(salary);
  });

  it.each([["薪资面议"], ["面议"], ["经验3-5年"], ["本科"]])("states no pay: %s", (text) => {
    expect(parseSalary(text, "zh-Hans")).toBeNull();
  });
});

describe("readPostingLines", () => {
  it("reads place, years, schooling and work type from a tag line", () => {
    expect(readPostingLines(["上海 | 经验3-5年 | 本科 | 全职"], "zh-Hans")).toEqual({
      salary: null, location: "上海", employmentType: "full_time", workplaceType: null, salaryMonths: null, minEducation: "bachelor", experience: { minYears: 3, maxYears: 5 },
    });
  });

  it("reads a LinkedIn-style company · place · type line", () => {
    const facts = readPostingLines(["Acme Corp · Berlin, Germany · Full-time"], "en");
    expect(facts.location).toBe("Berlin, Germany");
    expect(facts.employmentType).toBe("full_time");
  });

  it.each([["兼职", "part_time"], ["实习", "internship"], ["Contract", "contract"], ["临时工", "temporary"]] as const)("%s → %s", (tag, type) => {
    expect(readPostingLines([`深圳 | ${tag}`], "zh-Hans").employmentType).toBe(type);
  });

  it("reads a location label's value without the work type written after it", () => {
    const facts = readPostingLines(["Location: Manchester · Full-time"], "en");
    expect(facts.location).toBe("Manchester");
    expect(facts.employmentType).toBe("full_time");
    expect(readPostingLines(["工作地点：上海 · 兼职"], "zh-Hans")).toMatchObject({ location: "上海", employmentType: "part_time" });
    // A value whose other parts are not work types stays whole.
    expect(readPostingLines(["Location: Berlin · Mitte"], "en").location).toBe("Berlin · Mitte");
  });

  it("reads 5年以上 and 3+ years as minimums", () => {
    expect(readPostingLines(["北京 | 5年以上 | 硕士"], "zh-Hans").experience).toEqual({ minYears: 5, maxYears: null });
    expect(readPostingLines(["Remote · 3+ years"], "en").experience).toEqual({ minYears: 3, maxYears: null });
  });
});

describe("a parsed posting carries its salary and tags", () => {
  const text = [
    "高级前端工程师", "15-25K·13薪", "上海 | 经验3-5年 | 本科 | 全职", "职位描述", "负责前端架构设计与开发", "任职要求", "熟练掌握React", "公司介绍", "某某科技有限公司成立于2015年。",
  ].join("\n");
  const [p] = parsePositions(text).positions;

  it("sets posting salary, location and employment type", () => {
    expect(p?.posting).toEqual({ salary: { min: 15000, max: 25000, currency: "CNY", period: "month" }, location: "上海", employmentType: "full_time", workplaceType: null, salaryMonths: 13 });
  });

  it("takes education and years from the tags when the text states none", () => {
    expect(p?.requirements.education.minLevel).toBe("bachelor");
    expect(p?.requirements.experience).toMatchObject({ minYears: 3, maxYears: 5 });
  });

  it("leaves posting out when the document has no salary or tag line", () => {
    expect(parsePositions("会计岗位职责\n1、负责核算。").positions[0]?.posting).toBeUndefined();
  });
});

describe("posting conventions of job sites", () => {
  const posting = (text: string) => parsePositions(text).positions.map((p) => ({ title: p.title, posting: p.posting, duties: p.responsibilities }));

  it("reads 104/1111 fields: 工作待遇, 工作性質, 上班地點 are posting facts, 職務類別 is no duty", () => {
    const text = "後端工程師\n工作內容\n1. 負責後端API設計與開發\n職務類別：軟體工程師\n工作待遇：月薪 40,000~60,000元\n工作性質：全職\n上班地點：台北市內湖區瑞光路\n需求人數：2人\n條件要求\n工作經歷：3年以上";
    expect(posting(text)).toEqual([
      {
        title: "後端工程師",
        posting: { salary: { min: 40000, max: 60000, currency: "TWD", period: "month" }, location: "台北市內湖區瑞光路", employmentType: "full_time", workplaceType: null, salaryMonths: null },
        duties: ["負責後端API設計與開發"],
      },
    ]);
  });

  it("reads an Indeed copy: company, place, pay and type lines", () => {
    const text = "Customer Service Representative\nAcme Inc\nAustin, TX\n$18 - $22 an hour - Full-time\nFull job description\nResponsibilities:\nAnswer customer calls and emails\nResolve billing issues\nRequirements:\nHigh school diploma";
    const [p] = posting(text);
    expect(p?.title).toBe("Customer Service Representative");
    expect(p?.posting).toMatchObject({ salary: { min: 18, max: 22, currency: "USD", period: "hour" }, employmentType: "full_time" });
    expect(p?.duties).toEqual(["Answer customer calls and emails", "Resolve billing issues"]);
  });

  it("reads a LinkedIn copy: company · place line, About the job", () => {
    const text = "Product Manager\nGlobex · Singapore (Hybrid)\nFull-time · Mid-Senior level\nAbout the job\nResponsibilities\nDefine the roadmap with engineering\nQualifications\n3+ years of product management";
    const [p] = posting(text);
    expect(p?.posting).toEqual({ salary: null, location: "Singapore (Hybrid)", employmentType: "full_time", workplaceType: "hybrid", salaryMonths: null });
  });

  it("reads a Markdown posting's bold fields and keeps the fact line out of the summary", () => {
    const text = "# Senior Data Engineer\n\n**Location:** Remote · **Type:** Full-time · **Salary:** $140k–$170k\n\n## What you'll do\n- Build and run our data pipelines\n\n## What you need\n- 5+ years of Python and SQL";
    const [p] = parsePositions(text).positions;
    expect(p?.title).toBe("Senior Data Engineer");
    expect(p?.posting).toEqual({ salary: { min: 140000, max: 170000, currency: "USD", period: "year" }, location: "Remote", employmentType: "full_time", workplaceType: "remote", salaryMonths: null });
    expect(p?.summary).toBeNull();
    expect(p?.requirements.experience.minYears).toBe(5);
  });
});

describe("LinkedIn 'About the job' and bare skill lines", () => {
  const text = "Data Analyst\nAcme Corp · Berlin, Germany · Full-time\nAbout the job\nAnalyze product data and build dashboards\nWork with product managers on experiments\nRequirements\nSQL skills\nExperience with Python or R";
  const [p] = parsePositions(text).positions;

  it("reads the lines under 'About the job' as duties", () => {
    expect(p?.responsibilities).toEqual(["Analyze product data and build dashboards", "Work with product managers on experiments"]);
  });

  it("names 'SQL skills' alone on its line SQL", () => {
    expect(p?.requirements.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["SQL", "Python"]));
  });
});

describe("workplace type from tags", () => {
  it.each([
    ["前端工程师\n杭州 | 远程 | 全职\n岗位职责\n1、负责前端开发", "remote"],
    ["产品经理\n上海 · 混合办公 · 3-5年\n岗位职责\n1、负责产品规划", "hybrid"],
    ["Data Analyst\nLondon · On-site · Full-time\nResponsibilities\n- Build dashboards", "onsite"],
    ["会计\n上海 | 全职\n岗位职责\n1、负责核算", null],
  ])("%s → %s", (text, type) => {
    expect(parsePositions(text).positions[0]?.posting?.workplaceType ?? null).toBe(type);
  });
});

describe("salary figures keep their cents", () => {
  it("'$18.50/hr' is 18.5 an hour, '1.2万' exactly 12000", () => {
    expect(parseSalary("$18.50/hr", "en")).toEqual({ min: 18.5, max: 18.5, currency: "USD", period: "hour" });
    expect(parseSalary("8千-1.2万·13薪", "zh-Hans")).toEqual({ min: 8000, max: 12000, currency: "CNY", period: "month" });
  });
});

describe("more posting conventions", () => {
  it("'$90K/yr - $110K/yr · Full-time' is one yearly range", () => {
    expect(readPostingLines(["$90K/yr - $110K/yr · Full-time"], "en").salary).toEqual({ min: 90000, max: 110000, currency: "USD", period: "year" });
  });

  it("经验：3-5年 and 学历：本科 fact lines state the years and the schooling", () => {
    const [p] = parsePositions("职位：Java开发工程师\n薪资：20-35K·15薪\n城市：北京\n经验：3-5年\n学历：本科\n职位描述：\n负责交易系统开发；").positions;
    expect(p?.requirements.experience).toMatchObject({ minYears: 3, maxYears: 5 });
    expect(p?.requirements.education.minLevel).toBe("bachelor");
  });

  it("'HIRING: Barista (part-time) ☕' names Barista", () => {
    const [p] = parsePositions("HIRING: Barista (part-time) ☕\nLocation: Shoreditch, London\n£11.50/hour\n\nYou will:\n- Make great coffee\n- Keep the bar clean").positions;
    expect(p?.title).toBe("Barista");
    expect(p?.responsibilities).toEqual(["Make great coffee", "Keep the bar clean"]);
  });
});

describe("salaryMonths: ·N薪 is months of pay a year", () => {
  it.each([
    ["8千-1.2万·13薪", 13],
    ["15-25K·14薪", 14],
    ["月薪8000 十三薪", 13],
    ["20-30K·16薪", 16],
    ["15-25K", null],
    ["3薪", null],
    ["99薪", null],
  ] as const)("%s → %s", (text, months) => expect(salaryMonths(text)).toBe(months));

  it("is read with the salary of a tag line and kept on the position's posting", () => {
    expect(readPostingLines(["15-25K·14薪", "北京 | 本科"], "zh-Hans")).toMatchObject({ salary: { min: 15000, max: 25000 }, salaryMonths: 14 });
  });

  it("is not read without a salary", () => expect(readPostingLines(["北京 | 13薪 | 本科"], "zh-Hans").salaryMonths).toBeNull());
});

describe("pay on the title line", () => {
  it("数据分析师 15-25K·14薪: the title keeps its name, the posting its pay", () => {
    const [p] = parsePositions("数据分析师 15-25K·14薪\n北京 | 3-5年 | 本科\n职位描述\n负责数据分析\n任职要求\n熟悉SQL").positions;
    expect(p?.title).toBe("数据分析师");
    expect(p?.posting).toMatchObject({ salary: { min: 15000, max: 25000, currency: "CNY", period: "month" }, salaryMonths: 14, location: "北京" });
  });
});

describe("a Japanese company's 募集要项 in Chinese", () => {
  it("职种 names the position; 雇用形态, 勤務地 and 待遇 are posting facts", () => {
    const text = ["职种：生产管理担当", "雇用形态：正社员（正式员工）", "勤務地：大连市", "待遇：月给8,000～12,000元", "仕事内容：", "・生产计划的制定"].join("\n");
    const [p] = parsePositions(text).positions;
    expect(p?.title).toBe("生产管理担当");
    expect(p?.posting).toMatchObject({ salary: { min: 8000, max: 12000, period: "month" }, location: "大连市", employmentType: "full_time" });
  });
});

describe("emoji that label a social post's facts", () => {
  it("reads 📍 as the place and 💰 as the pay, bare figures included", () => {
    const facts = readPostingLines(["📍 杭州西湖区文三路店", "💰 5000-7000 + 提成"], "zh-Hans");
    expect(facts.location).toBe("杭州西湖区文三路店");
    expect(facts.salary).toEqual({ min: 5000, max: 7000, currency: "CNY", period: "month" });
  });

  it("reads bare figures as pay only under a salary label", () => {
    expect(parseSalary("5000-7000 + 提成", "zh-Hans")).toBeNull();
    expect(parseSalary("5000-7000 + 提成", "zh-Hans", true)).toEqual({ min: 5000, max: 7000, currency: "CNY", period: "month" });
    expect(parseSalary("competitive", "en", true)).toBeNull();
  });

  it("keeps a post's salary, place and duties from its emoji lines end to end", () => {
    const text = "🔥急招🔥 咖啡师 2名\n📍 杭州西湖区文三路店\n💰 5000-7000 + 提成\n- 制作咖啡及饮品\n- 收银和门店清洁\n有咖啡师证优先";
    const [p] = parsePositions(text).positions;
    expect(p!.title).toBe("咖啡师");
    expect(p!.posting).toMatchObject({ location: "杭州西湖区文三路店", salary: { min: 5000, max: 7000 } });
    expect(p!.responsibilities).toEqual(["制作咖啡及饮品", "收银和门店清洁"]);
  });
});

describe("LinkedIn's tag line, two spaces apart", () => {
  it("reads 'Hybrid  Full-time  Mid-Senior level' under the title as the work type and mode", () => {
    const text = "Product Marketing Manager\nNorthwind · Dublin · Reposted 3 days ago · Over 100 applicants\nHybrid  Full-time  Mid-Senior level\n€65K/yr - €80K/yr\nAbout the job\nIn this role you will:\n• Define positioning for new features\nYou have:\n• 4+ years in B2B SaaS product marketing";
    const [p] = parsePositions(text).positions;
    expect(p!.title).toBe("Product Marketing Manager");
    expect(p!.posting).toMatchObject({ employmentType: "full_time", workplaceType: "hybrid", salary: { min: 65000, max: 80000, currency: "EUR", period: "year" } });
  });
});
