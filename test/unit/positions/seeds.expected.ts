import type { ComplianceFlag, EducationLevel } from "../../../server/positions/position.schema.js";

/** What a careful reader finds in each seed: positions in order, and the requirements a position states. */
export type ExpectedPosition = {
  title: string;
  department?: string;
  reportsTo?: string;
  minLevel?: EducationLevel | null;
  minYears?: number | null;
  maxYears?: number | null;
  management?: boolean;
  majors?: string[];
  majorsRequired?: boolean;
  skillsInclude?: string[];
  compliance?: ComplianceFlag[];
};

export const expectedSeeds: Record<string, ExpectedPosition[]> = {
  // A collection ("最新銷售助理崗位職責說明書") of nine articles (篇一…篇九). Articles 三, 四 and 七 hold duties
  // under no heading of their own, so they are the 銷售助理 their article heading names. The 【xx為您推薦】
  // list and the blurbs naming 法務主管/財務總監 documents are ads, not positions.
  "000_4f3d29ba12eddfeb.txt": [
    { title: "銷售總監", reportsTo: "總經理", minLevel: null, minYears: null },
    {
      title: "銷售主管",
      department: "市場部",
      reportsTo: "銷售副總經理",
      minLevel: "bachelor",
      minYears: 1,
      majors: ["化工", "電子", "機械", "經濟", "市場營銷"],
      majorsRequired: true,
    },
    { title: "電話營銷專員" },
    { title: "電話營銷專員" },
    { title: "銷售助理" },
    { title: "銷售助理" },
    { title: "營銷總監", department: "營銷部", reportsTo: "業務副總經理" },
    { title: "資產管理專員", minLevel: "associate", minYears: 2, management: true, majors: ["機械"], majorsRequired: true },
    { title: "銷售助理" },
    { title: "銷售副總監", department: "銷售中心", reportsTo: "總裁" },
    { title: "銷售總監", department: "銷售部", reportsTo: "總經理", minLevel: "bachelor" },
    { title: "銷售經理", department: "銷售部", minLevel: "high_school", minYears: 6, management: true },
    { title: "銷售員", department: "銷售部", minLevel: "high_school", minYears: 2, management: false },
  ],
  // Two versions of the same position description; the second is titled "…岗位说明书(1)".
  "001_68d3156cfa4dbd64.txt": [
    {
      title: "销售客户主管",
      department: "销售部",
      reportsTo: "销售部经理",
      minLevel: "bachelor",
      minYears: 5,
      maxYears: null,
      management: true,
      majors: ["市场营销", "商务管理"],
      majorsRequired: false,
      skillsInclude: ["办公软件", "沟通协调能力"],
    },
    {
      title: "销售客户主管",
      minLevel: "bachelor",
      minYears: 3,
      maxYears: 5,
      majors: ["市场营销", "工商管理"],
      majorsRequired: false,
      skillsInclude: ["CRM软件", "沟通能力"],
    },
  ],
  // Page-chunked text. The 客户部 section names 部主任 and 业务主管或经营主管 (cut off by the page) with their duties.
  "002_4f3020a482b172dc.txt": [
    {
      title: "销售内勤",
      department: "销售部",
      reportsTo: "销售部经理",
      minLevel: "high_school",
      minYears: 3,
      majors: ["市场营销"],
      majorsRequired: true,
      compliance: [
        { category: "gender", text: "性别女" },
        { category: "age", text: "年龄2545岁" },
      ],
    },
    { title: "客户服务部经理" },
    { title: "客服主管" },
    { title: "客服助理" },
    { title: "客户服务部客服文员" },
    { title: "客户服务部收费主管" },
    { title: "客户服务部收费员" },
    { title: "主管" },
    { title: "主管助理" },
    { title: "总台领班" },
    { title: "总台服务员" },
    { title: "部主任" },
    { title: "业务主管或经营主管" },
  ],
  // Five articles; the first (销售部岗位职责一…四) and the department-level lists are not positions.
  "003_af56c3073508a216.txt": [
    "部長", "銷售員", "銷售內勤", "倉庫保管員",
    "銷售部總經理", "銷售部副經理", "案場主管", "案場秘書", "銷售員",
    "銷售經理", "銷售主管", "銷售顧問", "銷售內勤", "二級區域銷售經理",
    "銷售總監", "銷售經理", "銷售主管", "秘書", "置業顧問",
  ].map((title) => ({ title, minLevel: null, minYears: null })),
  // 客服部工作職責 is a department's list; the 客服部班長 heading is mis-decoded bytes and unreadable.
  "004_6bd175bdc4fb85d5.txt": [
    { title: "營銷總監", department: "營銷部", reportsTo: "業務副總經理" },
    { title: "客服部質檢員" },
    { title: "客服部業務代表" },
    { title: "銷售代表" },
    { title: "銷售辦公室主任" },
    { title: "銷售經理" },
  ],
};
