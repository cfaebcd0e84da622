import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface CockpitDialogProps {
  readonly open: boolean;
  readonly labelledBy: string;
  readonly testId: string;
  /** Called when the dialog closes by Escape or a button. */
  readonly onClose: () => void;
  /** The element focused when the dialog opens (else the browser's first focusable one). */
  readonly initialFocus?: string;
  readonly children: ComponentChildren;
}

/**
 * A modal `<dialog>`: the browser keeps focus inside it, Escape closes it, and focus goes back
 * where it was when it closes.
 */
export function CockpitDialog({ open, labelledBy, testId, onClose, initialFocus, children }: CockpitDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      if (initialFocus) dialog.querySelector<HTMLElement>(initialFocus)?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, initialFocus]);
  return (
    <dialog ref={ref} class="cockpit-dialog" aria-labelledby={labelledBy} data-testid={testId} onClose={onClose}>
      {open && children}
    </dialog>
  );
}
