// Where the focus goes after a save (issue 6 §1: it dropped to the page
// body): onto the saved record, which may be on a screen that is still being
// rendered, or onto the next field for repeated entry.

/**
 * Focuses the first element matching `selector` as soon as it is on screen
 * (the record's page may still be loading), giving up after `timeoutMs`.
 * The element must be focusable (a control, or tabIndex -1 on a heading or row).
 */
export function focusWhenShown(selector: string, timeoutMs = 4000): void {
  const until = performance.now() + timeoutMs;
  const attempt = () => {
    const target = document.querySelector<HTMLElement>(selector);
    if (target !== null) {
      target.focus();
      if (document.activeElement === target) {
        target.scrollIntoView({ block: 'nearest' });
        return;
      }
    }
    if (performance.now() < until) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/**
 * A form's keydown handler for Escape: cancels the edit. A key a control
 * already handled (an open select, a dialog inside the form) is left alone.
 */
export function escapeCancels(cancel: () => void): (event: React.KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    cancel();
  };
}
