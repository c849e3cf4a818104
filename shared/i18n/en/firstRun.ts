/** The first screens a newcomer sees: their own name, the example deal, the empty map, the tour. */
export const firstRun = {
  // The user's own name, asked once at the first new deal.
  'firstRun.name.title': 'Your name',
  'firstRun.name.body':
    'Each new deal starts with you on our team, so you can own the relationships you hold. Asked only once; you can skip it.',
  'firstRun.name.label': 'Your name',
  'firstRun.name.start': 'Start the deal',
  'firstRun.name.skip': 'Skip',
  // The empty library.
  'firstRun.library.title': 'No deals yet',
  'firstRun.library.body':
    'Start a new deal, import a .powermap file, or look around the training course’s example first.',
  'firstRun.example.open': 'Open the course example',
  'firstRun.example.hint': 'A copy of “{name}”: change it as you like.',
  'firstRun.example.opened': 'Opened a copy of the course example “{name}”.',
  // The empty map.
  'firstRun.canvas.title': 'No one on the map yet',
  'firstRun.canvas.addPerson': 'To add a person, double-click the map, press N, or use Add person on the toolbar.',
  'firstRun.canvas.drawLine': 'To draw a line, drag from one card onto another card.',
  // The tour: at most five steps.
  'firstRun.tour.label': 'Tour of the deal screen',
  'firstRun.tour.step': 'Step {step} of {count}',
  'firstRun.tour.next': 'Next',
  'firstRun.tour.back': 'Back',
  'firstRun.tour.skip': 'Skip the tour',
  'firstRun.tour.done': 'Done',
  'firstRun.tour.map.title': 'The map',
  'firstRun.tour.map.body':
    'Each card is a person in the client’s buying organisation; lines show who reports to whom and who sways whom.',
  'firstRun.tour.inspector.title': 'Details',
  'firstRun.tour.inspector.body':
    'Choose a card to record the person’s buying roles, attitude toward us, contact, relationship stage and influence weight.',
  'firstRun.tour.likelihood.title': 'Win likelihood',
  'firstRun.tour.likelihood.body':
    'An estimate from the map, not a forecast: every term says where it comes from, and it moves with each edit.',
  'firstRun.tour.gaps.title': 'Gaps',
  'firstRun.tour.gaps.body':
    'What the map is missing, most serious first, each with a suggested action. Choose one to highlight its people.',
  'firstRun.tour.export.title': 'Export',
  'firstRun.tour.export.body':
    'Take the map to a deal review: a PDF sheet, a PowerPoint deck, an image or the stakeholder table.',
} as const;
