import type { StringTable } from '../locale/string-table.js';

export type AsyncStateKey = 'loading' | 'offline' | 'failed' | 'rateLimited' | 'notConfigured' | 'retry';

export const asyncStateStrings: StringTable<AsyncStateKey> = {
  'zh-CN': {
    loading: '正在加载…',
    offline: '网络已断开。请检查网络连接后重试。',
    failed: '暂时无法获取信息，请稍后重试。',
    rateLimited: '请求过于频繁，请稍候再试。',
    notConfigured: '组件未配置服务地址（api-base），请联系网站管理员。',
    retry: '重试',
  },
  en: {
    loading: 'Loading…',
    offline: 'You are offline. Check your connection and try again.',
    failed: 'The information could not be loaded. Please try again.',
    rateLimited: 'Too many requests. Please wait a moment and try again.',
    notConfigured: 'This widget has no service address (api-base). Please contact the site administrator.',
    retry: 'Try again',
  },
};
