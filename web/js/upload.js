/**
 * The upload view: drop or pick several files; each is sent on its own (one request per file, so each has
 * its own progress bar and result: indexed, duplicate, near-duplicate, or failed with the reason). Optional
 * type, unit and tags apply to the files of the next upload.
 */
import { uploadFile } from './api.js';
import { storedKey, withKey, writesNeedKey, forgetKey } from './apikey.js';
import { fileSize, h } from './dom.js';
import { DOCUMENT_TYPES } from './document-types.js';
import { dropZone } from './dropzone.js';
import { describe } from './notices.js';
import { hrefOf } from './router.js';

let view;
let queue = Promise.resolve();

export function mount(container) {
  view = {
    type: h('select', { id: 'upload-type' }, h('option', { value: '' }, '自动识别'),
      DOCUMENT_TYPES.map((t) => h('option', { value: t }, t))),
    unit: h('input', { type: 'text', id: 'upload-unit', placeholder: '自动识别' }),
    tags: h('input', { type: 'text', id: 'upload-tags', placeholder: '多个标签用顿号分开' }),
    list: h('ol', { class: 'upload-list', 'aria-label': '上传的文件', 'aria-live': 'polite' }),
    keyLine: h('p', { class: 'key-line muted' }),
  };
  container.append(h('section', { class: 'upload-view narrow-view' },
    h('h1', {}, '上传文档'),
    h('p', {}, '支持 Word（.doc .docx）、WPS、PDF、RTF、ODT、HTML、Markdown 和文本文件（任意中文编码）。上传后立即可检索；已有的相同内容不会重复入库。'),
    dropZone({ id: 'upload-files', prompt: '把文件拖放到这里，可一次多个', multiple: true, onFiles: add }),
    h('details', { class: 'upload-options' }, h('summary', {}, '为这批文件指定类型、单位、标签（可选）'),
      h('div', { class: 'fields' },
        h('div', { class: 'field' }, h('label', { for: 'upload-type' }, '类型'), view.type),
        h('div', { class: 'field' }, h('label', { for: 'upload-unit' }, '发文单位'), view.unit),
        h('div', { class: 'field' }, h('label', { for: 'upload-tags' }, '标签'), view.tags))),
    view.list,
    view.keyLine));
}

export function update() {
  document.title = '上传文档 - 范文检索';
  showKeyLine();
}

async function showKeyLine() {
  if (!(await writesNeedKey())) {
    view.keyLine.replaceChildren();
    return;
  }
  view.keyLine.replaceChildren(storedKey()
    ? ['已在本标签页保存 API 密钥。', h('button', { type: 'button', class: 'link-button', onclick: () => {
      forgetKey();
      showKeyLine();
    } }, '清除密钥')]
    : '此服务器需要 API 密钥才能上传，上传时会询问一次。');
}

/** Lists the files at once, then uploads them one after another. */
function add(files) {
  const fields = { type: view.type.value, unit: view.unit.value.trim(), tags: view.tags.value.trim() };
  for (const file of files) {
    const item = uploadItem(file);
    view.list.append(item.element);
    queue = queue.then(() => send(file, fields, item));
  }
}

function uploadItem(file) {
  const progress = h('progress', { max: 100, value: 0, 'aria-label': `${file.name} 的上传进度` });
  const status = h('p', { class: 'upload-status' }, '等待上传');
  const element = h('li', { class: 'upload-item waiting' },
    h('div', { class: 'upload-name' }, h('span', { class: 'file-name' }, file.name),
      h('span', { class: 'muted' }, fileSize(file.size))),
    progress, status);
  return { element, progress, status };
}

async function send(file, fields, item) {
  const state = (name, ...content) => {
    item.element.className = `upload-item ${name}`;
    item.status.replaceChildren(...content);
  };
  state('sending', '上传中…');
  try {
    const answer = await withKey((key) => uploadFile(file, fields, key, (fraction) => {
      item.progress.value = Math.round(fraction * 100);
      item.status.textContent = fraction < 1 ? `上传中 ${Math.round(fraction * 100)}%` : '正在解析和索引…';
    }));
    item.progress.value = 100;
    const result = answer.results[0];
    if (result.status === 'indexed' && result.near_duplicate_of) {
      state('near-duplicate', '已入库，但与已有文档近似重复。', link('查看新文档', result.id),
        link('查看相似文档', result.near_duplicate_of));
    } else if (result.status === 'indexed') {
      state('indexed', '已入库。', link('查看文档', result.id));
    } else if (result.status === 'duplicate') {
      state('duplicate', '资料库中已有相同内容，未重复入库。', link('查看已有文档', result.duplicate_of ?? result.id));
    } else {
      state('failed', h('span', { title: result.detail }, `失败：${result.error ?? '无法处理此文件'}`));
    }
  } catch (error) {
    state('failed', error.cancelled ? '未上传：需要 API 密钥。' : `失败：${describe(error)}`);
  }
  showKeyLine();
}

function link(label, id) {
  return h('a', { href: hrefOf({ doc: id }), class: 'result-link' }, label);
}
