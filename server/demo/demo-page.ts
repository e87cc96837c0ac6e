import type { TenantConfig } from '../knowledge/tenant-schema';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * A plain mock municipal page with the widget embedded by its one script tag, as a webmaster would,
 * and a tenant switcher that needs no script (a GET form), so the page runs under a strict CSP.
 */
export const demoPage = (tenant: TenantConfig, tenants: readonly TenantConfig[]): string => {
  const options = tenants
    .map((t) => `<option value="${escapeHtml(t.id)}"${t.id === tenant.id ? ' selected' : ''}>${escapeHtml(t.name)}</option>`)
    .join('');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(tenant.name)} – Nära vård (demo)</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<a class="skip" href="#main">Hoppa till innehållet</a>
<header class="site-header">
  <p class="site-name">${escapeHtml(tenant.name)}</p>
  <nav aria-label="Huvudmeny"><ul><li><a href="#main">Hälsa och vård</a></li><li><a href="#main">Omsorg</a></li><li><a href="#main">Kontakt</a></li></ul></nav>
</header>
<main id="main">
  <p class="demo-note">Det här är en demosida för nara-guide. Innehållet är påhittat; guiden svarar från kunskapsbasen för ${escapeHtml(tenant.name)}.</p>
  <form class="tenant-switcher" method="get" action="/">
    <label for="tenant">Visa demon som</label>
    <select id="tenant" name="tenant">${options}</select>
    <button type="submit">Byt organisation</button>
  </form>
  <h1>Nära vård</h1>
  <p>Vården och omsorgen i hela Sverige ställer om till nära vård: vård som utgår från dig och dina behov, med en stärkt primärvård och mer förebyggande arbete.</p>
  <p>Har du frågor om omställningen? Fråga guiden nere i hörnet. Den svarar på frågor om nära vård hos ${escapeHtml(tenant.name)} och visar vem du kan kontakta.</p>
  <h2>Behöver du vård?</h2>
  <p>Ring 1177 eller gå till 1177.se för sjukvårdsrådgivning. Vid fara för liv: ring 112.</p>
</main>
<footer class="site-footer"><p>${escapeHtml(tenant.organisation)} · <a href="${escapeHtml(tenant.website)}">${escapeHtml(tenant.website.replace(/^https:\/\//, ''))}</a></p></footer>
<script type="module" src="/widget.js" data-tenant="${escapeHtml(tenant.id)}"></script>
</body>
</html>`;
};

export const demoCss = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:10}
.site-header{background:#20365f;color:#fff;padding:1rem 1.5rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between}
.site-name{font-weight:700;font-size:1.25rem;margin:0}
.site-header ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;margin:0;padding:0}
.site-header a{color:#fff}
main{max-width:46rem;margin:0 auto;padding:1.5rem}
.demo-note{background:#fff6d6;border:1px solid #8a6d00;padding:.75rem 1rem}
.tenant-switcher{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:1rem 0}
select,button{font:inherit;padding:.4rem .6rem}
a:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.site-footer{border-top:1px solid #ccc;padding:1rem 1.5rem;color:#333}
.site-footer a{color:#20365f}
`;
