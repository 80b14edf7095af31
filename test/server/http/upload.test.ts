import { describe, expect, test } from '@jest/globals';
import { cleanFileName, MAX_FILE_NAME } from '../../../server/http/upload.js';

describe('cleanFileName', () => {
  test('keeps a UTF-8 name as it is (NFC)', () => {
    expect(cleanFileName('Factuur café ë.pdf')).toBe('Factuur café ë.pdf');
    expect(cleanFileName('Factuur cafe\u0301.pdf')).toBe('Factuur café.pdf');
  });

  test('removes control and bidirectional formatting characters and folder parts', () => {
    expect(cleanFileName('factuur\u202Efdp.exe')).toBe('factuurfdp.exe');
    expect(cleanFileName('a\u0007b\u0085c\u2066d\u200F.pdf')).toBe('abcd.pdf');
    expect(cleanFileName('C:\\users\\jan\\factuur.pdf')).toBe('factuur.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
  });

  test(`cuts a long name to ${MAX_FILE_NAME} characters and keeps its extension`, () => {
    const cut = cleanFileName(`${'é'.repeat(10_000)}.pdf`);
    expect(Array.from(cut)).toHaveLength(MAX_FILE_NAME);
    expect(cut.endsWith('é.pdf')).toBe(true);
    // Characters outside the BMP are not split in half.
    const emoji = cleanFileName(`${'😀'.repeat(300)}.pdf`);
    expect(Array.from(emoji)).toHaveLength(MAX_FILE_NAME);
    expect(emoji.endsWith('😀.pdf')).toBe(true);
    expect(emoji.includes('\uFFFD')).toBe(false);
  });
});
