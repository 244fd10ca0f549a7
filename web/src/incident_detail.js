// The incident panel: the reconciled record, then every source with its
// article, the evidence sentence highlighted in the article's own text.
import { getJson } from './api.js';
import { colourOf } from './event_types.js';
import { el, fmt, isArabic, place, range } from './format.js';

export class IncidentDetail {
  constructor(panel, onToggle = () => {}) {
    this.panel = panel;
    this.onToggle = onToggle;
    this.body = panel.querySelector('#detail-body');
    panel.querySelector('#detail-close').addEventListener('click', () => this.close());
    document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') this.close(); });
  }

  close() {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.current = null;
    this.onToggle(false);
  }

  async open(incidentId) {
    this.current = incidentId;
    if (this.panel.hidden) {
      this.panel.hidden = false;
      this.onToggle(true);
    }
    this.body.replaceChildren(el('p', { class: 'hint' }, 'Loading…'));
    const inc = await getJson(`api/events/${encodeURIComponent(incidentId)}`);
    if (this.current !== incidentId) return;
    const counts = [['Fatalities', 'fatalities'], ['Wounded', 'wounded'], ['Killed or wounded', 'killed_or_wounded'], ['Arrested', 'arrested']]
      .filter(([, k]) => inc[k] != null)
      .map(([label, k]) => el('div', { class: 'count' }, el('span', { class: 'count-value' }, range(inc[k], inc[`${k}_low`], inc[`${k}_high`])),
        el('span', { class: 'count-label' }, label)));
    const facts = [
      ['Date', inc.event_date ? `${inc.event_date}${inc.time_precision > 1 ? (inc.time_precision === 2 ? ' (week)' : ' (month)') : ''}` : 'undated'],
      ['Place', place(inc) || '–'],
      ['Actors', [inc.actor1, inc.actor2].filter(Boolean).join(' vs ') || '–'],
      ['Claimed by', inc.claimed_by],
      ['Reported by', inc.reported_by],
    ].filter(([, v]) => v);
    const sources = el('ol', { class: 'sources' });
    this.body.replaceChildren(...[
      el('div', { class: 'detail-type', style: `border-color:${colourOf(inc.event_type)}` },
        el('span', { class: 'swatch', style: `background:${colourOf(inc.event_type)}` }),
        el('div', {}, el('h2', {}, inc.sub_event_type || inc.event_type), el('div', { class: 'hint' }, inc.event_type))),
      counts.length ? el('div', { class: 'counts' }, counts) : null,
      el('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', { dir: 'auto' }, v)])),
      el('h3', {}, `${inc.sources.length} source${inc.sources.length === 1 ? '' : 's'}`),
      sources].filter(Boolean));
    for (const s of inc.sources) sources.append(await this.source(s));
    // Each article scrolls (inside its own box) to its evidence.
    for (const box of sources.querySelectorAll('.article-text')) {
      const mark = box.querySelector('mark.evidence');
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 4);
    }
  }

  async source(s) {
    const head = el('div', { class: 'source-head' },
      el('strong', {}, s.source || 'unknown outlet'),
      el('span', { class: 'hint' }, [s.published ? `published ${s.published}` : null, s.event_date ? `event ${s.event_date}` : null].filter(Boolean).join(' · ')),
      s.url ? el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗') : null);
    const tolls = [['killed', s.fatalities], ['wounded', s.wounded], ['killed or wounded', s.killed_or_wounded], ['arrested', s.arrested]]
      .filter(([, v]) => v != null).map(([k, v]) => `${fmt(v)} ${k}`).join(', ');
    const item = el('li', { class: 'source', 'data-event': s.event_id }, head, tolls ? el('div', { class: 'tolls' }, `This source: ${tolls}`) : null);
    let article = null;
    try {
      article = await getJson(`api/articles/${encodeURIComponent(s.article_id)}`);
    } catch {
      /* shown below from the evidence alone */
    }
    const text = el('div', { class: 'article-text', lang: 'ar', dir: 'rtl' });
    if (article && article.text) {
      if (article.title) item.append(el('div', { class: 'article-title', lang: 'ar', dir: 'rtl' }, article.title));
      for (const seg of article.segments) {
        if (seg.records.includes(s.event_id)) text.append(el('mark', { class: 'evidence', title: 'The sentence this source states the event in' }, seg.text));
        else if (seg.records.length) text.append(el('span', { class: 'other-evidence', title: `Evidence of ${seg.records.join(', ')}` }, seg.text));
        else text.append(seg.text);
      }
    } else {
      text.append(el('mark', { class: 'evidence' }, s.evidence));
    }
    item.append(text);
    return item;
  }
}
