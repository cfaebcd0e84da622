/** The links a session hands out. Role tokens go in the fragment: browsers never send it to a server or in a Referer. */
export interface SessionLinks {
  readonly participant: string;
  readonly moderator: string;
  readonly projector: string;
}

export function sessionLinks(baseUrl: string, joinCode: string, tokens: { moderator: string; projector: string }): SessionLinks {
  return {
    participant: `${baseUrl}/j/${joinCode}`,
    moderator: `${baseUrl}/moderator#${tokens.moderator}`,
    projector: `${baseUrl}/projector#${tokens.projector}`,
  };
}
