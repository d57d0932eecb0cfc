// The public API, the same one any other client uses. The browser's HTTP cache does the
// caching: every response carries an ETag and (Vary: Accept-Language) is kept per language,
// so a repeat visit costs a 304 per request instead of the body.

import { lang } from './i18n.js';

const TIMEOUT_MS = 20000;

/** An API answer other than 2xx, carrying the problem+json fields when there are any. */
export class ApiError extends Error {
  constructor(status, problem = {}) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
  }
}

/** GET /api/v1/{path} with query params (empty values are left out). */
export async function get(path, params = {}, { signal } = {}) {
  const url = new URL('/api/v1/' + path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  // A slow network should end in a message, not an endless spinner. (Written out by hand:
  // AbortSignal.any is too new for many phones' browsers.)
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward, { once: true });
  try {
    let response;
    try {
      response = await fetch(url, {
        headers: { Accept: 'application/json', 'Accept-Language': lang },
        signal: controller.signal,
      });
    } catch (e) {
      if (signal?.aborted) throw e; // the reader went elsewhere: nothing to show
      throw new ApiError(0, {});
    }
    if (!response.ok) {
      let problem = {};
      try { problem = await response.json(); } catch { /* not problem+json */ }
      throw new ApiError(response.status, problem);
    }
    try {
      return await response.json();
    } catch (e) {
      if (signal?.aborted) throw e;
      throw new ApiError(0, {});
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

// Code lists change only with a release: fetched once per page load and language-neutral
// (they carry nameZh and nameEn), so they are kept in memory.
let codeLists;

export function loadCodeLists() {
  codeLists ??= Promise.all([
    get('indicators/code-lists'),
    get('projects/code-lists'),
    get('projects/subcategories', { limit: 500 }),
  ]).then(([indicators, projects, subcategories]) => ({
    ...indicators,
    ...projects,
    subcategories: subcategories.items,
  })).catch((e) => {
    codeLists = undefined; // let the next page try again
    throw e;
  });
  return codeLists;
}
