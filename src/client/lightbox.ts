/**
 * Galleries' lightbox. Without JavaScript each thumbnail is a link to the
 * full-size JPEG; this script makes the links open the photo in the
 * gallery's <dialog> instead: arrow keys, Home/End and swipes move between
 * photos, Esc or the close button closes, focus stays in the dialog and goes
 * back to the thumbnail that opened it. Loaded by src/components/Gallery.astro.
 */
import { counterText, keyMove, moveIndex, swipeMove, trappedFocus, type Move } from './lightbox-moves.ts';

interface Item {
  link: HTMLAnchorElement;
  caption: string;
}

function enhance(gallery: HTMLElement) {
  const dialog = gallery.querySelector<HTMLDialogElement>('dialog[data-lightbox]');
  if (!dialog || typeof dialog.showModal !== 'function') return;
  const items: Item[] = [...gallery.querySelectorAll<HTMLAnchorElement>('a[data-gallery-item]')].map((link) => ({
    link,
    caption: link.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? '',
  }));
  if (items.length === 0) return;

  const image = dialog.querySelector<HTMLImageElement>('[data-lightbox-image]')!;
  const avif = dialog.querySelector<HTMLSourceElement>('[data-lightbox-avif]')!;
  const webp = dialog.querySelector<HTMLSourceElement>('[data-lightbox-webp]')!;
  const counter = dialog.querySelector<HTMLElement>('[data-lightbox-counter]')!;
  const caption = dialog.querySelector<HTMLElement>('[data-lightbox-caption]')!;
  const stage = dialog.querySelector<HTMLElement>('[data-lightbox-stage]')!;
  let current = 0;
  let opener: HTMLElement | undefined;

  function show(index: number) {
    current = index;
    const { link, caption: text } = items[index]!;
    const data = link.dataset;
    // The sources first, then the <img>: the browser then picks once, from the final set.
    avif.srcset = data.avif ?? '';
    webp.srcset = data.webp ?? '';
    image.width = Number(data.width);
    image.height = Number(data.height);
    image.alt = link.querySelector('img')?.alt || text;
    image.src = link.href;
    counter.textContent = counterText(index, items.length);
    caption.textContent = text;
  }

  const move = (step: Move) => show(moveIndex(current, items.length, step));

  items.forEach(({ link }, index) => {
    link.addEventListener('click', (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      opener = link;
      show(index);
      dialog.showModal();
    });
  });

  dialog.querySelector('[data-lightbox-close]')?.addEventListener('click', () => dialog.close());
  dialog.querySelector('[data-lightbox-previous]')?.addEventListener('click', () => move('previous'));
  dialog.querySelector('[data-lightbox-next]')?.addEventListener('click', () => move('next'));
  dialog.addEventListener('close', () => opener?.focus());

  dialog.addEventListener('keydown', (event) => {
    const step = keyMove(event.key);
    if (step) {
      event.preventDefault();
      move(step);
      return;
    }
    if (event.key === 'Tab') {
      const focusable = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled])')];
      const target = trappedFocus(focusable.indexOf(document.activeElement as HTMLElement), focusable.length, event.shiftKey);
      if (target !== undefined) {
        event.preventDefault();
        focusable[target]!.focus();
      }
    }
  });

  // Swipes on touch screens (the stage lets the browser keep vertical panning and zoom).
  let start: { x: number; y: number; id: number } | undefined;
  stage.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse') start = { x: event.clientX, y: event.clientY, id: event.pointerId };
  });
  stage.addEventListener('pointerup', (event) => {
    if (!start || start.id !== event.pointerId) return;
    const step = swipeMove(event.clientX - start.x, event.clientY - start.y);
    start = undefined;
    if (step) move(step);
  });
  stage.addEventListener('pointercancel', () => {
    start = undefined;
  });
}

for (const gallery of document.querySelectorAll<HTMLElement>('[data-gallery]')) enhance(gallery);
