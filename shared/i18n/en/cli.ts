/** Command-line wording (English). Placeholders in braces. */
export const cli = {
  // Help and version
  'cli.version': 'powermap {version}',
  'cli.help.main': `Usage: powermap COMMAND [OPTIONS]

Map who decides a big deal: coverage gaps and an explained win likelihood.

Commands:
  validate FILE      check that FILE is a valid Powermap document
  analyze FILE       coverage gaps and win likelihood of the deal in FILE
  diff OLD NEW       what changed between two versions of a map
  diff FILE --from REF [--to REF]
                     the same between two versions in FILE's history
  export FILE --format svg|png|pdf|pptx|csv -o OUT
                     the map, the deal-review sheet, a deck or the table
  pipeline FILE…|DIR every deal at a glance: status, likelihood, moves, totals
  help [COMMAND]     show this help, or a command's

Options:
  --lang en|zh-CN    language of the output (default: from LC_ALL or LANG)
  -h, --help         show help
  --version          show the version

Exit codes: 0 success, 1 bad input, 2 wrong usage.
Run "powermap help COMMAND" for a command's options.`,
  'cli.help.validate': `Usage: powermap validate FILE [--lang en|zh-CN]

Checks that FILE is a valid Powermap document. Prints a short line and exits 0
when it is; otherwise prints each problem with its path on standard error and
exits 1.`,
  'cli.help.analyze': `Usage: powermap analyze FILE [--json] [--lang en|zh-CN] [--as-of YYYY-MM-DD]

Shows the deal's win likelihood (an estimate) with how it adds up, and the
coverage gaps grouped by severity, each with a suggested action.

Options:
  --json               print one JSON object: winLikelihood, explanation, gaps
  --lang en|zh-CN      language of the output and of the messages in the JSON
  --as-of YYYY-MM-DD   analysis date, for last-contact checks (default: today)`,
  'cli.help.diff': `Usage: powermap diff OLD NEW [--json] [--lang en|zh-CN] [--as-of YYYY-MM-DD]
       powermap diff FILE --from REF [--to REF] [--json] [--lang en|zh-CN] [--as-of YYYY-MM-DD]

Compares two versions of a map: the change in win likelihood, the terms that
moved it and how many points each change moved, people and relationships added,
removed and changed, and gaps opened and closed.

The second form compares two versions kept in one file's history. REF is
"current" (the current map), a snapshot's id, #N (the N-th snapshot, #1 the
oldest) or a snapshot's label, tried in that order.

Options:
  --from REF           the older version, in FILE's history
  --to REF             the newer version (default: current)
  --json               print the comparison as one JSON object, with the attribution
  --lang en|zh-CN      language of the output
  --as-of YYYY-MM-DD   analysis date for both versions (default: today)`,
  'cli.help.export': `Usage: powermap export FILE --format svg|png|pdf|pptx|csv -o OUT
         [--include-personal] [--anonymous] [--lang en|zh-CN] [--as-of YYYY-MM-DD] [--font PATH]
       powermap export FILE…|DIR --format pack|pipeline-csv -o OUT [--since YYYY-MM-DD] [...]

Exports the deal in FILE for a deal review:
  svg    the map as a drawing (the same as the app's)
  png    the map as an image, at twice its size
  pdf    the deal-review sheet, A4 landscape: the map, the win likelihood and how it
         adds up, the gaps with their next steps, the stakeholder table
  pptx   an editable PowerPoint deck: the map with people as shapes, the gaps, the table
  csv    the stakeholder table (UTF-8 with a byte-order mark, for Excel)

Or the deals in many files (and the documents in folders), for the review meeting:
  pack          the review pack, one PDF, A4 landscape: the contents, the pipeline
                table, the totals per currency, the likelihood-by-decision-date chart,
                then each deal's review sheet
  pipeline-csv  the pipeline table and its totals (UTF-8 with a byte-order mark)

Interests and notes are left out unless --include-personal is given. --anonymous
replaces names with titles, for sharing outside the team.

Options:
  --format FORMAT      svg, png, pdf, pptx, csv, pack or pipeline-csv (default: from
                       OUT's extension)
  -o, --output OUT     the file to write; it is written whole or not at all. svg and
                       csv go to standard output without it (or with -o -)
  --include-personal   include interests and notes
  --anonymous          replace names with titles
  --lang en|zh-CN      language of the export
  --as-of YYYY-MM-DD   analysis date, shown on the export (default: today)
  --since YYYY-MM-DD   pack and pipeline-csv: measure moves and totals from this date
  --font PATH          the font for pdf and png (also POWERMAP_FONT); Chinese text needs
                       one with Chinese characters, found by itself where installed`,
  'cli.help.help': `Usage: powermap help [COMMAND]

Shows the general help, or the help of COMMAND (validate, analyze, diff, export, pipeline).`,

  // Wrong usage (exit code 2)
  'cli.usage.prefix': 'powermap: {message}',
  'cli.usage.hint': 'Run "powermap --help" for usage.',
  'cli.usage.hintCommand': 'Run "powermap {command} --help" for usage.',
  'cli.usage.noCommand': 'no command given.',
  'cli.usage.unknownCommand':
    'unknown command "{command}" (commands: validate, analyze, diff, export, pipeline, help).',
  'cli.usage.unknownOption': 'unknown option "{option}".',
  'cli.usage.optionNotForCommand': 'the option {option} does not apply to "{command}".',
  'cli.usage.repeatedOption': 'the option {option} is given more than once.',
  'cli.usage.missingValue': 'the option {option} needs a value.',
  'cli.usage.noValueExpected': 'the option {option} takes no value.',
  'cli.usage.badLang': 'unknown language "{value}"; use en or zh-CN.',
  'cli.usage.badAsOf': '--as-of expects a calendar date as YYYY-MM-DD, got "{value}".',
  'cli.usage.missingFile': 'missing the {name} argument.',
  'cli.usage.emptyFile': 'the {name} argument must not be empty.',
  'cli.usage.extraArgument': 'unexpected argument "{value}".',
  'cli.usage.versionsOneFile': '--from and --to compare two versions inside one file; give a single FILE.',
  'cli.usage.toWithoutFrom': '--to needs --from: the version to compare from.',
  'cli.usage.badFormat': 'unknown format "{value}"; use svg, png, pdf, pptx or csv.',
  'cli.usage.missingFormat': 'give the format with --format svg|png|pdf|pptx|csv (or an OUT ending in one).',
  'cli.usage.binaryNeedsOutput':
    'a {format} file is binary and is not written to standard output; give the file to write with -o OUT.',

  // Bad input (exit code 1): each line is "FILE: message"
  'cli.input.line': '{file}: {message}',
  'cli.read.notFound': 'no such file.',
  'cli.read.isDirectory': 'is a directory, not a file.',
  'cli.read.permission': 'permission denied.',
  'cli.read.failed': 'could not be read ({detail}).',
  'cli.read.tooLargeStream': 'the input is larger than {limit} MB; documents larger than that are refused.',
  'cli.read.invalidUtf8':
    'the file is not UTF-8 text (byte 0x{byte} at offset {offset}, line {line}); save it as UTF-8 and try again.',
  'cli.problems.more': '… and {count} more problems.',
  'cli.ref.unknown':
    'no version "{ref}" in the history; give "current", a snapshot id, #1 to #{count}, or a snapshot label.',
  'cli.ref.unknownEmpty': 'no version "{ref}": the history holds no snapshots, only "current".',
  'cli.ref.ambiguous': 'the label "{ref}" names {count} snapshots ({ids}); give one of their ids instead.',
  'cli.internalError': 'powermap: internal error ({detail}). This is a bug in Powermap; please report it.',

  // export
  'cli.export.written': 'Wrote {file}.',
  'cli.export.writeFailed': 'could not be written ({detail}); nothing was written.',
  'cli.export.noFont':
    'this document holds text (such as Chinese) that needs a font with Chinese characters, and none was found. Install one (Debian, Ubuntu: sudo apt-get install fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts) or give one with --font PATH or POWERMAP_FONT. Nothing was written.',
  'cli.export.fontUnreadable':
    'the font {font} cannot be read (a .ttf, .otf or .ttc file is needed). Nothing was written.',
  'cli.export.fontNoCjk':
    'the font {font} has no Chinese characters, which this document needs; give a font that has them (such as Noto Sans CJK). Nothing was written.',

  // validate
  'cli.validate.valid': '{file}: valid Powermap document.',
  'cli.validate.validMigrated': '{file}: valid Powermap document (format version {from}, read as version {current}).',

  // analyze
  'cli.analyze.deal': '{name} · {account}',
  'cli.analyze.context': 'Purchase stage: {stage} · as of {date}',
  'cli.analyze.likelihood': 'Win likelihood: {value}% (estimate)',
  'cli.analyze.explanation': 'How it adds up',
  'cli.analyze.base': 'base',
  'cli.analyze.total': 'win likelihood (estimate)',
  'cli.analyze.gaps': 'Coverage gaps ({count})',
  'cli.analyze.noGaps': 'No coverage gaps found.',
  'cli.analyze.severity.critical': 'Critical ({count})',
  'cli.analyze.severity.warning': 'Warning ({count})',
  'cli.analyze.severity.info': 'Info ({count})',
  'cli.analyze.action': 'Next: {action}',

  // diff
  'cli.diff.title': 'Changes from {old} to {new} (as of {date})',
  'cli.diff.versionsTitle': 'Changes in {file} from {old} to {new} (as of {date})',
  'cli.version.current': 'the current map',
  'cli.version.snapshot': 'snapshot "{label}" ({id}, {takenAt})',
  'cli.version.unlabelled': 'snapshot {id} ({takenAt})',
  'cli.diff.unchanged': 'No changes.',
  'cli.diff.likelihood': 'Win likelihood: {old}% → {new}% ({delta}, estimate)',
  'cli.diff.movedBy': 'What moved it:',
  'cli.diff.attribution': 'What each change moved:',
  'cli.diff.attributionMore.one': '… {count} other change',
  'cli.diff.attributionMore.other': '… {count} other changes',
  'cli.diff.deal': 'Deal',
  'cli.diff.team': 'Our team',
  'cli.diff.people': 'People',
  'cli.diff.relationships': 'Relationships',
  'cli.diff.gapsOpened': 'Gaps opened ({count})',
  'cli.diff.gapsClosed': 'Gaps closed ({count})',
  'cli.diff.added': 'added',
  'cli.diff.removed': 'removed',
  'cli.diff.improved': 'improved',
  'cli.diff.worsened': 'worsened',

  // Values and field names in a comparison
  'cli.value.none': '(none)',
  'cli.value.empty': '(empty)',
  'cli.value.outcome': '{result}, {closedOn}',
  'cli.value.needsRecord': '{date}: {text}',
  'cli.strength.1': 'weak',
  'cli.strength.2': 'medium',
  'cli.strength.3': 'strong',
  'cli.field.id': 'id',
  'cli.field.name': 'name',
  'cli.field.deal.name': 'deal name',
  'cli.field.title': 'title',
  'cli.field.department': 'department',
  'cli.field.function': 'function',
  'cli.field.level': 'level',
  'cli.field.roles': 'buying roles',
  'cli.field.attitude': 'attitude',
  'cli.field.closeness': 'closeness',
  'cli.field.stage': 'relationship stage',
  'cli.field.influence': 'influence weight',
  'cli.field.style': 'personality style',
  'cli.field.ownerId': 'our owner',
  'cli.field.lastContact': 'last contact',
  'cli.field.interests': 'interests',
  'cli.field.interests.organizational': 'organisational interest',
  'cli.field.interests.position': 'position interest',
  'cli.field.interests.personal': 'personal interest',
  'cli.field.notes': 'notes',
  'cli.field.position': 'place on the map',
  'cli.field.position.x': 'place on the map (x)',
  'cli.field.position.y': 'place on the map (y)',
  'cli.field.role': 'role',
  'cli.field.account': 'account',
  'cli.field.value': 'value',
  'cli.field.currency': 'currency',
  'cli.field.decisionDate': 'decision date',
  'cli.field.purchaseStage': 'purchase stage',
  'cli.field.qualification': 'qualification',
  'cli.field.competitors': 'competitors',
  'cli.field.salesStep': 'sales step',
  'cli.field.needsRecord': 'needs in writing',
  'cli.field.needsRecord.date': 'date of the needs in writing',
  'cli.field.needsRecord.text': 'text of the needs in writing',
  'cli.field.standing': 'position against the best supplier',
  'cli.field.outcome': 'outcome',
  'cli.field.outcome.result': 'outcome',
  'cli.field.outcome.closedOn': 'closed on',
  'cli.field.outcome.reason': 'reason for the outcome',
  'cli.field.outcome.note': 'note on the outcome',
  'cli.field.outcome.competitor': 'competitor who won',
  'cli.field.kind': 'kind',
  'cli.field.from': 'from',
  'cli.field.to': 'to',
  'cli.field.strength': 'strength',
} as const;
