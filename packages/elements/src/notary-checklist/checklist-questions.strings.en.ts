import type { ChecklistQuestionsText } from './checklist-questions.strings.zh-CN.js';

export default {
  questionsTitle: 'A few questions that change the list',
  questionsHint: 'Only questions that change what you bring. Your answers are used for this list only and are not stored.',
  yes: 'Yes',
  no: 'No',
  whyWeAsk: 'Why we ask: ',
  chooseOne: 'Select one option',
  chooseCountry: 'Select the country',
  countryPlaceholder: 'Select',
  continue: 'Continue',
  back: 'Back',
  showChecklist: 'Show the checklist',
  progress: 'Question {step} of {total}',
  questions: {
    applicantIsAgent: { label: 'Who will apply at the notary office?', why: 'Some matters must be applied for in person; an agent brings their own ID and a power of attorney.', yes: 'Someone else for me (an agent)', no: 'I will, in person' },
    minorInvolved: { label: 'Does it concern a child under 18?', why: 'A parent applies for a minor as legal representative and brings proof of guardianship.' },
    married: { label: 'Is the person concerned (for an inheritance, the deceased) married?', why: 'Proof of marital status is asked when property is disposed of or marital status is certified.' },
    realEstate: { label: 'Does it concern a house, flat or other real estate?', why: 'The title certificate is needed, and most real-estate matters go to the notary office where the property is.' },
    useAbroad: { label: 'Will the certificate be used outside mainland China?', why: 'Certificates for use abroad carry a translation and need an apostille or consular legalisation, depending on the country.' },
    destinationCountry: { label: 'In which country?', why: 'The country decides between an apostille and consular legalisation.' },
  },
} satisfies ChecklistQuestionsText;
