/**
 * What survives navigating between pages of the same site: the open state and the transcript, in this tab's
 * sessionStorage (gone when the tab closes; never cookies, never localStorage). Written only once the visitor
 * has opened the guide; read by the element (to reopen) and by the panel (to show the conversation again).
 */

export type Saved = { open: boolean; messages: unknown[] };

const key = (tenant: string) => `nara-guide:${tenant}:transcript`;

const storage = (): Storage | undefined => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // sandboxed frames throw on access
  }
};

/** The saved state for a tenant, or undefined if there is none or it is unreadable. */
export const readSaved = (tenant: string): Saved | undefined => {
  try {
    const value = JSON.parse(storage()?.getItem(key(tenant)) ?? 'null') as Saved | null;
    return value && Array.isArray(value.messages) ? value : undefined;
  } catch {
    return undefined;
  }
};

export const writeSaved = (tenant: string, value: Saved): void => {
  try {
    storage()?.setItem(key(tenant), JSON.stringify(value));
  } catch {
    // Full or forbidden: the conversation still works on this page.
  }
};
