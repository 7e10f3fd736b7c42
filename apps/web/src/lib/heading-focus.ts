// After an in-app navigation the new page's h1 takes focus, so screen readers start reading
// there. A page that shows its heading only after loading claims the focus when it appears.
let pending = false;

export function requestHeadingFocus(): void {
  const heading = document.querySelector<HTMLElement>("main h1");
  pending = heading === null;
  heading?.focus();
}

export function claimHeadingFocus(heading: HTMLElement | null): void {
  if (!pending || !heading) return;
  pending = false;
  heading.focus();
}
