/**
 * Sniffing a raw email message (RFC 5322 / MIME) by its header block. Kept apart from its reader so the format
 * registry can test the bytes without loading the MIME parser.
 */
// Only the head of a file is sniffed: a message's header block is a few KiB (DKIM and Received chains included).
const SNIFF_BYTES = 32 * 1024;
const FIELD = /^([!-9;-~]+)[ \t]*:/;
// Fields that only a message as sent carries (a pasted email shows From/To/Subject/Sent, never these).
const TRANSPORT = new Set(["mime-version", "received", "message-id", "return-path", "dkim-signature", "delivered-to", "x-received", "arc-seal"]);
const ADDRESSING = new Set(["from", "to", "subject", "date", "sender", "reply-to", "cc"]);

/**
 * Does the file open with an RFC 5322 header block, as a message saved raw (.eml, or "show original" saved as
 * .txt) does: every line up to the first blank one a `Name: value` field or its folded continuation, addressing
 * fields (From, To, Subject, Date) and a transport one (MIME-Version, Received, Message-ID …) among them.
 */
export function looksLikeMessage(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF|^\xEF\xBB\xBF/, "");
  const lines = head.split(/\r?\n/);
  let i = /^From \S/.test(lines[0] ?? "") ? 1 : 0; // an mbox "From " separator line
  const names = new Set<string>();
  for (; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (line === "") break;
    if (/^[ \t]/.test(line) && names.size > 0) continue;
    const field = FIELD.exec(line);
    if (!field) return false;
    names.add(field[1]!.toLowerCase());
  }
  if (i >= lines.length - 1) return false; // no blank line ends the header block inside the window
  return [...names].some((n) => ADDRESSING.has(n)) && [...names].some((n) => TRANSPORT.has(n) || n === "content-type");
}
