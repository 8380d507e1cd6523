// The dialog's words in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  /** Its name when the page gives it no `label`. */
  label: '公共法律服务',
  close: '关闭',
};

export type DialogText = typeof text;

export default text;
