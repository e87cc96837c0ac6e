export { detectLanguage, type Lang } from './detect-language';
export { englishToSwedish } from './english-to-swedish';
