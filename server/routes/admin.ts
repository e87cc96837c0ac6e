import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html, raw } from 'hono/html';
import { carriesCsrf, EditorSessions, SESSION_COOKIE, SESSION_MS, type LoggedIn } from '../editors/editor-sessions';
import type { AppServices } from '../http/app-env';
import { errorBody } from '../protocol';
import { buildReport, type EditorsReport, type QuestionGroup } from '../report/build-report';
import { reportCsv } from '../report/report-csv';
import type { EngineReply } from '../engine/engine';
import { toWireReply } from '../answers/to-wire-reply';
import { formatProblem } from '../knowledge/problem';
import { RateLimiter } from '../http/rate-limiter';
import { sameSecret } from '../http/same-secret';
import { CSP, page, type AdminEnv } from './admin-page';
import { entryRoutes } from './admin-entries';
import { describeTrial, trialOf } from '../editors/try-draft';
import { clientKey, tooManyRequests } from '../http/rate-limit';

/**
 * Wrong tokens one address may send in FAILED_LOGIN_WINDOW_MS; then every request from it gets 429 until the
 * window has let one more through. An editor who mistypes is not locked out for long; a guesser gets
 * 10 guesses in 15 minutes instead of thousands a second.
 */
const FAILED_LOGINS = 10;
const FAILED_LOGIN_WINDOW_MS = 15 * 60_000;


/** The login form; `failed` says the last try was wrong, without saying which of the two. */
const loginPage = (failed: boolean) => page('Logga in – guidens redigering', html`<main><h1>Logga in</h1>
<p>Logga in med ditt konto för att se och redigera guiden för din organisation.</p>
${failed ? html`<p class="error" role="alert">Fel användarnamn eller lösenord.</p>` : ''}
<form method="post" action="/admin/login">
<label for="user">Användarnamn</label><input type="text" id="user" name="user" autocomplete="username" required maxlength="100">
<label for="password">Lösenord</label><input type="password" id="password" name="password" autocomplete="current-password" required maxlength="200">
<p><button>Logga in</button></p></form></main>`);

/** Who is logged in, and the way out (a change: it carries the CSRF token). */
const whoHtml = (editor: LoggedIn | undefined) => (editor ? html`<header class="who"><span>Inloggad som <strong>${editor.user}</strong></span>
<form method="post" action="/admin/logout"><input type="hidden" name="csrf" value="${editor.csrf}"><button>Logga ut</button></form></header>` : '');


/** The tenant whose token the request carries: HTTP Basic (user = tenant id, password = token), or a Bearer token with ?tenant=. */
const authenticatedTenant = (c: Context<AdminEnv>, tokens: ReadonlyMap<string, string>): string | undefined => {
  const header = c.req.header('authorization') ?? '';
  let tenant: string | undefined;
  let token: string | undefined;
  if (/^basic /i.test(header)) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) [tenant, token] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
  } else if (/^bearer /i.test(header)) {
    [tenant, token] = [c.req.query('tenant'), header.slice(7).trim()];
  }
  const expected = tenant ? tokens.get(tenant) : undefined;
  // Compared as hashes: equal length, constant time, whatever was sent.
  if (!tenant || !token || !expected || !sameSecret(token, expected)) return undefined;
  return tenant;
};



/** Links to the report's other pages of question groups, keeping the period. */
const pageLinks = ({ days, unanswered: { page, pages } }: EditorsReport) => pages <= 1 ? '' : html`<nav aria-label="Sidor med frågor"><p>
${page > 1 ? html`<a href="/admin?days=${days}&amp;page=${page - 1}">Föregående sida</a> · ` : ''}Sida ${page} av ${pages}${page < pages ? html` · <a href="/admin?days=${days}&amp;page=${page + 1}">Nästa sida</a>` : ''}</p></nav>`;

/** What an editor can do with a group of unanswered questions: the organisation's entries, and the session's token. */
type GroupActions = { entries: { id: string; question: string }[]; csrf?: string };

const groupActionsHtml = (g: QuestionGroup, i: number, actions: GroupActions) => html`
<a href="/admin/entries/new?question=${encodeURIComponent(g.example)}">Ny post från frågan</a>
<form method="get" action="/admin/entries/with-question"><input type="hidden" name="question" value="${g.example}">
<label for="entry-${i}">Lägg till som fråga i</label><select id="entry-${i}" name="entry">${actions.entries.map((e) => html`<option value="${e.id}">${e.id}: ${e.question}</option>`)}</select>
<button>Lägg till</button></form>
<form method="post" action="/admin/questions/done">${actions.csrf ? html`<input type="hidden" name="csrf" value="${actions.csrf}">` : ''}
${[g.example, ...g.variants].map((t) => html`<input type="hidden" name="text" value="${t}">`)}<button>Klar</button></form>`;

/**
 * The figures a day as a small bar chart (inline SVG: no script, and allowed by the CSP) and, for screen readers
 * and exact numbers, the same in a table. Bars: questions, not answered, 👎; colours at 3:1 or more on white.
 */
const dailyHtml = (report: EditorsReport) => {
  const days = report.daily;
  const most = Math.max(1, ...days.map((d) => d.questions));
  const [width, height, slot] = [Math.max(300, days.length * 12), 120, 12];
  const bar = (i: number, offset: number, n: number, colour: string) =>
    n ? html`<rect x="${i * slot + offset}" y="${height - Math.round((n / most) * height)}" width="3" height="${Math.round((n / most) * height)}" fill="${colour}"></rect>` : '';
  return html`<h2>Frågor per dag</h2>
<form method="get" action="/admin"><label for="days">Period</label><select id="days" name="days">
${[7, 30, 90, 365].map((n) => html`<option value="${n}"${n === report.days ? ' selected' : ''}>${n} dagar</option>`)}</select> <button>Visa</button>
<a href="/admin/report.csv?days=${report.days}">Ladda ner som CSV</a></form>
<figure><svg role="img" aria-labelledby="daily-caption" viewBox="0 0 ${width} ${height}" width="100%" height="${height}" preserveAspectRatio="none">
${days.map((d, i) => html`${bar(i, 1, d.questions, '#005a9c')}${bar(i, 5, d.fallbacks, '#a0001c')}${bar(i, 9, d.notHelpful, '#8a5a00')}`)}</svg>
<figcaption id="daily-caption">${days.reduce((n, d) => n + d.questions, 0)} frågor de senaste ${report.days} dagarna, ${days.reduce((n, d) => n + d.answers, 0)} besvarade,
${days.reduce((n, d) => n + d.fallbacks, 0)} obesvarade, ${days.reduce((n, d) => n + d.notHelpful, 0)} 👎. Staplar per dag: frågor (blå), obesvarade (röd), 👎 (brun).</figcaption></figure>
<details><summary>Siffrorna per dag</summary><table><thead><tr><th>Dag</th><th>Frågor</th><th>Besvarade</th><th>Obesvarade</th><th>👎</th></tr></thead><tbody>
${days.map((d) => html`<tr><td>${d.day}</td><td class="n">${d.questions}</td><td class="n">${d.answers}</td><td class="n">${d.fallbacks}</td><td class="n">${d.notHelpful}</td></tr>`)}</tbody></table></details>`;
};

const reportHtml = (report: EditorsReport, actions?: GroupActions) => html`
${dailyHtml(report)}
${report.reviews.length ? html`<h2>Texter att granska (${report.reviews.length})</h2><p>Granskades senast för mer än ett år sedan, äldst först: läs igenom dem och uppdatera <code>reviewed</code>.</p>
<table><thead><tr><th>Fil</th><th>Granskad</th><th>Dagar för sent</th></tr></thead><tbody>
${report.reviews.map((r) => html`<tr><td>${r.file}</td><td>${r.reviewed}</td><td class="n">${r.daysOverdue}</td></tr>`)}</tbody></table>` : ''}
<h2>Obesvarade frågor (${report.unanswered.total}, i ${report.unanswered.groupCount} grupper)</h2>
${report.unanswered.groups.length === 0 ? html`<p>Inga obesvarade frågor.</p>` : html`<table><thead><tr><th>Antal</th><th>Fråga</th><th>Utfall</th>${actions ? html`<th>Gör</th>` : ''}</tr></thead><tbody>
${report.unanswered.groups.map((g, i) => html`<tr><td class="n">${g.count}</td><td>${g.example}${g.variants.map((v) => html`<br><small>även: ${v}</small>`)}</td>
<td>${Object.entries(g.kinds).map(([k, n]) => `${k} ${n}`).join(', ')}</td>${actions ? html`<td>${groupActionsHtml(g, i, actions)}</td>` : ''}</tr>`)}</tbody></table>${pageLinks(report)}`}
<h2>Återkoppling: ${report.feedback.helpful} 👍, ${report.feedback.notHelpful} 👎</h2>
${report.feedback.entries.length === 0 ? html`<p>Inga artiklar har fått 👎.</p>` : html`<table><thead><tr><th>👎</th><th>👍</th><th>Artikel</th><th>Skäl</th></tr></thead><tbody>
${report.feedback.entries.map((e) => html`<tr><td class="n">${e.notHelpful}</td><td class="n">${e.helpful}</td><td>${e.entryId}</td><td>${e.reasons.map((r) => html`”${r}”<br>`)}</td></tr>`)}</tbody></table>`}`;

/** The knowledge's state for an editor: what is wrong, in kb:check's words, and what is serving meanwhile. */
const knowledgeHtml = (k: { loadedAt: string | null; entries: number; errors: string[]; warnings: string[]; heldBack: string[]; lastReloadFailed: boolean }) => html`
${k.errors.length ? html`<h2>Fel i kunskapsbasen</h2><p>${k.heldBack.length
  ? 'Allt annat är publicerat. Filerna med fel visas i sin senast fungerande version (en ny fil visas inte alls) tills felen är rättade:'
  : k.loadedAt ? `Guiden svarar från versionen som laddades ${k.loadedAt.slice(0, 16).replace('T', ' ')} tills felen är rättade.` : 'Guiden har ingen fungerande version att svara från förrän felen är rättade.'}</p>
${k.heldBack.length ? html`<ul>${k.heldBack.map((f) => html`<li>${f}</li>`)}</ul><h3>Felen</h3>` : ''}
<ul>${k.errors.map((e) => html`<li>${e}</li>`)}</ul>` : ''}
${k.warnings.length ? html`<details><summary>${k.warnings.length} varningar i kunskapsbasen</summary><ul>${k.warnings.map((w) => html`<li>${w}</li>`)}</ul></details>` : ''}`;

const traceHtml = (question: string, reply: EngineReply) => {
  const t = reply.trace;
  return html`<h2>Så svarar guiden</h2>
<p><strong>${question}</strong>: ${describeTrial(trialOf(question, reply))}${reply.entryId ? html` <a href="/admin/entries/${reply.entryId}">Öppna posten</a>` : ''}</p>
<details><summary>Teknisk förklaring</summary><h3>Så bestämde guiden</h3>
<p><strong>Fråga:</strong> ${question}<br><strong>Normaliserad:</strong> ${t.normalized}<br>
<strong>Väg:</strong> ${t.route} · <strong>Beslut:</strong> ${t.decision} · <strong>Svarstyp:</strong> ${reply.kind}${reply.entryId ? html` · <strong>Artikel:</strong> ${reply.entryId}` : ''}</p>
<p><strong>Triage:</strong> ${t.triage ? JSON.stringify(t.triage) : 'ingen'}${t.intent ? html` · <strong>Avsikt:</strong> ${JSON.stringify(t.intent)}` : ''}</p>
<h3>Termer</h3>
${t.terms.length === 0 ? html`<p>Inga.</p>` : html`<table><thead><tr><th>Ord</th><th>Stam</th><th>Vikt</th><th>Via</th></tr></thead><tbody>
${t.terms.map((term) => html`<tr><td>${term.token}</td><td>${term.stem}</td><td class="n">${term.weight}</td><td>${term.via}</td></tr>`)}</tbody></table>`}
${t.unknown.length ? html`<p><strong>Okända ord:</strong> ${t.unknown.join(', ')}</p>` : ''}
<h3>Bästa träffar</h3>
${t.top.length === 0 ? html`<p>Inga.</p>` : html`<table><thead><tr><th>Artikel</th><th>Poäng</th><th>Täckning</th><th>Frågematchning</th><th>Rang</th></tr></thead><tbody>
${t.top.map((c) => html`<tr><td>${c.id}</td><td class="n">${c.score}</td><td class="n">${c.coverage}</td><td class="n">${c.questionMatch}</td><td class="n">${c.rank}</td></tr>`)}</tbody></table>`}
<h3>Svaret</h3><pre>${reply.text}</pre></details>`;
};

const pageNumber = (value: string | undefined) => {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

const days = (value: string | undefined) => {
  const n = Number(value ?? 30);
  return Number.isInteger(n) && n >= 1 && n <= 3650 ? n : 30;
};

/**
 * The editors' pages, one tenant per token (ADMIN_TOKENS): GET /admin (the knowledge's errors, the report and
 * "testa en fråga"), GET /admin/status.json (what is serving, errors and warnings), GET /admin/report.json,
 * GET /admin/test.json?q=. No or a wrong token: 401. A question tried here is
 * answered in a conversation of its own and never recorded.
 */
export const adminRoutes = (services: AppServices) => {
  const { engine, config, store, recorder, knowledgeStatus } = services;
  /** What is serving and what is wrong in knowledge/: the files and messages an editor needs, never public. */
  const knowledge = () => {
    const status = knowledgeStatus();
    return {
      loadedAt: status.loadedAt,
      entries: status.entries,
      tenants: status.tenants,
      lastReloadFailed: status.lastAttemptFailed,
      heldBack: status.heldBack,
      errors: status.problems.filter((p) => p.severity === 'error').map(formatProblem),
      warnings: status.problems.filter((p) => p.severity === 'warning').map(formatProblem),
    };
  };
  const failedLogins = new RateLimiter({ perMinute: FAILED_LOGINS, windowMs: FAILED_LOGIN_WINDOW_MS });
  /** The report, with the questions asked a moment ago written first. */
  const report = async (db: NonNullable<AppServices['store']>, tenant: string, query: (name: string) => string | undefined) => {
    await recorder?.flush();
    return buildReport(db, tenant, { days: days(query('days')), page: pageNumber(query('page')), entries: engine.knowledge?.entries.values() });
  };
  const ask = (tenant: string, text: string) => engine.ask({ tenant, text: text.slice(0, config.MAX_QUESTION_CHARS) });
  /** Named editors' sessions; without a store, only the tokens let anyone in. */
  const sessions = store ? new EditorSessions(store) : undefined;
  const html200 = (c: Context<AdminEnv>, body: ReturnType<typeof page>, status: 200 | 401 = 200) => {
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'no-store');
    return c.html(body, status);
  };
  const app = new Hono<AdminEnv>()
    .get('/admin/login', (c) => html200(c, loginPage(false)))
    .post('/admin/login', async (c) => {
      const key = clientKey(c);
      const wait = failedLogins.wait(key);
      if (wait > 0) return tooManyRequests(c, wait, (seconds) => `Too many failed logins; try again in ${seconds} s.`);
      const form = await c.req.parseBody();
      const [user, password] = [form.user, form.password].map((v) => (typeof v === 'string' ? v : ''));
      const session = sessions && user && password ? await sessions.login(user.trim(), password) : undefined;
      if (!session) {
        failedLogins.take(key);
        c.get('log').warn('admin.login_failed', {});
        return html200(c, loginPage(true), 401);
      }
      c.get('log').info('admin.login', { tenant: session.tenant });
      setCookie(c, SESSION_COOKIE, session.id, { path: '/admin', httpOnly: true, secure: true, sameSite: 'Strict', maxAge: SESSION_MS / 1000 });
      return c.redirect('/admin', 303);
    })
    .use('/admin', async (c, next) => guard(c, next))
    .use('/admin/*', async (c, next) => guard(c, next))
    .post('/admin/logout', async (c) => {
      const id = getCookie(c, SESSION_COOKIE);
      if (id) await sessions?.end(id);
      deleteCookie(c, SESSION_COOKIE, { path: '/admin', secure: true });
      return c.redirect('/admin/login', 303);
    })
    .get('/admin', async (c) => {
      const tenant = c.get('adminTenant');
      const name = engine.tenant(tenant)?.name ?? tenant;
      const q = c.req.query('q')?.trim();
      c.header('Content-Security-Policy', CSP);
      return c.html(page(`Guiden: ${name}`, html`${whoHtml(c.get('editor'))}<h1>Guiden för ${name}</h1>
<nav class="admin"><a href="/admin/entries">Redigera poster</a></nav>
${knowledgeHtml(knowledge())}
<form method="get" action="/admin"><label for="q">Testa en fråga</label><br>
<input type="text" id="q" name="q" value="${q ?? ''}" maxlength="${config.MAX_QUESTION_CHARS}"> <button>Testa</button></form>
${q && engine.ready ? traceHtml(q, ask(tenant, q)) : ''}
${store ? reportHtml(await report(store, tenant, (name) => c.req.query(name)), {
  entries: [...(engine.knowledge?.entries.values() ?? [])].filter((e) => e.tenant === tenant).map((e) => ({ id: e.id, question: e.questions[0] ?? '' })),
  csrf: c.get('editor')?.csrf,
}) : html`<p>Ingen databas: rapporten är avstängd.</p>`}`));
    })
    .post('/admin/questions/done', async (c) => {
      const texts = (await c.req.parseBody({ all: true })).text;
      const list = (Array.isArray(texts) ? texts : [texts]).filter((t): t is string => typeof t === 'string' && t.length > 0).slice(0, 10);
      if (store && list.length) await store.markQuestionsHandled(c.get('adminTenant'), list, Date.now());
      return c.redirect('/admin', 303);
    })
    .get('/admin/status.json', (c) => c.json({ status: engine.ready ? 'ready' : 'loading', knowledge: knowledge() }))
    .get('/admin/report.csv', async (c) => {
      if (!store) return c.json(errorBody('not_found', 'No store: the report is off.'), 404);
      const tenant = c.get('adminTenant');
      const first = await report(store, tenant, (name) => (name === 'page' ? '1' : c.req.query(name)));
      const groups = [...first.unanswered.groups];
      for (let n = 2; n <= first.unanswered.pages; n++) groups.push(...(await report(store, tenant, (name) => (name === 'page' ? String(n) : c.req.query(name)))).unanswered.groups);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="nara-guide-${tenant}-${first.days}-dagar.csv"`);
      return c.body(reportCsv(first.daily, groups));
    })
    .get('/admin/report.json', async (c) => {
      if (!store) return c.json(errorBody('not_found', 'No store: the report is off.'), 404);
      return c.json(await report(store, c.get('adminTenant'), (name) => c.req.query(name)));
    })
    .get('/admin/test.json', (c) => {
      const q = c.req.query('q')?.trim();
      if (!q) return c.json(errorBody('invalid_body', 'q: must not be empty'), 400);
      if (!engine.ready) return c.json(errorBody('not_ready', 'The knowledge base is still loading.'), 503);
      const reply = ask(c.get('adminTenant'), q);
      return c.json({ reply: toWireReply(reply), trace: reply.trace });
    });
  return entryRoutes(app, services);

  async function guard(c: Context<AdminEnv>, next: () => Promise<void>) {
    c.header('Cache-Control', 'no-store');
    const key = clientKey(c);
    const wait = failedLogins.wait(key);
    if (wait > 0) {
      c.get('log').warn('admin.login_limited', { retryAfter: Math.ceil(wait / 1000) });
      return tooManyRequests(c, wait, (seconds) => `Too many wrong tokens; try again in ${seconds} s.`);
    }
    // A named editor's session (the browser), or a tenant's token (scripts).
    const editor = await sessions?.find(getCookie(c, SESSION_COOKIE));
    if (editor) {
      // Every change carries the session's CSRF token, in the form or a header: SameSite alone is not relied on.
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
        const type = c.req.header('content-type') ?? '';
        const form = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type) ? await c.req.parseBody() : {};
        const sent = c.req.header('x-csrf-token') ?? (typeof form.csrf === 'string' ? form.csrf : undefined);
        if (!carriesCsrf(editor, sent)) return c.json(errorBody('csrf_token_missing', 'This change needs the CSRF token of the session (form field csrf or header X-CSRF-Token).'), 403);
      }
      c.set('editor', editor);
      c.set('adminTenant', editor.tenant);
      return next();
    }
    const tenant = authenticatedTenant(c, config.ADMIN_TOKENS);
    if (!tenant) {
      // A browser without a session goes to the login form; a script gets 401.
      if (!c.req.header('authorization') && /text\/html/.test(c.req.header('accept') ?? '')) return c.redirect('/admin/login', 303);
      // Only a wrong token counts: a browser's first request, with none, is how the login dialog opens.
      if (c.req.header('authorization')) {
        failedLogins.take(key);
        c.get('log').warn('admin.login_failed', {});
      }
      c.header('WWW-Authenticate', 'Basic realm="nara-guide admin", charset="UTF-8"');
      return c.json(errorBody('unauthorized', 'A tenant id and its admin token are needed (HTTP Basic: user = tenant id, password = token).'), 401);
    }
    c.set('adminTenant', tenant);
    await next();
  }
};
