// Word lists the position line tagger scores lines with (folded: Simplified, half-width, lower-case).
// Each is one kind of evidence; the weights in line-model.ts say how much it counts for each class.

/** Section names of an online posting that are not in sections.ts's duty/requirement lists, by what they hold. */
export const postingSections: readonly { key: string; kind: "benefits" | "company" | "contact" | "duty" }[] = [
  ...["职位福利", "福利待遇", "薪酬福利", "薪资福利", "公司福利", "员工福利", "福利", "待遇", "benefits", "perks", "what we offer", "perks & benefits", "福利制度", "薪资待遇", "薪酬待遇", "工作待遇"]
    .map((key) => ({ key, kind: "benefits" as const })),
  ...["公司介绍", "公司简介", "公司信息", "工商信息", "关于我们", "企业介绍", "about us", "about the company", "about the team", "company", "company overview", "公司地址", "工作地址", "工作地点", "上班地点", "办公地点", "面试地点", "location", "地址"]
    .map((key) => ({ key, kind: "company" as const })),
  ...["联系方式", "联系人", "联系电话", "报名方式", "应聘方式", "how to apply", "招聘者", "hr", "meet the hiring team", "recruiter"].map((key) => ({ key, kind: "contact" as const })),
  ...["about the job", "职位详情", "job details", "the job", "职位信息", "岗位信息"].map((key) => ({ key, kind: "duty" as const })),
];

/** A pay figure: 8千-1.2万·13薪, 15-25k, 月薪5000, $70,000 - $90,000 a year, 面议. */
export const salaryPattern =
  /\d+(?:\.\d+)?\s*(?:k|千|万|w)?\s*[-~–—至到]\s*\d+(?:\.\d+)?\s*(?:k|千|万|w|元)|\d+(?:\.\d+)?\s*(?:k|千|万)(?![a-z])|[·.]\s*\d{2}\s*薪|(?:月薪|年薪|底薪|时薪|日薪|薪资|薪水|salary|pay)\s*:?\s*\$?\d|(?:\$|£|€|nt\$|hk\$|rmb|¥)\s?\d[\d,.]*\s*k?|\d[\d,]*\s*(?:元|块)\s*\/?\s*(?:月|年|天|时|小时)?|per (?:year|annum|hour|month)|\b(?:a|an) (?:year|hour)\b|薪资面议|面议|(?:💰|💵|💴|💶|💷|💸)\s*\S{0,4}\d/u;

/** Facts a posting's tag line lists: years, schooling, work type, a city. */
export const tagPattern =
  /经验\s*(?:\d|不限|无|应届|[一二三四五六七八九十]年)|\d+\s*(?:-\s*\d+\s*)?年(?:以上)?(?:经验)?$|^(?:本科|大专|专科|硕士|博士|高中|中专|学历不限|不限)$|全职|兼职|实习|full[- ]time|part[- ]time|\bcontract\b|\bremote\b|\bhybrid\b|on[- ]site|\d+\+?\s*years?\b|学历不限|经验不限|在校\/应届/;

/** Cities and regions a tag line or address names (folded); a line of tags usually names one. */
export const places: readonly string[] = [
  "北京", "上海", "广州", "深圳", "杭州", "成都", "南京", "武汉", "西安", "苏州", "天津", "重庆", "长沙", "郑州", "东莞", "佛山",
  "青岛", "厦门", "宁波", "合肥", "济南", "大连", "沈阳", "福州", "昆明", "无锡", "珠海", "台北", "新北", "台中", "台南", "高雄", "桃园",
  "新竹", "香港", "九龙", "新界", "澳门", "london", "berlin", "new york", "singapore", "san francisco", "seattle", "toronto", "sydney", "remote",
];
export const placePattern = new RegExp(`(?:${places.join("|")})(?:市|区|县)?`);

/** What a posting offers; "Experience in healthcare is a bonus" is a wish, not a bonus. */
export const benefitPattern =
  /五险一金|六险一金|社保|公积金|双休|单休|带薪|年假|年终奖|补贴|补助|包吃|包住|团建|体检|下午茶|期权|健身|节日福利|\bbenefits?\b|\b401k\b|\bpto\b|paid time off|health insurance|dental|(?<!\b(?:is|are|be)\s+(?:a\s+)?(?:big\s+|huge\s+|real\s+)?)\bbonus\b|\bequity\b|vacation|\bpension\b|parental leave/;

export const companyPattern =
  /有限公司|股份|集团|成立于|总部|融资|上市公司|已上市|不需要融资|\d+\s*-\s*\d+\s*人|\d+人以上|互联网|\b(?:inc|ltd|llc|corp|gmbh|co\.)\b|\bfounded\b|headquartered|\bemployees\b|our (?:company|mission|team)|we are a/;

export const addressPattern = /📍|地址|\d+号|大厦|园区|广场|[省市区县][^\s,]{0,10}(?:路|街|道|巷)|\bstreet\b|\bave(?:nue)?\b|\broad\b|\bsuite\b|\bfloor\b|\d{5}(?:-\d{4})?$/;

export const contactPattern =
  // 手机 or 微信 in a duty ("会使用智能手机扫码") is not a contact: the word opens the line or a number follows.
  /📞|☎|📧|✉|^(?:电话|手机|微信|邮箱)|(?:电话|手机|微信|邮箱|vx|wx)(?:号码?)?\s*:|(?:电话|手机|微信)\s*\d|e-?mail|@|联系人|招聘者|招聘专员|人事(?:经理|专员|主管)?·|\bhr\b|recruiter|hiring (?:manager|team)|刚刚活跃|今日活跃|本周活跃|(?:^|\s)在线$|回复率|\d{3,4}-\d{7,8}|1[3-9]\d{9}|\bwhatsapp\b|\bline id\b/;

/**
 * Site chrome around a copied posting: buttons, counters, "similar jobs"; a chat export's "张扬 14:32" sender lines;
 * a social post's hashtag line ("#hiring #linecook") and its like/comment bar and counts.
 */
export const chromePattern =
  /^(?:#[^\s#]{1,30}\s*){2,}$|^(?:like|comment|repost|share|send|点赞|评论|转发|收藏)(?:\s*[·|]\s*(?:like|comment|repost|share|send|点赞|评论|转发|收藏))+$|\b\d+\s*(?:reactions?|likes?|comments?|reposts?)\b|^(?:立即沟通|立即投递|投递简历|申请职位|收藏|举报|分享|感兴趣|继续沟通|apply|apply now|easy apply|save|saved|share|report this job|show more|show less|see more|查看更多|展开|收起|职位详情|相似职位|推荐职位|看过该职位的人还看了)$|\d+\s*(?:applicants?|位申请者)|\d+\s*(?:days?|hours?|weeks?)\s+ago|发布于|更新于|人看过|\bposted\b|promoted by|actively recruiting|be an early applicant|^[^\s:]{1,16}\s+\d{1,2}:\d{2}(?::\d{2})?$/;

/** The verbs a duty opens with, after any numbering. */
export const dutyVerbPattern =
  /^(?:负责|协助|参与|完成|制定|组织|做好|监督|建立|根据|按照|配合|执行|维护|管理|跟进|开展|处理|对接|编写|设计|开发|推动|收集|分析|撰写|接待|督促|确保|策划|定期|及时|主导|带领|统筹|落实|优化|搭建|支持|承担|指导|审核|编制|制作|整理|提供|保持|保证|实施|控制)|^(?:own|build|design|develop|manage|lead|work|drive|support|maintain|create|analy[sz]e|collaborate|partner|ensure|coordinate|prepare|review|monitor|handle|assist|deliver|write|implement|oversee|conduct|provide|help|plan|run|process|serve|greet|clean|prepare|operate)\b/;

/** What a requirement says: years, schooling, mastery, a preference. */
export const requirementCuePattern =
  /学历|以上|经验|熟悉|熟练|精通|掌握|了解|具备|具有|优先|者佳|能力|证书|证照|专业|年龄|善于|较强|良好|\b(?:experience|degree|years?|proficien\w*|familiar\w*|knowledge|skills?|ability|able to|must|preferred|a plus|a bonus|bachelor\w*|master\w*|required|strong|excellent|fluent)\b/;

/** A hiring announcement: 诚聘, 招聘…啦, We're hiring. */
export const hiringPattern = /诚聘|急聘|急招|招聘|招募|高薪聘|hiring|we're looking|we are looking|join us|is seeking|are seeking/;

/**
 * Chinese hiring phrases and the role each names (group 1): "🔥招聘咖啡师啦！", "诚聘会计2名", and a post's
 * "我们团队想找一个视频剪辑小伙伴" / "招一位前台". Group 2, where a pattern has it, is what ends the name: a headcount
 * or a particle vouches for it; bare punctuation ("2026年社会招聘公告", "校园招聘正式启动！") does not, so the name must be a role.
 */
export const chineseHiringPatterns: readonly RegExp[] = [
  /(?:诚聘|急聘|急招|招聘|招募|高薪聘请?)[\s:!~]*([^\s,!。:、]{2,12}?)\s*(啦|了|咯|喽|[一二两三四五六七八九十\d]+\s*[名位人]|[!。,]|$)/,
  /(?:想找|寻找|在找|找|想招|招)(?:一个|一位|一名|几个|几位|个|位|名)\s*([^\s,!。:、]{2,12}?)\s*(?:小伙伴|伙伴|同学|的你|宝子|搭子|[!。,~～]|$)/,
  // "招奶茶店员 2名": a bare 招 hires when a headcount follows (招商, 招生 and 招标 name work, not hiring).
  /^招(?!聘|募|商|生|标|投)\s*([^\s,!。:、]{2,12}?)\s*[一二两三四五六七八九十\d]+\s*[名位人]/,
  // "第一位是亚马逊运营，负责…": a post introducing its roles one by one.
  /^第[一二三四五六七八九十\d]{1,2}(?:位|个|名|个岗位|个职位)\s*(?:是|:|招)\s*(?:一名|一位|一个)?\s*([^\s,!。:、]{2,12}?)\s*(?:[,。:;]|$)/,
];

/**
 * More hiring phrases, each with the evidence its name needs: "司机一名，C1驾照…" (a role and its headcount opening a post),
 * Taiwan's "誠徵兼職家教", and English posts' "We need a React developer for…", "Looking for a part-time bookkeeper",
 * "Barista wanted!", a chat's "*HIRING – Sous Chef* 👨🍳" (a dash after the phrase, emphasis around it, an emoji after
 * the name). `strict`: the name must end in a role word, as nothing else vouches for it.
 */
export const hiringPhrases: readonly { pattern: RegExp; evidence: "strict" | "label" }[] = [
  { pattern: /^([^\s,!。:、\d()]{2,12}?)\s*[一二两三四五六七八九十\d]+\s*[名位](?=[\s,;。:!]|$)/, evidence: "strict" },
  { pattern: /(?:诚征|急征|^征|^聘请?)\s*(?:兼职|全职|专职)?\s*([^\s,!。:、]{2,12}?)\s*[一二两三四五六七八九十\d]+\s*[名位人]/, evidence: "label" },
  { pattern: /(?:诚征|急征|^征|^聘请?)\s*(?:兼职|全职|专职)?\s*([^\s,!。:、]{2,12}?)(?=[\s,;。:!]|$)/, evidence: "strict" },
  {
    pattern:
      /(?:^[*_]*|[.!?]\s+)(?:we(?:'re| are)\s+)?(?:now\s+|urgently\s+)?(?:looking for|seeking|hiring for|hiring|we need|need|needed)(?:\s*:|\s+[–—-])?\s+(?:(?:an?|one|two|three|\d+|several|experienced)\s+)?((?:[a-z][\w+#./&-]*\s+){0,3}?[a-z][\w+#./&-]*?)(?=\s+(?:asap|urgently|for|to|in|at|who|with|on|near|from)\b|\s*[.,!:;(]|\s+[-–—]|[*_]+(?:\s|$)|\s+(?:[\ud83c-\ud83e]|[\u2600-\u27bf])|\s*$)/,
    evidence: "strict",
  },
  { pattern: /^((?:[a-z][\w+#./&-]*\s+){0,3}[a-z][\w+#./&-]*)\s+(?:wanted|needed)\b/, evidence: "strict" },
];

/**
 * "剧本杀DM 2名" alone on its line: a name and its headcount closing the line name a post, in words the vocabulary may lack. Read
 * where a post's reading looks for the role a line hires (not among the tagger's features, which its model was trained on).
 */
export const countedNameLine = /^(?:[【\[])?([^\s,!。:、\d()【】\[\]]{2,12}?)(?:[】\]])?\s*[一二两三四五六七八九十\d]{1,2}\s*[名位]\s*$/;

/** Documents that list duties without being a job description: a work report, a plan, an essay. */
export const otherDocumentKinds: readonly string[] = [
  "工作总结", "年终总结", "述职报告", "工作计划", "工作汇报", "心得体会", "实习报告", "个人总结", "work report", "performance review",
];

/** "销售部岗位职责二", "出纳工作职责：": a line naming whose duties follow. */
export const dutiesOfPattern = /^.{2,30}?(?:岗位职责|工作职责|职位职责|岗位说明书|职位说明书|工作说明书|job description)(?:[一二三四五六七八九十]{1,3}|\d{1,2})?\s*:?$/;
