import { existsSync, readFileSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import PDFDocument from "pdfkit";
import { buildDocx, documentXml, p, table } from "../../../../fixtures/documents/build-docx.js";

/**
 * Writes batch 5's documents that are not plain UTF-8 text: `npx tsx test/unit/resumes/corpus/batch5/make-batch5.ts`.
 * The PDFs embed Noto CJK (`apt-get install -y fonts-noto-cjk`) and jszip stamps the time into a .docx, so the
 * written files are committed and the tests read only those.
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);

export type Item = { text: string; x: number; top: number; size: number; bold?: boolean };
export type Column = { x: number; top: number; leading: number; size: number; lines: (string | { text: string; bold?: boolean; size?: number })[] };

/**
 * A page of columns written to the file row by row (highest text first, across columns), as resume builders do.
 */
export function columnsPdf(columns: Column[], rects: { x: number; y: number; w: number; h: number }[] = []): Promise<Buffer> {
  const items: Item[] = [];
  for (const c of columns) {
    let top = c.top;
    for (const line of c.lines) {
      const l = typeof line === "string" ? { text: line } : line;
      const size = l.size ?? (l.bold ? c.size + 2 : c.size);
      if (l.bold) top += c.leading * 0.4;
      items.push({ text: l.text, x: c.x, top, size, bold: l.bold });
      top += l.bold ? c.leading * 1.2 : c.leading;
    }
  }
  return itemsPdf(items, rects);
}

/** One placed cell of a row: where it starts, what it says, and its size and weight when not the row's own. */
export type Cell = { x: number; text: string; size?: number; bold?: boolean };

/** Rows of cells placed from `top` down, `leading` apart (a row of empty cells is a blank line). */
export function rows(top: number, leading: number, size: number, lines: Cell[][]): Item[] {
  const out: Item[] = [];
  lines.forEach((cells, i) => {
    for (const c of cells) if (c.text) out.push({ text: c.text, x: c.x, top: top + i * leading, size: c.size ?? size, bold: c.bold });
  });
  return out;
}

/** Text items at their places (and grey boxes below them), written highest first, left to right. */
export function itemsPdf(items: Item[], rects: { x: number; y: number; w: number; h: number }[] = []): Promise<Buffer> {
  items = [...items].sort((a, b) => a.top - b.top || a.x - b.x);
  const fonts = "/usr/share/fonts/opentype/noto";
  const doc = new PDFDocument({ size: "A4", margin: 40, info: { Title: "resume", CreationDate: new Date(0) } });
  doc.registerFont("regular", `${fonts}/NotoSansCJK-Regular.ttc`, "NotoSansCJKsc-Regular");
  doc.registerFont("bold", `${fonts}/NotoSansCJK-Bold.ttc`, "NotoSansCJKsc-Bold");
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (const r of rects) doc.rect(r.x, r.y, r.w, r.h).fillAndStroke("#d9d9d9", "#999999");
  doc.fillColor("black");
  for (const i of items) doc.font(i.bold ? "bold" : "regular").fontSize(i.size).text(i.text, i.x, i.top, { lineBreak: false });
  doc.end();
  return done;
}

// A Chinese resume with a grey left sidebar: a photo box, the name, personal lines (two the law forbids),
// skills, languages and hobbies; the main column on the right.
const zhSidebar = () =>
  columnsPdf(
    [
      {
        x: 40, top: 150, leading: 17, size: 9.5,
        lines: [
          { text: "陈嘉怡", size: 18, bold: true }, { text: "基本信息", bold: true }, "出生年月：1995.08", "政治面貌：共青团员", "电话：186 1234 5678",
          "邮箱：chenjiayi@example.com", "现居：广州市天河区", { text: "专业技能", bold: true }, "Axure / Figma", "SQL、Excel", "XMind",
          { text: "语言能力", bold: true }, "英语（CET-6）", { text: "兴趣爱好", bold: true }, "羽毛球、摄影",
        ],
      },
      {
        x: 210, top: 50, leading: 19, size: 10.5,
        lines: [
          "求职意向：产品经理 | 广州 | 期望薪资 15-20K", { text: "工作经历", bold: true },
          "2021.03 - 至今　广州趣游网络科技有限公司　高级产品经理", "负责会员增长产品线，带领4人产品小组", "主导积分商城改版，付费转化率提升18%",
          "2018.07 - 2021.02　深圳微品信息技术有限公司　产品经理", "负责商家后台需求分析与原型设计",
          { text: "项目经历", bold: true }, "2022.05 - 2022.12　会员体系重构项目　项目负责人", "负责需求梳理与跨部门协调",
          { text: "教育背景", bold: true }, "2014.09 - 2018.06　华南理工大学　工业设计　本科",
          { text: "自我评价", bold: true }, "5年互联网产品经验，数据驱动，沟通能力强。",
        ],
      },
    ],
    [{ x: 50, y: 45, w: 80, h: 100 }],
  );

// An English resume whose right column holds contact, skills, languages and awards; the main column's
// jobs put the organization and the dates on lines of their own.
const enRightColumn = () =>
  columnsPdf([
    { x: 40, top: 40, leading: 24, size: 11, lines: [{ text: "Aisha Rahman", size: 20, bold: true }, "Data Scientist"] },
    {
      x: 40, top: 110, leading: 17, size: 10,
      lines: [
        { text: "EXPERIENCE", bold: true }, "Senior Data Scientist", "Orbit Commerce · Austin, TX", "Jun 2022 – Present",
        "Built the pricing models; led a pod of 3 analysts", "Data Analyst", "Blue Mesa Health · Denver, CO", "Aug 2018 – May 2022",
        "Automated weekly reporting in SQL and Python", { text: "EDUCATION", bold: true },
        "M.S. Statistics, University of Texas at Austin, 2018", "B.A. Economics, University of Colorado Boulder, 2016",
      ],
    },
    {
      x: 400, top: 110, leading: 15, size: 9,
      lines: [
        { text: "CONTACT", bold: true }, "aisha.rahman@example.com", "+1 (415) 555-0163", "Austin, TX", { text: "SKILLS", bold: true }, "Python", "SQL",
        "scikit-learn", "Spark", "A/B testing", { text: "LANGUAGES", bold: true }, "English", "Bengali", { text: "AWARDS", bold: true }, "Kaggle Competitions Expert",
      ],
    },
  ]);

// A 51job export: tables of label cells for the latest job, degree and wishes, then the jobs as a two-column table.
export const job51Body = [
  p("前程无忧 51job.com\t\t个人简历"),
  p("简历编号：118823456\t更新时间：2026-11-18"),
  table([
    ["孙浩然", "", ""],
    ["5年工作经验 | 男 | 28岁（1998年2月8日）", "", ""],
    ["居住地：苏州", "电话：18962001234", "E-mail：sunhaoran98@example.com"],
  ]),
  p("最近工作（2年4个月）"),
  table([["职位：", "测试开发工程师"], ["公司：", "苏州云网软件有限公司"], ["行业：", "计算机软件"]]),
  p("最高学历/学位"),
  table([["专业：", "软件工程"], ["学校：", "苏州大学"], ["学历/学位：", "本科"]]),
  p("求职意向"),
  table([["期望薪资：", "12-15k/月"], ["地点：", "苏州"], ["职能/职位：", "软件测试"]]),
  p("工作经验"),
  table([
    ["2024/07--至今", "苏州云网软件有限公司（150-500人）"],
    ["", "测试开发工程师 | 质量部"],
    ["", "工作描述：负责支付系统的接口自动化测试，使用Python+Pytest搭建自动化框架。"],
    ["2021/07--2024/06", "昆山德信电子有限公司（1000-5000人）"],
    ["", "软件测试工程师 | 信息部"],
    ["", "工作描述：负责MES系统功能测试和性能测试（JMeter）。"],
  ]),
  p("教育经历"),
  table([["2017/09--2021/06", "苏州大学", "软件工程 | 本科"]]),
  p("技能特长"),
  table([["Python", "精通"], ["Pytest", "熟练"], ["JMeter", "熟练"], ["Linux", "良好"], ["英语", "CET-4"]]),
].join("");

// A 岗位说明书 uploaded as a resume by mistake: a form table, the author's and approver's names, a contact line.
export const positionBody = [
  p("岗位说明书"),
  table([
    ["岗位名称", "人力资源专员", "所属部门", "人力资源部"],
    ["直接上级", "人力资源经理", "岗位定员", "2人"],
    ["岗位职责", ["1. 负责招聘渠道维护、简历筛选和面试安排；", "2. 办理员工入职、转正、离职手续；", "3. 维护员工档案和考勤数据。"], "", ""],
    ["任职资格", ["1. 本科及以上学历，人力资源管理相关专业；", "2. 1年以上人事工作经验；", "3. 熟练使用Excel。"], "", ""],
  ]),
  p("编制人：刘芳\t审核人：张伟\t日期：2026-10-01"),
  p("联系人：刘女士　电话：0512-6688 1234　邮箱：hr@suzhou-example.com"),
].join("");

// An English Word resume laid out as one two-cell table: the main column in the left cell, contact, skills,
// certifications and languages in the right cell (the usual Word "two-column" template).
export const wordTwoColumnBody = [
  table([
    [
      [
        "Jordan Lee", "Operations Analyst", "PROFILE", "Analyst with six years in ports and freight logistics.", "EXPERIENCE",
        "Operations Analyst, Harbor Freight Logistics", "Mar 2021 – Present", "Built the dock scheduling model in Python.",
        "Logistics Coordinator, Pacific Crest Shipping", "Jun 2018 – Feb 2021", "Coordinated 40 inbound containers a week.",
        "EDUCATION", "B.A. Economics, University of Washington, 2018",
      ],
      [
        "CONTACT", "jordan.lee@example.com", "(206) 555-0199", "Tacoma, WA", "SKILLS", "SQL", "Python", "Tableau", "Excel",
        "CERTIFICATIONS", "APICS CLTD", "LANGUAGES", "English", "Korean",
      ],
    ],
  ]),
].join("");

const encoded: Record<string, (text: string) => Buffer> = {
  "36_tw_104_minguo.big5": (t) => iconv.encode(t, "big5"),
  "38_zh_grad_projects.utf16le": (t) => iconv.encode(t, "utf16le", { addBOM: true }),
  "43_zh_zhilian_export.gbk": (t) => iconv.encode(t, "gbk"),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(here("32_zh_sidebar_photo.pdf"), await zhSidebar());
  writeFileSync(here("34_en_right_column.pdf"), await enRightColumn());
  // jszip stamps the time into a .docx: only missing ones are built, so committed files stay byte for byte.
  const docx: Record<string, string> = {
    "33_zh_51job_export.docx": job51Body, "40_position_by_mistake.docx": positionBody, "42_en_word_two_cells.docx": wordTwoColumnBody,
  };
  for (const [name, body] of Object.entries(docx)) if (!existsSync(here(name))) writeFileSync(here(name), await buildDocx(documentXml(body)));
  for (const [name, encode] of Object.entries(encoded)) writeFileSync(here(`${name}.txt`), encode(readFileSync(here(`${name}.src.txt`), "utf8")));
}
