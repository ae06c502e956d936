/**
 * The one formatter of editor-facing errors. Every message names what is wrong in Chinese, then in
 * English, and every line starts with where it is: `file:line[:column]: field 中文 (English)`. Zod
 * issues are turned into such messages here, as Starlight's `utils/error-map.ts` does for its config,
 * so frontmatter, `<Fact>` props, component props and the CLI all read the same way.
 */
import type { z } from 'astro/zod';

/** Where a problem is: a file, and the line and column when known (1-based). */
export interface Place {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** `field 中文说明 (English explanation)`. */
export function fieldMessage(field: string, zh: string, en: string): string {
  return field ? `${field} ${zh} (${en})` : `${zh} (${en})`;
}

/** `file:line:column` (line and column when known). */
export function placeText(place: Place): string {
  return [place.file, place.line, place.line === undefined ? undefined : place.column]
    .filter((part) => part !== undefined)
    .join(':');
}

/** One error line: `file:line[:col]: message`. */
export function errorLine(place: Place, message: string): string {
  return `${placeText(place)}: ${message}`;
}

/** The value at `path` in `data`, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/**
 * The message of each zod issue: our schemas' messages already name the field and are bilingual; a
 * missing field and zod's own messages get the field's name in front.
 */
export function issueMessages(error: z.ZodError, data: unknown, prefix = ''): string[] {
  const messages = error.issues.map((issue) => {
    const field = prefix + issue.path.map(String).join('.');
    if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
      return fieldMessage(field, '缺少此字段', `${field} is missing`);
    }
    const head = field.split('.')[0] ?? '';
    return field && !issue.message.startsWith(head) ? `${field}: ${issue.message}` : issue.message;
  });
  return [...new Set(messages)];
}

/** The error thrown for bad editor input; its message holds every problem, one line each. */
export class FriendlyError extends Error {
  override name = 'FriendlyError';
  /** The problem lines, each `file:line: message`. */
  readonly lines: readonly string[];
  constructor(lines: readonly string[], options?: ErrorOptions) {
    super(lines.join('\n'), options);
    this.lines = lines;
  }
}

/** Parse `data` with `schema`, or throw a FriendlyError whose lines name the place and each field. */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  data: unknown,
  place: Place,
  prefix = '',
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new FriendlyError(
    issueMessages(result.error, data, prefix).map((message) => errorLine(place, message)),
  );
}
