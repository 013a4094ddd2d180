// Field-level validation errors and the 422 they make, worded as apimachinery's field.Error and errors.NewInvalid
// word them (k8s.io/apimachinery pkg/util/validation/field/errors.go, pkg/api/errors/errors.go, v0.32), since
// clients show these messages and tests match them.
import { ApiError } from './status.ts';
import type { ResourceType } from './resources.ts';

export type FieldErrorType =
  'FieldValueRequired' | 'FieldValueInvalid' | 'FieldValueTypeInvalid' | 'FieldValueForbidden' | 'FieldValueTooLong';

export interface FieldError {
  readonly type: FieldErrorType;
  /** The field's path, as `metadata.name`. */
  readonly field: string;
  /** The rejected value, shown for Invalid only. */
  readonly value?: unknown;
  readonly detail: string;
}

export const required = (field: string, detail: string): FieldError => ({ type: 'FieldValueRequired', field, detail });
export const invalidValue = (field: string, value: unknown, detail: string): FieldError => ({
  type: 'FieldValueInvalid',
  field,
  value,
  detail,
});
export const typeInvalid = (field: string, value: unknown, detail: string): FieldError => ({
  type: 'FieldValueTypeInvalid',
  field,
  value,
  detail,
});
export const forbidden = (field: string, detail: string): FieldError => ({
  type: 'FieldValueForbidden',
  field,
  detail,
});
export const tooLong = (field: string, maxBytes: number): FieldError => ({
  type: 'FieldValueTooLong',
  field,
  detail: `may not be more than ${maxBytes} bytes`,
});

const TYPE_TEXT: Record<FieldErrorType, string> = {
  FieldValueRequired: 'Required value',
  FieldValueInvalid: 'Invalid value',
  FieldValueTypeInvalid: 'Invalid value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
};

/** Go's %q: a double-quoted string with Go's escapes for control characters. */
export function goQuote(text: string): string {
  return JSON.stringify(text).replace(/\\u00([0-7][0-9a-f])/g, '\\x$1');
}

/** What the error says without its field: `Invalid value: "A": a lowercase RFC 1123 …` (field.Error.ErrorBody). */
export function errorBody(error: FieldError): string {
  let body = TYPE_TEXT[error.type];
  if (error.type === 'FieldValueInvalid' || error.type === 'FieldValueTypeInvalid') {
    const value = error.value;
    body += `: ${typeof value === 'string' ? goQuote(value) : value === null || value === undefined ? 'null' : typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
  }
  return error.detail ? `${body}: ${error.detail}` : body;
}

/**
 * errors.NewInvalid: 422, reason Invalid, one cause per field error, and a message naming the kind (qualified by
 * its group) and the object: `ConfigMap "A" is invalid: metadata.name: Invalid value: …`, several in brackets.
 */
export function invalidObject(type: ResourceType, name: string, errors: readonly FieldError[]): ApiError {
  const lines = [...new Set(errors.map((e) => `${e.field}: ${errorBody(e)}`))];
  const qualified = type.group ? `${type.kind}.${type.group}` : type.kind;
  const summary = lines.length === 0 ? '' : lines.length === 1 ? `: ${lines[0]}` : `: [${lines.join(', ')}]`;
  return new ApiError({
    code: 422,
    reason: 'Invalid',
    message: `${qualified} ${goQuote(name)} is invalid${summary}`,
    details: {
      name,
      group: type.group,
      kind: type.kind,
      causes: errors.map((e) => ({ reason: e.type, message: errorBody(e), field: e.field })),
    },
  });
}
