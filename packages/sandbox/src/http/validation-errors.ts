// Turns Ajv errors from the contract's schemas into problem `errors` entries
// that name the field: a JSON pointer into the body, or the parameter's name.
import type { ErrorObject } from 'ajv';
import type { FieldError } from './problem.js';
import type { Locale } from '@plskit/core';

const CODES: Record<string, string> = {
  required: 'required', additionalProperties: 'unknown-field', type: 'type', pattern: 'pattern', format: 'format',
  enum: 'enum', const: 'enum', minimum: 'range', maximum: 'range', exclusiveMinimum: 'range', exclusiveMaximum: 'range',
  minLength: 'length', maxLength: 'length', minItems: 'length', maxItems: 'length', uniqueItems: 'unique', parse: 'malformed-json',
};

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
};

export function fieldMessage(code: string, locale: Locale): string {
  return (MESSAGES[code] ?? MESSAGES.invalid as Record<Locale, string>)[locale];
}

const HEADER_NAMES: Record<string, string> = {
  'idempotency-key': 'Idempotency-Key', 'x-manage-token': 'X-Manage-Token', 'x-partner-key': 'X-Partner-Key',
  'accept-language': 'Accept-Language',
};

function fieldOf(error: ErrorObject): string {
  const [, where = '', ...rest] = error.instancePath.split('/');
  const params = error.params as Record<string, unknown>;
  const child = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  const segments = child === undefined ? rest : [...rest, child.replace(/~/g, '~0').replace(/\//g, '~1')];
  // "" points at the whole body (RFC 6901), e.g. a string where an object belongs
  if (where === 'requestBody' || where === '') return segments.map((segment) => `/${segment}`).join('');
  if (where === 'header') return HEADER_NAMES[segments[0] ?? ''] ?? segments[0] ?? '';
  // query and path parameters are named, not pointed at
  return segments[0] ?? where;
}

/**
 * The field errors of a request whose body was already parsed. openapi-backend
 * re-parses a body that is not an object and calls the parsed text of `"x"` a
 * parse error: that body is well-formed JSON of the wrong type, which the
 * schema's own `type` error reports.
 */
export function fieldErrors(errors: readonly ErrorObject[], locale: Locale): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    if (error.keyword === 'parse' && error.schemaPath === '#/requestBody') continue;
    // oneOf/anyOf report every branch; the branch errors already name the field
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const code = CODES[error.keyword] ?? 'invalid';
    const field = fieldOf(error);
    const key = `${field} ${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ field, code, message: fieldMessage(code, locale) });
  }
  return result;
}
