/** Bounds on untrusted documents. Containers are checked before anything is inflated. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2000;
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
export const MAX_COMPRESSION_RATIO = 100;
// Tiny parts of repetitive XML legitimately compress past 100:1; only large ones can hurt.
export const RATIO_CHECK_MIN_BYTES = 256 * 1024;
export const MAX_PDF_PAGES = 300;
export const DEFAULT_TIMEOUT_MS = 15_000;
