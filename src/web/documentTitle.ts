import { useEffect } from 'preact/hooks';

/** Sets the tab title (what a screen reader announces on navigation) while a page is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
