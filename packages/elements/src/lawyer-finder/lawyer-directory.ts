// The finder's requests: the lawyer directory (each result carries its firm, so a
// page of cards is one request) and the choices of its filters, from the SDK's
// lawyers, practice-area and region resources only.
import { createLawyersResource, createPracticeAreasResource, createRegionsResource } from '@plskit/sdk';
import { callApi, requestsFor, type CallOptions } from '../api/connection.js';
import type { Lawyer, LawyerQuery, Page, PracticeArea, Region } from '../api/directory-types.js';

export interface LawyerDirectory {
  searchLawyers(query: LawyerQuery, call?: CallOptions): Promise<Page<Lawyer>>;
  listPracticeAreas(call?: CallOptions): Promise<{ items: PracticeArea[] }>;
  listRegions(call?: CallOptions): Promise<{ items: Region[] }>;
}

export const lawyerDirectory = requestsFor<LawyerDirectory>(({ transport }) => {
  const lawyers = createLawyersResource(transport);
  const practiceAreas = createPracticeAreasResource(transport);
  const regions = createRegionsResource(transport);
  return {
    searchLawyers: (query, call) => callApi(() => lawyers.search(query, call)),
    listPracticeAreas: (call) => callApi(() => practiceAreas.list(call)),
    listRegions: (call) => callApi(() => regions.list(call)),
  };
});
