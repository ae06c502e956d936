/** Keyboard checks shared by the search boxes. */

/**
 * True when a key event belongs to an input method's composition: Chrome and Firefox flag it with
 * `isComposing`; Safari sends the confirming Enter after `compositionend` with keyCode 229.
 */
export function isComposingKey(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/** True when the key went to a place where `/` is text being typed, not a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Keeps Enter from submitting `form` while an input method is composing in it: that Enter only
 * confirms the characters. Returns a function saying whether a composition is in progress.
 */
export function guardComposition(form: HTMLFormElement, input: HTMLInputElement): () => boolean {
  let composing = false;
  let endedAt = -Infinity;
  let imeEnter = false;
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', (event) => {
    composing = false;
    endedAt = event.timeStamp;
  });
  // Capture phase, before the browser's implicit submission; cleared once this key press is over.
  form.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' && event.keyCode !== 229) return;
      if (composing || isComposingKey(event) || event.timeStamp - endedAt < 50) {
        imeEnter = true;
        setTimeout(() => (imeEnter = false));
      }
    },
    true,
  );
  form.addEventListener('submit', (event) => {
    if (composing || imeEnter) event.preventDefault();
  });
  return () => composing;
}
