// Glue between the guide's pages and Leaflet. The map page already lists every place that helps
// as HTML (it works without JavaScript and without tiles); this draws the same places on a map,
// filters the list and the markers together, keeps the filter in the URL so a filtered view can
// be shared by SMS, and sorts by distance from the reader on request, on the phone only.

const list = document.getElementById('place-list');
const form = document.getElementById('map-filters');
const count = document.getElementById('place-count');
const KIND_COLOURS = { course: '#0b5394', legal: '#8a1c7c', organization: '#1b6e20', place: '#0b5394' };
// The course filters say nothing about a legal service or an office: choosing one shows courses.
const COURSE_FILTERS = ['level', 'cost', 'mode', 'support'];

function matches(item, filters, kinds) {
  const has = (attribute, value) => (item.dataset[attribute] || '').split(' ').includes(value);
  const isCourse = item.dataset.kind === 'course';
  if (!kinds.has(item.dataset.kind)) return false;
  if (COURSE_FILTERS.some((name) => filters[name]) && !isCourse) return false;
  const located = item.dataset.place !== '';
  return (!filters.level || has('levels', filters.level))
    && (!filters.cost || item.dataset.cost === filters.cost)
    && (!filters.mode || item.dataset.mode === filters.mode)
    && (!filters.support || has('support', filters.support))
    && (!filters.status || has('eligible', filters.status) || has('eligible', 'anyone'))
    && (!filters.where || !located || item.dataset.municipality === filters.where)
    && (!filters.area || !located || item.dataset.area === filters.area);
}

function currentFilters() {
  const filters = {};
  for (const select of form.querySelectorAll('select')) {
    if (select.value) filters[select.name] = select.value;
  }
  return filters;
}

function shownKinds() {
  return new Set([...form.querySelectorAll('input[name=kind]')].filter((box) => box.checked).map((box) => box.value));
}

function countText(n) {
  const forms = JSON.parse(form.dataset.plurals || '{}');
  const category = new Intl.PluralRules(document.documentElement.lang).select(n);
  return (forms[category] || forms.other || '{count}').replace('{count}', String(n));
}

// A course filter chosen alone has a page of its own, which works without JavaScript: the page
// offers its address to share.
function showFilterPage(filters, kindsChanged) {
  const box = document.getElementById('filter-page');
  const pages = JSON.parse(form.dataset.pages || '{}');
  const chosen = Object.entries(filters);
  const href = chosen.length === 1 && !kindsChanged ? pages[`${chosen[0][0]}=${chosen[0][1]}`] : undefined;
  box.hidden = !href;
  if (href) {
    const link = box.querySelector('a');
    link.href = href;
    link.textContent = new URL(href, location.href).href;
  }
}

// Returns the places (`data-place`) whose list items pass the filters.
function applyFilters() {
  const filters = currentFilters();
  const kinds = shownKinds();
  const visible = new Set();
  let shown = 0;
  for (const item of document.querySelectorAll('li.place')) {
    const show = matches(item, filters, kinds);
    item.hidden = !show;
    if (show && item.dataset.place) { visible.add(item.dataset.place); shown += 1; }
  }
  for (const group of document.querySelectorAll('.place-group, .place-subgroup')) {
    if (group.id === 'nearest' && !group.dataset.sorted) continue;
    group.hidden = !group.querySelector('li.place:not([hidden])');
  }
  if (count) count.textContent = countText(shown);
  const none = document.getElementById('status-none');
  none.hidden = !filters.status || document.querySelector('li.place:not([hidden])') !== null;
  const allKinds = form.querySelectorAll('input[name=kind]').length;
  showFilterPage(filters, kinds.size !== allKinds);
  const params = new URLSearchParams(filters);
  if (kinds.size !== allKinds) params.set('kinds', [...kinds].join(' '));
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

// The map of help draws the places its list holds, from the list: each item has what a marker
// shows, and the same facts written again as JSON were a fifth of the page. An entry page's
// small map has its places in `data-markers`.
function listedMarkers() {
  if (!list) return [];
  return [...list.querySelectorAll('li.place')].filter((item) => item.dataset.place && item.dataset.lat && item.dataset.lon)
    .map((item) => {
      const link = item.querySelector('a');
      return {
        id: item.dataset.place,
        kind: item.dataset.kind,
        lat: Number(item.dataset.lat),
        lon: Number(item.dataset.lon),
        title: link ? link.textContent : '',
        href: link ? link.getAttribute('href') : '',
        meta: item.querySelector('.place-meta')?.textContent || '',
        address: item.querySelector('.place-address')?.textContent || '',
      };
    });
}

async function drawMap(container) {
  const markers = spread('markers' in container.dataset ? JSON.parse(container.dataset.markers || '[]') : listedMarkers());
  if (markers.length === 0) return null;
  container.hidden = false;
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = container.dataset.leafletCss;
  document.head.append(style);
  let L;
  try {
    L = await import(container.dataset.leafletJs);
  } catch (error) {
    // Offline (a saved pack holds no map library) or blocked: say so instead of a grey box.
    container.hidden = true;
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.textContent = container.dataset.offline;
    container.after(notice);
    throw error;
  }
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
    layer: L.circleMarker([marker.lat, marker.lon], {
      radius: 9, weight: 2, color: KIND_COLOURS[marker.kind] || KIND_COLOURS.place, fillOpacity: 0.7,
      className: `place-marker marker-${marker.kind}`,
    }).bindPopup(popup(marker)),
  }));
  for (const marker of drawn) marker.layer.addTo(layer);
  map.fitBounds(L.latLngBounds(markers.map((m) => [m.lat, m.lon])).pad(0.2), { maxZoom: 16 });
  return { map, layer, drawn };
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

// Great-circle distance in kilometres (haversine): exact enough for "which is nearer".
function kilometres(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2
    + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

// Asks for the position once, when the reader presses the button; the position is used on the
// page only. Places with coordinates move into one list, nearest first, each with its distance.
function offerNearMe(update) {
  const button = document.getElementById('near-me');
  if (!button) return;
  const message = document.getElementById('near-me-message');
  const say = (text) => { message.textContent = text; message.hidden = false; };
  button.parentElement.hidden = false;
  button.addEventListener('click', () => {
    if (!navigator.geolocation) { say(button.dataset.unsupported); return; }
    navigator.geolocation.getCurrentPosition((position) => {
      const { latitude, longitude } = position.coords;
      const nearest = document.getElementById('nearest');
      // Addresses without coordinates keep their place at the end, without a distance.
      const items = [...list.querySelectorAll('li.place')];
      const format = new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 1 });
      for (const item of items) {
        if (!item.dataset.lat) { item.dataset.km = Infinity; continue; }
        item.dataset.km = kilometres(latitude, longitude, Number(item.dataset.lat), Number(item.dataset.lon));
        const line = item.querySelector('.distance');
        line.textContent = button.dataset.distance.replace('{km}', format.format(Number(item.dataset.km)));
        line.hidden = false;
      }
      items.sort((a, b) => { const x = Number(a.dataset.km), y = Number(b.dataset.km); return x === y ? 0 : x - y; });
      nearest.querySelector('ul').append(...items);
      nearest.dataset.sorted = 'true';
      for (const group of list.querySelectorAll('.place-group:not(#nearest)')) group.remove();
      nearest.hidden = false;
      say(button.dataset.done);
      update();
    }, () => say(button.dataset.denied), { maximumAge: 600000, timeout: 20000 });
  }, { once: true });
}

async function main() {
  const container = document.querySelector('[data-map]');
  if (container && 'onDemand' in container.dataset) { offerMap(container); return; }
  if (!form || !list) return;
  const drawing = container ? drawMap(container).catch(() => null) : Promise.resolve(null);
  const params = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll('select')) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  if (params.has('kinds')) {
    const kinds = params.get('kinds').split(' ');
    for (const box of form.querySelectorAll('input[name=kind]')) box.checked = kinds.includes(box.value);
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
    container.dataset.visibleMarkers = String(drawn.drawn.filter((m) => visible.has(m.id)).length);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => { event.preventDefault(); update(); });
  offerNearMe(update);
  update();
}

main();
