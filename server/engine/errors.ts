/** The tenant id names no configured organisation. The HTTP layer turns it into 404, the socket into an error frame. */
export class UnknownTenantError extends Error {
  constructor(readonly tenant: string) {
    super(`unknown tenant "${tenant}"`);
    this.name = 'UnknownTenantError';
  }
}
