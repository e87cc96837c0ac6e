import { describe, expect, it } from 'vitest';
import { asksAboutAPerson, isFollowUp, leansOnTopic, ordinalReference } from './follow-up';

describe('ordinalReference', () => {
  it.each([
    ['den andra', 2], ['den första delen', 1], ['vad betyder den första delen?', 1], ['nummer 3', 3],
    ['berätta mer om det tredje', 3], ['alternativ två', 2], ['den sista', 4], ['trean', 3], ['nr 2', 2],
    ['det fjärde förslaget', 4], ['the second one', 2],
  ])('"%s" points at suggestion %i', (text, n) => {
    expect(ordinalReference(text, 4)).toBe(n);
  });

  it.each([
    'vilka är de tre delarna?', 'hur samarbetar andra regioner?', 'vad hände under 2019?', 'vad är nära vård?',
    'finns det två sätt att arbeta?', 'vad gör man i andra län och i andra kommuner i sverige och i hela landet egentligen',
  ])('"%s" points at nothing', (text) => {
    expect(ordinalReference(text, 4)).toBeNull();
  });

  it('points at nothing beyond the suggestions shown, or when none were shown', () => {
    expect(ordinalReference('nummer 5', 4)).toBeNull();
    expect(ordinalReference('den andra', 0)).toBeNull();
  });
});

describe('isFollowUp', () => {
  it.each(['när beslutades den?', 'och färdplanen då?', 'vem finansierar det?', 'när godkändes den?', 'och strategin?', 'Kan du ge ett exempel på en fråga man ställer då?'])('"%s" leans on the conversation', (text) => {
    expect(isFollowUp(text)).toBe(true);
  });
  it.each(['vad är nära vård?', 'vilka tre områden är omställningen uppdelad på?', 'vad är målet med omställningen?',
    'Jag har läst att regionen och kommunerna ska samarbeta mer men jag förstår inte hur det ska gå till i praktiken',
    'Finns det en strategi?'])('"%s" stands on its own', (text) => {
    expect(isFollowUp(text)).toBe(false);
  });
});

describe('leansOnTopic', () => {
  it.each([
    'och varför?', 'och varför då?', 'sen när då?', 'sedan när?', 'berätta mer', 'vem sa det?', 'hur då?', 'när beslutades den?',
    'varför?', 'kan du förklara?', 'i praktiken?', 'och varfor da?', 'tell me more',
  ])('"%s" leans on the topic', (text) => {
    expect(leansOnTopic(text)).toBe(true);
  });

  it.each([
    'vad är färdplanen?', 'Vad är färdplanen?', 'vad är målet med omställningen?', 'vilka tre områden är omställningen uppdelad på?',
  ])('"%s" has words of its own', (text) => {
    expect(leansOnTopic(text)).toBe(false);
  });

  it('does not read a long question as leaning on the topic, though it says "det" and "då"', () => {
    expect(leansOnTopic('hur lång tid ska det ta innan omställningen är klar i hela landet då?')).toBe(false);
    expect(leansOnTopic('hur lång tid ska det ta då?')).toBe(true);
  });
});

describe('asksAboutAPerson', () => {
  it.each(['vad har hon för roll?', 'vad sa han?', 'vem är hen', 'what did she say?', 'vem är mannen som berättar?'])('%j asks about a person', (text) => {
    expect(asksAboutAPerson(text)).toBe(true);
  });
  it.each(['vad är nära vård?', 'hon sa att målbilden antogs 2022 men jag undrar vad som hände sedan i kommunen och regionen'])('%j does not', (text) => {
    expect(asksAboutAPerson(text)).toBe(false);
  });
});
