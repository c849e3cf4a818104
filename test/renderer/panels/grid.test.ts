import { describe, expect, it } from 'vitest';
import { computeWeights } from '../../../shared/analysis';
import {
  BANDS,
  GRID_COLUMNS,
  INFLUENTIAL_BANDS,
  INFLUENTIAL_FROM,
  bandIndex,
  formatInfluence,
  moveForKey,
  moveFrom,
  placePeople,
} from '../../../renderer/panels/logic/grid';
import { person } from '../../support/builders';

describe('grid columns and bands', () => {
  it('runs blocker to champion with unknown last, in its own column', () => {
    expect(GRID_COLUMNS).toEqual(['blocker', 'opponent', 'neutral', 'supporter', 'champion', 'unknown']);
  });

  it('puts the line between influential and not at a key person’s share', () => {
    expect(INFLUENTIAL_FROM).toBe(20);
    expect(BANDS[INFLUENTIAL_BANDS - 1]!.min).toBe(INFLUENTIAL_FROM);
    expect(bandIndex(100)).toBe(0);
    expect(bandIndex(50)).toBe(0);
    expect(bandIndex(49.9)).toBe(1);
    expect(bandIndex(20)).toBe(1);
    expect(bandIndex(19.99)).toBe(2);
    expect(bandIndex(10)).toBe(2);
    expect(bandIndex(0)).toBe(3);
  });
});

describe('placePeople', () => {
  it('places entered influence as entered, and unjudged people by their normalised weight, marked estimated', () => {
    const people = [
      person('a', { attitude: 'supporter', influence: 70 }),
      person('b', { attitude: 'unknown', influence: null, level: 'decision', roles: ['decision-maker'] }),
      person('c', { attitude: 'blocker', influence: 5 }),
    ];
    const shares = computeWeights(people, 'evaluation').shares;
    const layout = placePeople(people, shares);
    const a = layout.byId.get('a')!;
    const b = layout.byId.get('b')!;
    const c = layout.byId.get('c')!;
    expect(a).toMatchObject({ value: 70, estimated: false, column: 3, band: 0 });
    expect(b.estimated).toBe(true);
    expect(b.value).toBeCloseTo(shares[1]! * 100);
    expect(b.column).toBe(5);
    expect(c).toMatchObject({ value: 5, column: 0, band: 3 });
  });

  it('orders a cell by influence, then name, and lists chips in reading order', () => {
    const people = [
      person('x', { name: 'Xu', attitude: 'neutral', influence: 30 }),
      person('y', { name: 'Yang', attitude: 'neutral', influence: 40 }),
      person('w', { name: 'Wu', attitude: 'neutral', influence: 30 }),
      person('z', { name: 'Zhou', attitude: 'blocker', influence: 25 }),
      person('top', { name: 'Top', attitude: 'champion', influence: 90 }),
    ];
    const layout = placePeople(people, computeWeights(people, 'needs').shares);
    expect(layout.cells[1]![2]!.map((chip) => chip.id)).toEqual(['y', 'w', 'x']);
    expect(layout.cells[1]![2]!.map((chip) => chip.index)).toEqual([0, 1, 2]);
    expect(layout.chips.map((chip) => chip.id)).toEqual(['top', 'z', 'y', 'w', 'x']);
  });

  it('handles an empty map', () => {
    const layout = placePeople([], []);
    expect(layout.chips).toEqual([]);
    expect(moveFrom(layout, 'any', 'down')).toBeNull();
  });

  it('formats influence: decimals as entered, estimates rounded', () => {
    expect(formatInfluence({ value: 12.5, estimated: false })).toBe('12.5');
    expect(formatInfluence({ value: 12.5, estimated: true })).toBe('13');
    expect(formatInfluence({ value: 30, estimated: false })).toBe('30');
  });
});

describe('moveFrom', () => {
  // blocker   opponent  neutral   supporter champion  unknown
  // ----------------------------------------------------------  high (>= 50)
  //                                          A(60)
  // ----------------------------------------------------------  mid (20-49)
  // B(30)               C(40)                          D(null)
  //                     E(25)
  // ----------------------------------------------------------  low (10-19)
  //                     F(15)
  // ----------------------------------------------------------  min (< 10)
  //                               G(5)
  const people = [
    person('A', { attitude: 'champion', influence: 60 }),
    person('B', { attitude: 'blocker', influence: 30 }),
    person('C', { attitude: 'neutral', influence: 40 }),
    person('D', { attitude: 'unknown', influence: null }),
    person('E', { attitude: 'neutral', influence: 25 }),
    person('F', { attitude: 'neutral', influence: 15 }),
    person('G', { attitude: 'supporter', influence: 5 }),
  ];
  // D's default share would be all of the unjudged weight; pin it into the mid band.
  const layout = placePeople(people, [0, 0, 0, 0.3, 0, 0, 0]);

  it('moves up and down within a column, across bands', () => {
    expect(moveFrom(layout, 'C', 'down')).toBe('E');
    expect(moveFrom(layout, 'E', 'down')).toBe('F');
    expect(moveFrom(layout, 'F', 'up')).toBe('E');
    expect(moveFrom(layout, 'C', 'up')).toBeNull();
    expect(moveFrom(layout, 'F', 'down')).toBeNull();
  });

  it('moves left and right to the nearest person in the next column that has anyone', () => {
    expect(moveFrom(layout, 'B', 'right')).toBe('C');
    expect(moveFrom(layout, 'C', 'left')).toBe('B');
    expect(moveFrom(layout, 'E', 'left')).toBe('B');
    expect(moveFrom(layout, 'F', 'right')).toBe('G');
    expect(moveFrom(layout, 'C', 'right')).toBe('G');
    expect(moveFrom(layout, 'A', 'right')).toBe('D');
    expect(moveFrom(layout, 'D', 'left')).toBe('A');
    expect(moveFrom(layout, 'B', 'left')).toBeNull();
    expect(moveFrom(layout, 'D', 'right')).toBeNull();
  });

  it('jumps to the first and last person in reading order', () => {
    expect(moveFrom(layout, 'F', 'first')).toBe('A');
    expect(moveFrom(layout, 'A', 'last')).toBe('G');
  });

  it('maps arrow keys, Home and End, and ignores other keys', () => {
    expect(moveForKey('ArrowUp')).toBe('up');
    expect(moveForKey('ArrowDown')).toBe('down');
    expect(moveForKey('ArrowLeft')).toBe('left');
    expect(moveForKey('ArrowRight')).toBe('right');
    expect(moveForKey('Home')).toBe('first');
    expect(moveForKey('End')).toBe('last');
    expect(moveForKey('a')).toBeNull();
  });
});
