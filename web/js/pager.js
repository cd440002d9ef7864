/** Page links under the results: previous, a window of pages around the current one, next. */
import { h } from './dom.js';
import { linkTo, PAGE_SIZE, RESULT_WINDOW } from './search-state.js';

export function pager(state, total) {
  const last = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(RESULT_WINDOW / PAGE_SIZE));
  if (last <= 1) return null;
  const page = Math.min(state.page, last);
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, last])]
    .filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  const items = [];
  items.push(step('上一页', page > 1 ? linkTo(state, { page: page - 1 }) : null, 'prev'));
  pages.forEach((p, i) => {
    if (i > 0 && p - pages[i - 1] > 1) items.push(h('li', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    items.push(h('li', {}, h('a', {
      href: linkTo(state, { page: p }), 'aria-current': p === page ? 'page' : null, 'aria-label': `第 ${p} 页`,
    }, String(p))));
  });
  items.push(step('下一页', page < last ? linkTo(state, { page: page + 1 }) : null, 'next'));
  return h('nav', { class: 'pager', 'aria-label': '分页' }, h('ul', {}, items));
}

function step(label, href, rel) {
  return h('li', {}, href ? h('a', { href, rel }, label) : h('span', { class: 'disabled', 'aria-disabled': 'true' }, label));
}
