/** The win/loss review's sentences (English): calibration, its minimum, the advice. */
export const calibration = {
  'calibration.tooFew':
    'Too few closed deals to judge: {decided} won or lost ({won} won, {lost} lost); at least {minimum} are needed, {each} of each.',
  'calibration.figures':
    'Over {decided} won or lost deals: Brier score {brier} (always forecasting the share won: {baseRate}), log loss {logLoss}. On average the map said {predicted}; {observed} were won.',
  'calibration.apart': 'Not scored: {noDecision} closed with no decision, {withdrawn} withdrawn.',
  'calibration.unread.one': '{count} decided deal had no snapshot at this point and is not counted.',
  'calibration.unread.other': '{count} decided deals had no snapshot at this point and are not counted.',
  'calibration.point.last': 'the last snapshot before closing',
  'calibration.point.daysBefore': '{days} days before closing',
  'calibration.point.stage': 'at the purchase stage {stage}',
  'calibration.advice.tooFew':
    'No advice yet: {decided} won or lost deals; a fit needs at least {minimum}, {each} of each.',
  'calibration.advice.keep':
    'Keep the current model: the figures fitted to your deals do not predict held-out deals clearly better.',
  'calibration.advice.advise':
    'The figures fitted to your deals predict held-out deals better (log loss {fitted} against {current}). A team lead may adopt them for the team.',
  'calibration.parameter': '{name}: now {current}, fitted {fitted} ± {interval} (from {deals} deals){different}',
  'calibration.parameter.different': ', clearly different',
  'calibration.parameter.base': 'base',
} as const;
