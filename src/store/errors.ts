// Every failure leaves the store as a LibraryError with a code the UI can branch on and a message
// it can show as is.

export type LibraryErrorCode =
  /** The browser refused to store more (disk or quota full). Nothing saved before was touched. */
  | 'quota'
  /** As many differing copies of the article as the library keeps are saved already (writes.ts, MAX_COPIES). */
  | 'too-many-copies'
  /** IndexedDB cannot be used here (some private windows, disabled storage, a newer schema). */
  | 'unavailable'
  /** An import file was rejected; the library is unchanged. */
  | 'bad-import'
  | 'not-found'
  /** The caller passed something the library cannot store or understand (bad cursor, bad patch). */
  | 'invalid-argument'
  /** Any other storage failure; the operation was rolled back. */
  | 'failed';

export class LibraryError extends Error {
  override readonly name = 'LibraryError';

  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function domErrorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
  return typeof error.name === 'string' ? error.name : undefined;
}

/** Turns whatever IndexedDB threw during `action` ("save the article") into a LibraryError. */
export function toLibraryError(error: unknown, action: string): LibraryError {
  if (error instanceof LibraryError) return error;
  switch (domErrorName(error)) {
    case 'QuotaExceededError':
      return new LibraryError(
        'quota',
        `Could not ${action}: the browser has no storage space left for the library. Nothing saved before was changed; delete articles or free disk space, then try again.`,
        { cause: error },
      );
    case 'VersionError':
      return new LibraryError(
        'unavailable',
        `Could not ${action}: the library was written by a newer version of Mirror Reader. Update the extension.`,
        { cause: error },
      );
    case 'InvalidStateError':
    case 'SecurityError':
    case 'UnknownError':
    case 'NotAllowedError':
      return new LibraryError(
        'unavailable',
        `Could not ${action}: this browser window does not allow the extension to store data (private windows often don't).`,
        { cause: error },
      );
    default:
      return new LibraryError('failed', `Could not ${action}: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`, {
        cause: error,
      });
  }
}
