import { signal } from '@preact/signals';

/**
 * Client-side routes of the one-page app. The server answers index.html for each of these
 * paths; the role tokens of the moderator and projector links stay in the URL fragment, which
 * browsers never send to a server.
 */
export type Route =
  | { readonly name: 'landing' }
  /** `code` as written in the path; the page normalises it. */
  | { readonly name: 'participant'; readonly code: string }
  | { readonly name: 'moderator' }
  | { readonly name: 'projector' }
  | { readonly name: 'host' }
  | { readonly name: 'notFound' };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'landing' };
  if (path === '/moderator') return { name: 'moderator' };
  if (path === '/projector') return { name: 'projector' };
  if (path === '/host') return { name: 'host' };
  const join = /^\/j\/([^/]+)$/.exec(path);
  if (join?.[1]) {
    try {
      return { name: 'participant', code: decodeURIComponent(join[1]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

/** The route of the current URL. */
export const route = signal<Route>(parseRoute(location.pathname));

/** Goes to `path` inside the app without reloading; `replace` keeps the history entry count. */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  route.value = parseRoute(location.pathname);
  if (!replace) window.scrollTo(0, 0);
}

window.addEventListener('popstate', () => {
  route.value = parseRoute(location.pathname);
});
