import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COURSE_EXAMPLE_JSON, courseExampleCopy } from '../../../renderer/library/courseExample';

describe('the course example shipped in the renderer', () => {
  it('is the course’s file, byte for byte (one example, kept in step)', () => {
    const shipped = readFileSync('renderer/library/courseExample.powermap.json', 'utf8');
    expect(shipped).toBe(readFileSync('test/fixtures/seed-shortlisting.powermap.json', 'utf8'));
    expect(COURSE_EXAMPLE_JSON).toEqual(JSON.parse(shipped));
  });

  it('opens as a copy with its own id, the whole deal read by the normal reader', () => {
    const copy = courseExampleCopy('d-copy');
    expect(copy.deal.id).toBe('d-copy');
    expect(copy.deal.name).toBe('设备采购项目');
    expect(copy.stakeholders.map((p) => p.name)).toContain('副总');
    expect(courseExampleCopy().deal.id).not.toBe('seed-example');
  });
});

describe('the name the library offers', () => {
  it('is the example’s deal name', async () => {
    const { COURSE_EXAMPLE_NAME } = await import('../../../renderer/library/courseExample');
    expect(courseExampleCopy().deal.name).toBe(COURSE_EXAMPLE_NAME);
  });
});
