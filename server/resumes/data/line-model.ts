import type { TaggerModel } from "../../documents/index.js";

// The resume line tagger's weights, set by hand (not learned: the corpus has no line labels yet): how much
// each piece of evidence (line-classes.ts's vocabulary `v:…`, the generic features of
// documents/line-features.ts) counts for each class, and how likely one class follows another. The
// reader acts on `heading` (sections), `furniture` (dropped) and `bullet` (a description line, never a
// row's title); the other classes are there so that those three have something to lose against.

export const resumeLineClasses = ["text", "heading", "title", "name", "personal", "entry", "date", "bullet", "skills", "furniture"] as const;
export type ResumeLineClass = (typeof resumeLineClasses)[number];

export const resumeLineModel: TaggerModel<ResumeLineClass> = {
  classes: resumeLineClasses,
  weights: {
    text: { bias: 0, "len:long": 0.5, "end:stop": 0.5 },
    heading: {
      // A named section heading ("工作经历", "Work Experience 工作經驗").
      bias: -3, "v:heading": 6.5, "v:headingPart": 1,
      // A heading the vocabulary does not know still shows in its layout: a heading style, or a short
      // bold line in a larger font than the body.
      "layout:heading": 2.5, "layout:bold": 1.5, "layout:large": 1.5, "layout:subheading": -4, "layout:headingStyle": 2.5,
      "len:tiny": 0.5, "len:short": 0.3, "len:medium": -1, "len:long": -5, "end:stop": -2, "has:digit": -1, "has:comma": -0.5,
      "v:date": -3, "v:contact": -3, "v:docTitle": -5, "v:name": -2, "v:personal": -2, "pos:first": -1, bullet: -1, "layout:list": -1,
    },
    title: { bias: -3, "v:docTitle": 6 },
    name: { bias: -3, "v:name": 3, "pos:first": 1.5, "pos:early": 0.5, "layout:large": 1, "layout:bold": 0.3, "v:heading": -3 },
    personal: { bias: -2, "v:personal": 3, "v:contact": 3, "v:heading": -2 },
    entry: { bias: -2, "v:date": 2.5, "v:contact": -1 },
    date: { bias: -2, "v:dateOnly": 4.5 },
    bullet: { bias: -1, bullet: 1.8, "num:arabic": 1, "num:paren": 1, "num:circled": 1.5, "layout:list": 1.8, emoji: 0.5, "v:date": -2, "v:heading": -2 },
    skills: { bias: -2, "v:skillList": 2.5, "v:date": -2 },
    furniture: { bias: -3, "v:furniture": 6.5 },
  },
  transitions: {
    heading: { heading: -1, entry: 0.3, date: 0.3 },
    entry: { bullet: 0.3, text: 0.2 },
    date: { text: 0.3, entry: -0.3 },
    bullet: { bullet: 0.3 },
    personal: { personal: 0.3 },
  },
  start: { name: 0.5, title: 0.5 },
};
