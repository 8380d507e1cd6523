export type EligibilityResultModule = typeof import('./eligibility-result.js');

let loading: Promise<EligibilityResultModule> | undefined;

/** The result screen's module (its own chunk), imported once; again after a failure (e.g. offline). */
export function loadEligibilityResult(): Promise<EligibilityResultModule> {
  loading ??= import('./eligibility-result.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
