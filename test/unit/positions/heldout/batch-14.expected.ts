import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 14, written in session 11 by a helper who never ran the parser on it: an X (Twitter) hiring thread copied
 * from the web with its numbered posts, counts and replies; a city public security bureau's 警务辅助人员 recruitment notice
 * as a three-page PDF with a ruled post table and a blank 报名登记表; a Philippine manning agency's line-up mailer as a raw
 * .eml (quoted-printable) with RANK blocks; an Outlook reply saved as .htm (Word's filtered HTML, windows-1252) carrying a
 * UK contractor's two role briefs above the recruiter's quoted request; a Carousell HK job listing copy in Big5-HKSCS
 * (Cantonese); two 小雞上工 gig listings in UTF-16LE with a BOM; a South African airline's cabin crew drive page in
 * Markdown with front matter, a struck-out closed programme and a career path; a World Bank-financed project's Terms of
 * Reference for an individual consultant as a PDF; a Wix careers page (HTML, repeater items, Wix ad and cookie banner); a
 * game studio's bilibili 动态 with comments in GB18030; a Taiwan campus job fair's 廠商職缺一覽表 in Word with vertically
 * merged company cells and numbered notes; a GitLab headcount-request issue in Markdown with a checklist, shared facts and
 * an activity feed; a Google Forms application form printed to PDF; a Kenyan NGO's vacancy announcement in Word with
 * facts tables and numbered responsibilities; an evening paper's classified ads page as a PDF of boxed ads in four
 * columns (hiring ads among a job seeker's ad, a driving school, rentals and lost-document notices); and a SAP
 * SuccessFactors job page (HTML). Written before the parser was run on any of them.
 */
export const batch14: HeldoutBatch = {
  id: "batch-14",
  written: "2026-12-04",
  documents: {
    // An X (Twitter) thread copied from the web page (UTF-8): the left nav, "Post" / "Conversation", the first post (1/6)
    // with its time and view/repost/like counts on lines of their own, then posts 2/…6/ each under the author's name, handle
    // and date: 2/ and 3/ carry one role each ("Role N: title" over • lines and a "Nice to have" / "Bonus" line), 4/ pay, 5/
    // what they are not hiring for, 6/ how to apply; replies (one from another company's recruiter naming its own role, not
    // a position of this thread), "Relevant people", trends and the footer.
    "01_x_hiring_thread.txt": {
      family: "x-twitter-hiring-thread-web-copy-numbered-posts",
      positions: [
        {
          title: "Senior Robotics Software Engineer", minLevel: "bachelor", majors: ["Computer Science", "Robotics"], majorsRequired: true, minYears: 5, management: false,
          skills: [...req("C++", "ROS 2", "motion planning", "SLAM"), ...pref("Rust", "Gazebo")],
          acceptSkills: ["ROS", "C++17", "C++20", "motion-planning", "motion-planning stack"],
          ...none,
        },
        {
          title: "Field Service Technician", minLevel: "associate", majors: ["electronics", "mechatronics"], majorsRequired: true, minYears: 2, management: false,
          skills: [], acceptSkills: ["electromechanical equipment", "maintenance", "maintaining electromechanical equipment"],
          languages: [], certifications: [...req("driver's license"), ...pref("PADI Open Water")],
        },
      ],
    },
    // A 公安局 公开招聘警务辅助人员公告 as a three-page PDF (Simplified Chinese): running head with the document number, page
    // numbers "— n —", the two-line title, intro, 一、招聘岗位及人数 as a ruled table (岗位代码 | 岗位名称 | 招聘人数 | 学历 | 专业
    // | 年龄 | 其他条件) whose cells wrap over lines (the third post's name too: 文职辅警（网络 / 安全）), 二、报名条件 shared by
    // every post (nationality, conduct, health) and the disqualifications, page 2 with registration, the selection steps, pay
    // and the 四级→一级辅警 / 中队长助理 promotion ladder (ranks, not positions), contact and signature, and page 3 the annex
    // 报名登记表 as a grid of blank labels (报考岗位代码, 报考岗位名称 …). Ages, sex and height are compliance, not scored here.
    "02_police_auxiliary_recruitment_notice.pdf": {
      family: "pdf-zh-police-auxiliary-recruitment-notice-post-table-annex-form",
      positions: [
        {
          title: "巡逻防控辅警", minLevel: "high_school", majors: [], majorsRequired: false, minYears: null, management: false,
          skills: [], ...none,
        },
        {
          title: "交通管理辅警", minLevel: "associate", majors: [], majorsRequired: false, minYears: null, management: false,
          skills: [], languages: [], certifications: req("驾驶证"),
        },
        {
          title: "文职辅警（网络安全）", titleAliases: ["文职辅警"], minLevel: "bachelor", majors: ["计算机科学与技术", "网络工程", "信息安全"], majorsRequired: true,
          minYears: null, management: false,
          skills: req("Linux", "TCP/IP"), acceptSkills: ["Linux操作系统", "网络协议", "TCP/IP网络协议"],
          languages: [], certifications: pref("CISP"),
        },
      ],
    },
    // A Philippine manning agency's line-up mailer saved as .eml: Return-Path, Received, DKIM, From/Reply-To/To/Subject/Date,
    // List-Unsubscribe, one text/plain part in quoted-printable (soft line breaks, =E2=80=93). The body: agency name and
    // licence line, greeting, the fleet line, three "RANK: NAME (N vacancies)" blocks each with - Contract / Salary / a duty
    // line / Requirements over * items, a FOR ALL RANKS line (English; passport, SIRB and the yellow fever card are travel
    // documents, not certifications), how to reply, the no-fee warning, the crewing manager's signature and the mailing
    // footer. Sea service of 12 and 24 months is 1 and 2 years. Supervising the deck crew and running the engine room team
    // are management; the AB block states none.
    "03_seafarer_crewing_lineup.eml": {
      family: "eml-seafarer-manning-agency-lineup-ranks-qp",
      positions: [
        {
          title: "Chief Officer", minLevel: "bachelor", majors: ["Marine Transportation"], majorsRequired: true, minYears: 1, management: true,
          skills: [], acceptSkills: ["ECDIS", "cargo operations", "bulk carriers", "JRC ECDIS"],
          languages: req("English"), certifications: req("COC Chief Mate", "GMDSS GOC", "ECDIS"),
        },
        {
          title: "2nd Engineer", titleAliases: ["Second Engineer"], minLevel: "bachelor", majors: ["Marine Engineering"], majorsRequired: true, minYears: 2, management: true,
          skills: req("MAN B&W"), acceptSkills: ["MAN B&W main engines", "main engines", "engine room"],
          languages: req("English"), certifications: req("COC Second Engineer Officer"),
        },
        {
          title: "Able Seaman", titleAliases: ["Able Seaman (AB)", "AB"], minYears: 2, management: false,
          skills: [], languages: req("English"), certifications: req("Able Seafarer Deck", "Basic Training"),
        },
      ],
    },
    // An Outlook message saved as HTML (.htm, windows-1252 with £, – and ’): Word's filtered HTML with the VML/Office
    // namespaces, Generator meta, a commented MsoNormal style block and an mso 9 conditional; the From/Sent/To/Cc/Subject
    // table of the reply, the operations director's note with each role as a bold underlined name over a terms line and
    // MsoListParagraph bullets (Symbol-font "·" inside <![if !supportLists]>), a line saying the Assistant QS role is on hold
    // (not a position), signature and disclaimer, then the recruiter's earlier message asking for the briefs. The Site
    // Manager manages a site team; the QS has "no line management". NVQ Level 6 is a qualification the brief would like.
    "04_outlook_saved_reply.htm": {
      family: "outlook-saved-htm-mail-word-filtered-html-win1252",
      positions: [
        {
          title: "Site Manager", minYears: 5, management: true,
          skills: [], acceptSkills: ["subcontractor management", "new-build residential", "site management"],
          languages: [], certifications: [...req("SMSTS", "CSCS Black Card", "First Aid at Work", "driving licence"), ...pref("NVQ Level 6 in Construction Site Management")],
        },
        {
          title: "Quantity Surveyor", minLevel: "bachelor", majors: ["Quantity Surveying"], majorsRequired: true, minYears: 3, management: false,
          skills: req("CostX", "Excel", "NEC4", "JCT"), acceptSkills: ["valuations", "subcontractor payments", "final accounts", "take off", "NEC", "RICS"],
          languages: [], certifications: pref("MRICS"),
        },
      ],
    },
    // A Carousell HK job listing copied from the browser and saved as Big5-HKSCS (CRLF), Cantonese: site nav and search,
    // breadcrumb, the listing title naming both roles, the price line, 刊登於 / place, 描述 with the shop line and a ★ block
    // per role ("★ 廚房助理（全職）", "★ 兼職樓面" over - lines of pay, duties and conditions), a line for both (meals, how to
    // contact), 關於此刊登 facts, the seller card, the safety tip, 類似刊登 (other shops' listings, not positions) and the
    // footer. Kitchen experience is only preferred, with no years.
    "05_carousell_hk_listing_big5hkscs.txt": {
      family: "carousell-hk-job-listing-copy-big5hkscs",
      positions: [
        {
          title: "廚房助理", titleAliases: ["廚房助理（全職）"], minLevel: null, majors: [], minYears: null, management: false,
          skills: [], acceptSkills: ["切配", "煮麵", "洗碗", "執拾廚房", "廚房經驗"],
          languages: [], certifications: pref("基本食物衞生證書"),
        },
        {
          title: "兼職樓面", titleAliases: ["樓面"], minLevel: null, majors: [], minYears: null, management: false,
          skills: [], acceptSkills: ["招呼遊客", "招呼客人"],
          languages: req("英文", "廣東話"), certifications: [],
        },
      ],
    },
    // Two 小雞上工 gig listings copied from the web app and saved as UTF-16LE with a BOM (CRLF): the app header and filter
    // row, each listing's 【急徵】/【長期】 headline with its date/hours or shift, pay, employer and rating, 地點, 工作內容
    // (numbered, or one line), 工作條件 as ・ lines, 福利, the 需要人數／已報名 counter and the ［我要報名］ button, a rule
    // between listings, and 你可能也喜歡 (other gigs, not positions). Using the handheld PDA is a duty, not a condition.
    "06_xiaoji_gig_app_utf16le.txt": {
      family: "tw-xiaoji-gig-app-listing-copy-utf16le",
      positions: [
        {
          title: "物流倉儲理貨員", minLevel: null, majors: [], minYears: null, management: false,
          skills: [], acceptSkills: ["PDA", "手持PDA", "揀貨", "理貨", "貼標", "刷條碼", "出入庫", "搬運"],
          languages: [], certifications: pref("堆高機證照"),
        },
        {
          title: "飲料店門市人員", titleAliases: ["飲料店門市人員（週末班）", "門市人員"], minLevel: "high_school", majors: [], minYears: null, management: false,
          skills: [], acceptSkills: ["飲料製作", "收銀", "門市清潔", "手搖飲"],
          ...none,
        },
      ],
    },
    // A South African airline's cabin crew recruitment page in Markdown: YAML front matter, breadcrumb, H1 with emoji, a >
    // blurb, a fraud warning, an open-days table, "## Roles" with "### Flight Attendant" and "### Cabin Service Manager" each
    // with bold pseudo-headings over lists (What you will do / What you need), a struck-out closed Pilot Cadet Programme (not
    // a position), the career path line naming four ranks (not positions), <details> FAQ, apply links and footer. Matric is
    // high school. The Flight Attendant gets the cabin crew licence after training, so it is not required of the applicant;
    // a passport is a travel document. Leading the cabin crew team is management.
    "07_airline_cabin_crew_drive.md": {
      family: "md-airline-cabin-crew-recruitment-drive-open-days",
      positions: [
        {
          title: "Flight Attendant", minLevel: "high_school", minYears: 1, management: false,
          skills: [], acceptSkills: ["customer service", "swimming", "safety procedures", "duty-free sales", "emergency evacuations", "hospitality"],
          languages: [...req("English"), ...pref("isiZulu", "Afrikaans", "French", "Portuguese")], certifications: pref("first aid certificate"),
        },
        {
          title: "Cabin Service Manager", minLevel: "high_school", majors: ["hospitality", "tourism"], majorsRequired: false, minYears: 5, management: true,
          skills: [], acceptSkills: ["coaching", "performance reviews", "on-board service", "briefing", "cabin safety"],
          languages: req("English"), certifications: req("SACAA Cabin Crew Licence", "Dangerous Goods certificate"),
        },
      ],
    },
    // A World Bank-financed project's Terms of Reference for an individual consultant as a two-page PDF (Helvetica): running
    // head and "Page n of N", the title block (TERMS OF REFERENCE / FOR THE RECRUITMENT OF AN INDIVIDUAL CONSULTANT / the
    // assignment), Country / Project / Financing / Assignment title / Reference No. pairs, numbered sections 1.–8. with
    // lettered lists, a ruled deliverables table (No. | Deliverable | Timing | Payment), "5. QUALIFICATIONS AND EXPERIENCE",
    // the reporting line naming the project's other specialists (not positions), duration and the selection method. The
    // assignment is the one position.
    "08_world_bank_tor_consultant.pdf": {
      family: "pdf-terms-of-reference-individual-consultant-donor-project",
      positions: [
        {
          title: "Environmental and Social Safeguards Specialist",
          titleAliases: ["Individual Consultant: Environmental and Social Safeguards Specialist", "E&S Safeguards Specialist"],
          minLevel: "master", majors: ["Environmental Science", "Environmental Engineering", "Social Sciences"], majorsRequired: true, minYears: 8, management: false,
          skills: req("Environmental and Social Framework", "ESIA", "ESMP"),
          acceptSkills: ["ESF", "World Bank Environmental and Social Framework", "ESS1 to ESS10", "ESIAs", "ESMPs", "C-ESMP", "grievance redress mechanism", "GRM",
            "stakeholder engagement", "environmental and social monitoring", "occupational health and safety", "ESCP"],
          languages: [...req("English"), ...pref("Dagbani")], certifications: pref("EIA practitioner"),
        },
      ],
    },
    // A Wix site's careers page (HTML): the Wix ad banner, head scripts and styles, header with logo, menu and phone, the hero
    // (h1 and blurb), a repeater of two job items (h2 title, a terms line, a paragraph, a bold "About you" over a list, Apply
    // Now), "Meet the team" naming people and their titles (not positions), the speculative-application line, the footer
    // with ABN and licence, the cookie banner and a JSON blob. Cert III is a trade certificate here; ServiceM8 "is a bonus".
    "09_wix_careers_page.html": {
      family: "wix-site-careers-html-repeater-items",
      positions: [
        {
          title: "Landscape Supervisor", minYears: 4, management: true,
          skills: [], acceptSkills: ["laser level", "landscape plans", "read landscape plans", "set-out", "landscape construction"],
          languages: [], certifications: [...req("Cert III in Landscape Construction", "driver licence", "White Card"), ...pref("5t excavator ticket")],
        },
        {
          title: "Office & Accounts Administrator", titleAliases: ["Office & Accounts Administrator (Part-time)"], minYears: 2, management: false,
          skills: [...req("Xero", "Excel"), ...pref("ServiceM8")],
          acceptSkills: ["bookkeeping", "accounts", "payroll", "invoices", "quotes", "attention to detail", "phone manner"],
          ...none,
        },
      ],
    },
    // A game studio's bilibili 动态 copied from the web page and saved as GB18030 (CRLF): the site's nav bar, the account card
    // (UP主 · 粉丝), the post time, the 【招贤纳士】 headline with #话题#, two "▶ 名称｜城市｜薪资" roles over · lines, the apply
    // line and a note that interns are not hired, the forward/comment/like counts, hot comments with the studio's replies (主美
    // is already filled: not a position), and 相关推荐 (videos and another company's campus drive). "掌握HLSL" is required; a
    // commenter asking whether it is does not change that.
    "10_bilibili_dongtai_gb18030.txt": {
      family: "bilibili-dynamic-post-roles-comments-gb18030",
      positions: [
        {
          title: "技术美术", titleAliases: ["技术美术（TA）", "TA"], minLevel: "bachelor", majors: ["美术", "计算机"], majorsRequired: true, minYears: 3, management: false,
          skills: [...req("Houdini", "Substance Designer", "HLSL"), ...pref("Python")],
          acceptSkills: ["UE", "UE5", "Unreal Engine", "DCC工具", "工具开发", "材质"],
          ...none,
        },
        {
          title: "战斗策划", minYears: 2, management: false,
          skills: req("Excel"), acceptSkills: ["数值表", "技能数值表", "战斗设计", "动作手感", "受击反馈", "怪物AI", "ACT", "ARPG", "Demo"],
          ...none,
        },
      ],
    },
    // A Taiwan university career centre's 校園徵才博覽會 廠商職缺一覽表 in Word: Title, Heading1, date/place and booth-map
    // lines, one table (攤位 | 廠商名稱 | 職缺名稱 | 需求人數 | 學歷 | 科系 | 條件／備註 | 工作地點) with a repeated header row; the
    // first company's booth and name cells are vertically merged over its two posts; post cells are Chinese then English;
    // 注意事項 as decimal-numbered paragraphs, a 職缺異動 note naming a filled post (品管工程師, not a position) and the
    // compiler's line. 專科 is an associate level; "相關" majors are required, "餐旅相關科系佳" only preferred; "培訓後帶領門市團隊"
    // is management.
    "11_tw_campus_job_fair_table.docx": {
      family: "tw-campus-job-fair-docx-employer-post-table-vmerge",
      positions: [
        {
          title: "設備工程師", titleAliases: ["Equipment Engineer", "設備工程師 Equipment Engineer"], minLevel: "bachelor", majors: ["機械", "電機", "化工"], majorsRequired: true,
          minYears: null, management: false,
          skills: [], acceptSkills: ["輪班"], languages: req("英文"), certifications: req("TOEIC"),
        },
        {
          title: "製程整合工程師", titleAliases: ["Process Integration Engineer", "製程整合工程師 Process Integration Engineer"], minLevel: "master",
          majors: ["材料", "化工", "物理"], majorsRequired: true, minYears: null, management: false,
          skills: req("JMP", "Minitab"), acceptSkills: ["統計分析", "半導體"],
          ...none,
        },
        {
          title: "儲備店長", titleAliases: ["Management Trainee", "儲備店長 Management Trainee"], minLevel: "associate", majors: ["餐旅"], majorsRequired: false,
          minYears: 1, management: true,
          skills: [], acceptSkills: ["餐飲服務"], ...none,
        },
        {
          title: "軟體工程師（後端）", titleAliases: ["軟體工程師", "Backend Engineer", "軟體工程師（後端） Backend Engineer"], minLevel: "bachelor", majors: ["資工", "資管"],
          majorsRequired: true, minYears: null, management: false,
          skills: req("Java", "Go", "SQL"), ...none,
        },
      ],
    },
    // A GitLab issue (a headcount request) copied as Markdown: skip link and search, breadcrumb, H1 naming the team and "2
    // roles", the Open/author line, labels and assignee, the template's HTML comment, a task-list checklist, "Shared for both
    // roles" (a facts table and - lines: fluent written English, no degree requirement, on-call), then "## Role 1 — …" and
    // "## Role 2 — …" each with a job family link, bold What this person will do / Requirements / Nice to have over lists, the
    // interview plan naming interviewers' roles (not positions), quick actions (/label, /assign), the activity feed (a Senior
    // SRE req is asked for and refused: not a position) and the sign-in line. "One of GCP or AWS" and "Go or Ruby" list
    // alternatives the role requires. On-call is not management.
    "12_gitlab_headcount_request_issue.md": {
      family: "gitlab-issue-headcount-request-md-template-roles",
      positions: [
        {
          title: "Site Reliability Engineer", titleAliases: ["Site Reliability Engineer (Intermediate)"], minLevel: null, minYears: 3, management: false,
          skills: [...req("Kubernetes", "Terraform", "GCP", "AWS", "Prometheus", "Grafana", "Go", "Ruby"), ...pref("Chef", "GitLab CI")],
          acceptSkills: ["GKE", "observability", "automation", "runbooks", "postmortems", "on-call", "scripting"],
          languages: req("English"), certifications: pref("CKA"),
        },
        {
          title: "Database Reliability Engineer", minLevel: null, minYears: 4, management: false,
          skills: [...req("PostgreSQL", "Patroni", "PgBouncer", "Terraform"), ...pref("Ruby")],
          acceptSkills: ["replication", "backups", "high availability", "connection pooling", "capacity planning", "Rails", "on-call"],
          languages: req("English"), certifications: [],
        },
      ],
    },
    // A Google Forms application form printed from the browser to PDF (Traditional Chinese): the browser's print head (date
    // and time, page title) and foot (viewform URL, n/2), the form's title card whose description names two internship
    // posts as 【A】/【B】 with ・ lines and the shared period, pay and place, the account line and "* 表示必填問題", question
    // cards with 您的回答 lines, the 應徵職缺 radio options repeating the two posts (the same positions, not new ones), check
    // boxes, the upload question, 提交 / 清除表單 and Google's disclaimers. Enrolled or graduating students: no level is read.
    "13_google_forms_printout.pdf": {
      family: "google-forms-browser-print-pdf-application-form-posts",
      positions: [
        {
          title: "行銷企劃實習生", majors: ["傳播", "行銷", "設計"], majorsRequired: false, minYears: null, management: false,
          skills: req("Canva", "Photoshop"), acceptSkills: ["IG", "IG 帳號", "Instagram", "社群經營", "社群圖文"],
          ...none,
        },
        {
          title: "電商營運實習生", majors: [], majorsRequired: false, minYears: null, management: false,
          skills: [...req("Excel"), ...pref("Google Analytics")], acceptSkills: ["樞紐分析", "GA"],
          ...none,
        },
      ],
    },
    // A Kenyan NGO's vacancy announcement in Word: organisation name and P.O. Box line, Title VACANCY ANNOUNCEMENT, the two
    // reference numbers, an about paragraph, then per post a numbered Heading1 ("1. Monitoring, …", "2. Project Accountant"),
    // a two-column facts table (Job title | Reports to | Location | Contract), Heading2 "Key responsibilities" as
    // decimal-numbered paragraphs (w:numPr) and "Qualifications and experience" as List Bullet paragraphs; then How to apply,
    // shortlisting, no-fee, safeguarding and equal-opportunity notes. "Reports to" names other roles (not positions).
    // Alternatives ("KoboToolbox or ODK", "Stata or SPSS", "QuickBooks or Sage") are each required. The accountant supervises
    // the Finance Assistant: management.
    "14_ke_ngo_vacancy_announcement.docx": {
      family: "ke-ngo-vacancy-announcement-docx-facts-tables-numbered",
      positions: [
        {
          title: "Monitoring, Evaluation and Learning (MEL) Officer", titleAliases: ["Monitoring, Evaluation and Learning Officer", "MEL Officer"],
          minLevel: "bachelor", majors: ["Statistics", "Epidemiology", "Public Health"], majorsRequired: true, minYears: 3, management: false,
          skills: [...req("DHIS2", "KoboToolbox", "ODK", "Stata", "SPSS"), ...pref("Power BI")],
          acceptSkills: ["monitoring and evaluation", "M&E", "data quality assessments", "mobile data collection", "dashboards", "indicator tracking"],
          languages: [...req("English", "Kiswahili"), ...pref("Dholuo")], certifications: [],
        },
        {
          title: "Project Accountant", minLevel: "bachelor", majors: ["Accounting", "Finance", "Commerce"], majorsRequired: true, minYears: 4, management: true,
          skills: req("QuickBooks", "Sage", "Excel"),
          acceptSkills: ["advanced Excel", "donor financial reports", "bank reconciliations", "donor funds", "audit", "payment vouchers"],
          languages: [], certifications: req("CPA(K)"),
        },
      ],
    },
    // An evening paper's 分类广告 page as a one-page PDF: masthead and the date/page/editor/hotline line, four narrow columns
    // of boxed ads under ■ bands (招聘求职, 房屋租售, 声明公告, 生活服务), each ad a head line over body lines wrapped to the
    // column. Four hiring ads (one names its post in the head, one in the body: 外贸业务员2名); the rest are not positions: a
    // job seeker's 求职 ad (a driver with a B2 licence), a driving school's 招生, a rental, a shop transfer, two 遗失声明 (one a
    // nurse's 护士执业证书) and a cleaning service. The 主办会计 ad states no management.
    "15_evening_paper_classifieds.pdf": {
      family: "pdf-zh-evening-paper-classified-ads-boxed-columns",
      positions: [
        {
          title: "货车司机", minLevel: null, majors: [], minYears: 5, management: false,
          skills: [], acceptSkills: ["湖北省内线路"], languages: [], certifications: req("A2驾照"),
        },
        {
          title: "外贸业务员", minLevel: "associate", majors: [], minYears: 1, management: false,
          skills: req("阿里巴巴国际站"), languages: req("英语"), certifications: req("英语六级"),
        },
        {
          title: "主办会计", minLevel: "bachelor", majors: [], minYears: 3,
          skills: req("金蝶K/3"), acceptSkills: ["金蝶", "全盘账", "工业企业全盘账"], languages: [], certifications: req("中级会计师"),
        },
        {
          title: "厨师", minLevel: null, majors: [], minYears: 3, management: false,
          skills: [], acceptSkills: ["粤菜"], languages: [], certifications: req("健康证"),
        },
      ],
    },
    // A SAP SuccessFactors career-site job page (HTML, an Indian pharmaceutical company): head metas, scripts and the TrustArc
    // consent script, the custom header with category nav and the keyword/location search form, the jobDisplayShell with the
    // h1 title, Date / Location / Company lines and Apply now, the description as <p><strong>Label:</strong> value</p> lines
    // (Job Title, Department, Reporting to, Qualification "M.Pharm / M.Sc. (Chemistry)", Experience "10 - 14 years …") and
    // Key Responsibilities (leading a team of 12), the Skills required and Desirable lines, share links, Similar Jobs (not
    // positions), Talent Community, footer, cookie banner and JSON-LD.
    "16_successfactors_job_page.html": {
      family: "successfactors-career-site-html-job-page-label-lines",
      positions: [
        {
          title: "Manager - Quality Assurance (Formulations)", titleAliases: ["Manager - Quality Assurance"],
          minLevel: "master", majors: ["Pharmacy", "Chemistry"], majorsRequired: true, minYears: 10, maxYears: 14, management: true,
          skills: [...req("QMS", "CAPA", "change control", "TrackWise", "cGMP"), ...pref("LIMS", "SAP QM")],
          acceptSkills: ["deviation", "deviations", "deviation & CAPA management", "regulatory audit handling", "audit handling", "OOS", "OOT", "APQR", "data integrity",
            "ALCOA+", "batch record review", "batch release", "GMP", "IPQA", "WHO-GMP", "USFDA", "MHRA", "SAP"],
          ...none,
        },
      ],
    },
  },
};
