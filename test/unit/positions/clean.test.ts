import { describe, expect, it } from "vitest";
import { cleanDocument } from "../../../server/positions/clean.js";
import { applyEdits, identity, originalSlice } from "../../../server/positions/mapped-text.js";
import { foldAligned } from "../../../server/text/fold.js";

const cleaned = (text: string) => cleanDocument(text).text;

describe("cleanDocument furniture", () => {
  it.each([
    "- 5、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
    "上传人:桔**** 文档编号:499719244 上传时间:2023-09-10 格式:DOC 页数:14",
    "第1页 / 共14页",
    "销售内勤岗位职责范本(资料)_第3页",
    "点击查看更多>>",
    "《销售内勤岗位职责范本(资料)》由会员分享,可在线阅读,更多相关请在金锄头文库上搜索。",
    "无论是身处学校还是步入社会,大家都尝试过写作吧。以下是我为大家搜集的优质范文,仅供参考,一起来看看吧",
    "每个岗位都有每个岗位的说明书,下面为大家搜集的一篇“法务主管岗位说明书范文”,供大家参考借鉴!",
    "当前位置:首页 > 行业资料 > 国内外标准规范",
    "经营许可证:蜀ICP备13022795号 | 川公网安备 51140202000112号",
    "文档评论(0)",
    "第 2 页 共 5 页",
    "下载文档到电脑，查找使用更方便",
    "还剩3页未读，继续阅读",
    '<image>data:image/s3,"s3://crabby-images/8a499/8a4990bdbfe31f9fbb91267e40d8368d0256f18f" alt="营销总监岗位职务说明书_第2页"</image>',
  ])("removes the line %s", (line) => {
    expect(cleaned(`销售经理岗位职责\n${line}\n1、负责销售工作。`)).toBe("销售经理岗位职责\n1、负责销售工作。");
  });

  it("removes a recommendation list with its header", () => {
    const text = "8、代表公司与外界的联络权。\n【xx為您推薦】\n媒介購買職位說明書\n策劃總監崗位職責說明書\n銷售助理崗位職責說明書篇六\n崗位名稱";
    expect(cleaned(text)).toBe("8、代表公司与外界的联络权。\n銷售助理崗位職責說明書篇六\n崗位名稱");
  });

  it("removes the .精品文档 stamp inside a line, keeping a line break in its place", () => {
    expect(cleaned("对下属部门实施指导。.精品文档4、合作关系")).toBe("对下属部门实施指导。\n4、合作关系");
  });

  it("removes pinyin readings inserted after characters but keeps real parentheses", () => {
    expect(cleaned("營銷總監(jiān)崗位職務(wù)說明書(资料)")).toBe("營銷總監崗位職務說明書(资料)");
  });

  it("drops the empty cells a CSV pads a row with, and a row of nothing else", () => {
    expect(cleaned("2027年校园招聘计划,,,,,,\n,,,,\n岗位:会计;;;\n1、熟悉用友, 金蝶")).toBe("2027年校园招聘计划\n\n岗位:会计\n1、熟悉用友, 金蝶");
  });

  it("keeps ordinary content untouched", () => {
    const text = "岗位名称:销售经理\n任职资格:\n1、本科及以上学历;\n2、3年以上销售经验。";
    expect(cleaned(text)).toBe(text);
  });
});

describe("cleanDocument page breaks", () => {
  it("re-joins a list item split by a page number: 7\\n2、、全面负责", () => {
    expect(cleaned("6、负责执行方案。7\n2、、全面负责协调工作。8、负责审核。")).toBe("6、负责执行方案。7、全面负责协调工作。8、负责审核。");
  });

  it("re-joins numbered page chunks that cut sentences", () => {
    const long = "负责客户信息的管理;负责成品发运的管理;负责客户投诉信息的传递与跟踪处理;做好本部门有关的统计与信息传递工作。".repeat(3);
    const text = `1、${long}公司外部客户单位电话、传真等方式接收、\n\n2、确认客户的订单信息${long}以及\n\n3、价格等方面的协议。`;
    expect(cleaned(text)).toBe(`${long}公司外部客户单位电话、传真等方式接收、确认客户的订单信息${long}以及价格等方面的协议。`);
  });

  it("does not treat an ordinary numbered list as page chunks", () => {
    const text = "1、负责销售工作;\n2、完成销售目标;\n3、维护客户关系。";
    expect(cleaned(text)).toBe(text);
  });

  it("re-joins a sentence cut by a page marker line", () => {
    expect(cleaned("1、负责客户\n- 2 -\n关系维护；\n2、完成目标。")).toBe("1、负责客户关系维护；\n2、完成目标。");
    expect(cleaned("1、负责客户关系维护；\n第2页 / 共5页\n2、完成目标。")).toBe("1、负责客户关系维护；\n2、完成目标。");
  });

  it("drops a lone page number between two halves of a sentence", () => {
    expect(cleaned("负责公司营销费用的\n12\n审核工作。")).toBe("负责公司营销费用的\n审核工作。");
  });
});

describe("offset map", () => {
  it("maps every cleaned slice back to an exact slice of the original", () => {
    const original = "上传人:某某\n销售经理岗位职责\r\n1、负责.精品文档销售\n第1页 / 共2页\n2、完成目标";
    const clean = cleanDocument(original);
    for (let a = 0; a < clean.text.length; a += 3) {
      for (let b = a + 1; b <= clean.text.length; b += 5) {
        expect(original.includes(originalSlice(original, clean, a, b))).toBe(true);
      }
    }
    const at = clean.text.indexOf("销售经理");
    expect(originalSlice(original, clean, at, at + 4)).toBe("销售经理");
  });

  it("folds to a key of the same length, so positions line up", () => {
    const text = "銷售總監ＡＢＣ，１６０ｃｍ";
    expect(foldAligned(text)).toBe("销售总监abc,160cm");
    expect(foldAligned(text).length).toBe(text.length);
  });

  it("gives inserted text the origin of what it replaces", () => {
    const m = applyEdits(identity("ab.精品文档cd"), [{ start: 2, end: 7, insert: "\n" }]);
    expect(m.text).toBe("ab\ncd");
    expect(m.origin).toEqual([0, 1, 2, 7, 8]);
  });
});

describe("cleanDocument stacked fields (a label alone on its line, its value on the next)", () => {
  it.each([
    ["工作經歷\n3年以上", "工作經歷: 3年以上"],
    ["科系要求\n國際貿易相關、商業管理相關", "科系要求: 國際貿易相關、商業管理相關"],
    ["工作經歷：\n3年以上", "工作經歷: 3年以上"],
    ["Job type\nFull-time", "Job type: Full-time"],
    ["Pay\n\n$22 - $26 an hour", "Pay: $22 - $26 an hour"],
  ])("joins a stacked pair into one field line (case %#)", (text, line) => {
    expect(cleaned(text)).toBe(line);
  });

  it("joins each pair of a run of fields, one label to one value", () => {
    expect(cleaned("工作經歷\n3年以上\n學歷要求\n大學以上\n需求人數\n1~2人")).toBe("工作經歷: 3年以上\n學歷要求: 大學以上\n需求人數: 1~2人");
  });

  it("does not take a label for a value: the label with no value stays, the next pair joins", () => {
    expect(cleaned("上班地點\n工作待遇\n面議")).toBe("上班地點\n工作待遇: 面議");
  });

  it("leaves a heading over a list alone: a label that heads a section joins only a value that is its one line", () => {
    expect(cleaned("擅長工具\nExcel\nWord\nPowerPoint")).toBe("擅長工具\nExcel\nWord\nPowerPoint");
    expect(cleaned("擅長工具\nExcel、Word\n具備證照\n無")).toBe("擅長工具: Excel、Word\n具備證照: 無");
  });

  it.each([
    ["a list item", "工作經歷\n1. 3年以上銷售經驗"],
    ["a bulleted item", "经验：\n◆2年以上采购工作经验。\n技能技巧："],
    ["a flattened form row holding labels of its own", "崗位名稱\n企業管理部 所在部門 人1 崗位定員"],
    ["a label: value line", "Pay\nSalary: $50,000"],
    ["a word that is no field label", "Overtime\nWeekends as needed"],
    ["the first of a list under a label", "直接下级：\n销售代表\n客服专员"],
  ])("does not join a value that is %s", (_, text) => {
    expect(cleaned(text)).toBe(text);
  });

  it("keeps the map back to the original across the join", () => {
    const original = "前言\n工作經歷\n3年以上\n結尾";
    const c = cleanDocument(original);
    const at = c.text.indexOf("3年以上");
    expect(originalSlice(original, c, at, at + 4)).toBe("3年以上");
    expect(originalSlice(original, c, 0, c.text.length)).toBe(original);
  });
});

describe("cleanDocument: a signature set off at the end", () => {
  const message = "3️⃣ 底盘控制算法工程师\n✔️ 熟练使用MATLAB/Simulink\n\n";
  it("drops the delimiter and the sender's lines when one of them is a contact", () => {
    const text = cleaned(`${message}——\nJessica Chen | 高级顾问 汽车事业部\n科锐尔人才 Careerpath Talent\n📱 138-2046-6621（微信同号）\n`);
    expect(text).toContain("MATLAB");
    expect(text).not.toMatch(/Jessica|Careerpath|138-2046/);
  });

  it("keeps what follows a delimiter when it is no signature: no contact, long lines, or more text after", () => {
    expect(cleaned(`${message}——\nJessica Chen | 高级顾问\n`)).toContain("Jessica Chen");
    expect(cleaned(`${message}---\nSenior Data Engineer\nTel 6216 0000\n${"- builds pipelines every day. ".repeat(1)}\n- Owns the warehouse.\n- Runs the on-call rota.\n- Writes the docs.\n- Mentors juniors.\n- Reviews code.\n`)).toContain("Senior Data Engineer");
  });
});
