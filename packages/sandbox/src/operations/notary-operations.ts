// The notary matter catalogue and the one-time checklist (一次性告知), both
// resolved by @plskit/core from its catalogue data.
import {
  ChecklistAnswerError, checklistQuestions, findNotaryMatter, resolveChecklist, type ChecklistAnswers, type NotaryCatalogue,
  type NotaryMatter,
} from '@plskit/core';
import { fieldMessage } from '../http/validation-errors.js';
import { ProblemError, type OperationHandler } from './operation.js';

export function notaryOperations(catalogue: NotaryCatalogue): Record<string, OperationHandler> {
  const summary = (matter: NotaryMatter) => ({
    code: matter.code, name: matter.name, basis: matter.basis, inPersonOnly: matter.inPersonOnly,
  });
  return {
    listNotaryMatters: () => ({
      status: 200,
      body: { items: catalogue.matters.map(summary), catalogueVersion: catalogue.version },
    }),
    getNotaryMatter: ({ params }) => {
      const matter = findNotaryMatter(catalogue, params.code ?? '');
      if (!matter) throw new ProblemError(404, 'not-found');
      return {
        status: 200,
        body: {
          ...summary(matter),
          questions: checklistQuestions(catalogue, matter.code),
          timeLimit: catalogue.timeLimit,
          fee: catalogue.fees[matter.fee],
          catalogueVersion: catalogue.version,
        },
      };
    },
    createNotaryChecklist: ({ body, locale }) => {
      const { matter, answers } = body as { matter: string; answers: ChecklistAnswers };
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
