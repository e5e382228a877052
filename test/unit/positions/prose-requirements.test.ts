import { describe, expect, it } from "vitest";
import { extractPosition } from "../../../server/positions/extract.js";
import { parsePositions } from "../../../server/positions/parse.js";
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

describe("years and management stated in prose", () => {
  it("reads the years on a post's own line above a shared requirements section", () => {
    const req = position("（二）助理技術員：具備高中畢業學歷，並具備三年以上行政工作經驗。\n三、語言要求\n投考人須懂中文。");
    expect(req.experience.minYears).toBe(3);
    expect(names(req.languages)).toEqual(["中文"]);
  });

  it.each([
    ["需帶領2-3位工程師", true],
    ["管理两名技术员，负责排产", true],
    ["带领5人团队", true],
    ["服务两位客户", false],
    ["具有2年以上实验室管理工作经验", false],
    ["3年以上仪器设施管理经验", false],
  ])("%s manages people: %s", (text, manages) => {
    expect(position(text).experience.management).toBe(manages);
  });
});

describe("skills stated in prose", () => {
  it("ends a list of names at 等 before their kind", () => {
    expect(names(position("熟悉液相色谱（HPLC）、核磁共振（NMR）等分析仪器的使用与保养").skills)).toEqual(["液相色谱", "HPLC", "核磁共振", "NMR"]);
  });

  it.each([
    ["會用Minitab尤佳", ["Minitab?"]],
    ["熟悉SolidWorks者优先", ["SolidWorks?"]],
    ["・有PLC基礎佳", ["PLC?"]],
  ])("drops a trailing preference word: %s", (text, expected) => {
    expect(names(position(text).skills)).toEqual(expected);
  });
});

describe("a British person specification and an unsectioned ad's bullets", () => {
  it("reads 'Knowledge, skills and experience' as the requirements", () => {
    const jd = ["Key responsibilities", "Plan the weekly rota", "Knowledge, skills and experience", "At least 3 years' experience in scheduling", "Full UK driving licence"].join("\n");
    const [p] = parsePositions(`Job title\tScheduler\n${jd}`).positions;
    expect(p!.requirements.experience.minYears).toBe(3);
    expect(p!.requirements.certifications.map((c) => c.name)).toEqual(["UK driving licence"]);
  });

  it("reads a certificate from an English bullet under a post with no sections", () => {
    const ad = ["CARETAKER (part-time, 15 hours a week)", "Looking after the church hall and its bookings.", "  * At least 1 year's experience of building maintenance", "  * A full UK driving licence", "  * The post is subject to an Enhanced DBS check"].join("\n");
    const [p] = parsePositions(ad).positions;
    expect(p!.requirements.certifications.map((c) => c.name)).toEqual(["UK driving licence", "Enhanced DBS check"]);
  });
});
