import { describe, expect, it } from "vitest";
import { readResume } from "../../../server/resumes/read-resume.js";

const read = (lines: string[]) => readResume(lines.join("\n"));

describe("a school-leaving row's town after its school", () => {
  it("is where the school is, not a major", () => {
    const { profile } = read(["Jonas Keller", "jonas@example.de", "Ausbildung", "2009 – 2017\tAbitur\tLessing-Gymnasium am Stadtpark, Kassel"]);
    expect(profile.education).toEqual([{ level: "high_school", school: "Lessing-Gymnasium am Stadtpark", graduationYear: 2017 }]);
  });

  it("keeps a degree's discipline after its university", () => {
    const { profile } = read(["Jonas Keller", "jonas@example.de", "Education", "2017 – 2021\tBachelor\tUniversity of Kassel, Economics"]);
    expect(profile.education.map((e) => [e.level, e.major])).toEqual([["bachelor", "Economics"]]);
  });
});

describe("a skill's bracket holding 'and'", () => {
  it("holds the bracket's tools without parting the line at its 'and' or 和", () => {
    const { profile } = read(["Jonas Keller", "jonas@example.de", "Skills", "Cloud (AWS and Azure), Docker", "数据分析（Excel和Tableau）"]);
    expect(profile.skills).toEqual(expect.arrayContaining(["Docker", "Tableau"]));
    expect(profile.skills.some((s) => /\(|（/.test(s))).toBe(false);
    expect(profile.skills.some((s) => /^AWS$|Amazon Web Services/i.test(s))).toBe(true);
  });
});

describe("a form's forbidden label left blank", () => {
  it("states nothing, so nothing is dropped, while a filled one beside it is", () => {
    const { dropped } = read(["个人简历", "姓名\t李娜\t性别\t\t出生年月\t1996.05", "电话\t13900002222", "民族：\t婚姻状况：已婚"]);
    expect(dropped).toEqual(expect.arrayContaining(["birth_date", "marital_childbearing"]));
    expect(dropped).not.toContain("gender");
    expect(dropped).not.toContain("ethnicity");
  });

  it("still drops a label ending its line, whose value may stand below it", () => {
    expect(read(["个人简历", "姓名\t李娜", "性别"]).dropped).toContain("gender");
  });
});

describe("a 履历书's schooling written as events", () => {
  it("reads an entrance row and its finishing row as one school, dated to the finish", () => {
    const { profile } = read([
      "履 历 书", "姓名\t周明", "邮箱\tzhou.ming@example.cn", "学历",
      "2016\t4\t京都大学大学院 情报学研究科 硕士课程 入学", "2018\t3\t京都大学大学院 情报学研究科 硕士课程 修了",
    ]);
    expect(profile.education).toEqual([{ level: "master", school: "京都大学大学院", major: "情报学研究科", graduationYear: 2018 }]);
  });

  it("takes the degree a finish's bracket states", () => {
    const { profile } = read(["履 历 书", "姓名\t周明", "邮箱\tzhou.ming@example.cn", "学历", "2012\t9\t华东理工大学 化学工程专业 入学", "2016\t6\t华东理工大学 化学工程专业 毕业（本科）"]);
    expect(profile.education).toEqual([{ level: "bachelor", school: "华东理工大学", major: "化学工程专业", graduationYear: 2016 }]);
  });

  it("leaves an entrance without its finish as written", () => {
    const { profile } = read(["履 历 书", "姓名\t周明", "邮箱\tzhou.ming@example.cn", "学历", "2022\t4\t京都大学大学院 博士课程 入学"]);
    expect(profile.education.map((e) => [e.level, e.school])).toEqual([["doctorate", "京都大学大学院"]]);
  });
});
