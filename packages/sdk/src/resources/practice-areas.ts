import { listPracticeAreas } from '../generated/replies/listPracticeAreas.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { PracticeAreaList } from '../types.js';

/** The practice-area taxonomy lawyers and firms are tagged with. */
export interface PracticeAreasResource {
  list(call?: RequestOptions): Promise<PracticeAreaList>;
}

export const createPracticeAreasResource = (send: Transport): PracticeAreasResource => ({
  list: (call) => send({ reply: listPracticeAreas, method: 'get', path: 'v1/practice-areas' }, call),
});
