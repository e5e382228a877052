import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { readLabels } from "../../../server/positions/labels.js";

const parse = (text: string) => parsePositions(text).positions;

describe("Markdown emphasis around a label", () => {
  it.each(["**Role:** Data Engineer", "**Role**: Data Engineer", "__Position:__ Data Engineer", "**职位：** 数据工程师"])("%j is a title label", (line) => {
    const key = line.toLowerCase().replace("：", ":");
    const label = readLabels(key).find((l) => l.field === "title");
    expect(label && key.slice(label.start, label.end).trim()).toMatch(/^(?:data engineer|数据工程师)$/);
  });
});

describe("a chat export's posts", () => {
  const discord = [
    "#hiring",
    "ana.ops — 12/01/2026 9:14 AM",
    "**Company:** Harbor Freight Tech",
    "**Role:** Backend Developer",
    "**Requirements:**",
    "• 4+ years with Go and PostgreSQL",
    "• Experience with Kafka",
    "curious_cat — 12/01/2026 9:30 AM",
    "do you sponsor visas? I have 5 years of experience with Terraform",
    "Northwind — Today at 11:02 AM",
    "**Company:** Northwind",
    "**Role:** Data Analyst (Contract, 3 months)",
    "**Requirements:**",
    "• 2+ years of SQL and Tableau",
  ].join("\n");

  it("reads each template post, its role named by a bold label", () => {
    expect(parse(discord).map((p) => p.title)).toEqual(["Backend Developer", "Data Analyst (Contract, 3 months)"]);
  });

  it("ends a post where another sender's message starts", () => {
    const [backend] = parse(discord);
    const skills = backend!.requirements.skills.map((s) => s.name);
    expect(skills).toContain("Kafka");
    expect(skills).not.toContain("Terraform");
    expect(skills).not.toContain("Tableau");
  });

  it("keeps a sender's follow-up lines in the post", () => {
    const line = ["09:12\t陈经理\t帮朋友公司招人", "09:13\t陈经理\t职位：测试工程师", "・熟悉Python、Selenium", "・3年以上测试经验", "09:15\t小李\t请问可以远程吗，我会Java", "09:20\t陈经理\t不可以"].join("\n");
    const [p] = parse(line);
    expect(p!.title).toBe("测试工程师");
    const skills = p!.requirements.skills.map((s) => s.name);
    expect(skills).toContain("Selenium");
    expect(skills).not.toContain("Java");
  });
});

describe("a chat export that writes each message on its sender's line", () => {
  const whatsapp = [
    "03/02/27, 08:00 - Ana Lopes created group \"Lisbon Tech Jobs\"",
    "03/02/27, 08:01 - Ana Lopes: Welcome! Jobs only please, format: Role / Company / Pay / Requirements",
    "03/02/27, 09:10 - Rui Costa: *HIRING – Line Cook* 🍳",
    "Restaurant: Mar Azul, Cascais",
    "Requirements:",
    "- Min 2 years in a busy kitchen",
    "- Food Hygiene Certificate is a must",
    "03/02/27, 09:12 - Ana Lopes: Is this open to students?",
    "03/02/27, 10:30 - Sofia Reis: *We're hiring: Data Analyst (Contract)* 📊",
    "Northwind Lda – Porto & remote",
    "What we need:",
    "• 3+ years of SQL and Tableau",
    "• Portuguese and English",
    "03/02/27, 10:31 - Tiago Neves: Anyone know a good plumber in Braga? I know Python too",
  ].join("\n");

  it("reads each hiring message, named by its first line, not the company line under it", () => {
    expect(parse(whatsapp).map((p) => p.title)).toEqual(["Line Cook", "Data Analyst"]);
  });

  it("leaves the other senders' messages out of the posts", () => {
    const analyst = parse(whatsapp)[1]!;
    expect(analyst.requirements.skills.map((s) => s.name)).toContain("Tableau");
    expect(analyst.requirements.skills.map((s) => s.name)).not.toContain("Python");
  });

  it("reads a LINE export's message on its sender's line the same way", () => {
    const line = ["09:12\t陈经理\t帮朋友公司招人", "09:13\t陈经理\t【急聘】仓库管理员", "・熟悉ERP系统", "・2年以上仓库管理经验", "09:15\t小李\t收到"].join("\n");
    expect(parse(line).map((p) => p.title)).toEqual(["仓库管理员"]);
  });
});
