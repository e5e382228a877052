import { existsSync, writeFileSync } from "node:fs";
import { buildDocx, documentXml } from "../../../../fixtures/documents/build-docx.js";
import { type Shape, type Text, cell, pagesPdf, para, photoDrawing, photoParts, run, writeEncoded } from "../make-documents.js";

/**
 * Writes batch 10's PDFs, .docx files and encoded texts: `npx tsx test/unit/resumes/corpus/batch10/make-batch10.ts`.
 * Batch 10 was written blind (2026-12-04): nobody ran the reader on these documents while they and their readings
 * were written. The Korean PDF embeds Noto Sans CJK KR (`apt-get install -y fonts-noto-cjk`), the Latin ones use the
 * PDF standard fonts; jszip stamps the time into a .docx, so the written files are committed, only missing .docx
 * files are built, and the tests read only the written files. The UTF-16LE and GB18030 texts come from their
 * readable `.src.txt` (the helpers are in ../make-documents.ts, shared with batch 9).
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);

// 82. A Korean-English bilingual 이력서 (PDF, Noto Sans CJK KR) in the Korean form: "이력서 RESUME" centred, an ID photo
// at the top left with the 인적사항 grid beside it (성명 한글/영문, 생년월일, 성별, 휴대폰, 이메일, 주소, and 병역 with
// its own dates: conscription, not a job), then 학력사항, 경력사항 (기간 | 회사명 | 부서/직위 | 담당업무, "2020.04 ~
// 현재") and 자격증 / 어학 tables drawn with ruled cells and shaded header rows, 외국어 and 보유기술 lines, and the
// closing pledge with the date and "지원자 김지훈 (인)".
const koreanPdf = () => {
  const texts: Text[] = [];
  const shapes: Shape[] = [];
  const grey = "#eeeeee";
  const ink = "#222222";
  const put = (text: string, x: number, top: number, size = 9, font: Text["font"] = "regular") => texts.push({ text, x, top, size, font, color: ink });
  /** A ruled table: column edges `xs` (n+1 of them), rows from `top` each `h` high; the first row shaded when `header`. */
  const table = (xs: number[], top: number, h: number, body: string[][], header = true) => {
    body.forEach((r, i) => {
      const y = top + i * h;
      if (header && i === 0) shapes.push({ rect: [xs[0]!, y, xs[xs.length - 1]! - xs[0]!, h], fill: grey });
      r.forEach((c, j) => {
        const lines = c.split("\n");
        lines.forEach((l, k) => put(l, xs[j]! + 5, y + (h - lines.length * 12) / 2 + k * 12, k ? 7.5 : 9, header && i === 0 ? "bold" : "regular"));
      });
    });
    for (let i = 0; i <= body.length; i++) shapes.push({ line: [xs[0]!, top + i * h, xs[xs.length - 1]!, top + i * h], color: "#999999", width: 0.6 });
    for (const x of xs) shapes.push({ line: [x, top, x, top + body.length * h], color: "#999999", width: 0.6 });
    return top + body.length * h;
  };
  const section = (text: string, top: number) => {
    put(text, 40, top, 12, "bold");
    return top + 20;
  };
  put("이력서 RESUME", 235, 36, 20, "bold");
  shapes.push({ photo: [40, 80, 90, 120] });
  for (let i = 0; i < 6; i++) shapes.push({ rect: [140, 80 + i * 20, 105, 20], fill: grey });
  let y = table([140, 245, 555], 80, 20, [
    ["성명 Name", "김지훈  Kim Ji-hoon"],
    ["생년월일 Date of Birth", "1991. 05. 23 (만 35세)"],
    ["성별 Gender", "남 Male"],
    ["휴대폰 Mobile", "010-4821-7735"],
    ["이메일 E-mail", "jihoon.kim@example.kr"],
    ["주소 Address", "서울특별시 마포구 월드컵북로 396, 1204호"],
  ], false);
  put("병역 Military Service:  육군 병장 만기제대 (2011.03 ~ 2012.12)", 140, y + 8, 9);
  y += 36;
  y = section("학력사항 Education", y);
  y = table([40, 150, 300, 440, 555], y, 20, [
    ["기간 Period", "학교명 School", "전공 Major", "구분 Status"],
    ["2010.03 ~ 2016.02", "한양대학교 Hanyang University", "컴퓨터소프트웨어학부", "학사 졸업 B.S."],
    ["2007.03 ~ 2010.02", "서울대일고등학교", "인문계", "졸업"],
  ]);
  y += 18;
  y = section("경력사항 Work Experience", y);
  y = table([40, 150, 280, 390, 555], y, 34, [
    ["기간 Period", "회사명 Company", "부서/직위 Dept./Title", "담당업무 Duties"],
    ["2020.04 ~ 현재", "(주)한빛페이\nHanbit Pay Co., Ltd.", "결제플랫폼팀 / 팀장\nTeam Lead", "결제 API 설계, 5명 팀 관리\nPayment APIs, team of 5"],
    ["2016.01 ~ 2020.03", "네오스퀘어(주)\nNeoSquare Inc.", "서버개발팀 / 선임\nSoftware Engineer", "게임 서버·정산 배치 개발\nGame servers, settlement"],
  ]);
  y += 10;
  put("· (주)한빛페이: Java/Kotlin, Spring Boot 기반 간편결제 API 개발 및 팀 운영 (팀원 5명). 일 거래 120만 건 처리.", 40, y, 8.5);
  put("· 네오스퀘어(주): MySQL 샤딩, Kafka 기반 정산 파이프라인 구축. AWS 마이그레이션 참여.", 40, y + 14, 8.5);
  y += 40;
  y = section("자격증 / 어학 Certificates & Tests", y);
  y = table([40, 150, 380, 555], y, 20, [
    ["취득일 Date", "자격명 Certificate", "발행처 Issuer"],
    ["2015.11", "정보처리기사", "한국산업인력공단"],
    ["2021.06", "AWS Certified Developer – Associate", "Amazon Web Services"],
    ["2023.03", "TOEIC 905", "ETS"],
    ["2019.12", "JLPT N2", "일본국제교류기금"],
  ]);
  y += 18;
  y = section("외국어 Languages", y);
  put("영어 English: 비즈니스 회화 가능 (Business)      일본어 Japanese: 일상 회화 (Conversational)", 40, y, 9);
  y += 26;
  y = section("보유기술 Skills", y);
  put("Java, Kotlin, Spring Boot, MySQL, Redis, Kafka, AWS (ECS, RDS), Docker, Git", 40, y, 9);
  y += 44;
  put("위에 기재한 사항은 사실과 틀림이 없습니다.", 200, y, 10);
  put("2026년 12월 1일", 250, y + 22, 10);
  put("지원자  김지훈  (인)", 400, y + 44, 10);
  return pagesPdf([{ texts, shapes }], { cjk: "kr" });
};

// 84. A PhD candidate's CV from the LaTeX altacv class (PDF, standard fonts, two columns written as LaTeX's paracol
// writes them: the whole wide left column, then the narrow right one): the name, a tagline, a contact row of drawn
// icons; each entry a bold title, the organization in the accent colour, then dates and place after small icons
// ("Sep 2024 – Ongoing"); lines justified and hyphenated at their ends ("deconvolu-" / "tion"); Education with the
// degree in progress (expected 2027); Publications; the right column has Skills as boxed tags, Languages with dots,
// Awards and Outreach.
const altacvPdf = () => {
  const accent = "#8f1d21";
  const left: Text[] = [];
  const right: Text[] = [];
  const shapes: Shape[] = [
    { line: [40, 128, 555, 128], color: accent, width: 0.8 },
  ];
  const head: Text[] = [
    { x: 40, top: 40, text: "Aisha Rahman", size: 26, font: "bold", color: accent },
    { x: 40, top: 76, text: "PhD Candidate in Computational Biology  ·  single-cell genomics, statistical learning", size: 10.5, color: "#444444" },
  ];
  // contact row: a drawn icon (a small filled square or circle) before each item, as FontAwesome glyphs print
  let cx = 40;
  for (const item of ["aisha.rahman@example.ac.uk", "+44 7700 900123", "Edinburgh, UK", "github.com/arahman-lab", "orcid.org/0000-0002-1825-0097"]) {
    shapes.push({ circle: [cx + 3, 103, 3], fill: accent });
    head.push({ x: cx + 10, top: 99, text: item, size: 8, color: "#333333" });
    cx += 10 + item.length * 3.9 + 10;
  }
  let y = 140;
  const L = (text: string, x = 40, size = 9, font: Text["font"] = "regular", color = "#222222", gap = 3) => {
    left.push({ x, top: y, text, size, font, color });
    y += size + gap;
  };
  const section = (text: string, col: Text[], at: number, x: number, width: number) => {
    col.push({ x, top: at, text: text.toUpperCase(), size: 13, font: "bold", color: accent, spacing: 0.5 });
    shapes.push({ line: [x, at + 17, x + width, at + 17], color: accent, width: 1.2 });
    return at + 24;
  };
  const entry = (title: string, org: string, dates: string, place: string, bullets: string[]) => {
    L(title, 40, 11, "bold", "#111111", 3);
    L(org, 40, 9.5, "bold", accent, 3);
    shapes.push({ rect: [40, y + 1, 6, 6], fill: "#777777" }, { circle: [190, y + 4, 3], fill: "#777777" });
    left.push({ x: 50, top: y, text: dates, size: 8.5, color: "#555555" }, { x: 198, top: y, text: place, size: 8.5, color: "#555555" });
    y += 13;
    for (const b of bullets) L(b, 40, 9, "regular", "#222222", 3);
    y += 8;
  };
  y = section("Experience", left, y, 40, 330);
  entry("Graduate Teaching Assistant", "University of Edinburgh, School of Biological Sciences", "Sep 2024 – Ongoing", "Edinburgh, UK", [
    "•  Tutor for Statistics for Biologists (2nd year, ~120 students); lab", "   demonstrations and marking of weekly R assignments.",
  ]);
  entry("Research Intern", "Wellcome Sanger Institute, Cellular Genetics", "Jun 2024 – Aug 2024", "Hinxton, UK", [
    "•  Built a single-cell RNA-seq deconvolu-", "   tion pipeline in Nextflow for 2.1M cells; merged upstream.",
  ]);
  entry("Research Assistant", "Imperial College London, Department of Life Sciences", "Oct 2021 – Aug 2022", "London, UK", [
    "•  Variant-calling workflows in Snakemake on the HPC cluster (SLURM);", "   co-author of one paper.",
  ]);
  y = section("Education", left, y, 40, 330);
  const edu = (degree: string, school: string, dates: string, note?: string) => {
    L(degree, 40, 11, "bold", "#111111", 3);
    L(school, 40, 9.5, "bold", accent, 3);
    shapes.push({ rect: [40, y + 1, 6, 6], fill: "#777777" });
    left.push({ x: 50, top: y, text: dates, size: 8.5, color: "#555555" });
    y += 13;
    if (note) L(note, 40, 9);
    y += 6;
  };
  edu("Ph.D. in Computational Biology", "University of Edinburgh", "Sep 2022 – Jul 2027 (expected)", "Thesis: Probabilistic models of cell-state transitions. Advisor: Prof. G. Mackay");
  edu("M.Sc. in Bioinformatics", "Imperial College London", "Oct 2020 – Sep 2021", "Distinction; dissertation on long-read structural variants");
  edu("B.Sc. in Biochemistry and Molecular Biology", "University of Dhaka", "Jan 2016 – Dec 2019", "CGPA 3.86/4.00");
  y = section("Publications", left, y, 40, 330);
  L("Rahman A., Mackay G. (2025). Cell-state transitions from snapshot data.", 40, 8.5);
  L("   Nucleic Acids Research 53(4): gkaf112.", 40, 8.5, "italic");
  L("Okoye C., Rahman A., Lin T. et al. (2023). Benchmarking long-read SV", 40, 8.5);
  L("   callers. Bioinformatics 39(7): btad401.", 40, 8.5, "italic");

  let r = 140;
  const R = (text: string, size = 9, font: Text["font"] = "regular", color = "#222222") => {
    right.push({ x: 395, top: r, text, size, font, color });
    r += size + 5;
  };
  r = section("Skills", right, r, 395, 160);
  const tags = [["Python", "R", "Nextflow"], ["PyTorch", "Snakemake"], ["Docker", "SLURM", "Git"], ["Scanpy", "Seurat"]];
  for (const row of tags) {
    let x = 395;
    for (const t of row) {
      const w = t.length * 5.2 + 10;
      shapes.push({ rect: [x, r - 3, w, 15], fill: "#ffffff", stroke: accent });
      right.push({ x: x + 5, top: r, text: t, size: 8.5, color: "#222222" });
      x += w + 5;
    }
    r += 20;
  }
  r += 8;
  r = section("Languages", right, r, 395, 160);
  for (const [lang, filled] of [["English", 5], ["Bengali", 5], ["French", 2]] as const) {
    right.push({ x: 395, top: r, text: lang, size: 9, color: "#222222" });
    for (let i = 0; i < 5; i++) shapes.push({ circle: [500 + i * 10, r + 4, 3.5], fill: i < filled ? accent : "#dddddd" });
    r += 16;
  }
  r += 8;
  r = section("Awards", right, r, 395, 160);
  R("Best Poster Award, ISMB 2025", 8.5);
  R("Chancellor's Scholarship, 2022", 8.5);
  r += 8;
  r = section("Outreach", right, r, 395, 160);
  R("Volunteer, Edinburgh Science", 8.5);
  R("Festival (2023, 2024)", 8.5);
  right.push({ x: 290, top: 800, text: "1", size: 8, color: "#777777" });
  return pagesPdf([{ texts: [...head, ...left, ...right], shapes }], { cjk: false, order: "given" });
};

// 90. A Spanish CV (PDF, standard fonts) with a coloured left sidebar written row by row with the main column, as a
// word processor's two-column export does: the photo, DATOS PERSONALES (fecha de nacimiento, DNI, estado civil,
// nacionalidad, carné de conducir), CONTACTO, IDIOMAS with CEFR levels, INFORMÁTICA and AFICIONES in the sidebar; the
// name, headline, PERFIL, EXPERIENCIA LABORAL (the title in bold, then "Empresa · Ciudad", with the dates at the right:
// "Ene. 2021 – Actualidad", "03/2018 – 12/2020"; two posts at one firm), FORMACIÓN ACADÉMICA and CERTIFICACIONES in the
// main; a footer "Página 1 de 1".
const spanishPdf = () => {
  const white = "#ffffff";
  const side: Text[] = [];
  const shapes: Shape[] = [{ rect: [0, 0, 190, 842], fill: "#34495e" }, { photo: [40, 40, 110, 130] }];
  let y = 190;
  const S = (text: string, size = 8.5, font: Text["font"] = "regular", gap = 4) => {
    side.push({ x: 24, top: y, text, size, font, color: white });
    y += size + gap;
  };
  const sh = (text: string) => {
    y += 8;
    S(text, 10.5, "bold", 8);
  };
  sh("DATOS PERSONALES");
  S("Fecha de nacimiento: 22/09/1988");
  S("DNI: 50123456-Z");
  S("Estado civil: soltera");
  S("Nacionalidad: española");
  S("Carné de conducir: B");
  sh("CONTACTO");
  S("+34 612 345 678");
  S("lucia.fernandez@example.es");
  S("C/ Mayor 15, 3º B");
  S("28013 Madrid");
  sh("IDIOMAS");
  S("Español: nativo");
  S("Inglés: C1");
  S("Portugués: B1");
  sh("INFORMÁTICA");
  S("SAP FI/CO (avanzado)");
  S("Excel avanzado y Power Query");
  S("Power BI, SQL");
  sh("AFICIONES");
  S("Pádel, fotografía analógica");

  const ink = "#222222";
  const main: Text[] = [
    { x: 215, top: 44, text: "Lucía Fernández Ortega", size: 22, font: "bold", color: "#34495e" },
    { x: 215, top: 74, text: "Controller financiera · Control de gestión y auditoría", size: 11, color: "#555555" },
  ];
  let m = 110;
  const M = (text: string, x = 215, size = 9, font: Text["font"] = "regular", gap = 4, color = ink) => {
    main.push({ x, top: m, text, size, font, color });
    m += size + gap;
  };
  const mh = (text: string) => {
    m += 8;
    main.push({ x: 215, top: m, text, size: 12, font: "bold", color: "#34495e" });
    shapes.push({ line: [215, m + 16, 555, m + 16], color: "#34495e", width: 1 });
    m += 24;
  };
  mh("PERFIL");
  M("Economista con once años en auditoría y control de gestión en gran consumo. Cierres");
  M("mensuales, presupuestos y reporting a la dirección; implantación de SAP FI/CO.");
  mh("EXPERIENCIA LABORAL");
  const job = (title: string, where: string, dates: string, bullets: string[]) => {
    main.push({ x: 440, top: m, text: dates, size: 8.5, color: "#666666" });
    M(title, 215, 10.5, "bold", 3);
    M(where, 215, 9, "italic", 4, "#555555");
    for (const b of bullets) M(`–  ${b}`, 220, 8.8, "regular", 3);
    m += 6;
  };
  job("Responsable de Control de Gestión", "Grupo Alimentario Sierra Norte, S.A. · Madrid", "Ene. 2021 – Actualidad", [
    "Dirijo un equipo de 3 analistas; presupuesto anual y forecast trimestral (420 M€).",
    "Cuadro de mando en Power BI para el comité de dirección.",
  ]);
  job("Auditora sénior", "Arcos & Vidal Auditores, S.L.P. · Madrid", "03/2018 – 12/2020", [
    "Encargos de auditoría de cuentas de clientes de industria y distribución.",
  ]);
  job("Auditora junior", "Arcos & Vidal Auditores, S.L.P. · Madrid", "09/2015 – 02/2018", [
    "Pruebas sustantivas de existencias, ingresos y provisiones.",
  ]);
  job("Becaria de Administración", "Logística Tajo, S.A. · Getafe", "Ene. 2015 – Jun. 2015", [
    "Prácticas curriculares: conciliaciones bancarias y facturación.",
  ]);
  mh("FORMACIÓN ACADÉMICA");
  const edu = (degree: string, school: string, year: string) => {
    main.push({ x: 500, top: m, text: year, size: 8.5, color: "#666666" });
    M(degree, 215, 10, "bold", 3);
    M(school, 215, 9, "italic", 8, "#555555");
  };
  edu("Máster en Auditoría de Cuentas", "Universidad Carlos III de Madrid", "2016");
  edu("Grado en Administración y Dirección de Empresas (ADE)", "Universidad Complutense de Madrid", "2011 – 2015");
  mh("CERTIFICACIONES");
  M("Inscrita en el ROAC – Registro Oficial de Auditores de Cuentas (2019)");
  M("Cambridge C1 Advanced (CAE), 2014");
  return pagesPdf([{ texts: [...side, ...main, { x: 330, top: 810, text: "Lucía Fernández Ortega · Página 1 de 1", size: 7.5, color: "#888888" }], shapes }], { cjk: false });
};

const tabs = (...stops: [kind: "left" | "right" | "center", pos: number][]) => `<w:tabs>${stops.map(([k, p]) => `<w:tab w:val="${k}" w:pos="${p}"/>`).join("")}</w:tabs>`;
/** A paragraph of several runs, each [text, rPr]; "\t" inside a run's text is a tab. */
const runs = (parts: [string, string?][], pPr = "") =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${parts
    .map(([t, r = ""]) => t.split("\t").map((x, i) => (i ? "<w:r><w:tab/></w:r>" : "") + (x ? run(x, r) : "")).join(""))
    .join("")}</w:p>`;
const noBorders = `<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>`;
const plainTable = (widths: number[], body: string[][][]) =>
  `<w:tbl>${noBorders}<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${body
    .map((r) => `<w:tr>${r.map((c, j) => cell(c.map((t) => para(t)).join("") || "<w:p/>", widths[j]!)).join("")}</w:tr>`)
    .join("")}</w:tbl>`;

// 85. A military-to-civilian transition résumé in Word (US Letter): the name in capitals, a headline naming the Navy
// rank and the clearance, contacts on one "|" line; PROFESSIONAL SUMMARY; CORE COMPETENCIES as a borderless
// three-column table of bullets; PROFESSIONAL EXPERIENCE with the employer "UNITED STATES NAVY" over its span and three
// roles each "Civilian title (rank, rating)" with right-tab dates, the ship or command in the first bullet; EDUCATION
// (a degree, a Navy school and JST credits), CERTIFICATIONS, TECHNICAL SKILLS, a language, AWARDS (medals) and
// VOLUNTEER (a VFW post's treasurer, not a job). Headings carry a bottom border as Word's built-in styles do.
const heading = (text: string) =>
  para(text, '<w:b/><w:sz w:val="24"/><w:color w:val="1F3864"/>', '<w:pBdr><w:bottom w:val="single" w:sz="6" w:color="1F3864"/></w:pBdr><w:spacing w:before="220" w:after="80"/>');
const bullet = (text: string) => para(`•\t${text}`, "", `${tabs(["left", 360])}<w:ind w:left="360" w:hanging="360"/>`);
const role = (title: string, dates: string) => runs([[title, "<w:b/>"], [`\t${dates}`, "<w:b/>"]], tabs(["right", 10080]));
const navyBody = () =>
  [
    para("JAMES O. MARTINEZ", '<w:b/><w:sz w:val="36"/>', '<w:jc w:val="center"/>'),
    para("Logistics & Operations Manager  |  Transitioning U.S. Navy Chief Petty Officer  |  Active Secret Clearance", '<w:sz w:val="20"/>', '<w:jc w:val="center"/>'),
    para("San Diego, CA 92108  |  (619) 555-0172  |  james.martinez@example.com  |  linkedin.com/in/jomartinez-example", '<w:sz w:val="20"/>', '<w:jc w:val="center"/>'),
    heading("PROFESSIONAL SUMMARY"),
    para("Logistics leader with 20 years in the U.S. Navy running supply, warehousing and material readiness for an aircraft carrier and a shore command. Led teams of up to 35, managed $48M in inventory, and earned PMP and CSCP to translate military logistics into civilian supply chain practice. Available February 2027."),
    heading("CORE COMPETENCIES"),
    plainTable([3360, 3360, 3360], [
      [["• Supply Chain Management"], ["• Inventory Control"], ["• Team Leadership & Training"]],
      [["• Budget Management"], ["• Vendor Relations"], ["• Process Improvement (Lean)"]],
      [["• Risk & Compliance"], ["• Warehouse Operations"], ["• Data Analysis & Reporting"]],
    ]),
    heading("PROFESSIONAL EXPERIENCE"),
    runs([["UNITED STATES NAVY", "<w:b/>"], ["\tAug 2006 – Present", "<w:b/>"]], tabs(["right", 10080])),
    role("Operations Manager (Chief Petty Officer, Logistics Specialist)", "Jun 2019 – Present"),
    bullet("Fleet Logistics Center San Diego: lead 35 military and civilian staff across receiving, storage and distribution for 40 ships."),
    bullet("Own a $48M inventory and a $6.2M annual operating budget; 99.1% inventory validity over three consecutive inspections."),
    bullet("Cut requisition processing time 31% by redesigning the hand-off between receiving and stow crews."),
    role("Supply Supervisor (Petty Officer First Class, Logistics Specialist)", "Mar 2014 – May 2019"),
    bullet("USS Carl Vinson (CVN 70): supervised 22 sailors in the ship's main supply support center through two deployments."),
    bullet("Managed 14,000 line items of repair parts in R-Supply; raised gross effectiveness from 83% to 91%."),
    role("Logistics Specialist (Petty Officer Third/Second Class)", "Aug 2006 – Feb 2014"),
    bullet("Naval Base Coronado and USS Boxer (LHD 4): receipt, stowage, issue and shipping of material; hazardous material handling."),
    bullet("Qualified as the department's R-Supply super user and trained 30 new sailors on the system."),
    heading("EDUCATION"),
    runs([["Bachelor of Science, Business Administration", "<w:b/>"], [" — National University, San Diego, CA"], ["\t2021"]], tabs(["right", 10080])),
    para("Navy Senior Enlisted Academy, Newport, RI (2022)  ·  Joint Services Transcript: 52 semester hours of recommended college credit"),
    heading("CERTIFICATIONS"),
    bullet("Project Management Professional (PMP), PMI, 2024"),
    bullet("Certified Supply Chain Professional (CSCP), ASCM, 2023"),
    bullet("Lean Six Sigma Green Belt, 2022"),
    heading("TECHNICAL SKILLS"),
    para("SAP ERP (Navy ERP), Relational Supply (R-Supply), Microsoft Excel (pivot tables, VLOOKUP), Power BI, Microsoft Project"),
    heading("LANGUAGES"),
    para("Spanish (professional working proficiency)"),
    heading("AWARDS"),
    para("Navy and Marine Corps Commendation Medal (2)  ·  Navy and Marine Corps Achievement Medal (3)  ·  Good Conduct Medal (5)"),
    heading("VOLUNTEER"),
    runs([["Treasurer, VFW Post 7420, San Diego", "<w:b/>"], ["\t2022 – Present"]], tabs(["right", 10080])),
    para("Keep the post's books and run the annual Buddy Poppy fundraiser."),
    `<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080" w:header="720" w:footer="720"/></w:sectPr>`,
  ].join("");

// 86. A French CV in Word: a borderless two-cell masthead table (the photo left; the name, the post, then "32 ans ·
// mariée, deux enfants · permis B" and the contacts right), PROFIL, EXPÉRIENCES PROFESSIONNELLES with the dates at the
// left of a tab ("Depuis mars 2021", "Sept. 2017 – févr. 2021") and "Entreprise, ville" then the post in italics, a
// final-year stage among the jobs, FORMATION (year, degree — school), COMPÉTENCES, LANGUES (TOEIC inside), CENTRES
// D'INTÉRÊT (a food bank's volunteer, not a job).
const frHeading = (text: string) =>
  para(text, '<w:b/><w:caps/><w:color w:val="7B2C5F"/><w:sz w:val="24"/>', '<w:pBdr><w:bottom w:val="single" w:sz="8" w:color="7B2C5F"/></w:pBdr><w:spacing w:before="240" w:after="100"/>');
const frRow = (left: string, right: [string, string?][]) => runs([[left, '<w:b/>'], ["\t"], ...right], `${tabs(["left", 2300])}<w:ind w:left="2300" w:hanging="2300"/>`);
const frBullet = (text: string) => para(`–\t${text}`, "", `${tabs(["left", 2600])}<w:ind w:left="2600" w:hanging="300"/>`);
const frenchPhoto = photoDrawing.replace('name="大頭照"', 'name="Photo"').replace('cx="1080000" cy="1440000"', 'cx="1000000" cy="1250000"').replace('cx="1080000" cy="1440000"', 'cx="1000000" cy="1250000"');
const frenchBody = () =>
  [
    `<w:tbl>${noBorders}<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="7600"/></w:tblGrid><w:tr>${cell(frenchPhoto, 2000)}${cell(
      [
        para("Camille DURAND", '<w:b/><w:sz w:val="40"/><w:color w:val="7B2C5F"/>'),
        para("Chargée de recrutement IT", '<w:sz w:val="26"/>'),
        para("32 ans  ·  Mariée, deux enfants  ·  Permis B, véhiculée", '<w:sz w:val="19"/><w:color w:val="555555"/>'),
        para("12 rue des Tanneurs, 69002 Lyon", '<w:sz w:val="19"/>'),
        para("06 12 34 56 78  ·  camille.durand@example.fr", '<w:sz w:val="19"/>'),
      ].join(""),
      7600,
    )}</w:tr></w:tbl>`,
    frHeading("Profil"),
    para("Huit ans en ressources humaines, dont cinq en recrutement de profils tech (développeurs, data, DevOps) pour des ESN et des start-up. Sourcing, qualification, négociation et suivi d'intégration."),
    frHeading("Expériences professionnelles"),
    frRow("Depuis mars 2021", [["Néolia Conseil, Lyon", "<w:b/>"], [" — cabinet de recrutement"]]),
    frRow("", [["Chargée de recrutement IT", "<w:i/>"]]),
    frBullet("Recrutement de 45 à 60 profils tech par an pour une quinzaine de clients"),
    frBullet("Encadrement de deux alternantes chargées du sourcing"),
    frBullet("Mise en place de Workday Recruiting et des tableaux de bord Excel du cabinet"),
    frRow("Sept. 2017 – févr. 2021", [["Groupe Vasseur Industrie, Villeurbanne", "<w:b/>"]]),
    frRow("", [["Assistante RH", "<w:i/>"]]),
    frBullet("Recrutement des opérateurs et techniciens (Taleo), onboarding, suivi des périodes d'essai"),
    frBullet("Préparation des éléments variables de paie pour 380 salariés"),
    frRow("Janv. – juin 2017", [["Orféo Intérim, Lyon", "<w:b/>"], [" — stage de fin d'études (6 mois)"]]),
    frRow("", [["Stagiaire chargée de recrutement", "<w:i/>"]]),
    frBullet("Présélection téléphonique et entretiens pour les missions logistiques"),
    frHeading("Formation"),
    frRow("2017", [["Master 2 Gestion des ressources humaines", "<w:b/>"], [" — Université Jean Moulin Lyon 3 (IAE Lyon)"]]),
    frRow("2015", [["Licence de psychologie", "<w:b/>"], [" — Université Lumière Lyon 2"]]),
    frRow("2012", [["Baccalauréat ES, mention Bien", "<w:b/>"], [" — Lycée Ampère, Lyon"]]),
    frHeading("Compétences"),
    frRow("Outils", [["Workday, Taleo, LinkedIn Recruiter, Pack Office (Excel : TCD, RECHERCHEV)"]]),
    frRow("Savoir-faire", [["Sourcing booléen, entretiens structurés, marque employeur"]]),
    frHeading("Langues"),
    frRow("Français", [["langue maternelle"]]),
    frRow("Anglais", [["courant — TOEIC 910 (2022)"]]),
    frRow("Espagnol", [["notions"]]),
    frHeading("Centres d'intérêt"),
    para("Course à pied (semi-marathon de Lyon), bénévole aux Restos du Cœur depuis 2019, photographie."),
  ].join("");

const encodings: Record<string, string> = {
  "87_ng_cv_state_of_origin.utf16le": "utf16le",
  "88_zh_liepin_online_copy.gb18030": "gb18030",
};

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(here("82_ko_bilingual_ruled_photo.pdf"), await koreanPdf());
  writeFileSync(here("84_en_altacv_phd.pdf"), await altacvPdf());
  writeFileSync(here("90_es_cv_sidebar_rows.pdf"), await spanishPdf());
  const docx: Record<string, () => Promise<Uint8Array>> = {
    "85_en_military_transition.docx": () => buildDocx(documentXml(navyBody())),
    "86_fr_cv_masthead_photo.docx": () => buildDocx(documentXml(frenchBody()), photoParts),
  };
  for (const [name, build] of Object.entries(docx)) if (!existsSync(here(name))) writeFileSync(here(name), await build());
  // Notepad's "Unicode": UTF-16LE with its byte order mark, CRLF lines.
  writeEncoded(new URL("./", import.meta.url), encodings, { "87_ng_cv_state_of_origin.utf16le": true });
}
