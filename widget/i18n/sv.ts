/**
 * Every user-facing string of the widget in Swedish, the default language.
 * `en.ts` must have the same keys: the type `Strings` is derived from this file.
 */
export const sv = {
  launcher: 'Frågor om nära vård',
  title: 'Guide om nära vård',
  disclaimer: 'Automatiserad guide – inte medicinsk rådgivning',
  close: 'Stäng guiden',
  loading: 'Guiden laddas…',
  greeting: 'Hej! Jag svarar på frågor om nära vård.',
  starters: 'Vanliga frågor',
  log: 'Samtal med guiden',
  you: 'Du skrev:',
  guide: 'Guiden svarade:',
  inputLabel: 'Din fråga',
  placeholder: 'Skriv din fråga här',
  send: 'Skicka',
  human: 'Prata med en människa',
  emergency: 'Vid fara för liv: ring',
  privacy: 'Skriv inga personuppgifter.',
  sources: 'Källor',
  suggestions: 'Du kan också fråga',
  contacts: 'Kontakt',
  call: 'Ring',
  website: 'Webbplats',
  email: 'E-post',
  hours: 'Öppet',
  newTab: '(öppnas i ny flik)',
  connecting: 'Ansluter…',
  typing: 'Guiden skriver…',
  offline: 'Ingen anslutning. Din fråga skickas när anslutningen är tillbaka.',
  retry: 'Försök igen',
  errorGeneric: 'Något gick fel och frågan kunde inte besvaras.',
  errorRateLimited: 'Du har skickat många frågor på kort tid. Vänta en stund och försök igen.',
  errorTimeout: 'Guiden svarade inte i tid.',
  errorLost: 'Anslutningen bröts innan svaret kom.',
  errorTooLong: 'Frågan är för lång. Försök korta den.',
  unavailable: 'Guiden kan inte nås just nu.',
} as const;

export type Strings = { readonly [K in keyof typeof sv]: string };
