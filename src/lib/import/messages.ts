/**
 * Editor-facing messages of the import and scaffold tools: Chinese first, English in brackets, as the
 * schema's messages are, so that every error can be acted on by an editor who reads either.
 */

/** `中文 (English)`. */
export function bilingual(zh: string, en: string): string {
  return `${zh} (${en})`;
}

/** An error an editor can fix: bad input, a file in the way. The CLI prints it and exits non-zero. */
export class EditorError extends Error {
  /** A stable name for the kind of error, for tests and callers that branch on it. */
  readonly code: string;
  /** The message in Chinese. */
  readonly zh: string;
  /** The message in English. */
  readonly en: string;

  /** An error with a stable `code` and its message in Chinese and English. */
  constructor(code: string, zh: string, en: string, options?: ErrorOptions) {
    super(bilingual(zh, en), options);
    this.name = 'EditorError';
    this.code = code;
    this.zh = zh;
    this.en = en;
  }
}
