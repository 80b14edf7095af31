/** The settings of several processes on PostgreSQL: DATABASE_URL, ROLE, the queue and METRICS_PORT. */
import { describe, expect, test } from '@jest/globals';
import { loadConfig } from '../../../server/core/config.js';

describe('DATABASE_URL and ROLE', () => {
  test('the default is one process on SQLite that does everything', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.role).toBe('all');
    // The lease outlasts the run time-out (60 s) by 30 s.
    expect(config.queue).toEqual({ leaseSeconds: 90, maintenanceSeconds: 30, retryDelaySeconds: 5 });
    expect(config.metricsPort).toBeUndefined();
  });

  test('a postgres URL switches to PostgreSQL, and api and worker roles are accepted with it', () => {
    const url = 'postgres://user:secret@db.example.com:5432/proef';
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(loadConfig({ DATABASE_URL: url, ROLE: 'api' }).role).toBe('api');
    expect(loadConfig({ DATABASE_URL: url, ROLE: ' Worker ' }).role).toBe('worker');
    expect(
      loadConfig({ DATABASE_URL: url, RUN_TIMEOUT_SECONDS: '10', QUEUE_MAINTENANCE_SECONDS: '2' }).queue,
    ).toEqual({ leaseSeconds: 40, maintenanceSeconds: 2, retryDelaySeconds: 5 });
    expect(loadConfig({ DATABASE_URL: url, ROLE: 'worker', METRICS_PORT: '9464' }).metricsPort).toBe(9464);
  });

  test('a role that needs a shared database without one is refused with the reason', () => {
    expect(() => loadConfig({ ROLE: 'worker' })).toThrow(/ROLE=worker needs DATABASE_URL/);
    expect(() => loadConfig({ ROLE: 'api' })).toThrow(/ROLE=api needs DATABASE_URL/);
  });

  test('a wrong role or URL is named', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://h/db', ROLE: 'both' })).toThrow(
      'ROLE must be all, api or worker, not both',
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://h/db' })).toThrow(
      'DATABASE_URL must start with postgres:// or postgresql://, not mysql://',
    );
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL must be a URL/);
  });
});
