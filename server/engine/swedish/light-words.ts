import { fold } from './fold';

/**
 * Light words: common verbs, adverbs and talk words that say little about WHAT a question is about.
 *
 * They are not stopwords: they stay in the query and still help ranking. But when the engine measures
 * how much of a question an entry covers, a light word counts for a fraction of a content word. So
 * "Vad säger målbilden om egenvård?" is about målbild and egenvård, and an entry that covers those is
 * not held back because no text in the base happens to use "säger". An off-topic question still falls
 * back, because what makes it off-topic is a content word ("parkering", "förskolan", "jobb").
 *
 * Inflected forms are listed as visitors write them; matching also works without å/ä/ö.
 */
const WORDS = `
säga säger sägs sades sa sade sagt gör göra gjort gjorde gjordes görs ha haft hade vara varit är bli blir blev blivit
få får fick fått gå går gick gått komma kommer kom kommit ta tar tog tagit tas se ser såg sett syns ge ger gav gett
ges finnas finns fanns funnits gälla gäller gällde handla handlar handlade betyda betyder betydde innebära innebär
innebar menas mena menar menade avses avser avse definiera definierar definierade definieras definition definitionen kräva krävs kräver krävde förväntas behövs behöva behöver behövde sträcka sträcker sträckte
tänka tänker tänkt tänkte veta vet visste undra undrar undrade fungera fungerar fungerade heta heter hette
beskriva beskriver beskrivs beskrevs förklara förklarar berätta berättar nämna nämns nämnde kalla kallas kallade
ligga ligger låg stå står stod sitta sitter satt suttit hända händer hände hänt pågå pågår pågick pågått påverka påverkar ändra ändras
söka söker sökte sökt bestå består bestod ingå ingår ingick innehålla innehåller omfatta omfattar
lösa löser löste löst lösas hand stämma stämmer stämde sammanhang sammanhanget
enligt runt kring ut in upp ner bort fram sen sedan just egentligen ungefär redan ännu
fortfarande alltid aldrig ofta nog kanske väl ju också dessutom exakt verkligen generellt allmänt
begrepp begreppet ordet sak saken grej grejen grejer ämne ämnet ämnen ämnena del delen rest resten övrigt info sida sidan sidor hemsida hemsidan artikeln texten
exempel exempelvis sätt sättet fall fallet slags sorts
lite grann litegrann rent konkret konkreta praktiskt praktiken direkt faktiskt
okej ok okey ändå ens igen precis alls ganska väldigt jätte jättemycket ärligt talat uppriktigt
mkt mest mesta mera minst heller annars dock däremot iaf iallafall ialla
överhuvudtaget huvud taget förresten förstås självklart absolut troligen antagligen möjligen
tycker tyckte tycka tror trodde tro känns kändes känna känner kände funderar fundera nyfiken
funkar funka funkade hittills passar passa passade passat fattar fatta fattade förstår förstå förstod begriper snälla
tack tacksam hej hejsan hallå goddag vore vänligen ifall osäker ville velat kunna kunnat bör borde måste
lära lär läst läsa läste läser hört höra hörde hör pratas pratar prata snackas snackar skrivit
idag imorgon igår eftersom numera nuförtiden framöver länge långt ute inne uppe nere
sånt såna sånn sån saker sakerna någonting
bra dåligt dålig stor stort stora liten litet lilla små svårt svår lätt lätta
konstigt rolig roligt intressant spännande enbart endast cirka
riktigt alldeles massa massor halva hela helt gärna hellre helst kort gott kortfattat
hit dit härifrån därifrån överallt ingenstans någonstans nånstans
klara klarar klarade klarat hantera hanterar orka orkar
egentliga egentlig själva självaste
okay please thanks hello hi really actually exactly basically like kind sort stuff things compared compare comparison versus
vänligen hjärtligt hjärtliga förhand tidningen tidningar
barn barnet barnen mamma mamman pappa pappan mor far dotter dottern son sonen make maken fru frun sambo sambon
mormor morfar farmor farfar förälder föräldrar föräldrarna
använda använder använde använt används användas slippa slipper slapp sluppit fixa fixar fixade ordna ordnar
ordnade sköta sköter skötte märka märker märks märkte märktes hålla håller höll hållit spela spelar spelade
hänga hänger hängde låta låter lät orka orkar orkade hinna hinner hann försöka försöker försökte
jobba jobbar jobbade jobbat arbeta arbetar arbetade arbetat
många mycket förkortning förkortningen förkortad förkortas akronym abbreviation acronym stand stands
kopplat kopplad kopplade koppla kopplas kopplingen relaterat relaterad relaterade angående beträffande gällande
skriva skriver skrivs skrevs skriven skrivet skrivna
`;

const LIGHT: ReadonlySet<string> = new Set(WORDS.trim().split(/\s+/));
const LIGHT_FOLDED: ReadonlySet<string> = new Set([...LIGHT].map(fold));

/** How much a light word counts in coverage and ranking, relative to a content word. */
export const LIGHT_WEIGHT = 0.25;

/** Whether a normalised (lowercase) word is a light word, also when typed without å/ä/ö. */
export const isLightWord = (word: string): boolean => LIGHT.has(word) || LIGHT_FOLDED.has(word);

/**
 * Expressions of time that say nothing of what a question is about, left out of it: "Jag hör hela tiden om nära vård"
 * is not about time ("tiden" met the timetable). Folded token sequences. Not "i dag": "Vad skiljer nära vård från hur
 * vården fungerar i dag?" asks about today against tomorrow (with it, three such questions lost their answers).
 */
const TIME_EXPRESSIONS: ReadonlySet<string> = new Set(['hela tiden', 'nu for tiden', 'for tillfallet']);

/** The words those expressions open with: only a token among them is read further (every question passes here). */
const OPENING_WORDS: ReadonlySet<string> = new Set([...TIME_EXPRESSIONS].map((expression) => expression.split(' ')[0]!));

/** Tokens without the expressions of TIME_EXPRESSIONS. */
export const withoutTimeExpressions = (tokens: readonly string[]): string[] => {
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!OPENING_WORDS.has(fold(tokens[i]!))) kept.push(tokens[i]!);
    else if (i + 2 < tokens.length && TIME_EXPRESSIONS.has(fold(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`))) i += 2;
    else if (i + 1 < tokens.length && TIME_EXPRESSIONS.has(fold(`${tokens[i]} ${tokens[i + 1]}`))) i += 1;
    else kept.push(tokens[i]!);
  }
  return kept;
};
