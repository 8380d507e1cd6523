import type { LegalQuestionText } from './legal-question.strings.zh-CN.js';

export default {
  stepOf: 'Step {step} of 6', back: 'Back', continue: 'Continue',
  topicTitle: 'What is your question about?', topicHint: 'Choose the closest one; if you are not sure, the closest will do: staff pass it on to the right person.',
  topicLabel: 'Topic', regionLabel: 'Your county or district', chooseTopic: 'Choose a topic', chooseRegion: 'Choose your county or district',
  questionTitle: 'Write your question', answerTitle: 'How would you like your answer?', contactTitle: 'How we can reach you', checkTitle: 'Check your question',
  doneTitle: 'We have your question', followTitle: 'Your question',
  notFound: 'This question cannot be found, or the link no longer works. Check the link, or call {hotline}.',
  noticeChanged: 'The privacy notice has changed: please read it and agree again.',
  checkAgain: 'Please check this step and correct it.',
  limitReached: 'This mobile number already has as many questions waiting for an answer as one number may. Wait until one is answered (you will get a text message), or call {hotline} with its reference to withdraw one.',
  noResponse: 'No answer came from the server. Everything you typed is kept: try again (it will not be sent twice).',
  waitRetry: 'The service is busy: trying again in {seconds} s.',
  offlineKept: 'You are offline. Everything you typed is kept; it will be sent when the connection returns.',
  announceAsked: 'We have your question. Your reference is {reference}',
  reference: 'Reference', nameLabel: 'Name', phoneLabel: 'Mobile number',
  kinds: { question: 'In writing', callback: 'A call back' },
  parts: { morning: 'Morning', afternoon: 'Afternoon' },
} satisfies LegalQuestionText;
