/**
 * Places a resume header names without a label ("Seattle, WA | …", "Singapore"). Only used on the
 * header's own cells, so a city inside a job description is never taken for where someone lives.
 */
export const knownPlaces = [
  "北京", "上海", "广州", "深圳", "天津", "重庆", "成都", "杭州", "南京", "武汉", "西安", "苏州", "长沙", "郑州", "青岛", "沈阳",
  "大连", "厦门", "宁波", "合肥", "福州", "济南", "昆明", "东莞", "佛山", "无锡", "珠海", "哈尔滨", "长春", "石家庄", "南昌", "南宁",
  "贵阳", "太原", "兰州", "海口", "呼和浩特", "乌鲁木齐", "香港", "澳门", "台北", "新北", "台中", "台南", "高雄", "桃园", "新竹",
  "hong kong", "macau", "taipei", "singapore", "beijing", "shanghai", "shenzhen", "guangzhou", "london", "new york", "tokyo", "sydney",
  "kuala lumpur", "toronto", "san francisco", "seattle",
];
/**
 * "Seattle, WA", "Oakland, CA 94612", "Kowloon Bay, Hong Kong", "Sha Tin, N.T.", "Austin, Texas, United States",
 * "Zürich, Switzerland": a capitalized place, a comma, a region (a postal abbreviation, initials or words, a ZIP code
 * after it) and perhaps a country.
 */
export const placeShape =
  /^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)*,\s*(?:\p{Lu}{2}(?: \d{5}(?:-\d{4})?)?|(?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)(?:,\s*\p{Lu}[\p{L}]+(?: \p{Lu}\p{L}+)*)?$/u;
