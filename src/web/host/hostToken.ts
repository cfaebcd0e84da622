/**
 * The host token in this tab: asked for once, kept in `sessionStorage` (gone when the tab
 * closes) under a key the other host pages read too.
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
    // Storage can be disabled; the page then asks again after a reload.
  }
}
