import type { NotaryChecklist, NotaryChecklistRequest, NotaryMatter, NotaryMatterList } from '@plskit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiProblem, isAbort } from '../api/api-problem.js';
import type { Connection } from '../api/connection.js';
import type { ServiceCenter } from '../api/legal-aid-types.js';
import type { AsyncState } from '../async-state/async-state.js';
import { notaryRequests } from './notary-requests.js';

type Loadable = 'catalogue' | 'matter' | 'checklist' | 'offices';

/**
 * The checklist's requests and what they brought: the catalogue to find a
 * matter in, the chosen matter's questions, the checklist for the answers and
 * the region's offices. A reply for an earlier request of the same kind
 * (another matter, other answers) is dropped.
 */
export class NotaryChecklistController implements ReactiveController {
  catalogue: AsyncState<NotaryMatterList> = { status: 'idle' };
  matter: AsyncState<NotaryMatter> = { status: 'idle' };
  checklist: AsyncState<NotaryChecklist> = { status: 'idle' };
  offices: AsyncState<ServiceCenter[]> = { status: 'idle' };
  #latest: Partial<Record<Loadable, object>> = {};

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly connection: () => Connection,
    private readonly onProblem: (operation: string, problem: ApiProblem) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async #load<K extends Loadable>(key: K, operation: string, request: (connection: Connection) => Promise<NotaryChecklistController[K] extends AsyncState<infer T> ? T : never>): Promise<boolean> {
    const token = {};
    this.#latest[key] = token;
    (this as Record<K, unknown>)[key] = { status: 'loading' };
    this.host.requestUpdate();
    try {
      const value = await request(this.connection());
      if (this.#latest[key] !== token) return false;
      (this as Record<K, unknown>)[key] = { status: 'ready', value };
      return true;
    } catch (error) {
      if (isAbort(error) || this.#latest[key] !== token) return false;
      const problem = ApiProblem.from(error);
      (this as Record<K, unknown>)[key] = { status: 'error', problem };
      // an unknown matter is an answer, not a failure to report
      if (problem.code !== 'not-found') this.onProblem(operation, problem);
      return false;
    } finally {
      if (this.#latest[key] === token) this.host.requestUpdate();
    }
  }

  loadCatalogue(): Promise<boolean> {
    return this.#load('catalogue', 'list-notary-matters', (connection) => notaryRequests(connection).matters());
  }

  loadMatter(code: string): Promise<boolean> {
    this.checklist = { status: 'idle' };
    return this.#load('matter', 'get-notary-matter', (connection) => notaryRequests(connection).matter(code));
  }

  loadChecklist(request: NotaryChecklistRequest): Promise<boolean> {
    return this.#load('checklist', 'create-notary-checklist', (connection) => notaryRequests(connection).checklist(request));
  }

  loadOffices(region: string): Promise<boolean> {
    return this.#load('offices', 'list-service-centers', (connection) => notaryRequests(connection).offices(region));
  }
}
