import type { FollowText } from './follow.strings.zh-CN.js';

export default {
  status: 'Status',
  statuses: { received: 'Received', assigned: 'Passed to a center', answered: 'Answered', closed: 'Closed' },
  steps: { received: 'Question received', assigned: 'Passed to a center', answered: 'Answered', closed: 'Closed', returned: 'Being passed to another center' },
  timelineTitle: 'Progress',
  answerTitle: 'The answer',
  questionTitle: 'Your question',
  dueBy: 'To be answered by {date}',
  callbackAt: 'Call-back: {date} ({part})',
  waiting: 'No answer yet. A text message tells you when there is one.',
  overdue: 'The time to answer has passed. If you need the answer urgently, call {hotline} with your reference.',
  resolution: 'How it ended',
  resolutions: {
    answered: 'Answered', referred: 'Passed to another body', withdrawn: 'Withdrawn', unreachable: 'We could not reach you by phone', duplicate: 'The same as another question',
  },
  refresh: 'Refresh',
  askAnother: 'Ask another question',
} satisfies FollowText;
