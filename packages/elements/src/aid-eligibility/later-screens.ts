import type { ReactiveControllerHost } from 'lit';
import { ApiProblem } from '../api/api-problem.js';
import type { LoadView } from '../base/pls-steps-element.js';
import {
  loadEligibilityQuestions, loadEligibilityResult, type EligibilityQuestionsModule, type EligibilityResultModule,
} from './eligibility-chunks.js';

export interface LaterScreensOptions {
  /** A later screen's module, with its words ready. */
  loadView: LoadView;
  /** The questions' code arrived, or could not be fetched (offline): the problem. */
  onQuestionsSettled(problem: ApiProblem | undefined): void;
}

/**
 * The checker's later screens' code: the questions' (with check-your-answers)
 * and the result's, asked for as soon as the resident makes for "start" (the
 * pointer on it, or focus), so the first question seldom waits for it; a page
 * where nobody starts never loads them.
 */
export class LaterScreens {
  /** The questions' code. */
  questions: EligibilityQuestionsModule | undefined;
  /** Why the questions' code could not be fetched (offline): shown with a retry. */
  questionsProblem: ApiProblem | undefined;
  /** The result screen's code, fetched with the questions'. */
  results: EligibilityResultModule | undefined;
  /** The questions' code on its way: asked for once, however often the resident makes for "start". */
  #questionsLoading: Promise<void> | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: LaterScreensOptions) {}

  /** Asks for both (again, after a failure); a request on its way is not made twice. */
  prepare = (): void => {
    this.#questionsLoading ??= this.#loadQuestions();
    void this.loadResults();
  };

  async #loadQuestions(): Promise<void> {
    this.questionsProblem = undefined;
    this.host.requestUpdate(); // a retry: its error gives way to the loading state
    try {
      this.questions = await this.options.loadView(loadEligibilityQuestions);
    } catch (error) {
      this.#questionsLoading = undefined; // a retry (or coming back online) asks again
      this.questionsProblem = ApiProblem.from(error);
    }
    this.host.requestUpdate();
    this.options.onQuestionsSettled(this.questionsProblem);
  }

  /** The result's code, or undefined when it cannot be fetched (offline before it arrived: "see the result" asks again). */
  async loadResults(): Promise<EligibilityResultModule | undefined> {
    if (!this.results) {
      try {
        this.results = await this.options.loadView(loadEligibilityResult);
      } catch {
        return undefined;
      }
      this.host.requestUpdate();
    }
    return this.results;
  }
}
