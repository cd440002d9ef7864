/**
 * A place to drop files, with a button to pick them instead (the file input stays in the tab order, so
 * the keyboard can open the picker). `onFiles(files)` gets an array of File objects.
 */
import { h } from './dom.js';

export function dropZone({ id, prompt, multiple = false, onFiles }) {
  // no `accept` filter: the server judges each file and says why it refuses one
  const input = h('input', { type: 'file', id, class: 'visually-hidden', multiple });
  const zone = h('div', { class: 'dropzone' },
    h('p', {}, prompt),
    h('label', { for: id, class: 'button' }, multiple ? '选择文件…' : '选择一个文件…'),
    input);
  input.addEventListener('change', () => {
    if (input.files.length) onFiles([...input.files]);
    input.value = ''; // the same file may be picked again
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', (event) => {
    if (!zone.contains(event.relatedTarget)) zone.classList.remove('dragging');
  });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const files = [...event.dataTransfer.files];
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  });
  return zone;
}
