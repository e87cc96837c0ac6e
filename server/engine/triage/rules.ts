import { CUES } from './cues';
import type { TriageLevel, TriageRule } from './types';

/**
 * The safety triage rules, as data. They run on every message before any search: a message that fires
 * one gets the fixed national reply for its level (safety-reply.ts) and nothing from the knowledge base.
 *
 * A rule recognises a situation, not a phrase: someone (I, my child, my father, a friend, "hon") and a
 * harm, an intake, a symptom or an intention, in any order, tense or spelling. So most rules are built
 * from the shared vocabularies below (who, what was taken, which harm, how bad) and combine them with
 * `requires` (every group must match somewhere in the message, in any order).
 *
 * How to add a phrase
 * 1. Add the message to knowledge/safety/must-trigger.yaml with its level (or, for an ordinary question
 *    that raised an alarm, to must-not-trigger.yaml). Run `npm run kb:check`: it says whether the triage
 *    already gets it right.
 * 2. If not: a way of describing a situation goes into its phrase list in cues.ts; a word into the
 *    vocabulary it belongs to below (a new way to say "bleeding" in BLOOD, a new drug in DRUG_NAME); a
 *    new combination into the rule of its situation. Patterns are regex sources over the message as read
 *    (triage.ts): folded (lowercase, å/ä/ö gone: write them anyway, they are folded too, hyphens inside
 *    words removed, punctuation turned into single spaces), chat words made standard ("ja e" → "jag är"),
 *    slips repaired, and in main-clause order ("att jag inte orkar" → "att jag orkar inte"). So write a
 *    pattern in plain Swedish word order, each word once and spelled right. A key word whose slips should
 *    be repaired goes into KEY_WORDS, with the real words one letter from it into common-words.ts.
 * 3. Run `npm run triage:train` (the model learns from the same lists), then `npm run kb:check` again:
 *    every message in must-trigger.yaml must still get its level and none in must-not-trigger.yaml may
 *    trigger, so a phrase can only be added, never weaken another. `npm test` runs the crisis sets too.
 *
 * Which way to lean
 * A missed emergency can cost a life; a wrong safety reply costs the visitor one extra question.
 * So the rules of a crisis are broad; they step aside only for a question about care that names nobody of
 * the visitor's own (ABOUT_CARE_NOT_ME), for care for a group, for "bildligt talat", and (suicide) for a
 * carer at the end of their strength. Rules that fire on a bare word ("stroke", "självmord") or on medical
 * advice are narrower: they need someone in the situation now and step aside for any question about how
 * care is organised, which is what the guide exists to answer. Behind the rules, a learned model
 * (model.ts) catches descriptions the rules have not met, and speaks only when it is 99 % sure.
 */

const r = String.raw;

// ---- Shared vocabulary: fragments of patterns, reused by several rules. ----

/** Someone the message is about: the visitor, a relative, a friend, someone on the street. Swedish and English. */
const SOMEONE = r`\b(jag|ja|mig|mej|min|mitt(?! i\b)|mina|vi|oss|han|hon|hen|honom|henne|barnet|barnen|bebisen|bebis|babyn|bebben|sonen|dottern|son|dotter|mamma|pappa|mor|far|morsan|farsan|frun|fru|maken|make|mannen|sambon|sambo|partner|pojkvannen|pojkvan|flickvannen|flickvan|mormor|morfar|farmor|farfar|kompis|kompisen|polarn|vannen|van|kollega|kollegan|grannen|brorsan|brosan|brorsa|bror|brodern|syster|systern|syrran|lillebror|lillbror|lillasyster|storebror|storasyster|elev|eleven|patienten|brukaren|nagon|nan|my|me|im|ive|he|she|him|her|his|someone|somebody)\b`;

/** A first-person word. */
/** Suicidal thoughts, named. */
const SUICIDAL_THOUGHTS = r`\b(självmordstank\w*|självmords? tankar|suicidtank\w*|suicidala tankar|suicidal thoughts|tankar(na)? på (att )?(dö|självmord|ta livet av (mig|sig)))\b`;

/**
 * Asking where to turn, in the impersonal Swedish people in need use ("vart vänder man sig"): with suicidal
 * thoughts named, a plea, never a question about care that names nobody.
 */
const SEEKING_HELP = r`\b(vart? (vänder|vända|ska|kan|går) (man|jag|vi|hon|han|hen)|vem (kan|ska) (jag|man|vi) (prata|ringa|vända)|var (får|kan|hittar) (man|jag|vi) (hjälp|stöd)|vad (gör|ska) (man|jag|vi) (om|när|nu)|hjälp|where (do|can|should) (i|you|we) (turn|go|get help)|who (can|should) i (talk|call))\b`;

/** The visitor's own people, named without "min": "frugan har andnöd", "pappa svarar inte". */
const OWN_PEOPLE = r`\b(frugan|hustrun|maken|gubben|gumman|sambon|mamma|pappa|mormor|morfar|farmor|farfar|sonen|dottern|lillebror|lillasyster|storebror|storasyster)\b`;

// Not "mitt i natten", which is no one's, nor "vi är en scoutkår", an organisation asking.
const FIRST_PERSON = r`\b(jag|ja|mig|mej|min|mitt(?! i (natten|dagen|veckan|stan|centrum))|mina|vi(?! (är|jobbar på|driver) (en|ett) )|oss(?! (\w+ägare|föräldrar|lärare|pensionärer|studenter|invånare)\b)|my|me|im|ive)\b`;

/**
 * A question about how care is organised, about services, statistics or the reform: what the guide
 * answers. Rules that fire on a bare word or on medical advice step aside for it; rules about a person in
 * danger never do.
 */
const ABOUT_CARE = r`\b(vad? gor (kommunen|regionen|ni|varden|sjukvarden|skolan|elevhalsan)|skolskoterska\w*|skolkurator\w*|skolhalsovard\w*|informationsmaterial\w*|broschyr\w*|handlingsprogram\w*|(regionen|regioner|kommunen|kommuner|varden|socialtjansten) (arbetar|jobbar) (mot|med)|hospitals? (still )?(handle|treat|take care of)|what happens to|vilket stod|vilken hjalp (finns|erbjuds|ges)|elevhalsa\w*|temakvall\w*|forelas\w*|forelasning\w*|studenthalsa\w*|\w*livraddare\w*|frivillig\w*|larde (mig|oss)|hjartstartare\w*|app\w*|organiser\w*|egen kraft|tas tillvara|for (nagon|personer|en person|den) med|hanter\w*|smittutbrott\w*|\w+boenden|\w*prev\w*tion\w*|sim(undervisning|skola|skolan|kurs|kurser|klubb|klubben|träning)\w*|erbjuder (kommunen|regionen|ni|vardcentralen) |\w+risker(na)?|foraldramote\w*|pa natet(?! (\w+ ){0,6}(dor|do|dodlig\w*)\b)|\w*larm\b|gps\w*|via kommunen|forsta hjalpen|first aid|lara sig|lar man|lara ut|learn\w*|teach\w*|tipsa\w*|hembesok\w*|hur ser (\w+ ){0,2}till|faller mellan stolarna|primarvarden|psykiatrin|rekommender\w*|telefonlinje\w*|chattar|\w*kurator|work against|goals?|reduc\w*|include\w*|minska\w*|hanterar (regionen|kommunen|varden|ni|man)|ambulanshelikopter\w*|avstand\w*|vem driver|tas om hand (pa|av|i|via) (akuten|akutmottagning\w*|vardcentral\w*|halsocentral\w*|sjukhus\w*|primarvarden|regionen|kommunen)|(ga|gar|skickas|styras) via (vardcentral\w*|halsocentral\w*|1177|primarvarden)|finns det (\w+ ){0,2}(\w*boende|\w*stod|\w*hjalp|\w*grupp\w*|mottagning\w*|jour\w*|\w*konsulent\w*|\w*punkt\w*|\w*traff\w*|aktivitet\w*)|sekretess\w*|arbetsterapeut\w*|fysioterapeut\w*|sjukgymnast\w*|dietist\w*|kan (vardcentralen|halsocentralen|primarvarden|narakuten|kommunen|regionen|hemsjukvarden|apoteket) (\w+ )?(ta hand om|hjalpa (till )?med|behandla|ta emot|sy)|ordination\w*|delegering\w*|delegera\w*|rapportera\w*|vilken vag|utbild\w*|kompetensutveck\w*|fortbild\w*|distansoverbrygg\w*|screening\w*|information about|info om|information om|risker|riskerna|risks|upptacka|regeln|reglerna|bestammer|smittskydd\w*|home care|skillnaden|kommunens|regionens|\w*kurs\w*|samspel\w*|socialtjansten|vart? vander (man|sig)|support groups?|families|lost (someone|a loved one)|per ar|arligen|sker|informera\w*|invanarna|vem (utreder|ansvarar|gor|hanterar|tar hand om)|valfardsteknik|\w*robot\w*|forhindra|lakemedelsgenomgang\w*|dosdispens\w*|care plan\w*|relatives|take part|uppsats\w*|thesis|dodlighet\w*|siffror|vardrelaterade|orosanmalan|anonymt|digital\w*|bankid|logga in|vardbesok\w*|ansvarar|ansvaret|ansvar for|rutin\w*|vardkedja\w*|rehab\w*|municipalit\w*|(?<!\b(can|may|should|could) i )work with|how do (the )?\w+ work|shelters?|i kommunen|i regionen|vem betalar|livets slutskede|palliativ\w*|overlevnad\w*|stodlinje\w*|jourtelefon\w*|hjalplinje\w*|nara vard\w*|omstallning\w*|malbild\w*|fardplan\w*|primarvarden som|reform\w*|statistik\w*|forskning\w*|\w*prevention\w*|preventiv\w*|\w*forebygg\w*|vad gor (kommunen|regionen|ni|varden|sjukvarden|primarvarden|vardcentralen)|strategi\w*|handlingsplan\w*|samordna\w*|samverka\w*|samarbeta\w*|samarbete\w*|arbetar (ni|kommunen|regionen|vi|man|vården|primarvarden)|jobbar (ni|kommunen|regionen|man|varden|primarvarden|socialtjansten) (med|mot)|jobbar (?!(sjalv|sjalva|jag|ja|vi)\b)\w+ (med|mot) (det|detta|fragan|sadant)|hur (arbetar|jobbar)|(kommunens|regionens|vardens) arbete|jamlik\w*|ojamlik\w*|utbildning\w*|kurs|kurser|kursen|kurserna|course|courses|training|statistics|politik\w*|politiker\w*|bemanning\w*|personalbrist\w*|stodgrupp\w*|efterlevande|anhorigstod|dodsorsak\w*|dor fler|procent|andelen|antalet|hur manga (\w+ ){0,3}(dor|drabbas|personer|manniskor|patienter|invanare|procent|fall|som|unga|aldre|barn|kvinnor)|malet|malen|vilka mal|vision\w*|budget\w*|ekonomi\w*|region \w+|kommun \w+|department\w*|prevent\w*|policy|work on|program\w*|projekt\w*|satsning\w*|insats\w*|kampanj\w*|webbinarium|informationsmote\w*|folkhals\w*|dodsfall\w*|dodstal|vilken roll|roll i|rollen|kontaktfamilj\w*|familjehem\w*|stodfamilj\w*|jourhem\w*|\w*preventi\w*|hur ser \w+ ut|stodet|\w*grupper|\w+mottagning\w*|lanet|lanets|nollvision\w*|sverige|landet|efterlevande\w*|vardcentralens|kommunerna|regionerna|vardbehov\w*)\b`;

/** Told as happening this very moment. */
const HAPPENING_NOW = r`\b(just nu|i detta nu|för (\w+ ){0,2}(minuter|minut|timme|timmar|sekunder) (sen|sedan)|det (började|hände) (nyss|precis)|(sen|sedan) (en|ett|\w+) (halvtimme|timme|timmar|minuter|kvart)|right now|minutes ago)\b`;

/** People in general, as in a question about a group: "unga som skadar sig själva". */
const POPULATION = r`(?<!\b(min|din|hans|hennes|vår|er) )\b(unga|ungdomar|ungdom|en ungdom|personer|patienter|människor|barn|elever|kvinnor|män|äldre|de|dem|alla|folk|invånare|anhöriga|närstående) (som|med)\b(?! (mig|mej|jag|oss|vi)\b)|\ben del(?! av\b)\b|\ben del av (er|dem|dom|befolkningen|invånarna|de äldre|eleverna|patienterna|brukarna)\b|(?<!\b(en|min|mina|vår|våra|den här|denna) )\b(brukare|brukarna|patienterna|eleverna|klienter|klienterna|de boende|våra boende|invånarna)\b`;
/** A question about care for a group of people, not about someone now. Suicide rules step aside only for this. */
// The group first: it is the rarer and the cheaper to look for.
// Not when it says it is happening now: "…en av våra boende har fått sned mun, det började för tio minuter sen".
const ABOUT_CARE_FOR_A_GROUP = r`^(?!.*${HAPPENING_NOW})(?=.*(?:${POPULATION}))(?=.*${ABOUT_CARE})`;

/**
 * Someone in the situation now: a person named, a time that is now, a guess about what is happening, or a
 * bare fragment ("hjärtstopp", "stroke?"). A rule that fires on the name of a condition alone needs it:
 * "risk för hjärtinfarkt" in a question about health checks is not an emergency.
 */
const SITUATION_NOW = [
  SOMEONE,
  r`\b(nu|just nu|precis|ikväll|i kväll|inatt|i natt|idag|i dag|imorse|i morse|tror|misstänker|verkar|ser ut|hjälp|snälla|akut)\b|\b(är|kan) det (vara )?(en |ett )?\w+$`,
  r`^(\S+ ){0,3}\S+$`,
];
/** "inte akut nu utan mer allmänt": a condition named, not happening. Only for rules on a bare name: a person
 * in crisis often says "inte akut kanske". */
const NOT_NOW = r`(?<!\b(säger|sa|sade|tycker|tyckte|menar|svarar|svarade) att (det|de|den) (är|var) )\b(inte akut|inget akut|inte bråttom|nothing urgent|not urgent|inget har hänt|ingenting har hänt|nothing has happened|out of curiosity|av ren nyfikenhet|läsa på i förväg|i förväg|in advance|(kan inte|kan int) sova och (läser|surfar|kollar|sitter)|ligger vaken och (läser|surfar|kollar)|read up on|bara nyfiken|just curious|just planning ahead|planning ahead|det är en allmän fråga|en allmän fråga|a general question|frågar lugnt)\b`;

/** Years ago: "fick en hjärtinfarkt för ett år sedan", "hade ont i hjärtat förut, nu bra" is history, not an emergency. */
const YEARS_AGO = r`\b(har |hade )?överlevt (\w+ ){0,2}(hjärtinfarkt\w*|infarkt\w*|stroke\w*|strokar|slag|cancer\w*|hjärtstopp\w*)\b|\bförut (men )?nu (är (det|han|hon|hen|jag) )?(bra|frisk|okej|ok)\b|\bsom (liten|litet barn|barn|bebis|spädbarn|ung|tonåring)\b(?=.*\b(nu|numera|idag|i dag|blev|är) (\w+ ){0,5}(helt )?(frisk|friska|vuxen|vuxna|stor|bra|återställd)\b)|\b(died|dog|avled) (young |ung |tidigt |early )?(of|from|av|i) (a |an |en |ett )?\w+|\b(efteråt|i efterhand|sedan dess)\b|\b(i julas|i påskas|i midsomras|i vintras|i våras|i somras|i höstas|förra vintern|förra våren|förra sommaren|förra hösten)\b|\b(last (year|month|spring|summer|autumn|fall|winter)|(a|one|two|three|\w+) (years?|months?) ago)\b|\bför (\w+ ){0,2}(år|halvår|månader|månad|veckor|vecka) (sedan|sen)\b|\bförra (året|våren|hösten|sommaren|vintern|säsongen|terminen|läsåret)\b|\bi fjol\b|\bnär (han|hon|hen|mamma|pappa|morfar|farfar|mormor|farmor) var i (min|din|samma) ålder\b|\b(det är|det var) (\w+ ){0,2}(år|månader) (sedan|sen)\b|\bnär (hon|han|hen|jag|ja) var (\w+ )?(år|årig|liten|bebis|barn)\b|\bför länge (sedan|sen)\b|\b(skickades|bollades|slussades) (runt|fram och tillbaka)\b( \w+){0,6} i (flera |många )?(veckor|månader)\b|\b(long ago|a long time ago|years ago)\b|\bi (högstadiet|mellanstadiet|lågstadiet|gymnasiet|tonåren|ungdomen|barndomen)\b|\bin (high school|my teens|childhood|the \d0s)\b|\bpå \d+talet\b|\bförr (var|hade|fick|brukade) (jag|ja|han|hon|vi)\b|\b(år |i |in )?(19[5-9]\d|20[01]\d|202[0-4])\b|\btjugohundra\w*|\btvåtusen\w*|\b(tidigare|förut) (i livet|år)\b`;
/**
 * Weeks ago: history for an emergency or a child at risk, not for violence at home, which goes on with the same
 * person ("Han bröt min arm förra månaden och jag sa på akuten att jag ramlade").
 */
const WEEKS_AGO = r`\bförra (månaden|veckan)\b`;
const LONG_AGO = r`${YEARS_AGO}|${WEEKS_AGO}`;

/**
 * The risks of a trade told beside a question about what care covers: "vi har ganska hög risk för arbetsskador,
 * brännskador och sånt. Räknas företagshälsovården in i nära vård …?" A risk is not an injury.
 */
const RISKS_AT_WORK = r`\b(risk|risken|risker|riskerna) för (\w+ )?(arbetsskador|arbetsolyckor|olyckor|skador)\b(?=.*\b(räknas|ingår|gäller|omfattas|hör)\b)`;

/**
 * A long-standing condition told as the background of a question about the reform: "Jag har haft ont i ryggen i över
 * tio år … Hur ska personalen bemöta mig i den nära vården?", "… i många år och träffar nästan alltid ny personal … att
 * få träffa samma folk?". Chronic, or for years, and a word of the reform's: a symptom of days is still a medical question.
 */
const LONG_STANDING = r`\bkronisk\w*|\b(i|sedan) (över |snart |nästan |drygt |bortåt |flera |många |\d+ |två |tre |fyra |fem |sex |sju |åtta |nio |tio |elva |tolv |femton |tjugo |trettio )+år\b|\bhar levt med\b`;
const THE_REFORM = r`\b(nära vård\w*|medskapare|omställning\w*|målbild\w*|delaktig\w*|personcentrer\w*|samma (personal|folk|läkare|doktor|sköterska|person|personer))\b`;
const LONG_STANDING_BEFORE_THE_REFORM = r`^(?=.*(${LONG_STANDING}))(?=.*${THE_REFORM})`;

/**
 * An animal that bit or kicked, not a person: "Grannens hund bet mig i benet, täcker min hemförsäkring det?" is no
 * violence (a bite that needs care is still read by the medical rules).
 */
const AN_ANIMAL_DID_IT = r`\b\w*(hund|hunden|hundar|katt|katten|häst|hästen|ko|kon|tjur|tjuren|orm|ormen|råtta|råttan|dog|cat|horse|snake)s? (\w+ )?(bet|biter|bitit|rev|river|sparkade|nafsade|högg|bit|bites|bitten|kicked|scratched)\b`;

/** What a phrase list of one level also steps aside for, besides a question about care (the cue rules below). */
const CUE_STEP_ASIDES: Partial<Record<TriageLevel, readonly string[]>> = {
  emergency: [LONG_AGO, RISKS_AT_WORK],
  violence: [AN_ANIMAL_DID_IT],
  medical: [LONG_STANDING_BEFORE_THE_REFORM],
};

/** An acute symptom someone has. Not chronic diagnoses: "Min mamma har demens, hur får hon hemtjänst?" is a question for the guide. */
const SYMPTOM = r`\b((fiske)?krok\w* i (tummen|fingret|handen|foten|armen|benet)|(gått ner|gick ner|tappat|tappade|minskat|minskade) (\w+ ){0,2}(kilo|kg|i vikt) (utan att (försöka|banta|vilja)|utan (anledning|förklaring)|på kort tid)|(ldl|hdl|kolesterol\w*|blodsocker\w*|hba1c|crp|psa|tsh|b12|järnvärde\w*|levervärde\w*|blodvärde\w*|sänkan|blodtrycket) (\w+ ){0,3}(är|var|ligger|låg|har varit) (på |runt |kring )?\d|(?<!\b(ifall|om|när|if) (någon|nån|man|en|du|someone) )(skar|skurit) (mig|mej|sig) (\w+ ){0,2}(på|i) (\w+ )?\w*(kniv|kniven|glas|glaset|burk|burken|plåt|plåten|sax|saxen)|(vänta|väntar) med att sy|behöver (det|såret|jacket) sys|sticka i (fingret|tummen|foten|handen)|blixtar (i ögonvrån|i ögat|i ögonen|i synfältet)|svarta prickar|flytande prickar|ser dubbelt|dimsyn|suddig syn|synbortfall|flashes of light|floaters|böld|bölden|bölder|varböld|varbölden|kräksjuka|kräksjukan|vinterkräksjuka|vinterkräksjukan|trampat på|rostig spik|(stack|stuckit|sticker|stuck|pricked|trampade|trampat|stepped) (\w+ ){0,2}(på|med|i|on|with) (en |ett |a )?(\w+ )?(kanyl\w*|spruta|sprutan|sprutor|injektionsnål\w*|nål|nålen|needle|syringe)|needle ?stick|mask i (stjärten|rumpan)|springmask|spolmask|\w*kräksjuka|magsjuka|blodtryck\w*|uppblåst|uppsvälld|magen (är |e )?(så |jätte)?(uppblåst|hård|spänd)|stygn\w*|sutur\w*|rinnande (ögon|näsa)|gult kladd|var i ögat|sover (nästan )?hela (dygnet|dagen|dagarna)|(dricker|äter) (väldigt |för |jätte|nästan ingenting|knappt )?(lite|ingenting|inget)|uttork\w*|\w*såret|rött och varmt|(kommer|rinner|läcker) (gult|var|pus)|(hugger|sticker|värker|molar|bultar|svider|kliar|bränner|ömmar) i (\w+)|tinn?itus|myrkrypningar|(myror|det) (som )?kryper i (benen|armarna|kroppen|huden|fötterna)|(en |ett )?(sten|klump|kula|knut) i (magen|halsen)|bältros|temperature|teething|tandsprickning|fästing\w*|knöl\w*|frostskad\w*|köldskad\w*|förfrys\w*|diar+e\w*|diarr\w*|svulln\w*|biten|bitit|blev biten|fästingbett|tick bite|bitten|red ring|missfall|gravid\w*|vecka \d+|blodtrycket|blood pressure|(?<!\bgula )feber|(?<!\bgula )febern|febrig|hogfeber|temp|tempen|hosta|hostar|hostat|hostan|hostig|skallhosta|snuva|snorig|tappt|halsont|\w*värk|värker|(?<!\b(inte|inget|ingen) )ont(?! om\b)|jatteont|smärta|smärtor|smärtan|smärtsam|smärtsamt|yrsel|yr|svimmat|svimmade|svimmar|svimfärdig|illamående|mår illa|kräks|kräkts|kräktes|kräkningar|kräkas|spyr|spytt|spydde|diarre|lös mage|förstoppad|förstoppning|magsjuk\w*|utslag|utslagen|eksem|klåda|klådan|kliar|kliande|blåsor|svullen|svullet|svullna|svullnad|svullnat|svullnar|domnar|domnad|domningar|stickningar|hjärtklappning|andfådd|förkyld|förkylning|\w*inflammation|infektion|blöder|blödning|blödningar|blod i (urinen|avföringen|bajset|kisset|slemmet)|sår|såret|bruten|brutit(?! mot)|stukat|stukade|vrickat|vrickade|slagit (i )?huvudet|slog (i )?huvudet|mår (inte bra|dåligt|jättedåligt|psykiskt dåligt|väldigt dåligt|så dåligt|skit)(?! (av|över|när|på grund))|hjärnskakning|brännskada|brännskador|bränt mig|brände mig|skållat|fästingbett|fästing|insektsbett|hundbett|ormbett|getingstick|ångest|panikångest|panikattack\w*|nedstämd|deprimerad|kan inte sova|sover dåligt|sömnproblem|sömnsvårigheter|sömnlös|snarkar|andningsuppehåll|svider|sveda|knöl|knölar|födelsemärke\w*|leverfläck\w*|fläck (\w+ ){0,5}(vuxit|växer|växt|blöder|blött|ändrat|ändrar)|hallucin\w*|hör röster|kramp|kramper|vattkoppor|vattenkoppor|mässling|öroninflammation|urinvägsinfektion|blodtryck|blodsocker|biverkning\w*|fever|cough|coughing|headache|rash|vomit\w*|diarrh\w*|dizzy|sore throat|stomach ache|pain|cramps|cramping|bleeding|itchy|swollen|lump|mole|(kissa|kissar|kissade|kissat) (ofta|flera gånger|hela tiden|varje natt|på natten)|(brinner|svider|gör ont|ont) när (jag|han|hon|hen) (kissar|kissade|bajsar)|tappat lusten( till allt)?|sover bara (\w+ ){0,3}timmar|(3[89]|4[0-2]) [0-9]( grader)?|(3[89]|4[0-2]) grader)\b`;

/** Illnesses and diagnoses: only medical when the visitor asks whether someone has one. */
const CONDITION = r`(infekter\w*|inflammer\w*|lunginflammation\w*|bältros|missfall|covid(19)?|corona|influensa|influenza|\w*cancer|diabetes|adhd|autism|demens|alzheimer|parkinson|astma|allergi|borrelia|depression|utmattningssyndrom|utbrand|bipolar\w*|hjärtsvikt|högt blodtryck|blodpropp|tumör|klamydia|könssjukdom|hiv|herpes|psoriasis|reumatism|migrän|epilepsi|tbc|mässling\w*|vattkoppor|vattenkoppor|rsv|mykoplasma|celiaki|glutenintolerans|laktosintolerans|anemi|järnbrist|endometrios|kol|copd|ptsd|ätstörning|anorexi|bulimi|diskbråck|ischias|artros|benskörhet|gikt|njursten|gallsten|blindtarmsinflammation|hjärnskakning|urinvägsinfektion|uvi|halsfluss|öroninflammation|bihåleinflammation|magsjuka|vinterkräksjuka|infektion|virus|eksem|sömnapne|graviditetsillamående|havandeskapsförgiftning)\b`;

/** Medicines: generic words and the Swedish brands visitors actually name. */
const DRUG_NAME = r`(haldol|haloperidol|madopar|levodopa|sinemet|metformin\w*|calpol|nurofen|tylenol|advil|motrin|levaxin\w*|panadol\w*|movicol|laxoberal|oxynorm|oxycodon\w*|depottablett\w*|antabus|campral|naltrexon\w*|disulfiram|acamprosat|vivitrol|waran|eliquis|xarelto|simvastatin|atorvastatin|enalapril|losartan|amlodipin|metoprolol|sertralin\w*|penic\w*|pencil\w*|p ?pill\w*|metadon|subutex|buprenorfin|suboxone|oxycontin|alvedon|panodil|paracetamol|ipren|ibuprofen|ibumetin|diklofenak|voltaren|treo|magnecyl|bamyl|naproxen|pronaxen|citodon|tramadol|oxikodon|morfin|kodein|antibiotika|penicillin|kåvepenin|amoxicillin|melatonin|propavan|imovane|zopiklon|stesolid|lergigan|desloratadin|aerius|clarityn|cetirizin|kortison|betapred|prednisolon|nezeril|otrivin|loperamid|dimor|omeprazol|samarin|ppiller|akutppiller|insulin|litium|lithium|theralen|atarax|xanor|sobril|oxascand|tylenol|advil|aspirin|stilnoct|zolpidem|mirtazapin|citalopram|escitalopram|fluoxetin|venlafaxin|quetiapin|seroquel|olanzapin|lyrica|pregabalin|gabapentin)`;
/** A test value by name ("levervärden", "blodvärdet"): listed, as folded "primärvården" ends as "blodvärden" does. */
const TEST_VALUE = r`(lever|blod|njur|prov|labb|socker|blodsocker|syre|järn|sköldkörtel|lung|kolesterol|fett|inflammations|b12)värde(n|t|na)?`;
/** A laboratory test or its result by name: "TSH förhöjt", "mitt CRP", "levervärdena". */
const LAB_TEST = r`(provsvar\w*|labbsvar\w*|blodprov\w*|${TEST_VALUE}|crp|hb|alat|asat|alt|ast|tsh|hba1c|psa|kreatinin|ferritin|\w*kolesterol\w*|ldl|sänkan|snabbsänka|\w*blodtryck\w*|övertryck\w*|undertryck\w*|blodsock\w*|blood ?tests?|bloodwork|lab results?|kalium|natrium|kalcium|magnesium|glukos|d-?vitamin)`;
const MEDICINE = r`(${DRUG_NAME}|dosett\w*|antidepressiv\w*|lugnande|benso\w*|opiat\w*|\w*blockerare|\w*medicin(en|er|erna)?|medicinen|mediciner|medicinerna|medecin|medcin|medisin|läkemedel|läkemedlet|läkemedlen|\w*tablett\w*|sömnmedel|piller|pillren|pillerna|febernedsättande|smärtstillande|hostmedicin|nässpray|salva|kräm|droppar|pills|pill|tablets|medication|medicine|meds|painkillers|sleeping pills)\b`;

/**
 * Despair whose subject is the writer though no "jag" is written: the generic "man" who does not want to or
 * cannot go on living ("vad hjälper det när man inte orkar leva längre?"), life over "bokstavligt talat",
 * not seeing the point any more, giving away one's dog. Not a question about care, whatever follows it. Read
 * after the word order is straightened ("man inte orkar" → "man orkar inte").
 */
const ONE_WHO_CANNOT_GO_ON = r`\bmening med att finnas( till)?\b|\bman (orkar|vill|kan) (inte|int) (längre |mer )?(leva|finnas|vara kvar|vakna( (i morgon|imorgon|igen|mer))?)\b|(?<!\b(han|hon|hen|de|dom|man|pappa|mamma|min \w+|mina \w+|sonen|dottern|vännen|kompisen|grannen) )\bvill (inte|int) (leva|finnas) (längre|mer|lngre|langre)\b|\blivet är slut\b(?= (\w+ ){0,4}(bokstavligt|på riktigt))|\b(dont|do not|cant|cannot|can not) (really )?see (the|any) point\b|\b(gett|gav|skänkt|skänkte) bort (hunden|katten|gitarren|mina saker|allt)\b`;

/** How much of something it takes to die: "hur vet man om man har tagit tillräckligt för att det ska räcka?" is nobody in general. */
const MEANS_ASKED = r`\b(dödlig\w*|behövs för|räcker för|(tillräckligt|nog) för att|för att (dö|inte vakna|aldrig vakna|det ska räcka))\b`;

/** A question about care with none of `someone` in it, no means named, and no plea for help with suicidal thoughts. */
const aboutCareWithout = (...someone: string[]) =>
  r`^(?!.*(${someone.join('|')}|${ONE_WHO_CANNOT_GO_ON}|${MEANS_ASKED}))(?!(?=.*${SUICIDAL_THOUGHTS}).*${SEEKING_HELP})(?=.*${ABOUT_CARE})`;
/** A question about care with nobody of the visitor's own in it: "Hur många tar sitt liv i Sverige?". */
const ABOUT_CARE_NOT_ME = aboutCareWithout(FIRST_PERSON);
/** The same, for a crisis: nor the visitor's own people named ("frugan har andnöd" inside a question about digital visits), nor now. */
const ABOUT_CARE_NOBODY_OF_MINE = aboutCareWithout(FIRST_PERSON, OWN_PEOPLE, HAPPENING_NOW);

/** Taken in: swallowed, drunk, eaten, smoked, injected. Any tense. */
/** Taken in, just now or before: an act, not a habit ("tar många mediciner" is a question about care). */
const INTAKE_DONE = r`\b(fått tag på|fick tag på|fått tag i|fick tag i|kommit åt|kom åt|sög|sugit|tömt|tömde|fått i sig|fick i sig|tagit|tog|svalt|svalde|ätit|åt(?! (sina|sin|sitt|min|mina|mitt|din|dina|er|era|mig|mej|oss|dig|dej|dem|dom|de|honom|henne|hen|varandra|mamma|pappa|mormor|morfar|farmor|farfar|andra|alla|folk|barnen|äldre|de äldre)\b)|druckit|drack|drucket|rökt|rökte|injicerat|injicerade|sniffat|sniffade|knaprat|knaprade|took|taken|swallowed|ate|eaten|drank|drunk|overdosed)\b`;
const INTAKE = r`\b(fått tag på|fick tag på|fått tag i|fick tag i|kommit åt|kom åt|sög|sugit|suger|tömt|tömde|tömmer|få i sig|tagit|tog|ta in|tar|svalt|svalde|svalj\w*|ätit|åt(?! (sina|sin|sitt|min|mina|mitt|din|dina|er|era|mig|mej|oss|dig|dej|dem|dom|de|honom|henne|hen|varandra|mamma|pappa|mormor|morfar|farmor|farfar|andra|alla|folk|barnen|äldre|de äldre)\b)|äter|druckit|drack|drucket|dricker|rökt|rökte|röker|injicerat|injicerade|sniffat|sniffade|fått i sig|fick i sig|får i sig|knaprat|knaprade|slickat|slickade|slicka|tuggat|tuggade|tugga|bet i|bitit i|bitit på|smakat|smakade|stoppat i munnen|stoppade i munnen|i munnen|andats in|andades in|took|taken|swallowed|swallow|ate|eaten|drank|drunk|chewed|licked|smoked|injected|overdosed)\b`;

/** Substances that are acute whatever the amount: corrosive, batteries, fuels, drugs. */
const DANGEROUS_SUBSTANCE = r`\b(button bat\w*|metadon|subutex|buprenorfin|suboxone|morfin|oxikodon|oxycontin|tramadol|knappcell\w*|\w*batteri\w*|button batter\w*|battery|batteries|lampolja|lampoljan|tändvätska|tändvätskan|t ?röd\w*|rödsprit|trod\w*|metanol|glykol|frostskydd\w*|kylarvätska|bensin|fotogen|thinner|lacknafta|frätande|kaustik\w*|propplösare|avloppsrensning|avloppsrens|klorin|blekmedel|maskindiskmedel|diskmaskinsmedel|diskmaskinstablett\w*|ugnsrengöring\w*|toalettrengöring\w*|rengöringsmedel|magneter|magnet|kolmonoxid|råttgift|myrgift|insektsmedel|ogräsmedel|bekämpningsmedel|narkotika|knark|amfetamin|kokain|heroin|fentanyl|opioid\w*|spice|ghb|gbl|ecstasy|mdma|lsd|bleach|antifreeze|drugs|cocaine|ketamin|ketamine|svamp|svampar|flugsvamp\w*|giftsvamp\w*|toadstool|mushrooms?)\b`;

/** More than a little: the amount that turns taking something into an emergency. */
const TOO_MUCH = r`\b(massa|vet (inte|int) hur (många|mycket)|a bunch of|bunch of|lots of|loads of|handful|[1-9]\d|\d{3}|tjugo\w*|trettio\w*|fyrtio\w*|femtio\w*|hundra\w*|för (många|mycket)|alldeles för|en massa|massor|hela|helt|en hel|ett helt|flera|dubbel|dubbla|jättemånga|jättemycket|många|burk|burken|burkar|karta|kartan|kartor|förpackning\w*|kartong\w*|ask|asken|flaska|flaskan|flaskor|alla|allt|handfull|näve|too many|too much|whole|all of|a lot of|bottle|box|pack)\b`;

/** Signs that someone is badly affected now. */
const BADLY_AFFECTED = r`\b(blir (alltmer |allt mer |mer och mer )?(sömnig|dåsig|slö)|andas (knappt|konstigt|glest|tungt|inte|dåligt|långsamt|ryckigt)|medvetslös\w*|vaknar (inte|int)|svarar (inte|int|knappt)|reagerar (inte|int|knappt)|ingen kontakt|få kontakt|får inte liv|blå|blåa|grå|kräks|kräkts|kräktes|spyr|kramp\w*|rycker|yr|förvirrad|slö|däckad|däckade|ligger|sover och|går inte att väcka|konstig|konstigt|mår (dåligt|illa|skit)|ont|hallucin\w*|not breathing|unconscious|wont wake|passed out|vomiting|seizure)\b`;

/** Blood and bleeding. */
const BLOOD = r`\b(blod|blodet|blöder|blöda|blödde|blöer|blör|blödning\w*|bleeding|bleed|bleeds|blood)\b`;
/** Bleeding that will not stop, or a lot of it. */
const NOT_STOPPING = r`\b((slutar|stannar|går|vill|kan) (inte|int|aldrig)|inte slutar|inte stannar|inte går att stoppa|forsar|pulserar|sprutar|pumpar|rinner|överallt|massor|mycket|mkt|jättemycket|sjukt|kraftigt|en pöl|genom|everywhere|wont stop|wont stop|not stopping|doesnt stop|a lot|so much|pouring|spurting|gushing)\b`;

/** Ways to say "not": no, never, can't. */
const NOT = r`(inte|int|ej|knappt|aldrig|inga|ingen)`;

/** Modal verbs of "should I": ska/borde/bör/behöver/måste. */
// "bör" only before its subject: folded, it is "bor" (lives), as in "Kan jag som bor i Strängnäs söka vård i Eskilstuna?".
const SHOULD = r`(ska|skall|borde|behöver|måste|bör(?= (jag|man|vi|hon|han|hen|barnet|nog|kanske)\b))`;

/** Asking what to do or what it is: the question that turns a symptom into a request for medical advice. */
const WHAT_TO_DO = r`\b((can|should|may) i|is it (ok|okay|safe|alright|fine|dangerous) to|är det (ok|okej|farligt) att|kan (jag|ja) (jobba|arbeta|gå till jobbet|gå till skolan|åka)) (\w+ )?(work|go to work|go to school|go in|do a shift|work a shift|exercise|train|travel|fly|drive|jobba|arbeta|gå till jobbet|gå till skolan|träna|resa|flyga|köra)\b|\b(vad betyder (det|detta)$|(är|e) (det|de) (en |ett )?${CONDITION}|hur länge (ska|bör|måste) \w+ vara hemma|(vad|va) (är|e|ar) (det|de)$|behöver (jag|ja|vi|han|hon|hen) (en |ett )?(ny|nytt)\b|vilk(et|en|a) (\w+ )?(medel|salva|kräm|droppar)|vad betyder (det|detta) för (mig|oss|honom|henne)|ska (jag|ja|vi|man) (testa|prova|försöka med)|hur länge (ska|bör|måste) (man|jag|vi)|behövs (det )?(droppar|medicin|antibiotika|salva)|kan (han|hon|hen|jag|barnet) gå (på|till) (förskolan|skolan|jobbet|dagis)|vad tror (ni|du)( att)? det (är|kan vara)|ska (man|jag|vi|hon|han) (ha|ta|använda|lägga på|sätta på|kyla|värma)|(något|nåt|någonting) (\w+ )?(jag|ja|man|vi|hon|han|hen) (kan|ska|bör|borde|skulle kunna) ta|går (det|de) över|hur bråttom|hur snabbt (ska|bör|måste)|va (ska|kan|bör|gör) (jag|vi|man)|vad (ska|bör|borde|kan|gör|göra|skall) (jag|ja|man|vi|hon|han|hen|\w+)( \w+)?( göra)?|vad gör (jag|ja|man|vi)|vad göra|hur (ska|kan|bör) (jag|ja|man|vi) (göra|behandla|lindra|få bort|bli av)|hur (lindrar|behandlar|botar|blir) (man|jag)|^hjälp\b|hjälp (mig|oss)\b|behöver (hjälp|råd)\b|behöver (jag|ja|vi|man|han|hon|hen) (\w+ ){0,2}(spruta|vaccin\w*|antibiotika|medicin\w*|röntg\w*|sys|sy|stygn|kolla\w*|undersök\w*|behandl\w*|läkare)|(är|e) (det|de) (\w+ )?(ett |en )?(missfall|eksem|allergi|infektion|farligt|normalt|allvarligt)|vad gäller nu|vad kan (det|de) (vara|va|bero)|hur vet (man|jag) om|vad beror|kan det bero|beror det|går det över|hur länge|är (det|den|de|detta|det här) (normalt|farligt|allvarligt|giftig\w*|vanligt|ofarligt|smittsam\w*|eksem)|ska (jag|ja|vi|man) (\w+ )?(oroa|vara orolig)|behöver (jag|ja|vi|man|han|hon|hen) (göra|oroa|söka|gå|åka|ringa)|sedan|sen|dagar|dar|dygn|veckor|timmar|inatt|i natt|idag|i dag|igår|i går|imorse|grader|farligt|allvarligt|normalt|what should|what do i|what can (i|we)|is (it|that|this) normal|is (it|that|this) (dangerous|serious)|should i (be )?worr\w*|should (i|she|he|we|they) (take|give|go|call|see|worry|be worried)|what to do)\b`;

const RULES: readonly TriageRule[] = [
  // ============================== emergency → 112 ==============================
  {
    id: 'emergency-chest-pain',
    level: 'emergency',
    patterns: [
      // `br\w{0,3}st` takes the usual slips: "brostet", "brösted", "brstet".
      r`\b(ont|jatteont|smärt\w*|värk\w*|tryck\w*|kramp\w*|hugg\w*|sticker|stramar|bränner|tyngd\w*|press\w*) (i|över|på|bakom|mitt i) (br\w{0,3}st\w*|hjärtat)`,
      r`\b(det )?(trycker|kramar|hugger|stramar|värker|bränner) (i|över) (br\w{0,3}st\w*)`,
      r`\bbröstsmärt\w*|\bbröstet (gör ont|värker|trycker|känns tungt)`,
      // Told as an image: "som om någon kramar hjärtat med en tång", "som ett band runt bröstet".
      r`\b(kramar|klämmer|pressar|krossar|trycker ihop|skruvar åt) (\w+ )?(hjärtat|br\w{0,3}st\w*)\b|\b(band|järnband|skruvstäd|snara) (\w+ ){0,2}(runt|om|kring|över) (br\w{0,3}st\w*|hjärtat)\b`,
      r`\b(tog|tar|håller|höll|grep|griper) sig (om|för|över) (br\w{0,3}st\w*|hjärtat)\b`,
      r`\b(något|nåt|en) (tungt|tyngd|sten) (\w+ ){0,3}(på|över) (br\w{0,3}st\w*)\b|\bont i (käken|vänster arm|armen) (\w+ ){0,4}(br\w{0,3}st\w*)\b|\b(br\w{0,3}st\w*) (\w+ ){0,6}ont i (käken|vänster arm)\b|\b(heavy|pressure|tight|tightness|squeezing|crushing|pain|hurts|hurting|weight)\b( \w+){0,6} (on|in|across) (my|his|her|the) chest\b|\bchest (\w+ ){0,3}(hurts|pain|pressure|tight|heavy)\b`,
      r`\b(chest pains?|chest (hurts|is hurting|tightness|pressure)|pain in (my|his|her|the) chest|(clutching|grabbed|holding) (his|her|my) chest)\b`,
    ],
    unless: [ABOUT_CARE],
    examples: ['Jag har ont i bröstet', 'ont i brostet', 'tryck över bröstet och svettas', 'bröstsmärtor', 'chest pain', 'han tog sig om bröstet och föll'],
  },
  {
    id: 'emergency-heart-attack-named',
    level: 'emergency',
    patterns: [r`\b(hjärtattack|hjärtanfall|(heart|hart|herat|haert) ?attack)\b`],
    fuzzy: ['hjärtinfarkt'],
    requires: [SITUATION_NOW],
    unless: [ABOUT_CARE, LONG_AGO, r`\befter (en |sin |hans |hennes |min )?(hjärtinfarkt|infarkt|hjärtattack|heart attack)\b`],
    examples: ['hjärtinfrakt?', 'jag tror pappa har en hjärtinfarkt', 'my dad is having a heart attack'],
  },
  {
    id: 'emergency-breathing',
    level: 'emergency',
    patterns: [
      r`\b(kan|kann|klarar|lyckas|kunde|orkar) (inte|int|ej|knappt|inte längre) (att )?(andas|andass|andes|anda|andats|få luft|andas ordentligt)\b`,
      r`\b(pauser|uppehåll|andningsuppehåll) (i andningen)?\b( \w+){0,6} (bebis\w*|spädbarn\w*|barnet|blå\w*)\b|\b(spädbarn\w*|bebis\w*|babyn|barnet)\b( \w+){0,6} (pauser|uppehåll) i andningen\b|\bblåaktig\w*|\bblåskiftande\b`,
      r`\bandas (han |hon |hen |den |det |barnet |bebisen |babyn |pappa |mamma |jag )?(typ |nästan |jätte|väldigt |så |helt )?(inte|int|ej|knappt|tungt|konstigt|konstig|skumt|märkligt|rosslar|glest|ryckigt|rosslande|pipande|snabbt och ytligt|dåligt|långsamt|jättekonstigt|jätteglest|jättetungt|ytligt|inget|oregelbundet|rossligt)\b`,
      r`\b(slutat|slutar|slutade) (att )?andas\b|\bandningen (har )?(stannat|slutat|är konstig)\b`,
      r`\b(jag|ja|han|hon|hen|barnet|bebisen|min \w+|mamma|pappa|som att|som om (jag|han|hon)) (\w+ )?(andas|andades) (\w+ )?genom (ett )?sugrör\b`,
      // "pappa anda inte": "andas" with its s lost ("anda", spirit, is a word of its own, so the speller leaves it).
      r`\b(han|hon|hen|den|det|barnet|bebisen|babyn|pappa|mamma|farsan|morsan|mormor|morfar|farmor|farfar|min \w+|mitt \w+) anda (inte|int|ej|knappt)\b`,
      r`\bsvårt (att )?(andas|andass|få luft)\b|\bandningssvår\w*|\bandningsprobl\w*`,
      r`\bfår (inte|int|ingen|knappt) luft\b|\bkippar efter (luft|andan)\b`,
      r`\b(kvävs|kvävas|kvävd|kvävning|håller på att kvävas|satt i halsen|sätter i halsen|fastnat i halsen|sitter fast i halsen|andningsstillestånd)\b`,
      r`\b(blå|blåa|grå|gråa|blålila) (om|i|runt) (läpparna|munnen|ansiktet)\b|\b(läpparna|ansiktet|munnen) (är |e |har blivit |blir |blev |börjar bli )?(blå|blåa|grå|blålila)\b`,
      r`\bdrar in (mellan|under) revbenen\b|\b(kan|klarar) (inte|int) (säga|prata i) hela meningar\b|\binhalatorn (hjälper|funkar) (inte|int)\b`,
      r`\b(cant|cannot|can not|couldnt) (get (enough )?air|catch (my|his|her) breath)\b|\b(cant|cannot|can not|couldnt) breathe?\b|\b(not|stopped|isnt|barely|struggling to|trouble|hard to|difficulty) breath\w*\b|\bchoking\b|\bgasping\b|\bshort of breath\b|\b(lips|face) (are |is |turning |went )?(blue|grey|gray)\b`,
    ],
    fuzzy: ['andnöd'],
    examples: ['Jag kan inte andas', 'jag kan int andas', 'svårt att andas', 'andnod', 'han andas inte', "I can't breathe", 'hon andas typ knappt', 'läpparna är blå'],
  },
  {
    id: 'emergency-unconscious',
    level: 'emergency',
    patterns: [
      r`\bmedvetlös\w*|\bmedvetslös\w*`,
      r`\b(förlorat|tappat|förlorar|tappar|förlorade|tappade) medvetandet\b`,
      r`\bsvimma\w* (och|o|men) (\w+ )?(vaknar|går|kommer|reagerar) (inte|int)\b`,
      r`\bvaknar (inte|int|knappt|inte ordentligt)\b`,
      r`\b(går|gick|ga) (inte|int|ej) (att |a |och )?(väcka|vakna|få kontakt)\b|\b(är|e) helt slapp\b|\b(får|fick|har) (inte|int|ingen|knappt) (kontakt med|liv i)\b(?! (min |mina |sin |sina )?(familj|föräldrar|släkt|syskon)\w*)(?!.*\blängre\b)|\b(ligger|liggandes|liggande|låg|hittade) (\w+ ){0,12}(svarar|reagerar|andas|rör sig) (inte|int|knappt)\b|\b(faller|föll|ramlar|ramlade) (ner|ihop|omkull)\b( \w+){0,6} (svarar|reagerar|andas|rör sig|vaknar) (inte|knappt)\b`,
      r`\b(kan|kann|lyckas|kunde) (inte|int) (väcka|få liv i|få kontakt med)\b`,
      r`\b(reagerar|svarar) (han |hon |hen |pappa |mamma |barnet )?(inte|int|knappt) (alls|på tilltal|på något|när (jag|vi|man) (pratar|ruskar|väcker|ropar|säger|nyper|skakar))\b|\breagerar (inte|int) (alls|på)\b`,
      r`\b(sjönk|segnade|föll|rasade) ihop\b|\b(mannen|kvinnan|killen|tjejen|pojken|flickan|personen|gubben|tanten|damen|farbrorn|patienten|passageraren|kunden|eleven|kollegan|grannen) (\w+ ){0,4}(har |hade )?(just |plötsligt )?kollaps(at|ade)\b|\b(han|hon|hen|pappa|mamma|någon|nån|en man|en kvinna|min \w+|barnet|kompisen|grannen|kollegan|he|she|someone) (har |har just |just )?kollaps\w*|\bkollaps\w* (på|i) (golvet|marken|gatan)\b|\bsegnade (ner|ned)\b|\b(ligger|låg) (helt )?(still|livlös) (på|i) (marken|golvet|backen|betongen|snön|vattnet)\b|\blivlös\b`,
      r`\brör (sig|på sig) (inte|knappt)\b(?! (tillräckligt|nog|så mycket|mycket|alls lika))|\b(ligger|legat|låg) (\w+ ){0,3}(på|i) (golvet|marken|backen|trottoaren|gatan|vägen|snön|badkaret|trappan) (\w+ ){0,3}(sedan|sen|och (rör|svarar|andas|reagerar)|i flera timmar|hela natten)\b|\bligger (helt )?(konstigt|livlös|orörlig)\b|\bslapp i (hela )?kroppen\b|\b(svår|svårt) att väcka\b|\b(vaknar|vakna) (inte|int) ordentligt\b|\b(svarar|reagerar) (\w+ )?(inte|int) ordentligt\b`,
      r`\b(helt )?slapp som en (trasdocka|docka)\b|\b(bebisen|barnet|babyn|bebis) (är )?(helt )?(slapp|slö|livlös)\b|\borkar inte ens gråta\b`,
      r`\b(unconscious|passed out|wont wake up|wont wake|cant wake (him|her|them)|not responding|unresponsive|collapsed|fainted and|limp|floppy)\b`,
    ],
    examples: ['Min pappa är medvetslös', 'hon ar medvetslos', 'medvetlös', 'min mamma har svimmat och vaknar inte', 'gar inte att vacka', 'vi får inte liv i honom', 'someone collapsed at the bus stop'],
  },
  {
    id: 'emergency-diabetes',
    level: 'emergency',
    patterns: [r`\b(diabet\w*|insulin\w*|blodsock\w*|lågt socker|\w*känning\w*)\b`],
    requires: [[r`\b(konstig|konstigt|förvirrad|svettas|svettig|svarar (inte|knappt)|medvetslös\w*|darrar|kramp\w*|får (inte|int) i (honom|henne)|slö|vaknar (inte|int)|fattar (inget|ingenting|noll)|allt snurrar|confused|unconscious|sweating)\b`]],
    unless: [ABOUT_CARE],
    examples: ['pappa har diabetes, han svettas och blir konstig och svarar inte'],
  },
  {
    id: 'emergency-smoke-indoors',
    level: 'emergency',
    // Carbon monoxide as people notice it: a stove, heater or engine indoors, and headache, dizziness, sleepiness.
    patterns: [r`\b(osat|osar|os|vedspis\w*|kamin\w*|gasol\w*|gasspis\w*|avgaser|grill\w* inne|aggregat\w*|generator\w*|rök (in|i)|fumes|smoke)\b`],
    requires: [[r`\b(huvudvärk|yr|yra|yrsel|illamående|mår illa|dåsig\w*|sömnig\w*|trött\w*|svimma\w*|medvetslös\w*|kräk\w*|headache|dizzy|nausea)\b`]],
    unless: [ABOUT_CARE],
    examples: ['hela familjen har huvudvärk och är yr, vedspisen har osat in i stugan'],
  },
  {
    id: 'emergency-sudden-signs',
    level: 'emergency',
    // Stroke as people see it: something sudden, and one of its signs, in any order.
    patterns: [r`\b(plötsligt|plötslig|plötsliga|helt plötsligt|på en gång|från ingenstans|från en sekund till en annan|suddenly|sudden|all of a sudden)\b`],
    requires: [[r`\b(ena|vänstra|högra) (sidan|armen|benet|handen|ögat|ansiktshalvan)\b|\b(ena|vänster|höger) (sida|arm|ben|hand|öga)\b|\bviker sig\b|\bförvirrad\w*|\bvet (inte|int) (vilken|var|vad|vem)\b|\bhittar (inte|int) (orden|ord)\b|\b(pratar|talar) (konstigt|strunt|sluddrigt|nonsens|obegripligt|osammanhängande)\b|\b(svårt|svårigheter|svårighet) (att )?(tala|prata|få fram orden|hitta orden)\b|\btalsvårigheter\b|\b(difficulty|trouble) (speaking|talking)\b|\b(ser|såg) (inte|int|ingenting|inget|dubbelt|suddigt)\b|\bsnurrar\b|\bsvag\b|\bdomn\w*|\bhänger\b|\bsned\b|\b(cant|cannot|couldnt) (find (her|his|my) words|see|speak|talk|walk|move)\b|\btalking (nonsense|gibberish|strangely)\b|\b(weak|numb|drooping|confused|blind)\b|\bvärsta huvudvärk\w*|\bworst headache\b|\b(jätte)?konstig\b|\bnonsens\w*|\btappar (\w+ )?(saker|allt|koppen|\w*koppen|glaset|telefonen|\w+)\b`]],
    examples: ['gubben vet plötsligt inte vilken dag det är och ena benet viker sig', 'såg plötsligt ingenting på ena ögat', 'my wife suddenly cant find her words'],
  },
  {
    id: 'emergency-stroke-signs',
    level: 'emergency',
    patterns: [
      r`\bsned i (ansiktet|munnen|ena)\b|\bansiktet (är |har blivit |blev |ser )?(snett|sned|hänger)\b|\bsneda ansiktet\b`,
      r`\bhänger (i|på) (ena |vänster |höger )?(mungipa|mungipan|ansiktshalvan|sidan av ansiktet)\b|\b(mungipa|mungipan|munnen) (hänger|har sjunkit)\b`,
      // "Jag kan inte prata svenska" and "kan inte prata i telefon" are questions for the guide.
      r`\b(kan|kann|kunde) (inte|int|ej|knappt) (prata|tala|få fram orden|få fram ord)\b(?! (\w+ska|med|i telefon|om|så bra|bra|högt|nu|just nu))`,
      r`\bsluddr\w*|\b(ena|halva|vänstra|högra) (halvan |sidan )?(av )?ansiktet\b( \w+){0,4} (slapp|slappt|hänger|sned|snett|domnad|stel|sjunkit|sackat)\b|\b(kan|kunnat|kunde) (inte|int) (hitta|få fram) (orden|ord)\b|\b\w*(handen|armen|benet) (lyder|fungerar|funkar|lyssnar) (inte|int)\b|\bord som (inte|int) hänger ihop\b|\b(pratar|säger) (bara )?(osammanhängande|obegripligt|konstiga ord)\b|\b(ansikte|ansiktet|munnen|mungipan)\b( \w+){0,3} (konstig|konstigt|sned|snett|hänger|slapp|slappt)( \w+){0,2} (på )?(ena|vänster|höger) sida\w*`,
      r`\b(förlamad|förlamning|domnad|domning|slapp|svag|känselbortfall) (i|på) (ena|vänster|höger|halva) (sidan|armen|benet|ansiktet|kroppen|handen|ansiktshalva|ansiktshalvan|kroppshalva|kroppshalvan|sida|arm|ben|hand)\b`,
      r`\b(ena|vänster|höger|halva) (sidan|armen|benet|ansiktet|kroppen) (är |har blivit |blev |känns )?(förlamad|domnad|slapp|svag|bortdomnad|hänger)\b`,
      r`\b(plötsligt|blivit|blev) förlamad\b`,
      // Feeling lost on one side: "har tappat känseln i halva ansiktet".
      r`\b(tappat|tappar|tappade|förlorat|förlorade|har ingen|ingen) känsel(n)? (i|på) (ena|vänster|höger|halva|vänstra|högra) (sidan|armen|benet|ansiktet|kroppen|handen|ansiktshalvan|kroppshalvan|sida|arm|ben|hand)\b`,
      r`\b(kan|kann|kunde|orkar) (inte|int|ej|knappt) (lyfta|röra|hålla upp) (ena |vänster |höger |sin |sina |den ena )?(\w*armen|armarna|arm|\w*handen|\w*benet)\b`,
      r`\b(pratar|talar|låter|snackar) (plötsligt )?(konstigt|sluddrigt|grötigt|otydligt|osammanhängande|obegripligt|konstig)\b`,
      r`\bplötsligt( \w+){0,4} (ser (inte|int|ingenting|inget|dubbelt|suddigt)|blind|snurrar|tappat balansen|tappar balansen|kan (inte|int) (gå|stå|prata|se))\b|\b(ser (plötsligt |helt |nästan )?(inte|int|ingenting|inget|dubbelt|suddigt)|blind|blev blind)( \w+){0,2} (på|i|med) (ena|vänster|höger|ett) (ögat|öga)\b`,
      r`\b(fått|får|har|drabbats av|drabbas av) (en )?stroke\b`,
      // Speech lost all at once: "mormor tappade talet mitt under middagen".
      r`\b(tappade|tappat|tappar|förlorade|förlorat) (plötsligt )?talet\b|\btalet (försvann|är borta|blev borta)\b|\blost (his|her|the ability of|all) speech\b`,
      r`\b(hjärnblödning|propp i hjärnan|face drooping|slurred speech|(arm|leg|side of (his|her) (face|body)) (is |feels |went )?(weak|numb|limp)|(cant|cannot) find (her|his|my) words|talking (nonsense|gibberish)|face (is )?(drooping|droops|lopsided|looks lopsided)|(cant|cannot|couldnt) (lift|raise|move) (his|her|my) (left |right )?arm|suddenly (cant|cannot) (see|speak|talk|walk))\b`,
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
      r`\b(hade|har haft|hade haft|efter) (en |ett |sin |min |hans |hennes )?stroke\b`,
      r`\bstroke(patient\w*|drabbad\w*)\b|\b(var|har varit) anhörig till\b`,
      r`\bstroke (för|i) (\w+ )?(år|månader|veckor) sedan\b|\bstroke förra (året|månaden)\b`,
      ABOUT_CARE,
      LONG_AGO,
      r`\b(has had|have had|had) a stroke\b|\bi stroke\b|\bafter (a |her |his |my |the )?stroke\b`,
    ],
    requires: [SITUATION_NOW],
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
      r`\b(sprutar|forsar|pumpar|pulserar) (ut )?blod\b|\bblod(et)? (sprutar|forsar|pumpar|pulserar)\b|\b(förlorat|tappat) mycket blod\b`,
      r`\b(kräks|kräktes|kräkts|hostar|hostade|hostat|spyr|spydde) (upp )?blod\b`,
      r`\b(heavy bleeding|bleeding heavily|bleeding a lot|wont stop bleeding)\b`,
    ],
    examples: ['Det blöder mycket och slutar inte blöda', 'kraftig blödning', 'bloder jattemycket', 'hostar blod'],
  },
  {
    id: 'emergency-bleeding-described',
    level: 'emergency',
    // "Kniven slant. Det sprutar.": a blade that slipped, and something spurting, is blood without the word.
    patterns: [BLOOD, r`^(?=.*\b(kniven|yxan|sågen|motorsågen|kapen|glaset|rakbladet|mattkniven|knife|axe|saw) (slant|slank|gled|slog|slipped)\b)(?=.*\b(sprutar|forsar|pulserar|spurting|gushing|pumping)\b)`],
    requires: [[NOT_STOPPING], [r`\b(skar|skurit|skär|skurit|sågade|högg|hogg|huggit|kniv\w*|glas\w*|yxa\w*|såg|sår\w*|wound|cut|stab\w*|handen|armen|benet|huvudet|fingret|halsen|näsan|magen|låret|ansiktet|head|leg|arm|hand|förlossning\w*|underlivet|slidan|gravid|olycka|krock\w*|fastklämd|ramlade|föll)\b`]],
    unless: [ABOUT_CARE, r`\bblodgiv\w*|\bblodprov\w*|\bblodtryck\w*|\bblodsock\w*`],
    examples: ['skar mig i handen, blodet pulserar och slutar inte', 'kompis skar sig på glas, blöder sjukt mkt', 'cut my leg, blood everywhere and it won\'t stop'],
  },
  {
    id: 'emergency-allergic-reaction',
    level: 'emergency',
    patterns: [
      r`\banaphyla\w*|\ballergi\w*( \w+){0,6} (tungan|halsen|läpparna|svalget|andas|andning)\b|\b(tungan|läpparna|halsen)\b( \w+){0,3} (dubbel storlek|jättestor|jättetjock|tjock|dubbelt så stor)\b`,
      r`\b(halsen|tungan|läpparna|svalget|throat|tongue|lips)\b( \w+){0,5} (svull\w*|sväll\w*|swell\w*|swollen)\b`,
      r`\b(svullnar|svullnat|svullen|svullna|svullnade|sväller|svällt|swelling|swollen|swells)\b( \w+){0,4} (halsen|svalget|tungan|läpparna|throat|tongue|lips)\b|\btrångt i halsen\b|\bhalsen (\w+ )?(stängs|sluter sig|drar ihop sig)\b|\bthroat (is )?(closing|tight)\b`,
      r`\ballergisk\w* (chock|shock)\b`,
      r`\b(svullnar|svullnat|svullen|svullna|svullnad|sväller|svällt|svullnade) (\w+ )?(i|på|upp i|runt) (halsen|svalget|tungan|läpparna|munnen|ansiktet|ögonen)\b`,
      r`\b(halsen|tungan|läpparna|svalget|ansiktet) (svullnar|har svullnat|är svullen|är svullna|sväller|svullnade|blir svullen|har svullnat upp)\b`,
      r`\b(svår|kraftig|stark|allvarlig|severe) (allergisk|allergic) (reaktion|reaction)\b`,
      r`\b(epipen|adrenalinpenna|jext)\b`,
      r`\b(kan|kann|kunde|går) (inte|int|ej|knappt) (att )?svälja\b`,
      r`\ballergisk\w* (reaktion|chock|attack)\b.*\b(andas|andning|svälja|svullna\w*|svullen|svimma\w*|yr)\b`,
      r`\b(throat|tongue|lips|face) (is |are )?(swelling|swollen|closing)\b|\b(swelling|swollen) (throat|tongue|lips|face)\b|\ballergic reaction\b.*\b(breath\w*|swell\w*|wheez\w*)\b`,
    ],
    fuzzy: ['anafylax'],
    // "Kan jag förnya receptet på min adrenalinpenna innan vi åker på semester?"
    unless: [r`^(?!.*\b(svull\w*|andas|andning|svälja|chock|reaktion|just nu|swell\w*|breath\w*|reaction)\b).*\b(förnya\w*|recept\w*|hämta ut|beställa|utgångsdatum|går ut|kostar|renew\w*|prescription)\b`],
    examples: ['allergisk reaktion kan inte svälja', 'anafylaxi', 'anafylaktisk chock', 'det svullnar i halsen', 'allergisk chock', 'tungan svullnar', 'his throat is swelling'],
  },
  {
    id: 'emergency-overdose',
    level: 'emergency',
    patterns: [
      r`\b(tagit|tog|ätit|åt|svalt|svalde|fått i sig|fick i sig|knaprat) (\w+ ){0,2}(för (många|mycket)|en massa|massor|hela|en hel|flera|dubbel|dubbla|alldeles för|jättemånga|många) (\w+ ){0,2}(${MEDICINE}|doser|dos|dosen|burk|burken|karta|kartan|förpackning|förpackningen|kartong|kartongen|ask|asken)`,
      r`\b(overdose\w*|took too many (pills|tablets))\b`,
    ],
    fuzzy: ['överdos'],
    requires: [SITUATION_NOW],
    unless: [ABOUT_CARE, LONG_AGO, r`\b(dog|dött|avled|avlidit) (\w+ ){0,2}(i |av )?(en )?överdos`],
    examples: ['överdos', 'overdos', 'jag har tagit för många tabletter', 'hon har ätit en hel karta alvedon'],
  },
  {
    id: 'emergency-intake',
    level: 'emergency',
    // Someone took something, and either it is a lot, it is dangerous whatever the amount, or they are badly affected now.
    patterns: [INTAKE],
    requires: [
      [MEDICINE, DANGEROUS_SUBSTANCE, r`\b(alkohol|sprit|vodka|brännvin|whisky|spriten|nåt|något|nånting|någonting|grejer|något konstigt|nåt konstigt|something|pills)\b`],
      [DANGEROUS_SUBSTANCE, BADLY_AFFECTED, `^(?=.*${INTAKE_DONE}).*${TOO_MUCH}`],
    ],
    unless: [ABOUT_CARE, r`\b(hur (ska|kan|bör|får) (jag|man|vi) ta|får (jag|man) ta|kan (jag|man) ta)\b`],
    examples: ['polarn tog nåt på festen och andas knappt', 'kid swallowed a button battery', 'han har druckit T-röd', 'jag har svalt en hel burk värktabletter', 'kompisen har druckit en hel flaska vodka och svarar inte'],
  },
  {
    id: 'emergency-child-at-medicine',
    level: 'emergency',
    // A small child who got at medicine, told by what is missing: "Barnbarnet är 2 år och har varit i min dosett, det
    // saknas minst tre av mina hjärttabletter". 112: a child's dose is a fraction of an adult's.
    patterns: [
      r`\b(varit i|kommit åt|fått tag (i|på)|fick tag (i|på)|hittat|hittade|tagit från|tog från|ätit (ur|från|av|upp)|åt (ur|från|av|upp)|tuggat på|tuggade på|öppnat|öppnade) (\w+ ){0,2}${MEDICINE}|\bsaknas (\w+ ){0,4}${MEDICINE}|\bgot into (my |her |his |the )?(pills|medicine|medication|pill organi[sz]er|pill box)\b`,
    ],
    requires: [[r`\b(\d|ett|två|tre|fyra) (år|åring|månader)\b|\b\d+ ?åring\w*|\b(barnbarnet|barnet|bebisen|bebis|lillen|lillan|småbarn\w*|ettåring\w*|tvååring\w*|treåring\w*|toddler|ungen|my (son|daughter|grandchild|grandson|granddaughter|baby))\b`]],
    unless: [ABOUT_CARE],
    examples: ['Barnbarnet är 2 år och har varit i min dosett, det saknas minst tre av mina hjärttabletter', 'min tvååring har fått tag i mina tabletter', 'my toddler got into my pills'],
  },
  {
    id: 'emergency-poisoning',
    level: 'emergency',
    patterns: [
      r`\b(druckit|drack|drucket|svalt|svalde|svalj\w*|ätit|åt|fått i sig|fick i sig|slickat|slickade|smakat|smakade|tuggat|tuggade|andats in|andades in|stoppat i munnen|stoppade i munnen) (\w+ ){0,4}(rengöringsmedel|diskmedel|maskindiskmedel|tvättmedel|tvättkapsel|tvättkapslar|sköljmedel|lampolja|tändvätska|batteri|batteriet|batterier|knappcell\w*|svamp|svampar|klorin|blekmedel|frostskydd\w*|glykol|bensin|fotogen|tröd|rödsprit|handsprit|nikotin|ecigarett\w*|gift|giftig\w*|propplösare|avloppsrensning|kaustik\w*|ättika|ättiksprit|magnet\w*|myrgift|råttgift|insektsmedel|ogräsmedel|bekämpningsmedel|kolmonoxid|thinner|lacknafta|diskmaskinstablett\w*)\b`,
      r`\bswallowed (a |an )?(battery|pills|bleach|detergent)\b`,
    ],
    unless: [ABOUT_CARE],
    examples: ['Mitt barn har svalt ett batteri', 'barnet har druckit lampolja', 'har druckit rengöringsmedel', 'min son har ätit svamp som kan vara giftig'],
  },
  {
    id: 'emergency-poisoning-named',
    level: 'emergency',
    patterns: [r`\b\w*förgift\w*|\bkolmonoxid\w*|\b(poisoned|poisoning)\b`],
    fuzzy: ['förgiftning'],
    requires: [SITUATION_NOW],
    unless: [ABOUT_CARE, LONG_AGO, r`\bmatförgiftning\w*`],
    examples: ['forgiftning', 'jag tror barnet är förgiftat', 'kolmonoxidförgiftning'],
  },
  {
    id: 'emergency-infection-named',
    level: 'emergency',
    patterns: [r`\b(sepsis|blodförgiftning|hjärnhinneinflammation|meningit)\b`],
    requires: [SITUATION_NOW],
    unless: [ABOUT_CARE, LONG_AGO],
    examples: ['jag tror det är sepsis', 'mitt barn kan ha hjärnhinneinflammation'],
  },
  {
    id: 'emergency-seizure',
    level: 'emergency',
    patterns: [
      r`\bkramp(er|ar|ade|at|anfall)?\b`,
      r`\b(epilep\w*|anfall)\b( \w+){0,8} (anfall|kramp\w*|slutar (inte|int)|minuter|rycker|går (inte|int) över)\b|\banfall\w* (\w+ ){0,4}(slutar (inte|int)|i över|minuter)\b`,
      r`\b(epileptisk\w* anfall|epilepsianfall|feberkramp\w*|krampanfall|seizure\w*|convuls\w*|having a fit)\b`,
      r`\brycker (\w+ ){0,2}(i hela kroppen|i armar och ben|okontrollerat)\b|\bögonen (är |har )?(uppåtvända|vänts uppåt|rullar)\b|\bskakar (i hela kroppen|okontrollerat)\b`,
    ],
    // Cramp in a calf or the stomach is a medical question, not 112; nor is epilepsy in general.
    unless: [r`\b(ibland|ofta|brukar|rätt till|fast vårdkontakt|vårdplan\w*|sometimes|often)\b`, LONG_AGO, r`\bkramp(er)? (i|på) (vaden|vaderna|vad|foten|fötterna|benet|benen|tån|tårna|låret|låren|handen|händerna|fingrarna|magen|käken|nacken|ryggen)\b`],
    examples: ['han har kramper', 'hon krampar', 'feberkramp', 'grannen ligger och rycker i hela kroppen'],
  },
  {
    id: 'emergency-child-fever',
    level: 'emergency',
    // 1177: a child with high fever and a stiff neck, or spots that do not fade when pressed, goes to 112.
    patterns: [
      r`\b(stel|styv|öm) (i )?nacke\w*|\bnackstel\w*|\bnacken (är )?(stel|styv)\b|\bstiff neck\b`,
      r`\b(utslag|prickar|fläckar|spots|rash|blåmärken)\b( \w+){0,8} (försvinner|bleknar|går|fades?|fading) (inte|int|not|dont|doesnt)\b|\b(dont|doesnt|wont|not) (fade|fading)\b|\b(trycker|tryckt|press\w*) (ett |a )?(glas|glass)\b`,
      r`\b(ont|skriker|gråter|vägrar)( \w+){0,6} (böja|böjer|fälla|lyfta) (\w+ ){0,2}(huvud\w*|nacke\w*)\b|\b(böja|böjer|fälla) (\w+ ){0,2}(huvud\w*|nacke\w*) (\w+ )?(framåt|fram|mot bröstet)\b`,
      r`\b(lila|blålila|mörkröda|purple) (prickar|fläckar|utslag|spots)\b|\bpetekier\b`,
    ],
    examples: ['barnet har hög feber och stel nacke', 'utslag som inte försvinner när jag trycker ett glas', 'baby has purple spots that dont fade'],
  },
  {
    id: 'emergency-injury',
    level: 'emergency',
    patterns: [
      r`\b(spik\w*|kniv\w*|spett\w*|glasbit\w*|metallbit\w*|armeringsjärn\w*|skruv|skruven|pinne|pinnen|gren|grenen)\b( \w+){0,3} (genom|igenom|rakt igenom) (\w+ )?(foten|handen|benet|armen|ögat|magen|bröstet|låret|halsen|huvudet|kinden)\b`,
      // Something driven into the body: "en mejsel djupt in i låret … Ska vi dra ut den eller låta den sitta?"
      // A knife of any kind into the body, or something gone straight in: "halkade med köksniven och den gick rakt in i magen".
      r`\b\w*kniv\w* (\w+ ){0,4}(rakt |djupt )?in i (\w+ )?(låret|magen|bröstet|ryggen|buken|sidan|halsen|ögat|huvudet)\b|\b(gick|gått|for|åkte|trängde|trängt) (rakt|djupt) in i (\w+ )?(låret|magen|bröstet|ryggen|buken|sidan|halsen|ögat|huvudet)\b`,
      r`\b(mejsel\w*|skruvmejsel\w*|kniv\w*|spik\w*|glasbit\w*|pinne|pinnen|stång\w*|spett\w*|sax\w*|krok\w*|trästicka|spjut\w*) (\w+ ){0,2}(djupt )?in i (\w+ )?(låret|magen|bröstet|armen|benet|ögat|huvudet|halsen|handen|foten|ryggen|buken|sidan)\b|\b(dra ut|ta ut|dra loss) (den|det|kniven|mejseln|spiken|pinnen|glaset)\b(?=.*\blåta (den|det) sitta\b)`,
      r`\b(föll|fallit|ramlade|ramlat|ramla|trillade|trillat|störtade|hoppade|fell|fallen) (\w+ ){0,3}(från|ner från|ner|nerför|ned|off|from) (\w+ ){0,4}(taket|tak|stegen|\w*ställning\w*|balkongen|trappan|trapporna|fönstret|höjd|meter|hästen|träd\w*|klätterväggen|roof|ladder|balcony|stairs|window|height)\b`,
      r`\b(ramlat|ramlade|föll|fallit|trillat|trillade|fell)\b( \w+){0,10} (rör (sig|på sig) (inte|knappt)|ligger (konstigt|still)|nacken|ryggen|medvetslös\w*|blöder|kan (inte|int) (röra|känna|resa)|\w*sömnig|dåsig|svarar (inte|knappt)|vill (inte|int) svara|kräk\w*|spy\w*|förvirrad|minns (inte|int))\b`,
      r`\b(som|och) (inte|int) (andas|svarar|reagerar|rör sig|rör på sig|vaknar)\b|\b(sparkat|sparkade|sparkar|slagit|slog|bröt|brutit|bryter) (in|upp|sönder) (\w+ )?(dörr\w*|ytterdörr\w*|fönstret)\b`,
      r`\b(kan|kann) (inte|int) (känna|röra) (benen|armarna|nånting|något|kroppen)\b|\b(cant|cannot) (feel|move) (his|her|my) (legs|arms|body)\b|\bont i nacken efter\b`,
      r`\b(slog|slagit|slår) (i )?huvudet\b( \w+){0,10} (kräk\w*|spy\w*|förvirrad|minns inte|kommer inte ihåg|frågar samma|sömnig|somnar|medvetslös|svimma\w*|blöder)\b|\b(utan hjälm|huvudskada)\b( \w+){0,10} (kräk\w*|förvirrad|minns inte|frågar samma|kommer inte ihåg)\b|\b(frågar samma sak|minns inte hur)\b|\bhit (his|her|my) head\b`,
      r`\b(krock\w*|kolliderade|kollision|trafikolycka|bilolycka|mc olycka|motorcykelolycka|påkörd|körde på|blev påkörd|car crash|hit by a car|car accident)\b`,
      r`\bfastklämd\w*|\bklämd under\b|\btrapped\b|\bolycka\w*\b( \w+){0,8} (sitter fast|satt fast|i diket|skadade|blöder|ligger)\b|\b(sitter|satt) fast i (bilen|vraket|bilvraket)\b`,
      r`\b(brännskad\w*|skållad\w*|skållat|brände (sig|mig|honom|henne)|bränt (sig|mig)|kokande vatten|frityrolja|het olja|burned|burnt|scalded)\b( \w+){0,8} (huden|hela|stor\w*|ansiktet|armen|bröstet|blåsor|lossnar|vitt|svart|barnet|bebisen|skin|face|badly)\b|\bhuden (lossnar|släpper|hänger)\b`,
      r`\b(under (vatten)?ytan|föll i (vattnet|sjön|älven|havet|ån|hamnen)|fell (in|into) the (water|lake|river|sea))\b`,
      r`\b(gick|gått|ramlade|föll) (genom|igenom) isen\b|\b(drunkn(?!ings(prev|arbete|statistik|olyckor|risk))\w*|under vattnet|fell through the ice|drowning|drowned)\b`,
      r`\b(nedkyld|underkyld|iskall|hypoterm\w*|hypotherm\w*|slutat (huttra|darra|skaka)|frusit)\b|\bsvarar (konstigt|osammanhängande|sluddrigt|knappt)\b`,
      r`\b(fått|fick|får) (en )?(elstöt|stöt|ström|strömstöt) (i sig|av)\b|\b(elolycka|elchock|strömstöt|electric shock|electrocuted)\b`,
      r`\bsprutar\b( \w+){0,3} (i stötar|blod|ut)\b|\bi stötar\b|\b(djup|djupt|stor|gapande) (reva|jack|skärsår|sår|skada)\b|\bser (nåt|något|benet|ben) vitt\b`,
      r`\b(sticksår|stickskad\w*|knivsår|skottsår|hugg i (magen|bröstet|ryggen|halsen))\b|\bkniv\w*( \w+){0,3} (i|genom) (magen|bröstet|ryggen|halsen|låret)\b|\b(magen|bröstet|ryggen|halsen) (\w+ ){0,3}kniv\w*`,
      r`\b(knivhugg\w*|knivskuren|knivskadad|skottskad\w*|skjuten|blivit skjuten|stabbed|stab wound|shot)\b|\bkniven (sitter|i)\b|\b(djupt|gapande|stort) sår\b|\bskar (mig|sig|mej|sej|honom|henne) djupt\b|\b(\w*benet|\w*armen|foten|handen) (pekar|sticker|står) (åt fel|ut|snett)\b|\bbenet sticker ut\b`,
    ],
    unless: [ABOUT_CARE],
    examples: ['kollegan föll från ställningen och ligger still', 'han gick genom isen', 'skar mig djupt i handen', 'sambon fick het frityrolja över armen, huden lossnar', 'hon slog huvudet och kräks'],
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
    requires: [SITUATION_NOW],
    unless: [ABOUT_CARE, LONG_AGO, r`\b(kunna|lära|lär|gå|kurs\w*|utbildning\w*|certifikat|course|training|avstå|avstår|dokument\w*|ställningstagande)\b|\b(prata|berätta|föreläsa|föreläsning|informera|information) om\b`],
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
      r`\b(call|need|send) (an )?ambulance\b|\bcall 112\b|\bcall 911\b`,
    ],
    unless: [r`\b(om|ifall|när|if|in case) (man|en|någon|nån|jag|vi|you|someone|one) (\w+ )?(behöver|måste|skulle behöva|ska|vill|needs? to|has to|must) (ringa|ring|call|larma) (\w+ )?(112|ambulans\w*|an ambulance)\b|\bden som (behöver|ringer|väntar på|får) (en )?ambulans\w*\b|\bnär (man|jag|vi|de|dom) ringer (112|1177|ambulans\w*)\b|\bnär ringer (man|jag|vi|de|dom) (112|1177|ambulans\w*)\b|\bi onödan\b|\b(folk|människor|många|people) (ska |bör |kommer att )?(ringa|ringer|ringde|call|called) (\w+ )?(112|1177|ambulans\w*)\b|\blära (barnen|eleverna|dem|barn) (när|hur)\b|\bfår (personalen|de|dom|hemtjänsten|hemtjänstpersonalen|undersköterskorna|staff) (\w+ ){0,3}ringa\b|\b(bill|billed|cost|costs|charge|charged|fee|fees|pay|free of charge)\b|\bom (man|jag|vi|någon|nån) (ringer|skulle ringa) (112|ambulans\w*)\b|\bbara nyfiken\b|\bjust curious\b|\b(112 eller 1177|1177 eller 112)\b|\b(kostar|kosta|avgift\w*|pris|betala\w*|fortfarande|gratis|kontantkort|mobil\w*)\b|\bistället för (att )?(man |jag |vi |de |dom )?ring\w* (en )?ambulans|\bfår (man|jag|vi) (\w+ )?ringa\b|\bnär (man|jag|vi|de|dom) (ska|bör|behöver|måste) ringa\b|\bnär (ska|bör|behöver|måste) (man|jag|vi|de|dom) ringa\b|\bskillnad\w*\b|\bförklara\b|\bwhen (should|do|to) (\w+ ){0,2}call\b|\bexplain the difference\b|\bringa (en )?ambulans (för allt|istället)\b|\bär (det )?sant\b`, ABOUT_CARE_NOT_ME],
    examples: ['ring ambulans', 'ska jag ringa ambulans', 'behöver ambulans nu', 'ska jag ringa 112'],
  },
  {
    id: 'emergency-danger',
    level: 'emergency',
    patterns: [
      r`(?<!\b(inget|inte|ej|icke|inte ett|inte något|inget riktigt) )\b(livsfara|fara för (mitt |hans |hennes |ett |någons )?liv|nödsituation|nödläge|akut läge)\b|(?<!\b(när|om|ifall|utom|såvida|unless|except) )\bdet är (väldigt |jätte)?akut( nu| hjälp)?$|(?<!\b(inte|int|icke|ej|inget) (är |var )?)\blivshotande\b(?! (\w+ )?(kronisk\w*|sjukdom\w*|diagnos\w*|tillstånd))`,
      // A person in danger; not "Är primärvården i fara?"
      r`\b(jag|vi|hon|han|hen|barnet|barnen|någon|nån|mitt barn) är i fara\b`,
      r`\b(bryter sig in|bröt sig in|inbrott (pågår|just nu|hos mig)|är någon i (mitt|vårt) hus)\b`,
      r`\b(someone is (threatening|attacking|hitting|following) me|being attacked|(its|this is) an emergency|in danger)\b`,
    ],
    // Asked about when to call: "Stämmer det att man bara ska ringa 112 vid livsfara? Vill förklara för mina barn".
    // A deadline called an emergency: "Nödläge på jobbet: chefen undrar sedan när länsstrategin gäller".
    unless: [ABOUT_CARE, r`^(?!.*\b(ligger|andas|medvetslös|blöder|ramlat|ramlade|föll|skadad|skadat|ambulans\w*|brinner|hjärtat)\b).*\bnödläge på (jobbet|kontoret|arbetet)\b(?=.*\b(undrar|frågar|vill veta)\b)`, r`\b(kan|kunde|skulle kunna) bli livshotande\b|\bringa (\w+ )?(112|ambulans\w*) (bara )?(vid|när|om) (livsfara|fara|nödläge)\b(?=.*\b(stämmer det|är det sant|förklara|lära|visa)\b)|\b(ändras|förändras|påverkas) (\w+ ){0,3}(med |för )?(112|ambulans\w*|larmcentral\w*)\b(?=.*\bsom (förut|tidigare|vanligt|idag|i dag)\b)`],
    examples: ['det är akut', 'jag är i fara', 'someone is attacking me'],
  },
  {
    id: 'emergency-fire',
    level: 'emergency',
    patterns: [
      // Not a burning throat, nor "det brinner i mig för den här frågan".
      r`\bdet brinner\b(?! i (halsen|magen|bröstet|ögonen|huden|munnen|örat|urinröret|fötterna|benen|kroppen|mig|oss|hjärtat))`,
      r`\bbrinner (i|på) (huset|lägenheten|köket|trapphuset|rummet|garaget|bilen|källaren|vinden|skogen|soporna)\b`,
      // The place first: "grannens hus brinner".
      r`\b\w*(hus|huset|lägenhet|lägenheten|villa|villan|stuga|stugan|bil|bilen|garage|garaget|lada|ladan|ladugården|skola|skolan|förråd|förrådet|köket) brinner\b`,
      r`\b(börjat|började|börjar) brinna\b|\b(fattat|fattade) eld\b|\bstår i (lågor|brand)\b|\beldsvåda\b`,
      r`\bbrand (i|hos|på) (huset|lägenheten|köket|trapphuset|rummet)\b|\brök (i|från) (lägenheten|huset|köket|trapphuset|rummet)\b`,
      // Smoke out of an electrical cabinet, a socket or an appliance, or a burning smell with crackling or sparks.
      r`\b(röken|rök|roken|rok) (kommer|väller|tränger|sipprar|pyr|ryker) (ut )?(ur|your|från) (el\w*|uttaget|kontakten|spisen|ugnen|tvättmaskinen|torktumlaren|diskmaskinen|kylskåpet|laddaren|elementet|väggen|taket|proppskåpet|säkringsskåpet)\b|\bluktar bränt\b( \w+){0,12} (sprakar|spraka\w*|gnistor|gnistrar|ryker|rök\w*)\b`,
      r`\b(on fire|house is burning|theres a fire)\b`,
      // A fire named in a fragment, with a call for help: "Köksbrand, hjälp".
      r`^(\w+ )?\w*brand( (hjälp|help|snälla|nu|brinner|eld))?$`,
    ],
    examples: ['det brinner i köket', 'det brinner!', 'lägenheten står i brand', 'köksbrand, hjälp'],
  },
  {
    id: 'emergency-other',
    level: 'emergency',
    patterns: [
      // Something sharp into an eye: "Spikpistolen slog rakt in i ögat på min arbetskamrat".
      r`\b(spik\w*|skruv\w*|kniv\w*|sax\w*|metallbit\w*|metallflisa|glasbit\w*|pil\w*|krok\w*|splitter) (\w+ ){0,4}(rakt )?(in )?i ögat\b|\b(nail|screw|knife|scissors|metal|glass|arrow|hook)\w* (\w+ ){0,4}(in|into) (his|her|my|the) eye\b`,
      // A finger or a hand nearly off: "Sågade mig i tummen, den hänger typ bara i en hudflik."
      r`^(?=.*\b(tumme\w*|finger\w*|fingr\w*|hand\w*|fot\w*|tå|tån|tårna)\b)(?=.*\b(hänger (\w+ ){0,3}(hudflik\w*|en tråd|en flik)|nästan av|halvt av|avsågad\w*|avskuren|avslit\w*|avhuggen)\b)`,
      // A tearing pain, or pain with a known aortic aneurysm: "det river i magen och ryggen som om något slits sönder".
      r`^(?=.*\b(kroppspulsåder\w*|aort\w*|aneurysm\w*)\b)(?=.*\b(river|ont|smärta\w*|slits|värk\w*|pain|tearing)\b)|\b(slits|rivs|river) sönder\b`,
      r`\b(caught|stuck) in the (\w+ )?(splitter|machine|saw|chipper|mower|press|auger)\b|\b(fingers?|hand|arm|foot|toes?) (are |is )?(almost |nearly |half )?(off|cut off|severed|crushed)\b`,
      r`\bnavelsträngen (\w+ ){0,2}(har )?(kommit ut|hänger ut|syns|är ute)\b|\b(umbilical )?cord (is |has )?(come out|coming out|prolapsed)\b`,
      r`\b(drunknar|drunknat|drunkna|drunkning|svår olycka)\b`,
      // A fall is a question for the guide ("har ramlat flera gånger, kan kommunen hjälpa till?") until someone cannot get up.
      r`\b(kan|kommer|orkar) (inte|int) (resa sig|resa mig|ta sig upp|upp från golvet)\b|\bligger (pa|på) (golvet|golve|golvt)\b`,
    ],
    unless: [ABOUT_CARE],
    examples: ['barnet håller på att drunkna', 'mormor har ramlat och kan inte resa sig'],
  },

  // ============================== suicide → 90101, and 112 ==============================
  {
    id: 'suicide-take-own-life',
    level: 'suicide',
    patterns: [
      r`\b(ta|tar|tog|tagit|tänker ta) livet av (mig|mej|sig|sej|oss)\b|\blivet av (mig|mej|sig|sej)\b`,
      r`\b(ta|tar|avsluta|avslutar|göra slut på|sätta stopp för) (mitt|sitt|hans|hennes) (eget )?liv\b`,
      r`\b(hänga|hänger|hängde|skjuta|dränka|förgifta) (mig|mej|sig|sej)\b|\bhur (man|jag|du) (hänger|dödar|tar livet av) (sig|mig|dig)\b`,
      r`\b(hoppa|kasta mig|kasta sig|köra|styra) (\w+ ){0,2}(framför|från|ut från|ner från|in i|av) (\w+ ){0,2}(tåget|ett tåg|tåg|bron|en bro|balkongen|taket|fönstret|lastbil|lastbilen|en lastbil|mötande|bergväggen|ett träd|vägen|stupet|kanten)\b`,
      r`\b(står|sitter|är|stod|satt|var|gick ut|stått|suttit) (\w+ ){0,2}(på|vid|uppe på|ut på) (\w+ )?(\w*bron|balkongen|balkong|isen|taket|kanten|räcket|tågspåret|spåret|\w+spåret|järnvägen|rälsen|stupet|balkongräcket|perrongkanten)\b`,
      r`\b(kill (myself|himself|herself|themselves)|killing (myself|himself|herself)|end (my|his|her) life|end it all|take (my|his|her) (own )?life|suicide note|on the bridge|want to jump)\b`,
      // The means at hand: "I have the pills in front of me", "har tabletterna framför mig".
      r`\b(have|got) (the |my |all the |a lot of |all my )?(pills|tablets|meds|pillen|painkillers) (in front of me|right here|ready|lined up|next to me)\b|\b(har|ligger) (alla )?(tabletterna|pillren|pillerna|medicinerna|burken) (framför mig|bredvid mig|framme|redo|i handen)\b`,
      // "ta livet av mig" typed as one word, with a slip: "tadlivetavmig".
      r`\bta[a-z]?livet[a-z]?av(mig|mej|sig|sej)\b`,
    ],
    unless: [ABOUT_CARE_NOT_ME, ABOUT_CARE_FOR_A_GROUP],
    examples: ['Jag har tankar på att ta livet av mig', 'jag har tankar pa att ta livet av mig', 'vill ta mitt liv', 'min kompis pratar om att ta livet av sig', 'I want to kill myself', 'står på bron nu'],
  },
  {
    id: 'suicide-wish-to-die',
    level: 'suicide',
    patterns: [
      r`\b(vill|ville|önskar) (bara |också |helst |nog |typ |verkligen )?dö\b(?! hemma)`,
      r`\b(vill|ville) (inte|int|ej) (längre |mer |alls )?(leva|finnas|existera|vakna|vara kvar|vara här|vara med|orka)\b|\b(inte|int) (vill|ville) (leva|finnas|existera|vara kvar|vara här|vara med)\b|\bvill inte vara med (längre|mer)\b`,
      // "Jag orkar inte mer" is a crisis; "orkar inte längre vänta i telefonkön" is a complaint.
      r`\borkar (inte|int|ej) (leva|längre|mer|me|något|nåt|någonting|nånting|allt|med (livet|allt|något|nåt|någonting))\b(?! (vänta|att vänta|ringa|att ringa|söka|leta|läsa|försöka|med (köerna|kön|väntan|vården|telefonkön|byråkratin)))`,
      r`\b(jag |ja )?kan (inte|int) (mer|längre)\b(?! (om|än|vänta|ringa|\w*a)\b)`,
      r`\b(önskar|önskade|önska) (att )?(jag|han|hon|hen|man) (var|vore|kunde vara) (död|borta)\b|\b(önskar|önskade|önska) (att )?(jag|man|han|hon) ((inte|int|aldrig) (fanns|hade fötts|funnits)|(fanns|hade fötts|funnits) (inte|int|aldrig))\b|\bbättre (om jag (var|vore) död|utan mig|om jag inte fanns|om jag försvann)\b`,
      r`\b(somna|sova|sov|lägga mig)( \w+){0,3} (och|o|å) (aldrig|inte|aldri|int) vakna\b|\b(aldrig|inte) vakna (igen|mer|upp igen)\b`,
      // "I just want everything to stop. Permanently." (and "vill att allt ska ta slut, för alltid"): an end wished for, and made final.
      r`\bwant (everything|it all|all of it|it) to (stop|end)\b( \w+){0,3} (permanently|forever|for good)\b|\bvill att (allt|det) ska (ta slut|sluta|upphöra)\b( \w+){0,3} (för alltid|för gott)\b`,
      r`\blivet är (meningslöst|inte värt|slut|för tungt)\b|\bingen mening (med|me|att) (livet|leva|någonting|något|nåt|nånting|allt|mitt liv)\b|\bingen idé att leva\b|\binte värt att leva\b|\b(allt|livet) (är|känns) (meningslöst|hopplöst)\b|\bser ingen (utväg|mening|framtid|annan utväg|väg ut|vägen ut|way out)\b|\b(finns det|är det) (någon|nån) mening (med|me) (någonting|nånting|något|nåt|livet|att leva)\b|\bingen (utväg|annan utväg)\b`,
      r`\bvill (bara )?(försvinna|sluta finnas)\b|\bväntar (bara )?på att (få )?(sluta finnas|dö|försvinna|somna in)\b|\b(skulle|kommer) (ens )?(inte )?(märka|sakna mig|bry sig) om jag (var borta|försvann|dog|inte fanns|fanns inte)\b|\bom jag (var borta|försvann|dog) (skulle|så)\b|\b(någon|nån) som (bryr sig|skulle bry sig|bryr sig ens|märker|skulle märka|saknar mig|skulle sakna mig) om (jag|ja) (försvinner|försvann|dör|dog|inte fanns|inte finns)\b`,
      r`\b(börda|belastning|till last) (för|på) (\w+ (och )?){0,3}(alla|er|familjen|mina|min|barnen)\b|\bså tar det slut\b(?= (av sig själv|till slut|på egen hand))|\bbara (en )?(börda|belastning)\b|\bär (bara )?till last\b`,
      r`\b(inte|int) (finnas|vara här|vara kvar|leva) (imorgon|i morgon|längre|mer|kvar|efter helgen)\b|\bkommer (inte|int) (att )?finnas\b(?! (någon|något|nån|nåt|plats|tid|resurser|pengar|personal|vård|kvar någon))|\b(jag|ja) kommer (inte|int) (att )?vara kvar\b(?! (på|i|hos|som|efter|till|vid|där|här|med|länge på))|\b(jag|ja) (\w+ )?(inte|int) (kommer (att )?|tänker )(finnas|vara) (här|kvar)\b(?! (på|i|hos|som|efter|till|vid|med))|\btror (\w+ )?(inte|int) att (jag|ja) (finns|är|lever) kvar\b|^(?=.*\b(självmord\w*|suicid\w*|ta livet av)\b)(?=.*\b(jag menar|alltså) (för|om) (mig|mej)( själv)?\b)|\b(inte|int) finns (någon|nån|ingen) mening (med|i) (att )?(finnas( till)?|leva|livet)\b|\bmening med att finnas( till)?\b|^(?=.*\b(slutat|slutade) (att )?ta (\w+ ){0,2}(mediciner\w*|medicinen|tabletter\w*|pillren)\b)(?=.*\b(sparar|samlar|gömmer) (dem|de|dom|dom i stället|dem i stället)\b)|\b(ska|kunna|kan) se ut som (en )?olycka\b|\bser det ut som (en )?olycka\b|\blook like an accident\b|\b(har|jag har) (en )?plan (och|o|å) (den|det) är (klar|bestämd|färdig)\b|\b(inte|aldrig) var (någons|nåns|ditt|ert|ditt) fel\b|^(?=.*\b(mitt|sitt|ditt) (eget )?liv\b)(?=.*\bavsluta (det|den|det hela)\b)|\bvar (inte|int) (någons|nåns) fel\b|^(?=.*\b(hej ?då|hejdå|adjö|farväl|goodbye)\b)(?=.*\b(den som läser|alla som läser|whoever reads)\b)|\bdatumet är (bestämt|satt|valt)\b(?! för)|\b(inte|int) kommer (att )?finnas (kvar|imorgon|i morgon|mer)\b`,
      r`\b(tänker|tänkt|funderar|grubblar) (\w+ ){0,3}på (döden|att dö)\b|\b(inget|ingenting|inte något|inte nåt|inte mycket|inte mycke) (kvar )?att leva för\b|\b(så|för) att (det|allt|livet) (ska )?ta(r)? slut\b|\bnär (de|dom|ni|någon|nån) hittar (mig|mej)\b|\bdet (jag|vi) (har )?planerat (till|för|i|på) (helgen|ikväll|imorgon|natten|lördag|söndag)\b|\b(göra|ta) slut på (allt|mig|mej|det hela|livet|mitt liv)\b|\bavsluta (allt|det hela|mitt liv)\b|\b(jag|ja) klarar (inte|int) (av )?(det här|detta|livet|mer|något mer)( längre)?\b|\bhatar (mitt liv|livet|mig själv|mej själv)\b|\bingen (skulle )?(bryr|bry|bryr sig) (sig )?om (mig|mej)\b|\bta (mig|mej|sig|sej) av daga\b|\b(ska|tänker|vill|kommer att) hoppa\b(?! (av|över|in|på|upp|ner i poolen))`,
      r`\bhur (gör|kan|ska) (man|jag) (\w+ ){0,2}(för att )?(dö|ta livet|ta mitt liv|avsluta)\b|\bdö utan (att )?(det gör ont|smärta|att det gör ont)\b|\bsmärtfritt (sätt )?att dö\b|\b(whats|what is) the point( of (living|anything|it all)| anymore)?\b|\b(dont|do not|cant|cannot|can not) (really )?see (the|any) point( (anymore|in (living|anything|it|going on)))?\b|\blivet är slut\b(?= (\w+ ){0,4}(bokstavligt|på riktigt))|^(?=.*\b(skrivit ner|skrev ner|samlat ihop|lagt fram|lämnat) (\w+ ){0,2}(lösenord\w*|koder|koderna|pinkod\w*|bankkoder\w*)\b)(?=.*\b(betalat (\w+ ){0,3}i förväg|så (det|allt) är ordnat|allt är ordnat)\b)|\b(vore|är|skulle vara) (enklast|bäst|skönast|lättast) om (jag|ja|vi|vi båda|vi bägge) (\w+ )?(fick |kunde )?(slippa|slapp|somna in|dö|dog|försvinna|försvann|inte fanns)\b|\bbetter off if i\b|\bif i (just )?(disappeared|was gone|were gone|died)\b|\bending (it|my life|things)\b|\bgot the pills\b`,
      r`\b(nåt|något|ett|bästa|enklaste|smärtfritt|snabbaste|säkraste) sätt att (dö|ta livet av (mig|sig)|ta mitt liv|avsluta)\b|\b(a|the|best|easiest|painless) way to (die|kill myself|end it)\b|\bsista (mejl\w*|mail\w*|meddelande\w*|brev\w*|sms\w*|inlägg\w*)\b|^(?=.*\b(tack för allt|thanks for everything)\b)(?=.*\b(stängt av|stängde av|svarar (inte|int)|går (inte|int) att nå|når (henne|honom|hen) (inte|int)|turned off|not answering|wont answer)\b)|^(?=.*\b(sista|last) (natten|kvällen|dagen|night|day)\b)(?=.*\b((ville|vill) (bara )?(säga|berätta|skriva) (det |hejdå |adjö )?(till )?(någon|nån|er|dig)|wanted (to )?(tell|say it to) someone)\b)|\b(ville|vill) (bara )?säga (tack och )?(hej|hejdå|adjö|farväl) till (någon|nån) innan (jag|ja) (går|försvinner|dör)\b|\bschemala\w* (ett |en )?(sista|avskeds)|\bhur (högt|långt) (\w+ ){0,3}hoppa\b|\bhow (high|far) (\w+ ){0,3}jump\b`,
      r`\bom (jag|han|hon|hen) (var|vore) borta\b|\b\w*(vapnet|geväret|gevär|bössan|pistolen) (ligger |är |står )?(framme|laddad\w*|i knät)\b|\b(rivit|river|rev|pillat|skurit) upp (såren|ärren|sår|ärr)\b|\b(ta ett steg|kliva|gå|hoppa|ramla) (fram|ut|ner)( \w+){0,4} (tåget|spåret|rälsen|bilarna|lastbilen|tunnelbanan)\b|\b(step|jump) (in front of|onto) the (train|tracks)\b`,
      r`\bkan (man|jag|en|någon|du) dö av (\d+|en hel|hela|alla|för många|så många)\b|\bdö av (\d+) \w+|\bcan (you|i|someone|a person) die (from|of) (\d+|a whole|all)\b|\b(göra|gör|göra något|göra nåt) (illa )?(mot|åt) (mig|mej) själv\b|\bvad jag (kan|ska|kommer att) göra (mot|med) (mig|mej) själv\b`,
      r`\b(har|jag har) (en )?plan (och|o|å) (ett )?(datum|en dag|en tid|ett sätt|allt jag behöver)\b|\bhar (\w+ )?(bestämt|valt|satt) (ett )?datum\b|\b(jag|ja) orkar (inte|int|ej)$|\b(does|would|will) (anyone|anybody) (even )?(care|notice|miss me) if (im|i am|i was|i were) (gone|dead)\b|\b(been )?planning (how|when) (to|i)\b|\bplan (och|o|å) (jag )?vet (när|hur|var)\b|\blagt fram (alla )?(papper|papperen|försäkring\w*|dokument\w*)\b|\bberättat var (nycklarna|papperen|koderna|lösenorden) (finns|ligger)\b|\bnu är det slut\b|\b(klarar|orkar|överlever|pallar) (inte|int) (ett dygn|en dag|en natt|en vecka|en timme) till\b|\bvet (inte|int) (hur|om) (jag|ja) (ska|kommer att|kommer|kan) (klara|överleva|ta mig igenom|stå ut) (den här |denna |hela )?(natten|inatt|i natt)\b|\bvem skulle (ens )?(sakna|märka|bry sig om) (mig|mej|om jag)\b|\bvarför (ska|skulle) (jag|man) (fortsätta|leva|orka|kämpa|finnas)\b|\bwhy should i (go on|keep going|continue|live|bother)\b|\bvet (var|hur|när) (jag|han|hon) ska göra det\b|\b(har|hade) försökt (\w+ ){0,3}(förut|tidigare|innan|en gång)\b.*\b(känns|är) (det )?(precis )?(likadant|samma|som då)\b`,
      r`\b(ingenting|inget|inte något|inte nåt) är (någon|nån) idé\b|\bvapenskåp\w*|\b(nyckeln|koden) till (vapen\w*|gevär\w*)\b|\b(det )?(får|fick) (det )?vara nog\b|\bnu (får|är) det nog\b|\b(see|is) (no|any|not any) point in (going on|living|continuing|anything|life)\b|\bno point in (going on|living)\b`,
      r`\b(wrote|written|left|writing|started writing|been writing) (a |my )?(letter|note|letters|notes) (to|for) (my|her|his)\b|\b(börjat |håller på att |sitter och )?(skriva|skriver) (ett |några )?(brev|avskedsbrev|meddelande) till (mina föräldrar|mamma|pappa|familjen|barnen|mina barn)\b|\b(få|får|skulle få) (\w+ )?livförsäkring\w*|\b\w*försäkring\w* (\w+ ){0,2}(är|vore|blir) (\w+ )?(värd mer|mer värd) än (jag|mig|mej)\b|\b(värd mer|mer värd) död (än levande)?\b|\b(sitter|står|ligger|satt) med (\w+ )?(\w*gevär\w*|vapnet|pistolen|repet|tabletterna|kniven|bössan)\b|\benda (sättet|utvägen|lösningen|vägen)\b|\b(få|göra) slut på (det här|allt|detta|eländet)\b|\batt (inte|int) finnas\b(?! (någon|något|nån|nåt|plats|tid|resurser))|\b(how many|how much) (\w+ ){0,3}(it takes )?to (die|overdose|not wake up)\b|\btakes to die\b`,
      r`\b(dödstankar|dödslängtan|dödlig dos|dödliga doser|lethal dose)\b|\b(tagit|ta|tar|tog|svalt|svälja|sväljer|svalde) (\w+ )?(tillräckligt|nog)( \w+){0,3} för att (det ska räcka|dö|(aldrig|inte|slippa) vakna)\b|\b(behövs|krävs|räcker|behöver (jag|man)) (\w+ ){0,2}för att (dö|inte vakna|aldrig vakna|somna in för gott)\b|\bför att (\w+ ){0,2}(aldrig|inte) (\w+ )?vakna( igen)?\b`,
      r`\b(wanting to die|want to be dead|wish (i|that i) (was|were) (gone|dead)|wish i didnt exist|want to die|wanna die|wish i was dead|wish i were dead|dont want to (live|be alive|be here|exist|wake up)|no reason to live|better off (dead|without me)|no point (in )?(living|anymore|going on)|cant (go on|do this anymore|take (it|this) anymore)|not be (here|around) tomorrow|burden to everyone|sleep and never wake|(no one|nobody) (would|will) (miss|notice|care)|(going to|gonna|will|want to) (jump|end it)|end it|nothing to live for|hate my life)\b`,
    ],
    unless: [ABOUT_CARE_NOT_ME, ABOUT_CARE_FOR_A_GROUP],
    examples: ['Jag vill inte leva längre', 'vill inte leva', 'jag vill dö', 'jag vill do', 'orkar inte leva', 'jag orkar inte mer', 'vill sova och aldrig vakna', 'ingen mening med någonting', 'everyone would be better off without me'],
  },
  {
    id: 'suicide-at-the-tracks',
    level: 'suicide',
    // At the tracks, and the train on its way, said in a few words and nothing else: "Sitter på perrongen. Tåget kommer
    // om fem minuter." A longer message about a journey asks something else.
    patterns: [r`\b(perrongen|spåret|spåren|rälsen|järnvägen|plattformen|tågspåret|the platform|the tracks)\b`],
    requires: [
      [r`\b(tåget|tågen|pendeln|pendeltåget|snabbtåget|godståget|nattåget|the train) (kommer|går|passerar|är här|är snart här|comes|is coming)\b`],
      [r`^(\S+ ){0,11}\S+$`],
    ],
    examples: ['Sitter på perrongen. Tåget kommer om fem minuter.', 'står vid spåret, godståget kommer snart'],
  },
  {
    id: 'suicide-plan-or-farewell',
    level: 'suicide',
    // Indirect signs: a plan, the means put aside, farewells, belongings given away.
    patterns: [
      r`\bhur länge (man|jag|en) (klarar sig|överlever|lever) i (det|vattnet|kylan|snön|havet|älven|sjön)\b|\bvem hittar (mig|mej)\b|\bvill (inte|int) att (grannen|barnen|någon|nån|mamma|pappa) ska (behöva )?hitta (mig|mej)\b|\bwho will find me\b`,
      r`\b(börjat|började) (samla|spara|hamstra|köpa) (på )?(\w+ ){0,2}${MEDICINE}`,
      // The last time anywhere, and no more appointments: "sista gången jag skriver här, eller någonstans … Ni behöver inte boka fler tider åt mig."
      r`\bsista gången (jag|ja) (skriver|hör av mig|pratar|säger något)( här| till er)?,? eller (någonstans|nånstans|till någon|till nån|med någon|med nån)\b|\b(behöver|ska|behövs) (inte|int|inga) (boka|bokas|planera) (\w+ )?(fler|mer|flera|nya) (tider|besök|samtal|möten) (åt|för|med|till) (mig|mej)\b(?=.*\b(sista|aldrig|farväl|hej då|adjö)\b)`,
      // Not waiting for an illness to end it: "har jag bestämt att jag inte ska vänta på slutet, jag gör det själv innan dess."
      r`^(?=.*\b(inte|int) (ska |tänker |vill |orkar )?(vänta|väntar) på (slutet|döden|att (dö|det tar slut))\b)(?=.*\b(gör|göra|ta) (det|mitt liv|livet) (själv|själva|av mig)\b)`,
      // One of the figures one studies: "… nu känns det som att jag själv snart blir en av siffrorna."
      r`\b(jag|ja) (själv )?(snart |också |med |nog )?(blir|kommer (att )?bli|är på väg att bli|hamnar) (en av|en i|en del av) (siffrorna|statistiken)\b`,
      // Better off without me: "Familjen skulle klara sig bättre med livförsäkringen än med mig".
      r`\b(klara sig|klarar sig|ha det|har det|må|mår|vara) bättre (\w+ ){0,3}(utan mig|än med mig)\b`,
      r`\b(keep )?(opening|open|opened) the window and (looking|look|looked|staring|stare) down\b|\b(öppnar|öppnat|öppnade) fönstret och (tittar|kollar|stirrar|tittade) ner\b`,
      // Afraid of what one may do to oneself: "rädd för vad man själv ska göra i natt".
      r`\brädd för vad (jag|ja|man|han|hon|hen) (själv )?(ska|kan|kommer att|kommer|skulle) göra\b|\b(afraid|scared) of what i (might|could|will) do\b`,
      r`\b(kollat|kollar|googlat|googlar|sökt|söker|letat|letar) (upp |på |om |efter )?(höga hus|höghus|broar|bron|hur högt|höga byggnader)\b`,
      r`\b(loggar|logga|loggat) ut (för gott|för alltid|permanent)\b|\blog(ging)? (off|out) (for good|forever|permanently)\b|\bförsvinn(a|er|it) (på riktigt|för gott)\b|\b(disappear|disappearing|vanish|vanishing) for (real|good)\b`,
      r`\b(skrivit|skrev|skriver) (ner |upp )?vem som ska (få|ärva) (vad|allt|mina)\b`,
      // The means asked about: "något på nätet som gör att man dör snabbt", "om man hoppar från tionde våningen".
      r`\b(något|nåt|nånting|någonting|ett medel|piller|tabletter|ett gift|gift) (\w+ ){0,4}som (gör att )?(man|jag|en) (dör|somnar in|slutar andas) (snabbt|fort|direkt|smärtfritt|utan smärta|på en gång|för alltid)\b|\bvad händer (med kroppen )?(om|när) (man|en|jag) (hoppar|faller|kastar sig) (från|ner från|ut från|ut genom) (\w+ ){0,2}(\w+våningen|våningen|taket|bron|balkongen|fönstret|höghuset)\b`,
      r`\b(har )?(tänkt ut|planerat|bestämt|räknat ut) (hur och när|när och hur|exakt hur|var och när|när och var)\b|\b(worked out|planned|figured out) (how and when|when and how|exactly how)\b`,
      r`\b(delat|delade|delar) ut (alla |sina |mina |hans |hennes )(\w+ ){0,2}(till|åt)\b`,
      // "Tonight's the night. I just wanted to tell someone."
      r`^(?=.*\b(tonights the night|its time now|ikväll är det dags|i kväll är det dags|i natt är det dags|nu är det dags)\b)(?=.*\b(tell someone|someone to know|säga det till någon|berätta för någon|att någon skulle veta)\b)`,
      // Longing for one's own funeral; the rope hung up or ready; methods looked up.
      r`^(?=.*\b(sin|min|my) (egen |own )?(begravning|funeral)\b)(?=.*\b(längt\w*|vem som ska få|skrämmer mig|lättad|relieved|every night|varje natt|longing|long for))|\blängtar (efter|till) döden\b`,
      r`\b(hängt|hängde|satt) upp (ett |repet|rep|snaran|en snara)\b|\b(the |a )?rope (is )?ready\b|\bgot the rope\b|\brepet (är )?(klart|redo|färdigt)\b`,
      r`\b(googlat|googlar|kollat|sökt|läst) (på |om )?hur (många|mycket) (\w+ ){0,2}(som )?(behövs|krävs|räcker)\b|\bgooglar? (på |om )?(broar|bron|höga hus|hur högt)\b|\bgooglat (på |om )?(broar|bron|hur högt)\b`,
      // "Ni behöver inte svara. Jag har redan tagit dem."
      r`^(?=.*\b(behöver (inte|int) svara|you dont (need|have) to (answer|reply))\b)(?=.*\b(tagit|tog|svalt|svalde|taken|took) (dem|dom|alla|allihop|them|all of them)\b)`,
      // Assisted dying out of reach, done oneself: "läst om Dignitas men har inte råd, så jag får ordna det själv".
      r`^(?=.*\b(dignitas|dödshjälp|assisted (dying|suicide)|eutanasi|exit international)\b)(?=.*\b((ordna|göra|fixa|lösa) det (själv|på egen hand)|do it myself|on my own)\b)`,
      // Going out to the tracks when it gets dark; staring at the bridge all night; the knife on the table.
      r`\b(när det (blir|har blivit) mörkt|ikväll|i kväll|inatt|i natt|sen|snart) ((går|åker|ska) (jag|ja)|(jag|ja) (går|åker|ska gå)) (ut )?(till|mot) (järnvägen|spåret|spåren|rälsen|bron|tåget|stupet)\b`,
      r`\b(staring|stared|been staring|looking down) at the (bridge|tracks|water|river|rails)\b|\b(stirrat|stirrar|tittat|tittar) (ut )?på (bron|spåren|rälsen|vattnet|älven) hela (natten|kvällen)\b|\bi think (its|it is) time$`,
      r`\b(kniven|repet|geväret|pistolen|rakbladet|rakbladen|the knife|the rope|the gun) (\w+ )?(ligger|är|står|is|lies) (framme|redo|på bordet|bredvid mig|on the table|ready|next to me)\b`,
      // A weapon shown with a last goodbye: "pictures of his rifle with 'last sunset' and hasn't answered his phone".
      r`^(?=.*\b(rifle|gun|geväret|gevär|vapnet|bössan|pistol\w*|studsare\w*)\b)(?=.*\b(last sunset|sista solnedgång\w*|last goodbye|sista (kvällen|natten)|hasnt answered|svarar (inte|int)|inte svarat)\b)`,
      // Not planning to be there by morning.
      r`\b(dont|do not|dont even) plan (to be|on being) (here|around|alive) (by|in the|tomorrow|tonight)\b|\b(planerar|tänker) (inte|int) (att )?(vara|finnas) (kvar|här) (imorgon|i morgon|till morgonen|på morgonen|i natt)\b`,
      // To die by one's own hand, and affairs put in order: "om jag dör för egen hand? Jag vill att allt ska vara ordnat."
      r`\b(dö|dör|dött|döda mig|ta mitt liv) för egen hand\b|\bby my own hand\b`,
      // A weapon thought of in a way one does not like: "har börjat tänka på den på ett sätt jag inte gillar".
      r`^(?=.*\b(\w*studsare\w*|\w*gevär\w*|vapnet|vapen|pistol\w*|bössa\w*|\w*bössan)\b)(?=.*\b(tänka|tänker|tänkt|tänkte) på (den|det|dem|honom|henne) på ett (\w+ )?sätt\b)`,
      // Who gets one's things, a funeral playlist, who takes the cat "efteråt".
      r`\b(vem|vilka) som ska få (mina|hennes|hans|sina) (saker|grejer|prylar|kläder|smycken|ägodelar)\b|\bwho (gets|will get|should get) (my|her|his) (things|stuff|belongings)\b|\b(spellista|playlist|låtlista)\b( \w+){0,6} (begravning|funeral)\b|\bvem som (ska )?(ta|tar) hand om (\w+ ){1,2}(efteråt|efter mig|när (jag|hon|han) är borta)\b`,
      r`\b(sparat|samlat|sparar|samlar|gömt|köpt|skaffat|hamstrat) (\w+ ){0,3}(${MEDICINE}|rep|ett rep)`,
      r`\b(ta|äta|svälja|tar) (alla|hela|allihop|en massa|resten av) (\w+ ){0,2}${MEDICINE}`,
      r`\b(repet|snaran|snara|ett rep)\b( \w+){0,3} (ligger|hänger|är|finns|står) (redan|klar|klart|redo|uppe|framme|uppsatt)\b|\bsnara\b|\b(bössan|geväret|vapnet|pistolen|hagelgeväret) (\w+ )?(står|är|ligger) (\w+ )?laddad\w*`,
      r`\b((inte|aldrig) (tänker|kommer (att )?|ska)|(tänker|kommer (att )?|ska) (inte|aldrig)) (se|uppleva|vara med (om|på)|fira|klara) (nästa|julen|sommaren|våren|vintern|hösten|min|sin|natten)\b|\b((inte|aldrig) (komma|kommer)|kommer (inte|aldrig)( att)?( komma)?) (tillbaka|hem (mer|igen))\b|\b((inte|int) kommer|kommer (inte|int)) (att )?(behöva|vara kvar) (dem|dom|det|den|något|nåt|sina|mina|så länge|länge)( \w+)?( (mer|längre|till))?\b|\b(klarar|överlever) (inte|int) natten\b`,
      r`\b(bilen|motorn) (\w+ ){0,2}(igång|i gång|på|går)\b( \w+){0,6} garage\w*|\bgarage\w*( \w+){0,6} (bilen|motorn) (\w+ ){0,2}(igång|i gång|går)\b|\b(tänkt|tänker|tänkte) på (geväret|vapnet|pistolen|repet|tabletterna|bron|tåget|rälsen)\b|\b(är |e )?(inte|int) värt (nåt|något|någonting|det|att leva) (längre|mer)\b|\b(min|hennes|hans|sin|my|her|his) sista (kväll|natt|dag|dagen|kvällen|natten|night|day)\b|\b(inte|int) (jag |han |hon )?(klarar|överlever) (natten|en dag till|till imorgon)\b|\bbehöver (inte|int) bry (er|dig|oss|sig) om (mig|mej|honom|henne) (mer|längre)\b`,
      r`\bförlåt för allt\b|\b(enda|sista) (utväg|utvägen|vägen ut|lösningen|utvägen)\b|\b(en|finns en) väg ut\b|\b(kan|orkar|klarar) (inte|int) ta (det här|detta|mer|det) (längre|mer)\b|\bspelar ingen roll (längre|om jag|vad jag|vad som händer)\b|\btrött på (att )?(leva|finnas|livet|att finnas till|allt)\b|\bstraffa (mig|mej|sig|sej)\b`,
      r`\b(räknat|räknar|räknade) (\w+ ){0,2}(på )?(vad som (skulle )?(behövas|behövs|krävas|krävs)|hur (många|mycket) (\w+ )?(som )?(skulle )?(behövas|behövs|krävas|krävs))\b(?! för att)|\btanken (går|försvinner) (inte|int) (bort|över)\b`,
      // The means known, and the thought that does not go away: "vet precis vilka läkemedel som skulle räcka".
      r`\bvet (precis |exakt )?(vilka|hur många|hur mycket) (\w+ ){0,2}(${MEDICINE}|tabletter|piller|läkemedel) (\w+ )?(som )?(skulle )?(räcka|räcker)\b(?! (för|till) (en|ett|två|tre|\d+|hela|resan|semestern)\b)`,
      // A message left so that they will know why: "spelat in ett videomeddelande till familjen så dom vet varför ja gjorde de".
      r`\bså (att )?(de|dom|ni|alla|familjen|mamma|pappa|barnen|du) (vet|förstår|ska (veta|förstå)|kan förstå) varför (jag|ja) (gjorde|har gjort|gör|kommer att göra) (det|de|så)\b|\bso (they|you|everyone) (know|understand|will know) why i did (it|this)\b`,
      r`\b(tittar|kollar|stirrar|ser) ner (på|i|mot) (vattnet|spåren|spåret|rälsen|djupet|stupet)\b|\b(står|sitter) (\w+ ){0,3}(på|vid) (bron|kanten|taket|räcket|stupet|perrongen)\b(?=.*\b(tittar|kollar|stirrar|ser) ner\b)`,
      r`\b(${MEDICINE}) (\w+ ){0,2}(ligger|är|står) (framme|redo|på bordet)\b|\b(pills|tablets|rope) (are|is) (ready|on the table)\b`,
      r`\b(jag|ja) har (bestämt|bestämmt) mig\b(?! (för|om))|\b(already )?decided to (die|end (it|my life)|kill myself)\b|\bbestämt (mig|mej|sig) för att (dö|ta (mitt|sitt) liv|ta livet av (mig|mej|sig)|avsluta (det|livet))\b|\bbestämt (mig|mej) för (måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|helgen|ikväll|imorgon|inatt|natten)\b|\bi have a plan\b|\bhar en plan (för att|att) (dö|ta|avsluta|försvinna)\b|\bdet blir (i helgen|ikväll|i kväll|i natt|inatt|imorgon)\b`,
      // "om man har bestämt sig, finns det nån man måste meddela innan?": decided, and putting affairs in order.
      r`^(?=.*\b(man|jag|ja) har (bestämt|bestämmt) (sig|mig|mej)\b(?! (för|om|att|vilken|vilket|var|när)))(?=.*\b(meddela|säga till|informera|ordna|hinna) (\w+ ){0,3}innan\b)`,
      // Medicine put aside until there is enough: "samla ihop lite till, det räcker inte riktigt än".
      r`^(?=.*\b(samla|samlar|samlat|spara|sparar|sparat|hamstra\w*) (ihop|på|undan)\b)(?=.*\b(räcker (inte|int) (\w+ )?(än|ännu)|(inte|int) (\w+ )?(tillräckligt|nog) (än|ännu))\b)(?=.*\b${MEDICINE})`,
      // A height asked for as a means: "googlat vilken våning som räcker".
      r`\b(vilken|hur hög|hur många) (våning\w*|höjd) (\w+ ){0,3}(räcker|behövs|krävs)\b|\bgör (det|de) ont (om|att|när) (man|jag|ja) (kör (rakt )?in i|hoppar|hänger|dränker|skjuter)\b|\bdoes it hurt (if|when|to) (you|i|one) (drive|jump|hang|crash)\b`,
      // Staying alive measured in how long one can bear it: "hur länge till jag orkar vara kvar här".
      r`\b(orkar|klarar) (\w+ )?(vara kvar|finnas kvar) här\b|\bhur länge (till |mer )?(jag|ja) orkar (vara kvar|finnas|leva|hålla ut)\b`,
      // Going out into deadly cold, asked how long it takes.
      r`^(?=.*\b(utan (jacka|kläder|ytterkläder|mössa|skor)|lägger mig i snön|lägga mig i snön|ut i kylan)\b)(?=.*\b(\w+ minus|minus \w+|kallt|kyla|kylan|snön)\b)(?=.*\bhur (lång tid|länge)\b)`,
      r`\bhow (high|many floors) (\w+ ){0,3}(is enough|do you need|to die)\b`,
      r`\b(det här|detta|det) blir (min|mitt) sista (vecka|dag|natt|helg|månad|jul|sommar)\b|\b(spelar|spela) (ingen|nån|någon) roll längre\b`,
      r`\bavskeds\w*|\b(skrivit|skrev|skriver|lämnat) (ett |några |sista )?(brev|meddelanden|meddelande) till (mina|sina|alla|barnen|familjen|min|sin|oss|mamma|pappa)\b|\b(farewell|goodbye) (letter|note|message)\b`,
      r`\b(sagt|säger|sade|skrev|skrivit|sms\w*|snappade|lagt ut|la ut|lade ut|lagt upp|la upp|lade upp|postat|postade|publicerat|publicerade|(jag|ja|han|hon|hen|de|dom|hen|mamma|pappa|min \w+) sa) (\w+ ){0,8}(hejdå|hej då|adjö|farväl)\b|\b(texted|said|saying|wrote) (me |us |her |him )?(goodbye|bye)\b`,
      r`\b(ge|ger|gett|gav|givit|skänkt|skänker) bort (?!(\w+ ){0,2}(hjälpmedel|rullator|duschpall|rullstol|kryckor|barnkläder|leksaker|möbler))(alla |allt |sina |mina |hans |hennes )(\w+ ){0,2}|\b(ge|ger|gett|gav|givit|skänkt|skänker) bort (alla |allt |sina |mina |hans |hennes )?(saker|grejer|ägodelar|prylar|kläder|djur|katt\w*|hund\w*|allt)\b|\b(giving|gave) (away )?(my|his|her|all) (stuff|things|belongings)\b`,
      r`\b(inget|ingenting) (kvar )?(att (göra|leva för)|kvar) här\b|\bha(r)? inget kvar\b`,
      r`\b(ska|vill) till (henne|honom|mamma|pappa|dem) (snart|nu)\b|\bvill (bara )?(vara|komma|få komma) (där|dit|till) (han|hon|hen|de|dom|honom|henne|dem)( är| finns)?\b|\b(want to|wanna) (be|go) (where|with) (he|she|they|him|her|them) (is|are)?\b`,
      r`\b(tänker|tänkt|tänkte|funderar|funderade) (\w+ ){0,3}(på att )?(styra|köra|hoppa|kasta|gå ut)\b(?! (patient\w*|\w*flöde\w*|resurser\w*|verksamhet\w*|arbetet|om|mot|över))|\b(keep thinking|been thinking|think) about (driving|crashing|jumping|dying|ending|killing)\b|\b(drive|driving|crash|crashing|steer|steering) (\w+ ){0,3}into (a |an |the )?(truck|tree|wall|lake|oncoming|bridge)\b`,
    ],
    unless: [ABOUT_CARE_NOT_ME, ABOUT_CARE_FOR_A_GROUP],
    examples: ['har sparat ihop tabletter i en burk', 'hittade ett avskedsbrev', 'min sambo har börjat ge bort sina saker', 'My girlfriend texted me goodbye'],
  },
  {
    id: 'suicide-farewell-message',
    level: 'suicide',
    // A farewell: sorry, or love, and a last wish or silence, in any order.
    patterns: [r`\b(förlåt|farväl|adjö|jag älskar (dig|er)|sorry|i love you|take care of|tackade för allt|tackar för allt|thanked everyone)\b`],
    requires: [[r`\bta hand om (mamma|pappa|barnen|katten|hunden|dig själv|er|min|mina|mig)\b|\b(svarar (inte|int)|stängt av|avstängd|går (inte|int) att nå|unreachable|säg till|hälsa|innan|sista|för alltid|aldrig mer|glöm (inte|int) mig|take care of|not answering|goodbye|forever)\b`]],
    unless: [ABOUT_CARE],
    examples: ['förlåt, jag älskar dig, ta hand om mamma', 'sorry for everything, take care of mum'],
  },
  {
    id: 'suicide-self-harm',
    level: 'suicide',
    patterns: [
      r`\bskad(a|ar|at|ade) (mig|mej|sig|sej) (sj\w*|själva|själv)\b|\b(gjort|gör|gjorde) (\w+ )?på (sig|mig|mej|sej) själv\b`,
      r`\b(vill|brukar|börjat|börjar|tänker|kommer att) (att )?skada (mig|mej|sig|sej)\b|\b(jag|han|hon|hen) skadar (mig|mej|sig|sej)\b`,
      r`\b(tankar|tänker|funderar|funderingar|tänkt) (\w+ ){0,2}(på|om) (att )?(dö|ta livet|ta mitt liv|skada mig|skada mej|skada sig|inte leva|avsluta)\b`,
      r`\b(skära|skär|skar|skurit|rispa|rispar|rispat|bränner|bränt|brände) (mig|mej|sig|sej)( (själv|igen|i (armarna|armen|handleden|benen|låren)|på (armarna|armen|benen|låren)|med))?\b(?! (på (ugnen|spisen|strykjärnet|kaffet)|när))`,
      r`\b(skar|skurit|skär) (mig |mej |sig |sej )?(djup\w*|igen)\b|\bmärken på (armarna|armen|benen|låren|handlederna)\b`,
      r`\b(skärsår|brännmärken|ärr) (\w+ ){0,3}(som )?(han|hon|hen|jag) (gjort|har gjort|gör)\b`,
      r`\b(hurt|harm|hurting|harming|cut|cutting|burn|burning) (myself|himself|herself|themselves)\b|\bself ?harm\w*|\b(been |keep |kept )?(cutting|cuting|hurting|harming) (myself|herself|himself)\b`,
    ],
    unless: [ABOUT_CARE_FOR_A_GROUP, ABOUT_CARE_NOT_ME],
    examples: ['Jag har tankar på att skada mig själv', 'jag har tankar pa att skada mig sjalv', 'jag skadar mig själv', 'jag vill skära mig', 'skar mig igen ikväll'],
  },
  {
    id: 'suicide-mentioned',
    level: 'suicide',
    // The bare word, with typos and compounds (självmordstankar). Not when it reads as a question about
    // the system: "Hur arbetar kommunen med suicidprevention?"
    fuzzy: ['självmord', 'suicid'],
    patterns: [r`\bsjälvskad\w*`, r`\bsuicid\w*`],
    unless: [ABOUT_CARE, r`^(?!.*${FIRST_PERSON}).*\b(hur|vad|vilket|vilka|finns)\b.*\b(stöd|hjälp)\b`, r`^(?!.*${FIRST_PERSON}).*\b(självmordslinje\w*|suicidlinje\w*|vem driver|vilka driver)\b`,
      // A group described, in a question about who is counted: "räknas anhöriga till personer med missbruk och självskadebeteende in?"
      r`^(?!.*${FIRST_PERSON}).*\b(personer|människor|ungdomar|unga|elever|patienter|brukare|invånare|grupper) med (\w+ ){0,3}(självskade\w*|suicid\w*)`,
      // What a film or a text is about, and the work against it: "Handlar den om självmord?", "arbetet mot psykisk ohälsa och självmord".
      r`^(?!.*${FIRST_PERSON}).*\b(handlar|handla) (den|det|filmen|boken|texten|artikeln|sidan|kursen|utbildningen|föreläsningen) (\w+ )?om\b|\b(arbetet|arbete|insatser\w*|strategi\w*|program\w*|handlingsplan\w*) (mot|kring|för att förebygga) (\w+ ){0,4}(självmord|suicid)\w*`],
    examples: ['självmord', 'sjalvmord', 'självmordstankar', 'sjävmordstankar', 'suicidal', 'Hur kan jag hjälpa en vän med självmordstankar?'],
  },

  // ============================== violence → 112 and Kvinnofridslinjen ==============================
  {
    id: 'violence-assault',
    level: 'violence',
    patterns: [
      r`\b(slå|sparka|knuffa|strypa|misshandla|nypa|slår|slog|slagit|misshandlar|misshandlade|misshandlat|sparkar|sparkade|sparkat|knuffar|knuffade|knuffat|stryper|ströp|strypt|våldtar|våldtog|våldtagit|förföljer|attackerar|attackerade|jagar|knivhögg|skjuter|sköt|nyper|drar i håret|drog mig i håret|kastade|kastar|bankar|bankade) (\w+ ){0,3}(mig|mej|oss|barnen|mitt barn|mina barn|min \w+|henne|honom|mamma|pappa)\b`,
      // Abused at home, said in the passive: "brorsan misshandlas hemma av farsan".
      // Said of "one": "vart vänder man sig om ens man slår en?"
      r`\bens (man|make|fru|maka|partner|sambo|pojkvän|flickvän|kille|tjej|pappa|mamma|förälder|föräldrar) (\w+ ){0,2}(slår|slog|sparkar|hotar|misshandlar|stryper|våldtar|förföljer) en\b`,
      r`\b(misshandlas|slås|hotas|våldtas|misshandlades|slogs) (hemma|av (\w+ )?(farsan|morsan|pappa|mamma|styv\w*|sin \w+|sina \w+|hans \w+|hennes \w+|sambon|pojkvännen|flickvännen|maken|frun))\b`,
      // Threats received: "Fick ett sms från okänt nummer: vi vet var du bor och du kommer att dö."
      r`\b(vi|jag) vet (var|vart) du bor\b|^(?=.*\b(sms\w*|meddelande\w*|brev|brevet|mejl|mail|lapp|lappen|skrev|skriver|hotar|hotade|hot)\b).*\bdu (kommer (att )?|ska )dö\b`,
      // Someone coming into a child's room at night: "styvfarsan kommer in pa rummet pa natten".
      r`\b(styvfar\w*|styvfarsan|styvpappa\w*|mammas (kille|pojkvän|sambo|man)|farsan|pappa|morbror|farbror|\w*brorsan|grannen|han) (\w+ )?(kommer|kom|brukar komma|smyger|smög) in (på|i) (mitt rum|rummet|sovrummet|mitt sovrum)( på natten| på nätterna| när (alla|mamma|de andra) sover)\b`,
      // A bone of mine broken by someone: "Han bröt min arm förra månaden och jag sa på akuten att jag ramlade."
      r`\b(han|hon|hen|min \w+|pappa|mamma|farsan|morsan|maken|frun|sambon|killen|tjejen) (har )?(bröt|brutit|knäckte|knäckt|vred ur led|vridit ur led) (min|mitt|mina) (\w+ )?(arm|armen|ben|benet|näsa|näsan|revben|käke|käken|finger|fingret|fingrar|handled|handleden|nyckelben|nyckelbenet|tand|tänder|axel|axeln)\b|\b(he|she|my \w+) broke my (arm|leg|nose|ribs?|jaw|finger|wrist)\b`,
      // Tied to a bed or chair: "en man med demens satt fastbunden i sängen när jag kom".
      r`\b(fastbunden|fastbundna|fastbundet|fastspänd|fastspända|bunden|bundna|bundit fast|binder fast|band fast|tejpad) (\w+ ){0,2}(i|vid|mot) (sängen|sängkanten|stolen|rullstolen|elementet|kroppen)\b|\b(tied|strapped) (up |down )?(to|in) (the |his |her )?(bed|chair|wheelchair)\b`,
      // Locked in by someone, said in the passive with the one who does it: "blir inlåst i sin lägenhet av sin brorson".
      r`\b(blir|blev|är|har blivit|hålls|hölls) (inlåst|inlåsta|instängd|instängda|inspärrad|inspärrade) (\w+ ){0,4}av (sin|sina|hans|hennes|min|mina|sitt|en|ett) \w+`,
      // Hit and not hitting back: "Slår hon så slår jag inte tillbaka."; a family member as the one harmed: "styvfarsan misshandlar lillasyrran".
      r`\b(slår|slog|sparkar|sparkade) (jag|ja|vi) (inte|int|aldrig) tillbaka\b|\b(jag|ja|vi) (slår|slog|sparkar|sparkade) (inte|int|aldrig) tillbaka\b|\b(misshandlar|misshandlade|slår|slog|sparkar|sparkade|stryper|ströp) (\w+ )?(\w*syster|\w*systern|\w*syrran|\w*syrra|\w*bror|\w*brodern|\w*brorsan|\w*brorsa|lillebror|morsan|farsan|mamma|pappa|\w*mamman|\w*pappan|farmor|farfar|mormor|morfar|dottern|sonen|barnet|bebisen|ungen|ungarna|ett barn|ett litet barn|en unge|sitt barn|sina barn)\b`,
      r`\bvåldtagen (igår|i går|inatt|i natt|ikväll|i helgen|förra veckan|nyss|idag|i dag)\b|\b(igår|i går|inatt|i natt|i helgen) (\w+ )?våldtagen\b`,
      r`\b(blir|blev|har blivit|har varit|blivit) (slagen|slagna|misshandlad\w*|hotad\w*|våldtagen|knivhuggen|rånad|överfallen|nerslagen|sparkad|strypt|ströps|attackerad|förföljd)\b`,
      r`\b(jag|vi|ja|hon|han|min \w+) (blir|är|har blivit|blev|var) (hotad|hotade|slagen|slagna|misshandlad|misshandlade|våldtagen|förföljd|attackerad|knivhuggen|skjuten|rånad|överfallen|inlåst|instängd)\b|\bblev (misshandlad|slagen|våldtagen|hotad)\b`,
      r`\b(tog|tar|höll|håller|trycker|tryckte) (\w+ )?(tag |strypgrepp |hårt )?(om|runt|mot|kring) (min|hennes|hans|mammas) (hals|strupe)\b|\bstrypgrepp\b`,
      r`\b(låser|låste|låst|stänger|stängde) in (mig|mej|oss|henne|honom|barnen|brukaren|brukarna|de boende|pappa|mamma)\b|\b(tar|tog|tagit) (ifrån mig |ifrån mej )?(min|mina) (telefon|mobil|telefonen|mobilen|pengar|pass|nycklar)\b|\b(sluta|slutar) (slå|du dödar)\b|\b(dunsar|smäller|bankar|skrik\w*) (\w+ ){0,3}(i|genom|på) (väggen|väggarna|golvet)\b`,
      r`\b(gets|get|got|getting|is being|was|being|been) (sexually |physically )?(beaten|hit|abused|hurt|molested|raped|choked|kicked|assaulted|attacked)\b|\b(follows|followed|following|stalks|stalked|stalking|watches|threatens|threatened) (me|us)\b`,
      r`\b(hit|hits|hitting|beat|beats|beating|choked|chokes|strangled|kicked|pushed|raped|punched|slapped) (me|us|my|her|him)\b|\b(he|she) (hit|beat|choked|strangled|kicked|hurt) me\b`,
      r`\b(hitting|beating|beats|hits|punching|kicking|choking|strangling) (his|their) (wife|husband|partner|girlfriend|boyfriend|kid|kids|child|children|son|daughter|mother|mom|mum|dad|father)\b`,
      // Someone cared for, hit or abused: by a colleague, a relative, anyone (not "slår hårt mot de boende").
      r`\b(slå|slår|slog|slagit|misshandla|misshandlar|misshandlade|misshandlat|knuffa|knuffar|knuffade|nypa|nyper|nöp|sparka|sparkar|sparkade|lugga|luggar|luggade) (till |på )?(en |den |de |vår |våra |min |mina )?(\w+ )?(boende|brukare|brukaren|brukarna|patient|patienten|patienterna|vårdtagare|vårdtagaren)\b|\b(colleague|coworker|co-worker|staff|staff member|nurse|carer|caregiver|aide|assistant)s? (\w+ ){0,2}(slap|slapped|slaps|hit|hits|kick|kicked|kicks|push|pushed|pushes|pinch|pinched|shove|shoved|abuse|abused|abuses) (a |the |an |our |one of the )?(\w+ )?(resident|residents|patient|patients|client|clients)\b`,
      // Marks on the neck are the sign of a stranglehold: "brukaren har färska märken på halsen och sonen … blir aggressiv".
      r`\b(märken|blåmärken|rodnader|fingermärken|strypmärken|marks|bruises) (\w+ )?(på|runt|kring|on|around) (halsen|strupen|the neck|her neck|his neck)\b`,
      // Signs told by someone who meets the person: "En patient kom med misstänkta slagskador och maken svarade på alla
      // frågor åt henne."
      r`\b(misstänkta? |misstänkt )?(slagskador|misshandelsskador|våldsskador|skador efter slag)\b|\b(maken|mannen|partnern|sambon|pojkvännen|flickvännen|frun|hustrun|hennes man|hans fru) (\w+ )?(svarade|svarar|pratade|pratar|talade|talar|besvarade|besvarar) (på |för )?(alla frågor|alla våra frågor|varje fråga|allt) (åt|för|i stället för) (henne|honom)\b`,
      // Money taken from someone of one's own by those who should care for them: "personalen tar pengar ur mammas plånbok".
      r`\b(tar|tog|tagit|stjäl|stal|stulit|snor|snodde|snott|lånar|lånade) (\w+ )?pengar (ur|från|av|på) (mammas|pappas|mormors|morfars|farmors|farfars|hennes|hans|min \w+s|mina föräldrars|\w+s) (plånbok|konto|bankkonto|väska|handväska|kort|bankkort|pension)\b|\b(steals|stole|stealing|takes|took|taking) (\w+ )?money (from|out of) (my|her|his|a|the) (\w+ )?(wallet|purse|account|resident|patient)\b`,
    ],
    // A care unit "hotad" is threatened with closure: "Akuten i Lycksele har ju varit hotad i flera år".
    unless: [r`\b(akuten|akutmottagningen|vårdcentralen|hälsocentralen|sjukhuset|mottagningen|verksamheten|avdelningen|kliniken|förlossningen|bb|apoteket|skolan|biblioteket) (\w+ ){0,3}(är |var |har varit |har blivit |blev )?(nedläggningshotad|hotad|hotade|stängningshotad)\b`],
    examples: ['min man slår mig', 'min sambo slår mig', 'jag blir hotad', 'han tog tag om min hals', 'min pojkvän låser in mig', 'my husband just hit me'],
  },
  {
    id: 'violence-threat-or-fear',
    level: 'violence',
    patterns: [
      // "Jag har fått mordhot i mejlen med min hemadress och bilder på mina barn."; "… sa att jag ska dö om jag röstar för nedläggningen."
      r`\b(sa|sade|säger|skrev|skriver|hotade med|hotar med) att (jag|ja|vi|du|min \w+|mina \w+) (ska|skulle|kommer att|kommer) (dö|dödas|mördas|skadas|försvinna) (om|ifall|när|if)\b`,
      // Honour-related control: "Pappa läser alla mina meddelanden och familjen bestämmer vem jag får träffa. Om jag bryter mot det blir det straff."
      r`\b(familjen|släkten|pappa|mamma|bror|brorsan|bröderna|min bror|mina bröder|föräldrarna|mina föräldrar) (\w+ ){0,2}(bestämmer|bestämde|väljer|valde) (vem|vilka|vilken) (jag|ja) (får|ska|måste) (träffa|gifta mig med|umgås med|vara med|vara tillsammans med)\b`,
      r`\b(fått|får|fick|har fått|fått ta emot) (\w+ ){0,2}(mordhot|dödshot|hot om att (döda|mörda|skada)|death threats?)\b`,
      r`\b(bruises|blåmärken) (that )?(he|she|they|han|hon|som (han|hon)) (cant|can not|cannot|kan inte|kan int) (explain|förklara)\b|\bunexplained bruises\b|\boförklarliga blåmärken\b`,
      // Someone who comes into a child's room at night: "min styvpappa kommer in på mitt rum på nätterna".
      r`\b(kommer|kom|går|gick|smyger|smög) in (på|i) (mitt|hennes|hans|deras|barnens|barnets) (rum|sovrum)\b (\w+ ){0,3}(på nätterna|om nätterna|på natten|varje natt|när (jag|hon|han|alla|mamma|pappa) sover)\b`,
      // Help sought in secret from one who watches: "Hur kontaktar jag en kvinnojour utan att han ser det i telefonen? Han läser allt."
      r`^(?=.*\b(kvinnojour\w*|tjejjour\w*|skyddat boende|kvinnofridslinjen|socialtjänsten|polisen|hjälp)\b)(?=.*\butan att (han|hon|hen|min \w+) (ser|märker|vet|får veta|läser|hör|upptäcker)\b)|\b(han|hon|hen) (läser|kollar|går igenom) (allt|min telefon|min mobil|mobilen|telefonen|mina sms|mina meddelanden)\b`,
      // Marks of a stranglehold, or hidden: "ett märke runt halsen som jag döljer med polo".
      r`\b(märke|märken|blåmärke|blåmärken|avtryck|fingeravtryck|marks?|bruises?) (\w+ )?(runt|kring|around) (halsen|strupen|neck|my neck|her neck)\b|^(?=.*\b(märke|märken|blåmärke\w*|bruises?|marks?)\b)(?=.*\b(döljer|gömmer|täcker|hide|hiding|cover|covering)\b)(?=.*\b(polo|halsduk|långärmat|smink|concealer|scarf|turtleneck)\b)`,
      r`\b(låser|låste|låst) in (\w+ ){0,3}i (garderoben|källaren|badrummet|förrådet|closet|the closet)\b`,
      r`\b(he|she|my \w+|and|then|who) (shoves|shoved|pushes|pushed|hits|slaps|slapped|kicks|kicked|chokes|choked) (me|her|him|us)\b|\b(wont|will not|doesnt) let (her|him|me) (eat|sleep|leave|call|see)\b|\blåter (henne|honom|mig|mej) (inte|int) (äta|sova|gå ut|ringa|träffa)\b`,
      // Taken somewhere and locked in, by an escort or anyone: "körde mig hem till sig själv … och låste dörren".
      r`^(?=.*\b(körde|tog|förde|lockade) (mig|mej|henne|honom) (hem )?till (sig|honom|henne)\b)(?=.*\b(låste|låst|låser) (dörren|in (mig|mej|henne|honom))\b)|\b(found|hittade) (him|her|honom|henne) (locked|inlåst|låst)\b|\b(locked|inlåst|inlåsta) (in |inne )?(i |in )?(the |his |her |sitt |sovrummet\b)?(bedroom|room|sovrummet|rummet|källaren|basement)?\b(?= (without|utan) (food|mat))`,
      // Telegraphic: "Man. Slår. Hemma."
      r`\b(man|maken|mannen|han|hon|sambon|pappa|mamma|frun) slår (mig |mej )?(hemma|här hemma)\b`,
      // "han ska dödas av våra kusiner"
      r`\b(jag|ja|han|hon|hen|vi|bror|brorsan|syster|min \w+) (ska|kommer att|kommer) (dödas|mördas|misshandlas|straffas)\b`,
      // Passport and phone taken, leaving threatened: "he has taken my passport and phone … if I try to leave I will regret it".
      r`\b(has taken|took|have taken|tagit|tog|tar) (my|mitt|min|mina) (passport|pass|phone|telefon|mobil|id)\b|\bif i (try to )?leave\b( \w+){0,4} (regret|kill|hurt|sorry)\b|\bom jag (försöker )?(lämna|gå|dra|flytta)\b( \w+){0,5} (ångra|döda|skada)\b`,
      // Honour: "my niece has dishonoured the family and they are 'going to deal with it'".
      r`\b(dishonou?red|shamed|brought shame on) (the|our|my|their) family\b|\b(vanärat|vanhedrat|skämt ut|dragit skam över) (familjen|släkten|oss)\b`,
      // Threats received, and a condition with a threat: "om min dotter inte slutar … så kommer de att 'göra något'".
      r`\b(fått|får|fick) (\w+ )?(hot|dödshot|hotelser|threats|death threats)\b|\bom (\w+ ){1,5}(inte|int) (slutar|gör|lyder|kommer hem)\b( \w+){0,8} (kommer|ska) (de|dom|han|hon|vi) (att )?(göra något|ta hand om (henne|honom|det)|straffa)\b`,
      // Telling how an injury happened is feared: "måste jag säga hur det hände? Han blir galen om någon frågar."
      r`\b(han|hon|hen|sambon|maken|frun|pojkvännen|flickvännen|killen|tjejen|min \w+) (blir|blev|kommer (att )?bli) (galen|arg|rasande|förbannad|tokig|vansinnig|som galen) (om|när|ifall) (jag|ja|någon|nån|ni|vården|läkaren|doktorn|folk) (berättar|säger|frågar|får veta|får reda på|märker)\b|\b(he|she) (goes|will go|gets) (mad|crazy|furious|nuts) if (i|anyone|someone) (tell|tells|ask|asks|finds out)\b`,
      r`\b(någon|nån|han|hon|hen|de|dom|min \w+|mitt ex|exet|grannen|pappa|mamma|maken|frun|sambon|killen|tjejen|en man|en kvinna) (hotar|hotade|hotat) (mig|mej|oss|barnen|mitt barn|min \w+|att|med)\b`,
      r`\b(hotar|hotat|hotade|sagt|sa|säger|skrev) (att |med att )?(han|hon|hen|de)? ?(ska|kommer att|tänker)? ?(döda|skada|slå ihjäl|mörda|knivhugga|skjuta|ta) (mig|mej|oss|barnen|mitt barn|dig|er|livet av mig)\b`,
      r`\b(döda|dödar|mörda|mördar|slå ihjäl|slår ihjäl|skjuta|skjuter|knivhugga|knivhugger|strypa|stryper) (mig|mej|oss|honom|henne|barnen|dig|er|mamma|pappa)\b(?! (inte|int))`,
      r`\b(ska|kommer att|tänker|hotat att|hotar att|hotade att|hotat med att|hotade med att) (döda|mörda|skjuta|slå ihjäl|knivhugga) (mig|mej|oss|barnen|er|henne|honom|alla)\b|\bskjuta oss\b`,
      r`\b(har|med|viftar med|hotar med|håller i|står med) (en |ett )?(kniv|pistol|vapen|yxa|gevär|hagelgevär|bössa|machete)\b|\b(kniv|pistol|vapen|gevär|yxa) (framme|i handen)\b`,
      r`\b(har )?(gömt|gömmer|gömde|gömma) (mig|mej|oss)\b|\btills (han|hon|min man|sambon|min sambo|pappa|mamma) (har )?somnat\b|\b(har |vi har |jag har )?(låst|låste) in (oss|mig|mej) (i|på)\b|\b(vågar|törs) (inte|int) (gå|åka|komma|vara|sova) (hem|in|tillbaka|hemma)\b|\bvågar (inte|int) (säga|berätta)\b`,
      r`\b(rädd|livrädd|skräckslagen) (att|för att) (han|hon|hen|de) (ska|kommer)\b|\b(bankar|slår) på dörren\b|\bförsöker (bryta sig in|ta sig in|slå sönder dörren|bryta upp)\b`,
      r`\b(följer|följde|förföljer) (efter )?(mig|mej|oss)\b|\bförföljer\b|\bförföljd\b|\b(hittat|vet|tagit reda på) (min|vår) (adress|nya adress)\b|\bskyddat boende\b|\bskyddad (identitet|adress)\b|\bkontaktförbud\b`,
      // Not a group as the subject of a question about care: "personer som utsatts för våld", "personal som utsätts för hot".
      r`\bvåldsam\w*\b(?! (bra|\w*dyr\w*|mycket|många|stor\w*|lång\w*|hög\w*|svår\w*|dålig\w*|tråkig\w*|jobbig\w*|krånglig\w*|komplicerad\w*|viktig\w*|billig\w*|effektiv\w*|rolig\w*|kul|intressant\w*|snygg\w*|fin|fint|fina|spännande|populär\w*|lyckad\w*|nöjd\w*|imponerad\w*|glad\w*|tacksam\w*|trevlig\w*|smidig\w*|lätt\w*|tydlig\w*|pedagogisk\w*|informativ\w*)\b)|(?<!\b(personer|den|de|dem|dom|alla|kvinnor|män|barn|äldre|unga|ungdomar|patienter|brukare|medarbetare|anställda|\w*personal|\w*personalen) som (har )?(blivit )?)\b(utsatt|utsätts|utsattes|utsätter) (\w+ )?för (våld|hot|misshandel|övergrepp|våldtäkt)\b|\bheders(våld|relaterat|förtryck)\w*|\b(tvingas|tvinga|tvingar) (\w+ ){0,2}(gifta|gifte)\b|\btvångsgift\w*`,
      r`\b(rädd|livrädd|skräckslagen|jätterädd) för (min|mitt|vår) (man|make|sambo|pojkvän|partner|ex|pappa|styvpappa|fru|flickvän|kille|tjej|son|bror)\b|\b(scared|afraid|terrified) of (my|her|his|our) (husband|partner|boyfriend|girlfriend|wife|dad|father|mum|mom|stepdad|ex|son|brother)\b`,
      r`\b(kastade|kastar|kastat|slängde|slänger|slängt) (\w+ ){0,3}(på|mot|efter) (mig|mej|oss|henne|honom)\b|\btar (han|hon) barnen\b|\bta barnen (ifrån|från) (mig|mej)\b|\b(tog|tar|höll|håller|grep|griper) (\w+ )?(tag )?(om|runt|i) halsen på (mig|mej|henne|honom)\b`,
      r`\b(skrek|skriker|ropade|ropar|skrikit) (på )?hjälp\b|\b(kastas|slängs|dunkas|slås|knuffas) (\w+ )?(mot|i|in i) (väggen|golvet|dörren|väggarna)\b|\b(screaming|screams|yelling|crying for help)\b( \w+){0,8} (banging|bangs|thuds|thumping|crash\w*|hitting)\b|\b(banging|thuds|thumping)\b( \w+){0,8} (screaming|screams|yelling)\b`,
      // An ultimatum: "Om du inte svarar inom en timme kommer jag dit och då blir det sista gången du gör så här."
      r`\b(kommer jag (dit|hem|över|hit)|annars)\b( \w+){0,6} (sista gången|last time) (du|ni|you)\b`,
      r`\b(ska|bör|borde) akta (mig|mej|dig|er|oss)\b|\bakta dig\b|\b(du|jag) ska få se( vad som händer)?\b|\bbilder på (ett |en |sitt |sin )?(gevär|vapen|pistol|kniv|yxa)\b|\b(punish|kill|hurt) (me|us)\b`,
      r`\b(knuffade|knuffat|knuffar|puttade|slängde|kastade|sparkade) (just |precis |bara )?(ner|nerför|ned|omkull)? ?(\w+ ){0,2}(nerför|för|ner för|i) (trappan|trapporna|trappen)\b`,
      r`\b((inte|int) släpper|släpper (inte|int)) ut (henne|mig|mej|oss|honom|barnen)\b|\blåst (ytterdörren|dörren) (och|o) (\w+ ){0,3}(släpper|låter)\b`,
      r`\bhotad\w* till livet\b|\bdödshot\w*|\bvanära\w*|\b(fått tag på|fått reda på|hittat|tagit reda på) (min|vår) (nya )?adress\b|\b(basebollträ\w*|järnrör\w*|tillhygge\w*)\b`,
      r`\b(kill|hurt) (me|us)\b|\b(threaten\w*|following me|stalking me|stalks me|hiding from (him|her)|locked (ourselves|myself) in|break the door|breaking the door|scared to go home|afraid to go home|has a (gun|knife))\b`,
    ],
    unless: [ABOUT_CARE],
    examples: ['någon hotar mig', 'nagon hotar mig', 'vi har låst in oss i badrummet', 'han har sagt att han ska döda mig', 'mitt ex följer efter mig', 'jag vågar inte gå hem'],
  },

  // ============================== child at risk → 112, socialtjänsten, Bris ==============================
  {
    id: 'child-at-risk',
    level: 'child',
    patterns: [
      r`\b(skaka|skakar|skakade|skakat|ruska|ruskar|ruskade|ruskat) (\w+ ){0,2}(bebis\w*|baby\w*|barnet|spädbarn\w*|bebben)\b|\b(shaking|shook|shakes) (the |a |her |his |their )?baby\b`,
      r`\b(ensam|ensamma|själv|själva) hemma( \w+){0,3} (dagar|dygn|nätter|natten|hela helgen|sedan|sen)\b|\b(ingen|inga) (vuxen|vuxna)\b|\b(left|been) (home )?alone (for|all)\b|\bno adult\w*\b`,
      r`\b(barn|barnet|bebisen|bebis|kille|tjej|pojke|flicka|\w+åring\w*)\w* (\w+ ){0,10}(ensam|ensamma|utan jacka|utan kläder|vet inte var (hans|hennes) (mamma|pappa)|(inte|int) varit hemma|varit (inte|int) hemma|(inte|int) kommit hem|kommit (inte|int) hem|utan mat)\b`,
      r`\b(dotter|son|dottern|sonen|tjej|kille|flicka|pojke|\w+åring\w*|barn\w*) (\d|1[0-7])?\b( \w+){0,8} (mycket )?(äldre (man|män|kille|killar|kvinna)|ger (henne|honom) (sprit|alkohol|droger|pengar)|nakenbilder|sexuella)\b`,
      r`\b(slår|slog|sparkar|sparkade|nyper|kastar) (mig|henne|honom|barnen|barnet) med\b|\bbältet\b`,
      r`\b(tar|tog|rör|rörde|tafsar|tafsade) (på|vid) (mig|henne|honom)( \w+){0,4} (sätt|ställen|där)\b|\b(sexuella )?övergrepp\b|\bförgriper sig\b|\bmolest\w*|\btouches me\b`,
      r`\b(styvpappa|styvfar|styvmamma|pappa|morbror|farbror|tränar\w*|ledar\w*|lärar\w*|kusin|fritidsledar\w*|\w*pedagog\w*|coach\w*)\w* (\w+ ){0,3}(rör|rörde|tafsar|tafsade|tar på|tog på|kladdar) (på |vid )?(mig|mej|henne|honom|barnen|flickorna|tjejerna|killarna|pojkarna|eleverna|spelarna|(de )?(yngre|små) \w+)\b`,
      r`\b(stepdad|stepfather|dad|father|mom|mum|mother|uncle|stepmom|stepmother) (hurts|hits|beats|touches|abuses|burns|burned|locks|hurt|hit|beat) (her|him|me)\b|\b(mamma|pappa|styvpappa|styvmamma|mamman|pappan|farsan|morsan) slår\b(?! (\w+ )?(larm|ihop|upp|fast|vakt))|\bfår (inte|int) komma in\b|\b(wont|doesnt want to|refuses to|afraid to|scared to) go home\b|\bingen (öppnar|släpper in) (för )?(honom|henne|barnet|barnen|dem|dom)\b|\b(ute|ut) i (bara )?(tshirt|t shirt|linne|strumplästen)( \w+){0,3} (minus\w*|kylan|snön|kallt)\b`,
      r`\bkommer in (till|i) (henne|honom|mig|mej|hennes|hans|mitt|mina)( rum\w*)? (på|om) (nätterna|natten|kvällarna)\b|\b(touches|touched|touching|molests) (her|him|me)\b|\bcomes into (her|his|my) room\b|\b(vuxen|äldre) (man|kille|person|karl)\b( \w+){0,8} (tvingar|tvingade|tvingat|hotar|hotat|pressar|pressat|utnyttjar|utnyttjat|skickar|vill träffa\w*)\b|\btvingar (henne|honom|mig|mej) (att )?(göra saker|skicka bilder|ha sex)\b|\b(föräldrarna|mamman|pappan|vuxna|mamma|pappa)\b( \w+){0,3} (är |e )?(påverkade|påverkad|fulla|full|drogade|drogad|berusade|berusad|höga|däckade)\b|\b(ute|ut) i bara (pyjamas|strumpor|kalsonger|nattlinne|blöja)\b`,
      r`\b(blåmärken|blåmärke|brännmärken|brännmärke|cigarettmärken)\b|\b(skador|skadorna|skadan|skada|märken|märkena|frakturer|frakturen|brännskador|brännskadan|injuries|bruises)\b( \w+){0,6} (som )?(inte|int|inte riktigt|not|dont|do not|does not) (stämmer|stämde|passar|passade|går ihop|gick ihop|match|add up) (med|ihop med|with) (vad|det|hur|den|förklaring\w*|berättelse\w*|what|the|how|his|her|their)\b|\b(livrädd|rädd|skräckslagen) för (sin|min|hans|hennes) (pappa|mamma|styvpappa|styvmamma|farsa|morsa)\b`,
      r`\b(låser|låste|stänger|stängde) in (henne|honom|barnet|barnen|mig)( \w+){0,2} (i|på) (källaren|garderoben|rummet|förrådet)\b|\blocks (her|him) in\b`,
      // An age with what happens to one ("jag är 12 och pappa slår mig"); an age alone is no danger ("I'm 16 and don't get it: what does … mean?").
      r`\b(jag|ja) (är|e) (\d|1[0-7]) (år )?(\w+ ){0,6}(slår|vågar|rädd|tar på|hotar|gömmer|hit|scared|ensam)\b|\b(i am|im) (\d|1[0-7])( years old)?\b( \w+){0,8} (hits?|hurts?|beats?|touch\w*|scared|afraid|alone|threatens?)\b`,
    ],
    unless: [ABOUT_CARE, r`\b(orosanmälan)\b.*\b(hur|vad|vem|vilka)\b`, r`\b(våld|övergrepp) (\w+ )?mot (äldre|brukare|patienter|vårdtagare|de boende)\b`],
    examples: ['jag såg en pappa skaka sin bebis', 'grannens barn har varit ensamma hemma i tre dagar', 'jag är 13 och vågar inte gå hem', 'hennes pappa slår henne med bältet'],
  },

  {
    id: 'child-named',
    level: 'child',
    // The name of the situation alone: "far illa" is also what a question about the social services' work is about.
    patterns: [r`\bfar illa\b`],
    unless: [ABOUT_CARE, ABOUT_CARE_FOR_A_GROUP, r`\b(orosanmälan|kontaktfamilj|socialsekreterare|elevhälsa\w*|skolsköterska)\b`],
    examples: ['jag tror att barnet far illa'],
  },
  {
    id: 'violence-named',
    level: 'violence',
    patterns: [r`\bdomestic (violence|abuse)\b|\b(våld|misshandel) (hemma|i hemmet|i (min|vår) relation|i nära relation)\b`],
    // Someone of the visitor's own, or happening tonight: "våld i hemmet inatt vart ringer man".
    requires: [[FIRST_PERSON, r`\bi (am|was|have|had|live|feel|need)\b`, r`\b(just nu|inatt|i natt|ikväll|i kväll|tonight|right now)\b`]],
    unless: [ABOUT_CARE, r`\b(thesis|uppsats|studerar|forskar|study|studying|research\w*)\b`],
    examples: ['det är våld hemma hos oss', 'I am a victim of domestic violence', 'våld i hemmet inatt vart ringer man'],
  },
  {
    id: 'child-unfit-carer',
    level: 'child',
    // A baby or small child, and the adult caring for it drunk, on drugs or gone.
    patterns: [r`\b(bebis\w*|baby|babyn|spädbarn\w*|barnet|barnen|ungarna|lillen|\w+åring\w*)\b|\b(våra|mina|hans|hennes|sina|våran|mitt|vårt) (barn|småbarn|ungar)\b`],
    requires: [[r`\b(druckit|full|fulla|påverkad\w*|berusad\w*|drogad\w*|hög|höga|däckad\w*|drunk|high|passed out|rattfull\w*|onykter|drunk driving)\b|\bdricker (när|och kör|hela tiden|varje gång)\b|\bkör (bil )?(full|berusad|onykter|påverkad)\b`]],
    unless: [ABOUT_CARE],
    examples: ['lämnade bebisen hos hans pappa och han hade druckit'],
  },
  {
    id: 'child-screaming',
    level: 'child',
    // A child screaming or crying, and a sign that nobody is caring for it or an adult is raging: in any order.
    patterns: [r`\b(barn|barnet|bebisen|bebis|ungen|ungarna|barnen|liten|lilla|spädbarn|baby|child|kid|toddler)\w*\b`],
    requires: [
      [r`\b(skriker|skrek|gråter|grät|skrikit|gråtit|vrålar|screaming|crying|screams)\b`],
      [r`\b(vuxen|vuxna|vrålar|vrålade|smäller|smällar|smäll|slag|slår|ingen tar hand|ingen (\w+ )?vuxen|timmar|hela natten|yelling|hitting|hours|nobody|no one|alone)\b`],
    ],
    unless: [ABOUT_CARE],
    examples: ['det skriker ett barn hos grannen och en vuxen vrålar', 'bebisen hos grannen har skrikit i flera timmar'],
  },

  // ============================== acute psychiatric crisis → 112 and 1177 ==============================
  {
    id: 'psychiatric-crisis',
    level: 'psychiatric',
    patterns: [
      r`\b(psykos|psykosen|psykotisk\w*|psychotic|psychosis|manisk\w*|mani|manic|paranoid\w*|paranoia)\b`,
      // Someone's psychiatric medicine stopped, and on the move or set on settling scores: "Mamma har slutat med sina
      // mediciner för bipolär sjukdom och har åkt iväg med bilen, hon sa att hon ska 'ställa allt till rätta' med sin gamla chef".
      r`^(?=.*\b(slutat|slutade|sluta|stopped|quit) (med |ta |taking )?(\w+ )?(sina |sin |hans |hennes |his |her )?(\w+ )?(mediciner|medicinen|medicin|tabletter|tabletterna|litium|lithium|medication|meds)\b)(?=.*\b(bipolär\w*|schizofren\w*|psykos\w*|bipolar|schizophren\w*)\b)(?=.*\b(åkt iväg|åkte iväg|stuckit|försvunnit|försvann|ställa (allt )?till rätta|hämnas|ge igen|göra upp|drove off|disappeared|get even|settle)\b)`,
      r`\b(hör|hörde|hearing|hears) (\w+ )?(röster|voices)\b|\bröster (som )?(säger|sa|beordrar|tvingar)\b`,
      r`\b(pratar|talar|skriker) (\w+ )?(med|åt) (folk|personer|någon|nån|människor|saker) som inte (finns|är där)\b|\bser (saker|folk|personer) som inte finns\b`,
      r`\btror att (\w+ ){0,4}(övervakar|förföljer|avlyssnar|spionerar|skickar (meddelanden|signaler)|vill döda|ska döda|är ute efter|förgiftar)\b|\bthinks (\w+ ){0,3}(is|are) (sending|watching|following|spying|poisoning)\b`,
      r`\b(djävulen|djävlar i|demoner|demonen|besatt|satan)\b|\b(krossat|krossar|slagit sönder|förstört|förstör) (allt|möbler|saker|hela)\b`,
      r`\b(blir|är|känner sig) (övervakad|avlyssnad|bevakad|förföljd) (via|genom|av|med)\b|\bvia (tv|tvn|teven|datorn|mobilen|väggarna|elementen)\b( \w+){0,4} (gömma|övervak\w*|avlyssn\w*|meddelanden|signaler)\b|\bbarfota (i|ute)\b|\b(försvann|försvunnit|sprang|gick) hemifrån\b( \w+){0,4} (natt|natten|barfota|snön|kylan)\b|\b(bipolär\w*|schizofren\w*|psykossjukdom)\b( \w+){0,8} (slutat|slutar|vägrar) (med|ta) (sin |sina )?(medicin\w*|litium|tabletter)\b|\b(utbytt|utbytta|bytts ut)\b|\b(people|someone|they) (are|is) after (her|him|me)\b|\bclimb\w* out (of )?the window\b|\b(klättra|hoppa)\w* ut (genom|från) fönstret\b|\b(vet|fattar|förstår|begriper) (\w+ )?(inte|int) (var|va|vart|vem) (jag|han|hon|hen|vi|du) (är|befinner)\b|\b(folk|röster|någon|nån|rösterna) (pratar|viskar|skriker|talar) i (huvet|huvudet|skallen)\b|\bvet (\w+ )?(inte|int) vilken dag det är\b`,
      r`\b(tv|tvn|television|radio|phone|computer|neighbou?rs?|they|teven|radion|datorn|mobilen|grannarna) (is |are |har )?(sending|watching|following|reading|listening to|spying on|controlling|skickar|sänder|läser|övervakar|styr|avlyssnar) (him|her|me|them|honom|henne|mig|mej|dem|meddelanden|messages|signaler|signals|tankar|thoughts)\b|\b(psykiskt sjuk|psykisk sjukdom)\b( \w+){0,8} (slutat|slutar|vägrar) (med|ta) (sin |sina )?(medicin\w*|tabletter)\b`,
      r`\bbarrikader\w*|\bbarricaded\b|\bvanföreställning\w*|\btror (att )?(han|hon|hen|jag) är (jesus|gud|profet\w*|utvald|förföljd)\b`,
      r`\b(förvirrad|förvirrade|desorienterad|confused)\b( \w+){0,8} (känner inte igen|vet inte (var|vem|vad)|mitt i natten|pratar strunt|gått ut|hittar inte hem)\b|\bkänner (inte|int) igen (oss|mig|mej|någon|sina barn|sin fru|sin man)\b`,
      r`\b(slutat|sluta|inte|int|knappt) (att )?(äta|ätit) (och|eller|o|å) (dricka|druckit)\b|\b(hasnt|has not|havent|stopped) (eaten|eating) (or|and) (drunk|drinking|drank)\b`,
      r`\bpanik\w*( \w+){0,5} (slutar inte|går inte över|inte slutar|inte går över|i (två|tre|flera) timmar|hela natten)\b|\bpanic (attack )?(that )?(wont|doesnt|will not) stop\b`,
      r`\b(inte|int|knappt) sovit (på )?(\d+|två|tre|fyra|fem|flera|många) (dygn|nätter|dagar)\b|\b(hasnt|has not|havent) slept (in|for) (days|\d+)\b`,
      r`\butom sig\b|\bout of control\b|\btappat kontrollen\b|\bslår sönder (saker|allt|möbler|lägenheten)\b`,
    ],
    unless: [ABOUT_CARE, NOT_NOW, r`\b(vårdas|behandlas|inlagd|inlagda|vårdad) (för|på|mot)\b|\brättighet\w*`],
    examples: ['min fru är helt psykotisk', 'han hör röster som säger åt honom', 'pappa känner inte igen oss', 'min dotter har slutat äta och dricka', 'min sambo har barrikaderat sig'],
  },

  // ============================== poisoning, not acute → Giftinformationscentralen ==============================
  {
    id: 'poisoning-question',
    level: 'poisoning',
    patterns: [INTAKE],
    requires: [
      [r`\w*(blad|bladet|bär|bären|svamp|svampen|blomma|blomman|växt|växten|kräm|krämen)\b|\b(tvål|tvålen|tvålbit|tandkräm|tandkrämen|jord|jorden|blad|bladet|blomma|blomman|blommor|växt|växten|växter|bär|bären|svamp|krita|kritan|kritor|silikagel\w*|tuggummi|cigarett\w*|fimp\w*|snus\w*|schampo|parfym|nagellack\w*|läppstift|hudkräm|solkräm|handsprit|diskmedel|tvättmedel|sköljmedel|julstjärna\w*|hyacint\w*|liljor|murgröna|idegran\w*|blåbär|rönnbär|kaprifol|tabletter|tablett|piller|vitaminer|järntablett\w*|p piller|torkpåse\w*|fuktpåse\w*|klunk|crayon|soap|toothpaste|berries|berry|plant|leaf|leaves|mushroom)\b`],
      [r`\b(\w*åring\w*|gör det (nåt|något|någonting)|hur mycket|giftig\w*|farlig\w*|farlit|gift|toxic|poisonous|dangerous|harmful|behöver (jag|vi) göra|göra något|vad gör (jag|vi)|oroa|lite|litegrann|ett par|några|bit|liten|lilla|tvååringen|ettåringen|treåringen|barnet|bebisen|sonen|dottern|toddler|baby|kid)\b`],
    ],
    unless: [ABOUT_CARE],
    examples: ['barnet slickade på en tvål, är det farligt', 'dottern åt ett par röda bär från en buske', 'my toddler chewed on a crayon, is that toxic?'],
  },
  {
    id: 'poisoning-splash',
    level: 'poisoning',
    // A cleaning product or chemical in the eyes or on the skin: the poison information centre's question.
    patterns: [r`\b(\w+medel|\w*medlet|kemikalie\w*|klor\w*|lut|lutet|ammoniak|avfettning\w*|frätande \w+|syra|syran|blekmedel|\w*rengöring\w*|chemicals?|bleach|cleaner|detergent) (\w+ ){0,2}(i|in|på|on) (ögonen|ögat|ansiktet|huden|my eyes?|his eyes?|her eyes?|the eyes?)\b`],
    unless: [ABOUT_CARE],
    examples: ['fick diskmedel i ögonen', 'stänkte klor på huden'],
  },
  {
    id: 'poisoning-by-mistake',
    level: 'poisoning',
    // A medicine or product taken by mistake, twice, or someone else's: the poison information centre's question.
    patterns: [r`\b(råkade|av misstag|av bara farten|by mistake|accidentally|dubbel dos|dubbla doser|double dose|(två|tre|2|3) gånger|twice|fel (medicin|tabletter|tablett|piller)|någon annans (medicin|tabletter))\b`],
    requires: [[MEDICINE, DANGEROUS_SUBSTANCE, r`\b(diskmedel|tvättmedel|rengöringsmedel|handsprit|\w*blad|\w*bär|svamp\w*|tvål|schampo|snus|nikotin|cigarett\w*)\b`], [INTAKE, r`\b(ta|tog|tagit|äta|åt|ätit|svälja|svalde|dricka|drack|druckit|fick i sig|fått i sig|få i sig|took|taken|ate|swallowed|drank)\b`]],
    unless: [ABOUT_CARE, r`\b(om dagen|per dag|i veckan|varje dag|dagligen|a day|per day)\b`],
    examples: ['min man råkade ta sin blodtryckstablett två gånger i morse', 'åt en bit av ett liljekonvaljblad av misstag'],
  },
  {
    id: 'poisoning-is-it-toxic',
    level: 'poisoning',
    patterns: [r`\b(huggorm\w*|ormbett|orm bet|bitits av en orm|bitten by a snake|snake bite)\b|\b(är|e|ar) (den|det|de|dom|denna|detta|dessa|det här|den här) giftig\w*|\bgiftig (för barn|att äta)\b|\b(is|are) (it|this|that|they|these) (toxic|poisonous)\b|\bgiftinformation\w*`],
    requires: [[...SITUATION_NOW, r`\b(barn\w*|bebis\w*|\w*åring\w*|lillen|hund\w*|katt\w*|child|kid|toddler|baby|dog|cat)\b`]],
    unless: [ABOUT_CARE, r`\b(vem|vilka) (driver|har|ansvarar)\b|\böppe(n|t)\b|\b(vad|va) (är|e) (det|de) för (nummer|telefonnummer)\b|\bnumret till\b|\bspara (\w+ ){0,2}(det|numret|nummer|nummret|telefonnumret)\b|\b(vad|va) (gör|är|e) giftinformation\w*`],
    examples: ['är den giftig', 'är julstjärnan giftig för barn'],
  },

  // ============================== medical → 1177 ==============================
  {
    id: 'medical-should-i-seek-care',
    level: 'medical',
    patterns: [
      // "Var/Hur ska jag söka vård?" asks how the system works; "Ska/När ska jag söka vård?" asks for advice.
      r`\b(?<!\b(var|vart|hur|vem|vilka|vilken) )${SHOULD} (\w+ ){0,2}(söka|uppsöka) (\w+ )?(vård|sjukvård|läkarvård|akutvård|läkare|doktor|akuten|hjälp|vårdcentralen)\b`,
      r`\b(?<!\b(var|vart|hur|vem|vilka|vilken) )${SHOULD} (jag|vi|man|hon|han|hen|barnet|\w+) (\w+ )?(åka|gå|köra|ta mig|ta oss|komma) (in|till akuten|akuten|till sjukhuset|till (en )?läkare|till doktorn|till doktor|till vårdcentralen|till hälsocentralen)\b(?! (på|för att))`,
      r`\b${SHOULD} (jag|vi|man|hon|han|hen) ringa 1177\b`,
      // Whether to show it to someone: "en svart fläck på ryggen som har vuxit, ska jag visa den för någon?"
      r`\b${SHOULD} (jag|vi|man|hon|han|hen) (visa|visa upp) (den|det|dem|dom|\w+en|\w+et|\w+na) (för|hos) (någon|nån|en läkare|läkare|läkaren|en doktor|doktorn|vården|vårdcentralen|hälsocentralen|en sjuksköterska)\b`,
      r`\b(should i|do i need to|must i) (see|go to|call|visit) (a |the )?(doctor|gp|er|emergency|hospital|nurse|1177)\b|\bdo i need (a )?doctor\b`,
    ],
    // Where people in general should go now: "skjutsar ofta folk till akuten. Ska de åka till vårdcentralen istället nu?"
    unless: [r`\b(ska|bör|borde|måste) (de|dom|folk|patienterna|invånarna|alla|pensionärerna|de äldre) (\w+ )?(åka|gå|vända sig) (till|in till) (vårdcentralen|hälsocentralen|akuten|sjukhuset) (istället|i stället)\b`, r`\b(välja|välj|byta|lista|listad|listning|kostar|avgift\w*|digitalt|utomlands|annan region|sårvård|hemsjukvård\w*|hemtjänst\w*|ingår|tanken|fortfarande|nära hemmet|i framtiden|framöver)\b|\bvarför (måste|ska|behöver) man\b|\bom (något|nåt|det) är akut\b|\beller (måste|ska|behöver) man\b|\bvad (menas|betyder) med\b|\bhandlar det om att\b|\batt man (inte )?ska (inte )?(åka|gå|ringa) (till|in|1177|112)\b|\brent allmänt\b|\bfärre\b|\b(lära|lär) (mig|oss) hur\b|\bnär (ska|bör) man (\w+ ){1,4}(och|eller) när (ska|bör) man\b|\bman (ska|får|kan|behöver) inte (längre|numera) (\w+ )?(gå|åka|ringa)\b|\bförstå hur (det|vården|systemet|det hela) (funkar|fungerar)\b`, ABOUT_CARE],
    examples: ['ska jag söka vård?', 'borde jag soka vard', 'behöver jag åka in?', 'ska jag ringa 1177?', 'När ska jag söka vård för halsont?', 'should I see a doctor?'],
  },
  {
    id: 'medical-medication',
    level: 'medical',
    patterns: [
      r`\bvad (ska|kan|bör|borde|får) (jag|man|vi|hon|han|hen|\w+) ta (för|mot)\b|\bvad tar (jag|man|vi) (för|mot|då)\b`,
      r`\bvilk(en|et|a) (\w+ )?${MEDICINE}`,
      // "Jag har hepatit C sen tidigare. Vilken behandling är bäst för mig nu …?"
      // "Får jag köra buss om jag börjar med den nya sömnmedicinen?"
      r`\b(får|kan|bör|borde) (jag|ja|man|han|hon) (köra|jobba|arbeta|dricka|amma|träna|flyga|dyka) (\w+ ){0,3}(om|när|medan) (jag|ja|man|han|hon) (tar|äter|börjar (med|ta|äta)|står på|går på) (\w+ ){0,3}${MEDICINE}`,
      r`\bvilk(en|et|a) (behandling|behandlingar|medicinering|terapi|which treatment) (\w+ )?(är|vore|passar|funkar|fungerar|is) (\w+ )?(bäst|bra|best|right) (för|for) (mig|mej|honom|henne|oss|min \w+|mitt barn|me|him|her)\b`,
      // Not "Får jag ta med mig mina mediciner?", and only people as subject: "Kan hemtjänsten ge mamma hennes medicin?" is a service question.
      r`\b(kan|får|ska|bör|borde|måste|behöver) (jag|man|vi|hon|han|hen|barnet|min \w+|mitt barn) (ta|äta|ge)\b(?! med)( \w+){0,3} ${MEDICINE}`,
      r`\bhur (mycket|många|ofta) (\w+ ){0,3}${MEDICINE}`,
      // More or less of a medicine for someone: "Kan hon få mer av sin lugnande medicin?"
      r`\b(kan|får|ska|bör) (jag|ja|hon|han|hen|vi|man|barnet|min \w+|mamma|pappa|mormor|morfar|farmor|farfar) (få|ta|ge) (henne |honom |mig |oss |barnet )?(mer|mera|mindre|extra|en extra|en till|fler|högre dos|lägre dos) (av )?(sin |sina |min |mina |hans |hennes |den |det )?(\w+ )?${MEDICINE}`,
      r`\bhur (många|mycket) (får|kan|ska|bör) (jag|man|vi|han|hon) ta (\w+ )?per (dag|dygn)\b`,
      r`\b(sluta|slutar|avbryta|trappa ner|trappa ut|hoppa över) (med |ta )?(mina |min |sina |sin )?${MEDICINE}`,
      r`\bhur gör (jag|man|vi) med (\w+ )?(${MEDICINE}|\w*medicin\w*|\w*tablett\w*|${DRUG_NAME}\w*)`,
      r`\b(dos|dosen|doser|dosering|doseringen|dosera|doserar|maxdos|maxdosen|dygnsdos|dygnsdosen|dose|dosage)\b`,
      r`\b${DRUG_NAME}\b`,
      r`\b(biverkning\w*|biverkningar|interaktion\w*|side effects?)\b|\bblanda (\w+ ){0,2}(med|och) (alkohol|sprit|vin|öl|${MEDICINE})`,
      r`\b(what|which) (medicine|medication|pills?)\b|\bhow much (paracetamol|ibuprofen|\w+) (can|should)\b|\b(can|should) i (mix|combine) (\w+ )?(and|with) (alcohol|booze|drinking|beer|wine)\b`,
      r`\bvilken (borde|ska|bör) (jag|man|vi) (välja|ta)\b(?=.*${MEDICINE})`,
      // Medicines asked about together: "Farmor tar åtta olika mediciner … kan de påverka varandra?"
      r`^(?=.*${MEDICINE})(?=.*\b(påverka|påverkar|krocka|krockar|reagera|reagerar) (\w+ )?(med )?varandra\b)`,
      // Something to take for a condition or symptom told: "urinvägsinfektion tre gånger i år, finns det något jag kan ta förebyggande?"
      r`^(?=.*(?:${CONDITION}|${SYMPTOM}))(?=.*\b(något|nåt|någonting) (\w+ )?(jag|ja|man|vi|hon|han|hen) (kan|ska|bör|borde|skulle kunna) ta\b)`,
    ],
    // "Vad kostar mina mediciner?" is about money, which the guide or a contact can answer.
    // A care word does not make "vilken borde jag välja?" between two medicines a question about care.
    // Nor is knowing which medicines a relative is on ("står på") a question of dosing: it is access to a list.
    // Nor a medicine one is on, told in a question about care that asks nothing of the medicine:
    // "Jag har diabetes och tar insulin. Hur kan digitala lösningar hjälpa mig med egenvården…?"
    unless: [r`\b(kostar|kosta|kostnad\w*|pris|priset|avgift\w*|högkostnadsskydd\w*|betala|betalar|subvention\w*|gratis|dosdispens\w*|läkemedelsgenomgång\w*)\b|\b(veta|se|ta del av|få tillgång till) vilk(a|en|et) (\w+ ){0,2}${MEDICINE} (\w+ ){0,2}står på\b|\b(säga|se|visa|veta|berätta) vilk(a|en|et) (\w+ ){0,2}${MEDICINE} (\w+ ){0,4}(fått|har fått|fick) (utskriv\w*|förskriv\w*)\b`, ABOUT_CARE_NOT_ME,
      // A medicine given long ago, told in a question about the reform: "skrev ut antibiotika till mig förra året … förenligt med nära vård?"
      r`^(?=.*(?:${LONG_AGO}))(?=.*(?:${ABOUT_CARE}))(?!.*\b(nu|idag|i dag|fortfarande|ska jag|kan jag|får jag|bör jag|jag (kan|ska|får|bör) ta)\b)`,
      r`^(?=.*\b(tar|använder|står på) (\w+ )?${DRUG_NAME}\b)(?=.*(?:${ABOUT_CARE}))(?!.*\b(hur (mycket|många|ofta)|dos\w*|(får|kan|ska|bör) (jag|hon|han|vi|man) (ta|ge|sluta|öka|minska|byta)|biverkning\w*|blanda\w*)\b)`],
    examples: ['vad ska jag ta för medicin', 'vilken medicin ska jag ta mot huvudvärk', 'hur mycket alvedon får jag ta', 'vilken dos ska jag ta', 'kan jag ta ipren när jag är gravid', 'biverkningar av alvedon'],
  },
  {
    id: 'medical-stop-or-change-medicine',
    level: 'medical',
    patterns: [r`\b(sluta|slutar|slutat|avbryta|trappa ner|trappa ut|byta|hoppa över|glömt|glömde) (att )?(ta |med )?(den|dem|dom|det|medicinen|tabletterna|dosen|\w*medicin\w*|\w*tablett\w*)\b`],
    requires: [[MEDICINE, r`\b(den|dem|dom|dosen)\b`], [SOMEONE, r`\b(ska|bör|kan|får|måste|borde)\b`]],
    unless: [ABOUT_CARE],
    examples: ['började på ny medicin mot depression och mår sämre, ska jag sluta ta den?'],
  },
  {
    id: 'medical-condition-and-symptom',
    level: 'medical',
    // A condition named and a symptom described: "bältros? det bränner på ena sidan och nu har det kommit blåsor".
    patterns: [r`\b${CONDITION}`],
    requires: [[SYMPTOM]],
    unless: [ABOUT_CARE, ABOUT_CARE_FOR_A_GROUP, r`\b(hur|var|vem|kan|får|ska) (\w+ ){0,3}(hemtjänst\w*|hemsjukvård\w*)\b|\b(fast vårdkontakt|vårdplan\w*|rätt till|väntetid\w*|utredning\w*|remiss\w*|vaccin\w*|erbjuds|gratis|bup)\b|\b(vem|vilka|vilken) (ansvarar|har ansvar|samordnar)\b`],
    examples: ['bältros? det bränner på ena sidan av ryggen och nu har det kommit blåsor'],
  },
  {
    id: 'medical-alcohol-with-medicine',
    level: 'medical',
    patterns: [r`\b(alkohol|vin|öl|sprit|dricka|alcohol|drink|drinking|beer|wine)\b`],
    requires: [[MEDICINE], [r`\b(kan|får|går det|funkar|farligt|ok|okej|can|is it)\b`]],
    unless: [ABOUT_CARE],
    examples: ['kan man dricka alkohol när man äter penicillin'],
  },
  {
    id: 'medical-is-it-dangerous',
    level: 'medical',
    patterns: [
      r`\b(är|blir|kan) (det|detta|den|de|han|hon|det här) (\w+ )?(farligt|farlig|allvarligt|allvarlig|smittsamt|smittsam)\b`,
      r`\bär (\w+ ){1,2}(farlig|farligt|säkert|säker) för (mig|mitt barn|barnet|honom|henne|oss)\b|\bhur (farligt|allvarligt|smittsamt) är\b|\bhur länge (smittar|är (man|jag|han|hon|barnet) smittsam)\b`,
      r`\bär det (normalt|vanligt) att (ha|få|känna|må|blöda|kräkas|hosta|sova|ha ont|snarka)\b`,
      r`\b(ge|ger|få|vill ha|behöver) (\w+ )?medicinsk(a|t)? (råd|rådgivning|bedömning)\b|\b(jag har|har en) (en )?medicinsk fråga\b`,
      r`\b(is it|is this|is that) (dangerous|serious|contagious|normal)\b`,
      // A result of one's own read out: "Vad betyder det att mitt Hb-värde var 105?", "levervärden höga", "PSA-värde har stigit".
      r`\b(provsvar\w*|\w*värden|\w*värdet|\w*värde|\w*värdena) (\w+ ){0,2}(höga|högt|hög|för höga|låga|lågt|låg|för låga|förhöjd\w*|stigit|sjunkit|avvikande|dåliga)\b`,
      r`\bmensen (är|e|har varit) (\w+ ){0,2}(sen|försenad|sent)\b|\bmensen har (inte|int) kommit\b|\b(är|e) (jag|ja) gravid\b|\bärjaggravid\b`,
      r`\b(mitt|min|mina|hans|hennes|pappas|mammas|barnets) (\w+ )?(\w*värde|\w*värdet|\w*värden|provsvar\w*|provresultat\w*|\w*prov|hb|crp|psa|blodsock\w*|\w*kolesterol\w*) ((var|är|e|låg på|ligger på|visade|visar|blev|har|hade) )?(\w+ ){0,2}\d+`,
      r`\bhur (mycket|många|mkt) (\w+ ){0,2}(är|blir) (farligt|farliga|för mycket|för många|skadligt|dödligt)\b|\bhow (much|many) (\w+ ){0,2}(is|are) (dangerous|too much|too many|safe)\b`,
      r`\bwhat (should|can|do) i (do|take|use) (about|for|against) (a |an |my |the )?(uti|urinary tract infection|infection|rash|cough|fever|headache|migraine|sore throat|cold|flu|eczema|acne|insomnia|\w+ pain|\w+ache)\b`,
    ],
    // Not privacy: "Är det farligt att dela mina uppgifter?"; nor a danger to care itself: "Är det farligt för patientsäkerheten att flytta vård …?"
    unless: [
      r`\b(uppgifter|personuppgifter|integritet|journal\w*|chatt\w*|chatten|appen|sidan|webbplats\w*|lösenord|bankid|data)\b`,
      r`\b(farligt|farlig|allvarligt|säkert|säker|riskabelt) för (\w*säkerheten|vården|kvaliteten|ekonomin|verksamheten|samhället|miljön|patienterna|patienter|invånarna|invånare|brukarna|brukare|de äldre|äldre|personalen|medarbetarna|alla)\b`,
      ABOUT_CARE,
    ],
    examples: ['är det farligt att ha hög feber?', 'kan det vara farligt?', 'ar det farligt', 'är det normalt att ha ont efter en vaccination'],
  },
  {
    id: 'medical-do-i-have',
    level: 'medical',
    patterns: [
      r`\b(har|kan ha|har fått|fått|får) (jag|han|hon|hen|barnet|vi|pappa|mamma|min \w+|mitt \w+) (\w+ )?(en |ett )?${CONDITION}`,
      // Not "orolig"/"rädd": "Jag är orolig för min pappa med demens, vad kan kommunen göra?" is for the guide.
      r`\b(tror|misstänker|undrar om) (?!(kommunens|regionens|vårdens|hemtjänstens|era|er|ni|deras) )(\w+ ){0,3}${CONDITION}`,
      r`\b(är|kan) (det|de|detta) (vara )?(en |ett )?${CONDITION}`,
      r`\b(kan|skulle kunna) (vara|bero på) (en |ett )?${CONDITION}|\bkan (man|jag) ha ${CONDITION} och ${CONDITION}`,
      r`\b(hur vet|hur märker|hur känner) (jag|man|vi) (\w+ ){0,3}${CONDITION}`,
      r`\b(symptom|symtom|symtomen|symptomen|tecken på|tecknen på) (\w+ ){0,2}${CONDITION}|\b${CONDITION} (\w+ ){0,2}(symptom|symtom)\b`,
      r`\bdo i have\b(?! (the |a )?(right|to|access|an appointment))`,
      // The course of someone's illness asked about: "Mamma har fått diagnosen KOL. Går det över?", "Är det ärftligt?"
      r`^(?=.*\b(har|fått|fick|lever med) (\w+ )?(diagnosen |diagnos )?${CONDITION})(?=.*\b(går (det|den) över|blir (jag|ja|han|hon|hen) (frisk|bra)|kan (jag|ja|han|hon|hen|man) bli (frisk|bra)|finns det (någon |något )?(bot|botemedel)|dör man av|är (det|den) ärftlig\w*|smittar (det|den)|is it (curable|hereditary|contagious)|will (i|he|she) get (better|worse))\b)`,
      // Signs of someone's condition getting worse: "Min morfar har KOL. Hur märker man att det börjar bli sämre?"
      r`^(?=.*${CONDITION})(?=.*\b(hur (vet|märker|ser|känner) (jag|ja|man|vi) (att|om|när) (det|han|hon|hen|\w+) (börjar )?(bli|blir|har blivit) (sämre|värre)|(tecken|signaler) på (att )?(\w+ ){0,2}(försämring|försämras|blir sämre|blir värre))\b)`,
      // A prognosis asked for someone's diagnosis: "Pappa har fått diagnosen KOL. Hur länge brukar man leva med det?"
      r`^(?=.*(\b(diagnos\w*|diagnosed)\b|${CONDITION}))(?=.*\b(hur länge (brukar |kan |kommer )?(man|jag|ja|han|hon|hen|pappa|mamma|de|dom|folk) (\w+ )?(leva|lever|överleva)(?! (hemma|själv|ensam|kvar|på|i)\b)|hur länge har (jag|ja|han|hon|hen|pappa|mamma) kvar( att leva)?$|hur (lång tid|länge|många år) (brukar |kan |har )?(man|jag|ja|han|hon|hen|pappa|mamma) (\w+ )?(ha |har )?kvar|vad (är|e) (hans |hennes |min |mitt |\w+s )?prognos\w*|kommer (jag|ja|han|hon|hen|pappa|mamma|min \w+) (att )?(bli|må) (sämre|värre)( och sämre)?|blir (det|jag|han|hon|hen) (sämre|värre) med (åren|tiden)|how long (do|does|can|will) (\w+ ){1,2}(live|survive|have left))\b)`,
      // "kan någon av dem göra att hon blivit så snurrig": a medicine's effect on someone.
      r`\bkan (någon av )?(dem|de|dom|medicinerna|medicinen|tabletterna|läkemedlen|pillren) (göra att|ge|orsaka|förklara|ligga bakom)\b`,
    ],
    // A care word does not make "kan min hosta vara lunginflammation?" a question about care.
    // A condition lived with for years and managed is background: "haft hjärtsvikt i tio år och klarar mig bra med regelbundna kontroller".
    unless: [ABOUT_CARE_NOBODY_OF_MINE, r`\b(vem|vilka|vilken|var) (\w+ ){0,2}(samordnar|ansvarar|hjälper|stöd|stödet|hjälpen)\b|\b(vem|vilka|vilken) (har|tar) (ansvar|ansvaret)\b|\b(haft|levt med|lever med) (\w+ ){0,3}i (\w+ )?år (och )?(klarar (mig|jag mig)|mår|har mått|sköter (det|jag det)) (\w+ )?(bra|fint|utmärkt)\b`],
    examples: ['har jag covid?', 'tror jag har urinvägsinfektion', 'Hur vet jag om jag har adhd?', 'vilka symtom har borrelia', 'är det eksem?'],
  },
  {
    id: 'medical-is-it-condition',
    level: 'medical',
    // "kan det vara alzheimers?", "är det prostatan?": asking whether a condition is behind what one sees.
    patterns: [
      r`\b(kan (det|de|den|hon|han) (vara|va|ha)|är det|e det|kan det röra sig om) (\w+ ){0,1}(alzheimer\w*|demens|prostata\w*|diabetes|cancer|tumör|borrelia|blindtarm\w*|gallsten\w*|njursten\w*|lunginflammation|urinvägsinfektion|covid|corona|influensa)\b`,
      // An injury asked about after a fall or a pain: "Knät har värkt sedan jag föll…, kan det vara korsbandet?"
      r`\b(kan (det|de|den) (vara|va)|är det|e det) (\w+ ){0,1}(\w+bandet|\w+senan|menisken|ett brott|brutet|bruten|en fraktur|fraktur\w*|en spricka|spräckt|stukat|en stukning|urledd|ur led|hjärnskakning)\b`,
    ],
    unless: [ABOUT_CARE],
    examples: ['mamma glömmer allt, kan det vara alzheimers?', 'är det prostatan?', 'knät har värkt sedan jag föll, kan det vara korsbandet?'],
  },
  {
    id: 'suicide-attempts-before',
    level: 'suicide',
    // "jag har försökt två gånger" told without what was tried: attempts on one's life.
    patterns: [r`\b(jag |han |hon )?har (redan )?försökt (två|tre|fyra|flera|många|\d) gånger\b(?! (att|och|i|på|med|ringa|boka|få|komma|nå|logga|söka|hitta))`],
    unless: [ABOUT_CARE],
    examples: ['Mina föräldrar vet inte om det men jag har försökt två gånger.'],
  },
  {
    id: 'suicide-thoughts-seeking-help',
    level: 'suicide',
    // Suicidal thoughts named with a plea for where to turn, in the impersonal Swedish people in need use
    // ("självmordstankar vart vänder man sig"): a person in need, not a question about the system.
    patterns: [SUICIDAL_THOUGHTS],
    requires: [[SEEKING_HELP]],
    examples: ['självmors tankar vart vänder man sig', 'självmordstankar vem kan jag prata med'],
  },
  {
    id: 'medical-medicine-change',
    level: 'medical',
    // Stopping, changing or combining a medicine and asking whether it is all right, or a measured value asked
    // about: "vill sluta tvärt nu när hon mår bättre. Är det okej?", "his pulse is around 45. Is that too low?"
    patterns: [
      r`^(?=.*\b(samma dag|samtidigt|med tanke på)\b)(?=.*\bkan (\w+ ){0,3}ta\b)(?=.*\b(${MEDICINE}|vaccin\w*|\w*sprutan|spruta)\b)`,
      // "mom stopped eating and sleeps all day, she's 91. should we be worried?": a change told, and asked whether to worry.
      r`^(?=.*\b(should (we|i) be (worried|concerned)|is (this|that|it) (serious|worrying)|ska (vi|jag) (vara )?oro(a|lig)\w*)\b)(?=.*\b(stopped eating|not eating|wont eat|sleeps all day|sleeping all day|slutat äta|äter inte|sover hela dagarna|sover hela dagen)\b)`,
      // What to do oneself about one's own condition: "vad ska jag själv göra åt min ischias som blossat upp?"
      r`\bvad (ska|kan|bör) (jag|ja|man|vi) (själv |själva )?göra (åt|mot) (min|mitt|mina|hans|hennes|barnets) (\w+ )?(${CONDITION}|\w*värk\w*|ont|\w*smärt\w*)`,
      // Whether a medicine someone gets is the right one: "får Haldol på boendet. Är det verkligen rätt medicin för henne?"
      r`\b(är|e) (det|den|detta) (verkligen )?(rätt|fel|bra|lämplig|lämpligt) (medicin|medicinering|läkemedel|behandling|dos|dosering) (för|till) (henne|honom|mig|mamma|pappa|barnet|\w+)\b`,
      // What is normal for someone of an age: "vad är normal vilopuls för en 75-åring?", "normalt blodtryck för en som är 70".
      r`\bvad (är|ar|e) (ett |en )?(normalt?|bra|lagom|rimligt?) (\w*blodtryck\w*|blodtryk\w*|\w*puls|blodsock\w*|syremättnad\w*|syrevärde\w*|temp\w*) (för|hos) (en|ett|någon|nån|mig|min|mitt)\b`,
      // Back to an activity after an event of one's own: "skrevs ut efter en hjärtinfarkt förra veckan. Kan jag börja träna igen?"
      r`^(?=.*\b(kan|får|ska|bör|när kan|hur snart kan) (jag|ja|han|hon|hen|min \w+|mamma|pappa) (börja )?(träna|jogga|springa|jobba|arbeta|köra( bil)?|flyga|resa|bada|simma|lyfta|cykla|ha sex)( igen)?\b)(?=.*\b(hjärtinfarkt\w*|infarkt\w*|stroke|opererad\w*|operation\w*|skrevs ut|blev utskriven|utskriven|förlossning\w*|kejsarsnitt\w*|hjärnskakning\w*|blodpropp\w*|bypass\w*|pacemaker\w*|ballongvidgning\w*)\b)`,
      // "Kan min pappa köra bil när han har börjat med de nya sömntabletterna?"
      r`^(?=.*\bkan (jag|ja|min \w+|han|hon|hen|man|vi) (köra( bil)?|dricka (alkohol|vin|öl)|amma|träna|simma)\b)(?=.*\b${MEDICINE})`,
      r`\bwhich (antibiotic|medicine|medication|pill|cream|painkiller)s? (works|is|should|would)\b|\b(borde|ska|bör|kan) (vi|jag) ge (honom|henne|barnet|\w+) (\w+ )?(laxer\w*|alvedon|ipren|medicin\w*|antibiotika|\w*medel)\b`,
      r`\b(ska|kan|får|bör) (jag|ja|vi|man) (själv |själva |bara )?(minska|öka|halvera|sänka|höja|sluta med|dela|hoppa över|dubbla) (hennes |hans |min |sin |mammas |pappas )?(\w+ )?(\w*dosen|den|\w*tabletten|\w*medicinen|insulinet|insulin|lugnande|\w*medicin)\b|\bcan (we|i) (just )?(halve|stop|skip|double|split|cut down) (it|the dose|them)\b`,
      // Newly diagnosed, asking how to live with it: "fick diagnosen diabetes typ 2 i fredags. Hur mycket socker får jag äta".
      r`^(?=.*\b(fick|har fått|fått) (diagnosen|diagnos)\b)(?=.*\b(hur mycket|får jag|kan jag|ska jag) (\w+ ){0,3}(äta|träna|dricka|jobba|promenera|motionera|röra på mig|gå ut)\b)`,
      // Whether to start a medicine: "Totalkolesterolet är 7,1. Måste jag börja med statiner nu?"
      r`\b(måste|ska|bör|borde|behöver) (jag|ja|han|hon|hen|vi|pappa|mamma) (börja (med|ta)|sätta in|gå på) (\w+ )?(${MEDICINE}|statin\w*|insulin\w*|blodförtunnande|antibiotika)\b`,
      // Changing a medicine oneself: "ska jag ändra inhalatorn själv när det är kallt?"
      r`\b(ska|kan|får|bör) (jag|ja|vi|man) (\w+ )?(ändra|byta|öka|minska|sänka|höja) (\w+ )?(inhalator\w*|astmaspray\w*|\w*medicin\w*|\w*dos\w*) (själv|själva|på egen hand)\b`,
      r`^(?=.*\b(sluta|slutar|trappa ner|trappar ner|byta|byter|öka|ökar|minska|minskar|kombinera|stop|stopping|quit|change|changed|switch)\b)(?=.*\b(är (det|de) (okej|ok|farligt|bra|lugnt)|går (det|de) bra|is (it|that|this) (ok|okay|safe|dangerous)|kan (man|jag|hon|han|hen) (bara )?(sluta|ta|byta))\b)(?=.*\b${MEDICINE})`,
      r`^(?=.*\b(puls\w*|pulse|blodtryck\w*|blood pressure|blodsock\w*|blood sugar|syremättnad\w*|saturation|temp\w*)\b)(?=.*\b((is|isnt) (that|it|this) too (low|high)|är (det|den|de) (för|alldeles för) (låg|lågt|hög|högt))\b)`,
      // A test's value asked about in a few words: "crp 80 farlit??", "hb 95 normalt?"
      r`\b${LAB_TEST} (är |e |på |pa )?\d+( \d+)? (\w+ )?(farligt|farlig|farlit|högt|hogt|lågt|normalt|okej|ok|oroande|allvarligt|bra|dåligt)\b`,
      // One's own test results asked to be read: "Kan ni säga om mina levervärden är dåliga? ALAT 2,1 enligt journalen".
      r`^(?=.*\b${LAB_TEST}\b)(?=.*\b(vad? (betyder|innebär) (ett |en |mitt |min |hans |hennes )?((för)?höjt |förhöjd\w* |högt |höga |lågt |låga |sänkt\w* )?(det|de|detta|${LAB_TEST})|betyder (det|de|detta) att (jag|ja|hon|han|hen|vi|min \w+|mamma|pappa|barnet) (har|är|e|kan ha|har fått|behöver|måste|ska|borde)|(är|e) (det|de|den|detta) (för )?(lågt|högt|normalt|farligt|bra|dåligt|okej|ok)|(är|e) \d+ (\w+ ){0,3}(för )?(lågt|högt|normalt|farligt|okej|ok)|is (it|that) (low|high|normal|bad)|what does (it|this|that) mean)\b)(?=.*\b(\d+|förhöjd\w*|förhöjt|högt|höga|lågt|låga|sänkt\w*|avvikande|elevated|raised)\b)`,
      // A treatment changed by a doctor, asked whether how someone is now is normal: "läkaren har höjt hans Leponex. Nu är han jättetrött och dreglar, är det normalt?"
      r`^(?=.*\b(läkaren|doktorn|psykiatern|vårdcentralen|hälsocentralen|sjuksköterskan|the doctor) (har )?(höjt|höjde|sänkt|sänkte|ändrat|ändrade|bytt|bytte|ökat|ökade|minskat|minskade|satt in|satte in|raised|increased|lowered|changed|switched)\b)(?=.*\b((är|e) (det|de|detta) (normalt|vanligt|farligt|okej|ok)|kan (det|de) (bero på|komma av)|biverkning\w*|is (it|that|this) (normal|dangerous|a side effect))\b)`,
      // The answer to one's own test, asked what it means: "Har fått svar på mitt cellprov och det står ASC-US. Vad innebär det för mig?"
      r`^(?=.*\b(svar|svaret|svar\w*|resultat\w*|besked\w*|results?) (på|från|av|of|from) ((mitt|min|mina|hans|hennes|barnets|pappas|mammas|my|his|her) (\w+ )?)?(\w*prov\w*|\w*test\w*|röntgen\w*|biopsi\w*|mammografi\w*|ultraljud\w*|scan\w*)\b)(?=.*\b(vad (betyder|innebär) (det|de|detta|den|dom)|(är|e) (det|de|den) (farligt|allvarligt|cancer|normalt)|what does (it|this|that) mean|is (it|that|this) (serious|dangerous|cancer|normal))\b)`,
      r`\b(mina|min|mitt|hans|hennes|pappas|mammas|barnets) (\w+ )?(${TEST_VALUE}|provsvar\w*|provsvaret|blodprov\w*|labbsvar\w*|proverna|provet) (\w+ )?(är|var|ser ut att vara|verkar) (\w+ ){0,2}(dåliga|dåligt|höga|högt|låga|lågt|farliga|farligt|normala|normalt|oroande|okej|ok)\b|\b(are|is) my (\w+ )?(levels|results|values|test results|bloods?) (bad|high|low|normal|dangerous|ok|okay)\b|\b(do|should) i (need to |have to )?(start|take|go on|begin|stop) (taking )?(\w+ )?(statins?|medication|medicine|pills|tablets|antibiotics|insulin|blood thinners)\b`,
      // A value measured on someone now, asked against what is normal: "normalt syrevärde … Pappas mätare visar 86".
      r`^(?=.*\b(normal\w*|okej|ok|farligt|för (lågt|högt))\b)(?=.*\b(\w*syrevärde\w*|syremättnad\w*|saturation|\w*puls\w*|pulse|\w*blodtryck\w*|blodsock\w*|temp\w*|febern)\b)(?=.*\b(visar|visade|mätte|mäter|ligger på|låg på|är på|var på|shows|showed|reads) (\w+ )?\d+)`,
    ],
    examples: ['Min kompis tar antidepressiva och vill sluta tvärt nu när hon mår bättre. Är det okej?', 'his pulse is around 45. Is that too low?'],
  },
  {
    id: 'medical-assessment-asked',
    level: 'medical',
    // A symptom of one's own and a plea to have it judged is medical advice even inside a question about the
    // reform ("Jag har läst att primärvården ska vara navet … Jag har en knöl i bröstet … undrar om ni kan bedöma
    // om det verkar farligt eller om jag kan vänta"): the care words do not make it a question about care.
    patterns: [SYMPTOM],
    requires: [[FIRST_PERSON], [r`\b(bedöma|bedömer|(verkar|är) (det|den) (farligt|farlig|allvarligt|allvarlig)|kan (jag|ja) vänta (med|till)|ska (jag|ja) (söka (vård|läkare)|åka (in|till akuten))|behöver (jag|ja) (söka (vård|läkare)|åka (in|till akuten))|is (it|this) (serious|dangerous)|should i (see|go to) a doctor)\b`]],
    examples: ['Jag har en knöl i bröstet och undrar om ni kan bedöma om det verkar farligt', 'jag har ont i magen, kan jag vänta till imorgon'],
  },
  {
    id: 'medical-symptom',
    level: 'medical',
    // A symptom counts when it happens to someone, when the visitor asks what to do, or as a bare fragment
    // ("ont i magen"). Not in a question about the system: "Hur hjälper kommunen unga med ångest?"
    patterns: [SYMPTOM],
    requires: [[
      SOMEONE,
      WHAT_TO_DO,
      // At most four words: a fragment like "feber och hosta" or "ont i magen".
      r`^(\S+ ){0,3}\S+$`,
    ]],
    unless: [
      ABOUT_CARE,
      ABOUT_CARE_FOR_A_GROUP,
      r`^(?!.*${FIRST_PERSON}).*\b(vad (menas|menar ni|menar man) med|how (is|are) (it|they|this|that|\w+ pain) (handled|managed|dealt with|treated) (in|by|under)|hur (arbetar|jobbar|hjälper|stöttar|stöder|fungerar|ser|blir|samarbetar|organiseras|förebygger|tar)|vad (gör|erbjuder) (vården|kommunen|regionen|primärvården|vårdcentralen|hälsocentralen|ni|sjukvården|hemsjukvården|1177)|vilket stöd|vilken hjälp (finns|erbjuds|ges))\b`,
      r`\b(väntetid\w*|väntelista\w*|\w*utredning\w*|remiss\w*|kötid\w*|bup)\b`,
      r`\b(mäta|mäter|kontrollera|ta) (\w+ )?(blodtrycket|blodsockret|vikten|pulsen|syremättnaden) (själv|hemma)\b|\bskicka in (värdena|mätvärden\w*)\b|\bångest (över|för) (att )?(\w+ ){0,3}(vårdcentral\w*|omorganis\w*|omställning\w*|läkare|flytt\w*|byte)\b`,
      // A long-standing condition told as the background of a question about the reform.
      LONG_STANDING_BEFORE_THE_REFORM,
      r`\b(vem|vilka|vilken) (\w+ ){0,2}(samordnar|ansvarar|har ansvar|roll|stöd|hjälp (finns|får))\b|\bvilken roll\b|\bvad (innebär|betyder) (nära vård|omställningen|reformen|målbilden|förändringen) för\b|\b(hur|var|vem|kan|får|ska) (\w+ ){0,3}(hemtjänst\w*|hemsjukvård\w*)\b|\b(fast vårdkontakt|vårdplan\w*|samordnad individuell plan|sip)\b`,
    ],
    examples: ['Jag har feber och hosta sedan fem dagar, borde jag söka vård?', 'mitt barn har feber vad ska jag göra', 'ont i magen sen igår', 'min mamma är yr och har ont i huvudet', 'Jag har utslag på armen, vad kan det vara?', 'Jag har ångest och kan inte sova', 'min son har kräkts hela natten'],
  },

  // ============================== situations described: the phrase lists of cues.ts ==============================
  // Each list is one rule. Like the rules above they step aside for a question about care that names
  // nobody of the visitor's own ("Hur många svimmar i värmen?" is statistics; "min pappa har svimmat" is not).
  ...Object.entries(CUES).map(([situation, { level, phrases }]): TriageRule => ({
    id: `${level}-cue-${situation}`,
    level,
    phrases,
    unless: [ABOUT_CARE_NOT_ME, ABOUT_CARE_FOR_A_GROUP, ...(CUE_STEP_ASIDES[level] ?? [])],
    examples: phrases.slice(0, 3),
  })),
];


/** Work and waiting that "kill" nobody: "Pappersarbetet i hemtjänsten kommer att döda mig, haha". */
const BURDENS = r`((om)?organisation(en|erna|er)?|vårdcentralen|hälsocentralen|regionen|kommunen|försäkringskassan|myndigheterna|\w*köerna|\w*köer|\w*förberedelse\w*|\w*seminari\w*|\w*presentation\w*|\w*planering\w*|inläsning\w*|läsandet|pluggandet|skrivandet|\w*bilden|\w*bilderna|\w*bilder|\w*planen|\w*planer|\w*planerna|pilarna|begreppen|\w*modellen|omorganisering(en|arna)|förändring(en|arna)|byråkratin|kön|telefonkön|väntan|krånglet|omställningen|reformen|stressen|arbetsbelastningen|jobbet|arbetet|pappersarbetet|dokumentationen|administrationen|rapporteringen|journalföringen|personalbristen|nedskärningarna|schemat|blanketterna|mötena|systemet|mitt jobb|\w*dokumenten|\w*dokumentet|\w*texterna|\w*rapporterna|\w*pappren|\w*mejlen|tentan|tentamen|tentorna|plugget|uppsatsen|examensarbetet|\w*blankett\w*|\w*formulär\w*|\w*uppgift\w*|this exam|my thesis|the thesis|(my |the |this )?(thesis |essay |exam |paper )?deadline|the exam|my exam|exams|the paperwork|paperwork|the admin|bureaucracy|the queue|the wait|this job|my job|work)`;

/** Said not to be meant literally: "överkörd av omställningen – bildligt talat, ingen fara". */
const NOT_LITERALLY = r`\b(känner mig|känt mig|kände mig|känns|blir|blev|är) (\w+ )?(överkörd|överkörda|påkörd) (av|i) (vården|sjukvården|systemet|personalen|läkarna|läkaren|doktorn|myndighet\w*|kommunen|regionen|omställningen|byråkratin|chefen|alla)\b|\böverdos av (möten|mejl|mail|information|jobb|\w+möten|kaffe|socker|tv|serier|powerpoint\w*)\b|\bdöds(äker\w*|kul\w*|trött\w*|tråkig\w*|snygg\w*)\b|\b(drunknar|drunkna|drunknat|drunknade|kvävs|kvävas) (i|av) (alla |all |massa |en massa |de här |dessa )?(nya )?(ord|orden|termer|termerna|begrepp|begreppen|förändringar|reformer|utredningar|rapporter|nyheter|instruktioner|broschyrer|länkar|läsning|samtal|arbete|mejl|mail|ärenden|papper|jobb|telefonsamtal|blanketter|pappersarbete|information|dokumentation\w*|administration\w*|byråkrati\w*|projekt|möten|dokument|text|texter|fakta|siffror|patienter|förkortningar|regler|krav)\b|\b(jobbat|jobbar|slitit|sliter|arbetat|arbetar|jobbade|slet) ihjäl (mig|mej|oss|sig)\b|\b(kvävas|kvävs|kvävdes|dör|dog|dött) (nästan |typ |bokstavligen )?av (skratt|tristess|leda|tråkighet)\b|\bskrattar ihjäl\b|\b(choking|choked) (with|on) laughter\b|\b(died|dying|die) (of )?(laugh\w*|boredom)\b|\b(höll på att|nästan) (slå|slog) ihjäl (mig|mej|sig)\b|\b(jag|ja) håller på att spricka\b|\b(chefen|min chef|läraren|rektorn|mamma|pappa|frugan|gubben|my boss|the boss) (\w+ )?(får|kommer att få|skulle få|will have|would have) (en |a )?(hjärtattack|hjärtinfarkt|slag|spunk|frispel|heart attack) om\b|\blika gärna (kunde|kan|skulle kunna) (skjuta|döda|avliva) (honom|henne|mig|mej|oss)\b|\bdrunknar i (\w+ )?(arbetsuppgifter|uppgifter|\w*arbete|ärenden|mejl|mail)\b|\bingen (kraft|ork|energi) kvar efter (ett helt |hela |en hel )?(arbetsliv\w*|arbetsdag\w*|veckan|jobbet|passet|dagen)\b|\bdrowning in (\w+ ){0,2}(acronyms|paperwork|work|emails?|information|bureaucracy|jargon|patients|meetings)\b|\b(politiskt|ekonomiskt) självmord\b|\brena självmordet\b|\b(ett )?självmord att (ställa om|göra|lägga ner|satsa|stänga)\b|\b(is|would be) suicide to\b|\bsjälvmordsuppdrag\w*|^(?!.*\b(blod\w*|blöder|av misstag|ambulans\w*|blood|bleeding)\b).*\bskjut(er|a|it)? (mig|oss|sig) (själv |själva )?i foten\b|\b(sköt|skjutit|skjuta|fällde|fällt) (en |ett |två |tre )?(älg|rådjur|hjort|vildsvin|hare|räv)\w*\b|\b(shot|killed) (a |an |the |two )?(moose|deer|elk|boar|hare|fox)\b|\bshoot (myself|ourselves) in the foot\b|\b(får|fick|ger mig) (en )?(hjärtinfarkt|hjärtattack|hjärnblödning|slag) av (alla |all |det |den |de |allt )?\w+|\b(ville|vill|fick|få|önskade|bestämt sig för att|bestämde sig för att|valt att|väljer att) dö hemma\b|\b(chefen|min chef|läraren|my boss|the boss|my teacher|my manager) (\w+ ){0,2}(döda|dödar|slår ihjäl|slå ihjäl|kill|kills) (mig|mej|me) (om|if)\b|\bdöda (mig|mej|oss) annars\b|\b(blir|håller på att bli) galen (på|av) (\w+ )?(texten|texter|sidan|sidor|dokument\w*|byråkrati\w*|blanketter|möten|jobbet)\b|\bskjut mig (om|men|för)\b|\bskjut (mig|mej) inte( nu)?(,)? (men|för|om)\b|\bskjut inte (på )?budbäraren\b|^(?!.*\b(dö|dör|död|döden|dött|leva|lever|livet|liv|orkar|pallar|självmord|försvinna|skada mig|skär mig|skar mig|vill inte vara kvar)\b)skjut (mig|mej)\b(?=.*\b(blankett\w*|tenta\w*|uppgift\w*|rapport\w*|uppsats\w*|deadline\w*|\w*sidor|läxa\w*|läxor\w*|prov\w*|möte\w*|föreläsning\w*|formulär\w*|jobbet|plugget|skolan|kursen)\b)|^(?!.*\b(dö|dör|död|döden|dött|leva|lever|livet|liv|orkar|pallar|självmord|försvinna|skada mig|skär mig|skar mig|vill inte vara kvar)\b).*\b(döda|skjut|skjuta) (mig|mej)\b[,!]? (om jag (har )?(\w+ ){0,2}(fel|missat|missförstått)|(jag|ja) ((\w+ ){0,10}(och|men) )?(fattar|förstår|begriper|fattade|förstod) (fortfarande |ändå |verkligen |bara |still |ju )?(inte|int|ingenting|noll))\b|^(?!.*\b(orkar|pallar|vill dö|vill inte leva|ensamheten|smärtan|ångesten|sorgen|saknaden|depressionen)\b)(?!.*\b(det här|den här) livet\b).*\b(det|det här|detta|ni|den här|${BURDENS}) (\w+ ){0,4}(tar|ta|tog) (nästan |typ |snart )?livet av (mig|mej|oss)\b|\b${BURDENS} ((?!(han|hon|hen|de|dom|he|she|they|sa|säger|sade|says|said)\b)\w+ ){0,3}(kommer (att )?döda|dödar|will kill|is killing|is going to kill) (mig|mej|oss|me|us)\b|\b\w*(ändringar|ändringarna|regler|reglerna|köer|köerna|väntetider|väntetiderna|blanketter|blanketterna|möten|mötena|schemat|scheman|telefonkön) (\w+ ){0,2}(tar|tog) livet av (mig|mej|oss)\b|\bdet (dödar|tar död på) (mig|mej|oss) att\b|\bdet (här|där) med (\w+ ){1,4}(dödar|tar död på|tar livet av|kommer (att )?döda) (mig|mej|oss)\b|\b(väntan|kön|telefonkön|väntetiden|väntetiderna|byråkratin|the wait|waiting) (\w+ ){0,2}(dödar|is killing) (mig|mej|oss|me|us)\b|\b(sajten|sidan|hemsidan|webbsidan|webbplatsen|texten|texterna|byråkratin|blanketten|blanketterna|formuläret|menyn|appen|systemet|det här|detta|allt det här|all den här \w+|site|website|page|this) (\w+ ){0,2}(ger|gav|gives|gave) (mig|mej|me) (huvudvärk|ont i huvudet|magont|a headache)\b|^skjut mig (men|för)\b|\b(de|dom|ni|vårdcentralen|kön|systemet|knappvalen|skolan|läxorna|plugget|lärarna|jobbet|chefen) (\w+ ){0,2}(dödar|mördar) (mig|mej|oss) (med|när)\b|\bslog (mig|mej) (själv )?för pannan\b|\b(gav|ger|gave|gives) (mig|mej|me) (nästan |nearly |almost )?(en |a )?(hjärtattack|hjärtinfarkt|heart attack|stroke)\b|\b(nearly|almost) gave me (a )?(heart attack|stroke)\b|\b(trodde|trodde var|trodde att det var) (\w+ ){0,3}giftig\w*\b(?=.*\b(men|but) (det var|de var|it was|they were) (bara|only|just)\b)|\b(såg|läste|hörde|saw|read) (en |ett |a )?(nyhet|nyheten|artikel|artikeln|reportage|inslag|notis|news|article)\w* (om|på|about)\b|\b(fick|får|fått|har fått) (\w+ )?(stryk|spö|däng) (med \d+|i (matchen|finalen|semifinalen|derbyt|serien|cupen)|av (\w+ )?(laget|lag|\w+laget))\b|\b(du|ni|den här (chatten|sidan|guiden)|chatten|guiden|this chat|you) (är|e|are) (min|mitt|vår|my|our) (sista|enda|last|only) (utväg|hopp|chans|räddning|hope|resort|chance)\b|\bkan (inte|int) andas när (jag|ja) (ser|tänker på|läser|öppnar) (\w+ ){0,3}(inkorg\w*|mejl\w*|mail\w*|schema\w*|räkning\w*|kalender\w*|listan|högen|bunten|\w*texten|dokument\w*|remiss\w*|siffror\w*|budget\w*|lönen|elräkning\w*)\b|\b(cigaretterna|cigaretter|röken|rökningen|rökandet|snuset|snusandet|sockret|godiset|kaffet|fet maten|skräpmaten|alkoholen|vinet|ölen|stillasittandet|soffan) (\w+ ){0,3}(tar kål på|tar livet av|dödar|kommer (att )?(ta kål på|ta livet av|döda)|will kill|is killing) (mig|mej|dig|oss|honom|henne|me|you|him|her)\b|\b(svimmade|svimmar|svimma|svimmat|dånade|dånar) (nästan |typ |bokstavligen |nästan bokstavligen )?(av|of) (lycka|glädje|förtjusning|lättnad|skratt|joy|happiness|relief)\b|\bfacepalm\w*|\b(rör sig|rör på sig) (inte alls|för lite|knappt) (själv|på dagarna|i vardagen)\b|\b(blev|blir|känner mig|känns|är) (\w+ )?död i (huvudet|skallen|knoppen)\b|\b(dör|dött|död) (\w+ ){0,2}(gånger|i spelet|i fortnite|i minecraft)\b|\b(kändes som att jag skulle få|trodde jag skulle få|höll på att få|fick nästan|nearly had|almost had|i nearly had|i almost had) (en |a )?(hjärtattack|hjärtinfarkt|heart attack|stroke)\b|\bbrinner i knutarna\b|\b(tagit|tar|tog) livet av (varenda|alla|mina|min|mitt) (krukväxt\w*|växt\w*|blomm\w*|plant\w*|tomat\w*|kaktus\w*)\b|\b(livrädd|rädd|orolig) (för )?att (\w+ ){0,3}(ska )?(slussas|bollas|hamna mellan|bli utan (hjälp|vård)|inte få (hjälp|vård)|glömmas bort|(bli )?lämnad ensam|lämnas ensam)\b|\b(en )?kniv i ryggen (på|för|mot) (glesbygden|landsbygden|\w+bygden|oss|invånarna|personalen|kommunerna|patienterna|de äldre|\w+arna)\b|\bkallade? (\w+ ){0,3}(för )?en kniv i ryggen\b|\b(den här |min |vår )?(läraren|lärarn|chefen|rektorn|kursen|uppgiften|plugget|skolan|the teacher|my teacher|my boss) (\w+ ){0,2}(dödar|kommer döda|kommer att döda|is killing|will kill) (mig|mej|oss|me|us)\b|\b(skjuter|skjuta|skjut) (mig|mej)( själv)? om jag (måste|ska behöva|behöver) (\w+ )?(läsa|skriva|sitta|gå|lyssna|göra|plugga|ringa|vänta|fylla|svara)\b|\b(dö|dör|döende|dött) ut\b|\b(vården|sjukvården|primärvården|omsorgen|kommunen|regionen|ekonomin|budgeten|verksamheten|landsbygden|glesbygden|\w+vården|\w+omsorgen) (\w+ )?(blöder|förblöder|håller på att blöda) (ihjäl|ut)?\b|\b(blöder|blöda|blödde|förblöder|förblöda|bleeding|bleeds) (\w+ )?(pengar|miljoner|miljarder|kronor|skattepengar|personal|sjuksköterskor|läkare|kompetens|money|cash|staff)\b|\b(höll på|var nära|trodde jag skulle|fick nästan|fick jag nästan) (att )?(få |dö av )?(en )?(hjärtattack|hjärtinfarkt|slag|skrattanfall)\b( \w+){0,2} (när|då) (jag|vi) (såg|läste|hörde|fick)\b|\b(\w*kontakter|kontaktvägar|instanser|aktörer|myndigheter|vårdgivare|mottagningar|ställen|telefonnummer|nummer|blanketter|system|regler|besked|hänvisningar|personer|\w*personal|begrepp|begreppen|termer|termerna|förkortningar)( \w+){0,2} (och )?(blir|blev|gör (honom|henne|mig|mej|oss|dem|dom)) (\w+ )?förvirrad\w*|\bförvirrad\w* (av|över|med|bland) (\w+ ){0,3}(\w*kontakter|kontaktvägar|instanser|aktörer|myndigheter|vårdgivare|mottagningar|ställen|telefonnummer|nummer|blanketter|system|regler|besked|hänvisningar|personer|\w*personal|begrepp|begreppen|termer|termerna|förkortningar)\b|\b(plåster|bandage|band-aid) på (ett |en |den |det )?(skottsår\w*|\w*såret|\w*sår|benbrott\w*|\w*skadan|\w*skada|a gunshot wound|a bullet wound)\b|\b(bara|tomma|fina) (ord|snack|prat|löften)\b( \w+){0,6} när det (verkligen |väl |faktiskt )?brinner\b|\bhota(r|de|t)? (med )?att (säga upp sig|strejka|byta jobb|gå i pension)\b|\b(är det farligt|is it (dangerous|safe)) (att|to) (ha|lagra|spara|dela|have|store|share) (\w+ ){0,3}(journal\w*|uppgift\w*|data|information|records?)\b|\b(spelar in|spela in|filmar|filma|skriver|repeterar|sätter upp) (en |ett |vår |vårt )?(\w+ )?(film|skolfilm|kortfilm|pjäs|novell|roman|scen|manus|serie|deckare|teater)\w*\b.*\b(realistisk\w*|trovärdig\w*|filmas|skildras|gestaltas|rekvisita)\b|\b(spelar in|spela in|filmar|filma) (en |ett |vår |vårt )?(\w+ )?(film|skolfilm|kortfilm|pjäs|scen|serie)\w* där\b|\b(bildligt (talat|sett)|ingen fara(?! med (mig|mej))|figuratively|no danger|(?<!\b(inte|int|not)\b.{0,40})(mer allmänt|i allmänhet|generellt)|som policy|på policynivå)\b`;

/** Prepared for a case to come: "I want to have it on the fridge, just in case.", "vill veta i förväg", "om det händer igen". */
const PLANNING_AHEAD = r`^(?!.*${HAPPENING_NOW})(?=.*\b(just in case|in case|for future reference|för säkerhets skull|i förväg|om det (händer|skulle hända) igen|nästa gång|vill vara förberedd|want to be prepared|på kylskåpet|on the fridge|poster|affisch|sjukvårdsberedskap|beredskap)\b)`;

/**
 * Practising what to do, with nothing happening: "i dag hade vi sjukvårdsutbildning där vi övade på att stoppa stora
 * blödningar med tourniquet. Finns det liknande kurser …?". Not with "nu", "fortfarande" or someone hurt in it.
 */
const PRACTISING = r`^(?!.*\b(nu|just nu|fortfarande|blöder|andas inte|vaknar inte|right now|still)\b)(?=.*\b(övade|övar|öva|övat|tränade|tränar|träna|tränat|lärde (oss|mig)|fick (lära|öva) (oss|mig)?|practi[cs]ed|practi[cs]ing|trained|learned|learnt) (\w+ ){0,3}(på att|i att|hur man|how to|to) (\w+ ){0,4}(stoppa|stilla|hantera|ge|göra|lägga|behandla|väcka|hjälpa|stop|treat|give|do|apply|help)\b)`;

/** Someone who died by suicide years ago, told as the background of a question: "Min bror tog livet av sig för tre år sedan och…". */
const BEREAVED = r`\b(tog|har tagit) livet av sig (för (\w+ ){0,2}år sedan|i fjol|förra året)\b`;

/** Said in jest. Not for suicide: "hoppar från bron, skojar bara. Eller, jag vet inte" still gets the numbers. */
const JOKING = r`\b(på skämt|skämtar bara|skojar bara|skämt åsido|just kidding|jk|haha\w*)\b`;

/**
 * Staff asking, with nothing happening now, about guidelines or routines or how the organisation works:
 * "Jag jobbar inom socialtjänsten och undrar om det finns riktlinjer mot hedersrelaterat våld", "Hur arbetar regionen
 * med hedersrelaterat våld? Jag jobbar som lärare på SFI." Not with someone of their own ("min brukare … svarar inte
 * längre. Hur gör vi enligt de nya arbetssätten?").
 */
const PROFESSIONS = r`(lärare|pedagog|förskollärare|rektor|kurator|skolsköterska|sjuksköterska|distriktssköterska|undersköterska|läkare|socionom|socialsekreterare|biståndshandläggare|arbetsterapeut|fysioterapeut|chef|enhetschef|politiker|förtroendevald|journalist|student|tränare|ledare|personal|anställd|handläggare|\w+ledare|farmaceut|apotekare|tandhygienist|tandläkare|tandsköterska|\w*assistent|vårdbiträde|skötare|boendestödjare|stödpedagog|väktare|\w*vakt|polis|brandman|ambulanssjukvårdare|nurse|guard|police officer|paramedic|\w*care worker|doctor|physician|pharmacist|social worker|teacher|carer|manager)`;
const STAFF_ASKING = r`^(?!.*${HAPPENING_NOW})(?!.*\b(min|mitt|mina|my|hur gör (vi|jag))\b)(?=.*\b((jag|ja|vi) ((jobbar|arbetar) (\w+ ){0,2}(som|inom|på|i)|(är|e) (\w+ )?(?=${PROFESSIONS}\b)|(frågar|undrar|skriver) (som|i egenskap av) (\w+ )?${PROFESSIONS})|^som (\w+ )?${PROFESSIONS}|^(på|i|inom) (kliniken|avdelningen|mottagningen|vårdcentralen|hälsocentralen|boendet|äldreboendet|enheten|jobbet|arbetsplatsen|förskolan|skolan|hemtjänsten|ambulansen|akuten|apoteket) (\w+ )?(har|använder|brukar|ska|jobbar|arbetar|ser|möter|träffar) vi|^(jag|vi) (på|inom) (socialtjänsten|hemtjänsten|hemsjukvården|skolan|elevhälsan|vårdcentralen|hälsocentralen|psykiatrin|polisen|ambulansen|kommunen|regionen|äldreomsorgen)|(i am|im) an? (\w+ )?${PROFESSIONS}|^as an? (\w+ ){0,2}${PROFESSIONS}|^i (hemtjänsten|hemsjukvården|vården|omsorgen|äldreomsorgen|skolan|elevhälsan|socialtjänsten|psykiatrin) (\w+ ){0,2}(hör|möter|ser|träffar) vi)\b)(?=.*\b((arbetet|arbete) (mot|med)|samverka\w*|samspela\w*|riktlinje\w*|rutin\w*|routines?|hanteringen av|(hur|vad) påverka\w* (nära vård|omställningen|reformen)|vårdprogram\w*|handlingsplan\w*|policy\w*|arbetssätt\w*|utbildning(ar)? om|utbildning\w* (\w+ ){0,4}(om|kring)|avvikelse\w*|lex maria|(en|någon|nån|vilken|vår|sin) (\w+ )?roll i|(a|any|what|which|our|their) (\w+ )?role in|training (on|in)|(hur (ska|bör|kan) vi|hur vi (ska|bör|kan)) (dokumentera|samverka|bemöta|lämna över|hantera|agera|arbeta|jobba|göra)|hur (dokumenterar|rapporterar|anmäler|hanterar) (man|vi)|what (routines|will we|should we)|(hur (arbetar|jobbar)|vad gör) (regionen|kommunen|ni|vården|socialtjänsten|skolan))\b)`;

/**
 * The question care asks, as a subject: "What should staff ask me instead of asking what is wrong with me?" is about the
 * reform's "vad är viktigt för dig?", not a symptom.
 */
const CARE_ASKS = r`\b(instead of|rather than|istället för|i stället för) (att )?(asking |ask |fråga |frågar )?(\w+ ){0,2}(what is wrong|whats wrong|what is the matter|what the matter is|vad som är fel|vad det är för fel|vad är det för fel|vad är fel|vad e fel)\b`;

/**
 * Someone asking for their work ("Jag är journalist och skriver om överdödligheten", "Jag skriver en rapport om
 * hedersrelaterat våld") or teaching, and how care asks (CARE_ASKS).
 * A student is no role when the thought will not go away ("Jag läser till sjuksköterska och vet precis vilka läkemedel som
 * skulle räcka. Jag kan inte sluta tänka på det.").
 * Not staff as the ones threatened: "… och skjuta oss som jobbar här".
 */
const PROFESSIONAL = r`\bi (min|mitt|vår|vårt) (novell|roman|bok|berättelse|manus|pjäs|saga|deckare|serie)\b|^(\w+ )?(skolsköterska|skolsyster|sjuksköterska|distriktssköterska|undersköterska|läkare|kurator|skolkurator|lärare|rektor|socialsekreterare|biståndshandläggare|handläggare|enhetschef|vårdenhetschef|boendestödjare|barnmorska|psykolog|fysioterapeut|arbetsterapeut|specialpedagog|fritidsledare|elevassistent|personlig assistent|ambulanssjuksköterska|präst|diakon|polis) här\b|\b(en |ett )?(lektion|lektioner|lektionsmaterial|temadag|undervisning) (om|i|kring)\b|\b(föredrag|föreläsning|studiecirkel|presentation)\w* (\w+ ){0,3}(om|kring)\b|\btipsa (en |ett |mina |våra |sina )?(elev|elever|patient|patienter|brukare|vän|vänner|kollega|kollegor|anhörig|anhöriga)\w* om\b|\b(rädd|orolig|nervös) (för )?att (göra fel|råka göra fel|råka ge|ge fel|missa något)\b|^(?!.*${HAPPENING_NOW}).*\b(skriva|skriver|göra|gör|skrev) (en )?avvikelse\w*|\blex maria\w*|\bi (romanen|boken|filmen|serien|tv-serien|tvserien|pjäsen|novellen|deckaren|dokumentären|spelet) (som )?(jag|vi) (läser|läste|tittar på|tittade på|såg|ser|har sett|har läst|spelar)\b|\b(möter|träffar) (brukare|patienter|boende|vårdtagare|klienter)\b|\b(im|i am) a (parent|teacher|student|nurse|researcher|journalist|social worker)( and| who)?( was| am)? (wondering|asking|curious)\b|\b(designing|building|developing) a (similar )?(service|chatbot|app|tool)\b|\bbe trained to (spot|detect|recognise|recognize|handle)\b|\b(brandövning\w*|utrymningsövning\w*|fire drill|fire alarm test)\b|\bhur man (gör|utför|ger|lär sig) (heimlich\w*|hlr|hjärt-?lungräddning|första hjälpen)\b|\b(film|kurs|kurser|utbildning) (\w+ ){0,3}(om|i) (det|heimlich\w*|hlr|hjärt-?lungräddning|första hjälpen)\b|\b(läser|läste|läsa|skriver|writing|reading) (en |ett |a |an )?(\w+ )?\w*(roman|bok|novell|deckare|novel|book|script|manus)\b|\b(skriver|skrev|ska skriva|writing|am writing) (på )?(en |ett |a |an |min |mitt |my )?(\w+ )?\w*(rapport|uppsats|artikel|examensarbete|reportage|krönika|skoluppgift|essay|article|report|paper|thesis) (om|on|about)\b|\b(bok|roman|film|serie|dokumentär|novel|book|film|movie|series)\w* (med \w+( \w+)? )?(om|about)\b|\b(fick|får|hade|har|gick|går|håller i|hålla i|höll i|leder|ska gå|ska hålla|ska ha) (en |ett )?(genomgång|utbildning|kurs|course|föreläsning)\b|\b(en |vår |min )?(förening|organisation|ideell förening|insamling) (som )?(jobbar|arbetar|kämpar) (mot|med)\b|^(?!.*\b(kan (inte|int) sluta tänka på|tanken (går|försvinner) (inte|int) bort|orkar (inte|int) (mer|längre))\b).*\b(jag|ja) (läser|pluggar|studerar|utbildar mig) till\b|\b(personalen|vi|jag|man) (är )?skyldig\w* att\b|\b(ordna|ordnar|anordna|arrangera|arrangerar|planerar|planera|planerade) (en |ett )?(kväll|kurs|utbildning\w*|träff|övning|temakväll|temadag|studiedag|studiecirkel|workshop|föreläsning)\b|\bförsta hjälpen\w*|\bmaterial (om|från|för|till)\b|\b(ett |vårt |en )?tema (om|kring)\b|\bvilk(a|en) rutin(er)? (gäller|finns|har|ska)\b|\bi run a (community|support|local|parents?) group\b|\b(sätta upp|sätter upp|satte upp|skriva upp|göra|gör|gjorde) (en )?(lapp|affisch|anslag|lista) (med|om|i|på|till|för)\b|\b(doing|taking|teaching|running|giving|hold\w*) (a |an )?(\w+ ){0,2}(course|training|class)\b|\bi coach\b|(?<!\b(skjuta|skjuter|döda|dödar|mörda|mördar|slå ihjäl|slår ihjäl|knivhugga|attackera|attackerar|skada|skadar) )\b(oss|vi|jag) som (jobbar|arbetar)\b|\b(jag är|i am|im) \w*(student|studerande)\b|\bhålla en (dragning|presentation|föreläsning)\b|\b(jag|vi) (jobbar|arbetar) (på|i|inom) (ett |en )?(skyddat boende|skyddade boenden|kvinnojour\w*|tjejjour\w*|brottsofferjour\w*)\b|\b(skriva|skriver|skrev) (en |ett )?(krönika|debattartikel|insändare|ledare)\b|\brubriken\b|\b(jag är|i am|im) (journalist|reporter|student|forskare|researcher)\b|\b(skriver|writing) (en |ett |a )?(artikel|[bcd]?uppsats|thesis|reportage|article|examensarbete)\b|(?<!\b(slår|slog|slagit|misshandlar|misshandlade|misshandlat|knuffar|knuffade|nyper|nöp|sparkar|sparkade|luggar|luggade) (till |på )?)\b(en|ett) (boende|brukare|vårdtagare|patient) (hos oss|på boendet|på vårt boende)\b|\bpersonalen fick ringa\b|\b(school project|skolarbete\w*|skolprojekt\w*|grupparbete\w*|project (on|about))\b|\b(en |min |vår )?(uppgift|skoluppgift|inlämning\w*|läxa|hemuppgift) (i|om) \w+\b|\bsamhällskunskap\w*|\böverdödlighet\w*|\b(hur man|hur vi|hur ska vi|hur vi ska) (frågar|fråga|pratar med|prata med|bemöter|bemöta|ställer frågor till) (patienter|elever|klienter|brukare|boende|anhöriga|ungdomar|personer|människor) om\b|\bpå (apt|arbetsplatsträffen|personalmötet|utbildningsdagen)\b|\b(skriva|skriver|ta fram|tar fram|uppdatera|uppdaterar|se över|ser över|arbeta fram|arbetar fram) (om )?(\w+ ){0,2}rutin\w*|\bhur (man|vi|ni|personal\w*|anhöriga) (kan )?(känner|känna) igen\b|\b(få|bjuda in|boka) (någon|nån|en föreläsare|en sjuksköterska|en läkare)( \w+){0,4} (att )?(prata|berätta|föreläsa) om\b|${STAFF_ASKING}|${CARE_ASKS}`;

/** Planning for what may happen: "Vem upprättar en plan för hur skolan ska agera om hon får ett anfall?" */
const PLANNING = r`\b(ska|bör) (jag|ja|man|vi) oroa (mig|mej|sig|oss) för att (\w+ ){1,4}(försvinner|läggs ner|stänger|stängs|flyttar|flyttas|försämras)\b|\bfinns det (några )?planer\b|\b(hör|tillhör) (den|det|de) till (regionen|staten|kommunen)\b|\b(ska|bör) (jag|ja|man) oroa (mig|mej|sig) för att (den|det|de|kontakten|vårdcentralen|mottagningen|tjänsten) (försvinner|läggs ner|stänger|flyttar)\b|\b(skolor|förskolor|arbetsplatser|föreningar|schools|preschools|workplaces|clubs) (\w+ )?(måste|ska|behöver|have to|must|need to) (ha|have)\b|\b(lägga ner|läggs ner|lägger ner|(?<!\b(röstar|röstade|rösta|röstat) (för|mot|emot) )nedläggning\w*|flyttas bort|sammanslagning\w*)\b|\bvar (hittar|finns|läser) (jag |man |ni )?(\w+ ){0,3}(handlingsplan\w*|plan|planen|policy|rutin\w*|riktlinje\w*|dokument\w*)\b|\b(vem|hur) (upprättar|gör|skriver|tar fram|ansvarar för|håller i) (en |ett )?(plan|handlingsplan|vårdplan|sip|rutin|rutiner|krisplan)\b`;

/** A medicine as administration: prescriptions, dispensing, pharmacies, who gives it. A question for the guide. */
/** A dose of one's own asked about: not administration, whatever else the message asks. */
const DOSING_ASKED = r`\b(ska|kan|får|bör) (jag|ja|vi) (bara )?(minska|öka|halvera|sluta med|dela|hoppa över|dubbla)\b|\bcan (we|i) (just )?(halve|stop|skip|double)\b`;

const ADMINISTRATION = r`\b(lämna in|lämnar in|lämna tillbaka|lämnar tillbaka|slänga|slänger|kassera|return|dispose of) (\w+ ){0,4}(tabletter|tabletterna|mediciner|medicinerna|läkemedel|läkemedlen|medicin|pills|medicines)\b|\bvar (lämnar|gör) (man|jag|vi) (in|av med) (sådant|sånt|dem|dom|det)\b|\b(vårdcentral\w*|primärvård\w*|hemsjukvård\w*|hemtjänst\w*|kommun\w*|region\w*) (\w+ ){0,2}(ta|tar|tagit) över\b|\b(faktura\w*|räkning\w*|avgift\w*|bill|billed|invoice\w*|charged)\b|\b(skicka|lämna|ge|framföra) (\w+ ){0,2}(beröm|tack|synpunkt\w*|klagomål|feedback)\b|\b(berömma|klaga på|tacka) (personalen|vården|hemtjänsten|hemsjukvården)\b|\b(förnya\w*|receptförnyelse\w*|(nytt|förnyat|förnya) recept|dosdispens\w*|restnoter\w*|ersättningspreparat\w*|läkemedelsgenomgång\w*|prescriptions?|dispensing|renew\w*)\b|\b(får|kan|ska|måste) (hemtjänst\w*|hemsjukvård\w*|personalen|\w*skolepersonal\w*|skolpersonal\w*|lärar\w*|pedagog\w*|en sjuksköterska|sjuksköterskan|undersköterskan) (\w+ ){0,3}(ge|dela|ta hand om|administrera)\b`;
/** Administration, unless a dose of one's own is asked about too: for the medical rules, read only once one has matched. */
const ADMINISTRATION_NOT_DOSING = r`^(?!.*(?:${DOSING_ASKED})).*(?:${ADMINISTRATION})`;

/**
 * Numbers about many people: "dödsfallen i länet har ökat", "hur många självmord sker per år". Not the deaths one has
 * lived through: "svårt att sova efter alla dödsfall den här hösten".
 */
const STATISTICS = r`\bmånga som (drunknar|omkommer|dör i trafiken)\b|\b(självmord\w*|suicid\w*) bland (unga|äldre|män|kvinnor|barn|ungdomar|äldre män)\b|\b(ökande|minskande) (självmord\w*|suicid\w*)\b|\b(så många|många|fler|allt fler) (unga|ungdomar|äldre|barn|kvinnor|män|personer|människor|elever) (mår|har|lider|drabbas)\b|\b\w+(?<!\b(inte|int|not) )statistik\w*\b|\b(självmorden|självmord|suicid\w*) (\w+ ){0,4}(ökar|minskar|ökat|minskat|ökade|minskade)\b|\b(forskat|forskar|forskning\w*|studie\w*|studier) (\w+ ){0,3}(om|kring|på) (självmord|suicid|våld|självskad\w*)\b(?!.*\b(jag|ja) (själv )?(\w+ )?(blir|kommer (att )?bli|hamnar) en (av|i) (siffrorna|statistiken)\b)|\b(dör|drabbas|avlider|skadas) (fler|färre) (av )?\b|\bhur många (dog|dör|avled|avlider|dött)\b|\b(suicide|self-harm|death) rates?\b|\brates? of (suicide|self-harm)\b|\bcompared (to|with) the rest of (the country|sweden)\b|\b(fler|färre) (\w+ ){0,2}(tar livet|dör|drabbas|skadas|avlider)\b|\b((?<!\b(efter|sedan|sen) (alla |de |dom |flera |några |två |tre )?)dödsfall\w*|(?<!\b(inte|int|not) )statistik\w*(?<!\ben (av|i) statistiken)|siffror\w*(?<!\ben (av|i) siffrorna)|per år|årligen|varje år|every year|each year|per year|dödstal\w*|självmordstal\w*|suicidtal\w*|death rate|statistics)\b|\b(högre|lägre|fler|färre) (\w+ ){0,3}än (riket|rikssnittet|landet|snittet|genomsnittet|resten av landet)\b`;

/** Someone in general, not anyone now: "den som får en hjärtinfarkt", "om man skadas i en trafikolycka". */
const HYPOTHETICAL = r`\bwho is responsible if\b|\b(om|ifall) (någon|nån|en elev|ett barn|en deltagare|en patient|en brukare|jag|man)( \w+)? (någon gång |nån gång )?skulle\b|\bom (jag|man|min \w+|han|hon|vi) (\w+ )?(får|skulle få|drabbas av) (en |ett )?\w+,? (vill|ska|skulle|kommer|hoppas|önskar) (jag|ja|man|vi|han|hon)\b|\bom det (\w+ ){0,2}(blir|skulle bli|uppstår|händer) (ett |en )?(nödläge|nödsituation|kris|akut\w*)( (nån|någon) gång)?\b|\b(innan|före) (de|dom|folk|man|någon|nån|people) (får|drabbas av)\b|\bnär (någon|nån|en patient|folk|patienter) (kommer in|kommer|söker) med\b|\bom (någon|nån|folk|people) (får|skulle få|drabbas av|skulle drabbas av)\b|\bif (\w+ ){0,5}(someone|somebody|a patient|anyone) (gets|is) (hurt|injured|harmed)\b|\bhypotetiskt\b|\bhypothetically\b|\b(tills|innan|förrän) (folk|man|någon|people|someone) (håller på att|börjar|är nära att)\b|\btänk om (jag|man|min \w+|han|hon|vi) (\w+ ){0,2}(får|skulle få|drabbas)\b|\bom (jag|min \w+|han|hon|hen|vi) (skulle )?(få|får|drabbas av) (en |ett )?\w+ om (\w+ ){0,2}(år|månader)\b|\b(if|when) (my \w+ (\w+ )?|i |he |she |we )(someday|some day|one day|ever)\b|\b(innan|before) (jag|man|han|hon|vi|i|you|someone) (får|blir|drabbas|gets|has|have) (en |ett |a |an )?\w+\b|\bom (jag|min \w+|han|hon|hen|vi) (\w+ ){0,2}(någon gång|nån gång|i framtiden|en dag|framöver) (skulle )?(få|får|drabbas|blir|bli)\b|\bom (jag|min \w+|han|hon|hen|vi|mamma|pappa) skulle (få|drabbas av|råka ut för)\b(?=.*\b(hur lång tid|hur snabbt|ambulans\w*|flytta\w*|112|1177|bara nyfiken|planerar)\b)|\bvad händer om (jag|man|min \w+|någon|mamma|pappa) (får|skulle få|drabbas av|råkar ut för) (en |ett )?\w+ (i|på|när|långt)\b|^(?!.*${FIRST_PERSON})(?!.*${HAPPENING_NOW}).*(\b(den|de|dom|alla|någon|folk|those|anyone|people) som (får|fått|har|drabbas|drabbats|råkar ut för|skadas|blir)\b|\b(om|när|ifall) (man|någon|en) (skulle )?(få|får|har|drabbas|skadas|blir|bli|skär sig|skadar sig|gör illa sig|kommer in|inte kan)\b(?! bestämt)|\b(if|when) (someone|somebody|you|one) (has|gets|is)\b)`;

const HYPOTHETICAL_NO_MEANS = r`^(?!.*${MEANS_ASKED}).*(?:${HYPOTHETICAL})`;

/** A carer at the end of their strength: "vi orkar inte längre ta hand om henne" asks for help with care. */
const CARER = r`\borkar (inte|int) (längre |mer )?(ta hand om|vårda|sköta|hjälpa|ha (henne|honom|mamma|pappa) hemma|med (henne|honom|mamma|pappa|mormor|morfar|farmor|farfar))\b|^(?=.*\b(anhörig\w*|avlösning\w*|avlastning\w*|växelvård\w*|hemtjänst\w*)\b).*\borkar (inte|int)\b`;

/** A carer's exhaustion told by someone else, with relief asked about: "… avlastning? … mormor säger att hon inte orkar längre." */
const CARER_REPORTED = r`^(?=.*\b(avlastning|avlösning|växelvård|anhörigstöd)\b)(?=.*\b(säger|sa|sade) att (hon|han|hen) ((inte|int) orkar|orkar (inte|int))\b)`;

/**
 * Care at the end of life: "mamma vill dö hemma, kan hon få palliativ vård där?" is not a wish to die. Only for
 * the suicide rules, and not with a wish to end one's own life ("vill inte leva så här längre och tänker att
 * jag lika gärna kan avsluta det själv"); an emergency in palliative care at home still gets 112.
 */
const END_OF_LIFE_CARE = r`^(?!.*\b(avsluta (det|livet|mitt liv)( själv)?|ta (mitt|sitt) liv|ta livet av (mig|mej)|vill inte leva|hjälp att dö)\b).*\b(livets? slutskede|palliativ\w*|min sista tid|hospice|asih)\b`;

/**
 * A question about the guide itself, asked out of curiosity: "Vad gör guiden om någon skriver att de vill ta sitt
 * liv? Jag är bara nyfiken", "How does this chatbot handle people who say they are suicidal?", "Kan guiden ringa
 * 112 åt mig om något skulle hända?". Both the guide and a distance from the visitor's own situation are needed.
 */
const ABOUT_THE_GUIDE = r`\b(can|may) i ask (you|this chat|the bot|the guide) about\b|\bkan (jag|man) fråga (dig|er|guiden|boten|chatten) om\b|^(?=.*\b(guiden|chatbot\w*|chattbot\w*|boten|this bot|the bot|this chat|the chat|chatten|this guide|the guide|en ai|ai|skriver (om )?(\w+ ){0,4}här|du som guide|ni som guide|den här tjänsten|(våra |mina )?(konversationer|samtal|chattar) här|riskbedömning\w*|lanserades|vad gör (du|ni)|hur (fungerar|funkar) (du|ni)|hur (du|ni) (fungerar|funkar|hanterar)|(skulle|kan|kommer) (du|ni) (\w+ )?(skicka|ringa|larma)|what (do|would|will) you do|how you (handle|work|respond)|would you (send|call)|ni har byggt|det jag skriver|what i (write|type))\b)(?=.*\b(riskbedömning\w*|(?<!\bvet (inte|int) )om (någon|nån|man|en person|folk|en användare|jag)( av (dem|dom|er))? (skriver|skrev|säger|sa|berättar|nämner|skulle skriva|skulle nämna)|programmerade?|is it true|(if|when) (you|youre|you are|someone is|someones)|just curious|bara nyfiken|if i (tell|told|write|wrote|type|typed|say|said)|(ett )?ställe (man|jag) kan skriva|innan jag frågar|before i ask|(skriver|skriva|skrev|nämner|nämna) ordet|the word|skillnad på|(who|that) (say|says|write|writes|tell|tells|type|types)|people who|someone who|if (someone|somebody|a user|people) (says|writes|types|tells)|sparas|lagras|loggas|stored|saved|logged|hanterar|hantera|handle\w*|nyfiken|undrar bara|inför framtiden|curious|asking as|om något skulle hända)\b)`;

/**
 * Seen to by care and home now, and a question about care: "en kund … som hade skurit sig, han är omplåstrad och
 * hemma nu. Varför finns det inga mindre akutmottagningar närmare oss?" Not with "igen" or a plea for help.
 */
const TREATED = r`^(?!.*\b(igen|again|vart vänder|hjälp|help)\b)(?=.*\b(omplåstrad|omplåstrat|omlagd|sydd|utskriven|färdigbehandlad|(är|kom) hemma (igen|nu))\b)(?=.*(?:${ABOUT_CARE}))`;

/** Well again now: "… men mår prima nu", "allt är läkt nu", "Mår bra idag.", "hade ont i hjärtat förut, nu bra". */
const RECOVERED = r`\bnu (är|e) (hon|han|hen) hemma\b|\b(idag|i dag|nu|numera) (är|e) (jag|ja|han|hon|hen|vi) (helt )?(frisk|friska|återställd|återställda)\b|\b(har )?mått bra (länge|i många år|i flera år|sedan dess|sen dess)\b|\boch mår (bra|fint|toppen|prima)\b|\ballt (är|e) bra\b|\bnu (är|e) (\w+ )?(bra|frisk|läkt|okej|ok) igen\b|\b(allt|det) (var|va|är|e) lugnt\b|\b(gick|har gått) över\b|\b(varit|är|e) (drogfri|nykter|ren)\b|\bgår i behandling\b|\b(jag|han|hon|hen|vi) (är|e) (helt )?friska?\b|\b(är )?pigg nu\b|\b(det|allt) är över( nu)?\b|\bmår (stabilt|stabil|stabilare)\b|\b(är|e) stabil (nu|igen|på)\b|\bhar (behandling|kontakt|hjälp) nu\b|\b(är|har) (\w+ )?(läkt|läkt ut|återställd|återställt)\b|\bhar (han|hon|hen|jag|ja|vi) fått (bra |fin |den )?hjälp\b|\bmår (mycket|betydligt|mycket mycket|så mycket|redan|lite) bättre\b|\b(allt|det) (är|e) lugnt( nu| igen)?\b|\b(gipsad|gipsat|sydd|opererad) nu\b|\bförut (men )?nu (är (det|han|hon|hen|jag) )?(bra|frisk|okej|ok)\b|\b(hon|han|hen) mår (jätte|super)bra\b(?! i övrigt)|\b(alla|allihop|barnen|hon|han|vi) (är )?(friska|frisk|pigga) igen\b|\brecovered (fine|well|fully|completely)\b|\b(återhämtade|återhämtat) (sig|mig|mej) (helt|bra|fint)?\b|\bblev (helt )?(bra|frisk|återställd) (igen)?\b|\b(det är|det har blivit|har) bearbetat\b|\bhar fått (bra |fin )?hjälp\b|\b(i dag|idag|nu) (mår (jag|ja|han|hon|hen)|(jag|ja|han|hon|hen) mår) (bra|bättre|prima|fint)\b|\b(det|allt) gick bra\b|\b(it|all) went (fine|well)\b|\bpigg igen\b|\b((är|har) )?(läkt|läkt ut|återställd|frisk|bra|prima|fint|okej|ok)( igen)? nu\b|\bmår (bra|bättre|prima|fint|toppen) (nu|idag|i dag)\b|\b(healed|fine|better|okay|ok) now\b`;

/**
 * Long ago and well again now: history, for every rule; for suicidal thoughts only with nothing that says
 * they are back ("men nu", "igen", "tillbaka").
 */
const PAST_AND_OVER = r`^(?=.*(?:${LONG_AGO}))(?=.*(?:${RECOVERED}))`;
/**
 * A day or two ago and over, with nothing that says it is back or still going on: "Det var kaos på akuten i förrgår när
 * jag var där med min son som hade brutit armen. Allt gick bra till slut, men varför är det så fullt där?"
 */
const RECENTLY = r`\b(i går|igår|i förrgår|häromdagen|häromkvällen|häromnatten|häromveckan|förra helgen|i helgen som var|i (måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags)|i (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|yesterday|the other day|last (week|weekend|night|month))\b`;
const RECENT_AND_OVER = r`^(?!.*\b(men nu|nu (har|är|kan|vill|får|blir|mår (han|hon|hen|jag|ja) (sämre|dåligt|inte))(?! (hon|han|hen|jag|ja) (hemma|pigg|frisk|fått|fatt)\b)|igen|tillbaka|fortfarande|just nu|again|still|right now)\b)(?=.*(?:${RECENTLY}))(?=.*(?:${RECOVERED}))`;
/**
 * What follows an event that is over, asked about: "mår bättre nu. Hur går överföringen till vuxenpsykiatrin till …?",
 * "Hon är på benen igen. Hur kan jag ge beröm till ambulanspersonalen?", "She's fine now. Where do I file a complaint?"
 */
const AFTERCARE_ASKED = r`^(?!.*\b((?<!på benen )igen|again|fortfarande|still|just nu|right now)\b)(?=.*(?:${RECOVERED}|\bpå benen igen\b|\bnu är (han|hon|hen) hemma\b|\bback on (his|her|my) feet\b))(?=.*\b(klagomål\w*|klaga|complain\w*|beröm\w*|tacka|praise|thank|överföring\w*|rehabilitering\w*|rehab\w*|uppföljning\w*|follow-?up|eftervård\w*|samordnar)\b)`;
const PAST_AND_OVER_FOR_GOOD = r`^(?!.*\b(men nu|(?<!\b(känna|känner|kände|känt|kännas)( (jag|ja|vi|man|han|hon|hen|du))? )igen|tillbaka|återkommit|again|(is|are|came|come|coming) back)\b)(?=.*(?:${LONG_AGO}))(?=.*(?:${RECOVERED}))`;

/** Continuity of care asked about ("varför får jag ny läkare varje gång?"): not a request for medical advice. */
const CONTINUITY = r`\b(ny läkare (varje|var) gång|kontinuitet\w*|samma läkare|fast läkarkontakt|fast vårdkontakt|färdigutredd)\b`;

/**
 * Asked, in so many words, what to do about one's health: narrower than WHAT_TO_DO, which also counts a symptom's time
 * ("i natt", "sedan igår") as asking. For a message that says why it is written ("… så jag läser om nära vård").
 */
const ASKS_WHAT_TO_DO = r`\b(vad (ska|bör|borde|kan|gör) (jag|ja|vi|man)|(ska|bör|borde|måste|behöver) (jag|ja|vi) (söka|ringa|åka|gå|ta|oroa)|(är|e) (det|de) (farligt|normalt|allvarligt)|hjälp (mig|oss)|what (should|do|can) (i|we))\b`;
/**
 * A symptom told as the occasion for a question about the reform: "Kan inte sova efter nattpasset så jag passar på: när
 * började Region Värmland … jobba med målbilden?". Only for medical advice, and only with nothing asked about what to do.
 */
const OCCASION_TAKEN = r`^(?!.*(?:${WHAT_TO_DO}))(?=.*\b(passar på|tar tillfället)\b)(?=.*${ABOUT_CARE})|^(?!.*${ASKS_WHAT_TO_DO})(?=.*\bså (jag|ja) (läser|läste|sitter och läser|kollar|surfar|tittar|bläddrar|googlar) (\w+ )?(om|på|igenom)\b)(?=.*${ABOUT_CARE})`;

/**
 * A question whether a service exists, with nothing asked about what to do: "Vår bebis skriker hela nätterna …
 * Finns det föräldrastöd …?" Only for medical advice.
 */
/** Why care is reached one way and not another: "Varför ska jag ringa vårdcentralen i stället för att åka till akuten när jag bara har lite ont i halsen?" */
/** How care is organised around someone's condition: "Hur samarbetar vården med skolan kring hans insulin?", "Vem tar hennes blodprover när hon flyttar till oss?" */
const CARE_ORGANISED = r`\bhur (samarbetar|samverkar|samordnar|jobbar|arbetar) (vården|vårdcentralen|hälsocentralen|kommunen|regionen|skolan|hemtjänsten|ni|de|dom)\b|\bvem (tar|sköter|ansvarar för|ordnar|gör|skriver ut|följer upp) (hennes |hans |mina |min |mitt |våra |deras )?(blodprov\w*|prover|provtagning\w*|recept\w*|uppföljning\w*|kontroller\w*|medicinering\w*|dosett\w*|kompressions\w*|hjälpmedel\w*)\b|\b(fullmakt|hämta ut)\b|\b(frågar|ringer|vänder mig till|kontaktar) (nog |hellre |i stället |istället )?(min |till )?(vårdcentral\w*|1177|läkare\w*|hälsocentral\w*) (istället|i stället)\b`;
/** Told in the past and well again, with nothing asked about what to do: "en stukad fot som nu är bra igen - har vårdcentralerna öppet på lördagar?" Only for medical advice. */
const OVER_NOW = r`^(?!.*(?:${WHAT_TO_DO}))(?=.*\b(hade|fick|var|blev|had|got|was)\b)(?=.*(?:${RECOVERED}))`;
const WHY_THIS_WAY = r`\bvarför (ska|måste|bör|behöver) (jag|ja|man|vi) (\w+ ){0,3}(i stället för|istället för|hellre än)\b`;
/** A service asked about for a condition that lasts: "Kan vårdcentralen hjälpa mig med långvarig smärta?" */
const CHRONIC_SERVICE_ASKED = r`\bkan (vårdcentralen|hälsocentralen|primärvården|kommunen|regionen|ni) hjälpa (mig|oss|till|honom|henne) med (\w+ )?(långvarig|långvariga|kronisk|kroniska) \w+`;
const SERVICE_ASKED = r`^(?!.*(?:${WHAT_TO_DO}))(?=.*\b(finns det|har (ni|hälsocentral\w*|vårdcentral\w*|kommunen|regionen|skolan|skolsköterskan|barnakuten)|vilka tider|öppettider|erbjuder|räknas (det )?till|hur hittar (jag|man)|var (hittar (jag|man)|finns|ligger) (närmaste|en|ett))\b)(?=.*(?:${ABOUT_CARE}))`;

/** An animal and no person: "Råttgift i ladan och katter på gården, går det ihop?" is for a vet or a shop, not 112. */
const ANIMALS_ONLY = r`^(?=.*\b(hund\w*|katt\w*|häst\w*|djur\w*|dogs?|cats?)\b)(?=.*\b(veterinär\w*|djursjukhus\w*|djurklinik\w*|vet|vets)\b)|^(?!.*${SOMEONE})(?=.*\b(katt|katter|katten|katterna|hund|hunden|hundar|hundarna|djur|djuren|häst|hästen|hästar|kor|korna|kalv\w*|fåren|grisar\w*|pets?|dogs?|cats?|horses?)\b)`;

/** A cut on a knife or glass is an accident: "ifall nån skär sig på kniven vid urtagningen". Only for the suicide rules. */
const ACCIDENTAL_CUT = r`\b(skär|skar|skurit|skära) (sig|mig|mej) i (handen|fingret|tummen|foten|fingertoppen)\b|\b(skär|skar|skurit|skära) (sig|mig|mej) på (\w*kniven|en \w*kniv|glaset|ett glas|glasbit\w*|burken|locket|sågen|plåten|papperet|pappret|ett papper|papper|en papperskant|ett kuvert|kuvertet|en sida|ett blad|en konservburk|ett konservlock)\b`;

/**
 * Something that happened long ago, told in the past, with nothing now: "Jag fick en panikattack på tåget förra våren … Hade jag
 * kunnat ringa 1177 istället?" is not a request for medical advice. Only for medical advice.
 */
const PAST_ONLY = r`^(?!.*\b(igen|tillbaka|fortfarande|idag|i dag|ikväll|inatt|i natt|sen igår|just nu|again|still|today|tonight|right now)\b)(?!.*\b(ska jag|kan jag|får jag|bör jag|behöver jag|måste jag|borde jag|ska vi|kan vi|behöver vi|do i need|should i)\b)(?!.*\b(jag|ja|han|hon|hen|vi|i|he|she) (har|have|has) (en|ett|ont|kvar|haft|a|an|had)\b)(?=.*\b(hade|fick|var|blev|väntade|satt|låg|åkte|besökte|sydde|gipsade|opererade|opererades|led|drabbades|had|was|got|waited|sat|went|visited|suffered)\b)(?=.*(?:${LONG_AGO}))`;

/** Rules that fire on the name of a condition alone: they step aside for any question about care. */
const NAMES_ONLY = new Set(['emergency-infection-named', 'child-named', 'violence-named', 'emergency-stroke', 'emergency-heart-attack-named', 'emergency-cardiac-arrest', 'emergency-overdose', 'emergency-poisoning-named', 'suicide-mentioned']);

/**
 * Someone with dementia who wandered off and was found, asked about as a service: "min pappa har demens o har gått vilse 2 ggr
 * i år men hittats snabbt båda gångerna. finns det gps-larm …?" Not a psychiatric crisis.
 */
const DEMENTIA_FOUND_AGAIN = r`^(?!.*${HAPPENING_NOW})(?=.*\b(demens\w*|alzheimer\w*|dement\w*)\b)(?=.*\b(hittats|hittades|hittade (vi |de |dom |polisen )?(honom|henne)|kom (hem|tillbaka)|kommit (hem|tillbaka))\b)`;
/** Bruises from one's own sport are no child at risk: "Jag tränar MMA och får ofta blåmärken …". */
const OWN_SPORT = r`\bfår (ofta |ibland |lätt )?(små )?(skärsår|blåmärken|skrapsår|sår)( och (skärsår|blåmärken|skrapsår|näsblod))? (\w+ ){0,2}(i jobbet|på jobbet|i arbetet|på träningen)\b|\b(jag|ja|vi) (tränar|tränade|spelar|spelade|utövar|håller på med|kör) (\w+ )?(mma|boxning|kampsport|thaiboxning|brottning|judo|karate|taekwondo|hockey|ishockey|rugby|fotboll|handboll|innebandy|bandy)\b`;
/** Protected identity asked about as a matter of services, with nobody threatening now: "Jag har skyddade personuppgifter sedan flera år. Hur fungerar digitala vårdbesök för mig?" */
const PROTECTED_IDENTITY_ASKED = r`^(?!.*\b(hotar|hotade|slår|slog|förföljer|förföljde|hittat mig|hittade mig|letar efter mig|just nu|ikväll|i natt|inatt)\b)(?=.*\bskyddade (person)?uppgifter\b)(?=.*\b(hur (fungerar|funkar|gör jag|gör man|bokar)|syns|boka|bokar|lista mig|listar|digitala|vårdbesök\w*|1177)\b)`;
/** What steps aside for one level of crisis only. */
const LEVEL_ASIDE: Partial<Record<TriageLevel, readonly string[]>> = { psychiatric: [END_OF_LIFE_CARE, DEMENTIA_FOUND_AGAIN], child: [OWN_SPORT], violence: [PROTECTED_IDENTITY_ASKED] };

/**
 * The rules as they run. Every rule of a crisis (not medical advice, not poisoning questions) steps aside for
 * a question about care that names nobody of the visitor's own ("Kan man gå en kurs i första hjälpen vid
 * kvävning?"), and only for that. Written once here, not in each rule.
 */
/**
 * A role does not make one's own plan a question of work: "Jag är läkarstudent och har tillgång till läkemedel. Jag har
 * räknat ut vad som skulle räcka."
 */
const OWN_PLAN = r`\b(jag|ja) (har|hade) (räknat ut|räknat på|bestämt mig|planerat|samlat på mig|sparat ihop)\b`;
const PROFESSIONAL_WITHOUT_OWN_PLAN = r`^(?!.*${OWN_PLAN}).*(?:${PROFESSIONAL})`;

export const TRIAGE_RULES: readonly TriageRule[] = RULES.map((rule) => {
  const figurative = [...(rule.unless ?? []), NOT_LITERALLY, ABOUT_THE_GUIDE, STATISTICS, PLANNING, rule.level === 'suicide' ? PROFESSIONAL_WITHOUT_OWN_PLAN : PROFESSIONAL, TREATED, AFTERCARE_ASKED, ...(rule.level === 'suicide' ? [CARER, BEREAVED, END_OF_LIFE_CARE, PAST_AND_OVER_FOR_GOOD, ACCIDENTAL_CUT] : [JOKING, PAST_AND_OVER, RECENT_AND_OVER, ANIMALS_ONLY, PRACTISING, PLANNING_AHEAD])];
  // Medical advice asked about anyone is still medical advice; a crisis is about someone now.
  if (rule.level === 'medical') return { ...rule, unless: [...figurative, END_OF_LIFE_CARE, ADMINISTRATION_NOT_DOSING, NOT_NOW, PAST_ONLY, CONTINUITY, SERVICE_ASKED, CHRONIC_SERVICE_ASKED, OCCASION_TAKEN, WHY_THIS_WAY, CARE_ORGANISED, OVER_NOW] };
  if (rule.level === 'poisoning') return { ...rule, unless: figurative };
  if (NAMES_ONLY.has(rule.id)) return { ...rule, unless: [...figurative, HYPOTHETICAL, NOT_NOW] };
  // A person in danger is not made safe by a question about care around it ("Min sambo hotade att döda
  // oss … har kommunen någon familjecentral?"): such a rule steps aside for care words only when the message
  // names nobody of the visitor's own.
  // Long ago is history for an emergency, violence or a child at risk; not for suicide ("har försökt förut"); weeks ago not for violence.
  const past = rule.level === 'suicide' ? [] : rule.level === 'violence' ? [YEARS_AGO] : [LONG_AGO];
  // "om man har tagit tillräckligt för att det ska räcka" is no one in general.
  const hypothetical = rule.level === 'suicide' ? HYPOTHETICAL_NO_MEANS : HYPOTHETICAL;
  const unless = [...figurative, hypothetical, ...past, ...(LEVEL_ASIDE[rule.level] ?? [])].map((u) => (u === ABOUT_CARE || u === ABOUT_CARE_NOT_ME ? ABOUT_CARE_NOBODY_OF_MINE : u));
  // Nor is a question about care for a group ("äldre som äter många mediciner") about anyone now.
  return { ...rule, unless: [...new Set([...unless, ABOUT_CARE_NOBODY_OF_MINE, ABOUT_CARE_FOR_A_GROUP])] };
});

/**
 * When the learned model (model.ts) must not speak, whatever it thinks: statistics, planning and medicines as
 * administration. Not the care questions the rules step aside for: the model is the net for a crisis told
 * inside such a question ("en elev skrev i en uppsats att han vill dö").
 */
/** A course or an exercise as a topic ("Ordnar kommunen kurser i hjärt-lungräddning?"), for the model. */
const COURSE_TOPIC = r`\b(kurs|kurser|kursen|utbildning|utbildningar|course|courses|training) (\w+ ){0,3}(i|om|in|on) (hjärt-?lungräddning|hlr|första hjälpen|heimlich\w*|first aid|cpr)\b|\b(hlr|hjärt-?lungräddnings|första hjälpen|first aid|cpr)-?(kurs\w*|utbildning\w*|course\w*)\b|\b(brandövning\w*|utrymningsövning\w*|fire drill)\b`;

/** Well again now, whenever it was: "men nu är alla friska igen". For the model. */
const WELL_AGAIN = r`\bnu (är|mår) (alla|allihop|barnen|hon|han|jag|vi) (friska|frisk|pigga|pigg|bra) igen\b`;

/**
 * What happens to someone in a book, a film or a play, for the model: "I En man som heter Ove försöker huvudpersonen ta sitt
 * liv flera gånger … Finns det något i nära vård om att bryta ensamhet …?". Not for the rules: a reader may say it of
 * themselves as well ("… och nu säger han själv att han vill dö").
 */
const FICTION = r`\b(huvudperson\w*|huvudkaraktär\w*|romanfigur\w*|protagonist\w*|the (main character|protagonist)|i (boken|filmen|serien|romanen|pjäsen|novellen|tv-serien|tvserien) (\w+ ){0,2}(försöker|vill|tar|dör|blir))\b`;

/** Support asked for relatives: "Vilket stöd finns för anhöriga till personer med demens?" For the model. */
const RELATIVES_SUPPORT_ASKED = r`\b(vilket|vilken|finns det|what|is there) (\w+ )?(stöd|hjälp|avlastning|support)\b(?=.*\b(anhörig\w*|närstående|carers?|relatives)\b)`;
/** A long life lived, told of an old person's readiness to die. For the model. */
const LIFE_LIVED = r`\b(levt|har levt) ett (långt|rikt|gott|bra) (\w+ )?liv\b`;

/** Benefits asked about, with nobody harmed: "Hur mycket föräldrapenning får jag om jag tar ut fem dagar i veckan?" For the model. */
const BENEFITS_ASKED = r`^(?!.*\b(slår|slog|hotar|hotade|kastade|sparkade|tar (mitt|min|mina)|tog (mitt|min|mina)|kontrollerar)\b).*\b(föräldrapenning\w*|sjukpenning\w*|vab|vabba\w*|försäkringskassan\w*|bostadsbidrag\w*|barnbidrag\w*|a-?kassa\w*|deklaration\w*)\b`;

/**
 * Where to complain about a nuisance, with nobody harmed: "Vägarbetet utanför mitt hus låter hela nätterna, vart klagar
 * jag?", "Gatlampan … Vart anmäler jag det?". An errand for the municipality. For the model: a rule still reads a harm told.
 */
const NUISANCE_REPORTED = r`^(?!.*\b(slår|slog|slagit|hotar|hotade|hotat|våld\w*|misshandl\w*|skadad\w*|skadat|blöder|döda\w*|dött|död|dör|självmord\w*|rädd\w*|förföljer|följer efter)\b).*\b(vart|var|hur|till vem|hos vem|vem) (klagar|anmäler|felanmäler|rapporterar|reklamerar) (jag|man|vi)\b`;

export const MODEL_STEPS_ASIDE: readonly string[] = [FICTION, BENEFITS_ASKED, NUISANCE_REPORTED, RELATIVES_SUPPORT_ASKED, LIFE_LIVED, COURSE_TOPIC, WELL_AGAIN, STATISTICS, PLANNING, ADMINISTRATION, NOT_NOW, NOT_LITERALLY, ABOUT_THE_GUIDE, CONTINUITY, CARER_REPORTED, PAST_AND_OVER_FOR_GOOD];

/**
 * When the model, read on one sentence of a message alone, must not speak: the sentence tells of something long
 * ago or hypothetical, or of a role ("Förra vintern gick han ut mitt i natten i pyjamas …").
 */
export const MODEL_STEPS_ASIDE_IN_A_SENTENCE: readonly string[] = [LONG_AGO, HYPOTHETICAL, PROFESSIONAL, JOKING];


/**
 * Chat Swedish and English read as the words the rules are written in, and fillers dropped, before the
 * rules run: "ja e 13" is "jag är 13", "andas typ knappt" is "andas knappt". Folded (no å/ä/ö); '' drops the word.
 */
export const CHAT_WORDS: Readonly<Record<string, string>> = {
  opp: 'upp', kmr: 'kommer', krmp: 'kramp', m: 'med', alchohol: 'alcohol', alkhol: 'alkohol', alkohl: 'alkohol', imorn: 'imorgon', imorrn: 'imorgon', huve: 'huvudet', huvve: 'huvudet', blo: 'bloder', komm: 'kommer',
  ja: 'jag', e: 'ar', o: 'och', int: 'inte', nan: 'nagon', nat: 'nagot', ngn: 'nagon', ngt: 'nagot', mej: 'mig',
  dej: 'dig', sej: 'sig', mäg: 'mig', drocke: 'druckit', dom: 'de', mkt: 'mycket', lr: 'eller', shud: 'should', shoud: 'should', shld: 'should',
  valdihemmet: 'vald i hemmet', valdinara: 'vald i nara', avmig: 'av mig', avmej: 'av mig', skarmig: 'skar mig', skarmej: 'skar mig', skarsej: 'skar sig', skarsig: 'skar sig', avsig: 'av sig', avsej: 'av sig', el: 'eller', thinkin: 'thinking', tonite: 'tonight', wanna: 'want to', gonna: 'going to', u: 'you', r: 'are', cuz: 'because', bc: 'because', pls: 'please', plz: 'please', dont: 'dont',
  typ: '', liksom: '', lixom: '', asså: '', assa: '', alltså: '', ba: '', ju: '', eh: '', ehh: '', oh: '',
  lol: '', haha: '', verkligen: '', egentligen: '', faktiskt: '', just: '', kinda: '', basically: '',
  honestly: '', seriously: '', literally: '',
};

/**
 * The words whose slips the spelling repair mends before any rule runs (spelling.ts): the words that carry
 * a situation, which people in a hurry misspell. Only these: repairing toward every word the rules use
 * would turn "ändring" into "andning" and "färdig" into "farlig". Write them spelled right, with å/ä/ö.
 */
export const KEY_WORDS: readonly string[] = `
låser låste skär skar skurit
andas andades andning andningen andnöd luft kvävs medvetslös medvetslösa medvetandet vaknar väcka
bilolycka trafikolycka
svarar reagerar kontakt konstigt konstig knappt glest tungt ryckigt läpparna ansiktet mungipan
förlamad sluddrar sluddrigt bröstet bröstsmärtor hjärtat hjärtinfarkt hjärtstopp infarkt stroke
blöder blödning blödningen blodet sprutar forsar pulserar slutar stannar överallt
svullnar svullnat svullen halsen tungan svälja allergisk allergiska chock anafylaxi
kramper krampar krampanfall rycker epilepsi
tabletter tabletterna tablett piller pillren medicin mediciner medicinen sömntabletter värktabletter
överdos förgiftning förgiftad giftig giftigt giftiga farligt farlig batteri batteriet knappcell
lampolja tändvätska rengöringsmedel tvättmedel diskmedel svampar alkohol vodka narkotika amfetamin
druckit svalt svalde slickade tuggade fått
feber febern febrig hostar hostan huvudvärk magont utslag eksem klåda kräks kräkts kräkningar
yrsel svimmat svimmade ångest panikattack panik biverkningar biverkning vattkoppor
nacken stelnacke prickar fläckar försvinner bleknar
självmord självmordstankar livet leva orkar meningslöst meningslös försvinna vakna somna börda
avskedsbrev hejdå skadar skada skära skurit rispar tankar döda dödas
misshandlad misshandlar misshandel strypgrepp hotar hotade hotat hotad slagen slår slog knuffade
sparkade följer förföljer gömmer vågar livrädd rädd våldtagen övergrepp blåmärken bältet
psykotisk psykos manisk paranoid röster förvirrad förvirrade barrikaderat sovit
skakar skakade ensamma ensam
krockade olycka fastklämd brännskada skållat huden isen nedkyld iskall knivhuggen stupet
kramp ambulans ambulansen brinner cutting breathing breathe unconscious bleeding overdose suicide myself swelling
dö döda dog ont leva luft blod kniv slår slog andas tvål tvålen battery fästingbett hoppa
`.trim().split(/\s+/);

export { COMMON_WORDS } from './common-words';

