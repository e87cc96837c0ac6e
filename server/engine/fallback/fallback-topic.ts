import { foldForMatching } from '../triage/fold-for-matching';

/** Where a question the guide cannot answer belongs: the health care, the municipality's care, or a bill. */
export type FallbackTopic = 'care' | 'homecare' | 'fees';

/**
 * Words that say where a question belongs, folded and as the start of a word ("vardcentral" also finds
 * "vårdcentralen"). Checked in this order: home care first (its fees are the municipality's too), then
 * a fee (the region's), then health care.
 */
const TOPICS: readonly [FallbackTopic, RegExp][] = [
  ['homecare', /\b(hemtjanst|aldreomsorg|omsorg|sarskilt boende|sarskilda boende|aldreboende|boendet|trygghetslarm|fardtjanst|bostadsanpassning|bistand|handlaggare|lss|kommunal hemsjukvard|home care|elderly care)/],
  ['fees', /\b(avgift|faktur|kostar|kostnad|betala|pris|hogkostnadsskydd|frikort|fees?|bill|cost|pay)/],
  ['care', /\b(vardcentral|halsocentral|lakare|doktor|sjukskoterska|mottagning|remiss|recept|vaccin|provsvar|journal|tandvard|tandlakare|sjukhus|akut|1177|vard|sjukvard|behandling|health|doctor|clinic|nurse)/],
];

/** The topic of a question the guide could not answer, or null. */
export const fallbackTopic = (text: string): FallbackTopic | null => {
  const folded = foldForMatching(text);
  return TOPICS.find(([, words]) => words.test(folded))?.[0] ?? null;
};
