import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 15, written in session 12 by a helper who never ran the parser on it: a provincial university's 高层次人才
 * 引进计划 in Word with a 学院 / 学科 / 岗位 table (a merged 学院 cell) over a tier table of 待遇; a 劳务派遣 agency's 驻厂
 * 招聘 sheet as a PDF with a ruled 工种 / 人数 / 工资 / 要求 table; a private hospital's 护理人员招聘启事 as GBK text with
 * CRLF, shared conditions and a nursing-level ladder; a Singapore headhunter's confidential-mandates digest as a raw .eml
 * (multipart/alternative, base64 parts); a 快手 live-stream replay's AI subtitles with 弹幕, gifts and system lines; a
 * Microsoft Teams channel copy with a post, reactions and replies that amend a brief; a restaurant's window poster as
 * OCR text (odd breaks, misread characters); an iCIMS job page saved from the browser; a Taiwan farmers' association's
 * 約僱人員甄選簡章 in Big5 with a box-drawing table; a South African municipality's vacancy circular in UTF-16LE; a UK
 * heritage charity's job pack in Markdown with pandoc grid tables (person specification as Essential / Desirable columns);
 * a CSDN blog post whose JDs are YAML code blocks, with comments that amend them; a county 人社局 site's 事业单位招聘公告
 * (HTML: accessibility bar, post table, attachments, prev/next links, footer); an Australian disability NFP's position
 * description in Word with key selection criteria; an Indian PSU's recruitment advertisement as a PDF with a post-code
 * table; and a Hong Kong care home's two-column leaflet as a PDF in Traditional Chinese. Written before the parser was run
 * on any of them.
 */
export const batch15: HeldoutBatch = {
  id: "batch-15",
  written: "2026-12-04",
  documents: {
    // A provincial university's 高层次人才引进计划 in Word: Title, intro, Heading1 一、引进岗位 over one table with a shaded header
    // row (序号 | 学院 | 学科（专业） | 岗位 | 人数 | 学历学位 | 专业要求 | 其他要求) whose 学院 cell is vertically merged over the
    // first two rows and whose cells hold several paragraphs (the third post's name too: 专任教师 / （人工智能方向）); then
    // 二、引进待遇 as a second table by tier (A类 / B类 / C类人才 — tiers, not posts; 教授 / 副教授 there are ranks), a note,
    // 三、应聘方式 as numbered paragraphs and the personnel office's line. 博士研究生 is a doctorate; the 学科带头人 leads the
    // discipline team (management); its 正高级专业技术职务 is a rank, left unscored.
    "01_zh_gaoxiao_talent_discipline_table.docx": {
      family: "zh-gaoxiao-talent-docx-discipline-post-table-merged-college",
      positions: [
        {
          title: "学科带头人", minLevel: "doctorate", majors: ["材料科学与工程", "化学工程与技术"], majorsRequired: true, minYears: null, management: true,
          skills: [], acceptSkills: ["科研攻关"], languages: [],
        },
        {
          title: "实验技术人员", minLevel: "master", majors: ["分析化学", "应用化学"], majorsRequired: true, minYears: 2, management: false,
          skills: req("HPLC", "GC"), acceptSkills: ["液相色谱仪", "气相色谱仪", "液相色谱", "气相色谱", "液相色谱仪（HPLC）", "气相色谱仪（GC）"],
          ...none,
        },
        {
          title: "专任教师（人工智能方向）", titleAliases: ["专任教师"], minLevel: "doctorate", majors: ["计算机科学与技术", "软件工程", "人工智能"], majorsRequired: true,
          minYears: null, management: false,
          skills: req("PyTorch"), acceptSkills: ["深度学习框架", "深度学习"], ...none,
        },
      ],
    },
    // A 劳务派遣 agency's one-page 驻厂招聘 sheet as a PDF (WenQuanYi): the agency name and 劳务派遣经营许可证 number, a banner
    // slogan, the 用工单位 / 工作地点 line, 一、招聘岗位 as a ruled table (工种 | 人数 | 工资 | 要求) whose 要求 cells wrap over two
    // lines, then 福利待遇, 晋升通道 naming 线长 / 组长 / 车间主管 (a ladder, not posts), 面试须知, the no-fee warning, the hotline
    // and a QR caption. Ages are compliance, not scored. "无经验可培训" is no experience asked.
    "02_labour_dispatch_factory_posts.pdf": {
      family: "pdf-zh-labour-dispatch-factory-gongzhong-ruled-table",
      positions: [
        {
          title: "普工（SMT操作员）", titleAliases: ["普工", "SMT操作员"], minLevel: "junior_high", minYears: null, management: false,
          skills: [], ...none,
        },
        {
          title: "AOI检测员", minLevel: "high_school", minYears: 1, management: false,
          skills: [], acceptSkills: ["AOI", "AOI检测", "电脑基本操作", "电脑操作"], ...none,
        },
        {
          title: "设备电工", minLevel: null, minYears: 3, management: false,
          skills: [], acceptSkills: ["电气图纸", "看懂电气图纸", "设备维修"], languages: [], certifications: req("低压电工证"),
        },
      ],
    },
    // A private hospital's 护理人员招聘启事 saved from Notepad as GBK with CRLF: ===== rules around the hospital name and title,
    // an intro, 一、招聘岗位 with （一）…（三） "名称　N名" heads over numbered conditions, 二、共同条件 for every post (the 护士执业
    // 证书 applies to all three), 三、薪酬待遇 with the N0→N4 护理层级 ladder (levels, not posts), 四、报名方式, a note that
    // 护理员（护工） is outsourced (not a post) and the signature. 主管护师 is the head nurse's required professional title;
    // "能带领科室护理团队" is management.
    "03_private_hospital_nursing_gbk_crlf.txt": {
      family: "gbk-crlf-private-hospital-nursing-recruitment-numbered-posts-shared-conditions",
      positions: [
        {
          title: "手术室护士", minLevel: "associate", majors: ["护理学"], majorsRequired: true, minYears: 2, management: false,
          skills: [], acceptSkills: ["腔镜", "骨科手术配合", "腔镜、骨科手术配合", "手术配合"], languages: [], certifications: req("护士执业证书"),
        },
        {
          title: "ICU护士", minLevel: "bachelor", majors: ["护理学"], majorsRequired: true, minYears: 1, management: false,
          skills: [], languages: [], certifications: [...req("护士执业证书"), ...pref("重症监护专科护士证书")],
        },
        {
          title: "内科护士长", minLevel: "bachelor", majors: ["护理学"], majorsRequired: true, minYears: 8, management: true,
          skills: [], acceptSkills: ["护理管理"], languages: [], certifications: req("护士执业证书", "主管护师"),
        },
      ],
    },
    // A Singapore executive-search partner's monthly "confidential mandates" mail saved as .eml: Received / DKIM / From / To /
    // Subject headers, multipart/alternative with the same body as a base64 text/plain part and a base64 text/html part
    // (bold role heads, <ul> bullets). The body: greeting, "ROLE A - title" heads each over a Client: line, - requirement
    // lines and a Package line; a PS that the CFO search is filled (not a position); the signature with EA licence and
    // registration numbers; the PDPA footer. "SAP TRM or Kyriba" lists alternatives the role requires. Leading a treasury
    // team, managing three RA specialists and leading 25 technicians are management.
    "04_headhunter_confidential_mandates.eml": {
      family: "eml-sg-executive-search-confidential-mandates-multipart-base64",
      positions: [
        {
          title: "Head of Treasury, Asia Pacific", titleAliases: ["Head of Treasury"], minLevel: "bachelor", majors: ["Finance", "Economics"], majorsRequired: true,
          minYears: 12, management: true,
          skills: req("SAP TRM", "Kyriba"), acceptSkills: ["corporate treasury", "treasury"],
          languages: pref("Mandarin"), certifications: pref("CFA", "CTP"),
        },
        {
          title: "Senior Regulatory Affairs Manager, APAC", titleAliases: ["Senior Regulatory Affairs Manager"], minLevel: "bachelor",
          majors: ["Biomedical Engineering", "Life Sciences", "Pharmacy"], majorsRequired: true, minYears: 8, management: true,
          skills: req("ISO 13485", "EU MDR"), acceptSkills: ["regulatory affairs", "medical devices", "HSA", "NMPA", "PMDA", "submissions", "regulatory submissions"],
          languages: [], certifications: pref("RAC"),
        },
        {
          title: "Plant Engineering Manager", titleAliases: ["Plant Engineering Manager (based in Johor Bahru, Malaysia)"], minLevel: "bachelor",
          majors: ["Mechanical Engineering", "Electrical Engineering"], majorsRequired: true, minYears: 10, management: true,
          skills: [...req("TPM"), ...pref("SAP PM")], acceptSkills: ["TPM programme", "maintenance", "engineering", "SAP"],
          languages: req("English", "Malay"), certifications: [],
        },
      ],
    },
    // A 快手 live-stream replay page copied as text (UTF-8): the account line, live title, time / duration / view counts, then
    // the AI subtitles as "[hh:mm:ss] 主播：…" lines of unpunctuated speech, interleaved with 💬 弹幕 questions, 🎁 gift lines
    // and 系统消息 (the two 小黄车 listings repeat the posts: not new ones); the host names two posts ("第一个岗位 注塑操作工",
    // "第二个岗位 叉车司机"), refuses 组长 (promoted from inside, not hired) and says 品检 is filled (not positions); related
    // lives and the footer. Zero experience is fine for the 操作工; the N1 叉车证 is required, WMS "更好".
    "05_kuaishou_live_recruiting_transcript.txt": {
      family: "kuaishou-live-replay-asr-subtitles-danmaku-gifts",
      positions: [
        {
          title: "注塑操作工", minLevel: "junior_high", minYears: null, management: false,
          skills: [], ...none,
        },
        {
          title: "叉车司机", minYears: 1, management: false,
          skills: pref("WMS"), acceptSkills: ["WMS系统", "扫码枪", "前移式", "前移式叉车"],
          languages: [], certifications: req("叉车证"),
        },
      ],
    },
    // A Microsoft Teams channel copied as text (Canada): the app's header and search, the team > channel breadcrumb and tabs,
    // a post by the recruiter with two "Role N — title" heads over • lines (a Support Team Lead req on hold: not a position),
    // the reaction counts and "3 replies from …", then the indented replies, where the recruiter amends the first brief
    // (Zendesk must; Gainsight nice to have, Salesforce as good) and the second (Python a bonus); a later unrelated post about
    // panel training. "Bachelor's degree in a quantitative field" names no major. Looker is where the analyst builds
    // dashboards (a duty): accepted, not insisted on.
    "06_ms_teams_channel_copy.txt": {
      family: "ms-teams-channel-post-copy-reactions-amending-replies",
      positions: [
        {
          title: "Bilingual Customer Success Specialist", minYears: 2, management: false,
          skills: [...req("Zendesk"), ...pref("Gainsight", "Salesforce")], acceptSkills: ["customer success", "account management", "onboarding", "renewals"],
          languages: req("English", "French"), certifications: [],
        },
        {
          title: "Data Analyst, Revenue Operations", titleAliases: ["Data Analyst"], minLevel: "bachelor", minYears: 3, management: false,
          skills: [...req("SQL"), ...pref("dbt", "Python")], acceptSkills: ["Looker", "dashboards", "churn dashboards"],
          ...none,
        },
      ],
    },
    // A Sichuan/Hunan restaurant's window poster run through a phone's OCR (UTF-8): the shop name split over lines, spaced
    // characters (招   聘, 厨  师), lines broken mid-word where the poster's column ends (经验者优 / 先, 美团收银系 / 统), misread
    // characters (服务員 for 服务员, 收银贝 for 收银员, l for 1 in the phone number), three numbered posts with counts and pay,
    // a shared 健康证 line for every post, a filled 领班 ("已招满": not a position) and the contact. Titles are read as the
    // poster means them; the OCR forms are aliases. Experience "优先" is not required.
    "07_restaurant_poster_ocr.txt": {
      family: "ocr-restaurant-window-poster-misread-chars-broken-lines",
      positions: [
        {
          title: "服务员", titleAliases: ["服务員"], minYears: null, management: false,
          skills: [], languages: [], certifications: req("健康证"),
        },
        {
          title: "厨师", titleAliases: ["厨  师"], minYears: 3, management: false,
          skills: [], acceptSkills: ["川菜", "湘菜", "川菜、湘菜", "掌勺", "独立掌勺"], languages: [], certifications: req("健康证"),
        },
        {
          title: "收银员", titleAliases: ["收银贝", "收 银 贝"], minLevel: "high_school", minYears: null, management: false,
          skills: pref("美团收银系统"), acceptSkills: ["电脑", "使用电脑", "美团", "收银系统"], languages: [], certifications: req("健康证"),
        },
      ],
    },
    // An iCIMS career-portal job page saved from the browser (HTML): "saved from url" comment, metas, styles and the analytics
    // script, the portal banner nav (Search Jobs, Log back in!, Talent Community), the action links, the h1, a <dl> of header
    // fields (Job ID, Category, Location, Facility, Shift, FTE, Pay Range), Overview / Responsibilities / Qualifications
    // sections (Required / Preferred as bold paragraphs over lists), the EEO paragraph, job options, Similar Jobs (not
    // positions), footer, cookie banner and JSON-LD. "CRCST … or CSPDT" lists alternatives, each required; preceptoring
    // Tech I staff is not management. Bilingual English/Spanish is preferred: Spanish.
    "08_icims_job_page.html": {
      family: "icims-career-portal-saved-html-header-dl-fields",
      positions: [
        {
          title: "Sterile Processing Technician II", minLevel: "high_school", minYears: 2, management: false,
          skills: pref("CensiTrak"), acceptSkills: ["instrument tracking", "decontamination", "sterilization", "AAMI ST79", "IFUs"],
          languages: pref("Spanish"), certifications: req("CRCST", "CSPDT"),
        },
      ],
    },
    // A Taiwan township farmers' association's 約僱人員甄選簡章 saved as Big5 text (CRLF): the centred title, 一、甄選職缺及名額 as a
    // box-drawing table (┌─┬─┐, full-width padding) of 職缺 | 名額 | 資格條件 whose condition cells run over several rows, 二、共同
    // 資格 (nationality, conduct, no relatives of staff), 三、甄選方式 with the exam subjects and weights, 四、報名, 五、待遇 and the
    // annex 報名表 as blank labels (報考職缺：…). 大專 is an associate level; "相關科系" majors are required.
    "09_tw_farmers_association_big5.txt": {
      family: "tw-farmers-association-contract-staff-selection-big5-box-table",
      positions: [
        {
          title: "會計助理", titleAliases: ["會計助理（約僱）"], minLevel: "bachelor", majors: ["會計", "財務金融"], majorsRequired: true, minYears: null, management: false,
          skills: req("Word", "Excel"), acceptSkills: ["電腦文書處理", "電腦文書處理能力"], languages: [], certifications: pref("會計事務技術士丙級"),
        },
        {
          title: "推廣股指導員", titleAliases: ["推廣股指導員（約僱）"], minLevel: "associate", majors: ["農藝", "園藝", "植物保護"], majorsRequired: true,
          minYears: null, management: false,
          skills: [], acceptSkills: ["輔導農民"], languages: [], certifications: req("普通重型機車駕照"),
        },
      ],
    },
    // A South African local municipality's vacancy circular copied from the PDF into Notepad and saved as "Unicode" (UTF-16LE
    // with BOM, CRLF): the municipality and postal line, circular number and closing date, the Z83 instructions, then "POST:
    // TITLE (REF: …)" blocks with DEPARTMENT / SALARY lines and upper-case REQUIREMENTS: / KEY PERFORMANCE AREAS: over plain
    // lines; a withdrawn MANAGER: COMMUNITY SERVICES post (not a position), the enquiries line, the employment-equity note and
    // the municipal manager's name. Grade 12 / N3 is school-leaving; the trade test, the wireman's licence and the driving
    // licences are certifications; the Traffic Officer Diploma is the post's qualifying certificate (no level read).
    "10_za_municipality_circular_utf16le.txt": {
      family: "za-municipality-vacancy-circular-utf16le-post-ref-blocks",
      positions: [
        {
          title: "Senior Electrician", minLevel: "high_school", minYears: 5, management: true,
          skills: [], acceptSkills: ["medium-voltage", "low-voltage reticulation", "reticulation", "substations", "street lighting", "job cards"],
          languages: [], certifications: req("Trade Test Certificate", "Wireman's Licence", "Code 10 driver's licence"),
        },
        {
          title: "Traffic Officer", titleAliases: ["Traffic Officer (X2)"], minYears: 2, management: false,
          skills: [], acceptSkills: ["road traffic legislation", "roadblocks", "speed control"],
          languages: req("isiZulu", "English"), certifications: req("Traffic Officer Diploma", "Code EB driver's licence"),
        },
      ],
    },
    // A Welsh heritage charity's job pack as Markdown for pandoc: a % title block, an intro, a fenced ::: callout with the
    // closing date, "# Post N" headings each over a grid table of facts (+---+ borders, === under the header row; Job title,
    // Grade, Reports to, Responsible for) and "## Person specification" as a four-column grid table (Criteria | Essential |
    // Desirable | Assessed) whose cells wrap over several lines; how to apply, two closed vacancies (Estate Ranger, Learning
    // Officer: not positions) and the charity line. Essential is required, Desirable preferred. The conservator is
    // responsible for two technicians (management); coordinating volunteers is left unscored.
    "11_pandoc_grid_table_job_pack.md": {
      family: "md-pandoc-grid-tables-job-pack-person-specification-columns",
      positions: [
        {
          title: "Senior Conservator (Collections)", titleAliases: ["Senior Conservator"], minLevel: "bachelor", majors: ["Conservation", "Heritage Science"],
          majorsRequired: true, minYears: 5, management: true,
          skills: [...req("condition reporting", "environmental monitoring", "Axiell Collections"), ...pref("integrated pest management")],
          acceptSkills: ["IPM", "conservation", "collections care", "Axiell"],
          languages: [], certifications: pref("ACR"),
        },
        {
          title: "Volunteer Coordinator", minYears: 2,
          skills: [...req("Excel", "Microsoft Teams"), ...pref("Better Impact")], acceptSkills: ["volunteer management", "volunteer database", "Teams"],
          languages: pref("Welsh"), certifications: req("full UK driving licence"),
        },
      ],
    },
    // A CSDN blog post copied as Markdown (Simplified Chinese with English tech names): title, 原创 badge, author / date /
    // read-count line, 分类专栏 and 文章标签 links, the 版权声明 quote, [TOC], an intro, then "## 岗位一：…" each over a ```yaml
    // code block whose keys are 岗位 / 地点 / 职级 / 人数 / 职责 / 要求 / 加分项 (lists under them); a quoted note that the 算法实习生
    // is filled (not a position), 投递方式 with the interview rounds (roles of interviewers, not posts), the 知识档案 box, 相关推荐
    // and 评论, where the author answers that Spark is a plus for the data post (preferred). "vLLM 或 TensorRT-LLM 至少一种" and
    // "Java 或 Scala" list alternatives the posts require.
    "12_csdn_blog_yaml_jd.md": {
      family: "md-zh-csdn-blog-post-jd-yaml-code-blocks-comments",
      positions: [
        {
          title: "大模型推理加速工程师", minLevel: "master", majors: ["计算机", "电子工程"], majorsRequired: true, minYears: 3, management: false,
          skills: [...req("C++", "CUDA", "vLLM", "TensorRT-LLM"), ...pref("Triton")],
          acceptSkills: ["CUDA 编程", "CUDA kernel", "Triton kernel", "量化", "INT8", "FP8", "推理优化", "高性能计算", "推理框架"],
          ...none,
        },
        {
          title: "实时数据平台开发工程师", minLevel: "bachelor", majors: [], majorsRequired: false, minYears: 2, management: false,
          skills: [...req("Flink", "Kafka", "Java", "Scala"), ...pref("Apache Iceberg", "Doris", "Spark")],
          acceptSkills: ["Iceberg", "大数据开发", "湖仓一体", "实时计算"],
          ...none,
        },
      ],
    },
    // A county 人力资源和社会保障局 site's notice page (HTML): SiteName / ColumnName metas, the 无障碍 / 长者模式 / 繁體 bar, logo and
    // search, the nav, 当前位置 breadcrumb, the h1, 发布时间 / 来源 / 浏览次数 and 字号 大中小, the body as <p> paragraphs with
    // 一、招聘岗位 as a table (岗位代码 | 招聘单位 | 岗位名称 | 岗位类别 | 招聘人数 | 学历 | 专业 | 其他条件) whose header row is plain
    // <td>, 二、报考条件 shared by all (age is compliance), registration, exam, contact and signature, the attachments, 打印本页 /
    // 关闭窗口, 上一篇 / 下一篇 links naming other notices (选调教师, 公益性岗位 保洁员、协管员: not positions), the QR line, the footer
    // with 网站标识码 and 备案号, and the scripts. 普通话二级甲等 is a certificate here.
    "13_county_hrss_site_notice.html": {
      family: "zh-county-hrss-site-notice-html-accessibility-bar-post-table",
      positions: [
        {
          title: "临床医师", minLevel: "bachelor", majors: ["临床医学"], majorsRequired: true, minYears: 2, management: false,
          skills: [], languages: [], certifications: req("执业医师资格证书"),
        },
        {
          title: "会计", minLevel: "bachelor", majors: ["会计学", "财务管理"], majorsRequired: true, minYears: null, management: false,
          skills: [], languages: [], certifications: req("初级会计专业技术资格"),
        },
        {
          title: "幼儿教师", minLevel: "associate", majors: ["学前教育"], majorsRequired: true, minYears: null, management: false,
          skills: [], languages: [], certifications: req("幼儿园教师资格证", "普通话二级甲等"),
        },
      ],
    },
    // An Australian disability-support NFP's position description in Word: the ABN line, Title "Position Description", a
    // two-column facts table with a shaded label column (Position title, Program, Reports to, Direct reports, Classification
    // SCHADS Level 5, Location, Employment type), Heading1 Position purpose, Key responsibilities (decimal-numbered), Key
    // selection criteria with Heading2 Essential and Desirable as numbered lists that restart at 1, Mandatory requirements as
    // bullets, values, and a blank acceptance table (Employee name / Signature / Date). Leading and rostering ~18 support
    // workers is management. The NDIS Worker Screening Check and Working with Children Check are background checks
    // (compliance), not certifications; the Cert IV, driver's licence, First Aid and CPR are.
    "14_au_nfp_position_description.docx": {
      family: "au-nfp-position-description-docx-key-selection-criteria-numbered",
      positions: [
        {
          title: "Team Leader – Supported Independent Living (SIL)", titleAliases: ["Team Leader – Supported Independent Living", "Team Leader - Supported Independent Living (SIL)"],
          minYears: 3, management: true,
          skills: [...req("Word", "Excel"), ...pref("ShiftCare")],
          acceptSkills: ["Microsoft Word", "Microsoft Excel", "rostering software", "rostering", "NDIS Practice Standards", "incident management", "Positive Behaviour Support",
            "Positive Behaviour Support plans", "person-centred support"],
          languages: [], certifications: [...req("Certificate IV in Disability Support", "driver's licence", "First Aid", "CPR"), ...pref("Diploma of Community Services")],
        },
      ],
    },
    // An Indian central PSU's recruitment advertisement as a two-page PDF (Helvetica): the company block with "(A Government
    // of India Enterprise)", CIN and address, the advertisement number, one line of intro, a ruled seven-column post table
    // (Post Code | Name of Post | No. of Posts with reservation split | Pay Scale (IDA) | Essential Qualification | Post-
    // qualification Experience | Upper Age Limit) whose cells wrap over two or three lines (post names too), a Desirable line
    // keyed by post code, a paragraph naming promotion targets (Assistant Manager (Finance), Senior Engineer: not positions),
    // page 2 with numbered General Instructions and "Sd/- General Manager (HR)". CA / CMA are the trainee's qualifying
    // certifications; a three-year diploma is an associate level; ages are compliance.
    "15_in_psu_recruitment_advertisement.pdf": {
      family: "pdf-in-psu-recruitment-advertisement-post-code-wrapped-table",
      positions: [
        {
          title: "Assistant Manager (Mechanical)", minLevel: "bachelor", majors: ["Mechanical Engineering"], majorsRequired: true, minYears: 2,
          skills: pref("SAP PM"), acceptSkills: ["O&M", "thermal power plants", "SAP"], ...none,
        },
        {
          title: "Executive Trainee (Finance)", minYears: null, management: false,
          skills: pref("SAP FICO"), acceptSkills: ["SAP"], languages: [], certifications: req("CA", "CMA"),
        },
        {
          title: "Junior Engineer (Electrical)", minLevel: "associate", majors: ["Electrical Engineering"], majorsRequired: true, minYears: 3, management: false,
          skills: [], acceptSkills: ["HT/LT switchgear", "switchgear", "maintenance"], ...none,
        },
      ],
    },
    // A Hong Kong private care home's recruitment leaflet as a one-page PDF (Traditional Chinese, WenQuanYi), two columns split
    // by a rule: the home's bilingual name and licence line across the top; the left column 誠聘 We are hiring and three
    // bilingual post heads (中文 English; the first wraps its English over two lines) over ・ lines; the right column 福利, the
    // 晉升階梯 (護理員 → 高級護理員 → 保健員: a ladder, not posts), a filled 院舍主任 ("已聘請": not a position), 申請方法 and a QR
    // caption; the privacy footer. 中三 is junior high; experience "優先" is not required; the health worker's registration is
    // left unscored.
    "16_hk_care_home_leaflet.pdf": {
      family: "pdf-hk-care-home-leaflet-zh-hant-two-columns-bilingual-heads",
      positions: [
        {
          title: "登記護士（普通科）", titleAliases: ["Enrolled Nurse (General)", "登記護士", "Enrolled Nurse", "登記護士（普通科） Enrolled Nurse (General)"],
          minYears: null, management: false,
          skills: [], acceptSkills: ["輪班"], languages: [], certifications: req("登記護士（普通科）執業證明書"),
        },
        {
          title: "保健員", titleAliases: ["Health Worker", "保健員 Health Worker"], minYears: 1, management: false,
          skills: [], acceptSkills: ["電腦操作", "基本電腦操作"], languages: [],
        },
        {
          title: "護理員", titleAliases: ["Personal Care Worker", "護理員 Personal Care Worker"], minLevel: "junior_high", minYears: null, management: false,
          skills: [], languages: req("廣東話"), certifications: pref("護理員證書"),
        },
      ],
    },
  },
};
