import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("a heading right above a duties heading names a post, even without a role word", () => {
  it("reads numbered Markdown headings of directions as posts", () => {
    const page = [
      "# 2027 招聘需求", "", "## 一、Unreal 引擎开发（技术美术方向）", "### 工作职责", "1. 负责引擎渲染管线维护；", "2. 与美术协作制作工具链。",
      "### 任职要求", "1. 本科及以上学历；", "2. 3 年以上 UE5 经验。", "", "## 二、游戏数值策划", "### 工作职责", "1. 负责战斗数值设计。",
      "### 任职要求", "1. 2 年以上数值策划经验。",
    ].join("\n");
    expect(titles(page)).toEqual(["Unreal 引擎开发(技术美术方向)", "游戏数值策划"]);
  });

  it("looks past an export's anchor lines between the heading and its duties", () => {
    const page = [
      '<a name="x1"></a>', "## 1. 嵌入式软件开发", '<a name="x2"></a>', "### 岗位职责", "1. 负责车载控制器软件开发；", "2. 编写单元测试。",
      '<a name="x3"></a>', "### 任职要求", "1. 熟悉 C 语言与 AUTOSAR；", "", '<a name="x4"></a>', "## 2. 测试工程师", "### 岗位职责", "1. 负责台架测试。",
      "### 任职要求", "1. 大专及以上学历。",
    ].join("\n");
    expect(titles(page)).toEqual(["嵌入式软件开发", "测试工程师"]);
  });

  it("reads English headings of functions as posts", () => {
    const page = [
      "Open roles at Northwind", "", "## Platform Reliability (SRE)", "Responsibilities", "- Run the on-call rotation for the core platform",
      "- Automate capacity planning", "", "Requirements", "- 4+ years operating Kubernetes in production", "", "## Technical Writing", "Responsibilities",
      "- Write the API reference and tutorials", "Requirements", "- 2+ years writing developer documentation",
    ].join("\n");
    expect(titles(page)).toEqual(["Platform Reliability (SRE)", "Technical Writing"]);
  });

  it("keeps a role's name apart from where it is worked", () => {
    const page = [
      "## Open roles", "### Backend Engineer · Remote (EU)", "**What you'll do**", "- Build the billing API", "**What you bring**", "- 3+ years of Go",
      "### Data Analyst · Remote (EU)", "**What you'll do**", "- Build dashboards", "**What you bring**", "- SQL",
    ].join("\n");
    expect(titles(page)).toEqual(["Backend Engineer", "Data Analyst"]);
  });

  it("does not take an organization or a plain line for a post", () => {
    const page = ["## 星河科技有限公司", "## 一、客户端开发", "### 工作职责", "1. 负责客户端开发；", "### 任职要求", "1. 本科及以上学历"].join("\n");
    expect(titles(page)).toEqual(["客户端开发"]);
  });
});
