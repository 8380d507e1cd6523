// The notary matter catalogue and the one-time checklist (一次性告知), both
// resolved by @plskit/core from its catalogue data.
import { fieldMessage } from '../http/validation-errors.js';
import { ProblemError, type OperationHandler } from './operation.js';

/** What the sandbox needs of the notary catalogue in @plskit/core. */
export interface NotaryCatalogue {
  matters(): unknown[];
  matter(code: string): unknown;
  checklist(matter: string, answers: Record<string, unknown>): unknown;
}

export function notaryOperations(catalogue: NotaryCatalogue): Record<string, OperationHandler> {
  return {
    listNotaryMatters: () => ({ status: 200, body: { items: catalogue.matters() } }),
    getNotaryMatter: ({ params }) => {
      const matter = catalogue.matter(params.code ?? '');
      if (!matter) throw new ProblemError(404, 'not-found');
      return { status: 200, body: matter };
    },
    createNotaryChecklist: ({ body, locale }) => {
      const { matter, answers } = body as { matter: string; answers: Record<string, unknown> };
      if (!catalogue.matter(matter)) {
        throw new ProblemError(400, 'validation-failed', [{ field: '/matter', code: 'not-found', message: fieldMessage('invalid', locale) }]);
      }
      return { status: 200, body: catalogue.checklist(matter, answers ?? {}) };
    },
  };
}
