/**
 * The page's state lives in the URL's query (`?q=挂职锻炼&type=讲话`, `?doc=ID`, `?view=upload`), so links
 * can be shared and the back button works. Same-page links are followed with the History API instead of a
 * reload; `start(render)` calls `render(params)` for the first URL and after every change.
 */

let render = () => {};
let renderedSearch = null;

export function start(renderParams) {
  render = renderParams;
  addEventListener('popstate', () => {
    if (location.search !== renderedSearch) refresh(); // a hash change alone (#h-…) is not a new state
  });
  document.addEventListener('click', followLink);
  refresh();
}

/** Renders the current URL again (after a retry, or once indexing finished). */
export function refresh() {
  renderedSearch = location.search;
  render(new URLSearchParams(location.search));
}

/** The link for a state: an object (or URLSearchParams) of names to values; empty values are left out. */
export function hrefOf(state) {
  const params = new URLSearchParams();
  const entries = state instanceof URLSearchParams ? state.entries() : Object.entries(state);
  for (const [name, value] of entries) {
    if (value != null && value !== '') params.append(name, value);
  }
  const search = params.toString();
  return search ? `?${search}` : location.pathname;
}

/**
 * Goes to a state (a link from {@link hrefOf} or a state object); `replace`, or going where the page
 * already is, adds no history entry.
 */
export function go(target, { replace = false } = {}) {
  const href = typeof target === 'string' ? target : hrefOf(target);
  const same = new URL(href, location.href).href === location.href;
  history[replace || same ? 'replaceState' : 'pushState'](null, '', href);
  refresh();
}

function followLink(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || event.altKey) {
    return;
  }
  const link = event.target.closest('a[href]');
  if (!link || link.target || link.hasAttribute('download')) return;
  const target = new URL(link.href);
  if (target.origin !== location.origin || target.pathname !== location.pathname) return;
  if (target.search === location.search && target.hash) return; // in-page anchor: the browser scrolls
  event.preventDefault();
  go(target.search || location.pathname);
}
