import { newId } from './new-id';
import type { Contact, Reply, ReplyKind } from '../protocol';
import type { Entry } from '../knowledge/entry-schema';
import type { TenantConfig } from '../knowledge/tenant-schema';
import { NATIONAL as NATIONAL_TENANT, type Knowledge } from '../knowledge/knowledge';
import { MAX_QUESTION_CHARS, normalizeQuestion, withoutMarkup } from './normalize';
import { triage, safetyReply, crisisContacts, TRIAGE_LEVELS, type TriageLevel, type TriageResult } from './triage';
import { detectIntent, greetingAlone, intentReply, stripGreeting, type Intent, type IntentKind } from './intents';
import { NATIONAL_CONTACTS } from './national-contacts';
import { ConversationStore, type Conversation } from './context/conversation-store';
import { asksAboutAPerson, asksToSimplify, isFollowUp, leansOnTopic, ordinalReference } from './context/follow-up';
import { asksForANumber, givesANumber } from './fallback/asks-for-a-number';
import { errandOf, listsErrand } from './fallback/errand';
import { fallbackTopic } from './fallback/fallback-topic';
import { askedAboutQuoted, holds, quotedPhrases, quotesAnotherOrganisation } from './fallback/quoted-elsewhere';
import { foldForMatching } from './triage/fold-for-matching';
import { fold, isLightWord } from './swedish';
import { buildKnowledgeIndex, type KnowledgeIndex } from './search/knowledge-index';
import type { TenantIndex } from './search/tenant-index';
import { CLOSE_COVERAGE, type Candidate } from './search/rank';
import { ownSentence } from './search/own-sentence';
import { questionKeysOf, type QuestionKeys } from './search/question-keys';
import type { Interrogative, QueryAnalysis } from './swedish';
import { LruMemo } from './lru-memo';
import { decide, type Decision, type DecideOptions } from './decide';
import { texts, type Lang } from './replies';
import { detectLanguage, englishToSwedish } from './language';
import { itemNamedIn, itemNames, listItems, pointsAtSuggestion, wordsOf } from './context/list-items';
import { UnknownTenantError } from './errors';
import { withoutSourceLine } from '../knowledge/source-line';

export type Question = { tenant: string; text: string; conversationId?: string; lang?: Lang };

/** How the engine reached a reply: for the editors' "testa en fråga" and for logs (never the question's text). */
export type Trace = {
  normalized: string;
  triage: TriageResult | null;
  intent: Intent | null;
  route: 'safety' | 'intent' | 'suggestion' | 'ordinal' | 'search' | 'context';
  terms: { token: string; stem: string; weight: number; via: string }[];
  unknown: string[];
  top: { id: string; score: number; coverage: number; questionMatch: number; rank: number }[];
  decision: Decision['kind'] | 'safety' | 'smalltalk' | 'escalate';
};

/** A reply with how the engine reached it (the trace stays inside the server: the wire has Reply). */
export type EngineReply = Reply & { trace: Trace };

/** A suggestion as the conversation keeps it: the text shown, the entry it asks for ('' none), its normalised text. */
type Suggestion = { text: string; entryId: string; key: string };
type MakeReply = (kind: ReplyKind, text: string, extra?: Partial<Omit<EngineReply, 'trace'>>) => EngineReply;
/** Which canned reply: a triage level, an intent, or the fallback and the escalation after it. */
type CannedKey = TriageLevel | IntentKind | 'fallback' | 'escalate';

/** What a reply from an entry, or a canned reply, is whoever gets it: made once per tenant index, key and language. */
type ReplyParts = {
  text: string;
  sources: Reply['sources'];
  contacts: Contact[];
  suggestions: Suggestion[];
  suggestionTexts: string[];
};

export type EngineOptions = DecideOptions & {
  conversations?: ConversationStore;
  /** Most suggestions offered with a reply. @default 4 */
  maxSuggestions?: number;
  /** Longest message searched, in characters (MAX_QUESTION_CHARS); a longer one is triaged, then asked for shorter. @default MAX_QUESTION_CHARS */
  maxQuestionChars?: number;
};

/** What the engine reads from a message's text alone: the same for every visitor who writes it. */
type Classified = {
  normalized: string;
  triage: TriageResult | null;
  intent: Intent | null;
  /** A greeting or thanks that asks nothing after it (intents/strip-greeting.ts). */
  alone: 'greeting' | 'thanks' | null;
  lang: Lang | null;
  /** The text without a leading greeting ("hej, vad är…"), and its keys for the listed questions. */
  sv: ReadAs;
  /** The same read into Swedish, made when the message is English. */
  en?: ReadAs;
  /** The phrases it quotes, folded (fallback/quoted-elsewhere.ts). */
  quoted: string[];
};
type ReadAs = { text: string; keys: QuestionKeys; facts: TextFacts };
/** What the engine keeps of an entry's text: its list's items, their names as words (context/list-items.ts), and its first question's key. */
type EntryParts = { items: string[]; names: (string[] | null)[]; key: string };
/**
 * Facts of a read text that the engine may ask for, each worked out the first time it does and kept with the reading
 * (remembered by the text as sent, with the rest of what depends on the text alone). Measured on the bench's repeated
 * mix, the engine alone in-process on one core: 16–20 µs a question → 10–11 µs, with the list-item names kept per entry.
 */
class TextFacts {
  readonly #text: string;
  #words?: string[];
  #errand?: { errand: string | null };
  #asksForANumber?: boolean;
  #followUp?: boolean;
  #leansOnTopic?: boolean;
  #simplify?: boolean;
  #aboutAPerson?: boolean;
  #pointsBack?: boolean;
  #about?: { words: string[] | undefined };
  #partOfAnswer?: { words: string[] | undefined };

  constructor(text: string) {
    this.#text = text;
  }

  /** Its words as list items' names are compared (context/list-items.ts). */
  get words(): string[] {
    return (this.#words ??= wordsOf(this.#text));
  }
  /** The errand it asks about (fallback/errand.ts). */
  get errand(): string | null {
    return (this.#errand ??= { errand: errandOf(this.#text) }).errand;
  }
  get asksForANumber(): boolean {
    return (this.#asksForANumber ??= asksForANumber(this.#text));
  }
  get followUp(): boolean {
    return (this.#followUp ??= isFollowUp(this.#text));
  }
  get leansOnTopic(): boolean {
    return (this.#leansOnTopic ??= leansOnTopic(this.#text));
  }
  get asksToSimplify(): boolean {
    return (this.#simplify ??= asksToSimplify(this.#text));
  }
  get asksAboutAPerson(): boolean {
    return (this.#aboutAPerson ??= asksAboutAPerson(this.#text));
  }
  get pointsBack(): boolean {
    return (this.#pointsBack ??= POINTS_BACK.test(this.#text));
  }
  /**
   * What it asks something says "om", at its end (ABOUT_AT_END), as words: in the sentence that asks it, wherever that
   * stands ("Jag har KOL och bor ensam. Vad står det i målbilden om trygghet?").
   */
  get about(): string[] | undefined {
    return (this.#about ??= { words: sentencesOf(this.#text).reduce<string[] | undefined>((found, sentence) => found ?? aboutAtEnd(sentence), undefined) }).words;
  }
  /** What part of the answer just given it points at, as words (PART_OF_ANSWER). */
  get partOfAnswer(): string[] | undefined {
    return (this.#partOfAnswer ??= { words: partOfAnswer(this.#text) }).words;
  }
}

const readAs = (text: string): ReadAs => ({ text, keys: questionKeysOf(text), facts: new TextFacts(text) });

const classify = (text: string, maxChars: number): Classified => {
  // The triage reads every word, however long the message (the body and frame limits bound it): a crisis told at length is heard.
  const all = normalizeQuestion(text, Infinity);
  const whole = all.slice(0, maxChars);
  // Markup pasted in ("<script>…</script> Vad är nära vård?") is no part of the question; the triage still reads it all.
  const normalized = withoutMarkup(whole);
  const alone = greetingAlone(normalized);
  return {
    normalized,
    triage: triage(all),
    // Thanks that ask nothing more ("Tack så mycket, nu har jag allt jag behöver!") are thanks, whatever words follow.
    intent: detectIntent(normalized) ?? (alone === 'thanks' ? { kind: 'thanks', rule: 'thanks-asking-nothing' } : null),
    alone,
    lang: detectLanguage(normalized),
    sv: readAs(stripGreeting(normalized)),
    quoted: quotedPhrases(text),
  };
};

/** Searches remembered by text, per snapshot: visitors ask the same few questions far more often than any other. */
const SEARCHES_REMEMBERED = 10_000;

/**
 * What the engine serves from, made by each load and swapped in whole: the knowledge's indexes and what
 * is remembered about them. A reload makes a new one, and what the old one remembered goes with it (a
 * tenant whose entries did not change keeps its index, while its name, contacts or starters, which its
 * replies carry, may have changed): nothing is cleared by hand.
 */
class Served {
  /** Searches by text, then by tenant (and topic). */
  readonly searches = new LruMemo<Map<string, Searched>>(SEARCHES_REMEMBERED);
  /** Each tenant's starter questions, with the entries they ask for. */
  readonly starters = new Map<TenantIndex, Suggestion[]>();
  /**
   * Reply parts per tenant index, then entry (an answer) or canned key, then language. Per tenant: a
   * national entry is shared by every tenant's index but its suggestions are each tenant's own (kept per
   * entry alone, tenants asking in turn would remake them).
   */
  readonly replies = new Map<TenantIndex, Map<Entry | CannedKey, Partial<Record<Lang, ReplyParts>>>>();

  constructor(readonly index: KnowledgeIndex) {}
}

/**
 * The answer pipeline: normalise → safety triage → intent → context → search → decide → escalation.
 * Knows nothing of HTTP or sockets. Knowledge is swapped atomically by `load()`.
 */
export class Engine {
  #served: Served | null = null;
  /** What the engine remembers of each conversation (an instance shares it with the others through the answers' layer). */
  readonly conversations: ConversationStore;
  /** What a message says by itself (triage, intent, language…), by its text as sent: fixed rules, so valid across reloads. */
  readonly #classified = new LruMemo<Classified>(10_000);
  /** Each entry's list items and first question's key, made once per entry object (a reload makes new ones for changed entries). */
  readonly #entryParts = new WeakMap<Entry, EntryParts>();
  readonly #options: EngineOptions;

  constructor(options: EngineOptions = {}) {
    this.conversations = options.conversations ?? new ConversationStore();
    this.#options = options;
  }

  /** Builds the indexes for a knowledge snapshot and swaps them in, with nothing remembered of the previous one. */
  load(knowledge: Knowledge): void {
    this.#served = new Served(buildKnowledgeIndex(knowledge, this.#served?.index));
  }

  get ready(): boolean {
    return this.#served !== null;
  }

  get knowledge(): Knowledge | null {
    return this.#served?.index.knowledge ?? null;
  }

  tenant(id: string): TenantConfig | undefined {
    return this.#served?.index.knowledge.tenants.get(id);
  }

  /**
   * The reply to a visitor's message. Once the conversation has signalled a crisis, every later reply keeps
   * the crisis contacts at its top (`crisis: true`), and where the guide would have said it does not know,
   * it repeats the safety reply instead: a person in crisis never gets "Det vet jag tyvärr inte".
   */
  ask(question: Question): EngineReply {
    const conversation = this.conversations.open(question.conversationId ?? newId(), question.tenant);
    const before = conversation.crisis ?? [];
    const reply = this.#reply(question, conversation);
    if (reply.kind === 'safety') {
      const { level, also = [] } = reply.trace.triage!;
      conversation.crisis = TRIAGE_LEVELS.filter((l) => before.includes(l) || l === level || also.includes(l));
      return before.length ? { ...reply, crisis: true, contacts: mergeContacts(reply.contacts, contactsOf(before)) } : { ...reply, crisis: true };
    }
    if (!before.length) return reply;
    if (reply.kind === 'fallback' || (reply.kind === 'escalate' && reply.trace.route !== 'intent')) {
      // Not "Det vet jag tyvärr inte" after a crisis: the calm safety reply again, with its numbers.
      const { text } = safetyReply(before[0]!, reply.lang === 'en' ? 'en' : 'sv');
      return { ...reply, kind: 'safety', text, contacts: contactsOf(before), suggestions: [], crisis: true };
    }
    return { ...reply, crisis: true, contacts: mergeContacts(contactsOf(before), reply.contacts) };
  }

  #reply(question: Question, conversation: Conversation): EngineReply {
    const index = this.#served?.index;
    const tenant = index?.knowledge.tenants.get(question.tenant);
    const tenantIndex = index?.tenants.get(question.tenant);
    if (!index || !tenant || !tenantIndex) throw new UnknownTenantError(question.tenant);
    // Everything that depends on the text alone, once per text.
    // A message longer than a question (a pasted letter, a flood of characters) is read once, not remembered.
    const maxChars = this.#options.maxQuestionChars ?? MAX_QUESTION_CHARS;
    const tooLong = question.text.length > maxChars;
    const classified = tooLong ? classify(question.text, maxChars) : this.#classified.get(question.text, () => classify(question.text, maxChars));
    const { normalized } = classified;
    // The visitor's own words decide the language; a message without a function word keeps the conversation's.
    const lang: Lang = classified.lang ?? conversation.lang ?? question.lang ?? 'sv';
    conversation.lang = lang;
    const trace: Trace = { normalized, triage: null, intent: null, route: 'search', terms: [], unknown: [], top: [], decision: 'fallback' };
    const reply: MakeReply = (kind, text, extra = {}) => {
      trace.decision = kind === 'answer' || kind === 'clarify' || kind === 'fallback' ? kind : kind === 'safety' ? 'safety' : kind === 'smalltalk' ? 'smalltalk' : 'escalate';
      if (kind !== 'fallback') conversation.fallbacksInARow = 0;
      // An "ok" or "tack" between an answer and "den tredje" leaves the answer's list where it was.
      if (kind !== 'answer' && kind !== 'smalltalk') conversation.lastAnswerEntryId = undefined;
      // Every field named, in one order: replies share one shape (a spread of `extra` would not).
      return {
        conversationId: conversation.id,
        replyId: newId(),
        kind,
        text,
        sources: extra.sources ?? [],
        suggestions: extra.suggestions ?? [],
        contacts: extra.contacts ?? [],
        entryId: extra.entryId,
        lang: extra.lang ?? lang,
        trace,
      };
    };

    // 1. Safety first: nothing from the knowledge base is presented as advice.
    trace.triage = classified.triage;
    if (trace.triage) {
      trace.route = 'safety';
      const { level } = trace.triage;
      const { also } = trace.triage;
      if (also?.length) {
        // The text of the most urgent situation, and the numbers of every situation the message describes.
        const { text, contacts } = safetyReply(level, lang);
        return reply('safety', text, { contacts: mergeContacts(contacts, contactsOf(also)) });
      }
      return this.#cannedReply(reply, conversation, tenantIndex, 'safety', level, lang, () => safetyReply(level, lang));
    }

    // 2. Small talk and asking for a person.
    trace.intent = classified.intent;
    if (trace.intent) {
      trace.route = 'intent';
      const { kind } = trace.intent;
      if (kind === 'human') {
        // Asking whom to call about home care or a bill: the contacts, and where that errand belongs.
        const errandTopic = fallbackTopic(question.text);
        const hint = this.#placeHint(errandTopic, tenant, lang);
        if (hint) return reply('escalate', `${intentReply(kind, lang, tenant.name)}\n\n${hint}`, { contacts: this.#contactsFor(errandTopic, tenant) });
        return this.#cannedReply(reply, conversation, tenantIndex, 'escalate', kind, lang, () => ({ text: intentReply(kind, lang, tenant.name), contacts: this.#contacts(tenant) }));
      }
      return this.#cannedReply(reply, conversation, tenantIndex, 'smalltalk', kind, lang, () => ({
        text: intentReply(kind, lang, tenant.name),
        // The starters as plain questions to ask again, not taps on an entry.
        suggestions: this.#starterSuggestions(tenant, tenantIndex).map(({ text, key }) => ({ text, entryId: '', key })),
      }));
    }

    // Its crisis heard above, a message too long to be a question is not searched: the visitor is asked for it
    // shorter, with the contacts, and never answered from a part of it.
    if (tooLong) {
      return reply('fallback', texts[lang].tooLong(maxChars, tenant.name), { contacts: this.#contacts(tenant) });
    }

    // English is read in the knowledge base's language: glossary words in Swedish, function words dropped.
    const read = lang === 'en' ? (classified.en ??= readAs(englishToSwedish(classified.sv.text))) : classified.sv;
    const text = read.text;

    // 3. A tapped suggestion, or one of an entry's own questions word for word, answers exactly that entry;
    // but a question that points back ("vad betyder det för mig?") is about the conversation's topic, unless
    // the entry whose question it is belongs with that topic.
    const listed = tenantIndex.entryForKeys(read.keys);
    const pointedAt = conversation.topicEntryId && listed && read.facts.pointsBack ? tenantIndex.entries.get(conversation.topicEntryId) : undefined;
    const tapped = conversation.suggestions.find((s) => s.entryId && s.key === text)?.entryId
      ?? (pointedAt && listed !== pointedAt.id && !pointedAt.related.includes(listed!) && !tenantIndex.entries.get(listed!)?.related.includes(pointedAt.id) ? undefined : listed);
    if (tapped) {
      trace.route = 'suggestion';
      return this.#answer(reply, conversation, tenantIndex, tenantIndex.entries.get(tapped)!, lang);
    }

    // 4. "den andra", "nummer 3": an item of the list in the answer just given, or a suggestion just shown.
    const shown = conversation.lastAnswerEntryId ? tenantIndex.entries.get(conversation.lastAnswerEntryId) : undefined;
    const items = shown && !pointsAtSuggestion(text) ? this.#parts(shown).items : [];
    // The answer's list first: "den sista" after a list of three is its third item, whatever was suggested below it.
    // Not "det sista om resurserna": the last thing said about something, not the last item.
    const ordinal = read.facts.partOfAnswer ? null : (items.length ? ordinalReference(text, items.length) : null) ?? ordinalReference(text, conversation.suggestions.length);
    if (ordinal && shown && ordinal <= items.length) {
      trace.route = 'ordinal';
      return this.#answerListItem(reply, conversation, tenantIndex, shown, items[ordinal - 1]!, lang);
    }
    // "vad betyder Nära?" after a list whose items are named: that item.
    const named = shown && !ordinal ? itemNamedIn(read.facts.words, items, this.#parts(shown).names) : undefined;
    if (named && shown) {
      trace.route = 'ordinal';
      return this.#answerListItem(reply, conversation, tenantIndex, shown, named, lang);
    }
    const pointed = ordinal ? conversation.suggestions[ordinal - 1] : undefined;
    if (pointed?.entryId) {
      trace.route = 'ordinal';
      return this.#answer(reply, conversation, tenantIndex, tenantIndex.entries.get(pointed.entryId)!, lang);
    }

    // 5. Search, read against the conversation's topic when the question leans on it.
    // Searches by text, then tenant (and topic): the text is the remembered one, whose hash V8 keeps.
    const searches = this.#served!.searches.get(text, () => new Map());
    const search = this.#search(index, tenantIndex, tenant.id, text, searches);
    const { analysis } = search;
    trace.terms = search.terms;
    trace.unknown = analysis.unknown;
    trace.top = search.top;
    const topic = conversation.topicEntryId ? tenantIndex.entries.get(conversation.topicEntryId) : undefined;
    let decision = this.#decideAlone(index, tenantIndex, tenant.id, text, search, topic, trace, classified.quoted);

    if (topic) {
      // A follow-up with no words of its own to search ("och varför?", "sen när då?"), or about the person
      // the topic is about ("vem är Elina…?" → "vad har hon för roll?"): the topic answers it.
      // "och när började det?", "vilket år?" about a topic whose answer names the year: the topic answers it, not the
      // entry that lists "När började omställningen?" for the reform as a whole.
      const { facts } = read;
      const whenOfTopic = analysis.interrogative === 'when' && (facts.followUp || facts.leansOnTopic) && YEAR.test(topic.body);
      // Words that only say who asks ("… för mig som invånare?") are no content of its own.
      // "vad menas med det sista om resurserna?": a part of the answer just given, when that answer says it.
      const partOfTopic = !!facts.partOfAnswer?.length && topic.id === conversation.lastAnswerEntryId && says(topic, facts.partOfAnswer);
      if ((facts.leansOnTopic && !analysis.terms.some((t) => !isLightWord(t.token) && !analysis.aside.includes(t.token))) || (facts.asksAboutAPerson && tenantIndex.asks(topic.id, 'who')) || whenOfTopic || facts.asksToSimplify || partOfTopic) {
        trace.route = 'context';
        return this.#answer(reply, conversation, tenantIndex, onTopicFor(tenantIndex, topic, analysis.interrogative), lang);
      }
      // A follow-up that quotes what the topic does not say names a subject of its own ("Och 'Nära mig på bästa sätt', då?").
      const newSubject = decision.kind === 'answer' && classified.quoted.some((phrase) => !holds(topic, phrase));
      if (!newSubject) decision = this.#readWithTopic(tenantIndex, tenant.id, text, facts.followUp, searches, analysis, topic, decision, trace);
    }

    // "Vad står det i målbilden om trygghet?": of a topic and its own detail, the detail whose questions are about what follows "om".
    if (decision.kind === 'answer') decision = detailAsked(read.facts.about, decision, search.candidates);

    // Another organisation named ("…Västerbotten…" asked on Västernorrland's site): its own content is not
    // this base's, and a national answer to it would pass for that organisation's.
    const elsewhere = (owner: string | undefined) => owner !== undefined && owner !== tenant.id;
    // Not a place the visitor only says they come from ("Vi har precis flyttat hit från Norrbotten. När beslutades …?").
    const asked = (t: string) => !analysis.aside.includes(t);
    if (decision.kind !== 'fallback') {
      const placeOwners = (search.placeOwners ??= analysis.tokens.map(index.placeOwner));
      if (analysis.tokens.some((t, i) => asked(t) && elsewhere(placeOwners[i])) || analysis.foreign.some((t) => asked(t) && elsewhere(index.nameOwner(t)))) {
        decision = { kind: 'fallback', reason: 'other-organisation' };
      }
    }

    // Another organisation's words quoted ("Vad betyder 'Digitalt när det går'?" on Värmland's site): the same.
    // Swedish only: an English question quotes its own words ("instead of 'what is wrong with you'").
    if (decision.kind !== 'fallback' && lang === 'sv') {
      const offered = decision.kind === 'answer' ? [decision.candidate.entry] : decision.candidates.map((c) => c.entry);
      if (quotesAnotherOrganisation(classified.quoted, offered, index.knowledge.entries.values(), tenant.id)) {
        decision = { kind: 'fallback', reason: 'other-organisation' };
      }
    }

    // An errand ("hur byter jag vårdcentral?") is answered only by an entry that lists it: the base explains
    // the reform, and an entry that mentions "namnbyte" in passing is no answer to it.
    // Not one the visitor only tells of, saying who they are ("Jag arbetar på biblioteket och hjälper en besökare som undrar …").
    const errand = read.facts.errand;
    if (errand && !analysis.aside.some((t) => fold(t) === errand) && decision.kind !== 'fallback' && !(decision.kind === 'answer' && listsErrand(decision.candidate.entry.questions, errand))) {
      decision = { kind: 'fallback', reason: 'errand' };
    }

    // "Hur många…?" asks for a number: an entry that gives none is no answer to it, however well its words match.
    if (decision.kind === 'answer' && read.facts.asksForANumber && !givesANumber(decision.candidate.entry.body)) {
      decision = { kind: 'fallback', reason: 'no-number' };
    }

    if (decision.kind === 'answer') {
      const answered = this.#answer(reply, conversation, tenantIndex, decision.candidate.entry, lang);
      return trace.route === 'search' ? this.#withOwnSentence(answered, tenant, tenantIndex, decision.candidate.entry, search) : answered;
    }
    if (decision.kind === 'clarify') {
      return reply('clarify', texts[lang].clarify, {
        suggestions: this.#remember(conversation, decision.candidates.map((c) => this.#suggestionFor(c.entry))),
      });
    }

    // A greeting or thanks that asks nothing, in no word the base knows ("Hi there, nice to meet you!"): small talk back.
    const alone = analysis.terms.some((t) => !isLightWord(t.token)) ? null : classified.alone;
    if (alone) {
      trace.route = 'intent';
      return this.#cannedReply(reply, conversation, tenantIndex, 'smalltalk', alone, lang, () => ({
        text: intentReply(alone, lang, tenant.name),
        suggestions: this.#starterSuggestions(tenant, tenantIndex).map(({ text, key }) => ({ text, entryId: '', key })),
      }));
    }

    // 6. Escalation policy: the second fallback in a row hands over to a person.
    conversation.fallbacksInARow++;
    if (conversation.fallbacksInARow >= 2) {
      return this.#cannedReply(reply, conversation, tenantIndex, 'escalate', 'escalate', lang, () => ({ text: texts[lang].escalate(tenant.name), contacts: this.#contacts(tenant) }));
    }
    return this.#fallback(reply, conversation, tenant, tenantIndex, text, search.candidates, lang);
  }

  /**
   * The decision on the message by itself: its search; for a question with no subject of its own, the
   * guide's subject; for a message of several sentences that finds nothing, its question alone.
   */
  #decideAlone(index: KnowledgeIndex, tenantIndex: TenantIndex, tenantId: string, text: string, search: Searched, topic: Entry | undefined, trace: Trace, quoted: readonly string[]): Decision {
    // "Varför håller ni på med det här?", with no subject of its own and no conversation to lean on: on a
    // guide about nära vård, it asks "varför nära vård?" (its question words, about the guide's subject).
    const withSubject = (searched: Searched): Searched => {
      const { analysis } = searched;
      if (topic || !analysis.questionWords.length || !analysis.tokens.every((t) => isLightWord(t) || CARE_ITSELF.has(fold(t)))) return searched;
      return this.#search(index, tenantIndex, tenantId, `${analysis.questionWords.join(' ')} ${GUIDE_SUBJECT}`);
    };
    const whole = withSubject(search);
    if (whole !== search) {
      trace.top = whole.top;
      return decide(whole.candidates, this.#options);
    }
    // "Vad är nära vård för något? Min dotter jobbar inom vården och pratar om det hela tiden.": the question
    // decides, when it is answered by itself with a close match; the sentences around it tell who asks.
    for (const sentence of standaloneQuestions(text)) {
      const alone = this.#search(index, tenantIndex, tenantId, sentence);
      if (alone.analysis.tokens.every((token) => isLightWord(token) || tenantIndex.namesTenant(token))) continue;
      // One of an entry's own questions word for word ("Jag bor långt ute i Pajala-trakten. Hur ska vården komma närmare
      // mig?") is that entry's, as it is when asked alone.
      const listed = tenantIndex.entryForQuestion(sentence);
      const listedCandidate = listed === undefined ? undefined : alone.candidates.find((c) => c.entry.id === listed);
      if (listedCandidate) {
        trace.top = alone.top;
        return { kind: 'answer', candidate: listedCandidate };
      }
      const aloneDecision = decide(alone.candidates, this.#options);
      if (aloneDecision.kind === 'answer' && aloneDecision.candidate.questionMatch >= OWN_QUESTION_MIN_MATCH) {
        trace.top = alone.top;
        // Its detail among its own candidates ("… Vad säger målbilden om trygghet?"): the whole message's may not hold it.
        return detailAsked(aboutAtEnd(sentence), aloneDecision, alone.candidates);
      }
    }
    const decision = decide(search.candidates, this.#options);
    if (decision.kind === 'clarify') {
      // Between entries close in score, a quoted phrase one of them asks about is what the visitor asks.
      const quotedAsked = askedAboutQuoted(quoted, decision.candidates);
      return quotedAsked ? { kind: 'answer', candidate: quotedAsked } : decision;
    }
    if (decision.kind !== 'fallback') return decision;
    // "Jag är journalist och skriver om omställningen. Hur lång tid har…?": the question without what the
    // visitor says about themselves, when the whole message finds nothing (an answer, or entries to offer).
    // A question sentence without a subject of its own ("…något slags modellområde. Vad betyder det?",
    // "Vad säger Värmland om det?" on Värmland's site) points back to the visitor's earlier words: it is
    // asked about those of them the base knows.
    for (const sentence of questionSentences(text)) {
      const earlier = text.slice(0, text.indexOf(sentence));
      // A phrase quoted before a question that points back is what it asks about ("Jag är lärare och en elev frågade vad
      // 'Nära mig på bästa sätt' betyder. Hur ska jag förklara det?"), not the rest of what the visitor told.
      const named = POINTS_BACK.test(sentence) ? quoted.filter((phrase) => foldForMatching(earlier).includes(phrase)) : [];
      let alone = this.#search(index, tenantIndex, tenantId, named.length ? `${sentence} ${named.join(' ')}` : sentence);
      if (alone.analysis.tokens.every((token) => isLightWord(token) || tenantIndex.namesTenant(token))) {
        const before = this.#search(index, tenantIndex, tenantId, earlier).analysis;
        const subject = [...new Set(before.terms.filter((t) => !isLightWord(t.token)).map((t) => t.token))];
        alone = subject.length ? this.#search(index, tenantIndex, tenantId, `${sentence} ${subject.join(' ')}`) : withSubject(alone);
      }
      const aloneDecision = decide(alone.candidates, this.#options);
      if (aloneDecision.kind !== 'fallback') {
        trace.top = alone.top;
        // Its detail among its own candidates, as for a standalone question above.
        return aloneDecision.kind === 'answer' ? detailAsked(aboutAtEnd(sentence), aloneDecision, alone.candidates) : aloneDecision;
      }
    }
    // A message that quotes a phrase and points back at it asks what the phrase is ("…något som heter 'Tillsammans för
    // min trygghet'. Kan ni förklara för en gammal dam vad det betyder?", "Jag såg rubriken 'Jag är experten i mitt liv!'
    // – vad syftar den på?"), whatever else the visitor told.
    if (quoted.length && POINTS_BACK.test(quoted.reduce((rest, phrase) => rest.replace(phrase, ' '), foldForMatching(text)))) {
      const phrase = this.#search(index, tenantIndex, tenantId, quoted.join(' '));
      const phraseDecision = decide(phrase.candidates, this.#options);
      if (phraseDecision.kind !== 'fallback') {
        trace.top = phrase.top;
        return phraseDecision;
      }
    }
    // A quoted phrase that one of the closest entries asks about is what the message asks, whatever else it tells ("Vi i
    // SPF Seniorerna Piteå undrar vad delområdet ”Sammanhållet och enkelt för mig” betyder i praktiken för oss äldre.").
    const quotedAsked = askedAboutQuoted(quoted, search.candidates.slice(0, QUOTED_AMONG));
    return quotedAsked ? { kind: 'answer', candidate: quotedAsked } : decision;
  }

  /**
   * The decision read against the conversation's topic, for a follow-up ("När beslutades den?") or a
   * message the search alone does not answer: the topic's words join the search at a lower weight, and a
   * follow-up that points back is about the topic when the topic covers it ("…→ vilket år var det?").
   */
  #readWithTopic(tenantIndex: TenantIndex, tenantId: string, text: string, followUp: boolean, searches: Map<string, Searched>, analysis: QueryAnalysis, topic: Entry, decision: Decision, trace: Trace): Decision {
    if (!followUp && decision.kind === 'answer') return decision;
    const key = `${tenantId}\u0000${topic.id}`;
    let contextual = searches.get(key);
    if (!contextual) {
      searches.set(key, (contextual = searched(analysis, tenantIndex.search(analysis, {
        analysis: tenantIndex.analyze(normalizeQuestion(topic.questions[0] ?? '')),
        entryIds: new Set([topic.id, ...topic.related]),
        weight: TOPIC_TERMS_WEIGHT,
      }))));
    }
    const onTopic = followUp ? contextual.candidates.find((c) => c.entry.id === topic.id) : undefined;
    // The topic answers a pointing follow-up that it covers in full, or mostly and as fully as any entry does.
    const coversEnough = (c: Candidate) => c.coverage >= FOLLOW_UP_MIN_COVERAGE
      || (c.coverage >= FOLLOW_UP_MOSTLY_COVERED && contextual!.candidates.every((other) => other.coverage <= c.coverage));
    const contextualDecision: Decision = onTopic && coversEnough(onTopic)
      ? { kind: 'answer', candidate: onTopic }
      : decide(contextual.candidates, this.#options);
    if (contextualDecision.kind !== 'answer' || (!followUp && decision.kind !== 'fallback')) return decision;
    trace.route = 'context';
    trace.top = contextual.top;
    return contextualDecision;
  }

  /**
   * Not a bare "I don't know": where the question belongs (fallback/fallback-topic.ts) and the entries
   * that came closest ("Kanske menar du …"), else the tenant's starter questions.
   */
  #fallback(reply: MakeReply, conversation: Conversation, tenant: TenantConfig, tenantIndex: TenantIndex, text: string, candidates: readonly Candidate[], lang: Lang): EngineReply {
    const topicOfQuestion = fallbackTopic(text);
    const close = candidates.filter((c) => c.coverage >= CLOSE_COVERAGE).slice(0, SUGGEST_MAX);
    if (!topicOfQuestion && !close.length) {
      return this.#cannedReply(reply, conversation, tenantIndex, 'fallback', 'fallback', lang, () => ({
        text: texts[lang].fallback(tenant.name),
        contacts: this.#contacts(tenant),
        suggestions: this.#starterSuggestions(tenant, tenantIndex),
      }));
    }
    const t = texts[lang];
    const hint = this.#placeHint(topicOfQuestion, tenant, lang);
    const suggestions = close.length ? close.map((c) => this.#suggestionFor(c.entry)) : this.#starterSuggestions(tenant, tenantIndex);
    return reply('fallback', [t.fallback(tenant.name), hint, close.length ? t.maybeYouMean : ''].filter(Boolean).join('\n\n'), {
      contacts: this.#contactsFor(topicOfQuestion, tenant),
      suggestions: this.#remember(conversation, suggestions),
    });
  }

  /** Where a question the guide cannot answer belongs (fallback/fallback-topic.ts), said in a sentence; '' for none. */
  #placeHint(topic: ReturnType<typeof fallbackTopic>, tenant: TenantConfig, lang: Lang): string {
    const t = texts[lang];
    return topic === 'care' ? t.careHint
      : topic === 'homecare' ? t.homecareHint(tenant.name, tenant.kind === 'kommun')
      : topic === 'fees' ? t.feesHint(tenant.name, tenant.kind === 'region')
      : '';
  }

  /** The tenant's contacts, with 1177 first for a question about one's own care. */
  #contactsFor(topic: ReturnType<typeof fallbackTopic>, tenant: TenantConfig): Contact[] {
    return topic === 'care' ? mergeContacts([NATIONAL_CONTACTS.vardguiden1177], this.#contacts(tenant)) : this.#contacts(tenant);
  }

  /** An entry offered as a suggestion: its main question, which asks for exactly it when tapped. */
  #suggestionFor(entry: Entry): Suggestion {
    return { text: entry.questions[0]!, entryId: entry.id, key: this.#parts(entry).key };
  }

  /** A text's search in a tenant, made once per text and tenant between reloads. */
  #search(index: KnowledgeIndex, tenantIndex: TenantIndex, tenantId: string, text: string, searches = this.#served!.searches.get(text, () => new Map())): Searched {
    let search = searches.get(tenantId);
    if (!search) {
      const analysis = tenantIndex.analyze(text, index.knownElsewhere);
      searches.set(tenantId, (search = searched(analysis, tenantIndex.search(analysis))));
    }
    return search;
  }

  #answer(reply: MakeReply, conversation: Conversation, index: TenantIndex, entry: Entry, lang: Lang): EngineReply {
    conversation.topicEntryId = entry.id;
    conversation.lastAnswerEntryId = entry.id;
    const parts = this.#answerParts(index, entry, lang);
    // Shared by every conversation this entry answered; nobody changes it.
    conversation.suggestions = parts.suggestions;
    return reply('answer', parts.text, {
      sources: parts.sources,
      suggestions: parts.suggestionTexts,
      entryId: entry.id,
      // The body is the knowledge base's Swedish, whatever language the visitor wrote in.
      lang: 'sv',
    });
  }

  /**
   * A national answer found by search, with what the tenant's own texts say on its subject beneath it (search/own-sentence.ts),
   * when no own entry already `extends` it: on Västernorrland's site, "Vad säger regionen om förebyggande arbete?" gets the
   * national text on prevention and "Region Västernorrland: Att förebygga sjukdom och ohälsa är en självklar del i arbetet."
   */
  #withOwnSentence(answered: EngineReply, tenant: TenantConfig, index: TenantIndex, entry: Entry, search: Searched): EngineReply {
    if (entry.tenant !== NATIONAL_TENANT || ownExtensionOf(index, entry)) return answered;
    const own = index.own.entries;
    const found = ownSentence(search.analysis, search.candidates, { isOwn: (e) => own.get(e.id) === e, namesTenant: (token) => index.namesTenant(token), idf: (stem) => index.idf(stem) });
    if (!found || answered.text.includes(found.sentence)) return answered;
    const { source } = found.entry;
    return {
      ...answered,
      text: `${answered.text}\n\n${tenant.name}: ${found.sentence}`,
      sources: answered.sources.some((s) => s.url === source.url) ? answered.sources : [...answered.sources, { title: source.title, url: source.url }],
    };
  }

  /**
   * An answer's text, sources and suggestions on one tenant's site. A national answer carries the tenant's own
   * words on it beneath it (its entry that `extends` this one), and both sources: "varför behövs nära vård?"
   * on Strängnäs's site is the national why and Strängnäs's own.
   */
  #answerParts(index: TenantIndex, entry: Entry, lang: Lang): ReplyParts {
    return this.#replyParts(index, entry, lang, () => {
      const national = entry.tenant === NATIONAL_TENANT;
      const own = ownExtensionOf(index, entry);
      // On an organisation's site a national answer points to the organisation's own page when it names one.
      const tenantPage = national ? this.#tenantOf(index)?.nationalSource : undefined;
      const sources = [tenantPage ?? { title: entry.source.title, url: entry.source.url }];
      if (own && !sources.some((s) => s.url === own.source.url)) sources.push({ title: own.source.title, url: own.source.url });
      return {
        text: `${lang === 'sv' ? '' : texts[lang].answerFromOtherLanguage}${withoutSourceLine(entry.body)}${own ? `\n\n${withoutSourceLine(own.body)}` : ''}`,
        sources,
        suggestions: entry.related
          .map((id) => index.entries.get(id))
          .filter((e): e is Entry => !!e)
          .slice(0, this.#options.maxSuggestions ?? 4)
          .map((e) => ({ text: e.questions[0]!, entryId: e.id, key: this.#parts(e).key })),
      };
    });
  }

  /** The tenant whose index this is (for what its tenant.yaml says of answers). */
  #tenantOf(index: TenantIndex): TenantConfig | undefined {
    const served = this.#served?.index;
    if (!served) return undefined;
    for (const [id, tenantIndex] of served.tenants) if (tenantIndex === index) return served.knowledge.tenants.get(id);
    return undefined;
  }

  /** A reply's parts for an entry's answer or a canned reply, made once per tenant index, key and language. */
  #replyParts(index: TenantIndex, key: Entry | CannedKey, lang: Lang, make: () => Partial<Omit<ReplyParts, 'suggestionTexts'>> & { text: string }): ReplyParts {
    const { replies } = this.#served!;
    let byKey = replies.get(index);
    if (!byKey) replies.set(index, (byKey = new Map()));
    let byLang = byKey.get(key);
    if (!byLang) byKey.set(key, (byLang = {}));
    let parts = byLang[lang];
    if (!parts) {
      const { text, sources = [], contacts = [], suggestions = [] } = make();
      byLang[lang] = parts = { text, sources, contacts, suggestions, suggestionTexts: suggestions.map((s) => s.text) };
    }
    return parts;
  }

  /**
   * A reply that is the same for everyone in a tenant who gets it in a language (safety, small talk, a
   * fallback…): its parts made once per tenant index.
   */
  #cannedReply(reply: MakeReply, conversation: Conversation, index: TenantIndex, kind: ReplyKind, key: CannedKey, lang: Lang, make: () => { text: string; contacts?: Contact[]; suggestions?: Suggestion[] }): EngineReply {
    const parts = this.#replyParts(index, key, lang, make);
    conversation.suggestions = parts.suggestions;
    return reply(kind, parts.text, { contacts: parts.contacts, suggestions: parts.suggestionTexts });
  }

  /**
   * "Den tredje" after an answer with a list: the entry that explains that item when one clearly does
   * (the list of delområden, each with its own entry), else the item itself from the answer just given.
   */
  #answerListItem(reply: MakeReply, conversation: Conversation, index: TenantIndex, shown: Entry, item: string, lang: Lang): EngineReply {
    const candidates = index.search(index.analyze(item)).filter((c) => c.entry.id !== shown.id);
    const decision = decide(candidates, this.#options);
    if (decision.kind === 'answer' && shown.related.includes(decision.candidate.entry.id)) {
      return this.#answer(reply, conversation, index, decision.candidate.entry, lang);
    }
    const answered = this.#answer(reply, conversation, index, shown, lang);
    return { ...answered, text: `${lang === 'sv' ? '' : texts[lang].answerFromOtherLanguage}${item.charAt(0).toUpperCase()}${item.slice(1)}.\n\n${withoutSourceLine(shown.body)}` };
  }

  /** The suggestions shown, each with its normalised text (made once per entry or index), for what the visitor taps next. */
  #remember(conversation: Conversation, suggestions: Suggestion[]): string[] {
    conversation.suggestions = suggestions;
    return suggestions.map((s) => s.text);
  }

  #parts(entry: Entry): EntryParts {
    let parts = this.#entryParts.get(entry);
    if (!parts) {
      const items = listItems(entry.body);
      parts = { items, names: itemNames(items), key: normalizeQuestion(entry.questions[0] ?? '') };
      this.#entryParts.set(entry, parts);
    }
    return parts;
  }

  /** The tenant's starter questions with the entries they ask for, once per index between reloads. */
  #starterSuggestions(tenant: TenantConfig, index: TenantIndex): Suggestion[] {
    let starters = this.#served!.starters.get(index);
    if (!starters) {
      starters = tenant.starters.map((text) => {
        const key = normalizeQuestion(text);
        return { text, entryId: index.entryForQuestion(key) ?? '', key };
      });
      this.#served!.starters.set(index, starters);
    }
    return starters;
  }

  /** The organisation's own paths, then 1177 Vårdguiden and 112: never empty. */
  #contacts(tenant: TenantConfig): Contact[] {
    return [...tenant.contacts, NATIONAL_CONTACTS.vardguiden1177, NATIONAL_CONTACTS.emergency112];
  }
}

/** The tenant's own entry that `extends` a national one: its words go beneath the national answer on the tenant's site. */
const ownExtensionOf = (index: TenantIndex, entry: Entry): Entry | undefined => {
  if (entry.tenant !== NATIONAL_TENANT) return undefined;
  for (const own of index.own.entries.values()) if (own.extends === entry.id) return own;
  return undefined;
};

/** A message's sentences, split after . ! or ?, leaving out bits of two letters or fewer. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => s.length > 2);

/**
 * A message's sentences, and a question after a dash or a comma as one of its own ("Psykisk ohälsa bland unga är ett
 * stort ämne – vilka aktörer nämns kring personen?", "Det är lite akut för mig eftersom jag har prov imorgon, vad heter de
 * fyra delområdena …?", "Tills döden skiljer oss åt – har omställningen något slutdatum?"): for reading a message the
 * whole of which found nothing. Dashes are "-" once normalised. After a dash, a question word or a verb that opens a
 * yes-or-no question ("kommer", "ska", "blir" and "får" go on a sentence as often: one older question lost its answer
 * with them). After a comma, only a question word opens a question ("…, kan jag" goes on a sentence as often).
 */
const ASKS = 'vad|vem|vilka|vilken|vilket|när|varför|hur|what|who|which|when|why|how';
const BREAK_BEFORE_A_QUESTION = new RegExp(`\\s+-\\s+(?=(?:${ASKS}|var|kan|finns|stämmer|har|är|gäller|måste|behöver|betyder|innebär)\\b)|,\\s+(?=(?:${ASKS})\\b)`);
const clausesOf = (text: string): string[] => sentencesOf(text).flatMap((sentence) => sentence.split(BREAK_BEFORE_A_QUESTION)).filter((s) => s.length > 2);

/**
 * The sentences of a message of several that ask something, the last first: "Jag är 90 år. Spelar det
 * någon roll för nära vård?" asks in its second. None for a message of one sentence.
 */
const questionSentences = (text: string): string[] => {
  const sentences = clausesOf(text);
  if (sentences.length < 2) return [];
  const asking = sentences.filter((s) => s.endsWith('?'));
  return (asking.length ? asking : [sentences.at(-1)!]).reverse();
};

/** Question words a topic may not answer though a related entry does: a reason, a time, a person, a place. */
const ASKED_APART: ReadonlySet<Interrogative> = new Set(['why', 'when', 'who', 'where']);

/**
 * The entry that answers a follow-up leaning on the topic: the topic itself, unless the follow-up asks why,
 * when, who or where and the topic answers no such question while one of its related entries does ("Vad är
 * nära vård?" → "varför behövs det?" is answered by why nära vård is needed). The tenant's own first.
 */
const onTopicFor = (tenantIndex: TenantIndex, topic: Entry, asked: Interrogative | null): Entry => {
  if (!asked || !ASKED_APART.has(asked) || tenantIndex.asks(topic.id, asked)) return topic;
  // The related entry (either way) that is most an answer to such questions; the tenant's own version of it first.
  const most = (entries: Iterable<Entry>, isCandidate: (e: Entry) => boolean): Entry | undefined => {
    let best: Entry | undefined;
    let bestShare = 0;
    for (const e of entries) {
      const share = isCandidate(e) ? tenantIndex.askedShare(e.id, asked) : 0;
      if (share > bestShare) [best, bestShare] = [e, share];
    }
    return best;
  };
  const relatedToTopic = (e: Entry) => e.id !== topic.id && (topic.related.includes(e.id) || e.related.includes(topic.id));
  const national = most(tenantIndex.national.entries.values(), relatedToTopic);
  const own = most(tenantIndex.own.entries.values(), (e) => relatedToTopic(e) || (national !== undefined && e.related.includes(national.id)));
  return own ?? national ?? topic;
};

/**
 * What a question is about when it asks what something says "om" it, at its end: "Vad står det i målbilden om
 * trygghet?", "Vad säger Region Norrbotten om egenvård?"; or what is meant "med" something: "Vad menas med trygghet i er
 * målbild?". Not any "om" ("samarbetar … om omställningen", "ställa om").
 */
const ABOUT_AT_END = /^(?:(?:vad|vilket|hur) (?:star|sager|sags|skriver|skrivs|namns|beskriver|beskrivs)\b.*\bom|vad (?:menas|avses|betyder|innebar) med) ([a-z0-9 ]+)$/;
/**
 * A follow-up that points at a part of the answer just given by what it says "om": "vad menas med det sista om
 * resurserna?", "berätta mer om det där om kontroll", "delen om trygghet?".
 */
const PART_OF_ANSWER = /\b(?:det (?:sista|forsta|dar|har)|den (?:sista|forsta|dar) (?:delen|biten|meningen)|delen|biten|stycket|meningen|punkten|det (?:du|ni) (?:sa|skrev|sager|skriver)) om ([a-z0-9 ]+)$/;
/** The words of the part of the answer a follow-up points at (PART_OF_ANSWER), folded, without short and light words. */
const partOfAnswer = (text: string): string[] | undefined => PART_OF_ANSWER.exec(foldForMatching(text))?.[1]?.split(' ').filter((w) => w.length >= 4 && !isLightWord(w));
/** Whether an entry's text says each word, by its first five letters (as `detailAsked` compares). */
const says = (entry: Entry, words: readonly string[]): boolean => {
  const body = foldForMatching(entry.body);
  return words.every((word) => body.includes(word.slice(0, 5)));
};

/** Among how many of the closest entries a message that quotes a phrase looks for the one that asks about it. */
const QUOTED_AMONG = 5;

/** How much of the question a detail must cover to answer in its topic's place. */
const DETAIL_MIN_COVERAGE = 0.75;

/**
 * The words of what a question asks something says "om" (ABOUT_AT_END), folded, without short and light words, nor where
 * it says it: "Vad står det om trygghet i målbilden?" asks about trygghet.
 */
const aboutAtEnd = (text: string): string[] | undefined => ABOUT_AT_END.exec(foldForMatching(text))?.[1]?.split(' i ')[0]!.split(' ').filter((w) => w.length >= 4 && !isLightWord(w));

/**
 * The answer, or in its place an entry related to it (its detail, or its topic) whose own questions name what the
 * question asks "om" and the answer's do not: "Vad står det i målbilden om trygghet?" is answered by the part about
 * trygghet, not by the målbild that lists it.
 */
const detailAsked = (about: readonly string[] | undefined, decision: Decision & { kind: 'answer' }, candidates: readonly Candidate[]): Decision => {
  if (!about?.length) return decision;
  const best = decision.candidate.entry;
  const names = (entry: Entry) => {
    const questions = foldForMatching(entry.questions.join(' '));
    return about.every((word) => questions.includes(word.slice(0, 5)));
  };
  if (names(best)) return decision;
  const detail = candidates.find((c) => c.entry !== best && c.coverage >= DETAIL_MIN_COVERAGE
    && (best.related.includes(c.entry.id) || c.entry.related.includes(best.id)) && names(c.entry));
  return detail ? { kind: 'answer', candidate: detail } : decision;
};

/** A year in an answer ("hösten 2022", "År 2019"): the answer says when. */
const YEAR = /\b(19|20)\d\d\b/;
/** A word that points back to something said before ("Vad säger målbilden om det?"). */
const POINTS_BACK = /\b(det|den|detta|denna|dem|dom|dit|där|it|that|this|them|they|those)\b/i;

/**
 * The questions of a message that also tells something ("Min mamma har hemtjänst … Vad betyder nära vård för
 * henne?"), when they stand on their own: asked with "?", pointing back to nothing. None for a message of
 * one sentence, or of questions only (the whole is the question then: "Vilka finns runt mig? Alltså vilka aktörer?").
 */
const standaloneQuestions = (text: string): string[] => {
  const sentences = sentencesOf(text);
  const asking = sentences.filter((s) => s.endsWith('?'));
  if (asking.length === 0 || asking.length === sentences.length) return [];
  return asking.filter((s) => !POINTS_BACK.test(s));
};

/**
 * How closely a standalone question must match an entry's own questions to decide a message by itself.
 * Measured on every set (3,459 conversations): with it, and questions that point back left out, six more
 * right and none lost; with pointing questions too, eight more right and four lost.
 */
const OWN_QUESTION_MIN_MATCH = 0.5;

/** What the guide is about: a question with no subject of its own asks about it. */
const GUIDE_SUBJECT = 'nära vård';
/** Care itself, on a guide about care, is no subject of its own either: "Varför gör ni om vården?" asks why nära vård. */
const CARE_ITSELF: ReadonlySet<string> = new Set(['vard', 'varden', 'vardens', 'sjukvard', 'sjukvarden', 'sjukvardens']);

/** A follow-up read against its topic: the topic's own words join the search at this share of their weight. */
const TOPIC_TERMS_WEIGHT = 0.4;

/** How much of a pointing follow-up ("vilket år var det?") the topic must cover to answer it before other entries. */
const FOLLOW_UP_MIN_COVERAGE = 0.99;
/**
 * Or this much of it, when no other entry covers more: "Varför behövs nära vård?" → "Vad är det som händer med
 * befolkningen då?" is about the topic's ageing population, not the goal's "hela befolkningen" (0.83 each). Not a
 * follow-up read only through a synonym ("… och vad har de enats om?", 0.6 each), which the goal's words answer.
 */
const FOLLOW_UP_MOSTLY_COVERED = 0.75;

/** Entries offered after a fallback ("Kanske menar du …"): at most this many, each close (rank.ts). */
const SUGGEST_MAX = 3;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The crisis contacts of each level a conversation signalled, most urgent first, each number once. */
const contactsOf = (levels: readonly TriageLevel[]): Contact[] => levels.reduce<Contact[]>((all, level) => mergeContacts(all, crisisContacts(level)), []);

/** The contacts of `first`, then those of `then` not already among them (the same number or address). */
const mergeContacts = (first: Contact[], then: Contact[]): Contact[] => {
  const key = (c: Contact) => c.phone?.replace(/\D/g, '') || c.url || c.email || c.label;
  const seen = new Set(first.map(key));
  return [...first, ...then.filter((c) => !seen.has(key(c)))];
};

/** A search's analysis and ranked candidates, with what the trace shows of them, made once. */
type Searched = {
  analysis: QueryAnalysis;
  candidates: Candidate[];
  terms: Trace['terms'];
  top: Trace['top'];
  /** The organisation each of the analysis' tokens names as a place (KnowledgeIndex.placeOwner), when first asked. */
  placeOwners?: (string | undefined)[];
};

const searched = (analysis: QueryAnalysis, candidates: Candidate[]): Searched => ({
  analysis,
  candidates,
  terms: analysis.terms.map(({ token, stem, weight, via }) => ({ token, stem, weight, via })),
  top: candidates.slice(0, 5).map((c) => ({ id: c.entry.id, score: round(c.score), coverage: round(c.coverage), questionMatch: round(c.questionMatch), rank: round(c.rank) })),
});
