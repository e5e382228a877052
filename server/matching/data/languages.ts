/**
 * Languages, one row each: `names` are the language's names (the first canonical, then its English name and the other
 * forms ads and resumes write), shared by matching's alias table (data/skill-aliases.ts, so 韩国语 meets 韩语 and
 * Korean) and by the position reader, which finds a language in a requirement by `pattern` (folded text) and names it
 * by its canonical name where the text writes that name too. The names include those French, Spanish, Portuguese,
 * Italian, Dutch and German CVs write (Anglais, Inglés, Deutsch …); the patterns, which read ads, do not. A pattern may be narrower than the names: 法文 is French,
 * but the reader would find it inside 合法文件.
 */
export type Language = { names: readonly [string, ...string[]]; pattern: RegExp };

// An adjective that is also a people's or a country's ("Somali", "Romanian") is a language only as one: before a list's
// separator, "language", "speaker(s)" or "fluency".
const asLanguage = String.raw`(?=\s*(?:is|are|would|and|or|,|;|\.|\)|$|language|speaker|fluency))`;
const named = (words: string) => new RegExp(String.raw`\b(?:${words})\b${asLanguage}`, "g");

export const languages: readonly Language[] = [
  // "懂中英文電腦輸入" is typing in both scripts, not a language.
  { names: ["英语", "English", "英文", "英語", "Anglais", "Inglés", "Inglês", "Inglese", "Englisch"], pattern: /英语|英文(?!(?:电脑|电脑打字|电脑)?(?:输入|打字|录入))|\benglish\b/g },
  { names: ["日语", "Japanese", "日文", "日語", "Japonais", "Japonés", "Japonês", "Giapponese", "Japanisch"], pattern: /日语|日文|\bjapanese\b/g },
  { names: ["韩语", "Korean", "韩文", "韓語", "韩国语", "韓國語", "Coréen", "Coreano", "Koreanisch"], pattern: /韩国语|韩语|韩文|\bkorean\b/g },
  { names: ["法语", "French", "法文", "法語", "Français", "Francés", "Francês", "Francese", "Französisch"], pattern: /法语|\bfrench\b/g },
  { names: ["德语", "German", "德文", "德語", "Allemand", "Alemán", "Alemão", "Tedesco", "Duits", "Deutsch"], pattern: /德语|\bgerman\b/g },
  { names: ["俄语", "Russian", "俄文", "俄語", "Russe", "Ruso", "Russisch"], pattern: /俄语|\brussian\b/g },
  { names: ["西班牙语", "Spanish", "西班牙文", "西班牙語", "Espagnol", "Español", "Espanhol", "Spagnolo", "Spaans", "Spanisch"], pattern: /西班牙语|\bspanish\b/g },
  // Macau writes Portuguese as 葡文 / 葡语 (and 葡国语).
  { names: ["葡萄牙语", "Portuguese", "葡萄牙文", "葡萄牙語", "葡语", "葡文", "葡国语", "Portugais", "Portugués", "Português", "Portoghese", "Portugees", "Portugiesisch"], pattern: /葡萄牙语|葡萄牙文|葡国语|葡文|葡语|\bportuguese\b/g },
  { names: ["意大利语", "Italian", "意大利文", "意大利語", "義大利語", "Italien", "Italiano", "Italiaans", "Italienisch"], pattern: /意大利语|\bitalian\b/g },
  { names: ["阿拉伯语", "Arabic", "阿拉伯文", "阿拉伯語", "Arabe", "Árabe", "Arabisch"], pattern: /阿拉伯语|\barabic\b/g },
  // 国语 after a country's name (韩国语, 英國語文) is that country's language or subject.
  { names: ["普通话", "Mandarin", "國語", "Putonghua", "华语", "Mandarin Chinese"], pattern: /普通话|(?<![韩英德法泰美俄日葡外各越意印马])国语|\bmandarin\b|\bputonghua\b/g },
  // "中文打字每分鐘40字" is a typing speed and "Chinese word processing" a typing skill, not a language; "初中文化以上" is schooling.
  {
    names: ["中文", "Chinese", "汉语"],
    pattern: /(?<![初高])中文(?!化|打字|输入|录入|电脑输入|电脑打字|系统|版|文书处理|字处理)|汉语(?!言)|华语|\bchinese\b(?!\s+(?:word[- ]processing|typing|input|character input))|中(?=英文(?!(?:电脑)?(?:输入|打字|录入))|英语|英双语)/g,
  },
  { names: ["粤语", "Cantonese", "廣東話", "广东话", "白话"], pattern: /粤语|广东话|\bcantonese\b/g },
  { names: ["闽南语", "Taiwanese", "台语", "闽南话", "Hokkien"], pattern: /台语|闽南语|闽南话|\btaiwanese\b|\bhokkien\b/g },
  { names: ["客家话", "Hakka", "客语"], pattern: /客家话|客语|\bhakka\b/g },
  { names: ["荷兰语", "Dutch", "荷兰文", "荷蘭語", "Néerlandais", "Neerlandés", "Holandés", "Olandese", "Holandês", "Nederlands", "Niederländisch"], pattern: /荷兰语|\bdutch\b/g },
  { names: ["泰语", "Thai", "泰文", "泰語"], pattern: /泰语|\bthai\b/g },
  { names: ["越南语", "Vietnamese", "越南文", "越南語"], pattern: /越南语|\bvietnamese\b/g },
  // Malaysia's "Bahasa Malaysia" (or Melayu) is Malay, Indonesia's "Bahasa Indonesia" Indonesian; "Bahasa" alone stays Indonesian.
  { names: ["印尼语", "Indonesian", "Bahasa Indonesia", "印尼文", "印尼語"], pattern: /印尼语|\bindonesian\b|\bbahasa\b(?!\s+(?:malaysia|melayu)\b)(?:\s+indonesia\b)?/g },
  { names: ["马来语", "Malay", "Bahasa Melayu", "Bahasa Malaysia", "馬來語", "马来文"], pattern: /马来语|\bbahasa\s+(?:malaysia|melayu)\b|\bmalay\b/g },
  { names: ["挪威语", "Norwegian"], pattern: /挪威语|\bnorwegian\b/g },
  { names: ["瑞典语", "Swedish"], pattern: /瑞典语|\bswedish\b/g },
  { names: ["丹麦语", "Danish"], pattern: /丹麦语|\bdanish\b/g },
  { names: ["芬兰语", "Finnish"], pattern: /芬兰语|\bfinnish\b/g },
  { names: ["波兰语", "Polish", "波兰文", "波蘭語", "Polonais", "Polaco", "Polacco", "Polnisch"], pattern: /波兰语|\bpolish\b(?=\s*(?:is|are|would|and|or|,|;|\.|$|language|speaker|fluency))/g },
  { names: ["土耳其语", "Turkish"], pattern: /土耳其语|\bturkish\b/g },
  { names: ["希腊语", "Greek"], pattern: /希腊语|\bgreek\b/g },
  { names: ["希伯来语", "Hebrew"], pattern: /希伯来语|\bhebrew\b/g },
  { names: ["印地语", "Hindi", "印地文", "印地語"], pattern: /印地语|\bhindi\b/g },
  { names: ["他加禄语", "Tagalog", "菲律宾语", "Filipino"], pattern: /他加禄语|菲律宾语|\btagalog\b|\bfilipino\b(?=\s*(?:is|are|would|and|or|,|;|\.|$|language|speaker|fluency))/g },
  { names: ["捷克语", "Czech"], pattern: /捷克语|\bczech\b(?=\s*(?:is|are|would|and|or|,|;|\.|$|language|speaker|fluency))/g },
  { names: ["匈牙利语", "Hungarian"], pattern: /匈牙利语|\bhungarian\b/g },
  { names: ["乌克兰语", "Ukrainian"], pattern: /乌克兰语|\bukrainian\b/g },
  { names: ["波斯语", "Persian", "Farsi"], pattern: /波斯语|\bpersian\b|\bfarsi\b/g },
  { names: ["泰米尔语", "Tamil"], pattern: /泰米尔语|\btamil\b/g },
  // Languages of Africa, South Asia and elsewhere that ads name beside English ("Fluency in English and Kiswahili", "a
  // second language (isiZulu, Afrikaans …)", "knowledge of Dagbani").
  { names: ["斯瓦希里语", "Swahili", "Kiswahili"], pattern: /斯瓦希里语|\b(?:ki)?swahili\b/g },
  { names: ["祖鲁语", "Zulu", "isiZulu"], pattern: /祖鲁语|\b(?:isi)?zulu\b/g },
  { names: ["科萨语", "Xhosa", "isiXhosa"], pattern: /科萨语|\b(?:isi)?xhosa\b/g },
  { names: ["南非荷兰语", "Afrikaans"], pattern: /南非荷兰语|\bafrikaans\b/g },
  { names: ["Sesotho", "Sotho", "Sesotho sa Leboa", "Sepedi"], pattern: /\b(?:se)?sotho\b|\bsesotho sa leboa\b|\bsepedi\b/g },
  { names: ["Setswana"], pattern: /\bsetswana\b/g },
  { names: ["Xitsonga"], pattern: /\bxitsonga\b/g },
  { names: ["Tshivenda"], pattern: /\btshivenda\b/g },
  { names: ["Siswati"], pattern: /\bsiswati\b/g },
  { names: ["isiNdebele"], pattern: /\bisindebele\b/g },
  { names: ["Dholuo"], pattern: /\bdholuo\b/g },
  { names: ["Dagbani"], pattern: /\bdagbani\b/g },
  { names: ["Twi"], pattern: /\btwi\b/g },
  { names: ["Ewe"], pattern: named("ewe") },
  { names: ["Fante"], pattern: /\bfante\b/g },
  { names: ["豪萨语", "Hausa"], pattern: /豪萨语|\bhausa\b/g },
  { names: ["约鲁巴语", "Yoruba"], pattern: /约鲁巴语|\byoruba\b/g },
  { names: ["伊博语", "Igbo"], pattern: /伊博语|\bigbo\b/g },
  { names: ["阿姆哈拉语", "Amharic"], pattern: /阿姆哈拉语|\bamharic\b/g },
  { names: ["Tigrinya"], pattern: /\btigrinya\b/g },
  { names: ["Afaan Oromo", "Oromo"], pattern: new RegExp(String.raw`\bafaan oromo\b|\boromo\b${asLanguage}`, "g") },
  { names: ["索马里语", "Somali"], pattern: new RegExp(String.raw`索马里语|\bsomali\b${asLanguage}`, "g") },
  ...["Luganda", "Kinyarwanda", "Kirundi", "Chichewa", "Lingala", "Wolof", "Shona", "Malagasy"].map((name): Language => ({ names: [name], pattern: new RegExp(String.raw`\b${name.toLowerCase()}\b`, "g") })),
  { names: ["乌尔都语", "Urdu"], pattern: /乌尔都语|\burdu\b/g },
  { names: ["孟加拉语", "Bengali", "Bangla"], pattern: /孟加拉语|\bbengali\b|\bbangla\b/g },
  { names: ["旁遮普语", "Punjabi"], pattern: /旁遮普语|\bpunjabi\b/g },
  ...["Gujarati", "Marathi", "Telugu", "Kannada", "Malayalam"].map((name): Language => ({ names: [name], pattern: new RegExp(String.raw`\b${name.toLowerCase()}\b`, "g") })),
  { names: ["尼泊尔语", "Nepali"], pattern: /尼泊尔语|\bnepali\b/g },
  { names: ["僧伽罗语", "Sinhala", "Sinhalese"], pattern: /僧伽罗语|\bsinhala\b|\bsinhalese\b/g },
  { names: ["高棉语", "Khmer", "柬埔寨语"], pattern: /高棉语|柬埔寨语|\bkhmer\b/g },
  { names: ["缅甸语", "Burmese"], pattern: /缅甸语|\bburmese\b/g },
  { names: ["老挝语", "Lao"], pattern: /老挝语/g },
  { names: ["蒙古语", "Mongolian"], pattern: new RegExp(String.raw`蒙古语|\bmongolian\b${asLanguage}`, "g") },
  { names: ["罗马尼亚语", "Romanian"], pattern: new RegExp(String.raw`罗马尼亚语|\bromanian\b${asLanguage}`, "g") },
  { names: ["保加利亚语", "Bulgarian"], pattern: new RegExp(String.raw`保加利亚语|\bbulgarian\b${asLanguage}`, "g") },
  { names: ["塞尔维亚语", "Serbian"], pattern: new RegExp(String.raw`塞尔维亚语|\bserbian\b${asLanguage}`, "g") },
  { names: ["克罗地亚语", "Croatian"], pattern: new RegExp(String.raw`克罗地亚语|\bcroatian\b${asLanguage}`, "g") },
  { names: ["Slovak"], pattern: named("slovak") },
  { names: ["Lithuanian"], pattern: named("lithuanian") },
  { names: ["Welsh", "Cymraeg"], pattern: new RegExp(String.raw`\bwelsh\b${asLanguage}|\bcymraeg\b`, "g") },
  { names: ["Catalan"], pattern: named("catalan") },
  { names: ["哈萨克语", "Kazakh"], pattern: new RegExp(String.raw`哈萨克语|\bkazakh\b${asLanguage}`, "g") },
  { names: ["乌兹别克语", "Uzbek"], pattern: new RegExp(String.raw`乌兹别克语|\buzbek\b${asLanguage}`, "g") },
  { names: ["普什图语", "Pashto"], pattern: /普什图语|\bpashto\b/g },
  { names: ["Kurdish"], pattern: named("kurdish") },
];
