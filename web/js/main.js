/**
 * The page's entry: picks the view for the URL (search, a document, upload, the duplicate check, the dictionary),
 * keeps the navigation current, and says while the server is still indexing its first corpus.
 */
import { health } from './api.js';
import * as checkView from './check.js';
import * as documentView from './document.js';
import { clearError, showNotice } from './notices.js';
import { refresh, start } from './router.js';
import * as searchView from './search.js';
import * as uploadView from './upload.js';
import * as vocabularyView from './vocabulary.js';

const VIEWS = { search: searchView, document: documentView, upload: uploadView, check: checkView,
  dictionary: vocabularyView };
const INDEXING_POLL_MS = 2000;

let current = null;

function viewName(params) {
  if (params.has('doc')) return 'document';
  const name = params.get('view');
  return name === 'upload' || name === 'check' || name === 'dictionary' ? name : 'search';
}

function render(params) {
  const name = viewName(params);
  const main = document.getElementById('main');
  clearError();
  if (current !== name) {
    VIEWS[current]?.unmount?.();
    main.replaceChildren();
    VIEWS[name].mount(main);
    current = name;
    window.scrollTo(0, 0);
  }
  for (const link of document.querySelectorAll('.site-nav a')) {
    const here = link.dataset.view === name || (name === 'document' && link.dataset.view === 'search');
    if (here) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  VIEWS[name].update(params);
}

/** While the server indexes its bundled corpus, say so; when it is done, show the view again. */
async function watchIndexing() {
  let indexed = false;
  for (;;) {
    let answer;
    try {
      answer = await health();
    } catch {
      return; // the views report an unreachable server themselves
    }
    if (answer.status !== 'indexing') break;
    indexed = true;
    const { done, total } = answer.indexing ?? { done: 0, total: 0 };
    showNotice(`正在建立索引：已处理 ${done} / ${total} 个文件，结果会陆续出现。`);
    await new Promise((resolve) => { setTimeout(resolve, INDEXING_POLL_MS); });
  }
  if (indexed) {
    showNotice(null);
    refresh();
  }
}

start(render);
watchIndexing();
