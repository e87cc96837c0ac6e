import type { TriageRule } from './types';

/**
 * The safety triage rules, as data. They run on every message before any search: a message that fires
 * one gets the fixed national reply for its level (safety-reply.ts) and nothing from the knowledge base.
 *
 * How to add a rule
 * 1. Add an object to TRIAGE_RULES under its level: `id` (kebab-case, starts with the level),
 *    `patterns` and/or `fuzzy`, optional `requires` and `unless`, and `examples` it must catch.
 *    The fields are explained on `MatcherSpec` in text-matcher.ts.
 * 2. Patterns are regex sources over folded text: lowercase, å/ä/ö already gone (write them anyway:
 *    they are folded too), hyphens inside words removed, punctuation turned into single spaces.
 *    So "Ont i bröstet!" arrives as `ont i brostet`, "e-post" as `epost`, "can't" as `cant`.
 * 3. Run `npx vitest run server/engine/triage`: every example is checked, and the must-not-trigger table
 *    in triage.test.ts tells you when a new pattern catches an ordinary question about nära vård.
 *
 * Which way to lean
 * A missed emergency can cost a life; a wrong safety reply costs the visitor one extra question.
 * So emergency and suicide rules are broad and rarely have `unless`. Medical rules are narrower, because
 * the guide exists to answer questions about how care is organised ("Var kan jag söka vård digitalt?"),
 * which are not requests for medical advice. When several rules fire, the most urgent level wins.
 */

const r = String.raw;

// ---- Shared vocabulary: fragments of patterns, reused by several rules. ----

/** Someone the message is about: the visitor, a relative, "man" (one). Swedish and English. */
const PERSON = r`\b(jag|mig|mej|min|mitt|mina|vi|oss|man|barnet|barnen|bebisen|bebis|babyn|sonen|dottern|son|dotter|mamma|pappa|mor|far|morsan|farsan|frun|fru|maken|make|sambon|sambo|partner|pojkvannen|pojkvan|flickvannen|flickvan|mormor|morfar|farmor|farfar|kompis|kompisen|kollega|kollegan|grannen|han|hon|hen|my|me|im|ive)\b`;

/** A first-person word: used in `unless` to tell a visitor's own crisis from a question about the system. */
const FIRST_PERSON = r`\b(jag|mig|mej|min|mitt|mina|vi|oss|my|me|im|ive)\b`;

/** An acute symptom someone has. Not chronic diagnoses: "Min mamma har demens, hur får hon hemtjänst?" is a question for the guide. */
const SYMPTOM = r`\b(feber|febern|febrig|hogfeber|hosta|hostar|hostat|hostan|hostig|snuva|snorig|tappt|halsont|\w*värk|värker|ont(?! om\b)|jatteont|smärta|smärtor|smärtan|smärtsam|smärtsamt|yrsel|yr|svimmat|svimmade|svimmar|svimfärdig|illamående|mår illa|kräks|kräkts|kräktes|kräkningar|kräkas|spyr|spytt|spydde|diarre|lös mage|förstoppad|förstoppning|magsjuk\w*|utslag|klåda|kliar|blåsor|svullen|svullet|svullna|svullnad|svullnat|svullnar|domnar|domnad|domningar|stickningar|hjärtklappning|andfådd|förkyld|förkylning|\w*inflammation|infektion|blöder|blödning|blödningar|blod i (urinen|avföringen|bajset|kisset|slemmet)|sår|såret|bruten|brutit(?! mot)|stukat|stukade|vrickat|vrickade|slagit (i )?huvudet|slog (i )?huvudet|mår (inte bra|dåligt|jättedåligt|psykiskt dåligt|väldigt dåligt|så dåligt|skit)(?! (av|över|när|på grund))|hjärnskakning|brännskada|brännskador|bränt mig|brände mig|skållat|fästingbett|insektsbett|hundbett|ormbett|getingstick|ångest|panikångest|panikattack\w*|nedstämd|deprimerad|kan inte sova|sover dåligt|sömnproblem|sömnsvårigheter|sömnlös|svider|sveda|knöl|hallucin\w*|hör röster|kramp|kramper|fever|cough|coughing|headache|rash|vomit\w*|diarrh\w*|dizzy|sore throat|stomach ache|pain)\b`;

/** Illnesses and diagnoses: only medical when the visitor asks whether someone has one. */
const CONDITION = r`(covid(19)?|corona|influensa|influenza|\w*cancer|diabetes|adhd|autism|demens|alzheimer|parkinson|astma|allergi|borrelia|depression|utmattningssyndrom|utbrand|bipolar\w*|hjärtsvikt|högt blodtryck|blodpropp|tumör|klamydia|könssjukdom|hiv|herpes|psoriasis|reumatism|migrän|epilepsi|tbc|mässling\w*|vattkoppor|vattenkoppor|rsv|mykoplasma|celiaki|glutenintolerans|laktosintolerans|anemi|järnbrist|endometrios|ptsd|ätstörning|anorexi|bulimi|diskbråck|ischias|artros|benskörhet|gikt|njursten|gallsten|blindtarmsinflammation|hjärnskakning|lunginflammation|urinvägsinfektion|uvi|halsfluss|öroninflammation|bihåleinflammation|magsjuka|vinterkräksjuka|infektion|virus)\b`;

/** Medicines: generic words and the Swedish brands visitors actually name. */
const DRUG_NAME = r`(alvedon|panodil|paracetamol|ipren|ibuprofen|ibumetin|diklofenak|voltaren|treo|magnecyl|bamyl|naproxen|pronaxen|citodon|tramadol|oxikodon|oxycodone|morfin|kodein|antibiotika|penicillin|kåvepenin|amoxicillin|sertralin|melatonin|propavan|imovane|zopiklon|stesolid|lergigan|desloratadin|aerius|clarityn|cetirizin|kortison|betapred|prednisolon|nezeril|otrivin|loperamid|dimor|omeprazol|samarin|ppiller|akutppiller)`;
const MEDICINE = r`(${DRUG_NAME}|medicin|medicinen|mediciner|medecin|medcin|medisin|läkemedel|läkemedlet|läkemedlen|tablett|tabletten|tabletter|värktablett|värktabletter|sömntablett|sömntabletter|sömnmedel|piller|febernedsättande|smärtstillande|hostmedicin|nässpray|salva|kräm|droppar)\b`;

/** Words that make a medicine question about money, which the guide or a contact can answer. */
const ABOUT_COST = r`\b(kostar|kosta|kostnad\w*|pris|priset|avgift\w*|högkostnadsskydd\w*|betala|betalar|subvention\w*|gratis)\b`;

/** A message that reads as a question about how care is organised, with no "jag/min" in it. */
const ABOUT_THE_SYSTEM = r`^(?!.*${FIRST_PERSON}).*\b(hur (arbetar|jobbar|hjälper|stöttar|stöder|fungerar|ser|blir|samarbetar|organiseras|förebygger|tar)|vad (gör|erbjuder) (vården|kommunen|regionen|primärvården|vårdcentralen|hälsocentralen|ni|sjukvården|hemsjukvården|1177)|vilket stöd|vilken hjälp (finns|erbjuds|ges)|förebygg\w*|prevent\w*|statistik|forskning|hur många|strategi\w*|handlingsplan\w*|utbildning\w*)\b`;

/** Modal verbs of "should I": ska/borde/bör/behöver/måste. */
// "bör" only before its subject: folded, it is "bor" (lives), as in "Kan jag som bor i Strängnäs söka vård i Eskilstuna?".
const SHOULD = r`(ska|skall|borde|behöver|måste|bör(?= (jag|man|vi|hon|han|hen|barnet|nog|kanske)\b))`;

export const TRIAGE_RULES: readonly TriageRule[] = [
  // ============================== emergency → 112 ==============================
  {
    id: 'emergency-chest-pain',
    level: 'emergency',
    patterns: [
      // `br\w{0,3}st` takes the usual slips: "brostet", "brösted", "brstet".
      r`\b(ont|jatteont|smärt\w*|värk\w*|tryck\w*|kramp\w*|hugg\w*|sticker|stramar|bränner|tyngd\w*|press\w*) (i|över|på|bakom|mitt i) (br\w{0,3}st\w*|hjärtat)`,
      r`\b(det )?(trycker|kramar|hugger|stramar) (i|över) (br\w{0,3}st\w*)`,
      r`\bbröstsmärt\w*`,
      r`\b(hjärtattack|heart attack|chest pain|chest pains)\b`,
    ],
    fuzzy: ['hjärtinfarkt'],
    examples: ['Jag har ont i bröstet', 'ont i brostet', 'tryck över bröstet och svettas', 'bröstsmärtor', 'hjärtinfrakt?', 'chest pain'],
  },
  {
    id: 'emergency-breathing',
    level: 'emergency',
    patterns: [
      r`\b(kan|kann|klarar|lyckas|kunde) (inte|int|ej|knappt|inte längre) (att )?(andas|andass|andes|anda|andats|få luft)\b`,
      r`\bandas (inte|int|ej|knappt|tungt|konstigt)\b`,
      r`\bslutat andas\b`,
      r`\bsvårt (att )?(andas|andass|få luft)\b`,
      r`\bfår (inte|int|ingen|knappt) luft\b`,
      r`\b(kvävs|kvävas|kvävd|kvävning|satt i halsen|sätter i halsen|fastnat i halsen|andningssvårighet\w*|andningsproblem|andningsstillestånd)\b`,
      r`\b(cant|cannot|can not) breathe?\b|\b(not|stopped) breathing\b|\bchoking\b`,
    ],
    fuzzy: ['andnöd'],
    examples: ['Jag kan inte andas', 'jag kan int andas', 'svårt att andas', 'andnod', 'han andas inte', "I can't breathe"],
  },
  {
    id: 'emergency-unconscious',
    level: 'emergency',
    patterns: [
      r`\bmedvetlös\w*`,
      r`\b(förlorat|tappat|förlorar|tappar|förlorade|tappade) medvetandet\b`,
      r`\bsvimma\w* (och|o|men) (\w+ )?(vaknar|går|kommer|reagerar) (inte|int)\b`,
      r`\bvaknar (inte|int)\b`,
      r`\bgår (inte|int) att (väcka|vakna)\b`,
      r`\b(kan|kann|lyckas|kunde) (inte|int) väcka\b`,
      r`\b(reagerar|svarar) (inte|int) (på tilltal|när (jag|vi) (pratar|ruskar|väcker|ropar))\b`,
      r`\blivlös\b`,
      r`\b(unconscious|passed out|wont wake up|not responding)\b`,
    ],
    fuzzy: ['medvetslös'],
    examples: ['Min pappa är medvetslös', 'hon ar medvetslos', 'medvetlös', 'min mamma har svimmat och vaknar inte', 'gar inte att vacka'],
  },
  {
    id: 'emergency-stroke-signs',
    level: 'emergency',
    patterns: [
      r`\bsned i (ansiktet|munnen|ena)\b|\bansiktet (är |har blivit |blev )?(snett|sned|hänger)\b|\bsneda ansiktet\b`,
      r`\bhänger (i|på) (ena |vänster |höger )?(mungipa|mungipan|ansiktshalvan|sidan av ansiktet)\b|\b(mungipa|mungipan|munnen) (hänger|har sjunkit)\b`,
      // "Jag kan inte prata svenska" and "kan inte prata i telefon" are questions for the guide.
      r`\b(kan|kann|kunde) (inte|int|ej|knappt) (prata|tala|få fram orden|få fram ord)\b(?! (\w+ska|med|i telefon|om|så bra|bra|högt|nu|just nu))`,
      r`\bsluddr\w*`,
      r`\b(förlamad|förlamning|domnad|domning|slapp|svag|känselbortfall) (i|på) (ena|vänster|höger|halva) (sidan|armen|benet|ansiktet|kroppen|handen)\b`,
      r`\b(ena|vänster|höger|halva) (sidan|armen|benet|ansiktet|kroppen) (är |har blivit |blev |känns )?(förlamad|domnad|slapp|svag|bortdomnad|hänger)\b`,
      r`\b(plötsligt|blivit|blev) förlamad\b`,
      // Arm and speech of the AKUT test: "kan inte lyfta armen", "pratar konstigt".
      r`\b(kan|kann|kunde|orkar) (inte|int|ej|knappt) (lyfta|röra|hålla upp) (ena |vänster |höger |sin |sina |den ena )?(armen|armarna|arm|handen|benet)\b`,
      r`\b(pratar|talar|låter|snackar) (plötsligt )?(konstigt|sluddrigt|grötigt|otydligt|osammanhängande|obegripligt|konstig)\b`,
      r`\b(fått|får|har|drabbats av|drabbas av) (en )?stroke\b`,
      r`\b(hjärnblödning|propp i hjärnan|face drooping|slurred speech)\b`,
    ],
    examples: ['min man kan inte lyfta armen o pratar konstigt', 'pappa är sned i ansiktet', 'hänger i ena mungipan', 'hanger i mungipan', 'min man kan inte prata och är förlamad i ena armen', 'jag tror hon har fått en stroke'],
  },
  {
    id: 'emergency-stroke',
    level: 'emergency',
    // A bare "stroke" is treated as an emergency. Not a sign: the care organisation ("Vad är stroke-vården
    // i regionen?", folded to one word), a stroke long ago or rehabilitation after one.
    patterns: [r`\bstroke\b`],
    unless: [
      r`\bstroke (vård|vården|sjukvård|sjukvården|enhet|enheten|rehabilitering|rehab|team|teamet|avdelning|avdelningen|mottagning|mottagningen|vårdkedja|vårdkedjan|kedjan|kurs|förening\w*)\b`,
      r`\b(hade|efter) (en |ett |sin |min |hans |hennes )?stroke\b`,
      r`\bstroke (för|i) (\w+ )?(år|månader|veckor) sedan\b|\bstroke förra (året|månaden)\b`,
    ],
    examples: ['stroke', 'tror det är en stroke', 'Vad är en stroke?'],
  },
  {
    id: 'emergency-bleeding',
    level: 'emergency',
    patterns: [
      r`\b(blöder|blöer|blör) (väldigt |jätte ?|så |extremt |otroligt |för |mycket |enormt )?(mycket|kraftigt|massor|mkt|ihjäl|som bara den|som fan)\b`,
      r`\b(slutar|stannar) (inte|int|aldrig) (att )?blöda\b`,
      r`\bblödningen (slutar|stannar|går) (inte|int)\b|\b(går|kan) (inte|int) (att )?stoppa blödningen\b`,
      r`\b(kraftig|kraftiga|stor|stora|svår|svåra|massiv|allvarlig) blödning\w*`,
      r`\b(sprutar|forsar|pumpar) blod\b|\bblod (sprutar|forsar|pumpar)\b|\b(förlorat|tappat) mycket blod\b`,
      r`\b(kräks|kräktes|kräkts|hostar|hostade|hostat) (upp )?blod\b`,
      r`\b(heavy bleeding|bleeding heavily|bleeding a lot|wont stop bleeding)\b`,
    ],
    examples: ['Det blöder mycket och slutar inte blöda', 'kraftig blödning', 'bloder jattemycket', 'hostar blod'],
  },
  {
    id: 'emergency-allergic-reaction',
    level: 'emergency',
    patterns: [
      r`\banaphyla\w*`,
      r`\ballergisk\w* (chock|shock)\b`,
      r`\b(svullnar|svullnat|svullen|svullna|svullnad|sväller|svällt) (i|på|upp i) (halsen|svalget|tungan|läpparna|munnen)\b`,
      r`\b(halsen|tungan|läpparna|svalget) (svullnar|har svullnat|är svullen|sväller|svullnade)\b`,
      r`\b(svår|kraftig|stark|allvarlig|severe) (allergisk|allergic) (reaktion|reaction)\b`,
      r`\b(epipen|adrenalinpenna|jext)\b`,
      r`\b(kan|kann|kunde|går) (inte|int|ej|knappt) (att )?svälja\b`,
      r`\ballergisk\w* (reaktion|chock|attack)\b.*\b(andas|andning|svälja|svullna\w*|svullen|svimma\w*|yr)\b`,
    ],
    fuzzy: ['anafylax'],
    examples: ['allergisk reaktion kan inte svälja', 'anafylaxi', 'anafylaktisk chock', 'det svullnar i halsen', 'allergisk chock', 'tungan svullnar'],
  },
  {
    id: 'emergency-overdose',
    level: 'emergency',
    patterns: [
      r`\b(tagit|tog|ätit|åt|svalt|svalde|fått i sig|fick i sig|knaprat) (\w+ ){0,2}(för (många|mycket)|en massa|massor|hela|en hel|flera|dubbel|dubbla|alldeles för|jättemånga|många) (\w+ ){0,2}(${MEDICINE}|insulin|doser|dos|dosen|burk|burken|karta|kartan|förpackning|förpackningen|kartong|kartongen|ask|asken)`,
      r`\b(overdose\w*|took too many (pills|tablets))\b`,
    ],
    fuzzy: ['överdos'],
    examples: ['överdos', 'overdos', 'jag har tagit för många tabletter', 'hon har ätit en hel karta alvedon'],
  },
  {
    id: 'emergency-poisoning',
    level: 'emergency',
    patterns: [
      r`\b(druckit|drack|drucket|svalt|svalde|svalj\w*|ätit|åt|fått i sig|fick i sig|slickat|slickade|smakat|smakade|tuggat|tuggade|andats in|andades in|stoppat i munnen|stoppade i munnen) (\w+ ){0,4}(rengöringsmedel|diskmedel|maskindiskmedel|tvättmedel|tvättkapsel|tvättkapslar|sköljmedel|lampolja|tändvätska|batteri|batteriet|batterier|knappcell\w*|tabletter|tablett|piller|medicin\w*|svamp|svampar|klorin|blekmedel|frostskydd\w*|glykol|bensin|fotogen|tröd|rödsprit|handsprit|nikotin|snus|ecigarett\w*|gift|giftig\w*|propplösare|avloppsrensning|kaustik\w*|ättika|ättiksprit|magnet\w*|myrgift|råttgift|insektsmedel|ogräsmedel|bekämpningsmedel|kolmonoxid|thinner|lacknafta|diskmaskinstablett\w*)\b`,
      r`\b\w*förgift\w*|\bgiftinformation\w*|\bkolmonoxid\w*`,
      r`\b(poisoned|poisoning|swallowed (a |an )?(battery|pills|bleach|detergent))\b`,
    ],
    fuzzy: ['förgiftning'],
    examples: ['Mitt barn har svalt ett batteri', 'barnet har druckit lampolja', 'har druckit rengöringsmedel', 'forgiftning', 'min son har ätit svamp som kan vara giftig'],
  },
  {
    id: 'emergency-seizure',
    level: 'emergency',
    patterns: [r`\bkramp(er|ar|ade|at|anfall)?\b`, r`\b(epileptisk\w* anfall|epilepsianfall|feberkramp\w*|krampanfall|seizure\w*)\b`],
    // Cramp in a calf or the stomach is a medical question, not 112.
    unless: [r`\bkramp(er)? (i|på) (vaden|vaderna|vad|foten|fötterna|benet|benen|tån|tårna|låret|låren|handen|händerna|fingrarna|magen|käken|nacken|ryggen)\b`],
    examples: ['han har kramper', 'hon krampar', 'feberkramp'],
  },
  {
    id: 'emergency-cardiac-arrest',
    level: 'emergency',
    patterns: [
      r`\bhjärtat (har )?(stannat|slutat slå)\b`,
      r`\b(har |känner )?ingen puls\b`,
      // "Var går man en HLR-kurs?" folds to "hlrkurs"; "HLR kurs" is excluded here.
      r`\b(hlr|hjärtlungräddning)\b(?! (kurs|utbildning))`,
      r`\b(cardiac arrest|heart stopped|cpr)\b`,
    ],
    fuzzy: ['hjärtstopp'],
    examples: ['hjärtstopp', 'hjartstopp', 'hjärtat har stannat', 'ska jag göra hlr'],
  },
  {
    id: 'emergency-ambulance',
    level: 'emergency',
    // Only a call for one now: "Vad kostar en ambulansresa?" is a question for the guide.
    patterns: [
      r`\b(ring|ringa|ringer|ringt|ringde|kalla på|kalla|skicka|skickar|behöver|behövs|beställa|beställ|tillkalla) (en |efter )?ambulans(en)?\b`,
      r`\bambulansen (kommer inte|dröjer|är på väg)\b`,
      r`\bring\w* (\w+ )?112\b`,
      r`\b(call|need|send) (an )?ambulance\b`,
    ],
    examples: ['ring ambulans', 'ska jag ringa ambulans', 'behöver ambulans nu', 'ska jag ringa 112'],
  },
  {
    id: 'emergency-violence',
    level: 'emergency',
    patterns: [
      r`\b(någon|nån|han|hon|hen|de|dom|min \w+|mitt ex|exet|grannen|pappa|mamma|maken|frun|sambon|killen|tjejen|en man|en kvinna) (hotar|slår|misshandlar|våldtar|förföljer|attackerar|jagar|stryper|sparkar|knivhögg|skjuter) (mig|mej|oss|barnen|mitt barn|mina barn|min \w+)\b`,
      r`\b(jag|vi) (blir|är|har blivit|blev) (hotad|hotade|slagen|slagna|misshandlad|våldtagen|förföljd|attackerad|knivhuggen|skjuten|rånad|överfallen|inlåst)\b`,
      r`\bhotar (att |med att )?(döda|skada|slå|mörda|knivhugga|skjuta) (mig|mej|oss|barnen|mitt barn)\b`,
      r`\b(har|med|viftar med|hotar med) (en )?(kniv|pistol|vapen|yxa)\b`,
      r`\b(bryter sig in|bröt sig in|inbrott (pågår|just nu|hos mig)|är någon i (mitt|vårt) hus)\b`,
      r`\b(livsfara|fara för (mitt |hans |hennes |ett |någons )?liv|livshotande|nödsituation|nödläge|det är akut|akut läge)\b`,
      // A person in danger; not "Är primärvården i fara?"
      r`\b(jag|vi|hon|han|hen|barnet|barnen|någon|nån|mitt barn) är i fara\b`,
      r`\b(someone is (threatening|attacking|hitting|following) me|being attacked|in danger|emergency)\b`,
    ],
    examples: ['någon hotar mig', 'nagon hotar mig', 'min man slår mig', 'jag blir hotad', 'det är akut'],
  },
  {
    id: 'emergency-fire',
    level: 'emergency',
    patterns: [
      // Not a burning throat, nor "det brinner i mig för den här frågan".
      r`\bdet brinner\b(?! i (halsen|magen|bröstet|ögonen|huden|munnen|örat|urinröret|fötterna|benen|kroppen|mig|oss|hjärtat))`,
      r`\bbrinner (i|på) (huset|lägenheten|köket|trapphuset|rummet|garaget|bilen|källaren|vinden|skogen|soporna)\b`,
      r`\b(börjat|började|börjar) brinna\b|\b(fattat|fattade) eld\b|\bstår i (lågor|brand)\b|\beldsvåda\b`,
      r`\bbrand (i|hos|på) (huset|lägenheten|köket|trapphuset|rummet)\b|\brök (i|från) (lägenheten|huset|köket|trapphuset|rummet)\b`,
      r`\b(fire|on fire)\b`,
    ],
    examples: ['det brinner i köket', 'det brinner!', 'lägenheten står i brand'],
  },
  {
    id: 'emergency-other',
    level: 'emergency',
    patterns: [
      r`\b(drunknar|drunknat|drunkna|drunkning|sepsis|blodförgiftning|hjärnhinneinflammation|meningit|trafikolycka|bilolycka|svår olycka)\b`,
      // A fall is a question for the guide ("har ramlat flera gånger, kan kommunen hjälpa till?") until someone cannot get up.
      r`\b(kan|kommer|orkar) (inte|int) (resa sig|resa mig|ta sig upp|upp från golvet)\b|\bligger på golvet\b`,
    ],
    examples: ['barnet håller på att drunkna', 'jag tror det är sepsis', 'mormor har ramlat och kan inte resa sig'],
  },

  // ============================== suicide → 90101, and 112 when acute ==============================
  {
    id: 'suicide-take-own-life',
    level: 'suicide',
    patterns: [
      r`\b(ta|tar|tog|tagit|tänker ta) livet av (mig|mej|sig|oss)\b`,
      r`\b(ta|tar|avsluta|avslutar|göra slut på) (mitt|sitt) (eget )?liv\b`,
      r`\b(hänga|skjuta|dränka) (mig|mej)\b`,
      r`\b(hoppa|kasta mig) (framför|från|ut från|ner från) (tåget|ett tåg|bron|en bro|balkongen|taket|fönstret)\b`,
      r`\b(kill myself|killing myself|end my life|end it all|take my (own )?life)\b`,
    ],
    examples: ['Jag har tankar på att ta livet av mig', 'jag har tankar pa att ta livet av mig', 'vill ta mitt liv', 'min kompis pratar om att ta livet av sig', 'I want to kill myself'],
  },
  {
    id: 'suicide-wish-to-die',
    level: 'suicide',
    patterns: [
      r`\bvill (bara |också |helst |nog )?dö\b`,
      r`\bvill (inte|int|ej|inte längre) (leva|finnas|existera|vakna)\b|\bvill inte vara med (längre|mer)\b`,
      // "Jag orkar inte mer" is a crisis; "orkar inte längre vänta i telefonkön" is a complaint.
      r`\borkar (inte|int|ej) (leva|längre|mer)\b(?! (vänta|att vänta|ringa|att ringa|söka|leta|läsa|försöka|med (köerna|kön|väntan|vården|telefonkön|byråkratin)))`,
      r`\borkar (inte|int|ej) med livet\b`,
      r`\b(önskar|önskade) (att )?jag (var|vore|kunde vara) död\b|\bbättre (om jag var )?död\b|\bbättre utan mig\b`,
      r`\blivet är (meningslöst|inte värt|slut)\b|\bingen mening (med|att) (livet|leva)\b|\bingen idé att leva\b|\binte värt att leva\b`,
      r`\bvill (bara )?försvinna\b`,
      r`\b(dödstankar|dödslängtan)\b`,
      r`\b(want to die|wanna die|dont want to live|no reason to live)\b`,
    ],
    examples: ['Jag vill inte leva längre', 'vill inte leva', 'jag vill dö', 'jag vill do', 'orkar inte leva', 'jag orkar inte mer'],
  },
  {
    id: 'suicide-self-harm',
    level: 'suicide',
    patterns: [
      r`\bskad(a|ar|at|ade) (mig|mej) (sj\w*|själva)\b`,
      r`\b(vill|brukar|börjat|börjar|tänker|kommer att) (att )?skada (mig|mej)\b|\bjag skadar (mig|mej)\b`,
      r`\b(tankar|tänker|funderar|funderingar|tänkt) (\w+ ){0,2}(på|om) (att )?(dö|ta livet|ta mitt liv|skada mig|skada mej|inte leva|avsluta)\b`,
      r`\bskära (mig|mej)\b|\bskär (mig|mej) (själv|i (armarna|armen|handleden|benen|låren))\b|\brispa (mig|mej)\b`,
      r`\b(hurt myself|harm myself|self harm|selfharm|cutting myself)\b`,
    ],
    examples: ['Jag har tankar på att skada mig själv', 'jag har tankar pa att skada mig sjalv', 'jag skadar mig själv', 'jag vill skära mig'],
  },
  {
    id: 'suicide-mentioned',
    level: 'suicide',
    // The bare word, with typos and compounds (självmordstankar). Not when it reads as a question about
    // the system with no "jag/min" in it: "Hur arbetar kommunen med suicidprevention?"
    fuzzy: ['självmord', 'suicid'],
    patterns: [r`\bsjälvskad\w*`, r`\bsuicid\w*`],
    unless: [ABOUT_THE_SYSTEM],
    examples: ['självmord', 'sjalvmord', 'självmordstankar', 'sjävmordstankar', 'suicidal', 'Hur kan jag hjälpa en vän med självmordstankar?'],
  },

  // ============================== medical → 1177 ==============================
  {
    id: 'medical-should-i-seek-care',
    level: 'medical',
    patterns: [
      // "Var/Hur ska jag söka vård?" asks how the system works; "Ska/När ska jag söka vård?" asks for advice.
      r`(?<!\b(var|vart|hur|vem|vilka|vilken) )\b${SHOULD} (\w+ ){0,2}(söka|uppsöka) (\w+ )?(vård|sjukvård|läkarvård|akutvård|läkare|doktor|akuten|hjälp|vårdcentralen)\b`,
      r`(?<!\b(var|vart|hur|vem|vilka|vilken) )\b${SHOULD} (jag|vi|man|hon|han|hen|barnet|\w+) (\w+ )?(åka|gå|köra|ta mig|ta oss|komma) (in|till akuten|akuten|till sjukhuset|till (en )?läkare|till doktorn|till doktor|till vårdcentralen|till hälsocentralen)\b(?! (på|för att))`,
      r`\b${SHOULD} (jag|vi|man|hon|han|hen) ringa 1177\b`,
      r`\b(should i|do i need to|must i) (see|go to|call|visit) (a |the )?(doctor|gp|er|emergency|hospital|nurse|1177)\b|\bdo i need (a )?doctor\b`,
    ],
    unless: [r`\b(välja|välj|byta|lista|listad|listning|kostar|avgift\w*|digitalt|utomlands|annan region)\b`],
    examples: ['ska jag söka vård?', 'borde jag soka vard', 'behöver jag åka in?', 'ska jag ringa 1177?', 'När ska jag söka vård för halsont?', 'should I see a doctor?'],
  },
  {
    id: 'medical-medication',
    level: 'medical',
    patterns: [
      r`\bvad (ska|kan|bör|borde|får) (jag|man|vi|hon|han|hen|\w+) ta (för|mot)\b|\bvad tar (jag|man|vi) (för|mot)\b`,
      r`\bvilk(en|et|a) (\w+ )?${MEDICINE}`,
      // Not "Får jag ta med mig mina mediciner?", and only people as subject: "Kan hemtjänsten ge mamma hennes medicin?" is a service question.
      r`\b(kan|får|ska|bör|borde|måste|behöver) (jag|man|vi|hon|han|hen|barnet|min \w+|mitt barn) (ta|äta|ge)\b(?! med)( \w+){0,3} ${MEDICINE}`,
      r`\bhur (mycket|många|ofta) (\w+ ){0,3}${MEDICINE}`,
      r`\b(dos|dosen|doser|dosering|doseringen|maxdos|maxdosen|dygnsdos|dygnsdosen|dose|dosage)\b`,
      r`\b${DRUG_NAME}\b`,
      r`\b(biverkning\w*|interaktion\w*)\b|\bblanda (\w+ ){0,2}(med|och) (alkohol|sprit|vin|öl|${MEDICINE})`,
      r`\b(what|which) (medicine|medication|pills?)\b|\bhow much (paracetamol|ibuprofen|\w+) (can|should)\b`,
    ],
    // "Vad kostar mina mediciner?" is about money, which the guide or a contact can answer.
    unless: [ABOUT_COST],
    examples: ['vad ska jag ta för medicin', 'vilken medicin ska jag ta mot huvudvärk', 'hur mycket alvedon får jag ta', 'vilken dos ska jag ta', 'kan jag ta ipren när jag är gravid', 'biverkningar av alvedon'],
  },
  {
    id: 'medical-is-it-dangerous',
    level: 'medical',
    patterns: [
      r`\b(är|blir|kan) (det|detta|den|de|han|hon|det här) (\w+ )?(farligt|farlig|allvarligt|allvarlig|smittsamt|smittsam)\b`,
      r`\bhur (farligt|allvarligt|smittsamt) är\b`,
      r`\bär det normalt att (ha|få|känna|må|blöda|kräkas|hosta|sova|ha ont)\b`,
      r`\b(ge|ger|få|vill ha|behöver) (\w+ )?medicinsk(a|t)? (råd|rådgivning|bedömning)\b|\b(jag har|har en) (en )?medicinsk fråga\b`,
      r`\b(is it|is this) (dangerous|serious|contagious)\b`,
    ],
    // Not privacy: "Är det farligt att dela mina uppgifter?"
    unless: [r`\b(uppgifter|personuppgifter|integritet|journal\w*|chatt\w*|chatten|appen|sidan|webbplats\w*|lösenord|bankid|data)\b`],
    examples: ['är det farligt att ha hög feber?', 'kan det vara farligt?', 'ar det farligt', 'är det normalt att ha ont efter en vaccination'],
  },
  {
    id: 'medical-do-i-have',
    level: 'medical',
    patterns: [
      r`\b(har|kan ha|har fått|fått) (jag|han|hon|hen|barnet|vi|pappa|mamma|min \w+|mitt \w+) (\w+ )?(en |ett )?${CONDITION}`,
      // Not "orolig"/"rädd": "Jag är orolig för min pappa med demens, vad kan kommunen göra?" is for the guide.
      r`\b(tror|misstänker|undrar om) (\w+ ){0,3}${CONDITION}`,
      r`\b(är|kan) det (vara )?(en |ett )?${CONDITION}`,
      r`\b(hur vet|hur märker|hur känner) (jag|man|vi) (\w+ ){0,3}${CONDITION}`,
      r`\b(symptom|symtom|symtomen|symptomen|tecken på|tecknen på) (\w+ ){0,2}${CONDITION}|\b${CONDITION} (\w+ ){0,2}(symptom|symtom)\b`,
      r`\bdo i have\b`,
    ],
    unless: [ABOUT_THE_SYSTEM],
    examples: ['har jag covid?', 'tror jag har urinvägsinfektion', 'Hur vet jag om jag har adhd?', 'vilka symtom har borrelia'],
  },
  {
    id: 'medical-symptom',
    level: 'medical',
    // A symptom counts when it happens to someone, when the visitor asks what to do, or as a bare fragment
    // ("ont i magen"). Not in a question about the system: "Hur hjälper kommunen unga med ångest?"
    patterns: [SYMPTOM],
    requires: [[
      PERSON,
      r`\b(vad (ska|bör|borde|kan|gör|göra) (jag|man|vi|hon|han|hen)|vad gör (jag|man|vi)|vad göra|hjälp|vad kan det vara|vad beror|går det över|hur länge|hur blir (jag|man) av med|hur (ska|kan) (jag|man) (behandla|lindra|bli av)|sedan|sen|dagar|dygn|veckor|timmar|inatt|i natt|idag|i dag|igår|i går|imorse|grader|farligt|allvarligt|normalt|what should|what do i)\b`,
      // At most four words: a fragment like "feber och hosta" or "ont i magen".
      r`^(\S+ ){0,3}\S+$`,
    ]],
    unless: [ABOUT_THE_SYSTEM],
    examples: ['Jag har feber och hosta sedan fem dagar, borde jag söka vård?', 'mitt barn har feber vad ska jag göra', 'ont i magen sen igår', 'min mamma är yr och har ont i huvudet', 'Jag har utslag på armen, vad kan det vara?', 'Jag har ångest och kan inte sova', 'min son har kräkts hela natten'],
  },
];
