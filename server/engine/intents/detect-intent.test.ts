import { describe, expect, it } from 'vitest';
import { detectIntent, matchingIntentRules } from './detect-intent';
import { intentReply } from './intent-reply';
import { INTENT_RULES } from './rules';
import { greetingAlone, stripGreeting } from './strip-greeting';
import type { IntentKind } from './types';

/** Messages that must be recognised, with the kind they must get. Typos and missing å/ä/ö on purpose. */
const MUST_MATCH: [string, IntentKind][] = [
  ['Jag vill prata med en människa', 'human'],
  ['jag vill prata med en manniska', 'human'],
  ['Hej! Jag vill prata med en människa', 'human'],
  ['Finns det någon jag kan ringa?', 'human'],
  ['finns det nagon jag kan ringa', 'human'],
  ['Kan jag få prata med en handläggare?', 'human'],
  ['Kan jag få prata med en politiker i Strängnäs om nära vård?', 'human'],
  ['Finns det en handläggare eller någon annan på kommunen som jag kan få prata med?', 'human'],
  ['Vad är ert telefonnummer?', 'human'],
  ['telefonnummer', 'human'],
  ['Hur kontaktar jag regionen?', 'human'],
  ['Finns det någon på regionen jag kan ringa och fråga om omställningen?', 'human'],
  ['Finns det någon person på Region Norrbotten jag kan ringa och prata med om nära vård?', 'human'],
  ['Jag är journalist och vill intervjua någon ansvarig. Vem kontaktar jag?', 'human'],
  ['Jag hittar inte svar på min fråga här. Hur hör jag av mig till er?', 'human'],
  ['kan någon ringa mig', 'human'],
  ['jag vill inte prata med en robot', 'human'],
  ['människa tack', 'human'],
  ['Prata med en människa', 'human'],
  ['I want to talk to a person', 'human'],
  ['Can I speak with a real person?', 'human'],
  ['Hej', 'greeting'],
  ['hejsan!', 'greeting'],
  ['Hallå där', 'greeting'],
  ['god morgon', 'greeting'],
  ['tjena', 'greeting'],
  ['hello', 'greeting'],
  ['Hej, jag har en fråga', 'greeting'],
  ['Tack!', 'thanks'],
  ['tack så mycket', 'thanks'],
  ['toppen, tack för hjälpen', 'thanks'],
  ['thanks', 'thanks'],
  ['hej då', 'goodbye'],
  ['Tack, hej!', 'goodbye'],
  ['ha det bra', 'goodbye'],
  ['vem är du?', 'about'],
  ['Är du en robot?', 'about'],
  ['ar du en manniska', 'about'],
  ['vad kan du hjälpa mig med', 'about'],
  ['who are you?', 'about'],
  ['Hejsan! Vem pratar jag med?', 'about'],
  ['Vem på regionen kan jag ringa om jag har synpunkter på målbilden för 2030?', 'human'],
  ['Finns det någon tjänsteperson på regionen som jobbar med modellområdet och som jag kan ringa?', 'human'],
  ['Jag är reporter på lokalradion. Vem kan jag intervjua om modellområdet?', 'human'],
  ['Jag är socialsekreterare och vill ha en kontaktperson på regionen för samarbetet kring god och nära vård.', 'human'],
  ['Hej, vem är det jag pratar med?', 'about'],
];

/** Questions for the knowledge base: no intent may swallow them. */
const MUST_NOT_MATCH: string[] = [
  "Is it true that it shouldn't matter whether I first contact the municipality or the region? What did the chair of the regional board say?",
  'Who said it should be easy for residents to get help whether they contact the municipality or the region first?',
  'Vad är nära vård?',
  'Hej, vad är nära vård?',
  'hej vad är målbilden',
  'Hej, vad bra att ni finns, vad är målbilden?',
  'Tack, precis vad jag behövde, men när beslutades den?',
  'Tack vare vad behövs omställningen?',
  'Hur samarbetar regionen och kommunerna?',
  'Hur pratar vårdcentralen med kommunen?',
  'Vad är en kontaktperson?',
  'Jag har diabetes och måste hålla reda på en massa olika mottagningar och telefonnummer. Ska det bli enklare?',
  'Vilken roll har primärvården?',
  'Vem tog initiativ till nära vård?',
  'Vem finansierar det?',
  'Vad är växelvård?',
  'Vem ger primärvård, regionen eller kommunen?',
  'Hur lång tid ska omställningen ta?',
  'Vad betyder god och nära vård?',
  'Hur kan jag som patient vara delaktig?',
  'Vilka är personerna i styrgruppen?',
  'What is nära vård?',
  '',
  '   ',
];

describe('detectIntent', () => {
  it.each(MUST_MATCH)('recognises %j as %s', (text, kind) => {
    expect(detectIntent(text)?.kind).toBe(kind);
  });

  it.each(MUST_NOT_MATCH)('leaves %j to the search', (text) => {
    expect(matchingIntentRules(text)).toEqual([]);
    expect(detectIntent(text)).toBeNull();
  });

  it('asks for a person before it greets back', () => {
    expect(detectIntent('Hej hej, kan jag få prata med någon?')?.kind).toBe('human');
  });

  it('ignores small-talk rules on long messages', () => {
    expect(detectIntent(`hej ${'hej '.repeat(30)}`)).toBeNull();
  });

  describe('every rule catches its own examples', () => {
    const cases = INTENT_RULES.flatMap((rule) => rule.examples.map((example) => [rule.id, example] as const));
    it.each(cases)('%s: %j', (id, example) => {
      expect(matchingIntentRules(example).map((m) => m.rule)).toContain(id);
    });
  });

  it('has unique rule ids starting with their kind', () => {
    const ids = INTENT_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of INTENT_RULES) expect(rule.id.startsWith(rule.kind === 'human' ? 'human' : rule.kind)).toBe(true);
  });
});

describe('stripGreeting', () => {
  it.each([
    ['Hej! Vad är målbilden?', 'Vad är målbilden?'],
    ['hej vad är nära vård', 'vad är nära vård'],
    ['Hejsan, jag har en fråga: vem finansierar det?', 'vem finansierar det?'],
    ['Tack! Och färdplanen då?', 'färdplanen då?'],
    ['God morgon, vad är FoUiS?', 'vad är FoUiS?'],
  ])('%j → %j', (text, expected) => {
    expect(stripGreeting(text)).toBe(expected);
  });

  it.each(['Hejdå', 'Hejsanhoppsan är inte en hälsning här', 'Tack vare vad?', 'Vad är nära vård?'])('leaves %j as it is', (text) => {
    expect(stripGreeting(text)).toBe(text);
  });

  it('returns an empty string when only a greeting is left', () => {
    expect(stripGreeting('Hej hej!')).toBe('');
  });
});

describe('intentReply', () => {
  it('names the tenant in Swedish and in English', () => {
    expect(intentReply('greeting', 'sv', 'Region Värmland')).toContain('Region Värmland');
    expect(intentReply('greeting', 'en', 'Region Värmland')).toMatch(/^Hello!.*Region Värmland/);
  });

  it('points to 1177 and 112 when the visitor asks what the guide is or wants a person', () => {
    for (const kind of ['about', 'human'] as const) {
      expect(intentReply(kind, 'sv', 'Strängnäs kommun')).toMatch(/1177.*112/s);
    }
  });

  it('never reads "från ." when a tenant has no name', () => {
    expect(intentReply('greeting', 'sv', '  ')).toContain('din region eller kommun');
  });
});

describe('greetingAlone', () => {
  it.each([
    ['Hi there, nice to meet you!', 'greeting'],
    ['Hej! Vad roligt att ni har en chatt.', 'greeting'],
    ['Tack, ha en fin kväll ni som jobbar med det här', 'thanks'],
  ] as const)('"%s" asks nothing after its opening: %s', (text, kind) => {
    expect(greetingAlone(text)).toBe(kind);
  });

  it.each([
    'Hej, vad är målbilden?',
    'Hej! Jag undrar om färdplanen',
    'Tack. Berätta om färdplanen',
    'Tack, men när beslutades den',
    'Vad roligt att ni har en chatt',
  ])('"%s" asks something, or opens otherwise', (text) => {
    expect(greetingAlone(text)).toBeNull();
  });
});
