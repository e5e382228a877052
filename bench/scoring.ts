import type { CandidateProfile } from "../server/matching/match.schema.js";
import { scoreMatch } from "../server/matching/score.js";
import { educationLevels, type Requirements } from "../server/positions/position.schema.js";
import { seededRandom } from "../server/demo/random.js";

const skills = ["办公软件", "Excel", "辦公軟體", "CRM", "客戶關係管理", "k8s", "Kubernetes", "Java", "JavaScript", "postgres",
  "MySQL", "Python", "数据分析", "市场营销", "电话销售", "商务谈判", "招投标", "ERP", "SAP", "Photoshop", "AutoCAD", "项目管理"];
const languages = ["英语", "English", "英文", "日语", "粤语", "普通话"];
const certifications = ["CET-6", "英语四级", "中级会计职称", "驾照", "PMP", "CPA", "一级建造师"];
const majors = ["计算机科学与技术", "軟體工程", "会计学", "市场营销", "企業管理", "历史学", "通信工程", "Finance", "土木工程", "法学"];
const titles = ["销售代表", "銷售經理", "Java工程师", "会计", "区域督导", "客服主管", "Project Manager", "行政专员"];
const fields = ["销售", "Java", "会计", "客户服务", "房地产"];

function pick<T>(next: () => number, from: readonly T[], count: number): T[] {
  return Array.from({ length: count }, () => from[Math.floor(next() * from.length)]!);
}

function month(next: () => number, from: number, to: number): string {
  const year = from + Math.floor(next() * (to - from + 1));
  return `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}`;
}

function candidate(next: () => number, i: number): CandidateProfile {
  return {
    name: `候选人${i}`,
    email: `c${i}@example.com`,
    education: [{ level: pick(next, educationLevels, 1)[0]!, major: pick(next, majors, 1)[0]! }],
    experience: Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
      const startDate = month(next, 2008, 2022);
      return { title: pick(next, titles, 1)[0]!, startDate, endDate: next() < 0.3 ? null : month(next, Number(startDate.slice(0, 4)), 2025), description: `负责${pick(next, fields, 1)[0]}相关工作` };
    }),
    skills: pick(next, skills, 2 + Math.floor(next() * 6)),
    languages: pick(next, languages, 1 + Math.floor(next() * 2)),
    certifications: pick(next, certifications, Math.floor(next() * 3)),
  };
}

function requirements(next: () => number): Requirements {
  const items = (from: readonly string[], count: number) => pick(next, from, count).map((name) => ({ name, required: next() < 0.6 }));
  return {
    education: { minLevel: pick(next, educationLevels, 1)[0]!, majors: pick(next, majors, Math.floor(next() * 3)), majorsRequired: next() < 0.3 },
    experience: { minYears: Math.floor(next() * 8), maxYears: next() < 0.2 ? 10 : null, management: next() < 0.3, fields: pick(next, fields, Math.floor(next() * 2)) },
    skills: items(skills, 2 + Math.floor(next() * 5)),
    languages: items(languages, Math.floor(next() * 2)),
    certifications: items(certifications, Math.floor(next() * 2)),
  };
}

/** The bench's pairs: 500 candidates × 40 roles from a fixed seed, so every run scores the same pairs. */
export function scoringPairs(): { candidates: CandidateProfile[]; roles: Requirements[]; asOf: Date } {
  const next = seededRandom(20_260_615).next;
  const candidates = Array.from({ length: 500 }, (_, i) => candidate(next, i));
  const roles = Array.from({ length: 40 }, () => requirements(next));
  return { candidates, roles, asOf: new Date("2026-06-15T00:00:00Z") };
}

type Pass = (role: Requirements, c: CandidateProfile, ri: number, ci: number) => number;

function timedPass(roles: Requirements[], candidates: CandidateProfile[], score: Pass): number {
  let checksum = 0;
  const started = performance.now();
  for (let ri = 0; ri < roles.length; ri++) for (let ci = 0; ci < candidates.length; ci++) checksum += score(roles[ri]!, candidates[ci]!, ri, ci);
  const seconds = (performance.now() - started) / 1000;
  if (!Number.isFinite(checksum)) throw new Error("scoring produced a non-finite score");
  return Math.round((roles.length * candidates.length) / seconds);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * Scores generated candidate × requirements pairs on the calling thread (one core). The first pass
 * (cold: JIT and memos filling) is reported apart; the figure is the median of five passes after it,
 * the steady state a long rescoring runs at. Scoring prepares each requirements and each candidate
 * object once (server/matching/prepared.ts), so the same candidates scored against many vacancies
 * (recommendations) reuse what was read of them; `freshRowsPairsPerSecond` gives every pair a
 * candidate object of its own, as a ranked list reading applicant rows from the database does.
 */
export async function benchScoring() {
  const { candidates, roles, asOf } = scoringPairs();
  const pairs = roles.length * candidates.length;
  const shared: Pass = (role, c) => scoreMatch(c, role, { asOf }).score;
  const firstPassPairsPerSecond = timedPass(roles, candidates, shared);
  const steady = Array.from({ length: 5 }, () => timedPass(roles, candidates, shared));
  // Copies made before timing, so the clone is not what is measured.
  const rows = Array.from({ length: 3 }, () => roles.map(() => candidates.map((c) => structuredClone(c))));
  const fresh = rows.map((copies) => timedPass(roles, candidates, (role, _c, ri, ci) => scoreMatch(copies[ri]![ci]!, role, { asOf }).score));
  return {
    name: "scoring",
    pairsPerSecond: median(steady),
    pairs,
    firstPassPairsPerSecond,
    steadyPassesPairsPerSecond: steady,
    freshRowsPairsPerSecond: median(fresh),
    note: "one core; pairsPerSecond = median of 5 passes over 500 candidates × 40 requirements after a first (cold) pass; freshRowsPairsPerSecond = the same pairs with a new candidate object per pair (nothing prepared is reused across vacancies)",
  };
}
