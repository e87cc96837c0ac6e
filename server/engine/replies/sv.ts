/** The engine's own Swedish texts. Safety and intent texts live with the triage and intents. */
export const sv = {
  fallback: (tenantName: string) =>
    `Det vet jag tyvärr inte. Jag svarar på frågor om nära vård hos ${tenantName}, och jag vill inte gissa. ` +
    'Här kan du få hjälp av en människa. Vid fara för liv: ring 112.',
  escalate: (tenantName: string) =>
    `Jag hittar inget bra svar. Du får hellre hjälp av en människa hos ${tenantName} eller 1177 Vårdguiden. ` +
    'Vid fara för liv: ring 112.',
  tooLong: (maxChars: number, tenantName: string) =>
    `Ditt meddelande är längre än jag kan läsa: jag svarar på frågor på högst ${maxChars} tecken. Skriv gärna frågan kortare. ` +
    `Vill du berätta mer kan du få hjälp av en människa hos ${tenantName}. Vid fara för liv: ring 112.`,
  clarify: 'Jag är inte säker på vad du menar. Menar du något av det här?',
  /** After a fallback, when entries came close to the question. */
  maybeYouMean: 'Kanske menar du något av det här?',
  /** Where a question the guide cannot answer belongs (fallback/fallback-topic.ts). */
  careHint: 'Frågor om din egen vård ställer du till din vårdcentral eller 1177 Vårdguiden.',
  homecareHint: (tenantName: string, isMunicipality: boolean) =>
    `Hemtjänst, äldreomsorg och annat stöd i hemmet sköts av kommunen där du bor${isMunicipality ? `: kontakta ${tenantName}.` : '.'}`,
  feesHint: (tenantName: string, isRegion: boolean) =>
    `Avgifter och fakturor för vården sköts av regionen${isRegion ? `: kontakta ${tenantName}.` : '.'}`,
  answerFromOtherLanguage: '',
} as const;
export type Texts = { [K in keyof typeof sv]: (typeof sv)[K] extends (...a: infer A) => string ? (...a: A) => string : string };
