import { p, table } from "../../../../fixtures/documents/build-docx.js";
import { column, encoded, type Page, type Placed, placedPdf, styled, styledDocx, writeMissing } from "../make-files-lib.js";

/**
 * Writes this batch's .docx, .pdf and non-UTF-8 documents: `npx tsx test/unit/positions/heldout/batch-13/make-files.ts`.
 * Only missing files are written; the eval reads the committed files, never this script. Zip entries and PDF dates are
 * fixed, so a rerun into an empty folder writes the same bytes. The hospital brochure PDF needs fonts-wqy-microhei (the
 * WenQuanYi Micro Hei collection); the walk-in advertisement is English and uses the standard Helvetica.
 */
const cjkFont = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const cjkFamily = "WenQuanYiMicroHei";
const crlf = (s: string) => s.replace(/\n/g, "\r\n");

// 02: a New Zealand public-sector position description in Word: the agency name, "Position description" as Title, a
// two-column facts table (Position title / Group / Team / Reports to / Direct reports / Location / Salary band), Purpose of
// the position, Key accountabilities as a table (Accountability area | Deliverables / outcomes), Person specification as a
// table (Essential | Desirable rows), Key relationships, the Te Tiriti commitment and the "date reviewed" line.
const nzBody = [
  p("Te Tari Whenua | Land Information Office"),
  styled("Title", "Position description"),
  table([
    ["Position title", "Senior Geospatial Analyst"],
    ["Group", "Location Information Group"],
    ["Team", "Topographic Data"],
    ["Reports to", "Manager, Topographic Data"],
    ["Direct reports", "Nil"],
    ["Location", "Wellington (flexible working considered)"],
    ["Salary band", "Band 16 ($112,000 – $138,000)"],
  ]),
  styled("Heading1", "Purpose of the position"),
  p("The Senior Geospatial Analyst leads the capture, quality assurance and publication of national topographic datasets, so that government, iwi and the public can rely on authoritative location information."),
  styled("Heading1", "Key accountabilities"),
  table([
    ["Accountability area", "Deliverables / outcomes"],
    ["Data management", ["Topographic datasets are maintained to the national data standards", "Quality assurance processes are documented and followed"]],
    ["Analysis and advice", ["Spatial analysis informs policy and operational decisions", "Technical advice is clear and fit for non-specialist audiences"]],
    ["Capability", ["Less experienced analysts are coached in GIS techniques", "Contributes to a culture of continuous improvement"]],
    ["Health and safety", ["Takes reasonable care of own health and safety and that of others"]],
  ]),
  styled("Heading1", "Person specification"),
  table([
    ["", "Essential", "Desirable"],
    ["Qualifications", "A tertiary qualification in GIS, geography, surveying or a related discipline", "A postgraduate qualification in GIS or spatial science"],
    ["Experience", "At least 5 years' experience in a geospatial role, including managing national-scale datasets", "Experience working with iwi or Māori data sovereignty principles"],
    ["Technical skills", ["Advanced ArcGIS Pro and QGIS", "Spatial SQL in PostGIS", "Python scripting for geoprocessing (ArcPy or GeoPandas)"], ["FME workbench automation", "Cloud data platforms (AWS)"]],
    ["Personal attributes", "Strong written and verbal communication; builds relationships across teams", ""],
  ]),
  styled("Heading1", "Key relationships"),
  p("Internal: Topographic Data team, Geodetic team, Data Publishing. External: regional councils, Crown research institutes, iwi organisations."),
  p("We are committed to Te Tiriti o Waitangi and to building a workforce that reflects the communities we serve."),
  p("Date reviewed: November 2026"),
].join("");

// 04: an Indian engineering company's "WALK-IN INTERVIEW" advertisement as placed in a newspaper and shared as a PDF: the
// company name and tagline, a banner, a ruled grid of posts (Sl. No. | Position | Qualification | Experience | No. of
// Posts), then the venue, date and time, the documents-to-bring list, a note, and the company's CIN and website.
const walkHead = ["Sl. No.", "Position", "Qualification", "Experience", "No. of Posts"];
const walkRows: string[][][] = [
  [["1"], ["Quality Engineer"], ["B.E. / B.Tech (Mechanical)", "Knowledge of PPAP, APQP,", "SPC; IATF 16949 awareness"], ["3 - 6 years in auto", "components"], ["4"]],
  [["2"], ["CNC Programmer"], ["Diploma (Mechanical / Tool", "& Die Making)", "Fanuc & Siemens controls;", "Mastercam preferred"], ["Min. 4 years"], ["2"]],
  [["3"], ["Stores Executive"], ["Any Graduate (B.Com", "preferred)", "Working knowledge of SAP MM"], ["2 - 4 years"], ["1"]],
];
const walkCols = [40, 80, 180, 360, 470];
const walkPages = (): Page[] => {
  const items: Placed[] = [
    { text: "KAVERI PRECISION FORGINGS LTD.", x: 150, y: 40, size: 17, bold: true },
    { text: "An IATF 16949 : 2016 certified company | Suppliers to leading OEMs", x: 160, y: 62, size: 8.5 },
    { text: "WALK-IN INTERVIEW", x: 215, y: 92, size: 16, bold: true },
    { text: "We are expanding! Applications are invited for our Hosur plant (Tamil Nadu) for the following positions:", x: 40, y: 122, size: 9.5 },
    ...walkHead.map((h, i) => ({ text: h, x: (walkCols[i] ?? 0) + 4, y: 150, size: 9.5, bold: true })),
  ];
  const lines: [number, number, number, number][] = [[36, 144, 556, 144], [36, 166, 556, 166]];
  let y = 172;
  for (const row of walkRows) {
    const height = Math.max(...row.map((c) => c.length)) * 13 + 8;
    row.forEach((cell, i) => cell.forEach((t, k) => items.push({ text: t, x: (walkCols[i] ?? 0) + 4, y: y + k * 13, size: 9 })));
    y += height;
    lines.push([36, y - 4, 556, y - 4]);
  }
  for (const x of [...walkCols.map((c) => c - 4), 556]) lines.push([x === 36 ? 36 : x, 144, x === 36 ? 36 : x, y - 4]);
  items.push(
    ...column(40, y + 16, [
      { text: "Date: Saturday, 12 December 2026 & Sunday, 13 December 2026", bold: true },
      { text: "Time: 9.30 AM to 3.00 PM", bold: true },
      "Venue: Hotel Ramnath Residency, Near Bus Stand, Hosur - 635109",
      "",
      { text: "Candidates are requested to bring:", bold: true },
      "• Updated resume with two passport size photographs",
      "• Original and photocopies of educational certificates and last 3 months' salary slips",
      "• Aadhaar card and PAN card",
      "",
      "Note: Candidates from the automobile / auto-ancillary industry will be preferred. Male / Female candidates may apply.",
      "Outstation candidates may send their CV to careers@kaveriforgings.example quoting the position code.",
      "",
      { text: "Kaveri Precision Forgings Ltd. | CIN: U28910TZ2004PLC000000 | www.kaveriforgings.example", size: 8 },
    ], 15).map((i) => ({ size: 9.5, ...i })),
  );
  return [{ items, lines }];
};

// 10: a research assistant vacancy on a 國科會 (NSTC) project, posted on a Taiwan university department's bulletin board and
// saved as Big5 (CRLF): the board header and breadcrumb, 公告類別/發佈日期/點閱次數, the announcement title, a numbered list of
// fields (一、計畫名稱 … 十、聯絡人), two posts under 徵求人員 as (一)(二), the attachment line and the 回上頁 footer.
const raText = `國立中嶺大學 化學工程與材料工程學系
首頁 > 最新消息 > 徵才公告
公告類別：徵才公告　　發佈單位：系辦公室　　發佈日期：2026-11-30　　點閱次數：287

【徵才】國科會計畫「固態電解質界面穩定化之研究」徵專任研究助理及兼任助理

一、計畫名稱：固態電解質界面穩定化之研究（NSTC 115-2221-E-008-042-MY3）
二、計畫主持人：許文彥 教授
三、徵求人員：
　（一）專任研究助理（碩士級）1名
　　1. 工作內容：鋰電池材料合成、鈕扣電池組裝與電化學量測（CV、EIS、充放電測試），協助撰寫期中及期末報告。
　　2. 資格條件：國內外大學化工、材料、化學相關研究所碩士畢業；具電化學分析實務經驗者佳；熟悉Origin繪圖軟體。
　　3. 待遇：依國科會專任助理工作酬金標準（碩士級一年以下 新臺幣 45,000 元/月起），另享勞健保。
　（二）兼任助理（學生）2名
　　1. 工作內容：材料樣品前處理、XRD及SEM送測登記、實驗室庶務。
　　2. 資格條件：本校化材系大學部三年級以上或碩士班在學學生；可每週工作至少8小時。
　　3. 待遇：時薪 196 元。
四、工作地點：本校工程二館 E2-315 實驗室
五、到職日期：2027年2月1日（可議）
六、應徵方式：請將履歷表、自傳、歷年成績單及碩士論文摘要（專任者）以 E-mail 寄至 wyhsu@ncl.edu.example，主旨請註明「應徵○○助理-姓名」。
七、截止日期：2026年12月20日止，合者通知面試，不合者恕不另行通知。
八、聯絡人：許文彥 教授　電話：(03) 422-7151 分機 34215

附件：徵才公告.pdf（128 KB）
回上頁　｜　列印　｜　分享至 Facebook
國立中嶺大學 化學工程與材料工程學系　地址：桃園市中壢區中嶺路 300 號　版權所有
`;

// 12: a Hong Kong property management company's vacancy notice in Word, Traditional Chinese with English titles: company
// name, 招聘啟事 as Title, a short intro, one table with a row per post (職位 | 工作地點 | 入職要求 | 待遇) whose cells hold a
// paragraph a line, a 申請方法 paragraph, the equal-opportunity and personal-data notes.
const hkpmBody = [
  p("恒禮物業管理有限公司"),
  p("HANG LAI PROPERTY MANAGEMENT LIMITED"),
  styled("Title", "招聘啟事"),
  p("本公司為本港具規模之物業管理公司，管理住宅、商場及工商大廈逾60個物業，現因業務擴展，誠聘以下人員："),
  table([
    ["職位", "工作地點", "入職要求", "待遇"],
    [
      ["物業主任", "Property Officer"],
      ["將軍澳住宅屋苑"],
      ["大學學位或副學士，主修房屋管理或物業管理", "3年或以上住宅物業管理經驗", "持物業管理人（第二級）牌照", "熟悉 Word、Excel，能操流利廣東話及良好英語", "負責帶領前線保安及清潔團隊"],
      ["月薪 $24,000 - $28,000", "年終雙糧、醫療保險"],
    ],
    [
      ["保安員", "Security Guard"],
      ["九龍灣工商大廈"],
      ["中三程度或以上", "持有效保安人員許可證（A 及 B 類）", "無經驗亦可，本公司提供培訓", "需輪班（12小時）"],
      ["月薪 $19,500 起", "勤工獎 $500"],
    ],
  ]),
  styled("Heading2", "申請方法"),
  p("有意者請將履歷連同期望薪金，寄往九龍觀塘開源道 55 號 12 樓 人力資源部，或電郵至 hr@hanglaipm.example，信封面或電郵主旨請註明申請職位。"),
  p("本公司為平等機會僱主。申請人所提供之資料只作招聘用途，未獲通知面試者，其資料將於六個月內銷毀。"),
].join("");

// 14: a 企业微信 group message copied out with its 接龙 (relay) chain (GB18030, CRLF): the group name, a 内推 message by one
// member with "#接龙" and the rules, then each member's relay line "N. 名字 部门 岗位 要求" (two carry posts, the rest are
// sign-ups to the relay that only add their name), the group's system lines and a recall notice.
const jielongText = `【企业微信】启衡软件-员工内推群（218）

许晨阳 11-30 14:02
#接龙 12月内推岗位征集
各部门有HC的同学请接龙填写：序号. 姓名 部门 岗位（人数） 核心要求
成功推荐入职奖励 5000 元，转正后发放～

1. 许晨阳 HRBP 仅作示例，请勿修改
2. 孟一鸣 支付中台 Java开发工程师（2人） 本科及以上，计算机相关专业，3年以上Java后端经验，熟悉Spring Boot、MySQL、Redis，有支付或清结算经验优先
3. 邵佳 数据平台部 数据仓库工程师（1人） 本科，3-5年数仓建设经验，精通Hive SQL和Spark，熟悉Flink实时计算者优先
4. 罗琦 +1 我这边也在看，有合适的简历发我
5. 温志强 已转发朋友圈

邵佳 11-30 14:20
补充：数仓岗要能带新人，不需要带团队

系统消息：许晨阳 撤回了一条消息
系统消息：孟一鸣 将群名称修改为“启衡软件-员工内推群”

许晨阳 11-30 15:05
简历请发 hr-refer@qiheng.example，邮件标题：内推+岗位+候选人姓名
`;

// 15: a Chinese county hospital's 护理人员招聘简章 as a PDF: the hospital name, the 简章 title, an intro paragraph, 一、招聘岗位及
// 条件 as a ruled table (岗位 | 人数 | 学历 | 专业 | 其他条件) with three posts whose 其他条件 wraps over several lines, then
// 二、报名方式, 三、待遇, the 咨询电话 and the date and seal line.
const hosHead = ["岗位", "人数", "学历", "专业", "其他条件"];
const hosRows: string[][][] = [
  [["ICU护士"], ["4"], ["本科及以上"], ["护理学"], ["持护士执业证书；2年以上三级医院ICU", "工作经历；持ICU专科护士证书者优先"]],
  [["手术室护士"], ["3"], ["大专及以上"], ["护理、助产"], ["持护士执业证书或已通过护士执业资格", "考试；1年以上手术室工作经历"]],
  [["护士长（儿科）"], ["1"], ["本科及以上"], ["护理学"], ["主管护师及以上职称；8年以上儿科临床", "护理经验，3年以上护理管理经验"]],
];
const hosCols = [40, 130, 170, 240, 320];
const hosPages = (): Page[] => {
  const items: Placed[] = [
    { text: "桐溪县人民医院", x: 230, y: 40, size: 16 },
    { text: "2027年护理人员招聘简章", x: 200, y: 68, size: 15 },
    ...column(40, 100, [
      "　　桐溪县人民医院是一所集医疗、教学、科研为一体的二级甲等综合医院，开放床位860张。因医院发展需要，",
      "经研究决定，面向社会公开招聘护理人员，现将有关事项公告如下：",
      "一、招聘岗位及条件",
    ], 17).map((i) => ({ ...i, size: 10.5 })),
    ...hosHead.map((h, i) => ({ text: h, x: (hosCols[i] ?? 0) + 4, y: 160, size: 10.5 })),
  ];
  const lines: [number, number, number, number][] = [[36, 154, 556, 154], [36, 176, 556, 176]];
  let y = 182;
  for (const row of hosRows) {
    const height = Math.max(...row.map((c) => c.length)) * 15 + 8;
    row.forEach((cell, i) => cell.forEach((t, k) => items.push({ text: t, x: (hosCols[i] ?? 0) + 4, y: y + k * 15, size: 10 })));
    y += height;
    lines.push([36, y - 4, 556, y - 4]);
  }
  for (const x of [36, ...hosCols.slice(1).map((c) => c - 4), 556]) lines.push([x, 154, x, y - 4]);
  items.push(
    ...column(40, y + 14, [
      "二、报名方式",
      "　　1. 报名时间：2026年12月7日至12月18日（工作日 8:00-12:00，14:30-17:30）。",
      "　　2. 报名地点：医院行政楼三楼人事科；或将报名表及证件扫描件发送至 tyxrmyy_rsk@hospital.example。",
      "　　3. 报名需提交：身份证、毕业证、护士执业证书、职称证书原件及复印件，近期免冠照片2张。",
      "三、待遇",
      "　　签订劳动合同，同岗同酬，按规定缴纳五险一金；提供职工宿舍。",
      "咨询电话：0570-6028115（人事科 周老师）",
      "",
      "　　　　　　　　　　　　　　　　　　　　　　　　　　桐溪县人民医院",
      "　　　　　　　　　　　　　　　　　　　　　　　　　　2026年12月3日",
    ], 18).map((i) => ({ ...i, size: 10.5 })),
  );
  return [{ items, lines }];
};

await writeMissing(new URL("./", import.meta.url), {
  "02_nz_public_sector_position_description.docx": () => styledDocx(nzBody),
  "04_in_walk_in_interview_ad.pdf": () => placedPdf(walkPages(), "portrait"),
  "10_tw_nstc_research_assistant_big5.txt": () => encoded(crlf(raText), "big5"),
  "12_hk_property_management_vacancies.docx": () => styledDocx(hkpmBody),
  "14_wecom_jielong_referral_gb18030.txt": () => encoded(crlf(jielongText), "gb18030"),
  "15_county_hospital_nursing_brochure.pdf": () => placedPdf(hosPages(), "portrait", cjkFont, cjkFamily),
});
