import { positionedPdf, textPdf, twoColumnResumePage } from "../../../fixtures/resumes/simple-pdf.js";

/** The PDF documents of the resume corpus; `make-corpus.ts` writes them to disk. */
export const pdfSources: Record<string, () => Buffer> = {
  // A Chinese two-column resume, sidebar on the left, written row by row.
  "batch4/29_zh_two_column.pdf": () =>
    positionedPdf([
      twoColumnResumePage({
        header: ["陈思琪", "电话：139 8888 1234 | 邮箱：chensiqi@example.com | 现居：杭州市西湖区"],
        sidebar: ["专业技能", "Java / Spring Boot", "MySQL、Redis", "Docker、k8s", "语言能力", "英语六级", "证书", "软件设计师"],
        main: [
          "工作经历",
          "2020.07-至今 杭州云栖数据有限公司 后端开发工程师",
          "负责数据中台接口开发与性能优化",
          "带领3人小组完成报表服务重构",
          "2018.07-2020.06 宁波甬商软件有限公司 Java开发工程师",
          "参与ERP系统订单模块开发",
          "教育背景",
          "2014.09-2018.06 浙江工业大学 软件工程 本科",
        ],
      }),
    ]),
  // An English two-column resume, sidebar on the right, dates on their own lines.
  "batch4/30_en_two_column.pdf": () =>
    positionedPdf([
      twoColumnResumePage({
        header: ["Ethan Walker", "ethan.walker@example.com | +1 206 555 0182 | Portland, OR"],
        sidebar: ["Skills", "Go, Rust", "Kubernetes", "PostgreSQL", "Languages", "English", "Spanish", "Certifications", "CKA"],
        main: [
          "Experience",
          "Staff Engineer, Evergreen Systems",
          "Feb 2021 - Present",
          "Led a team of 5 on the storage platform",
          "Software Engineer, Cascade Labs",
          "Jun 2016 - Jan 2021",
          "Built billing services in Go",
          "Education",
          "B.S. in Computer Science, Oregon State University, 2016",
        ],
        sidebarSide: "right",
      }),
    ]),
  // A plain single-column English resume over two pages (the bench's two-page PDF too).
  "batch4/31_en_two_pages.pdf": () =>
    textPdf([
      ["Grace Liu", "grace.liu@example.com | +1 646 555 0134 | New York, NY", "", "EXPERIENCE", "Director of Finance, Hudson Retail Inc.", "May 2019 - Present",
        "- Managed a team of 12 in FP&A and accounting.", "Controller, Brightline Foods LLC", "Jan 2014 - Apr 2019", "- Owned month-end close.",
        "Senior Accountant, Deloitte", "Sep 2009 - Dec 2013", "- Audits of consumer goods clients."],
      ["EDUCATION", "MBA, Columbia University, 2014", "B.S. in Accounting, New York University, 2009", "", "CERTIFICATIONS", "CPA (New York)",
        "", "SKILLS", "Excel, SAP, Power BI, budgeting"],
    ]),
};
