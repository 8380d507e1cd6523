// What a problem says of one field: where (a JSON pointer into the body, or a
// parameter's name), a stable code, and a message in the caller's language.
// Operations and the pipeline's checks speak the same words.
import type { Locale } from '@plskit/core';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

const MESSAGES: Record<string, Record<Locale, string>> = {
  required: { 'zh-CN': '必填', en: 'is required' },
  'unknown-field': { 'zh-CN': '不认识的字段', en: 'is not a known field' },
  type: { 'zh-CN': '类型不对', en: 'has the wrong type' },
  pattern: { 'zh-CN': '格式不对', en: 'has the wrong format' },
  format: { 'zh-CN': '格式不对', en: 'has the wrong format' },
  enum: { 'zh-CN': '不是允许的取值', en: 'is not one of the allowed values' },
  range: { 'zh-CN': '超出允许范围', en: 'is out of range' },
  length: { 'zh-CN': '长度不对', en: 'has the wrong length' },
  unique: { 'zh-CN': '含有重复项', en: 'has duplicate items' },
  'malformed-json': { 'zh-CN': '不是有效的 JSON', en: 'is not valid JSON' },
  invalid: { 'zh-CN': '无效', en: 'is not valid' },
  incorrect: { 'zh-CN': '不正确', en: 'is not right' },
  'not-found': { 'zh-CN': '不在可选范围内', en: 'is not one of those offered' },
  'not-offered': { 'zh-CN': '不是可以选择的日期', en: 'is not a day offered' },
  'not-allowed': { 'zh-CN': '此处不应填写', en: 'is not asked for here' },
  'personal-data': { 'zh-CN': '含有身份证号码，请删除', en: 'holds an ID number: remove it' },
};

export function fieldMessage(code: string, locale: Locale): string {
  return (MESSAGES[code] ?? MESSAGES.invalid as Record<Locale, string>)[locale];
}
