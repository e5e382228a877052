import { p, table } from "../../../fixtures/documents/build-docx.js";

/**
 * The .docx documents of the resume corpus, as Word would hold them: tables of label/value cells
 * (the classic 个人简历 template) and plain paragraphs. `make-corpus.ts` writes them to disk.
 */
export const docxSources: Record<string, string> = {
  // The classic template: one table, labels and values side by side, a photo cell, multi-paragraph cells.
  "batch1/06_zh_table.docx": [
    p("个人简历"),
    table([
      ["姓名", "张伟", "性别", "男", "照片"],
      ["出生日期", "1995-03-12", "民族", "汉", ""],
      ["籍贯", "河南郑州", "婚姻状况", "未婚", ""],
      ["身份证号", "410102199503120011", "政治面貌", "团员", ""],
      ["联系电话", "137 0000 1122", "电子邮箱", "zhangwei95@qq.com", ""],
      ["现居住地", "北京市海淀区", "健康状况", "良好", ""],
      ["求职意向", "运维工程师", "", "", ""],
      ["教育经历", ["2013.09-2017.06 郑州大学 软件工程 本科"], "", "", ""],
      [
        "工作经历",
        [
          "2020.03-至今 北京星河互联科技有限公司 运维工程师",
          "负责公司Linux服务器集群运维，使用Docker和Kubernetes部署业务。",
          "2017.07-2020.02 郑州中原数据有限公司 网络管理员",
          "负责机房网络设备维护。",
        ],
        "", "", "",
      ],
      ["专业技能", ["Linux、Docker、k8s、Shell、MySQL"], "", "", ""],
      ["证书", ["红帽RHCE认证"], "", "", ""],
    ]),
  ].join(""),
  // A senior finance career in paragraphs, with overlapping roles (a board seat beside a CFO post) and a gap.
  "batch1/07_zh_senior.docx": [
    p("刘建国"),
    p("手机：139-1000-2233　邮箱：liujianguo@example.com"),
    p("所在城市：深圳"),
    p("工作经历"),
    p("2015年1月 - 至今\t深圳华信实业集团有限公司\t财务总监"),
    p("全面负责集团财务管理，管理财务团队30人，主导两次并购的财务尽调。"),
    p("2018年6月 - 2022年6月\t深圳海湾科技股份有限公司\t独立董事"),
    p("担任审计委员会召集人。"),
    p("2008年3月 - 2013年12月\t广州南方电器有限公司\t财务经理"),
    p("负责预算管理与成本控制，带领8人团队。"),
    p("2003年7月 - 2008年2月\t普华会计师事务所\t审计师"),
    p("负责上市公司年报审计。"),
    p("教育经历"),
    p("2010年9月 - 2012年6月\t中山大学\t工商管理\tMBA"),
    p("1999年9月 - 2003年6月\t厦门大学\t会计学\t本科"),
    p("资格证书"),
    p("注册会计师（CPA）、ACCA"),
    p("语言能力"),
    p("英语：流利（雅思7.0），粤语：熟练"),
  ].join(""),
  // English CV whose jobs are a table with a header row: Period | Company | Position.
  "batch2/14_en_table.docx": [
    p("Hannah Kim"),
    p("hannah.kim@example.com | +82 10 1234 5678 | Seoul"),
    p("Work Experience"),
    table([
      ["Period", "Company", "Position"],
      ["04/2021 - Present", "Hanbit Electronics Co., Ltd.", "Supply Chain Manager"],
      ["03/2017 - 03/2021", "Daesung Logistics", "Logistics Coordinator"],
    ]),
    p("Education"),
    table([
      ["Year", "School", "Degree"],
      ["2017", "Korea University", "Bachelor of Business Administration"],
    ]),
    p("Skills"),
    p("SAP, Excel, supply chain management, negotiation"),
    p("Languages"),
    p("Korean (native), English (TOEIC 920)"),
  ].join(""),
  // A 个人简历 form whose education and work blocks are sub-tables with a header row.
  "batch2/18_zh_form_table.docx": [
    p("个 人 简 历"),
    table([
      ["姓 名", "何静怡", "性 别", "女"],
      ["出生年月", "1998.10", "婚姻状况", "未婚"],
      ["手 机", "135-0246-8135", "邮 箱", "hejingyi@example.com"],
    ]),
    p("教育背景"),
    table([
      ["起止时间", "学校", "专业", "学历"],
      ["2016.09-2020.06", "武汉理工大学", "会计学", "本科"],
    ]),
    p("工作经历"),
    table([
      ["起止时间", "单位", "职务"],
      ["2020.07-至今", "武汉长江会计师事务所", "审计员"],
    ]),
    p("证书"),
    p("初级会计职称、CPA（在考）"),
  ].join(""),
  // English paragraphs with tabs and bullet paragraphs, a nurse's career.
  "batch3/24_en_nurse.docx": [
    p("SARAH O'CONNOR, RN"),
    p("sarah.oconnor@example.ie\t+353 87 123 4567\tDublin, Ireland"),
    p("Professional Experience"),
    p("Clinical Nurse Manager\tSt. Vincent's University Hospital\t06/2016 – present"),
    p("• Supervise 14 staff nurses on a 30-bed surgical ward."),
    p("Staff Nurse\tBeaumont Hospital\t09/2011 – 05/2016"),
    p("• Post-operative care."),
    p("Education"),
    p("Bachelor of Science in Nursing, University College Dublin, 2011"),
    p("Certifications"),
    p("BLS; ACLS"),
  ].join(""),
  // A form whose education is stated in the personal table's label cells, with no education section.
  "batch3/27_zh_form_edu_cells.docx": [
    p("求职简历"),
    table([
      ["姓名：", "唐思远", "性别：", "男"],
      ["毕业院校", "上海交通大学", "专业", "机械工程"],
      ["学历", "硕士", "毕业时间", "2021.06"],
      ["手机", "186 2100 3355", "邮箱", "tangsy@example.com"],
    ]),
    p("工作经历"),
    p("2021.07-至今　上汽大众汽车有限公司　工艺工程师"),
    p("负责焊装车间工艺优化。"),
    p("专业技能"),
    p("CATIA、AutoCAD、Python"),
  ].join(""),
};
