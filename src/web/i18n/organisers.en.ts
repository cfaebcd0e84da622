/**
 * English texts of organiser access (issue 19 part 8): the admin's organisers page and what
 * the host page says to an organiser. Spread into the English catalog.
 */
export const organisersEn = {
  'organisers.eyebrow': 'Deployment admin',
  'organisers.heading': 'Organisers',
  'organisers.intro': 'Give each organiser a link of their own for their sessions. They see and change only those sessions; sessions they create join their set. Revoke a link at any time: it stops working at once.',
  'organisers.backToHost': 'Back to the sessions',
  'organisers.formHeading': 'New organiser link',
  'organisers.label': 'Who it is for',
  'organisers.labelHint': 'As you will recognise it, e.g. “Room B team” (up to 60 characters).',
  'organisers.labelMissing': 'Say who this link is for.',
  'organisers.sessions': 'Their sessions',
  'organisers.sessionsMissing': 'Choose at least one session.',
  'organisers.noSessions': 'No session yet: create one first.',
  'organisers.create': 'Make the link',
  'organisers.created': 'The link for {label}. It is shown only this once: send it to them now.',
  'organisers.listHeading': 'Organiser links',
  'organisers.empty': 'No organiser link yet.',
  'organisers.col.label': 'For',
  'organisers.col.sessions': 'Sessions',
  'organisers.sessionGone': '(deleted)',
  'organisers.revokeConfirm': 'Revoke the link for {label}? It stops working at once and their open pages are disconnected.',
  'organisers.revokeLabel': 'Revoke the link for {label}',
  'organisers.revokedDone': 'Revoked the link for {label}. Open connections closed: {count}.',
  'organisers.adminOnly': 'Only the deployment’s admin (the host token) may manage organisers.',
  'organisers.manage': 'Organisers',
  'organisers.signedInAs': 'Organiser: {label}. You see only your sessions.',
  'audit.action.organiser.granted': 'Gave an organiser access',
  'audit.action.organiser.revoked': 'Revoked an organiser’s access',
} as const;
