// rasad's dashboard: filters drive the map, the timeline and the table
// together; a marker or a row opens the incident with its evidence.
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { getJson, MAP_LIMIT } from './api.js';
import { EVENT_TYPES } from './event_types.js';
import { Filters } from './filters.js';
import { el, fmt } from './format.js';
import { IncidentDetail } from './incident_detail.js';
import { IncidentMap } from './incident_map.js';
import { IncidentTable } from './incident_table.js';
import { Timeline } from './timeline.js';

const detail = new IncidentDetail(document.getElementById('detail'), (open) => {
  document.querySelector('.layout').classList.toggle('with-detail', open);
  map.resize();
});
const select = (id) => {
  table.highlight(id);
  detail.open(id).catch(showError);
};
const map = new IncidentMap(document.getElementById('map'), select);
const table = new IncidentTable(document.getElementById('events-table'), (id) => {
  map.focus(id);
  select(id);
});
const timeline = new Timeline(document.getElementById('timeline'), (from, to) => filters.set({ from, to }));
const filters = new Filters((query) => refresh(query).catch(showError));

document.getElementById('legend').replaceChildren(...EVENT_TYPES.map(([type, colour]) =>
  el('li', {}, el('button', { type: 'button', class: 'legend-item', title: `Show only ${type}`, onclick: () => filters.set({ type }) },
    el('span', { class: 'swatch', style: `background:${colour}` }), type))));

let generation = 0;
async function refresh(query) {
  const mine = ++generation;
  document.body.classList.add('loading');
  const [events, stats] = await Promise.all([
    getJson('api/events', { ...query, limit: MAP_LIMIT }),
    getJson('api/stats', { ...query, per: 'country' }),
  ]);
  if (mine !== generation) return;
  const shown = map.show(events.events);
  map.fit();
  table.show(events.events, events.total);
  const weeks = timeline.show(stats.rows);
  const dead = stats.rows.reduce((n, r) => n + r.fatalities, 0);
  const sources = events.events.reduce((n, e) => n + (e.sources_count || 0), 0);
  const corroborated = events.events.filter((e) => e.sources_count > 1).length;
  document.getElementById('incident-count').textContent = fmt(events.total);
  document.getElementById('fatality-count').textContent = fmt(dead);
  document.getElementById('source-count').textContent = fmt(sources) + (events.total > events.events.length ? '+' : '');
  document.getElementById('multi-count').textContent = fmt(corroborated);
  document.getElementById('timeline-note').textContent = weeks ? `${weeks} week${weeks === 1 ? '' : 's'}` : '';
  document.getElementById('map').dataset.markers = String(shown);
  document.body.classList.remove('loading');
  document.body.dataset.ready = String(mine);
}

function showError(err) {
  document.body.classList.remove('loading');
  const box = document.getElementById('error');
  box.textContent = `Could not load: ${err.message}`;
  box.hidden = false;
  setTimeout(() => { box.hidden = true; }, 8000);
}

(async () => {
  try {
    await map.loadBase('basemap.json');
  } catch (err) {
    showError(err);
  }
  const everything = await getJson('api/events', { limit: MAP_LIMIT });
  filters.setChoices(everything.events);
  await refresh(filters.query());
})().catch(showError);
