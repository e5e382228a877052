import type { CandidateProfile } from "../matching/match.schema.js";
import { careerGap, managementStated, noReportsStated, organizationMarks, titleMarks } from "./data/roles.js";
import { findDateRanges, yearMonth, type DateRange } from "./dates.js";
import { foldLine } from "./keys.js";
import { splitParts, type ResumeLine } from "./lines.js";
import { counted } from "./warnings.js";
import { districtShape, knownPlaces, placeShape, regions } from "./data/places.js";
import { dutyVerbPattern } from "../positions/data/line-vocabulary.js";

export type ExperienceRow = CandidateProfile["experience"][number];

const bullet = /^\s*(?:[-–•·*●○■□▪◆◇>]|\d{1,2}[.、)）]|[(（]\d{1,2}[)）])\s*/;

/** How much a part of a row reads as a job title rather than an organization, and the reverse. */
export function roleScores(part: string): { title: number; organization: number } {
  const folded = foldLine(part);
  return {
    title: (titleMarks.test(folded) ? 2 : 0) + (folded.length <= 12 ? 0.3 : 0),
    organization: (organizationMarks.test(folded) ? 2 : 0) + (folded.length > 8 ? 0.3 : 0),
  };
}

const cleanPart = (part: string) => part.replace(/^[,，;；:：\-–—@|｜・·•\s]+|[,，;；:：\-–—@|｜・·•\s]+$/g, "").replace(/^at\s+/i, "");

/** Which script a part is written in: Chinese, Latin, or both (a Chinese name holding a Latin word of three letters or more). */
const scriptOf = (part: string) => (/[\u3400-\u9fff]/.test(part) ? (/[A-Za-z]{3}/.test(part) ? "mixed" : "han") : "latin");

/** Splits the undated text of a row's header into its title and organization, by scores. */
export function titleAndOrganization(header: string): { title?: string; organization?: string } {
  let parts = splitParts(header).map(cleanPart).filter((p) => p !== "" && p.length <= 120);
  // "Engineering Manager, Northwind Cloud Inc." and "Analyst at Acme": one cell holding both.
  if (parts.length === 1) {
    // A PDF may lose the spaces between columns: "宁波甬商软件有限公司Java开发工程师" splits after the company's suffix.
    // "Vice President, Supply Chain — Midwest Packaging Group, Milwaukee, WI": a dash or "at" parts title from
    // organization first, so a comma inside the title stays in it.
    const dash = /\s+(?:at|@)\s+|\s+[–—-]\s+/.exec(parts[0]!);
    const split = dash
      ? [parts[0]!.slice(0, dash.index), ...parts[0]!.slice(dash.index + dash[0].length).split(/,\s+/)].map(cleanPart).filter(Boolean)
      : parts[0]!.split(/,\s+|(?<=有限公司|股份公司|集团|事务所|银行)(?!股份|有限|公司|分行|支行|[)）(（])(?=\S)/).map(cleanPart).filter(Boolean);
    if (split.length >= 2) parts = split;
  }
  // "Director of Operations — Prairie Foods LLC, Des Moines, IA": where the job was is neither title nor organization.
  if (parts.length > 2) {
    const last = parts.at(-1)!;
    if (/^[A-Z]{2}$/.test(last) && isPlace(parts.at(-2)!)) parts = parts.slice(0, -2);
    else if (isPlace(last) || /^remote$/i.test(last)) parts = parts.slice(0, -1);
  }
  if (parts.length === 0) return {};
  const scored = parts.map((p) => ({ p, ...roleScores(p) }));
  // "Senior Accountant 高級會計師": one title in two scripts is the title, in the form written first.
  if (scored.length === 2 && scored.every((s) => s.title >= 2 && s.organization < 2) && new Set(parts.map(scriptOf)).size === 2 && !parts.some((p) => scriptOf(p) === "mixed")) {
    return { title: parts[0]! };
  }
  const byTitle = [...scored].sort((a, b) => b.title - b.organization - (a.title - a.organization));
  const title = byTitle[0]!;
  const organization = [...scored].filter((s) => s !== title).sort((a, b) => b.organization - b.title - (a.organization - a.title))[0];
  if (parts.length === 1) return title.title >= title.organization ? { title: title.p } : { organization: title.p };
  return { title: title.p, ...(organization ? { organization: organization.p } : {}) };
}

/** "[ 2年2个月]", "(2 yrs 3 mos)", "（500-1000人）": how long, or how big the company, not who or what. */
const durationOrSize = /[\[（(【]\s*(?:\d+\s*(?:年|个月|個月|yrs?|years?|mos?|months?)[^\]）)】]*|\d+\s*-\s*\d+\s*人|\d+\s*人以[上下]|少于\s*\d+\s*人)\s*[\]）)】]/gi;

const isDated = (text: string) => findDateRanges(text).some((r) => r.end !== null);

function isPlace(text: string): boolean {
  // "Kraków (Poland)", "Gądki (Poland)": a place with its country in brackets.
  const bare = text.replace(/\s*[(（]([^)）]+)[)）]$/, (all, inner: string) => (regions.has(foldLine(inner)) ? "" : all));
  return placeShape.test(bare) || districtShape.test(bare) || knownPlaces.includes(foldLine(bare)) || regions.has(foldLine(bare)) || (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?:, \p{Lu}{2,})?$/u.test(bare) && roleScores(bare).organization < 2);
}

/**
 * "Harbourfront Logistics Limited 海濱物流有限公司 (鰂魚涌 Quarry Bay)", "Acme Corp (Austin, TX)": a bracket closing an
 * organization's name that holds only where it is — a place, or a place in two scripts (the Chinese half short and no
 * name of a body) — is where, not who. "北京天衡会计师事务所（特殊普通合伙）" keeps its legal form.
 */
export function withoutPlaceRemark(organization: string): string {
  const m = /^(.*\S)\s*[(（]([^()（）]{1,40})[)）]$/.exec(organization);
  if (!m) return organization;
  const parts = splitParts(m[2]!.trim());
  const latin = parts.filter((p) => scriptOf(p) === "latin");
  const place = (p: string) =>
    scriptOf(p) === "latin" ? isPlace(p) : knownPlaces.includes(foldLine(p)) || (scriptOf(p) === "han" && latin.length > 0 && p.length <= 4 && roleScores(p).organization < 2);
  return parts.length > 0 && parts.every(place) ? m[1]! : organization;
}

/** A line that opens with a duty's verb ("负责…", "Built the pricing models"), unless a short English title that starts so ("Process Engineer", "Lead Engineer"). */
const describes = (text: string) => dutyVerbPattern.test(foldLine(text)) && (/[\u3400-\u9fff]/.test(text) || text.split(/\s+/).length > 3);

/** A short line called like a job title and not like an organization ("Data Scientist", "销售主管"). */
function readsAsTitle(text: string): boolean {
  const { title, organization } = roleScores(text);
  const han = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  // "分析师", "设计师", "开发工程师": a short Chinese title may begin with a duty's verb (分析, 设计, 开发) and still be a title.
  return title >= 2 && organization < 2 && text.length <= 60 && han <= 12 && !/[,，。.;；:：]/.test(text) && (!describes(text) || (han > 0 && text.length <= 6));
}

/** How much a line reads as a row's header: how many of its parts are called like a title or an organization; a sentence or a labelled line is none. */
function headerScore(text: string): number {
  if (text.length > 80 || /[:：;；，。]/.test(text) || describes(text) || (/[。.;；!！]$/.test(text) && !/\b(?:inc|ltd|co|corp|llc|plc|pte)\.$/i.test(text))) return 0;
  return splitParts(text).filter((p) => {
    const { title, organization } = roleScores(p);
    return title >= 2 || organization >= 2;
  }).length;
}

type Entry = { range: DateRange; header: string; description: string[]; organizationAbove?: string; titleAbove?: string };

const latinOrganization = /^[A-Z0-9][\w&.'’-]*(?: (?:[A-Z0-9][\w&.'’-]*|&|of|and|de|the))*$/;

/**
 * The organization a line names when it stands above a row whose dated line holds only the title
 * ("Acme Corp — San Francisco, CA" / "Senior Engineer | Jan 2020 – Present"): its first part, when that
 * is called like an organization ("… Inc.", "…有限公司") or is a short capitalized name, not a title.
 */
export function organizationLine(text: string): string | null {
  // A sentence ends in a stop; a name may end in an abbreviation ("Shopee Pte. Ltd.").
  if (/[:：]/.test(text) || text.length > 80 || (/[.。;；!！]$/.test(text) && !/\b(?:inc|ltd|co|corp|llc|plc|pte|bhd|gmbh|s\.[al])\.$/i.test(text))) return null;
  // "Lumina Cosmetics S.p.A. · Milan": a middle dot parts the name from where it is, as a dash does.
  let first = cleanPart(text.split(/\s+[—–·•・-]\s+|\t|\s*[|｜]\s*|\s{2,}/)[0] ?? "");
  // "Grab Holdings, Singapore", "Acme Corp, Austin, TX": a place after the name is where, not who.
  // "Brandt Antriebstechnik GmbH, Garching bei München": after a name called like an organization, what follows is where.
  const comma = first.indexOf(", ");
  if (comma > 0 && (isPlace(first.slice(comma + 2)) || (roleScores(first.slice(0, comma)).organization >= 2 && roleScores(first.slice(0, comma)).title < 2))) first = first.slice(0, comma);
  if (first === "") return null;
  const { title, organization } = roleScores(first);
  if (organization >= 2 && title < 2) return first;
  return title < 2 && latinOrganization.test(first) && first.split(" ").length <= 5 ? first : null;
}

/**
 * "Mar 2025 – Present · Lakewood, CO · 12-month contract through TekBridge Staffing", "Jun 2024 – Present · Remote": what
 * follows a date after a middle dot says where and on what terms, not who or what — a place, remote, or a remark in
 * lower case ("summers and weekends, remote"); such parts are not the row's header.
 */
function withoutWhereAndTerms(after: string): string {
  if (!/^\s*[·•・]\s/.test(after)) return after;
  const parts = after.split(/\s+[·•・]\s+|^\s*[·•・]\s+/).map((p) => p.trim()).filter(Boolean);
  const kept = parts.filter((p) => !(isPlace(p) || /^remote$/i.test(p) || /^[a-z0-9]/.test(p)));
  return kept.length === parts.length ? after : kept.join("\t");
}

/**
 * "1. 全家便利商店股份有限公司" over "職務名稱：區域督導 / 任職期間：2022/03～仍在職", "2) Contoso Ltd": a job board's numbered
 * entries name the employer on the numbered line. A number before a name called like an organization opens an entry,
 * not a list item.
 */
function numberedOrganization(text: string): boolean {
  if (!/^\s*(?:\d{1,2}[.、)）]|[(（]\d{1,2}[)）])/.test(text)) return false;
  const name = organizationLine(text.replace(bullet, ""));
  return name !== null && roleScores(name).organization >= 2 && roleScores(name).title < 2;
}

/**
 * Experience rows from a section's lines. A dated line starts a row; its other text is the title and
 * organization. When the date stands alone, the title line is the one just before it (English
 * resumes: "Engineering Manager, Northwind" / "Jul 2019 – Present") or, at the top, just after.
 */
export function readExperience(lines: readonly ResumeLine[], warnings: string[]): ExperienceRow[] {
  const entries: Entry[] = [];
  let undated = 0;
  let leading = 0;
  lines.forEach((line, i) => {
    const range = findDateRanges(line.text).find((r) => r.end !== null);
    if (!range) {
      if (entries.length === 0) leading++;
      entries.at(-1)?.description.push(line.text.replace(bullet, ""));
      return;
    }
    // "March 2022 - Present (2 years 10 months)": how long it lasted is part of the date, not of the header; so are the
    // brackets a date stands in, with a remark beside it ("华南智造集团股份有限公司（2019年6月—2022年6月，兼任）").
    let before = line.text.slice(0, range.at);
    let after = line.text.slice(range.at + range.length);
    const open = /[(（【\[]\s*$/.exec(before);
    const close = open ? /^[^()（）【】[\]]{0,12}[)）】\]]/.exec(after) : null;
    if (open && close) (before = before.slice(0, open.index)), (after = after.slice(close[0].length));
    // "民國 106 年 7 月 ~ 106 年 8 月（暑期實習）", "2019 – 2020 (contract)": a bracket right after the date remarks on it.
    after = withoutWhereAndTerms(after.replace(/^\s*[(（][^()（）]{1,16}[)）]/, ""));
    let header = (before + "\t" + after).replace(durationOrSize, "").trim();
    const previous = entries.at(-1);
    // Lines above are free while they are not list items, not dated, and no row took them yet (each ends
    // the previous row's description): a row's title or organization may stand on them.
    let j = i - 1;
    const free = () => {
      const above = lines[j];
      if (!above || isDated(above.text)) return false;
      if ((above.tag === "bullet" || above.layout.listed || bullet.test(above.text)) && !numberedOrganization(above.text)) return false;
      return previous === undefined || previous.description.at(-1) === above.text.replace(bullet, "");
    };
    const take = () => {
      previous?.description.pop();
      if (previous === undefined) leading--;
      return lines[j--]!.text;
    };
    let organizationAbove: string | undefined;
    let titleAbove: string | undefined;
    if (splitParts(header).map(cleanPart).filter(Boolean).length === 0) {
      // The row's header is the line above (English resumes: "Engineering Manager, Northwind" / "Jul 2019 –
      // Present") unless the line below reads more like one (智联: "2019.03 - 2021.04" / "天津康达食品有限公司 |
      // 供应链部 | 采购主管", with the previous job's description above).
      const below = lines[i + 1];
      if (free() && (below === undefined || headerScore(lines[j]!.text) >= headerScore(below.text))) header = take();
      else if (below !== undefined) header = "";
    }
    if (header !== "") {
      const { title, organization } = titleAndOrganization(header.replace(durationOrSize, ""));
      if (organization === undefined && free()) organizationAbove = organizationLine(lines[j]!.text.replace(bullet, "")) ?? undefined;
      if (organizationAbove) take();
      else if ((title === undefined || roleScores(title).title < 2) && free() && readsAsTitle(lines[j]!.text)) {
        // "Senior Data Scientist" / "Grab Holdings, Singapore" / "Aug 2021 - Present"; CakeResume's "資深 UI/UX 設計師" over
        // "街口支付 JKOPAY ・ 2022年5月 - 現在". The line above is the title whole, and the dated line's text the organization:
        // neither is split again into parts.
        titleAbove = take();
      }
    }
    entries.push({ range, header, description: [], ...(organizationAbove ? { organizationAbove } : {}), ...(titleAbove ? { titleAbove } : {}) });
  });
  // A title line that follows a lone date belongs to that row, not to its description.
  for (const e of entries) if (e.header === "" && e.description.length > 0) e.header = e.description.shift()!;
  const rows: ExperienceRow[] = [];
  let cut = 0;
  // "台灣山葉精密股份有限公司（2019年4月～現在）" over a 期間 | 業務內容 table of posts, "Contoso Ltd  2015 – 2022" over its
  // titled posts: an employer's row (an organization and no title) whose posts, dated within its span, follow it.
  let employer: { organization: string; start: string; end: string | null } | null = null;
  const within = (start: string, end: string | null) =>
    employer !== null && start >= employer.start && (employer.end === null || (end !== null && end <= employer.end));
  for (const e of entries) {
    const start = yearMonth(e.range.start);
    const end = e.range.end === "current" ? null : e.range.end ? yearMonth(e.range.end) : null;
    const header = e.header.replace(durationOrSize, "");
    let title: string | undefined;
    let organization: string | undefined;
    if (e.titleAbove) {
      // The title line above, whole; the dated line's first text, whole, is the organization.
      const first = header.split("\t").map(cleanPart).find(Boolean);
      title = cleanPart(e.titleAbove);
      organization = first === undefined ? undefined : organizationLine(first) ?? first;
    } else ({ title, organization = e.organizationAbove } = titleAndOrganization(header));
    // USAJOBS: "Defense Logistics Agency, DLA Land and Maritime    03/2020 - Present" over the duty station's address,
    // salary, hours and grade, then the title on a line of its own. A dated line none of whose parts is called like a
    // title names the organization (agency and sub-agency) when a line called like a title follows within a few lines.
    if (title && roleScores(title).title < 2 && !e.titleAbove) {
      const at = e.description.slice(0, 8).findIndex(readsAsTitle);
      const parts = splitParts(header).map(cleanPart).filter(Boolean);
      if (at >= 0 && parts.length > 0 && parts.every((p) => roleScores(p).title < 2)) {
        title = e.description.splice(at, 1)[0]!.trim();
        // The dated line's cells, each whole: a name in two scripts is one cell ("嘉華貨運代理有限公司 Ka Wah Freight Forwarding Co., Ltd.").
        // "Maison Perret Industrie, Lille": where the employer is, after its name, is not its name.
        const named = header.split("	").map(cleanPart).filter(Boolean).join(", ");
        const comma = named.lastIndexOf(", ");
        organization = e.organizationAbove ?? (comma > 0 && isPlace(named.slice(comma + 2)) ? named.slice(0, comma) : named);
      }
    }
    // 51job and 智联 exports put the company on the dated line and the department and title on a line
    // below ("技术部　Java工程师"): a row with an organization and no title takes it from its first lines.
    if (!title && organization) {
      const at = e.description.slice(0, 3).findIndex((d) => splitParts(d).some(readsAsTitle));
      if (at >= 0) title = splitParts(e.description.splice(at, 1)[0]!).find(readsAsTitle);
    }
    // "Senior Accountant 高級會計師 | Jan 2021 – Present" over "Kerry Logistics (Hong Kong) Limited 嘉里物流（香港）有限公司":
    // a row with a title and no organization takes a first line called like one.
    // "Dachser Sp. z o.o., Kraków (Poland)": the organization without where it is, when it is called like one.
    const below = title && !organization && e.description[0] !== undefined ? organizationLine(e.description[0]) : null;
    const belowScores = below === null ? null : roleScores(below);
    if (belowScores && belowScores.organization >= 2 && belowScores.title < 2) (organization = below!), e.description.shift();
    if (!start || (e.range.end !== "current" && end === null)) {
      undated++;
      continue;
    }
    // A career break is a gap between jobs, stated so the gap is not mistaken for missing data: not a job.
    if (careerGap.test(foldLine(e.header).replace(/^[\s\t]+/, ""))) continue;
    if (!title) {
      if (organization) {
        employer = { organization, start, end };
        continue;
      }
      warnings.push(`an experience row from ${start} has no title`);
      continue;
    }
    // A post within the employer's span takes its name; what its own row calls it, when not called like an organization
    // ("生產管理課　課長": the section), is a department.
    if (organization) organization = withoutPlaceRemark(organization);
    if (within(start, end)) {
      if (!organization || roleScores(organization).organization < 2) organization = employer!.organization;
    } else employer = null;
    const whole = e.description.join("\n").trim();
    if (whole.length > 5000) cut++;
    const description = whole.slice(0, 5000);
    // A table row's own duties cell ("期間 | 服務機構 | 單位／職稱 | 工作內容") states management on the dated line itself.
    const cells = header.split("\t").map(cleanPart).filter((c) => c !== "" && c !== title && c !== organization && !(title ?? "").includes(c));
    const stated = foldLine([title, ...cells, description].join("\n"));
    const management = managementStated.test(stated) && !noReportsStated.test(stated);
    rows.push({
      title: title.slice(0, 200), ...(organization ? { organization: organization.slice(0, 200) } : {}), startDate: start, endDate: end,
      ...(description ? { description } : {}), ...(management ? { management: true } : {}),
    });
  }
  if (leading > 0) warnings.push(`${counted(leading, "line")} of an experience section before its first dated row ${leading === 1 ? "was" : "were"} not read`);
  if (cut > 0) warnings.push(`the description of ${counted(cut, "experience row")} was cut to 5000 characters`);
  if (undated > 0) warnings.push(`${undated} experience row${undated > 1 ? "s" : ""} without a month in ${undated > 1 ? "their dates" : "its dates"}`);
  return newestFirst(rows);
}

/** Current jobs first, then by end and start month, latest first. */
export function newestFirst(rows: ExperienceRow[]): ExperienceRow[] {
  return [...rows].sort((a, b) => (b.endDate ?? "9999-12").localeCompare(a.endDate ?? "9999-12") || b.startDate.localeCompare(a.startDate));
}
