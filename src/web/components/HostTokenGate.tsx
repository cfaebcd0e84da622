import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { HostTokenPrompt } from './HostTokenPrompt.tsx';
import { storeHostToken, storedHostToken } from '../host/hostToken.ts';
import { BrandMark } from './BrandMark.tsx';

/**
 * The host token's gate for a staff page: with no token in this tab, the page's frame (`pageClass`,
 * `headerClass`) with the brand and the token prompt; with one, `children(token, onRejected)`.
 * `onRejected` (for a 401) forgets the stored token and asks again, saying it was refused.
 * A `linkToken` (a role link's token, e.g. the rapporteur's) stands in for the host token: no
 * prompt, and a refusal leaves it be.
 */
export function HostTokenGate({
  pageClass,
  headerClass,
  linkToken = null,
  children,
}: {
  pageClass: string;
  headerClass: string;
  linkToken?: string | null;
  children: (token: string, onRejected: () => void) => ComponentChildren;
}) {
  const [hostToken, setHostToken] = useState(storedHostToken);
  const [rejected, setRejected] = useState(false);
  const token = linkToken ?? hostToken;
  if (!token) {
    return (
      <div class={`page ${pageClass}`}>
        <header class={headerClass}>
          <BrandMark />
        </header>
        <main id="main">
          <HostTokenPrompt
            rejected={rejected}
            onToken={(value) => {
              storeHostToken(value);
              setRejected(false);
              setHostToken(value);
            }}
          />
        </main>
      </div>
    );
  }
  return children(token, () => {
    if (linkToken) return;
    storeHostToken(null);
    setRejected(true);
    setHostToken(null);
  });
}
