/**
 * Ambient types for the browser tests (web-test-runner runs them with mocha's globals).
 * @types/mocha is not a dependency, and tsconfig's `types: ["node"]` would keep it out anyway.
 */
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => void | Promise<void>): void;
declare function before(body: () => void | Promise<void>): void;
declare function beforeEach(body: () => void | Promise<void>): void;
declare function afterEach(body: () => void | Promise<void>): void;

interface Window {
  /** The real server's URL, set by web-test-runner.config.mjs. */
  __NARA_SERVER__?: string;
}

declare module 'axe-core/axe.min.js';
