// The words every element shares (failures, loading) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  loading: '正在加载…',
  offline: '网络已断开。请检查网络连接后重试。',
  failed: '暂时无法获取信息，请稍后重试。',
  rateLimited: '请求过于频繁，请稍候再试。',
  notConfigured: '组件未配置服务地址（api-base），请联系网站管理员。',
  retry: '重试',
};

export type AsyncStateText = typeof text;

export default text;
