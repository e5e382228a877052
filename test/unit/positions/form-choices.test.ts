import { describe, expect, it } from "vitest";
import { numberingPrefix } from "../../../server/positions/headings.js";
import { parsePositions } from "../../../server/positions/parse.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("lettered posts and a printed form's choices", () => {
  it("reads posts lettered 【A】 / 【B】 by their names", () => {
    const text = [
      "暑期工讀生招募",
      "【A】門市服務人員（3名）",
      "・高中職以上，可配合排班",
      "・有餐飲經驗佳",
      "【B】倉儲助理（1名）",
      "・可搬運重物",
      "・會使用Excel",
    ].join("\n");
    expect(titles(text)).toEqual(["門市服務人員", "倉儲助理"]);
  });

  it("takes a lettered or numbered bracket (【a】, 【2】, 【三】) for a heading's numbering", () => {
    expect(["【a】门市服务人员", "【2】仓储助理", "【三】司机"].map((k) => numberingPrefix.exec(k)![0])).toEqual(["【a】", "【2】", "【三】"]);
    expect(numberingPrefix.exec("【急聘】门市服务人员")![0]).toBe("");
  });

  it("reads the choices under a required form question as choices, not posts", () => {
    const text = [
      "Summer staff application",
      "1) Kitchen Assistant",
      "- Help prepare meals for 200 campers",
      "- Food hygiene certificate preferred",
      "Your name *",
      "Your answer",
      "Which role are you applying for? *",
      "○ Lifeguard Supervisor",
      "○ Kitchen Assistant",
      "Available dates *",
      "□ June",
      "□ July",
    ].join("\n");
    expect(titles(text)).toEqual(["Kitchen Assistant"]);
  });
});
