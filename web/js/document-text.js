/**
 * A document's text for reading: plain text (white space kept), its headings marked and anchored
 * (`#h-<start>`, the outline links to them), the words of the query highlighted, and optionally one range
 * (a passage, a copied span) marked as the target to scroll to.
 */
import { analyze } from './api.js';
import { appendHighlighted, h } from './dom.js';

/**
 * Renders `text`; `outline` is the API's heading tree, `pattern` a global RegExp of the words to
 * highlight (or null), `target` {start, end} or null. Returns the element, the first highlight and the
 * target's first piece.
 */
export function documentText(text, outline, pattern, target) {
  const headings = flatten(outline).sort((a, b) => a.start - b.start);
  const cuts = new Set([0, text.length]);
  for (const heading of headings) cuts.add(heading.start).add(heading.end);
  if (target) cuts.add(target.start).add(target.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

  const element = h('div', { class: 'document-text' });
  let firstHit = null;
  let targetPiece = null;
  let next = 0; // the first heading not yet passed
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    while (next < headings.length && headings[next].end <= from) next++;
    const heading = next < headings.length && headings[next].start <= from ? headings[next] : null;
    const inTarget = target && from >= target.start && to <= target.end;
    let parent = element;
    if (heading || inTarget) {
      parent = h('span', { class: [heading ? `heading level-${heading.level}` : '', inTarget ? 'target' : ''].join(' ').trim() });
      if (heading && from === heading.start) {
        parent.id = `h-${heading.start}`;
        parent.tabIndex = -1;
      }
      element.append(parent);
      if (inTarget) targetPiece ??= parent;
    }
    const hit = appendHighlighted(parent, text.slice(from, to), pattern);
    firstHit ??= hit;
  }
  return { element, firstHit, targetPiece };
}

function flatten(outline) {
  return outline.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}

/**
 * The words of a query as a pattern to highlight in a text: the query without its syntax (field filters,
 * exclusions, quotes), split by the server's analyzer; both the analyzed terms and the words as typed.
 */
export async function queryPattern(q) {
  const words = q.replace(/(^|\s)-\S+/g, ' ').replace(/(^|\s)[a-z_]+:\S*/gi, ' ').replace(/["“”]/g, ' ').trim();
  if (!words) return null;
  let terms;
  try {
    const { tokens } = await analyze(words);
    terms = tokens.flatMap((t) => [t.term, words.slice(t.start, t.end)]);
  } catch {
    terms = words.split(/\s+/);
  }
  terms = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (terms.length === 0) return null;
  return new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
}
