import { existsSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import PDFDocument from "pdfkit";
import { buildDocx, documentXml, p, table } from "../../../../fixtures/documents/build-docx.js";

/**
 * Writes this batch's .docx, .pdf and non-UTF-8 documents: `npx tsx test/unit/positions/heldout/batch-07/make-files.ts`.
 * The files are committed and only missing ones are written (jszip stamps the time); the eval reads the committed
 * files, never this script. The Chinese PDF uses WenQuanYi Micro Hei (Debian fonts-wqy-microhei).
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);
const cjkFont = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

type Placed = { text: string; x: number; y: number; size?: number; bold?: boolean };
type Page = { items: Placed[]; lines?: [number, number, number, number][] };

/** A PDF of absolutely placed text items, written top to bottom and left to right as layout tools do. */
function placedPdf(pages: Page[], font: "cjk" | "latin"): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 40, autoFirstPage: false, info: { Title: "document", CreationDate: new Date(0) } });
  if (font === "cjk") {
    doc.registerFont("regular", cjkFont, "WenQuanYiMicroHei");
    doc.registerFont("bold", cjkFont, "WenQuanYiMicroHei");
  } else {
    doc.registerFont("regular", "Helvetica");
    doc.registerFont("bold", "Helvetica-Bold");
  }
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (const page of pages) {
    doc.addPage();
    for (const [x1, y1, x2, y2] of page.lines ?? []) doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.6).stroke("#000000");
    for (const i of [...page.items].sort((a, b) => a.y - b.y || a.x - b.x)) {
      doc.font(i.bold ? "bold" : "regular").fontSize(i.size ?? 10.5).fillColor("black").text(i.text, i.x, i.y, { lineBreak: false });
    }
  }
  doc.end();
  return done;
}
const column = (x: number, y: number, lines: (string | { text: string; bold?: boolean; size?: number })[], leading = 18): Placed[] =>
  lines.map((l, i) => ({ x, y: y + i * leading, ...(typeof l === "string" ? { text: l } : l) }));

// 03: a hospital's 公开招聘公告 in Word: the notice's numbered sections (conditions apply to everyone), the annex
// 招聘岗位一览表 (one row per post: 科室|岗位名称|人数|学历|专业|其他要求) and an empty 报名登记表 form.
export const hospitalBody = [
  p("江城市第一人民医院2027年公开招聘编外专业技术人员公告"),
  p("根据医院发展需要，经研究决定，面向社会公开招聘编外专业技术人员，现将有关事项公告如下："),
  p("一、招聘原则"),
  p("坚持德才兼备、以德为先和公开、平等、竞争、择优的原则，实行统一报名、统一考试。"),
  p("二、招聘岗位及人数"),
  p("本次共招聘17名，具体岗位、人数及资格条件详见《招聘岗位一览表》（附件1）。"),
  p("三、报名条件"),
  p("（一）遵纪守法，品行端正，具有良好的职业道德；"),
  p("（二）身体健康，能坚持正常工作；"),
  p("（三）年龄在35周岁以下（1991年1月1日以后出生），具有副高级及以上职称者可放宽至45周岁；"),
  p("（四）符合岗位要求的其他资格条件。"),
  p("四、报名方式"),
  p("报名时间：2026年12月7日至12月13日。应聘人员填写《报名登记表》（附件2），连同学历、学位、资格证书扫描件发送至 rsk@jcyy-example.cn。"),
  p("五、考试与考核"),
  p("采取笔试加面试的方式，按笔试成绩从高到低1:3的比例确定面试人选。"),
  p("六、薪酬待遇"),
  p("按医院编外人员薪酬管理办法执行，依法缴纳五险一金。"),
  p("联系电话：0716-8123456    联系人：刘老师"),
  p("附件：1. 招聘岗位一览表"),
  p("\t2. 报名登记表"),
  p("江城市第一人民医院"),
  p("2026年12月1日"),
  p("附件1"),
  p("江城市第一人民医院2027年公开招聘编外专业技术人员岗位一览表"),
  table([
    ["序号", "科室", "岗位名称", "人数", "学历", "专业", "其他要求"],
    ["1", "心血管内科", "内科医师", "3", "硕士研究生及以上", "内科学", "具有执业医师资格证书及住院医师规范化培训合格证书"],
    ["2", "麻醉科", "麻醉医师", "2", "本科及以上", "麻醉学、临床医学", ["具有执业医师资格证书", "3年以上二级及以上医院麻醉科工作经历"]],
    ["3", "医学影像科", "影像技师", "2", "大专及以上", "医学影像技术", "具有放射医学技术士资格证书"],
    ["4", "护理部", "护士", "10", "大专及以上", "护理、护理学", ["具有护士执业证书", "2027届应届毕业生可报名，须取得护士执业证书后方可聘用"]],
  ]),
  p("附件2"),
  p("江城市第一人民医院公开招聘报名登记表"),
  table([
    ["姓名", "", "性别", "", "出生年月", ""],
    ["应聘岗位", "", "政治面貌", "", "联系电话", ""],
    ["毕业院校", "", "所学专业", "", "最高学历", ""],
    ["执业资格", "", "专业技术职称", "", "身份证号", ""],
    ["学习及工作简历", ""],
    ["本人承诺", "本人所填信息真实准确，如有虚假，自愿取消聘用资格。    签名：        年  月  日"],
  ]),
].join("");

// 04: a 岗位说明书 in Word, one form table per post with many rows: label|value pairs two to a row, a 岗位职责 row,
// a 任职资格 block of sub-rows (学历/专业/工作经验/技能/证书/语言), then 晋升通道 / 轮岗方向 / 工作条件 rows.
export const jdFormBody = [
  p("生产中心岗位说明书"),
  p("编制：人力资源部    版本：V2.3    生效日期：2026-10-01"),
  p("一、生产计划主管"),
  table([
    ["岗位名称", "生产计划主管", "岗位编号", "PMC-02"],
    ["所属部门", "生产计划部", "直接上级", "生产计划经理"],
    ["直接下级", "物控专员、计划员", "岗位定员", "1"],
    ["岗位目的", "统筹生产计划与物料控制，保障订单按期交付"],
    ["岗位职责", ["1. 根据销售订单与产能编制月度、周生产计划", "2. 组织物料需求评审，跟进缺料并推动解决", "3. 监控计划达成率与库存周转，定期输出分析报告", "4. 带领计划员、物控专员完成日常排产"]],
    ["任职资格", "学历", "大专及以上"],
    ["", "专业", "物流管理、工业工程等相关专业"],
    ["", "工作经验", "5年以上制造业PMC工作经验，其中2年以上主管经验"],
    ["", "技能", "熟练使用SAP（PP/MM模块）及Excel"],
    ["", "证书", "无"],
    ["", "语言", "英语读写熟练"],
    ["晋升通道", "生产计划经理"],
    ["轮岗方向", "采购主管、仓储主管"],
    ["工作条件", "办公室，偶尔需到车间现场"],
  ]),
  p(""),
  p("二、设备维修技师"),
  table([
    ["岗位名称", "设备维修技师", "岗位编号", "EQM-05"],
    ["所属部门", "设备部", "直接上级", "设备主管"],
    ["直接下级", "无", "岗位定员", "4"],
    ["岗位目的", "保障生产设备稳定运行，降低故障停机时间"],
    ["岗位职责", ["1. 负责冲压、注塑设备的日常点检与预防性维护", "2. 处理设备突发故障并填写维修记录", "3. 参与设备改造与备件管理"]],
    ["任职资格", "学历", "高中/中专及以上"],
    ["", "专业", "机电一体化、电气自动化相关专业"],
    ["", "工作经验", "3年以上设备维修经验"],
    ["", "技能", "能看懂电气图纸，会PLC基础编程"],
    ["", "证书", "低压电工作业证（必须）"],
    ["", "语言", "无要求"],
    ["晋升通道", "设备工程师"],
    ["轮岗方向", "无"],
    ["工作条件", "车间，需倒班"],
  ]),
  p("审批：__________    日期：__________"),
].join("");

// 05: a state-owned group's 社会招聘公告 as a two-page PDF: a running header and a "— N —" footer on every page, the
// notice's general conditions on page 1, and on page 2 the annex 岗位需求表 drawn as a ruled grid whose cells wrap.
const soeHeader = (n: number): Placed[] => [
  { text: "华岳能源集团有限公司2027年度社会招聘公告", x: 150, y: 30, size: 9 },
  { text: `— ${n} —`, x: 285, y: 805, size: 9 },
];
const soePages = (): Page[] => [
  {
    lines: [[40, 45, 555, 45]],
    items: [
      ...soeHeader(1),
      { text: "华岳能源集团有限公司2027年度社会招聘公告", x: 110, y: 70, size: 16, bold: true },
      ...column(50, 110, [
        "华岳能源集团有限公司是省属国有重点骨干企业，主营电力、新能源、煤炭及信息技术服务。",
        "因业务发展需要，现面向社会公开招聘工作人员，有关事项公告如下。",
        { text: "一、招聘岗位", bold: true },
        "本次招聘岗位共3个，计划招聘4人，具体岗位及任职条件见附件《岗位需求表》。",
        { text: "二、基本条件", bold: true },
        "（一）拥护中国共产党的领导，遵纪守法，品行端正；",
        "（二）具有良好的职业素养和团队合作精神；",
        "（三）身体健康，年龄一般不超过40周岁（1986年1月1日以后出生）；",
        "（四）具备岗位所需的专业知识和工作能力。",
        { text: "三、招聘程序", bold: true },
        "报名→资格审查→笔试→面试→考察→体检→公示→聘用。",
        { text: "四、报名方式", bold: true },
        "请登录集团招聘平台 zhaopin.huayue-example.com 在线报名，报名截止时间为2026年12月25日。",
        { text: "五、薪酬福利", bold: true },
        "按集团薪酬管理制度执行，享受五险二金、带薪年假、补充医疗等福利。",
        "咨询电话：0351-7654321（工作日 9:00-17:00）",
        "",
        "附件：岗位需求表",
        "华岳能源集团有限公司人力资源部",
        "2026年12月1日",
      ], 22),
    ],
  },
  (() => {
    const xs = [40, 70, 130, 200, 230, 360, 555];
    const rowsY = [80, 104, 214, 324, 454];
    const grid: [number, number, number, number][] = [
      ...rowsY.map((y) => [40, y, 555, y] as [number, number, number, number]),
      ...xs.map((x) => [x, 80, x, 454] as [number, number, number, number]),
    ];
    const cell = (col: number, y: number, lines: string[]): Placed[] => lines.map((text, i) => ({ text, x: xs[col]! + 3, y: y + 6 + i * 15, size: 9 }));
    return {
      lines: [[40, 45, 555, 45], ...grid],
      items: [
        ...soeHeader(2),
        { text: "附件", x: 40, y: 55, size: 10, bold: true },
        { text: "岗位需求表", x: 270, y: 60, size: 12, bold: true },
        ...cell(0, 80, ["序号"]), ...cell(1, 80, ["招聘单位"]), ...cell(2, 80, ["岗位名称"]), ...cell(3, 80, ["人数"]),
        ...cell(4, 80, ["岗位职责"]), ...cell(5, 80, ["任职条件"]),
        ...cell(0, 104, ["1"]), ...cell(1, 104, ["集团", "总部"]), ...cell(2, 104, ["财务管理岗"]), ...cell(3, 104, ["1"]),
        ...cell(4, 104, ["负责集团合并报表编制、", "全面预算管理及税务", "筹划工作"]),
        ...cell(5, 104, ["1.全日制本科及以上学历，会计学、", "财务管理专业；", "2.5年以上大型企业财务工作经验；", "3.具有中级会计师及以上职称。"]),
        ...cell(0, 214, ["2"]), ...cell(1, 214, ["新能源", "公司"]), ...cell(2, 214, ["风电场场长"]), ...cell(3, 214, ["1"]),
        ...cell(4, 214, ["全面负责风电场安全生", "产、运维管理和人员", "队伍建设"]),
        ...cell(5, 214, ["1.本科及以上学历，电气工程、能源", "动力类专业；", "2.8年以上风电场运维经验，其中3年", "以上场站管理经验；", "3.持有高压电工进网作业许可证。"]),
        ...cell(0, 324, ["3"]), ...cell(1, 324, ["信息", "公司"]), ...cell(2, 324, ["网络安全", "工程师"]), ...cell(3, 324, ["2"]),
        ...cell(4, 324, ["负责集团网络安全防护体", "系建设、等级保护测评", "及安全事件应急处置"]),
        ...cell(5, 324, ["1.本科及以上学历，计算机、网络安全", "相关专业；", "2.3年以上网络安全工作经验；", "3.熟悉防火墙、IDS/IPS等安全设备；", "4.具有CISP或CISSP证书者优先。"]),
        { text: "注：年龄计算截至2026年12月31日；“以上”均含本级。", x: 40, y: 468, size: 9 },
      ],
    };
  })(),
];

// 06: an Australian university's Position Description as a two-page PDF: a running header with the title, a
// "Page N of 2" footer and a provider line on both pages; header fields, purpose, duties across the page break,
// Key Selection Criteria split into Essential and Desirable.
const pdFurniture = (n: number): Placed[] => [
  { text: "Northbridge University  |  Position Description", x: 40, y: 28, size: 8 },
  { text: "Research Fellow (Computational Biology)", x: 380, y: 28, size: 8 },
  { text: `Page ${n} of 2`, x: 270, y: 805, size: 8 },
  { text: "CRICOS Provider No. 00000X  |  PD template v3 (2026)", x: 40, y: 818, size: 7 },
];
const pdPages = (): Page[] => [
  {
    lines: [[40, 40, 555, 40]],
    items: [
      ...pdFurniture(1),
      { text: "Position Description", x: 40, y: 60, size: 18, bold: true },
      ...column(40, 95, [
        "Position Title: Research Fellow (Computational Biology)",
        "Classification: Academic Level B",
        "School: School of Biomedical Sciences, Faculty of Health",
        "Reports to: Professor of Genomics",
        "Employment type: Fixed-term (3 years), full-time",
        "",
        { text: "Position Purpose", bold: true, size: 12 },
        "The Research Fellow will lead the computational analysis for an NHMRC-funded program studying immune",
        "cell development, working closely with wet-lab scientists and clinical collaborators.",
        "",
        { text: "Key Responsibilities", bold: true, size: 12 },
        "1. Design and run analysis pipelines for single-cell and bulk RNA-seq datasets.",
        "2. Develop and maintain reproducible workflows on the University's HPC cluster.",
        "3. Contribute to the preparation of manuscripts and grant applications.",
      ], 18),
    ],
  },
  {
    lines: [[40, 40, 555, 40]],
    items: [
      ...pdFurniture(2),
      ...column(40, 60, [
        "4. Present findings at lab meetings, national and international conferences.",
        "5. Help PhD and Honours students with analysis questions.",
        "",
        { text: "Key Selection Criteria", bold: true, size: 12 },
        { text: "Essential", bold: true },
        "1. A PhD in bioinformatics, computational biology, statistics or a related discipline.",
        "2. Demonstrated experience analysing single-cell or bulk RNA-seq data using R and Python.",
        "3. A track record of publications in peer-reviewed journals.",
        "4. Experience working in high-performance computing environments (e.g. Slurm).",
        { text: "Desirable", bold: true },
        "5. Experience building workflows with Nextflow or Snakemake.",
        "6. Experience co-supervising research students.",
        "",
        { text: "Other requirements", bold: true, size: 12 },
        "The appointee must hold a valid working visa or be an Australian citizen or permanent resident.",
        "",
        "Approved by: Head of School        Date: 24 November 2026",
      ], 18),
    ],
  },
];

// 13: a 水木社区 BBS post as saved from the board (GB18030): 发信人/信区/标题/发信站 header, a recruiter's intro,
// two numbered roles with 要求/待遇 lines, the "--" signature and the ※ 来源 line.
export const newsmth = [
  "发信人: yunqi2016 (云起), 信区: Career_Upgrade",
  "标  题: [社招] 头部自动驾驶公司 感知算法/仿真测试 北京上海 多个HC",
  "发信站: 水木社区 (Tue Dec  1 21:15:33 2026), 站内",
  "",
  "坐标北京亚运村/上海嘉定，团队直招，非猎头。",
  "可以站内信，或者发简历到 yq_hr@autodrive-example.com，标题注明“水木+岗位”。",
  "",
  "1. 感知算法工程师（3D检测方向）",
  "要求：",
  "- 硕士及以上，计算机、自动化、电子等相关专业",
  "- 2年以上视觉或激光雷达感知算法经验，熟悉BEV、多传感器融合",
  "- 熟练掌握C++和Python，熟悉PyTorch",
  "- 有CVPR/ICCV等顶会论文者优先",
  "待遇：40-70w/年，base可谈",
  "",
  "2. 仿真测试工程师",
  "要求：",
  "- 本科及以上",
  "- 3年以上软件测试经验，有自动驾驶仿真经验优先",
  "- 熟悉Python，了解CARLA或Prescan等仿真平台",
  "待遇：25-40w",
  "",
  "欢迎推荐，推荐成功有内推奖励。",
  "",
  "--",
  "人生如逆旅，我亦是行人。",
  "",
  "※ 来源:·水木社区 https://www.newsmth.net·[FROM: 123.118.*.*]",
  "",
].join("\n");

// 14: a PTT Soft_Job [徵才] post saved in Big5 with CRLF: 作者/看板/標題/時間 header, the board's required 【】 fields,
// the 發信站 and 文章網址 lines and 推/噓/→ comments.
export const ptt = [
  "作者  tingyu0413 (Ting)                                      看板  Soft_Job",
  "標題  [徵才] 綠點物流 資深後端工程師 (Python) 台北 年薪120-160萬",
  "時間  Mon Nov 30 22:41:07 2026",
  "───────────────────────────────────────",
  "",
  "【公司名稱】綠點物流股份有限公司",
  "【公司地址】台北市內湖區瑞光路 (捷運港墘站步行5分鐘)",
  "【公司簡介】提供電商倉儲與最後一哩配送，服務 300+ 品牌，工程團隊 25 人。",
  "【職缺】資深後端工程師 (Python)",
  "【工作內容】",
  "  1. 設計與開發倉儲管理系統 API",
  "  2. 優化訂單分配與揀貨路徑演算法",
  "  3. Code review 並帶領 2 位初階工程師",
  "【需求技能】",
  "  - 4 年以上後端開發經驗",
  "  - 熟悉 Python（Django 或 FastAPI）",
  "  - 熟悉 PostgreSQL，有 Redis 使用經驗",
  "  - 加分：有 AWS、Docker、Kubernetes 經驗",
  "  - 大學以上資訊相關科系",
  "【工作時間】09:30-18:30，可彈性上下班",
  "【薪資範圍】年薪 120 萬 ~ 160 萬（保證 14 個月）",
  "【公司福利】週休二日、每年 2,000 元學習補助、免費零食櫃",
  "【聯絡方式】站內信或 hr@greendot-example.tw",
  "",
  "--",
  "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.224.12.34 (臺灣)",
  "※ 文章網址: https://www.ptt.cc/bbs/Soft_Job/M.1764513667.A.3F2.html",
  "推 coder42: 有寫薪水推                                           11/30 22:50",
  "→ tingyu0413: 謝謝～                                             11/30 22:52",
  "噓 anonymousX: 物流業？                                          11/30 23:01",
  "",
].join("\r\n");

const writeNew = async (name: string, make: () => Buffer | Uint8Array | Promise<Buffer | Uint8Array>) => {
  if (!existsSync(here(name))) writeFileSync(here(name), await make());
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeNew("03_hospital_notice_annex.docx", () => buildDocx(documentXml(hospitalBody)));
  await writeNew("04_jd_form_tables.docx", () => buildDocx(documentXml(jdFormBody)));
  await writeNew("05_soe_notice_annex_grid.pdf", () => placedPdf(soePages(), "cjk"));
  await writeNew("06_university_pd.pdf", () => placedPdf(pdPages(), "latin"));
  await writeNew("13_newsmth_bbs_gb18030.txt", () => iconv.encode(newsmth, "gb18030"));
  await writeNew("14_ptt_soft_job_big5.txt", () => iconv.encode(ptt, "big5"));
}
