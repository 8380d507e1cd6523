// The check step's words (they come with its view) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  change: '修改',
  book: '确认预约',
  booking: '正在预约…',
};

export type CheckText = typeof text;

export default text;
