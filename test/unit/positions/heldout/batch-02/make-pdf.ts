import { writeFileSync } from "node:fs";
import { cmapPdf } from "../../../../fixtures/documents/cmap-pdf.js";

/** Regenerates 09_pdf_form_rows.pdf (`npx tsx test/unit/positions/heldout/batch-02/make-pdf.ts`); the eval only reads the committed file. */
export const pdfLines = [
  "电商运营部岗位说明书",
  "岗位名称：电商运营专员",
  "岗位编号：EC-01",
  "岗位等级：P3",
  "编制人数：2人",
  "汇报对象：电商运营经理",
  "晋升路径：运营专员→运营主管→电商运营经理",
  "岗位目的：提升店铺流量和转化，完成月度销售目标",
  "工作内容：",
  "1.负责天猫、京东店铺的日常运营和活动报名",
  "2.策划店铺促销活动，优化商品详情页",
  "3.分析店铺流量和转化数据，提出改进方案",
  "4.对接客服和仓储，跟进订单问题",
  "任职条件：",
  "学历：大专及以上学历，电子商务或市场营销专业",
  "经验：2年以上天猫或京东店铺运营经验",
  "技能：熟练使用生意参谋、Excel",
  "其他：有较强的数据敏感度",
];

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL("./09_pdf_form_rows.pdf", import.meta.url), cmapPdf(pdfLines));
}
