import { skillImplications } from "../matching/data/skill-aliases.js";
import { canonicalSkill, isKnownSkill, mentionedSkills } from "../matching/skills.js";
import { certificateShape, gradedLanguage, issuerNames, issuerOf, issuerShape, languageNames, levelOnly, levelWords, monthYear, skillLeadIns } from "./data/vocabulary.js";
import { foldLine } from "./keys.js";
import { regions } from "./data/places.js";
import type { ResumeLine } from "./lines.js";

/** What the lists hold, and how many listed items read as sentences or phrases rather than names. */
export type Held = { skills: string[]; languages: string[]; certifications: string[]; unread: number };
type ListKind = "skills" | "certifications" | "languages";

// "Excel y Power Query", "Word et PowerPoint", "SAP und Jira": the European languages' "and" parts a list as "and" does.
const listBreak = /[、,，;；/|｜•·\n\t]|\s+(?:和|及|以及|与|and|&|y|et|und|e|en)\s+|(?<=[A-Za-z0-9+#])(?:和|及|与)(?=\S)|(?<=\S)(?:和|及|与)(?=[A-Za-z])|\s{2,}|\u3000/;
// The separators a bracket's own items are parted by, held aside while the line is split (each as a private-use character):
// its spaces too, so "Cloud (AWS and Azure)" is not parted at its 'and', nor "Python（pandas和NumPy）" at its 和.
const guardedBreaks = "、,，;；/ 和及与&";
const guardable = new RegExp(`[${guardedBreaks}]`, "g");
const guardedChars = new RegExp(`[\\ue000-\\u${(0xe000 + guardedBreaks.length - 1).toString(16)}]`, "g");
/** A table's column heads in a certificate list: 证照名称, 发证单位, 取得日期, "Certificate | Issuer | Date". */
const tableColumnHead = /^(?:[\u3400-\u9fff]{0,4}(?:名称|单位|机构|日期|时间|年月)|certificate|certification|licen[cs]e|name|issuer|issued by|issuing (?:body|authority)|date|date obtained|year|obtained)$/;
const certificateBreak = /[、,，;；/|｜•·\n\t]|\s{2,}|\u3000/;
/** A test with its score ("雅思7.0", "TOEIC 920", "IELTS 7.5"): a measured level, not a certificate. */
const scoredTest = /[a-z\u4e00-\u9fff]+\s*[:：]?\s*(?:\d{1,3}\.\d|\d{3,4})(?![\d.])/gi;
const inProgress = /在考|在读|备考|考取中|准备中|进行中|\b(?:in progress|pursuing|candidate|expected)\b/i;
const isLanguage = (canonical: string) => languageNames.includes(canonical);
const impliedLanguage = (canonical: string) => (skillImplications[canonical] ?? []).find(isLanguage);

/** One listed item, stripped of lead-ins, levels and trailing 等/etc. */
function cleanItem(item: string): string {
  return item
    .trim()
    .replace(/^(?:[\s\-–•·*●○■□▪◆◇>]+|\d{1,2}[.、)）]\s*)/, "")
    .replace(skillLeadIns, "")
    // "…、Excel等" ends a list; 甲等, 一等 are a grade ("普通话二级甲等").
    .replace(/(?:(?<![甲乙丙一二三四五六七八九十优特])等|etc\.?|等等)$/i, "")
    .replace(/[。.；;:：]$/, "")
    .trim();
}

// "Certified in Logistics, Transportation and Distribution (CLTD)", "Diploma in Accounting, Finance & Tax": a name whose
// subject is a list of fields closed by "and", the first after "in", "of" or "for".
const enumerationOpens = /\b(?:in|of|for)\s+\p{Lu}[\p{L}-]*$/u;
const enumerationMember = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;
const enumerationCloses = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:and|&)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:\s*[(（][^()（）]*[)）])?$/u;

/** A certificate line's comma-parted pieces, with a name's list of subjects ("… in A, B and C") joined back into it. */
export function joinEnumerations(pieces: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let j = i + 1;
    if (enumerationOpens.test(pieces[i]!.trim())) {
      while (j < pieces.length && enumerationMember.test(pieces[j]!.trim())) j++;
      if (j < pieces.length && enumerationCloses.test(pieces[j]!.trim())) {
        joined.push(pieces.slice(i, j + 1).map((p) => p.trim()).join(", "));
        i = j;
        continue;
      }
    }
    joined.push(pieces[i]!);
  }
  return joined;
}

/**
 * The skills, languages and certificates a resume's skill-like sections list, canonicalized through
 * the shared alias table so "k8s" meets a posting's Kubernetes. A language test is a certificate and
 * also states its language (大学英语六级 → 英语).
 */
export function readHeld(sections: readonly { kind: ListKind; lines: readonly ResumeLine[] }[]): Held {
  const held = { skills: new Set<string>(), languages: new Set<string>(), certifications: new Set<string>() };
  let unread = 0;
  const add = (kind: ListKind, raw: string) => {
    // "CPA（在考）": a certificate still being studied for is not held.
    if (inProgress.test(raw)) return;
    // A level alone ("C1", "Fluent") is how well, in any list: a language table's column, a Europass grid.
    if (levelOnly.test(cleanItem(raw))) return;
    const item = cleanItem(kind === "languages" ? raw.replace(levelWords, "") : raw);
    // "Professional Engineer (PE), Texas", "HKICPA Certified Public Accountant, 2022": where and when a licence was
    // obtained is not a certificate of its own.
    if (item.length < 1 || (item.length > 3 && regions.has(foldLine(item))) || /^(?:19|20)\d{2}$|^\d{1,2}$/.test(item) || monthYear.test(foldLine(item))) return;
    // "Pragmatic Institute – Pragmatic Marketing Certified (PMC-III)", "Google Analytics Certification — Google": an
    // issuer beside the certificate after a spaced dash; the certificate is the part that says it is one.
    const sides = kind === "certifications" ? item.split(/\s+[–—-]\s+/) : [];
    if (sides.length === 2) {
      // The side called a certificate, else the one holding its abbreviation; "White Card – General Construction Induction
      // (CPCWHS1001)", "EWP Licence – Boom Type over 11 m (WP)": with neither, the name comes first and what it covers after.
      const shaped = sides.filter((p) => certificateShape.test(foldLine(p)));
      const named = shaped.length > 0 ? shaped : sides.filter((p) => /[(（][A-Z][A-Za-z&-]{1,11}[)）]$/.test(p.trim()));
      if (named.length === 1) return add(kind, named[0]!);
      // An issuer's acronym before the dash ("NPTEL – Programming in Java") leaves the item whole.
      if (named.length === 0 && sides[0]!.split(/\s+/).length <= 6 && !/^[A-Z]{2,8}$/.test(sides[0]!.trim())) return add(kind, sides[0]!);
    }
    // "Python（pandas）": a tool named in brackets after the skill it belongs to is held too.
    const inner = kind === "skills" ? /^(.+?)\s*[(（]([^()（）]{1,60})[)）]$/.exec(item) : null;
    if (inner && !isKnownSkill(item)) {
      add(kind, inner[1]!);
      for (const piece of inner[2]!.split(listBreak)) if (cleanItem(piece)) add(kind, piece);
      return;
    }
    // A phrase is not a name: six words, or sixteen Chinese characters, make a sentence ("我热爱学习新技术并能快速上手"). A
    // bracket closing the name qualifies it (its category, its grade: "Certificate in Dangerous Goods Regulations (IATA
    // Category 6)") and adds no words to it.
    const name = item.replace(/\s*[(（][^()（）]{0,40}[)）]$/, "");
    if (name.length > 60 || name.split(/\s+/).length > 6 || /[。!！?？]/.test(item) || (item.match(/[\u3400-\u9fff]/g)?.length ?? 0) > 16) {
      // "Member of the Institution of Structural Engineers (MIStructE)": a long name held by its abbreviation.
      const abbreviation = /[(（]([A-Z][A-Za-z&]{1,11})[)）]$/.exec(item)?.[1];
      if (abbreviation && kind !== "skills") return add(kind, abbreviation);
      unread++;
      return;
    }
    // "JLPT 日本語能力試驗 N3": a certificate named in two scripts is held by its known name and its level.
    // "基本信息技术者考试（FE）": a name written in Chinese first, its abbreviation in brackets after it, is held as written.
    if (kind === "certifications" && /[\u3400-\u9fff]/.test(item) && /[A-Za-z]/.test(item) && !/^[\u3400-\u9fff][^A-Za-z]*[(（][A-Za-z0-9\s-]+[)）]$/.test(item)) {
      const latin = item.replace(/[\u3400-\u9fff（）()]+/g, " ").replace(/\s+/g, " ").trim();
      if (/^[A-Z]{2,6}\b/.test(latin)) return add(kind, latin);
    }
    const known = isKnownSkill(item);
    // "普通话二级甲等", "粵語一級": a language's graded test is a certificate that also states the language.
    const graded = known ? null : gradedLanguage.exec(foldLine(item));
    if (graded && isKnownSkill(graded[1]!) && isLanguage(canonicalSkill(graded[1]!))) {
      held.languages.add(canonicalSkill(graded[1]!));
      held.certifications.add(item);
      return;
    }
    // The body that issued a listed certificate ("…, Professional Engineers Board Singapore, 2019", "…, ASCM, 2021") is not one held.
    if (kind === "certifications" && issuerNames.test(foldLine(item))) return;
    if (kind === "certifications" && !known && (issuerOf.test(foldLine(item)) || (!certificateShape.test(foldLine(item)) && issuerShape.test(foldLine(item))))) return;
    const canonical = known ? canonicalSkill(item) : item;
    // "廣東話 Cantonese", "普通話 Putonghua": a language named in two scripts is one language.
    if (kind === "languages" && !isLanguage(canonical) && /\s/.test(item)) {
      const named = item.split(/\s+/).filter((w) => isKnownSkill(w) && isLanguage(canonicalSkill(w))).map((w) => canonicalSkill(w));
      if (named.length > 0) {
        for (const language of named) held.languages.add(language);
        return;
      }
    }
    const language = isLanguage(canonical) ? canonical : impliedLanguage(canonical) ?? mentionedSkills(item).map(impliedLanguage).find(Boolean);
    if (language) held.languages.add(language);
    if (language && isLanguage(canonical)) return;
    if (language || kind === "certifications" || certificateShape.test(foldLine(canonical))) held.certifications.add(canonical);
    // A language the table does not know ("Malay") is still a language when a language list names it.
    else if (kind === "languages") {
      // A Chinese language's name ends so (他加禄语, 客家话, 藏文); "听说能力", "可作为工作语言" say how it is used.
      if (/^(?![\u3400-\u9fff])\p{L}{2,20}$/u.test(canonical) || /^[\u3400-\u9fff]{1,5}[语文话]$/.test(foldLine(canonical))) held.languages.add(canonical);
    }
    else held.skills.add(canonical);
  };
  for (const { kind, lines } of sections) {
    // "證照名稱 | 發證單位 | 取得日期": a certificate table's header row names its columns; its rows' certificate is the
    // name column's cell, never the issuer's or the date's.
    let nameColumn: { at: number; cells: number } | null = null;
    for (const line of lines) {
      let text = line.text;
      if (kind === "certifications" && line.cells.length >= 2) {
        const keys = line.cells.map((c) => foldLine(c));
        if (keys.every((k) => tableColumnHead.test(k))) {
          const at = keys.findIndex((k) => !/单位|机构|issuer|issued by|authority|body|日期|时间|date|year/.test(k));
          nameColumn = at >= 0 ? { at, cells: line.cells.length } : null;
          continue;
        }
        if (nameColumn && line.cells.length === nameColumn.cells) text = line.cells[nameColumn.at]!;
        else nameColumn = null;
      }
      if (kind === "languages") {
        // "英语（CET-6）" holds the certificate; "英语：流利（雅思7.0）" and "English (TOEIC 920)" state a level, and
        // the scored test is how it was measured, not a certificate held.
        for (const test of mentionedSkills(text.replace(scoredTest, " "))) {
          const language = impliedLanguage(test);
          if (language) held.languages.add(language), held.certifications.add(test);
        }
        for (const test of mentionedSkills(text)) if (impliedLanguage(test)) held.languages.add(impliedLanguage(test)!);
        // A level in parentheses holds commas of its own: "英语：流利（雅思7.0），粤语：熟练".
        text = text.replace(/[(（][^)）]*[)）]/g, "");
      }
      // Separators inside brackets part the bracket's own items ("Python（pandas、NumPy）"), not the line's.
      const guarded = text.replace(/[(（][^()（）]*[)）]/g, (group) => group.replace(guardable, (c) => String.fromCharCode(0xe000 + guardedBreaks.indexOf(c))));
      // A certificate's name may join its words with 'and' or '&' ("First Aid & CPR", "Health and Safety Certificate").
      const pieces = guarded.split(kind === "certifications" ? certificateBreak : listBreak).map((p) => p.replace(guardedChars, (c) => guardedBreaks[c.charCodeAt(0) - 0xe000]!));
      for (const piece of kind === "certifications" ? joinEnumerations(pieces) : pieces) {
        const item = cleanItem(piece);
        if (item === "") continue;
        // A sentence in a skills list may still name known skills: "了解Docker和k8s" → Docker, Kubernetes.
        const bracketed = /^[^()（）]{1,24}[(（][^()（）]{1,60}[)）]$/.test(item);
        const mentioned = kind === "skills" && item.length > 12 && !bracketed && !isKnownSkill(item) ? mentionedSkills(item) : [];
        if (mentioned.length > 0) for (const m of mentioned) add(kind, m);
        else add(kind, item);
      }
    }
  }
  return { skills: [...held.skills], languages: [...held.languages], certifications: [...held.certifications], unread };
}
