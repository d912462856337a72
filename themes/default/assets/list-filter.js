// The "I am …" filter of the course and legal-help lists. The list is complete without
// JavaScript; this hides what a reader's status does not open, keeps the choice in the URL so
// a filtered list can be shared, and says plainly when nothing is listed for it.

const form = document.getElementById('status-filter');
const select = document.getElementById('filter-status');
const none = document.getElementById('status-none');
const count = document.getElementById('list-count');
const items = [...document.querySelectorAll('ul.entries > li[data-eligible]')];
const initialCount = count.textContent;

function countText(n) {
  const forms = JSON.parse(form.dataset.plurals || '{}');
  const category = new Intl.PluralRules(document.documentElement.lang).select(n);
  return (forms[category] || forms.other || '{count}').replace('{count}', String(n));
}

// An entry marked for everyone passes every choice; one that does not say whom it serves is
// hidden, since the list cannot promise it to the reader.
function apply() {
  const status = select.value;
  let shown = 0;
  for (const item of items) {
    const keys = item.dataset.eligible.split(' ');
    item.hidden = Boolean(status) && !keys.includes(status) && !keys.includes('anyone');
    if (!item.hidden) shown += 1;
  }
  for (const group of document.querySelectorAll('.entry-group')) {
    group.hidden = !group.querySelector('ul.entries > li[data-eligible]:not([hidden])');
  }
  none.hidden = !status || shown > 0;
  count.textContent = status ? countText(shown) : initialCount;
  const url = new URL(location.href);
  if (status) url.searchParams.set('status', status); else url.searchParams.delete('status');
  history.replaceState(null, '', url.pathname + url.search + url.hash);
}

const wanted = new URLSearchParams(location.search).get('status');
if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
form.hidden = false;
select.addEventListener('change', apply);
form.addEventListener('submit', (event) => { event.preventDefault(); apply(); });
apply();
