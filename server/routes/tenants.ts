import { Hono } from 'hono';
import type { AppEnv, AppServices } from '../http/app-env';
import { errorBody, type TenantPublicConfig } from '../protocol';
import type { TenantConfig } from '../knowledge/tenant-schema';

export const publicTenantConfig = (t: TenantConfig): TenantPublicConfig => ({
  id: t.id,
  name: t.name,
  organisation: t.organisation,
  website: t.website,
  greeting: t.greeting,
  starters: t.starters,
  contacts: t.contacts,
  theme: t.theme,
  lang: 'sv',
});

/** GET /api/v1/tenants/:tenant: what the widget needs to greet and look like the site. */
export const tenantRoutes = ({ engine, origins }: AppServices) =>
  new Hono<AppEnv>()
    .get('/api/v1/tenants', (c) => origins.refusal(c) ?? c.json({ tenants: [...(engine.knowledge?.tenants.keys() ?? [])] }))
    .get('/api/v1/tenants/:tenant', (c) => {
      const tenant = engine.tenant(c.req.param('tenant'));
      if (!tenant) return c.json(errorBody('unknown_tenant', `No tenant "${c.req.param('tenant')}".`), 404);
      const refused = origins.refusal(c, tenant.id);
      if (refused) {
        // Readable by the page that asked, so the widget can tell its webmaster which origin to add,
        // instead of a CORS error that looks like a network failure. Nothing of the tenant is in it.
        const origin = c.req.header('origin');
        if (origin) refused.headers.set('Access-Control-Allow-Origin', origin);
        refused.headers.append('Vary', 'Origin');
        return refused;
      }
      return c.json(publicTenantConfig(tenant));
    });
