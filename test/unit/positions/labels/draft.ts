import type { DocumentLine } from "../../../../server/documents/index.js";
import { foldKey } from "../../../../server/text/fold.js";
import { cleanDocument } from "../../../../server/positions/clean.js";
import type { PositionLineClass } from "../../../../server/positions/data/line-model.js";
import { fieldLabels } from "../../../../server/positions/data/labels.js";
import { sectionHeadings } from "../../../../server/positions/data/sections.js";
import { findHeadings } from "../../../../server/positions/headings.js";
import { readLabels } from "../../../../server/positions/labels.js";
import { tagLines } from "../../../../server/documents/line-tagger.js";
import { handLineModel } from "../../../../server/positions/data/line-model.js";
import { positionLineFeatures, type TaggedLine } from "../../../../server/positions/line-classes.js";
import { splitSections } from "../../../../server/positions/sections.js";
import { segmentPositions } from "../../../../server/positions/segment.js";
import { findTables } from "../../../../server/positions/table.js";

/**
 * A first draft of a document's line labels, for a person to review: where the heading chain (which reads
 * the corpus right) puts positions and sections, lines get the class that structure implies — the line a
 * position starts on is its title, lines under a duties heading are duties, under a requirements heading
 * requirements — and elsewhere the hand-set tagger's guess stands (furniture, company, contact, tags, labels).
 * `npm run label-draft -- <corpus file>` prints it; the reviewed labels are the data in this folder.
 */
export type DraftLine = { text: string; label: PositionLineClass; tagger: PositionLineClass; why: string };

const sectionClass = { responsibilities: "duty", requirements: "requirement" } as const;
const headingClass = { responsibilities: "heading:duty", requirements: "heading:requirement", summary: "heading:other", other: "heading:other" } as const;
/** What the tagger says that the section structure does not overrule. */
const keptTags = new Set<PositionLineClass>(["furniture", "contact", "company", "benefits", "tags", "heading:benefits", "heading:company", "heading:contact"]);

const labelLine = (key: string) => readLabels(key.trim()).some((l) => l.labelStart === 0);
const sectionNames = new Set(sectionHeadings.map((h) => h.key));
const bareLabels = new Set(fieldLabels.map((l) => l.label).filter((l) => !sectionNames.has(l)));
/** "岗位名称" alone on its line (a .docx read by paragraphs): a label whose value is the next line. */
const bareLabel = (key: string | undefined) => key !== undefined && bareLabels.has(key.trim().replace(/\s*:$/, ""));

/** `titles`: the positions a reader finds (corpus.expected.ts, or a blind batch's expectations); `decoderLines`: a decoded format's lines, as the parser is given them; a heading the chain finds that names none of them is not a title. */
export function draftLabels(text: string, titles: readonly string[], decoderLines?: readonly DocumentLine[]): DraftLine[] {
  const clean = cleanDocument(text, decoderLines);
  // The hand-set weights guess, whichever model the parser uses: a draft must not depend on the last training.
  const { lines: plain, features } = positionLineFeatures(clean);
  const guessed = tagLines(handLineModel, features);
  const lines: TaggedLine[] = plain.map((l, i) => ({ ...l, tag: guessed.classes[i]!, scores: guessed.scores[i]! }));
  const tables = findTables(clean);
  const inTable = (l: TaggedLine) => tables.find((t) => l.start < t.end && l.end > t.start);
  const pool = titles.map(foldKey);
  const segments = segmentPositions(clean).filter((s) => {
    if (tables.some((t) => t.start < s.end && s.start < t.end)) return false;
    if (clean.key.slice(s.bodyStart, s.end).trim().length < 2 && !s.described) return false;
    const at = pool.indexOf(foldKey(s.title.text));
    if (at >= 0) pool.splice(at, 1);
    return at >= 0;
  });
  const parts = findHeadings(clean).filter((h) => h.kind === "part" || h.kind === "dept");
  const drafted = lines.map((line, i) => {
    const tagger = line.tag;
    const out = (label: PositionLineClass, why: string): DraftLine => ({ text: line.text, label, tagger, why });
    const table = inTable(line);
    if (table) {
      if (table.rows.some((r) => r.start === line.start)) return out("title", "table row");
      return out(line.start === table.start ? "heading:other" : tagger === "title" ? "text" : tagger, "table");
    }
    // A heading may start inside its line ("【職稱】吧檯人員"): the position starting there owns the line.
    const segment = segments.find((s) => s.start >= line.start && s.start <= line.end) ?? segments.find((s) => line.end > s.start && line.start < s.end);
    const part = parts.some((h) => h.start >= line.start && h.start <= line.end);
    if (bareLabel(line.key) || bareLabel(lines[i - 1]?.key)) return out("label", "bare label or its value");
    if (!segment) {
      if (part) return out("heading:other", "part or department heading");
      // Outside any position, items stay what they are (a department's duty list); a role named there is not a title.
      // A role named alone where no position is ("1.网络编辑岗位职责" under a related-articles list) is an ad.
      if (tagger === "title") return out("text", "role outside positions");
      return out(tagger, "outside positions");
    }
    if (line.start <= segment.start && line.end >= segment.start) return out(labelLine(line.key) && !segment.described ? "label" : "title", "position heading");
    if (line.end <= segment.bodyStart) return out(tagger === "title" ? "text" : tagger, "heading remainder");
    if (keptTags.has(tagger)) return out(tagger, "tagger kept");
    const section = sectionAt(clean, segment, line);
    if (section.heading) {
      if (section.content) return out(section.kind in sectionClass ? sectionClass[section.kind as keyof typeof sectionClass] : "label", "heading with content");
      return out(tagger.startsWith("heading:") && section.kind === "other" ? tagger : headingClass[section.kind as keyof typeof headingClass], "section heading");
    }
    // "十一、工作經驗要求": a short heading the section table does not know, within its own section.
    if (tagger.startsWith("heading:") && line.key.trim().length <= 12) return out(tagger, "short heading the tagger saw");
    if (section.kind in sectionClass) return out(labelLine(line.key) && section.kind === "responsibilities" ? "label" : sectionClass[section.kind as keyof typeof sectionClass], `in ${section.kind}`);
    if (section.kind === "preamble") return out(tagger === "title" ? "text" : tagger, "preamble");
    return out(tagger === "title" || tagger === "duty" || tagger === "requirement" ? (labelLine(line.key) ? "label" : "text") : tagger, `in ${section.kind}`);
  });
  return withPostingSections(withNamedTitles(drafted, pool));
}

/**
 * A title the reader expects that no heading of the chain found (a blind layout the chain misses): its line
 * is the first one not yet a title that holds the name and is little more than it (a chat line "招店长一名"
 * names it; a sentence mentioning it does not).
 */
function withNamedTitles(lines: DraftLine[], missing: readonly string[]): DraftLine[] {
  const keys = lines.map((l) => foldKey(l.text));
  for (const title of missing) {
    const want = foldKey(title);
    const at = keys.findIndex((k, i) => lines[i]!.label !== "title" && k.includes(want) && k.length <= want.length * 2 + 12);
    if (at >= 0) lines[at] = { ...lines[at]!, label: "title", why: "names an expected title" };
  }
  return lines;
}

const postingContent = { "heading:benefits": "benefits", "heading:company": "company", "heading:contact": "contact" } as const;

/** Lines of an "other" section under a benefits, company or contact heading are that section's lines. */
function withPostingSections(lines: DraftLine[]): DraftLine[] {
  let under: PositionLineClass | null = null;
  return lines.map((l) => {
    if (l.label.startsWith("heading:") || l.label === "title") under = l.label in postingContent ? l.label : null;
    else if (under && l.why === "in other" && (l.label === "text" || l.label === "label")) return { ...l, label: postingContent[under as keyof typeof postingContent], why: `under ${under}` };
    return l;
  });
}

type SectionAt = { kind: string; heading: boolean; content: boolean };

/** The section a body line falls in: the last heading at or before it, as the extractor splits the body. */
function sectionAt(clean: ReturnType<typeof cleanDocument>, segment: { bodyStart: number; end: number }, line: TaggedLine): SectionAt {
  const own = splitSections(line.text, line.key);
  const opens = own.length >= 2 && own[0]!.lines.length === 0;
  if (opens) return { kind: own[own.length - 1]!.kind, heading: true, content: own.some((s) => s.lines.some((l) => l.key.trim().length > 0)) };
  // The section the extractor puts the line's text in (an inline heading holds one line, then the list goes on).
  const upTo = splitSections(clean.text.slice(segment.bodyStart, line.end), clean.key.slice(segment.bodyStart, line.end));
  const holder = [...upTo].reverse().find((s) => s.lines.length > 0 && line.key.includes(s.lines[s.lines.length - 1]!.key.trim()));
  return { kind: (holder ?? upTo[upTo.length - 1]!).kind, heading: false, content: true };
}

/**
 * Where a person reviewing the drafts disagreed with them: document → [start of the line's text, class],
 * applied to every line of the document that starts so. A correction that matches no line is an error
 * (draft-cli.ts), so none outlives the line it was written for.
 */
export const corrections: Record<string, [string, PositionLineClass][]> = {
  "01_zhilian_multi.txt": [["经验：3-5年", "tags"]],
  "05_hr_table_tabs.txt": [["岗位名称\t", "label"], ["所属部门\t", "label"], ["直接上级\t", "label"], ["工作环境\t", "label"]],
  "10_scraped.txt": [["首页 >", "furniture"], ["本文来源于网络", "furniture"], ["物业经理岗位职责", "furniture"], ["物业前台", "furniture"], ["小区绿化工", "furniture"], ["物业公司年终总结", "furniture"]],
  "19_doc_share.txt": [["【网站编辑", "furniture"], ["1.网络编辑", "furniture"], ["2.新媒体", "furniture"], ["3.网站美工", "furniture"]],
  "29_en_warehouse.txt": [["- Able to lift", "requirement"], ["- Able to stand", "requirement"]],
  "31_hotel_collection.txt": [["【酒店岗位职责相关文章】", "furniture"], ["酒店前厅部经理工作总结", "furniture"], ["酒店员工手册范本", "furniture"]],
  "33_tw_school.txt": [["所屬單位：", "label"]],
  "37_en_prose.txt": [["Greenfield Outdoor Co. is seeking", "text"]],
  "38_sales_director_subheads.txt": [["晋升方向", "label"]],
  "41_mixed_nonjd.txt": [
    ["今年以来", "text"], ["一、主要工作完成情况", "text"], ["1、积极开拓", "text"], ["2、加强团队", "text"], ["二、存在的不足", "text"], ["1、回款", "text"], ["2、新人", "text"],
    ["各位领导", "text"], ["1、完成销售任务情况", "text"], ["2、团队管理情况", "text"],
  ],
  "42_relationships.txt": [["一、基本资料", "heading:other"]],
  "57_zh_docin_page.txt": [["VIP专享文档", "furniture"], ["电商公司岗位职责.doc", "furniture"], ["本文档由用户上传", "furniture"], ["扫码下载", "furniture"], ["展开全文", "furniture"]],
  "62_hr_template.txt": [["职位名称 采购专员", "label"]],
  "68_nested_numbering.txt": [["一、招聘岗位及条件", "heading:other"], ["三、其他事项", "heading:other"], ["本次招聘不收取任何费用", "text"]],
  "74_en_template.txt": [["We are looking for a patient", "text"]],
  "77_heavy_furniture.txt": [["知识共享", "furniture"], ["行政岗位职责.docx", "furniture"], ["文档格式", "furniture"], ["收藏 举报 分享", "furniture"]],
  "000_4f3d29ba12eddfeb.txt": [["銷售總監的工作內容", "heading:duty"], ["2、全面把握", "duty"], ["3、全面負責公司營銷口", "duty"], ["4、負責擬定", "duty"], ["5、負責督促", "duty"], ["6、負責擬訂產品", "duty"]],
  "002_4f3020a482b172dc.txt": [["填制银行进账单交财务", "duty"]],
  "003_af56c3073508a216.txt": [["8.3.1與市場銷售人員的聯系", "duty"], ["8.3.1.1", "duty"], ["8.3.1.2", "duty"]],
  "09_en_multi.txt": [["Brightleaf Health is hiring!", "text"], ["We're a fast-growing", "text"]],
  "21_inline_list.txt": [["东莞市立信电子科技有限公司", "text"]],
  "25_company_handbook.txt": [["财务部职责：", "duty"]],
  "26_tw_collection.txt": [["倉庫管理員崗位職責(精選5篇)", "text"], ["發布時間", "furniture"], ["倉庫管理員崗位職責篇3", "title"]],
  "28_numbered_chapter.txt": [["第八章 岗位职责", "heading:other"]],
  "36_plan_table.txt": [["报名截止时间", "label"]],
  "82_zh_numbered_titles_only.txt": [["一、总经办", "text"], ["二、财务部", "text"], ["三、销售部", "text"], ["以下为各岗位职责", "text"]],
};
