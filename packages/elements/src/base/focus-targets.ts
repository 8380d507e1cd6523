// Where focus goes when a screen changes (PlsElement.moveFocus): the new
// screen's heading, or the error summary of a form that did not pass. Here,
// not beside the summary's view, so an element can ask for it without
// carrying the view.
import { html, type TemplateResult } from 'lit';

/** Every screen's heading. */
export const STEP_HEADING = '#step-heading';

/** The error summary (error-summary.ts). */
export const ERROR_SUMMARY = '.error-summary';

/** A screen's heading: focusable by script only, so a screen reader starts reading the new screen there. */
export const stepHeading = (text: string): TemplateResult => html`<h2 id="step-heading" tabindex="-1">${text}</h2>`;
