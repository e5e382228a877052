import { expect } from "vitest";
import { DocumentRejected } from "../../../server/errors.js";

/** Awaits a decode that must fail and returns its DocumentRejected for further assertions. */
export async function rejectionOf(promise: Promise<unknown>): Promise<DocumentRejected> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentRejected);
  return error as DocumentRejected;
}
