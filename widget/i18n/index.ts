/** The widget's languages. Both are small enough to ship together; add a language by adding a file here. */
import { en } from './en.js';
import { sv, type Strings } from './sv.js';

export type Lang = 'sv' | 'en';
export type { Strings };

/** The strings for a language; anything but English (`en`, `en-GB`…) reads as Swedish. */
export const strings = (lang: string | undefined): Strings => (toLang(lang) === 'en' ? en : sv);

/** A supported language from a `lang` attribute value. */
export const toLang = (lang: string | undefined): Lang => (lang?.toLowerCase().startsWith('en') ? 'en' : 'sv');
