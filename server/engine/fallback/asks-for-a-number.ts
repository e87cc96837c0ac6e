import { fold } from '../swedish/fold';

/** "Hur många…?", "how many…?": a question whose answer is a number. */
const HOW_MANY = /\b(hur (många|manga|mycket)|how (many|much))\b/;

/**
 * A number in figures or words, Swedish or English: "fyra delområden", "16 kommuner", "ett tiotal". Not
 * "en"/"ett", which every Swedish text has.
 */
const NUMBER = /\d|\b(två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo\w*|trettio\w*|fyrtio\w*|femtio\w*|\w*hundra\w*|\w*tusen\w*|miljon\w*|miljard\w*|tiotal\w*|dussin|båda|bägge|hälften|procent|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|hundred|thousand|million|both|half|percent)\b/;

/** Whether the question asks for a number ("Hur många undersköterskor…?"). */
export const asksForANumber = (text: string): boolean => HOW_MANY.test(fold(text.toLowerCase()));

/**
 * Whether an answer's text gives any number: an entry that says nothing of how many is no answer to "hur
 * många…?", however well its words match ("Hur många undersköterskor är anställda…?" is not answered by
 * what nära vård means for undersköterskor).
 */
export const givesANumber = (text: string): boolean => NUMBER.test(text.toLowerCase());
