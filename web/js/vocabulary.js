/**
 * The dictionary view: the user dictionary (a term per line) and the synonyms (a group per line, words apart by
 * commas or spaces), each saved whole with PUT. A change takes effect for the next search; while the documents
 * holding a new term are analysed again, the view follows /health and says how far it got.
 */
import { dictionary, health, replaceDictionary, replaceSynonyms, synonyms } from './api.js';
import { withKey } from './apikey.js';
import { h } from './dom.js';
import { describe, showError } from './notices.js';

const REANALYSIS_POLL_MS = 1000;

let view;

export function mount(container) {
  view = {
    terms: listForm({
      id: 'dictionary-terms',
      title: '用户词典',
      help: '每行一个词条，2–32 个汉字，例如本单位的专有名词、新提法。保存后检索立即按新词切分，含有新词的文档会在后台重新分析。',
      placeholder: '星火督办台\n河湖长制',
      save: '保存词典',
      send: (text, key) => replaceDictionary(terms(text), key),
      shown: (answer) => answer.terms.join('\n'),
      saved: (answer) => `已保存 ${answer.terms.length} 个词条。`,
    }),
    groups: listForm({
      id: 'synonym-groups',
      title: '同义词',
      help: '每行一组可以互相替换的词，用逗号或空格分开。检索其中一个词，也会找到用其他词写的文档。',
      placeholder: '河长制，河湖长制\n摸底，排查',
      save: '保存同义词',
      send: (text, key) => replaceSynonyms(groups(text), key),
      shown: (answer) => answer.groups.map((group) => group.join('，')).join('\n'),
      saved: (answer) => `已保存 ${answer.groups.length} 组同义词。`,
    }),
    progress: h('p', { class: 'muted', id: 'reanalysis', role: 'status', 'aria-live': 'polite' }),
  };
  view.section = h('section', { class: 'vocabulary-view narrow-view', 'aria-busy': 'true' },
    h('h1', {}, '词典与同义词'),
    view.terms.element, view.groups.element, view.progress);
  container.append(view.section);
}

export async function update() {
  document.title = '词典与同义词 - 范文检索';
  view.section.setAttribute('aria-busy', 'true');
  try {
    const [terms, groups] = await Promise.all([dictionary(), synonyms()]);
    view.terms.show(terms);
    view.groups.show(groups);
  } catch (error) {
    showError(error, update);
  } finally {
    view.section.setAttribute('aria-busy', 'false');
  }
  followReanalysis();
}

/** A form holding one list in a textarea, saved whole. */
function listForm({ id, title, help, placeholder, save, send, shown, saved }) {
  const text = h('textarea', { id, rows: 8, placeholder, spellcheck: 'false' });
  const button = h('button', { type: 'submit', class: 'button primary', id: `${id}-save` }, save);
  const status = h('p', { class: 'form-status', id: `${id}-status`, role: 'status' });
  const form = h('form', { class: 'vocabulary-form' },
    h('h2', {}, h('label', { for: id }, title)),
    h('p', { class: 'muted' }, help),
    text,
    h('div', { class: 'form-actions' }, button),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    status.className = 'form-status';
    status.textContent = '正在保存…';
    try {
      const answer = await withKey((key) => send(text.value, key));
      text.value = shown(answer);
      status.textContent = saved(answer);
      followReanalysis();
    } catch (error) {
      status.className = 'form-status error-text';
      status.textContent = error.cancelled ? '未保存：需要 API 密钥。' : `未保存：${describe(error)}`;
    } finally {
      button.disabled = false;
    }
  });
  return { element: form, show: (answer) => { text.value = shown(answer); } };
}

/** The lines of a textarea, trimmed, without empty ones. */
const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const terms = (text) => lines(text);
const groups = (text) => lines(text).map((line) => line.split(/[\s,，、]+/).filter(Boolean));

let following = false;

/** Says how far the documents holding new terms are analysed again, until they all are. */
async function followReanalysis() {
  if (following) return;
  following = true;
  let busy = false;
  try {
    for (;;) {
      const answer = await health();
      const progress = answer.reanalysing;
      if (!view || !document.body.contains(view.progress)) return;
      if (!progress) break;
      busy = true;
      view.progress.textContent = `正在重新分析含有新词的文档：${progress.done} / ${progress.total}，检索结果会陆续更新。`;
      await new Promise((resolve) => { setTimeout(resolve, REANALYSIS_POLL_MS); });
    }
    view.progress.textContent = busy ? '含有新词的文档已重新分析完毕。' : '';
  } catch {
    // the server is unreachable: the forms say so when used
  } finally {
    following = false;
  }
}
