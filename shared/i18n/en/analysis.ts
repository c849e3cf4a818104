/**
 * Gap messages, suggested actions and likelihood terms (English). Actions stay with the
 * course's methods: meetings, information and introductions; never gifts.
 */
export const analysis = {
  'gap.MISSING_ROLE.message': 'Nobody on the map is the {role}.',
  'gap.MISSING_ROLE.action.decision-maker':
    'Find out who has the final say: ask your coach who signs, then put that person on the map with their reporting line.',
  'gap.MISSING_ROLE.action.technical':
    'Find who judges feasibility and can veto us (often the technical centre or quality); offer a technical exchange.',
  'gap.MISSING_ROLE.action.user':
    'Find who will use the product day to day; visit the business line and ask what makes their work easier.',
  'gap.MISSING_ROLE.action.financial':
    'Find who approves the funds in finance; learn the budget and the approval procedure.',
  'gap.MISSING_ROLE.action.coach':
    'Develop a coach: start with someone easy to reach who values us, even at a low rank, and build from one to many.',
  'gap.ATTITUDE_UNKNOWN.message': 'We do not know where {name} stands on us.',
  'gap.ATTITUDE_UNKNOWN.message.dm': 'We do not know where {name}, a decision-maker, stands on us.',
  'gap.ATTITUDE_UNKNOWN.action':
    "Learn {name}'s position: ask your coach, or meet {name} and listen for their organisational, position and personal interests.",
  'gap.UNCOVERED.contact.distant': 'our contact is distant',
  'gap.UNCOVERED.contact.none': 'we have no contact',
  'gap.UNCOVERED.message.far': '{name} is a key person, and {contact}.',
  'gap.UNCOVERED.message.unowned': '{name} is a key person, and nobody on our team owns the relationship.',
  'gap.UNCOVERED.message.both': '{name} is a key person: {contact}, and nobody on our team owns the relationship.',
  'gap.UNCOVERED.action': 'Name an owner on our team for {name} and arrange a visit or a technical exchange.',
  'gap.UNCOVERED.action.dm':
    'Meet {name} at the decision level and bring our own senior leader; name an owner on our team for the relationship.',
  'gap.OPPONENT_KEY.message': '{name}, a key person, is a {attitude}.',
  'gap.OPPONENT_KEY.action':
    "Find out {name}'s organisational, position and personal interests and what they fear from us; answer them, and win over the people {name} listens to.",
  'gap.NO_EXECUTIVE_ACCESS.message': 'Nobody at the decision level is on the map.',
  'gap.NO_EXECUTIVE_ACCESS.message.noAccess':
    'We have no close contact and no trusted relationship with anyone at the decision level.',
  'gap.NO_EXECUTIVE_ACCESS.action':
    'Penetrate upward: ask a supporter to introduce us to the decision level, and bring our own senior leader to the meeting.',
  'gap.NO_MIDDLE_ALLY.message': 'Nobody at the managerial level supports us.',
  'gap.NO_MIDDLE_ALLY.action':
    'Ally with the middle: win a department head whose organisational and position interests match our solution.',
  'gap.WEAK_COACH.message': 'Our coaches ({names}) do not yet support and trust us enough to guide us.',
  'gap.WEAK_COACH.action':
    'Deepen the relationship with {names}: meet at a third place and share useful information, until they share inside information with us.',
  'gap.SINGLE_THREADED.message.none': 'No supporter is in close or frequent contact with us: the deal has no thread.',
  'gap.SINGLE_THREADED.message.one': 'Only {name} supports us in close contact: the deal hangs on one thread.',
  'gap.SINGLE_THREADED.action':
    'Build a second thread: turn an influential neutral person into a supporter, and meet your supporters often.',
  'gap.INFLUENCE_INCOMPLETE.message.unjudged': 'The influence of {names} is not judged yet.',
  'gap.INFLUENCE_INCOMPLETE.message.sum': 'The entered influence weights add up to {total}%, not 100%.',
  'gap.INFLUENCE_INCOMPLETE.message.both':
    'The influence of {names} is not judged yet, and the entered weights add up to {total}%, not 100%.',
  'gap.INFLUENCE_INCOMPLETE.action':
    "Judge each key person's share of the decision, so that the weights add up to 100%; ask your coach.",
  'gap.UNQUALIFIED.message': 'A qualifying question is answered no: {questions}',
  'gap.UNQUALIFIED.action':
    'Decide with your manager whether to pursue: find what would turn the answer to yes, or put the effort elsewhere.',
  'gap.OPPONENT_REACHES_DM.message.direct': '{name} ({attitude}) sways decision-maker {dm} directly.',
  'gap.OPPONENT_REACHES_DM.message.chain': '{name} ({attitude}) sways decision-maker {dm} through {via}.',
  'gap.OPPONENT_REACHES_DM.action':
    "Counter {name}'s influence on {dm}: reach {dm} through a supporter they listen to, and learn what {name} wants.",
  'gap.NO_PATH_TO_DM.message': 'None of our supporters reaches a decision-maker along the influence lines.',
  'gap.NO_PATH_TO_DM.action': 'Find who sways {names} and win them over, or ask a supporter for an introduction.',
  'gap.STALE.message': 'Our last contact with {name} was {days} days ago ({date}).',
  'gap.STALE.action': 'Get back in touch with {name} this week, with something useful to share.',
  'gap.title.MISSING_ROLE': 'No {role}',
  'gap.title.ATTITUDE_UNKNOWN': 'Attitude unknown: {name}',
  'gap.title.UNCOVERED': 'Not covered: {name}',
  'gap.title.OPPONENT_KEY': 'Key person against us: {name}',
  'gap.title.NO_EXECUTIVE_ACCESS': 'No access to the decision level',
  'gap.title.NO_MIDDLE_ALLY': 'No ally at the managerial level',
  'gap.title.WEAK_COACH': 'Weak coach',
  'gap.title.SINGLE_THREADED': 'Single-threaded',
  'gap.title.INFLUENCE_INCOMPLETE': 'Influence weights incomplete',
  'gap.title.UNQUALIFIED': 'Qualification answered no',
  'gap.title.OPPONENT_REACHES_DM': '{name} sways decision-maker {dm}',
  'gap.title.NO_PATH_TO_DM': 'No supporter reaches a decision-maker',
  'gap.title.STALE': 'Out of touch: {name}',
  'term.base': 'Base: an even contest before anything is known',
  'term.person': '{name}: {attitude}, {closeness}, {stage}; {weight}',
  // A person's influence weight: what was entered, and the share of the decision it became.
  'weight.entered': 'weight {entered}%',
  'weight.default': 'weight not judged ({stake}% by level and roles)',
  'weight.how.entered': "Each weight is that person's part of the whole decision, as entered (together {total}%).",
  'weight.how.mixed':
    "Each weight is that person's part of the whole decision: as entered, or for people not judged yet, a default from level and buying roles.",
  'weight.how.default':
    "No weight entered yet: each person's part of the whole decision comes from level and buying roles.",
  'term.gap': '{severity} gap: {title}',
  'term.gap.seat': '{severity} gap: {title} (no more than the empty seat {name} fills)',
  'term.limit.support': 'Support from people counts at most 40 points',
  'term.limit.opposition': 'Opposition from people counts at most 40 points',
  'term.competitors.one': '{count} named competitor',
  'term.competitors.other': '{count} named competitors',
  'term.clamp.above.one':
    'The points above add up to {sum}%; a likelihood cannot exceed 100%, so {count} point is taken off.',
  'term.clamp.above.other':
    'The points above add up to {sum}%; a likelihood cannot exceed 100%, so {count} points are taken off.',
  'term.clamp.below.one':
    'The points above add up to {sum}%; a likelihood cannot be below 0%, so {count} point is added back.',
  'term.clamp.below.other':
    'The points above add up to {sum}%; a likelihood cannot be below 0%, so {count} points are added back.',
  'likelihood.label': 'Win likelihood (estimate)',
} as const;
