/**
 * The roles of DESIGN.md. A role token (or, for participants, a participant token) decides
 * which role a connection speaks as; the permission table in `permissions.ts` decides what it
 * may do.
 */
export const ROLES = ['host', 'moderator', 'online_moderator', 'rapporteur', 'speaker', 'participant', 'projector'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose links the host hands out (ROLE-1); participants join by code instead. */
export const LINK_ROLES = ['moderator', 'online_moderator', 'rapporteur', 'speaker', 'projector'] as const satisfies readonly Role[];
export type LinkRole = (typeof LINK_ROLES)[number];

/** The links every new session gets at once (AUTH-1); the others are made by the host as needed. */
export const SESSION_LINK_ROLES = ['moderator', 'online_moderator', 'projector'] as const satisfies readonly LinkRole[];
export type SessionLinkRole = (typeof SESSION_LINK_ROLES)[number];

/** Where a participant follows the session from. */
export const CHANNELS = ['onsite', 'online'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Roles that run the session and therefore see everything, hidden results included. */
export const STAFF_ROLES = ['host', 'moderator', 'online_moderator'] as const satisfies readonly Role[];

/** Participants only: the role of a command that is a participant's own. */
export const PARTICIPANT_ROLES = ['participant'] as const satisfies readonly Role[];

const STAFF: ReadonlySet<Role> = new Set(STAFF_ROLES);

export function isStaff(role: Role): boolean {
  return STAFF.has(role);
}

/**
 * Who a view is rendered for. Staff see drafts, held questions and every distribution; the
 * public (participants, projector, speakers, rapporteur) never do (PRIV-1, PRIV-2). Each view
 * takes its audience explicitly, so no role stands in for another.
 */
export type Audience = 'staff' | 'public';

export function audienceOf(role: Role): Audience {
  return isStaff(role) ? 'staff' : 'public';
}
