/**
 * The document view (`?doc=ID&q=…`): title and metadata (editable once writes are allowed), the outline as
 * a table of contents, keywords, summary, the text with the query highlighted and the first hit (or the
 * `at`..`to` range) scrolled into view, the original file, and the similar documents.
 */
import { documentById, originalUrl, similarDocuments } from './api.js';
import { askKey, canWrite } from './apikey.js';
import { h, openOnWideScreens } from './dom.js';
import { documentText, queryPattern } from './document-text.js';
import { metaLine, similarityBadge } from './hits.js';
import { metadataEditor } from './metadata-editor.js';
import { describe, showError } from './notices.js';
import { hrefOf, refresh } from './router.js';
import { backToSearch } from './search-state.js';

let root;
let opening = 0; // which update() may still show its document: only the latest

export function mount(container) {
  root = h('article', { class: 'document-view' });
  container.append(root);
}

export function unmount() {
  opening++;
}

export async function update(params) {
  const ticket = ++opening;
  const id = params.get('doc');
  const q = (params.get('q') ?? '').trim();
  const at = Number.parseInt(params.get('at'), 10);
  const to = Number.parseInt(params.get('to'), 10);
  const target = Number.isNaN(at) ? null : { start: at, end: Number.isNaN(to) ? at + 1 : to };
  root.setAttribute('aria-busy', 'true');
  root.replaceChildren(h('p', { class: 'muted loading-line' }, '正在打开文档…'));
  try {
    const [doc, pattern] = await Promise.all([documentById(id), queryPattern(q)]);
    if (ticket === opening) show(doc, q, pattern, target);
  } catch (error) {
    if (ticket !== opening) return;
    document.title = '文档 - 范文检索';
    root.replaceChildren(backLink(q), error.status === 404
      ? h('div', { class: 'empty-state' }, h('h1', {}, '找不到这篇文档'), h('p', {}, '它可能已被删除，或链接有误。'))
      : h('p', { class: 'muted' }, '文档没有打开。'));
    if (error.status !== 404) showError(error, refresh);
  } finally {
    if (ticket === opening) root.setAttribute('aria-busy', 'false');
  }
}

function show(doc, q, pattern, target) {
  const text = documentText(doc.text, doc.outline, pattern, target);
  const similar = h('aside', { class: 'similar-documents', 'aria-labelledby': 'similar-title' },
    h('h2', { id: 'similar-title' }, '相似文档'), h('p', { class: 'muted' }, '正在查找…'));
  const header = h('header', { class: 'document-header' });
  renderHeader(header, doc);
  root.replaceChildren(
    backLink(q),
    header,
    h('div', { class: 'document-layout' },
      tableOfContents(doc.outline),
      h('div', { class: 'document-main' },
        doc.summary ? h('section', { class: 'summary', 'aria-labelledby': 'summary-title' },
          h('h2', { id: 'summary-title' }, '摘要'), h('p', {}, doc.summary)) : null,
        doc.keywords?.length ? h('section', { class: 'document-keywords', 'aria-labelledby': 'keywords-title' },
          h('h2', { id: 'keywords-title' }, '关键词'),
          h('p', {}, doc.keywords.map((k) => h('a', { href: hrefOf({ q: k }), class: 'tag' }, k)))) : null,
        h('section', { class: 'body', 'aria-labelledby': 'text-title' },
          h('h2', { id: 'text-title' }, '正文',
            pattern && !text.firstHit ? h('span', { class: 'muted small' }, '（正文中没有检索词）') : null),
          text.element)),
      similar));
  header.querySelector('h1').focus({ preventScroll: true });
  (text.targetPiece ?? text.firstHit)?.scrollIntoView({ block: 'center' });
  loadSimilar(doc.id, q, similar);
}

function backLink(q) {
  return h('p', { class: 'back-link' }, h('a', { href: backToSearch(q) }, q ? `← 返回“${q}”的检索结果` : '← 返回检索'));
}

function renderHeader(header, doc) {
  document.title = `${doc.title} - 范文检索`;
  const title = () => h('h1', { tabindex: '-1' }, doc.title || doc.source);
  const edit = () => header.replaceChildren(title(), metadataEditor(doc, (saved) => {
    renderHeader(header, saved);
    header.querySelector('h1').focus();
  }, () => renderHeader(header, doc)));
  header.replaceChildren(title(), metadataList(doc),
    h('div', { class: 'document-actions' },
      h('a', { class: 'button', href: originalUrl(doc.id), download: '' }, '下载原文'),
      editButton(edit)));
}

/** "编辑信息" once writes are allowed (the server is open, or the tab keeps a key); else it asks for the key. */
function editButton(edit) {
  const button = h('button', { type: 'button', class: 'button', id: 'edit-metadata', hidden: true });
  canWrite().then((allowed) => {
    button.textContent = allowed ? '编辑信息' : '输入密钥以编辑';
    button.addEventListener('click', () => (allowed ? edit() : askKey().then(edit, () => {})));
    button.hidden = false;
  });
  return button;
}

/** The 公文 elements the document has, as rows of the metadata list (GB/T 9704-2012 names). */
function officialElements(doc) {
  const printed = [doc.printed_by, doc.printed_date].filter(Boolean).join(' ');
  return [
    ['发文字号', doc.doc_number],
    ['发文机关', (doc.issuers ?? []).join('、')],
    ['签发人', doc.signer],
    ['主送机关', doc.recipients],
    ['抄送机关', doc.cc],
    ['密级', doc.security_level],
    ['紧急程度', doc.urgency],
    ['份号', doc.copy_number],
    ['附件', (doc.attachments ?? []).join('；')],
    ['印发', printed],
  ];
}

function metadataList(doc) {
  const rows = [
    ['类型', doc.type],
    ['日期', doc.date ?? (doc.year ? `${doc.year} 年` : null)],
    ['发文单位', (doc.units ?? []).join('、')],
    ['地点', (doc.places ?? []).join('、')],
    ['标签', (doc.tags ?? []).join('、')],
    ...officialElements(doc),
    ['原文件', doc.source],
    ['篇幅', `${doc.chars} 字，${doc.passage_count} 个段落`],
    ['入库日期', doc.indexed_at?.slice(0, 10)],
  ];
  return h('dl', { class: 'document-meta' }, rows.filter(([, value]) => value).map(([name, value]) =>
    h('div', {}, h('dt', {}, name), h('dd', {}, value))));
}

/** The outline as nested lists of links to the heading anchors in the text. */
function tableOfContents(outline) {
  const nav = h('nav', { class: 'toc', 'aria-labelledby': 'toc-title' });
  const list = (nodes) => h('ol', {}, nodes.map((node) => h('li', {},
    h('a', { href: `#h-${node.start}`, 'data-start': node.start }, node.text),
    node.children?.length ? list(node.children) : null)));
  nav.append(openOnWideScreens(h('details', { class: 'toc-toggle' }, h('summary', { id: 'toc-title' }, '目录'),
    outline.length ? list(outline) : h('p', { class: 'muted' }, '这篇文档没有分级标题。'))));
  nav.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-start]');
    if (!link) return;
    event.preventDefault(); // no history entry per heading; move the reader (and the keyboard focus) there
    const heading = document.getElementById(`h-${link.dataset.start}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  });
  return nav;
}

/** A bar as long as the similarity; its width set through the CSSOM, which the page's CSP allows. */
function similarityBar(similarity) {
  const fill = h('span', {});
  fill.style.width = `${Math.round(Math.max(0, Math.min(1, similarity)) * 100)}%`;
  return h('span', { class: 'similarity-bar', 'aria-hidden': 'true' }, fill);
}

async function loadSimilar(id, q, aside) {
  try {
    const answer = await similarDocuments(id);
    aside.lastChild.replaceWith(answer.hits.length === 0 ? h('p', { class: 'muted' }, '没有找到相似的文档。')
      : h('ol', { class: 'similar-list' }, answer.hits.map((hit) => h('li', {},
        h('a', { href: hrefOf({ doc: hit.id, q }) }, hit.title || hit.source),
        h('div', { class: 'similarity-line' },
          similarityBar(hit.similarity),
          similarityBadge(hit)),
        metaLine(hit)))));
  } catch (error) {
    aside.lastChild.replaceWith(h('p', { class: 'error-text' }, describe(error)));
  }
}
