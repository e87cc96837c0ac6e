import { sv } from './sv';
import { en } from './en';

export const texts = { sv, en } as const;
export type Lang = keyof typeof texts;
