// The weekly timeline (uPlot): incidents as bars, fatalities as a line on its
// own axis, from /api/stats. Dragging across it picks a date range.
import uPlot from 'uplot';

export class Timeline {
  constructor(element, onRange) {
    this.element = element;
    this.onRange = onRange;
    this.plot = null;
    new ResizeObserver(() => this.plot?.setSize(this.size())).observe(element);
  }

  size() {
    return { width: Math.max(300, this.element.clientWidth), height: 190 };
  }

  // rows: [{week: "YYYY-MM-DD", incidents, fatalities}] of any grouping; summed per week.
  show(rows) {
    const weeks = new Map();
    for (const r of rows) {
      const w = weeks.get(r.week) || { incidents: 0, fatalities: 0 };
      w.incidents += r.incidents;
      w.fatalities += r.fatalities;
      weeks.set(r.week, w);
    }
    const sorted = [...weeks].sort((a, b) => a[0].localeCompare(b[0]));
    const data = [
      sorted.map(([w]) => Date.parse(`${w}T00:00:00Z`) / 1000),
      sorted.map(([, v]) => v.incidents),
      sorted.map(([, v]) => v.fatalities),
    ];
    this.plot?.destroy();
    this.plot = null;
    this.element.replaceChildren();
    if (!sorted.length) {
      this.element.textContent = 'No dated incidents match the filters.';
      return 0;
    }
    const week = 7 * 86400;
    const opts = {
      ...this.size(),
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      cursor: { drag: { x: true, y: false, setScale: false } },
      select: { show: true },
      legend: { live: true },
      scales: { x: { time: true, range: (u, min, max) => [min - week, max + week] } },
      series: [
        { label: 'Week of', value: (u, v) => (v == null ? '–' : new Date(v * 1000).toISOString().slice(0, 10)) },
        { label: 'Incidents', scale: 'n', fill: 'rgba(42,122,176,0.55)', stroke: '#2a7ab0', width: 1,
          paths: uPlot.paths.bars({ size: [0.7, 40] }), points: { show: false } },
        { label: 'Fatalities', scale: 'k', stroke: '#d1495b', width: 2, points: { size: 5, fill: '#d1495b' } },
      ],
      axes: [
        { stroke: '#5b6775', grid: { stroke: '#eef1f4' } },
        { scale: 'n', label: 'Incidents', stroke: '#2a7ab0', grid: { stroke: '#eef1f4' }, size: 50 },
        { scale: 'k', label: 'Fatalities', side: 1, stroke: '#d1495b', grid: { show: false }, size: 50 },
      ],
      hooks: {
        setSelect: [(u) => {
          if (u.select.width < 5) return;
          const from = u.posToVal(u.select.left, 'x');
          const to = u.posToVal(u.select.left + u.select.width, 'x');
          u.setSelect({ width: 0, height: 0 }, false);
          this.onRange(isoDay(from), isoDay(to + week - 86400));
        }],
      },
    };
    this.plot = new uPlot(opts, data, this.element);
    return sorted.length;
  }
}

const isoDay = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 10);
