import type { IntentKind } from './types';

type Lang = 'sv' | 'en';

/**
 * The fixed replies to intents, in Swedish and English. Short on purpose: the visitor came with a
 * question about nära vård, so every reply points back to one. `tenantName` is the organisation
 * the guide speaks for ("Region Värmland"). For `human`, the engine attaches the tenant's contacts
 * after the text, which says so.
 */
const REPLIES: Record<IntentKind, Record<Lang, (tenant: string) => string>> = {
  greeting: {
    sv: (tenant) => `Hej! Jag är en digital guide från ${tenant} och svarar på frågor om nära vård. Vad undrar du över?`,
    en: (tenant) => `Hello! I am a digital guide from ${tenant} and answer questions about nära vård, the Swedish health-care reform. What would you like to know?`,
  },
  thanks: {
    sv: () => 'Varsågod! Fråga gärna mer om nära vård.',
    en: () => 'You are welcome! Feel free to ask more about nära vård.',
  },
  goodbye: {
    sv: () => 'Hej då! Välkommen tillbaka om du undrar något mer om nära vård.',
    en: () => 'Goodbye! Come back any time you have a question about nära vård.',
  },
  about: {
    sv: (tenant) =>
      `Jag är en digital guide från ${tenant}, inte en människa. Jag svarar på frågor om nära vård utifrån granskad information. Jag kan inte ge medicinska råd: ring 1177 för det, och 112 vid fara för liv. Vill du prata med en person? Skriv det, så får du kontaktuppgifter.`,
    en: (tenant) =>
      `I am a digital guide from ${tenant}, not a person. I answer questions about nära vård from reviewed information. I cannot give medical advice: call 1177 for that, and 112 if a life is in danger. Want to talk to a person? Just say so and I will show you how to get in touch.`,
  },
  human: {
    sv: (tenant) =>
      `Jag är en digital guide, inte en människa. Här nedanför ser du hur du kontaktar ${tenant}. Gäller det din hälsa, ring 1177. Vid fara för liv, ring 112.`,
    en: (tenant) =>
      `I am a digital guide, not a person. Below you can see how to contact ${tenant}. For health questions, call 1177. If a life is in danger, call 112.`,
  },
};

/** Used when a tenant has no name configured, so a reply never reads "från ." */
const NO_NAME: Record<Lang, string> = { sv: 'din region eller kommun', en: 'your region or municipality' };

/** The reply text for an intent. */
export const intentReply = (kind: IntentKind, lang: Lang, tenantName: string): string =>
  REPLIES[kind][lang](tenantName.trim() || NO_NAME[lang]);
