import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { findSkills } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));
const skills = (...texts: string[]) => findSkills(lines(...texts)).map((s) => `${s.name}${s.required ? "" : "?"}`);
const only = (text: string) => {
  const positions = parsePositions(text).positions;
  expect(positions).toHaveLength(1);
  return positions[0]!;
};

describe("a requirement broken across lines", () => {
  it("joins a narrow column's lines cut at its measure", () => {
    const ad = only(["诚聘仓管员", "中专以上学历，2年以上仓储", "经验，熟悉出入库及盘点，能", "吃苦耐劳，包吃包住。电话：", "0712-5550 1234王先生"].join("\n"));
    expect(ad.requirements.experience.minYears).toBe(2);
    expect(ad.requirements.education.minLevel).toBe("high_school");
  });

  it("joins an English line that goes on in lower case, so the preference after the break counts", () => {
    const post = only(
      [
        "Position: Hydrologist",
        "Requirements:",
        "a) A Master's degree in Hydrology or Civil Engineering;",
        "b) Registration with the Institution of Civil Engineers as a flood risk assessor would be an",
        "advantage.",
      ].join("\n"),
    );
    expect(post.requirements.certifications.map((c) => [c.name, c.required])).toEqual([["flood risk assessor", false]]);
  });

  it("leaves a heading above a capitalised sentence apart", () => {
    const post = only(["Position: Hydrologist", "QUALIFICATIONS AND EXPERIENCE", "The Consultant shall have the following:", "- A Master's degree in Hydrology"].join("\n"));
    expect(post.requirements.education.majors).toEqual(["Hydrology"]);
  });
});

describe("a sentence that heads the asks at the end of a line", () => {
  it("opens the requirements under it", () => {
    const post = only(
      ["Role: Embedded Firmware Engineer", "You'd own the firmware on our sensor boards. What we need:", "• 4+ yrs of embedded C", "• BS in Electrical Engineering or a related field", "Nice to have: Zephyr"].join("\n"),
    );
    expect(post.requirements.education.minLevel).toBe("bachelor");
    expect(post.requirements.education.majors).toEqual(["Electrical Engineering"]);
    expect(post.requirements.experience.minYears).toBe(4);
  });
});

describe("names inside a requirement", () => {
  it("keeps a known name with a slash whole", () => {
    expect(skills("熟悉TCP/IP协议栈及CI/CD流程")).toEqual(expect.arrayContaining([expect.stringMatching(/^TCP\/IP/), expect.stringMatching(/^CI\/CD/)]));
    expect(skills("熟悉 HTML/CSS")).toEqual(["HTML", "CSS"]);
  });

  it("reads the tool before what it is used to write", () => {
    expect(skills("会用Python写Maya插件者优先")).toEqual(["Python?"]);
  });

  it("reads no tool from the title's own abbreviation", () => {
    const post = only(["▶ 关卡设计（LD）｜杭州｜15-25K", "· 3年以上LD工作经验", "· 熟练使用Unreal Engine"].join("\n"));
    expect(post.requirements.skills.map((s) => s.name)).not.toContain("LD");
  });
});
