/**
 * Editor-facing error messages: every message names the field and says what is wrong in Chinese, then
 * in English, so that a build error can be acted on without reading code.
 */

/** `field 中文说明 (English explanation)`. */
export function fieldMessage(field: string, zh: string, en: string): string {
  return `${field} ${zh} (${en})`;
}
