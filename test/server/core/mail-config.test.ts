import { describe, expect, test } from '@jest/globals';
import { loadConfig, loadOutboundMailConfig } from '../../../server/core/config.js';

describe('the outbound mail settings', () => {
  test('default to no relay (mail is kept in the outbox), a From on the intake domain and a local base URL', () => {
    expect(loadOutboundMailConfig({})).toEqual({
      from: 'Proeffactuur <noreply@proef.localhost>',
      publicBaseUrl: 'http://localhost:3000',
      intakeDomain: 'proef.localhost',
      reminderDays: 7,
      maxQueued: 1000,
      maxAttempts: 8,
      retryBaseMs: 60_000,
    });
    expect(loadConfig({}).outboundMail.relayUrl).toBeUndefined();
  });

  test('read the relay, sender, base URL, intake domain and reminder days from the environment', () => {
    const config = loadOutboundMailConfig({
      SMTP_RELAY_URL: 'smtps://user:secret@mail.example.com:465',
      MAIL_FROM: 'ACME <facturen@acme.nl>',
      PUBLIC_BASE_URL: 'https://proef.acme.nl/',
      MAIL_DOMAIN: 'proef.acme.nl',
      INVITATION_REMINDER_DAYS: '3',
    });
    expect(config).toMatchObject({
      relayUrl: 'smtps://user:secret@mail.example.com:465',
      from: 'ACME <facturen@acme.nl>',
      publicBaseUrl: 'https://proef.acme.nl',
      intakeDomain: 'proef.acme.nl',
      reminderDays: 3,
    });
    expect(loadOutboundMailConfig({ SMTP_ENABLED: 'false' }).intakeDomain).toBeUndefined();
  });

  test('refuse a relay that is not SMTP, without repeating its password', () => {
    expect(() => loadOutboundMailConfig({ SMTP_RELAY_URL: 'https://user:secret@mail.example.com' })).toThrow(
      /must start with smtp:\/\/ or smtps:\/\//,
    );
    expect(() =>
      loadOutboundMailConfig({ SMTP_RELAY_URL: 'https://user:secret@mail.example.com' }),
    ).not.toThrow(/secret/);
    expect(() => loadOutboundMailConfig({ PUBLIC_BASE_URL: 'proef.acme.nl' })).toThrow(/PUBLIC_BASE_URL/);
  });
});
