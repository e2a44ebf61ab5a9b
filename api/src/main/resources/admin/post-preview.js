// @ts-check
// How a caption will look as a post on LinkedIn or X: the text, then the link card (image, title, domain), with the
// platform's length meter from the engine the extension runs. Over the limit is said before anything is saved.
// The card's image is not loaded: the console's Content-Security-Policy lets it load images only from Herald itself,
// so the card shows where the image is instead.
import { h, fill } from './dom.js';
import { length } from './engine-client.js';
import { t } from './i18n.js';

/**
 * @typedef {object} LinkCard
 * @property {string} title
 * @property {string} url
 * @property {string} imageUrl
 */

/**
 * A preview for one platform; `update(text, card)` redraws it.
 * @param {'linkedin' | 'x'} platform
 */
export function postPreview(platform) {
  const name = platform === 'x' ? 'X' : 'LinkedIn';
  const body = h('div', { class: 'post-text', translate: 'no' });
  const card = h('div', { class: 'link-card' });
  const meter = h('div', { class: 'length-meter' });
  const el = h('figure', { class: `post-preview ${platform}` },
    h('figcaption', { text: t('preview.on', { platform: name }) }),
    h('div', { class: 'post' }, h('div', { class: 'post-author', 'aria-hidden': 'true' },
      h('span', { class: 'avatar' }), h('span', { text: t('preview.you') })), body, card),
    meter);
  let ticket = 0;
  return {
    el,
    /** @param {string} text @param {LinkCard} link */
    async update(text, link) {
      fill(body, text);
      fill(card, linkCard(link));
      const mine = ++ticket;
      const measured = await length(text, platform);
      if (mine !== ticket) return;
      const over = measured.weighted - measured.max;
      el.classList.toggle('over', !measured.valid);
      fill(meter,
        h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { class: 'fill',
          dataset: { percent: String(Math.min(100, Math.round((measured.weighted / measured.max) * 100))) } })),
        h('span', { class: measured.valid ? 'count' : 'count over', role: measured.valid ? null : 'alert',
          text: measured.valid ? t('preview.length', { weighted: measured.weighted, max: measured.max })
            : t('preview.over', { over, max: measured.max, platform: name }) }));
      const fillBar = /** @type {HTMLElement} */ (meter.querySelector('.fill'));
      fillBar.style.width = `${fillBar.dataset.percent}%`; // CSSOM, which the style-src policy allows
    },
  };
}

/** @param {LinkCard} link */
function linkCard(link) {
  let host = '';
  try {
    host = link.url ? new URL(link.url).hostname.replace(/^www\./, '') : '';
  } catch {
    host = '';
  }
  if (!host && !link.title) return h('p', { class: 'hint', text: t('preview.noLink') });
  let imageHost = '';
  try {
    imageHost = link.imageUrl ? new URL(link.imageUrl).hostname : '';
  } catch {
    imageHost = '';
  }
  return [
    h('div', { class: 'card-image' }, imageHost ? [h('span', { text: t('preview.imageFrom') }), ' ',
      h('span', { translate: 'no', text: imageHost })] : h('span', { text: t('preview.noImage') })),
    h('div', { class: 'card-text' },
      h('strong', { translate: 'no', text: link.title || '' }),
      h('span', { class: 'card-domain', translate: 'no', text: host })),
  ];
}
