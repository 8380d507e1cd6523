/**
 * A dynamic import() made once, however often it is asked for; one that failed
 * (offline) is asked for again by the next call. For a later screen's chunk.
 * Chromium (checked up to 150) keeps a module whose fetch failed failed for the
 * page's life, so there the next call fails at once; browsers that fetch again get it.
 */
export function importOnce<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () => (loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}
