import { describe, expect, it } from "vitest";
import { foldAligned } from "../../../server/text/fold.js";
import { findCertifications, findLanguages, findSkills } from "../../../server/positions/skills.js";

const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));

describe("findSkills", () => {
  it("reads the object of 熟练使用", () => {
    expect(findSkills(lines("熟练使用Office办公软件"))).toEqual([{ name: "Office办公软件", required: true }]);
  });

  it("keeps 能力 and drops the adjective: 良好的沟通能力 → 沟通能力", () => {
    expect(findSkills(lines("具备良好的沟通能力"))).toEqual([{ name: "沟通能力", required: true }]);
  });

  it("splits on 、 和 及 与 and trims 等…知识", () => {
    expect(findSkills(lines("熟悉销售流程、市场分析、客户关系管理等业务知识")).map((s) => s.name)).toEqual(["销售流程", "市场分析", "客户关系管理"]);
    expect(findSkills(lines("熟练掌握办公软件和数据分析工具")).map((s) => s.name)).toEqual(["办公软件", "数据分析工具"]);
    expect(findSkills(lines("具备较强的沟通协调能力、团队领导能力和抗压能力")).map((s) => s.name)).toEqual([
      "沟通协调能力",
      "团队领导能力",
      "抗压能力",
    ]);
  });

  it.each(["熟悉Python者优先", "精通SQL更佳", "熟悉Python者佳", "会使用Python加分", "熟悉Python为佳"])("%s is preferred, not required", (text) => {
    const skills = findSkills(lines(text));
    expect(skills.length).toBeGreaterThan(0);
    expect(skills.every((s) => !s.required)).toBe(true);
  });

  it("keeps required and preferred skills of separate clauses apart", () => {
    expect(findSkills(lines("精通Java；熟悉Kubernetes者优先"))).toEqual([
      { name: "Java", required: true },
      { name: "Kubernetes", required: false },
    ]);
  });

  it("reads English phrasings and their preferred markers", () => {
    expect(findSkills(lines("Proficiency in Python, Go and SQL"))).toEqual([
      { name: "Python", required: true },
      { name: "Go", required: true },
      { name: "SQL", required: true },
    ]);
    expect(findSkills(lines("Familiarity with Kubernetes is a plus"))).toEqual([{ name: "Kubernetes", required: false }]);
    expect(findSkills(lines("Experience with PostgreSQL is nice to have"))).toEqual([{ name: "PostgreSQL", required: false }]);
    expect(findSkills(lines("Strong communication skills"))).toEqual([{ name: "communication skills", required: true }]);
  });

  it("reads the fields of knowledge after 具备/通晓", () => {
    expect(findSkills(lines("具备财务管理、法律、金融等方面的知识")).map((s) => s.name)).toEqual(["财务管理", "法律", "金融"]);
    expect(findSkills(lines("通曉市場營銷和外貿知識")).map((s) => s.name)).toEqual(["市場營銷", "外貿"]);
  });

  it("does not read 掌握的知识 as a skill list", () => {
    expect(findSkills(lines("应掌握的知识受过市场营销培训"))).toEqual([]);
  });

  it("keeps Traditional script in skill names", () => {
    expect(findSkills(lines("熟練使用辦公軟件")).map((s) => s.name)).toEqual(["辦公軟件"]);
  });
});

describe("findLanguages", () => {
  it("names a language once however it is written, required unless preferred", () => {
    expect(findLanguages(lines("英语读写流利，英文口语好"))).toEqual([{ name: "英语", required: true }]);
    expect(findLanguages(lines("会粤语者优先"))).toEqual([{ name: "粤语", required: false }]);
    expect(findLanguages(lines("Fluent English; Mandarin is a plus"))).toEqual([
      { name: "English", required: true },
      { name: "Mandarin", required: false },
    ]);
  });
});

describe("findCertifications", () => {
  it.each([
    ["持有会计从业资格证", "会计从业资格证"],
    ["具有中级会计师职称", "中级会计师职称"],
    ["有C1驾照", "C1驾照"],
    ["持有驾驶证", "驾驶证"],
    ["PMP certification required", "PMP"],
    ["CPA preferred", "CPA"],
    ["英语四级以上", "英语四级"],
    ["CET-6", "CET-6"],
    ["持有人力资源管理师二级证书", "人力资源管理师二级证书"],
    ["ISTQB certification preferred", "ISTQB"],
  ])("%s names %s", (text, name) => {
    expect(findCertifications(lines(text)).map((c) => c.name)).toContain(name);
  });

  it("marks a preferred certificate as not required", () => {
    expect(findCertifications(lines("有PMP证书者优先"))).toEqual([{ name: "PMP", required: false }]);
  });

  it.each([
    ["具有助理工程师及以上职称", "助理工程师"],
    ["取得初级会计及以上专业技术资格", "初级会计"],
    ["持有主管护师或以上执业资格", "主管护师"],
    ["具備高級技師及以上職業資格", "高級技師"],
  ])("reads the grade named before 及以上 as the certificate: %s names %s", (text, name) => {
    expect(findCertifications(lines(text))).toEqual([{ name, required: true }]);
  });

  it("reads no certificate from a minimum that is no grade (学历, 经验)", () => {
    expect(findCertifications(lines("具有大专及以上学历，3年以上相关工作经验"))).toEqual([]);
  });
});

describe("findSkills: names that are never skills", () => {
  it.each([
    ["Skills: Figma, Prototyping, +5 more", ["Figma", "Prototyping"]],
    ["Experience in FMCG or retail industry", []],
    ["Comfortable with Docker and networking basics", ["Docker", "networking"]],
    ["Experience in a hospital setting", []],
    ["岗位代码B02，熟悉Excel", ["Excel"]],
  ])("%s → %j", (line, names) => {
    expect(findSkills(lines(line)).map((s) => s.name)).toEqual(names);
  });

  it("a section's own name (語言能力) is not a skill", () => {
    expect(findSkills(lines("具备語言能力")).map((s) => s.name)).toEqual([]);
  });
});

describe("findSkills: a rated list of names", () => {
  it.each([
    ["Strong Python and SQL", ["Python", "SQL"]],
    ["- Solid Terraform and AWS", ["Terraform", "AWS"]],
    ["Experience with HIPAA-regulated data", ["HIPAA"]],
  ])("%s → %j", (line, names) => {
    expect(findSkills(lines(line)).map((s) => s.name)).toEqual(names);
  });

  it("a rated phrase that is no list of names stays out", () => {
    expect(findSkills(lines("Strong sense of ownership"))).toEqual([]);
  });
});

describe("findSkills: rated names inside a sentence", () => {
  it("'…experience, strong SQL, and a degree…' names SQL; '…who knows Python and SQL' names both", () => {
    expect(findSkills(lines("someone with 2+ years of analytics experience, strong SQL, and a degree")).map((s) => s.name)).toEqual(["SQL"]);
    expect(findSkills(lines("a recent graduate who knows Python and SQL.")).map((s) => s.name)).toEqual(["Python", "SQL"]);
  });
});

describe("findSkills: every phrase read is weighed, not taken", () => {
  it.each([
    ["At least three years' experience in a finance role", []],
    ["At least 2 years' experience in a warehouse team leader role", []],
    ["Experience in healthcare is a bonus", []],
    ["3+ years of industry experience in machine learning", []],
    ["5+ years of experience with Python", ["Python"]],
    ["登录 campus.example.com 投递简历，熟悉Excel", ["Excel"]],
    ["网申 → 在线测评 → HR面试 → Offer发放", []],
    ["BOSS直聘温馨提示：请提高警惕", []],
    ["有CVPR/ICCV等顶会论文或Kaggle竞赛获奖者优先", []],
    ["熟练使用AWS、GCP", ["AWS", "GCP"]],
    ["海报用Canva制作", ["Canva"]],
    ["会用收银系统", ["收银系统"]],
    ["要求：有咖啡店工作经验，会拉花，周末可以排班", ["拉花"]],
    ["会计专业，会议记录", []],
    ["• Knowledge of MYOB and MS Excel 熟悉MYOB及Excel", ["MYOB", "MS Excel", "Excel"]],
    ["• F.5 / HKDSE or above 中五或香港中學文憑或以上程度", []],
    ["• Immediate available is preferred 可即時上班者優先", []],
    ["面试流程为 HR → 销售总监 → VP", []],
    ["Nice to have: Next.js, Storybook, experience with payroll, HR or fintech products.", ["payroll", "Next.js", "Storybook"]],
    ["熟悉ERP系统（SAP MM模块优先）", ["ERP系统", "SAP MM"]],
    ["Skills: User Experience (UX), Figma", ["User Experience (UX)", "Figma"]],
    ["Load testing with JMeter", ["JMeter"]],
  ])("%s → %j", (line, names) => {
    expect(findSkills(lines(line)).map((s) => s.name)).toEqual(names);
  });

  it("drops a list bullet from the name: ◆良好的溝通能力 → 溝通能力", () => {
    expect(findSkills(lines("◆良好的溝通能力和談判能力；")).map((s) => s.name)).toEqual(["溝通能力", "談判能力"]);
  });

  it("gives bare nouns the action their list ends in: 网络和服务器维护 → 网络维护, 服务器维护", () => {
    expect(findSkills(lines("熟悉网络和服务器维护")).map((s) => s.name)).toEqual(["网络维护", "服务器维护"]);
    expect(findSkills(lines("熟悉销售流程、客户关系管理")).map((s) => s.name)).toEqual(["销售流程", "客户关系管理"]);
  });

  it("keeps a recruiting system apart from recruiting: 招聘系统 stays whole", () => {
    expect(findSkills(lines("熟练使用Excel和招聘系统")).map((s) => s.name)).toEqual(["Excel", "招聘系统"]);
  });
});

describe("findLanguages and findCertifications: more names", () => {
  it.each([
    ["語言能力：台語可溝通", "台語"],
    ["語言要求：台語略懂", "台語"],
    ["会讲客家话", "客家话"],
  ])("%s → %s", (line, name) => expect(findLanguages(lines(line)).map((l) => l.name)).toEqual([name]));

  it("Fluent English; Dutch is a plus", () => {
    expect(findLanguages(lines("Fluent English; Dutch is a plus"))).toEqual([
      { name: "English", required: true },
      { name: "Dutch", required: false },
    ]);
  });

  it.each([
    ["要求：識用Excel，有叉車牌優先", [{ name: "叉車牌", required: false }]],
    ["NVQ Level 3 in Health and Social Care", [{ name: "NVQ Level 3", required: true }]],
    ["BLS and ACLS certification from the American Heart Association", [{ name: "BLS", required: true }, { name: "ACLS", required: true }]],
    ["APICS CPIM or CSCP preferred", [{ name: "APICS CPIM", required: false }, { name: "CSCP", required: false }]],
  ])("%s", (line, certs) => expect(findCertifications(lines(line))).toEqual(certs));
});

describe("a certificate field's value without the preference said after it", () => {
  it.each([
    ["证书：叉车证优先", "叉车证", false],
    ["證照：丙級技術士為佳", "丙級技術士", false],
    ["Nice to have: AWS Certified Data Analytics is a plus", "AWS Certified Data Analytics", false],
    ["Certifications: AWS Certified Data Analytics is a plus", "AWS Certified Data Analytics", false],
    ["Certificates: First Aid (required)", "First Aid", true],
  ])("%s", (text, name, required) => {
    expect(findCertifications(lines(text))).toEqual([{ name, required }]);
  });
});

describe("findSkills: a known name in plain English prose", () => {
  const names = (...texts: string[]) => findSkills(lines(...texts)).map((s) => s.name);

  it("reads names the table knows without a cue before them", () => {
    expect(names("3+ years of Solidity and EVM internals")).toContain("Solidity");
    expect(names("demonstrated experience writing SQL and using Python or R for analysis")).toEqual(["SQL", "Python", "R"]);
    expect(names("Strong Liquid, JavaScript and CSS; no page builders please")).toEqual(expect.arrayContaining(["JavaScript", "CSS"]));
  });

  it("a capitalised word heading the clause counts only before a skill noun", () => {
    expect(names("Airflow experience")).toEqual(["Airflow"]);
    expect(names("Word of mouth referrals welcome")).toEqual([]);
  });

  it("reads no name in a run of capitalised words it is only part of, a major, a label or a field of years", () => {
    expect(names("Based at our Head Office in Leeds")).toEqual([]);
    expect(names("Degree holder in Marketing, Communications or related disciplines")).toEqual([]);
    expect(names("PG: Any Postgraduate")).toEqual([]);
    expect(names("2+ years in software QA")).toEqual([]);
    expect(names("Hands-on Playwright experience (Cypress is fine too)")).toEqual(["Playwright"]);
  });
});

describe("findSkills: a competency block's heading", () => {
  it("五、胜任能力 heads abilities; it is not one", () => {
    expect(findSkills(lines("五、胜任能力"))).toEqual([]);
    expect(findSkills(lines("具备良好的沟通能力"))).toEqual([{ name: "沟通能力", required: true }]);
  });
});

describe("findSkills: an English cue ends on a word's end", () => {
  it("'prototyping interactions' is no 'prototyping in' cue", () => {
    expect(findSkills(lines("You are an expert in Figma and comfortable prototyping interactions")).map((s) => s.name)).toEqual(["Figma"]);
    expect(findSkills(lines("prototyping in Framer")).map((s) => s.name)).toEqual(["Framer"]);
  });
});

describe("findSkills: named tools of more trades, as the alias table knows them", () => {
  it.each([
    ["- Infrastructure as code with Terraform and Ansible", ["Terraform", "Ansible"]],
    ["- Dashboards in Grafana, alerts in Prometheus", ["Grafana", "Prometheus"]],
    ["- Spatial analysis in QGIS and PostGIS", ["QGIS", "PostGIS"]],
    ["熟练使用剪映、Premiere进行短视频剪辑", ["剪映", "Premiere"]],
    ["熟悉FMEA、SPC等质量工具", ["FMEA", "SPC"]],
  ])("%s", (text, names) => {
    expect(findSkills(lines(text)).map((s) => s.name)).toEqual(names);
  });

  it("ends a name at where or what for it is used", () => {
    expect(findSkills(lines("Comfortable with Go and Svelte on the frontend side")).map((s) => s.name)).toEqual(["Go", "Svelte"]);
  });

  it("reads a name ending a sentence without its stop", () => {
    expect(findSkills(lines("We deploy everything on Kubernetes.**")).map((s) => s.name)).toEqual(["Kubernetes"]);
  });

  it("leaves a name a preference states preferred, though a run of tags lists it bare", () => {
    expect(findSkills(lines("Nice to have: Grafana.", "AWS  Terraform  Grafana"))).toEqual([
      { name: "Grafana", required: false },
      { name: "AWS", required: true },
      { name: "Terraform", required: true },
    ]);
  });
});

describe("certificates and languages: vetting checks, school subjects, examples", () => {
  it("reads a vetting check a post is subject to as a certificate", () => {
    expect(findCertifications(lines("The post is subject to an Enhanced DBS check")).map((c) => c.name)).toEqual(["Enhanced DBS check"]);
    expect(findCertifications(lines("A current Working with Children Check")).map((c) => c.name)).toEqual(["Working with Children Check"]);
  });

  it("reads no language from a school subject", () => {
    expect(findLanguages(lines("Educated to GCSE level, including English and Maths"))).toEqual([]);
    expect(findLanguages(lines("Fluent English"))).toEqual([{ name: "English", required: true }]);
  });

  it("reads the names an 'e.g.' gives, not its letters", () => {
    const names = findSkills(lines("Working knowledge of a CAD package (e.g. AutoCAD or Revit)")).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["AutoCAD", "Revit"]));
    expect(names.some((n) => /^e\.?g/i.test(n))).toBe(false);
  });
});
