/**
 * The map's legend (English), one wording for the canvas, the SVG drawing and the deck: the
 * legend model (shared/mapLayout/legend.ts) picks these words, each medium draws them.
 */
export const legend = {
  'legend.title': 'Legend',
  'legend.attitude': 'Attitude (card colour and label)',
  'legend.closeness': 'Closeness (card border)',
  'legend.lines': 'Lines',
  'legend.reportsTo': 'reports to (arrow to the manager)',
  'legend.influences': 'influences (arrow to the one swayed)',
  'legend.strength': 'weak, medium, strong influence',
  'legend.ally': 'ally: shared interests',
  'legend.conflict': 'conflict: conflicting interests',
  'legend.influence': 'Influence weight (bar, 0 to 100%)',
  'legend.influenceSample': 'weight entered',
  'legend.influenceNone': 'not judged yet',
  'legend.roles': 'Buying roles',
  'legend.rings': 'Rings',
  'legend.selected': 'selected',
  'legend.highlighted': 'highlighted by a gap',
} as const;
