import { describe, expect, it } from "vitest";
import { bestHeading, headingScores } from "../../../server/resumes/sections.js";
import { foldLine } from "../../../server/resumes/keys.js";
import { tagResumeLines } from "../../../server/resumes/line-classes.js";
import { toLines } from "../../../server/resumes/lines.js";
import { splitHeadingCells, splitSections } from "../../../server/resumes/sections.js";
import { readExperience, roleScores } from "../../../server/resumes/experience.js";
import { degreeLevel, readEducation } from "../../../server/resumes/education.js";
import { readResume } from "../../../server/resumes/read-resume.js";
import { managementStated } from "../../../server/resumes/data/roles.js";
import { furniturePattern } from "../../../server/resumes/data/line-vocabulary.js";
import { findSpan } from "../../../server/resumes/dates.js";
import { markdownToLines } from "../../../server/documents/decode/markdown-text.js";

// Readings resume batch 10 showed missing, each as its own general case: layouts written here, not copies.
const sectionsOf = (text: string) => splitSections(tagResumeLines(splitHeadingCells(toLines(text))));
const headingOf = (text: string) => bestHeading(foldLine(text))?.kind ?? null;

describe("section names in French, Spanish, Italian, Portuguese and Dutch (data/sections.ts)", () => {
  it.each([
    ["Expérience professionnelle", "experience"], ["Parcours professionnel", "experience"], ["Formation et diplômes", "education"], ["Compétences techniques", "skills"],
    ["Langues étrangères", "languages"], ["Centres d’intérêt", "other"], ["Experiencia laboral", "experience"], ["Formación académica", "education"],
    ["Idiomas", "languages"], ["Conocimientos informáticos", "skills"], ["Aficiones", "other"], ["Esperienze lavorative", "experience"],
    ["Istruzione e formazione", "education"], ["Competenze linguistiche", "languages"], ["Experiência profissional", "experience"], ["Formação acadêmica", "education"],
    ["Werkervaring", "experience"], ["Opleidingen", "education"], ["Vaardigheden", "skills"], ["Talenkennis", "languages"], ["Nevenactiviteiten", "other"],
  ])("%s names %s", (text, kind) => {
    expect(headingOf(text)).toBe(kind);
  });

  it("reads headings set in accented capitals ('FORMACIÓN ACADÉMICA', 'EXPÉRIENCES', 'PERSÖNLICHE DATEN')", () => {
    expect(headingOf("FORMACIÓN ACADÉMICA")).toBe("education");
    expect(headingOf("EXPÉRIENCES PROFESSIONNELLES")).toBe("experience");
    expect(headingOf("PERSÖNLICHE DATEN")).toBe("personal");
  });

  it("finds no name inside a longer word ('Transformation', 'Talents', 'SolidWorks', 'careers@')", () => {
    expect(headingScores(foldLine("Transformation"))).toEqual({});
    expect(headingScores(foldLine("Talents"))).toEqual({});
    expect(headingScores(foldLine("Digital Transformation Programme"))).toEqual({});
    expect(headingScores(foldLine("AutoCAD、SolidWorks"))).toEqual({});
    // A Chinese name is still found wherever it stands in the line.
    expect(headingOf("▌工作经历")).toBe("experience");
  });

  it("opens a French CV's sections, its schooling and languages apart from its jobs", () => {
    const kinds = sectionsOf(
      ["Hélène Marchand", "helene.marchand@example.fr", "EXPÉRIENCES", "2019 – 2022\tComptable, Cabinet Roux", "FORMATION", "2018\tBTS Comptabilité", "LANGUES", "Anglais\tcourant"].join("\n"),
    ).map((s) => [s.kind, s.lines.length]);
    expect(kinds).toEqual([["header", 2], ["experience", 1], ["education", 1], ["languages", 1]]);
  });
});

describe("titles and organizations in French, Spanish, Italian and Portuguese rows (data/roles.ts)", () => {
  it.each([
    ["Chargé d'affaires", "title"], ["Responsable des achats", "title"], ["Assistante de direction", "title"], ["Jefa de proyecto", "title"],
    ["Técnico de mantenimiento", "title"], ["Analista financiero junior", "title"], ["Impiegata amministrativa", "title"], ["Engenheira de software", "title"],
    ["Groupe Martel Distribution", "organization"], ["Grupo Ferrovial", "organization"], ["Transportes Ruiz, S.L.", "organization"], ["Duarte & Filhos, Lda", "organization"],
    ["Barrault Conseil", "organization"], ["Norte Consultores", "organization"],
  ])("reads %s as %s", (text, kind) => {
    const { title, organization } = roleScores(text);
    expect(kind === "title" ? title >= 2 && organization < 2 : organization >= 2 && title < 2).toBe(true);
  });

  it("reads a French row: dates and 'Employer, City' over the title", () => {
    const rows = readExperience(toLines(["Mars 2018 – juin 2020\tMaison Perret Industrie, Lille", "Responsable qualité", "– Audits fournisseurs"].join("\n")), []);
    expect(rows.map((r) => [r.title, r.organization, r.startDate, r.endDate])).toEqual([["Responsable qualité", "Maison Perret Industrie", "2018-03", "2020-06"]]);
  });
});

describe("European degrees and their subjects (data/degrees.ts)", () => {
  const rows = (text: string) => readEducation(toLines(text), []).map((r) => [r.level, r.major, r.school, r.graduationYear]);

  it.each([
    ["Máster en Dirección Financiera", "master"], ["Mastère spécialisé Finance", "master"], ["Laurea magistrale in Ingegneria Civile", "master"], ["Mestrado em Gestão", "master"],
    ["Licence professionnelle Logistique", "bachelor"], ["Grado en Derecho", "bachelor"], ["Licenciatura em Economia", "bachelor"], ["Laurea triennale in Lettere", "bachelor"],
    ["BTS Comptabilité et gestion", "associate"], ["DUT Informatique", "associate"], ["Bachillerato de Ciencias", "high_school"], ["Diploma di maturità scientifica", "high_school"],
    ["Doctorat en chimie", "doctorate"],
  ])("reads %s as %s", (text, level) => {
    expect(degreeLevel(text)).toBe(level);
  });

  it("takes no degree from a driving licence or a licence to practise", () => {
    expect(degreeLevel("Driving licence (B)")).toBeNull();
  });

  it("reads the subject after the degree's word, its year of study and its preposition", () => {
    expect(rows("2019\tMaster 2 Droit des affaires — Université de Bordeaux")).toEqual([["master", "Droit des affaires", "Université de Bordeaux", 2019]]);
    expect(rows("2014\tLicence d'histoire — Université de Rennes 2")).toEqual([["bachelor", "histoire", "Université de Rennes 2", 2014]]);
    expect(rows("Grado en Ingeniería Informática (GII)\t2012 – 2016\nUniversidad de Sevilla")).toEqual([["bachelor", "Ingeniería Informática", "Universidad de Sevilla", 2016]]);
  });

  it("keeps a bracket after the school's name with the school, not as the subject", () => {
    expect(rows("2018\tMaster Marketing — Université Paris 1 (IAE Paris)")).toEqual([["master", "Marketing", "Université Paris 1", 2018]]);
  });
});

describe("a European CV's personal details are dropped (data/personal.ts)", () => {
  it("drops the labelled birth date, ID number, marital status and birthplace in French, Spanish, Italian and Portuguese", () => {
    const { profile, dropped } = readResume(
      ["Inès Morel", "ines.morel@example.fr", "Date de naissance : 04/07/1990", "Lieu de naissance : Nantes", "Situation familiale : pacsée", "DNI: 12345678-Z", "Codice fiscale: MRLNSI90L44F205X", "Data de nascimento: 12/03/1985", "Experiencia laboral", "2016 – 2020\tContable, Norte Consultores"].join("\n"),
    );
    expect(dropped).toEqual(expect.arrayContaining(["birth_date", "household_registration", "marital_childbearing", "national_id"]));
    expect(JSON.stringify(profile)).not.toMatch(/1990|1985|12345678|MRLNSI|Nantes|pacsée/);
  });

  it("drops a header's bare facts: an age in years and a marital status with children", () => {
    const { profile, dropped } = readResume(["Paul Girard", "29 ans\t·\tMarié, trois enfants", "paul.girard@example.fr", "Expériences", "2019 – 2023\tComptable, Barrault Conseil"].join("\n"));
    expect(dropped).toEqual(expect.arrayContaining(["age", "marital_childbearing"]));
    expect(JSON.stringify(profile)).not.toMatch(/29 ans|enfants/);
    expect(readResume(["Ana Ruiz", "Casada, 2 hijos", "ana@example.es"].join("\n")).dropped).toContain("marital_childbearing");
    // A word that only begins like one is no status: "Mariette" is a name.
    expect(readResume(["Mariette Lenoir", "mariette@example.fr", "Expériences", "2019 – 2023\tComptable, Barrault Conseil"].join("\n")).dropped).toEqual([]);
  });
});

describe("management stated in French, Spanish, Italian, Portuguese and Dutch (data/management.ts)", () => {
  it.each([
    "Encadrement d'une équipe de 5 techniciens", "Management de trois commerciaux", "Dirijo un equipo de 4 ingenieros", "Coordinación de 6 técnicos",
    "Gestione di un team di 8 persone", "Liderança de uma equipe de 10 analistas", "Leidinggeven aan 12 medewerkers",
  ])("reads management in '%s'", (text) => {
    expect(managementStated.test(foldLine(text))).toBe(true);
  });

  it.each(["Direction de projets ERP", "Gestión de proveedores y compras", "Coordinamento della logistica", "Recrutement de 40 profils par an"])("reads none in '%s'", (text) => {
    expect(managementStated.test(foldLine(text))).toBe(false);
  });
});

describe("a European CV's languages, lists and footer", () => {
  it("reads languages by their French, Spanish, Italian, Portuguese, Dutch and German names, levels apart", () => {
    const { profile } = readResume(
      ["Léa Bernard", "lea@example.fr", "Langues", "Anglais\tcourant", "Allemand\tnotions", "Italiano: madrelingua", "Portugués (nativo)", "Nederlands\tvloeiend", "Russisch – Grundkenntnisse"].join("\n"),
    );
    expect(profile.languages).toEqual(["英语", "德语", "意大利语", "葡萄牙语", "荷兰语", "俄语"]);
  });

  it("parts a skills list at the European words for 'and' ('Excel y Power Query', 'Word et PowerPoint', 'SAP und Excel')", () => {
    const { profile } = readResume(["Marc Petit", "marc@example.fr", "Compétences", "Word et PowerPoint", "Informática", "Excel y Power Query", "Kenntnisse", "SAP und Jira"].join("\n"));
    expect(profile.skills).toEqual(expect.arrayContaining(["Word", "PowerPoint", "Excel", "Power Query", "SAP", "Jira"]));
  });

  it("leaves a running footer with the candidate's name and the page out ('… · Página 1 de 2', '… | Page 2 sur 3')", () => {
    const { profile } = readResume(["Sara Gil", "sara@example.es", "Certificaciones", "PMP, 2020", "Sara Gil · Página 1 de 2"].join("\n"));
    expect(profile.certifications).toHaveLength(1);
    expect(JSON.stringify(profile.certifications)).not.toMatch(/Sara|Página/);
    expect(furniturePattern.test(foldLine("Jean Roux | Page 2 sur 3"))).toBe(true);
    expect(furniturePattern.test(foldLine("Front page of the annual report"))).toBe(false);
  });
});

describe("a Taiwanese Markdown résumé's 民國 periods, district lines and footer", () => {
  it("reads a 民國 range whose end omits the era ('民國 104 年 2 月 – 106 年 6 月')", () => {
    expect(findSpan("民國 104 年 2 月 – 106 年 6 月")).toMatchObject({ start: { year: 2015, month: 2 }, end: { year: 2017, month: 6 } });
    // A plain year range is no 民國 one: "2015 – 106 年" is not read as ending in 2017.
    expect(findSpan("2015 – 106 年")).toBeNull();
  });

  it("reads '### title @ company' over '*dates · district*' as the row's header, the district and a bracketed remark left out", () => {
    const { profile } = readResume(markdownToLines(
      ["# 陳冠宇", "guanyu@example.tw", "## 工作經歷", "### 前端工程師 @ 晨星軟體股份有限公司", "*2020/03 ~ 2023/05 · 台中市西屯區*", "- 會員系統", "### 設計實習生 @ 藍海設計有限公司", "*民國 108 年 7 月 ~ 108 年 8 月（暑期）*"].join("\n"),
    ));
    expect(profile.experience.map((x) => [x.title, x.organization, x.startDate, x.endDate])).toEqual([
      ["前端工程師", "晨星軟體股份有限公司", "2020-03", "2023-05"],
      ["設計實習生", "藍海設計有限公司", "2019-07", "2019-08"],
    ]);
  });

  it("drops 出生年次 and leaves a 最後更新 footer out", () => {
    const { profile, dropped } = readResume(["陳冠宇", "guanyu@example.tw", "出生年次：民國 85 年", "證照", "TOEIC 850", "最後更新：2026/10/01"].join("\n"));
    expect(dropped).toContain("birth_date");
    expect(JSON.stringify(profile)).not.toMatch(/85 年|最後更新/);
  });
});

describe("a job site's profile copied from the browser: buttons under headings, school over dates over degree", () => {
  const profile = readResume(
    ["王思远", "13912345678", "工作经历", "编辑", "杭州云雀科技有限公司", "2019.04-至今（4年）", "设计师 | 产品部", "负责App界面设计。", "教育经历", "编辑", "浙江大学", "2015.09-2019.06", "本科 | 工业设计 | 统招", "证书", "编辑", "Adobe认证设计师"].join("\n"),
  ).profile;

  it("leaves the 编辑 button under each heading out of the rows and lists", () => {
    expect(profile.experience.map((x) => [x.title, x.organization, x.startDate])).toEqual([["设计师", "杭州云雀科技有限公司", "2019-04"]]);
    expect(profile.certifications).toEqual(["Adobe认证设计师"]);
  });

  it("joins a school, its dates alone below it and its degree line into one row", () => {
    expect(profile.education).toEqual([{ level: "bachelor", school: "浙江大学", major: "工业设计", graduationYear: 2019 }]);
  });
});

describe("a West African CV: State of Origin, a contact address, institutions and qualifications tables", () => {
  const reading = readResume(
    [
      "ADEYEMI, Tolulope Grace", "Date of Birth:\t4th May, 1995", "State of Origin:\tOyo State", "LGA:\tIbadan North", "Contact Address:\t12 Bode Thomas Street, Surulere, Lagos",
      "Phone:\t+234 802 111 2233", "E-mail:\ttolu@example.com",
      "EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES", "Obafemi Awolowo University, Ile-Ife\t2012 – 2017", "Queen's College, Yaba\t2006 – 2012", "St. Anne's Primary School\t2000 – 2006",
      "ACADEMIC QUALIFICATIONS OBTAINED WITH DATES", "B.Sc. Accounting (Second Class Upper Division)\t2017", "Senior Secondary School Certificate (WASSCE)\t2012", "First School Leaving Certificate\t2006",
    ].join("\n"),
  );

  it("drops State of Origin and LGA as an ancestral origin, and reads the contact address as where, not a phone", () => {
    expect(reading.dropped).toEqual(expect.arrayContaining(["birth_date", "household_registration"]));
    expect(reading.profile.phone?.replace(/\D/g, "")).toBe("2348021112233");
    expect(reading.profile.location).toMatch(/Surulere/);
  });

  it("joins each qualification to the institution whose last year it was obtained in, the grade no subject", () => {
    expect(reading.profile.education).toEqual([
      { level: "bachelor", major: "Accounting", school: "Obafemi Awolowo University", graduationYear: 2017 },
      { level: "high_school", school: "Queen's College", graduationYear: 2012 },
    ]);
  });
});
