import { afterAll } from "vitest";
import { closeDocumentPool } from "../../server/documents/index.js";

// Each test file that reads documents starts the process's pool; its threads stop with the file.
afterAll(() => closeDocumentPool());
