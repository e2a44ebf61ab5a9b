// @ts-check
// Creating and editing a library item: every field the API has, a preview of each caption as a LinkedIn and an X
// post with the platform's length meter, and "Fetch details", which fills title, summary and image from the page.
// Saving an edit sends If-Match with the version the form was loaded from, so a change someone made meanwhile is never
// overwritten: the 412 is shown and the form keeps what the admin typed. Leaving with unsaved changes asks first.
import * as api from './api.js';
import { formatInstant, fromLocalInput, timeZone, toLocalInput } from './dates.js';
import { teams as loadTeams, userName } from './directory.js';
import { attempt, busy, data, fill, h, labelled, messageArea, select } from './dom.js';
import { fieldErrors } from './field-errors.js';
import { t } from './i18n.js';
import { statuses } from './library.js';
import { go, guardUnsaved, saved } from './navigation.js';
import { postPreview } from './post-preview.js';

/** Draws the form for the item `id`, or for a new item when `id` is null. */
export async function render(/** @type {HTMLElement} */ view, /** @type {string | null} */ id) {
  const teams = await loadTeams();
  if (id === null) {
    draw(view, teams, null, null);
    return;
  }
  const reply = await api.get(`/content/${encodeURIComponent(id)}`);
  draw(view, teams, reply.data, reply.etag);
}

/**
 * The form for `item` (null: a new one) as read with `etag`; `notice` says what just happened to it.
 * @param {HTMLElement} view @param {any[]} teams @param {any} item @param {string | null} etag
 * @param {string | null} notice
 */
function draw(view, teams, item, etag, notice = null) {
  const editing = item !== null;
  const message = messageArea();
  if (notice) message.ok(notice);
  const c = controls(teams, item);
  const save = h('button', { type: 'submit', text: editing ? t('item.save') : t('item.create') });
  const archive = editing && item.status !== 'archived'
    ? h('button', { type: 'button', class: 'danger', text: t('item.archive') }) : null;
  const fetchDetails = h('button', { type: 'button', class: 'secondary', text: t('item.fetch') });
  const fetchMessage = messageArea();
  const summary = h('div');

  const form = h('form', { class: 'item-form', novalidate: true, 'aria-labelledby': 'item-title' },
    summary,
    h('div', { class: 'card' },
      h('h2', { text: t('item.content') }),
      h('div', { class: 'grid' },
        h('div', { class: 'wide' }, labelled(t('item.title'), c.title)),
        h('div', { class: 'wide url-row' }, labelled(t('item.url'), c.canonicalUrl, t('item.urlHint')),
          h('div', { class: 'actions' }, fetchDetails), fetchMessage.el),
        h('div', { class: 'wide' }, labelled(t('item.image'), c.imageUrl, 'https://…')),
        h('div', { class: 'wide' }, labelled(t('item.summary'), c.summary)))),
    h('div', { class: 'card' },
      h('h2', { text: t('item.captions') }),
      h('p', { class: 'hint', text: t('item.captionsHint') }),
      c.captions.el),
    h('div', { class: 'card' },
      h('h2', { text: t('item.audience') }),
      h('div', { class: 'grid' },
        labelled(t('item.hashtags'), c.hashtags, t('item.hashtagsHint')),
        labelled(t('item.topics'), c.topics, t('item.topicsHint')),
        c.targetTeams,
        c.platforms,
        labelled(t('item.kind'), c.kind),
        labelled(t('item.status'), c.status),
        labelled(t('item.publishAt'), c.publishAt, t('item.publishAtHint', { zone: timeZone })),
        labelled(t('item.expiresAt'), c.expiresAt, t('item.expiresAtHint', { zone: timeZone })),
        h('div', { class: 'wide field' }, h('label', { class: 'check' }, c.featured, t('item.featured'))))),
    h('div', { class: 'actions' }, save, archive,
      h('a', { class: 'button secondary', href: '#/library', text: t('item.back') })),
    message.el);

  const fieldMessages = fieldErrors(form, summary);
  const link = () => ({ title: c.title.value.trim(), url: c.canonicalUrl.value.trim(), imageUrl: c.imageUrl.value.trim() });
  c.captions.linkCard(link);
  for (const input of [c.title, c.canonicalUrl, c.imageUrl]) input.addEventListener('input', () => c.captions.refresh());

  const loaded = JSON.stringify(read(c).body);
  guardUnsaved(() => JSON.stringify(read(c).body) !== loaded);

  fetchDetails.addEventListener('click', () => {
    fieldMessages.clear();
    attempt(fetchDetails, fetchMessage, async () => {
      try {
        const page = (await api.post('/content/preview', { url: c.canonicalUrl.value.trim() })).data;
        fillFromPage(c, page, fetchMessage);
        c.captions.refresh();
      } catch (error) {
        const e = /** @type {any} */ (error);
        if (e.field === 'url') {
          fieldMessages.show('canonicalUrl', e);
          return;
        }
        throw error;
      }
    });
  });

  form.addEventListener('submit', (/** @type {Event} */ event) => {
    event.preventDefault();
    message.clear();
    fieldMessages.clear();
    const { body, captionRows } = read(c);
    busy(save, async () => {
      try {
        if (!editing) {
          const reply = await api.post('/content', body);
          saved();
          go('#/library', t('item.created', { title: reply.data.title }));
          return;
        }
        const reply = await api.put(`/content/${encodeURIComponent(item.id)}`, body, { 'If-Match': etag });
        saved();
        draw(view, teams, reply.data, reply.etag, t('item.saved', { version: reply.data.version }));
      } catch (error) {
        showError(error, message, fieldMessages, captionRows, view, item);
      }
    });
  });

  if (archive) {
    archive.addEventListener('click', () => {
      if (!window.confirm(t('item.archiveConfirm', { title: item.title }))) return;
      attempt(archive, message, async () => {
        const reply = await api.post(`/content/${encodeURIComponent(item.id)}/archive`);
        saved();
        draw(view, teams, reply.data, reply.etag, t('item.archived'));
      });
    });
  }

  fill(view,
    h('h1', { id: 'item-title', tabindex: '-1' }, editing ? [t('item.editTitle'), ' ', data(`“${item.title}”`)]
      : t('item.newTitle')),
    editing ? meta(item) : null,
    form);
  c.captions.refresh();
}

/**
 * Fills title, summary and image from what the page says. Empty fields are filled; fields the admin already typed
 * something else into are replaced only if they agree.
 * @param {any} c @param {any} page @param {ReturnType<typeof messageArea>} message
 */
function fillFromPage(c, page, message) {
  const found = [['title', c.title, page.title], ['summary', c.summary, page.summary],
    ['image', c.imageUrl, page.imageUrl]].filter(([, , value]) => value);
  if (found.length === 0) {
    message.error(t('item.fetchNothing'));
    return;
  }
  const differing = found.filter(([, input, value]) => input.value.trim() !== '' && input.value.trim() !== value);
  const replace = differing.length === 0 || window.confirm(t('item.fetchReplace', {
    fields: differing.map(([name]) => t(`item.fetched.${name}`)).join(', ') }));
  const filled = [];
  for (const [name, input, value] of found) {
    if (input.value.trim() === '' || replace) {
      input.value = value;
      filled.push(t(`item.fetched.${name}`));
    }
  }
  message.ok(filled.length ? t('item.fetchFilled', { fields: filled.join(', ') }) : t('item.fetchKept'));
}

/** @param {any} error @param {any} message @param {any} fieldMessages @param {number[]} captionRows
 *  @param {HTMLElement} view @param {any} item */
function showError(error, message, fieldMessages, captionRows, view, item) {
  if (error.status === 412) {
    message.error(h('span', {}, h('strong', { text: t('item.conflict') }), ' ', t('item.conflictHelp'),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', text: t('item.reload'),
        onclick: () => {
          saved();
          render(view, item.id).catch((e) => message.show(e));
        } }))));
    return;
  }
  message.show(error);
  if (error.field) {
    // The API counts only the captions that were sent; find the row on the screen.
    const field = error.field.replace(/^captions\[(\d+)\]/, (/** @type {string} */ all, /** @type {string} */ i) =>
      `captions[${captionRows[Number(i)] ?? i}]`);
    fieldMessages.show(field, error);
  }
}

/** "Slug … · version … · created by … · changed by …", names filled in as they arrive. */
function meta(/** @type {any} */ item) {
  const created = data('');
  const updated = data('');
  const name = (/** @type {string} */ n) => (n === 'you' ? t('common.you') : n);
  userName(item.createdBy).then((n) => { created.textContent = name(n); });
  userName(item.updatedBy).then((n) => { updated.textContent = name(n); });
  return h('p', { class: 'meta' },
    h('span', { class: `badge ${item.status}`, text: t(`status.${item.status}`) }), ' ',
    t('item.slug'), ' ', data(item.slug), ` · ${t('item.versionN', { version: item.version })} · ${t('item.createdBy')} `,
    created, ` ${formatInstant(item.createdAt)} · ${t('item.changedBy')} `, updated, ` ${formatInstant(item.updatedAt)}`);
}

function controls(/** @type {any[]} */ teams, /** @type {any} */ item) {
  const v = item || {};
  const status = select(statuses(), { 'data-field': 'status' });
  status.value = v.status || 'draft';
  const kind = select([['value', t('kind.valueLong')], ['ask', t('kind.askLong')]], { 'data-field': 'kind' });
  kind.value = v.kind || 'value';
  return {
    title: h('input', { 'data-field': 'title', required: true, maxlength: 200, value: v.title || '' }),
    canonicalUrl: h('input', { 'data-field': 'canonicalUrl', type: 'url', required: true, inputmode: 'url',
      value: v.canonicalUrl || '' }),
    imageUrl: h('input', { 'data-field': 'imageUrl', type: 'url', inputmode: 'url', value: v.imageUrl || '' }),
    summary: h('textarea', { 'data-field': 'summary', rows: 3, maxlength: 1000, value: v.summary || '' }),
    captions: captionList(v.captions || []),
    hashtags: h('input', { 'data-field': 'hashtags', value: (v.hashtags || []).map((/** @type {string} */ tag) =>
      `#${tag}`).join(' ') }),
    topics: h('input', { 'data-field': 'topics', value: (v.topics || []).join(', ') }),
    targetTeams: checkboxes(t('item.targetTeams'), 'targetTeams', teams.map((team) => [team.id, team.name]),
      v.targetTeams || [], teams.length ? t('item.targetTeamsHint') : t('item.noTeams'), true),
    platforms: checkboxes(t('item.platforms'), 'platforms', [['linkedin', 'LinkedIn'], ['x', 'X']],
      v.platforms || [], t('item.platformsHint'), false),
    kind,
    status,
    publishAt: instantInput('publishAt', v.publishAt),
    expiresAt: instantInput('expiresAt', v.expiresAt),
    featured: h('input', { type: 'checkbox', 'data-field': 'featured', checked: Boolean(v.featured) }),
  };
}

/** A local date and time input that remembers the exact instant it was filled with. */
function instantInput(/** @type {string} */ field, /** @type {string | undefined} */ iso) {
  return h('input', { 'data-field': field, type: 'datetime-local', value: toLocalInput(iso),
    dataset: { instant: iso || '' } });
}

/**
 * The input's instant; the one it was filled with while the admin has not changed it, because the input shows only
 * minutes and saving must not move a publish time by the seconds it hides.
 */
function instantOf(/** @type {HTMLInputElement} */ input) {
  if (input.dataset.instant && input.value === toLocalInput(input.dataset.instant)) return input.dataset.instant;
  return fromLocalInput(input.value) ?? undefined;
}

/** @param {string} legend @param {string} field @param {Array<[string, string]>} options @param {string[]} checked
 *  @param {string} hint @param {boolean} names whether the labels are the company's data (team names) */
function checkboxes(legend, field, options, checked, hint, names) {
  return h('fieldset', { 'data-field': field },
    h('legend', { text: legend }),
    h('div', { class: 'checks' }, options.map(([value, label]) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: field, value, checked: checked.includes(value) }),
      names ? data(label) : label))),
    h('p', { class: 'hint', text: hint }));
}

/**
 * The caption rows, each a fieldset: text, platform, language, its previews, and a button that removes it (focus
 * then moves to the next row, or to "Add a caption").
 * @param {any[]} captions
 */
function captionList(captions) {
  const rows = h('div', { class: 'captions' });
  const addButton = h('button', { type: 'button', class: 'secondary', text: t('item.addCaption') });
  /** @type {() => import('./post-preview.js').LinkCard} */
  let link = () => ({ title: '', url: '', imageUrl: '' });
  /** @type {Array<() => void>} */
  const refreshers = [];
  const renumber = () => {
    [...rows.children].forEach((row, i) => {
      const el = /** @type {HTMLElement} */ (row);
      el.dataset.field = `captions[${i}]`;
      /** @type {HTMLElement} */ (el.querySelector('legend')).textContent = t('item.captionN', { n: i + 1 });
      /** @type {HTMLElement} */ (el.querySelector('textarea')).dataset.field = `captions[${i}].text`;
      /** @type {HTMLElement} */ (el.querySelector('select')).dataset.field = `captions[${i}].platform`;
      /** @type {HTMLElement} */ (el.querySelector('input')).dataset.field = `captions[${i}].language`;
      /** @type {HTMLElement} */ (el.querySelector('.remove')).textContent = t('item.removeCaptionN', { n: i + 1 });
    });
  };
  const add = (caption = { text: '', platform: 'any', language: 'en' }, focus = true) => {
    const text = h('textarea', { rows: 4, value: caption.text });
    const platform = select([['any', t('item.anyPlatform')], ['linkedin', 'LinkedIn'], ['x', 'X']]);
    platform.value = caption.platform;
    const language = h('input', { value: caption.language, autocomplete: 'off', spellcheck: 'false' });
    const linkedin = postPreview('linkedin');
    const x = postPreview('x');
    const refresh = () => {
      linkedin.el.hidden = platform.value === 'x';
      x.el.hidden = platform.value === 'linkedin';
      if (!linkedin.el.hidden) linkedin.update(text.value, link());
      if (!x.el.hidden) x.update(text.value, link());
    };
    text.addEventListener('input', refresh);
    platform.addEventListener('change', refresh);
    const row = h('fieldset', { class: 'caption-row' }, h('legend'),
      h('div', { class: 'caption-fields' },
        h('div', { class: 'caption-text' }, labelled(t('item.captionText'), text)),
        labelled(t('item.captionPlatform'), platform),
        labelled(t('item.captionLanguage'), language, t('item.captionLanguageHint')),
        h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary small remove',
          onclick: () => {
            const next = row.nextElementSibling;
            row.remove();
            refreshers.splice(refreshers.indexOf(refresh), 1);
            renumber();
            (next ? /** @type {HTMLElement} */ (next.querySelector('textarea')) : addButton).focus();
          } }))),
      h('div', { class: 'caption-previews' }, linkedin.el, x.el));
    rows.append(row);
    refreshers.push(refresh);
    renumber();
    refresh();
    if (focus) text.focus();
  };
  addButton.addEventListener('click', () => add());
  captions.forEach((caption) => add(caption, false));
  return {
    el: h('div', {}, rows, addButton),
    rows,
    /** @param {() => import('./post-preview.js').LinkCard} card */
    linkCard(card) {
      link = card;
    },
    refresh() {
      refreshers.forEach((refresh) => refresh());
    },
  };
}

/**
 * The request body from the controls, and for each caption sent the index of its row on the screen (rows left
 * entirely empty are not sent).
 * @param {any} c
 */
function read(c) {
  /** @type {number[]} */
  const captionRows = [];
  /** @type {any[]} */
  const captions = [];
  [...c.captions.rows.children].forEach((row, i) => {
    const text = row.querySelector('textarea').value;
    const language = row.querySelector('input').value.trim();
    if (text.trim() === '' && (language === '' || language === 'en')) return;
    captionRows.push(i);
    captions.push({ text, platform: row.querySelector('select').value, language });
  });
  const checked = (/** @type {HTMLElement} */ fieldset) => [...fieldset.querySelectorAll('input:checked')]
    .map((box) => /** @type {HTMLInputElement} */ (box).value);
  const optional = (/** @type {string} */ value) => (value.trim() === '' ? undefined : value.trim());
  return {
    captionRows,
    body: {
      title: c.title.value.trim(),
      canonicalUrl: c.canonicalUrl.value.trim(),
      summary: optional(c.summary.value),
      imageUrl: optional(c.imageUrl.value),
      captions,
      hashtags: c.hashtags.value.split(/[\s,]+/).filter(Boolean),
      topics: c.topics.value.split(',').map((/** @type {string} */ topic) => topic.trim()).filter(Boolean),
      targetTeams: checked(c.targetTeams),
      platforms: checked(c.platforms),
      kind: c.kind.value,
      status: c.status.value,
      publishAt: instantOf(c.publishAt),
      expiresAt: instantOf(c.expiresAt),
      featured: c.featured.checked,
    },
  };
}
