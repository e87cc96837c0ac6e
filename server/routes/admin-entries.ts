import { existsSync } from 'node:fs';
import { readFile, unlink } from 'node:fs/promises';
import { writeAtomically } from '../knowledge/write-atomically';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { diffLines } from 'diff';
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { emptyForm, entryText, formFrom, formOf, type EntryForm } from '../editors/entry-form';
import { previewHtml } from '../editors/preview';
import { describeTrial, tryDraft } from '../editors/try-draft';
import type { AppServices } from '../http/app-env';
import { ENTRY_ID, type Entry } from '../knowledge/entry-schema';
import { daysOverdue } from '../report/reviews-due';
import { checkEntryFile } from '../knowledge/load-knowledge';
import { formatProblem, type Problem } from '../knowledge/problem';
import { NATIONAL } from '../knowledge/knowledge';
import type { Revision } from '../store/store';
import { CSP, page, type AdminEnv } from './admin-page';


const when = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ');
const due = (entry: Entry, now: number) => daysOverdue(entry, now) > 0;

/**
 * Editing the organisation's entries in the browser, for a logged-in editor (or a script with the tenant's
 * token): GET /admin/entries (the list, entries due for review first), GET /admin/entries/new and
 * /admin/entries/:id (the form), POST them (check, then save: the file is written whole and goes live), GET
 * /admin/entries/:id/history (every save, with what changed) and POST …/restore (a version back, as a new save),
 * POST …/delete. Every save is a revision in the store with who and when; the files stay the truth.
 */
export const entryRoutes = (app: Hono<AdminEnv>, { engine, config, store, reloadKnowledge }: AppServices) => {
  const root = resolve(config.KNOWLEDGE_DIR);
  /** The folder an organisation's entries are in (`national` edits the national ones). */
  const folderOf = (tenant: string) => (tenant === NATIONAL ? join(root, 'national') : join(root, 'tenants', tenant));
  const pathOf = (entry: Entry) => resolve(process.cwd(), entry.file);
  const keyOf = (path: string) => relative(root, path).split('\\').join('/');
  const own = (tenant: string) => [...(engine.knowledge?.entries.values() ?? [])].filter((e) => e.tenant === tenant);
  const entryOf = (c: Context<AdminEnv>) => {
    const entry = engine.knowledge?.entries.get(c.req.param('id') ?? '');
    return entry && entry.tenant === c.get('adminTenant') ? entry : undefined;
  };
  const who = (c: Context<AdminEnv>) => c.get('editor')?.user ?? `token:${c.get('adminTenant')}`;
  const send = (c: Context<AdminEnv>, title: string, body: unknown, status: 200 | 400 | 404 | 409 = 200) => {
    c.header('Content-Security-Policy', CSP);
    return c.html(page(title, html`<nav class="admin"><a href="/admin">Översikt</a><a href="/admin/entries">Poster</a></nav>${body}`), status);
  };
  const csrfField = (c: Context<AdminEnv>) => (c.get('editor') ? html`<input type="hidden" name="csrf" value="${c.get('editor')!.csrf}">` : '');

  /** Saves a new text of a file as a revision (the text on disk first, when the browser has not saved it before). */
  const save = async (c: Context<AdminEnv>, path: string, text: string | null) => {
    const file = keyOf(path);
    if (store && !(await store.revisions(file)).length && existsSync(path)) {
      await store.addRevision({ tenant: c.get('adminTenant'), file, user: '(före första ändringen i webbläsaren)', at: Date.now(), text: await readFile(path, 'utf8') });
    }
    if (text === null) await unlink(path);
    else await writeAtomically(path, text);
    await store?.addRevision({ tenant: c.get('adminTenant'), file, user: who(c), at: Date.now(), text });
    c.get('log').info('admin.entry_saved', { tenant: c.get('adminTenant'), file, deleted: text === null });
    // Served before the editor's next page: the entry's page shows what was saved, not the version before.
    await reloadKnowledge?.();
  };

  /** A field with its hint and, beside it, what the checker says of it (errors and warnings, read with the field). */
  const field = (name: string, label: string, value: string, hint = '', multiline = 0, notes: readonly Problem[] = []) => {
    const described = [hint ? `${name}-hint` : '', notes.length ? `${name}-notes` : ''].filter(Boolean).join(' ');
    const attributes = html`${described ? html` aria-describedby="${described}"` : ''}${notes.some((n) => n.severity === 'error') ? html` aria-invalid="true"` : ''}`;
    return html`
<label for="${name}">${label}</label>${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : ''}
${notes.length ? html`<ul class="notes" id="${name}-notes">${notes.map((n) => html`<li class="${n.severity === 'error' ? 'error' : 'hint'}">${n.severity === 'error' ? 'Fel: ' : 'Tänk på: '}${messageOf(n)}</li>`)}</ul>` : ''}
${multiline
  ? html`<textarea id="${name}" name="${name}" rows="${multiline}"${attributes}>${value}</textarea>`
  : html`<input type="text" id="${name}" name="${name}" value="${value}"${attributes}>`}`;
  };

  const formBody = (c: Context<AdminEnv>, action: string, form: EntryForm, problems: readonly Problem[], isNew: boolean, tried: unknown = '', trials = '') => {
    const notes = (name: string) => problems.filter((p) => fieldOf(p) === name);
    const errors = problems.filter((p) => p.severity === 'error');
    return html`<h1>${isNew ? 'Ny post' : html`Redigera <code>${form.id}</code>`}</h1>
${tried}
${errors.length ? html`<div role="alert"><p class="error">Posten är inte sparad. Rätta det här först:</p><ul>${errors.map((p) => html`<li>${messageOf(p)}</li>`)}</ul></div>` : ''}
<form method="post" action="${action}">${csrfField(c)}
${isNew ? field('id', 'Id', form.id, 'Små bokstäver a–z, siffror och bindestreck, till exempel "hemsjukvard-strangnas". Blir filens namn.', 0, notes('id')) : html`<input type="hidden" name="id" value="${form.id}">`}
${field('questions', 'Frågor', form.questions, 'En fråga per rad: huvudfrågan först, sedan minst tre andra sätt som en besökare kan fråga på.', 6, notes('questions'))}
${field('body', 'Svar', form.body, 'Klarspråk, högst 120 ord. Avsluta med en rad "Källa: [sidans titel](https://…)". Markdown: tom rad mellan stycken, "- " för listor.', 10, notes('body'))}
${field('keywords', 'Nyckelord', form.keywords, 'Frivilligt, åtskilda med kommatecken.', 0, notes('keywords'))}
${field('sourceTitle', 'Källans titel', form.sourceTitle, '', 0, notes('sourceTitle'))}
${field('sourceUrl', 'Källans adress', form.sourceUrl, 'Börjar med https://', 0, notes('sourceUrl'))}
${field('owner', 'Ansvarig', form.owner, 'Vilken enhet som ansvarar för texten.', 0, notes('owner'))}
${field('reviewed', 'Granskad', form.reviewed, 'Datum då texten senast lästes igenom, ÅÅÅÅ-MM-DD.', 0, notes('reviewed'))}
${field('related', 'Relaterade poster', form.related, 'Id:n åtskilda med kommatecken; visas som följdfrågor.', 0, notes('related'))}
${field('extends', 'Lägger till ord på nationell post', form.extends, 'Frivilligt: id:t på en nationell post som den här texten visas under.', 0, notes('extends'))}
${field('trials', 'Testfrågor', trials, 'Frågor att pröva mot utkastet, en per rad (tomt: postens egna frågor). Ingenting sparas när du förhandsgranskar.', 4)}
<p><button name="action" value="preview">Förhandsgranska och testa</button> <button name="action" value="save">Spara och publicera</button></p></form>
${isNew ? '' : html`<p><a href="/admin/entries/${form.id}/history">Historik och ångra</a></p>
<form method="post" action="/admin/entries/${form.id}/delete">${csrfField(c)}<p><label for="confirm">Skriv posten id för att ta bort den</label>
<input type="text" id="confirm" name="confirm"> <button>Ta bort posten</button></p></form>`}`;
  };
  const formPage = (c: Context<AdminEnv>, action: string, form: EntryForm, problems: Problem[], isNew: boolean, status: 200 | 400 = 200) =>
    send(c, isNew ? 'Ny post' : `Redigera ${form.id}`, formBody(c, action, form, problems, isNew), status);

  /**
   * Checks the form's file on its own (as kb:check). "Förhandsgranska och testa": the answer as the widget shows it and
   * what the guide would do with the test questions, nothing saved. "Spara och publicera": saved when it holds, else
   * the form with the problems.
   */
  const checkAndSave = async (c: Context<AdminEnv>, posted: Record<string, unknown>, form: EntryForm, path: string, isNew: boolean, action: string) => {
    const tenant = c.get('adminTenant');
    const text = entryText(tenant, form);
    const checked = checkEntryFile(text, keyOf(path));
    if (posted.action === 'preview') {
      const trials = typeof posted.trials === 'string' ? posted.trials : '';
      const questions = trials.split(/\r?\n/).map((q) => q.trim()).filter(Boolean);
      const draft = checked.entry;
      const results = engine.knowledge && draft ? tryDraft(engine.knowledge, tenant, draft, questions.length ? questions : draft.questions) : [];
      const tried = html`<section aria-labelledby="preview-title"><h2 id="preview-title">Förhandsgranskning</h2>
${draft ? previewHtml(draft.body, draft.source) : html`<p>Rätta felen nedan för att se svaret.</p>`}
${results.length ? html`<h2>Så svarar guiden med utkastet</h2><ul>${results.map((r) => html`<li><strong>${r.question}</strong>: ${describeTrial(r)}</li>`)}</ul>` : ''}</section>`;
      return send(c, isNew ? 'Ny post' : `Redigera ${form.id}`, formBody(c, action, form, checked.problems, isNew, tried, trials));
    }
    if (!checked.entry) return formPage(c, action, form, checked.problems, isNew, 400);
    await save(c, path, text);
    return c.redirect(`/admin/entries/${form.id}?saved=1`, 303);
  };

  return app
    .get('/admin/entries', (c) => {
      const tenant = c.get('adminTenant');
      const q = (c.req.query('q') ?? '').trim().toLowerCase();
      const now = Date.now();
      const entries = own(tenant)
        .filter((e) => !q || [e.id, ...e.questions, e.body].some((t) => t.toLowerCase().includes(q)))
        .sort((a, b) => Number(due(b, now)) - Number(due(a, now)) || (a.id < b.id ? -1 : 1));
      return send(c, 'Poster', html`<h1>Poster</h1>
<form method="get" action="/admin/entries"><label for="q">Sök bland posterna</label><input type="text" id="q" name="q" value="${q}"> <button>Sök</button></form>
<p><a href="/admin/entries/new">Ny post</a></p>
<table><thead><tr><th>Post</th><th>Huvudfråga</th><th>Granskad</th></tr></thead><tbody>
${entries.map((e) => html`<tr><td><a href="/admin/entries/${e.id}">${e.id}</a></td><td>${e.questions[0]}</td><td>${e.reviewed}${due(e, now) ? html` <strong>– dags att granska</strong>` : ''}</td></tr>`)}
</tbody></table>`);
    })
    // "Ny post från frågan" in the report: the visitor's question as the new entry's first.
    .get('/admin/entries/new', (c) => formPage(c, '/admin/entries/new', {
      ...emptyForm(engine.tenant(c.get('adminTenant'))?.organisation ?? '', new Date().toISOString().slice(0, 10)),
      questions: (c.req.query('question') ?? '').trim(),
    }, [], true))
    // "Lägg till som fråga i …" in the report: the entry's form with the question added, saved only when the editor saves.
    .get('/admin/entries/with-question', (c) => {
      const entry = engine.knowledge?.entries.get(c.req.query('entry') ?? '');
      if (!entry || entry.tenant !== c.get('adminTenant')) return send(c, 'Posten finns inte', html`<h1>Posten finns inte</h1>`, 404);
      const question = (c.req.query('question') ?? '').trim();
      const form = formOf(entry);
      return send(c, `Redigera ${entry.id}`, html`<p class="notice" role="status">Frågan är tillagd sist bland frågorna nedan. Spara för att publicera den.</p>
${formBody(c, `/admin/entries/${entry.id}`, { ...form, questions: question ? `${form.questions}\n${question}` : form.questions }, [], false)}`);
    })
    .post('/admin/entries/new', async (c) => {
      const posted = await c.req.parseBody();
      const form = formFrom(posted);
      const tenant = c.get('adminTenant');
      if (!ENTRY_ID.test(form.id)) return formPage(c, '/admin/entries/new', form, [{ severity: 'error', file: '', line: 0, message: 'Id får bara innehålla a–z, 0–9 och bindestreck.' }], true, 400);
      const path = join(folderOf(tenant), `${form.id}.md`);
      if (engine.knowledge?.entries.has(form.id) || existsSync(path)) {
        return formPage(c, '/admin/entries/new', form, [{ severity: 'error', file: '', line: 0, message: `Id "${form.id}" används redan — välj ett annat.` }], true, 400);
      }
      return checkAndSave(c, posted, form, path, true, '/admin/entries/new');
    })
    .get('/admin/entries/:id', (c) => {
      const entry = entryOf(c);
      if (!entry) return send(c, 'Posten finns inte', html`<h1>Posten finns inte</h1><p>Den finns inte, eller hör inte till din organisation.</p>`, 404);
      const saved = c.req.query('saved') ? html`<p class="notice" role="status">Sparat. Ändringen syns i guiden inom ett par sekunder.</p>` : '';
      return send(c, `Redigera ${entry.id}`, html`${saved}${formBody(c, `/admin/entries/${entry.id}`, formOf(entry), [], false)}`);
    })
    .post('/admin/entries/:id', async (c) => {
      const entry = entryOf(c);
      if (!entry) return send(c, 'Posten finns inte', html`<h1>Posten finns inte</h1>`, 404);
      const posted = await c.req.parseBody();
      const form = { ...formFrom(posted), id: entry.id };
      return checkAndSave(c, posted, form, pathOf(entry), false, `/admin/entries/${entry.id}`);
    })
    .get('/admin/entries/:id/history', async (c) => {
      const id = c.req.param('id');
      const entry = entryOf(c);
      const path = entry ? pathOf(entry) : join(folderOf(c.get('adminTenant')), `${id}.md`);
      const revisions = (await store?.revisions(keyOf(path))) ?? [];
      if (!entry && !revisions.length) return send(c, 'Posten finns inte', html`<h1>Posten finns inte</h1>`, 404);
      return send(c, `Historik för ${id}`, html`<h1>Historik för <code>${id}</code></h1>
${revisions.length === 0 ? html`<p>Posten har inte ändrats i webbläsaren.</p>` : html`<ol>${revisions.map((r, i) => html`<li><h2>${when(r.at)} · ${r.user}${r.text === null ? ' · borttagen' : ''}</h2>
${diffHtml(revisions[i + 1], r)}
${i > 0 && r.text !== null ? html`<form method="post" action="/admin/entries/${id}/restore">${csrfField(c)}<input type="hidden" name="revision" value="${r.id}"><button>Återställ den här versionen</button></form>` : ''}</li>`)}</ol>`}`);
    })
    .post('/admin/entries/:id/restore', async (c) => {
      const id = c.req.param('id');
      const tenant = c.get('adminTenant');
      const form = await c.req.parseBody();
      const revision = await store?.revision(Number(form.revision));
      if (!revision || revision.tenant !== tenant || revision.text === null || basename(revision.file) !== `${id}.md`) return send(c, 'Versionen finns inte', html`<h1>Versionen finns inte</h1>`, 404);
      await save(c, join(root, revision.file), revision.text);
      return c.redirect(`/admin/entries/${id}?saved=1`, 303);
    })
    .post('/admin/entries/:id/delete', async (c) => {
      const entry = entryOf(c);
      if (!entry) return send(c, 'Posten finns inte', html`<h1>Posten finns inte</h1>`, 404);
      const form = await c.req.parseBody();
      if (form.confirm !== entry.id) return send(c, 'Inte borttagen', html`<h1>Posten är inte borttagen</h1><p>Skriv postens id, <code>${entry.id}</code>, för att bekräfta. <a href="/admin/entries/${entry.id}">Tillbaka</a></p>`, 400);
      await save(c, pathOf(entry), null);
      return send(c, 'Borttagen', html`<h1>Posten är borttagen</h1><p><code>${entry.id}</code> är borttagen. Den kan återställas från <a href="/admin/entries/${entry.id}/history">historiken</a>.</p>`);
    });
};

/** What changed from one version of a file to the next, line by line. */
const diffHtml = (before: Revision | undefined, after: Revision) => {
  if (!before) return html`<p>Första sparade versionen.</p>`;
  const parts = diffLines(before.text ?? '', after.text ?? '');
  if (!parts.some((p) => p.added || p.removed)) return html`<p>Ingen ändring i texten.</p>`;
  return html`<pre class="diff">${parts.map((p) => (p.added ? html`<ins>${p.value}</ins>` : p.removed ? html`<del>${p.value}</del>` : p.value.split('\n').length > 4 ? '…\n' : p.value))}</pre>`;
};

/** A problem's message without its file and line: the form shows it beside its field. */
const messageOf = (problem: Problem) => formatProblem(problem).replace(/^[^:]+:\d+: /, '');

/** The form field a checker's message is about: named in it (`fältet "source.url" …`), or the answer's. */
const fieldOf = (problem: Problem): string => {
  const named = /fältet "([a-z]+)(?:\.([a-z]+))?/.exec(problem.message);
  if (named) return named[1] === 'source' ? (named[2] === 'title' ? 'sourceTitle' : 'sourceUrl') : named[1]!;
  if (/granskades senast/.test(problem.message)) return 'reviewed';
  if (/^(svar|länken)/.test(problem.message)) return 'body';
  return '';
};
