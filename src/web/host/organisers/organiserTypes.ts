/** An organiser as `GET /api/organisers` lists it (ORG-5): never the token. */
export interface OrganiserRow {
  readonly id: string;
  readonly label: string;
  readonly sessions: readonly { readonly id: string; readonly title: string }[];
  readonly createdAt: number;
  readonly revokedAt: number | null;
  readonly lastSeenAt: number | null;
}

/** Who the host pages act for (`GET /api/host/me`, ORG-3). */
export type HostIdentity = { readonly kind: 'admin' } | { readonly kind: 'organiser'; readonly label: string; readonly sessionIds: readonly string[] };

/** The organiser token in a link's fragment (`/host#organiser=TOKEN`), or null. */
export function organiserTokenFromHash(hash: string): string | null {
  const match = /^#organiser=([A-Za-z0-9_-]{16,200})$/.exec(hash);
  return match?.[1] ?? null;
}
