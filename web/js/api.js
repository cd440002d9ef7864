/**
 * The JSON API v1 of the Fanwen server, and nothing else: one function per call the page makes. Failures
 * become an {@link ApiError} with a message for people; a server that cannot be reached is status 0.
 */

const BASE = new URL('api/v1/', document.baseURI);

/** A refused or failed call: HTTP `status` (0 when the server could not be reached), the API's `code`. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

function unreachable() {
  return new ApiError(0, 'unreachable',
    '无法连接到范文服务器。请确认服务已启动（./fanwen serve）且网络畅通，然后重试。');
}

function url(path, query = {}) {
  const result = new URL(path, BASE);
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item != null && item !== '') result.searchParams.append(name, item);
    }
  }
  return result;
}

/** The answer's JSON, or the ApiError it stands for. */
function readAnswer(status, body) {
  let json = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch {
    // not JSON: a proxy's error page, say
  }
  if (status >= 200 && status < 300 && json) return json;
  if (status === 0) throw unreachable();
  const error = json?.error;
  throw new ApiError(status, error?.code ?? `http_${status}`, error?.message ?? `服务器返回了错误（HTTP ${status}）`);
}

async function call(path, { method = 'GET', query, json, form, key, signal } = {}) {
  const headers = { Accept: 'application/json' };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  if (key) headers.Authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch(url(path, query), { method, headers, body, signal, cache: 'no-store' });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw unreachable();
  }
  return readAnswer(response.status, await response.text());
}

/** Documents: `query` holds q, type, year_from, year_to, unit, sort, page, size. */
export const searchDocuments = (query, signal) => call('search', { query, signal });
export const searchPassages = (query, signal) => call('passages', { query, signal });
export const suggest = (q, signal) => call('suggest', { query: { q }, signal });
export const documentById = (id) => call(`documents/${encodeURIComponent(id)}`);
export const similarDocuments = (id, size = 8) =>
  call(`documents/${encodeURIComponent(id)}/similar`, { query: { size } });
export const similarPassages = (id, size = 5) =>
  call(`passages/${encodeURIComponent(id)}/similar`, { query: { size } });
export const analyze = (text) => call('analyze', { method: 'POST', json: { text, mode: 'query' } });
export const stats = () => call('stats');
export const health = () => call('health');
export const originalUrl = (id) => url(`documents/${encodeURIComponent(id)}/original`).href;

/** The user dictionary `{terms}` and the synonyms `{groups}`; a PUT replaces the whole list and answers it. */
export const dictionary = () => call('dictionary');
export const replaceDictionary = (terms, key) => call('dictionary', { method: 'PUT', json: { terms }, key });
export const synonyms = () => call('synonyms');
export const replaceSynonyms = (groups, key) => call('synonyms', { method: 'PUT', json: { groups }, key });

/** PATCH of a document's metadata (any of title, type, unit, year, tags); answers the document. */
export const editDocument = (id, changes, key) =>
  call(`documents/${encodeURIComponent(id)}`, { method: 'PATCH', json: changes, key });

/** The duplicate check of a draft: `{text}` or `{file}`; nothing is stored, so no key is needed. */
export function check({ text, file }) {
  if (file) {
    const form = new FormData();
    form.append('file', file, file.name);
    return call('check', { method: 'POST', form });
  }
  return call('check', { method: 'POST', json: { text } });
}

/**
 * Uploads one file (with the optional `fields` type, unit, tags); `onProgress(fraction)` follows the bytes
 * sent. Answers the API's upload response. XMLHttpRequest, because fetch cannot report upload progress.
 */
export function uploadFile(file, fields, key, onProgress) {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      if (value) form.append(name, value);
    }
    form.append('file', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', url('documents'));
    request.setRequestHeader('Accept', 'application/json');
    if (key) request.setRequestHeader('Authorization', `Bearer ${key}`);
    request.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    });
    request.addEventListener('load', () => {
      try {
        resolve(readAnswer(request.status, request.responseText));
      } catch (e) {
        reject(e);
      }
    });
    request.addEventListener('error', () => reject(unreachable()));
    request.send(form);
  });
}
