import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { hiredRole } from "../../../server/positions/line-classes.js";
import { foldAligned } from "../../../server/text/fold.js";

// Issue 9: a three-line post always yields its position; 422 only when a document holds no duty or requirement at all.
// These were refused ("no positions found") before: none had a line the tagger called a duty or a requirement.
describe("a short post always yields its position", () => {
  it.each([
    ["Barista wanted!\nMake coffee, serve customers, keep the bar clean.", "Barista", "Make coffee, serve customers, keep the bar clean"],
    ["前台文员\n接听电话，接待访客", "前台文员", "接听电话,接待访客"],
    ["Looking for a part-time bookkeeper\nHandle invoices and payroll for a small bakery\nXero experience a must", "part-time bookkeeper", "Handle invoices and payroll for a small bakery"],
  ])("%s", (text, title, duty) => {
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual([title]);
    expect(positions[0]!.responsibilities).toContain(duty);
  });

  it.each([
    ["司机一名，C1驾照，3年驾龄以上，月薪6000", "司机"],
    ["誠徵兼職家教，教國中數學，時薪500元，需大學以上學歷。", "家教"],
    ["We need a React developer for a 3-month contract. Remote. Must know TypeScript.", "React developer"],
    ["Need electrician ASAP for shop fit-out in Leeds, must have 18th edition, £25/hr", "electrician"],
  ])("one line hiring a role and saying what it needs: %s", (text, title) => {
    expect(parsePositions(text).positions.map((p) => p.title)).toEqual([title]);
  });

  it("reads a one-line post's facts: years, pay from where the salary starts (not the C1 licence's 1), schooling", () => {
    const [driver] = parsePositions("司机一名，C1驾照，3年驾龄以上，月薪6000").positions;
    expect(driver!.requirements.experience.minYears).toBe(3);
    expect(driver!.posting?.salary).toEqual({ min: 6000, max: 6000, currency: "CNY", period: "month" });
    const [tutor] = parsePositions("誠徵兼職家教，教國中數學，時薪500元，需大學以上學歷。").positions;
    expect(tutor!.requirements.education.minLevel).toBe("bachelor");
    expect(tutor!.posting).toMatchObject({ salary: { min: 500, max: 500, currency: "TWD", period: "hour" }, employmentType: "part_time" });
  });

  it.each([
    ["a line of text naming no role", "今天天气很好\n我们去公园散步吧"],
    ["a notice with no post", "关于2027年春节放假安排的通知\n全体员工：春节放假时间为2月5日至2月12日。"],
  ])("still finds nothing in %s", (_, text) => {
    expect(parsePositions(text).positions).toEqual([]);
  });
});

describe("hiring phrases name the role they hire", () => {
  const hired = (text: string) => {
    const key = foldAligned(text);
    const span = hiredRole(key);
    return span ? key.slice(span.at, span.at + span.length) : null;
  };

  it.each([
    ["司机一名，C1驾照", "司机"],
    ["誠徵兼職家教，教國中數學", "家教"],
    ["徵 門市人員", "门市人员"],
    ["聘请顾问，负责客户开发", "顾问"],
    ["We need a React developer for a 3-month contract", "react developer"],
    ["Need electrician ASAP", "electrician"],
    ["Barista wanted!", "barista"],
    ["We're looking for a Senior Data Engineer to join our team", "senior data engineer"],
    ["Hiring: Graphic Designer (Freelance)", "graphic designer"],
    // A dash after the phrase, chat emphasis around it, an emoji after the name.
    ["HIRING – Line Cook 🍳", "line cook"],
    ["*Hiring - Pastry Chef* (weekends)", "pastry chef"],
    ["We're hiring — Warehouse Supervisor ☕", "warehouse supervisor"],
  ])("%s → %s", (text, role) => {
    expect(hired(text)).toBe(role);
  });

  it.each(["We are looking for someone with 2+ years", "Hiring – see the list below", "本科3名", "员工3名，要求…", "征文比赛", "聘用合同", "need to know SQL"])("names no role in %s", (text) => {
    expect(hired(text)).toBeNull();
  });
});
