import { describe, expect, it } from "vitest";
import { canonicalSkill } from "../../../server/matching/skills.js";
import { similarTerms } from "../../../server/matching/text-key.js";
import { parsePositions } from "../../../server/positions/parse.js";
import { foldAligned, foldForSearch, foldKey, termKey } from "../../../server/text/fold.js";
import { buildSynonyms } from "../../../search/synonyms.js";
import { foldQuery } from "../../../search/vacancy-query.js";

// Script (Traditional, Japanese variant forms), width and case: each spelling below must meet its
// Simplified, half-width, lower-case form in parsing, matching and search alike.
const spellings: [written: string, folded: string][] = [
  ["総経理", "总经理"],
  ["總經理", "总经理"],
  ["銷售総監", "销售总监"],
  ["ＣＲＭ客戶關係", "crm客户关系"],
  ["Java開發", "java开发"],
  ["営業経験", "营业经验"],
];

describe("one fold in parsing, matching and search", () => {
  it.each(spellings)("parsing keys fold %s to %s", (written, folded) => {
    expect(foldAligned(written)).toBe(folded);
    expect(foldKey(written)).toBe(folded);
  });

  it.each(spellings)("matching folds %s to %s", (written, folded) => {
    expect(termKey(written)).toBe(folded);
    expect(canonicalSkill(written)).toBe(canonicalSkill(folded));
    expect(similarTerms(written, folded)).toBe(true);
  });

  it.each(spellings)("search folds %s to %s in documents, queries and synonyms", (written, folded) => {
    expect(foldForSearch(written)).toBe(folded);
    expect(foldQuery(written)).toBe(folded);
    expect(buildSynonyms([[written, "同义词"]], [])).toEqual({ [folded]: ["同义词"], 同义词: [folded] });
  });

  it("synonyms are folded like the documents they must match", () => {
    const synonyms = buildSynonyms([["総経理", "ＧＭ"]], []);
    const indexedTitle = foldForSearch("總經理");
    expect(synonyms[indexedTitle]).toEqual([foldForSearch("ＧＭ")]);
  });

  it("the parser reads requirements written with variant forms like their Simplified spelling", () => {
    const read = (text: string) => parsePositions(text).positions[0]?.requirements;
    const variant = read("総経理\n任职要求：\n1、大学本科以上学历，会计学専業\n2、5年以上営業管理経験\n3、熟悉ＣＲＭ");
    const simplified = read("总经理\n任职要求：\n1、大学本科以上学历，会计学专业\n2、5年以上营业管理经验\n3、熟悉CRM");
    // Requirements keep the wording as written, so they are compared through the fold.
    expect(variant?.education.majors).toHaveLength(1);
    expect(variant?.experience.minYears).toBe(5);
    expect(foldKey(JSON.stringify(variant))).toBe(foldKey(JSON.stringify(simplified)));
  });
});
