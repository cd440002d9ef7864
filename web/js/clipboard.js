/**
 * Copies plain text to the clipboard. The Clipboard API needs a secure context (https, or the server on
 * localhost); a page served over plain http on the office network falls back to a hidden text area.
 */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // denied (no focus, a policy): try the old way
    }
  }
  const buffer = document.createElement('textarea');
  buffer.value = text;
  buffer.setAttribute('readonly', '');
  buffer.className = 'clipboard-buffer';
  document.body.append(buffer);
  buffer.select();
  const copied = document.execCommand('copy');
  buffer.remove();
  if (!copied) throw new Error('浏览器不允许复制，请手动选择文字复制。');
}
