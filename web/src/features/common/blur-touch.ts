interface BlurLike {
  relatedTarget: EventTarget | null;
}

/**
 * A blur handler that marks a field as touched (showing its inline error),
 * except when focus moves to a submit button: the error text appearing would
 * shift the button from under the pointer and swallow the click. The submit
 * handler validates every field anyway.
 */
export function touchOnBlur(mark: () => void): (event?: BlurLike) => void {
  return (event) => {
    const next = event?.relatedTarget;
    if (next instanceof HTMLButtonElement && next.type === 'submit') return;
    mark();
  };
}
