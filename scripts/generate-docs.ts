/**
 * Writes the documentation that is generated from the code: the AUTH-2 permission table of
 * docs/SPEC.md, from the command declarations. Run: `npm run docs`. A unit test fails while
 * the page and the declarations differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TABLE_END, TABLE_START, permissionTableMarkdown } from '../src/core/protocol/permissionTable.ts';

const specPath = fileURLToPath(new URL('../docs/SPEC.md', import.meta.url));
const spec = readFileSync(specPath, 'utf8');
const start = spec.indexOf(TABLE_START);
const end = spec.indexOf(TABLE_END);
if (start === -1 || end < start) throw new Error(`docs/SPEC.md has no ${TABLE_START} … ${TABLE_END} block`);
const next = `${spec.slice(0, start + TABLE_START.length)}\n${permissionTableMarkdown()}\n${spec.slice(end)}`;
if (next === spec) console.log('docs/SPEC.md: the AUTH-2 table is up to date');
else {
  writeFileSync(specPath, next);
  console.log('docs/SPEC.md: the AUTH-2 table was regenerated');
}
