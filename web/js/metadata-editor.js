/**
 * The form that corrects a document's metadata — title, type, year, units, tags and the 公文 elements (文号,
 * 发文机关 …) — sent as a PATCH of the fields that changed. Writes need the API key when the server has one (see apikey.js).
 */
import { editDocument } from './api.js';
import { withKey } from './apikey.js';
import { h } from './dom.js';
import { DOCUMENT_TYPES } from './document-types.js';
import { describe } from './notices.js';

/** The 公文 elements the form edits: the API's name, the label, the value shown, a hint. */
const OFFICIAL_ELEMENTS = [
  ['doc_number', '发文字号', (doc) => doc.doc_number ?? '', '如 国办发〔2021〕5号'],
  ['issuer', '发文机关', (doc) => (doc.issuers ?? []).join('、'), '联合发文用顿号分开，主办机关在前'],
  ['signer', '签发人', (doc) => doc.signer ?? '', ''],
  ['recipients', '主送机关', (doc) => doc.recipients ?? '', ''],
  ['cc', '抄送机关', (doc) => doc.cc ?? '', ''],
  ['printed_date', '印发日期', (doc) => doc.printed_date ?? '', '如 2021-03-05'],
];

/** The form for `doc`; `onSaved(document)` gets the document as the server now shows it. */
export function metadataEditor(doc, onSaved, onCancel) {
  const fields = {
    title: h('input', { type: 'text', id: 'edit-title', required: true, maxlength: 500, value: doc.title }),
    type: h('select', { id: 'edit-type' }, DOCUMENT_TYPES.map((t) => h('option', { value: t, selected: t === doc.type }, t))),
    year: h('input', { type: 'text', id: 'edit-year', inputmode: 'numeric', pattern: '\\d{4}', maxlength: 4,
      value: doc.year ?? '', placeholder: '如 2015' }),
    unit: h('input', { type: 'text', id: 'edit-unit', value: (doc.units ?? []).join('、'), placeholder: '多个单位用顿号分开' }),
    tags: h('input', { type: 'text', id: 'edit-tags', value: (doc.tags ?? []).join('、'), placeholder: '多个标签用顿号分开' }),
  };
  const labels = { title: '标题', type: '类型', year: '年份', unit: '发文单位', tags: '标签' };
  for (const [name, label, value, placeholder] of OFFICIAL_ELEMENTS) {
    fields[name] = h('input', { type: 'text', id: `edit-${name.replace('_', '-')}`, maxlength: 500,
      value: value(doc), placeholder });
    labels[name] = label;
  }
  const error = h('p', { class: 'error-text', role: 'alert' });
  const save = h('button', { type: 'submit', class: 'button primary' }, '保存');
  const form = h('form', { class: 'metadata-editor', 'aria-label': '编辑文档信息' },
    Object.entries(fields).map(([name, input]) => h('div', { class: 'field' }, h('label', { for: input.id }, labels[name]), input)),
    error,
    h('div', { class: 'form-actions' }, save, h('button', { type: 'button', class: 'button', onclick: onCancel }, '取消')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const changes = changed(doc, fields);
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    save.disabled = true;
    error.textContent = '';
    try {
      onSaved(await withKey((key) => editDocument(doc.id, changes, key)));
    } catch (e) {
      error.textContent = e.cancelled ? '未保存：需要 API 密钥。' : describe(e);
    } finally {
      save.disabled = false;
    }
  });
  return form;
}

function changed(doc, fields) {
  const changes = {};
  const title = fields.title.value.trim();
  if (title && title !== doc.title) changes.title = title;
  if (fields.type.value !== doc.type) changes.type = fields.type.value;
  const year = fields.year.value.trim();
  if (year && year !== String(doc.year ?? '')) changes.year = Number(year);
  const unit = fields.unit.value.trim();
  if (unit !== (doc.units ?? []).join('、')) changes.unit = unit;
  const tags = fields.tags.value.trim();
  if (tags !== (doc.tags ?? []).join('、')) changes.tags = tags;
  for (const [name, , value] of OFFICIAL_ELEMENTS) {
    const given = fields[name].value.trim();
    if (given && given !== value(doc)) changes[name] = given; // an element is corrected, not removed
  }
  return changes;
}
