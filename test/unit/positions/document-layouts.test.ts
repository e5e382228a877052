import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../../server/documents/index.js";
import { cleanDocument } from "../../../server/positions/clean.js";
import { hiredRole } from "../../../server/positions/line-classes.js";
import { parsePositions } from "../../../server/positions/parse.js";
import { normalizeTitle } from "../../../server/positions/title.js";
import { foldAligned, foldKey } from "../../../server/text/fold.js";

// Layouts the tuning corpus met late: each case is written here (not copied from a blind batch) to hold one general reading.
const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("tables", () => {
  it("reads a 職稱 column beside 名額 and 待遇 as the table's titles", () => {
    const text = ["編號\t職稱\t名額\t工作內容\t資格條件\t待遇", "B1\t會計員\t1名\t1.帳務處理\t1.大學以上會計相關學系畢業\t月薪38,000元", "B2\t司機\t2名\t1.公務車駕駛\t1.具職業駕照\t月薪32,000元"].join("\n");
    expect(titles(text)).toEqual(["會計員", "司機"]);
  });

  it("reads a .docx row's list cells continued on the lines below it, cell after cell", () => {
    const text = [
      "序号\t岗位名称\t人数\t岗位职责\t任职要求",
      "1\t仓库管理员\t2\t1. 负责货物出入库登记；\t1. 高中及以上学历；",
      "2. 定期盘点库存；",
      "3. 维护仓库安全。",
      "2. 2年以上仓储工作经验；",
      "3. 持叉车证者优先。",
      "2\t采购专员\t1\t1. 负责供应商开发；\t1. 大专及以上学历；",
      "2. 跟进订单交付。",
      "2. 熟练使用ERP系统。",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["仓库管理员", "采购专员"]);
    expect(positions[0]!.requirements.experience.minYears).toBe(2);
    expect(positions[1]!.requirements.education.minLevel).toBe("associate");
    for (const p of positions) expect(text).toContain(p.sourceText);
  });

  // A plain-text table aligned with spaces, its wide 条件 cells wrapped onto lines indented to that column.
  const wrapped = [
    "岗位        名额    学历        条件",
    "==========================================================",
    "护士        6       大专        持护士执业证书；具有2年以",
    "                                上三甲医院临床护理经验。",
    "药剂师      1       本科        药学专业；持执业药师资格",
    "                                证；熟悉医院药房管理流程。",
    "==========================================================",
    "报名时间：即日起至12月31日",
  ].join("\n");

  it("reads a space-aligned table under a rule line, a wrapped cell joined to its column", () => {
    const { positions } = parsePositions(wrapped);
    expect(positions.map((p) => p.title)).toEqual(["护士", "药剂师"]);
    // "具有2年以" + "上三甲医院…": the years read only once the wrapped line goes on with its cell.
    expect(positions[0]!.requirements.experience.minYears).toBe(2);
    expect(positions[1]!.requirements.education.majors).toEqual(["药学"]);
    expect(positions[1]!.requirements.certifications.map((c) => c.name)).toContain("执业药师资格证");
    // The notice below the table is no part of the last row.
    expect(positions[1]!.sourceText).not.toContain("报名时间");
  });

  it("joins a wrapped English cell with a space, and keeps a numbered piece on a line of its own", () => {
    const text = [
      "Position          Headcount   Requirements",
      "Forklift Driver   3           Valid forklift licence; at least",
      "                              2 years of warehouse experience",
      "Warehouse Clerk   1           1. Diploma or above",
      "                              2. 1 year of inventory experience",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["Forklift Driver", "Warehouse Clerk"]);
    expect(positions[0]!.requirements.experience.minYears).toBe(2);
    expect(positions[1]!.requirements.experience.minYears).toBe(1);
    expect(positions[1]!.requirements.education.minLevel).toBe("associate");
  });

  it("reads a spreadsheet row's further cell lines by the tabs that lead them to their column", () => {
    const text = [
      "岗位名称\t部门\t岗位职责\t任职要求",
      "质检员\t品质部\t负责来料检验\t高中以上学历",
      "\t\t填写检验报表\t能适应倒班",
      "\t\t\t1年以上质检经验",
      "仓管员\t物流部\t负责收发货\t大专以上学历",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["质检员", "仓管员"]);
    expect(positions[0]!.responsibilities).toHaveLength(2);
    expect(positions[0]!.requirements.experience.minYears).toBe(1);
    expect(positions[1]!.requirements.education.minLevel).toBe("associate");
  });
});

describe("titles", () => {
  it("reads '（一）X（2名）' headings of a notice, a 岗 name keeping its 岗 and 对公 opening a role", () => {
    const text = [
      "某银行2026年招聘公告",
      "一、招聘岗位及条件",
      "（一）对公客户经理（2名）",
      "岗位职责：",
      "1. 负责对公客户营销；",
      "任职条件：",
      "1. 本科及以上学历；",
      "（二）综合柜员岗（3名）",
      "岗位职责：",
      "1. 办理柜面业务；",
      "任职条件：",
      "1. 大专及以上学历；",
    ].join("\n");
    expect(titles(text)).toEqual(["对公客户经理", "综合柜员"]);
    expect(titles(text.replace("综合柜员岗", "风险管理岗"))).toEqual(["对公客户经理", "风险管理岗"]);
  });

  it("does not read what follows 招聘 in a notice's name as a role unless it names one: 社会招聘公告, 校园招聘正式启动！", () => {
    const named = (line: string) => {
      const span = hiredRole(foldAligned(line));
      return span ? foldAligned(line).slice(span.at, span.at + span.length) : null;
    };
    expect(named("2026年社会招聘公告")).toBeNull();
    expect(named("2026届校园招聘正式启动！")).toBeNull();
    expect(named("三、招聘程序")).toBeNull();
    expect(named("🔥招聘咖啡师啦！")).toBe("咖啡师");
    expect(named("诚聘会计2名")).toBe("会计");
    expect(named("招聘文员！")).toBe("文员");
  });
});

describe("posts, chats and mail", () => {
  it("reads a short post's unheaded lines under its hiring line as duties, and names the role it hires", () => {
    const text = ["🌟 小店招人啦！🌟", "招奶茶店员 2名", "负责点单收银", "制作饮品", "保持店面整洁", "要求：18岁以上，有健康证，能上晚班，经验不限 😊"].join("\n");
    const { positions, warnings } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["奶茶店员"]);
    expect(positions[0]!.responsibilities).toEqual(["负责点单收银", "制作饮品", "保持店面整洁"]);
    expect(positions[0]!.requirements.certifications.map((c) => c.name)).toEqual(["健康证"]);
    expect(warnings).toEqual([]);
  });

  it("does not take 招商 or 招生 for hiring", () => {
    expect(titles(["招商经理 2名", "岗位职责：", "1、负责商铺招商", "2、维护商户关系"].join("\n"))).toEqual(["招商经理"]);
  });

  it("reads an agency email's numbered 'Title – Place – Pay' roles, each named without its place", () => {
    const text = [
      "From: Tom Baker <tom@northstar-recruit.co.uk>",
      "Subject: Live roles – operations (North West)",
      "",
      "Hi Anna, here are the roles I'm working on at the moment:",
      "",
      "1) Payroll Officer – Bolton – £29,000–£32,000",
      "- 2+ years' payroll experience on Sage",
      "- CIPP qualification desirable",
      "",
      "2) Logistics Planner – Warrington – £34,000 + overtime",
      "- 3+ years planning transport for a distribution centre",
      "- Advanced Excel",
      "3) Site Manager – Preston – £48,000 + car allowance",
      "- 5+ years running a warehouse site",
      "",
      "Kind regards,",
      "Tom",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["Payroll Officer", "Logistics Planner", "Site Manager"]);
    expect(positions.map((p) => p.requirements.experience.minYears)).toEqual([2, 3, 5]);
  });

  it("reads a chat message whose roles are *emphasised* numbered lines over bullet lists, each its own position", () => {
    const text = [
      "#jobs-board",
      "Sam Lee  9:15 AM",
      "Two openings on the ops team, referrals welcome :tada:",
      "",
      "*1. Warehouse Supervisor* (Leeds, full-time)",
      "• 3+ years leading a warehouse shift",
      "• Forklift licence",
      "",
      "*2. Inventory Analyst* (hybrid)",
      "• 2+ years in stock control",
      "• Advanced Excel",
      "",
      "DM me with names :pray:",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["Warehouse Supervisor", "Inventory Analyst"]);
    expect(positions.map((p) => p.requirements.experience.minYears)).toEqual([3, 2]);
  });

  it("reads 【岗位N】 one-line roles, each its name before the colon and its needs after it", () => {
    const text = [
      "周末福利！门店扩招，直接私信我",
      "【岗位1】烘焙师：2年以上西点烘焙经验，持健康证",
      "【岗位2】门店店长：大专以上学历，3年以上连锁门店管理经验",
      "工作地点：成都高新区",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["烘焙师", "门店店长"]);
    expect(positions.map((p) => p.requirements.experience.minYears)).toEqual([2, 3]);
    expect(positions[1]!.requirements.education.minLevel).toBe("associate");
    expect(positions[0]!.requirements.certifications.map((c) => c.name)).toContain("健康证");
  });

  it("reads a Markdown heading '## 岗位 1：X' as the role it numbers", () => {
    const text = ["# 2027 招聘计划", "", "## 岗位 1：视觉设计师", "", "- 负责品牌视觉设计", "- 3 年以上设计经验", "", "## 岗位 2：插画师", "", "- 负责商业插画", "- 2 年以上插画经验"].join("\n");
    expect(titles(text)).toEqual(["视觉设计师", "插画师"]);
  });

  it("keeps a 【岗位N】 label whose value has no colon a title of the whole value", () => {
    const text = ["【岗位1】仓库管理员", "1、负责出入库登记", "2、定期盘点", "【岗位2】叉车司机", "1、持叉车证", "2、能适应夜班"].join("\n");
    expect(titles(text)).toEqual(["仓库管理员", "叉车司机"]);
  });

  it("reads roles a post introduces one by one in prose (第一位是X，负责…)", () => {
    const text = [
      "我们工作室想找两位伙伴：",
      "第一位是短视频编导，负责选题策划和脚本撰写，有1年以上短视频经验，大专以上学历。",
      "第二位是剪辑师，熟练使用Premiere和After Effects，有作品集优先。",
      "简历发到 jobs@studio.example.com",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["短视频编导", "剪辑师"]);
    expect(positions[0]!.requirements.experience.minYears).toBe(1);
  });

  it("titles a chat export's referral by its role, not by the sender's 'name hh:mm' line", () => {
    const text = [
      "李娜 09:15",
      "[内推] 云帆科技-支付事业部-后端开发工程师（杭州/上海）",
      "【要求】",
      "· 本科及以上学历，计算机相关专业",
      "· 3年以上Java开发经验",
      "王强 09:20",
      "收到",
    ].join("\n");
    expect(titles(text)).toEqual(["后端开发工程师"]);
  });

  it("reads a Japanese company's 職種： label and ・ bullets as items, not headings", () => {
    const text = ["某精工（苏州）有限公司　募集要项", "職種：品质管理担当", "仕事内容：", "・品质检查及报告", "・客户投诉对应及翻译", "应募资格：", "・大专以上学历", "・日语N2以上"].join("\n");
    expect(titles(text)).toEqual(["品质管理担当"]);
  });

  it("drops a mail's sign-off and signature, and a job page's 'Similar Jobs' list", () => {
    const text = [
      "Data Engineer",
      "What you'll do",
      "- Build batch and streaming pipelines",
      "What you need",
      "- 3+ years with Python and SQL",
      "Similar Jobs (2)",
      "Senior Data Engineer - Platform Infrastructure Team",
      "Analytics Engineer",
      "Best,",
      "",
      "Maria Lopez",
      "Engineering Manager, Data",
    ].join("\n");
    expect(titles(text)).toEqual(["Data Engineer"]);
  });

  it("drops a PDF's running header where it breaks into a numbered list, every copy of it", () => {
    const header = "某某银行 · 2026年社会招聘公告\t编号：HR-2026-01";
    const text = [header, "柜员（2名）", "岗位职责：", "1. 办理柜面业务；", "任职条件：", "1. 大专及以上学历；", "2. 1年以上银行工作经验；", header, "3. 持有银行从业资格证书者优先。"].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["柜员"]);
    expect(cleanDocument(text).text).not.toContain("编号");
    expect(cleanDocument(text.replace(`${header}\n3.`, "3.")).text).toContain("编号");
  });
});

describe("qualified names", () => {
  const normalized = (s: string) => normalizeTitle({ text: s, key: foldAligned(s) }).text;

  it("drops a trailing bracket that lists only where, how and for what pay the post is worked", () => {
    expect(normalized("开源社区运营（北京，15-25K）")).toBe("开源社区运营");
    expect(normalized("数据库内核研发工程师（北京 / 远程，40-70K·15薪）")).toBe("数据库内核研发工程师");
    expect(normalized("Data Engineer (Berlin, remote)")).toBe("Data Engineer");
    expect(normalized("Data Analyst (Remote, EU)")).toBe("Data Analyst");
    expect(normalized("Solutions Engineer (EMEA)")).toBe("Solutions Engineer");
    // A qualifier that says what the post is stays: a speciality, a shift, a level.
    expect(normalized("设备工程师（刻蚀）")).toBe("设备工程师（刻蚀）");
    expect(normalized("客服专员（夜班，6000元/月）")).toBe("客服专员（夜班，6000元/月）");
  });

  it("drops a trailing bracket that says only how many are hired", () => {
    expect(normalized("SAP Basis Consultant (Multiple Positions)")).toBe("SAP Basis Consultant");
    expect(normalized("Staff Nurse (3 vacancies)")).toBe("Staff Nurse");
    expect(normalized("仓库管理员（若干名）")).toBe("仓库管理员");
    expect(normalized("Welder (Berlin, 2 openings)")).toBe("Welder");
    // A number that is part of what the post is stays.
    expect(normalized("Analyst (Level 2)")).toBe("Analyst (Level 2)");
  });

  it("ends a name where its emphasis closes, before what qualifies it", () => {
    expect(normalized("Senior Data Engineer* (Platform, remote US)")).toBe("Senior Data Engineer");
    expect(normalized("Store Manager__ - Manchester")).toBe("Store Manager");
    // A qualifier inside the emphasis is part of what it names.
    expect(normalized("设备工程师（刻蚀）*")).toBe("设备工程师（刻蚀）");
  });

  it("drops the emoji a heading opens with", () => {
    expect(normalized("📣 开源社区运营")).toBe("开源社区运营");
    expect(normalized("🧑‍💻 后端工程师")).toBe("后端工程师");
  });

  it("reads Markdown headings that open with an emoji and close with the post's city and pay as positions", () => {
    const role = (h: string) => `## ${h}\n\n**你将负责：**\n\n1. 运营社区\n2. 撰写博客\n\n**我们希望你：**\n\n1. 本科及以上学历，1 年以上运营经验\n`;
    expect(titles(`# 招贤纳士\n\n${role("📣 开源社区运营（北京，15-25K）")}\n${role("🧑‍💻 数据分析师（上海 / 远程，20-30K·14薪）")}`)).toEqual(["开源社区运营", "数据分析师"]);
  });

  it("keeps a role-named post with a short qualifier a name: 设备工程师（刻蚀）, 品保工程師（IPQC主管）", () => {
    for (const name of ["设备工程师（刻蚀）", "品保工程師（IPQC主管）"]) {
      expect(titles(`職缺名稱：${name}\n工作內容：\n1.設備維護及保養\n條件要求：\n1.大學以上學歷`).map(foldKey)).toEqual([foldKey(name)]);
    }
    expect(titles("負責（刻蝕）\n工作內容：\n1.設備維護\n條件要求：\n1.大學以上學歷")).not.toContain("負責（刻蝕）");
  });
});

describe("classified ads", () => {
  it("reads a paper's （一）（二） roles with ‧ bullets, a kitchen's 二廚 among them, and keeps an acronym in a name", () => {
    const text = ["◎ 某某酒家 誠聘 ◎", "（一）點心二廚", "　‧具3年或以上酒樓經驗", "（二）樓面部長", "　‧具3年或以上樓面經驗", "　‧懂普通話"].join("\n");
    expect(titles(text)).toEqual(["點心二廚", "樓面部長"]);
    expect(titles("一、供应商质量工程师（SQE）2名\n岗位职责：\n1. 负责供应商审核；\n任职要求：\n1. 本科及以上学历；")).toEqual(["供应商质量工程师(SQE)"]);
  });
});

describe("lists and metadata", () => {
  it("keeps a numbered heading over a bulleted list of its own as a position, even with nothing quantified", () => {
    const text = ["◎ 某某茶餐廳 誠聘 ◎", "（一）水吧員", "　‧具2年或以上經驗", "（二）洗碗員", "　‧無需經驗，設有培訓", "　‧可輪班工作"].join("\n");
    expect(titles(text)).toEqual(["水吧員", "洗碗員"]);
  });

  it("drops a Markdown file's front matter, whose title is the page's, not a post's", () => {
    const text = ["---", "title: Careers", "layout: page", "---", "## Platform Engineer", "**What you'll do**", "- Run our Kubernetes clusters", "**Must have**", "- 3+ years with Terraform"].join("\n");
    expect(titles(text)).toEqual(["Platform Engineer"]);
    expect(cleanDocument(text).text).not.toContain("layout");
  });
});

describe("pages whose roles sit in named panels", () => {
  it("reads each MDX tab of a careers page as its own position, not the FAQ toggle after them", async () => {
    const md = [
      "---", "title: Join us", "---", "", "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", "",
      "We build open-source observability tools.", "", "<Tabs>", '<TabItem value="be" label="Backend Engineer">', "", "**What you will do**", "",
      "1. Design the ingestion API", "2. Keep the query engine fast", "", "**What we look for**", "", "- 3+ years of Go", "- Experience with Kafka", "",
      "</TabItem>", '<TabItem value="tw" label="Technical Writer">', "", "**What you will do**", "", "1. Write the getting-started guides",
      "2. Review API reference pages", "", "**What we look for**", "", "- 2+ years writing developer documentation", "", "</TabItem>", "</Tabs>", "",
      "<details>", "<summary>FAQ</summary>", "", "- **Can I work remotely?** Yes, within Europe.", "", "</details>",
    ].join("\n");
    const { text } = await decodeDocument(Buffer.from(md), { filename: "jobs.md" });
    expect(titles(text)).toEqual(["Backend Engineer", "Technical Writer"]);
  });
});
