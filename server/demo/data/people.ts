// Tables the synthetic board draws people and places from. Surnames follow their rough frequency
// (王, 李, 张 … first); given names are common one- and two-character names. All fictional.

export const surnames = [
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
  "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余",
  "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭", "陆", "范", "汪", "廖",
  "欧阳", "司马", "上官",
] as const;

export const givenNames = [
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平",
  "刚", "桂英", "文", "辉", "建华", "志强", "晓明", "海燕", "雪梅", "子涵", "浩然", "梓萱", "一诺", "欣怡", "宇轩", "思远",
  "嘉怡", "俊杰", "雨桐", "佳琪", "晨曦", "博文", "婉婷", "家豪", "志明", "淑芬", "怡君", "冠宇", "承恩", "诗涵",
] as const;

/** Latin names some candidates (and the English postings' applicants) go by. */
export const englishGivenNames = ["Kevin", "Amy", "Jason", "Grace", "Eric", "Vivian", "Tony", "Cindy", "Leo", "Iris", "Ryan", "Joyce"] as const;

/** Cities with the script their postings usually use, the currency they pay in, and a salary factor. */
export const cities = [
  { name: "上海", script: "zh-Hans", currency: "CNY", factor: 1.3 },
  { name: "北京", script: "zh-Hans", currency: "CNY", factor: 1.3 },
  { name: "深圳", script: "zh-Hans", currency: "CNY", factor: 1.25 },
  { name: "广州", script: "zh-Hans", currency: "CNY", factor: 1.1 },
  { name: "杭州", script: "zh-Hans", currency: "CNY", factor: 1.15 },
  { name: "成都", script: "zh-Hans", currency: "CNY", factor: 0.9 },
  { name: "武汉", script: "zh-Hans", currency: "CNY", factor: 0.9 },
  { name: "南京", script: "zh-Hans", currency: "CNY", factor: 1.0 },
  { name: "苏州", script: "zh-Hans", currency: "CNY", factor: 1.0 },
  { name: "西安", script: "zh-Hans", currency: "CNY", factor: 0.85 },
  { name: "台北", script: "zh-Hant", currency: "TWD", factor: 4.4 },
  { name: "台中", script: "zh-Hant", currency: "TWD", factor: 3.8 },
  { name: "高雄", script: "zh-Hant", currency: "TWD", factor: 3.6 },
  { name: "香港", script: "zh-Hant", currency: "HKD", factor: 2.2 },
  { name: "Singapore", script: "en", currency: "SGD", factor: 0.55 },
] as const;
export type City = (typeof cities)[number];

/** Schools by the education level they grant (Simplified; Taiwanese and Hong Kong ones in Traditional). */
export const schools = {
  doctorate: ["清华大学", "北京大学", "复旦大学", "浙江大学", "國立臺灣大學"],
  master: ["上海交通大学", "中山大学", "武汉大学", "南京大学", "香港大學", "國立政治大學", "同济大学"],
  bachelor: ["华东师范大学", "暨南大学", "深圳大学", "西南财经大学", "苏州大学", "东北财经大学", "國立成功大學", "淡江大學", "广东外语外贸大学"],
  associate: ["深圳职业技术学院", "广州番禺职业技术学院", "浙江金融职业学院", "上海电子信息职业技术学院", "明志科技大學"],
  high_school: ["市第一中学", "实验中学", "职业高级中学"],
  junior_high: ["第三初级中学"],
} as const;
