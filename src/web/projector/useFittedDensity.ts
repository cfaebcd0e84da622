import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

export type Density = 'roomy' | 'normal' | 'dense';
const ORDER: readonly Density[] = ['roomy', 'normal', 'dense'];

/**
 * The density a chart asks for by its number of options, made tighter while its rows do not
 * fit their box (A11Y-7): on a small or zoomed screen (200 % on a 1920×1080 projector is a
 * 960×540 page) the roomy rows of a four-option poll were cut at the top and the bottom.
 * A new poll, or a box that changes size (a resized window, the floor strip coming or going
 * above the chart), starts again from the density asked for.
 */
export function useFittedDensity(ref: RefObject<HTMLElement | null>, wanted: Density, selector: string): Density {
  const [tighter, setTighter] = useState(0);
  // Bumped when the box changes size, so the fit is measured again even if `tighter` stays 0.
  const [, setMeasures] = useState(0);
  const index = Math.min(ORDER.indexOf(wanted) + tighter, ORDER.length - 1);
  useEffect(() => setTighter(0), [wanted]);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    // The strip appearing shrinks the chart without resizing the window: watch the chart's box.
    // Only its height counts, so a density change that leaves the box as it was does not loop.
    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = root.querySelector(selector)?.clientHeight ?? 0;
      if (height === last) return;
      last = height;
      setTighter(0);
      setMeasures((n) => n + 1);
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [ref, selector]);
  useLayoutEffect(() => {
    const box = ref.current?.querySelector(selector);
    if (!box || index >= ORDER.length - 1) return;
    if (box.scrollHeight > box.clientHeight + 1) setTighter((n) => n + 1);
  });
  return ORDER[index] ?? wanted;
}
