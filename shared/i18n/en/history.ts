/**
 * Wording of a map's history (English): the labels of automatic snapshots, the current
 * map in a timeline, what a timeline point's main change did, and the rows of an
 * attribution that are not a person.
 */
export const history = {
  // The current map, as a version beside the snapshots
  'history.current': 'Current map',
  'history.unlabelled': '(no label)',

  // Labels of the snapshots taken automatically
  'history.auto.import': 'Before import',
  'history.auto.layout': 'Before automatic layout',
  'history.auto.restore': 'Replaced by restoring “{label}”',
  'history.auto.daily': 'Before the first edit of {date}',

  // What a timeline point's main change did (the label is the likelihood term's)
  'history.change.added': '{label} (added)',
  'history.change.removed': '{label} (removed)',
  'history.change.opened': '{label} (opened)',
  'history.change.closed': '{label} (closed)',

  // Attribution: what each change moved
  'history.attribution.deal': 'The deal (competitors, qualification)',
  'history.attribution.weights': 'Everyone else (shares of influence shifted)',
  'history.attribution.model': 'The likelihood model (a team model adopted or undone)',
  'history.attribution.added': 'added',
  'history.attribution.removed': 'removed',
  'history.attribution.changed': 'changed',
  'history.attribution.relationships': 'relationships changed',
} as const;
