/**
 * The host token in the browser: kept in `sessionStorage` under `openfloor.hostToken` (the
 * tab forgets it when closed), shared by every host page. Sent only as a Bearer token.
 */
export const HOST_TOKEN_KEY = 'openfloor.hostToken';

export function storedHostToken(): string | null {
  try {
    return sessionStorage.getItem(HOST_TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeHostToken(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(HOST_TOKEN_KEY);
    else sessionStorage.setItem(HOST_TOKEN_KEY, token);
  } catch {
    // Storage disabled: the page keeps the token in memory for this visit only.
  }
}

/** A host API call; rejects with the server's error message. */
export async function hostFetch<T>(token: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const data = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
  if (!response.ok) throw new HostApiError(response.status, data.error?.code ?? 'internal', data.error?.message ?? `HTTP ${response.status}`);
  return data as T;
}

export class HostApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HostApiError';
  }
}
