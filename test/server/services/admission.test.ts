import { describe, expect, test } from '@jest/globals';
import { addressKey } from '../../../server/services/admission.js';

describe('addressKey (the client an anonymous upload counts for)', () => {
  test('an IPv4 address is itself, also when mapped into IPv6', () => {
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  test('IPv6 addresses count by their /64 network, however written', () => {
    const a = addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd');
    expect(a).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002::1')).toBe(a);
    expect(addressKey('2001:db8:1:3::1')).not.toBe(a);
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});
