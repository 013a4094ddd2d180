// Kubernetes `Status` objects: the error body every client parses (code, reason, details).

export interface StatusError {
  readonly code: number;
  readonly reason: string;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

export function status(error: StatusError): Record<string, unknown> {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: error.message,
    reason: error.reason,
    ...(error.details ? { details: error.details } : {}),
    code: error.code,
  };
}

export class ApiError extends Error {
  readonly error: StatusError;
  constructor(error: StatusError) {
    super(error.message);
    this.error = error;
  }
}

export const notFound = (resource: string, name: string, group = '') =>
  new ApiError({
    code: 404,
    reason: 'NotFound',
    message: `${resource}${group ? `.${group}` : ''} "${name}" not found`,
    details: { name, group, kind: resource },
  });

export const alreadyExists = (resource: string, name: string, group = '') =>
  new ApiError({
    code: 409,
    reason: 'AlreadyExists',
    message: `${resource}${group ? `.${group}` : ''} "${name}" already exists`,
    details: { name, group, kind: resource },
  });

export const conflict = (resource: string, name: string, group = '') =>
  new ApiError({
    code: 409,
    reason: 'Conflict',
    message: `Operation cannot be fulfilled on ${resource}${group ? `.${group}` : ''} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    details: { name, group, kind: resource },
  });

export const badRequest = (message: string) => new ApiError({ code: 400, reason: 'BadRequest', message });

export const invalid = (kind: string, name: string, message: string, group = '') =>
  new ApiError({
    code: 422,
    reason: 'Invalid',
    message: `${kind}${group ? `.${group}` : ''} "${name}" is invalid: ${message}`,
    details: { name, group, kind },
  });

export const gone = (message: string) => new ApiError({ code: 410, reason: 'Expired', message });

export const methodNotAllowed = (message: string) => new ApiError({ code: 405, reason: 'MethodNotAllowed', message });

export const forbidden = (message: string) => new ApiError({ code: 403, reason: 'Forbidden', message });
