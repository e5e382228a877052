import { existsSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import PDFDocument from "pdfkit";
import { buildDocx, documentXml, p, table } from "../../../../fixtures/documents/build-docx.js";

/**
 * Writes this batch's non-UTF-8 documents: `npx tsx test/unit/positions/heldout/batch-05/make-files.ts`.
 * The .docx (jszip stamps the time) and the PDF (needs fonts-noto-cjk) are committed and only missing files are
 * written; the eval reads the committed files, never this script.
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);

// A 1111 人力銀行 job page's print view, saved as text in Big5 by an old Windows browser: tab-separated label/value
// pairs two to a row, 民國 date, 條件要求 block with 擅長工具 / 具備證照, a 聯絡方式 block.
export const big5Text = [
  "1111人力銀行　列印職缺",
  "列印日期：115/11/27",
  "",
  "職缺名稱：品保工程師（IPQC主管）",
  "公司名稱：台灣宏聚精密工業股份有限公司",
  "",
  "【工作內容】",
  "1.制程品質巡檢與異常處理，主導8D報告。",
  "2.帶領IPQC檢驗員6人，安排班表與教育訓練。",
  "3.量測儀器校正管理。",
  "",
  "【職務條件】",
  "職務類別\t品管／品保工程師\t工作待遇\t月薪 42,000~50,000元",
  "工作性質\t全職\t上班地點\t桃園市龜山區華亞二路",
  "管理責任\t需負擔管理責任（管理人數：5~8人）\t出差外派\t無需出差外派",
  "上班時段\t日班 08:00~17:00\t休假制度\t週休二日",
  "需求人數\t1人\t可上班日\t一個月內",
  "",
  "【條件要求】",
  "工作經歷\t3年以上\t學歷要求\t專科、大學",
  "科系要求\t機械工程相關、工業工程相關\t語文條件\t英文 -- 聽/中等、說/中等、讀/精通、寫/中等",
  "擅長工具\tMinitab、Excel\t具備證照\t品質工程師（CQE）",
  "其他條件\t熟悉ISO9001、IATF 16949，具SPC、MSA實務經驗。",
  "",
  "【聯絡方式】",
  "聯絡人：人資部 林小姐",
  "應徵方式：請直接於1111人力銀行線上應徵",
  "",
].join("\r\n");

// A county 事业单位 公开招聘 notice in Word: preamble, a posts table 岗位代码|招聘单位|岗位名称|岗位类别|招聘人数|学历|学位|
// 专业|年龄|其他条件 with no duties at all, then the application rules.
export const govDocxBody = [
  p("临安县卫生健康局所属事业单位2026年公开招聘工作人员公告"),
  p("根据《事业单位人事管理条例》等有关规定，经研究，决定面向社会公开招聘工作人员，现将有关事项公告如下："),
  p("一、招聘岗位"),
  table([
    ["岗位代码", "招聘单位", "岗位名称", "岗位类别", "招聘人数", "学历", "学位", "专业", "年龄", "其他条件"],
    ["2026001", "县人民医院", "临床医师", "专业技术", "2", "本科及以上", "学士及以上", "临床医学", "35周岁以下", "具有执业医师资格证书"],
    ["2026002", "县疾病预防控制中心", "财务会计", "管理", "1", "本科及以上", "不限", "会计学、财务管理", "30周岁以下", "具有2年以上财务工作经历"],
    ["2026003", "县妇幼保健院", "信息技术员", "专业技术", "1", "大专及以上", "不限", "计算机科学与技术、网络工程", "30周岁以下", "无"],
  ]),
  p("二、报名条件"),
  p("（一）具有中华人民共和国国籍，遵守宪法和法律；"),
  p("（二）具有良好的品行和正常履行职责的身体条件；"),
  p("（三）具备岗位所需的专业、学历和其他条件。"),
  p("三、报名时间及方式"),
  p("报名时间：2026年12月8日至12月12日，网上报名，每人限报一个岗位。"),
  p("咨询电话：0571-6372 1234（工作日上午8:30—11:30）"),
  p("临安县卫生健康局"),
  p("2026年11月30日"),
].join("");

// An auto-parts maker's internal notice printed, scanned and OCR'd back into a PDF: every page carries a running
// header and a "- N -" footer, and lines are hard-wrapped at the page width, some mid-sentence.
export const scannedPages: string[][] = [
  [
    "关于内部竞聘及外部招聘质量部岗位的通知",
    "各部门：",
    "因IATF 16949体系升级及新项目量产需要，质量部现开放以下岗位，欢迎内部员工竞聘，",
    "同时面向社会招聘。",
    "一、供应商质量工程师（SQE）  2名",
    "岗位职责：",
    "1. 负责新供应商的审核、准入及PPAP批准；",
    "2. 跟踪供应商来料质量问题，推动8D整改",
    "并验证效果；",
    "3. 每季度对供应商进行绩效评价。",
    "任职要求：",
    "1. 本科及以上学历，机械、材料类专业；",
  ],
  [
    "2. 3年以上汽车零部件行业SQE工作经验，熟悉APQP、PPAP、FMEA等",
    "质量工具；",
    "3. 能适应30%以上出差；",
    "4. 持有IATF 16949内审员证书者优先。",
    "二、质量经理  1名",
    "岗位职责：",
    "1. 全面负责工厂质量体系运行与客户质量；",
    "2. 管理质量部（约25人），包括来料、制程、出货检验及实验室；",
    "3. 代表工厂对接主机厂客户审核。",
    "任职要求：",
    "1. 本科及以上学历；",
    "2. 10年以上汽车零部件质量管理经验，其中5年以上质量部门管理",
    "经验；",
    "3. 英语读写熟练；",
    "4. 六西格玛黑带优先。",
  ],
  [
    "三、报名方式",
    "内部竞聘人员请填写《内部竞聘申请表》，经部门负责人签字后交人力资源部；外部应聘",
    "者请将简历发送至 hr@longsheng-example.com。",
    "截止日期：2026年12月10日。",
    "人力资源部",
    "2026年11月25日",
  ],
];

function scannedPdf(pages: string[][]): Promise<Buffer> {
  const fonts = "/usr/share/fonts/opentype/noto";
  const doc = new PDFDocument({ size: "A4", margin: 60, autoFirstPage: false, info: { Title: "scan0042", CreationDate: new Date(0) } });
  doc.registerFont("serif", `${fonts}/NotoSerifCJK-Regular.ttc`, "NotoSerifCJKsc-Regular");
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  pages.forEach((lines, i) => {
    doc.addPage();
    doc.rect(0, 0, 595, 842).fill("#f4f1ea").fillColor("black");
    doc.font("serif").fontSize(8).text("龙盛汽车部件（太仓）有限公司    文件编号：LS-HR-N-2026-118    受控文件", 62, 34, { lineBreak: false });
    doc.moveTo(60, 48).lineTo(535, 48).stroke("#555555");
    let y = 72;
    lines.forEach((line, j) => {
      const size = i === 0 && j === 0 ? 14 : 10.5;
      // a scan is never quite straight: each line drifts a little
      doc.font("serif").fontSize(size).text(line, 61 + (j % 3) * 0.4, y + (j % 2) * 0.3, { lineBreak: false });
      y += size * 2;
    });
    doc.font("serif").fontSize(9).text(`- ${i + 1} -`, 285, 800, { lineBreak: false });
    doc.fillColor("#bbbbbb").font("serif").fontSize(40).rotate(-30, { origin: [300, 450] }).text("内部资料", 220, 430, { lineBreak: false }).rotate(30, { origin: [300, 450] }).fillColor("black");
  });
  doc.end();
  return done;
}

// A manufacturer's HR manual chapter saved as a GBK .txt: 岗位说明书 forms for two posts with 岗位编号/岗位定员/岗位等级,
// 直接上级/直接下级, 晋升通道, 可轮换岗位 and 工作关系 rows, 岗位目的, then 工作职责 and 任职资格 by item.
export const gbkManual = [
  "第四章  供应链中心岗位说明书",
  "",
  "4.2  采购主管",
  "岗位名称：采购主管          岗位编号：SCM-PU-02",
  "所属部门：供应链中心采购部  岗位定员：1人",
  "岗位等级：M2                直接上级：采购经理",
  "直接下级：采购专员（3人）",
  "晋升通道：采购主管→采购经理→供应链总监",
  "可轮换岗位：计划主管、仓储主管",
  "工作关系：内部——财务部、生产部、品质部；外部——供应商、物流服务商",
  "岗位目的：保障生产物料按时、按质、按成本供应。",
  "一、工作职责",
  "  1. 组织编制月度采购计划并监督执行；",
  "  2. 主导供应商开发、评审与年度议价；",
  "  3. 带领采购专员完成日常下单与交期跟踪；",
  "  4. 审核采购合同与付款申请。",
  "二、任职资格",
  "  学    历：本科及以上",
  "  专    业：物流管理、工商管理相关专业",
  "  工作经验：5年以上制造业采购经验，2年以上主管经验",
  "  知识技能：熟悉ERP系统（SAP MM模块优先），具备良好的谈判能力",
  "  证    书：持有采购师证书者优先",
  "",
  "4.3  仓库管理员",
  "岗位名称：仓库管理员        岗位编号：SCM-WH-05",
  "所属部门：供应链中心仓储部  岗位定员：4人",
  "岗位等级：S1                直接上级：仓储主管",
  "直接下级：无",
  "晋升通道：仓库管理员→仓储组长→仓储主管",
  "工作关系：内部——生产部、采购部",
  "岗位目的：确保库存账实相符、收发及时。",
  "一、工作职责",
  "  1. 负责物料的收货、入库、发料与盘点；",
  "  2. 维护WMS系统库存数据；",
  "  3. 保持库区6S管理。",
  "二、任职资格",
  "  学    历：高中或中专及以上",
  "  工作经验：1年以上仓库工作经验",
  "  知识技能：会使用Excel，能操作叉车",
  "  证    书：须持有叉车操作证",
  "",
  "（本章完）",
  "",
].join("\r\n");

const writeNew = async (name: string, make: () => Buffer | Uint8Array | Promise<Buffer | Uint8Array>) => {
  if (!existsSync(here(name))) writeFileSync(here(name), await make());
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeNew("07_tw_1111_print_big5.txt", () => iconv.encode(big5Text, "big5"));
  await writeNew("09_gov_shiye_table.docx", () => buildDocx(documentXml(govDocxBody)));
  await writeNew("10_scanned_notice.pdf", () => scannedPdf(scannedPages));
  await writeNew("11_gbk_hr_manual.txt", () => iconv.encode(gbkManual, "gbk"));
}
