// The incidents of the current view, newest first, a page at a time.
import { colourOf } from './event_types.js';
import { el, fmt, isArabic, place, range } from './format.js';

const PAGE = 25;

export class IncidentTable {
  constructor(table, onSelect) {
    this.body = table.querySelector('tbody');
    this.onSelect = onSelect;
    this.events = [];
    this.page = 0;
    document.getElementById('page-prev').addEventListener('click', () => this.turn(-1));
    document.getElementById('page-next').addEventListener('click', () => this.turn(1));
  }

  show(events, total) {
    this.events = [...events].reverse();
    this.total = total;
    this.page = 0;
    this.render();
  }

  turn(delta) {
    const pages = Math.max(1, Math.ceil(this.events.length / PAGE));
    this.page = Math.min(pages - 1, Math.max(0, this.page + delta));
    this.render();
  }

  render() {
    const rows = this.events.slice(this.page * PAGE, (this.page + 1) * PAGE).map((e) => {
      const actors = [e.actor1, e.actor2].filter(Boolean).join(' vs ');
      return el('tr', { tabindex: 0, 'data-incident': e.incident_id, onclick: () => this.onSelect(e.incident_id),
        onkeydown: (ev) => { if (ev.key === 'Enter') this.onSelect(e.incident_id); } },
        el('td', { class: 'date' }, e.event_date || 'undated'),
        el('td', {}, el('span', { class: 'swatch', style: `background:${colourOf(e.event_type)}` }),
          el('span', { class: 'type' }, e.sub_event_type || e.event_type)),
        el('td', { dir: 'auto', lang: isArabic(place(e)) ? 'ar' : null }, place(e) || '–'),
        el('td', {}, actors || '–'),
        el('td', { class: 'num' }, range(e.fatalities, e.fatalities_low, e.fatalities_high)),
        el('td', { class: 'num' }, fmt(e.sources_count)));
    });
    this.body.replaceChildren(...rows);
    if (!rows.length) this.body.append(el('tr', {}, el('td', { colspan: 6, class: 'empty' }, 'No incidents match the filters.')));
    const pages = Math.max(1, Math.ceil(this.events.length / PAGE));
    document.getElementById('page-info').textContent = `Page ${this.page + 1} of ${pages}`;
    document.getElementById('page-prev').disabled = this.page === 0;
    document.getElementById('page-next').disabled = this.page >= pages - 1;
    document.getElementById('table-note').textContent = this.total > this.events.length
      ? `newest ${fmt(this.events.length)} of ${fmt(this.total)}` : '';
  }

  highlight(incidentId) {
    for (const tr of this.body.querySelectorAll('tr')) tr.classList.toggle('selected', tr.dataset.incident === incidentId);
  }
}
