import type { SessionLinkRole } from '../../core/roles.ts';

/** The links a session hands out. Role tokens go in the fragment: browsers never send it to a server or in a Referer. */
export interface SessionLinks {
  readonly participant: string;
  readonly moderator: string;
  /** The online moderator uses the same console, as the advocate of the people online. */
  readonly onlineModerator: string;
  readonly projector: string;
}

export function sessionLinks(baseUrl: string, joinCode: string, tokens: Readonly<Record<SessionLinkRole, string>>): SessionLinks {
  return {
    participant: `${baseUrl}/j/${joinCode}`,
    moderator: `${baseUrl}/moderator#${tokens.moderator}`,
    onlineModerator: `${baseUrl}/moderator#${tokens.online_moderator}`,
    projector: `${baseUrl}/projector#${tokens.projector}`,
  };
}
