// What the options page says about storage and refused imports, in the reader's language.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const { formatBytes, tCount } = await import('../../src/shared/i18n');
const { libraryErrorKey } = await import('../../src/shared/library-errors');
const { LibraryError } = await import('../../src/store');

describe('storage sizes', () => {
  it('picks the unit that keeps a size short ("0.9 MB used of 75421.4 MB" before)', () => {
    expect(formatBytes(5.5 * 1024 * 1024, 'en')).toBe('5.5 MB');
    expect(formatBytes(0.9 * 1024 * 1024, 'en')).toBe('921.6 kB');
    expect(formatBytes(75421.4 * 1024 * 1024, 'en')).toBe('73.7 GB');
    expect(formatBytes(512, 'en')).toBe('512 byte');
  });

  it('writes numbers as the UI language does', () => {
    expect(formatBytes(1234.5 * 1024 * 1024 * 1024, 'de')).toBe('1,2 TB');
    expect(formatBytes(75421.4 * 1024 * 1024, 'zh-CN')).toMatch(/^73\.7\s?GB$/);
  });
});

describe('counted messages', () => {
  it('take the singular twin for a count of 1 ("Library file written: 1 articles." before), the general message otherwise', () => {
    expect(tCount('exportDone', 1)).toBe('exportDoneOne(1)');
    expect(tCount('exportDone', 0)).toBe('exportDone(0)');
    expect(tCount('exportDone', 12345)).toBe('exportDone(12,345)');
  });
});

describe('refused imports', () => {
  it('name their reason with a message of _locales, not the store\'s English', () => {
    expect(libraryErrorKey(new LibraryError('bad-import', 'Line 3: not JSON'), 'errorImportFailed')).toBe('errorBadImport');
    expect(libraryErrorKey(new LibraryError('quota', 'full'), 'errorImportFailed')).toBe('errorStorageFull');
    expect(libraryErrorKey(new Error('other'), 'errorImportFailed')).toBe('errorImportFailed');
  });
});
