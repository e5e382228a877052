import type { PositionLineClass } from "../../../../server/positions/data/line-model.js";

/**
 * The review of the blind batches' drafts (draft-cli.ts --batch): `<batch>/<document>` → [start of the
 * line's text, class], applied as draft.ts's `corrections` are. A person read every drafted line of these
 * batches beside the learned tagger's reading and wrote here where the draft was wrong: job-board chrome and
 * related-job lists are furniture, a company's name or profile under the title is company, a location/pay
 * line tags, a recruiter's line contact, a Markdown rule furniture.
 */
export const batchCorrections: Record<string, [string, PositionLineClass][]> = {
  "batch-01/01_boss_detail_copy.txt": [["数据分析 SQL", "tags"], ["BOSS直聘温馨提示", "furniture"], ["商业数据分析 20-30K", "furniture"], ["数据运营专员 8-12K", "furniture"]],
  "batch-01/02_zhilian_copy.txt": [["恒辉建材始创于", "company"]],
  "batch-01/03_liepin_two.txt": [["职位介绍", "heading:duty"], ["李先生 · 猎头顾问", "contact"], ["该职位由猎头代招", "contact"]],
  "batch-01/04_social_short_emoji.txt": [["👉 热情接待", "duty"], ["📍静安寺店", "contact"]],
  "batch-01/05_en_linkedin_post.txt": [["You: 3+ years", "requirement"], ["DM me or apply", "contact"]],
  "batch-01/06_hr_form_dingyuan.txt": [["文件编号：", "furniture"]],
  "batch-01/07_tw_104_page.txt": [["晨光數位股份有限公司", "company"], ["台北市內湖區｜", "tags"], ["上班地點：", "label"], ["聯絡人：", "contact"], ["應徵方式：", "contact"], ["104人力銀行 ｜", "furniture"]],
  "batch-01/08_en_indeed_copy.txt": [
    ["Northgate Distribution", "company"], ["Reno, NV", "tags"], ["Job details", "heading:other"], ["Shift and schedule", "heading:other"], ["8 hour shift", "tags"], ["Day shift", "tags"], ["Weekends as needed", "tags"],
    ["Northgate Distribution is hiring", "text"], ["Hiring Insights", "furniture"], ["Hiring 5 candidates", "furniture"], ["Job activity", "furniture"], ["Report job", "furniture"],
  ],
  "batch-01/09_md_two_roles.md": [["# 🚀 深蓝智行招聘", "text"], ["> 我们是一家", "company"], ["---", "furniture"]],
  "batch-01/10_html_job_page.html": [["We use cookies", "furniture"], ["← All open roles", "furniture"], ["Apply for this job", "furniture"], ["Brightwell Health builds", "company"]],
  "batch-01/11_tw_1111_promotion.txt": [["1111人力銀行", "furniture"], ["鮮果時光企業有限公司", "company"], ["【晉升管道】", "label"], ["【工作時間】", "label"], ["【福利制度】", "benefits"], ["聯絡人：", "contact"]],
  "batch-02/01_lagou_copy.txt": [["职位诱惑：", "heading:benefits"], ["查看地图", "furniture"], ["职位发布者", "heading:contact"], ["王先生 · HRBP", "contact"], ["今日活跃", "furniture"]],
  "batch-02/02_58_bluecollar.txt": [["识字，会使用", "requirement"]],
  "batch-02/04_jobsdb_hk_en.txt": [["Lumina Cosmetics Limited", "company"], ["Kwun Tong, Kowloon", "tags"], ["Marketing & Communications", "tags"], ["Full time", "tags"], ["HK$20,000", "tags"], ["We offer 5-day", "benefits"], ["Interested parties", "contact"], ["All personal data", "furniture"], ["Report this job", "furniture"]],
  "batch-02/05_uk_care_reed.txt": [["Reed.co.uk", "furniture"]],
  "batch-02/06_ats_page_zh.html": [["社会招聘 >", "furniture"]],
  "batch-02/07_md_en_hiring.md": [["# We're hiring", "text"], ["Tideline builds", "company"], ["## Open roles", "heading:other"], ["---", "furniture"]],
  "batch-02/08_tw_docx_tab_form.txt": [["職位名稱", "label"], ["所屬部門", "label"], ["編制人數", "label"], ["督導對象", "label"], ["工作職掌", "duty"], ["2. ", "duty"], ["3. ", "duty"], ["工作關係", "label"], ["外部：", "label"], ["職涯發展", "label"], ["任用資格", "requirement"], ["科系：", "requirement"], ["經驗：", "requirement"], ["技能：", "requirement"], ["證照：", "requirement"]],
  "batch-02/09_pdf_form_rows.pdf": [["电商运营部岗位说明书", "text"]],
  "batch-02/10_xhs_short_post.txt": [["🙋 会PR", "requirement"], ["#杭州招聘", "furniture"]],
  "batch-02/11_yes123_tw.txt": [["yes123求職網", "furniture"], ["徵才公司：", "company"], ["工作地點：", "label"], ["薪資待遇：", "label"], ["上班時間：", "label"], ["聯絡方式：", "contact"]],
  "batch-02/12_linkedin_job_view.txt": [["Nimbus Labs · Amsterdam", "tags"], ["11-50 employees", "company"], ["Skills: User", "tags"], ["Easy Apply", "furniture"], ["Nimbus Labs makes", "company"], ["We'd love to hear", "heading:requirement"], ["Head of Design", "contact"], ["Message", "furniture"], ["Set alert", "furniture"], ["Product Designer, Amsterdam", "furniture"]],
  "batch-03/01_headhunter_brackets.txt": [["【公司】", "company"], ["【地点】", "tags"], ["【汇报对象】", "label"], ["【团队规模】", "label"], ["有意向的朋友", "contact"]],
  "batch-03/02_wechat_group_three.txt": [["【诚聘】", "text"]],
  "batch-03/03_glassdoor_copy.txt": [["Harbor & Finch LLP", "company"], ["4.2 ★", "furniture"], ["Harbor & Finch is", "company"], ["Industry:", "company"], ["Benefits rating", "furniture"]],
  "batch-03/04_tw_518_page.txt": [["518熊班", "furniture"], ["桃園市桃園區", "tags"], ["需自備交通工具", "requirement"]],
  "batch-03/05_en_manager_email.txt": [["Subject:", "text"], ["Hi all,", "text"], ["We're opening two", "text"], ["You'll build", "duty"], ["You'll maintain", "duty"], ["Referral bonus", "contact"], ["Thanks!", "contact"], ["Maria Lopez", "contact"], ["Head of Analytics", "contact"]],
  "batch-03/06_gov_html_table.html": [["首页 |", "furniture"], ["青山区城市管理", "heading:other"], ["注：报名时间", "text"]],
  "batch-03/07_md_zh_table.md": [["## 📢", "text"], ["- 初中数学老师：", "duty"], ["- 教务专员：", "duty"]],
  "batch-03/08_en_docx_tabs_form.txt": [["Grade:", "label"], ["Purpose of the role:", "label"]],
  "batch-04/01_tw_public_notice_table.txt": [
    ["首頁 >", "furniture"], ["115年度約用人員公開甄選簡章", "text"], ["發布日期：", "furniture"], ["一、甄選職缺", "heading:other"], ["職缺編號", "heading:other"],
    ["（一）報名期間", "contact"], ["（二）請備妥", "contact"], ["1.履歷表", "contact"], ["2.學歷證件", "contact"], ["3.國民身分證", "contact"], ["三、甄選方式", "text"],
    ["1.本次甄選", "text"], ["2.錄取人員", "text"], ["3.具身心障礙", "text"], ["五、聯絡人", "contact"], ["附件：", "furniture"], ["回上一頁", "furniture"], ["臺北市公共運輸處　地址", "furniture"], ["隱私權政策", "furniture"],
  ],
  "batch-04/02_campus_recruitment.txt": [["星辰智能2026届", "text"], ["原创 星辰智能HR", "furniture"], ["点击上方蓝字", "furniture"], ["—— 招聘岗位 ——", "heading:other"], ["▍", "heading:other"], ["需求专业：", "label"], ["培养方式：", "label"], ["💰", "benefits"], ["🏠", "benefits"], ["9月", "text"], ["登录 campus", "contact"], ["[二维码]", "furniture"], ["长按识别二维码", "furniture"]],
  "batch-04/03_bilingual_headhunter.txt": [["Executive Search", "text"], ["Client:", "label"], ["Package:", "label"], ["职位描述（中文）", "heading:other"], ["客户：", "label"], ["团队规模：", "label"], ["Please send your CV", "contact"], ["All applications will", "text"]],
  "batch-04/04_greenhouse_page.html": [["We use cookies", "furniture"], ["← Back to jobs", "furniture"], ["at Finch Labs", "company"], ["Apply for this job", "furniture"], ["Finch Labs builds", "company"], ["The base salary range", "text"], ["Finch Labs is an equal", "text"], ["Apply for this Job", "furniture"], ["* Required", "furniture"], ["First Name *", "furniture"], ["U.S. Standard", "furniture"], ["Gender Are you", "furniture"]],
  "batch-04/05_docx_demand_table.docx": [["宁康物业服务有限公司", "company"], ["2026年第一季度人员招聘需求表", "text"], ["序号", "heading:other"], ["1\t物业管家", "title"], ["2. 处理业主", "duty"], ["3. 催缴", "duty"], ["2\t工程维修主管", "title"], ["填表部门", "furniture"], ["部门负责人审批", "furniture"]],
  "batch-04/06_pdf_multipage_notice.pdf": [["一、招聘岗位及条件", "heading:other"], ["根据业务发展需要", "text"], ["三、招聘程序", "heading:other"], ["资格审查、笔试", "text"], ["四、其他", "heading:other"], ["江南农商银行股份有限公司人力资源部", "company"], ["2026年11月28日", "text"]],
  "batch-04/07_en_forwarded_thread.txt": [["Sent:", "contact"], ["Subject:", "furniture"], ["Hi team,", "text"], ["Approved by finance", "text"], ["Tom, final version", "text"], ["> On Fri", "furniture"], [">", "text"], [">> On Thu", "furniture"], ["We offer 30 days", "benefits"], ["This e-mail and any", "furniture"]],
  "batch-04/08_gbk_job_fair.txt": [["==== 2026", "text"], ["展位号：", "label"], ["-------", "furniture"], ["招聘岗位    人数", "heading:other"], ["药剂师", "title"], ["收费员", "title"]],
  "batch-04/09_jp_company_zh.txt": [["※本公司为日本", "company"], ["待遇：", "label"], ["担当：", "contact"]],
  "batch-04/10_three_roles_paragraphs.txt": [["我们是一家做跨境电商", "company"], ["第一位是亚马逊运营", "title"], ["第二位是美工", "title"], ["第三位是客服专员", "title"]],
  "batch-04/11_seek_au_copy.txt": [
    ["Skip to content", "furniture"], ["SEEK", "furniture"], ["Job search", "furniture"], ["Profile", "furniture"], ["Career advice", "furniture"], ["Company reviews", "furniture"], ["Sign in", "furniture"], ["Employer site", "furniture"], ["Back", "furniture"],
    ["BuildRight Interiors Pty Ltd", "company"], ["4.1 ★", "furniture"], ["Parramatta, Sydney", "tags"], ["Construction Supervisors (Construction)", "tags"], ["Full time", "tags"], ["$120,000", "tags"], ["Quick apply", "furniture"], ["BuildRight Interiors is a", "company"],
    ["What's on offer", "heading:benefits"], ["Company vehicle", "benefits"], ["RDO calendar", "benefits"], ["Clear path to Project", "benefits"], ["Employer questions", "furniture"], ["Your application will include", "furniture"], ["Which of the following", "furniture"], ["How many years'", "furniture"], ["Do you have a current", "furniture"],
    ["Report this job advert", "furniture"], ["Be careful", "furniture"], ["Don't provide your bank", "furniture"], ["Learn how to protect", "furniture"], ["Job seekers", "furniture"],
  ],
  "batch-04/12_referral_chat.txt": [["[内推]", "title"], ["大家好～", "text"], ["【base】", "label"], ["【职级】", "label"], ["【内推码】", "contact"], ["链接：", "contact"], ["有问题私聊我", "contact"], ["请问接受应届吗", "text"]],
  "batch-04/13_workday_copy.txt": [["Skip to main content", "furniture"], ["Careers Home", "furniture"], ["Search for Jobs", "furniture"], ["Candidate Home", "furniture"], ["Sign In", "furniture"], ["locations", "label"], ["Boston, MA", "tags"], ["time type", "label"], ["Full time", "tags"], ["job requisition id", "furniture"], ["R-0048213", "furniture"], ["Commonwealth General Hospital's", "company"], ["Commonwealth General is an Equal", "text"]],
  "batch-04/14_lever_page.html": [["Operations – Customer Support", "tags"], ["Full-time /", "tags"], ["On-site", "tags"], ["Apply for this job", "furniture"], ["Lumio makes", "company"], ["You will be the voice", "text"], ["Why Lumio", "heading:benefits"], ["• Hybrid after", "benefits"], ["• Annual wellness", "benefits"], ["• Free Lumio", "benefits"], ["Lumio Home Page", "furniture"], ["Jobs powered by", "furniture"]],
  "batch-04/15_tw_careers_dl.html": [["首頁 / 人才招募", "furniture"], ["好日子烘焙坊創立", "company"], ["3. 完成培訓後", "text"], ["前往104應徵", "furniture"]],
  "batch-04/16_en_docx_styles.docx": [["FLSA Status:", "label"], ["Supervisory Responsibilities", "heading:other"], ["None.", "text"], ["Valley Health Alliance is an", "text"]],
};
