/**
 * A dynamic import() made once, however often it is asked for; one that failed
 * (offline) is tried again by the next call. For a later screen's chunk.
 */
export function importOnce<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () => (loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}
