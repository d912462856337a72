// The home page's "save for offline use": shows the pack's size before anything is downloaded,
// asks the service worker to store the pack only when the reader presses the button, and shows
// when it was last updated, with a way to remove it. Nothing is stored without that press.

const box = document.getElementById('offline');
const save = document.getElementById('offline-save');
const remove = document.getElementById('offline-remove');
const status = document.getElementById('offline-status');
const language = box.dataset.language;
const cacheName = `celvedis-${language}`;
// The worker keeps what it knows about a pack under this address, beside the pack's summary.
const metaKey = new URL(`offline/${language}.meta`, new URL(box.dataset.worker, location.href)).href;

function megabytes(bytes) {
  const number = new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return `${number.format(bytes / 1e6)} MB`;
}

function showSaved(updated) {
  const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(updated));
  status.textContent = box.dataset.saved.replace('{date}', date);
  remove.hidden = false;
}

async function worker() {
  const registration = await navigator.serviceWorker.register(box.dataset.worker);
  await navigator.serviceWorker.ready;
  return registration.active || (await navigator.serviceWorker.ready).active;
}

navigator.serviceWorker?.addEventListener('message', (event) => {
  const message = event.data;
  if (message.language !== language) return;
  if (message.type === 'progress') {
    status.textContent = box.dataset.saving.replace('{done}', message.done).replace('{total}', message.total);
  } else if (message.type === 'saved') {
    save.disabled = false;
    showSaved(message.updated);
  } else if (message.type === 'failed') {
    save.disabled = false;
    status.textContent = box.dataset.failed;
  } else if (message.type === 'removed') {
    status.textContent = box.dataset.removed;
    remove.hidden = true;
  }
});

async function main() {
  box.hidden = false;
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    save.hidden = true;
    status.textContent = box.dataset.unsupported;
    return;
  }
  const summary = await (await fetch(box.dataset.pack, { cache: 'no-cache' })).json().catch(() => null);
  save.textContent = box.dataset.save.replace('{size}', summary ? megabytes(summary.bytes) : '…');
  save.dataset.bytes = summary ? summary.bytes : '';
  // `caches.open` would create an empty cache: a reader who never saved stores nothing.
  const saved = (await caches.has(cacheName)) ? await (await caches.open(cacheName)).match(metaKey) : undefined;
  if (saved) showSaved((await saved.json()).updated);
  save.addEventListener('click', async () => {
    save.disabled = true;
    (await worker()).postMessage({ type: 'save', language });
  });
  remove.addEventListener('click', async () => {
    (await worker()).postMessage({ type: 'remove', language });
  });
}

main();
