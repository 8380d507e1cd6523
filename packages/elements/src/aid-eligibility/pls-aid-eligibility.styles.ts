import { css } from 'lit';
import { asyncStateStyles } from '../async-state/async-state.styles.js';
import { errorSummaryStyles } from '../error-summary/error-summary.js';
import { controls } from '../theme/controls.styles.js';
import { forms } from '../theme/forms.styles.js';
import { tokens } from '../theme/tokens.styles.js';

// The start screen and what every screen shares; the questions and the result
// bring their own styles with their code (eligibility-questions.styles.ts,
// eligibility-result.styles.ts).
const eligibility = css`
  h2[tabindex='-1']:focus-visible { outline-offset: 4px; }
  .root.senior a { display: inline-flex; align-items: center; min-height: var(--_target-size); }
  /* a printed result is the whole answer, without the controls */
  @media print {
    :host { contain: none; }
    .root { padding: 0; color: #000; background: #fff; }
    button, .actions, .back, progress, .problem button { display: none !important; }
    .hint { color: #000; }
    a { color: #000; text-decoration: none; }
  }
`;

export const aidEligibilityStyles = [tokens, controls, asyncStateStyles, forms, errorSummaryStyles, eligibility];
