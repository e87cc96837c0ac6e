/** Types of widget-size.mjs, for TypeScript callers (tests, benchmarks). */
export declare const BUDGET: number;
export type Size = { raw: number; gzip: number };
export type WidgetFile = Size & { file: string; stage: 'launcher' | 'answer' };
export type WidgetWeight = { files: WidgetFile[]; launcher: Size; firstAnswer: Size; onDemand: Size; budget: number };
export declare const importsOf: (source: string) => { static: string[]; dynamic: string[] };
export declare const measureWidget: (dir?: string) => WidgetWeight;
