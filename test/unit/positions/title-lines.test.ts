import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { isPositionName } from "../../../server/positions/title.js";
import { isTranslation, withoutTranslations } from "../../../server/positions/translations.js";
import { emptyRequirements, type Position } from "../../../server/positions/position.schema.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("a posting's grade or a board's category is not a position's name", () => {
  it.each([["senior executive"], ["executive"], ["junior executive"], ["middle management"], ["mid-senior level"], ["fresh/entry level"], ["资深"]])("%s", (key) => {
    expect(isPositionName(key, "strict")).toBe(false);
    expect(isPositionName(key, "label")).toBe(false);
  });

  it.each([["construction supervisors (construction)"], ["developers/programmers (information & communication technology)"]])("%s", (key) => {
    expect(isPositionName(key, "strict")).toBe(false);
  });

  it.each([["senior quantity surveyor"], ["executive assistant"], ["sales executive"], ["account manager"], ["site supervisor (night shift)"]])("keeps %s", (key) => {
    expect(isPositionName(key, "strict")).toBe(true);
  });

  it("reads a job page's title above its properties, not the grade among them", () => {
    const page = [
      "Senior Quantity Surveyor", "KIAT HONG BUILDERS PTE. LTD.", "Permanent   Full Time", "Senior Executive", "Building and Construction",
      "", "Roles & Responsibilities", "Prepare cost estimates and tender documents.", "Evaluate variation orders.",
      "", "Requirements", "Minimum 6 years of relevant experience",
    ].join("\n");
    expect(titles(page)).toEqual(["Senior Quantity Surveyor"]);
  });

  it("reads a title with an en dash, not the category line below it", () => {
    const page = [
      "Site Supervisor – Commercial Fit-out", "BuildRight Interiors Pty Ltd", "Parramatta, Sydney NSW (Hybrid)", "Construction Supervisors (Construction)",
      "Full time", "", "Key responsibilities", "- Supervise subcontractors and the site team", "- Manage the site program",
      "", "About you", "- Minimum 5 years supervising commercial fit-out projects",
    ].join("\n");
    expect(titles(page)).toEqual(["Site Supervisor – Commercial Fit-out"]);
  });
});

describe("a page's list of other openings holds no positions", () => {
  it("reads the names under 其他職缺 as links", () => {
    const page = [
      "後端工程師 Backend Engineer", "工作內容", "‧ 開發與維護訂位系統的 API", "‧ 設計資料庫結構並優化查詢效能",
      "條件要求", "‧ 2 年以上後端開發經驗", "其他職缺", "• 前端工程師 Frontend Engineer", "• 產品經理 Product Manager",
    ].join("\n");
    expect(titles(page)).toEqual(["後端工程師"]);
  });
});

const position = (title: string, language: Position["language"], responsibilities: string[], sourceText: string): Position => ({
  title, language, responsibilities, sourceText, department: null, reportsTo: null, subordinates: [], summary: null, compliance: [], requirements: emptyRequirements(),
});

describe("a bilingual copy of one job is one position", () => {
  const english = position("Supply Chain Director", "en", ["Run the S&OP process", "Lead a redesign of 3 factories and 6 distribution centres", "Deliver savings of 5%"],
    "Fortune 500 client. 12+ years of experience, 5+ years leading teams. SAP is a must. APICS CPIM or CSCP preferred.");
  const chinese = position("供应链总监", "zh-Hans", ["主持月度S&OP会议", "主导3家工厂及6个配送中心的网络优化", "每年实现5%的成本节约"],
    "世界500强。12年以上供应链工作经验，其中5年以上团队管理经验；必须熟练使用SAP；持有APICS CPIM或CSCP证书者优先。顾问: Jessica Zhou +86 138 0000 1234");

  it("knows the Chinese reading for a translation of the English one, either way round", () => {
    expect(isTranslation(english, chinese)).toBe(true);
    expect(isTranslation(chinese, english)).toBe(true);
    expect(withoutTranslations([english, chinese]).map((p) => p.title)).toEqual(["Supply Chain Director"]);
  });

  it("keeps two positions in one language, or in two whose figures differ", () => {
    expect(isTranslation(english, { ...chinese, language: "en" })).toBe(false);
    const other = position("仓库主管", "zh-Hans", ["管理2个仓库", "带领30人团队", "库存准确率99%"], "3年以上仓储管理经验，熟悉WMS。");
    expect(isTranslation(english, other)).toBe(false);
    expect(withoutTranslations([english, other])).toHaveLength(2);
  });

  it("keeps positions that list very different numbers of duties", () => {
    expect(isTranslation(english, { ...chinese, responsibilities: ["主持月度S&OP会议"] })).toBe(false);
  });
});

describe("a duty that names the staff it manages is not a position's name", () => {
  it.each([["line manage two senior executive officers"], ["supervise 3 technicians"], ["manage a team of 4 account executives"], ["coach several junior designers"]])(
    "%s",
    (key) => expect(isPositionName(key, "strict")).toBe(false),
  );

  it.each([["senior executive officer"], ["level 2 support engineer"], ["senior 3d designer"], ["two-wheeler sales executive"], ["executive officer (two posts)"]])("keeps %s", (key) => {
    expect(isPositionName(key, "strict")).toBe(true);
  });

  it("an unheaded duty list keeps one position", () => {
    const text = "Senior Planning Adviser – Housing Delivery\nMain duties\nLead the team's work on major applications\nLine manage three Senior Planning Officers\nAdvise members on complex cases";
    expect(titles(text)).toEqual(["Senior Planning Adviser – Housing Delivery"]);
  });
});

describe("a page's property row is not a position's name", () => {
  it.each([["owner\thannah ortiz"], ["hiring manager\tsam lee"], ["reviewer\ttom becker"]])("%s", (key) => {
    expect(isPositionName(key, "strict")).toBe(false);
  });

  it("property rows above a role leave the role alone", () => {
    const text = "Owner\tHannah Ortiz\nStatus\tPublished\n\nProduct Designer\nWhat you'll do\n• Design the web app\n• Run usability tests\nWhat we're looking for\n• 4+ years designing SaaS products";
    expect(titles(text)).toEqual(["Product Designer"]);
  });
});

describe("a department named before the post on its heading line", () => {
  const notice = (posts: string[]) =>
    ["某某集团2027年招聘公告", "　　因业务发展需要，现公开招聘以下人员。", "一、招聘岗位",
      ...posts.flatMap((post, i) => [`（${"一二三"[i]}）${post}`, "岗位职责：", "1. 负责本部门日常工作；", "任职要求：", "1. 本科及以上学历；", "2. 3年以上相关工作经验。"]),
      "二、报名方式", "请将简历发送至邮箱。"].join("\n");

  it("names the post, not the department, whether a space or a dash sets them apart", () => {
    expect(titles(notice(["市场营销部　品牌策划专员（1名）", "研发中心 嵌入式软件工程师（2名）", "審計處－內部審計師"]))).toEqual(["品牌策划专员", "嵌入式软件工程师", "內部審計師"]);
  });

  it("keeps a department and a bare role word together, and leaves an HR department's signature line alone", () => {
    const letter = ["王先生您好：", "誠摯邀請您應徵以下職務：", "職務名稱：設備工程師", "工作內容：", "1. 負責設備維護保養", "", "敬祝　順心", "", "陳怡君", "人資部 招募專員", "某某科技股份有限公司"].join("\n");
    expect(titles(letter)).toEqual(["設備工程師"]);
    expect(titles(notice(["销售部 经理（1名）"]))).toEqual(["销售部经理"]);
  });
});

describe("a role-details table's label cell", () => {
  it("reads a label filling a cell of its own as the field it names, in English as in Chinese", () => {
    const jd = [
      "Job Description", "Job title\tDental Nurse", "Department\tCommunity Dental Service", "Reports to\tDental Practice Manager", "Location\tBristol",
      "Main duties", "Prepare surgeries and instruments before each session", "Keep patient records up to date",
      "Person specification", "At least 1 year's experience as a dental nurse",
    ].join("\n");
    const [position] = parsePositions(jd).positions;
    expect(position?.title).toBe("Dental Nurse");
    expect(position?.reportsTo).toBe("Dental Practice Manager");
    expect(parsePositions(jd.replace("Job title\tDental Nurse", "Position\t\tDental Nurse")).positions.map((p) => p.title)).toEqual(["Dental Nurse"]);
  });
});
