// The practice area a legal-aid matter falls under, for "ask a question about
// this" (pls-question-request). A criminal matter and a medical one give
// none: they would tell the host page of a criminal case or of health
// (sensitive personal information, PIPL Art 28), so the resident chooses the
// topic in the question form itself, which the host does not see.
import type { Proceeding } from '@plskit/core';

const TOPIC_OF_MATTER: Readonly<Record<string, string>> = {
  'state-compensation': 'administrative', 'social-insurance-or-assistance': 'administrative', 'pension-or-survivor-benefit': 'administrative',
  'support-payments': 'marriage-family', 'civil-capacity': 'marriage-family',
  'labour-relationship': 'labour', wages: 'labour', 'work-injury': 'labour', 'labour-relationship-or-wages': 'labour',
  'traffic-accident': 'traffic-accident',
};

export function questionTopic(proceeding: Proceeding | undefined, matter: string | undefined): string | null {
  if (proceeding === 'criminal') return null;
  return (matter && TOPIC_OF_MATTER[matter]) || (proceeding === 'administrative' ? 'administrative' : null);
}
