/**
 * A small iCalendar reader for the tests (RFC 5545): unfolds lines, splits each into name,
 * parameters and value, unescapes TEXT values, and checks that every line ends with CRLF and
 * holds at most 75 octets. Written apart from the writer, so that a test reads the file back as
 * a calendar would.
 */
export interface IcsProperty {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}

export function parseIcs(text: string): IcsProperty[] {
  if (!text.endsWith('\r\n')) throw new Error('an iCalendar file ends with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    if (line.includes('\n') || line.includes('\r')) throw new Error('a bare line break');
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`a line longer than 75 octets: ${line}`);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical.map((line) => {
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`no name: ${line}`);
    const [name = '', ...params] = line.slice(0, colon).split(';');
    return {
      name: name.toUpperCase(),
      params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
      value: line.slice(colon + 1),
    };
  });
}

/** A TEXT value as written, unescaped. */
export function icsUnescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
