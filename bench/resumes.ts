import { readdirSync, readFileSync } from "node:fs";
import { readPdf } from "../server/documents/decode/pdf-text.js";
import { closeDocumentPool, configureDocumentPool, decodeDocument, defaultPoolSettings } from "../server/documents/index.js";
import { parseResume } from "../server/resumes/parse-resume.js";
import { readResume } from "../server/resumes/read-resume.js";
import { latency, round } from "./stats.js";

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

const orNull = async <T>(work: () => T | Promise<T>): Promise<T | null> => {
  try {
    return await work();
  } catch {
    return null;
  }
};

async function timedRuns(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * Resume reading. Through the API's own path (parseResume: extraction on the shared pool of warm
 * threads, then the reader), with the pool cut to one thread so the figure is one core's: the whole
 * corpus one document after another (resumes per second), and a two-page PDF (p50/p95). Beside them,
 * in the same run: the reader alone on this thread, and pdf.js alone (the raw engine), so the pool's
 * share of the PDF's latency shows as a ratio.
 */
export async function benchResumes() {
  const files = corpusFiles();
  configureDocumentPool({ ...defaultPoolSettings(), workers: 1 });
  try {
    const coldStarted = performance.now();
    const pdf = files.find((f) => f.name.endsWith("31_en_two_pages.pdf"))!.bytes;
    await parseResume({ kind: "bytes", bytes: pdf, filename: "resume.pdf" });
    const firstParseMs = performance.now() - coldStarted;

    // The API path, one pool thread: every corpus document in turn, a few rounds (the first warms up).
    const parseAll = async () => {
      for (const f of files) await orNull(() => parseResume({ kind: "bytes", bytes: f.bytes, filename: f.name }));
    };
    await parseAll();
    let parsed = 0;
    const started = performance.now();
    while (parsed < files.length * 2 || performance.now() - started < 3_000) {
      await parseAll();
      parsed += files.length;
    }
    const apiPerSecond = parsed / ((performance.now() - started) / 1000);

    // The reader alone on this thread, over the decoded corpus.
    const lines = await Promise.all(files.map(async (f) => (await decodeDocument(f.bytes)).lines));
    for (const l of lines) await orNull(() => readResume(l));
    let read = 0;
    const readStarted = performance.now();
    while (read < lines.length * 3 || performance.now() - readStarted < 2_000) {
      for (const l of lines) await orNull(() => readResume(l));
      read += lines.length;
    }
    const readerPerSecond = read / ((performance.now() - readStarted) / 1000);

    // The two-page PDF: through the API path, on this thread (pdf.js + reader), and pdf.js alone.
    const viaPool = latency(await timedRuns(60, () => parseResume({ kind: "bytes", bytes: pdf, filename: "resume.pdf" })));
    const inProcess = latency(await timedRuns(60, async () => readResume((await readPdf({ bytes: pdf, text: null }, [])).lines)));
    const pdfjs = latency(await timedRuns(60, () => Promise.resolve(readPdf({ bytes: pdf, text: null }, []))));

    // A long text (the hostile 10,000-line upload) and a tenth of it: reading should cost in proportion.
    const longText = (n: number) => ["姓名：张三", "工作经历", "2019.07-至今 某某有限公司 工程师", ...Array.from({ length: n }, (_, i) => `负责第${i}项日常工作，并按时完成交付与复盘。`)].join("\n");
    const readMs = async (text: string) => latency(await timedRuns(5, async () => readResume(text))).p50Ms;
    const [thousand, tenThousand] = [await readMs(longText(1_000)), await readMs(longText(10_000))];

    return {
      name: "resume reading",
      corpusDocuments: files.length,
      apiPathResumesPerSecondOnePoolThread: round(apiPerSecond, 1),
      readerOnlyResumesPerSecondOneCore: Math.round(readerPerSecond),
      twoPagePdf: {
        apiPath: { ...viaPool, note: "parseResume as the API runs it: extraction on a warm pool thread, then the reader" },
        inProcess,
        pdfjsOnly: pdfjs,
        ratioApiPathToInProcessP50: round(viaPool.p50Ms / inProcess.p50Ms, 2),
        firstParseMs: round(firstParseMs, 1),
        firstParseNote: "the process's first document: starting the pool's thread and loading pdf.js in it",
      },
      longText: { lines1000P50Ms: round(thousand, 2), lines10000P50Ms: round(tenThousand, 2), ratio10000To1000: round(tenThousand / thousand, 2), note: "the reader alone on this thread; 10 is linear" },
    };
  } finally {
    await closeDocumentPool();
    configureDocumentPool(defaultPoolSettings());
  }
}
