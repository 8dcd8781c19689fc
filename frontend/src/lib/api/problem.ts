import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** A non-2xx answer from the API, carrying its RFC 9457 problem detail when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(response: Response, body: unknown) {
    const problem = isProblem(body) ? body : undefined;
    super(problem?.title ?? `HTTP ${response.status}`);
    this.name = 'ApiError';
    this.status = response.status;
    this.problem = problem;
    this.retryAfterSeconds = problem?.retryAfterSeconds ?? headerSeconds(response);
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'type' in body && 'title' in body;
}

function headerSeconds(response: Response): number | undefined {
  const seconds = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return Number.isFinite(seconds) ? seconds : undefined;
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** The `errors` of a `validation-failed` problem, by field name (the first message of each field). */
export function fieldErrors(error: unknown): Record<string, string> {
  const errors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  const byField: Record<string, string> = {};
  for (const { field, message } of errors) byField[field] ??= message;
  return byField;
}

/** The reasons of a `password-rejected` problem, or undefined for any other error. */
export function rejectedReasons(error: unknown): string[] | undefined {
  return error instanceof ApiError && error.problem?.type === '/problems/password-rejected'
    ? (error.problem.reasons ?? [])
    : undefined;
}

/** A single file in the multipart field `file`, for upload endpoints. */
export function fileForm(body: { file: Blob | string }): FormData {
  const form = new FormData();
  form.append('file', body.file);
  return form;
}
