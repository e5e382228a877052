import { describe, expect, it } from "vitest";
import { skillAliases } from "../../../server/matching/data/skill-aliases.js";
import { canonicalSkill, findSkill, heldConcepts, isKnownSkill, mentionedSkills } from "../../../server/matching/skills.js";

describe("canonicalSkill", () => {
  it.each([
    ["CRM", "客户关系管理"],
    ["CRM", "客戶關係管理"],
    ["Office", "办公软件"],
    ["办公软件", "辦公軟體"],
    ["k8s", "Kubernetes"],
    ["postgres", "PostgreSQL"],
    ["JS", "JavaScript"],
    ["中级会计师", "中级会计职称"],
    ["CET-6", "英语六级"],
    ["CET6", "英語六級"],
    ["英语", "English"],
    ["英文", "英語"],
    ["驾照", "驾驶证"],
    ["駕照", "driver's license"],
    ["普通话", "國語"],
    ["粤语", "Cantonese"],
    ["项目管理", "專案管理"],
    ["Node.js", "nodejs"],
  ])("treats %s and %s as one concept", (a, b) => {
    expect(canonicalSkill(a)).toBe(canonicalSkill(b));
  });

  it("is blind to letter case and full-width letters", () => {
    expect(canonicalSkill("KUBERNETES")).toBe("Kubernetes");
    expect(canonicalSkill("ｅｘｃｅｌ")).toBe("Excel");
    expect(canonicalSkill("mysql")).toBe(canonicalSkill("MySQL"));
  });

  it("keeps different concepts apart", () => {
    expect(canonicalSkill("Java")).not.toBe(canonicalSkill("JavaScript"));
    expect(canonicalSkill("CET-4")).not.toBe(canonicalSkill("CET-6"));
    expect(canonicalSkill("C++")).not.toBe(canonicalSkill("C#"));
  });

  it("returns the folded key for unknown terms", () => {
    expect(canonicalSkill("招投 標")).toBe("招投标");
    expect(isKnownSkill("招投標")).toBe(false);
  });

  it("has a realistic vocabulary (at least 80 concepts)", () => {
    expect(skillAliases.length).toBeGreaterThanOrEqual(80);
  });
});

describe("mentionedSkills", () => {
  it("finds known skills in a free-text term", () => {
    expect(mentionedSkills("熟练使用Excel、Word等办公软件")).toEqual(expect.arrayContaining(["Excel", "Word", "办公软件"]));
  });

  it("does not find a shorter alias inside a longer one", () => {
    expect(mentionedSkills("大学英语六级证书")).toEqual(["大学英语六级"]);
    expect(mentionedSkills("JavaScript开发")).toEqual(["JavaScript"]);
  });

  it("finds a one-letter name only written alone, not as a letter in prose", () => {
    expect(isKnownSkill("R")).toBe(true);
    expect(mentionedSkills("R&D budget and Q&A sessions")).toEqual([]);
    expect(mentionedSkills("Python or R")).toEqual(["Python"]);
  });
});

describe("findSkill", () => {
  const held = heldConcepts(["Excel", "CET-6", "客戶關係管理", "Java开发", "photoshopp"]);

  it("matches through aliases across scripts", () => {
    expect(findSkill("CRM", held)).toEqual({ by: "alias", term: "客戶關係管理" });
  });

  it("lets a specific skill satisfy the general one it implies", () => {
    expect(findSkill("办公软件", held)).toEqual({ by: "alias", term: "Excel" });
    expect(findSkill("Office", held)?.term).toBe("Excel");
    expect(findSkill("英语四级", held)?.term).toBe("CET-6");
    expect(findSkill("English", held)?.term).toBe("CET-6");
  });

  it("keeps two known concepts apart however alike they look", () => {
    expect(findSkill("中级会计师", heldConcepts(["初级会计师"]))).toBeNull();
    expect(findSkill("一级建造师", heldConcepts(["二建"]))).toBeNull();
    expect(findSkill("二级建造师", heldConcepts(["一建"]))?.term).toBe("一建");
  });

  it("does not let a general skill satisfy a specific one", () => {
    expect(findSkill("Excel", heldConcepts(["办公软件"]))).toBeNull();
    expect(findSkill("CET-6", heldConcepts(["CET-4"]))).toBeNull();
  });

  it("finds a known skill mentioned inside a longer term", () => {
    expect(findSkill("Java", held)?.term).toBe("Java开发");
    expect(findSkill("JavaScript", held)).toBeNull();
  });

  it("falls back to similarity for terms outside the table", () => {
    expect(findSkill("Photoshop", held)).toEqual({ by: "similar", term: "photoshopp" });
    expect(findSkill("招投标", heldConcepts(["招投標"]))).toEqual({ by: "similar", term: "招投標" });
    expect(findSkill("LabVIEW", heldConcepts(["labview编程"]))).toEqual({ by: "similar", term: "labview编程" });
    expect(findSkill("焊接", held)).toBeNull();
  });
});

describe("tools of web, data and test work are known concepts with their aliases", () => {
  it.each([
    ["Apache Kafka", "Kafka"],
    ["PySpark", "Spark"],
    ["Apache Airflow", "Airflow"],
    ["Selenium WebDriver", "Selenium"],
    ["HTML5", "HTML"],
    ["CSS3", "CSS"],
    ["Unity3D", "Unity"],
    ["JIRA", "Jira"],
  ])("%s is %s", (alias, canonical) => {
    expect(canonicalSkill(alias)).toBe(canonical);
    expect(isKnownSkill(alias)).toBe(true);
  });

  it("matches a candidate's alias against a posting's canonical name", () => {
    expect(findSkill("Spark", heldConcepts(["PySpark"]))).not.toBeNull();
    expect(findSkill("Cypress", heldConcepts(["Selenium"]))).toBeNull();
  });
});
