// List cursors are opaque to clients: base64url of the position after which
// the next page starts (the last id, a ranked page's "rank:id", or a center's
// sort number). A decoded cursor is checked to be such a position, so what
// reaches a query is a plain id: never a NUL, never a number too big for it.
import { ProblemError } from './operation.js';
import { fieldMessage } from './field-error.js';
import type { Locale } from '@plskit/core';

/** A directory id (the contract's DirectoryId) or a sort number, after a one-digit rank on ranked pages. */
const POSITION = /^(?:[0-9]:)?[A-Za-z0-9-]{1,64}$/;

export function encodeCursor(afterId: string | null): string | null {
  return afterId === null ? null : Buffer.from(`after:${afterId}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: unknown, locale: Locale): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const text = typeof cursor === 'string' ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const position = text.slice('after:'.length);
  if (!text.startsWith('after:') || !POSITION.test(position)) {
    throw new ProblemError(400, 'validation-failed', [{ field: 'cursor', code: 'invalid', message: fieldMessage('invalid', locale) }]);
  }
  return position;
}
