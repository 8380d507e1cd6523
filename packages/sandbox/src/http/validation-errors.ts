// Turns Ajv errors from the contract's schemas into problem `errors` entries
// that name the field: a JSON pointer into the body, or the parameter's name.
import type { ErrorObject } from 'ajv';
import type { Locale } from '@plskit/core';
import { fieldMessage, type FieldError } from '../operations/field-error.js';

const CODES: Record<string, string> = {
  required: 'required', additionalProperties: 'unknown-field', type: 'type', pattern: 'pattern', format: 'format',
  enum: 'enum', const: 'enum', minimum: 'range', maximum: 'range', exclusiveMinimum: 'range', exclusiveMaximum: 'range',
  minLength: 'length', maxLength: 'length', minItems: 'length', maxItems: 'length', uniqueItems: 'unique', parse: 'malformed-json',
};

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
