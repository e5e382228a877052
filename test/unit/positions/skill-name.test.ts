import { describe, expect, it } from "vitest";
import { bracketIsPart, findSkills } from "../../../server/positions/skills.js";
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

describe("skillName: kind and sentence tails", () => {
  it.each([
    ["Dermalogica treatments", "Dermalogica"],
    ["Salesforce products", "Salesforce"],
    ["Atlassian tools", "Atlassian"],
    ["Spring Framework", "Spring Framework"],
    ["body treatments", "body treatments"],
    ["Excel 自己做报表", "Excel"],
    ["Python 是必须的", "Python"],
    ["SIMD优化", "SIMD"],
    ["欧盟GDPR法规", "欧盟GDPR"],
  ])("%s → %s", (phrase, name) => expect(skillName(phrase)).toBe(name));
});

describe("findSkills: compound mentions", () => {
  it("splits a second name in brackets and keeps a bracket that belongs to the name", () => {
    expect(skills("熟悉Java（Spring Boot）者优先")).toEqual(["Java", "Spring Boot"]);
    expect(skills("Proficient in JavaScript (TypeScript)")).toEqual(["JavaScript", "TypeScript"]);
    expect(skills("Knowledge of FDA 510(k)")).toEqual(["FDA 510(k)"]);
    expect(skills("Proficient in Technical SEO (TSEO)")).toEqual(["Technical SEO (TSEO)"]);
  });

  it("splits on and/or as whole words only, in any script", () => {
    expect(skills("Experience with Clarins or Thalgo treatments")).toEqual(["Clarins", "Thalgo"]);
    expect(skills("Experience with Orbitrap and Thermo instruments")).toContain("Orbitrap");
    expect(skills("Experience with Señora and Gómez")).toEqual(["Señora", "Gómez"]);
  });

  it("ends a cue's object at the purpose it is used for", () => {
    // PCB is then read on its own as a Latin name in Chinese text.
    expect(skills("熟练使用Altium Designer进行PCB设计")).toEqual(["Altium Designer", "PCB"]);
    expect(skills("熟练使用Cadence进行版图仿真")).toEqual(["Cadence"]);
    expect(skills("熟练使用MATLAB用于信号处理")).toEqual(["MATLAB"]);
  });

  it("reads a language's writing or speaking ability as a language, not a skill", () => {
    expect(skills("良好中英文書寫能力")).toEqual([]);
    expect(skills("具备良好的英语口语能力")).toEqual([]);
    expect(skills("具备良好的沟通能力")).toEqual(["沟通能力"]);
    expect(skills("良好的日文口语及写作能力")).toEqual([]);
    // 沟通 is no language's ability: said after a language it stays a skill.
    expect(skills("具备良好的英语及沟通能力")).toContain("沟通能力");
  });

  it("drops a category after 其他 and a sentence after a tool", () => {
    expect(skills("了解Power BI或其它可视化工具")).toEqual(["Power BI"]);
    expect(skills("会用 Excel 自己做报表更好")).toEqual(["Excel"]);
  });
});

describe("bracketIsPart", () => {
  it.each([
    ["user experience (ux)", true],
    ["fda 510(k)", true],
    ["python(pandas)", false],
    ["aws (lambda)", false],
    ["c (c99) programming", true],
  ])("%s → %s", (key, part) => expect(bracketIsPart(key)).toBe(part));
});

describe("findSkills: a name heading a clause, then a preference", () => {
  it("reads it as a preferred skill when it is written as a name", () => {
    expect(findSkills([{ text: "- Xero experience would be an advantage", key: foldAligned("- Xero experience would be an advantage") }])).toEqual([{ name: "Xero", required: false }]);
    expect(skills("Numerate and organised; Power BI highly desirable")).toEqual(["Power BI"]);
    expect(skills("- some SQL knowledge is a plus")).toEqual(["SQL"]);
    expect(skills("- Sage 50 preferred")).toEqual(["Sage 50"]);
  });

  it("leaves plain words and things that are not tools", () => {
    expect(skills("- A full driving licence is desirable")).toEqual([]);
    expect(skills("- shift work would be a bonus")).toEqual([]);
    expect(skills("Retail background preferred")).toEqual([]);
  });
});

describe("skillName: a module's and a method's name", () => {
  it.each([
    ["MM模块", "MM"],
    ["PP模块", "PP"],
    ["FICO模块", "FICO"],
    ["SBEM methodology", "SBEM"],
    ["Scrum methodologies", "Scrum"],
  ])("%s → %s", (phrase, name) => {
    expect(skillName(phrase)).toBe(name);
  });

  it("unit letters stay a unit outside 模块, and a lower-case method phrase stays whole", () => {
    expect(skillName("MM")).toBe("MM");
    expect(skillName("agile methodology")).toBe("agile methodology");
  });

  it("reads SAP's modules in brackets as names", () => {
    expect(skills("熟练使用SAP（PP/MM模块）及Excel")).toEqual(["SAP", "PP", "MM", "Excel"]);
  });

  it("reads the name before 'methodology' in a list", () => {
    expect(skills("Knowledge of building energy performance (EPCs, DECs or SAP/SBEM methodology)")).toContain("SBEM");
  });
});

describe("skillName: a tool, then what it is used for", () => {
  it.each([
    ["JMP分析數據", "JMP"],
    ["Excel制作报表", "Excel"],
    ["AutoCAD绘制图纸", "AutoCAD"],
  ])("%s → %s", (phrase, name) => {
    expect(skillName(phrase)).toBe(name);
  });

  it("keeps a Chinese phrase whose head is no tool's name", () => {
    expect(skillName("data分析数据")).toBe("data分析数据");
    expect(skillName("数据分析")).toBe("数据分析");
  });
});
