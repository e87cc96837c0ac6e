// The JavaScript a host page loads for our widget, from the build: before the visitor opens it (the
// launcher) and through the first answer. The same measurement as `npm run size`.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Size } from '../widget-size.mjs';

export type WidgetFigures = { launcher: Size; firstAnswer: Size; budget: number; files: number };

export const widgetWeight = async (root: string): Promise<WidgetFigures> => {
  // Loaded from its own file rather than bundled: bundled, its "am I the main module?" check would
  // see the bench as itself and print its table.
  const { measureWidget } = (await import(pathToFileURL(join(root, 'scripts/widget-size.mjs')).href)) as typeof import('../widget-size.mjs');
  const { launcher, firstAnswer, budget, files } = measureWidget(join(root, 'dist/widget'));
  return { launcher, firstAnswer, budget, files: files.length };
};
