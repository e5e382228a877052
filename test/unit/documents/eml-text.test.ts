import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../../server/documents/index.js";
import { looksLikeMessage } from "../../../server/documents/decode/message-sniff.js";

const bytes = (s: string) => new TextEncoder().encode(s.replace(/\n/g, "\r\n"));
const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64").replace(/.{76}/g, "$&\n");

const alternative = `Return-Path: <hr@acme.example>
Received: from mx.acme.example by mail.example.net; Tue, 01 Dec 2026 10:00:00 +0800
From: =?UTF-8?B?5Lq65LqL6YOo?= <hr@acme.example>
To: candidate@example.com
Subject: =?UTF-8?Q?Opening:_Payroll_Specialist?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Payroll Specialist
- 3+ years of payroll

--b1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><h2>Payroll Specialist</h2><ul><li>3+ years of payroll in a mult=
inational</li><li>Excel =E2=80=93 pivot tables</li></ul></body></html>

--b1--
`;

describe("raw email messages", () => {
  it("should recognise a message by its header block, whatever the file is named", async () => {
    const decoded = await decodeDocument(bytes(alternative), { filename: "saved-original.txt" });
    expect(decoded.format).toBe("eml");
  });

  it("should read the HTML part as HTML, undoing quoted-printable, and keep only the Subject of the headers", async () => {
    const decoded = await decodeDocument(bytes(alternative), { filename: "offer.eml" });
    expect(decoded.lines.map((l) => [l.text, l.heading, l.list?.marker])).toEqual([
      ["Subject: Opening: Payroll Specialist", undefined, undefined],
      ["Payroll Specialist", 2, undefined],
      ["• 3+ years of payroll in a multinational", undefined, "•"],
      ["• Excel – pivot tables", undefined, "•"],
    ]);
    expect(decoded.text).not.toMatch(/Received|MIME-Version|hr@acme/);
  });

  it("should decode a base64 plain-text body in its declared charset (GBK)", async () => {
    const { default: iconv } = await import("iconv-lite");
    const body = b64(new Uint8Array(iconv.encode("招聘岗位：出纳\n任职要求：\n1. 会计专业，大专以上学历\n", "gbk")));
    const message = `From: hr@acme.example\nTo: a@example.com\nSubject: =?GB2312?B?${Buffer.from(iconv.encode("招聘出纳", "gb2312")).toString("base64")}?=\nMessage-ID: <1@acme.example>\nContent-Type: text/plain; charset=GBK\nContent-Transfer-Encoding: base64\n\n${body}\n`;
    const decoded = await decodeDocument(bytes(message));
    expect(decoded.format).toBe("eml");
    expect(decoded.text).toBe("Subject: 招聘出纳\n招聘岗位：出纳\n任职要求：\n1. 会计专业，大专以上学历");
  });

  it("should read an attachment in a format it reads after the body", async () => {
    const attached = b64(new TextEncoder().encode("<html><body><h1>Warehouse Supervisor</h1><p>Forklift licence required.</p></body></html>"));
    const message = `From: hr@acme.example\nSubject: JD attached\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="m"\n\n--m\nContent-Type: text/plain; charset=us-ascii\n\nPlease see the attached JD.\n--m\nContent-Type: text/html; name="jd.html"\nContent-Disposition: attachment; filename="jd.html"\nContent-Transfer-Encoding: base64\n\n${attached}\n--m\nContent-Type: image/png; name="logo.png"\nContent-Disposition: attachment; filename="logo.png"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--m--\n`;
    const decoded = await decodeDocument(bytes(message));
    expect(decoded.text).toBe("Subject: JD attached\nPlease see the attached JD.\njd.html\nWarehouse Supervisor\nForklift licence required.");
  });

  it("should leave an email pasted from a mail client, and text that merely opens with a label, to the text reader", () => {
    expect(looksLikeMessage(bytes("From: Lin Wei\nSent: Monday, 30 November 2026 9:12 AM\nTo: All Staff\nSubject: Internal vacancy\n\nWe are hiring a buyer."))).toBe(false);
    expect(looksLikeMessage(bytes("Subject: Hiring\nPosition: Buyer\nLocation: Taipei\n"))).toBe(false);
    expect(looksLikeMessage(bytes("Title: Buyer\nMIME-Version: 1.0\nDuties: purchasing\nnot a header at all"))).toBe(false);
    expect(looksLikeMessage(bytes("From someone@example.com Tue Dec  1 10:00:00 2026\nFrom: a@example.com\nMessage-ID: <x@y>\n\nbody"))).toBe(true);
  });
});
