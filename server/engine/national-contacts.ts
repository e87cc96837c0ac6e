import type { Contact } from '../protocol';

/**
 * The national numbers every tenant shares. One place, so the safety replies, the fallback and any
 * tenant configuration point to the same paths. Only facts we are sure of, each from the organisation's
 * own published text: opening hours are given where the service is open around the clock all year;
 * 113 13 has no address here on purpose.
 * - Kvinnofridslinjen 020-50 50 50, dygnet runt, free and not on the phone bill: Nationellt centrum för
 *   kvinnofrid (nck.uu.se), which runs it.
 * - Giftinformationscentralen: "Ring 112 och begär Giftinformation. I mindre brådskande fall kan man även
 *   ringa 010-456 6700 dygnet runt" (giftinformation.se, Vanliga frågor).
 * - Bris, the national helpline for children and young people under 18: 116 111, dygnet runt (bris.se).
 */
export const NATIONAL_CONTACTS = Object.freeze({
  emergency112: Object.freeze({ label: '112 – SOS Alarm', phone: '112' }),
  vardguiden1177: Object.freeze({ label: '1177 Vårdguiden', phone: '1177', url: 'https://www.1177.se', hours: 'dygnet runt' }),
  mind90101: Object.freeze({ label: 'Mind Självmordslinjen', phone: '90101', url: 'https://mind.se', hours: 'dygnet runt' }),
  information11313: Object.freeze({ label: '113 13 – Information vid allvarliga händelser', phone: '11313' }),
  kvinnofridslinjen: Object.freeze({ label: 'Kvinnofridslinjen', phone: '020-50 50 50', url: 'https://kvinnofridslinjen.se', hours: 'dygnet runt' }),
  giftinformation: Object.freeze({ label: 'Giftinformationscentralen (när det inte är akut)', phone: '010-456 67 00', url: 'https://giftinformation.se', hours: 'dygnet runt' }),
  bris: Object.freeze({ label: 'Bris – för barn och unga under 18', phone: '116 111', url: 'https://www.bris.se', hours: 'dygnet runt' }),
} satisfies Record<string, Readonly<Contact>>);

export type NationalContactId = keyof typeof NATIONAL_CONTACTS;
