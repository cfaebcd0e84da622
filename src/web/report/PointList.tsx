/** Points of a report list, each in its own direction (a takeaway may be Arabic in an English report). */
export function PointList({ points, ordered = false, className }: { points: readonly string[]; ordered?: boolean; className?: string }) {
  const items = points.map((point, i) => (
    <li key={i} dir="auto">
      {point}
    </li>
  ));
  return ordered ? <ol class={className}>{items}</ol> : <ul class={className}>{items}</ul>;
}
