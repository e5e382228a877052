/**
 * What Google's JobPosting needs about a place and a vacancy's location text does not say: the country
 * (ISO 3166-1 alpha-2), and whether the job is remote. Matched on the location folded to Simplified and
 * lower-cased, first entry wins; a location naming none of these is in the board's home country.
 */
export const homeCountry = "CN";

export const remoteWords = ["远程", "远端", "居家办公", "在家办公", "remote", "work from home", "wfh", "telecommute"];

export const countryByPlace: [place: string, country: string][] = [
  ["香港", "HK"], ["hong kong", "HK"], ["九龙", "HK"], ["新界", "HK"], ["kowloon", "HK"],
  ["澳门", "MO"], ["macau", "MO"], ["macao", "MO"],
  ["台湾", "TW"], ["台北", "TW"], ["新北", "TW"], ["桃园", "TW"], ["台中", "TW"], ["台南", "TW"], ["高雄", "TW"],
  ["新竹", "TW"], ["基隆", "TW"], ["taipei", "TW"], ["taiwan", "TW"], ["kaohsiung", "TW"], ["taichung", "TW"], ["hsinchu", "TW"],
  ["新加坡", "SG"], ["singapore", "SG"],
  ["london", "GB"], ["manchester", "GB"], ["united kingdom", "GB"], ["uk", "GB"],
  ["new york", "US"], ["san francisco", "US"], ["seattle", "US"], ["usa", "US"], ["united states", "US"],
  ["sydney", "AU"], ["melbourne", "AU"], ["tokyo", "JP"], ["东京", "JP"],
];
