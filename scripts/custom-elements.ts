// Writes widget/custom-elements.json and the lists in docs/webmaster.md from the elements' JSDoc:
//
//   npm run docs:elements
import { writeFileSync } from 'node:fs';
import { DOC_FILE, MANIFEST_FILE, documentation, manifest, manifestText, readText, withLists } from './custom-elements/documentation';

const pkg = manifest();
writeFileSync(MANIFEST_FILE, manifestText(pkg));
writeFileSync(DOC_FILE, withLists(readText(DOC_FILE), documentation(pkg)));
console.log(`custom-elements: wrote ${MANIFEST_FILE} and the lists in ${DOC_FILE}`);
