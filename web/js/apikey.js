/**
 * The API key for writes (upload, metadata edits): asked once in a dialog and kept in sessionStorage, so
 * it is gone when the tab closes. `withKey(send)` asks for it before a write when the server needs one,
 * and asks again when the server refuses the key given.
 */
import { health } from './api.js';
import { h } from './dom.js';

const STORAGE = 'fanwen.apiKey';

let serverNeedsKey;

export const storedKey = () => sessionStorage.getItem(STORAGE);

export function forgetKey() {
  sessionStorage.removeItem(STORAGE);
}

/** Whether the server wants a key for writes (asked once per page load). */
export async function writesNeedKey() {
  serverNeedsKey ??= health().then((answer) => Boolean(answer.writes_need_key), () => false);
  return serverNeedsKey;
}

/** Whether writes may be attempted without asking: the server is open, or a key is kept. */
export async function canWrite() {
  return Boolean(storedKey()) || !(await writesNeedKey());
}

/**
 * Runs `send(key)`; first asks for the key if the server needs one and none is kept; on 401 asks again.
 * Rejects with the last error, or with `cancelled` set when the user closed the dialog.
 */
export async function withKey(send) {
  if (!storedKey() && await writesNeedKey()) {
    await askKey();
  }
  for (;;) {
    try {
      return await send(storedKey());
    } catch (error) {
      if (error.status !== 401) throw error;
      const message = storedKey() ? '密钥不正确，请重新输入。' : '此服务器需要 API 密钥才能写入。';
      forgetKey();
      await askKey(message);
    }
  }
}

/** Shows the key dialog; resolves once a key is kept, rejects (`cancelled`) when closed without one. */
export function askKey(message) {
  return new Promise((resolve, reject) => {
    const input = h('input', { type: 'password', id: 'api-key', name: 'key', required: true,
      autocomplete: 'current-password', spellcheck: 'false' });
    const dialog = h('dialog', { class: 'key-dialog', 'aria-labelledby': 'key-dialog-title' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'key-dialog-title' }, '输入 API 密钥'),
        h('p', {}, message ?? '上传和修改文档需要服务器的 API 密钥。密钥只保存在本标签页中，关闭后即清除。'),
        h('label', { for: 'api-key' }, 'API 密钥'),
        input,
        h('div', { class: 'dialog-actions' },
          h('button', { type: 'submit', class: 'button primary', value: 'ok' }, '确定'),
          h('button', { type: 'submit', class: 'button', value: 'cancel', formnovalidate: true }, '取消'))));
    dialog.addEventListener('close', () => {
      const key = input.value.trim();
      dialog.remove();
      if (dialog.returnValue === 'ok' && key) {
        sessionStorage.setItem(STORAGE, key);
        resolve(key);
      } else {
        reject(Object.assign(new Error('已取消'), { cancelled: true }));
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
