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
  /^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)*,\s*(?:\p{Lu}{2,3}(?: \d{4,5}(?:-\d{4})?)?|(?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*(?: \p{Lu}{2,3}(?: \d{4,5})?)?)(?:(?:,\s*|\s+)\p{Lu}[\p{L}]+(?: \p{Lu}\p{L}+)*)?$/u;

/** "台北市信義區", "新北市板橋區", "深圳市南山区", "苏州工业园区": a city and its district, where a job was, never who or what. */
export const districtShape = /^[\u3400-\u9fff]{2,4}[市縣县][\u3400-\u9fff]{1,5}[區区鄉乡鎮镇]$/;

/**
 * Regions a place or a licence is qualified by ("Professional Engineer (PE), Texas", "College Station, TX"): US states,
 * Canadian provinces and Australian states, by name and postal abbreviation, and countries résumés commonly name.
 * Compared folded (lower-case).
 */
export const regions: ReadonlySet<string> = new Set(
  [
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho",
    "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
    "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms",
    "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv",
    "wi", "wy", "dc",
    "ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia", "new brunswick", "newfoundland and labrador",
    "prince edward island", "on", "qc", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe",
    "new south wales", "victoria", "queensland", "western australia", "south australia", "tasmania", "nsw", "vic", "qld", "wa", "sa", "tas", "act",
    "usa", "us", "u.s.", "united states", "uk", "united kingdom", "england", "scotland", "wales", "canada", "australia", "new zealand", "ireland",
    "germany", "france", "netherlands", "switzerland", "poland", "spain", "italy", "india", "singapore", "malaysia", "japan", "korea", "china",
    "hong kong", "taiwan", "philippines", "indonesia", "vietnam", "thailand", "uae", "nigeria", "south africa", "brazil", "mexico",
  ],
);
