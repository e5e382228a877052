// Words of a hiring table's header row (folded form: Simplified, half-width, lower-case).

/**
 * What a header cell's words say about its column, and how strongly: a requirement or a plan figure (学历, 人数, 待遇)
 * names a hiring table's column outright; a bookkeeping column (序号, 类别, 备注) is found beside them but also heads
 * many other tables, so it counts for less. A cell scores its strongest match; a header needs enough of them
 * (see table.ts).
 */
export const columnWords: readonly { pattern: RegExp; weight: number }[] = [
  { pattern: /学历|学位|专业|经验|年龄|要求|条件|资格|职责|education|degree|experience|qualification|requirement|duties/, weight: 1 },
  { pattern: /人数|名额|待遇|薪|工资|地点|工作地|headcount|vacanc|openings|salary|pay\b|location/, weight: 1 },
  { pattern: /序号|编号|类别|类型|性质|单位|部门|备注|说明|职级|等级|code|grade|department|unit|remarks?|notes?/, weight: 0.5 },
];

/** How strongly a header cell (folded) names a hiring table's column: the weight of its strongest column word, 0 for none. */
export const columnScore = (name: string) => Math.max(0, ...columnWords.filter((w) => w.pattern.test(name)).map((w) => w.weight));

/**
 * What a header's column names must score together to head a hiring table: two requirement or plan columns, or one
 * and two bookkeeping ones. A form row ("岗位名称\t行政主管\t所属部门\t行政部") pairs labels with values instead and scores less.
 */
export const namesHiringColumns = (names: readonly string[]) => names.reduce((sum, n) => sum + columnScore(n), 0) >= 2;

/** A table's totals row ("合计\t\t4"): it sums the rows above and names no position. */
export const totalRowWords = /^(?:合计|小计|总计|共计|总数|合共|total|subtotal|grand total)$/;
