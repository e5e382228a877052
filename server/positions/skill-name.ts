import { isKnownSkill } from "../matching/skills.js";
import { foldAligned } from "../text/fold.js";
import { latinNonSkills, skillPhraseWords } from "./data/requirements.js";
import { latinCategoryTail, latinKindTail, latinUseTail, sentenceWords } from "./data/skill-evidence.js";

/**
 * A skill's name out of the phrase that states it, in the document's script: requirement words around it
 * go ("具良好溝通能力" → 溝通能力, "SQL skills" → SQL, "熟练运用SPC" → SPC), and a tail goes only when
 * the alias table knows what remains ("Linux常用命令" → Linux). Returns the phrase trimmed when nothing applies,
 * and null when it is only requirement words ("精通").
 */
export function skillName(phrase: string): string | null {
  let text = phrase.trim();
  const whole = skillPhraseWords.leads.exec(foldAligned(text));
  if (whole && whole[0].trim().length === text.length) return null;
  for (let changed = true; changed; ) {
    changed = false;
    const key = foldAligned(text);
    const lead = skillPhraseWords.leads.exec(key);
    if (lead && lead[0].length > 0 && key.length - lead[0].length >= 2) (text = text.slice(lead[0].length).trim()), (changed = true);
    // "PyTorch框架", "ISO9001体系", "SEM推广", "TMS系統": the Latin name is the skill, the word after it its kind.
    const latin = latinCategoryTail.exec(foldAligned(text));
    // A unit's letters (mm, cm) are a name before 模块: "MM模块" is SAP's MM module, not millimetres.
    const module = latin !== null && latin[0].endsWith("模块");
    if (latin && latin[1]!.trim().length >= 2 && (module || !latinNonSkills.test(latin[1]!.trim()))) (text = text.slice(0, latin[1]!.length).trim()), (changed = true);
    // "Decléor treatments", "Elemis products": a capitalised name, then the kind of thing it is.
    const kind = latinKindTail.exec(foldAligned(text));
    if (kind && /^[A-Z0-9]/.test(text) && kind.index >= 2) (text = text.slice(0, kind.index).trim()), (changed = true);
    // "SQL 自己取数是": a Latin name, then the sentence it goes on in.
    const head = /^([A-Za-z][\w+#.-]*(?:\s[A-Za-z][\w+#.-]*)?)\s*([\u4e00-\u9fff].*)$/.exec(text);
    if (head && sentenceWords.test(foldAligned(head[2]!))) (text = head[1]!), (changed = true);
    // "Svelte on the frontend side", "Kotlin for our Android app": a known name, then where or what for it is used.
    const where = /^([A-Za-z][\w+#.-]*(?:\s[A-Za-z][\w+#.-]*)?)\s+(?:on|in|for|at|within|across)\s+(?:the|a|an|our|your|their)\s.*$/.exec(text);
    if (where && isKnownSkill(where[1]!)) (text = where[1]!), (changed = true);
    // "JMP分析數據", "Excel制作报表": a tool's name, then what it is used for.
    const use = latinUseTail.exec(foldAligned(text));
    // With a plain verb of doing (写, 做, 跑) even a word in lower case is the tool it is done with: "pytest写自动化用例".
    if (use && (isKnownSkill(use[1]!) || /^[A-Z][\w+#.-]*$/.test(text.slice(0, use[1]!.length)) || (/^(?:写|做|跑|搭)$/.test(use[2]!) && /^[a-z][\w+#.-]*$/.test(use[1]!)))) (text = text.slice(0, use[1]!.length).trim()), (changed = true);
    // A name the alias table knows as written (ERP系統, communication skills) is a name already.
    if (isKnownSkill(text)) break;
    const k = foldAligned(text);
    const tail = skillPhraseWords.always.exec(k) ?? skillPhraseWords.whenKnown.exec(k);
    if (!tail || k.length - tail[0].length < 2) continue;
    const rest = text.slice(0, tail.index).trim();
    if (tail[0].length > 0 && (skillPhraseWords.always.test(k) || isKnownSkill(rest))) (text = rest), (changed = true);
  }
  return text;
}
