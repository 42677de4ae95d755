/**
 * Keyboard navigation in lists of papers and the "Copy link" button of paper pages. The header search entry imports
 * this module, so a reading page still loads a single script, and neither feature loads Pagefind.
 */

import { listStep, targetIndex } from '../lib/site/list-keys.ts';

/** Starts both enhancements on the current page; each does nothing where its markup is missing. */
export function startReadingEnhancements(): void {
  startListNavigation();
  startCopyLink();
}

/**
 * Moves focus to the next or previous paper of the page's list with `j` and `k`, or with the arrow keys once a paper
 * has focus. Keys typed into a form field or a dialog, and keys pressed with a modifier, are left alone.
 */
function startListNavigation(): void {
  // PaperList.astro writes this markup on the home, day and topic pages.
  const list = document.querySelector<HTMLElement>('.paper-list');
  if (!list) return;

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;

    const links = [...list.querySelectorAll<HTMLAnchorElement>(':scope > li h2 a')];
    const current = links.findIndex((link) => link.closest('li')?.contains(document.activeElement));
    const step = listStep(event, current >= 0);
    if (step === 0) return;

    const target = targetIndex(current, step, links.length, firstVisibleIndex(links));
    const link = target === undefined ? undefined : links[target];
    // At either end of the list the key keeps its default, so the arrows still scroll to the pagination links.
    if (!link) return;

    event.preventDefault();
    link.focus({ preventScroll: true });
    link.closest('li')?.scrollIntoView({ block: 'nearest' });
  });
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, dialog, [role="dialog"], pagefind-modal') !== null;
}

function firstVisibleIndex(links: readonly HTMLAnchorElement[]): number {
  const index = links.findIndex((link) => (link.closest('li') ?? link).getBoundingClientRect().bottom > 0);
  return index < 0 ? links.length - 1 : index;
}

/** Messages of the copy button's live region. */
const COPIED_MESSAGE = 'Link copied.';
const FAILED_MESSAGE = 'The link could not be copied. Select it and copy it yourself.';

/**
 * Adds a "Copy link" button next to the permanent link of a paper page. Without JavaScript, or in a browser without
 * the asynchronous clipboard API (plain http on a host other than localhost), only the link shows. The result is
 * announced through a polite live region.
 */
function startCopyLink(): void {
  const container = document.querySelector<HTMLElement>('[data-copy-link]');
  const link = container?.querySelector<HTMLAnchorElement>('a[href]');
  if (!container || !link || !window.isSecureContext || typeof navigator.clipboard?.writeText !== 'function') return;

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.textContent = 'Copy link';

  // The live region exists before its first message, so that screen readers announce the change.
  const status = document.createElement('span');
  status.className = 'copy-link-status';
  status.setAttribute('role', 'status');

  button.addEventListener('click', () => {
    status.textContent = '';
    navigator.clipboard.writeText(link.href).then(
      () => {
        status.textContent = COPIED_MESSAGE;
      },
      (error: unknown) => {
        console.warn('Copying the paper link failed:', error);
        status.textContent = FAILED_MESSAGE;
      },
    );
  });

  container.append(' ', button, ' ', status);
}
