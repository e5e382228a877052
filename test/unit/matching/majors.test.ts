import { describe, expect, it } from "vitest";
import { compareMajors, majorFamily, majorKey, requestedFamilies } from "../../../server/matching/majors.js";

describe("majorFamily", () => {
  it.each([
    ["计算机科学与技术", "计算机类"],
    ["软件工程", "计算机类"],
    ["网络工程", "计算机类"],
    ["資訊工程學系", "计算机类"],
    ["軟體工程", "计算机类"],
    ["Computer Science", "计算机类"],
    ["software engineering", "计算机类"],
    ["会计学", "工商管理类"],
    ["會計學", "工商管理类"],
    ["財務管理", "工商管理类"],
    ["企業管理", "工商管理类"],
    ["Accounting", "工商管理类"],
    ["Marketing", "工商管理类"],
    ["通信工程", "电子信息类"],
    ["電機工程", "电子信息类"],
    ["机械设计制造及其自动化", "机械类"],
    ["金融学", "金融学类"],
    ["国际经济与贸易", "经济学类"],
    ["法律學系", "法学类"],
    ["汉语言文学", "中国语言文学类"],
    ["English", "外国语言文学类"],
    ["新聞學", "新闻传播学类"],
    ["视觉传达设计", "设计学类"],
    ["土木工程", "土木类"],
    ["应用化学", "化学类"],
    ["临床医学", "临床医学类"],
  ])("puts %s in %s", (major, family) => {
    expect(majorFamily(major)).toBe(family);
  });

  it("puts Taiwan's 資訊管理 (an MIS degree) with 信息管理与信息系统, not with computing", () => {
    expect(majorFamily("資訊管理")).toBe("管理科学与工程类");
    expect(majorFamily("資訊管理")).toBe(majorFamily("信息管理与信息系统"));
  });

  it("takes the class of a known name inside a longer one", () => {
    expect(majorFamily("计算机科学与技术（嵌入式方向）")).toBe("计算机类");
    expect(majorFamily("Business Administration (MBA)")).toBe("工商管理类");
  });

  it("ignores the 相关专业 / related field decoration", () => {
    expect(majorKey("市场营销等相关专业")).toBe("市场营销");
    expect(majorFamily("计算机相关专业")).toBe("计算机类");
    expect(majorFamily("Computer Science or related field")).toBe("计算机类");
  });

  it("is null for majors the table does not know", () => {
    expect(majorFamily("历史学")).toBeNull();
    expect(majorFamily("")).toBeNull();
  });
});

describe("requestedFamilies", () => {
  it("expands a group such as 理工科 into its classes", () => {
    expect(requestedFamilies("理工科相关专业")).toContain("物理学类");
    expect(requestedFamilies("理工科")).not.toContain("工商管理类");
  });
});

describe("compareMajors", () => {
  it("prefers an exact match, ignoring script and case", () => {
    expect(compareMajors(["軟體工程"], ["软体工程"])?.fit).toBe("exact");
    expect(compareMajors(["Software Engineering"], ["software engineering"])?.fit).toBe("exact");
  });

  it("relates majors of the same class", () => {
    expect(compareMajors(["会计学"], ["市场营销", "工商管理"])).toMatchObject({ fit: "same_family", family: "工商管理类" });
    expect(compareMajors(["資訊工程"], ["计算机科学与技术"])?.fit).toBe("same_family");
  });

  it("calls majors of different classes unrelated", () => {
    expect(compareMajors(["会计学"], ["计算机科学与技术"])?.fit).toBe("unrelated");
    expect(compareMajors(["資訊管理"], ["软件工程"])?.fit).toBe("unrelated");
  });

  it("uses the best of several degrees", () => {
    expect(compareMajors(["历史学", "软件工程"], ["计算机"])).toMatchObject({ fit: "same_family", major: "软件工程" });
  });

  it("is null when the candidate lists no major", () => {
    expect(compareMajors([], ["计算机"])).toBeNull();
  });
});

describe("majorFamily with overlapping names", () => {
  it("prefers the longest known name inside a major", () => {
    expect(majorFamily("工業設計")).toBe("机械类");
    expect(majorFamily("平面设计")).toBe("设计学类");
    expect(majorFamily("Communication Engineering")).toBe("电子信息类");
    expect(majorFamily("Mass Communication")).toBe("新闻传播学类");
  });
});
