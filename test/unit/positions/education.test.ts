import { describe, expect, it } from "vitest";
import { findMajors, findMinEducation } from "../../../server/positions/education.js";
import { foldAligned } from "../../../server/text/fold.js";

const level = (text: string) => findMinEducation(foldAligned(text));
const majors = (text: string, fromRequirements = true) => findMajors([{ text, key: foldAligned(text) }], fromRequirements);

describe("findMinEducation", () => {
  it.each([
    ["本科及以上学历", "bachelor"],
    ["大学本科文化程度", "bachelor"],
    ["统招本科以上学历，学士学位", "bachelor"],
    ["大學以上學歷", "bachelor"],
    ["大學學歷,有著豐富的行業經驗", "bachelor"],
    ["大专或以上学历", "associate"],
    ["大專以上學歷", "associate"],
    ["专科及以上", "associate"],
    ["中专或高中以上学历", "high_school"],
    ["中技、职高、技校毕业", "high_school"],
    ["高中學歷", "high_school"],
    ["初中以上文化程度", "junior_high"],
    ["硕士及以上学历", "master"],
    ["研究生学历", "master"],
    ["博士学历", "doctorate"],
    ["Bachelor's degree or above in Computer Science", "bachelor"],
    ["Master's degree in Statistics required", "master"],
    ["PhD in Machine Learning", "doctorate"],
    ["High school diploma or equivalent", "high_school"],
  ])("%s → %s", (text, expected) => {
    expect(level(text)).toBe(expected);
  });

  it("reads a bare level that ends its clause", () => {
    expect(level("学历要求：\n大专")).toBe("associate");
  });

  it("takes the lowest of several alternatives", () => {
    expect(level("市场营销或相关专业大专以上学历。中专或高中以上学历。")).toBe("high_school");
  });

  it("does not let a preferred higher degree raise the minimum", () => {
    expect(level("本科及以上学历，硕士优先")).toBe("bachelor");
  });

  it("ignores education words that are not a requirement", () => {
    expect(level("负责大学生校园招聘工作")).toBeNull();
    expect(level("熟练使用办公软件")).toBeNull();
  });
});

describe("findMajors", () => {
  it("splits a list of majors and marks a preferred one as not required", () => {
    expect(majors("市场营销、企业管理等相关专业优先")).toEqual({ majors: ["市场营销", "企业管理"], required: false });
  });

  it("treats a plain major requirement as required", () => {
    expect(majors("化工、電子、機械或市場營銷專業畢業")).toEqual({ majors: ["化工", "電子", "機械", "市場營銷"], required: true });
  });

  it("treats 必须 … 专业 as required", () => {
    expect(majors("必须是计算机相关专业")).toEqual({ majors: ["计算机"], required: true });
  });

  it("strips the education level in front of the major", () => {
    expect(majors("本科及以上学历财务管理专业").majors).toEqual(["财务管理"]);
  });

  it("reads English degree subjects", () => {
    expect(majors("Bachelor's degree in Computer Science, Engineering or a related field").majors).toEqual(["Computer Science", "Engineering"]);
  });

  it("reads nothing from 专业不限 or from duties outside a requirements section", () => {
    expect(majors("专业不限").majors).toEqual([]);
    expect(majors("定期组织专业培训", false).majors).toEqual([]);
  });
});

describe("an English 'degree' states a bachelor's", () => {
  it.each([
    ["Degree holder in Marketing, Communications or related disciplines", "bachelor"],
    ["a degree in a quantitative field (Statistics, Economics or similar)", "bachelor"],
    ["Master's degree in Finance", "master"],
    ["Associate's degree required", "associate"],
  ])("%s → %s", (text, level) => {
    expect(findMinEducation(foldAligned(text))).toBe(level);
  });

  it("names the majors in brackets and before the word", () => {
    const lines = (text: string) => [{ text, key: foldAligned(text) }];
    expect(findMajors(lines("a degree in a quantitative field (Statistics, Economics, Mathematics or similar)"), true).majors).toEqual(["Statistics", "Economics", "Mathematics"]);
    expect(findMajors(lines("a recent graduate with a Computer Science degree"), true).majors).toEqual(["Computer Science"]);
    expect(findMajors(lines("Degree holder in Marketing, Communications or related disciplines"), true).majors).toEqual(["Marketing", "Communications"]);
  });

  it("keeps a discipline named with an 'and' inside whole, and still splits two majors joined by one", () => {
    const lines = (text: string) => [{ text, key: foldAligned(text) }];
    expect(findMajors(lines("A degree in Chinese Studies, Library and Information Science or a related field"), true).majors).toEqual(["Chinese Studies", "Library and Information Science"]);
    expect(findMajors(lines("A degree in Statistics and Computer Science"), true).majors).toEqual(["Statistics", "Computer Science"]);
  });
});

describe("education: more ways of writing it", () => {
  it("學歷：大學（專）以上 is college (大學 or 大專), the lower", () => expect(findMinEducation(foldAligned("學歷：大學（專）以上"))).toBe("associate"));

  it.each([
    ["计算机科学与技术、网络工程", ["计算机科学与技术", "网络工程"]],
    ["机械设计制造及其自动化专业", ["机械设计制造及其自动化"]],
    ["1、需求专业：计算机、人工智能等相关专业", ["计算机", "人工智能"]],
    ["市场营销与广告学相关专业", ["市场营销", "广告学"]],
  ])("%s → %j", (text, majors) => {
    const line = text.endsWith("专业") ? text : `${text}专业`;
    expect(findMajors([{ text: line, key: foldAligned(line) }], true).majors).toEqual(majors);
  });
});

describe("schooling waived outright states no level and no major", () => {
  it.each(["No degree needed.", "No degree required", "A degree is not required", "Degree not necessary; we care about your portfolio", "You can apply without a degree", "学历不限，有经验者优先", "不限学历"])(
    "%s",
    (text) => {
      expect(level(text)).toBeNull();
      expect(majors(text).majors).toEqual([]);
    },
  );

  it("still reads a level stated beside the waiver, and a degree that is not waived", () => {
    expect(level("No degree needed, but a high school diploma is required")).toBe("high_school");
    expect(level("A bachelor's degree is required; no MBA needed")).toBe("bachelor");
  });
});

describe("findMinEducation: Indian and British degree abbreviations", () => {
  it.each([
    ["UG: B.Tech/B.E. in Any Specialization", "bachelor"],
    ["UG: BCA in Computers", "bachelor"],
    ["BSc in Computer Science or equivalent", "bachelor"],
    ["BEng in Electrical Engineering or equivalent", "bachelor"],
    ["MEng in Structural Engineering", "master"],
    ["PG: M.Tech in Electronics", "master"],
    ["Education: MCA or equivalent", "master"],
  ])("%s", (text, level) => {
    expect(findMinEducation(foldAligned(text))).toBe(level);
  });

  it("does not read 'be' as a degree", () => {
    expect(findMinEducation(foldAligned("You will be part of a friendly team"))).toBeNull();
  });
});

describe("majors joined by 与 under one engineering head", () => {
  it("keeps 'X与Y工程' and 'X与Y技术' whole, and still splits two fields of their own", () => {
    expect(majors("专业:船舶与海洋工程、机械工程").majors).toEqual(["船舶与海洋工程", "机械工程"]);
    expect(majors("专业:数据科学与大数据技术、统计学").majors).toEqual(["数据科学与大数据技术", "统计学"]);
    expect(majors("专业:市场营销与工商管理").majors).toEqual(["市场营销", "工商管理"]);
  });
});

describe("findMajors: disciplines named in other words", () => {
  it("reads a list of disciplines with 背景 beside a statement of schooling", () => {
    expect(majors("大专以上学历，专业不限，统计学、数学背景者优先")).toEqual({ majors: ["统计学", "数学"], required: false });
  });

  it("reads no majors from an industry background", () => {
    expect(majors("本科以上学历，快消、零售行业背景优先").majors).toEqual([]);
  });

  it("reads the fields after a degree whatever aside in brackets stands before 'in'", () => {
    expect(majors("A university degree (bachelor's or equivalent) in geography, urban planning or a related field").majors).toEqual(["geography", "urban planning"]);
  });
});

describe("findMinEducation: a school graduation stated as Canada's Job Bank writes it", () => {
  it("reads 'Secondary (high) school graduation certificate' as high school", () => {
    expect(level("Secondary (high) school graduation certificate")).toBe("high_school");
  });
});

describe("findMajors: the fields after any qualification's name and 'in'", () => {
  it.each([
    ["A PhD in chemistry, physics or a closely related field", ["chemistry", "physics"]],
    ["Master's in public health or a directly related discipline", ["public health"]],
    ["A tertiary qualification in surveying, planning or a related discipline", ["surveying", "planning"]],
    ["A recognised Level 4 qualification (HNC, HND or apprenticeship) in mechanical or civil engineering", ["mechanical engineering", "civil engineering"]],
    ["Doctorate in economics or any relevant field", ["economics"]],
  ])("%s", (text, expected) => {
    expect(majors(text).majors).toEqual(expected);
  });

  it("reads no field from experience in something", () => {
    expect(majors("Five years of experience in logistics or a related field").majors).toEqual([]);
  });
});

describe("findMajors: a related 领域, 范畴, 学科 or 研究所 names fields of study", () => {
  it.each([
    ["博士學位須為土木工程、結構工程或建築相關領域", ["土木工程", "結構工程", "建築"]],
    ["具備統計學、經濟學或相關範疇的學士學位", ["統計學", "經濟學"]],
    ["国内外大学物理、光电相关研究所硕士毕业", ["物理", "光电"]],
    ["数学、统计学等相关学科本科以上学历", ["数学", "统计学"]],
  ])("%s", (text, expected) => {
    expect(majors(text).majors).toEqual(expected);
  });

  it("reads no major from a field of work", () => {
    expect(majors("在新能源相关领域有3年以上工作经验", false).majors).toEqual([]);
  });
});

describe("findMinEducation: schools and floors", () => {
  it("reads 大学 before a higher degree as the school", () => {
    expect(level("國內外大學物理相關研究所碩士畢業")).toBe("master");
    expect(level("須具國內外大學博士學位")).toBe("doctorate");
  });

  it("reads Hong Kong's 副學士 as an associate degree, the lower of two", () => {
    expect(level("大學學位或副學士，主修會計")).toBe("associate");
    expect(level("副學士或以上學歷")).toBe("associate");
  });

  it("reads a diploma stated as a floor before a degree", () => {
    expect(level("Candidate must possess at least a Diploma or Bachelor's Degree in Finance")).toBe("associate");
    expect(level("Minimum of a diploma or degree in hospitality")).toBe("associate");
  });
});
