import { describe, expect, it } from "vitest";
import { foldAligned } from "../../../server/text/fold.js";
import { findLanguages, findSkills } from "../../../server/positions/skills.js";
import { skillName } from "../../../server/positions/skill-name.js";

const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));
const skills = (...texts: string[]) => findSkills(lines(...texts)).map((s) => s.name);

describe("skillName: the name out of the phrase that states it", () => {
  it.each([
    ["with Terraform", "Terraform"],
    ["using Kafka", "Kafka"],
    ["有Kubernetes项目经验", "Kubernetes"],
    ["TensorFlow机器学习框架", "TensorFlow"],
    ["Vue前端框架", "Vue"],
    ["jest写单元测试", "jest"],
    ["Tableau做销售看板～", "Tableau"],
  ])("%s → %s", (phrase, name) => {
    expect(skillName(phrase)).toBe(name);
  });

  it("keeps what a tool is used for when it is part of the name (PLC编程)", () => {
    expect(skillName("PLC编程")).toBe("PLC编程");
  });
});

describe("findSkills: phrases that are no skills", () => {
  it("reads a slash between two single letters as part of the name, and what is done with the object as no name", () => {
    expect(skills("熟悉I/O接口的设计与调试")).toEqual(["I/O接口"]);
  });

  it("reads no tool from how to apply", () => {
    expect(skills("Please email your CV in PDF or MS Word format to jobs@example.com")).toEqual([]);
    expect(skills("请将简历以Word格式发送至邮箱")).toEqual([]);
  });

  it("reads no skill from a benefit or a button", () => {
    expect(skills("Skills: Python, Staff shuttle, Medical insurance, Apply Now")).toEqual(["Python"]);
  });

  it("reads a language, not a skill, from 'X is a plus'", () => {
    const text = "Swedish is a plus";
    expect(skills(text)).toEqual([]);
    expect(findLanguages(lines(text))).toEqual([{ name: "Swedish", required: false }]);
  });
});

describe("findLanguages: typing in a script is no language", () => {
  it("reads no language from 中英文電腦輸入, and the languages spoken beside it", () => {
    expect(findLanguages(lines("懂中英文電腦輸入；能操流利普通話")).map((l) => l.name)).toEqual(["普通話"]);
  });
});
