import { existsSync, writeFileSync } from "node:fs";
import { buildDocx, documentXml, p, table } from "../../../../fixtures/documents/build-docx.js";
import { type Cell, itemsPdf, rows } from "../batch5/make-batch5.js";

/**
 * Writes batch 6's PDFs and .docx files: `npx tsx test/unit/resumes/corpus/batch6/make-batch6.ts` (the encoded
 * texts come from their .src.txt through make-corpus.ts). The PDFs embed Noto CJK and jszip stamps the time into a
 * .docx, so the written files are committed, only missing ones are written, and the tests read only those.
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);


// A Chinese résumé with a grey header band (name, headline), a left sidebar holding contact, EDUCATION, skills,
// certificate and languages, and a main column whose entries put the dates in a narrow column of their own.
const zhSidebarTimeline = () => {
  const side = (text: string, bold = false): Cell[] => [{ x: 40, text, bold, size: bold ? 11 : 9 }];
  const main = (date: string, text: string, bold = false): Cell[] => [{ x: 200, text: date, size: 9 }, { x: 290, text, bold, size: bold ? 12 : 10 }];
  return itemsPdf(
    [
      ...rows(40, 26, 20, [[{ x: 40, text: "周雨桐", size: 22, bold: true }], [{ x: 40, text: "数据产品经理 · 6年经验", size: 11 }]]),
      ...rows(130, 18, 9, [
        side("联系方式", true), side("电话：155 2100 8866"), side("邮箱：zhouyutong@example.com"), side("所在地：成都市高新区"), [],
        side("教育背景", true), side("四川大学"), side("统计学 · 硕士"), side("2017.09 - 2020.06"), side("西南财经大学"), side("经济统计学 · 本科"), side("2013.09 - 2017.06"), [],
        side("专业技能", true), side("SQL / Python"), side("Tableau、Hive"), [], side("证书", true), side("CDA数据分析师二级"), [], side("语言", true), side("英语（流利）"),
      ]),
      ...rows(130, 18, 10, [
        main("", "工作经历", true),
        main("2022.04 - 至今", "成都蜀云科技有限公司 · 数据产品经理"),
        main("", "负责用户画像平台与经营分析看板的规划和落地"),
        main("", "带领3人数据分析小组，支撑营销与风控部门"),
        main("2020.07 - 2022.03", "成都天府银行 · 数据分析师"),
        main("", "搭建零售信贷逾期预测模型，月报自动化"),
        [],
        main("", "项目经历", true),
        main("2023.01 - 2023.10", "智能风控看板 · 项目负责人"),
        main("", "对接6个业务方，上线指标120个"),
        [],
        main("", "自我评价", true),
        main("", "懂业务的数据人，沟通顺畅，结果导向。"),
      ]),
    ],
    [{ x: 30, y: 30, w: 535, h: 70 }],
  );
};

// An English one-page résumé: centred name and contact line, each job "Company, City" with its dates
// right-aligned on the same line and the title on the next, bullets, a degree line with its month and year on the right.
const enOnePage = () => {
  const left = (text: string, bold = false): Cell[] => [{ x: 50, text, bold, size: bold ? 11.5 : 10 }];
  const dated = (text: string, date: string): Cell[] => [{ x: 50, text, bold: true }, { x: 455, text: date }];
  return itemsPdf(
    rows(50, 16, 10, [
      [{ x: 215, text: "NATHAN OYELARAN", size: 18, bold: true }],
      [],
      [{ x: 120, text: "Houston, TX  ·  (713) 555-0148  ·  nathan.oyelaran@example.com  ·  linkedin.com/in/noyelaran", size: 9 }],
      [],
      left("SUMMARY", true),
      left("Process engineer with 9 years in refining and petrochemicals; unit revamps, energy savings, PSM."),
      [],
      left("EXPERIENCE", true),
      dated("Gulfport Refining Company, Pasadena, TX", "Apr 2020 – Present"),
      left("Senior Process Engineer"),
      left("•  Led a team of 4 engineers on the $48M FCC unit revamp, delivered on schedule"),
      left("•  Cut furnace fuel gas use 7% through heat-integration studies"),
      dated("Brazos Chemicals, Freeport, TX", "Jul 2016 – Mar 2020"),
      left("Process Engineer"),
      left("•  Optimized distillation column operation with Aspen HYSYS models"),
      left("•  Facilitated HAZOP reviews for two new units"),
      [],
      left("EDUCATION", true),
      dated("Texas A&M University, College Station, TX", "May 2016"),
      left("B.S. Chemical Engineering"),
      [],
      left("SKILLS", true),
      left("Aspen HYSYS, Aspen Plus, HAZOP, Python, Process Safety Management"),
      [],
      left("CERTIFICATIONS", true),
      left("Professional Engineer (PE), Texas"),
    ]),
  );
};

// A LaTeX moderncv-style CV: the name in two weights on one line, the headline under it, contact lines on the right,
// each section a grey bar then entries whose dates sit in a left column beside the entry.
const moderncv = () => {
  const section = (text: string): Cell[] => [{ x: 150, text, size: 14 }];
  const entry = (date: string, text: string, bold = false): Cell[] => [{ x: 60, text: date, size: 9.5 }, { x: 150, text, bold }];
  const items = rows(60, 17, 10, [
    [{ x: 60, text: "Lukas", size: 26 }, { x: 150, text: "Brenner", size: 26, bold: true }],
    [],
    [{ x: 60, text: "Computational Chemist", size: 12 }, { x: 420, text: "Zürich, Switzerland", size: 9 }],
    [{ x: 420, text: "+41 79 123 45 67", size: 9 }],
    [{ x: 420, text: "lukas.brenner@example.ch", size: 9 }],
    [],
    section("Experience"),
    entry("Sep 2021–present", "Senior Scientist, Alpine Pharma AG, Basel", true),
    entry("", "Lead a group of 4 scientists on free-energy methods for lead optimisation."),
    entry("Oct 2018–Aug 2021", "Postdoctoral Researcher, ETH Zürich, Zürich", true),
    entry("", "Enhanced-sampling molecular dynamics of membrane transporters."),
    [],
    section("Education"),
    entry("2014–2018", "PhD in Theoretical Chemistry, University of Cambridge, United Kingdom", true),
    entry("2009–2014", "MSc in Chemistry, Universität Heidelberg, Germany", true),
    [],
    section("Computer skills"),
    entry("Programming", "Python, C++, Fortran"),
    entry("Software", "GROMACS, Schrödinger Suite, RDKit"),
    [],
    section("Languages"),
    entry("German", "Mother tongue"),
    entry("English", "Fluent (C2)"),
    entry("French", "Intermediate (B1)"),
  ]);
  const bars = items.filter((i) => i.size === 14).map((i) => ({ x: 60, y: i.top + 6, w: 80, h: 4 }));
  return itemsPdf(items, bars);
};

// The classic 个人简历 form in Word: label | value cells with 照片 in the corner (no picture), then the jobs as a
// 起止时间 | 工作单位 | 职务 | 证明人 table whose referee cells hold names and phone numbers, then skill rows.
export const zhFormBody = [
  p("个 人 简 历"),
  table([
    ["姓名", "赵志强", "性别", "男", "照片"],
    ["出生年月", "1990.05", "民族", "汉", ""],
    ["政治面貌", "中共党员", "婚姻状况", "已婚", ""],
    ["学历", "本科", "毕业院校", "西北工业大学", ""],
    ["专业", "材料成型及控制工程", "毕业时间", "2013.07", ""],
    ["联系电话", "181 9267 3345", "电子邮箱", "zhaozhiqiang@example.com", ""],
    ["现居住地", "西安市雁塔区", "期望岗位", "工艺工程师", ""],
  ]),
  p("工作经历"),
  table([
    ["起止时间", "工作单位", "职务", "证明人"],
    ["2018.03-至今", "陕西秦川机械有限公司", "高级工艺工程师", "王工 138 9123 4567"],
    ["2013.07-2018.02", "西安航宇精密铸造有限公司", "工艺工程师", "李经理 029-8765 4321"],
  ]),
  table([
    ["专业技能", "熟练使用UG、AutoCAD；熟悉铸造、锻压工艺"],
    ["证书", "机械工程师（中级）"],
    ["自我评价", "十年铸锻工艺经验，踏实肯干，善于解决现场问题。"],
  ]),
].join("");

// A Hong Kong bilingual Word résumé in paragraphs: Chinese and English name, "(852)" mobile, bilingual section
// headings, each job "Title 中文職稱<tab>dates" over the organization in both languages.
export const hkBilingualBody = [
  p("黃嘉敏 WONG Ka Man, Carmen"),
  p("Mobile: (852) 9123 4567 | Email: carmen.wong@example.com.hk | 居住地區 District: Sha Tin, N.T."),
  p("工作經驗 WORK EXPERIENCE"),
  p("Senior Accountant 高級會計師\tJan 2021 – Present"),
  p("Kerry Logistics (Hong Kong) Limited 嘉里物流（香港）有限公司"),
  p("- Supervise a team of 3 accounts staff; month-end closing under HKFRS"),
  p("Audit Associate 審計助理\tSep 2018 – Dec 2020"),
  p("PricewaterhouseCoopers 羅兵咸永道會計師事務所"),
  p("- Statutory audits of Hong Kong listed clients"),
  p("學歷 EDUCATION"),
  p("The Chinese University of Hong Kong 香港中文大學\t2014 – 2018"),
  p("Bachelor of Business Administration (Hons) in Professional Accountancy"),
  p("專業資格 PROFESSIONAL QUALIFICATIONS"),
  p("HKICPA Certified Public Accountant, 2022"),
  p("語言 LANGUAGES"),
  p("廣東話 Cantonese (native), 英語 English (fluent), 普通話 Putonghua (good)"),
  p("電腦技能 COMPUTER SKILLS"),
  p("SAP, Excel (VBA), Power BI"),
].join("");

// A Europass CV exported to Word: a two-column table, the left cells labels and date ranges, the right cells content;
// dd/mm/yyyy dates, the sex and date-of-birth line, CEFR language rows.
export const europassBody = [
  table([
    ["PERSONAL INFORMATION", "Katarzyna Nowak"],
    ["", "ul. Długa 12/4, 30-001 Kraków (Poland)"],
    ["", "+48 601 234 567"],
    ["", "katarzyna.nowak@example.pl"],
    ["", "Sex Female | Date of birth 14/03/1992 | Nationality Polish"],
    ["JOB APPLIED FOR", "Logistics Planner"],
    ["WORK EXPERIENCE", ""],
    ["01/09/2020–Present", ["Supply Chain Planner", "Dachser Sp. z o.o., Kraków (Poland)", "▪ Plan inbound flows for 3 automotive customers", "▪ Lead a team of 5 dispatchers"]],
    ["01/07/2016–31/08/2020", ["Transport Coordinator", "Raben Logistics Polska Sp. z o.o., Gądki (Poland)", "▪ Planned 60 FTL routes a week across the EU"]],
    ["EDUCATION AND TRAINING", ""],
    ["10/2014–06/2016", ["Master of Science in Logistics", "Poznań University of Economics and Business, Poznań (Poland)"]],
    ["10/2011–06/2014", ["Bachelor of Engineering in Transport", "Cracow University of Technology, Kraków (Poland)"]],
    ["PERSONAL SKILLS", ""],
    ["Mother tongue(s)", "Polish"],
    ["Other language(s)", "UNDERSTANDING | SPEAKING | WRITING"],
    ["English", "C1 | C1 | B2"],
    ["German", "B1 | A2 | A2"],
    ["Digital skills", "SAP TM, Excel (advanced), Power BI"],
    ["Certificates", "APICS CPIM"],
  ]),
].join("");

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(here("44_zh_sidebar_timeline.pdf"), await zhSidebarTimeline());
  writeFileSync(here("48_en_one_page_dates_right.pdf"), await enOnePage());
  writeFileSync(here("53_en_moderncv.pdf"), await moderncv());
  const docx: Record<string, string> = {
    "45_zh_form_referees.docx": zhFormBody, "49_hk_bilingual_paragraphs.docx": hkBilingualBody, "52_en_europass_table.docx": europassBody,
  };
  for (const [name, body] of Object.entries(docx)) if (!existsSync(here(name))) writeFileSync(here(name), await buildDocx(documentXml(body)));
}
