import type { ComponentChildren } from 'preact';

/**
 * A host page's wide table (role links, organiser links, audit log): scrolls sideways inside
 * its card on a narrow screen, one row of column headings, `children` the body's rows.
 */
export function StaffTable({ class: className, testId, headings, children }: { class: string; testId: string; headings: readonly string[]; children: ComponentChildren }) {
  return (
    <div class="table-scroll">
      <table class={className} data-testid={testId}>
        <thead>
          <tr>
            {headings.map((heading, i) => (
              <th key={i} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
