import { connect } from 'node:net';
import { hostname } from 'node:os';

export type MailOptions = {
  host: string;
  port: number;
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Becomes the Message-ID's local part: a resend after a crash carries the same one. */
  messageId: string;
  timeoutMs?: number;
};

/** RFC 2047 for a header with non-ASCII text (å, ä, ö). */
const encodeHeader = (value: string) => (/^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value).toString('base64')}?=`);

/** Body lines as SMTP wants them: CRLF, and a leading dot doubled so no line ends the message early. */
const dotStuff = (text: string) => text.replace(/\r?\n/g, '\r\n').split('\r\n').map((line) => (line.startsWith('.') ? `.${line}` : line)).join('\r\n');

/**
 * Sends one plain-text e-mail over SMTP (RFC 5321) to a relay on the local network: no TLS, no login,
 * UTF-8 body as 8bit. Small on purpose: the handoff needs nothing more, and no mail library is kept in.
 */
export const sendMail = (mail: MailOptions): Promise<void> => new Promise((resolve, reject) => {
  const socket = connect({ host: mail.host, port: mail.port });
  socket.setEncoding('utf8');
  socket.setTimeout(mail.timeoutMs ?? 10_000, () => socket.destroy(new Error('SMTP timeout')));
  const domain = mail.from.split('@')[1] ?? hostname();
  const message = [
    `From: ${mail.from}`,
    `To: ${mail.to}`,
    `Subject: ${encodeHeader(mail.subject)}`,
    `Message-ID: <${mail.messageId}@${domain}>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    dotStuff(mail.text),
    '.',
    '',
  ].join('\r\n');
  // Each step: the reply code it waits for, then what to send next.
  const steps: [number, string | null][] = [
    [220, `EHLO ${hostname() || 'localhost'}\r\n`],
    [250, `MAIL FROM:<${mail.from}>\r\n`],
    [250, `RCPT TO:<${mail.to}>\r\n`],
    [250, 'DATA\r\n'],
    [354, message],
    [250, 'QUIT\r\n'],
    [221, null],
  ];
  let buffer = '';
  let done = false;
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    // A reply is complete at a line "NNN text" (a space after the code, not a dash).
    for (let match = /^(\d{3}) .*\r?\n/m.exec(buffer); match; match = /^(\d{3}) .*\r?\n/m.exec(buffer)) {
      buffer = buffer.slice(match.index + match[0].length);
      const step = steps.shift();
      if (!step) return;
      const [expected, next] = step;
      if (Number(match[1]) !== expected) {
        socket.destroy(new Error(`SMTP: expected ${expected}, got "${match[0].trim()}"`));
        return;
      }
      if (expected === 250 && next === 'QUIT\r\n') done = true; // accepted: the message is the relay's now
      if (next) socket.write(next);
      else socket.end();
    }
  });
  socket.on('error', (error) => (done ? resolve() : reject(error)));
  socket.on('close', () => (done ? resolve() : reject(new Error('SMTP connection closed early'))));
});
