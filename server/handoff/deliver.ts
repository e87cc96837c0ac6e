import type { HandoffTarget } from '../config';
import type { Handoff } from '../store/store';
import { sendMail } from './smtp';
import { oneLine, plainText } from '../text/plain-text';

export type DeliverOptions = { smtpHost?: string; smtpPort: number; from: string; timeoutMs?: number };

/** The handoff as the contact centre receives it (webhook body; the e-mail says the same in words). */
export const handoffMessage = (handoff: Handoff) => ({
  id: handoff.id,
  tenant: handoff.tenant,
  createdAt: new Date(handoff.createdAt).toISOString(),
  ...handoff.payload,
});

/** The e-mail's text: each field on its own line whatever a visitor (or an older row) put in it. */
const emailText = (handoff: Handoff): string => {
  const p = handoff.payload;
  return [
    'En besökare bad guiden skicka sin fråga vidare till er.',
    '',
    `Fråga: ${oneLine(p.question)}`,
    ...(p.message ? [`Meddelande: ${plainText(p.message)}`] : []),
    '',
    `Namn: ${p.name ? oneLine(p.name) : '(inte angivet)'}`,
    `E-post: ${p.email ? oneLine(p.email) : '(inte angiven)'}`,
    `Telefon: ${p.phone ? oneLine(p.phone) : '(inte angivet)'}`,
    '',
    `Ärende-id: ${handoff.id} (${new Date(handoff.createdAt).toISOString()})`,
  ].join('\n');
};

/**
 * One delivery attempt; throws when it failed. A webhook gets the JSON with an Idempotency-Key header
 * (the handoff's id): should a crash come between its 2xx and our note of it, the one resend carries
 * the same key, so the receiver can tell.
 */
export const deliver = async (target: HandoffTarget, handoff: Handoff, options: DeliverOptions): Promise<void> => {
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (target.type === 'webhook') {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': handoff.id },
      body: JSON.stringify(handoffMessage(handoff)),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel();
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    return;
  }
  if (!options.smtpHost) throw new Error('no SMTP_HOST');
  await sendMail({
    host: options.smtpHost, port: options.smtpPort, from: options.from, to: target.to,
    subject: `Fråga från besökare (${handoff.id})`, text: emailText(handoff), messageId: handoff.id, timeoutMs,
  });
};
