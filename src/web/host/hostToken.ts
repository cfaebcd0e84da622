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
