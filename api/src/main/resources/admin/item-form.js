// Creating and editing a library item: every field the API has. Saving an edit sends If-Match with the version the
// form was loaded from, so a change someone made meanwhile is never overwritten: the 412 is shown and the form keeps
// what the admin typed.
import * as api from './api.js';
import { formatInstant, fromLocalInput, timeZone, toLocalInput } from './dates.js';
import { teams as loadTeams, userName } from './directory.js';
import { attempt, busy, fill, h, labelled, messageArea, select } from './dom.js';
import { fieldErrors } from './field-errors.js';
import { STATUSES } from './library.js';
import { go } from './navigation.js';

const CAPTION_PLATFORMS = [['any', 'Any platform'], ['linkedin', 'LinkedIn'], ['x', 'X']];
const PLATFORMS = [['linkedin', 'LinkedIn'], ['x', 'X']];
const KINDS = [['value', 'Value: news, insight, culture'], ['ask', 'Ask: a recruiting or sales ask']];

/** Draws the form for the item `id`, or for a new item when `id` is null. */
export async function render(view, id) {
  const teams = await loadTeams();
  if (id === null) {
    draw(view, teams, null, null);
    return;
  }
  const reply = await api.get(`/content/${encodeURIComponent(id)}`);
  draw(view, teams, reply.data, reply.etag);
}

/** The form for `item` (null: a new one) as read with `etag`; `notice` says what just happened to it. */
function draw(view, teams, item, etag, notice = null) {
  const editing = item !== null;
  const c = controls(teams, item);
  const message = messageArea();
  if (notice) message.ok(notice);
  const save = h('button', { type: 'submit', text: editing ? 'Save changes' : 'Create item' });
  const archive = editing && item.status !== 'archived'
    ? h('button', { type: 'button', class: 'danger', text: 'Archive' }) : null;

  const form = h('form', { class: 'item-form', novalidate: true, 'aria-labelledby': 'item-title' },
    h('div', { class: 'card' },
      h('h2', { text: 'Content' }),
      h('div', { class: 'grid' },
        h('div', { class: 'wide' }, labelled('Title', c.title)),
        labelled('Link to the content', c.canonicalUrl, 'The page people share: https://…'),
        labelled('Image link (optional)', c.imageUrl, 'https://…'),
        h('div', { class: 'wide' }, labelled('Summary (optional)', c.summary)))),
    h('div', { class: 'card' },
      h('h2', { text: 'Suggested captions' }),
      h('p', { class: 'hint', text: 'Starting points employees make their own. Each is for one platform (or any) '
        + 'and one language.' }),
      c.captions.el),
    h('div', { class: 'card' },
      h('h2', { text: 'Audience and timing' }),
      h('div', { class: 'grid' },
        labelled('Hashtags', c.hashtags, 'Separated by commas or spaces; the # is optional.'),
        labelled('Topics', c.topics, 'Separated by commas.'),
        c.targetTeams,
        c.platforms,
        labelled('Kind', c.kind),
        labelled('Status', c.status),
        labelled('Publish at (optional)', c.publishAt, `Your local time (${timeZone}). Empty: when it is `
          + 'first published.'),
        labelled('Expires at (optional)', c.expiresAt, `Your local time (${timeZone}). Empty: never.`),
        h('div', { class: 'wide field' }, h('label', { class: 'check' }, c.featured,
          'Featured: show it first in everyone\'s feed')))),
    h('div', { class: 'actions' }, save, archive,
      h('a', { class: 'button secondary', href: '#/library', text: 'Back to the library' })),
    message.el);

  const fieldMessages = fieldErrors(form);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.clear();
    fieldMessages.clear();
    const { body, captionRows } = read(c);
    busy(save, async () => {
      try {
        if (!editing) {
          const reply = await api.post('/content', body);
          go('#/library', `Created “${reply.data.title}”.`);
          return;
        }
        const reply = await api.put(`/content/${encodeURIComponent(item.id)}`, body, { 'If-Match': etag });
        draw(view, teams, reply.data, reply.etag, `Saved (version ${reply.data.version}).`);
      } catch (error) {
        showError(error, message, fieldMessages, captionRows, view, teams, item);
      }
    });
  });

  if (archive) {
    archive.addEventListener('click', () => {
      if (!window.confirm(`Archive “${item.title}”? Employees stop seeing it; its links keep working.`)) return;
      attempt(archive, message, async () => {
        const reply = await api.post(`/content/${encodeURIComponent(item.id)}/archive`);
        draw(view, teams, reply.data, reply.etag, 'Archived. Set the status to Published and save to bring it back.');
      });
    });
  }

  fill(view,
    h('h1', { id: 'item-title', tabindex: '-1', text: editing ? `Edit “${item.title}”` : 'New library item' }),
    editing ? meta(item) : null,
    form);
}

function showError(error, message, fieldMessages, captionRows, view, teams, item) {
  if (error.status === 412) {
    message.error('');
    fill(message.el,
      h('strong', { text: 'Someone changed this item meanwhile; reload. ' }),
      'Your edits are still in the form and were not saved: copy what you want to keep, then reload to see '
        + 'their version.',
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', text: 'Reload the item',
        onclick: () => render(view, item.id).catch((e) => message.show(e)) })));
    return;
  }
  message.show(error);
  if (error.field) {
    // The API counts only the captions that were sent; find the row on the screen.
    const field = error.field.replace(/^captions\[(\d+)\]/, (all, i) => `captions[${captionRows[Number(i)] ?? i}]`);
    fieldMessages.show(field, error.message);
  }
}

/** "Slug … · version … · created by … · changed by …", names filled in as they arrive. */
function meta(item) {
  const created = h('span');
  const updated = h('span');
  userName(item.createdBy).then((name) => { created.textContent = name; });
  userName(item.updatedBy).then((name) => { updated.textContent = name; });
  return h('p', { class: 'meta' },
    h('span', { class: `badge ${item.status}`, text: item.status }), ' ',
    `Slug ${item.slug} · version ${item.version} · created by `, created, ` ${formatInstant(item.createdAt)}`,
    ' · last changed by ', updated, ` ${formatInstant(item.updatedAt)}`);
}

function controls(teams, item) {
  const v = item || {};
  const status = select(STATUSES, { 'data-field': 'status' });
  status.value = v.status || 'draft';
  const kind = select(KINDS, { 'data-field': 'kind' });
  kind.value = v.kind || 'value';
  return {
    title: h('input', { 'data-field': 'title', required: true, maxlength: 200, value: v.title || '' }),
    canonicalUrl: h('input', { 'data-field': 'canonicalUrl', type: 'url', required: true, inputmode: 'url',
      value: v.canonicalUrl || '' }),
    imageUrl: h('input', { 'data-field': 'imageUrl', type: 'url', inputmode: 'url', value: v.imageUrl || '' }),
    summary: h('textarea', { 'data-field': 'summary', rows: 3, maxlength: 1000, value: v.summary || '' }),
    captions: captionList(v.captions || []),
    hashtags: h('input', { 'data-field': 'hashtags', value: (v.hashtags || []).map((t) => `#${t}`).join(' ') }),
    topics: h('input', { 'data-field': 'topics', value: (v.topics || []).join(', ') }),
    targetTeams: checkboxes('Audience', 'targetTeams', teams.map((t) => [t.id, t.name]), v.targetTeams || [],
      teams.length ? 'None ticked: everyone.' : 'There are no teams yet, so the item is for everyone.'),
    platforms: checkboxes('Platforms', 'platforms', PLATFORMS, v.platforms || [], 'None ticked: both.'),
    kind,
    status,
    publishAt: instantInput('publishAt', v.publishAt),
    expiresAt: instantInput('expiresAt', v.expiresAt),
    featured: h('input', { type: 'checkbox', 'data-field': 'featured', checked: Boolean(v.featured) }),
  };
}

/** A local date and time input that remembers the exact instant it was filled with. */
function instantInput(field, iso) {
  return h('input', { 'data-field': field, type: 'datetime-local', value: toLocalInput(iso),
    dataset: { instant: iso || '' } });
}

/**
 * The input's instant; the one it was filled with while the admin has not changed it, because the input shows only
 * minutes and saving must not move a publish time by the seconds it hides.
 */
function instantOf(input) {
  if (input.dataset.instant && input.value === toLocalInput(input.dataset.instant)) return input.dataset.instant;
  return fromLocalInput(input.value) ?? undefined;
}

function checkboxes(legend, field, options, checked, hint) {
  return h('fieldset', { 'data-field': field },
    h('legend', { text: legend }),
    h('div', { class: 'checks' }, options.map(([value, label]) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: field, value, checked: checked.includes(value) }), label))),
    h('p', { class: 'hint', text: hint }));
}

/**
 * The caption rows, each a fieldset: text, platform, language, and a button that removes it (focus then moves to
 * the next row, or to "Add a caption"); `rows` is the element that holds them.
 */
function captionList(captions) {
  const rows = h('div', { class: 'captions' });
  const addButton = h('button', { type: 'button', class: 'secondary', text: 'Add a caption' });
  const renumber = () => {
    [...rows.children].forEach((row, i) => {
      row.dataset.field = `captions[${i}]`;
      row.querySelector('legend').textContent = `Caption ${i + 1}`;
      row.querySelector('textarea').dataset.field = `captions[${i}].text`;
      row.querySelector('select').dataset.field = `captions[${i}].platform`;
      row.querySelector('input').dataset.field = `captions[${i}].language`;
      row.querySelector('.remove').textContent = `Remove caption ${i + 1}`;
    });
  };
  const add = (caption = { text: '', platform: 'any', language: 'en' }, focus = true) => {
    const text = h('textarea', { rows: 3, value: caption.text });
    const platform = select(CAPTION_PLATFORMS);
    platform.value = caption.platform;
    const language = h('input', { value: caption.language, autocomplete: 'off', spellcheck: 'false' });
    const row = h('fieldset', { class: 'caption-row' }, h('legend'),
      h('div', { class: 'caption-text' }, labelled('Text', text)),
      labelled('Platform', platform),
      labelled('Language', language, 'en, fi, en-GB…'),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary small remove',
        onclick: () => {
          const next = row.nextElementSibling;
          row.remove();
          renumber();
          (next ? next.querySelector('textarea') : addButton).focus();
        } })));
    rows.append(row);
    renumber();
    if (focus) text.focus();
  };
  addButton.addEventListener('click', () => add());
  captions.forEach((caption) => add(caption, false));
  return { el: h('div', {}, rows, addButton), rows };
}

/**
 * The request body from the controls, and for each caption sent the index of its row on the screen (rows left
 * entirely empty are not sent).
 */
function read(c) {
  const captionRows = [];
  const captions = [];
  [...c.captions.rows.children].forEach((row, i) => {
    const text = row.querySelector('textarea').value;
    const language = row.querySelector('input').value.trim();
    if (text.trim() === '' && (language === '' || language === 'en')) return;
    captionRows.push(i);
    captions.push({ text, platform: row.querySelector('select').value, language });
  });
  const checked = (fieldset) => [...fieldset.querySelectorAll('input:checked')].map((box) => box.value);
  const optional = (value) => (value.trim() === '' ? undefined : value.trim());
  return {
    captionRows,
    body: {
      title: c.title.value.trim(),
      canonicalUrl: c.canonicalUrl.value.trim(),
      summary: optional(c.summary.value),
      imageUrl: optional(c.imageUrl.value),
      captions,
      hashtags: c.hashtags.value.split(/[\s,]+/).filter(Boolean),
      topics: c.topics.value.split(',').map((t) => t.trim()).filter(Boolean),
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
