import type { ErrorSummaryText } from './error-summary.strings.zh-CN.js';

export default {
  errorSummary: 'There is a problem',
  errorPrefix: 'Error: ',
} satisfies ErrorSummaryText;
