import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  raw: string;
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) in a header. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** Parses the single-part text e-mails the server sends (nodemailer, text only). */
export function parseMail(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = raw.slice(split + 4);
  return {
    to,
    from: decodeWords(headers.get("from") ?? ""),
    subject: decodeWords(headers.get("subject") ?? ""),
    text: decodeBody(body, (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase()).replace(/\r\n/g, "\n"),
    raw,
  };
}

/**
 * A real SMTP server on a free port (the smtp-server package), started by the test: it accepts
 * every message and keeps it, so a test reads what the app really sent. `refuse` answers the
 * first that many messages with a temporary failure (451) instead, as a busy server would
 * (`refuseNext` changes that later; Infinity refuses all).
 */
export async function startSmtpInbox(options: { refuse?: number } = {}) {
  const mails: ReceivedMail[] = [];
  const refused: ReceivedMail[] = [];
  let toRefuse = options.refuse ?? 0;
  let refuseOnlyTo: string | null = null;
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mail = parseMail(
          Buffer.concat(chunks).toString("latin1"),
          session.envelope.rcptTo.map((address) => address.address),
        );
        const refuse = toRefuse > 0 && (refuseOnlyTo === null || mail.to.includes(refuseOnlyTo));
        if (refuse) toRefuse--;
        (refuse ? refused : mails).push(mail);
        for (const waiter of [...waiters]) waiter();
        if (refuse) callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
        else callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** Resolves with the first mail (from the start) that matches; the test's timeout bounds the wait. */
    waitFor(matches: (mail: ReceivedMail) => boolean): Promise<ReceivedMail> {
      return new Promise((resolve) => {
        const check = () => {
          const found = mails.find(matches);
          if (!found) return;
          waiters.delete(check);
          resolve(found);
        };
        waiters.add(check);
        check();
      });
    },
    /** Resolves once `count` messages have been refused. */
    waitForRefused(count: number): Promise<void> {
      return new Promise((resolve) => {
        const check = () => {
          if (refused.length < count) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      });
    },
    refused,
    /** Refuse every message from now on (Infinity) or the next `count`; with `to`, only messages to that address. */
    refuseNext(count: number, to: string | null = null) {
      toRefuse = count;
      refuseOnlyTo = to;
    },
    to: (address: string) => mails.filter((mail) => mail.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
