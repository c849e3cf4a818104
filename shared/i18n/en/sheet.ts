/**
 * The deal-review sheet (English): the printed page a sales manager reads in a deal review.
 * Shared by every renderer of the sheet (the PDF of the command line, the app's print view).
 */
export const sheet = {
  'sheet.kind': 'Deal review',
  'sheet.fact.account': 'Account',
  'sheet.fact.stage': 'Purchase stage',
  'sheet.fact.value': 'Value',
  'sheet.fact.valueNone': 'not known',
  'sheet.fact.decisionDate': 'Expected decision',
  'sheet.fact.decisionDateNone': 'not set',
  'sheet.fact.asOf': 'As of',
  'sheet.fact.team': 'Prepared by',
  'sheet.fact.competitors': 'Competitors',

  'sheet.section.map': 'Buying organisation',
  'sheet.section.likelihood': 'Win likelihood',
  'sheet.section.gaps': 'Coverage gaps and next steps',
  'sheet.section.stakeholders': 'Stakeholders',

  'sheet.likelihood.note': 'An estimate from the map, not a forecast: each term says where it comes from.',
  'sheet.likelihood.total': 'Win likelihood (estimate)',
  'sheet.likelihood.zero': '{count} more terms at 0 points',

  'sheet.gaps.none': 'No coverage gaps found.',
  'sheet.gaps.group': '{severity} ({count})',
  'sheet.gaps.action': 'Next step: {action}',
  'sheet.gaps.people': 'People: {names}',

  'sheet.table.none': 'No people on the map yet.',

  'sheet.footer.confidential': 'Confidential: for the account team and its managers',
  'sheet.footer.anonymous': 'Anonymous variant: names replaced by titles',
  'sheet.footer.page': 'Page {page} of {pages}',
  'sheet.footer.continued': '{section} (continued)',
} as const;
