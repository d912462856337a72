// Glue between the guide's pages and Leaflet: the page already lists every course and address
// as HTML (it works without JavaScript and without tiles); this draws the same data on a map
// and filters the list, keeping the filter in the URL so a filtered view can be shared by SMS.

const list = document.getElementById('course-list');
const form = document.getElementById('course-filters');
const count = document.getElementById('course-count');

function matches(item, filters) {
  const has = (attribute, value) => (item.dataset[attribute] || '').split(' ').includes(value);
  return (!filters.level || has('levels', filters.level))
    && (!filters.cost || item.dataset.cost === filters.cost)
    && (!filters.mode || item.dataset.mode === filters.mode)
    && (!filters.area || has('areas', filters.area))
    && (!filters.support || has('support', filters.support))
    && (!filters.status || has('eligible', filters.status) || has('eligible', 'anyone'));
}

// A level, cost or format chosen alone has a page of its own, which works without JavaScript:
// the page offers its address to share.
function showFilterPage(filters) {
  const box = document.getElementById('filter-page');
  if (!box) return;
  const pages = JSON.parse(form.dataset.pages || '{}');
  const chosen = Object.entries(filters);
  const href = chosen.length === 1 ? pages[`${chosen[0][0]}=${chosen[0][1]}`] : undefined;
  box.hidden = !href;
  if (href) {
    const link = box.querySelector('a');
    link.href = href;
    link.textContent = new URL(href, location.href).href;
  }
}

function currentFilters() {
  const filters = {};
  for (const select of form ? form.querySelectorAll('select') : []) {
    if (select.value) filters[select.name] = select.value;
  }
  return filters;
}

function countText(n) {
  const forms = JSON.parse(form.dataset.plurals || '{}');
  const category = new Intl.PluralRules(document.documentElement.lang).select(n);
  return (forms[category] || forms.other || '{count}').replace('{count}', String(n));
}

// Returns the ids of the courses that pass the filters.
function applyFilters() {
  const filters = currentFilters();
  const visible = new Set();
  for (const item of list.querySelectorAll('li.course')) {
    const show = matches(item, filters);
    item.hidden = !show;
    if (show) visible.add(item.dataset.id);
  }
  for (const group of list.querySelectorAll('.course-group')) {
    group.hidden = !group.querySelector('li.course:not([hidden])');
  }
  count.textContent = countText(visible.size);
  const none = document.getElementById('status-none');
  if (none) none.hidden = !filters.status || visible.size > 0;
  showFilterPage(filters);
  const params = new URLSearchParams(filters);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
  return visible;
}

// Markers that share an address are spread on a small circle so each stays clickable.
function spread(markers) {
  const byPlace = new Map();
  for (const marker of markers) {
    const key = `${marker.lat},${marker.lon}`;
    if (!byPlace.has(key)) byPlace.set(key, []);
    byPlace.get(key).push(marker);
  }
  const placed = [];
  for (const group of byPlace.values()) {
    group.forEach((marker, i) => {
      if (group.length === 1) { placed.push({ ...marker }); return; }
      const angle = (2 * Math.PI * i) / group.length;
      placed.push({ ...marker, lat: marker.lat + 0.00025 * Math.sin(angle), lon: marker.lon + 0.0004 * Math.cos(angle) });
    });
  }
  return placed;
}

function popup(marker) {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = marker.href;
  link.textContent = marker.title;
  const strong = document.createElement('strong');
  strong.append(link);
  box.append(strong);
  for (const line of [marker.meta, marker.address]) {
    if (!line) continue;
    const p = document.createElement('p');
    p.textContent = line;
    box.append(p);
  }
  return box;
}

async function drawMap(container) {
  const markers = spread(JSON.parse(container.dataset.markers || '[]'));
  if (markers.length === 0) return null;
  container.hidden = false;
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = container.dataset.leafletCss;
  document.head.append(style);
  const L = await import(container.dataset.leafletJs);
  const map = L.map(container, { scrollWheelZoom: false });
  // Tiles are decoration: when they fail (offline, blocked), markers and the list still work,
  // and the reader is told so instead of being left with a grey box.
  L.tileLayer(container.dataset.tiles, { attribution: container.dataset.attribution, maxZoom: 19 })
    .once('tileerror', () => {
      const notice = document.createElement('p');
      notice.className = 'notice';
      notice.textContent = container.dataset.tilesFailed;
      container.after(notice);
    })
    .addTo(map);
  const layer = L.layerGroup().addTo(map);
  const drawn = markers.map((marker) => ({
    id: marker.id,
    layer: L.circleMarker([marker.lat, marker.lon], { radius: 9, weight: 2, color: '#0b5394', fillOpacity: 0.7, className: 'course-marker' })
      .bindPopup(popup(marker)),
  }));
  for (const marker of drawn) marker.layer.addTo(layer);
  map.fitBounds(L.latLngBounds(markers.map((m) => [m.lat, m.lon])).pad(0.2), { maxZoom: 16 });
  return { layer, drawn };
}

// An entry page's map costs Leaflet's 150 kB and the tiles, so it is drawn only when the reader
// asks; the addresses and "open in maps" links above it work without it.
function offerMap(container) {
  const toggle = document.querySelector('[data-show-map]');
  toggle.parentElement.hidden = false;
  toggle.addEventListener('click', () => {
    toggle.parentElement.hidden = true;
    drawMap(container).then(() => container.focus()).catch(() => null);
  }, { once: true });
}

async function main() {
  const container = document.querySelector('[data-map]');
  if (container && 'onDemand' in container.dataset) { offerMap(container); return; }
  const drawing = container ? drawMap(container).catch(() => null) : Promise.resolve(null);
  if (!form || !list) return;
  const params = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll('select')) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  form.hidden = false;
  const drawn = await drawing;
  const update = () => {
    const visible = applyFilters();
    if (!drawn) return;
    for (const marker of drawn.drawn) {
      if (visible.has(marker.id)) marker.layer.addTo(drawn.layer);
      else marker.layer.remove();
    }
    if (container) container.dataset.visibleMarkers = String(drawn.drawn.filter((m) => visible.has(m.id)).length);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => { event.preventDefault(); update(); });
  update();
}

main();
