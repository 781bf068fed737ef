/** A message the server gives in both languages. */
export interface Localized {
  nb: string;
  en: string;
}

export interface FieldProblem {
  field: string;
  messages: Localized;
}

/** RFC 9457 problem+json as the Saksgang server sends it. */
export interface ProblemBody {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  messages?: Localized;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: Localized | undefined;
  readonly fieldErrors: FieldProblem[];

  constructor(status: number, body: Partial<ProblemBody>) {
    super(body.detail ?? body.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? (status === 0 ? 'NETWORK_ERROR' : `HTTP_${status}`);
    this.messages = isLocalized(body.messages) ? body.messages : undefined;
    this.fieldErrors = (body.errors ?? []).flatMap(toFieldProblem);
  }

  /** The first message the server gave for a field, if any. */
  fieldMessage(field: string): Localized | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.messages;
  }
}

function isLocalized(value: unknown): value is Localized {
  const v = value as Partial<Localized> | null | undefined;
  return typeof v?.nb === 'string' && typeof v.en === 'string';
}

// Accept `message` as well as `messages`: the server's domain errors use the
// singular name internally, and one slip at the edge should not blank the UI.
function toFieldProblem(raw: unknown): FieldProblem[] {
  const r = raw as { field?: unknown; messages?: unknown; message?: unknown };
  if (typeof r?.field !== 'string') return [];
  const messages = isLocalized(r.messages) ? r.messages : r.message;
  return isLocalized(messages) ? [{ field: r.field, messages }] : [];
}
