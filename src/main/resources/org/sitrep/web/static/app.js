// The Sitrep map page. Everything that comes from the data is put into the page as text (textContent,
// attributes set one by one): article titles and texts are untrusted.
/* global L, topojson */

const TYPE_COLOURS = {
  'Battles': '#d62728',
  'Explosions/Remote violence': '#ff7f0e',
  'Violence against civilians': '#9467bd',
  'Protests': '#2ca02c',
  'Riots': '#e377c2',
  'Strategic developments': '#7f7f7f',
};
const FILTER_KEYS = ['country', 'event_type', 'sub_event_type', 'actor', 'q', 'from', 'to'];
const MAP_FIELDS = 'event_id|event_date|event_type|sub_event_type|actor1|actor2|location|country|latitude|longitude|fatalities';
const MAX_EVENTS = 10000;

const state = readHash();
let map;
let cluster;
let weeks = [];
let drag = null;
let fitted = false;
// The countries and types offered in the filter lists: every one in the store, read once.
let choices = null;

main().catch((e) => status('The page failed to load: ' + (e && e.message ? e.message : String(e)) + (e && e.stack ? ' ' + e.stack : '')));

async function main() {
  const config = await getJson('api/config');
  map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 18 }).setView([20, 20], 2);
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { maxZoom: 18 }).addTo(map);
  }
  // The container's size settles only once the header and timeline are laid out; keep the map measuring it.
  new ResizeObserver(() => map.invalidateSize()).observe(document.getElementById('map'));
  cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  map.addLayer(cluster);
  drawOutlines();
  bindControls();
  await refresh();
  listenForNews();
}

async function drawOutlines() {
  const topo = await getJson('vendor/countries-110m.json');
  const countries = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(countries, {
    style: { color: '#78909c', weight: 0.7, fillColor: '#fafafa', fillOpacity: 1 },
    interactive: false,
  }).addTo(map).bringToBack();
}

function bindControls() {
  const form = document.getElementById('filters');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    for (const key of ['country', 'event_type', 'sub_event_type', 'actor', 'q']) {
      state[key] = form.elements[key].value.trim();
    }
    writeHash();
  });
  document.getElementById('clear').addEventListener('click', () => {
    for (const key of FILTER_KEYS) {
      state[key] = '';
    }
    writeHash();
  });
  document.getElementById('close-detail').addEventListener('click', () => {
    document.getElementById('detail').hidden = true;
  });
  document.getElementById('show-table').addEventListener('click', () => {
    const table = document.getElementById('table-view');
    table.hidden = !table.hidden;
    document.getElementById('show-table').textContent = table.hidden ? 'Table' : 'Map';
  });
  window.addEventListener('hashchange', () => {
    Object.assign(state, readHash());
    refresh();
  });
  const canvas = document.getElementById('timeline');
  canvas.addEventListener('mousedown', (e) => { drag = { from: weekAt(e), to: weekAt(e) }; drawTimeline(); });
  canvas.addEventListener('mousemove', (e) => { if (drag) { drag.to = weekAt(e); drawTimeline(); } });
  window.addEventListener('mouseup', () => {
    if (!drag) {
      return;
    }
    const [a, b] = [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
    drag = null;
    if (weeks.length) {
      state.from = isoDay(weeks[a].monday);
      state.to = isoDay(addDays(weeks[b].monday, 6));
      writeHash();
    }
  });
  canvas.addEventListener('dblclick', () => { state.from = ''; state.to = ''; writeHash(); });
  window.addEventListener('resize', drawTimeline);
}

async function refresh() {
  syncForm();
  const filters = filterParams(true);
  const [page, stats] = await Promise.all([
    getJson('api/events?' + withParams(filters, { fields: MAP_FIELDS, limit: MAX_EVENTS })),
    getJson('api/stats?' + filterParams(false)),
    choices || getJson('api/stats').then((all) => { choices = all; }),
  ]);
  fillChoices(choices);
  showMarkers(page.data);
  showTable(page.data);
  weeks = weekBins(stats.by_week);
  drawTimeline();
  const csv = withParams(filters, { format: 'csv', limit: MAX_EVENTS });
  document.getElementById('download-csv').href = 'api/events?' + csv;
  document.getElementById('download-geojson').href = 'api/events?' + withParams(filters, { format: 'geojson', limit: MAX_EVENTS });
  const more = page.total > page.count ? ` (of ${page.total}; narrow the filters to see the rest)` : '';
  status(`${page.count} events shown${more}. Last update: ${page.last_update || 'never'}.`);
  document.getElementById('map').dataset.events = String(page.count);
  if (!document.body.dataset.ready) {
    // Navigation start to the first events drawn, for the page-load benchmark.
    performance.mark('sitrep-drawn');
  }
  document.body.dataset.ready = 'true';
}

function showMarkers(events) {
  cluster.clearLayers();
  const markers = [];
  for (const e of events) {
    if (e.latitude == null || e.longitude == null) {
      continue;
    }
    const size = Math.round(10 + 4 * Math.log2(1 + (e.fatalities || 0)));
    const dot = document.createElement('div');
    dot.className = 'event-marker';
    dot.style.width = dot.style.height = size + 'px';
    dot.style.background = TYPE_COLOURS[e.event_type] || '#455a64';
    dot.dataset.eventId = e.event_id;
    const icon = L.divIcon({ html: dot, className: '', iconSize: [size, size] });
    const marker = L.marker([e.latitude, e.longitude], { icon, title: `${e.event_date || ''} ${e.event_type}: ${e.location || ''}` });
    marker.on('click', () => showDetail(e.event_id));
    markers.push(marker);
  }
  cluster.addLayers(markers);
  if (!fitted && markers.length) {
    // Frame the events once, on the first load; later filtering keeps the reader's view.
    fitted = true;
    map.fitBounds(cluster.getBounds(), { maxZoom: 6, padding: [30, 30], animate: false });
  }
}

function showTable(events) {
  const body = document.querySelector('#table-view tbody');
  body.replaceChildren();
  for (const e of events) {
    const row = body.insertRow();
    for (const value of [e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location, e.country, e.fatalities]) {
      row.insertCell().textContent = value == null ? '' : String(value);
    }
    row.addEventListener('click', () => showDetail(e.event_id));
  }
}

async function showDetail(id) {
  const d = await getJson('api/events/' + encodeURIComponent(id));
  const body = document.getElementById('detail-body');
  body.replaceChildren();
  add(body, 'h2', `${d.event_id}: ${d.event_type} / ${d.sub_event_type}`);
  const fields = add(body, 'dl');
  for (const [key, value] of Object.entries(d)) {
    if (['sources', 'history', 'evidence'].includes(key)) {
      continue;
    }
    add(fields, 'dt', key);
    add(fields, 'dd', value == null ? '—' : Array.isArray(value) ? value.join('; ') : String(value));
  }
  add(body, 'h3', 'Sources');
  for (const s of d.sources) {
    const box = add(body, 'div');
    box.className = 'source';
    const head = add(box, 'div');
    if (s.url && /^https?:\/\//i.test(s.url)) {
      const link = add(head, 'a', s.outlet || s.url);
      link.href = s.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    } else {
      add(head, 'span', s.outlet || s.article_id);
    }
    add(head, 'span', ` — ${s.published || 'undated'} — article ${s.article_id}`);
    for (const ev of s.evidence) {
      add(box, 'div', ev.field).className = 'field';
      const quote = add(box, 'blockquote');
      const [start, end] = ev.highlight || [0, 0];
      quote.append(document.createTextNode(ev.sentence.slice(0, start)));
      add(quote, 'mark', ev.sentence.slice(start, end));
      quote.append(document.createTextNode(ev.sentence.slice(end)));
    }
  }
  add(body, 'h3', 'History');
  const list = add(body, 'ol');
  list.start = 0;
  for (const r of d.history) {
    const changes = Object.entries(r.changes).map(([k, v]) => `${k}: ${v}`).join('; ');
    add(list, 'li', `${r.at} ${r.action}${r.article_id ? ' by ' + r.article_id : ''}: ${r.reason}${changes ? ' (' + changes + ')' : ''}`);
  }
  document.getElementById('detail').hidden = false;
}

function fillChoices(stats) {
  fillSelect(document.querySelector('select[name=country]'), Object.keys(stats.by_country).filter((c) => c !== 'unknown'), state.country);
  const types = [...new Set([...Object.keys(TYPE_COLOURS), ...Object.keys(stats.by_type)])].sort();
  fillSelect(document.querySelector('select[name=event_type]'), types, state.event_type);
}

function fillSelect(select, values, chosen) {
  select.replaceChildren(new Option('all', ''));
  for (const v of values) {
    select.append(new Option(v, v));
  }
  select.value = chosen || '';
}

function syncForm() {
  const form = document.getElementById('filters');
  for (const key of ['sub_event_type', 'actor', 'q']) {
    form.elements[key].value = state[key] || '';
  }
}

function weekBins(byWeek) {
  const keys = Object.keys(byWeek).filter((k) => k !== 'unknown').sort();
  if (!keys.length) {
    return [];
  }
  const bins = [];
  const last = isoWeekMonday(keys[keys.length - 1]);
  for (let monday = isoWeekMonday(keys[0]); monday <= last; monday = addDays(monday, 7)) {
    bins.push({ monday, count: 0 });
  }
  for (const k of keys) {
    const i = Math.round((isoWeekMonday(k) - bins[0].monday) / (7 * 86400000));
    bins[i].count = byWeek[k];
  }
  return bins;
}

function drawTimeline() {
  const canvas = document.getElementById('timeline');
  canvas.width = canvas.clientWidth;
  const g = canvas.getContext('2d');
  g.clearRect(0, 0, canvas.width, canvas.height);
  if (!weeks.length) {
    return;
  }
  const w = canvas.width / weeks.length;
  const max = Math.max(...weeks.map((b) => b.count));
  const chosen = selectedWeeks();
  weeks.forEach((b, i) => {
    const h = (canvas.height - 14) * b.count / max;
    g.fillStyle = chosen && i >= chosen[0] && i <= chosen[1] ? '#00796b' : '#90a4ae';
    g.fillRect(i * w + 0.5, canvas.height - 12 - h, Math.max(1, w - 1), h);
  });
  g.fillStyle = '#455a64';
  g.font = '10px sans-serif';
  g.fillText(isoDay(weeks[0].monday), 2, canvas.height - 2);
  const end = isoDay(addDays(weeks[weeks.length - 1].monday, 6));
  g.fillText(end, canvas.width - g.measureText(end).width - 2, canvas.height - 2);
}

function selectedWeeks() {
  if (drag) {
    return [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
  }
  if (!state.from && !state.to) {
    return null;
  }
  const from = state.from ? new Date(state.from + 'T00:00:00Z') : weeks[0].monday;
  const to = state.to ? new Date(state.to + 'T00:00:00Z') : addDays(weeks[weeks.length - 1].monday, 6);
  const inside = weeks.map((b, i) => [b, i]).filter(([b]) => addDays(b.monday, 6) >= from && b.monday <= to).map(([, i]) => i);
  return inside.length ? [inside[0], inside[inside.length - 1]] : null;
}

function weekAt(e) {
  const canvas = document.getElementById('timeline');
  const x = e.clientX - canvas.getBoundingClientRect().left;
  return Math.max(0, Math.min(weeks.length - 1, Math.floor(x / (canvas.clientWidth / Math.max(1, weeks.length)))));
}

function listenForNews() {
  const stream = new EventSource('api/stream');
  stream.addEventListener('events', (message) => {
    const news = JSON.parse(message.data);
    choices = null;
    toast(`New from article ${news.article_id}: ${news.created.length} new, ${news.revised.length} revised events.`);
    refresh();
  });
  stream.addEventListener('alert', (message) => {
    const alert = JSON.parse(message.data);
    const what = alert.event ? `${alert.event.event_type} in ${alert.event.location || alert.event.country || 'an unknown place'}`
      : `${alert.events} events in ${alert.admin1} in ${alert.week}`;
    toast(`Watch "${alert.watch.name}": ${what}`);
  });
}

function toast(text) {
  const box = document.getElementById('toast');
  box.textContent = text;
  box.hidden = false;
  setTimeout(() => { box.hidden = true; }, 6000);
}

function filterParams(withDates) {
  const p = new URLSearchParams();
  for (const key of ['country', 'event_type', 'sub_event_type', 'actor', 'q']) {
    if (state[key]) {
      p.set(key, state[key]);
    }
  }
  if (withDates && (state.from || state.to)) {
    if (state.from && state.to) {
      p.set('event_date', `${state.from}|${state.to}`);
      p.set('event_date_where', 'BETWEEN');
    } else {
      p.set('event_date', state.from || state.to);
      p.set('event_date_where', state.from ? '>=' : '<=');
    }
  }
  return p;
}

function withParams(base, extra) {
  const p = new URLSearchParams(base);
  for (const [k, v] of Object.entries(extra)) {
    p.set(k, v);
  }
  return p.toString();
}

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  const s = {};
  for (const key of FILTER_KEYS) {
    s[key] = p.get(key) || '';
  }
  return s;
}

function writeHash() {
  const p = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (state[key]) {
      p.set(key, state[key]);
    }
  }
  const hash = '#' + p.toString();
  if (location.hash === hash || (hash === '#' && !location.hash)) {
    refresh();
  } else {
    location.hash = hash;
  }
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.message || `${url} answered ${response.status}`);
  }
  return response.json();
}

function add(parent, tag, text) {
  const el = document.createElement(tag);
  if (text !== undefined) {
    el.textContent = text;
  }
  parent.append(el);
  return el;
}

function status(text) {
  document.getElementById('status').textContent = text;
}

function isoWeekMonday(key) {
  const [year, week] = key.split('-W').map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = addDays(jan4, -((jan4.getUTCDay() + 6) % 7));
  return addDays(mondayOfWeek1, (week - 1) * 7);
}

function addDays(date, days) {
  return new Date(date.getTime() + days * 86400000);
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}
