import { isKnownSkill } from "../matching/skills.js";
import { foldAligned } from "../text/fold.js";
import { educationKeywords } from "./data/requirements.js";
import { places } from "./data/line-vocabulary.js";
import {
  type SkillSource,
  activityEndings,
  applicationContext,
  genericAcronyms,
  quantifierLeads,
  regionNames,
  sentenceWords,
  skillEvidenceWeights as w,
  skillSourceWeights,
  stopSkillNames,
  venueContext,
} from "./data/skill-evidence.js";

/** A phrase read from a requirement clause as a possible skill, with how it was read. */
export type SkillCandidate = { name: string; source: SkillSource; clause: string };

/** A product's or a standard's spelling: a capital inside or after the first letter, a digit, a symbol (ClickHouse, AWS, ISO 8583, C++). */
const toolWord = /^(?:[A-Za-z]*[A-Z][A-Za-z]*[A-Z0-9][\w+#.-]*|[A-Za-z][\w.-]*[0-9+#][\w+#.-]*|[A-Z][a-z]+[A-Z][\w.-]*|[A-Z]{2,}[\w+#.-]*|[A-Za-z]+\.[a-z]{1,4})$/;
const chinese = /[\u4e00-\u9fff]/g;
/** A schooling level named whole: "HKDSE", "F.5", "Bachelor's degree", 本科. */
const schoolingNames = educationKeywords.map(({ pattern }) => new RegExp(`^(?:${pattern.source})$`));

/** A city, a country or a region, whole: "新加坡", "深圳市", "APAC". */
const placeNames = new Set([...places, ...regionNames]);
const isPlace = (key: string) => placeNames.has(key.replace(/(?:市|区|省|县|地区)$/, "")) || placeNames.has(key);

/** "HC：2 地点：深圳": the name is followed by a colon and a value, so it labels the value. */
function isLabel(key: string, clause: string): boolean {
  if (key.length === 0) return false;
  let at = clause.indexOf(key);
  for (; at >= 0; at = clause.indexOf(key, at + 1)) if (/^\s*[:：]\s*\S/.test(clause.slice(at + key.length))) return true;
  return false;
}

/** Why a candidate is or is not a skill's name: each piece of evidence with its weight. */
export function skillEvidence(candidate: SkillCandidate): Record<string, number> {
  const { name, source, clause } = candidate;
  const key = foldAligned(name).trim();
  const evidence: Record<string, number> = { [`source:${source}`]: skillSourceWeights[source] };
  if (stopSkillNames.some((p) => p.test(key))) evidence.stop = w.stop;
  if (isKnownSkill(name)) evidence.known = w.known;
  if (isPlace(key)) evidence.place = w.place;
  // "deviation & CAPA management": a sign joining words is none of them.
  const words = name.trim().split(/\s+/).filter((word) => word !== "&");
  const cjk = key.match(chinese)?.length ?? 0;
  if (cjk === 0 && words.length <= 3 && words.some((word) => toolWord.test(word))) evidence.toolShape = w.toolShape;
  if (cjk >= 3 && cjk <= 8 && /(?:能力|技巧|知识)$/.test(key)) evidence.abilityNoun = w.abilityNoun;
  if (cjk >= 2 && cjk <= 5 && cjk === key.replace(/\s/g, "").length && source === "cue") evidence.shortChinese = w.shortChinese;
  if (words.length > 3 || cjk > 8) evidence.long = w.long;
  if (sentenceWords.test(key)) evidence.sentence = w.sentence;
  if (source === "latin" && venueContext.test(clause)) evidence.venue = w.venue;
  if (applicationContext.test(foldAligned(clause))) evidence.application = w.application;
  if (source === "latin" && !evidence.known && name === name.toLowerCase()) evidence.plainWord = w.plainWord;
  if (quantifierLeads.test(key)) evidence.quantifier = w.quantifier;
  if (/\d\s*年/.test(key)) evidence.years = w.years;
  if (!evidence.known && cjk >= 2 && activityEndings.test(key)) evidence.activityEnd = w.activityEnd;
  if (isLabel(key, clause)) evidence.label = w.label;
  if ((source === "yearsTool" || source === "latin") && genericAcronyms.test(key)) evidence.genericAcronym = w.genericAcronym;
  if (schoolingNames.some((p) => p.test(key))) evidence.schooling = w.schooling;
  if (source === "domainCue" && /\d\s*\+?\s*(?:years?|yrs?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\b/.test(clause)) {
    evidence.experienceField = w.experienceField;
  }
  return evidence;
}

export const skillScore = (candidate: SkillCandidate): number => Object.values(skillEvidence(candidate)).reduce((a, b) => a + b, 0);

/** Whether the candidate's evidence is enough to call it a skill. */
export const isSkillName = (candidate: SkillCandidate): boolean => skillScore(candidate) >= w.keep;
