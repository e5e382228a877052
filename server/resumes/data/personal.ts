import type { DroppedCategory } from "../profile-draft.js";

/**
 * Labels of the personal block ("姓名：张三", "Mobile 手提電話: …", a 个人简历 table cell), compared
 * folded (Simplified, lower-case, no spaces). Contact labels give fields; the others name data the
 * law forbids employers to use, which is dropped with its value.
 */
export const contactLabels = {
  name: ["姓名", "名字", "中文名", "中文姓名", "name", "fullname", "full name"],
  email: ["邮箱", "电子邮箱", "电子邮件", "邮件", "e-mail", "email", "电邮", "信箱", "mail"],
  phone: ["手机", "手机号", "手机号码", "电话", "联系电话", "联络电话", "联系方式", "手提电话", "移动电话", "行动电话", "手机电话", "住家电话", "家用电话", "mobile", "phone", "tel", "telephone", "cell", "cell phone", "mobile phone", "handphone", "contact", "telefon", "mobil", "handy", "mobiltelefon"],
  location: ["现居住地", "现居住", "现居地", "现居", "居住地", "居住城市", "所在地", "所在城市", "现住址", "住址", "地址", "通讯地址", "联系地址", "联络地址", "通讯处", "现居城市", "居住地区", "居住区域", "所在地区", "address", "location", "city", "current location", "district", "residence", "based in",
    "contact address", "residential address", "home address", "postal address", "permanent address", "present address", "current address", "mailing address"],
} as const;

/**
 * Phone labels that name a mobile: when a resume states several numbers (行動電話 and 聯絡電話, "Mobile" and "Tel"),
 * the mobile is the one to call, wherever it stands.
 */
export const mobileLabels = ["手机", "手机号", "手机号码", "手提电话", "移动电话", "行动电话", "手机电话", "mobile", "cell", "cell phone", "mobile phone", "handphone", "mobil", "handy", "mobiltelefon"];

/**
 * Headings of the referees a résumé names ("REFERENCES", "推荐人"): the phones and emails labelled under them are the
 * referees', never the candidate's. Compared as label keys.
 */
export const refereeHeadings = ["references", "referees", "reference", "professional references", "referenzen", "références", "referencias", "推荐人", "证明人", "推荐人资料"];

/** Icons that label a contact cell ("📍 武汉市洪山区", "📱 177-0210-3344", "✉ name@example.com"). */
export const contactIcons: Record<keyof typeof contactLabels, readonly string[]> = {
  name: [],
  email: ["✉", "📧", "📨", "📩", "✉️"],
  phone: ["📱", "📞", "☎", "☎️", "✆", "📲"],
  location: ["📍", "🏠", "🏡", "⌂", "📌"],
};

/** Icons that label a forbidden cell ("🎂 1993.04"): dropped with their value like a label. */
export const droppedIcons: Partial<Record<DroppedCategory, readonly string[]>> = { birth_date: ["🎂", "🎂️"] };

export const droppedLabels: Record<DroppedCategory, readonly string[]> = {
  gender: ["性别", "gender", "sex", "geschlecht", "sexe", "sexo", "sesso", "geslacht"],
  birth_date: ["出生日期", "出生年月", "出生年月日", "出生年次", "出生年份", "生日", "出生", "date of birth", "dob", "birthday", "birth date", "geburtsdatum", "geboren", "geburtstag", "geburtsdatum und -ort", "geburtsdatum/-ort",
    "date de naissance", "né le", "née le", "fecha de nacimiento", "data di nascita", "data de nascimento", "geboortedatum"],
  age: ["年龄", "age", "alter", "âge", "edad", "età", "idade", "leeftijd"],
  ethnicity: ["民族", "种族", "ethnicity", "ethnic group", "race"],
  marital_childbearing: ["婚姻状况", "婚姻", "婚否", "婚育状况", "婚育情况", "婚育", "生育状况", "生育情况", "marital status", "marriage", "familienstand",
    "situation familiale", "situation de famille", "estado civil", "stato civile", "burgerlijke staat"],
  household_registration: ["籍贯", "户籍", "户口", "户口所在地", "户籍所在地", "户籍地", "户口性质", "出生地", "hukou", "household registration", "native place",
    // Nigeria's State of Origin and L.G.A. (local government area): the ancestral origin, as 籍贯 is.
    "state of origin", "lga", "l.g.a", "local government area", "lga of origin", "state of origin/lga",
    "geburtsort", "lieu de naissance", "lugar de nacimiento", "luogo di nascita", "local de nascimento", "naturalidade", "geboorteplaats"],
  religion: ["宗教", "宗教信仰", "信仰", "religion", "konfession", "religionszugehörigkeit", "religión", "religione", "religião", "godsdienst"],
  national_id: [
    "身份证", "身份证号", "身份证号码", "身份证字号", "身分证字号", "身分证", "身分证号码", "证件号码", "证件号", "id no", "id number", "hkid", "hkid no", "id card",
    "national id", "nric", "nric no", "nric number", "ic no", "ic number", "fin no", "mykad", "mykad no", "passport no", "passport number", "social security number",
    // Spain's DNI and NIE, France's social security number, Italy's codice fiscale, Brazil's CPF, the Netherlands' BSN.
    "dni", "nie", "nif", "dni/nie", "n° de sécurité sociale", "numéro de sécurité sociale", "codice fiscale", "cpf", "bsn", "documento de identidad", "carte d'identité",
  ],
  photo: ["照片", "相片", "一寸照片", "免冠照片", "photo", "foto", "lichtbild"],
  political_affiliation: ["政治面貌", "党派", "political status", "political affiliation"],
  health: ["健康状况", "身体状况", "健康", "health", "health status"],
};

/** National identity numbers by their shape: mainland China, Taiwan, Singapore (NRIC, FIN), Hong Kong (HKID). */
const nationalIdShape = /^(?:\d{17}[\dXx]|[A-Z][12]\d{8}|[A-Z]\d{9}|[STFGM]\d{7}[A-Z]|[A-Z]{1,2}\d{6}\s*[(（][\dA][)）])$/;

const europeanMarital =
  "(?:mariée?|célibataire|pacsée?|divorcée?|veuve|veuf|en couple|solter[oa]|casad[oa]|divorciad[oa]|viud[oa]|sposat[oa]|coniugat[oa]|nubile|celibe|solteir[oa]|gehuwd|getrouwd|ongehuwd|verheiratet|ledig|geschieden)";
const europeanChildren =
  "(?:\\d{1,2}|une?|deux|trois|quatre|dos|tres|cuatro|uno|una|due|tre|quattro|dois|duas|três|twee|drie|vier|ein|eine|zwei|drei|sans|sin|senza|sem|geen|keine)\\s+(?:enfants?|hij[oa]s?|figli[oa]?|filh[oa]s?|kinderen|kind|kinder)";

/** Values that state a forbidden category without a label ("男 | 28岁 | 已婚 | 中共党员"), one or two categories at once. */
export const droppedValues: readonly { category: DroppedCategory; also?: DroppedCategory; pattern: RegExp }[] = [
  { category: "gender", pattern: /^(?:男|女|male|female)$/i },
  { category: "age", pattern: /^\d{2}\s*(?:岁|歲|周岁|years? old)$/i },
  // 51job's header cell: "28岁（1998年2月8日）", the age with the birth date it comes from.
  { category: "age", also: "birth_date", pattern: /^\d{2}\s*(?:岁|歲|周岁)\s*[(（]\s*(?:19|20)\d{2}\s*[年./-]\s*\d{1,2}\s*[月./-]?\s*(?:\d{1,2}\s*日?)?\s*(?:生|出生)?\s*[)）]$/ },
  { category: "marital_childbearing", pattern: /^(?:已婚|未婚|离异|已育|未育|已婚已育|已婚未育|single|married)$/i },
  // "Mariée, deux enfants", "Casado, 2 hijos", "Verheiratet, zwei Kinder", "32 ans": a European CV's header facts.
  { category: "marital_childbearing", pattern: new RegExp(`^(?:${europeanMarital}(?:\\s*[,;/]?\\s*${europeanChildren})?|${europeanChildren})$`, "iu") },
  { category: "age", pattern: /^\d{2}\s*(?:ans|años|anni|anos|jaar|jahre)$/iu },
  { category: "ethnicity", pattern: /^(?:汉族|漢族|回族|满族|壮族|蒙古族|藏族|维吾尔族|苗族|彝族|土家族|朝鲜族)$/ },
  { category: "political_affiliation", pattern: /^(?:中共党员|中共預備党员|中共预备党员|共青团员|团员|群众|民主党派)$/ },
  // Mainland 18-digit, Taiwan A123456789, Singapore NRIC/FIN S1234567D, Hong Kong A123456(7).
  { category: "national_id", pattern: nationalIdShape },
];

/**
 * What the value of a forbidden label looks like, where a label and its value share one cell with only a space
 * between them ("Date of birth 14/03/1992", "Sex Female", "性别 男"): the shape tells a label-and-value pair from a
 * phrase that only begins with such a word ("Health and Safety Officer", "Age-friendly design"). Compared folded.
 */
export const droppedValueShapes: Partial<Record<DroppedCategory, RegExp>> = {
  gender: /^(?:男|女|male|female|m|f)$/,
  age: /^\d{2}\s*(?:岁|周岁|years?(?: old)?)?$/,
  birth_date: /^(?:\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*[./年-]\s*\d{1,2}(?:\s*[./月-]\s*\d{1,2}\s*日?|\s*月)?|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+(?:19|20)\d{2}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2})$/,
  marital_childbearing: new RegExp(`^(?:已婚|未婚|离异|已育|未育|已婚已育|已婚未育|single|married|divorced|widowed|verwitwet|${europeanMarital})(?![a-zà-ÿ])`, "u"),
  national_id: new RegExp(nationalIdShape.source, "i"),
};
