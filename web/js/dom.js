/**
 * Small DOM helpers. Plain text always goes into the page as text nodes, never as HTML; the only HTML the
 * page accepts is the API's highlighted snippets, and {@link marked} keeps nothing of those but text and
 * <mark> elements.
 */

/**
 * Creates an element: `attrs` become attributes (true → present, null/false → absent), `on…` functions
 * become event listeners; children may be nodes, strings (as text) or arrays of them, null is skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child);
  }
}

/** A snippet of the API (text with <mark> highlights) as nodes: text and <mark> only, whatever it holds. */
export function marked(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html ?? ''}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  copyTextAndMarks(parsed.body, fragment);
  return fragment;
}

function copyTextAndMarks(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(node.data);
    } else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      copyTextAndMarks(node, mark);
      to.append(mark);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      copyTextAndMarks(node, to);
    }
  }
}

/**
 * `text` with every match of `pattern` (a global RegExp, or null) wrapped in <mark>; appended to `parent`.
 * Returns the first <mark> made, if any.
 */
export function appendHighlighted(parent, text, pattern) {
  if (!pattern) {
    parent.append(text);
    return null;
  }
  let first = null;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (!match[0]) continue;
    parent.append(text.slice(last, match.index));
    const mark = h('mark', {}, match[0]);
    parent.append(mark);
    first ??= mark;
    last = match.index + match[0].length;
  }
  parent.append(text.slice(last));
  return first;
}

/** A <details> open on wide screens and folded on phones, following the screen as it changes. */
export function openOnWideScreens(details) {
  const narrow = matchMedia('(max-width: 760px)');
  const apply = () => { details.open = !narrow.matches; };
  narrow.addEventListener('change', apply);
  apply();
  return details;
}

/** 0.4567 → "45.7%". */
export function percent(ratio, digits = 1) {
  return `${(Math.max(0, Math.min(1, ratio)) * 100).toFixed(digits)}%`;
}

/** A size in bytes for people: "12.3 KB". */
export function fileSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
