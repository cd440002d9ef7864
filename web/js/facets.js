/**
 * The filters beside the results: document type, year range, issuing unit, tag and issuing organ (发文机关), each value with its count
 * over all matches; the chosen filters as removable chips above the results. Every filter is a link to the
 * filtered search, so it works with the keyboard, opens in a new tab, and lands in the history.
 */
import { h } from './dom.js';
import { go } from './router.js';
import { linkTo, withoutFilters } from './search-state.js';

const SHOWN = 8;

/** The filter panel for the answer's `facets`. */
export function facetPanel(state, facets) {
  return h('div', { class: 'facet-groups' },
    valueGroup('类型', 'type', state, facets.type ?? []),
    yearGroup(state, facets.year ?? []),
    valueGroup('发文单位', 'unit', state, facets.unit ?? []),
    valueGroup('标签', 'tag', state, facets.tag ?? []),
    valueGroup('发文机关', 'issuer', state, facets.issuer ?? []));
}

function valueGroup(title, name, state, counts) {
  const chosen = state[name];
  const values = chosen && !counts.some((c) => c.value === chosen) ? [{ value: chosen, count: 0 }, ...counts] : counts;
  return h('section', { class: 'facet', 'aria-label': title },
    h('h3', {}, title),
    values.length === 0 ? h('p', { class: 'muted' }, '无') : facetList(values, (c) => {
      const selected = c.value === chosen;
      return h('a', {
        href: linkTo(state, { [name]: selected ? '' : c.value }),
        class: selected ? 'facet-value selected' : 'facet-value',
        'aria-current': selected ? 'true' : null,
        title: selected ? `取消筛选：${c.value}` : `只看：${c.value}`,
      }, h('span', { class: 'facet-label' }, c.value), h('span', { class: 'count' }, c.count));
    }));
}

function yearGroup(state, counts) {
  const from = h('input', { type: 'text', inputmode: 'numeric', pattern: '\\d{4}', maxlength: 4, id: 'year-from',
    name: 'year_from', value: state.year_from, placeholder: '起', 'aria-label': '起始年份' });
  const to = h('input', { type: 'text', inputmode: 'numeric', pattern: '\\d{4}', maxlength: 4, id: 'year-to',
    name: 'year_to', value: state.year_to, placeholder: '止', 'aria-label': '截止年份' });
  const form = h('form', { class: 'year-range', onsubmit: (event) => {
    event.preventDefault();
    if (form.reportValidity()) go(linkTo(state, { year_from: from.value.trim(), year_to: to.value.trim() }));
  } }, from, h('span', { 'aria-hidden': 'true' }, '–'), to, h('button', { type: 'submit', class: 'button small' }, '筛选'));
  const years = [...counts].sort((a, b) => Number(b.value) - Number(a.value));
  return h('section', { class: 'facet', 'aria-label': '年份' },
    h('h3', {}, '年份'),
    form,
    facetList(years, (c) => {
      const selected = state.year_from === c.value && state.year_to === c.value;
      return h('a', {
        href: linkTo(state, selected ? { year_from: '', year_to: '' } : { year_from: c.value, year_to: c.value }),
        class: selected ? 'facet-value selected' : 'facet-value',
        'aria-current': selected ? 'true' : null,
      }, h('span', { class: 'facet-label' }, `${c.value} 年`), h('span', { class: 'count' }, c.count));
    }));
}

/** The first values, and the rest behind a "更多" toggle. */
function facetList(values, item) {
  const list = h('ul', { class: 'facet-list' }, values.map((v, i) => h('li', { hidden: i >= SHOWN }, item(v))));
  if (values.length <= SHOWN) return list;
  const toggle = h('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false', onclick: () => {
    const expand = toggle.getAttribute('aria-expanded') === 'false';
    list.querySelectorAll('li').forEach((li, i) => { li.hidden = !expand && i >= SHOWN; });
    toggle.setAttribute('aria-expanded', String(expand));
    toggle.textContent = expand ? '收起' : `更多（${values.length - SHOWN}）`;
  } }, `更多（${values.length - SHOWN}）`);
  return h('div', {}, list, toggle);
}

/** The chosen filters as chips, each a link that removes it, and one that removes them all. */
export function filterChips(state) {
  const chips = [];
  if (state.type) chips.push(chip(`类型：${state.type}`, linkTo(state, { type: '' })));
  if (state.year_from || state.year_to) {
    const range = state.year_from === state.year_to ? `${state.year_from} 年`
      : `${state.year_from || '…'}–${state.year_to || '…'} 年`;
    chips.push(chip(`年份：${range}`, linkTo(state, { year_from: '', year_to: '' })));
  }
  if (state.unit) chips.push(chip(`单位：${state.unit}`, linkTo(state, { unit: '' })));
  if (state.tag) chips.push(chip(`标签：${state.tag}`, linkTo(state, { tag: '' })));
  if (state.issuer) chips.push(chip(`发文机关：${state.issuer}`, linkTo(state, { issuer: '' })));
  if (chips.length === 0) return null;
  return h('div', { class: 'filter-chips', 'aria-label': '已选筛选条件' }, chips,
    chips.length > 1 ? h('a', { href: withoutFilters(state), class: 'clear-filters' }, '清除全部') : null);
}

function chip(label, href) {
  return h('a', { href, class: 'chip', title: `去掉：${label}` }, label, h('span', { 'aria-hidden': 'true' }, ' ×'));
}
