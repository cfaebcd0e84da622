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
export function isStaff(role: Role): boolean {
  return role === 'host' || role === 'moderator' || role === 'online_moderator';
}
