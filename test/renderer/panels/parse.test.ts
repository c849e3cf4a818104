import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  parseCurrency,
  parseDateInput,
  parseInfluence,
  parseMoney,
  parseRequiredText,
} from '../../../renderer/panels/logic/parse';

describe('parseInfluence', () => {
  it('reads 0..100, with or without a percent sign, and empty as not judged', () => {
    expect(parseInfluence('30')).toEqual({ ok: true, value: 30 });
    expect(parseInfluence(' 12.5 % ')).toEqual({ ok: true, value: 12.5 });
    expect(parseInfluence('0')).toEqual({ ok: true, value: 0 });
    expect(parseInfluence('100')).toEqual({ ok: true, value: 100 });
    expect(parseInfluence('')).toEqual({ ok: true, value: null });
    expect(parseInfluence('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses values outside 0..100 and text that is not a number', () => {
    expect(parseInfluence('150')).toEqual({ ok: false, error: 'influenceRange' });
    expect(parseInfluence('-1')).toEqual({ ok: false, error: 'influenceRange' });
    expect(parseInfluence('abc')).toEqual({ ok: false, error: 'number' });
    expect(parseInfluence('1e2')).toEqual({ ok: false, error: 'number' });
    expect(parseInfluence('0x10')).toEqual({ ok: false, error: 'number' });
    expect(parseInfluence('30%%')).toEqual({ ok: false, error: 'number' });
  });

  it('accepts full-width digits from a Chinese input method', () => {
    expect(parseInfluence('３０％')).toEqual({ ok: true, value: 30 });
    expect(parseInfluence('１２．５')).toEqual({ ok: true, value: 12.5 });
  });
});

describe('parseRequiredText', () => {
  it('refuses blank names and keeps others exactly as typed', () => {
    expect(parseRequiredText('')).toEqual({ ok: false, error: 'blank' });
    expect(parseRequiredText('  \t')).toEqual({ ok: false, error: 'blank' });
    expect(parseRequiredText(' 张华 ')).toEqual({ ok: true, value: ' 张华 ' });
  });
});

describe('parseMoney', () => {
  it('reads amounts with thousands separators, empty as not known', () => {
    expect(parseMoney('1,200,000')).toEqual({ ok: true, value: 1_200_000 });
    expect(parseMoney('1 200 000.50')).toEqual({ ok: true, value: 1_200_000.5 });
    expect(parseMoney('１，２００')).toEqual({ ok: true, value: 1200 });
    expect(parseMoney('')).toEqual({ ok: true, value: null });
  });

  it('refuses negative amounts and words', () => {
    expect(parseMoney('-5')).toEqual({ ok: false, error: 'negative' });
    expect(parseMoney('a lot')).toEqual({ ok: false, error: 'number' });
  });
});

describe('parseCurrency', () => {
  it('upper-cases three-letter codes; empty means none', () => {
    expect(parseCurrency('cny')).toEqual({ ok: true, value: 'CNY' });
    expect(parseCurrency(' usd ')).toEqual({ ok: true, value: 'USD' });
    expect(parseCurrency('')).toEqual({ ok: true, value: undefined });
  });

  it('refuses anything else', () => {
    expect(parseCurrency('RMB1')).toEqual({ ok: false, error: 'currency' });
    expect(parseCurrency('¥')).toEqual({ ok: false, error: 'currency' });
    expect(parseCurrency('US')).toEqual({ ok: false, error: 'currency' });
  });
});

describe('parseDateInput', () => {
  it('reads real calendar dates; empty is none unless the input says it is half typed', () => {
    expect(parseDateInput('2026-11-20')).toEqual({ ok: true, value: '2026-11-20' });
    expect(parseDateInput('')).toEqual({ ok: true, value: null });
    expect(parseDateInput('', true)).toEqual({ ok: false, error: 'date' });
  });

  it('refuses dates that do not exist or years a document cannot hold', () => {
    expect(parseDateInput('2026-02-30')).toEqual({ ok: false, error: 'date' });
    expect(parseDateInput('275760-09-13')).toEqual({ ok: false, error: 'date' });
    expect(parseDateInput('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDateInput('2023-02-29')).toEqual({ ok: false, error: 'date' });
  });
});

describe('formatNumber', () => {
  it('formats stored values back', () => {
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(undefined)).toBe('');
    expect(formatNumber(30)).toBe('30');
  });
});
