/**
 * Wording of the pipeline (English): rule names for the critical gaps, the status and its
 * reasons (docs/PIPELINE.md), the closing snapshot's label, and the `powermap pipeline` command's output.
 */
export const pipeline = {
  // Rule names, without people: a critical gap named on hover
  'pipeline.rule.MISSING_ROLE': 'Missing buying role',
  'pipeline.rule.ATTITUDE_UNKNOWN': 'Attitude unknown',
  'pipeline.rule.UNCOVERED': 'Key person not covered',
  'pipeline.rule.OPPONENT_KEY': 'Key person against us',
  'pipeline.rule.NO_EXECUTIVE_ACCESS': 'No access to the decision level',
  'pipeline.rule.NO_MIDDLE_ALLY': 'No ally at the managerial level',
  'pipeline.rule.WEAK_COACH': 'Weak coach',
  'pipeline.rule.SINGLE_THREADED': 'Single-threaded',
  'pipeline.rule.INFLUENCE_INCOMPLETE': 'Influence weights incomplete',
  'pipeline.rule.UNQUALIFIED': 'Qualification answered no',
  'pipeline.rule.OPPONENT_REACHES_DM': 'Opponent sways a decision-maker',
  'pipeline.rule.NO_PATH_TO_DM': 'No supporter reaches a decision-maker',
  'pipeline.rule.STALE': 'Out of touch',
  'pipeline.rule.STEP_AHEAD': 'Sales step ahead of the map',
  'pipeline.rule.STEP_LAGS': 'Sales step behind the client',
  'pipeline.rule.POSITION_BEHIND': 'Far behind the best supplier',
  'pipeline.gap.named': '{rule}: {names}',
  'pipeline.gap.role': '{rule}: {role}',

  // Status and its reasons
  'pipeline.status.red': 'Red',
  'pipeline.status.amber': 'Amber',
  'pipeline.status.green': 'Green',
  // Words standing alone in the pipeline's tables (as the status words): sentence case
  'pipeline.purchaseStage.needs': 'Needs',
  'pipeline.purchaseStage.deliberation': 'Deliberation',
  'pipeline.purchaseStage.design': 'Design',
  'pipeline.purchaseStage.evaluation': 'Evaluation',
  'pipeline.purchaseStage.commitment': 'Commitment',
  'pipeline.purchaseStage.implementation': 'Implementation',
  'pipeline.salesStep.account-analysis': 'Account analysis',
  'pipeline.salesStep.build-trust': 'Build trust',
  'pipeline.salesStep.discover-needs': 'Discover needs',
  'pipeline.salesStep.present-value': 'Present value',
  'pipeline.salesStep.win-commitment': 'Win commitment',
  'pipeline.salesStep.follow-up': 'Follow up',
  'pipeline.outcome.won': 'Won',
  'pipeline.outcome.lost': 'Lost',
  'pipeline.outcome.no-decision': 'No decision',
  'pipeline.outcome.withdrawn': 'Withdrawn',
  'pipeline.reason.hostile-key-person': 'A key person is against us: {names}',
  'pipeline.reason.decision-level-uncovered': 'Nobody at the decision level is in close or frequent contact with us',
  'pipeline.reason.decision-date-passed.one': 'The decision date passed {count} day ago',
  'pipeline.reason.decision-date-passed.other': 'The decision date passed {count} days ago',
  'pipeline.reason.likelihood-low': 'The win likelihood is low: {figure}%',
  'pipeline.reason.critical-gaps.one': '{count} critical gap open',
  'pipeline.reason.critical-gaps.other': '{count} critical gaps open',
  'pipeline.reason.likelihood-middling': 'The win likelihood is below even: {figure}%',
  'pipeline.reason.likelihood-fell': 'The win likelihood fell {figure} points',
  'pipeline.reason.no-decision-date': 'No decision date',
  'pipeline.reason.coverage-low': 'Only {figure}% of the key people in frequent contact',

  // Closing
  'pipeline.close.snapshotLabel': 'Closed: {result}',

  // `powermap pipeline`
  'cli.help.pipeline': `Usage: powermap pipeline FILE…|DIR [--json] [--lang en|zh-CN] [--as-of YYYY-MM-DD]
         [--since YYYY-MM-DD]

Shows every deal at a glance: one row per deal with its value, stage, decision
date, win likelihood (an estimate) and its move, critical gaps, coverage of the
key people and a red, amber or green status with its reasons; then the totals
of the open deals per currency (never summed across currencies). A directory
is read for its .powermap files (not its subfolders). Closed deals are listed
after the open ones.

Options:
  --json               print one JSON object: asOf, since, rows, totals, problems
  --lang en|zh-CN      language of the output
  --as-of YYYY-MM-DD   analysis date (default: today)
  --since YYYY-MM-DD   measure each move from the deal as it stood on this date
                       (default: each deal's last snapshot)`,
  'cli.usage.badSince': '--since expects a calendar date as YYYY-MM-DD, got "{value}".',
  'cli.pipeline.title': 'Pipeline on {date}',
  'cli.pipeline.titleSince': 'Pipeline on {date}, moves since {since}',
  'cli.pipeline.open': 'Open deals ({count})',
  'cli.pipeline.closed': 'Closed deals ({count})',
  'cli.pipeline.empty': 'No deals.',
  'cli.pipeline.column.status': 'status',
  'cli.pipeline.column.deal': 'deal',
  'cli.pipeline.column.account': 'account',
  'cli.pipeline.column.value': 'value',
  'cli.pipeline.column.stage': 'stage',
  'cli.pipeline.column.decision': 'decision',
  'cli.pipeline.column.likelihood': 'likelihood',
  'cli.pipeline.column.move': 'move',
  'cli.pipeline.column.gaps': 'critical gaps',
  'cli.pipeline.column.coverage': 'coverage',
  'cli.pipeline.column.owner': 'owner',
  'cli.pipeline.column.outcome': 'outcome',
  'cli.pipeline.daysLeft': '{date} ({days} d)',
  'cli.pipeline.overdue': '{date} (overdue {days} d)',
  'cli.pipeline.none': '–',
  'cli.pipeline.totals': 'Totals of the open deals',
  'cli.pipeline.totals.row.one': '{currency}: {count} deal, value {value}, weighted {weighted}',
  'cli.pipeline.totals.row.other': '{currency}: {count} deals, value {value}, weighted {weighted}',
  'cli.pipeline.totals.moved.one': ' (since {since}: {signedCount} deal, value {value}, weighted {weighted})',
  'cli.pipeline.totals.moved.other': ' (since {since}: {signedCount} deals, value {value}, weighted {weighted})',
  'cli.pipeline.totals.unvalued': '; {count} without a value',
  'cli.pipeline.noCurrency': 'no currency',
  'cli.pipeline.moved': 'What moved since {since}',
  'cli.pipeline.movedNone': 'No deal moved.',
  'cli.pipeline.reasons': 'Why',
  'cli.pipeline.noFiles': '{dir}: no .powermap files in this folder',
  'cli.pipeline.skipped.one': '{count} file could not be read (see above).',
  'cli.pipeline.skipped.other': '{count} files could not be read (see above).',
} as const;
