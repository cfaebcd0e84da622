import { describe, expect, it } from 'vitest';
import protocolPage from '../../../../docs/protocol.md?raw';
import { PROTOCOL_VERSION } from '../../../core/protocol/version.ts';
import { CONTRACT_DOC_END, CONTRACT_DOC_START, contractMarkdown } from './contractMarkdown.ts';
import { contractSchemas, openApiDocument } from './openApiDocument.ts';

describe('the contract documents', () => {
  it('CONTRACT-4: docs/protocol.md carries the section generated from the schemas (else run `npm run docs`)', () => {
    const block = protocolPage.slice(protocolPage.indexOf(CONTRACT_DOC_START) + CONTRACT_DOC_START.length, protocolPage.indexOf(CONTRACT_DOC_END)).trim();
    expect(block).toBe(contractMarkdown());
    // What the issue found undocumented is in it: the create answer, invite roles, declare values, the plan.
    for (const needle of ['`joinCode`', '`onlineModerator`', '`online_moderator`', '`"Youth"`', '`"another_gender"`', '`plannedMinutes`', '`resultsVisibility`']) expect(block).toContain(needle);
  });

  it('CONTRACT-4: docs/protocol.md names the protocol version the server speaks, in its title and in every hello and welcome it shows', () => {
    expect(protocolPage.split('\n')[0]).toBe(`# OpenFloor WebSocket protocol (version ${String(PROTOCOL_VERSION)})`);
    expect(protocolPage).toContain(`The hello's \`protocol\` is ${String(PROTOCOL_VERSION)}:`);
    const shown = [...protocolPage.matchAll(/"protocol": (\d+)/g)].map((m) => Number(m[1]));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((version) => version !== PROTOCOL_VERSION)).toEqual([]);
  });

  it('CONTRACT-1: the OpenAPI document has no reference it cannot resolve and no schema zod could not express as a type', () => {
    const text = JSON.stringify(openApiDocument('test'));
    const refs = new Set(text.match(/"\$ref":"[^"]*"/g));
    expect([...refs]).toEqual(['"$ref":"#/components/schemas/ErrorBody"']);
    const plan = contractSchemas().plan;
    expect(plan.type).toBe('object');
    expect(plan.required).toEqual(['title']);
  });
});
