import type { Insertable, Kysely } from "kysely";
import type { Database, DocumentTable } from "./database.js";

export async function insertDocument(db: Kysely<Database>, doc: Insertable<DocumentTable>): Promise<{ id: string }> {
  return db.insertInto("documents").values(doc).returning("id").executeTakeFirstOrThrow();
}
