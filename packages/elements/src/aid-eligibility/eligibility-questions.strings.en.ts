import type { InterviewText } from './eligibility-questions.strings.js';

const strings: InterviewText = {
  questionWordings: {
    region: { heading: 'In which district or county is your case handled?', hint: 'Choose where the court, procuratorate, police or arbitration body handling the case is.', short: 'District or county' },
    proceeding: { heading: 'What kind of case or problem do you have?', hint: 'If you are not sure, choose the closest one.', short: 'Kind of case' },
    criminalRole: { heading: 'What is your part in the criminal case?', hint: 'You can also answer for a family member.', short: 'Part in the criminal case' },
    circumstances: { heading: 'Do any of these apply to you?', hint: 'Select all that apply. Some mean your income is not checked, or that the authorities must arrange a lawyer for you.', short: 'Special circumstances' },
    matter: { heading: 'What do you want the law to help you with?', hint: 'Choose the closest one.', short: 'Your problem' },
    household: { heading: 'How many people live in your household, and what is its total income a month?', hint: 'Count the people you live with. Income includes wages, pensions and business income, in yuan. These figures are sent once, with your other answers, to the legal-aid service to check the result; this page does not store them, and they are cleared when you start over or leave the page.', short: 'Household and monthly income' },
    commitment: { heading: 'Will you sign a commitment that you are in financial difficulty?', hint: 'With the signed commitment you can apply now without proof of income; the legal-aid agency checks it later.', short: 'Integrity commitment' },
  },
  answerWordings: {
    criminal: 'A criminal case: someone is suspected of a crime, or I am a victim of one',
    civil: 'A civil dispute: for example unpaid wages, support payments, a traffic accident, a medical dispute',
    administrative: 'An administrative case: a dispute with a government decision',
    'non-litigation': 'Something outside court: for example labour arbitration or mediation',
    'state-compensation': 'A state body harmed my rights and I want state compensation',
    'social-insurance-or-assistance': 'I did not get the social insurance or social assistance I am owed',
    'pension-or-survivor-benefit': 'I did not get a pension or survivor benefit I am owed',
    'support-payments': 'A family member does not pay support for elders, children or a spouse',
    'labour-relationship-or-wages': 'My employer owes me wages, or denies that I worked there',
    'civil-capacity': 'A family member needs to be declared without or with limited civil capacity (for example through mental illness)',
    'personal-injury': 'I was injured at work, in a traffic accident, by food or medicine, or by medical treatment',
    'environmental-damage': 'Pollution or ecological damage harmed me',
    other: 'Something else',
    none: 'None of these',
    household: 'I have the figures',
    'not-given': 'I will not give figures now',
    yes: 'Yes, I will sign it',
    no: 'No',
  },
};

export default strings;
