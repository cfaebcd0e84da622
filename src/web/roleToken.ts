import { useEffect, useState } from 'preact/hooks';

/**
 * The role token of a moderator or projector link (`/moderator#TOKEN`). It lives in the URL
 * fragment so that it never reaches a server log, a proxy or a Referer header; it is sent
 * only inside the WebSocket hello.
 */
export function roleTokenFromHash(hash: string = location.hash): string | null {
  const raw = hash.replace(/^#/, '').trim();
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The role token of the current URL, following a new link pasted into the same tab. */
export function useRoleToken(): string | null {
  const [token, setToken] = useState(roleTokenFromHash);
  useEffect(() => {
    const follow = () => setToken(roleTokenFromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return token;
}
