// The checklist's requests, from the SDK's notary and service-center resources
// only. The catalogue (public, versioned, both languages in one reply) is
// fetched once per connection and kept in memory, never in storage; the
// answers travel in a POST body, never in a URL.
import { createNotaryResource, createServiceCentersResource, type NotaryChecklist, type NotaryChecklistRequest, type NotaryMatter, type NotaryMatterList } from '@plskit/sdk';
import { callApi, requestsFor, type CallOptions } from '../api/connection.js';
import type { ServiceCenter } from '../api/legal-aid-types.js';

export interface NotaryRequests {
  /** The catalogue's matters, groups and search words; cached. */
  matters(): Promise<NotaryMatterList>;
  matter(code: string, call?: CallOptions): Promise<NotaryMatter>;
  checklist(request: NotaryChecklistRequest, call?: CallOptions): Promise<NotaryChecklist>;
  /** The centers of a region that take notarisation (the booker books at these). */
  offices(region: string, call?: CallOptions): Promise<ServiceCenter[]>;
}

export const notaryRequests = requestsFor<NotaryRequests>(({ transport }) => {
  const notary = createNotaryResource(transport);
  const centers = createServiceCentersResource(transport);
  let catalogue: Promise<NotaryMatterList> | undefined;
  return {
    matters() {
      // a failed load is forgotten, so the next attempt asks again
      catalogue ??= callApi(() => notary.matters()).catch((error: unknown) => {
        catalogue = undefined;
        throw error;
      });
      return catalogue;
    },
    matter: (code, call) => callApi(() => notary.matter(code, call)),
    checklist: (request, call) => callApi(() => notary.checklist(request, call)),
    offices: (region, call) => callApi(async () => (await centers.list({ region, service: 'notarization', limit: 20 }, call)).items),
  };
});
