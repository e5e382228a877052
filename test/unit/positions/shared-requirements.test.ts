import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { cleanDocument } from "../../../server/positions/clean.js";
import { sharedRequirements } from "../../../server/positions/shared-requirements.js";

const languages = (text: string) => parsePositions(text).positions.map((p) => [p.title, p.requirements.languages.map((l) => l.name)]);
const shared = (text: string) => sharedRequirements(cleanDocument(text)).map((s) => s.key.trim());

describe("a requirement stated for every post applies to each", () => {
  it("reads a Traditional line after the posts for both", () => {
    const page = [
      "門市招聘", "", "○收銀員 2名", "工作內容：負責收銀及盤點", "要求：中五程度", "", "○理貨員 1名", "工作內容：負責上架及補貨", "要求：能搬重物", "",
      "所有職位均需識講普通話",
    ].join("\n");
    expect(languages(page)).toEqual([["收銀員", ["普通話"]], ["理貨員", ["普通話"]]]);
  });

  it("reads a shared heading's items above the posts", () => {
    const page = [
      "共同條件：", "1、須能以英語溝通", "2、大專以上學歷", "", "一、行政助理", "工作內容：", "1、處理文書工作", "", "二、會計助理", "工作內容：", "1、處理帳務",
      "任職要求：", "1、熟悉Excel",
    ].join("\n");
    const positions = parsePositions(page).positions;
    expect(positions.map((p) => [p.title, p.requirements.education.minLevel, p.requirements.languages.map((l) => l.name)])).toEqual([
      ["行政助理", "associate", ["英語"]],
      ["會計助理", "associate", ["英語"]],
    ]);
  });

  it("reads an English line for all roles", () => {
    const page = [
      "## Line Cook", "Responsibilities", "- Prep and cook the lunch menu", "Requirements", "- 1+ years in a busy kitchen", "", "## Kitchen Porter",
      "Responsibilities", "- Keep the kitchen clean", "", "All roles require fluent Spanish.",
    ].join("\n");
    expect(languages(page)).toEqual([["Line Cook", ["Spanish"]], ["Kitchen Porter", ["Spanish"]]]);
  });

  it("finds the shared lines, not a list of posts or a duties heading", () => {
    expect(shared("以上岗位均要求：英语六级以上")).toEqual(["英语六级以上"]);
    expect(shared("Requirements for all roles:\n- Right to work in the UK\n- Weekend availability\n\nHow to apply")).toEqual(["- right to work in the uk", "- weekend availability"]);
    expect(shared("各岗位职责如下：\n1、负责收银")).toEqual([]);
    expect(shared("以下岗位：\n1、会计\n2、出纳")).toEqual([]);
  });

  it("reads a Markdown section shared by the roles, across its blank lines and past its table of facts", () => {
    const page = [
      "# Two openings in the data team", "", "## Common to both roles", "", "| Field | Value |", "| --- | --- |", "| Location | Lisbon, hybrid |", "",
      "- Fluent written Portuguese is a must.", "- A valid driving licence.", "", "## Data Engineer", "", "**Requirements**", "", "- 3+ years with Airflow", "",
      "## Analytics Engineer", "", "**Requirements**", "", "- 2+ years with dbt",
    ].join("\n");
    const positions = parsePositions(page).positions;
    expect(positions.map((p) => [p.title, p.requirements.languages.map((l) => l.name)])).toEqual([
      ["Data Engineer", ["Portuguese"]],
      ["Analytics Engineer", ["Portuguese"]],
    ]);
    expect(shared(page)).toEqual(["- fluent written portuguese is a must.", "- a valid driving licence."]);
  });
});

