import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('password hashes', () => {
  it('verifies the password hashed and no other, and never keeps it as text', async () => {
    const hash = await hashPassword('korrekt häst batteri häftklammer');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hash).not.toContain('häst');
    expect(await verifyPassword('korrekt häst batteri häftklammer', hash)).toBe(true);
    expect(await verifyPassword('korrekt häst batteri häftklamrar', hash)).toBe(false);
    // Salted: the same password hashes differently each time.
    expect(await hashPassword('korrekt häst batteri häftklammer')).not.toBe(hash);
  });

  it('refuses hashes in another form, and short passwords', async () => {
    expect(await verifyPassword('x', 'plain:x')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$0$8$1$AAAA$AAAA')).toBe(false);
    expect(passwordProblem('kort')).toMatch(/minst 12 tecken/);
    expect(passwordProblem('ett långt lösenord')).toBeUndefined();
  });
});
