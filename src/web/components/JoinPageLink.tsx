import type { ComponentChildren } from 'preact';
import { navigate } from '../router.ts';

/** A button-styled link to the join page, followed inside the app: the way on from a page that ends (WEB-2, PROTO-3). */
export function JoinPageLink({ primary = false, children }: { primary?: boolean; children: ComponentChildren }) {
  return (
    <a
      class={primary ? 'button button-primary' : 'button button-secondary'}
      href="/"
      onClick={(event) => {
        event.preventDefault();
        navigate('/');
      }}
    >
      {children}
    </a>
  );
}
