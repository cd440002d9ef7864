/**
 * The duplicate check (查重): paste a draft or drop a file; POST /check answers the overall ratio and the
 * library passages the draft copies from, with the copied spans as char offsets into the draft. The draft
 * is shown with each copied span marked, numbered by its source, and linked to that place in the source.
 */
import { check } from './api.js';
import { h, percent } from './dom.js';
import { dropZone } from './dropzone.js';
import { showError } from './notices.js';
import { hrefOf } from './router.js';

const COLOURS = 6;

let view;

export function mount(container) {
  view = {
    draft: h('textarea', { id: 'draft', rows: 10, placeholder: '把草稿全文粘贴到这里', spellcheck: 'false' }),
    submit: h('button', { type: 'submit', class: 'button primary', id: 'check-submit' }, '开始查重'),
    result: h('section', { class: 'check-result', 'aria-live': 'polite', 'aria-label': '查重结果' }),
  };
  const form = h('form', { class: 'check-form' },
    h('label', { for: 'draft' }, '草稿'),
    view.draft,
    h('div', { class: 'form-actions' }, view.submit,
      h('button', { type: 'button', class: 'button', onclick: () => {
        view.draft.value = '';
        view.result.replaceChildren();
        view.draft.focus();
      } }, '清空')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = view.draft.value;
    if (!text.trim()) {
      view.draft.focus();
      return;
    }
    run({ text });
  });
  container.append(h('section', { class: 'check-view' },
    h('h1', {}, '查重'),
    h('p', {}, '检查草稿中有哪些文字与资料库中的文档相同，并给出重复比例。草稿不会被保存。'),
    form,
    dropZone({ id: 'check-file', prompt: '或者把草稿文件拖放到这里', onFiles: ([file]) => run({ file }) }),
    view.result));
}

export function update() {
  document.title = '查重 - 范文检索';
}

/** Checks `draft` — `{text}` or `{file}` — and shows the report. */
async function run(draft) {
  view.submit.disabled = true;
  view.result.setAttribute('aria-busy', 'true');
  view.result.replaceChildren(h('p', { class: 'muted loading-line' },
    draft.file ? `正在查重：${draft.file.name}…` : '正在查重…'));
  try {
    const answer = await check(draft);
    showReport(answer, answer.text ?? draft.text); // the offsets count in the server's text of the draft
    view.result.scrollIntoView({ block: 'start' });
  } catch (error) {
    view.result.replaceChildren(h('p', { class: 'muted' }, '查重没有完成。'));
    showError(error);
  } finally {
    view.submit.disabled = false;
    view.result.setAttribute('aria-busy', 'false');
  }
}

function showReport(answer, text) {
  const matches = answer.matches ?? [];
  const documents = new Set(matches.map((m) => m.doc_id)).size;
  view.result.replaceChildren(
    h('div', { class: 'check-summary' },
      h('p', { class: 'ratio' }, '重复比例 ', h('strong', { id: 'check-ratio' }, percent(answer.ratio))),
      ratioBar(answer.ratio),
      h('p', {}, matches.length === 0 ? '没有发现与资料库相同的文字。'
        : `与资料库中 ${documents} 篇文档的 ${matches.length} 个段落有相同文字。`)),
    matches.length === 0 ? null : h('div', { class: 'check-layout' },
      h('div', { class: 'check-draft', 'aria-label': '标出重复部分的草稿' }, markedDraft(text, matches)),
      h('ol', { class: 'check-sources', 'aria-label': '重复来源' }, matches.map((match, i) =>
        h('li', { class: `source c${i % COLOURS + 1}` },
          h('a', { href: sourceLink(match, match.spans[0]) }, match.title || match.source),
          h('span', { class: 'muted' }, `占草稿 ${percent(match.ratio)}`),
          h('span', { class: 'source-file muted' }, match.source))))));
}

function ratioBar(ratio) {
  const fill = h('span', {});
  fill.style.width = percent(ratio); // through the CSSOM, which the CSP allows
  return h('span', { class: 'ratio-bar', 'aria-hidden': 'true' }, fill);
}

/** The link to the place in the source document a span was copied from. */
function sourceLink(match, span) {
  return hrefOf({ doc: match.doc_id, at: span?.source_start, to: span?.source_end });
}

/**
 * The draft with its copied spans as links. Where spans of several sources overlap, the char belongs to
 * the first match (the API orders them by ratio, largest first).
 */
function markedDraft(text, matches) {
  const owner = new Array(text.length).fill(null);
  matches.forEach((match, m) => match.spans.forEach((span) => {
    for (let i = Math.max(0, span.draft_start); i < Math.min(text.length, span.draft_end); i++) {
      owner[i] ??= { m, span };
    }
  }));
  const pieces = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && owner[i]?.span === owner[start]?.span) continue;
    const piece = text.slice(start, i);
    const own = owner[start];
    pieces.push(own == null ? piece : h('a', {
      class: `copied c${own.m % COLOURS + 1}`, href: sourceLink(matches[own.m], own.span), 'data-source': own.m + 1,
      title: `与《${matches[own.m].title}》相同`,
    }, piece));
    start = i;
  }
  return pieces;
}
