import type { Texts } from './sv';

/** The engine's own English texts (second locale). Knowledge answers stay in Swedish. */
export const en: Texts = {
  fallback: (tenantName: string) =>
    `Sorry, I don't know that. I answer questions about nära vård (local health care) at ${tenantName}, and I won't guess. ` +
    'Here is where a person can help you. If a life is in danger: call 112.',
  escalate: (tenantName: string) =>
    `I can't find a good answer. A person at ${tenantName} or 1177 Vårdguiden can help you better. ` +
    'If a life is in danger: call 112.',
  tooLong: (maxChars: number, tenantName: string) =>
    `Your message is longer than I can read: I answer questions of at most ${maxChars} characters. Please write your question more briefly. ` +
    `If you want to tell more, a person at ${tenantName} can help you. If a life is in danger: call 112.`,
  clarify: "I'm not sure what you mean. Do you mean one of these?",
  maybeYouMean: 'Perhaps you mean one of these?',
  careHint: 'For questions about your own care, contact your health centre (vårdcentral) or 1177 Vårdguiden.',
  homecareHint: (tenantName: string, isMunicipality: boolean) =>
    `Home care, elderly care and other support at home are run by the municipality where you live${isMunicipality ? `: contact ${tenantName}.` : '.'}`,
  feesHint: (tenantName: string, isRegion: boolean) =>
    `Fees and bills for health care are handled by the region${isRegion ? `: contact ${tenantName}.` : '.'}`,
  answerFromOtherLanguage: 'The answer is in Swedish:\n\n',
};
