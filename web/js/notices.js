/**
 * Messages at the top of the page: the error alert (the server is unreachable or answered an error, with a
 * retry), the status notice (indexing in progress), and short announcements for screen readers ("已复制").
 */
import { h } from './dom.js';

const STATUS_HINTS = {
  400: '请求有误',
  401: '需要正确的 API 密钥',
  404: '找不到所请求的内容',
  413: '文件太大',
  415: '不支持的文件格式',
  422: '无法读取文件内容',
  429: '请求过于频繁，请稍后再试',
  500: '服务器内部错误',
};

/** A one-line reason for people: a hint by status, then the server's own message (unless it says the hint). */
export function describe(error) {
  if (!error?.status) return error?.message ?? String(error);
  const hint = STATUS_HINTS[error.status] ?? `服务器返回了错误（HTTP ${error.status}）`;
  if (!error.message) return hint;
  return error.message.startsWith(hint) ? error.message : `${hint}：${error.message}`;
}

/** Shows `error` in the alert; `retry`, when given, is offered as a button. */
export function showError(error, retry) {
  const alert = document.getElementById('alert');
  alert.replaceChildren(
    h('p', {}, describe(error)),
    retry ? h('button', { type: 'button', class: 'button small', onclick: () => { clearError(); retry(); } }, '重试')
      : null,
    h('button', { type: 'button', class: 'close', 'aria-label': '关闭提示', onclick: clearError }, '×'));
  alert.hidden = false;
}

export function clearError() {
  const alert = document.getElementById('alert');
  alert.hidden = true;
  alert.replaceChildren();
}

/** Shows a status line (null hides it). */
export function showNotice(text) {
  const notice = document.getElementById('notice');
  notice.textContent = text ?? '';
  notice.hidden = !text;
}

/** Tells screen-reader users about a change they cannot see (the visible feedback is the caller's). */
export function announce(text) {
  const announcer = document.getElementById('announcer');
  announcer.textContent = '';
  setTimeout(() => { announcer.textContent = text; }, 50);
}
