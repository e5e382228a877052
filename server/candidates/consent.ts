/**
 * The version of the privacy notice candidates agree to. Bump it when the notice text changes: each
 * consent row keeps the version that was shown, so a later change never rewrites what was agreed.
 */
export const PRIVACY_NOTICE_VERSION = "2026-11-01";
