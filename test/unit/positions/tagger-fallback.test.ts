import { describe, expect, it } from "vitest";
import { lineFeatures } from "../../../server/documents/line-features.js";
import { cleanDocument } from "../../../server/positions/clean.js";
import { positionLineClasses, type PositionLineClass } from "../../../server/positions/data/line-model.js";
import { positionLineFeatures, tagPositionLines, type TaggedLine } from "../../../server/positions/line-classes.js";
import { positionsFromTags } from "../../../server/positions/tagged-position.js";

const features = (text: string) => positionLineFeatures(cleanDocument(text)).features;

/**
 * A document's lines with the tags and own scores a test gives them: `[tag, own]` per line, `own` the class the line's
 * own evidence scores highest (the sequence's tag may differ, pulled over by a neighbour).
 */
function tagged(text: string, classes: [PositionLineClass, PositionLineClass][]) {
  const clean = cleanDocument(text);
  const lines = tagPositionLines(clean);
  expect(lines.length).toBe(classes.length);
  const scores = (own: PositionLineClass) => Object.fromEntries(positionLineClasses.map((c) => [c, c === own ? 1 : 0])) as TaggedLine["scores"];
  return { clean, lines: lines.map((l, i) => ({ ...l, tag: classes[i]![0], scores: scores(classes[i]![1]) })) };
}

describe("the tagger's reading does not hang on one tag", () => {
  it("titles a post by a role line its own evidence calls a title, when the sequence read it as the first duty", () => {
    const text = "Job description\nSenior Planning Adviser – Housing Delivery\nDirectorate: Place and Growth\nMain duties\nLead the team's work on major housing applications\nAdvise members on complex planning cases";
    const { clean, lines } = tagged(text, [
      ["heading:duty", "heading:duty"], ["duty", "title"], ["title", "title"], ["heading:duty", "heading:duty"], ["duty", "duty"], ["duty", "duty"],
    ]);
    expect(positionsFromTags(clean, lines).map((p) => p.title.text)).toEqual(["Senior Planning Adviser – Housing Delivery"]);
  });

  it("reads a chat post's first line for the role when only its neighbours made it furniture", () => {
    const text = "李娜 09:15\n[内推] 云帆科技-增长部-用户研究员（杭州）\n【要求】\n· 本科及以上，心理学相关专业\n· 2年以上用户研究经验";
    const { clean, lines } = tagged(text, [
      ["furniture", "furniture"], ["furniture", "text"], ["heading:requirement", "heading:requirement"], ["requirement", "requirement"], ["requirement", "requirement"],
    ]);
    expect(positionsFromTags(clean, lines).map((p) => p.title.text)).toEqual(["用户研究员"]);
  });

  it("still passes over a line that is furniture by its own words", () => {
    const text = "首页 > 招聘 > 产品经理\n【要求】\n· 本科及以上\n· 3年以上产品经验";
    const { clean, lines } = tagged(text, [["furniture", "furniture"], ["heading:requirement", "heading:requirement"], ["requirement", "requirement"], ["requirement", "requirement"]]);
    expect(positionsFromTags(clean, lines).map((p) => p.title.text)).not.toContain("产品经理");
  });

  it("reads a paragraph opening with a role's name as that role's even when the sequence called it company", () => {
    const text = "Hiring thread — December\nHarbour Labs | Data Engineer, Designer | Remote\nData Engineer — you will build the pipelines our customers' dashboards run on, in Python and SQL.\nDesigner — you will own the look of our app and work with customers every week.";
    const { clean, lines } = tagged(text, [["text", "text"], ["tags", "tags"], ["company", "text"], ["company", "text"]]);
    expect(positionsFromTags(clean, lines).map((p) => p.title.text)).toEqual(["Data Engineer", "Designer"]);
  });
});

describe("line features for page chrome and chat senders", () => {
  it("marks a chat message's sender line, in each export's form, and not a post's lines", () => {
    const f = features("张扬 14:32\n招聘前台文员一名\n12/11/26, 09:14 - Marcus Tan:\n*HIRING – Sous Chef*\nMira (Mod) — Today at 9:02 AM\n负责接待来访客户");
    expect(f.map((l) => l["v:chatSender"] === 1)).toEqual([true, false, true, false, true, false]);
    expect(f[1]!["prev:v:chatSender"]).toBe(1);
  });

  it("marks runs of three or more bare short lines (a menu), not a numbered list or a lone short line", () => {
    const text = "Skip to content\nJob search\nProfile\nCareer advice\nWarehouse Operator\n1. Pick and pack orders\n2. Load trucks\n3. Keep the floor clean\nRequirements:\nForklift licence";
    const f = features(text);
    expect(f.map((l) => l["run:bare"] === 1)).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  it("marks the first and last sixth of a document of twelve lines or more", () => {
    const f = features(Array.from({ length: 12 }, (_, i) => `第${i + 1}行内容，说明一下。`).join("\n"));
    expect(f.map((l) => (l["pos:head"] ? "h" : l["pos:tail"] ? "t" : "-")).join("")).toBe("hh--------tt");
    expect(features("前台文员\n负责接待\n负责收发快递")[0]!["pos:head"]).toBeUndefined();
  });

  it("counts keycap numbering as an outer list over emoji items", () => {
    const lines = ["1️⃣ 某车企｜BMS软件工程师", "✔️ 本科及以上", "✔️ 3年以上经验", "2️⃣ 同一家｜功能安全经理", "✔️ 8年以上经验"].map((text) => ({ text }));
    const f = lineFeatures(lines, {});
    expect(f.map((l) => l["list:outer"] === 1)).toEqual([true, false, false, true, false]);
  });
});
