// "Try a draft": checks a post against the saved guidelines with POST /api/v1/lint, the very engine the extension
// runs, and shows each finding highlighted in the draft with its message.
import * as api from './api.js';
import { busy, fill, h, labelled, messageArea, select } from './dom.js';

const PLATFORMS = [['linkedin', 'LinkedIn'], ['x', 'X']];
const LANGUAGES = [['en', 'English'], ['fi', 'Finnish'], ['nb', 'Norwegian (Bokmål)'], ['pl', 'Polish']];
const LEVELS = ['suggestion', 'warning', 'error'];

export function draftCheck() {
  const text = h('textarea', { rows: 5, 'data-field': 'text' });
  const platform = select(PLATFORMS, { 'data-field': 'platform' });
  const language = select(LANGUAGES, { 'data-field': 'language' });
  const check = h('button', { type: 'submit', text: 'Check the draft' });
  const message = messageArea();
  const result = h('div', { class: 'lint-result', 'aria-live': 'polite' });

  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'try-title' },
    h('h2', { id: 'try-title', text: 'Try a draft' }),
    h('p', { class: 'hint', text: 'Checked against the saved rule set: save your changes first to try them.' }),
    labelled('Draft post', text),
    h('div', { class: 'grid' }, labelled('Platform', platform), labelled('Language of the messages', language)),
    h('div', { class: 'actions' }, check),
    message.el,
    result);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.clear();
    const draft = text.value;
    busy(check, async () => {
      try {
        const reply = await api.post('/lint', { text: draft, platform: platform.value, language: language.value });
        fill(result, ...findingsOf(draft, reply.data, platform.value));
      } catch (error) {
        fill(result);
        message.show(error);
      }
    });
  });
  return form;
}

function findingsOf(draft, lint, platform) {
  const { findings, length } = lint;
  const platformName = PLATFORMS.find(([id]) => id === platform)[1];
  const lengthText = `${length.weighted} of ${platformName}'s ${length.max} characters`
    + (length.valid ? '.' : ': too long.');
  if (findings.length === 0) {
    return [h('p', { class: 'message ok', text: `No findings. ${lengthText}` })];
  }
  return [
    h('p', { class: 'findings-summary' }, `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}. `,
      lengthText),
    h('div', { class: 'draft-preview', 'aria-label': 'The draft with its findings highlighted' },
      highlighted(draft, findings)),
    h('ol', { class: 'findings' }, findings.map((finding) => h('li', {},
      h('span', { class: `badge ${finding.level}`, text: finding.level }), ' ',
      finding.matched ? [h('q', { text: finding.matched }), ': '] : null,
      finding.message,
      finding.suggestions.length ? h('div', { class: 'hint', text: suggestions(finding.suggestions) }) : null,
      finding.link ? [' ', h('a', { href: finding.link, target: '_blank', rel: 'noopener noreferrer',
        text: 'Why?' })] : null))),
  ];
}

/**
 * The draft as text and marks: the draft is cut at every finding's start and end, and each piece that findings
 * cover is marked (coloured by the most serious of them) and numbered after the finding's last piece. A finding
 * with no extent (a place to insert something) is a caret.
 */
function highlighted(draft, findings) {
  const clamp = (n) => Math.max(0, Math.min(draft.length, n));
  const cuts = [...new Set([0, draft.length, ...findings.flatMap((f) => [clamp(f.start), clamp(f.end)])])]
    .sort((a, b) => a - b);
  const pieces = [];
  cuts.forEach((at, i) => {
    findings.forEach((f, n) => {
      if (clamp(f.start) === at && clamp(f.end) === at) {
        pieces.push(h('span', { class: 'point', title: f.message, text: `‸${n + 1}` }));
      }
    });
    if (i + 1 === cuts.length) return;
    const end = cuts[i + 1];
    const covering = findings.map((f, n) => ({ f, n }))
      .filter(({ f }) => clamp(f.start) <= at && clamp(f.end) >= end && f.end > f.start);
    const piece = draft.slice(at, end);
    if (covering.length === 0) {
      pieces.push(piece);
      return;
    }
    const worst = covering.map(({ f }) => f.level).sort((a, b) => LEVELS.indexOf(b) - LEVELS.indexOf(a))[0];
    const endingHere = covering.filter(({ f }) => clamp(f.end) === end).map(({ n }) => n + 1);
    pieces.push(h('mark', { class: worst, title: covering.map(({ f }) => f.message).join('\n') }, piece,
      endingHere.length ? h('sup', { text: endingHere.join(',') }) : null));
  });
  return pieces;
}

function suggestions(list) {
  return `Suggestion: ${list.map((s) => {
    if (s.kind === 'remove') return 'remove it';
    if (s.kind === 'insert') return `add “${s.text}”`;
    return `replace with “${s.text}”`;
  }).join(' or ')}`;
}
