import { describe, expect, it } from 'vitest';
import { TRIAGE_RULES } from './rules';
import { matchingTriageRules, triage } from './triage';
import type { TriageLevel } from './types';

/** Messages that must get a safety reply, with the level they must get. Typos and missing å/ä/ö on purpose. */
const MUST_TRIGGER: [string, TriageLevel][] = [
  // emergency → 112
  ['Jag har jätteont i bröstet och kan inte andas', 'emergency'],
  ['Jag har ont i bröstet', 'emergency'],
  ['ont i brostet', 'emergency'],
  ['ont i brösted sen en timme', 'emergency'],
  ['min pappa har tryck over brostet', 'emergency'],
  ['det trycker i bröstet', 'emergency'],
  ['Jag kan inte andas', 'emergency'],
  ['jag kan int andas', 'emergency'],
  ['kan inte andas!!', 'emergency'],
  ['svart att andas sedan en timme', 'emergency'],
  ['han har andnöd', 'emergency'],
  ['andnod', 'emergency'],
  ['Min pappa är medvetslös', 'emergency'],
  ['min pappa ar medvetslos', 'emergency'],
  ['medvetlös', 'emergency'],
  ['hon är medvetslöss', 'emergency'],
  ['min mamma har svimmat och vaknar inte', 'emergency'],
  ['han går inte att väcka', 'emergency'],
  ['gar inte att vacka', 'emergency'],
  ['pappa är sned i ansiktet', 'emergency'],
  ['hanger i ena mungipan', 'emergency'],
  ['min man kan inte prata och är förlamad i ena armen', 'emergency'],
  ['jag tror mormor har fått en stroke', 'emergency'],
  ['stroke?', 'emergency'],
  ['Det blöder mycket och slutar inte blöda', 'emergency'],
  ['bloder jattemycket', 'emergency'],
  ['kraftig blödning efter förlossningen', 'emergency'],
  ['anafylaxi', 'emergency'],
  ['anafylaktisk chock', 'emergency'],
  ['det svullnar i halsen efter ett getingstick', 'emergency'],
  ['allergisk chock', 'emergency'],
  ['överdos', 'emergency'],
  ['overdos', 'emergency'],
  ['jag har tagit för många tabletter', 'emergency'],
  ['jag har tagit for manga tabletter och vill do', 'emergency'],
  ['Mitt barn har svalt ett batteri', 'emergency'],
  ['mitt barn har svalt ett batteri', 'emergency'],
  ['MITT BARN HAR SVALT ETT BATTERI', 'emergency'],
  ['barnet har druckit lampolja', 'emergency'],
  ['min dotter har druckit rengöringsmedel', 'emergency'],
  ['sonen har ätit svamp som kan vara giftig', 'emergency'],
  ['förgiftning', 'emergency'],
  ['forgiftning', 'emergency'],
  ['han har kramper', 'emergency'],
  ['hjärtstopp', 'emergency'],
  ['hjartstop', 'emergency'],
  ['hjärtinfrakt', 'emergency'],
  ['han andas inte', 'emergency'],
  ['ring ambulans', 'emergency'],
  ['ska jag ringa 112?', 'emergency'],
  ['någon hotar mig', 'emergency'],
  ['nagon hotar mig', 'emergency'],
  ['min sambo slår mig', 'emergency'],
  ['det brinner i köket', 'emergency'],
  ['barnet håller på att drunkna', 'emergency'],
  ['mormor har ramlat och kan inte resa sig', 'emergency'],
  ["I can't breathe", 'emergency'],
  ['my dad has chest pain', 'emergency'],
  ['Ont i bröstet'.normalize('NFD'), 'emergency'],
  // suicide → 90101 and 112
  ['Jag har tankar på att skada mig själv', 'suicide'],
  ['jag har tankar pa att skada mig sjalv', 'suicide'],
  ['Jag har tankar på att ta livet av mig', 'suicide'],
  ['jag har tankar pa att ta livet av mej', 'suicide'],
  ['Jag vill inte leva längre', 'suicide'],
  ['vill inte leva', 'suicide'],
  ['jag vill dö', 'suicide'],
  ['jag vill do', 'suicide'],
  ['självmord', 'suicide'],
  ['sjalvmord', 'suicide'],
  ['självmordstankar', 'suicide'],
  ['har sjävmordstankar', 'suicide'],
  ['sjalvmordstankar varje dag', 'suicide'],
  ['orkar inte leva', 'suicide'],
  ['jag orkar inte mer', 'suicide'],
  ['min kompis pratar om att ta livet av sig', 'suicide'],
  ['jag skadar mig själv', 'suicide'],
  ['Hur kan jag hjälpa en vän med självmordstankar?', 'suicide'],
  ['I want to kill myself', 'suicide'],
  // medical → 1177
  ['Jag har feber och hosta sedan fem dagar, borde jag söka vård?', 'medical'],
  ['jag har feber och hosta sedan fem dagar borde jag soka vard', 'medical'],
  ['ska jag söka vård?', 'medical'],
  ['borde jag soka vard', 'medical'],
  ['När ska jag söka vård för halsont?', 'medical'],
  ['behöver jag åka in?', 'medical'],
  ['behover jag aka in till akuten', 'medical'],
  ['ska jag ringa 1177?', 'medical'],
  ['vad ska jag ta för medicin', 'medical'],
  ['vilken medicin ska jag ta mot huvudvärk', 'medical'],
  ['vilken medecin hjälper mot migrän', 'medical'],
  ['hur mycket alvedon får jag ta', 'medical'],
  ['kan man ta alvedon och ipren samtidigt', 'medical'],
  ['vilken dos ska jag ge barnet', 'medical'],
  ['är det farligt att ha hög feber?', 'medical'],
  ['kan det vara farligt?', 'medical'],
  ['har jag covid?', 'medical'],
  ['tror jag har urinvägsinfektion', 'medical'],
  ['mitt barn har feber vad ska jag göra', 'medical'],
  ['ont i magen sen igår', 'medical'],
  ['feber och hosta', 'medical'],
  ['min mamma är yr och har ont i huvudet', 'medical'],
  ['Jag har utslag på armen, vad kan det vara?', 'medical'],
  ['Jag har ångest och kan inte sova', 'medical'],
  ['jag mår psykiskt dåligt', 'medical'],
  ['min son har kräkts hela natten', 'medical'],
  ['jag har kramp i vaden varje natt', 'medical'],
  ['min mamma hade stroke förra året och har ont i armen', 'medical'],
  ['should I see a doctor?', 'medical'],
];

/** Questions about nära vård and the care system, which the guide must answer, not triage. */
const MUST_NOT_TRIGGER: string[] = [
  'Vad kostar en ambulansresa?',
  'Hur fungerar ambulanssjukvården i nära vård?',
  'Vad är 1177?',
  'Vad är nära vård?',
  'Varför behövs omställningen?',
  'Vad gör primärvården?',
  'Hur arbetar kommunen med psykisk hälsa?',
  'Vad är egenvård?',
  'Vad betyder hälsofrämjande?',
  'Hur blir vården mer tillgänglig för äldre med kroniska sjukdomar?',
  'Vad är ett modellområde?',
  'Vem tog initiativ till nära vård?',
  'Jag vill prata med en människa',
  'Hur söker jag jobb som sjuksköterska?',
  'Vad betyder Tillsammans för min trygghet?',
  // Decided: the care organisation for stroke is a question for the guide; only signs or a stroke now are 112.
  'Vad är stroke-vården i regionen?',
  'Hur förebygger man ohälsa?',
  'Var kan jag söka vård digitalt?',
  // Decided: where to seek care is navigation, which the guide answers; "when should I" is advice.
  'Var ska jag söka vård på helger?',
  'Hur söker jag vård på min vårdcentral?',
  'Kan jag som bor i Strängnäs söka vård i Eskilstuna?',
  'Behöver jag söka vård på min vårdcentral eller kan jag välja en annan?',
  'Vad är en läkemedelsgenomgång?',
  'Vad är dosdispensering?',
  'Vad kostar mina mediciner?',
  'Får jag ta med mig mina mediciner till sjukhuset?',
  'Hur kan jag ta kontakt med kommunen?',
  'Hur arbetar kommunen mot våld i nära relationer?',
  'Vad gör kommunen för att förebygga självmord?',
  'Hur arbetar regionen med suicidprevention?',
  'Vilket stöd finns för anhöriga till personer med demens?',
  'Min mamma har demens, hur får hon hemtjänst?',
  'Jag har diabetes, vad innebär nära vård för mig?',
  'Jag är orolig för min pappa som har demens, vad kan kommunen göra?',
  'Jag kan inte prata svenska, finns det tolk?',
  'Jag kan inte prata i telefon, kan jag mejla?',
  'Kommunen svarar inte i telefon',
  'Jag orkar inte vänta i telefonkön längre',
  'Varför är det så svårt att få en tid på vårdcentralen?',
  'Det är ont om läkare i glesbygden, vad gör regionen?',
  'Brinner ni för att förbättra vården?',
  'Är primärvården i fara?',
  'Var finns hjärtstartare i kommunen?',
  'Var kan jag gå en HLR-kurs?',
  'Hur hjälper kommunen unga med ångest?',
  'Vad är psykisk ohälsa?',
  'Hur ska vården bli bättre för barn och unga med psykisk ohälsa?',
  'Vad händer med akutsjukhusen?',
  'Hur fungerar hemsjukvården för äldre?',
  'Kan hemtjänsten ge min mamma hennes medicin?',
  'Hur pratar vårdcentralen med kommunen?',
  'Vad är en fast vårdkontakt?',
  'Hur arbetar primärvården med smärta hos äldre?',
  'Hur når vården ut till glesbygden?',
  'Jag vill dock fråga om hemtjänsten',
  'Är det farligt att dela mina uppgifter?',
  'Min mamma har ramlat flera gånger, kan kommunen hjälpa till?',
  'Det brinner i mig för den här frågan',
  'Jag mår dåligt av att vänta på vård',
  'Har jag rätt till en fast vårdkontakt?',
  'Mitt barn har ADHD, vilket stöd finns?',
  'Vart vänder jag mig om jag blir sjuk?',
  'Hejsan',
  'Tack!',
  '',
  '   ',
  '<script>alert(1)</script>',
  'What is nära vård?',
];

describe('triage', () => {
  it.each(MUST_TRIGGER)('%j → %s', (text, level) => {
    expect(triage(text)?.level, JSON.stringify(matchingTriageRules(text))).toBe(level);
  });

  it.each(MUST_NOT_TRIGGER.map((text) => [text]))('%j → no safety reply', (text) => {
    expect(matchingTriageRules(text)).toEqual([]);
  });

  it('names the rule that fired', () => {
    expect(triage('Mitt barn har svalt ett batteri')).toEqual({ level: 'emergency', rule: 'emergency-poisoning' });
  });

  it('puts the most urgent level first when several fire', () => {
    const text = 'jag har tagit en överdos och vill dö';
    expect(matchingTriageRules(text).map((r) => r.level)).toEqual(expect.arrayContaining(['emergency', 'suicide']));
    expect(triage(text)?.level).toBe('emergency');
  });
});

describe('TRIAGE_RULES', () => {
  it.each(TRIAGE_RULES.flatMap((rule) => rule.examples.map((example) => [rule.id, example] as const)))(
    '%s catches its example %j',
    (id, example) => {
      expect(matchingTriageRules(example).map((r) => r.rule)).toContain(id);
    },
  );

  it('have unique ids that start with their level', () => {
    const ids = TRIAGE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of TRIAGE_RULES) expect(rule.id.startsWith(`${rule.level}-`), rule.id).toBe(true);
  });

  it('each have at least one example', () => {
    for (const rule of TRIAGE_RULES) expect(rule.examples.length, rule.id).toBeGreaterThan(0);
  });
});
