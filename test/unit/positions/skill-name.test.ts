import { describe, expect, it } from "vitest";
import { findSkills } from "../../../server/positions/skills.js";
import { skillName } from "../../../server/positions/skill-name.js";
import { foldAligned } from "../../../server/text/fold.js";

const skills = (line: string) => findSkills([{ text: line, key: foldAligned(line) }]).map((s) => s.name);

describe("skillName: a name, not a phrase", () => {
  it.each([
    ["具良好溝通能力", "溝通能力"],
    ["具電腦文書處理能力", "電腦文書處理能力"],
    ["具备良好的沟通能力", "沟通能力"],
    ["熟练运用SPC", "SPC"],
    ["会使用卡尺", "卡尺"],
    ["SQL skills", "SQL"],
    ["Linux常用命令", "Linux"],
    ["Excel操作", "Excel"],
    ["strong Python", "Python"],
    ["财务软件相关知识", "财务软件"],
  ])("%s → %s", (phrase, name) => {
    expect(skillName(phrase)).toBe(name);
  });

  it.each([["叉车操作"], ["analytical skills"], ["会计准则"], ["有效沟通"], ["沟通能力"], ["Spring Boot"]])("keeps %s as written", (phrase) => {
    expect(skillName(phrase)).toBe(phrase);
  });

  it("is nothing when the phrase is only requirement words", () => {
    expect(skillName("精通")).toBeNull();
    expect(skillName("熟练掌握")).toBeNull();
  });
});

describe("findSkills names skills cleanly", () => {
  it("reads 'SQL skills' as SQL", () => expect(skills("Solid SQL skills and experience with Python")).toEqual(expect.arrayContaining(["SQL", "Python"])));
  it("reads 具良好溝通能力 as 溝通能力", () => expect(skills("具良好溝通能力")).toEqual(["溝通能力"]));
  it("reads 熟练运用SPC、会使用卡尺 as two tools", () => expect(skills("熟练运用SPC，会使用卡尺")).toEqual(expect.arrayContaining(["SPC", "卡尺"])));
  it("names no phrase that still holds a requirement word", () => {
    for (const name of skills("具良好溝通能力，熟悉Linux常用命令，精通Excel操作")) expect(name).not.toMatch(/^(?:具|熟悉|精通)|常用命令$|操作$/);
  });
});

describe("skillName: a Latin name and the kind of thing it is", () => {
  it.each([
    ["PyTorch框架", "PyTorch"],
    ["ARM架构", "ARM"],
    ["ISO9001体系", "ISO9001"],
    ["ISO9001品質體系", "ISO9001"],
    ["SEM推广", "SEM"],
    ["Go语言", "Go"],
    ["熟悉Java技术", "Java"],
  ])("%s → %s", (phrase, name) => expect(skillName(phrase)).toBe(name));

  it.each([["ERP系统"], ["ERP系統"], ["SAP系统"], ["HR系统"], ["C语言"], ["收银系统"], ["金蝶软件"]])("keeps %s as written", (phrase) => {
    expect(skillName(phrase)).toBe(phrase);
  });
});
