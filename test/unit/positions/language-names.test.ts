import { describe, expect, it } from "vitest";
import { languages } from "../../../server/matching/data/languages.js";
import { canonicalSkill } from "../../../server/matching/skills.js";
import { findLanguages } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const line = (text: string) => ({ text, key: foldAligned(text) });
const read = (...texts: string[]) => findLanguages(texts.map(line)).map((l) => `${l.name}${l.required ? "" : "?"}`);

describe("one table of languages for the position reader and matching", () => {
  it("gives matching every name of a language as one concept", () => {
    for (const { names } of languages) for (const name of names) expect(canonicalSkill(name)).toBe(canonicalSkill(names[0]));
    expect(canonicalSkill("韓國語")).toBe(canonicalSkill("Korean"));
    expect(canonicalSkill("葡国语")).toBe(canonicalSkill("Portuguese"));
  });

  it("reads each language of a list its own, not the first of a group", () => {
    expect(read("Fluency in Xitsonga and Tshivenda")).toEqual(["Xitsonga", "Tshivenda"]);
  });

  it("names a language written in two forms by its canonical one where the text writes it", () => {
    expect(read("能用英文回复海外客户邮件", "英语六级以上")).toEqual(["英语"]);
    expect(read("韩国语口语流利", "韩语能力考试4级以上")).toEqual(["韩语"]);
  });

  it("keeps the form written first when only that form is written, or the other is in another script", () => {
    expect(read("英文读写流利")).toEqual(["英文"]);
    expect(read("Fluent spoken English; 英語流利")).toEqual(["English"]);
  });
});

describe("Malaysia's Bahasa, and languages said of the people served", () => {
  it("reads Bahasa Malaysia as Malay and Bahasa Indonesia as Indonesian", () => {
    expect(read("Required languages: English, Bahasa Malaysia")).toEqual(["English", "Bahasa Malaysia"]);
    expect(read("Fluent Bahasa Indonesia is required")).toEqual(["Bahasa Indonesia"]);
    expect(canonicalSkill("Bahasa Malaysia")).toBe(canonicalSkill("Malay"));
  });

  it("reads no language said of the clients the post serves", () => {
    expect(read("Fluent English required to support our Korean-speaking customers")).toEqual(["English"]);
  });
});
