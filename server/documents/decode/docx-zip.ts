import yauzl from "yauzl";
import { DocumentRejected } from "../../errors.js";
import { MAX_COMPRESSION_RATIO, MAX_UNCOMPRESSED_BYTES, MAX_ZIP_ENTRIES, RATIO_CHECK_MIN_BYTES } from "./limits.js";

const bomb = (message: string) => new DocumentRejected("unprocessable", message, "zip_bomb");
const corrupt = (cause: unknown) =>
  new DocumentRejected("unprocessable", `The .docx file is damaged: ${(cause as Error).message}`, "corrupt_docx");

/**
 * Reads parts of a .docx: the first is required, the rest are read when present. The central
 * directory is vetted as a whole before any entry is inflated, and the inflated bytes are counted
 * too, since header sizes are the attacker's to write.
 */
export async function readDocxParts(bytes: Uint8Array, required: string, optional: string[] = []): Promise<Map<string, Buffer>> {
  const zip = await open(bytes);
  try {
    if (zip.entryCount > MAX_ZIP_ENTRIES) throw bomb(`The archive has ${zip.entryCount} entries (limit ${MAX_ZIP_ENTRIES}).`);
    const entries = await listEntries(zip);
    vetEntries(entries);
    if (!entries.some((e) => e.fileName === required)) {
      throw new DocumentRejected("unsupported_media_type", "The zip archive is not a Word document.", "unsupported_format");
    }
    const parts = new Map<string, Buffer>();
    for (const name of [required, ...optional]) {
      const entry = entries.find((e) => e.fileName === name);
      if (entry) parts.set(name, await inflate(zip, entry));
    }
    return parts;
  } finally {
    zip.close();
  }
}

function open(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: false, autoClose: false }, (err, zip) =>
      err ? reject(corrupt(err)) : resolve(zip),
    );
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", (err) => reject(corrupt(err)));
    zip.readEntry();
  });
}

function vetEntries(entries: yauzl.Entry[]): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > MAX_UNCOMPRESSED_BYTES) {
      throw bomb(`The archive expands to more than ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB.`);
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize >= RATIO_CHECK_MIN_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      throw bomb(`The entry ${entry.fileName} is compressed ${Math.round(ratio)}:1 (limit ${MAX_COMPRESSION_RATIO}:1).`);
    }
  }
}

// yauzl's own size validation is off so that an entry lying about its size is reported as the bomb it is.
function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(corrupt(err));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_UNCOMPRESSED_BYTES || size > entry.uncompressedSize) {
          stream.destroy();
          reject(bomb(`The entry ${entry.fileName} inflates past its declared size.`));
          return;
        }
        chunks.push(chunk);
      });
      stream.once("error", (e) => reject(corrupt(e)));
      stream.once("end", () =>
        size === entry.uncompressedSize ? resolve(Buffer.concat(chunks)) : reject(corrupt(new Error(`${entry.fileName} is truncated`))),
      );
    });
  });
}
