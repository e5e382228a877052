import { describe, expect, it } from "vitest";
import { extractPosition } from "../../../server/positions/extract.js";
import { foldAligned } from "../../../server/text/fold.js";

// Requirements stated in prose, in ads without sections and in sectioned ones: the readers' way of listing them.
const position = (text: string) => extractPosition("职位", text, foldAligned(text), text).requirements;
const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);

describe("languages stated in prose", () => {
  it.each([
    ["English ability as what one does in it", "需能用英文撰寫報告、可做簡報", ["英文"]],
    ["teaching in a language", "並能以英語授課", ["英語"]],
    ["a language as a working language", "日语可作为工作语言", ["日语"]],
    ["a preference said as an extra", "Fluent German; French is a nice extra", ["German", "French?"]],
    ["a preference said as an asset", "Bilingual in English and French is an asset", ["English?", "French?"]],
    ["Macau's Portuguese", "投考人須懂中文；懂葡文者優先。", ["中文", "葡文?"]],
    ["Portuguese in Simplified", "熟练掌握葡语者优先", ["葡语?"]],
  ])("%s", (_, text, expected) => {
    expect(names(position(text).languages)).toEqual(expected);
  });

  it("does not read Chinese word processing or typing as a language", () => {
    expect(position("Proficient in Chinese word processing and Chinese typing").languages).toEqual([]);
  });
});

describe("language exams state their language", () => {
  it.each([
    ["TOEIC", "・Presentations in English (TOEIC 800+)", "TOEIC", "English"],
    ["多益 in Traditional", "多益 700 分以上者優先", "多益", "英語?"],
    ["JLPT", "需持有JLPT N1證書", "JLPT N1", "日語"],
    ["TOPIK", "TOPIK 5급 이상 or TOPIK level 5 required", "TOPIK", "Korean"],
    ["GEPT", "通過全民英檢中高級", "全民英檢中高級", "英語"],
  ])("%s is a certificate and names the language", (_, text, exam, language) => {
    const req = position(text);
    expect(names(req.certifications)).toContainEqual(expect.stringContaining(exam));
    expect(names(req.languages)).toContain(language);
  });

  it("does not add the exam's language twice when the text names it", () => {
    expect(names(position("英文流利，TOEIC 850以上").languages)).toEqual(["英文"]);
  });
});
