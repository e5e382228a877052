import { managementPhrases } from "./management.js";
/**
 * Vocabulary for telling the parts of an experience or education row apart: what organization names
 * end with (or, in French, Spanish and Italian, begin with: "Groupe …", "Grupo …"), what job titles end with (or, in
 * the Romance languages and Dutch, begin with: "Chargée de recrutement", "Responsable de …", "Auditora junior"),
 * what schools are called. Compared on folded text.
 */
export const organizationMarks =
  /(?:公司|集团|事务所|银行|研究院|研究所|医院|学校|大学|学院|中心|工作室|协会|基金会|报社|电视台|出版社|酒店|商场|超市|门店|分行|支行|工厂|厂|局|委员会|政府|部队|股份|有限|合伙)\)?$|(?:\bsp\. z o\.o|\bs\.a|\bs\.r\.l|\bs\.p\.a|\bb\.v|\bn\.v|\ba\/s|\bs\.a\.s|\bs\.l|\bs\.l\.[pu]|\bs\.a\.u|\blda|\bltda|\be\.v)\.?$|(?:conseil|industrie|industries|intérim|auditores|abogados|asociados|consultores|ingeniería|ingénierie|logistique|logística|assurances|seguros)$|^(?:groupe|grupo|gruppo|groep|société|sociedad|società|banque|banco|caisse|ayuntamiento|mairie|comune|clínica|clinique|fundación|fondation|fondazione|laboratoire|laboratorio)\s|\b(?:inc|llc|ltd|limited|corp|corporation|co|company|group|gmbh|ag|oy|ab|sarl|plc|pte|llp|bank|partners|systems|technologies|technology|consulting|services|solutions|labs|studio|agency|hospital|foundation|associates|holdings|capital|ventures|cpa|international|networks?)\b\.?$|\b(?:university|college)\b/i;

export const titleMarks =
  /(?:博士后|工程师|经理|主管|总监|专员|助理|实习生|实习|代表|顾问|设计师|董事|管理员|会计|出纳|审计师|分析师|架构师|讲师|教师|老师|护士|医生|律师|编辑|记者|文员|秘书|店长|组长|主任|部长|总裁|总经理|副总|合伙人|创始人|运营|策划|销售|客服|前台|司机|技术员|操作员|研究员|开发|测试|财务|行政|人事|采购|翻译|导购|厨师|保安|普工|主播|专家|负责人|高管|督导|领班|干事|委员|馆员|科员|[师员长])(?:[(（][^)）]*[)）])?$|^(?:director|head|vice president|vp|chief|president|dean|professor|lecturer|officer|manager)\s+(?:of|for)\b|\b(?:engineer|manager|analyst|director|associate|accountant|intern|developer|consultant|designer|lead|officer|specialist|assistant|executive|architect|administrator|representative|coordinator|supervisor|president|vp|head|scientist|researcher|teacher|lecturer|nurse|editor|writer|clerk|cashier|technician|founder|partner|auditor|programmer|advisor|agent|buyer|planner|trainee|chef|driver|owner|controller|principal|member|fellow|tutor|recruiter|strategist|producer)s?\b(?:\s*\([^)]*\))?$|^(?:(?:senior|junior|stellv\.?|stellvertretende[rn]?)\s+)?[a-zäöüß-]*(?:ingenieur|leiter|entwickler|praktikant|berater|referent|sachbearbeiter|assistent|techniker|konstrukteur|spezialist|werkstudent|geschäftsführer|mitarbeiter|elektriker|mechaniker|meister|buchhalter|pfleger|lehrer|kaufmann|kauffrau|architekt|informatiker|programmierer|verkäufer|disponent|controller|projektmanager|koordinator|bearbeiter)(?:in|innen)?(?![a-zäöüß])|^(?:(?:senior|junior|sénior|sr\.?|jr\.?)\s+)?(?:chargée?|responsable|assistante?|stagiaire|directeur|directrice|ingénieure?|chef|cheffe|technicien(?:ne)?|comptable|consultante?|conseill(?:er|ère)|gestionnaire|développeu(?:r|se)|auditeur|auditrice|infirmi(?:er|ère)|juriste|auditora?|becari[oa]|jef[ea]|directora?|técnic[oa]|analista|consultora?|gerente|coordinadora?|desarrolladora?|ingenier[oa]|administrativ[oa]|contable|abogad[oa]|enfermer[oa]|responsabile|impiegat[oa]|tecnico|ingegnere|consulente|addett[oa]|direttore|direttrice|engenheir[oa]|assistente|estagiári[oa]|coordenadora?|diretora?|medewerker|adviseur|beheerder)(?![a-zà-ÿ])/i;

// Word edges by letters, not \b: "Università", "École" begin or end in a letter \b does not count as one.
export const schoolMarks =
  /(?:大学|学院|学校|中学|高中|一中|二中|附中|职高|技校|中专|书院|分校|研究生院|党校)$|(?<![a-z\u00c0-\u024f])(?:university|college|institute|school|academy|polytechnic|conservatory|universit[éeàä]t?|universidad|universidade|università|universiteit|uniwersytet|hochschule|fachhochschule|escuela|école|ecole|instituto|istituto|institut|politecnico|politécnico|politechnika|technion|hogeschool|lycée|gymnasium|vidyalaya|vidyalayam|vidyapeeth|vidya mandir|vidyapith)(?![a-z\u00c0-\u024f])/i;

const { zh, en, de, romance } = managementPhrases;
const anyOf = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

/**
 * Management stated in a row (data in management.ts): 带领15人团队, 管理销售团队15人, 帶領2名助理工程師, "managed a
 * team of 6", "led a pod of 3 analysts", "supervised a line crew of 12", "lead five plants and 450 employees".
 */
export const managementStated = new RegExp(
  [
    `(?:${anyOf(zh.verbs)})[^，。,;；、和及与]{0,12}?(?:${anyOf(zh.people)}|${zh.count})`,
    ...zh.stated,
    ...de.stated,
    ...romance.stated,
    `\\b(?:${anyOf(en.verbs)})\\s+(?:(?:a|an|the|our|my|its|his|her|their)\\s+)?(?:(?:${en.count})\\s+)?(?:[a-z&-]+\\s+){0,2}?(?:${anyOf(en.people)})\\b`,
    `\\b(?:${anyOf(en.verbs)})\\s+(?:${en.count})\\b`,
  ].join("|"),
  "i",
);

/** A row that states it had nobody to manage (下属人数：0人, "Direct reports: 0"): not management, whatever its verbs say. */
export const noReportsStated = new RegExp([...zh.none, ...en.none].join("|"), "i");

/** A dated stretch that is a gap, not a job ("Career break — family caregiving", "待业", "Sabbatical"): never an experience row. */
export const careerGap =
  /^(?:career break|career gap|sabbatical|gap year|parental leave|maternity leave|paternity leave|family leave|caregiving|family caregiving|travel(?:ling|ing)?|full-time parent|待业|职业空窗期?|空窗期|间隔年|育儿|全职妈妈|全职爸爸|全职太太|家庭原因|陪产|产假|休养)(?=$|[\s,，:：—–-])/i;
