import { createHash, randomBytes } from 'node:crypto';
import { sameSecret } from '../http/same-secret';
import type { Store } from '../store/store';
import { hashPassword, verifyPassword } from './password';

/** The session cookie: HttpOnly, SameSite=Strict, Secure, for /admin only. */
export const SESSION_COOKIE = 'nara_admin';
/** A session lasts a working day; then the editor logs in again. */
export const SESSION_MS = 12 * 60 * 60 * 1000;

const hashId = (id: string) => createHash('sha256').update(id).digest('base64url');
const token = () => randomBytes(32).toString('base64url');

/** An editor logged in: who, for which organisation, and the token every change must carry. */
export type LoggedIn = { user: string; tenant: string; csrf: string };

/**
 * Named editors' sessions, kept in the store: the cookie holds a random id, the store only its hash, so a copy
 * of the database logs no one in. Removing an account or changing its password ends its sessions.
 */
export class EditorSessions {
  /** A hash to verify against when the user name is unknown, so the time taken does not tell which names exist. */
  #decoy: Promise<string> | undefined;

  constructor(private readonly store: Store, private readonly now: () => number = Date.now) {}

  /** A new session for the right user name and password: the cookie's id and the CSRF token; else undefined. */
  async login(user: string, password: string): Promise<(LoggedIn & { id: string }) | undefined> {
    const editor = await this.store.editor(user);
    const ok = await verifyPassword(password, editor?.passwordHash ?? (await (this.#decoy ??= hashPassword(token()))));
    if (!editor || !ok) return undefined;
    const id = token();
    const csrf = token();
    await this.store.createSession({ idHash: hashId(id), user: editor.user, csrf, expiresAt: this.now() + SESSION_MS });
    return { id, user: editor.user, tenant: editor.tenant, csrf };
  }

  /** The editor a cookie's id belongs to, while the session lasts and the account exists. */
  async find(id: string | undefined): Promise<LoggedIn | undefined> {
    if (!id) return undefined;
    const session = await this.store.session(hashId(id), this.now());
    return session && { user: session.user, tenant: session.tenant, csrf: session.csrf };
  }

  async end(id: string): Promise<void> {
    await this.store.endSession(hashId(id));
  }
}

/** Whether a change carries the session's CSRF token (compared in constant time). */
export const carriesCsrf = (session: LoggedIn, sent: string | undefined): boolean => sent !== undefined && sameSecret(sent, session.csrf);
