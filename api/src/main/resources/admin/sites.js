// @ts-check
// Websites that report conversions: register one with the origins its pages are served from, see and rotate its
// site key, copy the snippet for its pages, retire it. The site key is public (it is written into the pages).
//
// Each site is drawn as a list of panels and the create form as a list of fields, so that what the conversion
// hardening adds slots in beside them: a "secret key (shown once)" panel after the public key (shown like an invite
// code, at creation and rotation only) and a value-cap field in the form and in the site's settings.
import * as api from './api.js';
import { formatInstant } from './dates.js';
import { attempt, busy, copyButton, data, fill, h, labelled, messageArea } from './dom.js';
import { fieldErrors } from './field-errors.js';
import { t } from './i18n.js';
import { guardUnsaved, saved } from './navigation.js';

/** @type {Promise<string> | null} */
let publicUrl = null;

/** Where websites reach Herald (herald.public-url), for the snippet. */
function deployment() {
  if (publicUrl === null) {
    publicUrl = fetch('deployment.json', { cache: 'no-cache' }).then((response) => response.json())
      .then((body) => body.publicUrl, () => location.origin);
  }
  return publicUrl;
}

/** The script tag for a site's pages. */
export function snippet(/** @type {string} */ base, /** @type {string} */ key) {
  return `<script src="${base}/snippet/herald.js" data-site-key="${key}" async></script>`;
}

export async function render(/** @type {HTMLElement} */ view) {
  const [sites, base] = await Promise.all([api.get('/sites').then((reply) => reply.data), deployment()]);
  const list = h('div', { class: 'sites' });
  const draw = (/** @type {any[]} */ all, /** @type {string | null} */ notice = null, /** @type {string | null} */ focus = null) => {
    fill(list, all.length === 0 ? h('p', { class: 'empty', text: t('sites.none') })
      : all.map((site) => siteCard(site, base, reload, site.id === focus ? notice : null)));
    if (focus) /** @type {HTMLElement | null} */ (list.querySelector(`[data-site="${CSS.escape(focus)}"] h3`))?.focus();
  };
  const reload = async (/** @type {string | null} */ notice = null, /** @type {string | null} */ focus = null) =>
    draw((await api.get('/sites')).data, notice, focus);

  fill(view,
    h('h1', { tabindex: '-1', text: t('nav.sites') }),
    h('p', { class: 'hint', text: t('sites.hint') }),
    createForm(reload),
    h('section', { 'aria-labelledby': 'sites-title' }, h('h2', { id: 'sites-title', text: t('sites.registered') }),
      list));
  draw(sites);
}

/** The fields of a new site; a value cap field joins them with the conversion hardening. */
function createForm(/** @type {(notice?: string | null, focus?: string | null) => Promise<void>} */ reload) {
  const name = h('input', { 'data-field': 'name', maxlength: 100, autocomplete: 'off' });
  const origins = h('textarea', { 'data-field': 'allowedOrigins', rows: 3, spellcheck: 'false' });
  const submit = h('button', { type: 'submit', text: t('sites.create') });
  const message = messageArea();
  const summary = h('div');
  const fields = [
    labelled(t('sites.name'), name, t('sites.nameHint')),
    labelled(t('sites.origins'), origins, t('sites.originsHint')),
  ];
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'new-site' }, summary,
    h('h2', { id: 'new-site', text: t('sites.new') }), fields, h('div', { class: 'actions' }, submit), message.el);
  const errors = fieldErrors(form, summary);
  guardUnsaved(() => name.value.trim() !== '' || origins.value.trim() !== '');
  form.addEventListener('submit', (/** @type {Event} */ event) => {
    event.preventDefault();
    errors.clear();
    message.clear();
    busy(submit, async () => {
      try {
        const reply = await api.post('/sites', { name: name.value.trim(),
          allowedOrigins: origins.value.split(/[\s,]+/).filter(Boolean) });
        name.value = '';
        origins.value = '';
        saved();
        guardUnsaved(() => name.value.trim() !== '' || origins.value.trim() !== '');
        await reload(t('sites.created'), reply.data.id);
      } catch (error) {
        const e = /** @type {any} */ (error);
        // allowedOrigins[2] is a line of the text box: the box is the field.
        if (!e.field || !errors.show(e.field.replace(/\[\d+\]$/, ''), e)) message.show(e);
      }
    });
  });
  return form;
}

/**
 * One site: its panels in order. The secret key panel of the conversion hardening goes after the public key.
 * @param {any} site @param {string} base @param {(notice?: string | null, focus?: string | null) => Promise<void>} reload
 * @param {string | null} notice
 */
function siteCard(site, base, reload, notice) {
  const panels = [
    keyPanel(site, reload),
    snippetPanel(site, base),
    originsPanel(site),
    retirePanel(site, reload),
  ];
  return h('article', { class: 'card site', dataset: { site: site.id }, 'aria-labelledby': `site-${site.id}` },
    h('h3', { id: `site-${site.id}`, tabindex: '-1' }, data(site.name)),
    notice ? h('p', { class: 'message ok', role: 'status', text: notice }) : null,
    h('div', { class: 'panels' }, panels));
}

function keyPanel(/** @type {any} */ site, /** @type {(notice?: string | null, focus?: string | null) => Promise<void>} */ reload) {
  const key = h('code', { class: 'site-key', translate: 'no', text: site.key });
  const rotate = h('button', { type: 'button', class: 'danger small', text: t('sites.rotate') });
  const message = messageArea();
  rotate.addEventListener('click', () => {
    if (!window.confirm(t('sites.rotateConfirm', { name: site.name }))) return;
    attempt(rotate, message, async () => {
      await api.post(`/sites/${encodeURIComponent(site.id)}/key`);
      await reload(t('sites.rotated'), site.id);
    });
  });
  return h('section', { class: 'panel' }, h('h4', { text: t('sites.key') }),
    h('p', { class: 'hint', text: t('sites.keyHint') }), key,
    h('p', { class: 'hint', text: t('sites.keySince', { time: formatInstant(site.keyCreatedAt) }) }),
    h('div', { class: 'actions' }, copyButton(t('sites.copyKey'), () => site.key, key), rotate), message.el);
}

function snippetPanel(/** @type {any} */ site, /** @type {string} */ base) {
  const text = snippet(base, site.key);
  const code = h('pre', { class: 'code snippet', translate: 'no', tabindex: '0', text });
  return h('section', { class: 'panel wide' }, h('h4', { text: t('sites.snippet') }),
    h('p', { class: 'hint', text: t('sites.snippetHint') }), code,
    h('div', { class: 'actions' }, copyButton(t('sites.copySnippet'), () => text, code)));
}

function originsPanel(/** @type {any} */ site) {
  return h('section', { class: 'panel' }, h('h4', { text: t('sites.origins') }),
    h('ul', { class: 'plain' }, site.allowedOrigins.map((/** @type {string} */ origin) => h('li', {}, data(origin, 'code')))),
    h('p', { class: 'hint', text: t('sites.createdOn', { time: formatInstant(site.createdAt) }) }));
}

function retirePanel(/** @type {any} */ site, /** @type {(notice?: string | null, focus?: string | null) => Promise<void>} */ reload) {
  const retire = h('button', { type: 'button', class: 'danger small', text: t('sites.retire') });
  const message = messageArea();
  retire.addEventListener('click', () => {
    if (!window.confirm(t('sites.retireConfirm', { name: site.name }))) return;
    attempt(retire, message, async () => {
      await api.del(`/sites/${encodeURIComponent(site.id)}`);
      await reload();
    });
  });
  return h('section', { class: 'panel' }, h('h4', { text: t('sites.retireTitle') }),
    h('p', { class: 'hint', text: t('sites.retireHint') }), h('div', { class: 'actions' }, retire), message.el);
}
