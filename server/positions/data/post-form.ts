// How a line's form, not its words, says it heads a post: the evidence and what each piece weighs.

/**
 * Weights of the form evidence a line may carry ("剧本杀DM 3名" over "工作职责：", "【宠物殡葬师】", "Pet Funeral Celebrant —
 * $50k-$60k" beside "Chief Vibes Officer — $80k-$100k"). A line whose name the role vocabulary lacks heads a post when its
 * evidence weighs `postFormThreshold` or more: two kinds of evidence, or one and a heading's mark.
 */
export const postFormWeights = {
  /** The next line is a duties heading ("岗位职责：", "Responsibilities"). */
  dutiesBelow: 2,
  /** The next line is a requirements heading, and the line is not inside a duties list (whose last item stands there). */
  requirementsBelow: 2,
  /** The next line states the post's pay or its tags ("8-12K·13薪 | 上海 | 经验不限"); a job card's company or place stands there too. */
  tagsBelow: 1,
  /**
   * The line's count resumes past items of another mark ("1、剧本杀DM" … "（1）负责…" … "2、宠物殡葬"), every member of that outer
   * list reading as a name: it numbers a list of posts over their items.
   */
  outerList: 2,
  /** The next line is a tags line and a duties or requirements heading stands under it: a job card's name, tags and sections. */
  tagsOverSection: 2,
  /** A part of the line states pay ("剧本杀DM｜6-9K", "Pet Funeral Celebrant — $50k-$60k"); with a mark alone it is a pay line's bullet, so it weighs one. */
  pay: 1,
  /** The line counts heads ("剧本杀DM 3名", "（2名）", "x2", "(2 openings)"). */
  headcount: 2,
  /** The line is set as a heading: numbered, a glyph or a bracket around it, a Markdown heading, emphasis. */
  mark: 1,
  /**
   * Another line of the document has the same form (its mark, what stands below it, its pay and count) and heads a post by
   * its role word or by weighty evidence of its own: lines of one form in parallel are posts alike.
   */
  parallel: 2,
} as const;

/** The weight at which form evidence alone makes a line a post's heading. */
export const postFormThreshold = 3;

/** The longest name a form heading may carry (a bracketed qualifier after it aside): Chinese characters, English words. */
export const postFormNameLength = { han: 14, words: 6 } as const;

/**
 * Words a section's or a page's heading ends with, not a post's: "职位介绍", "職務條件", "Hiring Insights", "Job Details". Folded.
 * A form heading's name ending so names a part of the page.
 */
export const sectionNameEndings =
  /(?:介绍|简介|说明|信息|详情|描述|概述|概况|要求|条件|资格|福利|待遇|内容|职责|流程|方式|须知|事项|动态|推荐|评价|分享|提示|公告|工作|情况|不足|安排|范围|相似|相关|职位|岗位|职缺)$|^(?:该|此|其他|其它|更多|相关|热门|相似)|[的了着]|\b(?:details?|overview|insights?|information|info|summary|description|highlights?|activity|requirements?|qualifications?|benefits?|perks|responsibilities|duties|process|faq|jobs|openings|vacancies|careers|apply|save|share|posts?|work|arrangements?|scope|background|objectives?|deliverables?)$/;
