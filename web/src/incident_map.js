// The map: admin0/admin1 outlines from the gazetteer as the base layer (no
// tile server is reachable), incidents as clustered markers coloured by event
// type and sized by fatalities. Clicking a marker opens the incident.
import L from 'leaflet';
import 'leaflet.markercluster';
import { colourOf } from './event_types.js';
import { fmt, place } from './format.js';

const canvas = L.canvas({ padding: 0.5 });

export class IncidentMap {
  constructor(element, onSelect) {
    this.onSelect = onSelect;
    this.map = L.map(element, { zoomControl: true, worldCopyJump: false, minZoom: 3, maxZoom: 13, attributionControl: true })
      .setView([25, 30], 4);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Boundaries © Who's On First, GeoNames (CC BY 4.0)");
    this.clusters = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: clusterIcon,
    });
    this.map.addLayer(this.clusters);
    this.markers = new Map();
  }

  async loadBase(url) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`base map: ${res.status}`);
    const data = await res.json();
    const countries = L.geoJSON(data, {
      renderer: canvas,
      filter: (f) => f.properties.level === 0,
      style: { color: '#8a97a6', weight: 1.4, fillColor: '#f6f4ef', fillOpacity: 1, interactive: false },
    });
    const regions = L.geoJSON(data, {
      renderer: canvas,
      filter: (f) => f.properties.level === 1,
      style: { color: '#b9c2cc', weight: 0.7, fill: true, fillOpacity: 0, dashArray: '3 3' },
      onEachFeature: (f, layer) => {
        const p = f.properties;
        layer.bindTooltip(`${p.name}${p.name_ar ? ` · <span lang="ar" dir="rtl">${escapeHtml(p.name_ar)}</span>` : ''}`,
          { sticky: true, className: 'region-tip', direction: 'top', opacity: 0.95 });
        layer.on('mouseover', () => layer.setStyle({ fillColor: '#dfe7ef', fillOpacity: 0.55 }));
        layer.on('mouseout', () => layer.setStyle({ fillOpacity: 0 }));
      },
    });
    countries.addTo(this.map);
    regions.addTo(this.map);
    countries.bringToBack();
  }

  show(events) {
    this.clusters.clearLayers();
    this.markers.clear();
    const layers = [];
    for (const e of events) {
      if (e.latitude == null || e.longitude == null) continue;
      const marker = L.marker([e.latitude, e.longitude], { icon: eventIcon(e), title: `${e.event_type} — ${place(e)}`, keyboard: true });
      marker.incident = e;
      marker.bindTooltip(tooltip(e), { direction: 'top', offset: [0, -6] });
      marker.on('click', () => this.onSelect(e.incident_id));
      this.markers.set(e.incident_id, marker);
      layers.push(marker);
    }
    this.clusters.addLayers(layers);
    return layers.length;
  }

  fit() {
    const bounds = this.clusters.getBounds();
    if (bounds.isValid()) this.map.fitBounds(bounds.pad(0.25), { maxZoom: 8, animate: false });
  }

  resize() {
    this.map.invalidateSize({ pan: false });
  }

  focus(incidentId) {
    const marker = this.markers.get(incidentId);
    if (marker) this.clusters.zoomToShowLayer(marker, () => marker.openTooltip());
  }
}

function radius(e) {
  const dead = e.fatalities || 0;
  return Math.round(Math.min(30, 9 + 4 * Math.sqrt(dead)));
}

function eventIcon(e) {
  const size = radius(e);
  return L.divIcon({
    className: 'event-marker',
    html: `<span style="background:${colourOf(e.event_type)};width:${size}px;height:${size}px"></span>`,
    iconSize: [size, size],
  });
}

function clusterIcon(cluster) {
  const markers = cluster.getAllChildMarkers();
  const byType = new Map();
  let dead = 0;
  for (const m of markers) {
    byType.set(m.incident.event_type, (byType.get(m.incident.event_type) || 0) + 1);
    dead += m.incident.fatalities || 0;
  }
  // A ring split by event type around the count.
  let angle = 0;
  const stops = [];
  for (const [type, n] of [...byType].sort((a, b) => b[1] - a[1])) {
    const next = angle + (360 * n) / markers.length;
    stops.push(`${colourOf(type)} ${angle}deg ${next}deg`);
    angle = next;
  }
  const size = Math.round(Math.min(64, 30 + 6 * Math.log2(markers.length)));
  return L.divIcon({
    className: 'event-cluster',
    html: `<div style="width:${size}px;height:${size}px;background:conic-gradient(${stops.join(',')})" title="${fmt(dead)} fatalities"><span>${markers.length}</span></div>`,
    iconSize: [size, size],
  });
}

function tooltip(e) {
  return `<strong>${escapeHtml(e.sub_event_type || e.event_type)}</strong><br>${escapeHtml(e.event_date || 'undated')} · ${escapeHtml(place(e))}` +
    (e.fatalities != null ? `<br>${fmt(e.fatalities)} killed` : '');
}

export function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
