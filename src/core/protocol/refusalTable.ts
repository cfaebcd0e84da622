import { REFUSALS, type RefusalReason } from '../refusals.ts';

/** Marks around the generated table of refusals in docs/protocol.md. */
export const REFUSAL_TABLE_START = '<!-- generated from src/core/refusals.ts by `npm run docs`: refusal reasons -->';
export const REFUSAL_TABLE_END = '<!-- end of generated refusal reasons -->';

/** Every refusal reason with its code and English text, as a Markdown table (PROTO-8). */
export function refusalTableMarkdown(): string {
  const rows = (Object.keys(REFUSALS) as RefusalReason[]).map((reason) => {
    const { code, text } = REFUSALS[reason];
    return `| \`${reason}\` | \`${code}\` | ${text.replace(/\|/g, '\\|')} |`;
  });
  return ['| reason | code | English text (`{name}` is a param) |', '| --- | --- | --- |', ...rows].join('\n');
}
