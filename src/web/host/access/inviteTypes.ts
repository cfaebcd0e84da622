/** What the host API answers about links and the audit log (see src/server/http/inviteRoutes.ts). */
export type InviteRole = 'moderator' | 'online_moderator' | 'rapporteur' | 'speaker' | 'projector';

export const INVITE_ROLES: readonly InviteRole[] = ['moderator', 'online_moderator', 'rapporteur', 'speaker', 'projector'];

export interface InviteRow {
  readonly id: string;
  readonly role: InviteRole;
  readonly label: string | null;
  readonly panelSpeaker: number | null;
  readonly createdAt: number;
  readonly revokedAt: number | null;
  readonly lastSeenAt: number | null;
  readonly connected: number;
}

export interface InviteList {
  readonly session: { readonly id: string; readonly title: string; readonly joinCode: string; readonly speakers: readonly { readonly index: number; readonly label: string }[] };
  readonly invites: readonly InviteRow[];
}

export interface AuditRow {
  readonly id: string;
  readonly at: number;
  readonly role: string;
  readonly label: string | null;
  readonly action: string;
  readonly summary: string;
}
