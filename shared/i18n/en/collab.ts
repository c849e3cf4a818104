/**
 * Wording of the collaborative deal (English): the parts of a deal set aside because they
 * could not be read, the activity trail, and the app's banner that offers to repair.
 */
export const collab = {
  // Who or what a set-aside part or a trail entry is about
  'collab.what.document': 'The deal',
  'collab.what.deal': 'The deal',
  'collab.what.team': 'A member of our team',
  'collab.what.person': 'A person',
  'collab.what.line': 'A line',
  'collab.what.snapshot': 'A snapshot',
  'collab.named.document': 'The deal “{name}”',
  'collab.named.deal': 'The deal “{name}”',
  'collab.named.team': 'Team member “{name}”',
  'collab.named.person': '“{name}”',
  'collab.named.line': 'The line {name}',
  'collab.named.snapshot': 'The snapshot “{name}”',

  // Values as they were found
  'collab.value.nothing': 'nothing',
  'collab.value.list': 'a list',
  'collab.value.object': 'a group of fields',

  // Why a part was set aside, and what shows instead
  'collab.setAside.unreadable':
    '{subject}: the record could not be read (it holds {value}), so it is left out of the map.',
  'collab.setAside.missing_id': '{subject}: the record has no usable id, so it is left out of the map.',
  'collab.setAside.repairedId': '{subject}: the record named another id ({value}); the deal’s own id is used.',
  'collab.setAside.duplicate_id': '{subject}: a second record with an id already used, so it is left out of the map.',
  'collab.setAside.invalid_field': '{subject}: {field} held {value}, which is not a valid value; shown as {shownAs}.',
  'collab.setAside.invalid_name': '{subject}: the name held {value}, which is not a valid name; shown as “{shownAs}”.',
  'collab.setAside.invalid_record':
    '{subject}: the record holds values that could not be read, so it is left out of the map.',
  'collab.setAside.unknown_person': '{subject} names a person who is not on the map (removed?), so it is left out.',
  'collab.setAside.self_line': '{subject} joins a person to themself, so it is left out.',
  'collab.setAside.unknown_owner': '{subject}: the owner is no longer a member of our team; shown as nobody.',
  'collab.setAside.forbidden':
    'The deal held keys named “__proto__” ({value} in all), which are not allowed; they are left out.',

  // The activity trail: what each change did
  'collab.trail.subject.deal': 'the deal',
  'collab.trail.subject.line': 'the line {name}',
  'collab.trail.set': 'set {subject}’s {field} to {value}',
  'collab.trail.renameDeal': 'renamed the deal to {value}',
  'collab.trail.changed': 'changed {subject}’s {field}: {changes}',
  'collab.trail.partSeparator': '; ',
  'collab.trail.add': 'added {subject}',
  'collab.trail.delete': 'deleted {subject}',
  'collab.trail.restore': 'restored {subject}',
  'collab.trail.snapshot': 'took the snapshot “{name}”',

  // The deal view, when a deal opened with parts set aside
  'collab.banner.title.one': '1 part of this deal could not be read and was set aside. The rest is open.',
  'collab.banner.title.other': '{count} parts of this deal could not be read and were set aside. The rest is open.',
  'collab.banner.export': 'Save the set-aside parts (JSON)',
  'collab.banner.repair': 'Repair: store the deal as shown',
  'collab.banner.repairHint':
    'Repairing stores the deal as shown here: each damaged value is replaced by what is shown, and the records that could not be read are removed. Save the set-aside parts first to keep their values.',
  'collab.banner.repaired': 'Deal repaired: it is stored as shown.',
} as const;
