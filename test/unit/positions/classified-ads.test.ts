import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { normalizeTitle } from "../../../server/positions/title.js";
import { foldKey } from "../../../server/text/fold.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);
const name = (text: string) => normalizeTitle({ text, key: foldKey(text) }).text;

describe("classified ads", () => {
  it("drops the advertiser before 诚聘 / 急聘 / 急招 from a post's name", () => {
    expect(["本店诚聘面点师", "某物流公司急招叉车司机", "火锅店高薪诚聘服务员", "诚聘会计"].map(name)).toEqual(["面点师", "叉车司机", "服务员", "会计"]);
    expect(name("招聘专员")).toBe("招聘专员");
  });

  it("reads an ad whose body opens with the post, its headcount and a colon", () => {
    const text = [
      "诚聘出纳",
      "大专以上学历，1年以上出纳经验。电话：137 0000 3333",
      "某电子厂招聘",
      "质检员3名：高中以上学历，视力良好，",
      "能适应两班倒。电话：138 0000 1111",
      "本店急招面点师",
      "2年以上面点经验，持健康证，包吃住。",
      "电话：139 0000 2222",
    ].join("\n");
    expect(titles(text)).toEqual(["出纳", "质检员", "面点师"]);
  });
});

describe("a classified page's other notices", () => {
  it("end the post set above them", () => {
    const page = ["酒家诚聘厨师", "5年以上湘菜经验，持健康证，包吃住。电话：186 2700 0000", "求职", "本人女，持C1驾照，求文员工作。电话：135 0000 0000", "■ 声明公告", "李明遗失教师资格证书，声明作废。"].join("\n");
    const positions = parsePositions(page).positions;
    expect(positions.map((p) => [p.title, p.requirements.certifications.map((c) => c.name)])).toEqual([["厨师", ["健康证"]]]);
  });
});
