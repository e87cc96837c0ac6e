import type { Contact } from '../protocol';

/**
 * The national numbers every tenant shares. One place, so the safety replies, the fallback and any
 * tenant configuration point to the same paths. Only facts we are sure of: opening hours are given
 * where the service is open around the clock all year; 113 13 has no address here on purpose.
 */
export const NATIONAL_CONTACTS = Object.freeze({
  emergency112: Object.freeze({ label: '112 – SOS Alarm', phone: '112' }),
  vardguiden1177: Object.freeze({ label: '1177 Vårdguiden', phone: '1177', url: 'https://www.1177.se', hours: 'dygnet runt' }),
  mind90101: Object.freeze({ label: 'Mind Självmordslinjen', phone: '90101', url: 'https://mind.se', hours: 'dygnet runt' }),
  information11313: Object.freeze({ label: '113 13 – Information vid allvarliga händelser', phone: '11313' }),
} satisfies Record<string, Readonly<Contact>>);

export type NationalContactId = keyof typeof NATIONAL_CONTACTS;
