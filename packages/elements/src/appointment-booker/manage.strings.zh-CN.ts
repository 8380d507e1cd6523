// The manage screens' words (they come with their view) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  status: '状态',
  booked: '已预约',
  reschedule: '改期',
  cancel: '取消预约',
  confirmCancelTitle: '确定取消这次预约吗？',
  confirmCancel: '确定取消',
  keep: '不取消',
};

export type ManageText = typeof text;

export default text;
