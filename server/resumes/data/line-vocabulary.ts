import { pageMarkerLine } from "../../documents/lines/page-markers.js";
// Word lists the resume line tagger scores lines with (folded: Simplified, half-width, lower-case). Section
// names are in sections.ts; these are the other kinds of evidence.

/** Job sites whose exports carry their name ("智联招聘　简历", "104人力銀行　個人履歷", "前程无忧 51job.com"), folded. */
export const jobSites = ["智联招聘", "智联", "前程无忧", "51job", "boss直聘", "猎聘", "猎聘网", "拉勾", "拉勾网", "104人力银行", "1111人力银行", "518人力银行", "yes123", "jobsdb", "linkedin", "领英", "indeed"];

const sites = jobSites.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const siteStamp = `(?:(?:${sites})(?:\\s*(?:\\.com|\\.cn|\\.com\\.tw|www\\.\\S+))?[\\s|｜]*)+(?:(?:个人)?简历|(?:个人)?履历|resume|cv)?`;

const exportStamp = new RegExp(
  `^(?:(?:简历|本简历)?来自\\s*(?:${sites}).*|(?:本简历|简历)由\\s*(?:${sites}).*|.{1,12}的(?:简历|履历)\\s*[·•|｜-]\\s*(?:${sites})|${siteStamp}|.*(?:updated|更新于|更新时间|最后更新|最近更新)\\s*[:：]?\\s*\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}.*)$`,
);

// A running footer: the candidate's name, a dot and the page ("Lucía Fernández · Página 1 de 2", "J. Smith | Page 2 of 3", "Page 1 sur 2").
const runningFooter = /^(?:.{1,60}\s[·•|｜–—-]\s+)?(?:page|página|pagina|seite|pag\.|p\.)\s*\d{1,3}(?:\s*(?:of|de|di|von|sur|\/)\s*\d{1,3})?$/;

/** Page furniture: page markers ("第1页 共2页", "Page 2 of 3", the documents core's), a running footer, a job site's export stamp. */
export const furniturePattern = { test: (key: string): boolean => pageMarkerLine.test(key) || runningFooter.test(key) || exportStamp.test(key) };

/** An email address or a run of digits shaped like a phone number. */
export const contactPattern = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|(?:\+|00)\d[\d\s()-]{7,18}\d|\b1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}\b|\b09\d{2}[\s-]?\d{3}[\s-]?\d{3}\b/;

/** Separators of a listed line ("Java、Spring、MySQL", "Python / SQL / Tableau"). */
export const listSeparator = /[、,，;；/|｜•·]/;

/** A job site's button copied beside a section's name ("工作经历" / "编辑" on 猎聘, "Edit" on a profile page): no content. Folded. */
export const siteButtons = new Set(["编辑", "修改", "编辑简历", "添加", "+添加", "+ 添加", "删除", "edit", "edit section", "add", "+ add"]);
