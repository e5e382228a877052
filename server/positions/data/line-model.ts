import type { TaggerModel } from "../../documents/line-tagger.js";
import { positionLineClasses, type PositionLineClass } from "./line-model-classes.js";
import { learnedLineModel } from "./line-model.learned.js";

// The positions line tagger's hand-set weights (the priors training starts from, see
// test/unit/positions/labels/train.ts): how much each piece of evidence (line-classes.ts's
// vocabulary `v:…`, the generic features in documents/line-features.ts) counts for each class, and how
// likely one class follows another. A heading class per section kind lets the sequence carry "which section
// am I in" forward: an unmarked line under 任职要求 stays a requirement because requirement → requirement
// scores and duty after a requirements heading does not.

export { positionLineClasses, type PositionLineClass } from "./line-model-classes.js";

const listed = { "num:arabic": 1, "num:han": 0.5, "num:paren": 1, "num:circled": 1, "num:letter": 0.5, bullet: 1 };
const heading = (own: string) => ({ bias: -3, [`v:heading:${own}`]: 7, "end:colon": 0.5, "len:long": -4, "len:medium": -1, "layout:heading": 1, "layout:bold": 0.5, "v:dutyVerb": -1, "list:outer": 1 });

export const handLineModel: TaggerModel<PositionLineClass> = {
  classes: positionLineClasses,
  weights: {
    text: { bias: 0, "len:long": 0.5, "end:stop": 0.3 },
    title: {
      bias: -1, "v:role": 3, "v:salary": 1, "pos:first": 1.5, "pos:early": 0.5, "next:v:salary": 1.5, "next:v:tag": 1, "v:hiring": 1.5, "v:hiringRole": 2, "v:dutiesOf": 3, bullet: -2, "prev:bullet": -1, "pos:last": -1, "num:arabic": -1, "num:han": -1, "num:paren": -1,
      "len:long": -3, "end:stop": -2, "has:comma": -1, "v:dutyVerb": -2, "v:requirementCue": -1, "layout:heading": 1.5, "list:inside": -1.5,
      // "2) Credit Controller – Coventry" after "1) …" and its bullets: a count that items interrupt is an outer one, over them.
      "list:outer": 2,
      // "Chargé de Développement Commercial Senior (H/F)": the gender note European postings carry after a post's name marks
      // the name, in words no role vocabulary knows.
      "v:genderNote": 2,
      // "Hybrid  Full-time  Mid-Senior level" lists work types; "Part-time Retail Assistant" still names a role (v:role).
      "v:tag": -1,
      "layout:large": 1, "layout:bold": 0.5, "v:label": -1, "v:heading:duty": -3, "v:heading:requirement": -3, "v:chrome": -3,
      // A line opening with a section's name ("【联系方式】刘经理") is that section's, whatever role it names.
      "v:lead:duty": -3, "v:lead:requirement": -3, "v:lead:benefits": -3, "v:lead:company": -3, "v:lead:contact": -3,
    },
    // A label parts its name from its value: "识字，会使用智能手机扫码" under 岗位要求 has nothing to part them with.
    label: { bias: -1, "v:label": 3, "v:titleLabel": 1, "label:value": 0.5, "len:long": -1, "no:separator": -2 },
    "heading:duty": heading("duty"),
    "heading:requirement": heading("requirement"),
    "heading:benefits": heading("benefits"),
    "heading:company": heading("company"),
    "heading:contact": heading("contact"),
    "heading:other": heading("other"),
    duty: { bias: -1, ...listed, "list:inside": 0.5, "list:outer": -1, "v:lead:duty": 3, "v:lead:requirement": -2, "v:dutiesOf": -3, "v:dutyVerb": 2, "end:stop": 0.5, "len:medium": 0.5, "len:long": 0.5, "prev:v:heading:duty": 1.5, "v:requirementCue": -0.5, "v:role": -1 },
    requirement: { bias: -1, ...listed, "list:inside": 0.5, "list:outer": -1, "v:lead:requirement": 3, "v:lead:duty": -2, "v:requirementCue": 2, "end:stop": 0.5, "len:medium": 0.3, "prev:v:heading:requirement": 1.5, "v:dutyVerb": -1, "v:role": -1 },
    tags: { bias: -2, "v:salary": 3, "v:tag": 1.5, separators: 1.5, "v:place": 1, "len:long": -3, "end:stop": -2, "v:dutyVerb": -2, "prev:v:role": 1, "pos:early": 0.5, "v:role": -2, "v:company": -1 },
    benefits: { bias: -1.5, "v:lead:benefits": 3, "v:benefit": 2.5, separators: 0.3 },
    company: { bias: -1.5, "v:lead:company": 3, "v:company": 2, "v:address": 2, "len:long": 0.3 },
    contact: { bias: -1.5, "v:lead:contact": 3, "v:contact": 3 },
    // A chat message's sender line ("张扬 14:32") is furniture; the message under it is read by its own words.
    furniture: { bias: -2, "v:chrome": 5, "v:chatSender": 5 },
  },
  transitions: {
    // A title is followed by its facts or straight by its duties ("1⃣ 店长 8-12K" / "负责门店日常管理").
    title: { title: -1.5, tags: 1, duty: 1, requirement: 0.5, "heading:duty": 0.5 },
    tags: { tags: 0.5 },
    "heading:duty": { duty: 2, requirement: -1.5, text: -0.5 },
    "heading:requirement": { requirement: 2, duty: -1.5, text: -0.5 },
    "heading:benefits": { benefits: 2.5 },
    "heading:company": { company: 2.5 },
    "heading:contact": { contact: 2.5 },
    // Under 招聘流程 / 宣讲会安排 / Employer questions, unmarked lines are that section's text, not duties.
    "heading:other": { text: 1, duty: -1, requirement: -1 },
    duty: { duty: 1.5, requirement: -0.5 },
    requirement: { requirement: 1.5, duty: -1 },
    benefits: { benefits: 1.5 },
    company: { company: 1.5 },
    contact: { contact: 1 },
  },
};

/**
 * The model the parser tags lines with: the learned one (line-model.learned.ts, `npm run train-tagger`), which
 * reads layout families it was not trained on better than these hand-set weights (leave-one-family-out 0.869 vs
 * 0.832, test/unit/positions/labels/README.md). The hand-set weights stay as its prior and its yardstick.
 */
export const positionLineModel: TaggerModel<PositionLineClass> = learnedLineModel;
