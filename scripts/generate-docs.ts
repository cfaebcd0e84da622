/**
 * Writes the documentation that is generated from the code: the AUTH-2 permission table of
 * docs/SPEC.md, from the command declarations, and the refusal reasons of docs/protocol.md,
 * from the refusal catalog. Run: `npm run docs`. Unit tests fail while a page and the code
 * differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TABLE_END, TABLE_START, permissionTableMarkdown } from '../src/core/protocol/permissionTable.ts';
import { CONTRACT_DOC_END, CONTRACT_DOC_START, contractMarkdown } from '../src/server/http/contract/contractMarkdown.ts';
import { REFUSAL_TABLE_END, REFUSAL_TABLE_START, refusalTableMarkdown } from '../src/core/protocol/refusalTable.ts';

const BLOCKS = [
  { page: 'SPEC.md', start: TABLE_START, end: TABLE_END, body: permissionTableMarkdown() },
  { page: 'protocol.md', start: REFUSAL_TABLE_START, end: REFUSAL_TABLE_END, body: refusalTableMarkdown() },
  { page: 'protocol.md', start: CONTRACT_DOC_START, end: CONTRACT_DOC_END, body: contractMarkdown() },
];

for (const { page, start, end, body } of BLOCKS) {
  const path = fileURLToPath(new URL(`../docs/${page}`, import.meta.url));
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`docs/${page} has no ${start} … ${end} block`);
  const next = `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
  if (next === text) console.log(`docs/${page}: up to date`);
  else {
    writeFileSync(path, next);
    console.log(`docs/${page}: regenerated`);
  }
}
