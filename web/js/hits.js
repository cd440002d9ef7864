/**
 * One result in the list: a document (title, type, year, unit, highlighted snippets, keywords) or a
 * passage (its heading path, highlighted snippet, the whole text on demand, "复制" and "相似段落").
 */
import { similarPassages } from './api.js';
import { copyText } from './clipboard.js';
import { h, marked, percent } from './dom.js';
import { announce, describe } from './notices.js';
import { hrefOf } from './router.js';

export function documentHit(hit, q) {
  return h('li', { class: 'hit document-hit' },
    h('h2', { class: 'hit-title' }, h('a', { href: hrefOf({ doc: hit.id, q }) }, hit.title || hit.source)),
    metaLine(hit),
    h('div', { class: 'snippets' }, (hit.snippets ?? []).map((snippet) => h('p', { class: 'snippet' }, marked(snippet)))),
    hit.keywords?.length ? h('p', { class: 'keywords' }, h('span', { class: 'muted' }, '关键词'),
      hit.keywords.slice(0, 6).map((k) => h('a', { href: hrefOf({ q: k }), class: 'tag' }, k))) : null);
}

/** Type, date or year, issuing units and file name of a document hit. */
export function metaLine(hit) {
  return h('p', { class: 'hit-meta' },
    hit.type ? h('span', { class: 'badge' }, hit.type) : null,
    h('span', {}, hit.date ?? (hit.year ? `${hit.year} 年` : '年份不详')),
    hit.units?.length ? h('span', {}, hit.units.join('、')) : null,
    h('span', { class: 'source' }, hit.source));
}

export function passageHit(hit, q) {
  const similarBox = h('div', { class: 'similar-passages', id: `similar-${hit.passage_id}`, hidden: true });
  const similarButton = h('button', {
    type: 'button', class: 'button small similar-button', 'aria-expanded': 'false', 'aria-controls': similarBox.id,
    onclick: () => toggleSimilar(hit.passage_id, q, similarButton, similarBox),
  }, '相似段落');
  return h('li', { class: 'hit passage-hit', 'data-passage-id': hit.passage_id },
    h('h2', { class: 'hit-title' },
      h('a', { href: hrefOf({ doc: hit.doc_id, q, at: hit.start, to: hit.end }) }, hit.title || hit.source)),
    headingPath(hit.heading_path),
    h('p', { class: 'snippet' }, marked(hit.snippet)),
    h('details', { class: 'passage-text' }, h('summary', {}, '展开全文'), h('p', {}, hit.text)),
    h('div', { class: 'hit-actions' }, copyButton(hit.text), similarButton),
    similarBox);
}

function headingPath(path) {
  if (!path?.length) return null;
  return h('p', { class: 'heading-path' }, h('span', { class: 'visually-hidden' }, '所在位置：'),
    path.map((heading, i) => [i > 0 ? h('span', { class: 'separator', 'aria-hidden': 'true' }, ' › ') : null,
      h('span', {}, heading)]));
}

/** A "复制" button putting `text` (plain) on the clipboard, saying so for a moment. */
export function copyButton(text) {
  const button = h('button', { type: 'button', class: 'button small copy-button' }, '复制');
  let reset;
  button.addEventListener('click', async () => {
    clearTimeout(reset);
    try {
      await copyText(text);
      button.textContent = '已复制';
      button.classList.add('done');
      announce('段落已复制到剪贴板');
    } catch (error) {
      button.textContent = '复制失败';
      announce(describe(error));
    }
    reset = setTimeout(() => {
      button.textContent = '复制';
      button.classList.remove('done');
    }, 2000);
  });
  return button;
}

async function toggleSimilar(passageId, q, button, box) {
  const expand = button.getAttribute('aria-expanded') === 'false';
  button.setAttribute('aria-expanded', String(expand));
  box.hidden = !expand;
  if (!expand || box.dataset.loaded) return;
  box.replaceChildren(h('p', { class: 'muted' }, '正在查找相似段落…'));
  try {
    const answer = await similarPassages(passageId);
    box.dataset.loaded = 'true';
    box.replaceChildren(answer.hits.length === 0 ? h('p', { class: 'muted' }, '没有找到相似的段落。')
      : h('ol', { class: 'similar-list', 'aria-label': '相似段落' }, answer.hits.map((hit) => similarPassage(hit, q))));
  } catch (error) {
    box.replaceChildren(h('p', { class: 'error-text' }, describe(error)));
  }
}

function similarPassage(hit, q) {
  return h('li', { class: 'similar-passage' },
    h('p', { class: 'hit-title' },
      h('a', { href: hrefOf({ doc: hit.doc_id, q, at: hit.start, to: hit.end }) }, hit.title || hit.source),
      ' ', similarityBadge(hit)),
    headingPath(hit.heading_path),
    h('p', { class: 'passage-excerpt' }, hit.text),
    h('div', { class: 'hit-actions' }, copyButton(hit.text)));
}

/** "相似度 83%", and "近似重复" when the API flags it. */
export function similarityBadge(hit) {
  return h('span', { class: hit.near_duplicate ? 'similarity near-duplicate' : 'similarity' },
    `相似度 ${percent(hit.similarity, 0)}`, hit.near_duplicate ? '（近似重复）' : null);
}
