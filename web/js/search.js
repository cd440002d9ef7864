/**
 * The search view: the search box with suggestions, documents or passages, sort, filters, results and
 * pages. The form and the layout stay in place between searches; only the results change, and while a
 * search runs the previous results stay (dimmed) so that nothing jumps.
 */
import { searchDocuments, searchPassages, stats, suggest } from './api.js';
import { h, openOnWideScreens } from './dom.js';
import { facetPanel, filterChips } from './facets.js';
import { documentHit, passageHit } from './hits.js';
import { showError } from './notices.js';
import { pager } from './pager.js';
import { go, hrefOf, refresh } from './router.js';
import {
  apiQuery, hasFilters, linkTo, PAGE_SIZE, readState, rememberSearch, withoutFilters,
} from './search-state.js';
import { attachSuggestions } from './suggest.js';

const EXAMPLES = ['挂职锻炼', '加强组织领导', '乡村振兴', '高质量发展', '放管服', '安全生产'];

let view;
let state;
let running;

export function mount(container) {
  const input = h('input', { type: 'search', id: 'q', name: 'q', placeholder: '输入关键词，如：挂职锻炼 总结',
    'aria-label': '检索词', enterkeyhint: 'search' });
  const mode = h('fieldset', { class: 'segmented', id: 'mode' },
    h('legend', { class: 'visually-hidden' }, '检索对象'),
    radio('mode', 'documents', '文档'), radio('mode', 'passages', '段落'));
  const sort = h('select', { id: 'sort', name: 'sort', 'aria-label': '排序' },
    h('option', { value: 'relevance' }, '按相关度'), h('option', { value: 'date' }, '按日期'));
  const form = h('form', { class: 'search-form', role: 'search' },
    h('div', { class: 'search-box' }, input, h('button', { type: 'submit', class: 'button primary' }, '检索')),
    h('div', { class: 'search-options' }, mode, sort));
  const closeSuggestions = attachSuggestions(input, () => form.requestSubmit());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    closeSuggestions();
    go(linkTo(state, { q: input.value.trim() }));
  });
  mode.addEventListener('change', (event) => go(linkTo(state, { mode: event.target.value })));
  sort.addEventListener('change', () => go(linkTo(state, { sort: sort.value })));

  view = {
    input, sort, mode,
    facets: h('div', { class: 'facets-body' }),
    summary: h('p', { class: 'result-summary', id: 'result-summary', 'aria-live': 'polite' }),
    chips: h('div', { class: 'chips-slot' }),
    results: h('div', { class: 'results-body' }),
  };
  view.aside = h('aside', { class: 'facets', 'aria-label': '筛选' },
    h('details', { class: 'facets-toggle' }, h('summary', {}, '筛选'), view.facets));
  view.section = h('section', { class: 'results', 'aria-labelledby': 'result-summary' },
    view.summary, view.chips, view.results);
  view.body = h('div', { class: 'search-body' }, view.aside, view.section);
  container.append(h('div', { class: 'search-view' }, h('h1', { class: 'visually-hidden' }, '检索'), form, view.body));
  openOnWideScreens(view.aside.querySelector('details'));
}

function radio(name, value, label) {
  const id = `${name}-${value}`;
  return h('span', { class: 'segment' },
    h('input', { type: 'radio', name, value, id }), h('label', { for: id }, label));
}

export function unmount() {
  running?.abort();
}

export async function update(params) {
  state = readState(params);
  rememberSearch(location.search);
  view.input.value = state.q;
  view.sort.value = state.sort;
  view.mode.querySelector(`input[value=${state.mode}]`).checked = true;
  document.title = state.q ? `${state.q} - 范文检索` : '范文检索';
  running?.abort();
  if (!state.q && !hasFilters(state)) {
    return showWelcome();
  }
  view.body.classList.remove('welcome');
  const request = new AbortController();
  running = request;
  setBusy(true);
  try {
    const search = state.mode === 'passages' ? searchPassages : searchDocuments;
    const answer = await search(apiQuery(state), request.signal);
    showResults(answer);
  } catch (error) {
    if (error.name === 'AbortError') return;
    view.summary.textContent = '检索失败';
    view.results.replaceChildren();
    showError(error, refresh);
  } finally {
    if (running === request) setBusy(false);
  }
}

function setBusy(busy) {
  view.section.setAttribute('aria-busy', String(busy));
  view.section.classList.toggle('loading', busy);
  if (busy && !view.results.firstChild) view.results.replaceChildren(placeholders());
}

/** Grey stand-ins of the first results, so the page has its final shape before the answer. */
function placeholders() {
  return h('ol', { class: 'hits placeholder', 'aria-hidden': 'true' },
    [1, 2, 3].map(() => h('li', { class: 'hit' }, h('span', { class: 'bar wide' }), h('span', { class: 'bar' }),
      h('span', { class: 'bar' }))));
}

function showResults(answer) {
  const noun = state.mode === 'passages' ? '个段落' : '篇文档';
  view.summary.replaceChildren(answer.total === 0 ? '没有结果'
    : `找到 ${answer.total} ${noun}${state.page > 1 ? `，第 ${state.page} 页` : ''}`);
  view.chips.replaceChildren(filterChips(state) ?? '');
  view.facets.replaceChildren(facetPanel(state, answer.facets));
  if (answer.hits.length === 0) {
    view.results.replaceChildren(noResults(answer.total));
    return;
  }
  const hit = state.mode === 'passages' ? passageHit : documentHit;
  view.results.replaceChildren(
    h('ol', { class: `hits ${state.mode}`, start: (state.page - 1) * PAGE_SIZE + 1 }, answer.hits.map((x) => hit(x, state.q))),
    pager(state, answer.total) ?? '');
}

/** Nothing found: what to try instead — fewer filters, other words, the suggestions for the input. */
function noResults(total) {
  const shown = state;
  const tips = h('ul', { class: 'tips' });
  if (total > 0) {
    tips.append(h('li', {}, '这一页之后没有更多结果了。', h('a', { href: linkTo(state, { page: 1 }) }, '回到第一页')));
  }
  if (hasFilters(state)) {
    tips.append(h('li', {}, '去掉筛选条件：', h('a', { href: withoutFilters(state) }, `在全部文档中检索“${state.q}”`)));
  }
  tips.append(h('li', {}, '检查是否有错别字，或换一种常见的说法。'));
  tips.append(h('li', {}, '减少关键词，或用空格分开几个词：有一个词匹配的文档也会列出。'));
  tips.append(h('li', {}, '也可以用拼音或首字母检索，如 guazhi、gzgb。'));
  const alternatives = h('p', { class: 'alternatives' });
  const box = h('div', { class: 'empty-state no-results' },
    h('h2', {}, state.q ? `没有找到与“${state.q}”相关的${state.mode === 'passages' ? '段落' : '文档'}` : '没有符合筛选条件的文档'),
    alternatives, h('p', {}, '可以试试：'), tips);
  if (shown.q) {
    suggest(shown.q).then((answer) => {
      const offered = answer.suggestions.filter((s) => s.text !== shown.q).slice(0, 5);
      if (offered.length) {
        alternatives.replaceChildren('您是不是要找：',
          offered.map((s) => h('a', { href: linkTo(shown, { q: s.text }), class: 'tag' }, s.text)));
      }
    }, () => {}); // suggestions are a help: without them the tips remain
  }
  return box;
}

/** No words, no filters: what the library holds, and searches to start from. */
async function showWelcome() {
  view.body.classList.add('welcome');
  view.summary.textContent = '';
  view.chips.replaceChildren();
  view.facets.replaceChildren();
  setBusy(false);
  const intro = h('div', { class: 'empty-state welcome-state' },
    h('h2', {}, '检索工作总结、讲话稿、实施方案……'),
    h('p', {}, '输入关键词查找文档；切换到“段落”可直接找到可以借鉴的段落并复制。'),
    h('p', { class: 'examples' }, '试试：', EXAMPLES.map((q) => h('a', { href: hrefOf({ q }), class: 'tag' }, q)),
      h('a', { href: hrefOf({ q: '加强组织领导', mode: 'passages' }), class: 'tag' }, '加强组织领导（段落）')),
    h('details', { class: 'syntax-help' }, h('summary', {}, '检索语法'),
      h('ul', {},
        h('li', {}, h('code', {}, '挂职 总结'), '：两个词都要出现'),
        h('li', {}, h('code', {}, '"组织领导"'), '：整个短语'),
        h('li', {}, h('code', {}, '挂职 -锻炼'), '：排除一个词'),
        h('li', {}, h('code', {}, 'type:讲话 year:2015..2020'), '：按类型、年份筛选'))));
  view.results.replaceChildren(intro);
  try {
    const library = await stats();
    if (!view.body.classList.contains('welcome')) return;
    intro.append(library.documents === 0
      ? h('p', {}, '资料库还是空的。', h('a', { href: hrefOf({ view: 'upload' }) }, '上传文档'), '后即可检索。')
      : h('section', { class: 'browse' },
        h('h3', {}, `资料库共有 ${library.documents} 篇文档、${library.passages} 个段落，按类型浏览：`),
        h('p', {}, (library.facets.type ?? []).map((c) =>
          h('a', { href: hrefOf({ type: c.value }), class: 'tag' }, `${c.value} ${c.count}`)))));
  } catch (error) {
    showError(error, refresh);
  }
}
