import { html, type TemplateResult } from 'lit';

/** Every screen's heading, where focus goes when the screen changes (PlsElement.moveFocus). */
export const STEP_HEADING = '#step-heading';

/** A screen's heading: focusable by script only, so a screen reader starts reading the new screen there. */
export const stepHeading = (text: string): TemplateResult => html`<h2 id="step-heading" tabindex="-1">${text}</h2>`;
