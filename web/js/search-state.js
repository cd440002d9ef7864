/**
 * The search as the URL holds it — q, mode (documents | passages), sort, page and the filters type, unit, tag,
 * issuer, year_from, year_to (the API's filter parameters, same names) — read from the query, turned back into links,
 * and into the API's parameters.
 */
import { hrefOf } from './router.js';

export const PAGE_SIZE = 10;
/** The API answers pages up to this many hits deep (page × size). */
export const RESULT_WINDOW = 10000;
const FILTERS = ['type', 'unit', 'tag', 'issuer', 'year_from', 'year_to'];

export function readState(params) {
  const state = {
    q: (params.get('q') ?? '').trim(),
    mode: params.get('mode') === 'passages' ? 'passages' : 'documents',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: Math.max(1, Number.parseInt(params.get('page'), 10) || 1),
  };
  for (const name of FILTERS) state[name] = (params.get(name) ?? '').trim();
  return state;
}

export const hasFilters = (state) => FILTERS.some((name) => state[name]);

/** The link to `state` changed by `changes`; back to page 1 unless `changes` names a page. */
export function linkTo(state, changes = {}) {
  const next = { ...state, page: 1, ...changes };
  return hrefOf({
    q: next.q,
    mode: next.mode === 'passages' ? 'passages' : null,
    type: next.type,
    unit: next.unit,
    tag: next.tag,
    issuer: next.issuer,
    year_from: next.year_from,
    year_to: next.year_to,
    sort: next.sort === 'date' ? 'date' : null,
    page: next.page > 1 ? next.page : null,
  });
}

/** The link that keeps the words and the mode but drops every filter. */
export const withoutFilters = (state) => linkTo(state, Object.fromEntries(FILTERS.map((name) => [name, ''])));

let lastSearch = null;

/** Remembers the search shown last (its link), for the way back from a document. */
export function rememberSearch(href) {
  lastSearch = href;
}

/** The link back to the search shown last when it was for `q`, else to a search for `q`. */
export function backToSearch(q) {
  return lastSearch && readState(new URLSearchParams(lastSearch)).q === q ? lastSearch : hrefOf({ q });
}

/** The parameters of GET /search and /passages. */
export function apiQuery(state) {
  const query = { q: state.q, sort: state.sort, page: state.page, size: PAGE_SIZE };
  for (const name of FILTERS) query[name] = state[name];
  return query;
}
