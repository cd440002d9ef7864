/**
 * Suggestions while typing, as an ARIA combobox: the input asks GET /suggest (debounced, the older
 * request aborted), ↓/↑ move through the list, Enter takes the active suggestion, Esc closes it.
 * Suggestions are a help, not a must: when they fail the list just stays closed.
 */
import { suggest } from './api.js';
import { h } from './dom.js';

const DELAY_MS = 120;
const KIND_LABELS = { title: '标题', keyword: '关键词' };

/** Attaches suggestions to `input`; `onPick(text)` runs when one is chosen. Returns `close()`. */
export function attachSuggestions(input, onPick) {
  const list = h('ul', { id: `${input.id}-suggestions`, class: 'suggestions', role: 'listbox', 'aria-label': '搜索建议',
    hidden: true });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');
  input.after(list);

  let items = [];
  let active = -1;
  let timer;
  let pending;

  function close() {
    clearTimeout(timer);
    pending?.abort();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  async function load(text) {
    pending?.abort();
    if (!text) return close();
    pending = new AbortController();
    try {
      const answer = await suggest(text, pending.signal);
      if (input.value.trim() === text && document.activeElement === input) show(answer.suggestions);
    } catch {
      close();
    }
  }

  function show(suggestions) {
    items = suggestions;
    active = -1;
    list.replaceChildren(...suggestions.map((s, i) => h('li', {
      id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-index': i,
    }, h('span', { class: 'suggestion-text' }, s.text), h('span', { class: 'suggestion-kind' }, KIND_LABELS[s.kind] ?? ''))));
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    input.removeAttribute('aria-activedescendant');
  }

  function activate(index) {
    active = (index + items.length) % items.length;
    list.querySelectorAll('[role=option]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active));
      if (i === active) option.scrollIntoView({ block: 'nearest' });
    });
    input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
  }

  function pick(index) {
    const text = items[index].text;
    input.value = text;
    close();
    onPick(text);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(load, DELAY_MS, input.value.trim());
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return; // the keys belong to the input method (pinyin) until it commits
    const open = !list.hidden && items.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) return;
      event.preventDefault();
      activate(active < 0 && event.key === 'ArrowUp' ? -1 : active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
  list.addEventListener('mousedown', (event) => event.preventDefault()); // keep the focus in the input
  list.addEventListener('click', (event) => {
    const option = event.target.closest('[role=option]');
    if (option) pick(Number(option.dataset.index));
  });
  return close;
}
