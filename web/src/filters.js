// The filter panel: dates, country, admin1, actor and type. Its state lives
// in the URL hash (a view can be shared) and every change calls onChange.
const FIELDS = ['from', 'to', 'country', 'admin1', 'actor', 'type'];

export class Filters {
  constructor(onChange) {
    this.onChange = onChange;
    this.inputs = Object.fromEntries(FIELDS.map((f) => [f, document.getElementById(`filter-${f}`)]));
    this.values = Object.fromEntries(FIELDS.map((f) => [f, '']));
    const hash = new URLSearchParams(location.hash.slice(1));
    for (const f of FIELDS) this.values[f] = hash.get(f) || '';
    for (const f of FIELDS) {
      const input = this.inputs[f];
      input.addEventListener('change', () => this.set({ [f]: input.value.trim() }));
    }
    document.getElementById('filter-reset').addEventListener('click', () =>
      this.set(Object.fromEntries(FIELDS.map((f) => [f, '']))));
  }

  // Fills the choices from the incidents of the unfiltered view.
  setChoices(events) {
    const uniq = (xs) => [...new Set(xs.filter(Boolean))].sort((a, b) => a.localeCompare(b));
    this.admin1ByCountry = new Map();
    for (const e of events) {
      if (!e.country_code || !e.admin1) continue;
      if (!this.admin1ByCountry.has(e.country_code)) this.admin1ByCountry.set(e.country_code, new Set());
      this.admin1ByCountry.get(e.country_code).add(e.admin1);
    }
    const countries = new Map();
    for (const e of events) if (e.country_code) countries.set(e.country_code, e.country || e.country_code);
    fillSelect(this.inputs.country, 'All countries',
      [...countries].sort((a, b) => a[1].localeCompare(b[1])).map(([code, name]) => [code, name]));
    this.allAdmin1 = uniq(events.map((e) => e.admin1));
    fillSelect(this.inputs.type, 'All types', uniq(events.map((e) => e.event_type)).map((t) => [t, t]));
    const actors = uniq(events.flatMap((e) => [e.actor1, e.actor2]));
    document.getElementById('actor-list').replaceChildren(...actors.map((a) => new Option(a, a)));
    this.render();
  }

  set(changes) {
    Object.assign(this.values, changes);
    if ('country' in changes && this.values.admin1 && this.admin1ByCountry && changes.country) {
      const inCountry = this.admin1ByCountry.get(changes.country);
      if (inCountry && !inCountry.has(this.values.admin1)) this.values.admin1 = '';
    }
    const hash = new URLSearchParams(Object.entries(this.values).filter(([, v]) => v));
    history.replaceState(null, '', hash.toString() ? `#${hash}` : location.pathname + location.search);
    this.render();
    this.onChange(this.query());
  }

  query() {
    return Object.fromEntries(Object.entries(this.values).filter(([, v]) => v));
  }

  render() {
    const admin1 = this.values.country && this.admin1ByCountry?.get(this.values.country);
    fillSelect(this.inputs.admin1, 'All regions', [...(admin1 || this.allAdmin1 || [])].sort().map((a) => [a, a]));
    for (const f of FIELDS) {
      const input = this.inputs[f];
      if (input.tagName === 'SELECT' && this.values[f] && ![...input.options].some((o) => o.value === this.values[f]))
        input.add(new Option(this.values[f], this.values[f]));
      input.value = this.values[f];
    }
    const active = Object.entries(this.values).filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`);
    document.getElementById('active-filters').textContent = active.length ? `Showing ${active.join(' · ')}` : '';
  }
}

function fillSelect(select, allLabel, options) {
  const current = select.value;
  select.replaceChildren(new Option(allLabel, ''), ...options.map(([value, label]) => new Option(label, value)));
  select.value = current;
}
