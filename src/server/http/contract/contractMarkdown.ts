import { COMMANDS } from '../../../core/protocol/commands.ts';
import { LINK_ROLES, ROLES, SESSION_LINK_ROLES, STAFF_ROLES } from '../../../core/roles.ts';
import { HTTP_ROUTES, planSchema } from './httpContract.ts';
import { jsonSchemaOf, type JsonSchema } from './openApiDocument.ts';

/** Marks around the generated contract section of docs/protocol.md. */
export const CONTRACT_DOC_START = '<!-- generated from the zod schemas by `npm run docs`: contract -->';
export const CONTRACT_DOC_END = '<!-- end of generated contract -->';

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A JSON Schema's type in a few words: `"a" \| "b"`, `integer 1..60`, `array of object`. */
function typeOf(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if ('const' in schema) return `\`${JSON.stringify(schema.const)}\``;
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) return alternatives.map(typeOf).join(' \\| ');
  if (schema.type === 'array') return `array of ${typeOf((schema.items ?? {}) as JsonSchema)}${typeof schema.maxItems === 'number' ? ` (at most ${schema.maxItems})` : ''}`;
  const type = typeof schema.type === 'string' ? schema.type : 'any';
  const min = schema.minimum ?? schema.minLength;
  const max = schema.maximum ?? schema.maxLength;
  const range = typeof max === 'number' && max < 1e9 ? ` ${typeof min === 'number' ? min : ''}..${max}` : '';
  return `${type}${range}${type === 'string' && range ? ' chars' : ''}`;
}

/** The fields of an object schema as a Markdown table: field, type, required or default, what. */
function fieldsTable(schema: JsonSchema): string {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = Object.entries(properties).map(([name, field]) => {
    const presence = 'default' in field ? `default \`${JSON.stringify(field.default)}\`` : required.has(name) ? 'required' : 'optional';
    return `| \`${name}\` | ${typeOf(field)} | ${presence} | ${escape(String(field.description ?? ''))} |`;
  });
  return ['| field | type | | what |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const itemsOf = (schema: JsonSchema, field: string) => ((schema.properties as Record<string, JsonSchema>)[field]?.items ?? {}) as JsonSchema;
const propertyOf = (schema: JsonSchema, field: string) => ((schema.properties as Record<string, JsonSchema>)[field] ?? {}) as JsonSchema;
const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

/**
 * The contract section of docs/protocol.md (CONTRACT-4): where the machine-readable documents
 * are, and, from the same schemas, what a reader needs at a glance: roles, invite roles, the
 * `participant.declare` values, the answer of `POST /api/sessions` and the plan's format.
 */
export function contractMarkdown(): string {
  const plan = jsonSchemaOf(planSchema, 'input');
  const created = HTTP_ROUTES.find((route) => route.method === 'post' && route.path === '/api/sessions')?.answers[201];
  const createdSchema = created && !('file' in created) ? jsonSchemaOf(created, 'output') : {};
  const declare = jsonSchemaOf(COMMANDS['participant.declare'].schema, 'input');
  // Each object the reader fills or reads, under its caption: one fields table each.
  const fieldTables: [caption: string, schema: JsonSchema][] = [
    ['**`participant.declare`** (every field optional, `null` clears it; no gender in youth mode):', declare],
    ['**`POST /api/sessions`** `{"template": NAME}` or `{"plan": PLAN}`, host token → `201`:', createdSchema],
    ['with `links`:', propertyOf(createdSchema, 'links')],
    ['**The session plan** (`PLAN`):', plan],
    ['An agenda item (`agenda[]`):', itemsOf(plan, 'agenda')],
    ['A panel speaker (`speakers[]`):', itemsOf(plan, 'speakers')],
    ['A prepared poll (`polls[]`):', itemsOf(plan, 'polls')],
    ['The floor (`floor`):', propertyOf(plan, 'floor')],
    ['The Q&A (`qa`):', propertyOf(plan, 'qa')],
    ['Roles of the session (`roles`):', propertyOf(plan, 'roles')],
  ];
  const intro = [
    'Machine-readable, generated at start from the zod schemas the server validates with, and',
    'checked against the server\'s real answers by `test/integration/contract.test.ts`:',
    '',
    '| document | what |',
    '| --- | --- |',
    '| [`/api/openapi.json`](/api/openapi.json) | OpenAPI 3.1: every HTTP route, its request body and its answers (the one error body for refusals) |',
    '| [`/api/schemas/plan.json`](/api/schemas/plan.json) | JSON Schema 2020-12 of a session plan (what `POST /api/sessions {"plan"}`, `POST /api/plans/check` and `PUT /api/sessions/:id/plan` take) |',
    '| [`/api/schemas/client-message.json`](/api/schemas/client-message.json) | every frame a client may send: `hello`, `ping`, `command` with each command |',
    '| [`/api/schemas/server-message.json`](/api/schemas/server-message.json) | every frame the server sends, by `type` |',
    '',
    `**Roles:** ${list(ROLES)}. Staff (see everything, hidden results included): ${list(STAFF_ROLES)}.`,
    `**Invite roles** (\`POST /api/sessions/:id/invites\` \`role\`): ${list(LINK_ROLES)}; every new session gets links for ${list(SESSION_LINK_ROLES)} at once.`,
  ].join('\n');
  return [intro, ...fieldTables.map(([caption, schema]) => `${caption}\n\n${fieldsTable(schema)}`)].join('\n\n');
}
