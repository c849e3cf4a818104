/**
 * The likelihood-by-decision-date chart of a big pipeline draws few SVG elements, one path per
 * status, yet still every deal at its place in its colour, with its summary for screen readers;
 * a small one keeps a circle and a tooltip per deal. Rendered to static markup, as the browser
 * receives it.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartPoint, DecisionChart, PipelineStatus } from '../../../shared/pipeline/onRows';
import { NAMED_POINTS, DecisionChartView } from '../../../renderer/pipeline/DecisionChartView';
import { LangProvider } from '../../../renderer/i18n/LangContext';
import { crowdedRadius, SMALLEST_DOT } from '../../../renderer/pipeline/chartDots';

const STATUSES: readonly PipelineStatus[] = ['red', 'amber', 'green'];

/** `count` deals over the fourth quarter, their days, likelihoods and statuses spread (and some shared). */
function chartOf(count: number): DecisionChart {
  const points: ChartPoint[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + ((i * 7) % 92);
    const month = day <= 31 ? 10 : day <= 61 ? 11 : 12;
    const date = `2026-${month}-${String(day - (month === 10 ? 0 : month === 11 ? 31 : 61)).padStart(2, '0')}`;
    points.push({
      dealId: `d${i}`,
      name: `Deal ${i}`,
      decisionDate: date,
      likelihood: (i * 13) % 101,
      value: 1000,
      currency: 'EUR',
      status: STATUSES[i % 3]!,
    });
  }
  points.sort((a, b) => (a.decisionDate < b.decisionDate ? -1 : a.decisionDate > b.decisionDate ? 1 : 0));
  return { from: '2026-10-01', to: '2026-12-31', points, overdue: 0 };
}

const markup = (chart: DecisionChart) =>
  renderToStaticMarkup(
    createElement(LangProvider, { lang: 'en', children: createElement(DecisionChartView, { chart }) }),
  );

const svgOf = (html: string) => /<svg[^>]*>(.*)<\/svg>/s.exec(html)![1]!;
const elements = (svg: string) => [...svg.matchAll(/<(\w+)[\s>/]/g)].map((m) => m[1]!);

describe('the decision chart', () => {
  it('draws 1,551 deals with a handful of elements: the rules, the labels and one path per status', () => {
    const chart = chartOf(1551);
    const html = markup(chart);
    const svg = svgOf(html);
    expect(elements(svg).length).toBeLessThan(20);
    expect(elements(svg).filter((tag) => tag === 'circle')).toEqual([]);
    const paths = [...svg.matchAll(/<path d="([^"]+)" class="pl-dot pl-dots is-(\w+)"/g)];
    expect(paths.map((p) => p[2])).toEqual(['green', 'amber', 'red']);
    // Every deal is drawn in its colour: as many circles per status as distinct places of its deals.
    for (const [, d, status] of paths) {
      const places = new Set(
        chart.points.filter((p) => p.status === status).map((p) => `${p.decisionDate} ${p.likelihood}`),
      );
      expect(d!.match(/M/g)!.length, status).toBe(places.size);
    }
    // The summary for screen readers says how many deals there are.
    expect(html).toContain('1551');
    expect(html).toMatch(/aria-labelledby="pl-chart-points"/);
  });

  it('keeps a circle with its tooltip per deal up to the named points', () => {
    const chart = chartOf(NAMED_POINTS);
    const svg = svgOf(markup(chart));
    expect(elements(svg).filter((tag) => tag === 'circle')).toHaveLength(NAMED_POINTS);
    expect(elements(svg).filter((tag) => tag === 'title')).toHaveLength(NAMED_POINTS);
    expect(elements(svg).filter((tag) => tag === 'path')).toEqual([]);
  });

  it('draws crowded deals as small dots that cover about half the plot, not one block', () => {
    const chart = chartOf(1551);
    const svg = svgOf(markup(chart));
    const paths = [...svg.matchAll(/<path d="([^"]+)" class="pl-dot pl-dots/g)].map((m) => m[1]!);
    const radii = new Set(paths.flatMap((d) => [...d.matchAll(/a([\d.]+),/g)].map((m) => Number(m[1]))));
    expect(radii.size).toBe(1);
    const [radius] = [...radii] as [number];
    expect(radius).toBeLessThan(5);
    expect(radius).toBeGreaterThanOrEqual(SMALLEST_DOT);
    const circles = paths.reduce((sum, d) => sum + d.match(/M/g)!.length, 0);
    const plotArea = (420 - 34 - 10) * (160 - 10 - 24);
    // Dots of the largest size would cover it two and a half times over.
    expect((circles * Math.PI * radius * radius) / plotArea).toBeLessThanOrEqual(0.6);
  });
});

describe("the dots' size where deals crowd", () => {
  it('keeps the largest dot for deals apart, and shrinks as they crowd', () => {
    const apart = Array.from({ length: 100 }, (_, i) => ({ x: (i % 10) * 40, y: Math.floor(i / 10) * 40 }));
    expect(crowdedRadius(apart, 5)).toBe(5);
    const crowded = Array.from({ length: 400 }, (_, i) => ({ x: 100 + (i % 20), y: 50 + Math.floor(i / 20) }));
    expect(crowdedRadius(crowded, 5)).toBe(SMALLEST_DOT);
    const some = Array.from({ length: 100 }, (_, i) => ({ x: (i % 10) * 4, y: Math.floor(i / 10) * 4 }));
    expect(crowdedRadius(some, 5)).toBeGreaterThan(SMALLEST_DOT);
    expect(crowdedRadius(some, 5)).toBeLessThan(5);
  });

  it('is always between the smallest dot and the largest, and no larger for more deals at the same places', () => {
    const place = fc.record({
      x: fc.double({ min: 0, max: 420, noNaN: true }),
      y: fc.double({ min: 0, max: 160, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(place, { maxLength: 300 }), fc.integer({ min: 2, max: 4 }), (places, copies) => {
        const radius = crowdedRadius(places, 5);
        expect(radius).toBeGreaterThanOrEqual(SMALLEST_DOT);
        expect(radius).toBeLessThanOrEqual(5);
        expect(
          crowdedRadius(
            places.flatMap((at) => Array<typeof at>(copies).fill(at)),
            5,
          ),
        ).toBeLessThanOrEqual(radius);
      }),
    );
  });
});
