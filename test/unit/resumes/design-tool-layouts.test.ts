import { describe, expect, it } from "vitest";
import { readResume } from "../../../server/resumes/read-resume.js";
import { bestHeading } from "../../../server/resumes/sections.js";

const read = (lines: string[]) => readResume(lines.join("\n")).profile;

describe("a letter-spaced heading whose word gap was lost", () => {
  it("names its section by its names' letters run together", () => {
    expect(bestHeading("workexperience")?.kind).toBe("experience");
    expect(bestHeading("aboutme")?.kind).toBe("summary");
    expect(bestHeading("technicalskills")?.kind).toBe("skills");
    expect(bestHeading("craftsmanship")).toBeNull();
  });

  it("reads the jobs under it", () => {
    const profile = read(["NOAH BERGER", "noah.berger@example.com", "WORKEXPERIENCE", "Product Designer\tJan 2020 – Present", "Brightline Studio"]);
    expect(profile.experience.map((e) => [e.title, e.startDate])).toEqual([["Product Designer", "2020-01"]]);
  });
});

describe("referees' contacts", () => {
  it("never takes a phone labelled under REFERENCES for the candidate's", () => {
    const profile = read([
      "NOAH BERGER", "+44 7700 900123", "noah.berger@example.com",
      "EXPERIENCE", "Product Designer\tJan 2020 – Present", "Brightline Studio",
      "REFERENCES", "Clara Holt, Design Director", "Phone: 020 7946 0001", "Email: clara@brightline.example",
    ]);
    expect(profile.phone?.replace(/\D/g, "")).toBe("447700900123");
    expect(profile.email).toBe("noah.berger@example.com");
  });

  it("takes a labelled phone again after the references end", () => {
    const profile = read(["NOAH BERGER", "REFERENCES", "Available on request", "CONTACT", "Phone: +44 7700 900456"]);
    expect(profile.phone?.replace(/\D/g, "")).toBe("447700900456");
  });
});

describe("a school's name wrapped onto the next line", () => {
  it("joins 'INSTITUTE' / 'OF TECHNOLOGY' into one school, with its dates above and its degree below", () => {
    const profile = read(["NOAH BERGER", "noah.berger@example.com", "EDUCATION", "2014 - 2018", "ROYAL COLLEGE OF ART AND", "DESIGN LONDON", "BA in Illustration"]);
    expect(profile.education).toEqual([{ level: "bachelor", school: "ROYAL COLLEGE OF ART AND DESIGN LONDON", major: "Illustration", graduationYear: 2018 }]);
    const other = read(["NOAH BERGER", "noah.berger@example.com", "EDUCATION", "2014 - 2018", "MASSACHUSETTS INSTITUTE", "OF TECHNOLOGY", "MSc in Robotics"]);
    expect(other.education.map((e) => [e.school, e.level, e.graduationYear])).toEqual([["MASSACHUSETTS INSTITUTE OF TECHNOLOGY", "master", 2018]]);
  });
});
