/**
 * The PowerPoint deck for deal reviews (English): slide headings, the likelihood and gap
 * slides' words, and the names of the shapes (shown in PowerPoint's selection pane).
 */
export const deck = {
  // Title slide
  'deck.title.kicker': 'Deal review',
  'deck.title.value': 'Deal value: {value}',
  'deck.title.decisionDate': 'Decision date: {date}',
  'deck.title.competitors': 'Competitors: {names}',
  'deck.title.people': 'People on the map: {people} · coverage gaps: {gaps}',

  // Map slide
  'deck.map.heading': 'The buying organisation: {deal}',
  'deck.map.small': '{count} people: cards show names only at this size. Zoom in to read them.',

  // Likelihood slide
  'deck.likelihood.heading': 'Win likelihood: {value}% (estimate)',
  'deck.likelihood.column.term': 'What it comes from',
  'deck.likelihood.column.points': 'Points',
  'deck.likelihood.more': '{count} more terms',
  'deck.likelihood.total': 'Win likelihood (estimate)',
  'deck.likelihood.note': 'The base plus every term gives the figure shown. An estimate from the map, not a forecast.',

  // Gaps slide
  'deck.gaps.heading': 'Coverage gaps and next actions',
  'deck.gaps.none': 'No coverage gaps found: keep the map up to date after every meeting.',
  'deck.gaps.group': '{severity} ({count})',
  'deck.gaps.groupContinued': '{severity} (continued)',
  'deck.gaps.action': 'Next: {action}',
  'deck.severity.critical': 'Critical',
  'deck.severity.warning': 'Warning',
  'deck.severity.info': 'Info',

  // Stakeholder table
  'deck.table.heading': 'Stakeholders',
  'deck.table.empty': 'No people on the map yet.',

  // Several slides of one kind
  'deck.page': '{heading} ({page}/{pages})',

  // Shape names (PowerPoint's selection pane)
  'deck.shape.person': 'Person: {name}',
  'deck.shape.card': 'Card: {name}',
  'deck.shape.line': 'Line: {label}',
  'deck.shape.heading': 'Heading',
  'deck.shape.legend': 'Legend',
  'deck.shape.table': 'Table',
  'deck.shape.text': 'Text',
  'deck.shape.likelihood': 'Win likelihood',
} as const;
