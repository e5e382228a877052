/**
 * Japanese shinjitai and other one-character variants that OpenCC's Traditional→Simplified conversion
 * leaves alone (総 stays 総), mapped to the Simplified form. One character to one character, so
 * highlight positions still line up. Grows as real queries show gaps.
 */
export const hanVariants: Record<string, string> = {
  総: "总", 経: "经", 営: "营", 売: "卖", 発: "发", 労: "劳", 関: "关", 広: "广", 対: "对", 応: "应",
  転: "转", 伝: "传", 続: "续", 読: "读", 検: "检", 険: "险", 験: "验", 様: "样", 児: "儿", 従: "从",
  図: "图", 歩: "步", 鉄: "铁", 気: "气", 価: "价", 変: "变", 楽: "乐", 薬: "药", 実: "实", 訳: "译",
  駆: "驱", 圧: "压", 弁: "办", 仏: "佛", 権: "权", 黒: "黑", 聴: "听", 覚: "觉", 際: "际", 戦: "战",
  拡: "扩", 掲: "揭", 収: "收", 摂: "摄", 択: "择", 沢: "泽", 浄: "净", 畳: "叠", 県: "县", 隣: "邻",
  剤: "剂", 斎: "斋", 歯: "齿", 稲: "稻", 縦: "纵", 蔵: "藏", 髪: "发", 恵: "惠", 巻: "卷", 渉: "涉",
};
