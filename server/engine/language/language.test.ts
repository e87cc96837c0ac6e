import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';
import { englishToSwedish } from './english-to-swedish';

describe('detectLanguage', () => {
  it.each([
    'What is nära vård?',
    'what is close care',
    'Why is the change needed?',
    'I want to talk to a person',
    'and when was it decided?',
    'Who pays for it?',
    "What's the vision for Norrbotten?",
    'tell me about the roadmap',
    "What does the motto 'digitalt när det går, fysiskt om det behövs' mean?",
    'What does “Min egen kraft tas tillvara” mean for me?',
  ])('reads %j as English', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it.each([
    'Vad är nära vård?',
    'vad ar nara vard',
    'När beslutades den?',
    'Och färdplanen då?',
    'Vem finansierar det?',
    'Jag vill prata med en människa',
    'hur lång tid ska omställningen ta i västerbotten',
    'Kan jag få hjälp med det här?',
    'Vad betyder ”What matters to you” i nära vård?',
  ])('reads %j as Swedish', (text) => {
    expect(detectLanguage(text)).toBe('sv');
  });

  it.each(['målbild norrbotten', 'nara vard', 'FoUiS', '', '???'])('has no opinion on %j', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});

describe('englishToSwedish', () => {
  it.each([
    ['what is close care?', 'vad är nära vård?'],
    ['what is good and close care in värmland', 'vad är god och nära vård värmland'],
    ['why is the reform needed?', 'varför är omställning behövs?'],
    ['what are the four areas?', 'vad är fyra områden?'],
    ['and when was it decided?', 'och när det beslutades?'],
    ['who funds it?', 'vem finansierar det?'],
    ['what is the role of primary care?', 'vad är roll primärvård?'],
    ['tell me more about the second one', 'andra'],
    ["what's the vision?", 'vad är målbild?'],
    ['who chairs the regional board?', 'vem ordförande regionstyrelse?'],
    ['is there an end date for the transition?', 'slutdatum omställning?'],
    ['what did the chair say about cooperation between the municipalities and the region?', 'vad ordförande samverkan kommuner och region?'],
  ])('%j → %j', (english, swedish) => {
    expect(englishToSwedish(english)).toBe(swedish);
  });

  it('keeps words it does not know, so an off-topic question stays off-topic', () => {
    expect(englishToSwedish('how do i renew my parking permit')).toBe('hur renew parking permit');
  });
});
