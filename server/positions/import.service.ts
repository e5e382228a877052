import { createHash } from "node:crypto";
import type { Db } from "../../db/db.js";
import { insertDocument } from "../../db/document.repository.js";
import { insertPositions } from "../../db/position.repository.js";
import { DocumentRejected } from "../errors.js";
import { decodeDocument, decodeTextDocument, type DocumentFormat, type DocumentLine } from "../documents/index.js";
import { parseSeconds, timed } from "../metrics.js";
import { parsePositionsBounded } from "./parse-bounded.js";
import type { Position } from "./position.schema.js";
import { positionRowToPosition, positionToRow, type StoredPosition } from "./position.service.js";

export type DocumentSource =
  | { kind: "bytes"; bytes: Uint8Array; filename: string | null; mediaType?: string | null }
  | { kind: "text"; text: string };

export type ParsedDocument = {
  text: string;
  lines: DocumentLine[];
  positions: Position[];
  warnings: string[];
  encoding: string;
  format: DocumentFormat;
};

/** Bytes or text → positions, storing nothing. A document in which no position is found is refused. */
export async function parseDocument(source: DocumentSource): Promise<ParsedDocument> {
  const decoded =
    source.kind === "bytes"
      ? await decodeDocument(source.bytes, { filename: source.filename, mediaType: source.mediaType })
      : await decodeTextDocument(source.text);
  const { positions, warnings } = await timed(parseSeconds, () => parsePositionsBounded(decoded.text, decoded.lines));
  if (positions.length === 0) {
    throw new DocumentRejected("unprocessable", "No position description was found in the document.", "no_positions");
  }
  return {
    text: decoded.text, lines: decoded.lines, positions, warnings: [...decoded.warnings, ...warnings], encoding: decoded.encoding, format: decoded.format,
  };
}

/** Stores the document and all its positions in one transaction. */
export async function importDocument(
  db: Db,
  organizationId: string,
  source: DocumentSource,
): Promise<{ documentId: string; positions: StoredPosition[]; warnings: string[]; encoding: string; format: DocumentFormat }> {
  const parsed = await parseDocument(source);
  return db.transaction().execute(async (trx) => {
    const document = await insertDocument(trx, {
      organization_id: organizationId,
      filename: source.kind === "bytes" ? source.filename : null,
      format: parsed.format,
      encoding: parsed.encoding,
      text: parsed.text,
      sha256: createHash("sha256").update(parsed.text).digest("hex"),
      warnings: JSON.stringify(parsed.warnings),
    });
    const rows = await insertPositions(trx, parsed.positions.map((p) => positionToRow(organizationId, document.id, p)));
    return {
      documentId: document.id,
      positions: rows.map(positionRowToPosition),
      warnings: parsed.warnings,
      encoding: parsed.encoding,
      format: parsed.format,
    };
  });
}
