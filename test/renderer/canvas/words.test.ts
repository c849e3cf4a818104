/** The canvas wording: complete in both languages, and React Flow's own labels taken from it. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n';
import { canvas as en } from '../../../shared/i18n/en/canvas';
import { canvas as zh } from '../../../shared/i18n/zh-CN/canvas';
import { legend as zhLegend } from '../../../shared/i18n/zh-CN/legend';
import { ariaLabels } from '../../../renderer/canvas/ariaLabels';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the canvas catalogue', () => {
  it('has the same keys in English and Chinese, none empty, and no placeholder key left', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(zh)]) expect(text.trim(), key).not.toBe('');
    expect(en).not.toHaveProperty('canvas.placeholder');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('uses the glossary terms in Chinese', () => {
    expect(zhLegend['legend.attitude']).toContain('态度');
    expect(zhLegend['legend.closeness']).toContain('联系');
    expect(zhLegend['legend.influence']).toContain('影响项目的比重');
    expect(zh['canvas.owner']).toContain('负责人');
    expect(zh['canvas.line.conflict']).toContain('利益纠纷');
  });
});

describe('ariaLabels', () => {
  it('names every control and describes nodes and lines in the interface language', () => {
    const labels = ariaLabels(translator('zh-CN'));
    expect(labels['controls.zoomIn.ariaLabel']).toBe('放大');
    expect(labels['controls.zoomOut.ariaLabel']).toBe('缩小');
    expect(labels['controls.fitView.ariaLabel']).toBe(zh['canvas.zoomToFit']);
    expect(labels['minimap.ariaLabel']).toBe(zh['canvas.minimap']);
    expect(labels['node.a11yDescription.default']).toBe(zh['canvas.a11y.node']);
    expect(labels['edge.a11yDescription.default']).toBe(zh['canvas.a11y.edge']);
  });

  it('words the announcement of a keyboard move', () => {
    const live = ariaLabels(translator('en'))['node.a11yDescription.ariaLiveMessage']!;
    expect(live({ direction: 'left', x: 10, y: 20 })).toBe('Moved the selected people left. New position: x 10, y 20.');
  });
});
