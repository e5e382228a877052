import { writeFileSync } from "node:fs";
import { cmapPdf } from "../../../../fixtures/documents/cmap-pdf.js";

/** Regenerates 12_pdf_label_value.pdf (`npx tsx test/unit/positions/heldout/batch-01/make-pdf.ts`); the eval only reads the committed file. */
export const pdfLines = [
  "行政专员岗位说明书",
  "岗位名称：行政专员",
  "所属部门：综合管理部",
  "直接上级：行政主管",
  "岗位定员：2人",
  "工作职责：",
  "1、负责办公用品采购、登记和发放",
  "2、负责会议室预定及会议纪要整理",
  "3、负责来访接待与前台电话转接",
  "4、协助组织公司年会和员工活动",
  "任职要求：",
  "学历要求：大专及以上学历",
  "专业要求：行政管理、文秘相关专业",
  "工作经验：2年以上行政工作经验",
  "技能要求：熟练使用Word、Excel、PPT",
  "证书要求：无",
  "其他要求：做事细心，有责任心",
];

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL("./12_pdf_label_value.pdf", import.meta.url), cmapPdf(pdfLines));
}
