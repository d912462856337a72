// The guide's service worker. It stores nothing until a reader presses "save" on a home page;
// then it keeps that language's pack (see OfflinePack in the build) in a cache of its own,
// answers the pack's addresses from it, with or without a connection, and on each visit with a
// connection fetches the pack's summary and only the files that changed.

const PREFIX = 'celvedis-';
// Everything is relative to where the worker is served, so the site works from any base path.
const ROOT = new URL('./', self.location.href).href;
const checking = new Map();

const metaKey = (language) => new URL(`offline/${language}.meta`, ROOT).href;
// A page is stored under its folder's address, which is what links and readers ask for.
const addressOf = (path) => new URL(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path, ROOT).href;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function tell(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
}

async function readMeta(cache, language) {
  const response = await cache.match(metaKey(language));
  return response ? response.json() : null;
}

// Brings the language's pack up to date: the summary says whether anything changed; if so the
// content-named manifest lists every file with its hash, and only files whose hash differs from
// the stored one are fetched.
async function sync(language) {
  const summary = await (await fetch(new URL(`offline/${language}.json`, ROOT), { cache: 'no-store' })).json();
  const cache = await caches.open(PREFIX + language);
  const meta = await readMeta(cache, language);
  if (meta && meta.version === summary.version) {
    await tell({ type: 'saved', language, updated: meta.updated });
    return;
  }
  const manifest = await (await fetch(new URL(summary.manifest, ROOT))).json();
  const stored = meta ? meta.files : {};
  const wanted = Object.fromEntries(manifest.files.map(([path, hash]) => [path, hash]));
  const missing = manifest.files.filter(([path, hash]) => stored[path] !== hash).map(([path]) => path);
  let done = 0;
  const queue = [...missing];
  // A few requests at a time: a cheap phone on a slow line is not flooded.
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (queue.length > 0) {
      const path = queue.shift();
      const response = await fetch(new URL(path, ROOT), { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      await cache.put(addressOf(path), response);
      done += 1;
      await tell({ type: 'progress', language, done, total: missing.length });
    }
  }));
  for (const path of Object.keys(stored)) {
    if (!(path in wanted)) await cache.delete(addressOf(path));
  }
  const updated = new Date().toISOString();
  await cache.put(metaKey(language), new Response(JSON.stringify({ version: summary.version, files: wanted, updated })));
  await tell({ type: 'saved', language, updated });
}

function syncOnce(language) {
  if (!checking.has(language)) {
    checking.set(language, sync(language)
      .catch(() => tell({ type: 'failed', language }))
      .finally(() => checking.delete(language)));
  }
  return checking.get(language);
}

async function remove(language) {
  await caches.delete(PREFIX + language);
  const left = (await caches.keys()).filter((name) => name.startsWith(PREFIX));
  await tell({ type: 'removed', language });
  if (left.length === 0) await self.registration.unregister();
}

self.addEventListener('message', (event) => {
  const { type, language } = event.data || {};
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language || '')) return;
  if (type === 'save') event.waitUntil(syncOnce(language));
  if (type === 'remove') event.waitUntil(remove(language));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(ROOT)) return;
  const url = new URL(request.url);
  const address = url.origin + url.pathname;
  event.respondWith((async () => {
    for (const name of await caches.keys()) {
      if (!name.startsWith(PREFIX)) continue;
      const hit = await (await caches.open(name)).match(address);
      if (hit) return hit;
    }
    return fetch(request);
  })());
  // A visit to a saved language with a connection is when its pack catches up with the site.
  if (request.mode === 'navigate') {
    const language = url.href.slice(ROOT.length).split('/')[0];
    event.waitUntil(caches.has(PREFIX + language).then((saved) => (saved && navigator.onLine ? syncOnce(language) : null)));
  }
});
