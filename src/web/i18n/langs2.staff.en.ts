/**
 * English texts of issue 18's plural counts on the staff pages (poll form, floor time, host
 * links, guidelines, plan form, rapporteur, report, cockpit), and the translated names of the
 * parameters refusals carry (`refusal.param.*`). Spread into the staff part (en.staff.ts).
 */
export const langs2StaffEn = {
  'pollForm.optionsBetween.one': 'From {min} to {count} option.',
  'pollForm.optionsBetween.other': 'From {min} to {count} options.',
  'pollForm.errorFewOptions.one': 'Give at least {count} option.',
  'pollForm.errorFewOptions.other': 'Give at least {count} options.',
  'moderator.time.limitBetween.one': 'Choose between {min} and {count} second.',
  'moderator.time.limitBetween.other': 'Choose between {min} and {count} seconds.',
  'moderator.time.warningUpTo.one': 'The warning must come before the end: from 0 to {count} second.',
  'moderator.time.warningUpTo.other': 'The warning must come before the end: from 0 to {count} seconds.',
  'host.access.revokedPages.one': 'Revoked “{label}”; {count} open page closed.',
  'host.access.revokedPages.other': 'Revoked “{label}”; {count} open pages closed.',
  'host.guidelines.charactersOf.one': '{used} of {count} character',
  'host.guidelines.charactersOf.other': '{used} of {count} characters',
  'host.agendaPlannedOf.one': 'Planned: {minutes} of {count} minute.',
  'host.agendaPlannedOf.other': 'Planned: {minutes} of {count} minutes.',
  'rapporteur.interventionsSoFar.one': '{count} intervention so far',
  'rapporteur.interventionsSoFar.other': '{count} interventions so far',
  'rapporteur.resultsHiddenVotes.one': 'Results not public yet ({count} vote).',
  'rapporteur.resultsHiddenVotes.other': 'Results not public yet ({count} votes).',
  'report.joinedCount.one': '{count} joined: {onsite} onsite, {online} online.',
  'report.joinedCount.other': '{count} joined: {onsite} onsite, {online} online.',
  'report.floorSummary': '{interventions}; {overrides}.',
  'report.interventionsMinutes.one': '{count} intervention, {minutes} min',
  'report.interventionsMinutes.other': '{count} interventions, {minutes} min',
  'report.queueOverrides.one': '{count} moderator override of the queue policy',
  'report.queueOverrides.other': '{count} moderator overrides of the queue policy',
  'report.votersCount.one': '{count} voted',
  'report.votersCount.other': '{count} voted',
  'cockpit.next.onlineWaiting.one': 'Online: {count} waiting, the first at place {place}',
  'cockpit.next.onlineWaiting.other': 'Online: {count} waiting, the first at place {place}',
} as const;
