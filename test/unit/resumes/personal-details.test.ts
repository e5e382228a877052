import { describe, expect, it } from "vitest";
import type { DocumentLine } from "../../../server/documents/index.js";
import { readPersonal } from "../../../server/resumes/personal.js";
import { toLines } from "../../../server/resumes/lines.js";
import { readResume } from "../../../server/resumes/read-resume.js";
import { tagResumeLines } from "../../../server/resumes/line-classes.js";
import { splitHeadingCells, splitSections } from "../../../server/resumes/sections.js";

const personalOf = (text: string) => {
  const block = readPersonal(toLines(text));
  return { contacts: block.contacts, dropped: [...block.dropped].sort(), left: block.lines.map((l) => l.cells.join(" | ")) };
};

describe("resume personal details: labels and values", () => {
  it("takes a colon label's value from the next cell, so no forbidden value is left behind", () => {
    const { dropped, left } = personalOf(["IC No.:        T0212345J", "Date of Birth:      3 July 1991", "Age:    34", "Marital Status:   Single", "Nationality:  Malaysian"].join("\n"));
    expect(dropped).toEqual(["age", "birth_date", "marital_childbearing", "national_id"]);
    expect(left).toEqual(["Nationality: | Malaysian"]);
  });

  it("reads a forbidden label and its value in one cell by the value's shape, and keeps phrases that only begin with such a word", () => {
    const { dropped, left } = personalOf(["Gender Male | Birth date 02/11/1989 | Citizenship Dutch", "Health and Safety Officer", "性别 女"].join("\n"));
    expect(dropped).toEqual(["birth_date", "gender"]);
    expect(left).toEqual(["Citizenship Dutch", "Health and Safety Officer"]);
  });

  it("drops the forbidden facts of a dotted header line and reads a place glued to its label", () => {
    expect(personalOf("女 · 27岁 · 硕士 · 5年经验 · 现居杭州市西湖区")).toEqual({ contacts: { location: "杭州市西湖区" }, dropped: ["age", "gender"], left: ["硕士 · 5年经验"] });
    expect(personalOf("男 / 35歲 / 已婚 / 居住地台中市")).toEqual({ contacts: { location: "台中市" }, dropped: ["age", "gender", "marital_childbearing"], left: [] });
    expect(personalOf("Java · Spring · MySQL").left).toEqual(["Java · Spring · MySQL"]);
  });

  it("reads each of several labelled pairs in one cell, apart by a space or glued to the value before", () => {
    expect(personalOf("手机：186 2231 0457电子邮箱：liu.qing@example.cn").contacts).toEqual({ phone: "186 2231 0457", email: "liu.qing@example.cn" });
    expect(personalOf("所在地：成都市武侯区 联系电话：028-8555 0123 Email：wen.j@example.org").contacts).toEqual({
      location: "成都市武侯区", phone: "028-8555 0123", email: "wen.j@example.org",
    });
    expect(personalOf("Address: 12 Rue Lafayette, Lyon Mobile: +33 6 12 34 56 78").contacts).toEqual({ location: "12 Rue Lafayette, Lyon", phone: "+33 6 12 34 56 78" });
    // A label inside a word, or a value that is no known label, stays in the value.
    expect(personalOf("Address: 4 Smartphone: Lane").contacts).toEqual({ location: "4 Smartphone: Lane" });
    expect(personalOf("期望职位：运营经理 期望地点：上海").left).toEqual(["期望职位：运营经理 期望地点：上海"]);
  });

  it("tells a spread label from a value and the next label a column apart (性　　別：女　　　　年　　齡：29歲)", () => {
    const { contacts, dropped, left } = personalOf(["姓　　名：陳思妤　　　　英文姓名：Cindy Chen", "性　　別：女　　　　　　年　　齡：29歲"].join("\n"));
    expect(contacts.name).toBe("陳思妤");
    expect(dropped).toEqual(["age", "gender"]);
    expect(left).toEqual(["英文姓名：Cindy Chen"]);
  });

  it("joins a label spread across a table cell without a colon (姓　　名 | 王雨桐)", () => {
    const row: DocumentLine = { text: "姓　　名\t王雨桐\t民　　族\t回族", page: 1, indent: 0, cells: ["姓　　名", "王雨桐", "民　　族", "回族"], table: { table: 0, row: 0 } };
    const block = readPersonal(toLines([row]));
    expect(block.contacts.name).toBe("王雨桐");
    expect([...block.dropped]).toEqual(["ethnicity"]);
  });

  it("keeps the mobile when a landline is labelled too, in either order", () => {
    expect(personalOf(["聯絡電話：(04) 2251-8890", "行動電話：0932-118-456"].join("\n")).contacts.phone).toBe("0932-118-456");
    expect(personalOf(["Tel: +852 2345 6789", "Mobile: +852 9876 5432"].join("\n")).contacts.phone).toBe("+852 9876 5432");
    expect(personalOf(["住家電話：02-2345-6789", "電話：0911-222-333"].join("\n")).contacts.phone).toBe("0911-222-333");
  });

  it("drops identity numbers of Singapore and Hong Kong by label and by shape", () => {
    expect(personalOf("NRIC: S9012345B").dropped).toEqual(["national_id"]);
    expect(personalOf("HKID No.: K123456(7)").dropped).toEqual(["national_id"]);
    expect(personalOf("王小明 | G7654321N | 本科").dropped).toEqual(["national_id"]);
  });
});

describe("resume personal details in a whole reading", () => {
  it("never lets a date of birth in a Europass-style line reach the profile", () => {
    const reading = readResume(["PERSONAL INFORMATION\tJan de Vries", "Sex Male | Date of birth 21/06/1990 | Nationality Dutch", "jan.devries@example.nl", "WORK EXPERIENCE", "01/03/2019–Present\tBuyer", "Philips N.V., Eindhoven"].join("\n"));
    expect(reading.dropped).toEqual(["gender", "birth_date"]);
    expect(JSON.stringify(reading.profile)).not.toMatch(/1990|21\/06/);
  });
});

describe("resume header: name and place", () => {
  it("never takes a word of a job site's navigation bar for the name", () => {
    const text = ["猎聘网  首页  职位  企业  消息  我的简历", "马晓东", "13912345678  |  maxiaodong@example.com", "工作经历", "上海云帆科技有限公司  Java开发工程师  2020.07 - 至今"].join("\n");
    expect(readResume(text).profile.name).toBe("马晓东");
  });

  it("starts reading the header again at the résumé's title after an email's header lines and cover note", () => {
    const text = [
      "From: Priya Nair <priya.nair@example.com>", "Sent: Monday, 2 March 2026 8:40 AM", "To: Careers <jobs@example.org>", "Subject: Application",
      "Dear Sir or Madam,", "Please find my resume below.", "Kind regards,", "Priya", "", "CURRICULUM VITAE", "PRIYA NAIR",
      "22 Jalan Ampang, 50450 Kuala Lumpur, Malaysia", "Mobile: +60 12 345 6789", "WORK EXPERIENCE", "Mar 2019 - Present", "Process Engineer, Petronas Chemicals Berhad",
    ].join("\n");
    expect(readResume(text).profile).toMatchObject({ name: "PRIYA NAIR", location: "Kuala Lumpur" });
  });

  it("reads the city of an address whose postal code follows it (UK, Singapore), before a country or not", () => {
    const place = (address: string) => readResume(["Tom Hughes", address, "tom@example.co.uk", "Experience", "Jan 2020 – Present", "Analyst, Acme Ltd"].join("\n")).profile.location;
    expect(place("Flat 3, 14 Park Row, Bristol BS1 5LJ, UK")).toBe("Bristol");
    expect(place("Blk 45 Jurong West Street 42, #05-311, Singapore 640045")).toBe("Singapore");
    expect(place("Sales Lead, Acme 2020")).toBeUndefined();
  });

  it("reads the city of an address's second line that opens with its postal code, and not a year before a word", () => {
    const place = (...address: string[]) => readResume(["Lena Vogt", ...address, "lena@example.de", "Experience", "Jan 2020 – Present", "Analyst, Acme GmbH"].join("\n")).profile.location;
    expect(place("Leopoldstraße 8", "80802 München")).toBe("München");
    expect(place("Prinsengracht 263", "1016 GV Amsterdam, Netherlands")).toBe("Amsterdam");
    expect(place("Rue du Rhône 4", "CH-1204 Genève (Switzerland)")).toBe("Genève");
    expect(place("Karlavägen 12", "114 31 Stockholm")).toBe("Stockholm");
    expect(place("Bahnhofstrasse 1", "8001 Zürich, Switzerland")).toBe("Zürich");
    expect(place("2019 Berlin")).toBeUndefined();
  });
});

describe("resume headings over two sections", () => {
  const sectionsOf = (text: string) => splitSections(tagResumeLines(splitHeadingCells(toLines(text)))).map((s) => s.kind);
  it.each([
    ["【專長與證照】", "skills"], ["技能与证书", "skills"], ["Certifications & Training", "certifications"], ["语言与技能", "languages"], ["技能标签", "skills"], ["REFEREES", "other"],
    ["Personal Particulars", "personal"],
  ])("reads %s as a heading of %s", (heading, kind) => {
    expect(sectionsOf(["张三", "工作经历", "2020.07-至今 某某有限公司 工程师", heading, "Excel、PowerPoint"].join("\n"))).toContain(kind);
    expect(sectionsOf(["张三", "工作经历", "2020.07-至今 某某有限公司 工程师", heading, "Excel、PowerPoint"].join("\n")).at(-1)).toBe(kind);
  });
});

describe("resume certificate lists: what is held, and what only stands beside it", () => {
  const held = (...lines: string[]) => {
    const { profile } = readResume(["李文静", "工作经历", "2019.07-至今 某某文化传媒有限公司 编辑", ...lines].join("\n"));
    return { certifications: profile.certifications ?? [], languages: profile.languages ?? [], skills: profile.skills };
  };

  it("holds a language's graded test (普通話二級甲等, 粤语一级) as a certificate stating the language, its grade whole", () => {
    expect(held("证书", "普通話二級甲等、教师资格证")).toMatchObject({ certifications: ["普通話二級甲等", "教师资格证"], languages: ["普通话"] });
    expect(held("技能证书", "粤语一级；Photoshop")).toMatchObject({ certifications: ["粤语一级"], languages: ["粤语"], skills: ["Photoshop"] });
  });

  it("leaves out the body that issued a certificate and the month it was obtained", () => {
    const { certifications } = held("Certifications", "Chartered Engineer (CEng), Engineering Council, 2018", "Certified Fraud Examiner", "Association of Certified Fraud Examiners", "June 2021");
    expect(certifications).toEqual(["Chartered Engineer (CEng)", "Certified Fraud Examiner"]);
    expect(held("资格证书", "中级经济师，人力资源和社会保障部，2020.06").certifications).toEqual(["中级经济师"]);
  });

  it("still holds a certificate whose name ends like a body's, when it says it is one (ITIL Foundation, a 证书)", () => {
    expect(held("Certifications", "ITIL Foundation, PRINCE2 Foundation").certifications).toEqual(["ITIL Foundation", "PRINCE2 Foundation"]);
  });
});

describe("resume photos and names in any Latin script", () => {
  const line = (text: string, extra: Partial<DocumentLine> = {}): DocumentLine => ({ text, page: 1, indent: 0, ...extra });

  it("reports a picture in the personal block as a photo, and not one further down", () => {
    const row = line("姓名\t周雨萱\t性别\t女", { cells: ["姓名", "周雨萱", "性别", "女"], table: { table: 0, row: 0 }, pictures: 1 });
    expect([...readPersonal(toLines([row])).dropped]).toEqual(["gender", "photo"]);
    const far = [...Array.from({ length: 10 }, (_, i) => line(`第${i}行内容`)), line("获奖证书扫描件", { pictures: 1 })];
    expect([...readPersonal(toLines(far)).dropped]).toEqual([]);
  });

  it("reports no photo for a photo slot without a picture: an empty 照片 cell, （照片） in a text, a 相片： label", () => {
    const slot = line("姓名\t周雨萱\t性别\t女\t照片", { cells: ["姓名", "周雨萱", "性别", "女", "照片"], table: { table: 0, row: 0 } });
    expect(readPersonal(toLines([slot])).dropped).toEqual(new Set(["gender"]));
    expect(readPersonal(toLines([slot])).lines).toEqual([]);
    expect([...readPersonal(toLines("（照片）\n姓名：周雨萱\n相片：贴于此处")).dropped]).toEqual([]);
    expect([...readPersonal(toLines([{ ...slot, pictures: 1 }])).dropped].sort()).toEqual(["gender", "photo"]);
  });

  it("reads a name written with accents and other Latin letters", () => {
    expect(readResume(["Łukasz Wiśniewski", "lukasz@example.pl", "Experience", "Jan 2020 – Present", "Analyst, Acme Sp. z o.o."].join("\n")).profile.name).toBe("Łukasz Wiśniewski");
  });
});
