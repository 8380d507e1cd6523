// The notary matter catalogue and the one-time checklist (一次性告知): the
// views and the checklist are core's, the same code the browser runs.
import {
  ChecklistAnswerError, notaryMatterDetail, notaryMatterList, resolveChecklist, type ChecklistAnswers,
  type NotaryCatalogue,
} from '@plskit/core';
import { fieldMessage } from './field-error.js';
import { ProblemError, type ContractOperations } from './operation.js';

export function notaryOperations(catalogue: NotaryCatalogue): Pick<ContractOperations, 'listNotaryMatters' | 'getNotaryMatter' | 'createNotaryChecklist'> {
  return {
    listNotaryMatters: () => ({ status: 200, body: notaryMatterList(catalogue) }),
    getNotaryMatter: ({ params }) => {
      const matter = notaryMatterDetail(catalogue, params.code);
      if (!matter) throw new ProblemError(404, 'not-found');
      return { status: 200, body: matter };
    },
    createNotaryChecklist: ({ body, locale }) => {
      const { matter } = body;
      const answers = body.answers as ChecklistAnswers;
      try {
        return { status: 200, body: resolveChecklist(catalogue, matter, answers) };
      } catch (error) {
        // core names the field an answer is missing or wrong in
        if (!(error instanceof ChecklistAnswerError)) throw error;
        const field = error.field.startsWith('/') ? error.field : `/answers/${error.field}`;
        throw new ProblemError(400, 'validation-failed', [{ field, code: error.code, message: fieldMessage(error.code === 'required' ? 'required' : 'invalid', locale) }]);
      }
    },
  };
}
