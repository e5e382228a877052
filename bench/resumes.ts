import { readdirSync, readFileSync } from "node:fs";
import { readPdf } from "../server/documents/decode/pdf-text.js";
import { decodeDocument } from "../server/documents/index.js";
import { parseResume } from "../server/resumes/parse-resume.js";
import { readResume } from "../server/resumes/read-resume.js";

const corpusDir = new URL("../test/unit/resumes/corpus/", import.meta.url);

function corpusFiles(): { name: string; bytes: Buffer }[] {
  return readdirSync(corpusDir)
    .filter((d) => d.startsWith("batch"))
    .flatMap((batch) =>
      readdirSync(new URL(`${batch}/`, corpusDir))
        .filter((f) => !f.endsWith(".src.txt"))
        .map((f) => ({ name: `${batch}/${f}`, bytes: readFileSync(new URL(`${batch}/${f}`, corpusDir)) })),
    );
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const readOrNull = (lines: Parameters<typeof readResume>[0]) => {
  try {
    return readResume(lines);
  } catch {
    return null;
  }
};

/**
 * Resume reading: the reader alone over the decoded corpus on this one thread (resumes per second
 * on one core), and a two-page PDF: end to end as the API runs it (extraction in a bounded worker
 * thread, then the reader), and on this thread beside pdf.js alone, the raw engine, so the reader's
 * share shows as a ratio measured in the same run.
 */
export async function benchResumes() {
  const files = corpusFiles();
  const texts = await Promise.all(files.map(async (f) => (await decodeDocument(f.bytes)).lines));
  for (const t of texts) readOrNull(t);
  let resumes = 0;
  const started = process.hrtime.bigint();
  let elapsed = 0;
  while (resumes < texts.length * 3 || elapsed < 2_000) {
    for (const t of texts) readOrNull(t);
    resumes += texts.length;
    elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  }

  const pdf = files.find((f) => f.name.endsWith("31_en_two_pages.pdf"))!.bytes;
  // End to end as the API runs it: extraction in a fresh bounded worker thread, then the reader.
  const endToEnd: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await parseResume({ kind: "bytes", bytes: pdf, filename: "resume.pdf" });
    endToEnd.push(performance.now() - t);
  }
  // The same work on this thread: pdf.js alone (the raw engine), and pdf.js plus the reader.
  const engine: number[] = [];
  const inProcess: number[] = [];
  for (let i = 0; i < 30; i++) {
    let t = performance.now();
    const { text } = await readPdf({ bytes: pdf, text: null }, []);
    engine.push(performance.now() - t);
    t = performance.now();
    readResume((await readPdf({ bytes: pdf, text: null }, [])).lines);
    inProcess.push(performance.now() - t);
    if (text.length === 0) throw new Error("the two-page PDF has no text");
  }
  for (const list of [endToEnd, engine, inProcess]) list.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  // A long text (the hostile 10,000-line upload) and a tenth of it: reading should cost in proportion.
  const longText = (lines: number) => ["姓名：张三", "工作经历", "2019.07-至今 某某有限公司 工程师", ...Array.from({ length: lines }, (_, i) => `负责第${i}项日常工作，并按时完成交付与复盘。`)].join("\n");
  const readMs = (text: string) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      readResume(text);
      runs.push(performance.now() - t);
    }
    return percentile(runs.sort((a, b) => a - b), 50);
  };
  const [thousand, tenThousand] = [readMs(longText(1_000)), readMs(longText(10_000))];
  return {
    name: "resume reading",
    corpusDocuments: texts.length,
    resumesPerSecondOneCore: Math.round(resumes / (elapsed / 1000)),
    twoPagePdf: {
      endToEnd: { runs: endToEnd.length, p50Ms: round(percentile(endToEnd, 50)), p95Ms: round(percentile(endToEnd, 95)), note: "includes starting the bounded worker thread" },
      inProcess: { runs: inProcess.length, p50Ms: round(percentile(inProcess, 50)), p95Ms: round(percentile(inProcess, 95)) },
      pdfjsOnly: { p50Ms: round(percentile(engine, 50)), p95Ms: round(percentile(engine, 95)) },
      ratioInProcessToPdfjsP50: round(percentile(inProcess, 50) / percentile(engine, 50)),
    },
    longText: { lines1000P50Ms: round(thousand), lines10000P50Ms: round(tenThousand), ratio10000To1000: round(tenThousand / thousand), note: "the reader alone on this thread; 10 is linear" },
  };
}
