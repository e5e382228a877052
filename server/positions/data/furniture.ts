// Web-page furniture from document-sharing sites. Matched against folded (Simplified, half-width) text.
import { pageMarkerLine } from "../../documents/lines/page-markers.js";
import { listingHeadingPattern } from "./sections.js";

/** A whole line matching one of these is site chrome, not document content. */
const approvalStamps =
  "社长|总经理|副总经理|董事长|总裁|部长|课长|科长|处长|厂长|局长|院长|校长|组长|股长|主任|经理|主管|单位主管|承办|经办|核准|批准|审核|审批|复核|会签|拟稿|拟办|制表|签核|核稿|盖章|签名|签章|日期";

export const furnitureLinePatterns: readonly RegExp[] = [
  /^<[\w:-]*image\b[^>]*>.*<\/[\w:-]*image>$/,
  /^!\[[^\]]*\]\([^)]*\)$/,
  /原创力文档|book118|vip文档|成为vip|人人文库|金锄头文库|道客巴巴|豆丁网|百度文库|文库网/i,
  /由会员分享|未经权益所有人|回答者[:：]|版权说明|版权申诉|侵权必究|侵犯著作权|侵权或不适当|文档评论|文档简介|提交评论|举报电话/,
  /本站(?:所有|的文档|不保证|rar|不对|仅提供)|本文档共\d+页|二次下载|下载权益|下载后,?不支持退款/i,
  /^上传人[:\s]|上传时间[:\s]|^返回\s*下载|^点击查看更多|^展开阅读全文|^(?:相关资源|相关搜索|资源描述|温馨提示|评论|最新文档)$/,
  /^当前位置[:\s]*首页|^电脑版\s*\||icp备\d+|公网安备|经营许可证/i,
  /下载文档到电脑|还剩\d+页未读|继续阅读|wap端浏览|免费下载|本文由.{1,20}贡献|word(?:版|格式|可编辑)下载|^优质文档$|^精品文档$/i,
  // An article's byline and counters: "时间：2023-06-12 作者：佚名 浏览：1823次", "下载文档".
  /^(?:发布)?时间[:\s].{0,30}(?:作者|来源|浏览|阅读)|浏览[:\s]*\d+\s*次|阅读[:\s]*\d+\s*次|^下载(?:文档|本文|word)?$|^(?:打印|收藏本文|分享到)$/,
  // Job-board chrome around a scraped post.
  /安全提示[:\s]|求职过程中如遇|谨防.{0,8}(?:诈骗|骗局|受骗)|不要轻信|^(?:立即沟通|收藏|举报|分享|投递简历|立即申请|申请职位|感兴趣|微信扫码分享)$/,
  /以下是(?:我|小编)为大家|一起来看看吧|供大家参考|希望(?:可以|能够|能)?(?:帮助|对)(?:到)?(?:有需要的|大家|你)|小编|下面(?:为|给)大家|可以参考以下|仅供参考|欢迎阅读|欢迎借鉴|更多相关/,
  // A row of approval stamp boxes closing a notice (folded text): "社長 部長 課長 承辦", "核准\t审核\t经办", "批准 审核 拟稿 制表".
  // Three or more signers' ranks or sign-off steps side by side and nothing else: who signs the notice, not a post.
  new RegExp(`^(?:(?:${approvalStamps})[\\t ]+){2,}(?:${approvalStamps})$`),
  // A letter's or a mail's greeting alone on its line: "處長 您好，", "招募組 您好", "各位同事：大家好！", "Dear Hiring Manager,", "Hi team,".
  // Whom the message is addressed to, even by a rank (处长, Hiring Manager), is no post.
  /^(?:[^\s,:;。!?]{1,16}\s*[,:]?\s*){0,3}(?:您好|你好|大家好|各位好)[!,。~]*$/,
  /^(?:dear|hi|hello|hey)(?:\s+[\p{L}.'&-]+){0,4}\s*[,:!]?$/u,
];

/**
 * Page markers (the documents core's, and a running header that ends in its page: "岗位说明书_第3页"); a sentence cut
 * by one is re-joined when the marker goes.
 */
export const pageBreakLine = { test: (line: string): boolean => pageMarkerLine.test(line) || /_第\d+页$/.test(line) };

/** Headers that introduce a list of other documents (ads), dropped with the short lines that follow. */
export const recommendationHeaders: readonly { test(line: string): boolean }[] = [
  /^【[^】]{0,12}推荐】$/,
  /^(?:相关推荐|猜你喜欢|相关文档|最新文档|热门推荐|推荐阅读|相关阅读|热门文档|相关资料|精彩推荐)[:\s]*$/,
  // A job page's list of other openings (listingHeadings): "Similar Jobs (3)", "Ähnliche Jobs", 相似职位, a 公众号's ▼往期推荐.
  /^[▼▽↓\s]*(?:往期推荐|往期回顾)[:\s]*$/,
  { test: (t: string) => listingHeadingPattern.test(t.replace(/^[▼▽↓\s]+|\s*(?:\(\d+\))?\s*:?$/g, "")) },
];

/** A mail's sign-off, the signature block under it goes with it. */
export const signOffLine = /^(?:best|best regards|kind regards|warm regards|regards|many thanks|thanks|thank you|cheers|sincerely|yours sincerely|br)\s*,?$|^(?:此致|顺祝商祺|祝好|谢谢)[!,。]?$/;

/**
 * The line a chat export opens each message with, the sender named (folded text): Discord's "Mira (Mod) — 11/28/2026
 * 9:02 AM" / "Loomwork HQ — Today at 10:17 AM", WhatsApp's "[01/12/2026, 10:17] Anna: …", a LINE or QQ export's
 * "09:13\t陳威廷\t…" / "2026-12-01 10:17:33 张三", WeChat's "张扬 14:32".
 */
export const chatSenderLines: readonly RegExp[] = [
  /^(?<name>[^\t—–]{1,40}?)\s+[—–-]\s+(?:(?:today|yesterday) at|\d{1,2}\/\d{1,2}\/\d{2,4},?|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?$/,
  /^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\]?\s*(?:-\s*)?(?<name>[^:\t]{1,40}):/,
  /^(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\t(?<name>[^\t]{1,30})(?:\t|$)/,
  /^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?<name>\S.{0,29})$/,
  /^(?<name>[^\s:：]{1,16})\s+(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?$/,
];

/** A line that sets a signature off from the message above it: "——", "-- ", "____". */
export const signatureDelimiter = /^(?:[-—–_=~]\s?){2,}$/;

/** A telephone number written in groups, or its sign: "📱 138-2046-6621", "+65 6216 0000", "TEL：03-578-0000". */
export const phoneNumber = /📱|☎|📞|(?:^|[^\d])\+?\d{2,4}[- ]\d{3,4}[- ]\d{3,4}(?!\d)|\btel\b|\bmobile\b/;

/** Furniture inside a line; replaced by a line break so a heading after it still starts a line. */
export const inlineFurniture: readonly RegExp[] = [/\.?精品文档/g, /\(来自:?\)/g, /\/p(?=[一二三四五六七八九十\d])/g];

/** Pinyin readings some sites insert after characters: 總監(jiān). Only with a tone mark, so real parentheses survive. */
export const pinyinAnnotation = /(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;

/**
 * A quoted reply's header (folded text): the rule a mail client opens the original with ("-----Original Message-----",
 * "-----原始邮件-----", "---------- Forwarded message ---------", "-------- 转发邮件信息 --------") and the attribution line
 * ("On Fri, Nov 27, 2026 at 9:41 AM Tom Becker <…> wrote:", "在 2026年12月1日 10:05，林佩珊 写道："). Mail furniture.
 */
export const replyRuleLines: readonly RegExp[] = [
  /^[-_=]{2,}\s*(?:original message|forwarded message|原始邮件|原邮件|转发的?邮件(?:信息)?|邮件原文)\s*[-_=]{2,}$/,
  /^(?:>\s*)*on\s.{4,120}\swrote:$|^(?:>\s*)*在\s?.{4,80}(?:写道|寫道):$/,
];

/**
 * A field of a mail's header block (folded text), as a client writes it over a reply or a forward in English and both
 * scripts: From/Sent/To/Cc/Subject, 寄件者/寄件日期/收件者/副本/主旨 (Outlook zh-TW), 发件人/发送时间/收件人/抄送/主题.
 * Only a block of two or more, one of them naming the sender, is a header.
 */
export const mailHeaderField = /^(?:from|sent|to|cc|bcc|date|subject|reply-to|寄件者|寄件人|寄件日期|收件者|收件人|副本|密件副本|主旨|发件人|发送时间|发送日期|发信人|时间|日期|抄送|密送|主题)\s*:/;
export const mailSenderField = /^(?:from|寄件者|寄件人|发件人|发信人)\s*:/;

/** A quote marker opening a line of a quoted reply: "> ", ">> ", "> > ", a bare ">" on an empty quoted line. */
export const quoteMarker = /^[ \t]*>(?:[ \t]?>)*(?=[ \t]|$)[ \t]?/;

/**
 * A classified page's heading of another kind of notice (folded, the whole line): "求职" (people seeking work), "■ 房屋租售",
 * "■ 声明公告", "遗失声明", "■ 生活服务", "招生". A post set above one ends there; what follows is no part of it.
 */
export const otherNoticeSection = /^\s*[■□◆●▲★]?\s*(?:求职(?:信息|广告)?|求职者|房屋租售|房产租售|租售|出租|出售|转让|门面转让|声明公告|遗失声明|挂失声明|生活服务|便民服务|招生(?:信息)?|招商(?:信息)?|征婚|寻人启事)\s*$/;
