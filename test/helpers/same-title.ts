import { foldKey } from "../../server/text/fold.js";

/**
 * How the corpus and blind-batch scorers compare titles (positions' titles, resumes' job titles): strictly, after
 * folding what does not change a title — script (總經理 = 总经理), width, case, spaces and punctuation
 * ("设备工程师(刻蚀)" = "设备工程师（刻蚀）", "Supervisor – Fit-out" = "Supervisor - Fit-out"). A found title that merely
 * holds the expected one or sits inside it does not match: "副总裁" is not "副总裁助理". A title the document genuinely
 * writes two ways ("Accounts Clerk 會計文員") lists its other forms in the expectation.
 */
export const titleKey = (title: string): string => foldKey(title).replace(/[^\p{L}\p{N}+#]/gu, "");

/** Whether `found` is the expected title or one of its listed forms. */
export const sameTitle = (found: string | null | undefined, expected: string | readonly string[]): boolean =>
  found != null && (typeof expected === "string" ? [expected] : expected).some((t) => titleKey(t) === titleKey(found));
