// Walks a cursor-paged list: asks for the next page only when the caller has
// consumed the current one, and stops at `nextCursor: null`.
import type { RequestOptions } from './transport.js';
import type { Page } from './types.js';

export async function* everyItem<Query extends { cursor?: string }, Item>(
  fetchPage: (query: Query, call?: RequestOptions) => Promise<Page<Item>>,
  query: Query,
  call?: RequestOptions,
): AsyncGenerator<Item, void, undefined> {
  let cursor = query.cursor;
  do {
    const page = await fetchPage({ ...query, cursor }, call);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
