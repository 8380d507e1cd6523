// List cursors are opaque to clients: base64url of the last id of the page.
import { ProblemError } from './operation.js';
import { fieldMessage } from './field-error.js';
import type { Locale } from '@plskit/core';

export function encodeCursor(afterId: string | null): string | null {
  return afterId === null ? null : Buffer.from(`after:${afterId}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: unknown, locale: Locale): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const text = typeof cursor === 'string' ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith('after:') || text.length > 64) {
    throw new ProblemError(400, 'validation-failed', [{ field: 'cursor', code: 'invalid', message: fieldMessage('invalid', locale) }]);
  }
  return text.slice('after:'.length);
}
