import type { HeldoutBatch } from "../eval/batch.js";
import { batch01 } from "./batch-01.expected.js";
import { batch02 } from "./batch-02.expected.js";
import { batch03 } from "./batch-03.expected.js";
import { batch04 } from "./batch-04.expected.js";
import { batch05 } from "./batch-05.expected.js";
import { batch06 } from "./batch-06.expected.js";
import { batch07 } from "./batch-07.expected.js";
import { batch08 } from "./batch-08.expected.js";
import { batch09 } from "./batch-09.expected.js";
import { batch10 } from "./batch-10.expected.js";
import { batch11 } from "./batch-11.expected.js";
import { batch12 } from "./batch-12.expected.js";
import { batch13 } from "./batch-13.expected.js";
import { batch14 } from "./batch-14.expected.js";
import { batch15 } from "./batch-15.expected.js";

/** Every blind batch, oldest first. A batch's documents live in heldout/<id>/. */
export const heldoutBatches: readonly HeldoutBatch[] = [batch01, batch02, batch03, batch04, batch05, batch06, batch07, batch08, batch09, batch10, batch11, batch12, batch13, batch14, batch15];
