/**
 * Words the spelling repair never changes (spelling.ts), though they are one letter from a key word of
 * rules.ts: "andra" is not a slip for "andas", "klaga" not for "klåda", "vecka" not for "väcka".
 *
 * Two parts. Everyday and reform words, chosen by hand and from the knowledge base's own texts. And every
 * Swedish word one edit from a key word, with the same first letter and 5+ letters, found in the stem list
 * of a Swedish spelling dictionary (dictionary-sv, used at development time only): when a key word is
 * added to rules.ts, add the real words next to it here too. Stopwords are never changed either.
 */
export const COMMON_WORDS: readonly string[] = `
skadas skadats skadades skadad skadade skadat hotas hotats slås slogs vårdas vårdades behandlas
andra annan annat andre anda start stark smart starta startar hjärta hjärtat hjärtats hälsa hälsan halsa
vården vårdar vårda kommun kommunen region regionen länet staten målet mål målen bilden planen ringa ringer
ringde samma sjukt sjuka sjuke sjukdom sjukdomar sjukhus sjukhuset hemma hemmet tider tiden bättre sämre gärna
helst trygg trygga tryggt nära närmare närhet stöd stödet hjälp hjälpa hjälper hjälpte frågor frågan fråga
frågar svara svarar svaret svaren läsa läser skriva skriver skrev skriv sidan sidor läkare läkaren doktor
doktorn sköterska sköterskan personal personalen digitalt fysiskt arbete arbeta arbetar jobbar jobba jobbet
tjänst tjänsten tjänster vårdcentral vårdcentralen hälsocentral hälsocentralen barnen barnet äldre unga
ungdomar familj familjen anhörig anhöriga närstående tillsammans egen eget egna kraft kraften vilja viljan
vilken vilket vilka varför kunna kunnat skulle skall borde måste behöver behövs finns fanns ligga ligger stå
står gå går komma kommer kommit fått finna kunde klara klarar klarat bästa sätt sättet första tredje andras
ändring ändringar ändringen ändras förändras förändring förändringen förändringar färdig färdigt färdiga börja
börjar började spara sparar sparade sparat skapa skapar skapade skapat skala skalan bladet blader check fiber
hösten höstas klart klarade hotet hoten följder hunden kontakta kontaktar kontaktade kontakten kontakter
kontaktvägar kontaktväg medicinsk medicinska medicinskt svart svarta hatar vecka veckan veckor tackar evigt evighet alltid
kontaktfamilj kontaktfamiljer familjehem stödfamilj kontaktperson kontaktpersoner vårdskada vårdskador
vårdskadan skador skadorna lägg lägga läggs tanka förstår formar hostel texten krämpa krämpor krämporna
hänvisa hänvisar hänvisade hänvisat hänvisning hänvisningen hänvisningar
lämna lämnar lämnade lämnat lämnas
tåget tågen tåg
överföring överföringen överföringar
`.trim().split(/\s+/);

/**
 * Real Swedish words one edit from a key word (from the dictionary's stems, as described above). Left out
 * on purpose: "strök", which folded is "strok", the usual slip for "stroke"; "huvudverk", the usual slip for
 * "huvudvärk".
 */
export const NEAR_KEY_WORDS: readonly string[] = `
andnor ansades ansikte ansning balett barrikadera batterist blekna blomning blåmärke blötning borga borgå
borra brandskada broder brostat brännskadas bälte chick chocka chuck ensak ensamt fartig faslig febril fibrig
flacka flackarp fläcka folder forsa forskar fotsår fårig färgig färsig följar följe förar fördöljer förföljar
förgifta förlama förlig förnär försal förskar försvar försåt förvar förvirra förvår giltig glesa gömme halden
halén hallén halsven halvsen hansén hassen hedda hedén hetär hitåt hjärninfarkt hjärtinfart hopad hosta
hotande hotta hudene  huvudvärd hållen hållén hålven hälben hälsena höjar höjda hönät hösta hötta
infart ishall iskarl isvall kampar kampår kantakt kladd kladda klaga klåpa klädd kläde knapp knappa knivhugger
knivhuggne knåda knäpp knäppa knäppe konstakt konstis kontant kontrakt krafs krake kramar krampa krams krans
krass kråka kräkas kräktes krämar krämpa kvass kväda kväva kväve könsakt könslig litet livrädda livrädde
magisk malisk manick maniok maniske medicinar medicinera medvetande menisk misshandla mungipa nackben nacke
naken nedkyla nerkyld olycks orkan orvar oskar overall panisk paranoia pilleri pricka pulsera raster reagera
rester ridspår rispa rostar rosteri router ryckig ryker sallat skade skagen skaka skakad skalda skalde skalla
skallrat skalär skare skarp skars skarv skarva skata skava skeda skida skira skoda skräda skura skålla skåre
skårs skädda skälla skända skändar skärar skärm skärma skärp skärpa skärra skärså skärv skärva sluddra
sluddrig slukar sluta slutarp slutbar småkär smäda snara snövit solna spalt spruta sprutbar späda standar
stanna strike strupgrepp städa städar suicid svada svaja svala svald svaldes svalg svalka svall svalla
svalna svampa svampart svamppar svanpar svimma svinmat svullna svullnad svulten svurit sväljs svälla svälta
svärfar svärja svävar sådär sägen säkra sälja sömnad tankbar tanker tongan tunga tändar tänkare tänkbar utelag
vackla vakan vakta vaktar valka valår vanka vanna varar varna varnar vaska vekna vicka vikna vågad vågarm
vågor våldtagne våtår vägare vägbar vägnar vägra väktar väpna väpnar värka värna väska ånggest ångning äggest
ändade ändat örskär öskar
`.trim().split(/\s+/);
