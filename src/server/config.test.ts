import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

describe('configuration', () => {
  it('has defaults that run the demo on 127.0.0.1:8080 with SQLite under ./data', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', publicUrl: null, database: { kind: 'sqlite', path: './data/openfloor.db' }, demo: true, tallyIntervalMs: 100, sqliteWrites: 'worker' });
  });

  it('LIMIT-1..LIMIT-4: the HTTP limits default to what a 10,000-phone venue behind one address needs, and each can be set', () => {
    expect(readConfig({}).limits).toEqual({
      requestsPerMinutePerIp: 120_000,
      requestsPerSecondPerRoute: 5_000,
      codeMissesPerIp: 20,
      codeMissWindowSeconds: 600,
      joinsPerMinutePerCodePerIp: 30_000,
      hostFailuresPerIp: 10,
      hostFailureWindowSeconds: 600,
    });
    expect(readConfig({ JOIN_CODE_MISSES_PER_IP: '5', JOIN_CODE_MISS_WINDOW_SECONDS: '60', HTTP_REQUESTS_PER_SECOND_PER_ROUTE: '0' }).limits).toMatchObject({ codeMissesPerIp: 5, codeMissWindowSeconds: 60, requestsPerSecondPerRoute: 0 });
    expect(() => readConfig({ JOIN_CODE_MISS_WINDOW_SECONDS: '0' })).toThrow(/^JOIN_CODE_MISS_WINDOW_SECONDS .*\(got "0"\)$/);
  });

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      PUBLIC_URL: 'https://floor.example.org/',
      DATABASE_URL: 'postgres://u@db/openfloor',
      OPENFLOOR_HOST_TOKEN: 'x'.repeat(32),
      ALLOWED_ORIGINS: 'https://a.example, https://b.example:8443/path',
      TALLY_INTERVAL_MS: '250',
      OPENFLOOR_DEMO: 'false',
      SQLITE_WRITES: 'inline',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      publicUrl: 'https://floor.example.org',
      database: { kind: 'postgres', url: 'postgres://u@db/openfloor' },
      hostToken: 'x'.repeat(32),
      allowedOrigins: ['https://a.example', 'https://b.example:8443'],
      tallyIntervalMs: 250,
      demo: false,
      sqliteWrites: 'inline',
    });
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', PUBLIC_URL: '' })).toMatchObject({ port: 8080, publicUrl: null });
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT .*\(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT /],
    [{ PUBLIC_URL: 'not a url' }, /^PUBLIC_URL /],
    [{ PUBLIC_URL: 'ftp://x.example' }, /^PUBLIC_URL /],
    [{ OPENFLOOR_HOST_TOKEN: 'short' }, /^OPENFLOOR_HOST_TOKEN must be at least 24 characters/],
    [{ ALLOWED_ORIGINS: 'nope' }, /^ALLOWED_ORIGINS /],
    [{ TALLY_INTERVAL_MS: '1' }, /^TALLY_INTERVAL_MS /],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL /],
    [{ DATABASE_URL: 'sqlite:' }, /^DATABASE_URL /],
    [{ SQLITE_WRITES: 'threads' }, /^SQLITE_WRITES /],
  ])('stops with one line naming the variable for %o', (env, message) => {
    let error: unknown;
    try {
      readConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('configuration for several processes (issue 19)', () => {
  it('SCALE-8: OPENFLOOR_PROCESSES is 1 by default, auto is one per core, and more than one needs PostgreSQL + Redis', () => {
    expect(readConfig({}).processes).toBe(1);
    const pgRedis = { DATABASE_URL: 'postgres://u@db/openfloor', REDIS_URL: 'redis://cache:6379' };
    expect(readConfig({ ...pgRedis, OPENFLOOR_PROCESSES: '3' }).processes).toBe(3);
    expect(readConfig({ ...pgRedis, OPENFLOOR_PROCESSES: 'auto' }).processes).toBe(availableParallelism());
    expect(readConfig({ OPENFLOOR_PROCESSES: '1' }).processes).toBe(1);
    expect(() => readConfig({ OPENFLOOR_PROCESSES: '2' })).toThrow(ConfigError);
    expect(() => readConfig({ OPENFLOOR_PROCESSES: '2' })).toThrow(/^OPENFLOOR_PROCESSES=2 \(2 processes\) needs DATABASE_URL=postgres:\/\/… and REDIS_URL=redis:\/\/…: a SQLite file has one writer, so run one process \(OPENFLOOR_PROCESSES=1\) or move to PostgreSQL \+ Redis$/);
    expect(() => readConfig({ DATABASE_URL: 'postgres://u@db/openfloor', OPENFLOOR_PROCESSES: '2' })).toThrow(/needs DATABASE_URL=postgres:\/\/… and REDIS_URL=redis:\/\/…: the processes carry their changes/);
    expect(() => readConfig({ ...pgRedis, OPENFLOOR_PROCESSES: '0' })).toThrow(/^OPENFLOOR_PROCESSES /);
    expect(() => readConfig({ ...pgRedis, OPENFLOOR_PROCESSES: 'many' })).toThrow(/^OPENFLOOR_PROCESSES must be a whole number from 1 to 256, or auto/);
  });

  it('SCALE-1: REDIS_URL is off by default, read with PostgreSQL, refused with SQLite or when it is not a Redis URL', () => {
    expect(readConfig({}).redisUrl).toBeNull();
    expect(readConfig({ DATABASE_URL: 'postgres://u@db/openfloor', REDIS_URL: 'redis://cache:6379/0' }).redisUrl).toBe('redis://cache:6379/0');
    expect(readConfig({ DATABASE_URL: 'postgres://u@db/openfloor', REDIS_URL: 'rediss://cache:6380' }).redisUrl).toBe('rediss://cache:6380');
    expect(() => readConfig({ REDIS_URL: 'redis://cache:6379' })).toThrow(ConfigError);
    expect(() => readConfig({ REDIS_URL: 'redis://cache:6379' })).toThrow(/^REDIS_URL needs DATABASE_URL=postgres/);
    expect(() => readConfig({ DATABASE_URL: 'postgres://u@db/openfloor', REDIS_URL: 'http://cache:6379' })).toThrow(/^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
  });
});
