// The follow screen's words (they come with its view) in zh-CN: this table is also the type every other locale's table satisfies.
import type { WorkOrderStatus } from '@plskit/core';
import type { WorkOrder, WorkOrderResolution } from './legal-question-requests.js';
const text = {
  status: '状态',
  statuses: { received: '已收到', assigned: '已转交服务中心', answered: '已答复', closed: '已办结' } satisfies Record<WorkOrderStatus, string>,
  // returned: a center sent it back to the hotline; the resident reads only that it is passed on again
  steps: {
    received: '收到问题', assigned: '转交服务中心', answered: '答复', closed: '办结', returned: '正在转交其他服务中心',
  } satisfies Record<WorkOrder['timeline'][number]['kind'], string>,
  timelineTitle: '办理进度',
  answerTitle: '答复',
  questionTitle: '您的问题',
  dueBy: '应在 {date}前答复',
  callbackAt: '回电时间：{date}{part}',
  waiting: '还没有答复。有答复时会发短信提醒您。',
  overdue: '已超过答复时限。如急需答复，请拨打 {hotline} 并告知工单号。',
  resolution: '办结方式',
  resolutions: {
    answered: '已答复', referred: '已转交其他机构办理', withdrawn: '已撤回', unreachable: '多次回电未能联系上您', duplicate: '与另一个咨询重复',
  } satisfies Record<WorkOrderResolution, string>,
  refresh: '刷新',
  askAnother: '再问一个问题',
};

export type FollowText = typeof text;

export default text;
