import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  checkOutboundUrl,
  embeddedIpv4,
  isPrivateAddress,
  OutboundError,
  postJson,
} from '../../server/services/outbound.js';
import { type Receiver, startReceiver } from './api-helpers.js';

describe('isPrivateAddress', () => {
  test.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a00:1',
    'not-an-address',
  ])('%s is not public', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  test.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '193.0.6.139', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});

describe('isPrivateAddress: IPv6 forms that carry or reach an IPv4 address', () => {
  test.each([
    ['IPv4-mapped, dotted', '::ffff:127.0.0.1'],
    ['IPv4-mapped, written out', '0:0:0:0:0:ffff:7f00:1'],
    ['IPv4-mapped, hex, private v4', '::ffff:c0a8:101'],
    ['IPv4-mapped, metadata service', '0000:0000:0000:0000:0000:FFFF:A9FE:A9FE'],
    ['IPv4-translated', '::ffff:0:10.0.0.1'],
    ['IPv4-compatible (::/96), loopback v4', '::127.0.0.1'],
    ['IPv4-compatible (::/96), public v4', '::8.8.8.8'],
    ['IPv4-compatible (::/96), hex', '::7f00:1'],
    ['6to4 with a private v4', '2002:c0a8:0101::1'],
    ['6to4 with loopback v4', '2002:7f00:1::'],
    ['6to4 with the metadata address', '2002:a9fe:a9fe:0:0:0:0:1'],
    ['NAT64 with a private v4', '64:ff9b::10.1.2.3'],
    ['NAT64 with loopback, hex', '64:ff9b::7f00:1'],
    ['NAT64 for local use (64:ff9b:1::/48)', '64:ff9b:1::808:808'],
    ['Teredo', '2001:0:4136:e378:8000:63bf:3fff:fdd2'],
    ['unique-local', 'fd00:ec2::254'],
    ['unique-local, fc00::/8', 'fc01::1'],
    ['link-local', 'fe80::1'],
    ['link-local with a zone', 'fe80::1%eth0'],
    ['site-local (deprecated)', 'fec0::1'],
    ['multicast', 'ff02::1'],
    ['documentation', '2001:db8::1'],
  ])('%s (%s) is not public', (_form, address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  test.each([
    ['IPv4-mapped with a public v4', '::ffff:808:808'],
    ['NAT64 with a public v4', '64:ff9b::8.8.8.8'],
    ['6to4 with a public v4', '2002:808:808::1'],
    ['global unicast', '2606:4700:4700::1111'],
  ])('%s (%s) is public', (_form, address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  test.each([
    ['::ffff:7f00:1', '127.0.0.1'],
    ['::ffff:0:a00:1', '10.0.0.1'],
    ['64:ff9b::c0a8:1', '192.168.0.1'],
    ['2002:c0a8:0101::1', '192.168.1.1'],
    ['2606:4700:4700::1111', undefined],
  ])('embeddedIpv4(%s) is %s', (address, v4) => {
    expect(embeddedIpv4(address)).toBe(v4);
  });

  test('a webhook URL with an IPv6 literal that reaches a private IPv4 address is refused', async () => {
    for (const host of ['[::ffff:7f00:1]', '[::127.0.0.1]', '[2002:a00:1::]', '[64:ff9b::a00:1]'])
      await expect(
        checkOutboundUrl(`http://${host}/hook`, { refusePrivate: true, field: 'url' }),
      ).rejects.toMatchObject({ code: 'url_not_allowed' });
  });
});

describe('checkOutboundUrl', () => {
  test('accepts a public https URL and normalises it', async () => {
    expect(
      (await checkOutboundUrl('https://93.184.215.14/hook', { refusePrivate: true, field: 'url' })).href,
    ).toBe('https://93.184.215.14/hook');
  });

  test('allows loopback when private addresses are allowed (development, tests)', async () => {
    await expect(
      checkOutboundUrl('http://127.0.0.1:9/x', { refusePrivate: false, field: 'url' }),
    ).resolves.toBeDefined();
  });

  test('in production mode resolves the name and refuses it when any address is private', async () => {
    const dns: Record<string, string[]> = {
      'public.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
      'internal.example': ['10.0.0.7'],
      'mixed.example': ['93.184.215.14', '127.0.0.1'],
    };
    const resolve = async (host: string) => {
      const found = dns[host];
      if (!found) throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
      return found.map((address) => ({ address }));
    };
    const check = (url: string) => checkOutboundUrl(url, { refusePrivate: true, field: 'url', resolve });
    await expect(check('https://public.example/hook')).resolves.toBeDefined();
    for (const host of ['internal.example', 'mixed.example'])
      await expect(check(`https://${host}/hook`)).rejects.toMatchObject({
        code: 'url_not_allowed',
        detail: { en: expect.stringContaining('private') },
      });
    await expect(check('https://nowhere.example/hook')).rejects.toMatchObject({
      code: 'url_not_allowed',
      detail: { en: expect.stringContaining('does not resolve') },
    });
  });
});

describe('postJson', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());

  test('posts to a loopback receiver when private addresses are allowed', async () => {
    const res = await postJson(
      receiver.url,
      '{"a":1}',
      { 'x-test': 'yes' },
      { timeoutMs: 2000, refusePrivate: false },
    );
    expect(res.status).toBe(204);
    expect(receiver.received.at(-1)).toMatchObject({ body: '{"a":1}' });
  });

  test('in production mode refuses the connection after resolving the name, before anything is sent', async () => {
    const before = receiver.received.length;
    const byName = receiver.url.replace('127.0.0.1', 'localhost');
    await expect(postJson(byName, '{}', {}, { timeoutMs: 2000, refusePrivate: true })).rejects.toMatchObject({
      code: 'EPRIVATEADDRESS',
    });
    await expect(
      postJson(receiver.url, '{}', {}, { timeoutMs: 2000, refusePrivate: true }),
    ).rejects.toBeInstanceOf(OutboundError);
    expect(receiver.received.length).toBe(before);
  });

  test('gives up on a receiver that does not answer within the time-out', async () => {
    receiver.respond = () => 'hang';
    // The time-out itself is the proof: without it the request would wait for the hanging receiver
    // past jest's own test time-out (no wall-clock assertion here: those flake on a loaded machine).
    await expect(
      postJson(receiver.url, '{}', {}, { timeoutMs: 300, refusePrivate: false }),
    ).rejects.toMatchObject({
      code: 'ETIMEDOUT',
    });
    receiver.respond = () => 204;
  });
});
