import { languages } from "../../matching/data/languages.js";
import type { EducationLevel } from "../position.schema.js";

// Requirement vocabulary, folded form (Simplified, half-width, lower-case).

/** Education keywords, longest first within each level; a match needs requirement context (see education.ts). */
export const educationKeywords: readonly { pattern: RegExp; level: EducationLevel }[] = [
  { pattern: /博士|\bph\.?d\b|\bdoctora(?:te|l)\b/g, level: "doctorate" },
  { pattern: /硕士|研究生|\bmaster'?s?\b|\bany post-?graduate\b|\bmba\b|\bm\.s\.?(?=\s)|\bms\b|\bmsc\b|\bmeng\b|\bm\.\s?tech\b|\bmtech\b|\bmca\b|\bm\.\s?sc\b\.?|\bm\.\s?pharm\b\.?|\bmpharm\b|\bm\.\s?com\b\.?/g, level: "master" },
  { pattern: /大学本科|本科|(?<!副)学士|统招本科|大学(?!英语|生活|期间|以下)|\bbachelor'?s?\b|\bb\.s\.?(?=\s)|\bbs\b|\bbsc\b|\bbeng\b|\bb\.\s?tech\b|\bbtech\b|\bb\.e\.|\bb\.com\b|\bbca\b|\bba\b|\bb\.a\.|\bundergraduate\b|\bany graduate\b|\bgraduates? (?:in|of) any (?:discipline|stream|field|subject|specialization)\b|\buniversity degree\b|\bcollege degree\b|(?<!(?:master|associate|doctoral|doctorate|graduate|postgraduate|advanced|honou?rs)'?s?\s)\bdegree(?: holder)?\b/g, level: "bachelor" },
  // Hong Kong's 副學士 is an associate degree.
  { pattern: /大学\s*[(（]专[)）]|大专|专科|高职|副学士|\bassociate'?s? degree\b|\bhigher diploma\b|\bhnd\b|\bhigher national diploma\b|(?<!school )\bdiploma\b/g, level: "associate" },
  // Hong Kong states secondary schooling by form: 中五 (Form 5), 中六, 中學畢業.
  // A school-leaving certificate is secondary schooling, by whatever name its country gives it: South Africa's National Senior
  // Certificate (matric), Kenya's KCSE, West Africa's WASSCE, Ireland's Leaving Certificate, Malaysia's SPM, India's 12th/HSC.
  { pattern: /中专|中技|职高|技校|中职|高中|中[五六]|中学文凭(?:考试)?|(?<![初高])中学|\bhigh school\b|\bsecondary (?:\(high\) )?school\b|\bform [56]\b|\bgcses?\b|\ba-levels?\b|\bf\.\s?[56]\b|\bhkdse\b|\bged\b|\bnational senior certificate\b|\bmatric(?:ulation)?\b|\bkcse\b|\bwassce\b|\bleaving certificate\b/g, level: "high_school" },
  // Taiwan writes junior high as 國中 ("學歷：國中以上"); not the 国中 inside 中国中部 or 全国中小学.
  { pattern: /初中|(?<![中全美韩英泰法德])国中(?=以上|毕业|程度|或以上|学历|\s*$|[,;。、])|中[一二三](?=程度|毕业|或以上|以上)|\bjunior high\b|\bmiddle school\b|\bform [1-3]\b|\bf\.\s?[1-3]\b/g, level: "junior_high" },
];

/**
 * Degrees whose abbreviation names the discipline (folded): "M.Pharm / M.Sc. (Chemistry)" asks for pharmacy and chemistry,
 * "B.Com or equivalent" for commerce. The discipline is the major read.
 */
export const degreeDisciplines: readonly { degree: RegExp; major: string }[] = [
  { degree: /\b[bm]\.?\s?pharm\b/, major: "Pharmacy" },
  { degree: /\b[bm]\.\s?com\b|\bbcom\b|\bmcom\b/, major: "Commerce" },
  { degree: /\bb\.?\s?arch\b|\bm\.?\s?arch\b/, major: "Architecture" },
  { degree: /\bllb\b/, major: "Law" },
  { degree: /\bmbbs\b/, major: "Medicine" },
  { degree: /\bbsn\b|\bb\.?\s?sc\.? nursing\b/, major: "Nursing" },
  { degree: /\bb\.\s?ed\b|\bm\.\s?ed\b/, major: "Education" },
];

/** Names of school qualifications, a requirement wherever they appear ("GCSE Maths and English"). */
export const qualificationNames = /^(?:gcses?|a-levels?|hkdse|ged|中学文凭(?:考试)?|degree(?: holder)?|any (?:post-?)?graduate|national senior certificate|matric(?:ulation)?|kcse|wassce|leaving certificate)$/;

/** Text near an education keyword that shows it states a requirement, not a topic (大学生招聘). */
// "BS Marine Transportation graduate", "BSc Nursing graduate": a degree's letters, its discipline, then "graduate".
export const educationContext = /^\s*(?:$|[,;。、/])|^\s+(?:in\s+)?(?:[a-z]+\s+){1,4}graduate\b|^.{0,8}(?:graduat(?:ion|ed)\b|学历|文化|以上|毕业|学位|水平|程度|或|及|degree|or above|or higher|or equivalent|diploma|in\b|required|preferred)|^(?:学历|文化)/;
// "must possess at least a Diploma or …", "minimum of a diploma": a floor said before the level.
export const educationContextBefore = /(?:学历|教育|education|degree|要求|需|须|具有|具备|:|at least|minimum(?: of)?|possess(?:es)?|holds?)\s*.{0,4}$/;

/** Schooling waived outright: "No degree needed", "degree not required", "学历不限". It states no level and no major. */
export const waivedEducation =
  /\bno (?:degree|diploma|formal (?:education|qualifications?)|qualifications?)(?: (?:is )?(?:needed|required|necessary))?\b|\b(?:a )?(?:degree|diploma)s? (?:is |are )?not (?:needed|required|necessary)\b|\bwithout a degree\b|\bdegree optional\b|学历不限|不限学历|学历无要求|无学历要求|不要求学历|学历要求:?\s*不限/g;

/** A requirement is optional when its clause says so. */
export const optionalMarkers = /优先|更佳|者佳|为佳|尤佳|较佳|佳\s*$|加分|最好|择优|更好|佳者|\bpreferred\b|\bnice[- ]to[- ]have\b|\ba plus\b|\bbonus\b|\b(?:a )?nice extra\b|\ban asset\b|\bdesirable\b|\b(?:highly|well) regarded\b|\bideally\b|\badvantage|\bnot (?:required|a must|mandatory|essential)\b|\bor (?:be )?(?:willing|able|prepared|the ability|ability) to (?:obtain|get|gain|acquire|work towards?)\b|\b(?:will|would) also be considered\b|\b(?:helpful|useful)\b(?=\s*(?:$|[,;.!)]|for\b|but\b|when\b|if\b|to have\b))|非必须|非必要|不强制/;
export const mandatoryMarkers = /必须|须|需要|要求|\bmust\b|\brequired\b/;

export const managementMarkers =
  /管理经验|管理职位|管理职务|(?:能|可|有能力)(?:够)?带领[\u4e00-\u9fff]{0,6}团队|管理工作经验|主管经验|管理岗位|团队管理|带团队|管理团队|督导职位|(?:担任|曾任)(?:过)?[\u4e00-\u9fff]{0,4}?(?:主管|经理|督导|组长|主任|领班|店长|总监)|(?:主管|经理|督导|总监|负责人)(?:以上)?(?:职位|岗位)?(?:工作)?经验|\bmanagement experience\b|\bline management\b|\bpeople management\b|\bleadership experience\b|\bmanaging (?:a )?(?:small )?(?:teams?|people|staff)\b|\bmanaged (?:a )?(?:small )?(?:teams?|people|staff)\b|\bpeople manager\b|\bteam leader\b|\bsupervising (?:staff|employees|others|a team|people)\b|\byears?\s+(?:or more\s+|of\s+)?(?:supervising|managing|leading)\b|\bmanagement role\b|\bmanagerial\b|\bleadership role\b|\bsupervisory\b/;

/** Management said to be none: "Works with the Commercial Manager; no line management", "no direct reports", "不需负担管理责任". */
export const noManagement =
  /\b(?:no|without|not an?|not any)\s+(?:formal\s+)?(?:line|people|staff|team|direct)?\s*(?:management|manager|managing|reports|supervision|supervisory)\b|\bno direct reports\b|不需(?:负担|负责)?管理|无需(?:负担)?管理|无管理(?:职责|责任)/;

/** A 104/1111 field stating that the post manages people: "管理責任：需負擔管理責任（管理人數：5~8人）" (not 不需負擔). */
export const managementDuty = /(?<!不)(?:需|须|要)负担管理责任|^\s*管理责任\s*:\s*(?:是|有|需要?)(?:\s|$|[(（,])/;

/**
 * A duty or requirement that manages people: a managing verb whose object is a counted group or people
 * ("Lead a brigade of 9", "Line manage two Senior Executive Officers", "supervise 8-12 associates",
 * "带领区域销售团队（4-6人）", "管理10人团队", "下属3人"). "Manage relationships" or "lead the development" manage no one.
 */
const countWord = String.raw`(?:\d+(?:\s*[-–~]\s*\d+)?\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)`;
const peopleNoun = String.raw`(?:staff|people|employees|associates|reports|direct reports|members|officers|engineers|developers|designers|analysts|consultants|assistants|technicians|surveyors|nurses|chefs|cooks|workers|managers|supervisors|leads|advisers|advisors|executives|specialists|operatives|agents|cleaners|drivers|accountants|recruiters|teachers|therapists|coordinators|administrators|representatives|colleagues|librarians|pharmacists|clerks|scientists|researchers|editors|writers|planners|operators|tutors|trainees|apprentices|interns|juniors|paralegals|auditors|inspectors|buyers|carers|volunteers)`;
// "supervise and mentor two APS 5 analysts": a second verb of the same people may follow the managing one.
const managingVerb = String.raw`(?:line[- ]manag(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|lead(?:s|ing)?|led|supervis(?:e|es|ed|ing)|run(?:s|ning)?|head(?:s|ing)?|oversee(?:s|ing)?|direct(?:s|ing)?)(?:\s+and\s+(?:mentor|coach|develop|train|support|guide)(?:s|es|ed|ing)?)?`;
export const peopleManagement = new RegExp(
  String.raw`\bline[- ]manag(?:e|es|ed|ing|ement)\b(?!\s+(?:of\s+)?(?:projects?|budgets?|accounts?)\b)` +
    // "manages our subcontractors and a site team of four", "Lead the cabin crew team on board (up to 14 crew …)": the team may
    // come second in the verb's object, and where it works and "up to" may stand before its count.
    String.raw`|\b${managingVerb}\s+(?:(?:a|an|the|our|your|their)\s+)?(?:[a-z-]+\s+){0,2}?(?:and\s+(?:(?:a|an|the|our|your|their)\s+)?(?:[a-z-]+\s+){0,2}?)?(?:team|brigade|crew|squad|department|unit)` +
    String.raw`(?:\s+(?:on board|on site|on shift|on the floor))?\s*(?:\(|of\s+)(?:up to\s+|around\s+|about\s+|some\s+)?${countWord}` +
    // "Supervise the Finance Assistant": one named post under the verb is people too.
    String.raw`|\b(?:line[- ]manag(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|supervis(?:e|es|ed|ing)|oversee(?:s|ing)?)\s+(?:the|our|a|an)\s+(?:[a-z-]+\s+){0,2}(?:assistant|officer|clerk|technician|administrator|coordinator|intern|trainee|apprentice|bookkeeper|receptionist)s?\b(?!\s*(?:'s|’s))` +
    String.raw`|\b${managingVerb}\s+(?:a\s+team\s+of\s+)?${countWord}\s+(?:[a-z0-9-]+\s+){0,2}${peopleNoun}\b` +
    String.raw`|(?:带领|管理|领导|督导|统筹)[\u4e00-\u9fff]{0,8}(?:团队|小组|下属|员工|人员)\s*[(（]?\s*\d+(?:\s*[-~]\s*\d+)?\s*(?:人|名)` +
    // "需帶領2-3位工程師", "管理两名技术员": a counted group of a trade (…师, …员) is people too.
    // "帶領及培訓約25人的前堂團隊": a second verb and "about" may stand between the verb and the count.
    String.raw`|(?:带领|管理|领导|督导)(?:(?:及|和|并)[\u4e00-\u9fff]{1,3})?\s*(?:约|大约|近|逾|超过)?\s*(?:\d+(?:\s*[-~]\s*\d+)?|[一二两三四五六七八九十]{1,3})\s*(?:人|名|位)(?:以上|左右)?(?:的)?(?:[\u4e00-\u9fff]{0,6}(?:团队|小组|下属|员工|人员)|[\u4e00-\u9fff]{1,4}[师员])` +
    // "带过10人以上团队": a counted team one has led.
    String.raw`|带(?:过|领过)?\s*(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:人|名)(?:以上|左右)?(?:的)?[\u4e00-\u9fff]{0,6}?(?:团队|小组)` +
    String.raw`|(?:管理|带领)下属|下属\s*(?:人数\s*:?\s*)?\d+\s*(?:人|名)`,
);

/** Disciplines named with an "and" inside (folded): one major each, not two ("Library and Information Science"). */
export const compoundDisciplines =
  /\b(?:library and information (?:science|studies|management)|information and library (?:science|studies)|information and communications? technology|electrical and (?:electronics?|computer) engineering|science and technology|hospitality and tourism(?: management)?|banking and finance|accounting and finance|media and communications?|sport and exercise science|health and social care|arts and humanities|government and public administration)\b/g;

/** Disciplines whose names end in 管理: "人力资源管理经验" is a field, not management experience. */
export const managedDisciplines =
  /(?:人力资源|财务|行政|物业|档案|实验室|仪器|设施|物资|质量|品质|仓库|仓储|库存|资产|成本|风险|信息|知识|客户关系|供应链|生产|设备|安全|合同|文件|工商|企业|酒店|项目文档|施工|工程|工地|现场|进度|文档|数据)管理/g;

/** Language names as they appear in requirements: the shared table's patterns (server/matching/data/languages.ts), one per language. */
export const languagePatterns: readonly RegExp[] = languages.map((l) => l.pattern);
/** Each language's canonical name, by the index of its pattern in languagePatterns. */
export const languageCanonicalNames: readonly string[] = languages.map((l) => l.names[0]);

/** Certificates: named exams and licences, and anything ending in 证/证书/资格. */
export const certificationPatterns: readonly RegExp[] = [
  // A Six Sigma belt before the bare "six sigma" of the named list: "Six Sigma Green Belt", 六西格玛黑带.
  /六西格玛(?:黄带|绿带|黑带大师|黑带)|\bsix sigma (?:yellow|green|black) belt\b/g,
  // The UK's site safety cards and courses ("SMSTS, CSCS Black Card and First Aid at Work are essential"), its chartered
  // memberships (MRICS, MCIOB, CEng), and a national body's credential with its country in brackets (CPA(K), CPA (Aust.)).
  /\bcscs(?:\s+(?:black|gold|blue|green|red|white))?(?:\s+card)?\b|\b(?:smsts|sssts|ipaf|pasma|cpcs|ecs card)\b|\bfirst aid at work\b|\b(?:mrics|frics|assocrics|mciob|fciob|ceng|ieng|mice|mistructe|mcips|cmgr)\b|\b(?:cpa|cs|ca)\s?\((?:k|u|t|aust\.?|nz)\)/g,
  /\b(?:pmp|cpa|aca|acca|icaew|icas|cfa|frm|cma|cissp|ccna|ccnp|ccie|cisa|aws certified [a-z ]+|prince2|itil|six sigma|lcci(?: level \d)?|aat|cima|cipd|nebosh|iosh|cfp|shrm-c?p|phr|sphr|apics cpim|cpim|cscp|cpsm|cips|nvq(?: level \d)?|qcf level \d|bls|acls|pals|tncc|enpc|cpr|ipaf|pasma|cscs(?: card)?|smsts|sssts|cpcs|npors|lpat|pgde)\b/g,
  // The UK's wiring regulations are a qualification by their edition: "18th Edition Wiring Regulations (BS 7671)", "BS7671".
  /\b1[6-9]th edition(?:\s+(?:wiring regulations|iet wiring regulations|regs))?(?:\s*\(bs\s?7671(?::\s?\d{4})?\))?|\bbs\s?7671\b/g,
  // Language exams: a score or level is the exam's ("TOEIC 750以上", "JLPT N2", "全民英檢中高級"); it states the language too (languageExams).
  /cet-?[46]|(?:大学)?英语[四六八]级|专业英语[四八]级|tem-?[48]|雅思|托福|多益|全民英检(?:初级|中级|中高级|高级)?|\b(?:ielts|toefl|toeic|gept|topik|delf|dalf|testdaf)\b|日语n[1-5]|\bjlpt(?:\s?n[1-5])?\b|日本语能力(?:试验|考试)\s?(?:n[1-5])?|\bhsk\s?[1-6]?\b/g,
  /计算机[一二三四]级|普通话[一二三]级(?:[甲乙]等)?/g,
  // "注册安全工程师证书", "TÜV功能安全工程师证书": the words before the grade name which engineer's paper it is.
  /(?:初级|中级|高级|(?:(?![或及和与])[\u4e00-\u9fff]){2,6}?)?(?:会计师|经济师|审计师|统计师|工程师|人力资源管理师|营养师|心理咨询师)(?:职称|资格|证书?)/g,
  // "具有初级会计专业技术资格": the grade and the discipline are the name; 专业技术资格 is the kind of paper.
  /(?:初级|中级|高级)(?:(?![及或]?以上)[\u4e00-\u9fff]){1,8}?(?=专业技术资格)/g,
  // A qualification named with its grade before 及以上 or as the exam that grants it: "计算机技术与软件专业技术资格（中级）及以上证书",
  // "通过国家统一法律职业资格考试", "取得證券從業資格考試合格": the qualification is the name, not the paper or the exam.
  /[\u4e00-\u9fff]{2,16}?(?:专业技术资格|职业资格|执业资格|从业资格|资格)\s*(?:[(（](?:初级|中级|高级|[一二三四五]级|[a-d]类)[)）])?(?=\s*(?:(?:及|或)以上|考试))/g,
  // Taiwan's trade tests grade the 技術士 (certified technician): "數值控制車床乙級技術士", "室內配線丙級技術士證".
  /[\u4e00-\u9fff]{2,12}?[甲乙丙]级技术士(?:证照|证书|证)?/g,
  // A certificate named in Latin letters, then an equivalent of its kind: "持有CIDESCO或同等國際美容治療資格", "持有CFP或AFP證書".
  /(?<=(?:持有?效?|取得|具备|具有|具|考获|获得|拥有)\s*)[a-z][a-z0-9&-]{1,11}(?=\s*(?:或|或其他|或同等|及同等|或相关|或以上)[\u4e00-\u9fffa-z ]{0,14}?(?:资格|证书|证照|认证))/g,
  // A certificate named in Latin letters with its Chinese name in brackets, then its paper: "持有CAMS（国际公认反洗钱师）证书者优先",
  // "具备PMP（项目管理专业人士）认证": the Latin name is the certificate.
  /(?<=(?:持有?效?|取得|具备|具有|具|考获|获得|拥有|通过)\s*)[a-z][a-z0-9&-]{1,11}(?=\s*[(（][\u4e00-\u9fff]{2,16}[)）]\s*(?:证书|证照|认证|资格|证))/g,
  // A chartered accountant named by the body's country: "CA (Singapore) or ACCA qualified", "CA (ANZ)".
  /\bca\s*\((?:singapore|anz|sa|canada|india|malaysia|australia|nz)\)|\bca(?=\s+(?:or|and|\/)\s+(?:acca|cpa|cima|icaew)\b)/g,
  /(?:初级|中级|高级)(?:及以上|以上)?[\u4e00-\u9fff]{0,6}?职称/g,
  // "具有工程师及以上职称", "初级会计及以上专业技术资格", "检验技士及以上资格证书": the grade named is the certificate asked for
  // (at least it), the kind of paper after 及以上 is not part of its name.
  /[\u4e00-\u9fff]{0,6}?(?:师|士|员|会计|工)(?=(?:及|或)?以上(?:专业技术)?(?:职称|职业资格|执业资格|资格))/g,
  /(?:初级|中级|高级|注册)(?:会计师|经济师|审计师|统计师|工程师|人力资源管理师|建造师|造价师|律师|税务师)/g,
  // "持C1及以上机动车驾驶证": the licence's class may stand before the kind of vehicle.
  /(?:[a-z]\d?(?:\s*(?:及以上|以上))?(?:[\u4e00-\u9fff]{1,4}?)?|[\u4e00-\u9fff]{1,6}?)?(?:驾驶执照|驾驶证|驾照)|\bdriver'?s licen[cs]e\b/g,
  /[\u4e00-\u9fffa-z]{2,10}?(?:从业资格证书?|执业资格证书?|资格证书|资格证|上岗证|操作证|许可证|执业证书?|从业资格|职业资格证书?|专业资格)/g,
  /[\u4e00-\u9fff]{2,16}?(?:测验合格证明|专业测验|合格证明)/g,
  // "ISO 27001主導稽核員證照", "公共工程品質管理訓練班結業證書": a standard's code may lead, and a course's name is long.
  /(?:\b[a-z]{2,6}\s?(?=\d))?(?:(?!或)[\u4e00-\u9fffa-z0-9]){2,16}?(?:证书|证照)|\b[a-z][a-z0-9]{1,10}\s?认证/g,
  // "First Aid certificate", "White Card", "Working at Heights ticket", "NMC registration", "Chemical handling accreditation",
  // "Certificate III in Horticulture": up to three words before the noun (leading stop words go, see certificateLeads).
  // "Cert III in Landscape Construction": Australia writes the certificate's level short too.
  /\bcert(?:ificate)?\s+(?:i{1,3}|iv|[1-4])\s+in\s+[a-z]+(?:\s+[a-z]+)?/g,
  // Canada's trades: "Industrial Electrician Certificate of Qualification with Red Seal endorsement", "Red Seal".
  /\b(?:[a-z]+\s+){0,3}certificate of (?:qualification|competency|competence)(?:\s+with\s+red seal(?:\s+endorsement)?)?|\bred seal(?:\s+endorsement)?\b/g,
  /\b(?:[a-z][a-z0-9+'&-]*\s+){0,2}[a-z][a-z0-9+'&-]*(?=\s+(?:certif(?:ication|icate|ied)|cert)\b)/g,
  /\b(?:[a-z][a-z0-9'&-]*\s+){0,2}[a-z][a-z0-9'&-]*\s+(?:registration|accreditation)\b/g,
  // "Registration with the Environmental Protection Agency (EPA) as an EIA practitioner": what one is registered or licensed as.
  /(?<=\b(?:registration|registered|accredited|accreditation|licensed|certified|chartered)\b[^.;]{0,80}?\bas an?\s+)(?:[a-z][a-z0-9-]*\s+){0,2}(?:practitioner|assessor|auditor|valuer|verifier|inspector)\b/g,
  // A vetting check a post is subject to: "an Enhanced DBS check", "Working with Children Check", "PVG scheme membership".
  /\b(?:enhanced |standard |basic )?dbs check\b|\bworking with (?:children|vulnerable people) check\b|\bpvg (?:scheme )?(?:membership|check)\b|\b(?:national )?police check\b/g,
  // Cards and tickets that license work (a bank card or a transit ticket does not).
  /\b(?:white|blue|food (?:worker|handler'?s?)|working with children|construction induction|first aid|forklift|security)\s+card\b|\b(?:working at heights|forklift|ewp|rigging|dogging|scaffolding|crane|confined space|traffic control)\s+ticket\b|\b(?:\d+(?:\.\d+)?\s?t(?:onne)?\s+)?(?:excavator|loader|backhoe|skid steer|roller|dozer|grader|telehandler)\s+ticket\b/g,
  /\b(?!(?:a|an|the|any|valid|current|active|professional|state|business|full|clean)\b)[a-z]{2,6}\s+licen[cs]e\b(?!\s*(?:no\b|number\b|#))/g,
  /\b(?!(?:a|an|the|any|valid|current|active|professional|state|business|full|clean)\b)[a-z]{2,14}\s+(?!(?:software|operating|premises)\b)[a-z]{2,14}\s+licen[cs]e\b(?!\s*(?:no\b|number\b|#))/g,
  // "a forklift licence", "Personal Licence holder", "A full driving licence": a longer kind of licence when no two words name it.
  /\b(?!(?:a|an|the|any|valid|current|active|professional|state|business|full|clean|software|operating)\b)[a-z]{7,10}\s+licen[cs]e\b(?!\s*(?:no\b|number\b|#))/g,
  /(?:会计|教师|导游|厨师|电工|焊工|上岗|健康|从业|执业|特种作业|叉车|保安员?|护士执业)证(?!书|明|件)|[\u4e00-\u9fff]{1,4}?(?:[员师工]|作业|操作)证(?!书|明|件)/g,
  // Hong Kong's licences by their holder and grade: "持有物業管理人（第二級）牌照優先", "持有效保安人員（A類）牌照".
  /[\u4e00-\u9fff]{2,8}?(?:人|员|师|工|者)\s*[(（](?:第?[一二三四五]级|[a-d]\s*类|[a-d](?:\s*及\s*[a-d])?\s*类?)[)）]\s*牌照/g,
  // Hong Kong writes a licence as 牌 (叉車牌, 電工牌, 保安牌).
  /(?:叉车|电工|焊工|保安|货车|重型货车|私家车|的士|小巴|地盘平安卡|平安)牌(?:照)?|(?:地盘)?平安(?:咭|卡)/g,
];

/** English words before a certificate's name that are no part of it: "Current White Card", "a valid food worker card". */
export const certificateLeads =
  /^(?:(?:current|valid|active|full|clean|a|an|the|any|and|or|with|hold|holds|holding|have|has|possess|must|required|relevant|related|professional|industry|technical|recognised|recognized|appropriate|in|of|plus|also|experience)\s+)+/;

/** Papers an applicant brings along (学历证书复印件, 身份证), not certifications. */
/** "及以上证书", "相关证书": words standing for a certificate named elsewhere name none. */
// A school-leaving certificate ("National Senior Certificate (Matric)", "Leaving Certificate") is schooling, read as the level.
export const nonCertificates = /^(?:学历|学位|毕业|身份|户口|离职|(?:及|或)?以上|上述|相关|有关|相应|school|graduation|degree|diploma|transcript|academic|national ?senior$|(?:school ?)?leaving$|matric|kcse|wassce)/;

/**
 * A clause about what the post's own training gives ("successful candidates complete our initial training and receive their
 * cabin crew licence on completion", "培训合格后颁发上岗证"): the licence is issued to the hire, not asked of the applicant.
 */
export const certificateGiven =
  /\b(?:receive|obtain|gain|earn|get|be issued|are issued|is issued|be awarded|are awarded)\b[^.;]{0,60}\b(?:on|upon|after|following)\s+(?:successful\s+)?(?:completion|training|qualifying)\b|\b(?:we|the company) (?:will )?(?:provide|pay for|sponsor|fund)s?\b[^.;]{0,40}\b(?:training|licen[cs]e|certificat)|培训(?:合格|结束|完成)?后(?:颁发|发放|取得|考取)|公司(?:提供|负责|协助)(?:办理|考取|培训)/;

/** A language written as part of a pair ("中英文"): the one character stands for this name. */
export const languageShortForms: Readonly<Record<string, string>> = { 中: "中文" };

/**
 * Language exams and the language each states (folded forms): "TOEIC 750以上" asks for English as surely as "英文流利" does.
 * `names` is the language's name to list in each script when the text names the exam alone.
 */
export const languageExams: readonly { exam: RegExp; language: RegExp; names: { en: string; "zh-Hans": string; "zh-Hant": string } }[] = [
  {
    exam: /cet|英语[四六八]级|英文[四六八]级|tem-?[48]|雅思|托福|多益|全民英检|ielts|toefl|toeic|gept/,
    language: /英语|英文|english/,
    names: { en: "English", "zh-Hans": "英语", "zh-Hant": "英語" },
  },
  { exam: /jlpt|日语n[1-5]|日本语能力(?:试验|考试)/, language: /日语|日文|japanese/, names: { en: "Japanese", "zh-Hans": "日语", "zh-Hant": "日語" } },
  { exam: /topik/, language: /韩国语|韩语|韩文|korean/, names: { en: "Korean", "zh-Hans": "韩语", "zh-Hant": "韓語" } },
  { exam: /delf|dalf/, language: /法语|法文|french/, names: { en: "French", "zh-Hans": "法语", "zh-Hant": "法語" } },
  { exam: /testdaf/, language: /德语|德文|german/, names: { en: "German", "zh-Hans": "德语", "zh-Hant": "德語" } },
  { exam: /hsk/, language: /中文|汉语|华语|普通话|chinese|mandarin/, names: { en: "Chinese", "zh-Hans": "中文", "zh-Hant": "中文" } },
];

/** Latin words in a Chinese requirement that are not tools or skills: exams, degrees, units, roles. */
export const latinNonSkills =
  /^(?:cet|tem|mba|emba|pmp|cpa|aca|acca|cfa|ielts|toefl|toeic|gept|topik|hsk|jlpt|n[1-5]|hr|kol|koc|ui|ux|ue|ceo|cfo|cto|coo|vip|app|mm|cm|kg|etc|ok|ktv|[a-z]\d?|and|or|the|of|to|with)$/;

/**
 * Phrases that introduce skills; the text after them (to the clause end) lists skills. An English cue ends on a
 * word's end ("prototyping in", not "prototyping interactions"); a Chinese one runs into a name (熟悉Python).
 */
export const skillCues =
  /(?:擅长工具\s*:|擅长|能够?熟练(?:使用|操作|运用|掌握)|熟练(?:使用|操作|运用|掌握)|熟悉并掌握|通晓|熟悉(?!的)|精通|掌握(?!的)|了解(?!的)|(?<!略)懂得?|会使用|会用|(?:^|(?<=[,;:]))\s*会(?=[\u4e00-\u9fff]{2,6}\s*(?:[,;。]|$))(?!计|议|员|所|展|务|长|籍|面|期|上|话|同)|proficien(?:t|cy) (?:in|with)|experience (?:with|in|using)|(?:development|programming|testing|automation|scripting|prototyping) (?:with|in|using)|familiar(?:ity)? with|comfortable (?:with|using)|fluency in|working knowledge of|understanding of|(?:some |prior )?exposure to|knowledge of|expertise in|skilled in|hands-on experience with|hands-on with|expert (?:in|with)|(?:who |and )?knows)(?:(?<![a-z])|(?![a-z]))\s*/g;

/** A field whose value is a plain list of skills: "Must-have: Python, SQL", "擅长工具：SAP、Excel", "電腦專長：Word". */
export const skillListLabel =
  /^\s*(?:must[- ]haves?|nice[- ]to[- ]haves?|skills|skills required|required skills|key skills|skill set|skillset|tech stack|tools|technologies|技能|专业技能|工作技能|擅长工具|电脑专长|计算机技能|软件技能)\s*:\s*/;

/** A field whose value lists certificates: "具備證照：品質工程師（CQE）", "Certifications: CPR, First Aid". */
export const certificationListLabel = /^\s*(?:具备证照|证照|证书|相关证照|所需证照|证照要求|证书要求|licenses?|certifications?|certificates?)\s*:\s*/;

/** The verb before a list of abilities: 具备较强的沟通能力、团队领导能力和抗压能力. */
export const abilityPattern = /(?:具备|具有|拥有|要求|有)/;
export const englishSkillsPattern = /\b(?:strong|excellent|good|solid|advanced|proven|intermediate|basic|working|expert)\s+([a-z][a-z ,/&+#.-]{1,60}?)\s+skills\b/g;

/**
 * Words around a skill's name in a requirement, not part of it: "具良好溝通能力" names 溝通能力, "SQL skills"
 * names SQL. Leads and tails in `always` go whenever a name of two characters or more remains; those in
 * `whenKnown` only when what remains is in the skill alias table ("Linux常用命令" → Linux, but 叉车操作 stays).
 */
export const skillPhraseWords = {
  leads: /^(?:具备|具有|具(?=良好|较强|很强|出色|优秀|扎实|一定|丰富|备|有|[\u4e00-\u9fff]{2,}能力$|[a-z])|拥有|有(?=良好|较强|很强|一定|丰富|[a-z])|(?:with|using|via|in)(?=\s+[a-z])|能够?熟练(?:使用|操作|运用|掌握)|熟练(?:运用|使用|操作|掌握)?|熟悉|精通|掌握|了解|会使用|会用|能使用|良好的?|较强的?|很强的?|出色的?|优秀的?|扎实的?|一定的?|丰富的?|(?:strong|excellent|good|solid|proven|advanced|basic|working|hands-on|deep|effective|written and verbal|verbal and written|written|verbal)(?![a-z]))\s*/,
  // "Node.js 或 Go 其中一种语言": "one of them" after the last name of a list.
  // "會用JMP尤佳", "懂Python者优先": a preference word after the name says how much it counts (the clause's marker reads it).
  always: /\s*(?:尤佳|更佳|较佳|为佳|者佳|者?优先(?:考虑)?|加分)$|(?<=[a-z0-9+#])\s*佳$|\s*(?:技能|相关知识|知识)$|\s+(?:basics|fundamentals)$|-(?:regulated|compliant|based|related)\s+[a-z]+$|\s*(?:其中|当中)?(?:任何|任)?(?:一种|一项|一门|之一)(?:语言|工具|软件|以上)?$/,
  // "JMP或Python数据分析": what a known tool is used for, after its name.
  whenKnown: /\s*(?:skills?|knowledge|expertise|proficiency|abilities|experience|常用命令|命令|基础知识|基础|操作|的使用|使用|应用|开发|编程|工具|数据分析|数据处理|建模|绘图|制图|脚本)$/,
};

/**
 * What opens a line stating a requirement for every post of a document (folded form): "全部职位都要识讲广东话",
 * "以上岗位均要求", "各岗位共同条件", "共同条件:", "All roles require", "Requirements for all roles:".
 */
export const sharedRequirementLead = new RegExp(
  [
    String.raw`^(?:(?:以上|上述|全部|所有|各|本次招聘(?:的)?(?:所有|全部)?)(?:招聘)?(?:各)?(?:岗位|职位|职缺|职务|工种|空缺)(?:的)?(?:均|都|皆|一律|统一|共同)?|(?:以下|下列)(?:各)?(?:岗位|职位|职缺|职务|工种)(?:均|都|皆|一律))(?:(?:需具备|须具备|需要|必须|要求|需|须|要|应|具备)(?:的)?(?:共同|基本|通用)?(?:条件|要求)?|(?:共同|基本|通用)?(?:条件|要求))\s*[:：]?`,
    String.raw`^(?:共同|通用|共通|统一)(?:的)?(?:任职)?(?:条件|要求|资格)\s*[:：]?`,
    String.raw`^(?:all|every|each of (?:the|these|our)|both)\s+(?:of (?:the|these|our)\s+)?(?:roles?|positions?|posts?|openings?|vacancies|jobs)(?:\s+(?:above|below|listed(?: above| below)?|here))?\s+(?:require|requires|need|needs|must|share|call for|are required|ask for)\b`,
    // "## Shared for both roles", "Common to all positions:": a heading over what each post asks.
    // "FOR ALL RANKS: good spoken and written English": a crewing line-up's posts are ranks.
    String.raw`^(?:(?:common|shared|general) requirements|requirements? (?:for|across|common to) (?:all|every|both) (?:roles|positions|posts|openings|ranks|vacancies|jobs)|(?:shared |common )?(?:for|to|by|across) (?:all|every|both)(?: (?:of )?the)? (?:roles|positions|posts|openings|ranks|vacancies|jobs))\s*[:：]?`,
  ].join("|"),
);
