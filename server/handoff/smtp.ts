import { hostname } from 'node:os';
import nodemailer from 'nodemailer';

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

/**
 * Sends one plain-text e-mail over SMTP to a relay on the local network (no login; STARTTLS when the relay
 * offers it). Nodemailer does what SMTP asks of a sender: line endings, dot-stuffing, Swedish letters in
 * the subject (RFC 2047) and the body (quoted-printable), and the conversation's replies and timeouts.
 */
export const sendMail = async (mail: MailOptions): Promise<void> => {
  const timeoutMs = mail.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport({
    host: mail.host, port: mail.port, secure: false, name: hostname() || 'localhost',
    connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs,
  });
  const domain = mail.from.split('@')[1] ?? hostname();
  // One connection a message (no pool): it says QUIT and closes once the relay has the message.
  await transport.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.messageId}@${domain}>` });
};
