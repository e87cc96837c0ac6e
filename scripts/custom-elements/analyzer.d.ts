// The analyzer's programmatic entry points, which its own typings leave out; only what we call.
declare module '@custom-elements-manifest/analyzer/index.js' {
  import type { Package } from 'custom-elements-manifest/schema';
  /** The analyzer's own TypeScript (5.x): its syntax trees are what create() reads. */
  export const ts: {
    createSourceFile(fileName: string, text: string, target: number, setParentNodes: boolean): unknown;
    ScriptTarget: { ES2022: number };
  };
  export function create(options: { modules: unknown[]; plugins?: unknown[] }): Package;
}
declare module '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js' {
  export function litPlugin(): unknown[];
}
