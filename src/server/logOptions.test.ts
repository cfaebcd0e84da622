import { describe, expect, it } from 'vitest';
import { errorForLog, fieldsForLog, loggerOptions } from './logOptions.ts';

describe('log options (PRIV-5)', () => {
  it('PRIV-5: an error is logged with its type, message, code and stack, without the request bytes or headers it carries', () => {
    const error = Object.assign(new Error('Parse Error: Invalid header token'), {
      code: 'HPE_INVALID_HEADER_TOKEN',
      rawPacket: Buffer.from('GET / HTTP/1.1\r\nUser-Agent: Probe/1\r\nAuthorization: Bearer secret\r\n'),
      headers: { 'user-agent': 'Probe/1' },
      bytes: new Uint8Array([1, 2, 3]),
    });
    const logged = errorForLog(error);
    expect(logged).toMatchObject({ type: 'Error', message: 'Parse Error: Invalid header token', code: 'HPE_INVALID_HEADER_TOKEN' });
    expect(logged.stack).toContain('Parse Error');
    expect(Object.keys(logged)).not.toContain('rawPacket');
    expect(Object.keys(logged)).not.toContain('headers');
    expect(Object.keys(logged)).not.toContain('bytes');
    expect(JSON.stringify(logged)).not.toMatch(/Probe|secret/);
  });

  it('PRIV-5: a request is logged by method and path only, never its query string', () => {
    const { req, res } = loggerOptions('info').serializers;
    expect(req({ method: 'GET', url: '/api/join/123456789?token=abc&x=1' })).toEqual({ method: 'GET', url: '/api/join/123456789' });
    expect(res({ statusCode: 404 })).toEqual({ statusCode: 404 });
  });

  it('PRIV-5: something thrown that is not an Error is logged as it is', () => {
    expect(errorForLog('plain' as unknown as Error)).toBe('plain');
  });
});

describe('log fields (PRIV-5)', () => {
  it('PRIV-5: a plugin\'s url or path field loses its query string; other fields stay', () => {
    expect(fieldsForLog({ path: '/healthz?token=abc', msg: 'closed' })).toEqual({ path: '/healthz', msg: 'closed' });
    expect(fieldsForLog({ url: '/a?b', code: 1 })).toEqual({ url: '/a', code: 1 });
    const plain = { path: '/ws', n: 2 };
    expect(fieldsForLog(plain)).toBe(plain);
  });
});
