import { z } from "zod";
import { Position } from "../../positions/position.schema.js";

export const CreatePositionBody = Position.omit({ id: true }).extend({
  sourceText: Position.shape.sourceText.default(""),
  compliance: Position.shape.compliance.optional(),
});

export const PatchPositionBody = Position.omit({ id: true }).partial().refine((p) => Object.keys(p).length > 0, "at least one field is required");

export const StoredPosition = Position.extend({
  id: z.string(),
  documentId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: "StoredPosition" });
